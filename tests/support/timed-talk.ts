import {writeFile} from 'node:fs/promises';
import {encodeWav} from '../../src/render/audio/wav';
import type {Talk} from '../../src/talk/talk-schema';
import {segmentSpokenUnits} from '../../src/text/segment-spoken-units';

/**
 * A timed version of any talk and a recording that "says" it, for benchmarks: every
 * speech turn gets a cue at a steady speaking rate (Chinese 4.5 characters a second,
 * English 2.5 words a second), one after another with a pause between; the recording
 * has a voiced syllable (a buzz at 110–220 Hz, rising and falling) for every spoken
 * unit and silence between turns. Not speech, but it has the shape that costs: long,
 * with words where the transcript says.
 */
const CJK_UNITS_PER_SECOND = 4.5;
const LATIN_WEIGHT_PER_SECOND = 2 * 2.5;
const PAUSE_MS = 600;

export const timeTalkSteadily = ({talk}: {talk: Talk}): {talk: Talk; durationMs: number} => {
	let at = 500;
	const sections = talk.sections.map((section) => ({
		...section,
		turns: section.turns.map((turn) => {
			if (turn.kind !== 'speech') return turn;
			const weight = segmentSpokenUnits({text: turn.text}).units.reduce((sum, u) => sum + u.weight, 0);
			const cjk = /\p{Script=Han}/u.test(turn.text);
			const lengthMs = Math.max(800, Math.round((weight / (cjk ? CJK_UNITS_PER_SECOND : LATIN_WEIGHT_PER_SECOND)) * 1000));
			const timed = {...turn, startMs: at, endMs: at + lengthMs};
			at += lengthMs + PAUSE_MS;
			return timed;
		}),
	}));
	return {talk: {...talk, sections}, durationMs: at + 500};
};

/** A mono 16 kHz WAV of `durationMs` with a syllable for each spoken unit of each timed turn, where its cue puts it. */
export const writeSyllableRecording = async ({talk, durationMs, file}: {talk: Talk; durationMs: number; file: string}): Promise<void> => {
	const rate = 16_000;
	const samples = new Float32Array(Math.ceil((durationMs * rate) / 1000));
	for (const turn of talk.sections.flatMap((s) => s.turns)) {
		if (turn.startMs === undefined || turn.endMs === undefined) continue;
		const units = segmentSpokenUnits({text: turn.text}).units;
		const total = units.reduce((sum, u) => sum + u.weight, 0);
		let before = 0;
		units.forEach((unit, k) => {
			const from = Math.round(((turn.startMs! + ((turn.endMs! - turn.startMs!) * before) / total) * rate) / 1000);
			before += unit.weight;
			const to = Math.round(((turn.startMs! + ((turn.endMs! - turn.startMs!) * before) / total) * rate) / 1000);
			const hz = 110 + ((k * 37) % 110);
			for (let i = from; i < to && i < samples.length; i++) {
				const t = (i - from) / Math.max(1, to - from);
				const envelope = Math.sin(Math.PI * t) ** 0.5;
				const phase = ((i * hz) / rate) % 1;
				samples[i] = 0.3 * envelope * (2 * phase - 1);
			}
		});
	}
	await writeFile(file, encodeWav({samples, sampleRate: rate, channels: 1}));
};
