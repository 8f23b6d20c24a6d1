/** Placeholder until the fit is run. */
export const SCORE_WEIGHTS = {
	intercept: -1,
	weights: {
		opener: -0.45, spokenOpener: -0.1, pointer: -0.1, stance: 0.25, evidence: 0.15, contrast: 0.25, imagery: 0.25, hedge: -0.15, ending: -0.3,
		question: -0.7, filler: -0.25, direction: -0.5, trailing: -0.15, disfluency: -0.3, address: -0.3, reference: -0.4, substance: 0.12,
		sectionCentrality: 0.3, talkCentrality: 0.2, titleRelevance: 0.4, role: -0.6, asks: -1, opensTalk: -0.5, floor: 0.3, exchange: 0.2, framing: -0.5,
		answers: 0.2, laughter: -0.3, short: -0.3, long: -0.2, sentences: 0, opensTurn: 0, partial: -0.15,
	},
} as const;
