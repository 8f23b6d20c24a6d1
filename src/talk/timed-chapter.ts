/** A chapter of a recording: where it starts (and ends, when the source says), in ms. */
export type TimedChapter = {title: string; startMs: number; endMs?: number};
