// `npx tsx scripts/make-tone-fixture.ts [DIR]`: writes the sync tests' fixture to look at or
// render by hand: DIR/tones.wav (1 kHz bursts at 1, 5 and 9 s) and DIR/tones.json (a Talk
// whose cues start on the bursts, naming the WAV as its media). Default DIR: out/tones.
//   npx talkreel render out/tones/tones.json --scale 0.25
import {writeToneFixture} from '../tests/support/tone-fixture';

const dir = process.argv[2] ?? 'out/tones';
const {recording, transcript} = await writeToneFixture({dir, words: process.argv.includes('--words')});
console.log(`${recording}\n${transcript}`);
