/**
 * ASCII kebab-case from any name: `Sam Altman` → `sam-altman`, `Élodie & Co.` →
 * `elodie-co`. Returns '' when nothing Latin or numeric is left (a Chinese name).
 */
export const slugify = (name: string): string =>
	name
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
