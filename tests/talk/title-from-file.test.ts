import {describe, expect, it} from 'vitest';
import {titleFromFile} from '../../src/talk/title-from-file';

describe('titleFromFile', () => {
	it.each([
		['talks/my_podcast-ep12.final.srt', 'My podcast ep12 final'],
		['Weekly sync (Teams transcript).docx', 'Weekly sync (Teams transcript)'],
		['My Talk [dQw4w9WgXcQ].en.vtt', 'My Talk'],
		['iPhone_review.zh-Hans.srt', 'iPhone review'],
		['C:\\talks\\episode-3.json', 'Episode 3'],
		['talks/Cool Talk.md', 'Cool Talk'],
		['js-party-313.md', 'Js party 313'],
		['are_corporate_chains_back.en.vtt', 'Are corporate chains back'],
		['A Requiem for SPARC with Tom Lyon_transcript.md', 'A Requiem for SPARC with Tom Lyon'],
		['2024-06-25-aspen.md', '2024-06-25 aspen'],
		['chaincode-28.otter.txt', 'Chaincode 28 otter'],
		['.md', 'Untitled talk'],
	])('%s → %s', (file, title) => {
		expect(titleFromFile(file)).toBe(title);
	});
});
