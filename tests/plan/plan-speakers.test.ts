import {describe, expect, it} from 'vitest';
import {buildPlanSpeakers} from '../../src/plan/plan-speakers';
import type {Speaker} from '../../src/talk/talk-schema';

const rolesOf = (speakers: Speaker[]) => [...buildPlanSpeakers({speakers}).values()].map((s) => [s.name, s.role]);

describe('buildPlanSpeakers: the roles the cards show', () => {
	it('a talk with a host shows its host and its guests', () => {
		expect(
			rolesOf([
				{id: 'ana', name: 'Ana', role: 'host'},
				{id: 'ben', name: 'Ben', role: 'guest'},
			]),
		).toEqual([
			['Ana', 'host'],
			['Ben', 'guest'],
		]);
	});

	it('in a talk no one hosts (a Zoom call whose chair is "Unknown Speaker"), no one is a guest', () => {
		expect(
			rolesOf([
				{id: 'unknown-speaker', name: 'Unknown Speaker', role: 'guest'},
				{id: 'roberto', name: 'Roberto Majadas', role: 'guest'},
			]),
		).toEqual([
			['Unknown Speaker', undefined],
			['Roberto Majadas', undefined],
		]);
	});

	it('a lone speaker stays the speaker', () => {
		expect(rolesOf([{id: 'jfk', name: 'John F. Kennedy', role: 'speaker'}])).toEqual([['John F. Kennedy', 'speaker']]);
	});
});
