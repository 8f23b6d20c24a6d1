import type {RawTranscript} from '../raw-transcript';
import {cueTranscript} from './caption-turns';
import {firstLineOf, readLineCues} from './read-line-cues';

/** Whisper's `--output_format tsv` (and whisper.cpp's `-otsv`): a `start⇥end⇥text` header, then times in whole ms. Tabs are spaces by now. */
const FORMAT = 'Whisper TSV';
const HEADER = /^start\s+end\s+text$/;
const ROW = /^(\d{1,10})\s+(\d{1,10})\s+(.*)$/;

export const looksLikeWhisperTsv = (text: string): boolean => HEADER.test(firstLineOf(text));

export const readWhisperTsv = ({text, file}: {text: string; file: string}): {transcript: RawTranscript} =>
	cueTranscript({
		format: FORMAT,
		findLabels: false,
		cues: readLineCues({
			text,
			file,
			format: FORMAT,
			readLine: (line) => {
				if (HEADER.test(line.trim())) return 'skip';
				const m = ROW.exec(line.trim());
				return m ? {startMs: Number(m[1]), endMs: Number(m[2]), text: m[3] ?? ''} : null;
			},
		}),
	});
