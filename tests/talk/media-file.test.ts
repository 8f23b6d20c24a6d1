import {describe, expect, it} from 'vitest';
import {stemOf} from '../../src/talk/file-names';
import {MEDIA_EXTENSIONS, coverFileCandidates, lastTimeOf, mediaFileCandidates} from '../../src/talk/media-file';
import {makeToneTalk} from '../support/tone-fixture';
import {makeTalk} from '../support/make-talk';

const talk = makeTalk({language: 'en', sections: [{turns: [['host', 'Hello there, everyone.']]}]});
const withMetadata = (metadata: {media?: string; cover?: string}) => ({...talk, metadata: {...talk.metadata, ...metadata}});

describe('mediaFileCandidates', () => {
	it('looks beside the transcript, audio before video, then at the metadata’s media:', () => {
		expect(mediaFileCandidates({file: 'talks/Cool Talk.srt', talk: withMetadata({media: 'audio/ep1.m4a'})})).toEqual([
			...MEDIA_EXTENSIONS.map((ext) => `talks/Cool Talk${ext}`),
			'talks/audio/ep1.m4a',
		]);
		expect(MEDIA_EXTENSIONS.indexOf('.mp3')).toBeLessThan(MEDIA_EXTENSIONS.indexOf('.mp4'));
	});

	it.each([
		['a bare name', 'ep1.vtt', 'ep1.mp3'],
		['a dotted name keeps all but its last extension', 'data/ep.1.final.json', 'data/ep.1.final.mp3'],
		['a Windows path', 'C:\\talks\\ep1.srt', 'C:\\talks\\ep1.mp3'],
	])('%s', (_name, file, first) => {
		expect(mediaFileCandidates({file, talk})[0]).toBe(first);
	});

	it.each([
		['an absolute path stays as it is', '/srv/audio/ep1.mp3', '/srv/audio/ep1.mp3'],
		['a relative path is read from the transcript’s folder', '../public/ep1.wav', 'data/../public/ep1.wav'],
	])('media: %s', (_name, media, expected) => {
		expect(mediaFileCandidates({file: 'data/ep1.json', talk: withMetadata({media})}).at(-1)).toBe(expected);
	});

	it('cover: is read from the transcript’s folder too; none without it', () => {
		expect(coverFileCandidates({file: 'data/ep1.json', talk: withMetadata({cover: 'art.png'})})).toEqual(['data/art.png']);
		expect(coverFileCandidates({file: 'data/ep1.json', talk})).toEqual([]);
	});

	it('stemOf drops the last extension only', () => {
		expect(stemOf('a/b/Cool Talk.edits.yaml')).toBe('Cool Talk.edits');
	});
});

describe('lastTimeOf', () => {
	it('is null for an untimed talk', () => {
		expect(lastTimeOf({talk})).toBeNull();
	});

	it('is the latest end of a turn, a word or a chapter, and where it is', () => {
		expect(lastTimeOf({talk: makeToneTalk()})).toEqual({ms: 9000 + 2200, where: 'turn t003'});
		const tone = makeToneTalk();
		const chaptered = {...tone, sections: [{...tone.sections[0]!, endMs: 20_000}]};
		expect(lastTimeOf({talk: chaptered})).toEqual({ms: 20_000, where: 'section s1'});
	});
});
