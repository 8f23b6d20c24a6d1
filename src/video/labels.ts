import type {SpeakerRole} from '../talk/talk-schema';
import {type Writing, writingOf} from '../text/chinese-script';
import {foldToSimplified} from '../text/fold-to-simplified';

export type Labels = {
	roles: Record<SpeakerRole, string>;
	source: string;
	speakersHeard: string;
	part: string;
};

const ZH_HANS: Labels = {
	roles: {host: '主持人', guest: '嘉宾', speaker: '讲者'},
	source: '来源',
	speakersHeard: '本节发言',
	part: '第',
};

/** The same in Traditional characters, for `zh-Hant`, `zh-TW`, `zh-HK`. */
const ZH_HANT: Labels = {
	roles: {host: '主持人', guest: '嘉賓', speaker: '講者'},
	source: '來源',
	speakersHeard: '本節發言',
	part: '第',
};

const EN: Labels = {
	roles: {host: 'Host', guest: 'Guest', speaker: 'Speaker'},
	source: 'Source',
	speakersHeard: 'In this section',
	part: 'Part',
};

const LABELS: Record<Writing, Labels> = {'zh-Hans': ZH_HANS, 'zh-Hant': ZH_HANT, en: EN};

/** UI words in the talk's language (Chinese for `zh*`, in Traditional characters where the tag says so; English otherwise). */
export const labelsFor = (language: string): Labels => LABELS[writingOf(language)];

/**
 * The word shown beside a speaker's name for their role, or undefined: none for a speaker
 * without a role, nor for one whose name already says it (a transcript that labels its
 * host `主持人：` or `Host:` shows "主持人", not "主持人 主持人").
 */
export const roleLabelOf = ({labels, name, role}: {labels: Labels; name: string; role: SpeakerRole | undefined}): string | undefined => {
	if (role === undefined) return undefined;
	const label = labels.roles[role];
	const same = (a: string) => foldToSimplified(a).trim().toLowerCase();
	return same(name) === same(label) ? undefined : label;
};
