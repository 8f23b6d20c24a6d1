/**
 * Large hostile transcripts, generated rather than committed: each is about `bytes` long,
 * in lines of at most `lineChars` characters, built to make a backtracking pattern or a
 * quadratic loop over user text show itself. Used by the linear-time test and the hostile
 * corpus test; `npx tsx scripts/write-hostile-corpus.ts DIR` writes them out to try by hand.
 */
export type HostileInput = {name: string; text: string};

const MB = 1024 * 1024;

const fill = (unit: string, chars: number): string => unit.repeat(Math.max(1, Math.floor(chars / unit.length)));

/** `lines` lines of `line(i)`, to about `bytes` characters. */
const lines = ({bytes, lineChars, line}: {bytes: number; lineChars: number; line: (i: number) => string}): string => {
	const out: string[] = [];
	let size = 0;
	for (let i = 0; size < bytes; i++) {
		const l = line(i).slice(0, lineChars);
		out.push(l);
		size += l.length + 1;
	}
	return out.join('\n');
};

export const hostileInputs = ({bytes = MB, lineChars = 99_000}: {bytes?: number; lineChars?: number} = {}): HostileInput[] => {
	const body = (unit: string) => fill(unit, lineChars - 10);
	const each = (name: string, line: (i: number) => string): HostileInput => ({name, text: `# Hostile\n\n${lines({bytes, lineChars, line})}\n`});
	return [
		each('bold pieces **a** **a** … (the speaker marker once backtracked on these)', () => body('**a** ')),
		each('** then spaces', () => `**${body(' ')}`),
		each('**a: then spaces, unclosed', () => `**a:${body(' ')}x`),
		each('bold names joined by 和', () => body('**a** 和 ')),
		each('turns whose text is [[[[', (i) => (i % 2 === 0 ? '**A:** x' : body('['))),
		each('turns whose text is ((((笑', (i) => (i % 2 === 0 ? '**A:** x' : body('（笑'))),
		each('turns whose text is spaces then a letter', (i) => (i % 2 === 0 ? '**A:** x' : `${body(' ')}x`)),
		each('turns whose text is backslashes', (i) => (i % 2 === 0 ? '**A:** x' : body('\\'))),
		each('turns whose text is half-open links [a](', (i) => (i % 2 === 0 ? '**A:** x' : body('[a]('))),
		each('turns whose text is half-open tags <a ', (i) => (i % 2 === 0 ? '**A:** x' : body('<a '))),
		each('turns whose text is &#&#', (i) => (i % 2 === 0 ? '**A:** x' : body('&#'))),
		each('turns whose text is ♪ and *', (i) => (i % 2 === 0 ? '**A:** x' : body('♪ * _ '))),
		each('turns whose text is time markers [00:00', (i) => (i % 2 === 0 ? '**A:** x' : body('[00:00 '))),
		each('headings of hashes', () => `# ${body('#')}`),
		each('headings of hashes and spaces', () => `## ${body('# ')}x`),
		each('lines of timestamps', () => body('0:00 ')),
		each('speaker: time lines', (i) => `Speaker ${i}:${body(' ')}0:00`),
		each('Otter lines with long names', () => `${body('a')}  0:00`),
		each('label lines', (i) => `${'名'.repeat(30)}${i % 7}：${body('说')}`),
		each('chapter lines', () => `1. **${body('a (')}(00:00 - 01:00)**`),
		each('bracketed speakers', () => `[${body('[Speaker 1] ')}] [00:00] x`),
		each('descript lines', () => `[00:00:00] ${body('**a** ')}`),
		each('whisperx lines', () => `**[00:00] ${body('SPEAKER_0 ')}:**`),
		each('many short turns', (i) => `**S${i % 50}:** Turn ${i}. [laughter] \\[00:0${i % 10}\\] *really* [a](b) &amp;`),
		{name: 'front matter of a million keys', text: `---\n${lines({bytes, lineChars, line: (i) => `k${i}: ${'v'.repeat(20)}`})}\n---\n**A:** hi\n`},
		{name: 'a JSON talk of one long string', text: `{"slug": "${'a'.repeat(bytes)}"}`},
		{
			name: 'ASS events of unclosed override blocks',
			text: `[Script Info]\n\n[Events]\n${lines({bytes, lineChars, line: () => `Dialogue: 0,0:00:01.00,0:00:02.00,Default,,0,0,0,,${body('{\\pos(1 ')}`})}\n`,
		},
		{name: 'ASS events of commas', text: `[Script Info]\n\n[Events]\n${lines({bytes, lineChars, line: () => `Dialogue: ${body(',')}`})}\n`},
		{name: 'MicroDVD lines of braces', text: `{1}{1}25\n${lines({bytes, lineChars, line: (i) => `{${i}}{${i + 1}}${body('{y:')}`})}\n`},
		{name: 'SBV cues of one long line', text: lines({bytes, lineChars, line: (i) => (i % 2 === 0 ? '0:00:01.000,0:00:02.000' : `${body('a\u00a0')}\n`)})},
		{name: 'LRC lines of brackets', text: lines({bytes, lineChars, line: (i) => `[00:0${i % 10}.00]${body('[00:')}`})},
		{name: 'seconds lines of long fractions', text: lines({bytes, lineChars, line: () => `[0.${'9'.repeat(20)} - 1.0] ${body('[0.1 - ')}`})},
		{name: 'Whisper TSV rows of digits', text: `start\tend\ttext\n${lines({bytes, lineChars, line: () => `0\t1\t${body('1\t')}`})}\n`},
		{
			name: 'meeting-minutes speaker lines with long names',
			text: lines({bytes, lineChars, line: (i) => (i % 2 === 0 ? `${'发'.repeat(59)} 00:0${i % 10}` : body('说 '))}),
		},
		{name: 'CR-only line ends', text: `# T\r\r${fill('**A:** hi there.\r\r', bytes)}`},
		{
			// Each a name heard once between labelled turns: the talk is searched for it once, not once a name.
			name: 'plain labels, a different name heard once on every other line',
			text: lines({
				bytes,
				lineChars: 200,
				line: (i) => (i % 2 === 0 ? `${i % 4 === 0 ? 'Ana' : 'Ben'}: and ${nameOf(i)} said so.` : `${nameOf(i - 1)} ${nameOf(i)}: yes.`),
			}),
		},
	];
};

/** A capitalised made-up name for `i`: its digits in base 26, as letters. */
const nameOf = (i: number): string => {
	const letters = [...i.toString(26).padStart(4, '0')].map((d) => String.fromCharCode(97 + Number.parseInt(d, 26))).join('');
	return `Q${letters}`;
};
