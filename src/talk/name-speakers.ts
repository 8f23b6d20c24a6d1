import {type Writing, writingOf} from '../text/chinese-script';
import {foldToSimplified} from '../text/fold-to-simplified';
import {slugify} from './slugify';
import {cleanName} from './strip-controls';

/**
 * Who a speaker label names, and the speaker's id: the one rule for every format.
 *
 * Names:
 * - a label declaring its short form (`Shaun Apps（SA）`) names `Shaun Apps`, and so does
 *   `SA` after it, when `SA` is used as a label or `Shaun Apps` is listed (else the
 *   parentheses are part of a display name: Zoom's `Ashlee Kupor (SL)`);
 * - a label matching a listed name (front matter) by the whole name, by initials (`AP` →
 *   `Andrew Poelstra`) or by a first or last name only one listed or declared name has
 *   (`Ana` → `Ana Lima`) names that speaker;
 * - a diarization label (`SPEAKER_04`, `speaker_4`, `spk_4`, a speaker number): machines
 *   count from 0, so it is `Speaker 5` (`发言人 5` in a Chinese talk, `發言人 5` in Traditional), id `speaker-5`,
 *   from the label alone, so the same label gets the same name and id from every format
 *   and from any part of a transcript;
 * - an opaque machine id (Teams' `<v 68f0e9b4-…@72f988bf-…>` voices, GUIDs): numbered in
 *   order of first speech, `Speaker 1`, `Speaker 2`…;
 * - a one-word label matching a first or last name of a longer label written in the
 *   transcript itself (`Bekah:` after `Bekah Hawrot Weigel:`) names that speaker, as a
 *   listed name would, when only one such name has that part;
 * - a turn no one is named for, in a talk that names no one: `Speaker 1` (`发言人 1`);
 * - one name written two ways, in capitals and not or in Traditional and Simplified
 *   characters (`AUDREY TANG` / `Audrey Tang`, `唐鳳` / `唐凤`), is one speaker, named in
 *   capitals and small letters where it is, else as first written;
 * - any other label is the name as written, whitespace and control characters tidied.
 *
 * Ids: ASCII kebab-case from the name (`Sam Altman` → `sam-altman`); `speaker-N` for a
 * numbered speaker; for a name without Latin letters (`主持人`), `speaker-` and the
 * speaker's place in the list; `-2`, `-3` added to an id already taken.
 */

/** `Shaun Apps（SA）`, `Shaun Apps (SA)`: a full name declaring the short label used after it. */
const DECLARED_ALIAS = /^(.{1,50}?)\s?[(（]([^()（）]{1,12})[)）]$/;

/**
 * A diarization label's number, counted from 0 as speech-to-text tools count: `SPEAKER_00`,
 * `SPEAKER 4`, `speaker_1`, `spk_2`, `spkr-3`. Null for any other label, and for `Speaker 2`
 * (a space, not in capitals), which a person wrote and counts from 1.
 */
export const diarizationNumber = (label: string): number | null => {
	const m = /^(speaker|spk|spkr)([ _-]?)(\d{1,4})$/i.exec(label.trim());
	if (m === null || (m[2] === ' ' && m[1] !== 'SPEAKER')) return null;
	return Number(m[3]);
};

/** A GUID, or two joined by `@` (Teams' user@tenant voices): an id, not a name. */
const OPAQUE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?:@[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})?$/i;

/** The word for a numbered speaker in the talk's language, in its script. */
const SPEAKER_WORDS: Record<Writing, string> = {'zh-Hans': '发言人', 'zh-Hant': '發言人', en: 'Speaker'};
const NUMBERED_SPEAKER = new RegExp(`^(?:${Object.values(SPEAKER_WORDS).join('|')}) \\d+$`, 'i');

/** Whether `name` is one a numbered speaker is given (`Speaker 5`, `发言人 5`): a voice no one named. */
export const isNumberedSpeaker = (name: string): boolean => NUMBERED_SPEAKER.test(name.trim());

const initialsOf = (name: string): string =>
	name
		.normalize('NFKC')
		.split(/[\s.-]+/)
		.filter((w) => w !== '')
		.map((w) => w[0] ?? '')
		.join('')
		.toUpperCase();

/**
 * A name in small letters, written the one way: full-width letters as plain ones
 * (`ＡＵＤＲＥＹ`), Turkish dotted and dotless i as i (`İpek` lower-cases to `i̇pek` in
 * JavaScript, `YILMAZ` to `yilmaz` while `Yılmaz` keeps its `ı`).
 */
const caseKey = (name: string): string =>
	name
		.normalize('NFKC')
		.toLowerCase()
		.replace(/i\u0307/g, 'i')
		.replace(/ı/g, 'i');
/** What two ways of writing one name share: its letters in lower case (`caseKey`), its Chinese characters in Simplified form. */
const sameNameKey = (name: string): string => caseKey(foldToSimplified(name));

/**
 * How a name is best shown: with capitals and small letters (`Audrey Tang`) over small
 * letters only (a handle, `audrey tang`) over capitals only (a screenplay's `AUDREY TANG`);
 * a short label reads better in capitals (`Q` over `q`, `DAN` over `dan`).
 */
const readability = (name: string): number => {
	const upper = /\p{Lu}/u.test(name);
	const lower = /\p{Ll}/u.test(name);
	if (upper && lower) return 3;
	if (lower) return [...name].length > 3 ? 2 : 0;
	return upper ? 1 : 2;
};

/** A label its transcript wrote twice by mistake, `Johnny Boursiquot: Johnny Boursiquot` (Go Time #306): the name once. */
const REPEATED_LABEL = /^(.{1,100}?)\s*[:：]\s*\1$/u;
const unrepeated = (label: string): string => REPEATED_LABEL.exec(label.trim())?.[1] ?? label;

export type SpeakerNames = {
	/** The name a label gives; null (no label anywhere) is the unnamed speaker. */
	nameOf: (label: string | null) => string;
	/** Names that are numbered speakers (`Speaker 5`), with their number. */
	numbers: ReadonlyMap<string, number>;
};

/**
 * Labels as the transcript writes them (all of them, in order: a declared short form
 * counts from its first appearance) → names, by the rules above.
 */
export const nameSpeakers = ({labels: asWritten, listed, language}: {labels: readonly string[]; listed: readonly string[]; language: string}): SpeakerNames => {
	const labels = asWritten.map(unrepeated);
	const word = SPEAKER_WORDS[writingOf(language)];
	const numbers = new Map<string, number>();
	const names = new Map<string, string>();
	const aliases = new Map<string, string>();
	const full: string[] = [...listed];
	const fullKeys = new Map(listed.map((n) => [caseKey(n), n]));
	const written = new Set(labels.map((l) => caseKey(l.trim())));
	for (const label of new Set(labels)) {
		const m = DECLARED_ALIAS.exec(label.trim());
		if (!m) continue;
		const name = (m[1] ?? '').trim();
		const short = (m[2] ?? '').trim();
		// `Ashlee Kupor (SL)` with no `SL:` anywhere is a display name (Zoom's role note), kept whole.
		if (!written.has(caseKey(short)) && !fullKeys.has(caseKey(name))) continue;
		const listedName = fullKeys.get(caseKey(name)) ?? name;
		names.set(label, cleanName(listedName));
		aliases.set(caseKey(short), listedName);
		if (!fullKeys.has(caseKey(listedName))) {
			full.push(listedName);
			fullKeys.set(caseKey(listedName), listedName);
		}
	}
	const opaque = new Map<string, number>();
	for (const label of labels) {
		const l = label.trim();
		if (OPAQUE_ID.test(l) && !opaque.has(l)) opaque.set(l, opaque.size + 1);
	}
	// Full names the transcript itself writes are what its short labels resolve to, after the listed ones.
	const longLabels = [...new Set(labels.map((l) => l.trim()))].filter(
		(l) => /\s/.test(l) && !fullKeys.has(caseKey(l)) && diarizationNumber(l) === null && !DECLARED_ALIAS.test(l),
	);
	const multiWord = [...full, ...longLabels].filter((n) => /\s/.test(n));
	const byInitials = new Map<string, string[]>();
	const byPart = new Map<string, string[]>();
	for (const n of multiWord) {
		byInitials.set(initialsOf(n), [...(byInitials.get(initialsOf(n)) ?? []), n]);
		for (const part of new Set(caseKey(n).split(/\s+/))) byPart.set(part, [...(byPart.get(part) ?? []), n]);
	}
	// One name written two ways — in capitals and not (`AUDREY TANG`, `Audrey Tang`, `İPEK`, `İpek`, `ipek`), full-width and not (`ＡＵＤＲＥＹ`), in Traditional and Simplified characters (`唐鳳`, `唐凤`) — is one speaker, named the most readable way (`readability`), else as first written.
	// Traditional spellings meet only through a Simplified one the transcript writes: 鍾先生 and 鐘先生 (two surnames, both 钟 in Simplified) stay two.
	// Each distinct label once: a transcript's labels are one per turn.
	const distinct = [...new Set(labels.map((l) => l.trim()))];
	const simplifiedWritten = new Set(distinct.filter((l) => foldToSimplified(l) === l).map(sameNameKey));
	const variantKey = (l: string) => (simplifiedWritten.has(sameNameKey(l)) ? sameNameKey(l) : caseKey(l));
	const variants = new Map<string, string>();
	for (const l of distinct) {
		const key = variantKey(l);
		const kept = variants.get(key);
		// On a tie, the plain spelling over a full-width, bold or ligature one (`A` over `Ａ`, `Ana` over `𝐀𝐧𝐚`).
		const plainer = kept !== undefined && readability(l) === readability(kept) && l === l.normalize('NFKC') && kept !== kept.normalize('NFKC');
		if (kept === undefined || readability(l) > readability(kept) || plainer) variants.set(key, l);
	}
	const numbered = (n: number): string => {
		const name = `${word} ${n}`;
		numbers.set(name, n);
		return name;
	};
	const resolve = (label: string): string => {
		const l = label.trim();
		const number = diarizationNumber(l);
		if (number !== null) return numbered(number + 1);
		const opaqueNumber = opaque.get(l);
		if (opaqueNumber !== undefined) return numbered(opaqueNumber);
		const key = caseKey(l);
		const exact = fullKeys.get(key) ?? aliases.get(key);
		if (exact !== undefined) return exact;
		const plain = l.normalize('NFKC');
		const initials = /^[A-Z]{2,4}$/.test(plain) ? (byInitials.get(plain) ?? []) : [];
		if (initials.length === 1 && initials[0] !== undefined) return initials[0];
		const parts = /\s/.test(l) ? [] : (byPart.get(key) ?? []);
		if (parts.length === 1 && parts[0] !== undefined) return parts[0];
		return variants.get(variantKey(l)) ?? l;
	};
	const nameOf = (label: string | null): string => {
		if (label === null) return numbered(1);
		let name = names.get(label);
		if (name === undefined) {
			name = cleanName(resolve(unrepeated(label)));
			names.set(label, name);
		}
		return name;
	};
	return {nameOf, numbers};
};

/** Ids for speaker names, in the order the speakers are listed (see above). */
export const assignSpeakerIds = ({names, numbers}: {names: readonly string[]; numbers: ReadonlyMap<string, number>}): Map<string, string> => {
	const ids = new Map<string, string>();
	const used = new Set<string>();
	names.forEach((name, index) => {
		const number = numbers.get(name);
		const base = number !== undefined ? `speaker-${number}` : slugify(name) || `speaker-${index + 1}`;
		let id = base;
		for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
		used.add(id);
		ids.set(name, id);
	});
	return ids;
};
