import {Parser} from 'htmlparser2';
import {UserError} from '../../errors';
import {partitionPoint} from '../../text/partition-point';

/** An element of an XML or HTML document, with its children in order and the line its start tag is on. */
export type MarkupElement = {name: string; attrs: Readonly<Record<string, string>>; children: MarkupNode[]; line: number};
type MarkupNode = MarkupElement | string;

/** Deeper than this is not a transcript: TTML nests body, div, p, sentence and word spans; HTML a few more. */
const MAX_DEPTH = 64;

/** Elements whose names are the same in any case in HTML; XML names keep their case. */
const localName = (name: string): string => name.slice(name.lastIndexOf(':') + 1).toLowerCase();

/**
 * XML (TTML, YouTube timedtext) or an HTML transcript → a tree of its elements, parsed by
 * htmlparser2: linear in the input, forgiving of HTML's unclosed tags, and it decodes the
 * predefined and numeric character references only — a DOCTYPE's own entities are never
 * expanded, so an entity bomb stays the text it is. The document is wrapped in a root
 * named `#document`. Nesting deeper than MAX_DEPTH is refused with its line.
 */
export const parseMarkup = ({text, file, format, html = false}: {text: string; file: string; format: string; html?: boolean}): MarkupElement => {
	const lineStarts: number[] = [0];
	for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
	// The first line starts at 0, so the number of lines starting at or before `index` is its line's number.
	const lineAt = (index: number): number => partitionPoint(lineStarts.length, (i) => (lineStarts[i] ?? 0) <= index);
	const root: MarkupElement = {name: '#document', attrs: {}, children: [], line: 1};
	const stack: MarkupElement[] = [root];
	let line = 1;
	const parser = new Parser(
		{
			// The tag's name is read before its attributes, which may span lines.
			onopentagname: () => {
				line = lineAt(parser.startIndex);
			},
			onopentag: (name, attrs) => {
				if (stack.length > MAX_DEPTH) {
					throw new UserError({code: 'TALK_PARSE', file, line, problem: `looks like ${format}, but its elements nest more than ${MAX_DEPTH} deep`});
				}
				const element: MarkupElement = {name: html ? name.toLowerCase() : name, attrs, children: [], line};
				stack[stack.length - 1]?.children.push(element);
				stack.push(element);
			},
			ontext: (piece) => {
				const children = stack[stack.length - 1]?.children;
				if (children === undefined) return;
				const last = children.length - 1;
				if (typeof children[last] === 'string') children[last] += piece;
				else children.push(piece);
			},
			onclosetag: () => {
				if (stack.length > 1) stack.pop();
			},
		},
		{xmlMode: !html, decodeEntities: true, recognizeSelfClosing: true},
	);
	parser.write(text);
	parser.end();
	return root;
};

/** The element's name without its namespace prefix, in lower case: `tt:p` → `p`. */
export const nameOf = (element: MarkupElement): string => localName(element.name);

/** An attribute by its name, or by its local name under any prefix (`ttm:agent`, `agent`). */
export const attrOf = (element: MarkupElement, name: string): string | undefined => {
	const exact = element.attrs[name];
	if (exact !== undefined) return exact;
	const local = localName(name);
	for (const [key, value] of Object.entries(element.attrs)) if (localName(key) === local) return value;
	return undefined;
};

export const childElements = (element: MarkupElement): MarkupElement[] => element.children.filter((c): c is MarkupElement => typeof c !== 'string');

/** Every element under `element` (itself excluded), in document order, without recursion. */
export const descendants = (element: MarkupElement): MarkupElement[] => {
	const out: MarkupElement[] = [];
	const stack: MarkupElement[] = [...childElements(element)].reverse();
	for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
		out.push(next);
		const children = childElements(next);
		for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as MarkupElement);
	}
	return out;
};

/** The document's first element (the XML root), under the `#document` wrapper. */
export const documentElement = (root: MarkupElement): MarkupElement | undefined => childElements(root)[0];

/** The text of an element and everything in it, a `<br>` as a line break. */
export const textOf = (element: MarkupElement): string => {
	let out = '';
	const stack: MarkupNode[] = [...element.children].reverse();
	for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
		if (typeof next === 'string') out += next;
		else if (nameOf(next) === 'br') out += '\n';
		else for (let i = next.children.length - 1; i >= 0; i--) stack.push(next.children[i] as MarkupNode);
	}
	return out;
};

/**
 * The name of the first element of an XML or HTML text, after its declaration, comments
 * and DOCTYPE, in lower case without a prefix; null when the text does not start with
 * markup. Reads only the first few kilobytes.
 */
export const firstElementName = (text: string): string | null => {
	const head = text.slice(0, 4096);
	let at = 0;
	for (;;) {
		while (at < head.length && /\s/.test(head[at] ?? '')) at++;
		if (head.startsWith('<?', at) || head.startsWith('<!', at)) {
			const close = head.indexOf('>', at);
			const subset = head.indexOf('[', at);
			// A comment ends at `-->`; a DOCTYPE with an internal subset at `]>`.
			const end = head.startsWith('<!--', at) ? head.indexOf('-->', at) : subset !== -1 && subset < close ? head.indexOf(']>', subset) + 1 : close;
			if (end <= 0) return null;
			at = end + 1;
			continue;
		}
		const m = /^<([A-Za-z_][\w.:-]{0,40})[\s/>]/.exec(head.slice(at, at + 48));
		return m?.[1] === undefined ? null : localName(m[1]);
	}
};

/** Markup formats talkreel reads, for the message that refuses another XML document. */
const XML_FORMATS = 'TTML (<tt>: Apple Podcasts, IMSC, Azure), YouTube timed text (<timedtext>, <transcript>) and Podcasting 2.0 HTML (<cite>, <time>, <p>)';

/** An XML declaration: the document is XML, whatever its root. */
export const looksLikeXml = (text: string): boolean => text.trimStart().startsWith('<?xml');

/** Any XML document no other reader took: refused with its root element and what talkreel reads. */
export const refuseUnknownXml = ({text, file}: {text: string; file: string}): never => {
	const root = firstElementName(text);
	const seen = root === null ? 'an XML document without a root element' : `an XML document whose root is <${root}>`;
	throw new UserError({code: 'TALK_PARSE', file, line: 1, problem: `${seen} is not a transcript talkreel reads; it reads ${XML_FORMATS}`});
};

/** A value as a message shows it: on one line, at most 30 characters. */
export const shownValue = (value: string): string => {
	const one = value.replace(/\s+/g, ' ').trim();
	return one.length > 30 ? `${one.slice(0, 30)}…` : one;
};
