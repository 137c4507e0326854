// A call's arguments go on the stack: spreading an array whose length the input decides into a call
// (`Math.max(...lengths)`, `rows.push(...lines)`) overflows it at some ~100k elements. No call in the
// program spreads its arguments or uses apply, whatever the array.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import ts from 'typescript';

const source = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'source');

function spreadCalls(file: string): string[] {
	const text = readFileSync(file, 'utf8');
	const tree = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
	const found: string[] = [];
	const visit = (node: ts.Node): void => {
		const isCall = ts.isCallExpression(node) || ts.isNewExpression(node);
		const spreads = isCall && (node.arguments ?? []).some(argument => ts.isSpreadElement(argument));
		const applies = ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'apply';
		if (spreads || applies) {
			const {line} = tree.getLineAndCharacterOfPosition(node.getStart());
			found.push(`${path.relative(source, file)}:${line + 1}: ${node.getText().slice(0, 60)}`);
		}
		ts.forEachChild(node, visit);
	};
	visit(tree);
	return found;
}

test('no call spreads its arguments or uses apply', () => {
	const files = readdirSync(source, {recursive: true, encoding: 'utf8'}).filter(file => /\.tsx?$/.test(file));
	assert.ok(files.length > 20);
	assert.deepEqual(files.flatMap(file => spreadCalls(path.join(source, file))), []);
});
