import {ENTRY_ANIMATION_FRAMES} from '../plan/layout';
import {DEFAULT_FPS, TRANSITION_MS, cardReadingMs} from '../plan/timing';

/**
 * What one quote costs of the recap's time: the planner's card reading time, plus the
 * transition into the card (consecutive scenes overlap by one) and the card's entry
 * animation (counted at the default frame rate). The planner re-checks the total with the real cards, so this only has to
 * be close and never optimistic for a one-card quote.
 */
export const estimateQuoteMs = ({text}: {text: string}): number =>
	cardReadingMs({text}) + TRANSITION_MS + Math.round((ENTRY_ANIMATION_FRAMES * 1000) / DEFAULT_FPS);
