import {setFlagsFromString} from 'node:v8';
import {runInNewContext} from 'node:vm';

/**
 * One full garbage collection, now. Bundling leaves about 400 MB of webpack's garbage in
 * this process, and V8 does not collect it without pressure: the process would keep its
 * peak resident memory for the whole render, beside Chromium and the encoder (measured on
 * a clip batch: 770 MiB kept, 330 MiB after this). Node exposes `gc` only behind a flag,
 * which can be set while running; the function is taken from a fresh context, so no
 * global is added.
 */
export const collectGarbage = (): void => {
	setFlagsFromString('--expose-gc');
	(runInNewContext('gc') as () => void)();
};
