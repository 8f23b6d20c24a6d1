import {joinWrappedLines} from '../../text/join-wrapped-lines';
import type {RawMetadata, RawTranscript, RawTurn} from '../raw-transcript';
import {remapWords} from '../remap-words';
import {mergeRollingCues} from './merge-rolling-cues';
import {acceptedLabelNames, isSoundOnly, readCreditLine, readSpeakerLabel} from './speaker-labels';
import {isBilingual, splitBilingualLines} from './split-bilingual';
import type {TimedCue} from './timed-cue';

/**
 * Timed cues of any timed format → the raw turns of a `cues` transcript, reading what
 * caption writers put in the text itself:
 *
 * - (`findLabels`, for captions that do not name speakers in their markup) a `Name:` or
 *   `[Name]` label opening a cue (`Travis: When you…`, taken when the file uses it as a
 *   label: see `acceptedLabelNames`), a credit line (`（特雷西米兰诺——康奈尔大学网络政策主管）`),
 *   and the speaker-change mark `>>` or a dialogue dash (`- `), on a later line of a cue
 *   too, where it opens a paragraph;
 * - bilingual cues (a CJK line and a Latin one, in a file where most cues pair them, or
 *   two cues of one script each at the same times): the first language is the text, the
 *   second its translation;
 * - a cue's lines joined as wrapped lines are (no space between CJK characters);
 * - rolling and repeated captions once (`mergeRollingCues`).
 *
 * Word offsets follow the text. Every other decision is the assembler's.
 */
const captionTurns = ({cues: given, findLabels}: {cues: readonly TimedCue[]; findLabels: boolean}): RawTurn[] => {
	const cues = mergeRollingCues(pairSameTimeCues(given));
	const bilingual = isBilingual(cues.map((c) => c.text));
	const labels = cues.map((c) => (findLabels && c.speaker === undefined ? readSpeakerLabel(c.text.split('\n', 1)[0] ?? '') : null));
	const accepted = acceptedLabelNames(labels);
	return cues.map((cue, i): RawTurn => {
		let lines = cue.text.split('\n');
		let named: string | undefined;
		let speakerChange = false;
		const label = labels[i];
		if (label && (label.name === null || accepted.has(label.name))) {
			lines = [label.rest, ...lines.slice(1)].filter((l) => l.trim() !== '');
			if (label.name === null) speakerChange = true;
			else named = label.name;
		}
		if (findLabels) {
			const credit = lines.map(readCreditLine).find((name) => name !== null);
			if (credit) {
				named = credit;
				lines = lines.filter((l) => readCreditLine(l) === null);
			}
		}
		// The source's own naming (a voice tag, a diarization label) wins over what the text says.
		const speaker = cue.speaker ?? named;
		let translation: string | undefined;
		const split = bilingual ? splitBilingualLines(lines) : null;
		if (split) {
			lines = split.main;
			translation = joinWrappedLines({lines: split.translation}) || undefined;
		}
		// A later line of the cue on a dialogue dash is the next speaker's (`- Really?` / `- No.`): a paragraph of its own, without the dash.
		const text = findLabels
			? splitAtDialogueDashes(lines)
					.map((group) => joinWrappedLines({lines: group}))
					.join('\n')
			: joinWrappedLines({lines});
		const words = bilingual ? [] : remapWords({from: cue.text, words: cue.words ?? [], to: text});
		return {
			labels: speaker === undefined ? [] : [speaker],
			text,
			startMs: cue.startMs,
			endMs: cue.endMs,
			line: cue.line,
			...(words.length > 0 ? {words} : {}),
			...(translation === undefined ? {} : {translation}),
			...(speakerChange ? {speakerChange: true} : {}),
		};
	});
};

/**
 * A dual-language subtitle file writes each language as a cue of its own, at the same
 * number and times (`1` / `Okay, let's continue.` then `1` / `好的，咱们接着来。`): two such
 * cues, each of one script, are one bilingual cue, as two lines of one cue are.
 */
const pairSameTimeCues = (cues: readonly TimedCue[]): TimedCue[] => {
	const out: TimedCue[] = [];
	for (const cue of cues) {
		const previous = out[out.length - 1];
		const pairs =
			previous !== undefined &&
			previous.startMs === cue.startMs &&
			previous.endMs === cue.endMs &&
			previous.speaker === cue.speaker &&
			splitBilingualLines(previous.text.split('\n')) === null &&
			splitBilingualLines(cue.text.split('\n')) === null &&
			splitBilingualLines([...previous.text.split('\n'), ...cue.text.split('\n')]) !== null;
		if (pairs) {
			const {words: _words, ...plain} = previous;
			out[out.length - 1] = {...plain, text: `${previous.text}\n${cue.text}`};
		} else out.push(cue);
	}
	return out;
};

const DIALOGUE_DASH = /^[-–—]\s+(?=\S)/u;

/** A cue's lines in groups, a new one at each line after the first that opens on a dialogue dash (taken off), unless a sound alone follows it. */
const splitAtDialogueDashes = (lines: readonly string[]): string[][] => {
	const groups: string[][] = [];
	lines.forEach((line, i) => {
		if (i > 0 && DIALOGUE_DASH.test(line) && !isSoundOnly(line.replace(DIALOGUE_DASH, ''))) groups.push([line.replace(DIALOGUE_DASH, '')]);
		else if (groups.length === 0) groups.push([line]);
		else groups[groups.length - 1]?.push(line);
	});
	return groups;
};

/** A `cues` transcript of these cues: what a timed format gives besides them is its metadata (title, language), if any. */
export const cueTranscript = ({
	format,
	cues,
	findLabels,
	metadata = {},
	wordEndsKnown,
	punctuated,
}: {
	format: string;
	cues: readonly TimedCue[];
	findLabels: boolean;
	metadata?: Omit<RawMetadata, 'source'>;
	wordEndsKnown?: boolean;
	punctuated?: true;
}): {transcript: RawTranscript} => ({
	transcript: {
		format,
		units: 'cues',
		turns: captionTurns({cues, findLabels}),
		chapters: [],
		breaksMs: [],
		listedSpeakers: [],
		metadata: {...metadata, source: {}},
		...(wordEndsKnown === undefined ? {} : {wordEndsKnown}),
		...(punctuated ? {punctuated} : {}),
	},
});
