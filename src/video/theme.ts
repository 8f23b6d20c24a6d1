import {zColor} from '@remotion/zod-types';
import {z} from 'zod';

export const ThemeSchema = z.object({
	background: zColor(),
	foreground: zColor(),
	muted: zColor(),
	accent: zColor(),
});

export type Theme = z.infer<typeof ThemeSchema>;

/** Warm white on near-black, one amber accent. */
export const DEFAULT_THEME: Theme = {
	background: '#101418',
	foreground: '#f4f1ea',
	muted: '#8e929c',
	accent: '#ffb020',
};
