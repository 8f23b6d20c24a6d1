import {mkdir, rename, rm} from 'node:fs/promises';
import path from 'node:path';
import {RenderAbortedError, UserError} from '../errors';
import {removeOnExit} from './remove-on-exit';

/** What the file system says when the place to write is the user's to fix: a read-only or full disk, a folder they may not write in. */
const PLACE_PROBLEMS: Record<string, string> = {
	ENOSPC: 'no space left on the device',
	EDQUOT: 'the disk quota is used up',
	EROFS: 'the file system is read-only',
	EACCES: 'permission denied',
	EPERM: 'not permitted',
};

/** An error of writing `target` as the user's mistake (exit 2, one line) when it is the place's, else as it is. */
const describeWriteError = ({error, target}: {error: unknown; target: string}): unknown => {
	const problem = PLACE_PROBLEMS[(error as NodeJS.ErrnoException | null)?.code ?? ''];
	return problem === undefined ? error : new UserError({code: 'ARGS', problem: `${target}: cannot write it: ${problem}; nothing was written there`});
};

/** A temporary path beside `target`, so the final rename stays on one file system. */
const tempPathFor = ({target}: {target: string}): string => {
	const {dir, name, ext} = path.parse(target);
	return path.join(dir, `.${name}.tmp-${process.pid}${ext}`);
};

/**
 * Writes `target` atomically: the content goes to a temporary file beside it, renamed
 * on success; on failure, or if the process exits meanwhile, the temporary file is
 * removed and `target` is untouched. A full or read-only disk, or a folder not to be
 * written in, is the user's to fix: one line, exit 2 (`describeWriteError`). With
 * `signal`, a stop that came while the file was written leaves nothing either: the
 * temporary file goes and `RenderAbortedError` says no output was written.
 */
export const writeFileAtomic = async ({
	target,
	write,
	signal,
}: {
	target: string;
	write: (tempPath: string) => Promise<void>;
	signal?: AbortSignal | undefined;
}): Promise<void> => {
	const temp = tempPathFor({target});
	const release = removeOnExit(temp);
	try {
		await mkdir(path.dirname(path.resolve(target)), {recursive: true});
		await write(temp);
		if (signal?.aborted === true) throw new RenderAbortedError('interrupted while the output was written; no output was written');
		await rename(temp, target);
	} catch (e) {
		await rm(temp, {force: true});
		if (e instanceof RenderAbortedError) throw e;
		throw describeWriteError({error: e, target});
	} finally {
		release();
	}
};
