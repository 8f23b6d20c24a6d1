/**
 * A transcript is often someone else's file, so the files it names (`media:`, `cover:`)
 * must stay inside its own folder: a relative path that does not climb out of it. This
 * is the text half of the rule (no web address, no absolute path, no `..` that leaves
 * the folder); the file-system half — no symlink that points out of the folder — is
 * checked where files are opened (src/cli/find-media.ts).
 *
 * Null when `named` may be used, else why not: `is a web address`, `is an absolute path`,
 * `climbs out of the transcript's folder (..)`.
 */
export const whyNotInFolder = (named: string): string | null => {
	const trimmed = named.trim();
	// A drive letter (`C:\`, `C:/`, `C:x`) is absolute; any other `scheme:` is an address (`https://`, `file:`, `data:`).
	if (/^[A-Za-z]:/.test(trimmed) || /^[\\/]/.test(trimmed)) return 'is an absolute path';
	if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(trimmed)) return 'is a web address';
	let depth = 0;
	for (const part of trimmed.split(/[\\/]+/)) {
		if (part === '..') depth--;
		else if (part !== '.' && part !== '') depth++;
		if (depth < 0) return "climbs out of the transcript's folder (..)";
	}
	return null;
};
