/** Where in a file an error points, as its message says. */
export type ErrorLocation = { line: number; column?: number };

/**
 * The line (and column) a processing error names: YAML errors end with
 * "at line 4, column 7:" followed by a code frame.
 */
export function errorLocation(message: string): ErrorLocation | undefined {
  const match = /\bat line (\d+)(?:, column (\d+))?/i.exec(message);
  if (!match) {
    return undefined;
  }
  return {
    line: Number(match[1]),
    column: match[2] ? Number(match[2]) : undefined,
  };
}

/**
 * The message with the file's long `url:git+...` location replaced by its
 * path inside the repository (the row already says which file it is).
 */
export function shortenMessage(
  message: string,
  file: { url: string; path: string },
): string {
  return message.split(`url:${file.url}`).join(file.path).trimEnd();
}
