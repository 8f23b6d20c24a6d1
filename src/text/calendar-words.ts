/** The English months and weekdays, in lower case: capitalised in any sentence, yet no one's name and no product's. */
export const MONTHS_AND_WEEKDAYS: readonly string[] = [
	...['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
	...['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
];
