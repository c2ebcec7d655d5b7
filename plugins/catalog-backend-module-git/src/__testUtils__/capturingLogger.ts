import { LoggerService } from '@backstage/backend-plugin-api';
import { JsonObject } from '@backstage/types';

/** One call to a capturing logger. */
export type CapturedLog = {
  level: 'error' | 'warn' | 'info' | 'debug';
  message: string;
  meta: Record<string, unknown>;
};

/**
 * A LoggerService that records every call, its children's included, so a
 * test can assert on everything that would have been logged.
 */
export function createCapturingLogger(): LoggerService & {
  logs: CapturedLog[];
  /** Everything logged, as one string (messages, metadata and errors). */
  text(): string;
} {
  const logs: CapturedLog[] = [];
  const make = (fields: Record<string, unknown>): LoggerService => {
    const log =
      (level: CapturedLog['level']) =>
      (message: string, meta?: Error | JsonObject) => {
        const extra =
          meta instanceof Error
            ? { error: `${meta.name}: ${meta.message}\n${meta.stack}` }
            : meta ?? {};
        logs.push({ level, message, meta: { ...fields, ...extra } });
      };
    return {
      error: log('error'),
      warn: log('warn'),
      info: log('info'),
      debug: log('debug'),
      child: (more: JsonObject) => make({ ...fields, ...more }),
    };
  };
  return Object.assign(make({}), {
    logs,
    text: () =>
      logs
        .map(l => `${l.level} ${l.message} ${JSON.stringify(l.meta)}`)
        .join('\n'),
  });
}
