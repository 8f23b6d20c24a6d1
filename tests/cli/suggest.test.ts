import {copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {type IncomingMessage, type Server, type ServerResponse, createServer} from 'node:http';
import type {AddressInfo} from 'node:net';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {parse} from 'yaml';
import {runTalkreel} from '../support/run-cli';

/**
 * `talkreel highlights FILE --suggest` end to end: the real command, as a child process,
 * against a real HTTP server started here that answers like the chat-completions API —
 * and, one case at a time, fails like one. A good answer becomes pins and section titles
 * in the edits file, which the next plan shows; every failure is one line, exit 2, and
 * leaves the edits file as it was.
 */

type Request = {candidates: {id: string; section: string}[]; sections: {id: string}[]; choose: number};
type Handler = (request: Request, res: ServerResponse, seen: {authorization: string | undefined}) => void;

const SECRET = 'sk-test-secret-never-printed';
let server: Server;
let base = '';
let handler: Handler = () => {};
const requests: Request[] = [];
const authorizations: (string | undefined)[] = [];

const chat = (res: ServerResponse, message: Record<string, unknown>, status = 200) => {
	res.writeHead(status, {'content-type': 'application/json'});
	res.end(JSON.stringify({id: 'x', object: 'chat.completion', choices: [{index: 0, message: {role: 'assistant', ...message}, finish_reason: 'stop'}]}));
};

/** The stub's good answer: the first `choose` candidates of the request, each section titled. */
const goodAnswer: Handler = (request, res) =>
	chat(res, {
		content: JSON.stringify({
			quotes: request.candidates.slice(0, request.choose).map((c, i) => ({id: c.id, reason: `worth sharing #${i + 1}`, title: `Clip ${c.id}`})),
			sections: request.sections.map((s) => ({id: s.id, title: `Model title ${s.id}`})),
		}),
	});

beforeAll(async () => {
	server = createServer((req: IncomingMessage, res: ServerResponse) => {
		let body = '';
		req.on('data', (chunk: Buffer) => {
			body += chunk.toString();
		});
		req.on('end', () => {
			if (req.url !== '/v1/chat/completions' || req.method !== 'POST') {
				res.writeHead(404).end('not found');
				return;
			}
			const payload = JSON.parse(body) as {messages: {role: string; content: string}[]};
			const request = JSON.parse(payload.messages.find((m) => m.role === 'user')?.content ?? '{}') as Request;
			requests.push(request);
			authorizations.push(req.headers.authorization);
			handler(request, res, {authorization: req.headers.authorization});
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});

afterAll(async () => {
	server.closeAllConnections();
	await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** A fresh copy of a fixture transcript in its own folder, so each case has its own edits file. */
const copyTalk = (fixture: string): {file: string; edits: string} => {
	const dir = mkdtempSync(path.join(tmpdir(), 'talkreel-suggest-'));
	const file = path.join(dir, path.basename(fixture));
	copyFileSync(fixture, file);
	return {file, edits: path.join(dir, `${path.basename(fixture).replace(/\.[^.]+$/, '')}.edits.yaml`)};
};

const suggest = (file: string, env: Record<string, string> = {}) =>
	runTalkreel(['highlights', file, '--suggest', '--json'], {
		env: {TALKREEL_MODEL_URL: base, TALKREEL_MODEL: 'stub-model', TALKREEL_MODEL_API_KEY: SECRET, ...env},
	});

const OTTER = 'tests/fixtures/transcripts/chaincode-28.otter.txt';

describe('talkreel highlights --suggest', () => {
	it('writes the model’s choices as pins and section titles, with its reasons as comments; the next plan shows them', async () => {
		handler = goodAnswer;
		requests.length = 0;
		authorizations.length = 0;
		const {file, edits} = copyTalk(OTTER);
		const result = await suggest(file);
		expect(result.code, result.stderr).toBe(0);
		expect(result.stderr).toMatch(/suggest: \d+ candidates, about \d+ tokens in \d+ requests? to stub-model at http:\/\/127\.0\.0\.1:\d+\/v1/);
		expect(`${result.stdout}${result.stderr}`).not.toContain(SECRET);
		expect(authorizations.length).toBe(requests.length);
		for (const a of authorizations) expect(a).toBe(`Bearer ${SECRET}`);

		const text = readFileSync(edits, 'utf8');
		const written = parse(text) as {pins: {turn: string; text: string}[]; sections: {section: string; title: string}[]};
		const chosen = requests.flatMap((r) => r.candidates.slice(0, r.choose));
		expect(written.pins.length).toBe(chosen.length);
		expect(text).toContain('# stub-model at');
		expect(text).toContain('worth sharing #1 — clip title: Clip');
		const sections = [...new Set(requests.flatMap((r) => r.sections.map((s) => s.id)))];
		expect(written.sections.map((s) => s.title)).toEqual(sections.map((id) => `Model title ${id}`));

		// Round trip: the edits file parses, and the plan shows the pinned quotes under the model's section titles.
		const again = await runTalkreel(['highlights', file, '--json']);
		expect(again.code, again.stderr).toBe(0);
		const report = JSON.parse(again.stdout) as {quotes: {id: string; pinned?: boolean; section: string}[]};
		const pinned = report.quotes.filter((q) => q.pinned).map((q) => q.id);
		expect(pinned.length).toBeGreaterThan(0);
		for (const id of pinned) expect(chosen.map((c) => c.id)).toContain(id);
		expect(report.quotes.every((q) => q.section.startsWith('Model title'))).toBe(true);
	}, 120_000);

	it('merges into an existing edits file without losing the editor’s entries or comments', async () => {
		handler = goodAnswer;
		const {file, edits} = copyTalk(OTTER);
		const mine = [
			'# My notes on this talk: keep them.',
			'metadata:',
			'  title: Watchtowers with Sergi # the editor’s title',
			'sections:',
			'  - section: s1',
			'    title: The editor’s own title',
			'drops:',
			'  - turn: t003 # a courtesy',
			'',
		].join('\n');
		writeFileSync(edits, mine);
		const result = await suggest(file);
		expect(result.code, result.stderr).toBe(0);
		const text = readFileSync(edits, 'utf8');
		expect(text).toContain('# My notes on this talk: keep them.');
		expect(text).toContain('# the editor’s title');
		expect(text).toContain('# a courtesy');
		const written = parse(text) as {metadata: {title: string}; sections: {section: string; title: string}[]; drops: unknown[]; pins: unknown[]};
		expect(written.metadata.title).toBe('Watchtowers with Sergi');
		expect(written.sections.find((s) => s.section === 's1')?.title).toBe('The editor’s own title');
		expect(written.drops).toEqual([{turn: 't003'}]);
		expect(written.pins.length).toBeGreaterThan(0);
	}, 120_000);

	it('sends a long talk in chunks, each within the token limit, and pins from every chunk', async () => {
		handler = goodAnswer;
		requests.length = 0;
		const {file, edits} = copyTalk('tests/fixtures/transcripts/btctranscripts-bitcoin-explained-94-silent-payments-2.md');
		const result = await suggest(file);
		expect(result.code, result.stderr).toBe(0);
		expect(requests.length).toBeGreaterThan(1);
		expect(result.stderr).toContain(`in ${requests.length} requests`);
		const written = parse(readFileSync(edits, 'utf8')) as {pins: {turn: string}[]};
		const firstTurn = (id: string) => id.replace(/s\d.*$/, '');
		expect(new Set(written.pins.map((p) => p.turn)).size).toBeGreaterThan(1);
		expect(written.pins.some((p) => p.turn === firstTurn(requests.at(-1)?.candidates[0]?.id ?? ''))).toBe(true);
	}, 180_000);

	it.each([
		['an HTTP error', ((_r, res) => res.writeHead(500, {'content-type': 'text/plain'}).end('model not loaded')) as Handler, /HTTP 500: model not loaded/],
		['a refusal', ((_r, res) => chat(res, {content: null, refusal: 'I cannot help with that.'})) as Handler, /refused: I cannot help with that/],
		['an answer that is not JSON', ((_r, res) => chat(res, {content: 'Here are my favourite quotes: the first one.'})) as Handler, /not JSON/],
		['an answer of another shape', ((_r, res) => chat(res, {content: JSON.stringify({picks: ['t001s1']})})) as Handler, /not of the asked shape/],
		[
			'an id that is not a candidate',
			((r, res) =>
				chat(res, {content: JSON.stringify({quotes: [{id: 't999s9', reason: 'made up', title: 'x'}], sections: r.sections.slice(0, 1)})})) as Handler,
			/chose quote "t999s9", which is not a candidate/,
		],
		[
			'a response that is not a chat completion',
			((_r, res) => res.writeHead(200, {'content-type': 'application/json'}).end('{"ok":true}')) as Handler,
			/not a chat completion/,
		],
		['a timeout', (() => {}) as Handler, /no answer within 1 s/],
	])(
		'%s: one line, exit 2, the edits file unchanged',
		async (_name, failing, message) => {
			handler = failing;
			const {file, edits} = copyTalk(OTTER);
			const before = '# mine\npins:\n  - turn: t011\n';
			writeFileSync(edits, before);
			const result = await suggest(file, {TALKREEL_MODEL_TIMEOUT: '1'});
			expect(result.code).toBe(2);
			const lines = result.stderr.trim().split('\n');
			expect(lines.at(-1)).toMatch(/SUGGEST/);
			expect(lines.at(-1)).toMatch(message);
			expect(lines.filter((l) => !l.startsWith('suggest:'))).toHaveLength(1);
			expect(result.stderr).not.toContain(SECRET);
			expect(readFileSync(edits, 'utf8')).toBe(before);
		},
		60_000,
	);

	it('an unreachable endpoint: one line, exit 2, no edits file made', async () => {
		const {file, edits} = copyTalk(OTTER);
		const result = await suggest(file, {TALKREEL_MODEL_URL: 'http://127.0.0.1:9/v1'});
		expect(result.code).toBe(2);
		expect(result.stderr).toMatch(/SUGGEST: .*cannot reach it/);
		expect(existsSync(edits)).toBe(false);
	}, 60_000);

	it.each([
		[{TALKREEL_MODEL_URL: ''}, /needs a model endpoint/],
		[{TALKREEL_MODEL: ''}, /needs a model name/],
		[{TALKREEL_MODEL_URL: 'ftp://example/v1'}, /not http or https/],
	])(
		'without a usable endpoint (%j) it says what to set, exit 2',
		async (env, message) => {
			const {file} = copyTalk(OTTER);
			const result = await suggest(file, env);
			expect(result.code).toBe(2);
			expect(result.stderr).toMatch(message);
		},
		60_000,
	);
});
