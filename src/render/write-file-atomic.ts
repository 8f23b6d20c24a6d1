import {mkdir, rename, rm} from 'node:fs/promises';
import path from 'node:path';
import {removeOnExit} from './remove-on-exit';

/** A temporary path beside `target`, so the final rename stays on one file system. */
const tempPathFor = ({target}: {target: string}): string => {
	const {dir, name, ext} = path.parse(target);
	return path.join(dir, `.${name}.tmp-${process.pid}${ext}`);
};

/**
 * Writes `target` atomically: the content goes to a temporary file beside it, renamed
 * on success; on failure, or if the process exits meanwhile, the temporary file is
 * removed and `target` is untouched.
 */
export const writeFileAtomic = async ({target, write}: {target: string; write: (tempPath: string) => Promise<void>}): Promise<void> => {
	await mkdir(path.dirname(path.resolve(target)), {recursive: true});
	const temp = tempPathFor({target});
	const release = removeOnExit(temp);
	try {
		await write(temp);
		await rename(temp, target);
	} catch (e) {
		await rm(temp, {force: true});
		throw e;
	} finally {
		release();
	}
};
