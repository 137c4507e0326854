// Who may stand in the speaker panel: people, groups, bodies and documents — never things, outlets or pronouns.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {extractQuotes} from '../../source/core/quotes/extract.js';
import {manySpeakersArticle} from './quotes-hostile.js';
import {article} from './test-articles.js';

const speakers = (...body: string[]): [string, string][] => extractQuotes(article(...body)).speakers.map(s => [s.name, s.kind]);

test('things and findings are no speakers, whatever verb follows them', () => {
	assert.deepEqual(speakers('Some historical evidence suggests the wells were dug near the old harbour.'), []);
	assert.deepEqual(speakers('According to traffic camera footage, the van was driving on the wrong side of the road.'), []);
	assert.deepEqual(speakers('Differences in diet explain why the rates of illness rose in the north.'), []);
	assert.deepEqual(speakers('The storm hit a farm and a quarry, which the papers said were now under control.'), []);
});

test('people, groups, bodies and documents described without a name still speak, each of its kind', () => {
	assert.deepEqual(speakers('A hospital spokesperson said the driver was in a stable condition.'), [['A hospital spokesperson', 'person']]);
	assert.deepEqual(speakers('Local residents said the river had flooded twice this year.'), [['Local residents', 'unknown']]);
	assert.deepEqual(speakers('A bystander told reporters the bus had braked hard.'), [['A bystander', 'person']]);
	assert.deepEqual(speakers('The ministry said the bridge would reopen in May.'), [['The ministry', 'organization']]);
	assert.deepEqual(speakers('A report by the auditors said the fund had lost money.'), [['the auditors', 'unknown']]);
});

test('a document with a possessive pronoun speaks for the one the pronoun stands for', () => {
	assert.deepEqual(speakers('Anna Berg sailed for forty years. According to her memoirs, she was happiest at sea.'), [['Anna Berg', 'person']]);
});

test('news outlets described without a name only pass the news on', () => {
	const result = extractQuotes(article('Several news outlets reported the minister had resigned on Friday.'));
	assert.deepEqual(result.speakers, []);
});

test('a name that looks like a participle or opens its sentence stays a name', () => {
	assert.deepEqual(speakers('Analysts praised Boeing last week. Boeing declined to answer, telling reporters the company "stands by its engineers."'), [['Boeing', 'person']]);
	assert.deepEqual(speakers('UNICEF reported the vaccines had arrived in the capital on Monday.'), [['UNICEF', 'organization']]);
});

test('a word that only qualifies a title heads no description', () => {
	assert.deepEqual(speakers('The first said the ferry would leave at noon.'), []);
});

test('a sentence adverb is no part of the speaker after it', () => {
	assert.deepEqual(speakers('Maybe the neighbours told them I had come looking for the child.'), [['the neighbours', 'unknown']]);
});

test('a body of something keeps its whole name', () => {
	assert.deepEqual(speakers('According to the National Conference of State Legislatures, the next primary is set for March 3.'), [
		['National Conference of State Legislatures', 'organization'],
	]);
});

test('an object pronoun after `according to` points back like a subject pronoun', () => {
	const result = extractQuotes(article('Spokesman Yahya Sarea said the group had used ten drones. According to him, it was among the largest raids this year.'));
	assert.deepEqual(result.quotes.map(q => q.speaker), ['Yahya Sarea', 'Yahya Sarea']);
});

test('the qualifiers of a role belong to the title, not to the name', () => {
	const titled = (text: string): [string, string | undefined][] => extractQuotes(article(text)).speakers.map(s => [s.name, s.title]);
	assert.deepEqual(titled('Former US presidential candidate Ann Reed said the plan was fair.'), [['Ann Reed', 'Former US presidential candidate']]);
	assert.deepEqual(titled('"Both prizes are essential," said selection committee member Ulf Berg.'), [['Ulf Berg', 'selection committee member']]);
	assert.deepEqual(titled('The firm sacked chief executive John Smith, who said the board had lied.'), [['John Smith', 'chief executive']]);
});

test('a role word is not a name before `at` (`Regents Professor at GT`), a person is (`Dr. Wolf at Saint Mary`)', () => {
	assert.deepEqual(speakers('Dr. Steven Wolf at Saint Mary said, "We received a mass casualty alert this morning."'), [['Steven Wolf', 'person']]);
	assert.ok(!speakers('The study was led by Ann Hay, an ecologist and Regents Professor at GT, who said "There is a lot of argument now."').some(([name]) => name === 'Regents Professor'));
});

test('plural nouns whose singular only qualifies a title head nothing (`homes`, `stars`)', () => {
	assert.deepEqual(speakers('Many homes said to be at risk were evacuated.', 'The two other stars suggested the disc was young.'), []);
});

test('the place of an office belongs to the title, not to the name after it', () => {
	const result = extractQuotes(article('United States Senator from Vermont Jo Hale said the path was closed. Hale said she would go on.', 'Former Vice President of the United States Sam Cole said he would win.'));
	assert.deepEqual(result.speakers.map(s => [s.name, s.title]), [
		['Jo Hale', 'United States Senator from Vermont'],
		['Sam Cole', 'Former Vice President of the United States'],
	]);
});

test('a person who speaks for an agency is no outlet', () => {
	assert.deepEqual(speakers('A spokesman for the news agency said the budget had been cut by half.'), [['A spokesman for the news agency', 'person']]);
});

test('a body in an office place runs on to its head word; `New` opens a place name', () => {
	const titled = (text: string): [string, string | undefined][] => extractQuotes(article(text)).speakers.map(s => [s.name, s.title]);
	assert.deepEqual(titled('Hong Kong director of Amnesty International Man-kei Tam said the police had gone too far.'), [['Man-kei Tam', 'Hong Kong director of Amnesty International']]);
	assert.deepEqual(titled('Former New Mexico governor Gary Lane said he would run again.'), [['Gary Lane', 'Former New Mexico governor']]);
});

test('a person is never named by a run joined with `for` (`called Nevada for Biden`)', () => {
	assert.deepEqual(speakers('The agency called Nevada for Biden on Friday. Joe Biden said he was grateful to the voters.'), [['Joe Biden', 'person']]);
});

test('words joined by `for`, `and` or one word `of` another name a body, unless they name an office', () => {
	const kinds = (text: string): [string, string][] => extractQuotes(article(text)).speakers.map(s => [s.name, s.kind]);
	assert.deepEqual(kinds('The Centers for Disease Control and Prevention said the outbreak was over.'), [['Centers for Disease Control and Prevention', 'organization']]);
	assert.deepEqual(kinds('The House of Representatives said the vote would be held on Monday.'), [['House of Representatives', 'organization']]);
	assert.deepEqual(kinds('The Chancellor of Germany said the talks had failed.'), [['Chancellor of Germany', 'person']]);
});

test('a nickname in quotation marks inside a name is nobody\'s words', () => {
	const result = extractQuotes(article('She married talent agent Pasquale "Pat" Di Cicco in 1941, a match that lasted two years.'));
	assert.deepEqual(result.quotes, []);
});

test('an infinitive of saying after a noun reports nothing (`the requirement to report`)', () => {
	const result = extractQuotes(article('The new rules came into force in May. Priests are bound by the requirement to report that the abuse had happened.'));
	assert.deepEqual(result.quotes, []);
});

test('`saying` and `adding` report a clause without `that`, for the subject of the sentence', () => {
	const result = extractQuotes(article('Wildlife groups met on Monday. Activists criticised the decision, saying the dam would harm the river.'));
	assert.deepEqual(result.quotes.map(q => [q.speaker, q.text]), [['Activists', 'the dam would harm the river']]);
});

test('the full stop of an abbreviation stays inside a description (`A senior U.S. official`)', () => {
	assert.deepEqual(speakers('Officials met on Monday. A senior U.S. official, speaking on condition of anonymity, said the talks had stalled.'), [['A senior U.S. official', 'person']]);
});

test('`with X saying …`: X says it, not the subject of the sentence', () => {
	const result = extractQuotes(article('The airline is Iranian. The German government on Monday banned the airline, with officials saying this is for security reasons.'));
	assert.deepEqual(result.quotes.map(q => [q.speaker, q.text]), [['officials', 'this is for security reasons']]);
});

test('a progressive verb of saying has its own subject: `you are saying` in a question reports nobody', () => {
	const interview = extractQuotes(article('Astronomers found the star in May.', '((WN)) So you are saying there is a chance the hole may grow?'));
	assert.deepEqual(interview.quotes, []);
	assert.deepEqual(speakers('Anna Lee spoke in Rome on Monday. She is saying the plan will fail.'), [['Anna Lee', 'person']]);
});

test('words shaped like agents that name no one head no description (`the latter`, `the number`)', () => {
	assert.deepEqual(speakers('The board and the union met. The latter confirmed that the strike was over.'), []);
});

test('a determiner after a noun opens the subject (`told the press the officers claimed`)', () => {
	assert.deepEqual(speakers('Police searched a block. Residents there told the press the officers said that they were seeking a bomb.')[0], ['the officers', 'unknown']);
	assert.deepEqual(speakers('The vote was close. Lawmakers supporting the bill said that it would pass.'), [['Lawmakers supporting the bill', 'unknown']]);
});

test('a subject nobody fills says nothing (`No organization claimed …`), nor a phrase opening with `of`', () => {
	assert.deepEqual(speakers('The base was hit. No organization immediately claimed that it had carried out the attack.'), []);
});

test('`Part of the judge\'s statement` is the judge\'s, not a speaker named `Part of the judge`', () => {
	assert.deepEqual(speakers('The ruling came late. Part of the judge\'s statement reads "the law is void."'), [['the judge', 'person']]);
});

test('`this person` points back like a pronoun', () => {
	const result = extractQuotes(article('One of the children said, "Sometimes I still have nightmares." However, this person also said that they still love their parents.'));
	assert.deepEqual(result.quotes.map(q => q.speaker), ['One of the children', 'One of the children']);
});

test('`was described as "…" by X`: the agent after the quotation said it, not the subject', () => {
	const result = extractQuotes(article('The attacker was Sam Reed, 20. Reed, who was described as "knife-obsessed" by the police, sent videos and advised her to kill her "kuffar" parents.'));
	assert.deepEqual(result.quotes.map(q => [q.speaker, q.text]), [['the police', 'knife-obsessed'], ['Sam Reed', 'kuffar']]);
});

test('a name after `published in` only says where: the subject is the phrase before it', () => {
	assert.deepEqual(speakers('Astronomers were surprised. A study published in the journal Nature last month reported that the star had a companion.'), [['A study', 'organization']]);
	assert.deepEqual(speakers('The bill passed. The bill was drafted by Alex Greenwich who said that it was overdue.'), [['Alex Greenwich', 'person']]);
});

test('a relative clause inside the subject (`a rescuer who asked not to be named told …`) leaves the subject its own', () => {
	const result = extractQuotes(article('Rescuers searched the rubble. "We found nobody alive," a rescuer who asked not to be named told the Associated Press.'));
	assert.deepEqual(result.quotes.map(q => [q.speaker, q.kind]), [['a rescuer', 'direct']]);
	assert.deepEqual(speakers('The fire spread fast. Residents who fled the blaze said that the alarms never sounded.'), [['Residents', 'unknown']]);
});

test('initials stay in a name even when they are words elsewhere (`Wayne A. I. Frederick`)', () => {
	assert.deepEqual(speakers('Tributes poured in. Wayne A. I. Frederick, president of Howard University, wrote "We mourn his loss."'), [['Wayne A. I. Frederick', 'person']]);
});

test('a participle whose complement was cut off is dropped from a description (`a statement posted`)', () => {
	assert.deepEqual(speakers('Boseman died at home according to a statement posted to his official Twitter account.'), [['a statement', 'organization']]);
});

test('a place says where, not who: the phrase before `in`, or the description it belongs to, speaks', () => {
	assert.deepEqual(speakers('Hospital officials in Kursk said the patient was stable.'), [['Hospital officials', 'unknown']]);
	assert.deepEqual(speakers('The occupants were tourists, according to the mayor of Tikhvin.'), [['the mayor of Tikhvin', 'person']]);
	assert.deepEqual(speakers('The town of Lisle announced the road would reopen in May.'), [['The town of Lisle', 'organization']]);
	assert.deepEqual(speakers('The striker was injured, according to Dunmore assistant coach Ben Hale.'), [['Ben Hale', 'person']]);
});

test('a country or a state speaks for its government; a nationality only qualifies the noun after it', () => {
	assert.deepEqual(speakers('On Monday, Norway said the treaty would be signed in May.'), [['Norway', 'organization']]);
	assert.deepEqual(speakers('According to Syrian state officials, the convoy reached the border.'), [['Syrian state officials', 'unknown']]);
	assert.deepEqual(speakers('Under Ohio state law, the vote must be held within a month.'), []);
});

test('a name a compass point opens is a region, never a person a `she` falls back to', () => {
	assert.deepEqual(speakers('Western Lakeland said the roads would be closed until spring.'), [['Western Lakeland', 'organization']]);
	// (`he` is the man the text is about, so the `she` looks back for a person: a region in between is none)
	const result = extractQuotes(article('Tom Reed met Ana Silva at the market. He said his home was in North Varenia.', 'Then she told him the bus had left.'));
	assert.deepEqual(result.quotes.map(q => [q.speaker, q.text]), [['Tom Reed', 'his home was in North Varenia'], ['Ana Silva', 'the bus had left']]);
});

test('a name that says where (`was in Tarvo`, `was from northern Varenia`) is nobody a `she` falls back to', () => {
	for (const where of ['The stall was in Tarvo.', 'The fish was from northern Varenia.']) {
		const result = extractQuotes(article('Tom Reed met Ana Silva at the market. He said the fish were fresh.', `${where} Then she told him the bus had left.`));
		assert.deepEqual(result.quotes.map(q => q.speaker), ['Tom Reed', 'Ana Silva'], where);
	}
});

test('a one-word name an `it` that speaks points back to is a body\'s; a person stays a person', () => {
	assert.deepEqual(speakers('On Monday, Velkor said the launch had failed. It said the crew was safe.'), [['Velkor', 'organization']]);
	assert.deepEqual(speakers('On Monday, Velkor said the launch had failed. He said the crew was safe.'), [['Velkor', 'person']]);
	assert.deepEqual(speakers('On Monday, Velkor said the launch had failed. It was the third failure this year.'), [['Velkor', 'person']]);
	assert.deepEqual(speakers('On Monday, Mayor Velkor said the launch had failed. It said the crew was safe.').filter(([name]) => name === 'Velkor'), [['Velkor', 'person']]);
});

test('a law or a part of one is a text, never a person', () => {
	assert.deepEqual(speakers('The Fourth Amendment states that searches need a warrant.'), [['Fourth Amendment', 'organization']]);
	assert.deepEqual(speakers('On paper, the Clean Rivers Act says that every town must test its water.'), [['Clean Rivers Act', 'organization']]);
	// A part of a law is known by its number: `Section 12`, never `Section`.
	assert.deepEqual(speakers('The charter was written under Section 12 and Section 14.', 'Section 12 sets the rule for members: "No member may be expelled without a vote of the board."'), [['Section 12', 'organization']]);
});

test('a description by a title stands for who holds it: the head of a title, a secretary with a portfolio for `the minister`', () => {
	const names = (...body: string[]): string[] => extractQuotes(article(...body)).quotes.map(q => q.speaker ?? '');
	assert.deepEqual(names('Secretary of State Ana Ruiz spoke first. The secretary said the line would open.'), ['Ana Ruiz']);
	assert.deepEqual(names('Industry Secretary Mary Vance said the plan was sound. The minister said it would create jobs.'), ['Mary Vance', 'Mary Vance']);
	assert.deepEqual(names('Press Secretary Jo Lane said the talks went well. The minister said it would create jobs.'), ['Jo Lane', 'The minister']);
	assert.deepEqual(names('Secretary of State Tom Hale met the Iraqi minister. The minister said the border was safe.'), ['The minister']);
});

test('short and long forms of one name are one speaker, however they are spelt', () => {
	const names = (...body: string[]): string[] => extractQuotes(article(...body)).speakers.map(s => s.name);
	assert.deepEqual(names('Senator Kate O\'Malley opened the session. O\'Malley said the budget would pass.'), ["Kate O'Malley"]);
	assert.deepEqual(names('Information Minister Omar al-Hakimi spoke first. Al-Hakimi said the port was closed.', 'Later al-Hakimi said the port would reopen.'), ['Omar al-Hakimi']);
	assert.deepEqual(names('Ana Ruiz was elected in May. President Ruiz said the plan was fair. The president added that it would cost little.'), ['Ana Ruiz']);
	assert.deepEqual(names('Judge Ada Grey ruled on Monday. "The law is clear," reads Judge Grey\'s opinion.'), ['Ada Grey']);
});

test('a company is not its product, nor a state the university named after it', () => {
	const names = (...body: string[]): string[] => extractQuotes(article(...body)).speakers.map(s => s.name);
	assert.deepEqual(names('Blue Finch Desktop Studio was released on Monday. Blue Finch said the update was free.'), ['Blue Finch']);
	assert.deepEqual(names('The University of Vermont opened a lab. Vermont said the lab would hire locally.'), ['Vermont']);
	assert.deepEqual(names('The Centers for Disease Control and Prevention issued guidance. The Centers for Disease Control said the risk was low.'), ['Centers for Disease Control and Prevention']);
});

test('outlets known by the shape of their names only pass the news on', () => {
	assert.deepEqual(speakers('KTVB-TV reported the bridge had reopened.'), []);
	assert.deepEqual(speakers('The Dayton Sun reported the mill would close.'), []);
	assert.deepEqual(speakers('CNN Chile reported the pass was closed by snow.'), []);
	assert.deepEqual(speakers('According to Newsline24.com, the talks had stalled.'), []);
});

test('titles before a name stay out of it: chess titles, a role set off by commas, a body before a person', () => {
	const titled = (text: string): [string, string | undefined][] => extractQuotes(article(text)).speakers.map(s => [s.name, s.title]);
	assert.deepEqual(titled('GM Anna Rudolf said the final was tense.'), [['Anna Rudolf', 'GM']]);
	assert.deepEqual(titled('Ann Reed, the Senate Majority Leader, has indicated the vote could be held on Tuesday.'), [['Ann Reed', 'Senate Majority Leader']]);
	assert.deepEqual(titled('The Chess Federation President announced the team would travel.'), [['Chess Federation President', undefined]]);
});

test('a sentence\'s own described subject is what its pronouns point back to', () => {
	const result = extractQuotes(article('Officials said the store was closed.', 'County prosecutors charged the driver with manslaughter, they said Sunday.'));
	assert.deepEqual(result.quotes.map(q => q.speaker), ['Officials', 'County prosecutors']);
	const victims = extractQuotes(article('Lena Holt led the inquiry.', 'One of the victims decided to speak. She said she did it to show "there is nothing to hide".'));
	assert.equal(victims.quotes.at(-1)!.speaker, 'One of the victims');
	assert.deepEqual(speakers('The study\'s lead author, doctoral candidate Mia Kahn, said, "We looked at every plant."'), [['Mia Kahn', 'person']]);
});

test('a verb after `said` makes what follows a clause, not the speaker; a qualified role before a name is an apposition', () => {
	const result = extractQuotes(article('The book came out in May. Lee\'s widow, former tennis player Pam Ward, said her husband had told her the story was false.'));
	assert.deepEqual(result.quotes[0] && [result.quotes[0].speaker, result.quotes[0].text], ['Pam Ward', 'her husband had told her the story was false']);
});

test('a thousand speakers sharing first names: one entry each, under the full name, never the bare first name', () => {
	const article = manySpeakersArticle(1000);
	const result = extractQuotes(article);
	const full = new Set(article.paragraphs.slice(1).map(p => p.split(' said')[0]));
	assert.equal(result.speakers.length, 1000);
	for (const speaker of result.speakers) assert.ok(full.has(speaker.name), speaker.name);
});

test('a name in the possessive opening its sentence is still the name the article writes elsewhere (`Fox\'s statement read:`)', () => {
	const result = extractQuotes(article('On Monday Mayor Ann Fox spoke to the council.', 'Fox\'s statement read: "The bridge will reopen in May. The ferry will run until then."'));
	assert.deepEqual(result.quotes.map(q => q.speaker), ['Ann Fox']);
});

test('a role repeated as a description (`the minister`) stands for its holder named last before it, else the first named', () => {
	const named = (...body: string[]): (string | null)[] => extractQuotes(article(...body)).quotes.map(q => q.speaker);
	assert.deepEqual(named('Prime Minister Ana Ruiz opened the summit on Monday.', 'Trade Minister Tomas Vidal sent a letter of support, but the minister said the deal would take years.'), ['Tomas Vidal']);
	assert.deepEqual(named('The minister said the port would close in May.', 'Prime Minister Ana Ruiz opened the summit. Trade Minister Tomas Vidal sent a letter.'), ['Ana Ruiz']);
});

test('a description the article picks up again with another determiner (`a source`, `the source`, `its source`) is one speaker', () => {
	const result = extractQuotes(article('A source said the mayor would resign in May.', 'The source added that the council was split.', 'Its source also said the vote was close.'));
	assert.deepEqual(result.speakers.map(s => [s.name, s.quotes]), [['A source', 3]]);
	// …while descriptions with other words stay apart.
	assert.deepEqual(extractQuotes(article('The Trump campaign said it would appeal.', 'The Biden campaign said it would not.')).speakers.map(s => s.name), ['The Trump campaign', 'The Biden campaign']);
});

test('a lone name is a surname before it is a given name: the person it ends, not the name it opens', () => {
	const quotes = (...body: string[]) => extractQuotes(article(...body)).quotes.map(q => [q.speaker, q.text]);
	assert.deepEqual(quotes('The owners of Palmer Grand Hotel said on Monday that it would close.', 'Later, Ruth Palmer spoke to the press. "It is a sad day," Palmer said.').at(-1), ['Ruth Palmer', 'It is a sad day,']);
	assert.deepEqual(quotes('Mayor Glenn Hardy opened the fair.', '"We are encouraged," said Ann Glenn, a council member.', 'Glenn said the fair would "come back next year."').at(-1), ['Ann Glenn', 'come back next year.']);
});

test('an outlet’s name that the article gives as a person’s surname is that person, who speaks', () => {
	const quoted = (...body: string[]) => extractQuotes(article(...body)).quotes.map(q => q.speaker);
	assert.deepEqual(quoted('Former mayor Michael Bloomberg may run for president.', 'Bloomberg says the campaign is "an insult to voters" and he is weighing a run.'), ['Michael Bloomberg']);
	// With no such person, the outlet only passes the words on: nobody is named as their speaker.
	assert.deepEqual(quoted('The bank may cut jobs.', 'Bloomberg says the campaign is "an insult to voters" and the bank is weighing a move.'), [null]);
});

test('a name after an indefinite article qualifies the document after it, which is no verb: the one who posted it speaks', () => {
	const quoted = (...body: string[]) => extractQuotes(article(...body)).quotes.map(q => [q.speaker, q.text]);
	assert.deepEqual(quoted('Mayor Ann Lee posted a Twitter comment of her own, saying, “We are proud of the team!”'), [['Ann Lee', 'We are proud of the team!']]);
	// (a subject named so still speaks: `a Democrat said`)
	assert.deepEqual(quoted('As a Democrat said after the vote, the margin was close.'), [['a Democrat', 'the margin was close']]);
});

test('a name with its party in brackets set off by commas before the verb speaks, whatever came before the commas', () => {
	const quoted = (...body: string[]) => extractQuotes(article(...body)).quotes.map(q => q.speaker);
	assert.deepEqual(quoted('Tuesday at Granger Hall in Dayton, after winning the primary, Gov. Mark Rowe (R-OH), said, “We are going all the way.”'), ['Mark Rowe']);
});

test('the owner of a document speaks, whatever words stand between them: `RIAA’s DMCA notice alleged`', () => {
	const quoted = (...body: string[]) => extractQuotes(article(...body)).quotes.map(q => q.speaker);
	assert.deepEqual(quoted('The label group filed a takedown.', 'The NLG’s DMCA notice said the tool was made to "copy protected recordings" at will.'), ['NLG']);
});

test('a one-word name its own report calls `it` is a body, unless the article gives it as a person\'s surname', () => {
	const kinds = (...body: string[]) => extractQuotes(article(...body)).speakers.map(s => [s.name, s.kind]);
	assert.deepEqual(kinds('PG&E cut power to thousands.', 'PG&E said it scheduled the blackouts for the winds.', '"We are sorry," PG&E said.'), [['PG&E', 'organization']]);
	assert.deepEqual(kinds('Ann Trask spoke.', 'Trask said it showed weakness.'), [['Ann Trask', 'person']]);
	// (the `it` of a state of things stands for anything)
	assert.deepEqual(kinds('Shares of Vantor fell.', 'Vantor said it was a hard winter.'), [['Vantor', 'person']]);
});

test('a seat of government speaks as a body (`White House`, `Downing Street`)', () => {
	const kinds = (...body: string[]) => extractQuotes(article(...body)).speakers.map(s => [s.name, s.kind]);
	assert.deepEqual(kinds('The White House said the talks would go on.'), [['White House', 'organization']]);
	assert.deepEqual(kinds('A day later, Downing Street said the talks would go on.'), [['Downing Street', 'organization']]);
});

test('a body written often by its bare name is not the longer body its name opens, unless that is its full name', () => {
	const names = (...body: string[]) => extractQuotes(article(...body)).speakers.map(s => s.name);
	assert.deepEqual(names('Shares of Vantor fell.', 'Vantor said it will appeal.', 'Vantor Safety reviewed the case.', '"We disagree," Vantor said.'), ['Vantor']);
	assert.deepEqual(names('The Orton Center for Justice met.', 'The Orton Center said it would appeal.', 'The Orton Center said it would sue.'), ['Orton Center for Justice']);
});

test('a description its owner\'s `its` opens is named for the owner, the body named before it in the sentence', () => {
	const names = (...body: string[]) => extractQuotes(article(...body)).speakers.map(s => s.name);
	assert.deepEqual(names('The fire was covered by the Valley Herald.', 'The Valley Herald reported its source said the dam had cracked.'), ["Valley Herald's source"]);
});
