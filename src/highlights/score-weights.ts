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
	intercept: -0.95,
	weights: {
		sectionCentrality: 0.031,
		talkCentrality: 0.082,
		titleRelevance: 0.18,
		role: -0.105,
		asks: -0.426,
		opensTalk: -0.682,
		floor: 0.391,
		exchange: 0.099,
		framing: -0.002,
		answers: 0.212,
		laughter: -0.029,
		short: -0.26,
		long: 0.143,
		sentences: 0.275,
		opensTurn: -0.178,
		partial: 0.022,
		advice: 0.041,
		maxim: 0.258,
		opener: -0.015,
		spokenOpener: 0.012,
		pointer: -0.007,
		stance: 0.123,
		evidence: 0.431,
		contrast: 0.472,
		imagery: 0.119,
		hedge: -0.124,
		ending: 0.002,
		question: -0.405,
		filler: -0.052,
		direction: -0.061,
		trailing: -0.266,
		disfluency: -0.194,
		address: -0.034,
		reference: 0.057,
		substance: 0.228,
	},
} as const;
