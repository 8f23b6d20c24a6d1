// Types for the one file of opencc-js talkreel imports: OpenCC's Traditional → Simplified
// character table, a string of `traditional simplified…` pairs separated by `|`.
declare module 'opencc-js/dict/TSCharacters' {
	const table: string;
	export default table;
}
