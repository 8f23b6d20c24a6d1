// A process that fails the way only a bug can: an exception or rejection nobody handles,
// after installing talkreel's last resort. `tsx tests/support/throw-later.ts rejection|exception`;
// `…-after-signal`: the same once a signal came, while the work under way still reports it.
import {installLastResort} from '../../src/cli/report-error';
import {removeOnExit} from '../../src/render/remove-on-exit';

const kind = process.argv[2] ?? '';
const afterSignal = kind.endsWith('-after-signal');
installLastResort({interruptedExitCode: () => (afterSignal ? 130 : undefined)});
// A temporary file of "work under way": the last resort's exit must delete it.
const marker = process.env.TALKREEL_TEST_MARKER;
if (marker) removeOnExit(marker);
setTimeout(() => {
	if (kind.startsWith('rejection')) void Promise.reject(new Error('boom: a promise nobody awaited\nsecond line'));
	else throw new TypeError('boom: a callback that threw');
}, 10);
// The work under way, stopping: it says what it kept and exits with the signal's code.
if (afterSignal)
	setTimeout(() => {
		process.stderr.write('talkreel: RENDER_ABORTED: interrupted; kept nothing\n');
		process.exit(130);
	}, 300);
setTimeout(() => {}, 5000);
