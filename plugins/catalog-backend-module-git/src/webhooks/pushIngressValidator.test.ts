import { RequestRejectionDetails } from '@backstage/plugin-events-node';
import { createHmac } from 'node:crypto';
import { createPushIngressValidator } from './pushIngressValidator';
import { PushTopic } from './pushPayloads';

async function validate(
  topic: PushTopic,
  body: unknown,
  headers: Record<string, string> = {},
  secrets = {},
): Promise<Partial<RequestRejectionDetails> | undefined> {
  let rejection: Partial<RequestRejectionDetails> | undefined;
  const raw = Buffer.from(JSON.stringify(body));
  await createPushIngressValidator(topic, secrets)(
    { body, headers, raw: { body: raw, encoding: 'utf-8' } },
    { reject: details => (rejection = details ?? {}) },
  );
  return rejection;
}

const githubPush = {
  ref: 'refs/heads/main',
  repository: {
    clone_url: 'https://github.com/org/repo.git',
    ssh_url: 'git@github.com:org/repo.git',
    html_url: 'https://github.com/org/repo',
  },
};

describe('createPushIngressValidator', () => {
  it('accepts pushes that name their repository', async () => {
    expect(
      await validate('git', { remote: 'https://h/x.git' }),
    ).toBeUndefined();
    expect(await validate('github', githubPush)).toBeUndefined();
    expect(
      await validate('gitlab', {
        project: { git_http_url: 'https://gl/x.git' },
      }),
    ).toBeUndefined();
    expect(
      await validate('gitea', {
        repository: { clone_url: 'https://gt/x.git' },
      }),
    ).toBeUndefined();
  });

  it('rejects bodies that are not objects naming the repository with 400 and a reason', async () => {
    expect(await validate('git', ['x'])).toEqual({
      status: 400,
      payload: {
        error: {
          name: 'InputError',
          message: 'The body must be a JSON object',
        },
        response: { statusCode: 400 },
      },
    });
    const missing = await validate('git', { url: 'https://h/x.git' });
    expect(missing?.status).toBe(400);
    expect(JSON.stringify(missing?.payload)).toContain('remote');
    const gitlab = await validate('gitlab', { project: {} });
    expect(JSON.stringify(gitlab?.payload)).toContain('project.git_http_url');
  });

  it('lets other GitHub deliveries (ping) through', async () => {
    expect(
      await validate('github', { zen: 'hi' }, { 'x-github-event': 'ping' }),
    ).toBeUndefined();
  });

  it('verifies the GitHub signature when a secret is configured', async () => {
    const secrets = { githubSecret: 'webhook-secret' };
    const signature = `sha256=${createHmac('sha256', 'webhook-secret')
      .update(JSON.stringify(githubPush))
      .digest('hex')}`;
    expect(
      await validate(
        'github',
        githubPush,
        { 'x-hub-signature-256': signature },
        secrets,
      ),
    ).toBeUndefined();
    expect((await validate('github', githubPush, {}, secrets))?.status).toBe(
      401,
    );
    const forged = await validate(
      'github',
      githubPush,
      { 'x-hub-signature-256': `sha256=${'0'.repeat(64)}` },
      secrets,
    );
    expect(forged).toMatchObject({
      status: 401,
      payload: { error: { message: 'Invalid x-hub-signature-256 signature' } },
    });
  });

  it('verifies GitLab tokens and Gitea signatures when configured', async () => {
    const gitlabPush = { project: { git_http_url: 'https://gl/x.git' } };
    expect(
      await validate(
        'gitlab',
        gitlabPush,
        { 'x-gitlab-token': 't0k' },
        { gitlabToken: 't0k' },
      ),
    ).toBeUndefined();
    expect(
      (
        await validate(
          'gitlab',
          gitlabPush,
          { 'x-gitlab-token': 'no' },
          { gitlabToken: 't0k' },
        )
      )?.status,
    ).toBe(401);
    const giteaPush = { repository: { clone_url: 'https://gt/x.git' } };
    const signature = createHmac('sha256', 's')
      .update(JSON.stringify(giteaPush))
      .digest('hex');
    expect(
      await validate(
        'gitea',
        giteaPush,
        { 'x-gitea-signature': signature },
        { giteaSecret: 's' },
      ),
    ).toBeUndefined();
    expect(
      (await validate('gitea', giteaPush, {}, { giteaSecret: 's' }))?.status,
    ).toBe(401);
  });
});
