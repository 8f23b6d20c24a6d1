// Types for webvtt-parser (the W3C reference parser, which ships none): the parts talkreel
// uses. It is a CommonJS module without named ESM exports: import its default.
declare module 'webvtt-parser' {
	export type WebVttNode =
		| {type: 'text'; value: string}
		| {type: 'timestamp'; value: number}
		| {type: 'object'; name: string; classes: string[]; value?: string; children: WebVttNode[]};
	export type WebVttCue = {id: string; startTime: number; endTime: number; text: string; tree: {children: WebVttNode[]}};
	export type WebVttError = {message: string; line: number; col?: number};
	export type WebVttParser = {parse(input: string, mode?: 'metadata' | 'chapters'): {cues: WebVttCue[]; errors: WebVttError[]; time: number}};
	const webvtt: {WebVTTParser: new (entities?: Record<string, string>) => WebVttParser};
	export default webvtt;
}

declare module 'webvtt-parser/html-entities.json' {
	const entities: Record<string, string>;
	export default entities;
}
