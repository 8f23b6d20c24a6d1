/** A word of a cue, as UTF-16 offsets into the cue's `text`, with the time it is said. */
export type CueWord = {
	start: number;
	end: number;
	startMs: number;
	endMs: number;
	/** The source gives no time of its own for this word (YouTube's first word of a line takes the cue's start). */
	startEstimated?: boolean;
};

/**
 * One timed piece of a transcript as a reader finds it, before it is grouped into turns:
 * a subtitle cue, a Whisper segment, a run of caption words. Times in ms of the recording.
 */
export type TimedCue = {
	startMs: number;
	endMs: number;
	/** Plain text (no tags, no entities); source lines separated by `\n`. */
	text: string;
	/** Who says it, when the source names them here (a voice tag, a diarization label); a name prefix in the text is found later. */
	speaker?: string;
	/** Word times, when the source has them. */
	words?: CueWord[];
	/** 1-based line of the source file where the cue starts. */
	line: number;
};

/** Milliseconds from seconds, as sources give them (`2.1189999999999998` → 2119). */
export const secondsToMs = (seconds: number): number => Math.round(seconds * 1000);
