import type {RawWord} from '../raw-transcript';

/**
 * One timed piece of a transcript as a timed reader finds it, before `captionTurns` reads
 * the captioning conventions in its text: a subtitle cue, a speech-to-text segment, a run
 * of timed words. Times in ms of the recording.
 */
export type TimedCue = {
	startMs: number;
	endMs: number;
	/** Plain text (no tags, no entities); the source's lines separated by `\n`. */
	text: string;
	/** Who says it, when the source names them here (a voice tag, a diarization label); a `Name:` prefix in the text is found by `captionTurns`. */
	speaker?: string;
	/** Word times, as offsets into `text`. */
	words?: RawWord[];
	/** 1-based line of the source file where the cue starts (1 in JSON). */
	line: number;
};
