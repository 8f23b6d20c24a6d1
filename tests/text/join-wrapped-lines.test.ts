import {describe, expect, it} from 'vitest';
import {joinWrappedLines} from '../../src/text/join-wrapped-lines';

describe('joinWrappedLines', () => {
	it.each([
		[['Sam', 'Altman'], 'Sam Altman', 'Latin–Latin: one space'],
		[['Y', 'Combinator'], 'Y Combinator', 'Latin–Latin: one space'],
		[['我们', '的朋友'], '我们的朋友', 'CJK–CJK: no space'],
		[['的', 'Brian'], '的Brian', 'CJK–Latin: no space'],
		[['Brian', '的'], 'Brian的', 'Latin–CJK: no space'],
		[['2022', '年'], '2022年', 'number–CJK: no space'],
		[['很好，', 'then'], '很好，then', 'CJK punctuation counts as CJK'],
		[['Hello,', 'world'], 'Hello, world', 'Latin punctuation counts as Latin'],
		[['他说：“', 'Hello”'], '他说：“Hello”', 'look through an opening quote'],
		[['说“好”', 'Brian'], '说“好”Brian', 'look through a closing quote'],
		[['He said “', 'hello”'], 'He said “ hello”', 'quotes in English keep the space'],
		[['  a  ', '  b  '], 'a b', 'lines are trimmed'],
		[['a   b\t\tc'], 'a b c', 'runs of spaces and tabs collapse'],
		[['a ', ' b', ' c '], 'a b c', 'no doubled spaces'],
		[['', 'a', '   ', 'b'], 'a b', 'blank lines are skipped'],
		[[], '', 'no lines'],
		[['一段话Sam', 'Altman突然被解除CEO职务'], '一段话Sam Altman突然被解除CEO职务', 'source sample'],
		[['（Ilya', 'Sutskever）离职'], '（Ilya Sutskever）离职', 'name inside full-width brackets'],
		[['见𠀀', 'Sam'], '见𠀀Sam', 'a CJK character outside the BMP (a surrogate pair) at the end of a line'],
		[['Sam', '𠀀见'], 'Sam𠀀见', 'and at the start of one'],
		[['“”', '好'], '“”好', 'a line of quotes only: its edge quote decides, then the other side'],
		[['a', '“”'], 'a “”', 'quotes only, beside Latin'],
	])('%j → %j (%s)', (lines, expected) => {
		expect(joinWrappedLines({lines})).toBe(expected);
	});

	it('never produces doubled spaces', () => {
		const joined = joinWrappedLines({lines: ['  Sam  ', '\tAltman\t', ' 和 ', '  Brian   Chesky  ', '  ']});
		expect(joined).not.toMatch(/ {2}/);
		expect(joined).toBe('Sam Altman和Brian Chesky');
	});
});
