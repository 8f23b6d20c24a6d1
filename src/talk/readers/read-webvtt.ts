import webvtt, {type WebVttNode} from 'webvtt-parser';
import HTML_ENTITIES from 'webvtt-parser/html-entities.json';
import {UserError} from '../../errors';
import {secondsToMs} from '../parse-timestamp';
import type {RawTranscript, RawWord} from '../raw-transcript';
import {cueTranscript} from './caption-turns';
import {normaliseCaptionSpaces} from './clean-caption-text';
import {formatVttTime, hasUnpaddedCueTimes, readCueTimingOrFail} from './cue-timing';
import type {TimedCue} from './timed-cue';

const FORMAT = 'WebVTT';
/** Tags open at once in a cue: far past any real file, and short of the parser's recursion limit. */
const MAX_TAG_DEPTH = 64;

export const looksLikeWebVtt = (text: string): boolean => /^WEBVTT(?:[ \t].*)?(?:\n|$)/.test(text);

type Header = {kind?: string; language?: string; title?: string};

/** `Kind: captions`, `Language: en`, `lang: en`, `Title: …` lines between `WEBVTT` and the first blank line (YouTube, Able Player). */
const readHeader = (lines: readonly string[]): Header => {
	const header: Header = {};
	for (const line of lines.slice(1)) {
		if (line.trim() === '' || line.includes('-->')) break;
		const m = /^([A-Za-z][\w-]{0,20})\s*:\s*(.+)$/.exec(line);
		if (!m) continue;
		const key = (m[1] ?? '').toLowerCase();
		const value = (m[2] ?? '').trim();
		if (key === 'kind') header.kind = value;
		else if ((key === 'language' || key === 'lang' || key === 'srclang') && /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(value)) header.language = value;
		else if (key === 'title') header.title = value;
	}
	return header;
};

type TimingLine = {line: number; startMs: number; endMs: number};

/**
 * What the W3C parser would refuse or choke on, found first with the line: a broken
 * timing line (`cue 12 (line 40) has no end time`), tags nested past MAX_TAG_DEPTH. Teams'
 * short times (`0:0:0.570`), which players and the W3C parser do not take, are rewritten
 * to `00:00:00.570`, their fractions read as the milliseconds they are (`0:0:6.90` is
 * 6.090 s). Returns the text to parse and its timing lines in order.
 */
const prepare = ({text, file}: {text: string; file: string}): {text: string; timings: TimingLine[]} => {
	const lines = text.split('\n');
	const timings: TimingLine[] = [];
	// Teams writes every field of its times without padding, milliseconds too: in a file of such times `0:0:6.90` is 6.090 s.
	const unpaddedMs = hasUnpaddedCueTimes(lines);
	let inNote = false;
	for (let i = 1; i < lines.length; i++) {
		const line = lines[i] ?? '';
		const previous = (lines[i - 1] ?? '').trim();
		if (previous === '' && /^NOTE(?:\s|$)/.test(line)) inNote = true;
		if (line.trim() === '') {
			inNote = false;
			continue;
		}
		if (inNote || !line.includes('-->') || /^(?:STYLE|REGION)\b/.test(line)) {
			if (!inNote && depthOf(line) > MAX_TAG_DEPTH) {
				throw new UserError({
					code: 'TALK_PARSE',
					file,
					line: i + 1,
					problem: `looks like ${FORMAT}, but line ${i + 1} nests tags more than ${MAX_TAG_DEPTH} deep`,
				});
			}
			continue;
		}
		const timing = readCueTimingOrFail({line, lineNumber: i + 1, cue: String(timings.length + 1), file, format: FORMAT, unpaddedMs});
		timings.push({line: i + 1, startMs: timing.startMs, endMs: timing.endMs});
		lines[i] = `${formatVttTime(timing.startMs)} --> ${formatVttTime(timing.endMs)}${timing.settings === '' ? '' : ` ${timing.settings}`}`;
		// YouTube starts a cue's text with a line holding one space, which reads as blank
		// once trailing spaces are trimmed: text that follows a blank line and is neither a
		// cue, a cue id nor a note is still this cue's. (Kept as one blank-free block.)
		let j = i + 1;
		while (j < lines.length && (lines[j] ?? '').trim() === '') j++;
		const orphan = lines[j] ?? '';
		if (j > i + 1 && j < lines.length && !orphan.includes('-->') && !(lines[j + 1] ?? '').includes('-->') && !/^(?:NOTE|STYLE|REGION)(?:\s|$)/.test(orphan)) {
			lines.splice(i + 1, j - i - 1);
		}
	}
	return {text: lines.join('\n'), timings};
};

/** Tags open at the deepest point of a line: `<c><c><c>` is 3. */
const depthOf = (line: string): number => {
	let depth = 0;
	let max = 0;
	for (const m of line.matchAll(/<(\/?)[A-Za-z]/g)) {
		depth = m[1] === '/' ? Math.max(0, depth - 1) : depth + 1;
		max = Math.max(max, depth);
	}
	return max;
};

type Line = {text: string; marks: {at: number; ms: number}[]};
type Voiced = {voice: string | undefined; lines: Line[]};

/**
 * A cue's tree → its text by voice: `<v Ana>` spans (a cue may hold two voices), lines,
 * and YouTube's word times (`<00:00:01.234>` marks before each word). Ruby annotations
 * (`<rt>`) are left out; every other tag keeps its text. Walked with a stack: a cue nested
 * deep cannot overflow it.
 */
const readTree = (children: WebVttNode[]): Voiced[] => {
	const parts: Voiced[] = [{voice: undefined, lines: [{text: '', marks: []}]}];
	const stack: {node: WebVttNode; voice: string | undefined}[] = children.map((node) => ({node, voice: undefined})).reverse();
	// Text outside any voice span stays with the voice before it.
	const partFor = (voice: string | undefined): Voiced => {
		const last = parts[parts.length - 1] as Voiced;
		if (voice === undefined || last.voice === voice) return last;
		if (last.voice === undefined && last.lines.every((l) => l.text.trim() === '')) {
			last.voice = voice;
			return last;
		}
		const part: Voiced = {voice, lines: [{text: '', marks: []}]};
		parts.push(part);
		return part;
	};
	while (stack.length > 0) {
		const {node, voice} = stack.pop() as {node: WebVttNode; voice: string | undefined};
		if (node.type === 'object') {
			if (node.name === 'rt') continue;
			const inner = node.name === 'v' ? node.value?.trim() || voice : voice;
			for (let i = node.children.length - 1; i >= 0; i--) stack.push({node: node.children[i] as WebVttNode, voice: inner});
			continue;
		}
		const part = partFor(voice);
		if (node.type === 'timestamp') {
			const line = part.lines[part.lines.length - 1] as Line;
			line.marks.push({at: line.text.length, ms: secondsToMs(node.value)});
			continue;
		}
		node.value.split('\n').forEach((piece, k) => {
			if (k > 0) part.lines.push({text: '', marks: []});
			(part.lines[part.lines.length - 1] as Line).text += piece;
		});
	}
	return parts;
};

/** A line's words from its time marks: the text before the first mark starts with the cue. */
const wordsOf = ({line, cueStartMs, cueEndMs}: {line: Line; cueStartMs: number; cueEndMs: number}): RawWord[] => {
	if (line.marks.length === 0) return [];
	const bounds = [{at: 0, ms: cueStartMs}, ...line.marks].filter((m, i, all) => i === 0 || m.at > (all[i - 1]?.at ?? -1) || i === all.length - 1);
	const words: RawWord[] = [];
	bounds.forEach((b, i) => {
		const end = bounds[i + 1]?.at ?? line.text.length;
		let s = b.at;
		let e = end;
		while (s < e && /\s/.test(line.text[s] ?? '')) s++;
		while (e > s && /\s/.test(line.text[e - 1] ?? '')) e--;
		const startMs = Math.min(Math.max(b.ms, cueStartMs), cueEndMs);
		if (e > s) words.push({start: s, end: e, startMs, endMs: startMs, ...(i === 0 ? {startEstimated: true} : {})});
	});
	return words;
};

/**
 * YouTube's rolling captions show each line twice (once arriving, once scrolling up) and
 * add a 10 ms cue that repeats it: a line equal to the last one kept is a repeat, and a
 * line that starts with it brings only its rest.
 */
const isRolling = ({header, cues}: {header: Header; cues: {lines: string[]}[]}): boolean => {
	let repeats = 0;
	for (let i = 1; i < cues.length; i++) {
		const before = cues[i - 1]?.lines;
		if (before && before.length > 0 && cues[i]?.lines[0] === before[before.length - 1]) repeats++;
	}
	return (header.kind?.toLowerCase() === 'captions' && repeats > 0) || (cues.length >= 4 && repeats >= 0.3 * cues.length);
};

type RawCue = {startMs: number; endMs: number; line: number; parts: Voiced[]; lines: string[]};

/** The cues of a WebVTT file, parsed by the W3C reference parser (webvtt-parser) after `prepare`. */
export const readWebVttCues = ({text, file}: {text: string; file: string}): {cues: TimedCue[]; header: Header; wordTimes: boolean} => {
	const header = readHeader(text.split('\n'));
	const prepared = prepare({text, file});
	const parsed = new webvtt.WebVTTParser(HTML_ENTITIES).parse(prepared.text);
	// The parser keeps no line numbers: find each cue's timing line, in order, by its times.
	let t = 0;
	const raw: RawCue[] = parsed.cues.map((cue) => {
		const startMs = secondsToMs(cue.startTime);
		const endMs = secondsToMs(cue.endTime);
		let k = t;
		while (k < prepared.timings.length && (prepared.timings[k]?.startMs !== startMs || prepared.timings[k]?.endMs !== endMs)) k++;
		const timing = prepared.timings[k];
		if (timing) t = k + 1;
		const parts = readTree(cue.tree.children);
		return {startMs, endMs, line: timing?.line ?? 1, parts, lines: parts.flatMap((p) => p.lines.map((l) => normaliseCaptionSpaces(l.text)))};
	});
	const rolling = isRolling({header, cues: raw});
	const cues: TimedCue[] = [];
	let wordTimes = false;
	let lastKept = '';
	for (const cue of raw) {
		const voiced = cue.parts.length;
		let partStartMs = cue.startMs;
		const totalLength = cue.parts.reduce((n, p) => n + p.lines.reduce((m, l) => m + l.text.length, 0), 0) || 1;
		for (const part of cue.parts) {
			const partLength = part.lines.reduce((m, l) => m + l.text.length, 0);
			// Two voices in one cue share its time in proportion to what they say.
			const partEndMs = voiced === 1 ? cue.endMs : Math.min(cue.endMs, partStartMs + Math.round(((cue.endMs - cue.startMs) * partLength) / totalLength));
			const lines: string[] = [];
			const words: RawWord[] = [];
			let offset = 0;
			part.lines.forEach((line) => {
				let shown = line.text;
				let lineWords = wordsOf({line, cueStartMs: partStartMs, cueEndMs: partEndMs});
				if (rolling) {
					const clean = normaliseCaptionSpaces(line.text);
					if (clean === '' || clean === lastKept) return;
					if (lastKept !== '' && clean.startsWith(`${lastKept} `) && line.marks.length === 0) {
						shown = clean.slice(lastKept.length + 1);
						lineWords = [];
					}
					lastKept = clean;
				}
				if (lines.length > 0) offset += 1;
				for (const w of lineWords) words.push({...w, start: offset + w.start, end: offset + w.end});
				lines.push(shown);
				offset += shown.length;
			});
			// A word lasts until the next one starts (YouTube gives start times only).
			for (let i = 0; i < words.length; i++) {
				const w = words[i] as RawWord;
				w.endMs = Math.max(w.startMs, words[i + 1]?.startMs ?? partEndMs);
			}
			const rawText = lines.join('\n');
			const textOut = normaliseCaptionSpaces(rawText);
			if (textOut !== '') {
				if (words.length > 0) wordTimes = true;
				cues.push({
					startMs: partStartMs,
					endMs: partEndMs,
					text: textOut,
					line: cue.line,
					...(part.voice === undefined ? {} : {speaker: part.voice}),
					...(words.length > 0 ? {words: remapFromRaw({rawText, words, clean: textOut})} : {}),
				});
			}
			partStartMs = partEndMs;
		}
	}
	return {cues, header, wordTimes};
};

/** Word offsets from the raw (tagged-out but not cleaned) text to the cleaned one. */
const remapFromRaw = ({rawText, words, clean}: {rawText: string; words: RawWord[]; clean: string}): RawWord[] => {
	const out: RawWord[] = [];
	let cursor = 0;
	for (const w of words) {
		const wordText = normaliseCaptionSpaces(rawText.slice(w.start, w.end));
		if (wordText === '') continue;
		const at = clean.indexOf(wordText, cursor);
		if (at === -1) continue;
		out.push({...w, start: at, end: at + wordText.length});
		cursor = at + wordText.length;
	}
	return out;
};

/**
 * A chapters track (`kind: chapters`, or cues that are short titles lasting 20 s and more
 * on the median) given as the transcript: a clear error that says where it belongs.
 */
const looksLikeChapters = (cues: readonly TimedCue[], header: Header): boolean => {
	if (header.kind?.toLowerCase() === 'chapters') return true;
	if (cues.length === 0 || cues.length > 500 || cues.some((c) => c.speaker !== undefined || c.text.includes('\n') || c.text.split(' ').length > 12))
		return false;
	const durations = cues.map((c) => c.endMs - c.startMs).sort((a, b) => a - b);
	return (durations[Math.floor(durations.length / 2)] ?? 0) >= 20_000;
};

export const readWebVtt = ({text, file}: {text: string; file: string}): {transcript: RawTranscript} => {
	const {cues, header, wordTimes} = readWebVttCues({text, file});
	if (looksLikeChapters(cues, header)) {
		throw new UserError({
			code: 'TALK_PARSE',
			file,
			line: 1,
			problem: `this is a ${FORMAT} chapters file (${cues.length} chapters such as "${cues[0]?.text ?? ''}"), not a transcript: put it beside its transcript as <transcript name>.chapters.vtt`,
		});
	}
	return cueTranscript({
		format: FORMAT,
		cues,
		findLabels: true,
		wordEndsKnown: !wordTimes,
		metadata: {...(header.title ? {title: header.title} : {}), ...(header.language ? {language: header.language} : {})},
	});
};
