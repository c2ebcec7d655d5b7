/*
 * What the push topics carry, and how to find the pushed repository in them.
 */

/** The event topics that announce pushes. */
export const PUSH_TOPICS = ['git', 'github', 'gitlab', 'gitea'] as const;

/** One of PUSH_TOPICS. */
export type PushTopic = (typeof PUSH_TOPICS)[number];

export function isPushTopic(topic: string): topic is PushTopic {
  return (PUSH_TOPICS as readonly string[]).includes(topic);
}

/** The fields of each topic's payload that hold a remote URL. */
export const REMOTE_FIELDS: Record<PushTopic, string[]> = {
  git: ['remote'],
  github: ['repository.clone_url', 'repository.ssh_url', 'repository.html_url'],
  gitlab: [
    'project.git_http_url',
    'project.git_ssh_url',
    'repository.git_http_url',
    'repository.git_ssh_url',
  ],
  gitea: ['repository.clone_url', 'repository.ssh_url', 'repository.html_url'],
};

function get(payload: unknown, path: string): unknown {
  let value: unknown = payload;
  for (const key of path.split('.')) {
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      return undefined;
    }
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/**
 * The remote URLs a push payload names, or an explanation of why there are
 * none (to answer 400 with).
 */
export function remotesFromPushPayload(
  topic: PushTopic,
  payload: unknown,
): { remotes: string[] } | { error: string } {
  if (!payload || typeof payload !== 'object' || Array.isArray(payload)) {
    return { error: 'The body must be a JSON object' };
  }
  const remotes = REMOTE_FIELDS[topic]
    .map(field => get(payload, field))
    .filter((v): v is string => typeof v === 'string' && v.trim() !== '');
  if (remotes.length === 0) {
    return {
      error: `The body must name the repository in one of: ${REMOTE_FIELDS[
        topic
      ].join(', ')}`,
    };
  }
  return { remotes };
}

/**
 * The branch a push went to (`refs/heads/<branch>` in GitHub, GitLab and
 * Gitea payloads, or `branch` in a `git` payload); undefined when the payload
 * does not say, or the push was not to a branch.
 */
export function pushedBranch(payload: unknown): string | undefined {
  const branch = get(payload, 'branch');
  if (typeof branch === 'string' && branch) {
    return branch;
  }
  const ref = get(payload, 'ref');
  if (typeof ref === 'string' && ref.startsWith('refs/heads/')) {
    return ref.slice('refs/heads/'.length);
  }
  return undefined;
}

/** The request header that names the kind of a hosted-Git webhook event. */
export const EVENT_KIND_HEADERS: Partial<Record<PushTopic, string>> = {
  github: 'x-github-event',
  gitlab: 'x-gitlab-event',
  gitea: 'x-gitea-event',
};

/** The event kinds that announce a push, per topic. */
const PUSH_EVENT_KINDS: Partial<Record<PushTopic, string[]>> = {
  github: ['push'],
  gitlab: ['push hook', 'system hook'],
  gitea: ['push'],
};

/**
 * Whether a delivery is a push: true when the hosting's event header says
 * push or is absent (a hand-made call), false for its other events (ping,
 * issues, ...).
 */
export function isPushDelivery(
  topic: PushTopic,
  headers: Record<string, string | string[] | undefined> | undefined,
): boolean {
  const headerName = EVENT_KIND_HEADERS[topic];
  if (!headerName || !headers) {
    return true;
  }
  const raw = headers[headerName];
  const kind = (Array.isArray(raw) ? raw[0] : raw)?.toLowerCase();
  return kind === undefined || PUSH_EVENT_KINDS[topic]!.includes(kind);
}
