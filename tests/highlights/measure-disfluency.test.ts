import {describe, expect, it} from 'vitest';
import {measureDisfluencyChinese, measureDisfluencyEnglish} from '../../src/highlights/measure-disfluency';
import {tagEnglish} from '../../src/text/tag-english';

const english = (text: string) => measureDisfluencyEnglish({tokens: tagEnglish({text}).tokens});
const chinese = (text: string) => measureDisfluencyChinese({text, locale: 'zh'});

describe('measureDisfluency', () => {
	it.each([
		// Fillers.
		['Um, we shipped it on Friday.', 1, 0],
		['We shipped it, you know, on Friday.', 1, 0],
		['I mean, we shipped it on Friday.', 1, 0],
		['It was like really hard to ship.', 1, 0],
		["It's like well over $15 billion now annually.", 1, 0],
		// "like" as a verb or a comparison, "you know" and "I mean" with an object: no filler.
		['I like this plan a lot.', 0, 0],
		["It's like a racket, a little mafia fee.", 0, 0],
		['It looks like rain today.', 0, 0],
		['He called it a sweet deal, or something like that.', 0, 0],
		['You know what I mean by that.', 0, 0],
		['I mean what I say.', 0, 0],
		// Restarts and stutters.
		['I think like for every, like every fifth person has one.', 1, 1],
		['I I think it works.', 0, 1],
		['We went to the the store.', 0, 1],
		['We were, we were going to ship it.', 0, 1],
		["It's not like a -- it doesn't take advantage of it.", 0, 1],
		["That's why Oh, yeah, it's not ecommerce, but it is a thing.", 0, 1],
		// A connective said again before a pronoun or article; a phrase of several words said twice; an article cut off by a new subject.
		['So, so this is not gonna be easy.', 0, 1],
		['And, and the team left early.', 0, 1],
		['That seemed to be that seemed to be pretty low on the concerns.', 0, 1],
		['So we got here because, the we, in Olymos with which, has inherited it.', 0, 1],
		['And the it began to glow after the group photo.', 0, 1],
		['So that was probably I can I remember responding to your tweet.', 0, 1],
		['We were we went home early.', 0, 1],
		// Repetition that is no restart: a list, a clause boundary, emphasis.
		['They are either missing, or lagging, or buggy.', 0, 0],
		['So the first time you try to use it, it says no.', 0, 0],
		['It is very, very important.', 0, 0],
		['I think that that is right.', 0, 0],
		['It is so, so good.', 0, 0],
		['I think I can do it.', 0, 0],
		['I am who I am.', 0, 0],
		['Over and over and over again, it failed.', 0, 0],
		['No no no no, never on a Friday.', 0, 0],
		['More and more and more people use it.', 0, 0],
	] as const)('English: %s → %i fillers, %i restarts', (text, fillers, restarts) => {
		const d = english(text);
		expect({fillers: d.fillers, restarts: d.restarts}).toEqual({fillers, restarts});
	});

	it.each([
		['嗯，我们周五发布了。', 1, 0],
		['就是，我们周五发布了。', 1, 0],
		['那个，我们周五发布了。', 1, 0],
		['然后我们发布了，然后大家都用了，然后就火了。', 2, 0],
		['你知道，这很难。', 1, 0],
		['我我觉得这样可以。', 0, 1],
		['我们，我们当时没想到。', 0, 1],
		['问题就是成本太高。', 0, 0],
		['那个问题很重要。', 0, 0],
		['我们常常看看数据。', 0, 0],
	] as const)('Chinese: %s → %i fillers, %i restarts', (text, fillers, restarts) => {
		const d = chinese(text);
		expect({fillers: d.fillers, restarts: d.restarts}).toEqual({fillers, restarts});
	});

	it('counts the words, for the density of fillers', () => {
		expect(english('Um, we shipped it on Friday.').words).toBe(6);
	});
});
