import {installLastResort} from './report-error';
import {runCli} from './run-cli';
import {takeOverSignals} from './take-over-signals';
import {usePrivateTempFolder} from './use-private-temp-folder';

installLastResort();
usePrivateTempFolder();
const interruption = takeOverSignals();
const code = await runCli(process.argv, {signal: interruption.signal, interruptedExitCode: interruption.exitCode});
// Exit now: nothing left running (a bundle given up, a timer of a library) keeps the process alive.
process.exit(code);
