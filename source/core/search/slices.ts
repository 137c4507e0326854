// Long work done in short stretches, handing the event loop back between them, so a reader keeps
// drawing and taking keys while a large corpus is indexed.

export interface SliceOptions {
	/** Longest stretch of work between yields to the event loop (one step may run over). */
	sliceMs?: number;
	/** Called after each slice with the share done, 0 to 1. */
	onProgress?: (done: number) => void;
	/** Awaited before each slice: a reader holds the work back while someone types. */
	whenIdle?: () => Promise<void>;
	/** Stops the work between slices; the promise then rejects with the signal's reason. */
	signal?: AbortSignal;
}

const nextTurn = (): Promise<void> => new Promise(resolve => setImmediate(resolve));

/** Calls `step` until it answers false, in slices of about `sliceMs`; `progress` says how far it is (1 when done). */
export async function runInSlices(step: () => boolean, progress: () => number, {sliceMs = 8, onProgress, whenIdle, signal}: SliceOptions): Promise<void> {
	for (;;) {
		signal?.throwIfAborted();
		await whenIdle?.();
		signal?.throwIfAborted();
		const until = performance.now() + sliceMs;
		let more = step();
		while (more && performance.now() < until) more = step();
		onProgress?.(progress());
		if (!more) return;
		await nextTurn();
	}
}
