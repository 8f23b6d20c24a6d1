// Manual benchmark (not part of `npm test`): renders the seed talk's recap and prints timings.
//   npx tsx tests/video/tools/bench-render.ts [maxSeconds=60] [scale=1] [out=/tmp/talkreel-bench.mp4]
import {readFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {PROJECT_ROOT, renderRecap} from '../../../src/cli/render-recap';
import {ingestTalk} from '../../../src/talk/ingest-talk';

const [maxSeconds = '60', scale = '1', out = path.join(os.tmpdir(), 'talkreel-bench.mp4')] = process.argv.slice(2);
const file = 'data/aspen-2024-altman-chesky.md';
const {talk} = ingestTalk({text: await readFile(path.join(PROJECT_ROOT, file), 'utf8'), file});
console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB, node ${process.version}`);
const started = Date.now();
let last = 0;
const result = await renderRecap({
	talk,
	outputPath: out,
	maxSeconds: Number(maxSeconds),
	scale: Number(scale),
	log: (line) => console.log(line),
	onProgress: (p) => {
		if (Date.now() - last > 10_000) {
			last = Date.now();
			console.log(`${p.stage} ${p.done}/${p.total}`);
		}
	},
});
console.log(`total ${((Date.now() - started) / 1000).toFixed(1)} s for ${result.durationInFrames} frames (${(result.durationInFrames / result.fps).toFixed(1)} s of video) at ${result.width * Number(scale)}×${result.height * Number(scale)}`);
