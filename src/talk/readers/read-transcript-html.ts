import {joinWrappedLines} from '../../text/join-wrapped-lines';
import {UserError} from '../../errors';
import {parseTimestamp} from '../parse-timestamp';
import type {RawTranscript, RawTurn} from '../raw-transcript';
import {checkTurnCount} from '../talk-limits';
import {type MarkupElement, childElements, descendants, firstElementName, nameOf, parseMarkup, shownValue, textOf} from './markup-tree';

const FORMAT = 'Podcasting 2.0 HTML transcript';

/** Where an HTML transcript may start: the document, or its fragment of cites, times and paragraphs. */
const HTML_STARTS = new Set(['html', 'head', 'body', 'cite', 'time', 'p', 'div', 'main', 'article', 'section']);

/** An HTML document or fragment that labels speakers with `<cite>` or times paragraphs with `<time>` (the Podcasting 2.0 `text/html` transcript). */
export const looksLikeTranscriptHtml = (text: string): boolean => {
	const first = firstElementName(text);
	return first !== null && HTML_STARTS.has(first) && /<cite[\s>]/i.test(text) && /<time[\s>]/i.test(text);
};

/** A paragraph's text: HTML's white space collapsed, `<br>` a line break, lines joined as wrapped lines are. */
const paragraphText = (p: MarkupElement): string =>
	joinWrappedLines({
		lines: textOf(p)
			.split('\n')
			.map((l) => l.replace(/[ \t\r\f]+/g, ' ').trim())
			.filter((l) => l !== ''),
	});

/**
 * The Podcasting 2.0 HTML transcript (Buzzsprout and other hosts): `<cite>Name:</cite>`
 * names who speaks next, `<time>0:53</time>` when the next turn starts, `<p>` what is
 * said — a new turn after a cite or a time, a paragraph of the same turn otherwise. The
 * page's `<title>` is the title.
 */
export const readTranscriptHtml = ({text, file}: {text: string; file: string}): {transcript: RawTranscript} => {
	const root = parseMarkup({text, file, format: FORMAT, html: true});
	const turns: RawTurn[] = [];
	let label: string | null = null;
	let startMs: number | null = null;
	let fresh = true;
	let title = '';
	for (const element of descendants(root)) {
		const name = nameOf(element);
		if (name === 'title' && title === '') title = textOf(element).trim();
		else if (name === 'cite') {
			label = textOf(element)
				.replace(/\s+/g, ' ')
				.trim()
				.replace(/[:：]$/, '')
				.trim();
			fresh = true;
		} else if (name === 'time') {
			const at = parseTimestamp(textOf(element)) ?? parseTimestamp(element.attrs.datetime ?? '');
			if (at === null)
				throw new UserError({
					code: 'TALK_PARSE',
					file,
					line: element.line,
					problem: `looks like a ${FORMAT}, but <time>${shownValue(textOf(element))}</time> is not a time`,
				});
			startMs = at;
			fresh = true;
		} else if (name === 'p' && !childElements(element).some((c) => nameOf(c) === 'p')) {
			const paragraph = paragraphText(element);
			if (paragraph === '') continue;
			const last = turns[turns.length - 1];
			if (!fresh && last !== undefined) {
				last.text += `\n${paragraph}`;
				continue;
			}
			turns.push({labels: label === null || label === '' ? [] : [label], text: paragraph, line: element.line, ...(startMs === null ? {} : {startMs})});
			checkTurnCount({count: turns.length, file, line: element.line});
			label = null;
			startMs = null;
			fresh = false;
		}
	}
	if (turns.length === 0) throw new UserError({code: 'TALK_PARSE', file, line: 1, problem: `looks like a ${FORMAT}, but it has no <p> with text`});
	return {
		transcript: {format: FORMAT, units: 'turns', turns, chapters: [], breaksMs: [], listedSpeakers: [], metadata: {...(title ? {title} : {}), source: {}}},
	};
};
