import path from 'node:path';
import {fileURLToPath} from 'node:url';

/** The project root (this file is src/render/project-root.ts): where `src/index.ts` and `public/` are. */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
