import cliProgress from 'cli-progress';

export type Progress = {
	/** `done` of `total` units; `label` says what is under way (`rendering`, `clip 2/9`). */
	update: (done: number, label?: string) => void;
	stop: () => void;
};

/** Plain lines (no TTY, e.g. CI logs): one at most every this many ms, and at the end. */
const PLAIN_INTERVAL_MS = 5000;

const formatSeconds = (s: number): string =>
	Number.isFinite(s) ? (s >= 60 ? `${Math.floor(s / 60)}m${String(Math.round(s % 60)).padStart(2, '0')}s` : `${s.toFixed(0)}s`) : '--';

/**
 * A progress bar of frames with speed and ETA on a terminal; plain progress lines
 * when stderr is not a TTY. Writes to stderr so stdout stays for data.
 */
export const createProgress = ({
	total,
	unit = 'frames',
	label: firstLabel = 'rendering',
	stream = process.stderr,
}: {
	total: number;
	unit?: string;
	/** What is under way until an update says otherwise: the bar's first drawing shows it. */
	label?: string;
	stream?: NodeJS.WriteStream;
}): Progress => {
	const started = Date.now();
	// Speed counts from the first update, which may not start at zero (a stage that
	// begins with most of its work done).
	let first: number | undefined;
	const rate = (done: number) => {
		first ??= done;
		return (done - first) / Math.max(0.001, (Date.now() - started) / 1000);
	};
	if (stream.isTTY) {
		const bar = new cliProgress.SingleBar(
			{
				stream,
				format: `{label} {bar} {value}/{total} ${unit} | {speed} ${unit}/s | ETA {etaText}`,
				hideCursor: true,
				barsize: 30,
				etaBuffer: 50,
			},
			cliProgress.Presets.shades_classic,
		);
		bar.start(total, 0, {label: firstLabel, speed: '0.0', etaText: '--'});
		return {
			update: (done, label = firstLabel) => {
				const r = rate(done);
				bar.update(done, {label, speed: r.toFixed(1), etaText: formatSeconds((total - done) / r)});
			},
			stop: () => bar.stop(),
		};
	}
	let lastLine = 0;
	let lastDone = -1;
	const line = (done: number, label: string) => {
		const r = rate(done);
		stream.write(
			`${label}: ${done}/${total} ${unit} (${Math.floor((done / Math.max(1, total)) * 100)}%), ${r.toFixed(1)} ${unit}/s, ETA ${formatSeconds((total - done) / r)}\n`,
		);
		lastLine = Date.now();
		lastDone = done;
	};
	return {
		update: (done, label = firstLabel) => {
			if (done !== lastDone && (Date.now() - lastLine >= PLAIN_INTERVAL_MS || done === total)) line(done, label);
		},
		stop: () => {},
	};
};
