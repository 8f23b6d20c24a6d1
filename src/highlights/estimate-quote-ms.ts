import {ENTRY_ANIMATION_FRAMES} from '../plan/layout';
import {TRANSITION_MS, cardReadingMs} from '../plan/timing';

/** The planner draws at 30 fps by default; the entry animation is counted at that rate. */
const ASSUMED_FPS = 30;

/**
 * What one quote costs of the recap's time: the planner's card reading time, plus the
 * transition into the card (consecutive scenes overlap by one) and the card's entry
 * animation. The planner re-checks the total with the real cards, so this only has to
 * be close and never optimistic for a one-card quote.
 */
export const estimateQuoteMs = ({text}: {text: string}): number =>
	cardReadingMs({text}) + TRANSITION_MS + Math.round((ENTRY_ANIMATION_FRAMES * 1000) / ASSUMED_FPS);
