// One person across articles: every joining rule, over articles and speakers written for the test
// (the speakers as the quote extractor reports them, so the rules are tested apart from extraction).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {Article} from '../../source/core/article.js';
import {PeopleBuilder, type People, type Person} from '../../source/core/people/index.js';
import type {ArticleQuotes, Quote, SpeakerKind} from '../../source/core/quotes/types.js';

interface Said {
	name: string;
	aliases?: string[];
	title?: string;
	kind?: SpeakerKind;
	/** Words of the article they said, each quoted once. */
	quotes: string[];
}

interface Written {
	article: Article;
	quotes: ArticleQuotes;
}

let written = 0;

/** An article whose paragraphs hold every quote, and its speakers as the extractor reports them. */
function story(paragraphs: string[], speakers: Said[], dateline?: string): Written {
	const file = `story-${++written}.txt`;
	const title = paragraphs[0]!;
	const body = dateline ? [title, dateline, ...paragraphs.slice(1)] : paragraphs;
	const quotes: Quote[] = speakers.flatMap(speaker =>
		speaker.quotes.map(text => {
			const paragraph = body.findIndex(p => p.includes(text));
			assert.ok(paragraph >= 0, `"${text}" is in the story`);
			const start = body[paragraph]!.indexOf(text);
			return {speaker: speaker.name, kind: 'direct' as const, text, paragraph, start, end: start + text.length, via: null};
		}),
	);
	quotes.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
	return {
		article: {file, title, paragraphs: body, ...(dateline ? {dateline: {paragraph: 1, length: dateline.length}} : {})},
		quotes: {
			speakers: speakers.map(({name, aliases = [], title: role, kind = 'person', quotes: said}) => ({name, aliases, ...(role ? {title: role} : {}), kind, quotes: said.length})),
			quotes,
		},
	};
}

function peopleOf(stories: Written[]): People {
	const builder = new PeopleBuilder();
	stories.forEach(({article, quotes}, index) => builder.add(index, article, quotes));
	return builder.people();
}

const rows = (people: People): string[] => people.people.map(person => `${person.name} ${person.quotes}/${person.articles.length}`);
const named = (people: People, name: string): Person[] => people.people.filter(person => person.name === name);

test('the same full name in several articles is one person, case and accents folded', () => {
	const people = peopleOf([
		story(['Minister visits', '"We are ready," Joachim Brudziński said.'], [{name: 'Joachim Brudziński', title: 'Interior Minister', quotes: ['We are ready,']}]),
		story(['Minister again', '"Not yet," said Joachim Brudzinski.', '"Soon," he added.'], [{name: 'Joachim Brudzinski', quotes: ['Not yet,', 'Soon,']}]),
		story(['Minister once more', '"Later," JOACHIM BRUDZIŃSKI wrote.'], [{name: 'JOACHIM BRUDZIŃSKI', quotes: ['Later,']}]),
	]);
	assert.deepEqual(rows(people), ['Joachim Brudziński 4/3']);
	const [person] = people.people;
	assert.equal(person!.title, 'Interior Minister');
	assert.deepEqual(person!.aliases, ['Joachim Brudzinski', 'JOACHIM BRUDZIŃSKI']);
	assert.equal(person!.kind, 'person');
});

test('a short form joins a full name only where its own article ties it to one', () => {
	const people = peopleOf([
		story(['Speaker elected', '"The House is open," Nancy Pelosi said.'], [{name: 'Nancy Pelosi', quotes: ['The House is open,']}]),
		// The text names her in full; the speaker found is the short form.
		story(['Budget talks', 'House Speaker Nancy Pelosi met the president.', '"No wall," Pelosi said.'], [{name: 'Pelosi', quotes: ['No wall,']}]),
		// The extractor's own forms tie it.
		story(['Vote', '"We won," said Pelosi.'], [{name: 'Nancy Pelosi', aliases: ['Pelosi'], quotes: ['We won,']}]),
		// Nothing in this article says which Pelosi.
		story(['Another Pelosi', '"Hello," Pelosi said.'], [{name: 'Pelosi', quotes: ['Hello,']}]),
	]);
	assert.deepEqual(rows(people), ['Nancy Pelosi 3/3', 'Pelosi 1/1']);
	assert.deepEqual(named(people, 'Nancy Pelosi')[0]!.aliases, ['Pelosi']);
	assert.equal(named(people, 'Pelosi')[0]!.articles[0]!.article, 3);
});

test('a short form with two full names to choose from in its article joins neither: Hillary and Bill Clinton', () => {
	const people = peopleOf([
		story(['Campaign', '"I am running," Hillary Clinton said.'], [{name: 'Hillary Clinton', quotes: ['I am running,']}]),
		story(['Library', '"Read more," Bill Clinton said.'], [{name: 'Bill Clinton', quotes: ['Read more,']}]),
		story(['Both', 'Bill Clinton and Hillary Clinton arrived.', '"Thank you," Clinton said.'], [{name: 'Clinton', quotes: ['Thank you,']}]),
		story(['Him', 'Bill Clinton spoke first.', '"Good night," Clinton said.'], [{name: 'Clinton', quotes: ['Good night,']}]),
		// A first name its own article ties to one full name.
		story(['Her', 'Hillary Clinton spoke.', '"Onward," Hillary said.'], [{name: 'Hillary', quotes: ['Onward,']}]),
	]);
	assert.deepEqual(rows(people), ['Bill Clinton 2/2', 'Hillary Clinton 2/2', 'Clinton 1/1']);
	assert.equal(named(people, 'Clinton')[0]!.articles[0]!.article, 2);
});

test('Donald Trump and Donald Trump Jr. stay apart, and the short form goes with the one its article names', () => {
	const people = peopleOf([
		story(['Rally', '"Great crowd," Donald Trump said.', '"Very great," he said.'], [{name: 'Donald Trump', quotes: ['Great crowd,', 'Very great,']}]),
		story(['Son', '"My father," Donald Trump Jr. said.'], [{name: 'Donald Trump Jr.', quotes: ['My father,']}]),
		story(['Son again', 'Donald Trump Jr. wrote a book.', '"Buy it," Trump said.'], [{name: 'Trump', quotes: ['Buy it,']}]),
		story(['Father and son', 'Donald Trump and Donald Trump Jr. attended.', '"Fine," Trump said.'], [{name: 'Trump', quotes: ['Fine,']}]),
	]);
	assert.deepEqual(rows(people), ['Donald Trump Jr. 2/2', 'Donald Trump 2/1', 'Trump 1/1']);
});

test('two people who share a surname stay apart', () => {
	const people = peopleOf([
		story(['Match', '"We played well," John Smith said.'], [{name: 'John Smith', title: 'coach', quotes: ['We played well,']}]),
		story(['Court', '"I object," Jane Smith said.', '"Strongly," she said.'], [{name: 'Jane Smith', title: 'lawyer', quotes: ['I object,', 'Strongly,']}]),
		story(['Match two', 'Coach John Smith was pleased.', '"Again," Smith said.'], [{name: 'Smith', quotes: ['Again,']}]),
	]);
	assert.deepEqual(rows(people), ['John Smith 2/2', 'Jane Smith 2/1']);
	assert.equal(named(people, 'Jane Smith')[0]!.title, 'lawyer');
});

test('organisations join by name, and by an acronym an article ties to the name', () => {
	const org = (name: string, quotes: string[], aliases: string[] = []): Said => ({name, kind: 'organization', aliases, quotes});
	const people = peopleOf([
		story(['Outbreak', '"Wash your hands," the World Health Organization said.'], [org('World Health Organization', ['Wash your hands,'])]),
		story(['Outbreak two', '"Stay home," the World Health Organisation said.'], [org('The World Health Organisation', ['Stay home,'])]),
		// The text spells the acronym out.
		story(['Outbreak three', 'The World Health Organization (WHO) met.', '"It is a pandemic," WHO said.'], [org('WHO', ['It is a pandemic,'])]),
		// No tie here, but the only name any article spells WHO out as.
		story(['Outbreak four', '"Masks help," WHO said.'], [org('WHO', ['Masks help,'])]),
		// Its own speakers tie it.
		story(['Centres', '"Test more," CDC said.', '"Test early," said the Centers for Disease Control and Prevention.'], [org('CDC', ['Test more,']), org('Centers for Disease Control and Prevention', ['Test early,'])]),
	]);
	assert.deepEqual(rows(people), ['World Health Organization 4/4', 'Centers for Disease Control and Prevention 2/1']);
	assert.deepEqual(named(people, 'World Health Organization')[0]!.aliases, ['The World Health Organisation', 'WHO']);
	assert.equal(people.people[0]!.kind, 'organization');
});

test('an acronym two articles spell out differently joins only where its own article ties it', () => {
	const org = (name: string, quotes: string[]): Said => ({name, kind: 'organization', quotes});
	const people = peopleOf([
		story(['Press', 'The Associated Press (AP) reported.', '"Confirmed," AP said.'], [org('AP', ['Confirmed,'])]),
		story(['Police', 'The Armed Police (AP) arrived.', '"Stand back," AP said.'], [org('AP', ['Stand back,'])]),
		story(['Unclear', '"No comment," AP said.'], [org('AP', ['No comment,'])]),
	]);
	assert.deepEqual(rows(people).sort(), ['AP 1/1', 'Armed Police 1/1', 'Associated Press 1/1']);
	assert.deepEqual(people.people.find(person => person.name === 'Associated Press')!.aliases, ['AP']);
});

test('descriptions with no name stay with their own article, listed after the named', () => {
	const people = peopleOf([
		story(['Fire', '"It spread fast," officials said.', '"Very fast," they said.', '"Stay away," the police said.', 'The police closed roads.'], [
			{name: 'officials', kind: 'unknown', quotes: ['It spread fast,', 'Very fast,']},
			{name: 'Police', kind: 'organization', quotes: ['Stay away,']},
		]),
		story(['Flood', '"Water is rising," officials said.', '"Leave now," a spokesman for the ministry said.', '"Go," Ana Costa said.'], [
			{name: 'officials', kind: 'unknown', quotes: ['Water is rising,']},
			{name: 'a spokesman for the ministry', quotes: ['Leave now,']},
			{name: 'Ana Costa', quotes: ['Go,']},
		]),
	]);
	assert.deepEqual(rows(people), ['Ana Costa 1/1', 'officials 2/1', 'Police 1/1', 'officials 1/1', 'a spokesman for the ministry 1/1']);
	assert.deepEqual(
		people.people.map(person => person.described),
		[false, true, true, true, true],
	);
});

test('most quoted first; a person\'s articles newest first where dates are known, then the undated', () => {
	const people = peopleOf([
		story(['Old', '"One," Ana Costa said.'], [{name: 'Ana Costa', quotes: ['One,']}], 'Friday, January 4, 2019'),
		story(['Undated', '"Two," Ana Costa said.'], [{name: 'Ana Costa', quotes: ['Two,']}]),
		story(['New', '"Three," Ana Costa said.'], [{name: 'Ana Costa', quotes: ['Three,']}], 'Monday, March 2, 2020'),
		story(['Other', '"A," Ben Ode said.', '"B," he said.', '"C," he said.', '"D," he said.'], [{name: 'Ben Ode', quotes: ['A,', 'B,', 'C,', 'D,']}]),
	]);
	assert.deepEqual(rows(people), ['Ben Ode 4/1', 'Ana Costa 3/3']);
	assert.deepEqual(
		named(people, 'Ana Costa')[0]!.articles.map(({article}) => article),
		[2, 0, 1],
	);
});

test('two forms of one person in one article are one entry, their quotes in reading order', () => {
	const people = peopleOf([
		story(['Talks', 'Sergei Lavrov arrived.', '"First," Lavrov said.', '"Second," Sergei Lavrov said.'], [
			{name: 'Sergei Lavrov', quotes: ['Second,']},
			{name: 'Lavrov', quotes: ['First,']},
		]),
	]);
	assert.deepEqual(rows(people), ['Sergei Lavrov 2/1']);
	assert.deepEqual(people.people[0]!.articles[0]!.quotes.map(quote => quote.text), ['First,', 'Second,']);
	assert.deepEqual(people.people[0]!.aliases, ['Lavrov']);
});

test('the answer does not depend on the order the articles came in', () => {
	const stories = [
		story(['A', 'Nancy Pelosi spoke.', '"Yes," Pelosi said.'], [{name: 'Pelosi', quotes: ['Yes,']}]),
		story(['B', '"No," Nancy Pelosi said.'], [{name: 'Nancy Pelosi', quotes: ['No,']}]),
		story(['C', 'The World Health Organization (WHO) met.', '"Maybe," WHO said.'], [{name: 'WHO', kind: 'organization', quotes: ['Maybe,']}]),
		story(['D', '"Later," WHO said.'], [{name: 'WHO', kind: 'organization', quotes: ['Later,']}]),
	];
	const forward = new PeopleBuilder();
	stories.forEach(({article, quotes}, index) => forward.add(index, article, quotes));
	const backward = new PeopleBuilder();
	[...stories.entries()].reverse().forEach(([index, {article, quotes}]) => backward.add(index, article, quotes));
	assert.deepEqual(rows(backward.people()), rows(forward.people()));
	assert.deepEqual(rows(forward.people()), ['Nancy Pelosi 2/2', 'World Health Organization 2/2']);
});

test('quotes with no speaker are no one; a speaker missing from the list still counts', () => {
	const {article, quotes} = story(['Odd', '"Hm," someone said.', '"Ha," Ana Costa said.'], [{name: 'Ana Costa', quotes: ['Ha,']}]);
	quotes.quotes.push({speaker: null, kind: 'direct', text: 'Hm,', paragraph: 1, start: 1, end: 4, via: null});
	quotes.speakers = [];
	const builder = new PeopleBuilder();
	builder.add(0, article, quotes);
	assert.deepEqual(rows(builder.people()), ['Ana Costa 1/1']);
	assert.equal(builder.people().articles, 1);
});

test("the search's speakers as people: one hit per person, with their quotes and articles across everything", async () => {
	const {speakerHitsAsPeople} = await import('../../source/core/people/index.js');
	const people = peopleOf([
		story(['A', '"Yes," Nancy Pelosi said.'], [{name: 'Nancy Pelosi', quotes: ['Yes,']}]),
		story(['B', 'Nancy Pelosi spoke.', '"No," Pelosi said.', '"Maybe," Pelosi said.'], [{name: 'Pelosi', quotes: ['No,', 'Maybe,']}]),
		story(['C', '"Hello," Paul Pelosi said.'], [{name: 'Paul Pelosi', quotes: ['Hello,']}]),
	]);
	const hit = (article: number, name: string, score: number) => ({article, name, quotes: 1, score, matches: [[name.length - 6, name.length]] as Array<[number, number]>});
	const hits = speakerHitsAsPeople([hit(1, 'Pelosi', 0), hit(0, 'Nancy Pelosi', 0.1), hit(2, 'Paul Pelosi', 0.1), hit(3, 'Nobody Known', 0.2)], people, 20);
	assert.deepEqual(
		hits.map(({name, quotes, score, matches, person}) => [name, quotes, score, matches, person?.articles]),
		[
			['Nancy Pelosi', 3, 0, [[6, 12]], 2],
			['Paul Pelosi', 1, 0.1, [[5, 11]], 1],
			['Nobody Known', 1, 0.2, [[6, 12]], undefined],
		],
	);
	assert.equal(people.people[hits[0]!.person!.index]!.name, 'Nancy Pelosi');
	assert.equal(speakerHitsAsPeople([hit(1, 'Pelosi', 0), hit(2, 'Paul Pelosi', 0.1)], people, 1).length, 1, 'no more than the limit');
});
