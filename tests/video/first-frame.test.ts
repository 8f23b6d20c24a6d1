import {describe, expect, it} from 'vitest';
import {STUDIO_FRAMES_KEY, firstFrameShown, openOnContent, rememberFirstFrame} from '../../src/video/first-frame';

/** A `localStorage` stand-in holding `initial` under Studio's key. */
const storageWith = (initial: string | null) => {
	const items = new Map<string, string>(initial === null ? [] : [[STUDIO_FRAMES_KEY, initial]]);
	return {getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => void items.set(key, value), items};
};

describe('firstFrameShown', () => {
	it.each([
		[
			'the first still range starts where the entries end',
			[
				{from: 8, durationInFrames: 100},
				{from: 130, durationInFrames: 50},
			],
			0,
			8,
		],
		['counted from a scene preview first frame', [{from: 140, durationInFrames: 60}], 120, 20],
		['nothing stands still: frame 0', [], 0, 0],
		['a scene with no still range: its own first frame', [], 120, 0],
	])('%s', (_name, stills, from, want) => {
		expect(firstFrameShown({stills, from})).toBe(want);
	});
});

describe('rememberFirstFrame', () => {
	it.each([
		['no remembered frames', null, '{"Recap":8}'],
		['another composition remembered', '{"Quote-square":40}', '{"Quote-square":40,"Recap":8}'],
		['the frame the user left it on stays', '{"Recap":200}', '{"Recap":200}'],
		['frame 0 the user chose stays', '{"Recap":0}', '{"Recap":0}'],
	])('%s', (_name, initial, want) => {
		const storage = storageWith(initial);
		rememberFirstFrame({compositionId: 'Recap', frame: 8, storage});
		expect(storage.items.get(STUDIO_FRAMES_KEY)).toBe(want);
	});
});

describe('openOnContent', () => {
	const calculate = () => ({durationInFrames: 90, props: {first: 12}});
	const options = (isRendering: boolean) => ({
		compositionId: 'Recap',
		isRendering,
		props: {first: 0},
		defaultProps: {first: 0},
		abortSignal: new AbortController().signal,
	});

	it.each([
		['in Studio it seeds the first frame', false, '{"Recap":12}'],
		['while rendering it remembers nothing', true, undefined],
	])('%s, and returns the metadata unchanged', async (_name, isRendering, want) => {
		const storage = storageWith(null);
		globalThis.localStorage = storage as unknown as Storage;
		try {
			expect(await openOnContent(calculate, (props: {first: number}) => props.first)(options(isRendering))).toEqual(calculate());
			expect(storage.items.get(STUDIO_FRAMES_KEY)).toBe(want);
		} finally {
			Reflect.deleteProperty(globalThis, 'localStorage');
		}
	});
});
