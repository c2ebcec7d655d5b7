import { LoggerService } from '@backstage/backend-plugin-api';
import { EventParams, EventsService } from '@backstage/plugin-events-node';
import { redactRemote } from '../lib/remotes';
import { GitEntityProvider } from '../providers/GitEntityProvider';
import {
  isPushDelivery,
  isPushTopic,
  PUSH_TOPICS,
  pushedBranch,
  remotesFromPushPayload,
} from './pushPayloads';

/**
 * Subscribes to the push topics and refreshes the providers whose remote a
 * push names (in any spelling: https or ssh, with or without `.git`).
 * A refresh runs in the background, so the webhook is answered at once.
 */
export async function subscribeToPushEvents(options: {
  events: EventsService;
  providers: GitEntityProvider[];
  logger: LoggerService;
}): Promise<void> {
  const { events, providers, logger } = options;
  if (providers.length === 0) {
    return;
  }
  await events.subscribe({
    id: 'catalog-backend-module-git',
    topics: [...PUSH_TOPICS],
    onEvent: async params => {
      await onPushEvent(params, providers, logger);
    },
  });
}

/** Handles one push event; exported for tests. */
export async function onPushEvent(
  params: EventParams,
  providers: GitEntityProvider[],
  logger: LoggerService,
): Promise<GitEntityProvider[]> {
  const { topic, eventPayload, metadata } = params;
  if (!isPushTopic(topic) || !isPushDelivery(topic, metadata)) {
    return [];
  }
  const result = remotesFromPushPayload(topic, eventPayload);
  if ('error' in result) {
    logger.warn(`Ignored ${topic} event: ${result.error}`);
    return [];
  }
  const branch = pushedBranch(eventPayload);
  const matching = providers.filter(provider =>
    result.remotes.some(remote => provider.matchesRemote(remote)),
  );
  if (matching.length === 0) {
    logger.debug(
      `Ignored ${topic} push to ${result.remotes
        .map(redactRemote)
        .join(', ')}: no git provider reads it`,
    );
    return [];
  }
  const refreshed = matching.filter(provider => {
    const providerBranch = provider.getStatus().branch;
    return !branch || !providerBranch || branch === providerBranch;
  });
  for (const provider of refreshed) {
    logger.info(
      `Push to ${provider.getStatus().remote}${
        branch ? ` ${branch}` : ''
      } (${topic} event); refreshing ${provider.getProviderName()}`,
    );
    provider.refresh().catch(error => {
      logger.error(
        `Push-triggered refresh of ${provider.getProviderName()} failed: ${
          (error as Error).message
        }`,
      );
    });
  }
  return refreshed;
}
