import { DEMO_COMPONENTS, DemoComponent } from '../lib/demoComponents';
import { stableHex, stableInt, stableSuffix, stableUid } from '../lib/ids';

/** A Kubernetes object as the API server returns it inside a List. */
export interface KubeObject {
  metadata: {
    name: string;
    namespace?: string;
    labels?: Record<string, string>;
    [key: string]: unknown;
  };
  spec?: Record<string, unknown>;
  status?: Record<string, unknown>;
}

/** The objects of the demo cluster, keyed by resource plural (`pods`, `deployments`, …). */
export type DemoCluster = Record<string, KubeObject[]>;

/** Labels every demo object carries, so nobody mistakes it for a real workload. */
export const DEMO_DATA_LABEL = 'portal.northwind.example/demo-data';

const KUBERNETES_ID_LABEL = 'backstage.io/kubernetes-id';
const NODES = [
  'demo-node-pool-a-7xk2',
  'demo-node-pool-a-9qm4',
  'demo-node-pool-b-3hd8',
];

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

type PodState =
  | { kind: 'running'; ready: true }
  /** Started again after a crash and not ready yet. */
  | { kind: 'restarted'; restarts: number; lastReason: 'OOMKilled' | 'Error' }
  | { kind: 'crashloop'; restarts: number }
  | { kind: 'imagepull' };

interface ReplicaSetScenario {
  version: string;
  createdAgo: number;
  pods: PodState[];
}

interface WorkloadScenario {
  component: Required<DemoComponent>;
  replicas: number;
  /** The replica set the deployment rolls out; `previous` still serves while it is stuck. */
  current: ReplicaSetScenario;
  previous?: ReplicaSetScenario;
  progressDeadlineExceeded?: boolean;
}

const READY: PodState = { kind: 'running', ready: true };

function component(name: string): Required<DemoComponent> {
  const found = DEMO_COMPONENTS.find(c => c.name === name);
  if (!found?.namespace || !found.image || !found.containerPort) {
    throw new Error(`${name} is not a demo workload`);
  }
  return found as Required<DemoComponent>;
}

/**
 * What the demo cluster runs. Healthy, crash-looping, stuck on an image pull
 * and OOM-killed, so every state the portal shows can be seen.
 */
function scenarios(): WorkloadScenario[] {
  return [
    {
      component: component('payments-service'),
      replicas: 3,
      current: {
        version: '2.14.0',
        createdAgo: 2 * DAY,
        pods: [READY, READY, READY],
      },
    },
    {
      // A bad release: one of two pods exits at start-up and is backing off.
      component: component('ledger-service'),
      replicas: 2,
      current: {
        version: '1.9.3',
        createdAgo: 5 * HOUR,
        pods: [READY, { kind: 'crashloop', restarts: 7 }],
      },
    },
    {
      // A rollout whose new image tag does not exist: the old pods keep serving.
      component: component('notification-service'),
      replicas: 2,
      current: {
        version: '3.2.0',
        createdAgo: 50 * MINUTE,
        pods: [{ kind: 'imagepull' }],
      },
      previous: { version: '3.1.4', createdAgo: 9 * DAY, pods: [READY, READY] },
      progressDeadlineExceeded: true,
    },
    {
      // Server-side rendering under load: one pod was OOM-killed and is warming up again.
      component: component('checkout-web'),
      replicas: 3,
      current: {
        version: '5.4.1',
        createdAgo: 26 * HOUR,
        pods: [
          READY,
          READY,
          { kind: 'restarted', restarts: 3, lastReason: 'OOMKilled' },
        ],
      },
    },
  ];
}

function iso(t: number): string {
  return new Date(Math.floor(t / 1000) * 1000)
    .toISOString()
    .replace('.000', '');
}

function resourceVersion(name: string): string {
  return String(1_000_000 + stableInt(`rv:${name}`, 8_000_000));
}

function ip(prefix: string, name: string): string {
  return `${prefix}.${1 + stableInt(`ip1:${name}`, 250)}.${
    1 + stableInt(`ip2:${name}`, 250)
  }`;
}

function commonLabels(c: Required<DemoComponent>, version: string) {
  return {
    'app.kubernetes.io/name': c.name,
    'app.kubernetes.io/part-of': 'northwind',
    'app.kubernetes.io/version': version,
    [KUBERNETES_ID_LABEL]: c.name,
    [DEMO_DATA_LABEL]: 'true',
  };
}

function selectorLabels(c: Required<DemoComponent>) {
  return { 'app.kubernetes.io/name': c.name };
}

function container(c: Required<DemoComponent>, version: string) {
  return {
    name: c.name,
    image: `${c.image}:${version}`,
    ports: [{ name: 'http', containerPort: c.containerPort, protocol: 'TCP' }],
    env: [{ name: 'NORTHWIND_ENV', value: 'demo' }],
    resources: {
      requests: { cpu: '250m', memory: '256Mi' },
      limits: { memory: '512Mi' },
    },
    readinessProbe: {
      httpGet: { path: '/health/ready', port: 'http', scheme: 'HTTP' },
      periodSeconds: 10,
      timeoutSeconds: 1,
      successThreshold: 1,
      failureThreshold: 3,
    },
    livenessProbe: {
      httpGet: { path: '/health/live', port: 'http', scheme: 'HTTP' },
      initialDelaySeconds: 10,
      periodSeconds: 10,
      timeoutSeconds: 1,
      successThreshold: 1,
      failureThreshold: 3,
    },
    terminationMessagePath: '/dev/termination-log',
    terminationMessagePolicy: 'File',
    imagePullPolicy: 'IfNotPresent',
  };
}

function podTemplate(c: Required<DemoComponent>, version: string) {
  return {
    metadata: {
      creationTimestamp: null,
      labels: { ...selectorLabels(c), ...commonLabels(c, version) },
    },
    spec: {
      containers: [container(c, version)],
      restartPolicy: 'Always',
      terminationGracePeriodSeconds: 30,
      dnsPolicy: 'ClusterFirst',
      serviceAccountName: c.name,
      serviceAccount: c.name,
      securityContext: {},
      schedulerName: 'default-scheduler',
    },
  };
}

function condition(
  type: string,
  status: 'True' | 'False',
  at: number,
  extra: Record<string, string> = {},
) {
  return {
    type,
    status,
    lastProbeTime: null,
    lastTransitionTime: iso(at),
    ...extra,
  };
}

function pod(
  now: number,
  c: Required<DemoComponent>,
  rs: { name: string; uid: string; hash: string },
  version: string,
  state: PodState,
  index: number,
  createdAt: number,
): KubeObject {
  const name = `${rs.name}-${stableSuffix(`${rs.name}/${index}`, 5)}`;
  const image = `${c.image}:${version}`;
  const imageID = `${c.image}@sha256:${stableHex(image, 64)}`;
  const containerID = (n: number) =>
    `containerd://${stableHex(`${name}/${n}`, 64)}`;
  const ready = state.kind === 'running';
  const unready = {
    reason: 'ContainersNotReady',
    message: `containers with unready status: [${c.name}]`,
  };
  const restarts = 'restarts' in state ? state.restarts : 0;
  const lastStart = now - (state.kind === 'restarted' ? 40_000 : 0);

  let containerState: Record<string, unknown>;
  let lastState: Record<string, unknown> = {};
  let started = true;
  switch (state.kind) {
    case 'running':
      containerState = { running: { startedAt: iso(createdAt + 20_000) } };
      break;
    case 'restarted':
      containerState = { running: { startedAt: iso(lastStart) } };
      lastState = {
        terminated: {
          exitCode: state.lastReason === 'OOMKilled' ? 137 : 1,
          reason: state.lastReason,
          startedAt: iso(lastStart - 14 * MINUTE),
          finishedAt: iso(lastStart - 2_000),
          containerID: containerID(restarts - 1),
        },
      };
      break;
    case 'crashloop':
      started = false;
      containerState = {
        waiting: {
          reason: 'CrashLoopBackOff',
          message: `back-off 5m0s restarting failed container=${
            c.name
          } pod=${name}_${c.namespace}(${stableUid(name)})`,
        },
      };
      lastState = {
        terminated: {
          exitCode: 1,
          reason: 'Error',
          message:
            'Exception in thread "main" java.lang.IllegalStateException: ledger.kafka.bootstrap-servers is not set',
          startedAt: iso(now - 3 * MINUTE - 4_000),
          finishedAt: iso(now - 3 * MINUTE),
          containerID: containerID(restarts - 1),
        },
      };
      break;
    case 'imagepull':
    default:
      started = false;
      containerState = {
        waiting: {
          reason: 'ImagePullBackOff',
          message: `Back-off pulling image "${image}": ErrImagePull: rpc error: code = NotFound desc = failed to pull and unpack image "${image}": not found`,
        },
      };
      break;
  }

  const scheduled = createdAt + 1_000;
  const podIP = ip('10.42', name);
  const hostIP = ip('10.0', NODES[index % NODES.length]);
  return {
    metadata: {
      name,
      generateName: `${rs.name}-`,
      namespace: c.namespace,
      uid: stableUid(name),
      resourceVersion: resourceVersion(name),
      creationTimestamp: iso(createdAt),
      labels: {
        ...selectorLabels(c),
        ...commonLabels(c, version),
        'pod-template-hash': rs.hash,
      },
      ownerReferences: [
        {
          apiVersion: 'apps/v1',
          kind: 'ReplicaSet',
          name: rs.name,
          uid: rs.uid,
          controller: true,
          blockOwnerDeletion: true,
        },
      ],
    },
    spec: {
      ...podTemplate(c, version).spec,
      nodeName: NODES[index % NODES.length],
      enableServiceLinks: true,
      preemptionPolicy: 'PreemptLowerPriority',
      priority: 0,
      tolerations: [
        {
          key: 'node.kubernetes.io/not-ready',
          operator: 'Exists',
          effect: 'NoExecute',
          tolerationSeconds: 300,
        },
        {
          key: 'node.kubernetes.io/unreachable',
          operator: 'Exists',
          effect: 'NoExecute',
          tolerationSeconds: 300,
        },
      ],
    },
    status: {
      phase: state.kind === 'imagepull' ? 'Pending' : 'Running',
      conditions: [
        condition('PodReadyToStartContainers', 'True', scheduled + 3_000),
        condition('Initialized', 'True', scheduled),
        ready
          ? condition('Ready', 'True', createdAt + 25_000)
          : condition('Ready', 'False', lastStart, unready),
        ready
          ? condition('ContainersReady', 'True', createdAt + 25_000)
          : condition('ContainersReady', 'False', lastStart, unready),
        condition('PodScheduled', 'True', scheduled),
      ],
      hostIP,
      hostIPs: [{ ip: hostIP }],
      podIP,
      podIPs: [{ ip: podIP }],
      startTime: iso(scheduled),
      containerStatuses: [
        {
          name: c.name,
          state: containerState,
          lastState,
          ready,
          restartCount: restarts,
          image,
          imageID: state.kind === 'imagepull' ? '' : imageID,
          ...(state.kind !== 'imagepull' && {
            containerID: containerID(restarts),
          }),
          started,
        },
      ],
      qosClass: 'Burstable',
    },
  };
}

function workload(now: number, s: WorkloadScenario): DemoCluster {
  const c = s.component;
  const deploymentName = c.name;
  const deploymentUid = stableUid(`deployment/${c.namespace}/${c.name}`);
  const deploymentCreated = now - 40 * DAY - stableInt(c.name, 20) * DAY;
  const replicaSets: KubeObject[] = [];
  const pods: KubeObject[] = [];
  let revision = 11 + stableInt(`rev:${c.name}`, 30);

  const sets = [s.previous, s.current].filter(
    (x): x is ReplicaSetScenario => !!x,
  );
  for (const set of sets) {
    const hash = stableSuffix(`${c.name}:${set.version}`, 10);
    const rsName = `${deploymentName}-${hash}`;
    const rsUid = stableUid(`replicaset/${c.namespace}/${rsName}`);
    const createdAt = now - set.createdAgo;
    const setPods = set.pods.map((state, i) =>
      pod(
        now,
        c,
        { name: rsName, uid: rsUid, hash },
        set.version,
        state,
        i,
        createdAt + 2_000,
      ),
    );
    const readyCount = set.pods.filter(p => p.kind === 'running').length;
    const desired =
      set === s.current && !s.previous ? s.replicas : set.pods.length;
    replicaSets.push({
      metadata: {
        name: rsName,
        namespace: c.namespace,
        uid: rsUid,
        resourceVersion: resourceVersion(rsName),
        generation: 1,
        creationTimestamp: iso(createdAt),
        labels: {
          ...selectorLabels(c),
          ...commonLabels(c, set.version),
          'pod-template-hash': hash,
        },
        annotations: {
          'deployment.kubernetes.io/desired-replicas': String(s.replicas),
          'deployment.kubernetes.io/max-replicas': String(s.replicas + 1),
          'deployment.kubernetes.io/revision': String(revision),
        },
        ownerReferences: [
          {
            apiVersion: 'apps/v1',
            kind: 'Deployment',
            name: deploymentName,
            uid: deploymentUid,
            controller: true,
            blockOwnerDeletion: true,
          },
        ],
      },
      spec: {
        replicas: desired,
        selector: {
          matchLabels: { ...selectorLabels(c), 'pod-template-hash': hash },
        },
        template: {
          ...podTemplate(c, set.version),
          metadata: {
            ...podTemplate(c, set.version).metadata,
            labels: {
              ...podTemplate(c, set.version).metadata.labels,
              'pod-template-hash': hash,
            },
          },
        },
      },
      status: {
        replicas: set.pods.length,
        fullyLabeledReplicas: set.pods.length,
        readyReplicas: readyCount,
        availableReplicas: readyCount,
        observedGeneration: 1,
      },
    });
    pods.push(...setPods);
    revision += 1;
  }

  const allPods = sets.flatMap(x => x.pods);
  const readyReplicas = allPods.filter(p => p.kind === 'running').length;
  const updatedReplicas = s.current.pods.length;
  const total = allPods.length;
  const unavailable = Math.max(0, s.replicas - readyReplicas);
  const rolloutAt = now - s.current.createdAgo;
  const currentRsName = `${deploymentName}-${stableSuffix(
    `${c.name}:${s.current.version}`,
    10,
  )}`;

  const deployment: KubeObject = {
    metadata: {
      name: deploymentName,
      namespace: c.namespace,
      uid: deploymentUid,
      resourceVersion: resourceVersion(`deployment/${c.name}`),
      generation: revision - 10,
      creationTimestamp: iso(deploymentCreated),
      labels: commonLabels(c, s.current.version),
      annotations: {
        'deployment.kubernetes.io/revision': String(revision - 1),
        'portal.northwind.example/demo-data':
          'Demo data served by the portal (plugins/demo-doubles-backend)',
      },
    },
    spec: {
      replicas: s.replicas,
      selector: { matchLabels: selectorLabels(c) },
      template: podTemplate(c, s.current.version),
      strategy: {
        type: 'RollingUpdate',
        rollingUpdate: { maxUnavailable: '25%', maxSurge: '25%' },
      },
      revisionHistoryLimit: 10,
      progressDeadlineSeconds: 600,
    },
    status: {
      observedGeneration: revision - 10,
      replicas: total,
      updatedReplicas,
      readyReplicas,
      availableReplicas: readyReplicas,
      ...(unavailable > 0 && { unavailableReplicas: unavailable }),
      conditions: [
        readyReplicas >= s.replicas
          ? {
              type: 'Available',
              status: 'True',
              lastUpdateTime: iso(rolloutAt + MINUTE),
              lastTransitionTime: iso(rolloutAt + MINUTE),
              reason: 'MinimumReplicasAvailable',
              message: 'Deployment has minimum availability.',
            }
          : {
              type: 'Available',
              status: 'False',
              lastUpdateTime: iso(now - 3 * MINUTE),
              lastTransitionTime: iso(now - 3 * MINUTE),
              reason: 'MinimumReplicasUnavailable',
              message: 'Deployment does not have minimum availability.',
            },
        s.progressDeadlineExceeded
          ? {
              type: 'Progressing',
              status: 'False',
              lastUpdateTime: iso(rolloutAt + 10 * MINUTE),
              lastTransitionTime: iso(rolloutAt + 10 * MINUTE),
              reason: 'ProgressDeadlineExceeded',
              message: `ReplicaSet "${currentRsName}" has timed out progressing.`,
            }
          : {
              type: 'Progressing',
              status: 'True',
              lastUpdateTime: iso(rolloutAt + MINUTE),
              lastTransitionTime: iso(rolloutAt),
              reason: 'NewReplicaSetAvailable',
              message: `ReplicaSet "${currentRsName}" has successfully progressed.`,
            },
      ],
    },
  };

  const serviceIP = ip('10.96', `svc/${c.name}`);
  const service: KubeObject = {
    metadata: {
      name: c.name,
      namespace: c.namespace,
      uid: stableUid(`service/${c.namespace}/${c.name}`),
      resourceVersion: resourceVersion(`service/${c.name}`),
      creationTimestamp: iso(deploymentCreated),
      labels: commonLabels(c, s.current.version),
    },
    spec: {
      ports: [{ name: 'http', protocol: 'TCP', port: 80, targetPort: 'http' }],
      selector: selectorLabels(c),
      clusterIP: serviceIP,
      clusterIPs: [serviceIP],
      type: 'ClusterIP',
      sessionAffinity: 'None',
      ipFamilies: ['IPv4'],
      ipFamilyPolicy: 'SingleStack',
      internalTrafficPolicy: 'Cluster',
    },
    status: { loadBalancer: {} },
  };

  return {
    deployments: [deployment],
    replicasets: replicaSets,
    pods,
    services: [service],
  };
}

/**
 * Builds the demo cluster's objects with timestamps relative to `now`, so
 * ages look the same whenever the portal starts.
 */
export function buildDemoCluster(now: Date): DemoCluster {
  const cluster: DemoCluster = {
    deployments: [],
    replicasets: [],
    pods: [],
    services: [],
  };
  for (const s of scenarios()) {
    const objects = workload(now.getTime(), s);
    for (const [plural, items] of Object.entries(objects)) {
      cluster[plural].push(...items);
    }
  }
  return cluster;
}
