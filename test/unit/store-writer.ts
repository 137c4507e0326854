// A second news-tui process for the store tests: marks keys `prefix-0` … `prefix-(count-1)` read,
// one write each, in the marks folder given; prints `ready` first and `done` at the end.
import {openMarkStore} from '../../source/core/store/index.js';

const [folder, prefix, count] = process.argv.slice(2);
const store = openMarkStore(folder!);
process.stdout.write('ready\n');
for (let index = 0; index < Number(count); index++) {
	store.write([{type: 'read', key: `${prefix}-${index}`, read: true, at: Date.now()}]);
	store.write([{type: 'place', key: 'shared', place: {paragraph: index, offset: 0}, at: Date.now()}]);
}
process.stdout.write('done\n');
