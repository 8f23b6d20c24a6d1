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
	intercept: -1.276,
	weights: {
		sectionCentrality: -0.015,
		talkCentrality: 0.039,
		titleRelevance: 0.184,
		role: -0.507,
		asks: -0.397,
		opensTalk: -0.506,
		floor: 0.306,
		exchange: 0.064,
		framing: 0.002,
		answers: 0.192,
		laughter: -0.026,
		short: -0.193,
		long: 0.093,
		sentences: 0.246,
		opensTurn: -0.084,
		partial: -0.003,
		advice: 0.033,
		maxim: 0.254,
		turnLength: 0.156,
		keywords: 0.224,
		rarity: 0.112,
		opener: -0.019,
		spokenOpener: -0.021,
		pointer: -0.015,
		stance: 0.112,
		evidence: 0.418,
		contrast: 0.461,
		imagery: 0.094,
		hedge: -0.141,
		ending: 0.004,
		question: -0.358,
		filler: -0.066,
		direction: -0.057,
		trailing: -0.253,
		disfluency: -0.206,
		address: -0.034,
		reference: 0.061,
		substance: 0.212,
	},
} as const;
