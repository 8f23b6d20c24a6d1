import {it} from 'vitest';
import {readAndCompare, readExpected} from '../../support/expected-transcripts';
const F='tests/fixtures/transcripts/real';
const names=(process.env.RR_FILES??'').split(',');
it('diffs', async()=>{
 for (const e of readExpected(F)) if (names.includes(e.file)) {
  try { console.log(e.file, JSON.stringify(await readAndCompare(F,e),null,1).slice(0,1500)); } catch(err){ console.log(e.file,'refused', (err as Error).message.split('\n')[0]); }
 }
});
