import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {type ExpectedTranscript, readAndCompare, readExpected} from '../../support/expected-transcripts';

/**
 * Real files from the tools people use (tests/fixtures/transcripts/real) and files
 * written from a format's documentation (docs-samples), each read as its EXPECTED.yaml
 * entry says: speakers, times, words, first and last turn, sentences once, no markup,
 * translation, sections.
 */
const FOLDERS = ['tests/fixtures/transcripts/real', 'tests/fixtures/transcripts/docs-samples'];

/** Files no reader reads right yet. Each must still differ: a file that reads right leaves this list. */
const NOT_YET = new Set<string>([]);

const differences = async (folder: string, expected: ExpectedTranscript): Promise<string[]> => {
	try {
		return await readAndCompare(folder, expected);
	} catch (error) {
		return [`refused: ${(error as Error).message.split('\n')[0]}`];
	}
};

const entries = FOLDERS.flatMap((folder) =>
	readExpected(folder).map((expected) => ({folder, expected, name: path.join(path.basename(folder), expected.file)})),
);

describe('real transcripts', () => {
	it('every entry names a file of its folder, once', () => {
		const names = entries.map((entry) => entry.expected.file);
		expect(new Set(names).size).toBe(names.length);
		for (const name of NOT_YET) expect(names).toContain(name);
	});

	it.each(entries.filter((entry) => !NOT_YET.has(entry.expected.file)))('$name ($expected.tool) reads right', async ({folder, expected}) => {
		expect(await differences(folder, expected)).toEqual([]);
	});

	it.each(entries.filter((entry) => NOT_YET.has(entry.expected.file)))('$name is not read right yet', async ({folder, expected}) => {
		expect((await differences(folder, expected)).length).toBeGreaterThan(0);
	});
});
