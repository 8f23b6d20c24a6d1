/**
 * Words that carry no topic, removed before word overlap is measured (centrality,
 * diversity, title relevance). Lower-case; Chinese entries are the units
 * `Intl.Segmenter('zh', {granularity: 'word'})` produces, so pronouns, particles,
 * conjunctions, hedges and the talk-show fillers (你知道, 我是说) are listed as the
 * segmenter splits them.
 */
export const STOP_WORDS_ZH: ReadonlySet<string> = new Set(
	(
		'的 了 是 在 和 与 及 或 也 就 都 而 但 但是 所以 因为 因此 如果 然后 并 并且 而且 还 又 再 很 非常 真的 真正 ' +
		'我 我们 你 你们 他 她 它 他们 她们 它们 自己 咱们 大家 人们 ' +
		'这 那 这个 那个 这些 那些 这样 那样 这种 那种 这里 那里 这是 那是 哪 哪里 什么 怎么 怎样 如何 为什么 ' +
		'一 一个 一些 一种 一点 一样 某 某些 某种 每 每个 各 各种 ' +
		'有 没有 没 不 会 能 能够 可以 可能 要 想 说 认为 觉得 知道 看 看到 做 去 来 让 把 被 给 从 到 对 为 以 于 之 其 等 ' +
		'吗 呢 吧 啊 嗯 哦 呀 嘛 着 过 得 地 上 下 中 里 时 时候 之后 之前 现在 今天 已经 正在 将 将会 ' +
		'比如 例如 就是 只是 只 更 最 多 少 很多 许多 所有 一切 事情 东西 方式 方面 地方 问题 部分 些 样 点 种 个 件'
	).split(' '),
);

export const STOP_WORDS_EN: ReadonlySet<string> = new Set(
	(
		"a an the and or but so if then than that this these those there here it its it's i i'm i've i'd me my we we're we've our us " +
		"you you're your he him his she her they them their what which who whom whose when where why how " +
		'is am are was were be been being do does did doing have has had having will would can could should may might must shall ' +
		'of to in on at by for with about from into over under out up down off as not no yes yeah just also very really ' +
		'all any some many much more most other such only own same too each every both few one ones thing things ' +
		'get got go going gone know think mean like kind sort lot lots well okay ok um uh oh right now today say said says ' +
		"don't doesn't didn't isn't aren't wasn't can't won't there's that's let's"
	).split(' '),
);
