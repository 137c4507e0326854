// `o`: the article's link in the user's browser — $BROWSER (its first choice, as in `man`'s
// colon-separated list), else the system's opener. The link is one argument of a program started
// without a shell, so nothing in it is ever read as a command; only http and https links go.
import {spawn} from 'node:child_process';

export function browserCommand(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
	const chosen = env['BROWSER']?.split(':').find(entry => entry.trim() !== '');
	if (chosen) return chosen.trim();
	return platform === 'darwin' ? 'open' : platform === 'win32' ? 'explorer.exe' : 'xdg-open';
}

/** Starts the browser on `url`; resolves to what went wrong, or undefined once it has started. */
export function openInBrowser(url: string, env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): Promise<string | undefined> {
	if (!/^https?:\/\/[^\s]/i.test(url)) return Promise.resolve('only http and https links are opened');
	const command = browserCommand(env, platform);
	return new Promise(resolve => {
		// Its output would draw over the reader; it lives on when the reader ends.
		const child = spawn(command, [url], {stdio: 'ignore', detached: true, shell: false});
		child.once('error', error => resolve(`could not start ${command}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such program' : error.message}`));
		child.once('spawn', () => {
			child.unref();
			resolve(undefined);
		});
	});
}
