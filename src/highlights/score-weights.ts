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
	intercept: -1.282,
	weights: {
		sectionCentrality: -0.025,
		talkCentrality: 0.043,
		titleRelevance: 0.181,
		role: -0.498,
		asks: -0.401,
		opensTalk: -0.461,
		floor: 0.282,
		exchange: 0.048,
		framing: 0.036,
		answers: 0.185,
		laughter: -0.031,
		short: -0.187,
		long: 0.086,
		sentences: 0.252,
		opensTurn: -0.073,
		partial: 0.001,
		advice: 0.028,
		maxim: 0.273,
		turnLength: 0.166,
		keywords: 0.231,
		rarity: 0.109,
		opener: -0.013,
		spokenOpener: -0.027,
		pointer: 0.021,
		stance: 0.107,
		evidence: 0.463,
		contrast: 0.44,
		imagery: 0.099,
		hedge: -0.169,
		ending: -0.001,
		question: -0.379,
		filler: -0.056,
		direction: -0.074,
		trailing: -0.225,
		disfluency: -0.229,
		address: -0.041,
		substance: 0.225,
	},
} as const;
