// The marks on disk, built for 100,000 articles: loading must take milliseconds and a mark must
// rewrite a small file, not the state of every article ever read.
// - Read marks and positions: 64 binary files, each holding the articles whose key hashes to it as
//   sorted records of five doubles (key hash, read stamp, position stamp, paragraph, offset) behind
//   a magic number and a CRC-32. Loading is reading the bytes; nothing is parsed (JSON.parse of the
//   same marks took 300 ms here, JSON over hashed keys 100 ms).
// - Stars: one JSON file of full keys, so `--starred` knows which files and items to open.
// Every write takes the folder's lock, reads the file again, merges (marks.ts) and replaces it atomically.
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {crc32} from 'node:zlib';
import {parseJson, readOrSetAside, setAside, writeFileAtomic, type Parsed} from './atomic-file.js';
import {withLock} from './lock.js';
import {mergeMark, NO_MARK, reduceMark, type Mark, type MarkAction} from './marks.js';

const SHARDS = 64;
const SHARD_FILE = /^marks-[0-9a-f]{2}\.bin$/;
const MAGIC = 0x314d544e; // "NTM1", little-endian
const HEADER = 8;
const FIELDS = 5;
const RECORD = FIELDS * 8;
const STARS_FILE = 'starred.json';

/**
 * A 52-bit hash of a key, exact in a double: FNV-1a for the low 32 bits, a multiply-add lane for
 * the high 20 (the chance that two of 100,000 keys share one is about 1 in a million).
 */
export function keyHash(key: string): number {
	let low = 0x811c9dc5;
	let high = key.length;
	for (let index = 0; index < key.length; index++) {
		const code = key.charCodeAt(index);
		low = Math.imul(low ^ code, 0x01000193);
		high = (Math.imul(high, 31) + code) | 0;
	}
	return (low >>> 0) + (Math.imul(high ^ (high >>> 13), 0x5bd1e995) >>> 12) * 2 ** 32;
}

const shardOf = (hash: number): number => hash % SHARDS;
const shardName = (shard: number): string => `marks-${shard.toString(16).padStart(2, '0')}.bin`;

/** Records sorted by hash: [hash, read, placed, paragraph, offset] × n. */
type Records = Float64Array;

function parseShard(bytes: Buffer): Parsed<Records> {
	if (bytes.length < HEADER || bytes.readUInt32LE(0) !== MAGIC) return {ok: false, reason: 'not a news-tui marks file'};
	if ((bytes.length - HEADER) % RECORD !== 0) return {ok: false, reason: 'truncated'};
	const body = bytes.subarray(HEADER);
	if (crc32(body) !== bytes.readUInt32LE(4)) return {ok: false, reason: 'corrupt (checksum differs)'};
	// A Float64Array needs its start aligned to 8 bytes; a fresh copy is.
	const aligned = body.byteOffset % 8 === 0 ? body : Buffer.from(body);
	return {ok: true, value: new Float64Array(aligned.buffer, aligned.byteOffset, aligned.length / 8)};
}

function shardBytes(records: Records): Buffer {
	const body = Buffer.from(records.buffer, records.byteOffset, records.byteLength);
	const header = Buffer.alloc(HEADER);
	header.writeUInt32LE(MAGIC, 0);
	header.writeUInt32LE(crc32(body), 4);
	return Buffer.concat([header, body]);
}

/** The record index of `hash`, or where it would go (as -(place) - 1). */
function find(records: Records, hash: number): number {
	let low = 0;
	let high = records.length / FIELDS - 1;
	while (low <= high) {
		const middle = (low + high) >> 1;
		const at = records[middle * FIELDS]!;
		if (at === hash) return middle;
		if (at < hash) low = middle + 1;
		else high = middle - 1;
	}
	return -low - 1;
}

const markAt = (records: Records, index: number, star: number): Mark => {
	const base = index * FIELDS;
	return {read: records[base + 1]!, star, placed: records[base + 2]!, place: {paragraph: records[base + 3]!, offset: records[base + 4]!}};
};

/** The shard with `marks` (by hash) merged in: records stay sorted, one per hash. */
function withMarks(records: Records, marks: ReadonlyMap<number, Mark>): Records {
	const rows = new Map<number, Mark>();
	for (let index = 0; index < records.length / FIELDS; index++) rows.set(records[index * FIELDS]!, markAt(records, index, 0));
	for (const [hash, mark] of marks) rows.set(hash, mergeMark(rows.get(hash), mark));
	const next = new Float64Array(rows.size * FIELDS);
	[...rows.keys()]
		.sort((a, b) => a - b)
		.forEach((hash, index) => {
			const {read, placed, place} = rows.get(hash)!;
			next.set([hash, read, placed, place.paragraph, place.offset], index * FIELDS);
		});
	return next;
}

type Stars = Record<string, number>;

function parseStars(text: string): Parsed<Stars> {
	const parsed = parseJson(text);
	if (!parsed.ok) return parsed;
	const value = parsed.value as {version?: unknown; starred?: unknown};
	if (value?.version !== 1 || typeof value.starred !== 'object' || value.starred === null) return {ok: false, reason: 'not a news-tui stars file'};
	const stars: Stars = {};
	for (const [key, stamp] of Object.entries(value.starred as Record<string, unknown>)) if (typeof stamp === 'number' && Number.isFinite(stamp)) stars[key] = stamp;
	return {ok: true, value: stars};
}

/** What was on disk when loaded: look a key up, or list the starred ones. */
export interface Marks {
	get(key: string): Mark | undefined;
	/** The starred keys, most recently starred first. */
	starred(): string[];
}

export interface MarkStore {
	/** Every mark on disk, and a line for each file that had to be set aside. */
	load(): {marks: Marks; notices: string[]};
	/** Applies the actions to what is on disk now (merging with other processes' marks). */
	write(actions: readonly MarkAction[]): {notices: string[]};
}

export function openMarkStore(folder: string): MarkStore {
	const lock = path.join(folder, '.lock');
	const starsFile = path.join(folder, STARS_FILE);
	const readShard = (name: string, notices: string[]): Records => {
		const file = path.join(folder, name);
		let bytes: Buffer;
		try {
			bytes = readFileSync(file);
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Float64Array(0);
			notices.push(setAside(file, `unreadable (${(error as NodeJS.ErrnoException).code})`));
			return new Float64Array(0);
		}
		const parsed = parseShard(bytes);
		if (parsed.ok) return parsed.value;
		notices.push(setAside(file, parsed.reason));
		return new Float64Array(0);
	};
	const readStars = (notices: string[]): Stars => {
		const {value, notice} = readOrSetAside(starsFile, parseStars);
		if (notice) notices.push(notice);
		return value ?? {};
	};
	return {
		load() {
			const notices: string[] = [];
			const shards: Records[] = Array.from({length: SHARDS}, () => new Float64Array(0));
			let names: string[] = [];
			try {
				names = readdirSync(folder).filter(name => SHARD_FILE.test(name));
			} catch (error) {
				if ((error as NodeJS.ErrnoException).code !== 'ENOENT') notices.push(`${folder}: ${(error as Error).message}`);
			}
			for (const name of names) shards[parseInt(name.slice(6, 8), 16)] = readShard(name, notices);
			const stars = readStars(notices);
			const marks: Marks = {
				get(key) {
					const hash = keyHash(key);
					const records = shards[shardOf(hash)]!;
					const index = find(records, hash);
					const star = stars[key] ?? 0;
					if (index >= 0) return markAt(records, index, star);
					return star === 0 ? undefined : {...NO_MARK, star};
				},
				starred: () =>
					Object.entries(stars)
						.filter(([, stamp]) => stamp > 0)
						.sort((a, b) => b[1] - a[1])
						.map(([key]) => key),
			};
			return {marks, notices};
		},
		write(actions) {
			const notices: string[] = [];
			// What each action makes of an empty mark; merged with the disk's, the later parts win.
			const byShard = new Map<number, Map<number, Mark>>();
			const starActions = actions.filter(action => action.type === 'star');
			for (const action of actions) {
				if (action.type === 'star') continue;
				const hash = keyHash(action.key);
				const shard = shardOf(hash);
				let marks = byShard.get(shard);
				if (!marks) byShard.set(shard, (marks = new Map()));
				marks.set(hash, reduceMark(marks.get(hash), action));
			}
			withLock(lock, () => {
				for (const [shard, marks] of byShard) {
					const name = shardName(shard);
					writeFileAtomic(path.join(folder, name), shardBytes(withMarks(readShard(name, notices), marks)));
				}
				if (starActions.length > 0) {
					const stars = readStars(notices);
					for (const action of starActions) stars[action.key] = reduceMark({...NO_MARK, star: stars[action.key] ?? 0}, action).star;
					writeFileAtomic(starsFile, JSON.stringify({version: 1, starred: stars}));
				}
			});
			return {notices};
		},
	};
}
