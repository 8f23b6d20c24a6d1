import {describe, expect, it} from 'vitest';
import {whyNotInFolder} from '../../src/talk/contained-path';

describe('whyNotInFolder: files a transcript names stay in its folder', () => {
	it.each([['episode.mp3'], ['audio/episode.mp3'], ['./audio/../episode.mp3'], ['a/b/../../c.png'], ['my podcast: ep 1.mp3'.replace(':', ' -')], ['封面.png']])(
		'%j is inside',
		(named) => {
			expect(whyNotInFolder(named)).toBeNull();
		},
	);

	it.each([
		['/etc/passwd', 'is an absolute path'],
		['\\\\server\\share\\a.mp3', 'is an absolute path'],
		['C:\\Users\\me\\a.mp3', 'is an absolute path'],
		['c:/a.png', 'is an absolute path'],
		['https://example.com/episode.mp3', 'is a web address'],
		['file:///etc/passwd', 'is a web address'],
		['data:image/png;base64,AAAA', 'is a web address'],
		['../other-folder/secret.png', "climbs out of the transcript's folder (..)"],
		['audio/../../secret.png', "climbs out of the transcript's folder (..)"],
		['..\\secret.png', "climbs out of the transcript's folder (..)"],
		['..', "climbs out of the transcript's folder (..)"],
	])('%j %s', (named, why) => {
		expect(whyNotInFolder(named)).toBe(why);
	});
});
