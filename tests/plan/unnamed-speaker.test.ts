import {describe, expect, it} from 'vitest';
import {planTalk} from '../../src/plan/plan-talk';
import {isUnnamedSpeaker} from '../../src/talk/unnamed-speaker';
import {makeTalk} from '../support/make-talk';

describe('a speaker the talk cannot name', () => {
	it('is told by the name alone', () => {
		for (const name of ['Unknown Speaker', 'unknown', 'Unknown Speaker 2', 'Unidentified', 'Inaudible', ' Unclear '])
			expect(isUnnamedSpeaker({name})).toBe(true);
		for (const name of ['Unknown Mortal', 'Ana Unknown', 'Speaker 1', 'Inaudible Records']) expect(isUnnamedSpeaker({name})).toBe(false);
	});

	it('is not listed on the title card or a section slide (an Otter export names one)', () => {
		const talk = makeTalk({
			language: 'en',
			speakers: ['host', 'guest-a', 'unknown-speaker'],
			sections: [
				{
					title: 'Building things',
					turns: [
						['host', 'Welcome back to the show. Today we talk about building things that last for a long time.'],
						['unknown-speaker', 'I think the most important lesson is that you have to ship every single week, no matter what.'],
						['guest-a', 'I think the hardest part of building a company is deciding what not to do, because every yes costs focus.'],
						['host', 'What would you tell a founder who is starting today with very little money?'],
						['guest-a', 'Start with one customer you know by name, and solve their problem completely before you look for a second one.'],
					],
				},
			],
		});
		const {recap} = planTalk({talk, maxSeconds: 60});
		const title = recap.scenes.find((s) => s.type === 'title');
		const section = recap.scenes.find((s) => s.type === 'section');
		if (title?.type !== 'title' || section?.type !== 'section') throw new Error('expected a title card and a section slide');
		expect(title.speakers.map((s) => s.name)).toEqual(['Host', 'Guest A']);
		expect(section.speakers.map((s) => s.name)).toEqual(['Host', 'Guest A']);
		// Nor quoted.
		expect(recap.scenes.filter((s) => s.type === 'quote').map((s) => (s.type === 'quote' ? s.speakerId : ''))).not.toContain('unknown-speaker');
	});
});
