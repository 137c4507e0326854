// "did you mean --quotes?": the option nearest to a mistyped one, by edit distance with swapped
// neighbours counting once (optimal string alignment), as git and npm suggest commands.

/** Edits (insert, delete, change, swap two neighbours) that turn `a` into `b`. */
export function editDistance(a: string, b: string): number {
	const rows = Array.from({length: a.length + 1}, (_, i) => Array.from({length: b.length + 1}, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
	for (let i = 1; i <= a.length; i++) {
		for (let j = 1; j <= b.length; j++) {
			const change = a[i - 1] === b[j - 1] ? 0 : 1;
			let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + change);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
			rows[i]![j] = best;
		}
	}
	return rows[a.length]![b.length]!;
}

/**
 * The known name a typed one most likely meant: the start of exactly one name (`--sea`), else the
 * nearest within a third of its length (at least one edit), if no other is as near.
 */
export function nearestOption(typed: string, names: Iterable<string>): string | undefined {
	const word = typed.toLowerCase();
	const known = [...names];
	const started = known.filter(name => word.length >= 2 && name.startsWith(word));
	if (started.length === 1) return started[0];
	const scored = known.map(name => ({name, distance: editDistance(word, name)})).sort((a, b) => a.distance - b.distance);
	const [best, next] = scored;
	if (!best || best.distance > Math.max(1, Math.floor(Math.max(word.length, best.name.length) / 3))) return undefined;
	return next && next.distance === best.distance ? undefined : best.name;
}
