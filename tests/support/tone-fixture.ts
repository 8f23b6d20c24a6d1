import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {encodeWav} from '../../src/render/audio/wav';
import {type Talk, TalkSchema} from '../../src/talk/talk-schema';

/**
 * A recording of tone bursts at known times and a transcript whose cues start at those
 * times: what the sync tests play. Pure Node, made on the spot (no audio is committed):
 * 1 kHz bursts, each starting at phase 0 so its first loud sample is where it says.
 */
export const TONE_BURSTS_MS = [1000, 5000, 9000] as const;
const TONE_BURST_LENGTH_MS = 300;
export const TONE_RECORDING_MS = 12_000;
/** How long each cue of the transcript lasts (the speech a card plays runs that long, the burst at its start). */
export const TONE_CUE_MS = 2200;

const CUE_TEXTS = [
	'Every city must plant shade trees on its hottest streets before the summer comes.',
	'Cool roofs reflect the afternoon sun, lower the heat inside our homes by several degrees, and cut the bills of every family on the street.',
	'Maps of surface heat show exactly where the next trees and fountains should go.',
];

/** The recording: mono 48 kHz 16-bit WAV with a 1 kHz burst of half full scale at each start. */
export const makeToneRecording = ({
	startsMs = TONE_BURSTS_MS,
	burstMs = TONE_BURST_LENGTH_MS,
	totalMs = TONE_RECORDING_MS,
	sampleRate = 48_000,
}: {
	startsMs?: readonly number[];
	burstMs?: number;
	totalMs?: number;
	sampleRate?: number;
} = {}): Buffer => {
	const samples = new Float32Array(Math.round((totalMs * sampleRate) / 1000));
	const burst = Math.round((burstMs * sampleRate) / 1000);
	for (const ms of startsMs) {
		const first = Math.round((ms * sampleRate) / 1000);
		for (let i = 0; i < burst && first + i < samples.length; i++) samples[first + i] = 0.5 * Math.sin((2 * Math.PI * 1000 * i) / sampleRate);
	}
	return encodeWav({samples, sampleRate, channels: 1});
};

/**
 * The transcript: one section, one speaker, a timed turn (a cue) per burst, starting on
 * it. `words`: also give each turn word times (spread evenly over the cue), as Whisper
 * output would.
 */
export const makeToneTalk = ({
	media = 'tones.wav',
	words = false,
	startsMs = TONE_BURSTS_MS,
	pinEveryCue = false,
}: {
	media?: string;
	words?: boolean;
	startsMs?: readonly number[];
	/** Pin every cue as a quote (the edits file's pins), so that the recap shows each whatever the ranking makes of three short lines. */
	pinEveryCue?: boolean;
} = {}): Talk =>
	TalkSchema.parse({
		slug: 'tone-bursts',
		...(pinEveryCue
			? {editorial: {pins: startsMs.map((_, i) => ({turnId: `t${String(i + 1).padStart(3, '0')}`, text: CUE_TEXTS[i % CUE_TEXTS.length] ?? ''}))}}
			: {}),
		metadata: {title: 'Tone bursts', language: 'en', media, source: {}},
		speakers: [{id: 'tone', name: 'Tone', role: 'guest'}],
		sections: [
			{
				id: 's1',
				title: 'Cooler cities',
				turns: startsMs.map((startMs, i) => {
					const text = CUE_TEXTS[i % CUE_TEXTS.length]!;
					const endMs = startMs + TONE_CUE_MS;
					const spans = [...text.matchAll(/\S+/g)].map((m) => ({start: m.index, end: m.index + m[0].replace(/[.,]$/, '').length}));
					return {
						id: `t${String(i + 1).padStart(3, '0')}`,
						speakerIds: ['tone'],
						text,
						kind: 'speech',
						startMs,
						endMs,
						...(words
							? {
									words: spans.map((s, k) => ({
										...s,
										startMs: startMs + Math.round((TONE_CUE_MS * k) / spans.length),
										endMs: startMs + Math.round((TONE_CUE_MS * (k + 1)) / spans.length),
									})),
								}
							: {}),
						line: i + 1,
					};
				}),
			},
		],
	});

/**
 * Writes `tones.wav` and `tones.json` (the Talk, naming the WAV as its media) into `dir`,
 * and `tones.edits.yaml`, the editor's pins of every cue, so that every burst is quoted.
 */
export const writeToneFixture = async ({dir, words = false}: {dir: string; words?: boolean}): Promise<{recording: string; transcript: string}> => {
	await mkdir(dir, {recursive: true});
	const recording = path.join(dir, 'tones.wav');
	const transcript = path.join(dir, 'tones.json');
	await writeFile(recording, makeToneRecording());
	await writeFile(transcript, `${JSON.stringify(makeToneTalk({media: 'tones.wav', words}), null, 2)}\n`);
	const pins = TONE_BURSTS_MS.map((_, i) => `  - turn: t${String(i + 1).padStart(3, '0')}\n    text: ${JSON.stringify(CUE_TEXTS[i % CUE_TEXTS.length])}`);
	await writeFile(path.join(dir, 'tones.edits.yaml'), `pins:\n${pins.join('\n')}\n`);
	return {recording, transcript};
};
