import {MONTHS_AND_WEEKDAYS} from '../text/calendar-words';
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

/** The top-level domains of the web addresses ads name. */
const TOP_LEVEL_DOMAIN = '(?:com|io|fm|co|org|net|ai|dev|app|tv)';
/** A web address as an ad reads it out or writes it: `acme.io`, `amplify dot dev`. */
const WEB_ADDRESS = String.raw`[\w-]{1,40}(?:\.| dot )${TOP_LEVEL_DOMAIN}`;
/** The same, its name taken, starting on a letter and ending at a word's end. */
const NAMED_WEB_ADDRESS = new RegExp(String.raw`([A-Za-z][\w-]{1,40})(?:\.| dot )${TOP_LEVEL_DOMAIN}\b`, 'gi');
const ENDS_ON_DOMAIN = new RegExp(String.raw`\.${TOP_LEVEL_DOMAIN}$`, 'i');

const CUE = [
	/\b(?:sponsored by|our (?:\w+ )?sponsors?\b|today's sponsor|brought to you by|(?:episode|show|podcast) is (?:brought to you|sponsored|supported|made possible) by|support for (?:this|the) (?:show|podcast|episode) comes from|thanks to our (?:friends at|partners at)|word from (?:our|this week's) sponsors?|shout ?out to (?:one of )?our sponsors?|(?:time for|now for|here's|here is) (?:some |our |a |this week's )?sponsored (?:news|segment|message|spot|item)|\bfor sponsoring (?:this|the|today's|our)\b)/i,
	/本期(?:节目)?由.{0,20}(?:赞助|支持|冠名)|感谢.{0,20}(?:赞助|冠名)|我们的赞助商|广告时间|以下是广告|口播/,
];
const CALL_TO_ACTION = [
	new RegExp(
		String.raw`\b(?:promo code|coupon code|discount code|offer code|use (?:the )?code|with (?:the )?code|\d{1,3} ?% off|percent off|free trial|sign up (?:at|today|for free)|get started for free|(?:go|head) (?:over )?to ${WEB_ADDRESS}|visit ${WEB_ADDRESS}|${WEB_ADDRESS}(?:\/| slash )\w+|to learn more,? (?:visit|go to|head to|check out)|free (?:\d+|one|two|three|seven|ten|fourteen|thirty)[- ](?:day|week|month) trial)`,
		'i',
	),
	/优惠码|折扣码|兑换码|输入.{0,8}码|点击.{0,8}链接|扫码|限时优惠|立即下单|免费试用/,
];

/**
 * Calls that close a read a cue opened, and only that: a guest says "you can read more at
 * go.dev" too, where it is no ad, and a call to action with no cue before it reaches back
 * through every sentence that names its brand (`go`). A newsletter show's sponsored
 * segment ends on them: "Learn more at CodeRabbit.ai", "Read the full recap at depot.dev",
 * "…by following the link in the newsletter", "Register today", "Join the waitlist".
 */
const CLOSING_CALL = new RegExp(
	String.raw`\b(?:(?:learn|read|find out) (?:more|all about it|the full (?:\w+ ){0,2}?(?:recap|story|post|report|announcement)) (?:at|on) \[?${WEB_ADDRESS}\b|(?:follow(?:ing)?|click(?:ing)?|hit(?:ting)?) the link in (?:the|this week's|today's|our) (?:newsletter|show ?notes|description|episode notes)|register (?:today|now|for free)\b|join the wait ?list\b)`,
	'i',
);

/** A cue that opens a segment of its own: "It's now time for Sponsored News!". */
const SEGMENT_CUE = /\b(?:time for|now for|here's|here is) (?:some |our |a |this week's )?sponsored (?:news|segment|message|spot|item)\b/i;

const isCue = (text: string): boolean => CUE.some((re) => re.test(foldToSimplified(text)));
const isCallToAction = (text: string): boolean => CALL_TO_ACTION.some((re) => re.test(foldToSimplified(text)));

/** Words that name a product: written with a capital inside the sentence (`CoinKite`, `AWS`), or a web address (`sanity.io`, `amplify dot dev`). */
const brandsOf = ({text, names}: {text: string; names: ReadonlySet<string>}): string[] => {
	const out = new Set<string>();
	const words = text.match(/[A-Za-z][\w.-]{0,60}[A-Za-z0-9]/g) ?? [];
	words.forEach((w, i) => {
		const domain = ENDS_ON_DOMAIN.test(w);
		const capital = /[A-Z]/.test(w.slice(1)) || (i > 0 && /^[A-Z]/.test(w));
		if ((domain || capital) && w.length >= 3 && !names.has(w.toLowerCase()) && !COMMON_CAPITALS.has(w.toLowerCase()))
			out.add(w.toLowerCase().replace(ENDS_ON_DOMAIN, ''));
	});
	// A web address, written or spoken: `acme.io`, `amplify dot dev`.
	for (const m of text.matchAll(NAMED_WEB_ADDRESS)) {
		const name = (m[1] ?? '').toLowerCase();
		if (!names.has(name) && !COMMON_CAPITALS.has(name)) out.add(name);
	}
	return [...out];
};

/** How many sentences after a cue that names no brand are read for the sponsor's name. */
const SPONSOR_SENTENCES = 6;

/**
 * The first capitalised word of the first three `sentences` (a sentence's first word too:
 * "Depot has revamped…") that they write with its capital again, lower-cased: the name a
 * sponsor's copy keeps repeating ("Acme Cloud… a full product called Acme Registry"). Not
 * a common word, a date or a speaker's name.
 */
const recurringName = ({sentences, names}: {sentences: readonly TalkSentence[]; names: ReadonlySet<string>}): string | undefined => {
	const capitals = sentences.map((s) => s.text.match(/\b[A-Z][A-Za-z0-9]{2,}\b/g) ?? []);
	const counts = new Map<string, number>();
	for (const own of capitals) for (const word of own) counts.set(word, (counts.get(word) ?? 0) + 1);
	for (const own of capitals.slice(0, 3)) {
		for (const word of own) {
			const lower = word.toLowerCase();
			if (!names.has(lower) && !COMMON_CAPITALS.has(lower) && (counts.get(word) ?? 0) >= 2) return lower;
		}
	}
	return undefined;
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
	// A cue's own words ("It's now time for Sponsored News!") and dates name no product.
	"it's",
	'now',
	'time',
	'sponsored',
	'sponsor',
	'sponsors',
	'sponsoring',
	'news',
	'today',
	...MONTHS_AND_WEEKDAYS,
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
				for (let j = i; j < own.length && j <= i + AD_SPAN_SENTENCES; j++) if (callsToActionAt(own[j]) || CLOSING_CALL.test(own[j]?.text ?? '')) end = j;
				for (let k = i; k <= end; k++) ads.add(own[k]?.index ?? -1);
				if (end === i) {
					// The brands the cue names, else the sponsor the sentences after it keep naming ("It's now time for sponsored news!" / "Depot has revamped…" / "Depot Registry is…").
					const brands = brandsOf({text: s.text, names});
					const sponsor = brands.length > 0 ? undefined : recurringName({sentences: own.slice(i + 1, i + 1 + SPONSOR_SENTENCES), names});
					const named = sponsor === undefined ? brands : [sponsor];
					if (named.length > 0) riffsByStretch[stretchIndex]?.push(named);
					if (named.length > 0 && SEGMENT_CUE.test(s.text)) {
						// A sponsored segment with no call to close it runs to the last sentence naming its sponsor: the copy between is the sponsor's too ("It's the most context-aware Developer AI…" between two lines naming Augment Code). After any other cue, a guest's story goes on naming a product (The Changelog #364: Mongoose).
						const index: BrandIndex = new Map();
						addBrands(index, named);
						let last = i;
						for (let j = i + 1; j < own.length && j <= i + AD_SPAN_SENTENCES; j++) if (mentions(wordsAt(own[j] as TalkSentence), index)) last = j;
						for (let k = i; k <= last; k++) ads.add(own[k]?.index ?? -1);
					}
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
