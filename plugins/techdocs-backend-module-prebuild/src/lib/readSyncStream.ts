/** The outcome of one call to TechDocs' sync endpoint. */
export type SyncOutcome =
  | { status: 'updated' }
  | { status: 'unchanged' }
  | { status: 'failed'; error: string; log: string[] };

/**
 * Reads the `text/event-stream` answer of
 * `GET /api/techdocs/sync/:namespace/:kind/:name`: `log` events while the
 * docs build, then `finish` (`{ updated }`) or `error` (the message).
 */
export function parseSyncStream(body: string): SyncOutcome {
  const log: string[] = [];
  for (const block of body.split(/\r?\n\r?\n/)) {
    let event = 'message';
    const data: string[] = [];
    for (const line of block.split(/\r?\n/)) {
      if (line.startsWith('event:')) {
        event = line.slice('event:'.length).trim();
      } else if (line.startsWith('data:')) {
        data.push(line.slice('data:'.length).trimStart());
      }
    }
    if (!data.length) {
      continue;
    }
    const value = parseJson(data.join('\n'));
    if (event === 'log') {
      log.push(String(value));
    } else if (event === 'error') {
      return { status: 'failed', error: String(value), log };
    } else if (event === 'finish') {
      const updated =
        typeof value === 'object' &&
        value !== null &&
        (value as { updated?: unknown }).updated === true;
      return { status: updated ? 'updated' : 'unchanged' };
    }
  }
  return {
    status: 'failed',
    error: 'The TechDocs sync stream ended without a result',
    log,
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
