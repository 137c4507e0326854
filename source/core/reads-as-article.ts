// Whether a file with no extension, found in a folder, is an article: a project keeps files like
// LICENSE, Makefile and scripts without extensions beside its text. An article is a short headline
// over paragraphs of prose; code, configuration and build files are lines of symbols.

// The files projects keep by convention, prose or not, that are never news.
const PROJECT_FILES = /^(?:licen[cs]e|copying|notice|authors|contributors|maintainers|owners|codeowners|changelog|changes|history|news|readme|install|thanks|todo|makefile|gnumakefile|dockerfile|containerfile|gemfile|rakefile|procfile|vagrantfile|jenkinsfile|brewfile|justfile|pipfile)$/i;

// A line of code or configuration: ends in a brace or semicolon, is indented, is a comment, or holds
// the punctuation of assignments, calls and variables.
const CODE_LINE = /[{};\\]\s*$|^(?:\t| {2,})\S|^\s*(?:#|\/\/|\/\*|\*|--|<)|[=`|<>]|\$[({A-Za-z_]|\(\)/;
const LETTER = /\p{L}/u;
const WORD = /\p{L}[\p{L}\p{M}'’-]*/gu;
const SENTENCE_END = /[.!?]["'”’)]?$/u;
const MAX_HEADLINE = 200;
const MAX_CODE_SHARE = 0.2;
const SAMPLE_LINES = 200;

export function readsAsArticle(name: string, text: string): boolean {
	if (PROJECT_FILES.test(name) || text.startsWith('#!')) return false;
	const lines: string[] = [];
	for (const line of text.split('\n', SAMPLE_LINES * 4)) {
		if (line.trim() !== '') lines.push(line);
		if (lines.length === SAMPLE_LINES) break;
	}
	const [headline, ...body] = lines;
	if (!headline || headline.length > MAX_HEADLINE || !LETTER.test(headline)) return false;
	const code = lines.filter(line => CODE_LINE.test(line)).length;
	// At least one sentence of some length: prose, not a list of names or numbers.
	const prose = body.some(line => SENTENCE_END.test(line.trim()) && (line.match(WORD)?.length ?? 0) >= 8);
	return prose && code <= lines.length * MAX_CODE_SHARE;
}
