// Ink's key reports as the key table's names: one key, or every key of a fast-typed chunk.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {Key} from 'ink';
import {keyNames} from '../../source/ui/key-names.js';

const none: Key = {
	upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false, home: false, end: false,
	return: false, escape: false, ctrl: false, shift: false, tab: false, backspace: false, delete: false, meta: false,
	super: false, hyper: false, capsLock: false, numLock: false,
};

test('a named key, a Ctrl key, and characters', () => {
	assert.deepEqual(keyNames('', {...none, downArrow: true}), ['down']);
	assert.deepEqual(keyNames('', {...none, delete: true}), ['delete']);
	assert.deepEqual(keyNames('u', {...none, ctrl: true}), ['ctrl+u']);
	assert.deepEqual(keyNames('j k', none), ['j', 'space', 'k']);
	assert.deepEqual(keyNames('j', {...none, meta: true}), ['escape', 'j']);
});

test('control characters inside a fast-typed chunk are keys, never text', () => {
	assert.deepEqual(keyNames('ab\x7f\x7f', none), ['a', 'b', 'delete', 'delete']);
	assert.deepEqual(keyNames('\x15fern\r', none), ['ctrl+u', 'f', 'e', 'r', 'n', 'return']);
	assert.deepEqual(keyNames('x\x1b', none), ['x', 'escape']);
	assert.deepEqual(keyNames('\b\x01', none), ['backspace', 'ctrl+a']);
});
