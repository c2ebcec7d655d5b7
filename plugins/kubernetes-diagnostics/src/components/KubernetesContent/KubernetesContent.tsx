import { EmptyState, Progress, WarningPanel } from '@backstage/core-components';
import {
  MissingAnnotationEmptyState,
  useEntity,
} from '@backstage/plugin-catalog-react';
import {
  KUBERNETES_ANNOTATION,
  KUBERNETES_LABEL_SELECTOR_QUERY_ANNOTATION,
} from '@backstage/plugin-kubernetes-common';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import {
  KubernetesView,
  REFRESH_INTERVAL_MS,
  useKubernetesDiagnosis,
} from '../../hooks/useKubernetesDiagnosis';
import { describeScope } from '../../lib/describe';
import { ClusterAnswers } from './ClusterAnswers';
import { FoundObjects } from './FoundObjects';

const READ_MORE_URL =
  'https://backstage.io/docs/features/kubernetes/configuration#surfacing-your-kubernetes-components-as-part-of-an-entity';

function NotConfigured() {
  return (
    <>
      <MissingAnnotationEmptyState
        annotation={KUBERNETES_ANNOTATION}
        readMoreUrl={READ_MORE_URL}
      />
      <Typography variant="body2" color="textSecondary">
        Workloads labelled otherwise: set{' '}
        <code>{KUBERNETES_LABEL_SELECTOR_QUERY_ANNOTATION}</code> instead, e.g.{' '}
        <code>app=my-service,tier=backend</code>.
      </Typography>
    </>
  );
}

function Answered({
  view,
  entityName,
}: {
  view: Extract<KubernetesView, { kind: 'answered' }>;
  entityName: string;
}) {
  const { diagnosis, response } = view;
  const unknownCluster = diagnosis.unknownCluster && (
    <Grid item>
      <WarningPanel
        severity="warning"
        title={`backstage.io/kubernetes-cluster names ${diagnosis.unknownCluster}, which the portal does not know`}
        message="Every cluster the portal knows is listed below."
      />
    </Grid>
  );
  if (!diagnosis.found) {
    return (
      <Grid container spacing={3} direction="column">
        {unknownCluster}
        <Grid item>
          <Typography variant="h5">
            No Kubernetes objects found for {entityName}
          </Typography>
          <Typography variant="body2">
            The portal asked {diagnosis.clusters.length}{' '}
            {diagnosis.clusters.length === 1 ? 'cluster' : 'clusters'} for
            objects with labels <code>{diagnosis.query.labelSelector}</code>{' '}
            {describeScope(diagnosis.query)}. Each answer is below.
          </Typography>
        </Grid>
        <Grid item>
          <ClusterAnswers diagnosis={diagnosis} />
        </Grid>
      </Grid>
    );
  }
  const allClean = diagnosis.clusters.every(
    c => c.outcome === 'found' && c.problems.length === 0,
  );
  return (
    <Grid container spacing={3} direction="column">
      {unknownCluster}
      {!allClean && (
        <Grid item>
          <ClusterAnswers diagnosis={diagnosis} />
        </Grid>
      )}
      <Grid item>
        <FoundObjects response={response} />
      </Grid>
    </Grid>
  );
}

/**
 * The Kubernetes tab of a component: its objects on every cluster, as the
 * upstream tab shows them, and for clusters without objects why not.
 */
export function KubernetesContent() {
  const { entity } = useEntity();
  const { value, loading, error } = useKubernetesDiagnosis(entity);

  if (error) {
    return (
      <WarningPanel
        severity="error"
        title="Could not ask the portal's Kubernetes backend"
        message={error.message}
        defaultExpanded
      />
    );
  }
  if (!value) {
    return loading ? <Progress /> : null;
  }
  switch (value.kind) {
    case 'not-configured':
      return <NotConfigured />;
    case 'no-clusters':
      return (
        <EmptyState
          missing="info"
          title="The portal knows no Kubernetes cluster"
          description={`Nothing was asked for objects with labels ${value.query.labelSelector}. Add clusters under kubernetes.clusterLocatorMethods in the portal's app-config.`}
        />
      );
    case 'no-answer':
      return (
        <WarningPanel
          severity="warning"
          title={`The Kubernetes backend did not answer within ${Math.round(
            value.afterMs / 1000,
          )} s`}
          message={`It answers once every cluster has, so at least one of these is slow or does not answer: ${value.clusters.join(
            ', ',
          )}. It was asked for objects with labels ${
            value.query.labelSelector
          } ${describeScope(value.query)}. This tab asks again every ${
            REFRESH_INTERVAL_MS / 1000
          } s.`}
          defaultExpanded
        />
      );
    default:
      return <Answered view={value} entityName={entity.metadata.name} />;
  }
}
