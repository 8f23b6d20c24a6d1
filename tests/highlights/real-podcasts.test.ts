import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {isDisqualified} from '../../src/highlights/select-highlights';
import {planTalk} from '../../src/plan/plan-talk';
import {loadTalk} from '../../src/talk/load-talk';

/**
 * Highlights that hold up on real podcasts: on real transcripts with sponsor reads,
 * logistics, an `Unknown Speaker` and diarization cut mid-sentence, no quote is an ad,
 * logistics, a fragment or unattributed, and every quote is whole sentences (no clause
 * of a Latin-script sentence) ending on a sentence end.
 */
const TALKS = [
	'data/eval/bitcoin-explained-92.md',
	'data/eval/jsparty-313-apple-pwas.md',
	'data/eval/tabconf-2021-covenants.zh.md',
	'tests/fixtures/transcripts/chaincode-28.otter.txt',
	'tests/fixtures/transcripts/oxide-and-friends-sparc.bracket-speaker.md',
	'tests/fixtures/transcripts/changelog-jsparty-313.md',
	'tests/fixtures/transcripts/silent-payments-2.whisperx.md',
];

describe.each(TALKS)('%s', (file) => {
	const {talk} = loadTalk({bytes: readFileSync(file), file, edits: null});
	const plan = planTalk({talk, maxSeconds: 120});
	const chosen = plan.candidates.filter((c) => c.chosen);

	it('shows quotes, none disqualified (ad read, logistics, fragment, unknown speaker)', () => {
		expect(plan.quotes.length).toBeGreaterThan(2);
		for (const c of chosen) expect(isDisqualified(c), `${c.id} ${c.text}`).toBe(false);
	});

	it('quotes whole sentences, attributed to a named speaker', () => {
		const speakers = new Map(talk.speakers.map((s) => [s.id, s.name]));
		for (const c of chosen) {
			expect(c.text, c.id).toMatch(/[.!?。！？…"”」』)）]$/);
			if (/^[A-Za-z]/.test(c.text)) expect(c.cut, `${c.id} ${c.text}`).not.toBe('clause');
			expect(c.text, c.id).not.toMatch(/^[a-z]/);
			expect(speakers.get(c.speakerId) ?? '', c.id).not.toMatch(/unknown/i);
		}
	});
});

describe('the sponsor read of Bitcoin, Explained 92', () => {
	const file = 'data/eval/bitcoin-explained-92.md';
	const {talk} = loadTalk({bytes: readFileSync(file), file, edits: null});
	const plan = planTalk({talk, maxSeconds: 180});

	it('is found (the cue, and the riff on the sponsor’s product in the next turns) and never chosen', () => {
		const promo = plan.candidates.filter((c) => c.score.parts.promo !== 0).map((c) => c.text);
		expect(promo).toContain("First of all, I'd like to thank our sponsor CoinKite, the creator of the OpenDime as well.");
		expect(promo).toContain('If you want to riff on the Opendime for the great memories it brought us.');
		expect(plan.quotes.some((q) => /opendime|coinkite/i.test(q.text))).toBe(false);
	});
});
