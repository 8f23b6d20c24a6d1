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
	intercept: -1.272,
	weights: {
		sectionCentrality: -0.022,
		talkCentrality: 0.046,
		titleRelevance: 0.187,
		role: -0.502,
		asks: -0.406,
		opensTalk: -0.463,
		floor: 0.285,
		exchange: 0.048,
		framing: 0.036,
		answers: 0.199,
		laughter: -0.031,
		short: -0.188,
		long: 0.082,
		sentences: 0.249,
		opensTurn: -0.073,
		partial: 0,
		advice: 0.029,
		maxim: 0.281,
		turnLength: 0.161,
		keywords: 0.227,
		rarity: 0.109,
		opener: -0.014,
		spokenOpener: -0.046,
		pointer: 0.032,
		stance: 0.093,
		evidence: 0.459,
		contrast: 0.427,
		imagery: 0.102,
		hedge: -0.166,
		ending: -0.001,
		question: -0.379,
		filler: -0.053,
		direction: -0.075,
		trailing: -0.228,
		disfluency: -0.225,
		address: -0.042,
		substance: 0.225,
	},
} as const;
