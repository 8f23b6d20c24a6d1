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
	intercept: -0.913,
	weights: {
		sectionCentrality: 0.018,
		talkCentrality: 0.085,
		titleRelevance: 0.176,
		role: -0.528,
		asks: -0.389,
		opensTalk: -0.524,
		floor: 0.371,
		exchange: 0.091,
		framing: -0.002,
		answers: 0.19,
		laughter: -0.029,
		short: -0.252,
		long: 0.136,
		sentences: 0.275,
		opensTurn: -0.166,
		partial: 0.019,
		advice: 0.044,
		maxim: 0.257,
		opener: -0.007,
		spokenOpener: 0.003,
		pointer: -0.009,
		stance: 0.12,
		evidence: 0.426,
		contrast: 0.467,
		imagery: 0.115,
		hedge: -0.128,
		ending: 0.001,
		question: -0.374,
		filler: -0.058,
		direction: -0.062,
		trailing: -0.254,
		disfluency: -0.199,
		address: -0.035,
		reference: 0.055,
		substance: 0.228,
	},
} as const;
