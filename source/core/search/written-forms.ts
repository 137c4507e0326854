// Numbering the distinct written forms of words straight from the text they sit in: hashing the
// characters in place saves making a string for each of the millions of words in a large corpus.

// FNV-1a over UTF-16 code units; exported in pieces so a scan can hash a word as it reads it.
export const HASH_START = 0x811c9dc5;
export const hashStep = (hash: number, code: number): number => Math.imul(hash ^ code, 0x01000193);

function hashOf(text: string, start: number, end: number): number {
	let hash = HASH_START;
	for (let i = start; i < end; i++) hash = hashStep(hash, text.charCodeAt(i));
	return hash;
}

function equals(form: string, text: string, start: number, end: number): boolean {
	if (form.length !== end - start) return false;
	for (let i = 0; i < form.length; i++) if (form.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
	return true;
}

export class WrittenForms {
	readonly forms: string[] = [];
	// Open addressing: form number + 1 per slot, 0 for empty; kept at most half full.
	private slots = new Int32Array(1 << 12);

	/** The number of the form `text.slice(start, end)`, or -1 if it was never added. */
	find(text: string, start: number, end: number): number {
		const mask = this.slots.length - 1;
		for (let slot = hashOf(text, start, end) & mask; ; slot = (slot + 1) & mask) {
			const entry = this.slots[slot]!;
			if (entry === 0) return -1;
			if (equals(this.forms[entry - 1]!, text, start, end)) return entry - 1;
		}
	}

	/** Like `find`, but numbers a new form (in order of first sight) instead of answering -1. */
	add(text: string, start: number, end: number, hash = hashOf(text, start, end)): number {
		const mask = this.slots.length - 1;
		for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
			const entry = this.slots[slot]!;
			if (entry !== 0) {
				if (equals(this.forms[entry - 1]!, text, start, end)) return entry - 1;
				continue;
			}
			const id = this.forms.length;
			this.forms.push(text.slice(start, end));
			this.slots[slot] = id + 1;
			if (this.forms.length * 2 > this.slots.length) this.grow();
			return id;
		}
	}

	private grow(): void {
		const slots = new Int32Array(this.slots.length * 2);
		const mask = slots.length - 1;
		this.forms.forEach((form, id) => {
			let slot = hashOf(form, 0, form.length) & mask;
			while (slots[slot] !== 0) slot = (slot + 1) & mask;
			slots[slot] = id + 1;
		});
		this.slots = slots;
	}
}
