/**
 * `npx tsx scripts/write-hostile-corpus.ts [DIR]`: writes the large generated hostile
 * transcripts (tests/support/hostile-inputs.ts, about 1 MB each) to DIR (default
 * `out/hostile`), to run the CLI on by hand: `for f in out/hostile/*; do node
 * bin/talkreel.js plan "$f" >/dev/null; echo "$? $f"; done`. The small hostile files
 * are committed in tests/fixtures/hostile/.
 */
import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {hostileInputs} from '../tests/support/hostile-inputs';

const dir = process.argv[2] ?? 'out/hostile';
mkdirSync(dir, {recursive: true});
const inputs = hostileInputs();
inputs.forEach((h, i) => {
	const name = `${String(i + 1).padStart(2, '0')}-${h.name
		.replace(/[^a-z0-9]+/gi, '-')
		.replace(/^-|-$/g, '')
		.slice(0, 50)
		.toLowerCase()}.md`;
	writeFileSync(path.join(dir, name), h.text);
});
console.log(`wrote ${inputs.length} files to ${dir}`);
