import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {removeOnExit} from '../render/remove-on-exit';

/**
 * Points the process's temp folder (TMPDIR, which `os.tmpdir()` and the browser and
 * encoder it starts all read) at a fresh `talkreel-*` folder inside it, deleted when the
 * process exits however it exits. Remotion makes several temp folders of its own per
 * render (its asset and render folders, the browser profile, the bundle) and does not
 * always remove them when a render is stopped; inside this one, they all go together.
 */
export const switchToPrivateTempFolder = (): string => {
	const folder = mkdtempSync(path.join(tmpdir(), 'talkreel-'));
	removeOnExit(folder);
	process.env.TMPDIR = folder;
	return folder;
};
