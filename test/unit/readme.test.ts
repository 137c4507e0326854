// The README's key table stays true to the one key table the program runs on.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
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
