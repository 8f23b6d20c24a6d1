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
	intercept: -1.243,
	weights: {
		sectionCentrality: -0.029,
		talkCentrality: 0.037,
		titleRelevance: 0.183,
		role: -0.513,
		asks: -0.394,
		opensTalk: -0.474,
		floor: 0.294,
		exchange: 0.058,
		framing: 0.021,
		answers: 0.175,
		laughter: -0.036,
		short: -0.204,
		long: 0.093,
		sentences: 0.259,
		opensTurn: -0.096,
		partial: -0.015,
		advice: 0.04,
		maxim: 0.259,
		turnLength: 0.146,
		keywords: 0.231,
		rarity: 0.111,
		opener: -0.018,
		spokenOpener: -0.029,
		pointer: 0.011,
		stance: 0.108,
		evidence: 0.412,
		contrast: 0.472,
		imagery: 0.101,
		hedge: -0.153,
		ending: 0.005,
		question: -0.374,
		filler: -0.065,
		direction: -0.08,
		trailing: -0.26,
		disfluency: -0.223,
		address: -0.047,
		reference: 0.066,
		substance: 0.199,
	},
} as const;
