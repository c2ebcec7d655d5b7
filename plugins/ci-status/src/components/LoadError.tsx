import { WarningPanel } from '@backstage/core-components';

/** The ci-status backend could not be asked (as opposed to the CI host). */
export function LoadError({ error }: { error: Error }) {
  return (
    <WarningPanel
      severity="error"
      title="Could not load CI status from the portal's ci-status backend"
      message={error.message}
      defaultExpanded
    />
  );
}
