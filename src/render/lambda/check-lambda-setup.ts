import {InternalError, UserError} from '../../errors';
import {type LambdaErrorContext, describeLambdaError} from './describe-lambda-error';
import type {LambdaClient, LambdaFunction, LambdaSite, LambdaTarget} from './lambda-client';
import {REMOTION_VERSION, SITE_NAME, createSiteCommand, deployFunctionCommand} from './lambda-setup-commands';

export type LambdaSetupQuery = {
	region: string;
	functionName: string;
	/** The site's URL, or null for the site named `talkreel` in the region. */
	serveUrl: string | null;
	maxFunctions: number;
};

type LambdaSetupReport = {
	/** What was found, one line each: the credentials, the function, the site. */
	found: string[];
	/** What is missing or wrong, one line each (a `UserError`, exit 2), in the order to fix them. */
	problems: UserError[];
	/** Where to render, when there is no problem. */
	target: LambdaTarget | null;
};

const versionText = (version: string | null) => (version === null ? 'an unknown Remotion version' : `Remotion ${version}`);

/** A site URL without its `index.html` or trailing slash: what `--serve-url` may be given as. */
const siteRoot = (url: string) => url.replace(/index\.html$/, '').replace(/\/+$/, '');

const checkFunction = ({functions, query}: {functions: LambdaFunction[]; query: LambdaSetupQuery}): {line: string} | {problem: string} => {
	const {functionName, region} = query;
	const deploy = deployFunctionCommand({region});
	const fn = functions.find((f) => f.functionName === functionName);
	if (fn === undefined) {
		const others = functions.map((f) => `${f.functionName} (${versionText(f.version)})`);
		const there = others.length === 0 ? '' : ` (there is ${others.slice(0, 3).join(', ')}${others.length > 3 ? ', …' : ''})`;
		return {problem: `no Lambda function ${functionName} in ${region}${there}: ${deploy}`};
	}
	if (fn.version !== REMOTION_VERSION) {
		return {problem: `the function ${functionName} in ${region} runs ${versionText(fn.version)}, talkreel uses Remotion ${REMOTION_VERSION}: ${deploy}`};
	}
	return {line: `function: ${functionName} in ${region} (Remotion ${fn.version})`};
};

const checkSite = ({sites, query}: {sites: LambdaSite[]; query: LambdaSetupQuery}): {line: string; serveUrl: string} | {problem: string} => {
	const {region, serveUrl} = query;
	const create = createSiteCommand({region});
	const site = serveUrl === null ? sites.find((s) => s.id === SITE_NAME) : sites.find((s) => siteRoot(s.serveUrl) === siteRoot(serveUrl));
	if (site === undefined) {
		return {
			problem:
				serveUrl === null
					? `no site named ${SITE_NAME} in ${region}: ${create}`
					: `no site at ${serveUrl} in ${region}: ${create}, and leave out --serve-url (or pass the URL it prints)`,
		};
	}
	if (site.version !== REMOTION_VERSION) {
		return {problem: `the site ${site.id} in ${region} was bundled with ${versionText(site.version)}, talkreel uses Remotion ${REMOTION_VERSION}: ${create}`};
	}
	return {line: `site: ${site.id} (Remotion ${site.version}) ${site.serveUrl}`, serveUrl: site.serveUrl};
};

/**
 * Whether talkreel can render on Lambda with these settings, asked in as few calls as
 * possible: the credentials (no AWS call; nothing else is asked without them), then the
 * region's functions and sites at once. The function must exist and run talkreel's
 * Remotion version; the site must exist (by URL, or by the name `talkreel`) and have been
 * bundled with it. Every failure is one line saying what to run. An AWS error that is
 * not the user's setup is thrown (`InternalError`).
 */
export const checkLambdaSetup = async ({client, query}: {client: LambdaClient; query: LambdaSetupQuery}): Promise<LambdaSetupReport> => {
	const credentials = client.credentials();
	if (!credentials.found) return {found: [], problems: [new UserError({code: 'LAMBDA', problem: credentials.problem})], target: null};
	const found = [`credentials: ${credentials.source}`];
	const context: LambdaErrorContext = {
		region: query.region,
		functionName: query.functionName,
		serveUrl: query.serveUrl ?? SITE_NAME,
		maxFunctions: query.maxFunctions,
	};
	const asked = async <T>(work: Promise<T>): Promise<T | UserError> => {
		try {
			return await work;
		} catch (error) {
			const described = describeLambdaError({error, context});
			if (described instanceof InternalError) throw described;
			return described;
		}
	};
	const [functions, sites] = await Promise.all([asked(client.listFunctions({region: query.region})), asked(client.listSites({region: query.region}))]);
	// The same refusal (credentials, permissions) from both calls is said once.
	const refusals = [functions, sites].filter((r): r is UserError => r instanceof UserError);
	if (refusals.length > 0) return {found, problems: refusals.filter((r, i) => refusals.findIndex((o) => o.message === r.message) === i), target: null};
	const fn = checkFunction({functions: functions as LambdaFunction[], query});
	const site = checkSite({sites: sites as LambdaSite[], query});
	const problems: UserError[] = [];
	for (const check of [fn, site]) {
		if ('problem' in check) problems.push(new UserError({code: 'LAMBDA', problem: check.problem}));
		else found.push(check.line);
	}
	if (problems.length > 0 || !('serveUrl' in site)) return {found, problems, target: null};
	return {found, problems, target: {region: query.region, functionName: query.functionName, serveUrl: site.serveUrl}};
};
