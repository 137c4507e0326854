// Ink hides the cursor through cli-cursor, whose restore-cursor writes "show the cursor" to standard
// error at the exit, whatever standard error is: into the file when it is redirected
// (`news-tui 2>log`). The terminal session (terminal-session.ts) shows the cursor again on the
// terminal it took, on every way out, so the reader bundle is built with this in its place.
export default function restoreCursor(): void {}
