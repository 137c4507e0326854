// A second news-tui process for the store tests: marks keys `prefix-0` … `prefix-(count-1)` read,
// one write each, in the marks folder given; prints `ready` once the first mark is written (so a test that kills
// it knows something was, however loaded the machine) and `done` at the end.
import {openMarkStore} from '../../source/core/store/index.js';

const [folder, prefix, count] = process.argv.slice(2);
const store = openMarkStore(folder!);
for (let index = 0; index < Number(count); index++) {
	store.write([{type: 'read', key: `${prefix}-${index}`, read: true, at: Date.now()}]);
	store.write([{type: 'place', key: 'shared', place: {paragraph: index, offset: 0}, at: Date.now()}]);
	if (index === 0) process.stdout.write('ready\n');
}
process.stdout.write('done\n');
