// Who said what on the seed article and on small invented sentences, one attribution shape each.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {articleFromBytes} from '../../source/core/load.js';
import {extractQuotes} from '../../source/core/quotes/extract.js';
import type {ArticleQuotes} from '../../source/core/quotes/types.js';
import {article, headlined} from './test-articles.js';

/** [speaker, kind, text] of each quote, in reading order. */
const said = (result: ArticleQuotes): [string | null, string, string][] => result.quotes.map(q => [q.speaker, q.kind, q.text]);
const speakerOf = (result: ArticleQuotes, text: string): string | null | undefined => result.quotes.find(q => q.text.includes(text))?.speaker;

const seed = (): ArticleQuotes => {
	const loaded = articleFromBytes('seeds/000_a28becac22cdf2d7.txt', readFileSync(new URL('../../seeds/000_a28becac22cdf2d7.txt', import.meta.url)));
	assert.ok(loaded.ok);
	return extractQuotes(loaded.article);
};

test('seed: Lavrov, Kim Jong Un and the Kremlin speak; Putin, Zarubin and the outlets do not', () => {
	const result = seed();
	const names = result.speakers.map(s => s.name);
	assert.deepEqual(names, ['Sergei Lavrov', 'Kim Jong Un', 'Kremlin']);
	const lavrov = result.speakers[0]!;
	assert.equal(lavrov.title, 'Russian Foreign Minister');
	assert.equal(lavrov.kind, 'person');
	assert.ok(lavrov.aliases.includes('Lavrov'));
	assert.equal(result.speakers[2]!.kind, 'organization');
	for (const never of ['Vladimir Putin', 'Putin', 'Pavel Zarubin', 'Al Jazeera', 'TASS', 'CNN']) assert.ok(!names.includes(never), never);
});

test('seed: all twelve quotations and the reported speech, each with its speaker and kind', () => {
	const result = seed();
	const quoted = result.quotes.filter(q => q.kind !== 'indirect');
	assert.equal(quoted.length, 12);
	assert.deepEqual(quoted.filter(q => q.speaker === 'Kim Jong Un').map(q => q.text), [
		'punish the evil forces',
		'always be standing with Russia',
		'stood up against the hegemonic forces',
		'the full and unconditional support to all that Russia does in response.',
	]);
	assert.equal(quoted.filter(q => q.speaker === 'Sergei Lavrov').length, 8);
	assert.equal(result.quotes[0]!.kind, 'headline');
	assert.equal(speakerOf(result, 'equal and fair cooperation'), 'Sergei Lavrov');
	const indirect = result.quotes.filter(q => q.kind === 'indirect');
	assert.deepEqual(indirect.map(q => [q.speaker, q.paragraph]), [['Kremlin', 2]]);
	assert.match(indirect[0]!.text, /^it abides by UN sanctions, but that it has a right/);
});

test('seed: quotes reported through outlets name them as via', () => {
	const result = seed();
	const via = (text: string): string | null | undefined => result.quotes.find(q => q.text.includes(text))?.via;
	assert.equal(via('We have not declared sanctions'), 'Al Jazeera');
	// `TASS News Agency reported` and `TASS quoted`: one outlet, one name.
	assert.equal(via('controlling the war in Ukraine'), 'TASS');
	assert.equal(via('No matter what it says'), 'TASS');
	assert.equal(via('always be standing with Russia'), 'CNN');
});

test('attribution after the quote: `X said`, `said X`, `X added`', () => {
	const result = extractQuotes(article(
		'"We will build the bridge," Mayor Ana Costa said.',
		'"It will take two years," said Costa.',
		'"The money is there" Costa added.',
	));
	assert.deepEqual(said(result), [
		['Ana Costa', 'direct', 'We will build the bridge,'],
		['Ana Costa', 'direct', 'It will take two years,'],
		['Ana Costa', 'direct', 'The money is there'],
	]);
	assert.equal(result.speakers[0]!.title, 'Mayor');
});

test('attribution before the quote, and partial quotes inside the reporter\'s sentence', () => {
	const result = extractQuotes(article(
		'Health Minister Jonas Berg said: "The clinics stay open."',
		'Berg called the plan "a serious mistake" and "unfair to patients".',
	));
	assert.deepEqual(said(result), [
		['Jonas Berg', 'direct', 'The clinics stay open.'],
		['Jonas Berg', 'partial', 'a serious mistake'],
		['Jonas Berg', 'partial', 'unfair to patients'],
	]);
});

test('`according to X` attributes reported speech, before or after it', () => {
	const result = extractQuotes(article(
		'According to the fire service, three people were injured in the blaze.',
		'The fire started in the kitchen, according to police.',
	));
	assert.deepEqual(said(result), [
		['the fire service', 'indirect', 'three people were injured in the blaze'],
		['police', 'indirect', 'The fire started in the kitchen'],
	]);
});

test('`X quoted Y as saying`: Y speaks, X is the via', () => {
	const result = extractQuotes(article('"Prices will fall," Reuters quoted Finance Minister Maria Lind as saying.'));
	assert.deepEqual(result.quotes.map(q => [q.speaker, q.via]), [['Maria Lind', 'Reuters']]);
	assert.deepEqual(result.speakers.map(s => s.name), ['Maria Lind']);
});

test('`X told Z that …`: the speaker is X, never the addressee', () => {
	const result = extractQuotes(article('Coach Tom Reid told Prime Minister Sarah Hale that the team would "fight to the end".'));
	assert.equal(speakerOf(result, 'fight to the end'), 'Tom Reid');
	assert.ok(!result.speakers.some(s => s.name.includes('Hale')));
});

test('outlets that report are via, never speakers', () => {
	const result = extractQuotes(article('The minister said the talks had "failed completely", the BBC reported.'));
	assert.equal(result.quotes[0]!.via, 'BBC');
	assert.ok(!result.speakers.some(s => s.name === 'BBC'));
});

test('pronouns point back to the last person named as a subject', () => {
	const result = extractQuotes(article(
		'Senator Paul Okafor met Governor Lee Park on Monday.',
		'He said the bill was "dead on arrival".',
	));
	assert.equal(speakerOf(result, 'dead on arrival'), 'Paul Okafor');
});

test('a quote paragraph with no attribution continues the previous speaker', () => {
	const result = extractQuotes(article(
		'"We lost the first half," coach Dana Wells said. "We won the second."',
		'"Next week is another game."',
	));
	assert.deepEqual(result.quotes.map(q => q.speaker), ['Dana Wells', 'Dana Wells', 'Dana Wells']);
});

test('descriptions speak for unnamed speakers; named people who said nothing are not speakers', () => {
	const result = extractQuotes(article(
		'President Omar Said visited the site with Chancellor Eva Roth.',
		'"The repairs will be finished by May," a spokesman for the ministry said.',
	));
	assert.deepEqual(result.speakers.map(s => [s.name, s.quotes]), [['a spokesman for the ministry', 1]]);
});

test('name forms merge: `Russian Foreign Minister Sergei Lavrov` and `Lavrov` are one speaker', () => {
	const result = extractQuotes(article(
		'Russian Foreign Minister Sergei Lavrov said on Monday that talks would continue.',
		'"We are ready," Lavrov said.',
	));
	assert.deepEqual(result.speakers.map(s => [s.name, s.title, s.quotes]), [['Sergei Lavrov', 'Russian Foreign Minister', 2]]);
});

test('organisations and their acronyms merge', () => {
	const result = extractQuotes(article(
		'The World Health Organization said cases were rising in ten countries.',
		'"This is a warning," the WHO said.',
	));
	assert.deepEqual(result.speakers.map(s => [s.name, s.kind, s.quotes]), [['World Health Organization', 'organization', 2]]);
});

test('headline quotes: `\'…\': Name`', () => {
	const result = extractQuotes(headlined("'We Will Not Give Up': Maria Lopez", 'Maria Lopez spoke in Madrid.'));
	assert.deepEqual(said(result), [['Maria Lopez', 'headline', 'We Will Not Give Up']]);
});

test('scare quotes and titles are not quotes', () => {
	const result = extractQuotes(article('The so-called "peace plan" was published in a book titled "Ending Wars".'));
	assert.deepEqual(result.quotes, []);
});

test('reported speech needs content: a noun after the verb is not enough', () => {
	const result = extractQuotes(article('The minister announced his resignation on Friday.'));
	assert.deepEqual(result.quotes, []);
});

test('urging with an infinitive is reported speech', () => {
	const result = extractQuotes(article('Governor Ray Holt urged residents to evacuate before the storm.'));
	assert.deepEqual(said(result), [['Ray Holt', 'indirect', 'residents to evacuate before the storm']]);
});

test('headlines report speech without quotation marks', () => {
	const result = extractQuotes(headlined('Rail fares to rise in March, transport secretary declares', 'Fares rose last year too.'));
	assert.deepEqual(said(result), [['transport secretary', 'indirect', 'Rail fares to rise in March']]);
});

test('where it was said is not what was said: `said in a statement it would …`', () => {
	const result = extractQuotes(article('The company said in a statement it would cut 1,000 jobs.'));
	assert.deepEqual(said(result), [['The company', 'indirect', 'it would cut 1,000 jobs']]);
});

test('a quotation introduced by a colon belongs to the sentence\'s subject', () => {
	const result = extractQuotes(article('President Jair Bolsonaro opposed the statement: "Our sovereignty is not negotiable."'));
	assert.equal(speakerOf(result, 'Our sovereignty'), 'Jair Bolsonaro');
});

test('nothing is reported when somebody did not say or declined to say', () => {
	const result = extractQuotes(article('The prince did not say he had ordered it. A spokesman declined to say whether talks would resume.'));
	assert.deepEqual(result.quotes, []);
});

test('an apposition sits between a name and its verb: `Yellen, the Treasury secretary, told CNN that …`', () => {
	const result = extractQuotes(article('Janet Yellen, the Treasury secretary, told CNN that she expected inflation to ease.'));
	assert.deepEqual(result.quotes.map(q => [q.speaker, q.via, q.text]), [['Janet Yellen', 'CNN', 'she expected inflation to ease']]);
});

test('a role with nobody named resolves to the named person who holds it', () => {
	const result = extractQuotes(article(
		'Greek Foreign Minister George Katrougalos visited Ankara.',
		'"This is unacceptable," the Greek foreign minister said.',
	));
	assert.deepEqual(result.speakers.map(s => s.name), ['George Katrougalos']);
});

test('an attribution after `!"` or `?"` still belongs to the quotation', () => {
	const result = extractQuotes(article('President Ana Ruiz spoke on Friday.', '"Where is the money?" Ruiz asked the council.'));
	assert.equal(speakerOf(result, 'Where is the money?'), 'Ana Ruiz');
});

test('a single quotation closing inside a double one, before its mark, leaves the double one whole', () => {
	const result = extractQuotes(article('"I sat down and one of them said, \'Hell, we have got a drummer\' ", he recalled in an interview.'));
	assert.deepEqual(result.quotes.map(q => q.text), ["I sat down and one of them said, 'Hell, we have got a drummer'"]);
});

test('an unattributed quotation borrows a later speaker only from the very next sentence', () => {
	const far = extractQuotes(article('"We are ready for the storm." The town hall stayed open overnight. The mayor said "the roads are clear."'));
	assert.equal(speakerOf(far, 'ready for the storm'), null);
	const near = extractQuotes(article('"We are ready for the storm." "The roads are clear," the mayor said.'));
	assert.equal(speakerOf(near, 'ready for the storm'), 'the mayor');
	const scare = extractQuotes(article('The tool has "extractors" for each site. "Any browser can do this," the letter read.'));
	// (a scare quote in a sentence that reports nobody: dropped, and in any case nobody's)
	assert.equal(speakerOf(scare, 'extractors') ?? null, null);
	assert.equal(speakerOf(scare, 'Any browser'), 'the letter');
});

test('the agent of a passive speaks: `was told by X of "…"`', () => {
	const result = extractQuotes(article('In a meeting that day he was told by Health Minister Ivo Petrov of "at least ten cases", while regional governor Olga Lind said more were missing.'));
	assert.equal(speakerOf(result, 'at least ten cases'), 'Ivo Petrov');
});

test('a gerund after `by` is how someone spoke, not who: the subject speaks', () => {
	const result = extractQuotes(article('Ann Warren met voters in Dayton on Monday.', 'Warren, clearly annoyed, replied by shaking her head at the man, saying the council was twisting her record.', '"I am so tired of this."'));
	assert.deepEqual(result.quotes.map(q => q.speaker), ['Ann Warren', 'Ann Warren']);
});

test('interview labels name who speaks; the interviewer\'s questions report nothing', () => {
	const result = extractQuotes(article(
		'Mara Lind spoke to us about the strike.',
		'((Q)) Did the council say that the road would close?',
		'((Mara Lind)) I told them I would stay. The council said "we will see".',
		'((Q)) What happened next?',
	));
	assert.deepEqual(result.speakers.map(s => s.name), ['The council']);
	assert.deepEqual(result.quotes.map(q => q.text), ['we will see']);
});

test('a quotation introduced in English after an original-language passage is a quote; its text stops before the next one', () => {
	const result = extractQuotes(article('Saying "it is fair" ((es))Spanish language: es justo, President Ana Ruiz elaborated, "We will not wait. ((es))Spanish language: No esperaremos."'));
	assert.deepEqual(said(result).map(([speaker, , text]) => [speaker, text]), [['Ana Ruiz', 'it is fair'], ['Ana Ruiz', 'We will not wait.']]);
});

test('citing a text quotes nobody', () => {
	const result = extractQuotes(article('Ali Erdem cited Article 5 of the treaty and said, "They need to stand by us."'));
	assert.deepEqual(result.quotes.map(q => q.speaker), ['Ali Erdem']);
});

test('no reported speech without a verb: `this change by …`, `the need to …`, a time phrase before `X said —`, an aside', () => {
	const indirect = (text: string): string[] => extractQuotes(article(text)).quotes.filter(q => q.kind === 'indirect').map(q => q.text);
	assert.deepEqual(indirect('He announced this change by live television on Wednesday and again in a rally on Friday.'), []);
	assert.deepEqual(indirect('The agency noted the need to drive governments to action: "Act now."'), []);
	assert.deepEqual(indirect('Earlier this week on the live television, President Ozil said — as reported by the Daily Star — "We will go on."'), []);
	assert.deepEqual(indirect('Tom Vale announced this would be his last race.'), ['this would be his last race']);
});
