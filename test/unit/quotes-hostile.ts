// The hostile 1 MB paragraphs the quote extractor must get through in linear time: shared by tests and bench.

const MEGABYTE = 1_000_000;

const repeat = (unit: string): string => unit.repeat(Math.ceil(MEGABYTE / unit.length)).slice(0, MEGABYTE);

export function hostileParagraphs(): Record<string, string> {
	return {
		'unmatched quote marks': repeat('He said "we will win and "they said "nothing at all '),
		'alternating " and \'': repeat(`"'`),
		'no punctuation': repeat('the minister said the government would act soon according to officials who told reporters '),
		'many short quotations': repeat('"Yes," he said. "No" and "maybe" ((es))Spanish: "no". '),
	};
}

const FIRST_NAMES = ['John', 'Mary', 'Ahmed', 'Li', 'Olga', 'Pedro', 'Aisha', 'Kenji'];

/** A surname made of letters only, one for each number (`Zqa`, `Zqb`, …): every speaker is another person. */
const surname = (n: number): string => {
	let letters = '';
	for (let k = n; k > 0 || letters === ''; k = Math.floor(k / 26)) letters = String.fromCharCode(97 + (k % 26)) + letters;
	return `Zq${letters}`;
};

/** An article quoting `count` people who share a handful of first names, each once by full name and once by first name. */
export function manySpeakersArticle(count: number): {file: string; title: string; paragraphs: string[]} {
	const paragraphs = ['Many voices'];
	for (let i = 0; i < count; i++) {
		const first = FIRST_NAMES[i % FIRST_NAMES.length]!;
		paragraphs.push(`${first} ${surname(i)} said the plan would work. "We will act," ${first} said.`);
	}
	return {file: `speakers-${count}.txt`, title: 'Many voices', paragraphs};
}
