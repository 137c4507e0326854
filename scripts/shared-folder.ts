// ../shared, beside the repository: the gold annotations and the Wikinews corpus that `npm run eval` and
// `npm run bench` read. `npm test` never needs it; a clone without it runs the benchmarks that do not.
import {existsSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

export const sharedFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared');

/** A benchmark that needs what is not there: scripts/bench.ts skips it with this message. */
export class SharedMissing extends Error {}

/** A path inside ../shared, or SharedMissing when it is not there. */
export function inShared(...parts: string[]): string {
	const full = path.join(sharedFolder, ...parts);
	if (!existsSync(full)) throw new SharedMissing(`needs ${full}, which is not there (../shared sits beside the repository, not in it)`);
	return full;
}
