import {decodeAudio, msToSample, TRACK_CHANNELS} from './decode-audio';

/** What `decodeAudio` is asked: `[fromMs, toMs)` of a file as 48 kHz stereo floats. */
export type DecodeRequest = {file: string; channels: number; fromMs: number; toMs: number};
export type Decode = (request: DecodeRequest) => Promise<Float32Array>;

/**
 * What the tracks of one clip batch share, so each quote's three shapes cost one decode
 * and one loudness measurement: every span is decoded once (the same span of the same
 * file, the same samples), the music bed once (a shorter clip's loop is the start of the
 * longest decoded so far: the same samples a decode of its own would give), and the
 * speech loudness is measured once per set of spans (where the spans are placed does not
 * change it), so a quote's shapes carry the same gain.
 */
export type SoundCache = {
	decode: Decode;
	/** The integrated loudness of the speech `key` names, measured by `measure` the first time only. */
	speechLufs: (key: string, measure: () => number) => number;
};

/** A cache for one batch, keeping what it decodes until it is dropped; `decode` is the seam (tests count through it). */
export const openSoundCache = ({decode = decodeAudio}: {decode?: Decode} = {}): SoundCache => {
	const spans = new Map<string, Promise<Float32Array>>();
	// The longest decode from the start of each file, for music beds of every clip length.
	const starts = new Map<string, {toMs: number; pcm: Promise<Float32Array>}>();
	const loudness = new Map<string, number>();
	return {
		decode: (request) => {
			const {file, fromMs, toMs} = request;
			if (fromMs === 0) {
				const longest = starts.get(file);
				if (longest !== undefined && longest.toMs >= toMs) return longest.pcm.then((pcm) => pcm.subarray(0, msToSample(toMs) * TRACK_CHANNELS));
				const pcm = decode(request);
				starts.set(file, {toMs, pcm});
				return pcm;
			}
			const key = `${file}\u0000${fromMs}\u0000${toMs}`;
			const known = spans.get(key);
			if (known !== undefined) return known;
			const pcm = decode(request);
			spans.set(key, pcm);
			return pcm;
		},
		speechLufs: (key, measure) => {
			const known = loudness.get(key);
			if (known !== undefined) return known;
			const lufs = measure();
			loudness.set(key, lufs);
			return lufs;
		},
	};
};
