import {InternalError} from '../errors';
/**
 * A minimal Matroska stream of JPEG frames (`V_MJPEG`), each with its own timestamp, for
 * the encoder to read from a pipe. The fast renderer draws each distinct frame once;
 * with an image pipe the encoder had to be handed (and to decode) every repeat of a
 * still frame, about 5 ms of CPU per 1080p frame. In this stream a still frame is
 * written and decoded once, stamped with the time it starts, and the encoder's
 * constant-frame-rate output (`-fps_mode cfr -r FPS`) repeats the decoded picture until
 * the next one — the same frames, without thousands of JPEG decodes.
 *
 * Layout (Matroska / EBML, RFC 9559): the EBML header, a Segment of unknown size (a live
 * stream, which FFmpeg's demuxer reads as it comes), Info with a 1 µs timestamp scale,
 * one video track, then one Cluster per frame holding the frame and its duration.
 */

/** Timestamps count microseconds: at any frame rate a frame's time rounds to within 0.5 µs. */
const TIMESTAMP_SCALE_NS = 1000;

/** An EBML variable-length size: the shortest encoding (a 1 marks the length). */
const sizeBytes = (size: number): Buffer => {
	for (let length = 1; length <= 8; length++) {
		// All ones is reserved for "unknown size".
		if (size < 2 ** (7 * length) - 1) {
			const out = Buffer.alloc(length);
			let rest = size;
			for (let i = length - 1; i >= 0; i--) {
				out[i] = rest % 256;
				rest = Math.floor(rest / 256);
			}
			out[0]! |= 1 << (8 - length);
			return out;
		}
	}
	throw new InternalError({code: 'RENDER', problem: `an EBML element of ${size} bytes is too large`});
};

const element = (id: string, data: Buffer): Buffer => Buffer.concat([Buffer.from(id, 'hex'), sizeBytes(data.length), data]);

const unsigned = (value: number): Buffer => {
	const bytes: number[] = [];
	let rest = value;
	do {
		bytes.unshift(rest % 256);
		rest = Math.floor(rest / 256);
	} while (rest > 0);
	return Buffer.from(bytes);
};

const text = (value: string): Buffer => Buffer.from(value, 'utf8');

/** Everything before the first frame: EBML header, the open Segment, Info and the one track. */
export const matroskaHeader = ({width, height}: {width: number; height: number}): Buffer =>
	Buffer.concat([
		element(
			'1A45DFA3',
			Buffer.concat([
				element('4286', unsigned(1)), // EBMLVersion
				element('42F7', unsigned(1)), // EBMLReadVersion
				element('42F2', unsigned(4)), // EBMLMaxIDLength
				element('42F3', unsigned(8)), // EBMLMaxSizeLength
				element('4282', text('matroska')), // DocType
				element('4287', unsigned(4)), // DocTypeVersion
				element('4285', unsigned(2)), // DocTypeReadVersion
			]),
		),
		// Segment, size unknown: it runs to the end of the stream.
		Buffer.from('1853806701FFFFFFFFFFFFFF', 'hex'),
		element(
			'1549A966', // Info
			Buffer.concat([element('2AD7B1', unsigned(TIMESTAMP_SCALE_NS)), element('4D80', text('talkreel')), element('5741', text('talkreel'))]),
		),
		element(
			'1654AE6B', // Tracks
			element(
				'AE', // TrackEntry
				Buffer.concat([
					element('D7', unsigned(1)), // TrackNumber
					element('73C5', unsigned(1)), // TrackUID
					element('83', unsigned(1)), // TrackType: video
					element('86', text('V_MJPEG')), // CodecID
					element('E0', Buffer.concat([element('B0', unsigned(width)), element('BA', unsigned(height))])), // Video: PixelWidth, PixelHeight
				]),
			),
		),
	]);

/** When video frame `frame` starts, in the stream's timestamp units (µs), rounded. */
export const frameTimestamp = ({frame, fps}: {frame: number; fps: number}): number => Math.round((frame * 1e9) / fps / TIMESTAMP_SCALE_NS);

/**
 * One frame shown for `count` video frames: a Cluster starting at its time, holding a
 * BlockGroup with the JPEG whole (track 1, relative time 0, a key frame, as every JPEG
 * is) and its BlockDuration. The encoder repeats it for exactly that long: without a
 * duration FFmpeg's frame-rate conversion guesses one and moves the next picture a
 * frame early.
 */
export const matroskaFrame = ({jpeg, frame, count, fps}: {jpeg: Uint8Array; frame: number; count: number; fps: number}): Buffer[] => {
	const start = frameTimestamp({frame, fps});
	const blockHead = Buffer.from([0x81, 0x00, 0x00, 0x00]);
	const block = Buffer.concat([Buffer.from('A1', 'hex'), sizeBytes(blockHead.length + jpeg.length), blockHead]);
	const duration = element('9B', unsigned(frameTimestamp({frame: frame + count, fps}) - start));
	const groupSize = block.length + jpeg.length + duration.length;
	const group = Buffer.concat([Buffer.from('A0', 'hex'), sizeBytes(groupSize)]);
	const time = element('E7', unsigned(start));
	const clusterSize = time.length + group.length + groupSize;
	return [
		Buffer.concat([Buffer.from('1F43B675', 'hex'), sizeBytes(clusterSize), time, group, block]),
		Buffer.from(jpeg.buffer, jpeg.byteOffset, jpeg.byteLength),
		duration,
	];
};

/**
 * Rewrites the stitcher's FFmpeg arguments (`-r FPS -f image2 -s WxH -start_number N
 * -i PATTERN …`) to read this stream from `input` and repeat each frame until the
 * next one's time: the input's frame rate goes (each frame has its time), the output
 * gets `-fps_mode cfr -r FPS` and stops after `frames` frames. Every encoder argument
 * (codec, CRF, pixel format, colour) stays Remotion's; `encoder` adds to them.
 */
export const readMatroskaFrames = ({
	args,
	input,
	frames,
	encoder = [],
}: {
	args: string[];
	input: string;
	frames: number;
	encoder?: readonly string[];
}): string[] => {
	const rate = args.indexOf('-r');
	const format = args.indexOf('image2');
	const source = args.indexOf('-i');
	if (rate !== 0 || format !== 3 || args[format - 1] !== '-f' || source === -1 || args.indexOf('-start_number') > source) {
		throw new InternalError({code: 'RENDER', problem: `unexpected stitcher arguments: ${args.slice(0, 12).join(' ')}`});
	}
	const fps = args[rate + 1]!;
	const outputAt = args.indexOf('-y');
	if (outputAt === -1) throw new InternalError({code: 'RENDER', problem: `expected -y in the stitcher arguments: ${args.join(' ')}`});
	const options = args.slice(source + 2, outputAt);
	return ['-f', 'matroska', '-i', input, ...options, ...encoder, '-fps_mode', 'cfr', '-r', fps, '-frames:v', String(frames), ...args.slice(outputAt)];
};
