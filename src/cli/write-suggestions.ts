import {Document, isMap, isSeq, parseDocument, type YAMLMap, YAMLSeq} from 'yaml';
import {UserError} from '../errors';

/** A pin the model suggested: the quote's exact text in its turn, why, and a title for its clip. */
export type SuggestedPin = {turnId: string; text: string; reason: string; title: string};

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The edits file with the model's suggestions merged in, as text: each suggested quote a
 * pin (`turn`, `text`) with its reason and clip title as a comment above it, each section
 * title a `sections` entry with the same comment. Built with the `yaml` package's
 * Document API, so everything already in the file stays as it was: its entries, its
 * comments, its order. A pin already there (same turn and text) is not added again, and
 * a section the editor has titled keeps the editor's title. `existing` null: a new file.
 */
export const mergeSuggestionsIntoEdits = ({
	existing,
	file,
	pins,
	sectionTitles,
	source,
}: {
	existing: string | null;
	file: string;
	pins: SuggestedPin[];
	sectionTitles: {sectionId: string; title: string}[];
	/** Who suggested them, for the comments: the model's name. */
	source: string;
}): string => {
	const doc = existing === null || existing.trim() === '' ? new Document({}) : parseDocument(existing);
	if (doc.errors.length > 0) throw new UserError({code: 'EDITS_PARSE', file, problem: oneLine(doc.errors[0]?.message ?? 'not YAML').slice(0, 200)});
	if (!isMap(doc.contents)) throw new UserError({code: 'EDITS_PARSE', file, problem: 'is not a YAML mapping of edits'});
	if (existing === null || existing.trim() === '')
		doc.commentBefore = ` Edits of the talk. Pins and section titles suggested by ${oneLine(source)}: review them like any edit.`;
	const root = doc.contents as YAMLMap;
	const listOf = (key: string): YAMLSeq => {
		const found = root.get(key, true);
		if (found === undefined || found === null) {
			const seq = new YAMLSeq();
			root.set(key, seq);
			return seq;
		}
		if (!isSeq(found)) throw new UserError({code: 'EDITS_PARSE', file, problem: `"${key}" is not a list`});
		return found;
	};
	const field = (item: unknown, key: string): unknown => (isMap(item) ? item.get(key) : undefined);

	const pinList = listOf('pins');
	for (const pin of pins) {
		if (pinList.items.some((item) => field(item, 'turn') === pin.turnId && field(item, 'text') === pin.text)) continue;
		const node = doc.createNode({turn: pin.turnId, text: pin.text}) as YAMLMap;
		node.commentBefore = ` ${oneLine(source)}: ${oneLine(pin.reason)} — clip title: ${oneLine(pin.title)}`;
		pinList.items.push(node);
	}
	if (sectionTitles.length > 0) {
		const sectionList = listOf('sections');
		for (const {sectionId, title} of sectionTitles) {
			const mine = sectionList.items.find((item) => field(item, 'section') === sectionId);
			if (mine !== undefined) {
				// An entry of the editor's (a note, an exclusion) gets the title only when it has none.
				if (isMap(mine) && field(mine, 'title') === undefined) mine.set('title', title);
				continue;
			}
			const node = doc.createNode({section: sectionId, title}) as YAMLMap;
			node.commentBefore = ` ${oneLine(source)}`;
			sectionList.items.push(node);
		}
	}
	return doc.toString({lineWidth: 0});
};
