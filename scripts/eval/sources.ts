// `npm run eval` (sources): every page in ../shared/fixtures/html read as news-tui reads it, its
// body against the text Readability's suite expects (token F1, ≥ 0.95 wanted on every news page)
// and its title against the expected title; every feed in ../shared/fixtures/feeds parsed.
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {parseFeed, readDocument} from '../../source/core/sources/index.js';
import {bodyText, expectedText, tokenF1} from '../../test/page-text.js';

const fixtures = process.argv[2]!;
const pages = readdirSync(path.join(fixtures, 'html'), {withFileTypes: true}).filter(entry => entry.isDirectory()).map(entry => entry.name);
let failed = 0;
let total = 0;
const rows: string[] = [];
for (const page of pages.sort()) {
	const folder = path.join(fixtures, 'html', page);
	const started = performance.now();
	const read = await readDocument(readFileSync(path.join(folder, 'source.html')), {file: `${page}.html`});
	const ms = performance.now() - started;
	total += ms;
	if (!read.ok) {
		failed++;
		rows.push(`${page.padEnd(18)} FAILED ${read.error}`);
		continue;
	}
	const [article] = read.value;
	const metadata = JSON.parse(readFileSync(path.join(folder, 'expected-metadata.json'), 'utf8')) as {title: string};
	const f1 = tokenF1(bodyText(article!), expectedText(readFileSync(path.join(folder, 'expected.html'), 'utf8')));
	const title = article!.title === metadata.title.trim().replace(/\s+/g, ' ');
	if (f1 < 0.95 || !title) failed++;
	rows.push(`${page.padEnd(18)} F1 ${f1.toFixed(3)}  title ${title ? 'same' : `DIFFERS: ${JSON.stringify(article!.title)} vs ${JSON.stringify(metadata.title)}`}  ${ms.toFixed(0)} ms`);
}
console.log(rows.join('\n'));
console.log(`pages: ${pages.length - failed}/${pages.length} with F1 >= 0.95 and the expected title (${total.toFixed(0)} ms in all, the first with the parsers' loading)`);

const feeds = readdirSync(path.join(fixtures, 'feeds')).filter(name => name !== 'LICENSE');
let items = 0;
const unread: string[] = [];
for (const name of feeds) {
	const feed = await parseFeed(readFileSync(path.join(fixtures, 'feeds', name)), {file: name});
	if (feed.ok && feed.value.items.length > 0) items += feed.value.items.length;
	else unread.push(name);
}
console.log(`feeds: ${feeds.length - unread.length}/${feeds.length} read as feeds with items (${items} items); not: ${unread.join(', ')}`);
if (failed > 0) process.exitCode = 1;
