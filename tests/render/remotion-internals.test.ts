import {describe, expect, it} from 'vitest';
import {remotionBinary} from '../../src/render/remotion-internals';

describe('finding Remotion’s FFmpeg', () => {
	it('leaves the network out of process reports once rendering is loaded: Remotion reads one before every FFmpeg it runs', () => {
		remotionBinary('ffmpeg');
		expect((process.report as NodeJS.ProcessReport & {excludeNetwork?: boolean}).excludeNetwork).toBe(true);
		// Still a report: Remotion reads the C library from its header.
		expect(process.report.getReport()).toHaveProperty('header');
	});
});
