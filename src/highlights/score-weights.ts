/**
 * The weights of the highlight score's features, fitted to the passages editors marked
 * (`npx tsx scripts/fit-score-weights.ts --write`; do not edit by hand): a logistic
 * regression, L2 penalty 0.3, 30 Newton steps, on the candidates of these talks:
 * - data/eval/aspen-2024-altman-chesky.marks.yaml
 * - data/eval/bitcoin-explained-92.marks.yaml
 * - data/eval/cooler-cities-panel.marks.yaml
 * - data/eval/jsparty-313-apple-pwas.marks.yaml
 * - data/eval/tabconf-2021-covenants.zh.marks.yaml
 * - data/eval/blind/bitcoin-review-cashu-fedimint.marks.yaml
 * - data/eval/blind/boen-tonight-audrey-tang.zh.marks.yaml
 * - data/eval/blind/changelog-496-oxide.marks.yaml
 * - data/eval/blind/good-morning-news-plurality.zh.marks.yaml
 * - data/eval/blind/gotime-253-horror-stories.marks.yaml
 * - data/eval/blind/pod-baobo-agi.zh.marks.yaml
 *
 * A part of a candidate's score is its feature times its weight; `intercept` plus the
 * sum of the parts is the log-odds that an editor marks the span.
 */
export const SCORE_WEIGHTS = {
	intercept: -1.271,
	weights: {
		sectionCentrality: -0.017,
		talkCentrality: 0.045,
		titleRelevance: 0.187,
		role: -0.503,
		asks: -0.407,
		opensTalk: -0.464,
		floor: 0.281,
		exchange: 0.047,
		framing: 0.035,
		answers: 0.2,
		laughter: -0.031,
		short: -0.185,
		long: 0.077,
		sentences: 0.25,
		opensTurn: -0.073,
		partial: 0.001,
		advice: 0.033,
		maxim: 0.28,
		turnLength: 0.164,
		keywords: 0.221,
		rarity: 0.109,
		opener: -0.022,
		spokenOpener: -0.046,
		pointer: 0.034,
		stance: 0.096,
		evidence: 0.455,
		contrast: 0.421,
		imagery: 0.093,
		hedge: -0.164,
		ending: 0,
		question: -0.38,
		filler: -0.053,
		direction: -0.075,
		trailing: -0.228,
		disfluency: -0.229,
		address: -0.042,
		substance: 0.224,
	},
} as const;
