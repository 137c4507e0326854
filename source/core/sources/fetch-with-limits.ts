// Fetching an http(s) address with Node's own fetch, within limits: a deadline for the whole
// exchange, redirects followed by hand (counted, loops caught, only to http/https), the body read as
// a stream and given up past a size. Every way it can fail comes back as a reason a user can read.
import {STATUS_CODES} from 'node:http';
import packageJson from '../../../package.json' with {type: 'json'};
import type {FetchOptions, FetchResult} from './types.js';

export const FETCH_TIMEOUT_MS = 20_000;
export const MAX_REDIRECTS = 5;
export const MAX_BODY_BYTES = 20 * 1024 * 1024;

export const USER_AGENT = `news-tui/${packageJson.version} (terminal news reader; +https://www.npmjs.com/package/news-tui)`;
const ACCEPT = 'application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml;q=0.9, application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.9, text/markdown;q=0.8, text/plain;q=0.8, */*;q=0.5';

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** Whether `address` is an http or https URL; no other scheme is ever followed. */
export function isWebAddress(address: string): boolean {
	return /^https?:\/\/[^/?#\s]/i.test(address);
}

const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

// undici's "fetch failed" hides the reason in its cause's code.
function networkReason(error: unknown, host: string): string {
	const cause = (error as {cause?: NodeJS.ErrnoException & {code?: string}}).cause;
	const code = cause?.code ?? (error as NodeJS.ErrnoException).code;
	switch (code) {
		case 'ENOTFOUND':
		case 'EAI_AGAIN':
		case 'EAI_NONAME':
			return `the name ${host} does not resolve`;
		case 'ECONNREFUSED':
			return 'connection refused';
		case 'ECONNRESET':
		case 'UND_ERR_SOCKET':
			return 'the connection was closed before the answer came';
		case 'EHOSTUNREACH':
		case 'ENETUNREACH':
			return `${host} cannot be reached`;
		case 'UND_ERR_CONNECT_TIMEOUT':
			return `${host} did not answer`;
		default:
			if (code && /CERT|SSL|TLS/.test(code)) return `its certificate is not trusted (${code})`;
			return cause?.message || (error as Error).message || 'the request failed';
	}
}

const statusReason = (status: number): string => `HTTP ${status}${STATUS_CODES[status] ? ` ${STATUS_CODES[status]}` : ''}`;

type BodyRead = {ok: true; bytes: Uint8Array} | {ok: false; reason: string};

/** The body, chunk by chunk, given up (and the connection closed) as soon as it passes `maxBytes`. */
async function readLimited(response: Response, maxBytes: number): Promise<BodyRead> {
	const declared = Number(response.headers.get('content-length'));
	// The declared length is of the encoded body; a compressed one is checked as it is inflated.
	if (!response.headers.get('content-encoding') && declared > maxBytes) {
		await response.body?.cancel();
		return {ok: false, reason: `the answer is larger than ${megabytes(maxBytes)}`};
	}
	if (!response.body) return {ok: true, bytes: new Uint8Array()};
	const reader = response.body.getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	for (;;) {
		const {done, value} = await reader.read();
		if (done) break;
		size += value.byteLength;
		if (size > maxBytes) {
			await reader.cancel();
			return {ok: false, reason: `the answer is larger than ${megabytes(maxBytes)}, not read further`};
		}
		chunks.push(value);
	}
	const bytes = new Uint8Array(size);
	let at = 0;
	for (const chunk of chunks) {
		bytes.set(chunk, at);
		at += chunk.byteLength;
	}
	return {ok: true, bytes};
}

const failed = (url: string, reason: string): FetchResult => ({ok: false, url, reason, error: `${url}: ${reason}`});

/**
 * Fetches `url`: the body as bytes with the final address and its Content-Type, or `notModified`
 * when the validators given (`etag`, `lastModified`) still hold, or the reason it failed.
 */
export async function fetchSource(url: string, options: FetchOptions = {}): Promise<FetchResult> {
	if (!isWebAddress(url)) return failed(url, 'only http and https addresses are fetched');
	const timeoutMs = options.timeoutMs ?? FETCH_TIMEOUT_MS;
	const deadline = new AbortController();
	const timer = setTimeout(() => deadline.abort(), timeoutMs);
	const signal = options.signal ? AbortSignal.any([options.signal, deadline.signal]) : deadline.signal;
	const headers: Record<string, string> = {'user-agent': USER_AGENT, accept: ACCEPT, 'accept-encoding': 'gzip, deflate, br'};
	if (options.etag) headers['if-none-match'] = options.etag;
	if (options.lastModified) headers['if-modified-since'] = options.lastModified;
	const seen = new Set<string>();
	let current = url;
	try {
		for (;;) {
			seen.add(current);
			let response: Response;
			try {
				response = await fetch(current, {headers, redirect: 'manual', signal});
			} catch (error) {
				if (signal.aborted) throw error;
				return failed(url, networkReason(error, new URL(current).host));
			}
			if (REDIRECTS.has(response.status)) {
				await response.body?.cancel();
				const location = response.headers.get('location');
				if (!location) return failed(url, `${statusReason(response.status)} without a Location to go to`);
				let next: string;
				try {
					next = new URL(location, current).href;
				} catch {
					return failed(url, `redirected to an address that is not one (${location})`);
				}
				if (!isWebAddress(next)) return failed(url, `redirected to ${new URL(next).protocol} address, which is not followed`);
				if (seen.has(next)) return failed(url, 'redirects in a loop');
				if (seen.size > MAX_REDIRECTS) return failed(url, `more than ${MAX_REDIRECTS} redirects`);
				current = next;
				continue;
			}
			const etag = response.headers.get('etag') ?? undefined;
			const lastModified = response.headers.get('last-modified') ?? undefined;
			if (response.status === 304) {
				await response.body?.cancel();
				return {ok: true, notModified: true, url: current, etag, lastModified};
			}
			if (!response.ok) {
				await response.body?.cancel();
				return failed(url, statusReason(response.status));
			}
			const body = await readLimited(response, options.maxBytes ?? MAX_BODY_BYTES);
			if (!body.ok) return failed(url, body.reason);
			const contentType = response.headers.get('content-type') ?? undefined;
			return {ok: true, notModified: false, url: current, contentType, bytes: body.bytes, etag, lastModified};
		}
	} catch (error) {
		if (deadline.signal.aborted) return failed(url, `no complete answer within ${timeoutMs / 1000} s`);
		if (options.signal?.aborted) return failed(url, 'cancelled');
		return failed(url, networkReason(error, new URL(current).host));
	} finally {
		clearTimeout(timer);
	}
}
