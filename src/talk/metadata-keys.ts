/**
 * `key: value` lines before a transcript's body, as written by Chinese and English
 * publishers, mapped to the Talk fields they fill. Keys compare case-insensitively.
 */
export type MetadataField = 'author' | 'outlet' | 'url' | 'publishedAt' | 'place' | 'event' | 'date' | 'subtitle' | 'language' | 'host';

export const METADATA_KEYS: ReadonlyMap<string, MetadataField> = new Map(
	Object.entries({
		author: 'author',
		by: 'author',
		作者: 'author',
		文章作者: 'author',
		outlet: 'outlet',
		publication: 'outlet',
		publisher: 'outlet',
		来源: 'outlet',
		公众号: 'outlet',
		url: 'url',
		link: 'url',
		source: 'url',
		原文链接: 'url',
		链接: 'url',
		published: 'publishedAt',
		'published at': 'publishedAt',
		发布时间: 'publishedAt',
		发布日期: 'publishedAt',
		place: 'place',
		location: 'place',
		发布地: 'place',
		地点: 'place',
		event: 'event',
		活动: 'event',
		会议: 'event',
		date: 'date',
		日期: 'date',
		subtitle: 'subtitle',
		副标题: 'subtitle',
		language: 'language',
		lang: 'language',
		语言: 'language',
		host: 'host',
		moderator: 'host',
		主持人: 'host',
	} satisfies Record<string, MetadataField>),
);
