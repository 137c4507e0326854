// JSON for scripts, as `JSON.stringify(value, null, 2)` writes it, but safe to print: stringify
// escapes C0 controls, not DEL and C1 ones (U+009B starts a control sequence on many terminals),
// which come out as \u00XX too. Outside strings JSON is ASCII, so only strings change.
const DEL_AND_C1 = /[\u007F-\u009F]/g;

export function toJson(value: unknown): string {
	return JSON.stringify(value, null, 2).replace(DEL_AND_C1, character => `\\u00${character.charCodeAt(0).toString(16)}`);
}
