import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {coverOnSite} from '../../src/cli/lambda-options';
import {UserError} from '../../src/errors';
import {PROJECT_ROOT} from '../../src/render/project-root';

/** A clip's cover on Lambda: what the deployed site serves (the project's public/), by its name there; nothing else. */
describe('coverOnSite', () => {
	it.each([
		['public/aspen-cover.png', 'aspen-cover.png'],
		['public/covers/aspen.jpg', 'covers/aspen.jpg'],
	])('%s is on the site as %s', (file, src) => {
		const absolute = path.join(PROJECT_ROOT, file);
		expect(coverOnSite({cover: {file: absolute, src: 'talkreel-media/0123abcd.png'}, region: 'us-east-1'})).toEqual({file: absolute, src});
	});

	it.each([['data/aspen-cover.png'], ['public-old/aspen-cover.png'], ['../elsewhere/aspen-cover.png']])(
		'%s is not on the site: one line saying to copy it into public/ and deploy the site again',
		(file) => {
			const absolute = path.join(PROJECT_ROOT, file);
			const refuse = () => coverOnSite({cover: {file: absolute, src: 'talkreel-media/0123abcd.png'}, region: 'eu-west-1'});
			expect(refuse).toThrow(UserError);
			expect(refuse).toThrow(`LAMBDA: the cover art ${absolute} is not on the deployed site`);
			expect(refuse).toThrow('npx remotion lambda sites create src/index.ts --site-name=talkreel --region=eu-west-1');
		},
	);

	it('no cover: nothing to check', () => {
		expect(coverOnSite({cover: null, region: 'us-east-1'})).toBeNull();
	});
});
