import {loadFont} from '@remotion/fonts';
import inter400 from '@fontsource/inter/files/inter-latin-400-normal.woff2';
import inter700 from '@fontsource/inter/files/inter-latin-700-normal.woff2';
import inter800 from '@fontsource/inter/files/inter-latin-800-normal.woff2';
import notoSc400 from '@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-400-normal.woff2';
import notoSc700 from '@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-700-normal.woff2';

/**
 * Latin first, then CJK. Every character of the seed talk, including the full-width
 * punctuation `，。、：；！？（）「」《》【】` and `“”—…`, is in one of these two files
 * (checked with fontkit), so no system font is ever used.
 */
export const FONT_FAMILY = 'Inter, "Noto Sans SC"';

const FONT_FILES: {family: string; url: string; weight: string}[] = [
	{family: 'Inter', url: inter400, weight: '400'},
	{family: 'Inter', url: inter700, weight: '700'},
	{family: 'Inter', url: inter800, weight: '800'},
	{family: 'Noto Sans SC', url: notoSc400, weight: '400'},
	{family: 'Noto Sans SC', url: notoSc700, weight: '700'},
];

let loading: Promise<void> | null = null;

/**
 * Loads the self-hosted fonts once per page. `loadFont` holds a `delayRender` handle
 * until each face is ready, so no frame is captured with a fallback font.
 */
export const loadFonts = (): Promise<void> => {
	if (loading === null) {
		loading = Promise.all(FONT_FILES.map(({family, url, weight}) => loadFont({family, url, weight, style: 'normal', display: 'block', format: 'woff2'}))).then(
			() => undefined,
		);
	}
	return loading;
};
