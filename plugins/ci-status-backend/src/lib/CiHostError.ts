import {
  CiErrorReason,
  CiStatusError,
} from '@internal/plugin-ci-status-common';

/** A CI host could not be asked or did not answer; carries what the caller sees. */
export class CiHostError extends Error {
  constructor(
    readonly reason: CiErrorReason,
    message: string,
    readonly host: string,
    readonly retryAt?: Date,
  ) {
    super(message);
    this.name = 'CiHostError';
  }

  toJSON(): CiStatusError {
    return {
      reason: this.reason,
      message: this.message,
      host: this.host,
      ...(this.retryAt && { retryAt: this.retryAt.toISOString() }),
    };
  }
}
