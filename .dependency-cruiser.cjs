/**
 * The layers of talkreel and which way they may point (see the README's source map):
 *
 *   errors ← text ← talk ← highlights ← plan ← video, render ← cli
 *
 * `src/errors.ts` is the bottom layer: the error types every layer throws; it imports
 * nothing of talkreel's.
 * A layer imports only from layers to its left (render may also use video's
 * composition props); nothing imports in a circle; the pure layers (everything but
 * render and cli) use no Node built-in, so they run in the CLI, in vitest and inside
 * the Studio bundle alike; only render and cli use the AWS client (Remotion Lambda).
 * `npm test` runs these rules (tests/architecture.test.ts).
 *
 * Inside talk, readers point at the model: src/talk/readers/ (one reader per format) may
 * import the model (src/talk/: the Talk, the raw transcript, the assembler), and nothing
 * imports a reader but another reader and src/talk/load-talk.ts, the one place that
 * joins the two.
 */
const LAYERS = ['text', 'talk', 'highlights', 'plan', 'video', 'render', 'cli'];
/** Layers a layer must not import: every layer to its right (so video must not use render; render may use video). */
const above = (layer) => LAYERS.slice(LAYERS.indexOf(layer) + 1);
const dir = (layer) => `(^|/)src/${layer}/`;
const PURE = ['text', 'talk', 'highlights', 'plan', 'video'];

module.exports = {
	forbidden: [
		{
			name: 'no-circular',
			severity: 'error',
			comment: 'Import cycles make load order matter and hide a layer that should be split.',
			from: {},
			to: {circular: true},
		},
		...LAYERS.slice(0, -1).map((layer) => ({
			name: `no-upward-import-from-${layer}`,
			severity: 'error',
			comment: `src/${layer}/ must not import from a layer above it (${above(layer).join(', ')}).`,
			from: {path: dir(layer)},
			to: {path: `(^|/)src/(${above(layer).join('|')})/`},
		})),
		{
			name: 'no-readers-outside-loader',
			severity: 'error',
			comment: 'Readers import the model, never the other way: only src/talk/readers/ and src/talk/load-talk.ts import a reader.',
			from: {path: '(^|/)src/', pathNot: '(^|/)src/talk/(readers/|load-talk\\.ts$)'},
			to: {path: '(^|/)src/talk/readers/'},
		},
		{
			name: 'no-import-from-errors',
			severity: 'error',
			comment: 'src/errors.ts is the bottom layer: every layer throws its errors, so it imports no other part of talkreel.',
			from: {path: '(^|/)src/errors\\.ts$'},
			to: {path: '(^|/)src/'},
		},
		{
			name: 'no-root-from-layers',
			severity: 'error',
			comment: 'src/index.ts and src/Root.tsx register the compositions; no layer imports them.',
			from: {path: '(^|/)src/[^/]+/'},
			to: {path: '(^|/)src/(index\\.ts|Root\\.tsx)$'},
		},
		{
			name: 'no-node-in-pure-layers',
			severity: 'error',
			comment: 'The pure layers run in the browser (Studio) too: no Node built-ins.',
			from: {path: `(^|/)src/((${PURE.join('|')})/|errors\\.ts$)`},
			to: {dependencyTypes: ['core']},
		},
		{
			name: 'aws-client-only-in-render-and-cli',
			severity: 'error',
			comment:
				"Remotion Lambda's client (@remotion/lambda, @remotion/lambda-client: the AWS SDK) belongs to src/render/ (and src/cli/, for its options): nothing that reads, plans or draws reaches AWS.",
			from: {path: '(^|/)src/', pathNot: '(^|/)src/(render|cli)/'},
			to: {path: '(^|/)node_modules/@remotion/lambda(-client)?/|^@remotion/lambda(-client)?(/|$)'},
		},
		{
			name: 'no-tests-or-scripts-from-src',
			severity: 'error',
			from: {path: '^src/'},
			to: {path: '^(tests|scripts)/'},
		},
	],
	options: {
		doNotFollow: {path: 'node_modules'},
		tsPreCompilationDeps: true,
		tsConfig: {fileName: 'tsconfig.json'},
		// npm packages are left out of the graph, but for the AWS client, which a rule above watches.
		exclude: {path: '(^|/)node_modules/(?!@remotion/lambda(-client)?/)'},
	},
};
