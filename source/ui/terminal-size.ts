// Stands in for the terminal-size package in the reader bundle. Ink asks it for a size only when
// stdout has none, and the reader runs only with a terminal on stdout; the package itself would load
// Node's child_process (~4 ms of start-up) for a fallback the reader never takes.
export default function terminalSize(): {columns: number; rows: number} {
	return {columns: process.stdout.columns || 80, rows: process.stdout.rows || 24};
}
