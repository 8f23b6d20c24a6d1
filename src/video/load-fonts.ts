import {loadFont} from '@remotion/fonts';
import inter400 from '@fontsource/inter/files/inter-latin-400-normal.woff2';
import inter700 from '@fontsource/inter/files/inter-latin-700-normal.woff2';
import inter800 from '@fontsource/inter/files/inter-latin-800-normal.woff2';
import notoSc400 from '@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-400-normal.woff2';
import notoSc700 from '@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-700-normal.woff2';
import notoTc400 from '@fontsource/noto-sans-tc/files/noto-sans-tc-chinese-traditional-400-normal.woff2';
import notoTc700 from '@fontsource/noto-sans-tc/files/noto-sans-tc-chinese-traditional-700-normal.woff2';

/**
 * Latin first, then CJK. Every character of the seed talk, including the full-width
 * punctuation `，。、：；！？（）「」《》【】` and `“”—…`, is in Inter or Noto Sans SC's
 * chinese-simplified file (checked with fontkit), so no system font is ever used. That
 * file lacks 1 525 Traditional characters (犧, 闢, 韌…) a Taiwanese transcript uses, which
 * drew as empty boxes; Noto Sans TC's chinese-traditional file draws them.
 */
export const FONT_FAMILY = 'Inter, "Noto Sans SC", "Noto Sans TC"';

const FONT_FILES: {family: string; url: string; weight: string}[] = [
	{family: 'Inter', url: inter400, weight: '400'},
	{family: 'Inter', url: inter700, weight: '700'},
	{family: 'Inter', url: inter800, weight: '800'},
	{family: 'Noto Sans SC', url: notoSc400, weight: '400'},
	{family: 'Noto Sans SC', url: notoSc700, weight: '700'},
	{family: 'Noto Sans TC', url: notoTc400, weight: '400'},
	{family: 'Noto Sans TC', url: notoTc700, weight: '700'},
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
