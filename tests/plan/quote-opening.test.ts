import {describe, expect, it} from 'vitest';
import {planClip} from '../../src/plan/plan-clip';
import {planTalk} from '../../src/plan/plan-talk';
import {makeTalk} from '../support/make-talk';

/** A quote that opened on "And so" shows from its own words, with a capital on the card; the scene's text stays the turn's, offset for offset. */
describe('a quote shown without its leading marker opens on a capital', () => {
	const said = 'And so we measured the roofs across the whole town, and the black ones were forty degrees hotter than the white ones next door.';
	const talk = makeTalk({
		language: 'en',
		sections: [
			{
				title: 'Roofs',
				turns: [
					['host', 'What did you find when you measured?'],
					['guest-a', said],
				],
			},
		],
	});
	const planned = planTalk({talk, maxSeconds: 60});

	it('the recap card reads "We measured…"; the scene text is the turn\'s', () => {
		const scenes = planned.recap.scenes.filter((s) => s.type === 'quote' && s.turnId === 't002');
		expect(scenes.length).toBeGreaterThan(0);
		const first = scenes[0];
		if (first?.type !== 'quote') throw new Error('no quote');
		expect(first.body.text.startsWith('We measured the roofs')).toBe(true);
		expect(first.text.startsWith('we measured the roofs')).toBe(true);
		expect(said.includes(scenes.map((s) => (s.type === 'quote' ? s.text : '')).join(' '))).toBe(true);
		const quote = planned.quotes.find((q) => q.turnId === 't002');
		expect(quote?.text).toBe(said.slice('And so '.length));
		expect(quote?.start).toBe('And so '.length);
	});

	it('its clip shows it so too', () => {
		const quote = planned.quotes.find((q) => q.turnId === 't002');
		if (quote === undefined) throw new Error('no quote');
		const {clip} = planClip({talk, talkPlan: planned, quoteId: quote.id, shape: 'square'});
		expect(clip.body.text.startsWith('We measured the roofs')).toBe(true);
	});
});
