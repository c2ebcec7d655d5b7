import express, { Request, Response } from 'express';
import Router from 'express-promise-router';
import { DemoDoublesControl } from '../lib/DemoDoublesControl';
import { faultMiddleware, FaultWriter } from '../lib/faultMiddleware';
import { DemoCluster, buildDemoCluster } from './fixtures';
import {
  LabelSelectorError,
  matchesLabels,
  parseLabelSelector,
} from './labelSelector';

interface ResourceType {
  group: string;
  version: string;
  plural: string;
  kind: string;
  namespaced: boolean;
}

/** Resource types the demo API server knows; all but four are empty in the demo cluster. */
const RESOURCE_TYPES: ResourceType[] = [
  ['', 'v1', 'pods', 'Pod'],
  ['', 'v1', 'services', 'Service'],
  ['', 'v1', 'configmaps', 'ConfigMap'],
  ['', 'v1', 'secrets', 'Secret'],
  ['', 'v1', 'limitranges', 'LimitRange'],
  ['', 'v1', 'resourcequotas', 'ResourceQuota'],
  ['', 'v1', 'persistentvolumeclaims', 'PersistentVolumeClaim'],
  ['', 'v1', 'persistentvolumes', 'PersistentVolume', false],
  ['apps', 'v1', 'deployments', 'Deployment'],
  ['apps', 'v1', 'replicasets', 'ReplicaSet'],
  ['apps', 'v1', 'statefulsets', 'StatefulSet'],
  ['apps', 'v1', 'daemonsets', 'DaemonSet'],
  ['autoscaling', 'v2', 'horizontalpodautoscalers', 'HorizontalPodAutoscaler'],
  ['autoscaling', 'v1', 'horizontalpodautoscalers', 'HorizontalPodAutoscaler'],
  ['batch', 'v1', 'jobs', 'Job'],
  ['batch', 'v1', 'cronjobs', 'CronJob'],
  ['networking.k8s.io', 'v1', 'ingresses', 'Ingress'],
].map(([group, version, plural, kind, namespaced]) => ({
  group: group as string,
  version: version as string,
  plural: plural as string,
  kind: kind as string,
  namespaced: namespaced !== false,
}));

const SERVICE_ACCOUNT = 'system:serviceaccount:backstage:backstage';

function status(
  res: Response,
  code: number,
  reason: string,
  message: string,
  details?: Record<string, unknown>,
) {
  res.status(code).json({
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Failure',
    message,
    reason,
    ...(details && { details }),
    code,
  });
}

const writeFault: FaultWriter = (res, fault, retryAfterSeconds) => {
  if (fault === 'forbidden') {
    status(
      res,
      403,
      'Forbidden',
      `forbidden: User "${SERVICE_ACCOUNT}" cannot list resources at the cluster scope`,
    );
  } else {
    res.setHeader('retry-after', String(retryAfterSeconds));
    status(
      res,
      429,
      'TooManyRequests',
      'Too many requests, please try again later.',
      { retryAfterSeconds },
    );
  }
};

export interface KubernetesDoubleOptions {
  control: DemoDoublesControl;
  now?: () => Date;
}

/**
 * A read-only Kubernetes API server with the demo cluster's objects: the list
 * endpoints of the core and named API groups, cluster-wide and namespaced,
 * with `labelSelector`, bearer-token authentication and `Status` errors.
 */
export function createKubernetesDoubleRouter(
  options: KubernetesDoubleOptions,
): express.Router {
  const { control } = options;
  const now = options.now ?? (() => new Date());
  // Built once per router so uids and resource versions stay put between requests.
  const cluster: DemoCluster = buildDemoCluster(now());
  const listResourceVersion = String(
    Math.max(
      ...Object.values(cluster)
        .flat()
        .map(o => Number(o.metadata.resourceVersion ?? 0)),
    ) + 1,
  );

  const router = Router();
  router.use(faultMiddleware('kubernetes', control, writeFault));

  router.use((req, res, next) => {
    if (!/^Bearer \S+/.test(req.headers.authorization ?? '')) {
      status(res, 401, 'Unauthorized', 'Unauthorized');
      return;
    }
    next();
  });

  router.get('/version', (_req, res) => {
    res.json({
      major: '1',
      minor: '31',
      gitVersion: 'v1.31.4-demo',
      platform: 'linux/amd64',
    });
  });

  const list = (group: string) => (req: Request, res: Response) => {
    const { version, plural, namespace } = req.params;
    const type = RESOURCE_TYPES.find(
      t => t.group === group && t.version === version && t.plural === plural,
    );
    if (!type || (namespace && !type.namespaced)) {
      status(
        res,
        404,
        'NotFound',
        'the server could not find the requested resource',
        {},
      );
      return;
    }
    let requirements;
    try {
      const selector = req.query.labelSelector;
      requirements = parseLabelSelector(
        typeof selector === 'string' ? selector : '',
      );
    } catch (e) {
      if (e instanceof LabelSelectorError) {
        status(res, 400, 'BadRequest', e.message);
        return;
      }
      throw e;
    }
    const items = (cluster[type.plural] ?? []).filter(
      o =>
        (!namespace || o.metadata.namespace === namespace) &&
        matchesLabels(requirements, o.metadata.labels),
    );
    res.json({
      kind: `${type.kind}List`,
      apiVersion: type.group ? `${type.group}/${type.version}` : type.version,
      metadata: { resourceVersion: listResourceVersion },
      items,
    });
  };

  router.get('/api/:version/namespaces/:namespace/:plural', list(''));
  router.get('/api/:version/:plural', list(''));
  router.get(
    '/apis/:group/:version/namespaces/:namespace/:plural',
    (req, res) => list(req.params.group)(req, res),
  );
  router.get('/apis/:group/:version/:plural', (req, res) =>
    list(req.params.group)(req, res),
  );

  router.use((_req, res) => {
    status(
      res,
      404,
      'NotFound',
      'the server could not find the requested resource',
      {},
    );
  });

  return router;
}
