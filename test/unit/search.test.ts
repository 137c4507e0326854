import {test} from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import type {Article} from '../../source/core/article.js';
import {loadPaths} from '../../source/core/load.js';
import {extractQuotes} from '../../source/core/quotes/extract.js';
import {addArticleSpeakers, addSpeakersInSlices, buildSearchIndex, buildSearchIndexInSlices, searchIndex, type SearchResults} from '../../source/core/search/index.js';
import {wikinews} from '../fixtures/wikinews.js';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const loaded = loadPaths([path.join(root, 'seeds'), wikinews], () => new Uint8Array());
assert.ok(loaded.ok);
const articles = loaded.articles;
const quotes = articles.map(extractQuotes);
const index = buildSearchIndex(articles, quotes);

const textOf = (article: number, paragraph: number): string => articles[article]!.paragraphs[paragraph]!;
/** The highlighted words of the best paragraph hit. */
const topWords = (results: SearchResults): string[] => {
	const hit = results.paragraphs[0]!;
	return hit.matches.map(([start, end]) => textOf(hit.article, hit.paragraph).slice(start, end));
};
const fileOf = (results: SearchResults, rank = 0): string => articles[results.paragraphs[rank]!.article]!.file;

test('lavrof finds Sergei Lavrov first: the speaker, then paragraphs where he is quoted or named', () => {
	const results = searchIndex(index, 'lavrof');
	assert.equal(results.speakers[0]?.name, 'Sergei Lavrov');
	assert.equal(results.speakers[0]!.quotes, quotes[0]!.speakers.find(speaker => speaker.name === 'Sergei Lavrov')!.quotes);
	assert.deepEqual(results.speakers[0]!.matches, [[7, 13]]);
	assert.match(fileOf(results), /seeds/);
	assert.deepEqual(topWords(results), ['Lavrov']);
	// A paragraph quoting him ranks above one that only names him.
	const quoted = new Set(quotes[0]!.quotes.filter(quote => quote.speaker === 'Sergei Lavrov').map(quote => quote.paragraph));
	assert.ok(quoted.has(results.paragraphs[0]!.paragraph));
});

test('part of a name and either word order find Kim Jong Un', () => {
	for (const query of ['kim jong', 'un kim', 'Jong Un']) {
		const results = searchIndex(index, query);
		assert.match(fileOf(results), /seeds/, query);
		assert.match(textOf(results.paragraphs[0]!.article, results.paragraphs[0]!.paragraph), /Kim Jong Un/, query);
	}
});

test('kim ranks the name Kim above kimono', () => {
	const results = searchIndex(index, 'kim', {limit: 1000});
	const texts = results.paragraphs.map(hit => textOf(hit.article, hit.paragraph));
	const firstKimono = texts.findIndex(text => /\bkimono/i.test(text) && !/\bkim\b/i.test(text));
	const lastKim = texts.findLastIndex(text => /\bkim\b/i.test(text));
	assert.ok(firstKimono > 0, 'kimono is found');
	assert.ok(lastKim < firstKimono, 'every Kim comes before kimono');
});

test('typos in names: putn finds Putin, sturgon finds Sturgeon, ahead of spelling neighbours', () => {
	assert.deepEqual(topWords(searchIndex(index, 'putn')), ['Putin']);
	assert.ok(topWords(searchIndex(index, 'sutrgeon')).every(word => word === 'Sturgeon'), 'swapped letters');
	assert.deepEqual(topWords(searchIndex(index, 'fernadnez')), ['Fernández'], 'swapped letters and an accent');
	const sturgeon = searchIndex(index, 'sturgon');
	for (let rank = 0; rank < 3; rank++) {
		const hit = sturgeon.paragraphs[rank]!;
		assert.match(textOf(hit.article, hit.paragraph), /Sturgeon/);
	}
	assert.ok(sturgeon.paragraphs.slice(3).every(hit => !/Sturgeon/.test(textOf(hit.article, hit.paragraph))), 'surgeons only after Sturgeon');
});

test('accents and case both ways: fernandez finds Fernández and Fernández finds it too', () => {
	for (const query of ['fernandez', 'Fernández', 'FERNANDEZ', 'fernández']) {
		const results = searchIndex(index, query);
		assert.match(fileOf(results), /2020\/028\.txt$/, query);
		assert.deepEqual(topWords(results), ['Fernández'], query);
	}
});

test('extended syntax: exact, include, prefix, suffix, not, or', () => {
	const holds = (results: SearchResults, pattern: RegExp): boolean =>
		results.paragraphs.length > 0 && results.paragraphs.every(hit => pattern.test(textOf(hit.article, hit.paragraph)));
	assert.ok(holds(searchIndex(index, '=kim'), /\bKim\b/i));
	assert.ok(holds(searchIndex(index, "'urgeo"), /urgeo/i));
	assert.ok(topWords(searchIndex(index, "'urgeo")).every(word => word === 'urgeo'));
	assert.ok(holds(searchIndex(index, '^stur'), /\bstur/i));
	assert.ok(topWords(searchIndex(index, '^stur')).every(word => word === 'Stur'));
	assert.ok(holds(searchIndex(index, 'geon$'), /geon\b/i));
	const without = searchIndex(index, 'lavrov !sanctions');
	assert.ok(holds(without, /Lavrov/));
	assert.ok(without.paragraphs.every(hit => !/sanctions/i.test(textOf(hit.article, hit.paragraph))));
	assert.ok(without.paragraphs.length < searchIndex(index, 'lavrov').paragraphs.length);
	const either = searchIndex(index, '=sturgeon | =fernandez', {limit: 1000});
	assert.ok(holds(either, /Sturgeon|Fernández/));
	assert.ok(either.paragraphs.some(hit => /Sturgeon/.test(textOf(hit.article, hit.paragraph))));
	assert.ok(either.paragraphs.some(hit => /Fernández/.test(textOf(hit.article, hit.paragraph))));
	const onlyNot = searchIndex(index, '!the');
	assert.ok(holds(onlyNot, /^(?![\s\S]*\bthe\b)/i));
});

test('empty, one-letter, very long and regex-laden queries are answered sanely', () => {
	for (const query of ['', '   ', '|', '!', "'"]) {
		const results = searchIndex(index, query);
		assert.equal(results.paragraphs.length, 0, JSON.stringify(query));
		assert.equal(results.matchCount, 0);
	}
	const letter = searchIndex(index, 'x');
	assert.ok(letter.paragraphs.length > 0);
	assert.ok(topWords(letter).every(word => /^x/i.test(word)));
	const long = searchIndex(index, 'lavrov '.repeat(150) + 'q'.repeat(50));
	assert.equal(long.query.length, 1100);
	assert.deepEqual(searchIndex(index, 'a'.repeat(1000)).paragraphs, []);
	for (const query of ['a.*b(', '(lavrov)', '[kim]+', '\\d{3}', 'lav?rov$^', 'C++']) assert.doesNotThrow(() => searchIndex(index, query), query);
	assert.deepEqual(topWords(searchIndex(index, '(ap)')), ['(AP)'], 'brackets are characters to find');
});

test('match spans lie inside their text, in order, without overlap; matchCount counts them', () => {
	const results = searchIndex(index, 'russia putin');
	let count = 0;
	for (const hit of results.paragraphs) {
		const text = textOf(hit.article, hit.paragraph);
		let end = 0;
		for (const [start, stop] of hit.matches) {
			assert.ok(start >= end && stop > start && stop <= text.length);
			end = stop;
		}
		count += hit.matches.length;
		assert.ok(hit.score >= 0 && hit.score <= 1);
	}
	assert.equal(results.matchCount, count);
	assert.ok(results.paragraphs.every((hit, rank) => rank === 0 || results.paragraphs[rank - 1]!.score <= hit.score));
});

test('the index built in slices, then given its speakers in slices, answers exactly as the one built at once', async () => {
	const progress: number[] = [];
	const sliced = await buildSearchIndexInSlices(articles, {sliceMs: 1, onProgress: done => progress.push(done)});
	assert.equal(progress.at(-1), 1);
	assert.ok(progress.every((done, at) => at === 0 || done >= progress[at - 1]!), 'progress only grows');
	assert.equal(searchIndex(sliced, 'lavrof').speakers.length, 0, 'no speakers before their quotes');
	assert.equal(searchIndex(sliced, 'the').total, searchIndex(index, 'the').total, 'the same paragraphs match, only ranked without speakers');
	const asked: number[] = [];
	let speakerProgress = 0;
	await addSpeakersInSlices(sliced, article => (asked.push(article), quotes[article]!), {sliceMs: 1, onProgress: done => (speakerProgress = done)});
	assert.deepEqual(asked, articles.map((_, article) => article));
	assert.equal(speakerProgress, 1);
	for (const query of ['lavrof', 'kim jong', 'the', 'de']) assert.deepEqual(searchIndex(sliced, query), searchIndex(index, query), query);
});

test('speakers cover the articles whose quotes are in; each article is added once', async () => {
	const partial = buildSearchIndex(articles);
	addArticleSpeakers(partial, 0, quotes[0]!);
	addArticleSpeakers(partial, 0, quotes[0]!);
	const lavrov = searchIndex(partial, 'lavrof');
	assert.deepEqual(lavrov.speakers.map(speaker => [speaker.article, speaker.name]), [[0, 'Sergei Lavrov']]);
	assert.deepEqual(lavrov.paragraphs[0], searchIndex(index, 'lavrof').paragraphs[0], 'his quoted paragraph ranks first already');
	assert.equal(partial.speakers.addedCount, 1);
	// The pass skips what is in and asks only for the rest.
	const asked: number[] = [];
	await addSpeakersInSlices(partial, article => (asked.push(article), quotes[article]!));
	assert.deepEqual(asked, articles.slice(1).map((_, at) => at + 1));
	assert.deepEqual(searchIndex(partial, 'kim'), searchIndex(index, 'kim'));
});

test('a pass waits for idle time before each slice and stops when aborted', async () => {
	const fresh = buildSearchIndex(articles);
	let waits = 0;
	const stop = new AbortController();
	const pass = addSpeakersInSlices(fresh, article => quotes[article]!, {
		sliceMs: 0,
		whenIdle: async () => {
			if (++waits === 3) stop.abort();
		},
		signal: stop.signal,
	});
	await assert.rejects(pass, {name: 'AbortError'});
	assert.equal(fresh.speakers.addedCount, 2, 'one article a slice at sliceMs 0, none after the abort');
});

test('speakers come from the quotes given, so hand-made quotes work without the extractor', () => {
	const article: Article = {file: 'x.txt', title: 'Talks', paragraphs: ['Talks', '"We will talk," said Jane Doe.', 'Doe left.']};
	const own = buildSearchIndex([article], [{
		speakers: [{name: 'Jane Doe', aliases: ['Doe'], kind: 'person', quotes: 1}],
		quotes: [{speaker: 'Jane Doe', kind: 'direct', text: 'We will talk,', paragraph: 1, start: 1, end: 14, via: null}],
	}]);
	const results = searchIndex(own, 'doe');
	assert.deepEqual(results.speakers.map(speaker => [speaker.name, speaker.quotes]), [['Jane Doe', 1]]);
	assert.deepEqual(results.paragraphs.map(hit => hit.paragraph), [1, 2]);
	assert.ok(results.paragraphs[0]!.score < results.paragraphs[1]!.score);
});

test('a word still being typed matches the words it starts, however short: navalny po, qu', () => {
	const poisoned = searchIndex(index, 'navalny po', {limit: 1000});
	assert.ok(poisoned.paragraphs.length >= searchIndex(index, 'navalny poi', {limit: 1000}).paragraphs.length, 'no fewer than navalny poi');
	assert.ok(poisoned.paragraphs.length > 0 && poisoned.paragraphs.every(hit => /Navalny/.test(textOf(hit.article, hit.paragraph))));
	const quoted = searchIndex(index, 'qu', {limit: 5000});
	const seedHits = quoted.paragraphs.filter(hit => hit.article === 0);
	assert.ok(seedHits.some(hit => /quoted/.test(textOf(hit.article, hit.paragraph))), 'the seed says "quoted"');
	for (const hit of seedHits) {
		for (const [start, end] of hit.matches) assert.match(textOf(hit.article, hit.paragraph).slice(start, end), /^qu$/i, 'the typed letters are what is marked');
	}
});

test('short words rank the word itself and names before the ordinary words they start', () => {
	for (const query of ['po', 'se', 'j']) {
		const results = searchIndex(index, query, {limit: 5000});
		const words = results.paragraphs.map(hit => hit.matches.map(([start, end]) => textOf(hit.article, hit.paragraph).slice(start, end)));
		// The word itself (Spanish `se`) is no ordinary word it starts.
		const wholeWords = results.paragraphs.map(hit => hit.matches.map(([start]) => /^[\p{L}\p{N}]+/u.exec(textOf(hit.article, hit.paragraph).slice(start))![0]));
		const itself = (rank: number, at: number): boolean => wholeWords[rank]![at]!.toLowerCase() === query;
		const firstOrdinary = words.findIndex((found, rank) => found.every((word, at) => /^\p{Ll}/u.test(word) && !itself(rank, at)));
		assert.ok(firstOrdinary > 0, `${query}: ordinary words are found (${firstOrdinary})`);
		assert.ok(words.slice(0, firstOrdinary).every((found, rank) => found.some((word, at) => /^\p{Lu}/u.test(word) || itself(rank, at))), `${query}: the word itself and names first`);
	}
	assert.match(textOf(searchIndex(index, 'kim j').paragraphs[0]!.article, searchIndex(index, 'kim j').paragraphs[0]!.paragraph), /Kim Jong Un/);
});

/** Paragraphs of the loaded articles whose text a pattern matches, as global `article:paragraph` keys. */
const holdersOf = (pattern: RegExp): string[] =>
	articles.flatMap((article, at) => article.paragraphs.flatMap((text, paragraph) => (pattern.test(text) ? [`${at}:${paragraph}`] : [])));
const hitsOf = (results: SearchResults): string[] => results.paragraphs.map(hit => `${hit.article}:${hit.paragraph}`).sort();
const marked = (results: SearchResults): string[] => results.paragraphs.flatMap(hit => hit.matches.map(([start, end]) => textOf(hit.article, hit.paragraph).slice(start, end)));

test('a term with punctuation matches where the text has those very characters: U.S., co-founder, £, (the', () => {
	const cases: Array<[string, RegExp]> = [
		['U.S.', /(?<![\p{L}\p{N}\p{M}])U\.S\./iu],
		['co-founder', /(?<![\p{L}\p{N}\p{M}])co-founder/iu],
		['£', /£/],
		['(the', /\(the/i],
	];
	for (const [query, pattern] of cases) {
		const results = searchIndex(index, query, {limit: 10_000});
		const expected = holdersOf(pattern).sort();
		assert.ok(expected.length > 0, `${query} is in the corpus`);
		assert.deepEqual(hitsOf(results), expected, query);
		assert.equal(results.total, expected.length);
		assert.ok(marked(results).every(text => pattern.test(text)), `${query}: only the term is marked: ${JSON.stringify(marked(results).slice(0, 5))}`);
	}
	assert.ok(searchIndex(index, '£').paragraphs.some(hit => /2019\/023\.txt$/.test(articles[hit.article]!.file)));
	assert.ok(searchIndex(index, '(the').total! < searchIndex(index, 'the').total! / 100, '( is not dropped');
});

test('punctuation as it is typed: the last word may be unfinished; curly quotes match straight ones; operators still apply', () => {
	const typing = searchIndex(index, 'co-fou', {limit: 10_000});
	assert.ok(hitsOf(searchIndex(index, 'co-founder', {limit: 10_000})).every(hit => hitsOf(typing).includes(hit)));
	assert.deepEqual([...new Set(marked(typing).map(text => text.toLowerCase()))], ['co-fou'], 'co-founder, co-founded: the typed part is marked');
	assert.deepEqual(hitsOf(searchIndex(index, "don't", {limit: 10_000})), holdersOf(/don['’]t/i).sort());
	assert.ok(holdersOf(/don’t/).length > 0, 'the corpus writes it curly too');
	assert.deepEqual(hitsOf(searchIndex(index, '=U.S', {limit: 10_000})), holdersOf(/(?<![\p{L}\p{N}\p{M}])U\.S(?![\p{L}\p{N}\p{M}])/iu).sort(), '= wants whole words at both ends');
	const without = searchIndex(index, 'trump !U.S.', {limit: 10_000});
	assert.ok(without.paragraphs.length > 0 && without.paragraphs.every(hit => !/U\.S\./i.test(textOf(hit.article, hit.paragraph))));
	assert.deepEqual(searchIndex(index, '.*+?()[]{}\\').paragraphs, [], 'regex characters are characters');
	const own = buildSearchIndex([{file: 'z.txt', title: 'Z', paragraphs: ['Z', 'The Zürich-based co‑op said “no”; Nestlé’s CEO (José Núñez) left.']}]);
	const marks = (query: string) => searchIndex(own, query).paragraphs.flatMap(hit => hit.matches.map(([start, end]) => own.articles[0]!.paragraphs[hit.paragraph]!.slice(start, end)));
	assert.deepEqual(marks('zurich-based'), ['Zürich-based'], 'letters fold as anywhere in search');
	assert.deepEqual(marks('"no"'), ['“no”']);
	assert.deepEqual(marks("nestle's"), ['Nestlé’s']);
	assert.deepEqual(marks('(jose'), ['(José']);
	assert.deepEqual(marks('nunez)'), ['Núñez)']);
});

test('a speaker whose name holds the term with its punctuation is found: o\'donnell', () => {
	const results = searchIndex(index, "o'donnell");
	assert.ok(results.speakers.some(speaker => /O'Donnell/.test(speaker.name)), JSON.stringify(results.speakers.map(speaker => speaker.name)));
	assert.ok(results.speakers.every(speaker => speaker.matches.every(([start, end]) => /^O'Donnell$/i.test(speaker.name.slice(start, end)))));
});
