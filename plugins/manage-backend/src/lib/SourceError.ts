import { ManageSourceError } from '@internal/plugin-manage-common';

/** A source (the ci-status or Kubernetes backend) gave no usable answer. */
export class SourceError extends Error {
  constructor(readonly details: ManageSourceError) {
    super(details.message);
    this.name = 'SourceError';
  }
}

/** Turns a failed call to another backend plugin into a SourceError. */
export function callFailure(
  what: string,
  e: unknown,
  timeoutMs: number,
): SourceError {
  const error = e as Error & { cause?: { code?: string; message?: string } };
  if (error?.name === 'TimeoutError' || error?.name === 'AbortError') {
    return new SourceError({
      reason: 'timeout',
      message: `The ${what} did not answer within ${timeoutMs} ms`,
    });
  }
  return new SourceError({
    reason: 'unreachable',
    message: `The ${what} could not be reached (${
      error?.cause?.code ?? error?.cause?.message ?? error?.message
    })`,
  });
}

export async function statusFailure(
  what: string,
  response: Response,
): Promise<SourceError> {
  let detail = '';
  try {
    const body = await response.json();
    detail = body?.error?.message ? `: ${body.error.message}` : '';
  } catch {
    // not JSON; the status says enough
  }
  const reasons: Record<number, string> = {
    401: 'unauthorized',
    403: 'forbidden',
    404: 'not-found',
  };
  const reason = reasons[response.status] ?? 'bad-response';
  return new SourceError({
    reason,
    message: `The ${what} answered HTTP ${response.status}${detail}`,
  });
}
