// Where news-tui keeps the user's things, in the standard per-user folders (env-paths, which honours
// XDG_CONFIG_HOME, XDG_DATA_HOME, XDG_STATE_HOME and XDG_CACHE_HOME):
// config: the subscriptions (OPML, for people to read, edit and back up);
// data: what is worth keeping (read and starred marks, reading positions, the feeds' items, as newsboat keeps its cache.db);
// state: where each collection of articles was left.
import path from 'node:path';
import envPaths from 'env-paths';

export interface StorePaths {
	subscriptions: string;
	marks: string;
	feeds: string;
	places: string;
}

/** Read at each call, so a test (or a user) can point the XDG variables elsewhere. */
export function storePaths(): StorePaths {
	const {config, data, log: state} = envPaths('news-tui', {suffix: ''});
	return {
		subscriptions: path.join(config, 'subscriptions.opml'),
		marks: path.join(data, 'marks'),
		feeds: path.join(data, 'feeds'),
		places: path.join(state, 'places.json'),
	};
}
