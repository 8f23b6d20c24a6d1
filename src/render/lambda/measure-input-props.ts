/**
 * How large input props may be before Remotion Lambda stops sending them in the
 * invocation and writes them to S3 instead (`getNeedsToUpload` in @remotion/lambda-client
 * 4.0.527): 200 000 for a video, 5 000 000 for a still, less 5 000 of headroom and 1 024
 * for a webhook's data — counted in UTF-16 code units of the serialized JSON, as
 * JavaScript's `length` counts. Above it, Remotion uploads the props to
 * `input-props/<hash>.json` in the region's `remotionlambda-…` bucket (one private PUT;
 * the renderer functions read it back) and warns that it "may lead to slowdown".
 */
const MARGIN = 5_000 + 1_024;
export const INLINE_PROPS_LIMIT = {media: 200_000 - MARGIN, still: 5_000_000 - MARGIN} as const;

export type PropsSize = {
	/** UTF-16 code units of the JSON, what Remotion compares with its limit. */
	characters: number;
	/** UTF-8 bytes of the JSON, what AWS counts (Chinese text is 3 bytes a character). */
	bytes: number;
	/** Whether Remotion sends them in the invocation (else it puts them in S3 first). */
	inline: boolean;
};

/** The size of `inputProps` as Remotion Lambda will send them, and whether they stay inline. */
export const measureInputProps = ({inputProps, kind}: {inputProps: Record<string, unknown>; kind: keyof typeof INLINE_PROPS_LIMIT}): PropsSize => {
	const json = JSON.stringify(inputProps);
	return {characters: json.length, bytes: Buffer.byteLength(json, 'utf8'), inline: json.length <= INLINE_PROPS_LIMIT[kind]};
};
