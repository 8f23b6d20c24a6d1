import {describe, expect, it} from 'vitest';
import {podcastChapters, podcastSoundbites} from '../../src/plan/podcast-sidecars';
import type {RecapManifest} from '../../src/plan/recap-manifest';
import type {Talk} from '../../src/talk/talk-schema';

const talk = (sections: {title: string; startMs?: number; endMs?: number}[]): Talk =>
	({
		slug: 'ep',
		metadata: {title: 'Episode 12', language: 'en'},
		speakers: [{id: 'ana', name: 'Ana'}],
		sections: sections.map((s, i) => ({id: `s${i + 1}`, ...s, turns: []})),
	}) as unknown as Talk;

const quote = (text: string, time: {startMs: number; endMs: number} | null) => ({source: {turnId: 't001', line: 1, time}, text});
const manifest = (quotes: ReturnType<typeof quote>[]) => ({quotes}) as unknown as RecapManifest;

describe('Podcasting 2.0 sidecars', () => {
	it('chapters: each section at its time in the episode, in seconds, without the time range talkreel adds to a title it makes', () => {
		const result = podcastChapters({
			talk: talk([
				{title: 'Opening', startMs: 0, endMs: 65_500},
				{title: 'Expedia (1:05–11:06)', startMs: 65_500, endMs: 666_250},
			]),
		});
		expect('json' in result && JSON.parse(result.json)).toEqual({
			version: '1.2.0',
			title: 'Episode 12',
			chapters: [
				{startTime: 0, endTime: 65.5, title: 'Opening'},
				{startTime: 65.5, endTime: 666.25, title: 'Expedia'},
			],
		});
	});

	it('chapters: none for a talk without times, and says why', () => {
		expect(podcastChapters({talk: talk([{title: 'Opening'}])})).toEqual({reason: expect.stringMatching(/no times/)});
	});

	it('soundbites: one tag per timed quote, its start and duration in the recording, its text escaped and cut at a word past 128 characters', () => {
		const long = `${'word '.repeat(40)}end`;
		const result = podcastSoundbites({
			manifest: manifest([
				quote('Cities <need> "shade" & water.', {startMs: 73_250, endMs: 81_000}),
				quote('No time.', null),
				quote(long, {startMs: 1000, endMs: 2000}),
			]),
		});
		expect('xml' in result && result.xml.split('\n')).toEqual([
			'<podcast:soundbite startTime="73.25" duration="7.75">Cities &lt;need&gt; "shade" &amp; water.</podcast:soundbite>',
			`<podcast:soundbite startTime="1" duration="1">${'word '.repeat(25).trim()}…</podcast:soundbite>`,
			'',
		]);
	});

	it('soundbites: none when no quote has a time', () => {
		expect(podcastSoundbites({manifest: manifest([quote('No time.', null)])})).toEqual({reason: expect.stringMatching(/no quote has a time/)});
	});
});
