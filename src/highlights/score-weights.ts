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
	intercept: -1.24,
	weights: {
		sectionCentrality: -0.02,
		talkCentrality: 0.047,
		titleRelevance: 0.186,
		role: -0.489,
		asks: -0.397,
		opensTalk: -0.456,
		floor: 0.287,
		exchange: 0.056,
		framing: 0.038,
		answers: 0.168,
		laughter: -0.032,
		short: -0.21,
		long: 0.088,
		sentences: 0.266,
		opensTurn: -0.105,
		partial: -0.008,
		advice: 0.048,
		maxim: 0.269,
		turnLength: 0.145,
		keywords: 0.226,
		rarity: 0.111,
		opener: -0.014,
		spokenOpener: -0.031,
		pointer: 0.007,
		stance: 0.114,
		evidence: 0.433,
		contrast: 0.46,
		imagery: 0.101,
		hedge: -0.164,
		ending: 0.004,
		question: -0.378,
		filler: -0.068,
		direction: -0.075,
		trailing: -0.244,
		disfluency: -0.228,
		address: -0.045,
		reference: 0.071,
		substance: 0.203,
	},
} as const;
