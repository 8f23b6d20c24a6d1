#!/usr/bin/env node
// The `talkreel` command: runs the TypeScript CLI through tsx, so no build step is needed.
import {register} from 'tsx/esm/api';

register();
try {
	await import('../src/cli/main.ts');
} catch (error) {
	// The CLI could not even load: still one line, and the stack only when asked for.
	process.stderr.write(`talkreel: internal error: ${String(error instanceof Error ? error.message : error).split('\n')[0]}\n`);
	if (process.env.TALKREEL_DEBUG === '1' && error instanceof Error) process.stderr.write(`${error.stack}\n`);
	process.exit(1);
}
