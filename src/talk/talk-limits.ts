/**
 * What talkreel reads, at most. Beyond these a file is refused with one line (exit 2)
 * before any work that grows with it: a 3-hour podcast is about 200 KB of text and
 * 3 000 turns, a 3-hour Whisper JSON with word times about 10 MB.
 */

/** Bytes of a transcript file. */
export const MAX_TRANSCRIPT_BYTES = 32 * 1024 * 1024;
/** Bytes of an edits file. */
export const MAX_EDITS_BYTES = 1024 * 1024;
/** Characters of one line of a line-based transcript (markdown and text exports); JSON may be one line. */
export const MAX_LINE_CHARS = 100_000;
/** Turns of a talk (speech and reactions). */
export const MAX_TURNS = 20_000;
