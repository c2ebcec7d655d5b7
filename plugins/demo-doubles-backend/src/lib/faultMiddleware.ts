import { RequestHandler, Response } from 'express';
import {
  DemoDoublesControl,
  DemoFault,
  DoubleName,
} from './DemoDoublesControl';

/** How one double writes a fault answer in its own wire format. */
export type FaultWriter = (
  res: Response,
  fault: Exclude<DemoFault, 'down'>,
  retryAfterSeconds: number,
) => void;

/**
 * Counts requests, waits the configured latency, then either injects the
 * double's fault or passes the request on. Marks every answer as demo data.
 */
export function faultMiddleware(
  double: DoubleName,
  control: DemoDoublesControl,
  writeFault: FaultWriter,
): RequestHandler {
  return (req, res, next) => {
    const leave = control.enter(double, req.originalUrl);
    res.on('close', leave);
    res.setHeader('x-demo-data', 'true');

    const proceed = () => {
      if (req.destroyed) {
        leave();
        return;
      }
      const fault = control.fault(double);
      if (fault === 'down') {
        // No answer at all: the caller sees a reset connection.
        req.socket.destroy();
        leave();
        return;
      }
      if (fault) {
        writeFault(res, fault, control.retryAfterSeconds);
        return;
      }
      next();
    };

    if (control.latencyMs > 0) {
      setTimeout(proceed, control.latencyMs);
    } else {
      proceed();
    }
  };
}
