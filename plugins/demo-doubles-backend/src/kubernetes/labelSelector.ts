/**
 * Kubernetes label selectors, as the API server parses them in the
 * `labelSelector` query parameter: comma-separated requirements, each
 * `key=value`, `key==value`, `key!=value`, `key in (a,b)`, `key notin (a,b)`,
 * `key` (exists) or `!key` (does not exist).
 */
export type LabelRequirement =
  | { key: string; op: 'in' | 'notin'; values: string[] }
  | { key: string; op: 'exists' | 'doesnotexist' };

export class LabelSelectorError extends Error {}

const KEY = String.raw`[A-Za-z0-9]([-A-Za-z0-9_./]*[A-Za-z0-9])?`;
const VALUE = String.raw`([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?`;
const EQUALITY = new RegExp(`^(${KEY})\\s*(==|=|!=)\\s*(${VALUE})$`);
const SET = new RegExp(`^(${KEY})\\s+(in|notin)\\s+\\(([^)]*)\\)$`);
const EXISTS = new RegExp(`^(!?)\\s*(${KEY})$`);

/** Splits on commas that are not inside a `( … )` value set. */
function splitRequirements(selector: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of selector) {
    if (ch === '(') depth += 1;
    if (ch === ')') depth -= 1;
    if (ch === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  parts.push(current);
  return parts.map(p => p.trim()).filter(p => p.length > 0);
}

export function parseLabelSelector(selector: string): LabelRequirement[] {
  return splitRequirements(selector).map(part => {
    const eq = EQUALITY.exec(part);
    if (eq) {
      const [, key, , op, value] = eq;
      return { key, op: op === '!=' ? 'notin' : 'in', values: [value] };
    }
    const set = SET.exec(part);
    if (set) {
      const [, key, , op, values] = set;
      return {
        key,
        op: op as 'in' | 'notin',
        values: values.split(',').map(v => v.trim()),
      };
    }
    const exists = EXISTS.exec(part);
    if (exists) {
      const [, not, key] = exists;
      return { key, op: not ? 'doesnotexist' : 'exists' };
    }
    throw new LabelSelectorError(
      `unable to parse requirement: found '${part}', expected: '=', '!=', '==', 'in', notin'`,
    );
  });
}

export function matchesLabels(
  requirements: LabelRequirement[],
  labels: Record<string, string> = {},
): boolean {
  return requirements.every(req => {
    const has = Object.prototype.hasOwnProperty.call(labels, req.key);
    switch (req.op) {
      case 'exists':
        return has;
      case 'doesnotexist':
        return !has;
      case 'in':
        return has && req.values.includes(labels[req.key]);
      case 'notin':
        return !has || !req.values.includes(labels[req.key]);
      default:
        return false;
    }
  });
}
