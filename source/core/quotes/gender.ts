// The gender English marks on words for people — pronouns, titles and gendered nouns, a closed class — that
// tells `he` from `she` when both could point back.

export type Gender = 'male' | 'female';

const words = (list: string): Set<string> => new Set(list.trim().split(/\s+/u));

const MALE = words(`
he him his himself mr sir king prince lord duke baron earl emperor father brother son husband uncle nephew grandfather
grandson boy man gentleman spokesman chairman congressman businessman councilman assemblyman widower fiancé monk
`);

const FEMALE = words(`
she her hers herself mrs ms miss lady queen princess duchess baroness dame madam empress mother sister daughter wife aunt
niece grandmother granddaughter girl woman spokeswoman chairwoman congresswoman businesswoman councilwoman
assemblywoman actress widow fiancée nun
`);

/** The gender a word marks (`she`, `Mrs`, `spokeswoman`, `husband`), if it marks one. */
export function genderOfWord(word: string): Gender | undefined {
	const lower = word.toLowerCase().replace(/\.$/u, '');
	return MALE.has(lower) ? 'male' : FEMALE.has(lower) ? 'female' : undefined;
}

/** The gender the words of a title or a description mark, if they all agree (`Mrs`, `a spokeswoman for the city`). */
export function genderOfWords(text: string): Gender | undefined {
	let found: Gender | undefined;
	for (const word of text.split(/[\s,]+/u)) {
		const gender = genderOfWord(word);
		if (!gender) continue;
		if (found && found !== gender) return undefined;
		found = gender;
	}
	return found;
}
