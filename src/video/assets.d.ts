// Webpack asset modules, as Remotion's bundler (and our override) configures them.
declare module '*.woff2' {
	const url: string;
	export default url;
}

// Webpack's `require.context`, used to bundle the talks of data/ for Studio.
interface WebpackRequireContext {
	keys(): string[];
	(id: string): unknown;
	id: string;
}

declare namespace NodeJS {
	interface Require {
		context?: (directory: string, useSubdirectories: boolean, regExp: RegExp) => WebpackRequireContext;
	}
}

// Defined in webpack's bundles only: tells Studio's bundle from vitest and Node.
declare const __webpack_require__: unknown;
