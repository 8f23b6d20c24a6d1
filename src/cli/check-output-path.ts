import {type Stats, mkdirSync, rmdirSync, statSync} from 'node:fs';
import path from 'node:path';
import {UserError} from '../errors';

/** `-o -`: the JSON goes to standard output. */
export const STDOUT = '-';

const statOrNull = (file: string): Stats | null => {
	try {
		return statSync(file);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ENOENT' || code === 'ENOTDIR') return null;
		throw new UserError({code: 'ARGS', problem: `-o ${file}: ${(error as Error).message}`});
	}
};

const sameFile = (a: Stats, b: Stats): boolean => a.dev === b.dev && a.ino === b.ino;

/**
 * A folder talkreel will write in must take writing: a read-only file system or a folder
 * of someone else's is said before any work. Tried, not asked: a folder is made in it and
 * removed at once (permission bits say nothing to root, and some file systems refuse
 * writes their modes allow).
 */
const checkWritable = ({dir, file, flag}: {dir: string; file: string; flag: string}): void => {
	const probe = path.join(dir, `.talkreel-probe-${process.pid}`);
	try {
		mkdirSync(probe);
		rmdirSync(probe);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		// Left by an earlier run of this process id: the folder took writing then.
		if (code === 'EEXIST') return;
		const why = code === 'EROFS' ? 'the file system is read-only' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (error as Error).message;
		throw new UserError({code: 'ARGS', problem: `${flag} ${file}: cannot write in ${dir}: ${why}`});
	}
};

/** The nearest folder up from `file` that exists must be a folder, or nothing can be created there, and it must take writing. */
const checkParents = ({file, flag}: {file: string; flag: string}): void => {
	for (let dir = path.dirname(path.resolve(file)); ; dir = path.dirname(dir)) {
		const stats = statOrNull(dir);
		if (stats !== null) {
			if (!stats.isDirectory()) throw new UserError({code: 'ARGS', problem: `${flag} ${file}: ${dir} is a file, not a folder`});
			checkWritable({dir, file, flag});
			return;
		}
		if (path.dirname(dir) === dir) return;
	}
};

/**
 * An output file talkreel may write: refused (`ARGS`, exit 2, before any work) when it
 * is one of `inputs` (the transcript, its edits file — also through a link), a folder,
 * or anything else that is not a regular file (a device, a pipe, a socket), or when a
 * file stands where one of its folders must be. A regular file is replaced (atomically).
 */
export const checkOutputFile = ({file, inputs, flag = '-o'}: {file: string; inputs: readonly string[]; flag?: string}): void => {
	const stats = statOrNull(file);
	if (stats === null) {
		checkParents({file, flag});
		return;
	}
	for (const input of inputs) {
		const inputStats = statOrNull(input);
		if (inputStats !== null && sameFile(stats, inputStats))
			throw new UserError({code: 'ARGS', problem: `${flag} ${file}: that is the input ${input}; refusing to write over it`});
	}
	if (stats.isDirectory()) throw new UserError({code: 'ARGS', problem: `${flag} ${file}: is a folder; give a file name`});
	if (!stats.isFile())
		throw new UserError({code: 'ARGS', problem: `${flag} ${file}: is not a regular file (a device, pipe or socket); refusing to write to it`});
};

/** An output folder: refused when a file (or anything not a folder) is there, or where one of its parents must be. Its files are checked with `checkOutputFile`. */
export const checkOutputFolder = ({folder, flag = '-o'}: {folder: string; flag?: string}): void => {
	const stats = statOrNull(folder);
	if (stats === null) {
		checkParents({file: folder, flag});
		return;
	}
	if (!stats.isDirectory()) throw new UserError({code: 'ARGS', problem: `${flag} ${folder}: is a file, not a folder`});
};
