import { Config } from '@backstage/config';
import {
  RequestDetails,
  RequestValidationContext,
  RequestValidator,
} from '@backstage/plugin-events-node';
import { createHmac, timingSafeEqual } from 'node:crypto';
import {
  isPushDelivery,
  PushTopic,
  remotesFromPushPayload,
} from './pushPayloads';

/** The shared secrets webhook deliveries are checked with. */
export type WebhookSecrets = {
  /** GitHub: HMAC-SHA256 of the body in `x-hub-signature-256`. */
  githubSecret?: string;
  /** GitLab: the secret token in `x-gitlab-token`. */
  gitlabToken?: string;
  /** Gitea: HMAC-SHA256 of the body in `x-gitea-signature`. */
  giteaSecret?: string;
};

/** Reads `catalog.providers.gitWebhooks`. */
export function readWebhookSecrets(config: Config): WebhookSecrets {
  const c = config.getOptionalConfig('catalog.providers.gitWebhooks');
  return {
    githubSecret: c?.getOptionalString('githubSecret'),
    gitlabToken: c?.getOptionalString('gitlabToken'),
    giteaSecret: c?.getOptionalString('giteaSecret'),
  };
}

function header(request: RequestDetails, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

function hmacHex(secret: string, body: Buffer): string {
  return createHmac('sha256', secret).update(body).digest('hex');
}

function reject(
  context: RequestValidationContext,
  status: number,
  name: string,
  message: string,
) {
  context.reject({
    status,
    payload: { error: { name, message }, response: { statusCode: status } },
  });
}

/** Why a delivery's signature is not acceptable, or undefined when it is. */
function signatureProblem(
  topic: PushTopic,
  request: RequestDetails,
  secrets: WebhookSecrets,
): string | undefined {
  const body = request.raw.body;
  if (topic === 'github' && secrets.githubSecret) {
    const signature = header(request, 'x-hub-signature-256');
    if (!signature) return 'Missing x-hub-signature-256 header';
    const expected = `sha256=${hmacHex(secrets.githubSecret, body)}`;
    return safeEqual(signature, expected)
      ? undefined
      : 'Invalid x-hub-signature-256 signature';
  }
  if (topic === 'gitea' && secrets.giteaSecret) {
    const signature = header(request, 'x-gitea-signature');
    if (!signature) return 'Missing x-gitea-signature header';
    return safeEqual(signature, hmacHex(secrets.giteaSecret, body))
      ? undefined
      : 'Invalid x-gitea-signature signature';
  }
  if (topic === 'gitlab' && secrets.gitlabToken) {
    const token = header(request, 'x-gitlab-token');
    if (!token) return 'Missing x-gitlab-token header';
    return safeEqual(token, secrets.gitlabToken)
      ? undefined
      : 'Invalid x-gitlab-token';
  }
  return undefined;
}

/**
 * The validator of the HTTP ingress of a push topic: 401 when a configured
 * signature or token does not match, 400 when a push names no repository;
 * other deliveries of the hosting (ping, ...) are let through.
 */
export function createPushIngressValidator(
  topic: PushTopic,
  secrets: WebhookSecrets,
): RequestValidator {
  return async (request, context) => {
    const problem = signatureProblem(topic, request, secrets);
    if (problem) {
      reject(context, 401, 'AuthenticationError', problem);
      return;
    }
    if (!isPushDelivery(topic, request.headers)) {
      return;
    }
    const result = remotesFromPushPayload(topic, request.body);
    if ('error' in result) {
      reject(context, 400, 'InputError', result.error);
    }
  };
}
