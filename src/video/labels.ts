import type {SpeakerRole} from '../talk/talk-schema';
import {type Writing, writingOf} from '../text/chinese-script';

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
