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
