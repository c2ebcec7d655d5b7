/** How many lines of each kind a build log keeps. */
const KEPT_LINES = 20;
const PROBLEM = /error|warn/i;

/**
 * The part of one docs build's log worth logging when the build fails: its
 * last error and warning lines, or its last lines when it has none. mkdocs
 * `-v` logs a debug line per file, so the whole log is not kept.
 */
export class BuildLog {
  private readonly problems: string[] = [];
  private readonly tail: string[] = [];

  write(text: string): void {
    for (const line of text.split(/\r?\n/)) {
      if (!line.trim()) continue;
      keepLast(this.tail, line);
      if (PROBLEM.test(line)) keepLast(this.problems, line);
    }
  }

  excerpt(): string {
    return (this.problems.length ? this.problems : this.tail).join('\n');
  }
}

function keepLast(lines: string[], line: string) {
  lines.push(line);
  if (lines.length > KEPT_LINES) lines.shift();
}
