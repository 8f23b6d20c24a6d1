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
	intercept: -1.252,
	weights: {
		sectionCentrality: -0.017,
		talkCentrality: 0.047,
		titleRelevance: 0.184,
		role: -0.491,
		asks: -0.396,
		opensTalk: -0.456,
		floor: 0.286,
		exchange: 0.063,
		framing: 0.043,
		answers: 0.169,
		laughter: -0.031,
		short: -0.208,
		long: 0.094,
		sentences: 0.254,
		opensTurn: -0.098,
		partial: -0.009,
		advice: 0.05,
		maxim: 0.275,
		turnLength: 0.149,
		keywords: 0.228,
		rarity: 0.11,
		opener: -0.014,
		spokenOpener: -0.029,
		pointer: 0.004,
		stance: 0.118,
		evidence: 0.435,
		contrast: 0.463,
		imagery: 0.101,
		hedge: -0.165,
		ending: 0.005,
		question: -0.382,
		filler: -0.067,
		direction: -0.074,
		trailing: -0.239,
		disfluency: -0.222,
		address: -0.044,
		reference: 0.064,
		substance: 0.205,
	},
} as const;
