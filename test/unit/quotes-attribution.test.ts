// Attribution shapes of English news around the speaker's name, each on sentences written for the test.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {extractQuotes} from '../../source/core/quotes/extract.js';
import {article} from './test-articles.js';

const speakerOf = (body: string[], text: string): string | null | undefined => extractQuotes(article(...body)).quotes.find(q => q.text.includes(text))?.speaker;

test('a party and state in brackets after a name leave the name the subject, before the verb or after it', () => {
	assert.equal(speakerOf(['Sen. Maria Okafor (D-Ore.) said the bill was "a good first step" for farmers.'], 'good first step'), 'Maria Okafor');
	assert.equal(speakerOf(['"We will keep pushing," said Rep. Tom Hale (R-Ky.). "Nobody is giving up."'], 'Nobody is giving up'), 'Tom Hale');
	// …and words after the brackets go on as they would after the name (`in a statement`, `on Monday`).
	assert.equal(speakerOf(['The committee met on Monday.', '"We will keep pushing," said Senate Majority Leader Ruth Vance (D-Ore.) in a statement.'], 'keep pushing'), 'Ruth Vance');
	assert.equal(speakerOf(['The committee met on Monday.', '"It is a fair deal," said Rep. Ian Moss (R-Ohio) on Tuesday.'], 'fair deal'), 'Ian Moss');
	assert.equal(speakerOf(['Rep. Ada Lin (D-Calif.), who wrote the bill, said the vote was "long overdue" this year.'], 'long overdue'), 'Ada Lin');
	// A remark in brackets, with a verb in it, is no label on the name.
	assert.notEqual(speakerOf(['The mayor met Joe Brandt (who runs the shelter) and said the plan was "a mess" anyway.'], 'a mess'), 'Joe Brandt');
});

test('a role set off by commas after a name is the name\'s', () => {
	assert.equal(speakerOf(['Nina Patel, the governor\'s chief of staff, said the budget was "balanced at last" on Monday.'], 'balanced at last'), 'Nina Patel');
	assert.equal(speakerOf(['"It is a long road," Omar Farah, associate professor of economics at the state university, said.'], 'long road'), 'Omar Farah');
	assert.equal(speakerOf(['Lena Kraus, Weber\'s campaign manager, said the rally was "the biggest yet" for them.'], 'biggest yet'), 'Lena Kraus');
});

test('a question closing with its mark is attributed by the name and verb after it, and so is what follows', () => {
	const result = extractQuotes(article('"Do you really think so?" Garcia replied. "I do not."'));
	assert.deepEqual(result.quotes.map(q => q.speaker), ['Garcia', 'Garcia']);
});

test('a paragraph ending in a verb of saying and a colon introduces the quotation opening the next one', () => {
	const body = ['Professor Ruth Ames wrote:', '"The river has never been this low. We should worry."'];
	assert.equal(speakerOf(body, 'never been this low'), 'Ruth Ames');
	// Without the introduction nobody is named.
	assert.equal(speakerOf(['Professor Ruth Ames left.', '"The river has never been this low."'], 'never been this low'), null);
});

test('a role opening the last capitalised run names the person, past a body\'s name before it', () => {
	assert.equal(speakerOf(['"They are wrong," said Budget ranking Republican Sam Ortiz.'], 'They are wrong'), 'Sam Ortiz');
});

test('owners before a description make it no longer: the role after the last owner speaks', () => {
	const result = extractQuotes(article('According to the Northern Rail Company\'s Safety Board\'s chief engineer, the bridge was sound.'));
	assert.match(result.quotes[0]?.speaker ?? '', /chief engineer$/u);
});

test('a document by somebody speaks for its author, past a role set off by commas', () => {
	const result = extractQuotes(article('According to a Facebook post by Mia Torres, director of the animal shelter, the dog was found near the river.'));
	assert.deepEqual(result.quotes.map(q => [q.speaker, q.text]), [['Mia Torres', 'the dog was found near the river']]);
});

test('a person of a body keeps speaking when the body is described before its name', () => {
	assert.equal(speakerOf(['Ravi Menon of local charity group Clean Water Alliance said, "We need action."'], 'We need action'), 'Ravi Menon');
});

test('an adverb opening a sentence that runs into its subject and verb is no adverbial before a later subject', () => {
	const body = ['Later on Friday Olsen met with the board, then with Governor Grant Hale, where she repeated her plan. Asked again, she said "it is the only way".'];
	assert.equal(speakerOf(body, 'only way'), 'Olsen');
});

test('after an adjective like easy or hard, an infinitive of saying reports nothing', () => {
	const result = extractQuotes(article('Kim Ortega said the name had to be easy to say and, above all, it must be short.'));
	assert.deepEqual(result.quotes.map(q => [q.speaker, q.kind]), [['Kim Ortega', 'indirect']]);
});

test('a plain verb form agreeing with a plural subject is a verb of saying even where the tagger reads a noun', () => {
	const result = extractQuotes(article('Fires are common there. Activists claim safety rules are routinely ignored. Insurance claim forms are long.'));
	assert.deepEqual(result.quotes.map(q => [q.speaker, q.text]), [['Activists', 'safety rules are routinely ignored']]);
});

test('verbs of stressing and pointing out report a clause, with or without that', () => {
	const reported = (text: string): string[] => extractQuotes(article(text)).quotes.map(q => q.text);
	assert.deepEqual(reported('Minister Joe Park underlined that the deal is open to all.'), ['the deal is open to all']);
	assert.deepEqual(reported('Minister Maria Lind pointed out it would cost far more.'), ['it would cost far more']);
	assert.deepEqual(reported('Minister Maria Lind reaffirmed that the plan stands.'), ['the plan stands']);
});

test('labels set off by commas after a name: a party and state, an age', () => {
	assert.equal(speakerOf(['Sen. Dana Holt, R-Ky., told reporters that the polls could be "way off" this year.'], 'way off'), 'Dana Holt');
	assert.equal(speakerOf(['Pat Quinn, 34, said the rally was "the best so far" for the town.'], 'best so far'), 'Pat Quinn');
});

test('a phrase describing the speaker between commas, opening with a participle or an adjective and a preposition', () => {
	assert.equal(speakerOf(['Ohio state delegate Mary Lund, clad in a red cape with lights, said the night could be a "failure" for them.'], 'failure'), 'Mary Lund');
	assert.equal(speakerOf(['"We had better years," delegate Bill Ostrow, wearing a cowboy hat, said calmly.'], 'better years'), 'Bill Ostrow');
	assert.equal(speakerOf(['Speaking on the same show, Sen. Joan Berry (D-Mo.), who backs the bill, said it was "long overdue" now.'], 'long overdue'), 'Joan Berry');
});

test('a quotation closing with its mark is attributed past an apposition on the speaker, and by a bare "X said."', () => {
	assert.equal(speakerOf(['"How are you today?" Miller, a retired worker from the plant, said into the phone.'], 'How are you'), 'Miller');
	assert.equal(speakerOf(['Senator Ruth Ames spoke first.', '"We found the emails." Ames said.'], 'found the emails'), 'Ruth Ames');
});

test('a noun phrase for a role between a party or body and a full name leaves the person the speaker', () => {
	assert.equal(speakerOf(['"It was crowded," said Republican political consultant Chris Rowe.'], 'crowded'), 'Chris Rowe');
	assert.equal(speakerOf(['"It hurts," said Labour party boss Reina Pryce.'], 'It hurts'), 'Reina Pryce');
});

test('a town and its state set off by commas after a name say where the speaker is from, and never speak', () => {
	const result = extractQuotes(article('"Both of them scare me," Harry Bond, 30, of Raleigh, N.C., who was among those polled, said in an interview.'));
	assert.deepEqual(result.quotes.map(q => [q.speaker, q.kind]), [['Harry Bond', 'direct']]);
	assert.equal(speakerOf(['Senator Hillary Clinton, during a meeting in Columbus, Ohio, said she was "going to win it" then.'], 'going to win'), 'Hillary Clinton');
	// A person's name set off by commas after a body is the person.
	assert.equal(speakerOf(['The director of Amnesty, Jane Doe, said it was "a dark day" for all.'], 'dark day'), 'Jane Doe');
});

test('a dateline in capitals before a dash is where the story was filed: the sentence\'s subject comes after it', () => {
	const result = extractQuotes(article('LA CROSSE, Wis. — Gov. Ted Marsh on Thursday blamed the press for the claim that she "founded the group," saying they were wrong.'));
	assert.deepEqual(result.speakers.map(s => s.name), ['Ted Marsh']);
});

test('a preposition and a gerund between the subject and its verb say how or when it was said', () => {
	assert.equal(speakerOf(['Speaker Rita Ferrand in relaying the news to parliament said, "He is part of our history."'], 'part of our history'), 'Rita Ferrand');
});

test('a document\'s author may come after when or where it appeared', () => {
	const result = extractQuotes(article('According to a survey published in 2017 by the Royal Dental Society, most people did not brush well enough.'));
	assert.deepEqual(result.quotes.map(q => q.speaker), ['Royal Dental Society']);
});

test('a colon closing a relative clause on a person introduces that person\'s words', () => {
	const body = ['One of the men was James Ford. Another was tour manager Tom Grady, 24, who cited only his rugby: "One in, all in. I did what anyone would do."'];
	assert.equal(speakerOf(body, 'One in, all in'), 'Tom Grady');
});

test('`the statement` stands for its author when the article said in whose statement something was said', () => {
	const result = extractQuotes(article('Late on Sunday, the Ruritanian President Omar Vale, in a statement read by an aide, announced the troops would be leaving. The statement also said the war had been won.'));
	assert.deepEqual(result.quotes.map(q => [q.speaker, q.text]), [['Omar Vale', 'the troops would be leaving'], ['Omar Vale', 'the war had been won']]);
	// Without that, a statement still speaks for itself.
	assert.deepEqual(extractQuotes(article('The statement said the war had been won.')).quotes.map(q => q.speaker), ['The statement']);
});

test('a description ending in a town and its state after a name leaves the name the speaker', () => {
	assert.equal(speakerOf(['"We leave with momentum," Dale Jonas, a 55-year-old salesman from Sumter, South Carolina, said.'], 'momentum'), 'Dale Jonas');
});

test('a document that `reads in part` before its quotation says it, as one that `reads:` does', () => {
	assert.equal(speakerOf(['The verdict of the tribunal, issued on Friday, read in part, "The contract was never valid. The fine stands."'], 'never valid'), 'the tribunal');
	assert.equal(speakerOf(['The letter from the union reads in part: "Members will not work on Sundays. Talks can resume."'], 'Members will not'), 'the union');
});

test('shouting, chanting and yelling are saying: their words have the subject as speaker', () => {
	assert.equal(speakerOf(['Farm workers in the valley chanted "no more cuts" as the minister arrived.'], 'no more cuts'), 'Farm workers in the valley');
	assert.equal(speakerOf(['The fans yelled "send him off" at the referee.'], 'send him off'), 'The fans');
});

test('a sentence opening with a plain noun phrase and its verb has that phrase as the subject a participle of saying takes', () => {
	assert.equal(speakerOf(['Members of the Town Council walked out, chanting "no more cuts" as the mayor spoke.'], 'no more cuts'), 'Members of the Town Council');
	assert.equal(speakerOf(['Protesters outside the court objected by shouting "shame on you!" at the judges.'], 'shame on you'), 'Protesters outside the court');
	// An adverbial opening with a preposition is no subject, nor is a heading in capitals.
	assert.notEqual(speakerOf(['In a statement posted online the school apologised, adding that "lessons were learnt" here.'], 'lessons were learnt'), 'a statement');
});

test('a group for or of a named person is the group, not the person (`Lawyers for Adams said`)', () => {
	assert.equal(speakerOf(['Lawyers for Adams said the land "has never been sold" to anyone.'], 'never been sold'), 'Lawyers for Adams');
});

test('verbs that say how something was said (lamented, countered, mused, scoffed, questioned) attribute as `said` does', () => {
	assert.equal(speakerOf(['"Where did all the money go?" Ann Brooks questioned.'], 'Where did all'), 'Ann Brooks');
	assert.equal(speakerOf(['"Nobody reads the reports," the auditor scoffed.'], 'Nobody reads'), 'the auditor');
	assert.equal(speakerOf(['Mayor Lin lamented that the "old harbour" was gone.'], 'old harbour'), 'Lin');
});

test('a verb of saying the tagger reads as a noun (`notes`, `claims`) between a name after a quotation and the clause\'s end is the verb', () => {
	assert.equal(speakerOf(['"The party is split and nobody can unite it," Ann Viguerie notes.'], 'The party is split'), 'Ann Viguerie');
});

test('a sentence that ends with its verb of saying (`Brock agreed.`) gives its speaker to a quotation opening the next sentence', () => {
	assert.equal(speakerOf(['Ohio State University\'s Diane Brock agreed. "Voters are running out of time. The choice may be made for them."'], 'Voters are running'), 'Diane Brock');
	// …and a capitalised verb-like word before a body's head is part of the body's name (`Ohio State University`).
	assert.deepEqual(extractQuotes(article('Ohio State University\'s Diane Brock agreed.')).quotes, []);
});

test('a role after a name set off by commas stays the name\'s though the tagger reads a word of a body\'s name as a verb', () => {
	assert.equal(speakerOf(['"The scheme has been slow to start," Ann Kerr, policy director at Forest Watch, said on Monday.'], 'slow to start'), 'Ann Kerr');
});

test('a verb of saying in the present puts its speaker after the quotation as its past does (`"…," declares Acs`)', () => {
	assert.equal(speakerOf(['The poll asked about jobs. "I want a fair wage," declares Lena Park, 31, a nurse from Leeds.'], 'fair wage'), 'Lena Park');
	assert.equal(speakerOf(['The town voted on Monday. "It is a good day," recalls Omar Diaz, who ran the count.'], 'good day'), 'Omar Diaz');
});

test('after the quotation, a name owned by another (`Ohio’s Tom Reed`, `The Beacon’s Matt Lowe`) or named after a role its owner gives it (`Kane’s top policy aide Tom Reed`) is the speaker, not the owner', () => {
	assert.equal(speakerOf(['"We will lose the vote," said Ohio’s Tom Reed, a party strategist.'], 'lose the vote'), 'Tom Reed');
	// …and so by any name that owns it: a paper's columnist, a city's paper; not by a name that only qualifies a role.
	assert.equal(speakerOf(['The vote was close.', '"This is absurd," wrote The Beacon’s Matt Lowe.'], 'absurd'), 'Matt Lowe');
	assert.equal(speakerOf(['The vote was close.', '"Stay home," wrote Dunmore’s Evening Ledger in an editorial.'], 'Stay home'), 'Evening Ledger');
	assert.equal(speakerOf(['The vote was close.', 'Kane’s Ohio field director, Ruth Vale, wrote in an email: "We want this soon."'], 'want this soon'), 'Ruth Vale');
	assert.equal(speakerOf(['"This is a disgrace," said Kane’s top policy aide Tom Reed.'], 'disgrace'), 'Tom Reed');
	assert.equal(speakerOf(['The inquiry closed on Friday.', '"This is a disgrace," said Kane’s longtime tag team partner Tom Reed.'], 'disgrace'), 'Tom Reed');
});

test('`who` after the place someone is from stands for the person, not the place', () => {
	const body = ['"I will vote for her," said Nina Hale, 24, from Dover, who said the senator was "the best we have."'];
	assert.equal(speakerOf(body, 'the best we have'), 'Nina Hale');
	// (after a common noun, `from` names a source, who may speak)
	assert.equal(speakerOf(['Ruiz won the backing of a colleague, from Tom Pryce, who declared, "It is time to unite."'], 'time to unite'), 'Tom Pryce');
});

test('a name after a quotation and a dash, the quotation dash (―) as the em dash, is its speaker', () => {
	const lines = ['“The bridge is a triumph for the whole town.” ― Carla Sanz', '“The roads are still a disgrace.” ― Ken Moss', '“We waited ten years for this.” — Ida Park'];
	assert.deepEqual(extractQuotes(article(...lines)).quotes.map(q => q.speaker), ['Carla Sanz', 'Ken Moss', 'Ida Park']);
});

test('a quotation closing on its comma and then its attribution is that attribution\'s, once the act of saying before it has ended', () => {
	const body = ['Ann Ross and Tom Lee spoke at the hall.'];
	assert.equal(speakerOf([...body, 'When Lee said at the meeting that he would stay, he "had the whole room behind him," said Ann Ross, a teacher.'], 'whole room'), 'Ann Ross');
	assert.equal(speakerOf([...body, 'When Lee said at the meeting that he would stay, he "had the whole room behind him," Ross said.'], 'whole room'), 'Ann Ross');
	// A question closing on its own mark, after an aside a dash closes, is the attribution's after it too.
	assert.equal(speakerOf([...body, 'If the dam fails — as engineers fear, though Lee denies it — "who will pay for it?" asked Ross, a teacher.'], 'who will pay'), 'Ann Ross');
	// The quotation inside the report before it is still that report's.
	assert.equal(speakerOf([...body, 'After Lee said that pupils might do better at "smaller schools," Ross said she disagreed.'], 'smaller schools'), 'Tom Lee');
	assert.equal(speakerOf([...body, 'Lee said the hush order was to "avoid any trouble," according to the minutes.'], 'avoid any trouble'), 'Tom Lee');
});

test('a name with a person\'s title is a person, though its last word ends outlets\' names', () => {
	const body = ['Harbor City Mayor Don Guardian met Lena Post.', '"There is no bad publicity," said Harbor City Mayor Don Guardian in an interview. "We have made mistakes."'];
	const result = extractQuotes(article(...body));
	assert.deepEqual(result.quotes.map(q => [q.speaker, q.via]), [['Don Guardian', null], ['Don Guardian', null]]);
	// The titled person goes on by the bare surname.
	assert.equal(speakerOf(['Mayor Don Guardian spoke at noon.', 'Lena Post left early.', '"It is a story," Guardian said.'], 'It is a story'), 'Don Guardian');
	// Without a title the outlet only reports.
	assert.deepEqual(extractQuotes(article('Lena Post met the mayor.', '"There is no bad publicity," the Guardian reported.')).quotes.map(q => [q.speaker, q.via]), [[null, 'Guardian']]);
});

test('any verb of reporting puts its subject after it when the report comes first, as `said` does, but not `told`', () => {
	const reports = (...body: string[]): [string | null, string][] => extractQuotes(article(...body)).quotes.map(q => [q.speaker, q.text]);
	assert.deepEqual(reports('The union will back the plan before the vote, predicted Ruth Vance, a former mayor.'), [['Ruth Vance', 'The union will back the plan before the vote']]);
	assert.deepEqual(reports('The dam will not hold another winter, say engineers.'), [['engineers', 'The dam will not hold another winter']]);
	assert.deepEqual(reports('The dam will not hold another winter, told reporters.'), []);
	// A verb that also takes a clause after it is no inversion when a clause follows: the subject is before it.
	assert.equal(speakerOf(['Tom Lee spoke.', 'Letters from the archive, which Lee opened, revealed Lee had known about the leak.'], 'known about the leak'), 'Letters from the archive');
	// Nor is a comma between two modifiers of one noun the end of a report.
	assert.deepEqual(reports('She won a majority of regular, pledged delegates.'), []);
});

test('`Will` inside a sentence before a name is a given name, not the modal', () => {
	assert.equal(speakerOf(['"It is an expensive model," said Will Doyle, a professor of economics. "Costs keep rising."'], 'Costs keep rising'), 'Will Doyle');
});

test('a role in lower case between an inverted verb and the name is the name\'s (`says political scientist Ann Ross`)', () => {
	assert.equal(speakerOf(['Ann Ross spoke.', 'The river will flood again in spring, says political scientist Ann Ross in Dover.'], 'flood again'), 'Ann Ross');
});

test('an adjective after its noun takes its own preposition and object, a pronoun too (`a source close to him`)', () => {
	assert.equal(speakerOf(['Tom Lee spoke.', 'Lee will change how he works, a source close to him said.'], 'change how he works'), 'a source close to him');
	assert.equal(speakerOf(['Tom Lee spoke.', 'Aides loyal to the governor said the vote would be close.'], 'vote would be close'), 'Aides loyal to the governor');
});

test('examples set off by commas after the subject (`like …`, `such as …`) leave the subject before them', () => {
	assert.equal(speakerOf(['Ann Ross and Tom Lee spoke.', 'Two senators, like Ross and Lee, said the bill was dead.'], 'bill was dead'), 'Two senators');
	assert.equal(speakerOf(['Ann Ross spoke.', 'Farm economists, such as Ross, say the tariff hurts growers.'], 'tariff hurts'), 'Farm economists');
});

test('two hyphens are a dash: a description, then its name set off in dashes, is that named person speaking', () => {
	assert.equal(speakerOf(['Ann Ross spoke.', 'A former state senator -- Ann Ross, who lost the race in 2008 -- said the plan "offered nothing new to the valley."'], 'offered nothing new'), 'Ann Ross');
	// A dateline in capitals before its dash is a place, no signature.
	assert.equal(speakerOf(['HARBOR CITY — "The stories begin and the stories end."'], 'stories begin'), null);
});
