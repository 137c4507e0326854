// Imported before Ink: Yoga, Ink's layout engine, loads its WebAssembly through fetch() whenever
// fetch exists, and the first call of fetch loads Node's HTTP client, ~50 ms of start-up for bytes
// that are already in memory. Without fetch Yoga decodes them directly. The reader puts fetch back
// once Ink has loaded.
const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
delete (globalThis as {fetch?: unknown}).fetch;

export function restoreFetch(): void {
	if (descriptor) Object.defineProperty(globalThis, 'fetch', descriptor);
}
