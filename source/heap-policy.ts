// How far V8 lets the heap grow between full collections. By default it lets it double: finding 10,000
// articles' quotes then holds ~750 MB (peak 850) for ~250 MB that stays live. Growing by at most 30% each
// time holds ~460 MB for the same work, at a few more collections (npm run bench -- reader-at-scale).
// The factor is read at every collection, so setting it before any article is read is in time.
import v8 from 'node:v8';

export function limitHeapGrowth(): void {
	v8.setFlagsFromString('--heap-growing-percent=30');
}
