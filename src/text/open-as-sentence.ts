/**
 * A first word in small letters only (`we`, `the`, `it's`), not a word written with a
 * capital inside or a digit (`iPhone`, `eBay`, `x86`), nor a name's particle (`van Gogh`,
 * `de Gaulle`): a quote that opens on it reads as a sentence with its first letter a
 * capital.
 */
const SMALL_FIRST_WORD = /^(?!(?:van|von|de|da|di|du|la|le|del|della|der|den|ten|ter|al|el|bin|ibn) [A-Z])[a-z]+(?:['’][a-z]+)?(?![A-Za-z0-9])/;

/** Whether `text` opens on a word in small letters only that `openAsSentence` would give a capital. */
export const opensOnSmallWord = (text: string): boolean => SMALL_FIRST_WORD.test(text);

/**
 * A quote as a card shows it: when it opens on a word in small letters only (a discourse
 * marker was taken off its front: "So we built…" → "we built…"), that word's first letter
 * is a capital ("We built…"). The same length as `text`: every offset into it holds. Any
 * other text is returned as it is.
 */
export const openAsSentence = (text: string): string => (opensOnSmallWord(text) ? `${text.charAt(0).toUpperCase()}${text.slice(1)}` : text);
