import {InternalError} from '../../errors';
/**
 * 16-bit PCM WAV, written and read in plain Node: the format the audio track is handed to
 * the encoder in, and the one FFmpeg decodes spans into (to a pipe, whose header sizes it
 * cannot fill in: they are ignored, the data runs to the end).
 */

/** Interleaved float samples in [-1, 1] → a WAV file (16-bit, rounded, clamped). */
export const encodeWav = ({samples, sampleRate, channels}: {samples: Float32Array; sampleRate: number; channels: number}): Buffer => {
	const dataBytes = samples.length * 2;
	const b = Buffer.alloc(44 + dataBytes);
	b.write('RIFF', 0, 'ascii');
	b.writeUInt32LE(36 + dataBytes, 4);
	b.write('WAVE', 8, 'ascii');
	b.write('fmt ', 12, 'ascii');
	b.writeUInt32LE(16, 16);
	b.writeUInt16LE(1, 20);
	b.writeUInt16LE(channels, 22);
	b.writeUInt32LE(sampleRate, 24);
	b.writeUInt32LE(sampleRate * channels * 2, 28);
	b.writeUInt16LE(channels * 2, 32);
	b.writeUInt16LE(16, 34);
	b.write('data', 36, 'ascii');
	b.writeUInt32LE(dataBytes, 40);
	for (let i = 0; i < samples.length; i++) {
		b.writeInt16LE(Math.max(-32768, Math.min(32767, Math.round((samples[i] ?? 0) * 32768))), 44 + i * 2);
	}
	return b;
};

/** A 16-bit PCM WAV → its rate, channels and interleaved samples in [-1, 1). */
export const decodeWav = (buffer: Buffer): {sampleRate: number; channels: number; samples: Float32Array} => {
	if (buffer.toString('ascii', 0, 4) !== 'RIFF' || buffer.toString('ascii', 8, 12) !== 'WAVE')
		throw new InternalError({code: 'AUDIO', problem: 'not a RIFF/WAVE stream'});
	let offset = 12;
	let sampleRate = 0;
	let channels = 0;
	let bits = 0;
	let format = 0;
	while (offset + 8 <= buffer.length) {
		const id = buffer.toString('ascii', offset, offset + 4);
		const size = buffer.readUInt32LE(offset + 4);
		const body = offset + 8;
		if (id === 'fmt ') {
			format = buffer.readUInt16LE(body);
			channels = buffer.readUInt16LE(body + 2);
			sampleRate = buffer.readUInt32LE(body + 4);
			bits = buffer.readUInt16LE(body + 14);
			// WAVE_FORMAT_EXTENSIBLE: the sub-format GUID starts with the format tag.
			if (format === 0xfffe) format = buffer.readUInt16LE(body + 24);
		} else if (id === 'data') {
			if (format !== 1 || bits !== 16 || channels < 1)
				throw new InternalError({code: 'AUDIO', problem: `expected 16-bit PCM, got format ${format}, ${bits} bits`});
			const end = size === 0 || size === 0xffffffff || body + size > buffer.length ? buffer.length : body + size;
			const count = Math.floor((end - body) / (2 * channels)) * channels;
			const samples = new Float32Array(count);
			for (let i = 0; i < count; i++) samples[i] = buffer.readInt16LE(body + i * 2) / 32768;
			return {sampleRate, channels, samples};
		}
		offset = body + size + (size % 2);
	}
	throw new InternalError({code: 'AUDIO', problem: 'no data chunk'});
};
