import {slugify} from './slugify';

/** The last part of a path, whichever separator it uses. */
export const baseNameOf = (file: string): string => file.split(/[\\/]/).pop() ?? file;

/** The folder part of a path, with its trailing slash (`talks/ep1.srt` → `talks/`); empty for a bare name. */
export const folderOf = (file: string): string => file.slice(0, file.length - baseNameOf(file).length);

/** A file name without its last extension (`Cool Talk.srt` → `Cool Talk`). */
export const stemOf = (file: string): string => {
	const base = baseNameOf(file);
	return base.includes('.') ? base.slice(0, base.lastIndexOf('.')) : base;
};

/** `data/Aspen 2024 — Altman.md` → `aspen-2024-altman`: the talk's slug, from its file name. */
export const slugFromFile = (file: string): string => slugify(stemOf(file)) || 'talk';
