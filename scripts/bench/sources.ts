// Sources: parsing a 1 MB feed and a 1 MB page, the readable-article step on the 25 pages of
// ../shared/fixtures/html (total ms), and the reader's first frame after a feed's response arrives
// from a local server (target: within 150 ms), in a pseudo-terminal. Needs a build for the last.
import {readdirSync, readFileSync} from 'node:fs';
import {createServer} from 'node:http';
import type {AddressInfo} from 'node:net';
import path from 'node:path';
import {spawn} from 'node-pty';
import {parseFeed, readDocument} from '../../source/core/sources/index.js';
import {fixture} from '../../test/unit/sources-server.js';
import {cli, readerEnv, root} from '../pty-reader.js';
import {inShared} from '../shared-folder.js';

const ROUNDS = 5;
const MB = 1024 * 1024;

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const msOf = async (run: () => Promise<unknown>): Promise<number> => {
	const start = performance.now();
	await run();
	return performance.now() - start;
};

/** A 1 MB RSS feed of items with paragraphs of HTML, as news sites write them. */
function megabyteFeed(): Buffer {
	const paragraph = '<p>The minister said on Tuesday that "the talks will go on", adding that <a href="https://example.org/x">the report</a> was <em>not final</em>.</p>';
	const items: string[] = [];
	let size = 0;
	for (let index = 0; size < MB; index++) {
		const item = `<item><title>Story ${index} &amp; more</title><link>https://example.org/${index}</link><guid>https://example.org/${index}</guid><pubDate>Tue, 01 Dec 2026 08:00:00 GMT</pubDate><dc:creator>Ann Writer</dc:creator><content:encoded><![CDATA[${paragraph.repeat(12)}]]></content:encoded></item>\n`;
		items.push(item);
		size += item.length;
	}
	return Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Big</title><link>https://example.org/</link>${items.join('')}</channel></rss>`);
}

/** A real page (bbc-1) whose article is grown to 1 MB with its own paragraphs. */
function megabytePage(): Buffer {
	const page = fixture('html', 'bbc-1', 'source.html').toString('utf8');
	const paragraphs = page.match(/<p>[^<]{80,}<\/p>/g) ?? [];
	let grown = '';
	while (page.length + grown.length < MB) grown += paragraphs.join('\n');
	return Buffer.from(page.replace(/(<p>[^<]{80,}<\/p>)/, `$1${grown}`));
}

async function parsing(): Promise<void> {
	const feed = megabyteFeed();
	await parseFeed(feed, {file: 'big.rss'}); // loads the parsers
	const feedTimes: number[] = [];
	for (let round = 0; round < ROUNDS; round++) feedTimes.push(await msOf(() => parseFeed(feed, {file: 'big.rss'})));
	const feedMs = median(feedTimes);
	const items = await parseFeed(feed, {file: 'big.rss'});
	console.log(`1 MB feed (${items.ok ? items.value.items.length : 0} items) to articles: ${feedMs.toFixed(0)} ms (median of ${ROUNDS})`);
	const page = megabytePage();
	const times: number[] = [];
	for (let round = 0; round < ROUNDS; round++) times.push(await msOf(() => readDocument(page, {file: 'big.html'})));
	const read = await readDocument(page, {file: 'big.html'});
	console.log(`1 MB page (${read.ok ? read.value[0]!.paragraphs.length : 0} paragraphs) to its article: ${median(times).toFixed(0)} ms (median of ${ROUNDS})`);
}

async function readableStep(): Promise<void> {
	const folder = inShared('fixtures', 'html');
	const pages = readdirSync(folder, {withFileTypes: true}).filter(entry => entry.isDirectory()).map(entry => readFileSync(path.join(folder, entry.name, 'source.html')));
	for (const page of pages) await readDocument(page, {file: 'warm.html'});
	const totals: number[] = [];
	for (let round = 0; round < ROUNDS; round++) {
		let total = 0;
		for (const page of pages) total += await msOf(() => readDocument(page, {file: 'page.html'}));
		totals.push(total);
	}
	const total = median(totals);
	console.log(`readable article of the ${pages.length} pages (linkedom, Readability, paragraphs): ${total.toFixed(0)} ms in all, ${(total / pages.length).toFixed(1)} ms a page (median of ${ROUNDS}; the issue measured ~30 ms a page)`);
}

/** Milliseconds from the server's last byte of the feed to the reader's first frame showing its first headline. */
async function firstFrameAfterResponse(): Promise<number> {
	const feed = fixture('feeds', 'heise.atom');
	let sentAt = 0;
	const server = createServer((_, response) => {
		response.writeHead(200, {'content-type': 'application/atom+xml'});
		response.end(feed, () => (sentAt = performance.now()));
	});
	await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
	const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.atom`;
	try {
		return await new Promise<number>((resolve, reject) => {
			const child = spawn(process.execPath, [cli, url], {cols: 80, rows: 24, cwd: root, env: readerEnv()});
			let output = '';
			const timeout = setTimeout(() => {
				child.kill('SIGKILL');
				reject(new Error('no first frame within 30 s'));
			}, 30_000);
			child.onData(data => {
				output += data;
				if (sentAt > 0 && output.includes('Java-Anwendungsserver')) {
					const took = performance.now() - sentAt;
					clearTimeout(timeout);
					child.kill('SIGKILL');
					resolve(took);
				}
			});
		});
	} finally {
		server.close();
	}
}

export default async function sourcesBench(): Promise<void> {
	await parsing();
	await readableStep();
	const times: number[] = [];
	for (let run = 0; run < ROUNDS; run++) times.push(await firstFrameAfterResponse());
	console.log(`first frame after a feed's response arrives (local server, 80x24 pty): ${median(times).toFixed(0)} ms median of ${ROUNDS} (${times.map(time => time.toFixed(0)).join(', ')}); target <= 150 ms`);
}
