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
	intercept: -1.287,
	weights: {
		sectionCentrality: -0.024,
		talkCentrality: 0.043,
		titleRelevance: 0.185,
		role: -0.495,
		asks: -0.4,
		opensTalk: -0.457,
		floor: 0.286,
		exchange: 0.047,
		framing: 0.032,
		answers: 0.191,
		laughter: -0.031,
		short: -0.192,
		long: 0.094,
		sentences: 0.248,
		opensTurn: -0.088,
		partial: 0.002,
		advice: 0.038,
		maxim: 0.268,
		turnLength: 0.164,
		keywords: 0.233,
		rarity: 0.109,
		opener: -0.01,
		spokenOpener: -0.026,
		pointer: 0.015,
		stance: 0.113,
		evidence: 0.448,
		contrast: 0.453,
		imagery: 0.101,
		hedge: -0.164,
		ending: 0,
		question: -0.373,
		filler: -0.06,
		direction: -0.074,
		trailing: -0.235,
		disfluency: -0.225,
		address: -0.044,
		substance: 0.22,
	},
} as const;
