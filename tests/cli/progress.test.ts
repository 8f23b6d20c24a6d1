import {describe, expect, it} from 'vitest';
import {createProgress} from '../../src/cli/progress';

/** A terminal stream that keeps what is written to it. */
const terminal = () => {
	const written: string[] = [];
	const stream = {isTTY: true, columns: 120, rows: 40, write: (s: string) => written.push(String(s)) > 0, on: () => stream, removeListener: () => stream};
	return {stream: stream as unknown as NodeJS.WriteStream, text: () => written.join('')};
};

// Rule: a bar's first drawing names the stage under way, so a log of the terminal never shows a stage that is not.
describe('createProgress', () => {
	it('a bar for encoding is drawn as encoding from its first frame', () => {
		const {stream, text} = terminal();
		const progress = createProgress({total: 10, label: 'encoding', stream});
		progress.update(5);
		progress.stop();
		expect(text()).toContain('encoding');
		expect(text()).not.toContain('rendering');
	});

	it('plain lines without a terminal say the label too', () => {
		const written: string[] = [];
		const stream = {isTTY: false, write: (s: string) => written.push(s) > 0} as unknown as NodeJS.WriteStream;
		const progress = createProgress({total: 4, label: 'clip 1/2 encoding', stream});
		progress.update(4);
		expect(written).toEqual([expect.stringMatching(/^clip 1\/2 encoding: 4\/4 frames \(100%\)/)]);
	});
});
