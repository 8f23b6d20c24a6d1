import type {LambdaCredentials} from './lambda-client';

const KEY_PAIRS = [
	['REMOTION_AWS_ACCESS_KEY_ID', 'REMOTION_AWS_SECRET_ACCESS_KEY'],
	['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY'],
] as const;

const PROFILES = ['REMOTION_AWS_PROFILE', 'AWS_PROFILE'] as const;

/** What to set, said once for every "no credentials" line. */
export const CREDENTIALS_HINT =
	'set REMOTION_AWS_ACCESS_KEY_ID and REMOTION_AWS_SECRET_ACCESS_KEY (or REMOTION_AWS_PROFILE) for an AWS user with the policy `npx remotion lambda policies user` prints';

/**
 * The AWS credentials Remotion Lambda would use, by its documented order
 * (remotion.dev/docs/lambda/authentication): a profile (`REMOTION_AWS_PROFILE`,
 * `AWS_PROFILE`), a key pair (`REMOTION_AWS_ACCESS_KEY_ID` + `REMOTION_AWS_SECRET_ACCESS_KEY`,
 * then the `AWS_` pair), or the `[default]` profile of the shared credentials file, which
 * Remotion's own check accepts too. `REMOTION_SKIP_AWS_CREDENTIALS_CHECK` leaves it to the
 * AWS SDK (an instance role), as it does for Remotion. A pair set by half is named, since
 * Remotion would silently skip it.
 */
export const findAwsCredentials = ({env, hasDefaultProfile}: {env: NodeJS.ProcessEnv; hasDefaultProfile: () => boolean}): LambdaCredentials => {
	const set = (name: string) => (env[name] ?? '') !== '';
	if (set('REMOTION_SKIP_AWS_CREDENTIALS_CHECK')) return {found: true, source: 'REMOTION_SKIP_AWS_CREDENTIALS_CHECK (left to the AWS SDK)'};
	for (const profile of PROFILES) if (set(profile)) return {found: true, source: `${profile}=${env[profile]}`};
	for (const [id, secret] of KEY_PAIRS) if (set(id) && set(secret)) return {found: true, source: `${id} and ${secret}`};
	if (hasDefaultProfile()) return {found: true, source: 'the [default] profile of the AWS credentials file'};
	for (const [id, secret] of KEY_PAIRS) {
		if (set(id) !== set(secret)) {
			const [given, missing] = set(id) ? [id, secret] : [secret, id];
			return {found: false, problem: `${given} is set but ${missing} is not: set both`};
		}
	}
	return {found: false, problem: `no AWS credentials: ${CREDENTIALS_HINT}`};
};
