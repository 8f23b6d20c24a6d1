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
	intercept: -1.291,
	weights: {
		sectionCentrality: -0.019,
		talkCentrality: 0.049,
		titleRelevance: 0.184,
		role: -0.496,
		asks: -0.4,
		opensTalk: -0.458,
		floor: 0.281,
		exchange: 0.048,
		framing: 0.038,
		answers: 0.192,
		laughter: -0.031,
		short: -0.191,
		long: 0.086,
		sentences: 0.247,
		opensTurn: -0.087,
		partial: 0,
		advice: 0.028,
		maxim: 0.279,
		turnLength: 0.165,
		keywords: 0.239,
		rarity: 0.107,
		opener: -0.013,
		spokenOpener: -0.025,
		pointer: 0.023,
		stance: 0.11,
		evidence: 0.457,
		contrast: 0.445,
		imagery: 0.1,
		hedge: -0.168,
		ending: -0.001,
		question: -0.377,
		filler: -0.055,
		direction: -0.074,
		trailing: -0.222,
		disfluency: -0.228,
		address: -0.041,
		substance: 0.216,
	},
} as const;
