import type {Plan, QuoteScene} from './plan-schema';
import {escapeMarkup} from './escape-markup';
import {framesToMs} from './timing';

/** One caption of the recap: a quote card's text as drawn, who says it, and when it is on screen. */
export type RecapCue = {startMs: number; endMs: number; speaker: string; lines: string[]};

/**
 * The frame at which a scene takes over the screen: halfway through its incoming
 * transition (where the chapter bar switches too), so consecutive cards' cues meet
 * without a gap or an overlap.
 */
const takeoverFrame = (scene: {from: number; transitionInFrames: number}): number => scene.from + Math.floor(scene.transitionInFrames / 2);

/** Every quote card of the recap as a caption, in order, timed to the video in ms. */
export const recapCues = ({plan}: {plan: Plan}): {cues: RecapCue[]} => {
	const cues: RecapCue[] = [];
	plan.scenes.forEach((scene, i) => {
		if (scene.type !== 'quote') return;
		const next = plan.scenes[i + 1];
		const endFrame = next === undefined ? plan.durationInFrames : takeoverFrame(next);
		cues.push({
			startMs: framesToMs({frames: takeoverFrame(scene), fps: plan.fps}),
			endMs: framesToMs({frames: endFrame, fps: plan.fps}),
			speaker: (scene as QuoteScene).speaker,
			lines: scene.body.lines,
		});
	});
	return {cues};
};

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** `01:02:03,456` (SubRip) or `01:02:03.456` (WebVTT). */
const timestamp = (ms: number, separator: ',' | '.'): string => {
	const h = Math.floor(ms / 3_600_000);
	const m = Math.floor((ms % 3_600_000) / 60_000);
	const s = Math.floor((ms % 60_000) / 1000);
	return `${pad(h, 2)}:${pad(m, 2)}:${pad(s, 2)}${separator}${pad(ms % 1000, 3)}`;
};

/** A cue's text may not hold a blank line (it would end the cue) nor, in WebVTT, `-->`. */
const cueLines = (lines: string[]): string[] => lines.filter((line) => line.trim() !== '').map((line) => line.replaceAll('-->', '→'));

/** SubRip: numbered cues, the speaker's name before the first line, the card's lines as drawn. */
export const formatSrt = ({cues}: {cues: RecapCue[]}): string =>
	cues
		.map((cue, i) => {
			const [first = '', ...rest] = cueLines(cue.lines);
			return `${i + 1}\n${timestamp(cue.startMs, ',')} --> ${timestamp(cue.endMs, ',')}\n${cue.speaker}: ${first}${rest.map((l) => `\n${l}`).join('')}\n`;
		})
		.join('\n');

/** WebVTT: the speaker as a voice tag (`<v Sam Altman>`), the card's lines as drawn. */
export const formatVtt = ({cues, language}: {cues: RecapCue[]; language: string}): string =>
	`WEBVTT\nLanguage: ${language}\n\n${cues
		.map((cue) => {
			const lines = cueLines(cue.lines).map(escapeMarkup);
			const voice = escapeMarkup(cue.speaker);
			return `${timestamp(cue.startMs, '.')} --> ${timestamp(cue.endMs, '.')}\n<v ${voice}>${lines.join('\n')}\n`;
		})
		.join('\n')}`;

const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** YouTube's rules for chapters in a description: the first at 0:00, at least three, each at least 10 s. */
const YOUTUBE_MIN_CHAPTERS = 3;
export const YOUTUBE_MIN_CHAPTER_MS = 10_000;

export type RecapChapters = {
	chapters: {startMs: number; title: string}[];
	/** False when the recap cannot give YouTube chapters (fewer than three of at least 10 s): no chapters.txt is written. */
	usable: boolean;
	/** Why not, in a line, when not usable. */
	reason?: string;
};

/**
 * The recap's chapters as YouTube reads them from a description: one per section, at its
 * slide's takeover, the first moved to 0:00 (the title card before it, a few seconds,
 * opens the first chapter). A chapter shorter than 10 s is folded into the one before it
 * (its slide is still shown, its time counted to the previous chapter); the last must
 * last 10 s to the end. Fewer than three left: not usable, and the reason says so.
 */
export const recapChapters = ({plan}: {plan: Plan}): RecapChapters => {
	const starts = plan.scenes
		.filter((scene) => scene.type === 'section')
		.map((scene, i) => ({startMs: i === 0 ? 0 : framesToMs({frames: takeoverFrame(scene), fps: plan.fps}), title: oneLine(scene.title.text)}));
	const endMs = framesToMs({frames: plan.durationInFrames, fps: plan.fps});
	const chapters: RecapChapters['chapters'] = [];
	for (const chapter of starts) {
		const last = chapters[chapters.length - 1];
		if (last !== undefined && chapter.startMs - last.startMs < YOUTUBE_MIN_CHAPTER_MS) continue;
		chapters.push(chapter);
	}
	while (chapters.length > 1 && endMs - chapters[chapters.length - 1]!.startMs < YOUTUBE_MIN_CHAPTER_MS) chapters.pop();
	if (chapters.length < YOUTUBE_MIN_CHAPTERS) {
		return {chapters, usable: false, reason: `YouTube needs at least ${YOUTUBE_MIN_CHAPTERS} chapters of 10 s; this recap has ${chapters.length}`};
	}
	return {chapters, usable: true};
};

/** `1:05:09` or `5:09` or `0:00`. */
const chapterTime = (ms: number): string => {
	const total = Math.floor(ms / 1000);
	const h = Math.floor(total / 3600);
	const m = Math.floor((total % 3600) / 60);
	const s = total % 60;
	return h > 0 ? `${h}:${pad(m, 2)}:${pad(s, 2)}` : `${m}:${pad(s, 2)}`;
};

/** One `0:00 Title` line per chapter, as pasted into a YouTube description. */
export const formatChapters = ({chapters}: {chapters: RecapChapters['chapters']}): string =>
	chapters
		.map((c) => `${chapterTime(c.startMs)} ${c.title}`)
		.join('\n')
		.concat('\n');
