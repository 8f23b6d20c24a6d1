import type {Speaker} from '../talk/talk-schema';

/**
 * Label colours for speakers without one, in order of appearance. Chosen to be told
 * apart from each other and to keep a contrast ratio above 7:1 against the recap's dark
 * background (#101418), so a name label stays legible at small sizes.
 */
export const SPEAKER_PALETTE = ['#ffb454', '#5ccfe6', '#95e6a5', '#ff8f80', '#c3a6ff', '#f2e26b', '#7fd6c2', '#f5a3d0'] as const;

/** Speaker id → colour: the override, else the speaker's own, else the palette's next. */
export const resolveSpeakerColors = ({speakers, overrides = {}}: {speakers: Speaker[]; overrides?: Record<string, string>}): Record<string, string> => {
	const colors: Record<string, string> = {};
	speakers.forEach((s, i) => {
		colors[s.id] = overrides[s.id] ?? s.color ?? SPEAKER_PALETTE[i % SPEAKER_PALETTE.length] ?? '#ffffff';
	});
	return colors;
};
