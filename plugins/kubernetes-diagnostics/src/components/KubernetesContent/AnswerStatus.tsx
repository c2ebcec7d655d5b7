import {
  StatusAborted,
  StatusError,
  StatusOK,
  StatusWarning,
} from '@backstage/core-components';
import { AnswerText } from '../../lib/describe';

const STATUS = {
  ok: StatusOK,
  info: StatusAborted,
  warning: StatusWarning,
  error: StatusError,
};

/** A cluster's answer as a status label. */
export function AnswerStatus({ answer }: { answer: AnswerText }) {
  const Status = STATUS[answer.severity];
  return <Status>{answer.label}</Status>;
}
