import {
  detectErrors,
  ObjectsByEntityResponse,
} from '@backstage/plugin-kubernetes-common';
import {
  Cluster,
  DetectedErrorsContext,
  ErrorReporting,
} from '@backstage/plugin-kubernetes-react';
import Grid from '@material-ui/core/Grid';
import { useMemo } from 'react';

/**
 * The clusters that have objects, drawn with the upstream Kubernetes tab's own
 * components (error report, then one accordion per cluster), as its
 * `KubernetesContent` does; clusters without objects are left to
 * `ClusterAnswers`.
 */
export function FoundObjects({
  response,
}: {
  response: ObjectsByEntityResponse;
}) {
  const items = useMemo(
    () =>
      response.items.filter(item =>
        item.resources.some(fetched => fetched.resources.length > 0),
      ),
    [response],
  );
  const detectedErrors = useMemo(() => detectErrors({ items }), [items]);
  return (
    <DetectedErrorsContext.Provider value={[...detectedErrors.values()].flat()}>
      <Grid container spacing={3} direction="column">
        <Grid item>
          <ErrorReporting
            detectedErrors={detectedErrors}
            clusters={items.map(item => item.cluster)}
          />
        </Grid>
        {items.map(item => (
          <Grid item key={item.cluster.name}>
            <Cluster
              clusterObjects={item}
              podsWithErrors={
                new Set(
                  detectedErrors
                    .get(item.cluster.name)
                    ?.filter(e => e.sourceRef.kind === 'Pod')
                    .map(e => e.sourceRef.name),
                )
              }
            />
          </Grid>
        ))}
      </Grid>
    </DetectedErrorsContext.Provider>
  );
}
