// What the reader's component tests share: the seed article, the App with colours forced on (so a
// test can see NO_COLOR take them away, and see inverse matches), and frame helpers.
import assert from 'node:assert/strict';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {loadPaths} from '../../source/core/load.js';

// chalk reads this when it is first imported, so Ink must load after it is set.
process.env['FORCE_COLOR'] = '1';
export const {render} = await import('ink-testing-library');
export const {App} = await import('../../source/app.js');

const seeds = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'seeds');
const loaded = loadPaths([seeds], () => new Uint8Array());
assert.ok(loaded.ok);
export const seed = loaded.articles[0]!;

export const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));
/** A frame without its colour and style codes. */
export const plain = (frame = '') => frame.replace(/\x1b\[[0-9;]*m/g, '');
