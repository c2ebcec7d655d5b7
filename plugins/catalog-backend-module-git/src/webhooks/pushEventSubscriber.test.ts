import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { GitRepositoryCache } from '../lib/GitRepositoryCache';
import { GitCredentials } from '../lib/GitCredentials';
import { GitEntityProvider } from '../providers/GitEntityProvider';
import { createCapturingLogger } from '../__testUtils__/capturingLogger';
import { onPushEvent } from './pushEventSubscriber';

describe('onPushEvent', () => {
  const logger = createCapturingLogger();
  const config = new ConfigReader({
    catalog: {
      providers: {
        git: {
          platform: {
            remote: 'https://Git.Example.com/org/platform.git',
            branch: 'main',
          },
          other: { remote: 'ssh://git@git.example.com/org/other.git' },
        },
      },
    },
  });
  const providers = GitEntityProvider.fromConfig(config, {
    logger,
    scheduler: mockServices.scheduler.mock(),
    cache: new GitRepositoryCache({
      baseDir: '/nonexistent',
      logger,
      credentials: GitCredentials.fromConfig(config),
    }),
  });
  // No connection: a triggered refresh fails and is logged, which is fine here.
  const ids = (list: GitEntityProvider[]) => list.map(p => p.id);

  it('matches remotes in any spelling', async () => {
    expect(
      ids(
        await onPushEvent(
          {
            topic: 'git',
            eventPayload: { remote: 'git@git.example.com:org/platform' },
          },
          providers,
          logger,
        ),
      ),
    ).toEqual(['platform']);
    expect(
      ids(
        await onPushEvent(
          {
            topic: 'github',
            eventPayload: {
              ref: 'refs/heads/main',
              repository: {
                clone_url: 'https://git.example.com/org/other.git',
                ssh_url: 'git@git.example.com:org/other.git',
              },
            },
            metadata: { 'x-github-event': 'push' },
          },
          providers,
          logger,
        ),
      ),
    ).toEqual(['other']);
    expect(
      ids(
        await onPushEvent(
          {
            topic: 'gitlab',
            eventPayload: {
              project: { git_http_url: 'https://git.example.com/org/platform' },
            },
          },
          providers,
          logger,
        ),
      ),
    ).toEqual(['platform']);
  });

  it('ignores pushes to other branches, other events and unknown remotes', async () => {
    expect(
      await onPushEvent(
        {
          topic: 'gitea',
          eventPayload: {
            ref: 'refs/heads/feature',
            repository: {
              clone_url: 'https://git.example.com/org/platform.git',
            },
          },
        },
        providers,
        logger,
      ),
    ).toEqual([]);
    expect(
      await onPushEvent(
        {
          topic: 'github',
          eventPayload: {
            repository: {
              clone_url: 'https://git.example.com/org/platform.git',
            },
          },
          metadata: { 'x-github-event': 'issues' },
        },
        providers,
        logger,
      ),
    ).toEqual([]);
    expect(
      await onPushEvent(
        {
          topic: 'git',
          eventPayload: { remote: 'https://tok:secret-x@elsewhere.org/a.git' },
        },
        providers,
        logger,
      ),
    ).toEqual([]);
    const debug = logger.logs
      .filter(l => l.level === 'debug')
      .map(l => l.message);
    expect(debug).toContain(
      'Ignored git push to https://***@elsewhere.org/a.git: no git provider reads it',
    );
    expect(logger.text()).not.toContain('secret-x');
  });
});
