import {writeFile} from 'node:fs/promises';
import type {Command} from 'commander';
import {UserError} from '../errors';
import {writeFileAtomic} from '../render/write-file-atomic';
import {editsFileCandidates, loadTalk} from '../talk/load-talk';
import {MAX_EDITS_BYTES, MAX_TRANSCRIPT_BYTES} from '../talk/talk-limits';
import type {TalkPlan} from '../plan/plan-talk';
import {isWideCodePoint} from '../text/classify-char';
import type {Talk} from '../talk/talk-schema';
import {type PlanningOptions, addPlanningOptions, editsOption} from './options';
import {findTalkSound} from './find-media';
import {findChaptersFile, readFileBytes, readTalkFile} from './read-talk-file';
import {
	MODEL_ENV,
	type QuoteSuggester,
	buildSuggestRequests,
	chatCompletionsSuggester,
	collectSuggestions,
	requestTokens,
	resolveModelEndpoint,
} from './suggest-quotes';
import {mergeSuggestionsIntoEdits} from './write-suggestions';
import {escapeForTerminal, writeLine} from './terminal-text';

export type HighlightsDeps = {
	/** Where output goes; stdout by default (tests pass their own). */
	write?: (text: string) => void;
	/** Whether the output is a terminal (colours, truncated lines); `process.stdout.isTTY` by default. */
	isTty?: boolean;
	/** The model service for `--suggest` (tests pass their own); the chat-completions client by default. */
	suggester?: QuoteSuggester;
	/** Where `--suggest` finds its endpoint; `process.env` by default. */
	env?: Record<string, string | undefined>;
	/** Progress lines of `--suggest` (stderr by default). */
	log?: (line: string) => void;
};

/**
 * `--suggest`: plans the talk as it stands, sends its candidates to the model (in
 * requests of at most MAX_CHUNK_TOKENS, the estimate printed first), checks the answer,
 * and writes the chosen quotes as pins and the section titles into the edits file —
 * `--edits FILE`, the one beside the talk, or a new `<name>.edits.yaml` — keeping what
 * is in it. The merged file is loaded with the talk before it is written: a failure at
 * any step writes nothing. Then the command goes on and shows the quotes the recap now
 * has, the model's among them.
 */
const suggestIntoEdits = async ({
	file,
	opts,
	suggester,
	log,
}: {
	file: string;
	opts: HighlightsOptions;
	suggester: QuoteSuggester;
	log: (line: string) => void;
}): Promise<void> => {
	if (opts.edits === false) throw new UserError({code: 'ARGS', problem: '--suggest writes into the edits file: it cannot be used with --no-edits'});
	const {talk, editsFile} = await readTalkFile({file, ...editsOption(opts)});
	const {media} = await findTalkSound({file, talk, media: opts.media, log: () => {}});
	const {planTalk} = await import('../plan/plan-talk');
	const talkPlan = planTalk({talk, maxSeconds: opts.maxSeconds, media});
	const wanted = Math.max(1, talkPlan.quotes.length);
	const requests = buildSuggestRequests({talk, talkPlan, wanted});
	if (requests.length === 0) throw new UserError({code: 'SUGGEST', problem: 'the talk has no candidate quote to suggest from'});
	const tokens = requests.reduce((sum, r) => sum + requestTokens(r), 0);
	log(
		`suggest: ${requests.reduce((n, r) => n + r.candidates.length, 0)} candidates, about ${tokens} tokens in ${requests.length} request${requests.length === 1 ? '' : 's'} to ${suggester.describe}`,
	);
	const suggestions = await collectSuggestions({requests, suggester});
	const byId = new Map(talkPlan.candidates.map((c) => [c.id, c]));
	const target = editsFile ?? editsFileCandidates({file})[0] ?? `${file}.edits.yaml`;
	if (target.endsWith('.json')) throw new UserError({code: 'ARGS', file: target, problem: '--suggest writes YAML edits files; this one is JSON'});
	const existing =
		editsFile === undefined ? null : new TextDecoder().decode(await readFileBytes({file: editsFile, code: 'EDITS_PARSE', maxBytes: MAX_EDITS_BYTES}));
	const merged = mergeSuggestionsIntoEdits({
		existing,
		file: target,
		source: suggester.describe,
		pins: suggestions.quotes.flatMap((q) => {
			const c = byId.get(q.id);
			return c === undefined ? [] : [{turnId: c.turnId, text: c.text, reason: q.reason, title: q.title}];
		}),
		sectionTitles: suggestions.sections.map((s) => ({sectionId: s.id, title: s.title})),
	});
	// The merged edits must load with the talk before they replace anything on disk.
	const bytes = await readFileBytes({file, code: 'TALK_READ', maxBytes: MAX_TRANSCRIPT_BYTES});
	const chaptersFile = opts.chapters === false ? undefined : (opts.chapters ?? findChaptersFile({file}));
	const chapters =
		chaptersFile === undefined ? null : {file: chaptersFile, bytes: await readFileBytes({file: chaptersFile, code: 'TALK_READ', maxBytes: MAX_EDITS_BYTES})};
	loadTalk({bytes, file, edits: {file: target, bytes: new TextEncoder().encode(merged)}, chapters});
	await writeFileAtomic({target, write: (temp) => writeFile(temp, merged)});
	log(`suggest: ${suggestions.quotes.length} pins and ${suggestions.sections.length} section titles written to ${target}`);
};

type HighlightsOptions = PlanningOptions & {all?: boolean; json?: boolean; suggest?: boolean; modelUrl?: string; model?: string};

/**
 * `talkreel highlights FILE [--max-seconds N] [--all] [--json] [--edits FILE]`: the quotes
 * the recap of FILE shows, with their stable ids and every part of their scores.
 * `--max-seconds` is the recap's length, as for `plan` and `render`; the quotes get what
 * the title, section slides and outro leave, and the list is the one the plan keeps.
 * `--all` adds every candidate, best first. Prints a table (to a terminal or a pipe
 * alike, so that `| less` works); JSON only with `--json`. `--suggest` first asks a chat
 * model for its choices and writes them into the edits file (`suggestIntoEdits`).
 */
export const registerHighlightsCommand = (program: Command, deps: HighlightsDeps = {}): Command =>
	addPlanningOptions(program.command('highlights').description('print the quotes the recap would show, with their ids and score parts'))
		.option('--all', 'also list every candidate quote, best first')
		.option('--json', 'print JSON instead of a table')
		.option(
			'--suggest',
			`ask a chat model to choose and title the quotes, and write its choices into the edits file (${MODEL_ENV.url}, ${MODEL_ENV.model}, ${MODEL_ENV.apiKey})`,
		)
		.option('--model-url <url>', `OpenAI-compatible API base for --suggest, e.g. http://localhost:11434/v1 (default: ${MODEL_ENV.url})`)
		.option('--model <name>', `model name for --suggest (default: ${MODEL_ENV.model})`)
		.action(async (file: string, opts: HighlightsOptions) => {
			const write = deps.write ?? ((text: string) => process.stdout.write(text));
			if (opts.suggest === true) {
				const endpoint = resolveModelEndpoint({url: opts.modelUrl, model: opts.model, env: deps.env ?? process.env});
				const suggester = deps.suggester ?? chatCompletionsSuggester({endpoint});
				await suggestIntoEdits({file, opts, suggester, log: deps.log ?? writeLine});
			}
			const {talk} = await readTalkFile({file, ...editsOption(opts)});
			// A timed talk's recording sets what each quote costs (its speech), hence which quotes fit.
			const {media} = await findTalkSound({file, talk, media: opts.media, log: writeLine});
			const {planTalk} = await import('../plan/plan-talk');
			const talkPlan = planTalk({talk, maxSeconds: opts.maxSeconds, media});
			const report = buildHighlightsReport({talk, talkPlan, all: opts.all === true});
			write(opts.json ? `${JSON.stringify(report, null, 2)}\n` : formatHighlightsTable({report, isTty: deps.isTty ?? process.stdout.isTTY === true}));
		});

type HighlightsReport = {
	talk: string;
	maxSeconds: number;
	/** How long the recap of these quotes plays: at most maxSeconds, shorter when few lines are worth a card. */
	recapSeconds: number;
	quoteBudgetSeconds: number;
	notes: string[];
	quotes: (ReportRow & {id: string; number: number})[];
	candidates?: (ReportRow & {chosen: boolean; dropped: boolean})[];
};

type ReportRow = {
	id: string;
	turnId: string;
	speaker: string;
	section: string;
	text: string;
	total: number;
	parts: Record<string, number>;
	pinned?: boolean;
};

/** The planned talk as the `highlights` command shows it: the recap's quotes, the notes, and with `all` every candidate. */
const buildHighlightsReport = ({talk, talkPlan, all}: {talk: Talk; talkPlan: TalkPlan; all: boolean}): HighlightsReport => {
	const speakerName = (id: string) => talk.speakers.find((s) => s.id === id)?.name ?? id;
	const sectionTitle = (id: string) => talk.sections.find((s) => s.id === id)?.title ?? id;
	const notes = [...talkPlan.notes];
	if (talkPlan.dropped.length > 0)
		notes.push(`the plan leaves out ${talkPlan.dropped.map((d) => d.quote.id).join(', ')}: ${talkPlan.dropped[0]?.reason ?? ''}`);
	const report: HighlightsReport = {
		talk: talk.slug,
		maxSeconds: talkPlan.maxSeconds,
		recapSeconds: Math.round((talkPlan.recap.durationInFrames / talkPlan.recap.fps) * 10) / 10,
		quoteBudgetSeconds: Math.round(talkPlan.quoteBudgetSeconds * 10) / 10,
		notes,
		quotes: talkPlan.quotes.map((q) => ({
			id: q.id,
			number: q.number,
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
		const shown = new Set(talkPlan.quotes.map((q) => q.id));
		report.candidates = talkPlan.candidates.map((c) => ({
			id: c.id,
			turnId: c.turnId,
			speaker: speakerName(c.speakerId),
			section: sectionTitle(c.sectionId),
			text: c.text,
			total: c.score.total,
			parts: {...c.score.parts},
			chosen: shown.has(c.id),
			dropped: c.dropped,
		}));
	}
	return report;
};

/** Every text of the report from the transcript, safe for a terminal; a quote's line breaks become spaces. */
const escapeReport = (report: HighlightsReport): HighlightsReport => {
	const row = <R extends ReportRow>(r: R): R => ({
		...r,
		speaker: escapeForTerminal(r.speaker),
		section: escapeForTerminal(r.section),
		text: escapeForTerminal(r.text.replace(/\n/g, ' ')),
	});
	return {
		...report,
		talk: escapeForTerminal(report.talk),
		notes: report.notes.map(escapeForTerminal),
		quotes: report.quotes.map(row),
		...(report.candidates === undefined ? {} : {candidates: report.candidates.map(row)}),
	};
};

/** Short column names for score parts. */
export const PART_LABELS: Record<string, string> = {
	sectionCentrality: 'sec',
	talkCentrality: 'talk',
	titleRelevance: 'title',
	role: 'host',
	asks: 'asks',
	opensTalk: 'opns',
	floor: 'flr',
	exchange: 'xchg',
	framing: 'frm',
	answers: 'ans',
	laughter: 'lol',
	short: 'shrt',
	long: 'long',
	sentences: 'snts',
	opensTurn: 'turn',
	advice: 'advc',
	maxim: 'maxm',
	turnLength: 'tlen',
	keywords: 'keyw',
	rarity: 'rare',
	partial: 'part',
	fragment: 'frag',
	promo: 'ad',
	attribution: 'attr',
	padding: 'pad',
	opener: 'open',
	spokenOpener: 'so',
	pointer: 'ptr',
	stance: 'view',
	evidence: 'fact',
	contrast: 'vs',
	imagery: 'img',
	hedge: 'hedg',
	ending: 'end',
	question: 'ques',
	filler: 'fill',
	direction: 'dir',
	trailing: 'tail',
	disfluency: 'stut',
	reference: 'ref',
	incomplete: 'inc',
	substance: 'subs',
	logistics: 'logi',
	address: 'addr',
};

/** Terminal columns of `text`: East Asian wide characters take two. */
const columns = (text: string): number => [...text].reduce((n, ch) => n + (isWideCodePoint(ch.codePointAt(0) ?? 0) ? 2 : 1), 0);
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

/**
 * The report as a table. Transcript text (speaker names, section titles, quotes, notes)
 * is shown with control characters escaped: a title must not retitle the terminal or
 * clear the screen. The table's own bold and dim are added after.
 */
const formatHighlightsTable = ({report: raw, isTty}: {report: HighlightsReport; isTty: boolean}): string => {
	const report = escapeReport(raw);
	const bold = (s: string) => (isTty ? `\u001b[1m${s}\u001b[22m` : s);
	const dim = (s: string) => (isTty ? `\u001b[2m${s}\u001b[22m` : s);
	const rows = <R extends ReportRow>(list: R[], mark: (r: R) => string) => {
		const markWidth = list.reduce((w, r) => Math.max(w, columns(mark(r))), 4);
		const speakerWidth = list.reduce((w, r) => Math.max(w, columns(r.speaker)), 7);
		const sectionWidth = Math.min(
			24,
			list.reduce((w, r) => Math.max(w, columns(r.section)), 7),
		);
		const lines = [dim(`${pad('quote', markWidth)}  ${pad('speaker', speakerWidth)}  ${pad('section', sectionWidth)}  ${pad('score', 6)} parts`)];
		for (const r of list) {
			lines.push(
				`${pad(mark(r), markWidth)}  ${pad(r.speaker, speakerWidth)}  ${pad(clip(r.section, sectionWidth), sectionWidth)}  ${pad(r.total.toFixed(2), 6)} ${dim(formatParts(r.parts))}`,
			);
			lines.push(`${' '.repeat(markWidth + 2)}${r.text}`);
		}
		return lines;
	};
	const out = [
		bold(
			`${report.talk}: ${report.quotes.length} ${report.quotes.length === 1 ? 'quote' : 'quotes'} in a ${report.recapSeconds} s recap (asked for at most ${report.maxSeconds} s, ${report.quoteBudgetSeconds} s of it for quotes)`,
		),
		...rows(report.quotes, (r) => `${String(r.number).padStart(2)} ${r.id}${r.pinned ? '*' : ''}`),
		...report.notes.map((n) => `note: ${n}`),
	];
	if (report.candidates) {
		out.push('', bold(`${report.candidates.length} candidates, best first (✓ chosen, ✗ dropped by the edits file)`));
		out.push(...rows(report.candidates, (c) => `${c.chosen ? '✓' : c.dropped ? '✗' : ' '} ${c.id}`));
	}
	out.push(dim("parts (each a feature times its weight fitted to editors' marks; the score is their sum, its odds of being an editor's pick):"));
	out.push(dim('       sec/talk = centrality in section/talk, title = section title words, host = host turn, asks = speaker asks questions,'));
	out.push(dim("       opns = speaker opens the talk, flr = speaker's turn length, xchg = turns around are long (low: banter), frm = opening or"));
	out.push(dim('       closing turns, ans = answers a question, lol = laughter, shrt/long = below/beyond the ideal length, snts = sentences'));
	out.push(dim('       beyond one, turn = opens its turn, advc = advice, maxm = short general claim, tlen = its turn is long, keyw = the'));
	out.push(dim("       talk's keywords, rare = rare words, part = part of a sentence,"));
	out.push(dim('       open = dangling opener, view = states a view, fact = number or comparison, end = no sentence end, ques = question,'));
	out.push(dim('       fill = filler, stut = restart or stutter, ref = opens on a reference it leaves open, inc = not a whole sentence,'));
	out.push(dim('       subs = substance, dir = stage direction, addr = addresses someone, pad = opens or closes on a sentence that says'));
	out.push(dim('       nothing; * = pinned by the edits file'));
	return `${out.join('\n')}\n`;
};
