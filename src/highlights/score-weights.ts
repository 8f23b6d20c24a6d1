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
	intercept: -1.279,
	weights: {
		sectionCentrality: -0.026,
		talkCentrality: 0.041,
		titleRelevance: 0.184,
		role: -0.495,
		asks: -0.4,
		opensTalk: -0.458,
		floor: 0.284,
		exchange: 0.048,
		framing: 0.03,
		answers: 0.189,
		laughter: -0.031,
		short: -0.195,
		long: 0.093,
		sentences: 0.247,
		opensTurn: -0.089,
		partial: -0.006,
		advice: 0.032,
		maxim: 0.269,
		turnLength: 0.167,
		keywords: 0.229,
		rarity: 0.109,
		opener: -0.009,
		spokenOpener: -0.029,
		pointer: 0.015,
		stance: 0.116,
		evidence: 0.449,
		contrast: 0.451,
		imagery: 0.101,
		hedge: -0.165,
		ending: -0.001,
		question: -0.377,
		filler: -0.06,
		direction: -0.074,
		trailing: -0.236,
		disfluency: -0.219,
		address: -0.044,
		substance: 0.221,
	},
} as const;
