import type {Speaker} from '../talk/talk-schema';
import type {PlanSpeaker} from './plan-schema';

/**
 * Label colours for speakers without one, in order of appearance. Chosen to be told
 * apart from each other and to keep a contrast ratio above 7:1 against the recap's dark
 * background (#101418), so a name label stays legible at small sizes.
 */
const SPEAKER_PALETTE = ['#ffb454', '#5ccfe6', '#95e6a5', '#ff8f80', '#c3a6ff', '#f2e26b', '#7fd6c2', '#f5a3d0'] as const;

/**
 * The talk's speakers as plans show them, by id: name, role (no `guest` in a talk without
 * a host, no `speaker` beside another speaker) and colour (the override, else the speaker's own, else the palette's next in
 * order of appearance).
 */
export const buildPlanSpeakers = ({speakers, overrides = {}}: {speakers: readonly Speaker[]; overrides?: Record<string, string>}): Map<string, PlanSpeaker> => {
	const own = new Map(Object.entries(overrides));
	// A guest is someone's guest: in a talk no one hosts (a meeting, a panel with no chair the talk shows), no one is labelled one.
	// Nor is "Speaker" a label beside names when several speak (a meeting's participants): it says nothing a name does not.
	const hosted = speakers.some((s) => s.role === 'host');
	const several = speakers.length > 1;
	return new Map(
		speakers.map((s, i): [string, PlanSpeaker] => {
			const color = own.get(s.id) ?? s.color ?? SPEAKER_PALETTE[i % SPEAKER_PALETTE.length] ?? '#ffffff';
			const role = (s.role === 'guest' && !hosted) || (s.role === 'speaker' && several) ? undefined : s.role;
			return [s.id, role === undefined ? {id: s.id, name: s.name, color} : {id: s.id, name: s.name, role, color}];
		}),
	);
};

/** The plan speaker of `id`; a speaker the talk does not list (a malformed talk) is shown by its id in white. */
export const planSpeakerOf = ({speakers, id}: {speakers: ReadonlyMap<string, PlanSpeaker>; id: string}): PlanSpeaker =>
	speakers.get(id) ?? {id, name: id, color: '#ffffff'};
