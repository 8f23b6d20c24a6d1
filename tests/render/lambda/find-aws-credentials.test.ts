import {describe, expect, it} from 'vitest';
import {findAwsCredentials} from '../../../src/render/lambda/find-aws-credentials';

const NONE =
	'no AWS credentials: set REMOTION_AWS_ACCESS_KEY_ID and REMOTION_AWS_SECRET_ACCESS_KEY (or REMOTION_AWS_PROFILE) for an AWS user with the policy `npx remotion lambda policies user` prints';

describe('AWS credentials, found where Remotion Lambda reads them', () => {
	it.each([
		['nothing set', {}, false, {found: false, problem: NONE}],
		['empty values are not set', {REMOTION_AWS_ACCESS_KEY_ID: '', REMOTION_AWS_SECRET_ACCESS_KEY: ''}, false, {found: false, problem: NONE}],
		[
			'the REMOTION_ pair',
			{REMOTION_AWS_ACCESS_KEY_ID: 'AKIA1', REMOTION_AWS_SECRET_ACCESS_KEY: 's'},
			false,
			{found: true, source: 'REMOTION_AWS_ACCESS_KEY_ID and REMOTION_AWS_SECRET_ACCESS_KEY'},
		],
		['the AWS_ pair', {AWS_ACCESS_KEY_ID: 'AKIA1', AWS_SECRET_ACCESS_KEY: 's'}, false, {found: true, source: 'AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY'}],
		[
			'the REMOTION_ pair before the AWS_ one',
			{AWS_ACCESS_KEY_ID: 'a', AWS_SECRET_ACCESS_KEY: 'b', REMOTION_AWS_ACCESS_KEY_ID: 'c', REMOTION_AWS_SECRET_ACCESS_KEY: 'd'},
			false,
			{found: true, source: 'REMOTION_AWS_ACCESS_KEY_ID and REMOTION_AWS_SECRET_ACCESS_KEY'},
		],
		[
			'a profile first',
			{REMOTION_AWS_PROFILE: 'render', AWS_ACCESS_KEY_ID: 'a', AWS_SECRET_ACCESS_KEY: 'b'},
			false,
			{found: true, source: 'REMOTION_AWS_PROFILE=render'},
		],
		['AWS_PROFILE', {AWS_PROFILE: 'work'}, false, {found: true, source: 'AWS_PROFILE=work'}],
		['the [default] profile of the credentials file', {}, true, {found: true, source: 'the [default] profile of the AWS credentials file'}],
		[
			'half a pair is named',
			{REMOTION_AWS_ACCESS_KEY_ID: 'AKIA1'},
			false,
			{found: false, problem: 'REMOTION_AWS_ACCESS_KEY_ID is set but REMOTION_AWS_SECRET_ACCESS_KEY is not: set both'},
		],
		['the other half', {AWS_SECRET_ACCESS_KEY: 's'}, false, {found: false, problem: 'AWS_SECRET_ACCESS_KEY is set but AWS_ACCESS_KEY_ID is not: set both'}],
		[
			'halves of two pairs do not make one',
			{REMOTION_AWS_ACCESS_KEY_ID: 'a', AWS_SECRET_ACCESS_KEY: 'b'},
			false,
			{found: false, problem: 'REMOTION_AWS_ACCESS_KEY_ID is set but REMOTION_AWS_SECRET_ACCESS_KEY is not: set both'},
		],
		[
			'left to the AWS SDK',
			{REMOTION_SKIP_AWS_CREDENTIALS_CHECK: '1'},
			false,
			{found: true, source: 'REMOTION_SKIP_AWS_CREDENTIALS_CHECK (left to the AWS SDK)'},
		],
	])('%s', (_name, env, defaultProfile, expected) => {
		expect(findAwsCredentials({env, hasDefaultProfile: () => defaultProfile})).toEqual(expected);
	});
});
