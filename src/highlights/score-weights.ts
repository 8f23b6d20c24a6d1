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
	intercept: -0.924,
	weights: {
		sectionCentrality: 0.028,
		talkCentrality: 0.082,
		titleRelevance: 0.175,
		role: -0.108,
		asks: -0.443,
		opensTalk: -0.64,
		floor: 0.413,
		exchange: 0.102,
		framing: -0.016,
		answers: 0.216,
		laughter: -0.029,
		short: -0.264,
		long: 0.139,
		sentences: 0.277,
		opensTurn: -0.187,
		partial: 0.02,
		advice: 0.049,
		maxim: 0.248,
		opener: -0.017,
		spokenOpener: 0.001,
		pointer: -0.017,
		stance: 0.149,
		evidence: 0.437,
		contrast: 0.474,
		imagery: 0.141,
		hedge: -0.132,
		ending: 0,
		question: -0.41,
		filler: -0.052,
		direction: -0.063,
		trailing: -0.274,
		disfluency: -0.197,
		address: -0.03,
		reference: 0.058,
		substance: 0.235,
	},
} as const;
