import {z} from 'zod';
import {UserError} from '../errors';
import {isDisqualified} from '../highlights/select-highlights';
import type {TalkPlan} from '../plan/plan-talk';
import {formatTimestamp} from '../talk/parse-timestamp';
import type {Talk} from '../talk/talk-schema';
import {isCjkLetter} from '../text/classify-char';

/**
 * The model-assisted editor: the talk's candidate quotes go to a chat model, which ranks
 * them with a reason each, titles every section and every clip. The answer is checked
 * here and written into the edits file by the caller, so planning and rendering stay
 * offline and deterministic. The service is behind one small interface
 * (`QuoteSuggester`); `chatCompletionsSuggester` speaks the OpenAI-compatible
 * chat-completions API (Ollama, llama.cpp's server, vLLM, LM Studio, hosted APIs).
 */

/** One candidate as the model sees it. */
type SuggestCandidate = {id: string; text: string; speaker: string; section: string; time?: string};
type SuggestSection = {id: string; title: string};
/** One request: a chunk of the talk's candidates and the sections they belong to. */
export type SuggestRequest = {talkTitle: string; language: string; wanted: number; sections: SuggestSection[]; candidates: SuggestCandidate[]};

const SuggestAnswerSchema = z.object({
	quotes: z
		.array(
			z.object({
				id: z.string().min(1).max(64),
				reason: z.string().trim().min(1).max(300),
				title: z.string().trim().min(1).max(120),
			}),
		)
		.max(200),
	sections: z.array(z.object({id: z.string().min(1).max(64), title: z.string().trim().min(1).max(120)})).max(200),
});
type SuggestAnswer = z.infer<typeof SuggestAnswerSchema>;

/** The service: one request in, one checked answer out, or a `UserError` (`SUGGEST`) saying what went wrong in one line. */
export type QuoteSuggester = {describe: string; suggest: (request: SuggestRequest) => Promise<SuggestAnswer>};

/** Tokens in one request at most: fits the 8 k context most local models have, with room for the answer. */
const MAX_CHUNK_TOKENS = 5000;
const DEFAULT_TIMEOUT_MS = 120_000;

/** A rough token count: about four Latin characters a token, one a CJK letter (BPE tokenizers of current models). */
const estimateTokens = (text: string): number => {
	let cjk = 0;
	let other = 0;
	for (const ch of text) {
		if (isCjkLetter(ch)) cjk++;
		else other++;
	}
	return Math.ceil(cjk + other / 4);
};

const SYSTEM_PROMPT = [
	'You are the editor of a podcast recap video. From the candidate quotes of a talk, choose the ones worth sharing:',
	'a claim, an explanation, a number with meaning or a vivid image that reads well alone on a card.',
	'Never choose questions, greetings, thanks, housekeeping, sponsor reads, or lines that start in the middle of a thought.',
	'Answer with JSON only, in this shape:',
	'{"quotes":[{"id":"<candidate id>","reason":"<one line: why it is worth sharing>","title":"<a short title for its clip>"}],',
	'"sections":[{"id":"<section id>","title":"<a short title a person would write for the section>"}]}',
	'List the quotes best first, at most as many as asked for, using only the ids given. Write reasons and titles in the language of the talk.',
].join(' ');

const userPrompt = (request: SuggestRequest): string =>
	JSON.stringify({
		talk: request.talkTitle,
		language: request.language,
		choose: request.wanted,
		sections: request.sections,
		candidates: request.candidates,
	});

/** What one request costs, in estimated tokens (system and user messages). */
export const requestTokens = (request: SuggestRequest): number => estimateTokens(SYSTEM_PROMPT) + estimateTokens(userPrompt(request));

/**
 * The talk's candidates for the model, in talk order, split into requests of at most
 * MAX_CHUNK_TOKENS: the candidates the engine could show (none disqualified: no sponsor
 * read, logistics, fragment or unknown speaker, no question), one per id. Each chunk asks
 * for its share of `wanted` quotes and names the sections its candidates are in.
 */
export const buildSuggestRequests = ({
	talk,
	talkPlan,
	wanted,
	maxChunkTokens = MAX_CHUNK_TOKENS,
}: {
	talk: Talk;
	talkPlan: TalkPlan;
	wanted: number;
	maxChunkTokens?: number;
}): SuggestRequest[] => {
	const speakers = new Map(talk.speakers.map((s) => [s.id, s.name]));
	const sections = new Map(talk.sections.map((s) => [s.id, s.title]));
	const turns = new Map(talk.sections.flatMap((s) => s.turns).map((t, i) => [t.id, {turn: t, order: i}]));
	const seen = new Set<string>();
	const candidates = talkPlan.candidates
		.filter((c) => !isDisqualified(c) && (c.score.parts.question ?? 0) === 0 && !c.dropped)
		.filter((c) => !seen.has(c.id) && seen.add(c.id))
		.sort((a, b) => (turns.get(a.turnId)?.order ?? 0) - (turns.get(b.turnId)?.order ?? 0) || a.start - b.start)
		.map((c): SuggestCandidate & {sectionId: string} => {
			const startMs = turns.get(c.turnId)?.turn.startMs;
			return {
				id: c.id,
				text: c.text,
				speaker: speakers.get(c.speakerId) ?? c.speakerId,
				section: c.sectionId,
				sectionId: c.sectionId,
				...(startMs === undefined ? {} : {time: formatTimestamp(startMs)}),
			};
		});
	const base: Omit<SuggestRequest, 'candidates' | 'sections' | 'wanted'> = {talkTitle: talk.metadata.title, language: talk.metadata.language};
	const chunks: (SuggestCandidate & {sectionId: string})[][] = [];
	let current: (SuggestCandidate & {sectionId: string})[] = [];
	let tokens = estimateTokens(SYSTEM_PROMPT) + 200;
	for (const c of candidates) {
		const cost = estimateTokens(JSON.stringify(c)) + 2;
		if (current.length > 0 && tokens + cost > maxChunkTokens) {
			chunks.push(current);
			current = [];
			tokens = estimateTokens(SYSTEM_PROMPT) + 200;
		}
		current.push(c);
		tokens += cost;
	}
	if (current.length > 0) chunks.push(current);
	return chunks.map((chunk) => {
		const own = [...new Set(chunk.map((c) => c.sectionId))];
		return {
			...base,
			wanted: Math.max(1, Math.round((wanted * chunk.length) / Math.max(1, candidates.length))),
			sections: own.map((id) => ({id, title: sections.get(id) ?? id})),
			candidates: chunk.map(({sectionId: _, ...c}) => c),
		};
	});
};

/** What the model chose, checked against the talk: every id one it was given, at most `wanted` per request. */
export type Suggestions = {quotes: {id: string; reason: string; title: string}[]; sections: {id: string; title: string}[]};

/**
 * Asks `suggester` for every request in turn and merges the answers: each request's
 * quotes best first, up to what it was asked for, then in talk order; a section titled
 * twice keeps its first title. An id the model made up, or a section it was not given,
 * is a `SUGGEST` error: nothing is written.
 */
export const collectSuggestions = async ({requests, suggester}: {requests: SuggestRequest[]; suggester: QuoteSuggester}): Promise<Suggestions> => {
	const quotes: Suggestions['quotes'] = [];
	const sections = new Map<string, string>();
	for (const [n, request] of requests.entries()) {
		const answer = await suggester.suggest(request);
		const ids = new Set(request.candidates.map((c) => c.id));
		const sectionIds = new Set(request.sections.map((s) => s.id));
		const where = requests.length > 1 ? ` (request ${n + 1} of ${requests.length})` : '';
		for (const q of answer.quotes) {
			if (!ids.has(q.id))
				throw new UserError({code: 'SUGGEST', problem: `the model chose quote "${q.id.slice(0, 40)}", which is not a candidate it was given${where}`});
		}
		for (const s of answer.sections) {
			if (!sectionIds.has(s.id))
				throw new UserError({code: 'SUGGEST', problem: `the model titled section "${s.id.slice(0, 40)}", which it was not given${where}`});
			if (!sections.has(s.id)) sections.set(s.id, s.title);
		}
		const order = new Map(request.candidates.map((c, i) => [c.id, i]));
		const chosen = [...new Map(answer.quotes.map((q) => [q.id, q])).values()].slice(0, request.wanted);
		quotes.push(...chosen.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0)));
	}
	return {quotes, sections: [...sections].map(([id, title]) => ({id, title}))};
};

/** Where and how to reach the model: `--model-url`/`--model`, else TALKREEL_MODEL_URL / TALKREEL_MODEL; the key only from TALKREEL_MODEL_API_KEY. */
export type ModelEndpoint = {url: string; model: string; apiKey?: string; timeoutMs: number};

export const MODEL_ENV = {url: 'TALKREEL_MODEL_URL', model: 'TALKREEL_MODEL', apiKey: 'TALKREEL_MODEL_API_KEY', timeout: 'TALKREEL_MODEL_TIMEOUT'} as const;

export const resolveModelEndpoint = ({
	url,
	model,
	env,
}: {
	url: string | undefined;
	model: string | undefined;
	env: Record<string, string | undefined>;
}): ModelEndpoint => {
	const base = url ?? env[MODEL_ENV.url];
	const name = model ?? env[MODEL_ENV.model];
	if (base === undefined || base.trim() === '')
		throw new UserError({
			code: 'ARGS',
			problem: `--suggest needs a model endpoint: --model-url URL or ${MODEL_ENV.url} (e.g. http://localhost:11434/v1 for Ollama)`,
		});
	if (name === undefined || name.trim() === '')
		throw new UserError({code: 'ARGS', problem: `--suggest needs a model name: --model NAME or ${MODEL_ENV.model}`});
	let parsed: URL;
	try {
		parsed = new URL(base);
	} catch {
		throw new UserError({code: 'ARGS', problem: `--model-url "${base.slice(0, 100)}" is not a URL`});
	}
	if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
		throw new UserError({code: 'ARGS', problem: `--model-url "${base.slice(0, 100)}" is not http or https`});
	const timeout = Number(env[MODEL_ENV.timeout] ?? DEFAULT_TIMEOUT_MS / 1000);
	if (!Number.isFinite(timeout) || timeout <= 0) throw new UserError({code: 'ARGS', problem: `${MODEL_ENV.timeout} must be a number of seconds`});
	const apiKey = env[MODEL_ENV.apiKey];
	return {url: base.replace(/\/+$/, ''), model: name, timeoutMs: timeout * 1000, ...(apiKey === undefined || apiKey === '' ? {} : {apiKey})};
};

const ChatResponseSchema = z.object({
	choices: z
		.array(
			z.object({
				message: z.object({content: z.string().nullable().optional(), refusal: z.string().nullable().optional()}),
				finish_reason: z.string().nullable().optional(),
			}),
		)
		.min(1),
});

/** A model answer's JSON, from its message: bare, or in a ```json fence, as some models write it. */
const parseJsonContent = (content: string): unknown => {
	const fenced = /```(?:json)?\s*([\s\S]*?)```/.exec(content);
	return JSON.parse((fenced?.[1] ?? content).trim());
};

/**
 * The OpenAI-compatible chat-completions client: POST `<url>/chat/completions` with the
 * model, the prompt, temperature 0 and `response_format: json_object`, the API key as a
 * bearer token when there is one (never printed). A timeout, a network or HTTP error, a
 * refusal, an answer that is not JSON or not of the expected shape is a `SUGGEST`
 * error in one line.
 */
export const chatCompletionsSuggester = ({endpoint, fetchImpl = fetch}: {endpoint: ModelEndpoint; fetchImpl?: typeof fetch}): QuoteSuggester => ({
	describe: `${endpoint.model} at ${endpoint.url}`,
	suggest: async (request) => {
		const fail = (problem: string) => new UserError({code: 'SUGGEST', problem: `${endpoint.model} at ${endpoint.url}: ${problem}`});
		let response: Response;
		try {
			response = await fetchImpl(`${endpoint.url}/chat/completions`, {
				method: 'POST',
				headers: {'content-type': 'application/json', ...(endpoint.apiKey === undefined ? {} : {authorization: `Bearer ${endpoint.apiKey}`})},
				body: JSON.stringify({
					model: endpoint.model,
					temperature: 0,
					response_format: {type: 'json_object'},
					messages: [
						{role: 'system', content: SYSTEM_PROMPT},
						{role: 'user', content: userPrompt(request)},
					],
				}),
				signal: AbortSignal.timeout(endpoint.timeoutMs),
			});
		} catch (e) {
			const err = e as Error & {cause?: {code?: string}};
			if (err.name === 'TimeoutError') throw fail(`no answer within ${Math.round(endpoint.timeoutMs / 1000)} s`);
			throw fail(`cannot reach it (${err.cause?.code ?? err.message})`);
		}
		const body = await response.text().catch(() => '');
		if (!response.ok) throw fail(`HTTP ${response.status}${body === '' ? '' : `: ${body.replace(/\s+/g, ' ').slice(0, 200)}`}`);
		let json: unknown;
		try {
			json = JSON.parse(body);
		} catch {
			throw fail('the answer is not JSON');
		}
		const chat = ChatResponseSchema.safeParse(json);
		if (!chat.success) throw fail('the answer is not a chat completion (no choices[0].message)');
		const choice = chat.data.choices[0];
		const refusal = choice?.message.refusal;
		if (refusal !== undefined && refusal !== null && refusal !== '') throw fail(`the model refused: ${refusal.replace(/\s+/g, ' ').slice(0, 200)}`);
		const content = choice?.message.content ?? '';
		if (content.trim() === '') throw fail(`the model answered nothing${choice?.finish_reason ? ` (finish_reason ${choice.finish_reason})` : ''}`);
		let parsed: unknown;
		try {
			parsed = parseJsonContent(content);
		} catch {
			throw fail(`the model's answer is not JSON: "${content.replace(/\s+/g, ' ').slice(0, 80)}"`);
		}
		const answer = SuggestAnswerSchema.safeParse(parsed);
		if (!answer.success) {
			const issue = answer.error.issues[0];
			throw fail(`the model's answer is not of the asked shape: ${issue?.path.join('.') || 'answer'}: ${issue?.message ?? 'invalid'}`);
		}
		return answer.data;
	},
});
