import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {TRACK_SAMPLE_RATE, decodeAudio} from '../../../src/render/audio/decode-audio';
import {STAGED_MEDIA_FOLDER, probeMedia} from '../../../src/render/audio/probe-media';
import {runFfmpeg} from '../../../src/render/audio/run-ffmpeg';
import {decodeWav, encodeWav} from '../../../src/render/audio/wav';
import {PROJECT_ROOT} from '../../../src/render/project-root';
import {TONE_BURSTS_MS, TONE_RECORDING_MS, makeToneRecording} from '../../support/tone-fixture';

/** Reading recordings: every format talkreel promises, made from the tone bursts, probed and decoded to the sample. */

let dir: string;
let wav: string;

beforeAll(async () => {
	dir = await mkdtemp(path.join(tmpdir(), 'talkreel-audio-files-'));
	wav = path.join(dir, 'tones.wav');
	await writeFile(wav, makeToneRecording());
}, 60_000);

afterAll(async () => {
	if (dir) await rm(dir, {recursive: true, force: true});
});

/** Encodes the tone WAV with Remotion's FFmpeg. */
const encode = async (name: string, args: string[]): Promise<string> => {
	const out = path.join(dir, name);
	await runFfmpeg({type: 'ffmpeg', args: ['-v', 'error', '-nostdin', '-y', '-i', wav, ...args, out]});
	return out;
};

/** Where the first sample above −40 dBFS is, in ms, in a decoded span. */
const firstSoundMs = (samples: Float32Array): number => {
	const i = samples.findIndex((v) => Math.abs(v) > 0.01);
	return i < 0 ? Number.NaN : (Math.floor(i / 2) * 1000) / TRACK_SAMPLE_RATE;
};

describe('wav', () => {
	it('writes and reads back 16-bit PCM', () => {
		const samples = Float32Array.from([0, 0.5, -0.5, 1, -1, 0.25]);
		const back = decodeWav(encodeWav({samples, sampleRate: 44_100, channels: 2}));
		expect(back.sampleRate).toBe(44_100);
		expect(back.channels).toBe(2);
		expect([...back.samples].map((v) => Math.round(v * 32768))).toEqual([0, 16384, -16384, 32767, -32768, 8192]);
	});

	it('reads a WAV FFmpeg wrote to a pipe, whose sizes it could not fill in', () => {
		const bytes = encodeWav({samples: Float32Array.from([0.5, -0.5]), sampleRate: 48_000, channels: 1});
		bytes.writeUInt32LE(0xffffffff, 4);
		bytes.writeUInt32LE(0xffffffff, 40);
		expect(decodeWav(bytes).samples).toHaveLength(2);
	});

	it.each([
		['not RIFF', Buffer.from('ID3 not a wave file at all, no')],
		[
			'float samples',
			(() => {
				const b = encodeWav({samples: new Float32Array(2), sampleRate: 48_000, channels: 1});
				b.writeUInt16LE(3, 20);
				return b;
			})(),
		],
	])('refuses %s', (_name, bytes) => {
		expect(() => decodeWav(bytes)).toThrow(/AUDIO:/);
	});
});

describe('every format a recording comes in', () => {
	// Known offsets, each under a frame: raw ADTS AAC keeps its encoder's priming (its sound
	// starts 21.3 ms late: 1024 samples); Opus in WebM has timestamps 7 ms early, so a seek
	// into it lands about 6 ms early and the sound comes that much late.
	it.each([
		['wav', () => Promise.resolve(wav), 0],
		['mp3', () => encode('tones.mp3', ['-c:a', 'libmp3lame', '-b:a', '128k']), 0],
		['m4a (AAC)', () => encode('tones.m4a', ['-c:a', 'aac', '-b:a', '128k', '-f', 'mp4']), 0],
		['aac (ADTS)', () => encode('tones.aac', ['-c:a', 'aac', '-b:a', '128k', '-f', 'adts']), 21.3],
		['opus (Ogg)', () => encode('tones.opus', ['-c:a', 'libopus', '-b:a', '64k']), 0],
		['ogg (Vorbis)', () => Promise.resolve(path.join(PROJECT_ROOT, 'tests/fixtures/media/tones-vorbis.ogg')), 0],
		['flac', () => Promise.resolve(path.join(PROJECT_ROOT, 'tests/fixtures/media/tones.flac')), 0],
		['mov (AAC)', () => encode('tones.mov', ['-c:a', 'aac', '-b:a', '128k']), 0],
		['mp4 (AAC)', () => encode('tones.mp4', ['-c:a', 'aac', '-b:a', '128k']), 0],
		['webm (Opus)', () => encode('tones.webm', ['-c:a', 'libopus', '-b:a', '64k']), 5.6],
	])(
		'%s: probed, and a span decoded with its burst where it is',
		async (_name, make, lateMs) => {
			const file = await make();
			const media = await probeMedia({file});
			expect(Math.abs(media.durationMs - TONE_RECORDING_MS)).toBeLessThan(60);
			expect(media.channels).toBe(1);
			expect(media.src).toMatch(new RegExp(`^${STAGED_MEDIA_FOLDER}/[0-9a-f]{16}\\.[a-z0-9]+$`));
			// The second burst, from 200 ms before it: its first loud sample 200 ms in (lossy codecs ring a little before).
			const fromMs = TONE_BURSTS_MS[1] - 200;
			const samples = await decodeAudio({file: media.file, channels: media.channels, fromMs, toMs: fromMs + 1000});
			expect(samples).toHaveLength(48_000 * 2);
			expect(Math.abs(firstSoundMs(samples) - 200 - lateMs)).toBeLessThan(2.5);
			// Mono plays at full level on both channels.
			const peak = samples.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
			expect(peak).toBeGreaterThan(0.4);
			expect(samples[2 * 9600 + 200]).toBeCloseTo(samples[2 * 9600 + 201]!, 6);
		},
		60_000,
	);

	it('pads a span that runs past the end of the recording with silence', async () => {
		const samples = await decodeAudio({file: wav, channels: 1, fromMs: TONE_RECORDING_MS - 100, toMs: TONE_RECORDING_MS + 400});
		expect(samples).toHaveLength(24_000 * 2);
		expect(samples.slice(4800 * 2).every((v) => v === 0)).toBe(true);
	});
});

describe('probeMedia refuses what it cannot play, with one line naming the file', () => {
	const mulaw = () => {
		// A valid WAV of µ-law samples: FFprobe reads it, Remotion's FFmpeg has no decoder for it.
		const b = encodeWav({samples: new Float32Array(48_000), sampleRate: 8000, channels: 1});
		b.writeUInt16LE(7, 20);
		b.writeUInt16LE(8, 34);
		return b;
	};
	it.each([
		['a missing file', async () => path.join(dir, 'nope.mp3'), /no such recording file/],
		['a folder', async () => dir, /is a folder/],
		['an empty file', async () => writeTo('empty.mp3', Buffer.alloc(0)), /is empty/],
		['text', async () => writeTo('notes.mp3', Buffer.from('these are my notes, not a recording\n'.repeat(50))), /not a recording talkreel can read/],
		['a picture (no audio track)', async () => path.join(PROJECT_ROOT, 'docs/quote-card.png'), /has no audio track/],
		['a codec Remotion’s FFmpeg cannot decode', async () => writeTo('mulaw.wav', mulaw()), /cannot be decoded/],
	])(
		'%s',
		async (_name, make, message) => {
			const file = await make();
			await expect(probeMedia({file})).rejects.toMatchObject({code: 'MEDIA', message: expect.stringMatching(message)});
			await expect(probeMedia({file})).rejects.toThrow(new RegExp(`^MEDIA: ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `));
		},
		60_000,
	);

	it('a truncated MP3 is as long as what decodes, not as its header says (issue 22: a clip of its silence was promised)', async () => {
		const whole = await readFile(await encode('whole.mp3', ['-c:a', 'libmp3lame', '-b:a', '128k']));
		const file = await writeTo('truncated.mp3', whole.subarray(0, Math.round(whole.length / 3)));
		const media = await probeMedia({file});
		expect(Math.abs(media.durationMs - TONE_RECORDING_MS / 3)).toBeLessThan(300);
	}, 60_000);

	it('names the same file the same way, and different files differently', async () => {
		const copy = await writeTo('copy.wav', makeToneRecording());
		const other = await writeTo('other.wav', makeToneRecording({startsMs: [2000]}));
		const [a, b, c] = await Promise.all([probeMedia({file: wav}), probeMedia({file: copy}), probeMedia({file: other})]);
		expect(a.src).toBe(b.src);
		expect(c.src).not.toBe(a.src);
	}, 60_000);
});

const writeTo = async (name: string, bytes: Buffer): Promise<string> => {
	const file = path.join(dir, name);
	await writeFile(file, bytes);
	return file;
};
