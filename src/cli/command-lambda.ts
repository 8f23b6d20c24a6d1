import type {Command} from 'commander';
import {type LambdaDeps, type LambdaTargetOptions, addLambdaTargetOptions, lambdaDeps, lambdaSetupQuery} from './lambda-options';
import {checkLambdaSetup} from '../render/lambda/check-lambda-setup';
import {writeLine} from './terminal-text';

/**
 * `talkreel lambda check`: whether `render --lambda` and `clips --lambda` can run — the
 * credentials, the function (present, on this Remotion version), the site (present,
 * bundled with it). What is found goes to stdout; each problem is one line on stderr
 * saying what to run, and the command exits 2.
 */
export const registerLambdaCommand = (program: Command, deps: LambdaDeps = {}): void => {
	const lambda = program.command('lambda').description('render on AWS Lambda: check the setup');
	addLambdaTargetOptions(lambda.command('check').description('check the AWS credentials, the Lambda function and the site')).action(
		async (opts: LambdaTargetOptions) => {
			const {client, env} = lambdaDeps(deps);
			const query = await lambdaSetupQuery({opts, env});
			const report = await checkLambdaSetup({client, query});
			for (const line of report.found) writeLine(line, process.stdout);
			const last = report.problems.at(-1);
			if (last === undefined) {
				writeLine(`ready: render --lambda and clips --lambda use ${query.functionName} in ${query.region}`, process.stdout);
				return;
			}
			// Every problem is its own line; the last one ends the command (exit 2).
			for (const problem of report.problems.slice(0, -1)) writeLine(`talkreel: ${problem.message}`);
			throw last;
		},
	);
};
