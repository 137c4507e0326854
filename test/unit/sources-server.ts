// A local web server for the sources tests (node:http on 127.0.0.1, a free port): real pages and
// feeds from test/fixtures/sources/, feeds whose items link to pages on the same server, and the
// ways the web goes wrong (redirects, loops, slowness, huge bodies, 404, wrong types, encodings).
import {readFileSync} from 'node:fs';
import {createServer, type IncomingMessage, type Server, type ServerResponse} from 'node:http';
import type {AddressInfo} from 'node:net';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {brotliCompressSync, deflateSync, gzipSync} from 'node:zlib';

export const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'sources');
export const fixture = (...parts: string[]) => readFileSync(path.join(fixtures, ...parts));

const ESC = '\x1b';

/** An RSS feed of summary-only items linking to `/page/…` here; the third item's title carries escape sequences. */
function linkingFeed(base: string): string {
	const item = (title: string, page: string, summary: string, date: string, author = '') => `
    <item><title>${title}</title><link>${base}/page/${page}</link><guid>${base}/page/${page}</guid>
      <pubDate>${date}</pubDate>${author ? `<dc:creator>${author}</dc:creator>` : ''}<description>${summary}</description></item>`;
	return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>
  <title>Local News</title><link>${base}/</link><description>Pages on this server</description>
  ${item("Obama admits US gun laws are his 'biggest frustration'", 'bbc', 'President Obama says his failure to pass gun laws is his greatest frustration.', 'Fri, 24 Jul 2015 04:36:09 GMT', 'BBC News')}
  ${item('A page with no article on it', 'links', 'A summary that stays.', 'Sat, 25 Jul 2015 10:00:00 GMT')}
  ${item(`Title ${ESC}]0;pwned${ESC}\\with ${ESC}[2Jescapes\u009b31m`, 'missing', `Body ${ESC}[31mred${ESC}[0m and a bell\u0007.`, 'Sun, 26 Jul 2015 10:00:00 GMT')}
</channel></rss>`;
}

const LINKS_PAGE = '<!doctype html><html><head><title>Links</title></head><body><ul><li><a href="/a">A</a></li><li><a href="/b">B</a></li></ul></body></html>';

// "Café — “quoted” ü" in Windows-1252: the curly quotes and the dash are bytes 0x80–0x9F.
const CP1252_TEXT = Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x97, 0x20, 0x93, 0x71, 0x75, 0x6f, 0x74, 0x65, 0x64, 0x94, 0x20, 0xfc]);
const latin1Page = (meta: string) =>
	Buffer.concat([
		Buffer.from(`<!doctype html><html><head>${meta}<title>Latin page</title></head><body><article><p>`),
		...Array.from({length: 12}, () => Buffer.concat([CP1252_TEXT, Buffer.from(' is written in an old encoding, and every word of it should read right. ')])),
		Buffer.from('</p></article></body></html>'),
	]);

const JSON_FEED = JSON.stringify({
	version: 'https://jsonfeed.org/version/1.1',
	title: 'JSON News',
	home_page_url: 'https://example.org/',
	items: [
		{id: '1', url: 'https://example.org/1', title: 'First', content_html: '<p>One <q>quoted</q> paragraph.</p><blockquote><p>“A block quote,” she said.</p></blockquote>', date_published: '2026-12-01T08:00:00Z', authors: [{name: 'Ann Writer'}]},
		{id: '2', url: 'javascript:alert(1)', title: 'Second', content_text: 'Plain text.\n\nTwo paragraphs.'},
	],
});

type Route = (request: IncomingMessage, response: ServerResponse, base: string) => void;

const send = (type: string, body: string | Buffer, headers: Record<string, string> = {}): Route => (_, response) => {
	response.writeHead(200, {'content-type': type, ...headers});
	response.end(body);
};
const redirect = (to: string, status = 302): Route => (_, response) => {
	response.writeHead(status, {location: to});
	response.end();
};

const ROUTES: Record<string, Route> = {
	'/feed.rss': (request, response, base) => send('application/rss+xml; charset=utf-8', linkingFeed(base))(request, response, base),
	'/page/bbc': send('text/html; charset=utf-8', fixture('html', 'bbc-1', 'source.html')),
	'/page/links': send('text/html', LINKS_PAGE),
	'/page/missing': (_, response) => {
		response.writeHead(404, {'content-type': 'text/html'});
		response.end('<h1>Not here</h1>');
	},
	'/heise.atom': send('application/atom+xml', fixture('feeds', 'heise.atom')),
	'/feed-as-html': send('text/html', fixture('feeds', 'heise.atom')),
	'/feed-as-octets': send('application/octet-stream', fixture('feeds', 'content-encoded.rss')),
	'/encoding.rss': send('text/xml', fixture('feeds', 'encoding.rss')),
	'/feed.json': send('application/feed+json', JSON_FEED),
	'/story.txt': send('text/plain; charset=utf-8', 'A plain headline\n\nA plain paragraph of text.\n'),
	'/image.png': send('image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])),
	'/not-a-feed.xml': send('application/xml', '<?xml version="1.0"?><urlset><url><loc>https://x.org/</loc></url></urlset>'),
	'/gzip': send('application/atom+xml', gzipSync(fixture('feeds', 'heise.atom')), {'content-encoding': 'gzip'}),
	'/deflate': send('application/atom+xml', deflateSync(fixture('feeds', 'heise.atom')), {'content-encoding': 'deflate'}),
	'/br': send('application/atom+xml', brotliCompressSync(fixture('feeds', 'heise.atom')), {'content-encoding': 'br'}),
	'/latin1-header': send('text/html; charset=ISO-8859-1', latin1Page('')),
	'/latin1-meta': send('text/html', latin1Page('<meta charset="windows-1252">')),
	'/latin1-http-equiv': send('text/html', latin1Page('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">')),
	'/hostile': send(
		'text/html',
		`<!doctype html><html><head><title>Hostile ${ESC}[2J page</title><script src="/tracker.js"></script><link rel="stylesheet" href="/style.css"></head><body><article>` +
			`<h1>Hostile page</h1><img src="/pixel.png"><iframe src="/frame"></iframe><script>document.title='ran'</script>` +
			'<p>' + 'A long paragraph of an article that is plainly an article, with enough words to count as one. '.repeat(8) + `${ESC}]52;c;cHduZWQ=${ESC}\\</p>` +
			'<p><a href="javascript:alert(1)">a script link</a> and <a href="file:///etc/passwd">a file link</a>.</p></article></body></html>',
	),
	'/redirect/1': redirect('/redirect/2', 301),
	'/redirect/2': redirect('/redirect/3', 307),
	'/redirect/3': redirect('/heise.atom', 308),
	'/loop/a': redirect('/loop/b'),
	'/loop/b': redirect('/loop/a'),
	'/to-file': redirect('file:///etc/passwd'),
	'/slow': (_, response) => {
		response.writeHead(200, {'content-type': 'text/plain'});
		response.write('A headline that comes\n\n');
		// never ends: the client's deadline must
	},
	'/huge': (_, response) => {
		response.writeHead(200, {'content-type': 'text/plain'});
		const chunk = Buffer.alloc(64 * 1024, 'a');
		let sent = 0;
		const more = () => {
			while (sent < 64 * 1024 * 1024) {
				sent += chunk.length;
				if (!response.write(chunk)) return void response.once('drain', more);
			}
			response.end();
		};
		response.on('close', () => (sent = Infinity));
		more();
	},
	'/ua': (request, response) => {
		response.writeHead(200, {'content-type': 'text/plain'});
		response.end(`User agent\n\n${request.headers['user-agent']}\n\n${request.headers['accept-encoding']}\n`);
	},
	'/etag': (request, response) => {
		if (request.headers['if-none-match'] === '"v1"') {
			response.writeHead(304, {etag: '"v1"'});
			return void response.end();
		}
		response.writeHead(200, {'content-type': 'application/atom+xml', etag: '"v1"', 'last-modified': 'Mon, 01 Feb 2016 16:22:00 GMT'});
		response.end(fixture('feeds', 'heise.atom'));
	},
};

export interface TestServer {
	base: string;
	/** The paths asked for, in order: what a page made the client fetch besides itself. */
	requested: string[];
	close(): Promise<void>;
}

export async function startServer(): Promise<TestServer> {
	const requested: string[] = [];
	let base = '';
	const server: Server = createServer((request, response) => {
		const url = request.url ?? '/';
		requested.push(url);
		const hops = /^\/hops\/(\d+)$/.exec(url);
		const route = hops ? redirect(Number(hops[1]) > 1 ? `/hops/${Number(hops[1]) - 1}` : '/heise.atom') : ROUTES[url];
		if (route) return route(request, response, base);
		response.writeHead(404, {'content-type': 'text/plain'});
		response.end('not found');
	});
	await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	return {
		base,
		requested,
		close: () =>
			new Promise<void>(resolve => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}
