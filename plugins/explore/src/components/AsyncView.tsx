import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { ReactNode } from 'react';

/** Loading indicator, then the error as an error, then the content. */
export function AsyncView<T>(props: {
  state: { loading: boolean; error?: Error; value?: T };
  children: (value: T) => ReactNode;
}) {
  const { loading, error, value } = props.state;
  if (loading) {
    return <Progress />;
  }
  if (error) {
    return <ResponseErrorPanel error={error} defaultExpanded />;
  }
  if (value === undefined) {
    return null;
  }
  return <>{props.children(value)}</>;
}
