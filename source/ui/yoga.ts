// Yoga, Ink's layout engine, for the reader bundle, which is CommonJS (so V8 can cache its compiled
// code) and so cannot hold the top-level await of yoga-layout's own entry. The build resolves Ink's
// `import Yoga from 'yoga-layout'` here: the binding is filled in when the WebAssembly is ready, and
// the reader awaits `yogaReady` before it draws. Ink reads Yoga only while laying out, never on import.
import {loadYoga} from 'yoga-layout/load';

type YogaApi = Awaited<ReturnType<typeof loadYoga>>;
let Yoga: YogaApi;
export {Yoga as default};

// Yoga's loader fetches its inlined bytes whenever fetch exists, and the first fetch loads Node's
// HTTP client, ~50 ms of start-up. Without fetch it decodes them directly; it looks only once, here.
const fetchDescriptor = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
delete (globalThis as {fetch?: unknown}).fetch;
const loading = loadYoga();
if (fetchDescriptor) Object.defineProperty(globalThis, 'fetch', fetchDescriptor);

/** Started on import, so the WebAssembly compiles on another thread while the rest of the reader loads. */
export const yogaReady: Promise<void> = loading.then(api => {
	Yoga = api;
});
