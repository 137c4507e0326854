// The README's key table stays true to the one key table the program runs on.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {loadPaths} from '../../source/core/load.js';
import {BINDINGS, keyLabel} from '../../source/state/keys.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const keysSection = readme.slice(readme.indexOf('## Keys'), readme.indexOf('\n## ', readme.indexOf('## Keys') + 1));

test('every bound key is in the README key table', () => {
	for (const binding of BINDINGS) {
		for (const key of binding.keys) {
			assert.ok(keysSection.includes(`\`${keyLabel(key)}\``), `README lacks ${keyLabel(key)} (${binding.command})`);
		}
	}
});

test('the README says plainly that paragraphs[0] of --json is the headline, as it is', () => {
	const row = readme.split('\n').find(line => line.startsWith('| `news-tui --json PATH…`'))!;
	assert.match(row, /`paragraphs\[0\]` is the headline/);
	const loaded = loadPaths([fileURLToPath(new URL('../../seeds', import.meta.url))], () => new Uint8Array());
	assert.ok(loaded.ok);
	for (const article of loaded.articles) assert.equal(article.paragraphs[0], article.title);
});
