import {describe, expect, it} from 'vitest';
import {isGapMark, isNonSpeechLabel, isReactionSound, isSoundAside, splitNonSpeech} from '../../src/talk/non-speech';

describe('splitNonSpeech: the one splitter of speech and sounds', () => {
	it.each([
		[
			'I met Giulia [Fanti] there (chuckles) and [door slams] we left.',
			'I met Giulia [Fanti] there and we left.',
			['(chuckles) within', '[door slams] within'],
		],
		['[laughs] yeah, right', 'yeah, right', ['[laughs] before']],
		['— [laughs] yeah, right', '— yeah, right', ['[laughs] before']],
		['I was like (laughs) no way', 'I was like no way', ['(laughs) within']],
		['I was like (and I mean it) no way', 'I was like (and I mean it) no way', []],
		['so ♪ la la ♪ anyway', 'so anyway', ['♪ la la ♪ within']],
		['Hi [laughs]. Yes.', 'Hi. Yes.', ['[laughs] within']],
		['Yes. [laughs]', 'Yes.', ['[laughs] after']],
		["That's it [applause].", "That's it.", ['[applause] after']],
		['It was [inaudible 00:12:03] great.', 'It was great.', ['[inaudible 00:12:03] within']],
		['大家好[欢呼声]，谢谢（笑）。', '大家好，谢谢。', ['[欢呼声] within', '（笑） after']],
		['（笑）我同意。', '我同意。', ['（笑） before']],
		['We built [Bitcoin Core] and [the thing].', 'We built [Bitcoin Core] and.', ['[the thing] after']],
		['[Bitcoin Core] (laughs) is old.', '[Bitcoin Core] is old.', ['(laughs) within']],
		['See [the paper](https://x.org).', 'See [the paper](https://x.org).', []],
		['[Music]', '', ['[Music] before']],
		['[Applause] [Laughter]', '', ['[Applause] before', '[Laughter] before']],
		['♪ When the night has come', '', ['♪ When the night has come after']],
		['and the land is dark ♪', '', ['and the land is dark ♪ after']],
		['First paragraph [laughs]\nSecond one.', 'First paragraph\nSecond one.', ['[laughs] within']],
		['Music is my life', 'Music is my life', []],
		['[[laughs]] hi there', 'hi there', ['[laughs] before']],
		['hi [[applause]] there.', 'hi there.', ['[applause] within']],
		['((laughs)) ok then', 'ok then', ['(laughs) before']],
		['【【掌声】】谢谢。', '谢谢。', ['【掌声】 before']],
		['[Bitcoin Core [laughs]] rocks', '[Bitcoin Core] rocks', ['[laughs] within']],
		['so [ [laughs] ] anyway', 'so anyway', ['[laughs] within']],
		['[[laughs] [applause]] hi', 'hi', ['[laughs] before', '[applause] before']],
		['（（笑）（掌声））大家好', '大家好', ['（笑） before', '（掌声） before']],
		['我们说（听不清）然后走了。', '我们说然后走了。', ['（听不清） within']],
	])('%j → speech %j, sounds %j (where each is heard)', (text, speech, sounds) => {
		const {speech: said, reactions} = splitNonSpeech(text);
		expect({speech: said, sounds: reactions.map((r) => `${r.text} ${r.heard}`)}).toEqual({speech, sounds});
	});

	it.each([
		['Fanti', true, false],
		['door slams', true, true],
		['both talk at once', true, true],
		['Music', true, true],
		['BLANK_AUDIO', true, true],
		['欢呼声', true, true],
		['chuckles', false, true],
		['and I mean it', false, false],
		['Door Slams', false, true],
		['笑', false, true],
		['他说这个道理很重要', false, false],
	])('the aside %j: square %s → %s', (inner, square, sound) => {
		expect(isSoundAside({inner, square})).toBe(sound);
	});
});

describe('isNonSpeechLabel', () => {
	it.each([
		['Break', true],
		['**Music**', true],
		['Intro music', true],
		['Ad break', true],
		['广告', true],
		['"Song Title" by Artist', true],
		['♪', true],
		['Jerod Santo', false],
		['Brian', false],
		['Bell', false],
		['Ding', false],
	])('isNonSpeechLabel(%j) is %s', (label, expected) => {
		expect(isNonSpeechLabel(label)).toBe(expected);
	});
});

// Rule: a sound heard within the speech says where: right after the last letter or digit said before it.
describe('splitNonSpeech: where a sound heard within the speech is', () => {
	it.each([
		['It was funny. [laughs] Really.', 'It was funny. Really.', 'It was funny'],
		['It was funny [laughs], really.', 'It was funny, really.', 'It was funny'],
		['大家好[欢呼声]，谢谢（笑）。', '大家好，谢谢。', '大家好'],
		['First paragraph [laughs]\nSecond one.', 'First paragraph\nSecond one.', 'First paragraph'],
		['A 𝒳 [laughs] b.', 'A 𝒳 b.', 'A 𝒳'],
		// A letter keeps its marks: a decomposed "café", a Devanagari vowel sign.
		['Un cafe\u0301 [laughs] noir.', 'Un cafe\u0301 noir.', 'Un cafe\u0301'],
		['नमस्ते [हँसी] दोस्तों।', 'नमस्ते दोस्तों।', 'नमस्ते'],
		['We built [Bitcoin Core] (laughs) and left.', 'We built [Bitcoin Core] and left.', 'We built [Bitcoin Core'],
	])('%j: %j, heard after %j', (text, speech, before) => {
		const {speech: said, reactions} = splitNonSpeech(text);
		expect(said).toBe(speech);
		const within = reactions.find((r) => r.heard === 'within');
		expect(said.slice(0, within?.at)).toBe(before);
	});

	it('before or after the words, no offset', () => {
		expect(splitNonSpeech('[laughs] Yes. [applause]').reactions).toEqual([
			{text: '[laughs]', heard: 'before'},
			{text: '[applause]', heard: 'after'},
		]);
	});
});

// Rule: a reaction is what a line drew from those who heard it; a transcriber's mark, music or a break is none.
describe('isReactionSound', () => {
	it.each([
		['[laughter]', true],
		['(laughs)', true],
		['[applause]', true],
		['[win alert]', true],
		['（笑）', true],
		['[欢呼声]', true],
		['[unintelligible 00:49:04.05]', false],
		['[inaudible]', false],
		['[crosstalk]', false],
		['[foreign]', false],
		['[Music]', false],
		['[音乐]', false],
		['♪ la la ♪', false],
		['[BLANK_AUDIO]', false],
		['[Ad break]', false],
		['[ph]', false],
		['[sic]', false],
		['[musical sting]', false],
		['[cough]', false],
		['[door slams]', false],
		['[00:12:03]', false],
		['[音楽]', false],
		['[laughs off-mic]', true],
		['[applause and music]', true],
		['[risas]', true],
		['（拍手）', true],
	])('%j → %s', (text, expected) => {
		expect(isReactionSound(text)).toBe(expected);
	});
});

describe('isGapMark: words the transcriber could not make out', () => {
	it.each([
		['[unintelligible 00:43:12.04]', true],
		['[inaudible]', true],
		['[crosstalk]', true],
		['（听不清）', true],
		['[聽不清楚]', true],
		['[unclear]', true],
		['[indistinct]', true],
		['[audio cuts out]', true],
		['[?]', true],
		['[无法辨识]', true],
		['[?!]', false],
		['[laughs]', false],
		['[Music]', false],
		['(coughs)', false],
	])('%j → %s', (text, gap) => {
		expect(isGapMark(text)).toBe(gap);
	});
});
