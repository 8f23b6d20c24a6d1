import {describe, expect, it} from 'vitest';
import {studioSoundFor} from '../../src/video/studio-sound';
import {makeToneTalk} from '../support/tone-fixture';

describe('studioSoundFor: what Studio plays and shows, from public/', () => {
	const talk = makeToneTalk({media: 'recordings/Tone Bursts.mp3'});
	it.each([
		['the file with the talk’s name, audio before video', ['tone-bursts.mp4', 'tone-bursts.wav', 'other.mp3'], 'tone-bursts.wav'],
		['else the file media: names, by its base name', ['Tone Bursts.mp3', 'other.mp3'], 'Tone Bursts.mp3'],
		['none when public/ has neither', ['other.mp3'], null],
	])('%s', (_name, files, expected) => {
		expect(studioSoundFor({talk, files}).media).toEqual(expected === null ? null : {src: expected, durationMs: null});
	});

	it.each([
		['public/<slug>-cover.*', ['tone-bursts-cover.jpg', 'art.png'], 'tone-bursts-cover.jpg'],
		['else the file cover: names', ['art.png'], 'art.png'],
		['none', [], null],
	])('cover: %s', (_name, files, expected) => {
		expect(studioSoundFor({talk: {...talk, metadata: {...talk.metadata, cover: 'images/art.png'}}, files}).cover).toBe(expected);
	});

	it.each([['../recordings/Tone Bursts.mp3'], ['/home/me/Tone Bursts.mp3'], ['https://example.com/Tone Bursts.mp3']])(
		"a media: name outside the transcript's folder (%s) is not looked for, as on the command line",
		(media) => {
			expect(
				studioSoundFor({
					talk: {...talk, metadata: {...talk.metadata, media, cover: media.replace('.mp3', '.png')}},
					files: ['Tone Bursts.mp3', 'Tone Bursts.png'],
				}),
			).toEqual({
				media: null,
				cover: null,
			});
		},
	);

	it('finds nothing outside a browser', () => {
		expect(studioSoundFor({talk})).toEqual({media: null, cover: null});
	});
});
