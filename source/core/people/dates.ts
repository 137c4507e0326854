// When an article was published, as far as it says: its feed or page date, else a date line
// (`Friday, January 4, 2019`) under the headline. Used to put a person's newest quotes first.
import type {Article} from '../article.js';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = `(${MONTHS.map(month => `${month.slice(0, 3)}(?:${month.slice(3)})?`).join('|')})\\.?`;
// `January 4, 2019`, `4 January 2019`, `2019-01-04`.
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'iu');
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})\\b`, 'iu');
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/u;

const monthOf = (name: string): number => MONTHS.findIndex(month => month.startsWith(name.toLowerCase().slice(0, 3)));

/** Milliseconds since 1970 (UTC) of a date written in `text`, or undefined. */
export function dateIn(text: string): number | undefined {
	let found = MONTH_DAY_YEAR.exec(text);
	if (found) return Date.UTC(Number(found[3]), monthOf(found[1]!), Number(found[2]));
	found = DAY_MONTH_YEAR.exec(text);
	if (found) return Date.UTC(Number(found[3]), monthOf(found[2]!), Number(found[1]));
	found = ISO_DATE.exec(text);
	if (found) return Date.UTC(Number(found[1]), Number(found[2]) - 1, Number(found[3]));
	return undefined;
}

/** The article's date, or undefined when it gives none. */
export function articleDate(article: Article & {published?: string | null}): number | undefined {
	if (article.published) {
		const time = Date.parse(article.published);
		if (!Number.isNaN(time)) return time;
	}
	if (!article.dateline) return undefined;
	const {paragraph, length} = article.dateline;
	return dateIn(article.paragraphs[paragraph]!.slice(0, length));
}
