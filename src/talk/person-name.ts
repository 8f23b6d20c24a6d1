import {isCommonEnglishWord, sentenceEndKey} from './find-sentence-ends';
import {foldToSimplified} from '../text/fold-to-simplified';

/** A word of a person's name: capitalised, with a lower-case letter in it (`O'Brien`, `Jean-Luc`, `McKenzie`, `LeCun`), or a particle (`Ludwig van Beethoven`, `Maria de la Cruz`). */
const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{M}'’-]*\p{Ll}[\p{L}\p{M}'’-]*|\p{Lu}\.|van|von|der|den|de|da|di|du|del|della|la|le|bin|al)$/u;
/** Titles before a name (`Dr. Jane Smith`). */
export const TITLES = 'Dr|Mr|Mrs|Ms|Mx|Prof|Sir|Dame';
const TITLE = new RegExp(`^(?:${TITLES})\\.?$`);

/** The words of a label but a title before them (`Dr. Jane Smith` → Jane, Smith). */
export const nameWords = (label: string): string[] => label.split(/\s+/).filter((w, i) => i > 0 || !TITLE.test(w));

/** A person's name of two or three capitalised words, particles aside, not ending on a common English word ("Tracy Mitrano", not "Open Source" or "Sponsor Break"). */
export const isPersonName = (label: string): boolean => {
	const words = nameWords(label);
	const titled = words.length < label.split(/\s+/).length;
	if (words.length < (titled ? 1 : 2) || words.filter((w) => /^\p{Lu}/u.test(w)).length > 3 || words.length > 5 || !words.every((w) => NAME_WORD.test(w)))
		return false;
	return /^\p{Lu}\p{Ll}/u.test(words[0] ?? '') && !isCommonEnglishWord(sentenceEndKey(words[words.length - 1] ?? ''));
};

/**
 * The commonest Chinese surnames (in Simplified characters), which open most Chinese names
 * of two to four characters: 唐凤, 黄兆徽, 葛如钧, 欧阳娜娜 — and no segment of a show
 * (问答环节, 产品演示).
 */
const SURNAMES_ZH = new Set(
	[
		...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤葛柯庄赖简游詹施涂翁颜洪骆连温萧辜蓝傅姚欧',
	].concat(['欧阳', '司马', '诸葛', '上官', '东方', '皇甫', '令狐']),
);

/** A Chinese person's name: two to four Han characters opening on a common surname (`SURNAMES_ZH`). */
export const isChineseName = (text: string): boolean => {
	const folded = foldToSimplified(text.trim());
	return /^\p{sc=Han}{2,4}$/u.test(folded) && (SURNAMES_ZH.has(folded.slice(0, 2)) || SURNAMES_ZH.has(folded.slice(0, 1)));
};

/**
 * A role heard once, bare or with what tells one of its kind from another: `Moderator:`,
 * `Audience member:`, `Audience member 2:`, `Caller B:`, 主持人：. "Student loans:", "Host
 * city:" and "Caller ID:" say something; so may "Chair:" (a price list's).
 */
const ROLE_LABEL =
	/^(?:(?:an? |another |the )?(?:moderator|host|co-?host|interviewer|interviewee|audience|narrator|announcer|presenter|panell?ist|reporter|caller|student|participant|attendee|questioner|producer|guest|interpreter|translator)(?: member)?|主持人?|观众|觀眾|听众|聽眾|记者|記者|嘉宾|嘉賓|旁白|提问者|提問者)(?: ?(?:\d{1,2}|[A-Z]|[甲乙丙丁]))?$/iu;

/** Whether a label names a role, not a person (`ROLE_LABEL`). */
export const isRoleLabel = (label: string): boolean => ROLE_LABEL.test(label);
