import HTML_ENTITIES from 'webvtt-parser/html-entities.json';

const ENTITIES = HTML_ENTITIES as Record<string, string>;
const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));?/g;

/**
 * HTML character references → characters: `&amp;` → `&`, `&#39;` → `'`, `&nbsp;` → a
 * no-break space, by the HTML list (the one webvtt-parser ships). Unknown names and code
 * points that are not characters stay as written.
 */
export const decodeEntities = (text: string): string =>
	text.includes('&')
		? text.replace(ENTITY, (whole: string, decimal?: string, hex?: string, name?: string) => {
				if (name !== undefined) return ENTITIES[`&${name};`] ?? (whole.endsWith(';') ? whole : (ENTITIES[`&${name}`] ?? whole));
				const code = decimal !== undefined ? Number(decimal) : Number.parseInt(hex ?? '', 16);
				return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
			})
		: text;
