/**
 * A long transcript in the markdown interview dialect, generated deterministically: a
 * three-hour podcast is about 30 000 English words (170 a minute) or 40 000 Chinese
 * characters. Sentences are drawn from a fixed vocabulary with a seeded generator, so
 * words repeat across the talk as they do in real speech (which is what makes sentence
 * similarity dense) and the same arguments give the same text.
 */
const EN_WORDS = (
	'trust people build company product market money risk future work world team value time growth question answer problem idea ' +
	'energy climate city water data model safety policy school health science power cost price design design culture history ' +
	'leader founder investor customer startup platform network system change choice change community family freedom rule law ' +
	'travel home host guest night story moment decade century machine intelligence computer software hardware chip research'
).split(' ');
const EN_GLUE = 'the a of to and in that is it we you they this for on with as be have not but what all'.split(' ');
const ZH_WORDS = (
	'信任 人们 建立 公司 产品 市场 资金 风险 未来 工作 世界 团队 价值 时间 增长 问题 答案 想法 能源 气候 城市 数据 模型 安全 政策 学校 健康 科学 ' +
	'成本 价格 设计 文化 历史 领导 创始人 投资人 客户 平台 网络 系统 变化 选择 社区 家庭 自由 规则 旅行 房东 客人 故事 时刻 十年 机器 智能 电脑 软件 芯片 研究'
).split(' ');
const ZH_GLUE = '我们 你 他们 这个 那个 就是 因为 所以 但是 其实 非常 已经 可能 应该 需要 可以 没有 还是'.split(' ');

const makeRandom = (seed: number) => {
	let state = seed >>> 0;
	return () => {
		// Numerical Recipes' LCG: plenty for test text, and the same on every machine.
		state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
		return state / 2 ** 32;
	};
};

export type LongTranscript = {text: string; words: number; turns: number; sections: number};

/**
 * `words` words (English) or characters (Chinese, `language: 'zh'`) of conversation between a
 * host and two guests, in turns of 3–180 words and sections of about `sectionWords` words.
 */
export const makeLongTranscript = ({
	words,
	language = 'en',
	sectionWords = 2500,
	shortTurnShare = 0.4,
	seed = 12,
}: {
	words: number;
	language?: 'en' | 'zh';
	sectionWords?: number;
	/** Share of turns that are short (3–14 words): 1 makes a rapid back-and-forth of thousands of turns. */
	shortTurnShare?: number;
	seed?: number;
}): LongTranscript => {
	const random = makeRandom(seed);
	const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
	const zh = language === 'zh';
	const speakers = zh ? ['主持人', '嘉宾甲', '嘉宾乙'] : ['Host', 'Guest One', 'Guest Two'];
	const sentence = (): {text: string; size: number} => {
		const n = 6 + Math.floor(random() * 16);
		const parts: string[] = [];
		let size = 0;
		for (let i = 0; i < n; i++) {
			const word = random() < 0.45 ? pick(zh ? ZH_GLUE : EN_GLUE) : pick(zh ? ZH_WORDS : EN_WORDS);
			parts.push(word);
			size += zh ? word.length : 1;
		}
		if (zh) return {text: `${parts.join('')}${pick(['。', '。', '！', '？'])}`, size};
		const text = parts.join(' ');
		return {text: `${text[0]?.toUpperCase()}${text.slice(1)}${pick(['.', '.', '.', '!', '?'])}`, size};
	};
	const lines = [zh ? '# 三小时的对谈' : '# A three-hour conversation', '', zh ? 'Language: zh' : 'Language: en', ''];
	let total = 0;
	let turns = 0;
	let sections = 0;
	let inSection = Infinity;
	let speaker = 0;
	while (total < words) {
		if (inSection >= sectionWords) {
			sections++;
			lines.push(zh ? `## 第${sections}部分` : `## Part ${sections}`, '');
			inSection = 0;
		}
		// Many short turns (interjections, follow-ups) among long answers, as in real talk.
		const turnWords = random() < shortTurnShare ? 3 + Math.floor(random() * 12) : 20 + Math.floor(random() * 160);
		const sentences: string[] = [];
		let size = 0;
		while (size < turnWords) {
			const s = sentence();
			sentences.push(s.text);
			size += s.size;
		}
		lines.push(`**${speakers[speaker]}:** ${sentences.join(zh ? '' : ' ')}`, '');
		speaker = (speaker + 1 + Math.floor(random() * 2)) % speakers.length;
		total += size;
		inSection += size;
		turns++;
	}
	return {text: lines.join('\n'), words: total, turns, sections};
};
