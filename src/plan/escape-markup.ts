/** Escapes text for the content of a WebVTT cue or an XML element: `&`, `<` and `>` (quotes need no escape outside attributes). */
export const escapeMarkup = (text: string): string => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
