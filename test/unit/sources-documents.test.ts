import {test} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {detectKind, loadInputs, parseFeed, readDocument} from '../../source/core/sources/index.js';
import {bodyText, expectedText, tokenF1} from '../page-text.js';
import {fixture, fixtures} from './sources-server.js';

const noStdin = () => new Uint8Array();
const PAGES = readdirSync(path.join(fixtures, 'html'), {withFileTypes: true}).filter(entry => entry.isDirectory()).map(entry => entry.name);

for (const page of PAGES) {
	test(`the page ${page}: Readability's article, title and metadata (token F1 ≥ 0.95)`, async () => {
		const read = await readDocument(fixture('html', page, 'source.html'), {file: `${page}.html`});
		assert.ok(read.ok);
		const [article] = read.value;
		const metadata = JSON.parse(fixture('html', page, 'expected-metadata.json').toString('utf8'));
		assert.equal(article!.title, metadata.title.trim().replace(/\s+/g, ' '));
		if (metadata.byline && metadata.byline !== metadata.siteName) assert.equal(article!.byline, metadata.byline.trim().replace(/\s+/g, ' '));
		if (metadata.siteName) assert.equal(article!.source, metadata.siteName);
		const f1 = tokenF1(bodyText(article!), expectedText(fixture('html', page, 'expected.html').toString('utf8')));
		assert.ok(f1 >= 0.95, `${page}: F1 ${f1.toFixed(3)}`);
		// Paragraphs, not one block: the reader pages them and the quote finder reads them apart.
		assert.ok(article!.paragraphs.length > 3);
	});
}

test('quotation marks and <q>/<blockquote> reach the text as written', async () => {
	const read = await readDocument(fixture('html', 'bbc-1', 'source.html'), {file: 'bbc.html'});
	assert.ok(read.ok);
	assert.ok(read.value[0]!.paragraphs.includes('In an interview with the BBC, Mr Obama said it was "distressing" not to have made progress on the issue "even in the face of repeated mass killings".'));
	const html = Buffer.from('<!doctype html><html><body><article><h1>T</h1><p>He said <q>we <q>will</q> win</q>.</p><blockquote><p>"Never," she wrote.</p></blockquote></article></body></html>');
	const small = await readDocument(html, {file: 'q.html'});
	assert.ok(small.ok);
	assert.deepEqual(small.value[0]!.paragraphs.slice(1), ['He said “we ‘will’ win”.', '"Never," she wrote.']);
});

test('a fragment of HTML, without <html> or <body>, reads as the page a browser would show', async () => {
	for (const html of ['<div><p>The mayor said the road would reopen.</p><p>Work starts in May.</p></div>', '<title>Roads</title><p>The mayor said the road would reopen.</p>', '<html><p>The mayor said the road would reopen.</p></html>']) {
		const read = await readDocument(Buffer.from(html), {file: 'fragment.html'});
		assert.ok(read.ok, html);
		assert.ok(read.value[0]!.paragraphs.includes('The mayor said the road would reopen.'), html);
	}
	// Readability's own output is such a fragment.
	const read = await readDocument(fixture('html', 'bbc-1', 'expected.html'), {file: 'expected.html'});
	assert.ok(read.ok);
	assert.ok(read.value[0]!.paragraphs.length > 3);
});

const FEEDS = readdirSync(path.join(fixtures, 'feeds')).filter(name => name !== 'LICENSE');
// Not feeds, or feeds whose items hold nothing to read.
const NO_ITEMS = new Set(['unrecognized.rss', 'missing-fields.atom', 'incomplete-fields.atom']);

test('every real feed reads: one article per item, in order, each with a headline and its source', async () => {
	for (const name of FEEDS.filter(name => !NO_ITEMS.has(name))) {
		const bytes = fixture('feeds', name);
		assert.equal(detectKind(bytes, name), 'feed', name);
		const feed = await parseFeed(bytes, {file: name});
		assert.ok(feed.ok, name);
		assert.ok(feed.value.items.length > 0, name);
		const ids = new Set(feed.value.items.map(item => item.id));
		assert.equal(ids.size, feed.value.items.length, `${name}: ids are distinct`);
		for (const {article} of feed.value.items) {
			assert.equal(article.paragraphs[0], article.title, name);
			assert.ok(article.title.length > 0, name);
			assert.doesNotMatch(JSON.stringify(article), /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]|<\/?(?:p|div|a|img|br)\b/, name);
			assert.ok(article.url === null || /^https?:\/\//.test(article.url!), name);
		}
	}
});

test('RSS 2.0 with content:encoded, RDF, Atom: titles, dates, authors and links as the feed gives them', async () => {
	const medium = await parseFeed(fixture('feeds', 'content-encoded.rss'), {file: 'm.rss'});
	assert.ok(medium.ok);
	const first = medium.value.items[0]!.article;
	assert.equal(first.title, 'THE CREATIVE FORAGER');
	assert.equal(first.byline, 'Jeremy Puma');
	assert.equal(first.published, '2018-04-09T18:55:38Z');
	assert.equal(first.summaryOnly, undefined); // content:encoded holds the whole story
	assert.equal(first.paragraphs[2], 'Using Wild Ingredients in the Kitchen');

	const craigslist = await parseFeed(fixture('feeds', 'craigslist.rss'), {file: 'c.rss'});
	assert.ok(craigslist.ok);
	assert.equal(craigslist.value.items.length, 25);
	// An entity escaped twice and inline markup in a title read as a person reads them.
	assert.equal(craigslist.value.items[0]!.article.title, 'Bright, Spacious Beautiful Victorian (oakland north / temescal) $4300 3bd 1930ft2');
	assert.equal(craigslist.value.items[0]!.article.published, '2017-06-21T17:33:10Z');

	const heise = await parseFeed(fixture('feeds', 'heise.atom'), {file: 'h.atom'});
	assert.ok(heise.ok);
	const item = heise.value.items[0]!.article;
	assert.equal(item.summaryOnly, true);
	assert.match(item.url!, /^http:\/\/www\.heise\.de\/developer\/meldung\/Java-Anwendungsserver/);
	assert.equal(heise.value.link, 'http://www.heise.de/developer/');
});

test('not a feed: a page in feed clothing reads as the page it is; an XML that is none is an error', async () => {
	const moved = await readDocument(fixture('feeds', 'unrecognized.rss'), {file: 'unrecognized.rss'});
	assert.ok(moved.ok);
	assert.deepEqual(moved.value[0]!.paragraphs, ['Document Moved', 'Object Moved', 'This document may be found here']);
	const empty = await readDocument(fixture('feeds', 'missing-fields.atom'), {file: 'missing-fields.atom'});
	assert.deepEqual(empty, {ok: false, error: 'missing-fields.atom: a feed with no items in it'});
});

test('Markdown: headings, lists, quotes and emphasis as a reader sees them, no marks left, links by their text', async () => {
	const markdown = [
		'---',
		'title: "Front matter title"',
		'date: 2026-12-01',
		'author: Ann Writer',
		'---',
		'# Heading one',
		'',
		'Some *emphasis*, **strong** and `code`, a [link](https://example.org) and AT&amp;T.',
		'',
		'> "We will win," she said.',
		'> The crowd cheered.',
		'',
		'- first item',
		'- second item',
		'  1. nested',
		'',
		'![an image](pic.png)',
		'',
		'<script>alert(1)</script>',
	].join('\n');
	const read = await readDocument(Buffer.from(markdown), {file: 'post.md'});
	assert.ok(read.ok);
	const [article] = read.value;
	assert.deepEqual(article!.paragraphs, [
		'Front matter title',
		'Heading one',
		'Some emphasis, strong and code, a link and AT&T.',
		'"We will win," she said. The crowd cheered.',
		'• first item',
		'• second item',
		'1. nested',
	]);
	assert.equal(article!.published, '2026-12-01T00:00:00Z');
	assert.equal(article!.byline, 'Ann Writer');
	assert.doesNotMatch(article!.paragraphs.join('\n'), /[#*>`]|\]\(|alert/);
});

test('kinds by content first, then extension: a .txt holding HTML is a page, a .md is Markdown, text is text', () => {
	assert.equal(detectKind(Buffer.from('<!DOCTYPE html><html><body>x</body></html>'), 'story.txt'), 'page');
	assert.equal(detectKind(Buffer.from('\uFEFF<?xml version="1.0"?>\n<!-- c --><rss version="2.0">'), 'x'), 'feed');
	assert.equal(detectKind(Buffer.from('<rdf:RDF xmlns:rdf="…">'), 'x'), 'feed');
	assert.equal(detectKind(Buffer.from('{"version": "https://jsonfeed.org/version/1", "items": []}'), 'feed'), 'feed');
	assert.equal(detectKind(Buffer.from('# A title\n\ntext'), 'post.md'), 'markdown');
	assert.equal(detectKind(Buffer.from('# A title\n\ntext'), 'https://x.org/README', 'text/markdown; charset=utf-8'), 'markdown');
	assert.equal(detectKind(Buffer.from('A headline\n\nA paragraph.'), 'story.txt'), 'text');
	assert.equal(detectKind(Buffer.from('A headline'), 'https://x.org/a', 'text/plain'), 'text');
	assert.equal(detectKind(Buffer.from('<p>a fragment</p>'), 'https://x.org/a', 'text/html'), 'page');
});

test('a folder includes pages, feeds and Markdown beside text, in name order; what is none is skipped with a notice', async () => {
	const folder = mkdtempSync(path.join(tmpdir(), 'news-tui-sources-'));
	writeFileSync(path.join(folder, 'a.txt'), 'A text headline\n\nA text paragraph.\n');
	writeFileSync(path.join(folder, 'b.html'), fixture('html', 'bbc-1', 'source.html'));
	writeFileSync(path.join(folder, 'c.atom'), fixture('feeds', 'heise.atom'));
	writeFileSync(path.join(folder, 'd.md'), '# Markdown headline\n\nA *Markdown* paragraph.\n');
	writeFileSync(path.join(folder, 'e.xml'), '<?xml version="1.0"?><urlset></urlset>');
	writeFileSync(path.join(folder, 'f.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
	const loaded = await loadInputs([folder], noStdin);
	assert.ok(loaded.ok);
	const titles = loaded.articles.map(article => article.title);
	assert.equal(titles[0], 'A text headline');
	assert.equal(titles[1], "Obama admits US gun laws are his 'biggest frustration'");
	assert.equal(titles[2], 'Java-Anwendungsserver: Red Hat gibt WildFly 10 frei');
	assert.equal(titles.at(-1), 'Markdown headline');
	assert.equal(loaded.articles.length, 1 + 1 + 15 + 1);
	assert.deepEqual(loaded.notices, [
		`skipped ${path.join(folder, 'e.xml')}: not a feed (RSS, RDF, Atom or JSON Feed), a page or text`,
		`skipped 1 file (1 by their extension) in ${folder}`,
	]);
	// A text file keeps the fields it always had: no new ones.
	assert.deepEqual(Object.keys(JSON.parse(JSON.stringify(loaded.articles[0]))).sort(), ['file', 'paragraphs', 'title']);
});

test('standard input is read by its content: a page piped in is a page', async () => {
	const loaded = await loadInputs(['-'], () => readFileSync(path.join(fixtures, 'html', 'bbc-1', 'source.html')));
	assert.ok(loaded.ok);
	assert.equal(loaded.articles[0]!.title, "Obama admits US gun laws are his 'biggest frustration'");
	assert.equal(loaded.articles[0]!.file, '-');
});
