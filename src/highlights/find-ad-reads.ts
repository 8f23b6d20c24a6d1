import {foldToSimplified} from '../text/fold-to-simplified';
import type {TalkSentence} from './build-candidates';

/**
 * Sponsor reads inside a speaker's turns: hosts read ads in their own voice, so a
 * transcript gives them as ordinary speech ("I want to put in a quick shout out to one of
 * our sponsors. sanity.io is a platform for … go to sanity.io slash Ladybug or use
 * Ladybug as the coupon code. So before we jump in, …"). They are never a quote.
 *
 * A read is found from its two ends:
 * - a cue that announces it (`our sponsor`, `brought to you by`, `本期节目由…赞助`);
 * - a call to action that closes it (`promo code`, `go to x.com slash y`, `visit …`,
 *   `20% off`, `free trial`, `优惠码`).
 * Within one speaker's stretch of turns (turns of one speaker with no one else's between:
 * a transcript that stamps every paragraph gives a read as several turns, the cue in one
 * and `To learn more, visit getdx.com/lenny` in the next), everything from a cue to the
 * last call to action within AD_SPAN_SENTENCES after it is the read; a call to action with
 * no cue before it reaches back to the first sentence of the stretch that names the brand it
 * names (`AWS Amplify is a suite of tools … To learn more, visit AWS dash amplify github.io.`). A cue without a
 * call to action names its brands (`our sponsor CoinKite, the creator of the OpenDime`),
 * and sentences that mention them in the next BRAND_TURNS stretches are the read too (a
 * riff on the sponsor's product is still the ad).
 */
const AD_SPAN_SENTENCES = 16;
const BRAND_TURNS = 6;

const CUE = [
	/\b(?:sponsored by|our (?:\w+ )?sponsors?\b|today's sponsor|brought to you by|(?:episode|show|podcast) is (?:brought to you|sponsored|supported|made possible) by|support for (?:this|the) (?:show|podcast|episode) comes from|thanks to our (?:friends at|partners at)|word from (?:our|this week's) sponsors?|shout ?out to (?:one of )?our sponsors?|(?:time for|now for|here's|here is) (?:some |our |a |this week's )?sponsored (?:news|segment|message|spot|item))/i,
	/本期(?:节目)?由.{0,20}(?:赞助|支持|冠名)|感谢.{0,20}(?:赞助|冠名)|我们的赞助商|广告时间|以下是广告|口播/,
];
const CALL_TO_ACTION = [
	/\b(?:promo code|coupon code|discount code|offer code|use (?:the )?code|with (?:the )?code|\d{1,3} ?% off|percent off|free trial|sign up (?:at|today|for free)|get started for free|(?:go|head) (?:over )?to [\w-]{1,40}(?:\.| dot )(?:com|io|fm|co|org|net|ai|dev|app|tv)|visit [\w-]{1,40}(?:\.| dot )(?:com|io|fm|co|org|net|ai|dev|app|tv)|[\w-]{1,40}(?:\.| dot )(?:com|io|fm|co|org|net|ai|dev|app|tv)(?:\/| slash )\w+|to learn more,? (?:visit|go to|head to|check out)|(?:learn|read|find out) (?:more|all about it|the full (?:\w+ ){0,2}?(?:recap|story|post|report|announcement)) (?:at|on) \[?[\w-]{1,40}(?:\.| dot )(?:com|io|fm|co|org|net|ai|dev|app|tv)\b)/i,
	/优惠码|折扣码|兑换码|输入.{0,8}码|点击.{0,8}链接|扫码|限时优惠|立即下单|免费试用/,
];

const isCue = (text: string): boolean => CUE.some((re) => re.test(foldToSimplified(text)));
const isCallToAction = (text: string): boolean => CALL_TO_ACTION.some((re) => re.test(foldToSimplified(text)));

/** Words that name a product: written with a capital inside the sentence (`CoinKite`, `AWS`), or a web address (`sanity.io`, `amplify dot dev`). */
const brandsOf = ({text, names}: {text: string; names: ReadonlySet<string>}): string[] => {
	const out = new Set<string>();
	const words = text.match(/[A-Za-z][\w.-]{0,60}[A-Za-z0-9]/g) ?? [];
	words.forEach((w, i) => {
		const domain = /\.(?:com|io|fm|co|org|net|ai|dev|app|tv)$/i.test(w);
		const capital = /[A-Z]/.test(w.slice(1)) || (i > 0 && /^[A-Z]/.test(w));
		if ((domain || capital) && w.length >= 3 && !names.has(w.toLowerCase()) && !COMMON_CAPITALS.has(w.toLowerCase()))
			out.add(w.toLowerCase().replace(/\.(?:com|io|fm|co|org|net|ai|dev|app|tv)$/i, ''));
	});
	// A web address, written or spoken: `acme.io`, `amplify dot dev`.
	for (const m of text.matchAll(/([A-Za-z][\w-]{1,40})(?:\.| dot )(?:com|io|fm|co|org|net|ai|dev|app|tv)\b/gi)) {
		const name = (m[1] ?? '').toLowerCase();
		if (!names.has(name) && !COMMON_CAPITALS.has(name)) out.add(name);
	}
	return [...out];
};

/** Capitalised words that name no product. */
const COMMON_CAPITALS: ReadonlySet<string> = new Set([
	'i',
	"i'm",
	"i'd",
	"i've",
	"i'll",
	'ok',
	'okay',
	'yes',
	'no',
	'so',
	'and',
	'the',
	'this',
	'that',
	'first',
	'thanks',
]);

/** A sentence as `mentions` reads it: its text in lower case and its runs of letters and digits. */
type Words = {lower: string; runs: ReadonlySet<string>};

const wordsOf = (text: string): Words => {
	const lower = text.toLowerCase();
	return {lower, runs: new Set(lower.match(/[a-z0-9]+/g) ?? [])};
};

/** Brands by their first run of letters and digits (`acme` for `acme-pay`): a sentence is looked up by its own runs, not tried against every brand. */
type BrandIndex = Map<string, Set<string>>;

const addBrands = (index: BrandIndex, brands: readonly string[]): void => {
	for (const brand of brands) {
		const first = /[a-z0-9]+/.exec(brand)?.[0];
		if (first === undefined) continue;
		const own = index.get(first) ?? new Set<string>();
		own.add(brand);
		index.set(first, own);
	}
};

/**
 * Whether the sentence names one of the brands, standing as a word of its own (`acme` in
 * `acme.io`, not in `acmes`). A brand of one run is one of the sentence's runs; a longer
 * one (`acme-pay`) is checked in full only when its first run is there.
 */
const mentions = ({lower, runs}: Words, index: BrandIndex): boolean => {
	for (const run of runs) {
		for (const brand of index.get(run) ?? []) {
			if (brand === run) return true;
			if (new RegExp(`(?:^|[^a-z0-9])${brand.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:$|[^a-z0-9])`).test(lower)) return true;
		}
	}
	return false;
};

/** Indexes (into `sentences`, talk order) of the sentences that are a sponsor read. */
export const findAdReads = ({sentences, speakerNames}: {sentences: readonly TalkSentence[]; speakerNames: readonly string[]}): Set<number> => {
	const names = new Set(speakerNames.flatMap((n) => n.toLowerCase().split(/\s+/)));
	const ads = new Set<number>();
	// Stretches of turns of one speaker, in talk order, each named by its first turn: a read is looked for within a stretch.
	const stretchOrder: string[] = [];
	const byStretch = new Map<string, TalkSentence[]>();
	let previous: TalkSentence | undefined;
	let stretch = '';
	for (const s of sentences) {
		if (previous === undefined || s.speakerId !== previous.speakerId) {
			stretch = s.turnId;
			stretchOrder.push(stretch);
		}
		previous = s;
		const own = byStretch.get(stretch);
		if (own === undefined) byStretch.set(stretch, [s]);
		else own.push(s);
	}
	// Each sentence is read once for each rule, however many reads look at it.
	const callsToAction = new Map<number, boolean>();
	const callsToActionAt = (s: TalkSentence | undefined): boolean => {
		if (s === undefined) return false;
		let found = callsToAction.get(s.index);
		if (found === undefined) {
			found = isCallToAction(s.text);
			callsToAction.set(s.index, found);
		}
		return found;
	};
	const words = new Map<number, Words>();
	const wordsAt = (s: TalkSentence): Words => {
		let found = words.get(s.index);
		if (found === undefined) {
			found = wordsOf(s.text);
			words.set(s.index, found);
		}
		return found;
	};
	/** The brands named by cues without a call to action, by the stretch they were named in. */
	const riffsByStretch: string[][][] = stretchOrder.map(() => []);
	stretchOrder.forEach((stretchId, stretchIndex) => {
		const own = byStretch.get(stretchId) ?? [];
		own.forEach((s, i) => {
			if (isCue(s.text)) {
				let end = i;
				for (let j = i; j < own.length && j <= i + AD_SPAN_SENTENCES; j++) if (callsToActionAt(own[j])) end = j;
				for (let k = i; k <= end; k++) ads.add(own[k]?.index ?? -1);
				if (end === i) {
					const brands = brandsOf({text: s.text, names});
					if (brands.length > 0) riffsByStretch[stretchIndex]?.push(brands);
				}
			}
			if (callsToActionAt(s)) {
				const named: BrandIndex = new Map();
				addBrands(named, brandsOf({text: s.text, names}));
				let start = i;
				for (let k = Math.max(0, i - AD_SPAN_SENTENCES); k < i; k++) {
					const before = own[k];
					if (named.size > 0 && before !== undefined && mentions(wordsAt(before), named)) {
						start = k;
						break;
					}
				}
				for (let k = start; k <= i; k++) ads.add(own[k]?.index ?? -1);
			}
		});
	});
	// A sentence mentioning a brand named in its stretch or the BRAND_TURNS stretches before it is part of the read.
	stretchOrder.forEach((stretchId, stretchIndex) => {
		const named: BrandIndex = new Map();
		for (let from = Math.max(0, stretchIndex - BRAND_TURNS); from <= stretchIndex; from++)
			for (const brands of riffsByStretch[from] ?? []) addBrands(named, brands);
		if (named.size === 0) return;
		for (const s of byStretch.get(stretchId) ?? []) if (mentions(wordsAt(s), named)) ads.add(s.index);
	});
	ads.delete(-1);
	return ads;
};
