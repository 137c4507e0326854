// Reported speech without quotation marks: which content clauses after a verb of saying are reports, each on
// sentences written for the test.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {extractQuotes} from '../../source/core/quotes/extract.js';
import {article} from './test-articles.js';

const reported = (...body: string[]): [string | null, string][] =>
	extractQuotes(article(...body)).quotes.filter(q => q.kind === 'indirect').map(q => [q.speaker, q.text]);

test('a pronoun with its verb written short (`he’s`, `they’re`, `it’ll`) opens a content clause', () => {
	assert.deepEqual(reported('Mayor Ruth Kane said she’s not happy with the new bus routes.'), [['Ruth Kane', 'she’s not happy with the new bus routes']]);
	assert.deepEqual(reported('The tenants say they\'re ready to strike over the rent.'), [['The tenants', 'they\'re ready to strike over the rent']]);
});

test('a report inside a subordinate clause opening the sentence ends where the main clause begins', () => {
	assert.deepEqual(reported('While most experts say the bridge was built by the Romans, there are other ideas about its age.'), [['most experts', 'the bridge was built by the Romans']]);
	assert.deepEqual(reported('Although the council said the road would reopen soon, it stayed closed for a year.'), [['the council', 'the road would reopen soon']]);
});

test('the subject of a verb only somebody does (`said`, `told`) speaks, though no list knows its noun', () => {
	assert.deepEqual(reported('The airline said the co-pilot had logged many hours with the firm.'), [['The airline', 'the co-pilot had logged many hours with the firm']]);
	assert.deepEqual(reported('Most of the candidates said they support the new bus lanes.'), [['Most of the candidates', 'they support the new bus lanes']]);
	// …while a thing that `suggests` is no speaker, nor a phrase cut at an abbreviation's full stop.
	assert.deepEqual(reported('Some fresh data suggests the lake was once much deeper.'), []);
});

test('…and for a quotation such an unknown noun is an epithet: the speaker named before it in the paragraph wins', () => {
	const quotes = extractQuotes(article('"We will build it," Mayor Ruth Kane said. The businesswoman added: "It will be done by May."')).quotes;
	assert.deepEqual(quotes.map(q => q.speaker), ['Ruth Kane', 'Ruth Kane']);
});

test('documents in the plural with a word to say which (`company documents`, `exit polls`) are a source', () => {
	assert.deepEqual(reported('The firm has more than 7,600 workers, according to company documents.'), [['company documents', 'The firm has more than 7,600 workers']]);
	assert.deepEqual(reported('The mayor won most young voters, according to exit polls.'), [['exit polls', 'The mayor won most young voters']]);
});

test('an adjective saying who a source is keeps its preposition (`people familiar with the plans`, `sources close to …`)', () => {
	assert.deepEqual(reported('The firm will shut its plant in May, according to people familiar with the plans.'), [['people familiar with the plans', 'The firm will shut its plant in May']]);
	assert.deepEqual(reported('Sources close to the inquiry said the man had moved to the city a year ago.'), [['Sources close to the inquiry', 'the man had moved to the city a year ago']]);
});

test('verbs of asking take a subjunctive clause (`recommended residents avoid …`, `requested members be given …`), not a phrase after `for`', () => {
	assert.deepEqual(reported('Officials recommended residents avoid the beach until Friday.'), [['Officials', 'residents avoid the beach until Friday']]);
	assert.deepEqual(reported('The club requested members be given a vote in May.'), [['The club', 'members be given a vote in May']]);
	assert.deepEqual(reported('The family asked for donations to the fund, which helps sick children.'), []);
});

test('encouraging and instructing are asking: an object and an infinitive after them are reported, up to the main clause', () => {
	assert.deepEqual(reported('The union has been encouraging members to vote against the deal.'), [['The union', 'members to vote against the deal']]);
	assert.deepEqual(reported('With the union urging members to strike, the firm closed two plants.'), [['the union', 'members to strike']]);
});

test('a participle of saying right after a noun for people says what they did; after a document, its issuer speaks', () => {
	assert.deepEqual(reported('The mayor joined the calls by local officials asking the state to pay for the bridge.'), [['local officials', 'the state to pay for the bridge']]);
	assert.deepEqual(reported('The mayor issued a statement saying the bridge would reopen.'), [['The mayor', 'the bridge would reopen']]);
});

test('a name ending in a suffix written short (`Jr.`) is the subject, and a number written with a comma is one word', () => {
	assert.deepEqual(reported('Senator Tom H. Baker Jr. said the plan had made him a target of critics.'), [['Tom H. Baker', 'the plan had made him a target of critics']]);
	assert.deepEqual(reported('The ministry has said 2,093 of the letters were lost in the post.'), [['The ministry', '2,093 of the letters were lost in the post']]);
});

test('a quantity of people (`two-thirds of residents`, `nearly eight in 10 voters`) is those people', () => {
	assert.deepEqual(reported('Two-thirds of residents said the bus was late.'), [['Two-thirds of residents', 'the bus was late']]);
	assert.deepEqual(reported('Nearly eight in 10 voters said they have made up their minds.'), [['Nearly eight in 10 voters', 'they have made up their minds']]);
	assert.deepEqual(reported('Some of the protesters said the police hit them.'), [['Some of the protesters', 'the police hit them']]);
	// Every fraction, and majorities, count people too.
	assert.deepEqual(reported('Three-fourths say the town should keep its buses running at night.'), [['Three-fourths', 'the town should keep its buses running at night']]);
	assert.deepEqual(reported('Majorities in both towns say they want the buses kept.'), [['Majorities in both towns', 'they want the buses kept']]);
});

test('the participle of a verb that takes a bare clause takes one too, past an addressee after `to`', () => {
	assert.deepEqual(reported('Baker testified in his own defence, claiming some clients deceived him.'), [['Baker', 'some clients deceived him']]);
	assert.deepEqual(reported('The mayor spoke for an hour, announcing to reporters the bridge would reopen in May.'), [['The mayor', 'the bridge would reopen in May']]);
});

test('a participle\'s report whose subject is the very name it would be credited to belongs to somebody else', () => {
	assert.deepEqual(reported('Nowak was taken to the clinic, where Dr. Anna Lis was met with applause upon announcing to journalists Nowak remained alive.'), []);
});

test('`according to` a long speaker\'s phrase still closes the report before it; `according to which` names nobody', () => {
	assert.deepEqual(reported('Nine people were hurt in the crash, including the driver, according to Chief Ann Brown of the Ohio Department of Public Safety and Emergency Response.'), [['Ann Brown', 'Nine people were hurt in the crash, including the driver']]);
	assert.deepEqual(reported('The two states signed a deal, according to which the border would move north of the river.'), []);
});

test('records, statistics and tallies are documents: `according to` them names a source', () => {
	assert.deepEqual(reported('The firm was formed in Leeds in 2012, according to state business records.'), [['state business records', 'The firm was formed in Leeds in 2012']]);
	assert.deepEqual(reported('Death rates have averaged around 50% according to the agency\'s statistics.'), [['the agency', 'Death rates have averaged around 50%']]);
});

test('a verb of saying the tagger reads as a plural noun (`claims`, `notes`) is the verb after a singular subject when a clause follows', () => {
	assert.deepEqual(reported('The government claims the airline flies arms to the rebels.'), [['The government', 'the airline flies arms to the rebels']]);
	assert.deepEqual(reported('The network claims Acme owes it money for the ads.'), [['The network', 'Acme owes it money for the ads']]);
});

test('an indirect question after a verb of asking (`asked X if …`, `asked how …`) is reported speech', () => {
	assert.deepEqual(reported('The reporter asked the mayor if he had any plans for the bridge.'), [['The reporter', 'if he had any plans for the bridge']]);
	assert.deepEqual(reported('The council asked Dr. Lee how the new test is linked to the outbreak.'), [['The council', 'how the new test is linked to the outbreak']]);
	assert.deepEqual(reported('The pupils asked whether the school would reopen.'), [['The pupils', 'whether the school would reopen']]);
});

test('informing, assuring and reminding somebody report what follows the addressee, as telling does', () => {
	assert.deepEqual(reported('Anna Berg informed police she had a permit for the gun.'), [['Anna Berg', 'she had a permit for the gun']]);
	assert.deepEqual(reported('The mayor assured voters the tax would not rise.'), [['The mayor', 'the tax would not rise']]);
	assert.deepEqual(reported('The firm reminded staff that the office would close early.'), [['The firm', 'the office would close early']]);
});

test('a relative clause reporting its own verb (`which officials said will open in May`) is a report, up to the comma closing it', () => {
	assert.deepEqual(reported('The bridge, which officials said will open in May, cost millions.'), [['officials', 'will open in May']]);
});

test('the media, like a named outlet, only pass the news on: `local media reported` credits nobody', () => {
	assert.deepEqual(reported('Local media reported the fire killed six people.'), []);
	const quotes = extractQuotes(article('State media quoted the minister as saying "we will rebuild the town."')).quotes;
	assert.deepEqual(quotes.map(q => [q.speaker, q.via]), [['the minister', 'State media']]);
});

test('what stands between a subject and its verb of saying leaves the subject the speaker: adverbs (`often says`), an adverbial after an auxiliary (`has since said`, `have in the past said`), an auxiliary written short (`she’s said`)', () => {
	assert.deepEqual(reported('Mayor Ruth Kane has since said the bus routes will change in May.'), [['Ruth Kane', 'the bus routes will change in May']]);
	assert.deepEqual(reported('The growers have in the past said the river is too low for the crop.'), [['The growers', 'the river is too low for the crop']]);
	assert.deepEqual(reported('The teachers’ union often says the schools need more staff.'), [['The teachers’ union', 'the schools need more staff']]);
	assert.deepEqual(reported('Mayor Ruth Kane opened the depot on Monday. She’s said the old one will be sold.'), [['Ruth Kane', 'the old one will be sold']]);
	// …though a subject after the auxiliary is the verb's own: `would be what Kane called …` is Kane's.
	assert.deepEqual(reported('The third plan would be what Kane said was a fair deal for the town.'), []);
});

test('a count as the subject of a verb of saying is the people counted (`Two in three said`, `55 percent say`, `about four out of 10 voters said`), though a vague quantity before a noun counts nobody', () => {
	assert.deepEqual(reported('Two in three said they would vote for the new park.'), [['Two in three', 'they would vote for the new park']]);
	assert.deepEqual(reported('In the town poll, 55 percent said the mayor was doing well.'), [['55 percent', 'the mayor was doing well']]);
	assert.deepEqual(reported('More than six in 10 said the buses were often late.'), [['More than six in 10', 'the buses were often late']]);
	assert.deepEqual(reported('About four out of 10 voters said the tax was too high.'), [['About four out of 10 voters', 'the tax was too high']]);
	assert.deepEqual(reported('Just 28 percent of Welsh farmers said they would sell.'), [['28 percent of Welsh farmers', 'they would sell']]);
	assert.deepEqual(reported('Some estimated prices, given by traders to reporters, exceeded the old record.'), []);
});

test('a sentence adverbial set off by commas between the subject and its verb of saying (`Reed, though, said`, `the farmers, for example, argue`) leaves the subject the speaker', () => {
	assert.deepEqual(reported('Tom Reed, though, said the bridge would close in June.'), [['Tom Reed', 'the bridge would close in June']]);
	assert.deepEqual(reported('The farmers, for example, argue that the price is too low.'), [['The farmers', 'the price is too low']]);
	assert.deepEqual(reported('The nurses, too, said the ward was full all week.'), [['The nurses', 'the ward was full all week']]);
});

test('an attribution after its report may name whom it was told to (`…, the mayor told a council panel Wednesday.`)', () => {
	assert.deepEqual(reported('The plan includes a new bus depot, the mayor told a council panel Wednesday.'), [['the mayor', 'The plan includes a new bus depot']]);
	assert.deepEqual(reported('He had been in his second year, a school spokesman told The Daily Herald.'), [['a school spokesman', 'He had been in his second year']]);
});

test('an outlet’s own findings (`a CNN tally`, `a Reuters analysis`) are its claim; its report is the news it passes on', () => {
	assert.deepEqual(reported('Turnout fell by a third in the city, according to a CNN tally.'), [['CNN', 'Turnout fell by a third in the city']]);
	assert.deepEqual(reported('More than $40 million has been spent on radio ads, according to a Reuters analysis.'), [['Reuters', 'More than $40 million has been spent on radio ads']]);
	assert.deepEqual(reported('Turnout fell by a third in the city, according to an NBC report.'), []);
});

test('those counted in a poll speak, not the poll: `Most voters in a Quinnipiac poll said`', () => {
	assert.deepEqual(reported('Most voters in a Quinnipiac poll said the economy was weak.'), [['voters in a Quinnipiac poll', 'the economy was weak']]);
	assert.deepEqual(reported('Two in three farmers in the county survey said the drought had cost them a harvest.'), [['Two in three farmers in the county survey', 'the drought had cost them a harvest']]);
});

test('what follows `according to` is its object, never an infinitive, whatever the tagger reads: `according to reports the lobbyist filed`', () => {
	assert.deepEqual(reported('The senator met the minister twice last spring, according to reports the lobbyist filed with the state.'), [['the lobbyist', 'The senator met the minister twice last spring']]);
});

test('a relative clause set off by a comma after the addressee or the place (`told reporters at the scene, where …`) is no report; what was said comes after it', () => {
	assert.deepEqual(reported('Ann Lee told reporters at the ceremony beside the river, where a crowd had gathered.'), []);
	assert.deepEqual(reported('Ann Lee told the crowd, which had waited for hours, that the bridge was safe.'), [['Ann Lee', 'the bridge was safe']]);
});

test('a time adverbial after the verb ends where a determiner opens the clause: `said yesterday morning the road itself, which …, will be`', () => {
	assert.deepEqual(reported('Inspector Dan Moss said yesterday morning the bridge itself, which is new, would be checked.'), [['Dan Moss', 'the bridge itself, which is new, would be checked']]);
});

test('after the verb, a sentence adverbial set off by commas (`said, however, that`, `told reporters, for example,`) leaves the report after it', () => {
	assert.deepEqual(reported('Ann Lee said, however, that the bridge was safe.'), [['Ann Lee', 'the bridge was safe']]);
	assert.deepEqual(reported('Ann Lee told reporters, for example, the bridge had been checked twice.'), [['Ann Lee', 'the bridge had been checked twice']]);
});

test('the addressee of `told` may run on with where it was told, up to `that`', () => {
	assert.deepEqual(reported('Ben Moss told a packed meeting hall at a school in north Leeds that he would stand again.'), [['Ben Moss', 'he would stand again']]);
});

test('a time word after the verb ends before a pronoun that opens the report: `said Wednesday she, too, wants`', () => {
	assert.deepEqual(reported('Mayor Ann Lee said Wednesday she, too, wants an inquiry into the fire.'), [['Ann Lee', 'she, too, wants an inquiry into the fire']]);
});

test('after a quotation, a verb of saying joined by `and` reports with that verb: its report never starts with it', () => {
	const all = extractQuotes(article('The order said "the flood is a state emergency" and said the emergency began on May 1, a week before.')).quotes.map(q => q.text);
	assert.deepEqual(all, ['the flood is a state emergency', 'the emergency began on May 1, a week before']);
});

test('a report before its attribution may open with a sentence adverb and its comma, though not with a verb\'s manner', () => {
	assert.deepEqual(reported('Now, half of the patrol boats are based abroad, according to the Navy.'), [['Navy', 'Now, half of the patrol boats are based abroad']]);
	assert.deepEqual(reported('Ruth Vance spoke.', 'Still, the dam would hold for a decade, Vance said.'), [['Ruth Vance', 'Still, the dam would hold for a decade']]);
	assert.deepEqual(reported('Ruth Vance spoke.', 'Vance said slowly, as the lights went down in the hall.'), []);
});

test('what stands before a relative clause with a verb of saying is nobody\'s report: the clause tells of the phrase before it', () => {
	assert.deepEqual(reported('Ruth Vance spoke.', 'Instead, she pointed to a map of the valley, which confirmed most of the story.'), []);
	assert.deepEqual(reported('Ruth Vance spoke.', 'Vance was later accused of hiding the letters, which she denied.'), []);
});

test('a quantifier opening its clause, alone or of `them`, is the subject of a verb of saying', () => {
	const crowd = 'Nurses at the clinic met on Monday.';
	assert.deepEqual(reported(crowd, 'Most of them said the night shifts were too long.'), [['Nurses at the clinic', 'the night shifts were too long']]);
	assert.deepEqual(reported(crowd, 'Many said the night shifts were too long.'), [['Many', 'the night shifts were too long']]);
	assert.deepEqual(reported(crowd, 'Others said the pay was fair.'), [['Others', 'the pay was fair']]);
	assert.deepEqual(reported(crowd, 'One said the pay was fair. Another said it was not.'), [['One', 'the pay was fair'], ['Another', 'it was not']]);
	// Not nobody, not a quantity in all, and not a quantifier of a noun a participle describes.
	assert.deepEqual(reported(crowd, 'None of them said the pay was fair.'), []);
	assert.deepEqual(reported(crowd, 'All told, the clinic spent more than it raised.'), []);
	assert.deepEqual(reported(crowd, 'Some estimated costs, given by the clinic to the press, exceeded a million.'), []);
});

test('an -ing form of a verb of saying after a comma or a preposition, before its content, is the participle though tagged a noun', () => {
	const body = 'Ruth Vance spoke at the hall.';
	assert.deepEqual(reported(body, 'Vance rallied her staff, warning that the dam would fail.'), [['Ruth Vance', 'the dam would fail']]);
	assert.deepEqual(reported(body, 'Vance rallied her staff by warning darkly that the dam would fail.'), [['Ruth Vance', 'the dam would fail']]);
	// A warning someone issues is a noun.
	assert.deepEqual(reported(body, 'Vance issued a warning that the dam would fail.'), []);
});

test('an adverb between the verb and `that` says how it was said and is no part of the report', () => {
	assert.deepEqual(reported('Ruth Vance spoke.', 'Vance said repeatedly that the dam would hold.'), [['Ruth Vance', 'the dam would hold']]);
});

test('a word the tagger reads as a noun is the verb where a noun phrase runs straight into an indefinite article', () => {
	assert.deepEqual(reported('Ruth Vance spoke.', 'Vance said the town budget funds a clinic.'), [['Ruth Vance', 'the town budget funds a clinic']]);
	assert.deepEqual(reported('Ruth Vance spoke.', 'Vance said the dam project costs a fortune.'), [['Ruth Vance', 'the dam project costs a fortune']]);
});

test('a proportion ends the subject of a verb of saying the tagger reads as a noun (`Six in 10 say …`)', () => {
	assert.deepEqual(reported('Voters in the valley were polled.', 'Six in 10 say the new road is too costly.'), [['Six in 10', 'the new road is too costly']]);
	assert.deepEqual(reported('Voters in the valley were polled.', 'Nearly nine out of 10 say the new road is too costly.'), [['Nearly nine out of 10', 'the new road is too costly']]);
	// A year after `in` is no proportion: `in 2006 saying` gives the sentence's subject no report.
	assert.deepEqual(reported('Ann Lee spoke.', 'Lee recalled remarks the mayor made in 2006 saying the plan would fail.'), []);
});

test('a verb of saying in a relative clause on the subject reports only what it has of its own before the main verb', () => {
	assert.deepEqual(reported('The man who wrote the speech delivered by his sister says he will not vote.'), [['The man', 'he will not vote']]);
	assert.deepEqual(reported('The man who said the dam would fail says he will not vote.'), [['The man', 'the dam would fail'], ['The man', 'he will not vote']]);
});

test('the first verb after a relative word in a content\'s subject is the relative clause\'s, not the content\'s', () => {
	assert.deepEqual(reported('The island became the last place to report cases of what the agency declared an outbreak this year.'), []);
	assert.deepEqual(reported('Ann Lee spoke.', 'Lee said the man who fled was armed.'), [['Ann Lee', 'the man who fled was armed']]);
	assert.deepEqual(reported('Ann Lee spoke.', 'Lee said what he wanted was peace.'), [['Ann Lee', 'what he wanted was peace']]);
	// Nor is a partitive of a noun (`one of six states that …`) a proportion before a verb.
	assert.deepEqual(reported('By Friday, the county was one of six states that had moved the vote.'), []);
});

test('a phrase a preposition opens may run long before the subject; refusing to say, calling somewhere and a noun with a relative clause report nothing', () => {
	const body = 'Ann Ross spoke at the hall.';
	assert.deepEqual(extractQuotes(article(body, 'With town leaders increasingly worried about a lack of money for the schools among young families, Mayor Ann Ross is rolling out a new message: "It is about you."')).quotes.map(q => q.speaker), ['Ann Ross']);
	assert.deepEqual(reported(body, 'Ross left the hall, refusing to concede that the vote was lost.'), []);
	assert.deepEqual(reported(body, 'Ross started the day by calling into the morning shows to answer her critics.'), []);
	assert.deepEqual(reported(body, 'Ross wrote legislation that gave the mayor more power.'), []);
	assert.deepEqual(reported(body, 'Ross said legislation that gave the mayor more power was passed.'), [['Ann Ross', 'legislation that gave the mayor more power was passed']]);
});

test('a subject pronoun right after a noun its article opens begins a relative clause: `a deal it brokered` is a noun object', () => {
	assert.deepEqual(reported('The council announced a deal it brokered to end the strike.'), []);
	assert.deepEqual(reported('Ann Lee spoke.', 'Lee said the deal it brokered was historic.'), [['Ann Lee', 'the deal it brokered was historic']]);
});

test('a past form after a noun and an adverb that dates it (`first`, `recently`) describes the noun, no clause\'s verb', () => {
	assert.deepEqual(reported('The agency announced the name of the fever first recorded two months ago in the delta.'), []);
	assert.deepEqual(reported('Ann Lee spoke.', 'Lee said the fever first recorded in the delta had spread.'), [['Ann Lee', 'the fever first recorded in the delta had spread']]);
});
