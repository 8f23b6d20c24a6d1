import {describe, expect, it} from 'vitest';
import {buildPlanSpeakers} from '../../src/plan/plan-speakers';
import type {SpeakerRole} from '../../src/talk/talk-schema';

/** Speakers by name and role; their ids from their names. */
const rolesOf = (speakers: [string, SpeakerRole][]) =>
	[...buildPlanSpeakers({speakers: speakers.map(([name, role]) => ({id: name.toLowerCase().replace(/\W+/g, '-'), name, role}))}).values()].map((s) => [
		s.name,
		s.role,
	]);

describe('buildPlanSpeakers: the roles the cards show', () => {
	it.each([
		[
			'a talk with a host shows its host and its guests',
			[
				['Ana', 'host'],
				['Ben', 'guest'],
			],
			['host', 'guest'],
		],
		[
			'in a talk no one hosts (a Zoom call whose chair is "Unknown Speaker"), no one is a guest',
			[
				['Unknown Speaker', 'guest'],
				['Roberto Majadas', 'guest'],
			],
			[undefined, undefined],
		],
		['a lone speaker stays the speaker', [['John F. Kennedy', 'speaker']], ['speaker']],
		[
			"a meeting's chair is its host; its participants, speakers, show their names alone",
			[
				['Tom Sweeney', 'host'],
				['Paul Holzinger', 'speaker'],
				['Mohan Boddu', 'speaker'],
			],
			['host', undefined, undefined],
		],
	] as [string, [string, SpeakerRole][], (SpeakerRole | undefined)[]][])('%s', (_, speakers, roles) => {
		expect(rolesOf(speakers)).toEqual(speakers.map(([name], i) => [name, roles[i]]));
	});
});
