// Interview turns: paragraphs opening with a speaker label (`((WN)) Why …?`, `((Dorsa Derakhshani)) Well, …`).

export interface Turn {
	/** Offset of the words after the label (and its colon). */
	start: number;
	label: string;
	/** The interviewer's turn: most of this label's turns are questions. */
	asks: boolean;
}

// A label names whoever speaks: it starts with a capital, unlike translated-quote markers (`((ru))Russian:`).
const LABEL = /^\(\((\p{Lu}[^()\n]{0,60})\)\)[\s:]*/u;

/** The turn each paragraph belongs to, if the article is an interview; the label itself is never part of the text read. */
export function interviewTurns(paragraphs: readonly string[]): (Turn | undefined)[] {
	const asked = new Map<string, {turns: number; questions: number}>();
	const found = paragraphs.map(text => {
		const label = LABEL.exec(text);
		if (!label) return undefined;
		const name = label[1]!.trim();
		const tally = asked.get(name) ?? {turns: 0, questions: 0};
		tally.turns++;
		if (text.trimEnd().endsWith('?')) tally.questions++;
		asked.set(name, tally);
		return {start: label[0].length, label: name};
	});
	// A paragraph without a label, once the interview has begun, goes on with the turn before it.
	let last: Turn | undefined;
	return found.map(turn => {
		if (!turn) return last && {...last, start: 0};
		const tally = asked.get(turn.label)!;
		last = {...turn, asks: tally.questions * 2 > tally.turns};
		return last;
	});
}
