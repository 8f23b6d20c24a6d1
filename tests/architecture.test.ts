import {createRequire} from 'node:module';
import {cruise} from 'dependency-cruiser';
import {describe, expect, it} from 'vitest';

/**
 * The layers point one way (errors ← text ← talk ← highlights ← plan ← video, render ← cli), with
 * no cycle and no Node built-in in the pure layers: `.dependency-cruiser.cjs` says how,
 * dependency-cruiser checks it. A fixture tree that breaks each rule once proves the
 * rules can fail.
 */
const RULES = createRequire(import.meta.url)('../.dependency-cruiser.cjs') as {forbidden: unknown[]; options: Record<string, unknown>};

const violationsIn = async (root: string): Promise<string[]> => {
	const result = await cruise([root], {validate: true, ruleSet: {forbidden: RULES.forbidden}, ...RULES.options} as Parameters<typeof cruise>[1]);
	if (typeof result.output === 'string') throw new Error('dependency-cruiser returned text, not a result');
	return result.output.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);
};

describe('architecture', () => {
	it('src/ has no upward import, no cycle and no Node built-in in a pure layer', async () => {
		expect(await violationsIn('src')).toEqual([]);
	}, 60_000);

	it('the rules catch each kind of violation (a fixture tree with one of each)', async () => {
		const found = await violationsIn('tests/fixtures/architecture/src');
		const rules = new Set(found.map((v) => v.split(':')[0]));
		expect(rules).toEqual(
			new Set([
				'no-circular',
				'no-upward-import-from-text',
				'no-node-in-pure-layers',
				'no-upward-import-from-video',
				'no-import-from-errors',
				'no-readers-outside-loader',
				'aws-client-only-in-render-and-cli',
			]),
		);
		expect(found).toContain('no-import-from-errors: tests/fixtures/architecture/src/errors.ts → tests/fixtures/architecture/src/plan/plan-thing.ts');
		expect(found).toContain('no-upward-import-from-text: tests/fixtures/architecture/src/text/upward.ts → tests/fixtures/architecture/src/plan/plan-thing.ts');
		expect(found).toContain('no-node-in-pure-layers: tests/fixtures/architecture/src/text/uses-node.ts → fs');
		// The model may not import a reader; the loader may, and a reader may import the model.
		expect(found.filter((v) => v.startsWith('no-readers-outside-loader'))).toEqual([
			'no-readers-outside-loader: tests/fixtures/architecture/src/talk/model-uses-reader.ts → tests/fixtures/architecture/src/talk/readers/read-thing.ts',
		]);
		expect(found.filter((v) => v.startsWith('aws-client-only-in-render-and-cli:')).sort()).toEqual([
			// The package's main entry, which resolves, and a subpath export, which dependency-cruiser cannot resolve: both caught.
			'aws-client-only-in-render-and-cli: tests/fixtures/architecture/src/plan/render-on-aws.ts → @remotion/lambda/client',
			'aws-client-only-in-render-and-cli: tests/fixtures/architecture/src/plan/render-on-aws.ts → node_modules/@remotion/lambda-client/dist/cjs/index.js',
		]);
	}, 60_000);
});
