/**
 * `--name value` and `--name=value` pairs of a bench script's command line,
 * by name. Each script checks and converts the values it reads.
 */
export function readFlags(argv: string[]): Record<string, string> {
  const flags: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(argv[i]);
    if (!match) {
      throw new Error(`Unexpected argument ${argv[i]}`);
    }
    flags[match[1]] = match[2] ?? argv[++i];
  }
  return flags;
}
