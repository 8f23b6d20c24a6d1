import {InternalError, UserError} from '../errors';
import type {Talk} from '../talk/talk-schema';
import {clipFileNames} from './clip-file-name';
import type {Clip} from './clip-schema';
import type {ClipShape} from './layout';
import {planClip} from './plan-clip';
import type {TalkPlan} from './plan-talk';

/** One clip to render and the files it is written to (bare names in the output folder). */
export type ClipJob = {clip: Clip; files: {video: string; card: string}};

/** Every clip of a `talkreel clips` run, planned, with what its manifest says of the talk. */
export type ClipBatch = {talkSlug: string; title: string; language: string; jobs: ClipJob[]};

/**
 * The clips to make, planned in Node before anything is bundled: every chosen quote of
 * the planned talk (`quoteIds`, or all of the recap's) in every chosen shape, in quote
 * order, each with its file names. Unknown quote ids are the user's mistake. `cover`:
 * the cover art's name under public/ (null: none).
 */
export const planClipJobs = ({
	talk,
	talkPlan,
	shapes,
	quoteIds = [],
	cover = null,
}: {
	talk: Talk;
	talkPlan: TalkPlan;
	shapes: readonly ClipShape[];
	quoteIds?: readonly string[];
	cover?: string | null;
}): {batch: ClipBatch} => {
	const {quotes} = talkPlan;
	const unknown = quoteIds.filter((id) => !quotes.some((q) => q.id === id));
	if (unknown.length > 0) {
		const known = quotes.map((q) => q.id).join(', ') || 'none';
		throw new UserError({
			code: 'ARGS',
			problem: `--quote ${unknown.map((id) => `"${id}"`).join(', ')}: not a quote of this recap (its quotes at --max-seconds ${talkPlan.maxSeconds}: ${known})`,
		});
	}
	const chosen = quoteIds.length === 0 ? quotes : quotes.filter((q) => quoteIds.includes(q.id));
	const jobs = chosen.flatMap((quote) =>
		shapes.map((shape) => {
			const {clip} = planClip({talk, talkPlan, quoteId: quote.id, shape, cover});
			return {clip, files: clipFileNames({quoteId: clip.quoteId, speakerName: clip.speaker.name, speakerId: clip.speaker.id, shape})};
		}),
	);
	const names = new Set<string>();
	for (const job of jobs) {
		if (names.has(job.files.video)) throw new InternalError({code: 'CLIPS', problem: `two clips would both be written to ${job.files.video}`});
		names.add(job.files.video);
	}
	return {batch: {talkSlug: talk.slug, title: talk.metadata.title, language: talk.metadata.language, jobs}};
};
