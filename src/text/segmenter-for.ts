const SEGMENTERS = new Map<string, Intl.Segmenter>();

/**
 * An `Intl.Segmenter` for `locale` and `granularity`, made once and reused: building
 * one loads ICU data, segmenting with it is cheap. The one place text is segmented from.
 */
export const segmenterFor = ({locale, granularity}: {locale: string; granularity: 'grapheme' | 'word' | 'sentence'}): Intl.Segmenter => {
	const key = `${granularity}:${locale}`;
	let segmenter = SEGMENTERS.get(key);
	if (segmenter === undefined) {
		segmenter = new Intl.Segmenter(locale, {granularity});
		SEGMENTERS.set(key, segmenter);
	}
	return segmenter;
};
