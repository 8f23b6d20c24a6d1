// A process that fails the way only a bug can: an exception or rejection nobody handles,
// after installing talkreel's last resort. `tsx tests/support/throw-later.ts rejection|exception`.
import {installLastResort} from '../../src/cli/report-error';
import {removeOnExit} from '../../src/render/remove-on-exit';

installLastResort();
// A temporary file of "work under way": the last resort's exit must delete it.
const marker = process.env.TALKREEL_TEST_MARKER;
if (marker) removeOnExit(marker);
const kind = process.argv[2];
setTimeout(() => {
	if (kind === 'rejection') void Promise.reject(new Error('boom: a promise nobody awaited\nsecond line'));
	else throw new TypeError('boom: a callback that threw');
}, 10);
setTimeout(() => {}, 5000);
