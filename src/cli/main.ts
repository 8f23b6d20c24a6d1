import {installLastResort} from './report-error';
import {runCli} from './run-cli';
import {takeOverSignals} from './take-over-signals';
import {switchToPrivateTempFolder} from './switch-to-private-temp-folder';

// Both once there is work to clean up (a render, a bundle, Studio): until then a signal ends the process at once, planning included.
const interruption = takeOverSignals({onArm: switchToPrivateTempFolder});
installLastResort({interruptedExitCode: interruption.exitCode});
const code = await runCli(process.argv, {signal: interruption.signal, interruptedExitCode: interruption.exitCode});

/** Resolves once everything written to `stream` so far is out (a pipe takes it as fast as its reader reads). */
const flushed = (stream: NodeJS.WriteStream) => new Promise<void>((resolve) => stream.write('', () => resolve()));
await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
// Exit now: nothing left running (a bundle given up, a timer of a library) keeps the process alive.
process.exit(code);
