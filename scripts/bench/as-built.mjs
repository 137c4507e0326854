// The benchmarks that draw with Ink run it as the build does (scripts/build.mjs): with string-width
// resolved to our display width, so a figure measures what the reader runs.
const displayWidth = new URL('../../source/core/display-width.ts', import.meta.url).href;

export async function resolve(specifier, context, next) {
	return specifier === 'string-width' ? next(displayWidth, context) : next(specifier, context);
}
