import type {Command} from 'commander';
import {positiveNumber} from './parse-options';
import {DEFAULT_MAX_SECONDS, planRecap, quoteBudgetSeconds} from '../plan/plan-recap';
import {explainHighlights, type HighlightsResult} from '../highlights/select-highlights';
import type {Talk} from '../talk/talk-schema';

export type HighlightsDeps = {
	loadTalk: (opts: {file: string; edits?: string | false}) => Promise<{talk: Talk}>;
	/** Where output goes; stdout by default (tests pass their own). */
	write?: (text: string) => void;
	/** Whether the output is a terminal (colours, truncated lines); `process.stdout.isTTY` by default. */
	isTty?: boolean;
};

type HighlightsOptions = {maxSeconds: number; all?: boolean; json?: boolean; edits?: string | false};

/**
 * `talkreel highlights FILE [--max-seconds N] [--all] [--json] [--edits FILE]`: the quotes
 * the recap of FILE shows, with every part of their scores. `--max-seconds` is the
 * recap's length, as for `plan` and `render`; the quotes get what the title, section
 * slides and outro leave, and the list is the one `plan` keeps. `--all` adds every
 * candidate, best first. Prints a table (to a terminal or a pipe alike, so that
 * `| less` works); JSON only with `--json`.
 */
export const registerHighlightsCommand = (program: Command, deps: HighlightsDeps): Command =>
	program
		.command('highlights')
		.description('print the quotes the recap would show, with their score parts')
		.argument('<file>', 'transcript (.md, .txt, or talk JSON)')
		.option('--max-seconds <n>', 'length of the recap in seconds (the quotes get what the fixed scenes leave)', positiveNumber, DEFAULT_MAX_SECONDS)
		.option('--all', 'also list every candidate quote, best first')
		.option('--json', 'print JSON instead of a table')
		.option('--edits <file>', 'edits file to apply (default: <slug>.edits.yaml beside the talk)')
		.option('--no-edits', 'ignore the edits file beside the talk')
		.action(async (file: string, opts: HighlightsOptions) => {
			const {talk} = await deps.loadTalk({file, ...(opts.edits === undefined ? {} : {edits: opts.edits})});
			const report = buildHighlightsReport({talk, maxSeconds: opts.maxSeconds, all: opts.all === true});
			const write = deps.write ?? ((text: string) => process.stdout.write(text));
			write(opts.json ? `${JSON.stringify(report, null, 2)}\n` : formatHighlightsTable({report, isTty: deps.isTty ?? process.stdout.isTTY === true}));
		});

export type HighlightsReport = {
	talk: string;
	maxSeconds: number;
	quoteBudgetSeconds: number;
	notes: string[];
	quotes: ReportRow[];
	candidates?: (ReportRow & {chosen: boolean; dropped: boolean})[];
};

type ReportRow = {
	id?: string;
	turnId: string;
	speaker: string;
	section: string;
	text: string;
	total: number;
	parts: Record<string, number>;
	pinned?: boolean;
};

export const buildHighlightsReport = ({talk, maxSeconds, all}: {talk: Talk; maxSeconds: number; all: boolean}): HighlightsReport => {
	const budget = quoteBudgetSeconds({talk, maxSeconds});
	const result: HighlightsResult = explainHighlights({talk, maxSeconds: budget});
	const {plan} = planRecap({talk, maxSeconds});
	const kept = new Set(plan.scenes.flatMap((s) => (s.type === 'quote' ? [s.quoteId] : [])));
	const speakerName = (id: string) => talk.speakers.find((s) => s.id === id)?.name ?? id;
	const sectionTitle = (id: string) => talk.sections.find((s) => s.id === id)?.title ?? id;
	const notes = [...result.notes];
	const dropped = result.quotes.filter((q) => !kept.has(q.id));
	if (dropped.length > 0) notes.push(`the plan leaves out ${dropped.map((q) => q.id).join(', ')}: their cards take longer than estimated`);
	const report: HighlightsReport = {
		talk: talk.slug,
		maxSeconds,
		quoteBudgetSeconds: Math.round(budget * 10) / 10,
		notes,
		quotes: result.quotes
			.filter((q) => kept.has(q.id))
			.map((q) => ({
				id: q.id,
				turnId: q.turnId,
				speaker: speakerName(q.speakerId),
				section: sectionTitle(q.sectionId),
				text: q.text,
				total: q.score?.total ?? 0,
				parts: q.score?.parts ?? {},
				...(q.pinned ? {pinned: true} : {}),
			})),
	};
	if (all) {
		report.candidates = result.ranked.map((c) => ({
			turnId: c.turnId,
			speaker: speakerName(c.speakerId),
			section: sectionTitle(c.sectionId),
			text: c.text,
			total: c.score.total,
			parts: {...c.score.parts},
			chosen: c.chosen,
			dropped: c.dropped,
		}));
	}
	return report;
};

/** Short column names for score parts. */
const PART_LABELS: Record<string, string> = {
	sectionCentrality: 'sec',
	talkCentrality: 'talk',
	titleRelevance: 'title',
	role: 'host',
	length: 'len',
	partial: 'part',
	opener: 'open',
	stance: 'view',
	evidence: 'fact',
	ending: 'end',
	question: 'ques',
	filler: 'fill',
	direction: 'dir',
	address: 'addr',
};

/** Terminal columns of `text`: East Asian wide characters take two. */
const columns = (text: string): number =>
	[...text].reduce((n, ch) => n + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1), 0);
const pad = (text: string, width: number): string => text + ' '.repeat(Math.max(0, width - columns(text)));
const clip = (text: string, width: number): string => {
	let out = '';
	for (const ch of text) {
		if (columns(out + ch) > width - 1) return `${out}…`;
		out += ch;
	}
	return out;
};

const formatParts = (parts: Record<string, number>): string =>
	Object.entries(parts)
		.filter(([, v]) => v !== 0)
		.map(([k, v]) => `${PART_LABELS[k] ?? k} ${v > 0 ? '+' : ''}${v.toFixed(2)}`)
		.join('  ');

export const formatHighlightsTable = ({report, isTty}: {report: HighlightsReport; isTty: boolean}): string => {
	const bold = (s: string) => (isTty ? `\u001b[1m${s}\u001b[22m` : s);
	const dim = (s: string) => (isTty ? `\u001b[2m${s}\u001b[22m` : s);
	const rows = (list: ReportRow[], mark: (r: ReportRow) => string) => {
		const speakerWidth = Math.max(7, ...list.map((r) => columns(r.speaker)));
		const sectionWidth = Math.min(24, Math.max(7, ...list.map((r) => columns(r.section))));
		const lines = [dim(`${pad('#', 5)} ${pad('speaker', speakerWidth)}  ${pad('section', sectionWidth)}  ${pad('score', 6)} parts`)];
		for (const r of list) {
			lines.push(
				`${pad(mark(r), 5)} ${pad(r.speaker, speakerWidth)}  ${pad(clip(r.section, sectionWidth), sectionWidth)}  ${pad(r.total.toFixed(2), 6)} ${dim(formatParts(r.parts))}`,
			);
			lines.push(`      ${r.text.replace(/\n/g, ' ')}`);
		}
		return lines;
	};
	const out = [
		bold(`${report.talk}: ${report.quotes.length} quotes in a ${report.maxSeconds} s recap (${report.quoteBudgetSeconds} s of quotes)`),
		...rows(report.quotes, (r) => `${r.id ?? ''}${r.pinned ? '*' : ''}`),
		...report.notes.map((n) => `note: ${n}`),
	];
	if (report.candidates) {
		out.push('', bold(`${report.candidates.length} candidates, best first (✓ chosen, ✗ dropped by the edits file)`));
		out.push(
			...rows(report.candidates, (r) => {
				const c = r as ReportRow & {chosen: boolean; dropped: boolean};
				return c.chosen ? '✓' : c.dropped ? '✗' : '';
			}),
		);
	}
	out.push(dim('parts: sec/talk = centrality in section/talk, title = section title words, host = host turn, len = length, part = part of a sentence,'));
	out.push(dim('       open = dangling opener, view = states a view, fact = number or comparison, end = no sentence end, ques = question,'));
	out.push(dim('       fill = filler, dir = stage direction, addr = addresses someone; * = pinned by the edits file'));
	return `${out.join('\n')}\n`;
};
