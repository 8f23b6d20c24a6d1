import {REMOTION_SAMPLE_RATE} from '../remotion-internals';

/**
 * Remotion's `renderMedia` encodes its audio as raw AAC (ADTS) with the Fraunhofer
 * encoder, whose first 2048 samples are priming; ADTS cannot say so, and the final mux
 * copies the stream into the MP4 as it is, so every sound of a plain render plays
 * 2048 / 48000 s = 42.67 ms late (measured: 1042.667 ms for a burst at 1000). The plain
 * renderer gives that audio input an offset of minus the priming at the mux: the MP4's
 * edit list then skips it, and the audio plays where the plan puts it, as the fast
 * renderer's does.
 */
export const REMOTION_AAC_PRIMING_SAMPLES = 2048;

/** The stitcher's arguments with its audio input (`-i <audio> -c:a copy`) moved earlier by the priming; others as they are. */
export const restoreAacPriming = ({type, args}: {type: string; args: string[]}): string[] => {
	if (type !== 'stitcher') return args;
	const copy = args.findIndex((arg, i) => arg === '-c:a' && args[i + 1] === 'copy' && args[i - 2] === '-i');
	if (copy === -1) return args;
	const seconds = (REMOTION_AAC_PRIMING_SAMPLES / REMOTION_SAMPLE_RATE).toFixed(6);
	return [...args.slice(0, copy - 2), '-itsoffset', `-${seconds}`, ...args.slice(copy - 2)];
};
