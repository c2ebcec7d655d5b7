import {
  RESOURCE_PATHS,
  SELECTOR,
  annotatedComponent,
  clusterWithErrors,
  clusterWithObjects,
  clusters,
  component,
  connectTimeout,
  connectionRefused,
  statusErrors,
} from '../__fixtures__/kubernetes';
import { describeAnswer } from './describe';
import { diagnose } from './diagnose';
import { KubernetesQuery, kubernetesQueryOf } from './kubernetesQuery';

const query = kubernetesQueryOf(annotatedComponent)!;

describe('kubernetesQueryOf', () => {
  it('builds the selector the Kubernetes backend sends', () => {
    expect(query).toEqual({
      labelSelector: SELECTOR,
      source: 'backstage.io/kubernetes-id',
    });
    expect(
      kubernetesQueryOf(
        component({
          'backstage.io/kubernetes-id': 'ignored',
          'backstage.io/kubernetes-label-selector': 'app=ledger,tier=api',
          'backstage.io/kubernetes-namespace': 'payments',
          'backstage.io/kubernetes-cluster': 'prod-eu',
        }),
      ),
    ).toEqual({
      labelSelector: 'app=ledger,tier=api',
      source: 'backstage.io/kubernetes-label-selector',
      namespace: 'payments',
      cluster: 'prod-eu',
    });
  });

  it('falls back to the entity name for an empty id, and is undefined without annotations', () => {
    expect(
      kubernetesQueryOf(component({ 'backstage.io/kubernetes-id': '' }))
        ?.labelSelector,
    ).toBe(SELECTOR);
    expect(kubernetesQueryOf(component())).toBeUndefined();
  });
});

describe('diagnose', () => {
  it('counts clusters the backend left out of its answer as asked, with nothing matched', () => {
    const diagnosis = diagnose(query, clusters, {
      items: [clusterWithErrors('prod-us', statusErrors(403))],
    });
    expect(diagnosis.found).toBe(false);
    expect(diagnosis.clusters).toEqual([
      {
        name: 'prod-eu',
        title: 'Production EU',
        outcome: 'no-match',
        objects: 0,
        answeredResourceTypes: 0,
        problems: [],
      },
      {
        name: 'prod-us',
        title: 'prod-us',
        outcome: 'failed',
        objects: 0,
        answeredResourceTypes: 0,
        problems: [
          {
            cause: 'forbidden',
            statusCode: 403,
            message: undefined,
            resourcePaths: RESOURCE_PATHS,
          },
        ],
      },
    ]);
    expect(describeAnswer(diagnosis.clusters[0], query)).toMatchObject({
      label: 'Nothing matched',
      detail: `Production EU answered, and no object in any namespace has labels matching ${SELECTOR}.`,
    });
    expect(describeAnswer(diagnosis.clusters[1], query)).toMatchObject({
      label: 'Forbidden (403)',
      detail:
        "prod-us refused to list 13 resource types (/api/v1/pods, /api/v1/services, …) for the portal's credentials.",
    });
  });

  it.each([
    [
      'unauthorized',
      'Unauthorized (401)',
      statusErrors(401, 'UNAUTHORIZED_ERROR'),
    ],
    ['unreachable', 'Unreachable', [connectionRefused]],
    ['timeout', 'Timeout', [connectTimeout]],
    [
      'tls',
      'TLS error',
      [
        {
          errorType: 'FETCH_ERROR' as const,
          message:
            'request to https://k8s.example.com/api/v1/pods failed, reason: self-signed certificate in certificate chain',
        },
      ],
    ],
    [
      'http-error',
      'HTTP 500',
      statusErrors(500, 'UNKNOWN_ERROR', ['/api/v1/pods']),
    ],
  ])('tells %s (%s) from the errors', (cause, label, errors) => {
    const diagnosis = diagnose(query, clusters.slice(1), {
      items: [clusterWithErrors('prod-us', errors)],
    });
    const [cluster] = diagnosis.clusters;
    expect(cluster.outcome).toBe('failed');
    expect(cluster.problems.map(p => p.cause)).toEqual([cause]);
    expect(describeAnswer(cluster, query).label).toBe(label);
  });

  it('keeps found objects and the resource types that failed beside them', () => {
    const withObjects = clusterWithObjects('prod-eu', 'Production EU');
    const diagnosis = diagnose(query, clusters, {
      items: [
        {
          ...withObjects,
          errors: statusErrors(403, 'UNKNOWN_ERROR', ['/api/v1/configmaps']),
        },
      ],
    });
    expect(diagnosis.found).toBe(true);
    expect(diagnosis.clusters[0]).toMatchObject({
      outcome: 'found',
      objects: 2,
      problems: [{ cause: 'forbidden', resourcePaths: ['/api/v1/configmaps'] }],
    });
    expect(describeAnswer(diagnosis.clusters[0], query)).toMatchObject({
      label: 'Found 2 objects',
      severity: 'warning',
    });
    expect(diagnosis.clusters[1].outcome).toBe('no-match');
  });

  it('asks only the annotated cluster, and all of them when the portal does not know it', () => {
    const onEu: KubernetesQuery = { ...query, cluster: 'prod-eu' };
    expect(
      diagnose(onEu, clusters, { items: [] }).clusters.map(c => c.name),
    ).toEqual(['prod-eu']);

    const onMars = diagnose({ ...query, cluster: 'mars' }, clusters, {
      items: [],
    });
    expect(onMars.unknownCluster).toBe('mars');
    expect(onMars.clusters.map(c => c.name)).toEqual(['prod-eu', 'prod-us']);
  });
});
