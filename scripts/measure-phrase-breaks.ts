/**
 * `npx tsx scripts/measure-phrase-breaks.ts [FILE ...]`: where lines of Chinese text end.
 * For the talks given (by default the seed and the English evaluation talk) it sets every quote card of the recap, every clip
 * of those quotes in the three shapes, and every candidate quote in each of those four
 * boxes, and counts the lines that end inside a phrase (a break that is neither at a
 * space nor at the start of a BudouX phrase: `阈` / `值`) and inside an ICU dictionary
 * word (`职业` / `生涯`).
 */
import {readTalkFile} from '../src/cli/read-talk-file';
import {CLIP_LAYOUTS, CLIP_SHAPES, LANDSCAPE_LAYOUT, scaleTextBox} from '../src/plan/layout';
import {planClip} from '../src/plan/plan-clip';
import {planTalk} from '../src/plan/plan-talk';
import {segmentPhrases} from '../src/text/segment-phrases';
import {segmenterFor} from '../src/text/segmenter-for';
import {splitIntoCards} from '../src/text/split-into-cards';

const FILES = process.argv.length > 2 ? process.argv.slice(2) : ['data/aspen-2024-altman-chesky.md', 'data/eval/cooler-cities-panel.md'];
const BOXES = [
	scaleTextBox({box: LANDSCAPE_LAYOUT.quoteBox, widthPx: 1920, heightPx: 1080}),
	...CLIP_SHAPES.map((shape) =>
		scaleTextBox({box: CLIP_LAYOUTS[shape].quoteBox, widthPx: CLIP_LAYOUTS[shape].widthPx, heightPx: CLIP_LAYOUTS[shape].heightPx}),
	),
];

type Count = {lines: number; insidePhrase: number; insideWord: number; examples: string[]};

const count = (blocks: {text: string; lines: string[]}[]): Count => {
	const c: Count = {lines: 0, insidePhrase: 0, insideWord: 0, examples: []};
	for (const {text, lines} of blocks) {
		const {phraseStarts} = segmentPhrases({text});
		const wordStarts = new Set([...segmenterFor({locale: 'zh', granularity: 'word'}).segment(text)].map((s) => s.index));
		let cursor = 0;
		lines.forEach((line, i) => {
			c.lines += 1;
			cursor = text.indexOf(line, cursor) + line.length;
			if (i === lines.length - 1 || /\s/.test(text[cursor] ?? '') || phraseStarts.size === 0) return;
			if (!phraseStarts.has(cursor)) {
				c.insidePhrase += 1;
				if (c.examples.length < 6) c.examples.push(`${line.slice(-3)} / ${lines[i + 1]?.slice(0, 3)}`);
			}
			if (!wordStarts.has(cursor)) c.insideWord += 1;
		});
	}
	return c;
};

const show = (name: string, c: Count) =>
	console.log(
		`  ${name}: ${c.lines} lines, ${c.insidePhrase} end inside a phrase, ${c.insideWord} inside a word${c.examples.length > 0 ? ` (${c.examples.join(', ')})` : ''}`,
	);

for (const file of FILES) {
	const {talk} = await readTalkFile({file});
	const talkPlan = planTalk({talk});
	console.log(file);
	show('recap quote cards', count(talkPlan.recap.scenes.flatMap((s) => (s.type === 'quote' ? [s.body] : []))));
	show('clips, 3 shapes', count(talkPlan.quotes.flatMap((q) => CLIP_SHAPES.map((shape) => planClip({talk, talkPlan, quoteId: q.id, shape}).clip.body))));
	show(`every candidate in 4 boxes`, count(talkPlan.candidates.flatMap((c) => BOXES.flatMap((box) => splitIntoCards({text: c.text, ...box}).cards))));
}
