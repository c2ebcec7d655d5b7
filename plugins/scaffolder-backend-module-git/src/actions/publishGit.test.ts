import { mockServices } from '@backstage/backend-test-utils';
import { ConflictError, InputError } from '@backstage/errors';
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'yaml';
import { CheckpointStore, createContext } from '../__testUtils__/actionContext';
import {
  createTempDir,
  git,
  listFiles,
  writeFiles,
} from '../__testUtils__/git';
import {
  startGitServer,
  TestGitServer,
  unreachableDiscovery,
} from '../__testUtils__/gitServer';
import { createPublishGitAction } from './publishGit';
import { examples } from './publishGit.examples';

jest.setTimeout(60_000);

const config = mockServices.rootConfig({
  data: {
    app: { baseUrl: 'http://portal.test' },
    scaffolder: { git: { target: { type: 'git-server' } } },
  },
});

describe('publish:git', () => {
  const temp = createTempDir();
  let server: TestGitServer;
  let root: string;
  let counter = 0;

  beforeAll(async () => {
    root = path.join(temp.dir, 'repos');
    server = await startGitServer(root);
  });
  afterAll(() => server.stop());

  function workspace(files: Record<string, string> = {}) {
    counter += 1;
    const dir = path.join(temp.dir, `workspace-${counter}`);
    fs.mkdirSync(dir, { recursive: true });
    writeFiles(dir, files);
    return dir;
  }

  const action = () =>
    createPublishGitAction({
      config,
      discovery: server.discovery,
      auth: server.auth,
    });

  async function cloneOf(name: string) {
    counter += 1;
    const target = path.join(temp.dir, `clone-${counter}`);
    await git(
      temp.dir,
      'clone',
      '-q',
      `${server.baseUrl}/repos/${name}.git`,
      target,
    );
    return target;
  }

  it('creates the repository and pushes the workspace as one commit', async () => {
    const { ctx, outputs } = createContext({
      input: { name: 'billing', description: 'Billing' },
      workspacePath: workspace({
        'catalog-info.yaml': 'kind: Component\n',
        'docs/index.md': '# Orders\n',
        '.gitignore': 'node_modules/\n',
        'node_modules/x/index.js': 'ignored',
      }),
    });
    await action().handler(ctx);

    const cloneUrl = `${server.baseUrl}/repos/billing.git`;
    expect(outputs).toEqual({
      remoteUrl: 'http://portal.test/git-server/billing',
      cloneUrl,
      repoContentsUrl: `git+${cloneUrl}/-/blob/main/`,
      catalogInfoUrl: `git+${cloneUrl}/-/blob/main/catalog-info.yaml`,
      commitHash: expect.stringMatching(/^[0-9a-f]{40}$/),
    });
    const clone = await cloneOf('billing');
    expect(listFiles(clone)).toEqual([
      '.gitignore',
      'catalog-info.yaml',
      'docs/index.md',
    ]);
    expect(await git(clone, 'rev-list', '--count', 'HEAD')).toBe('1');
    expect(await git(clone, 'rev-parse', 'HEAD')).toBe(outputs.commitHash);
    expect(await git(clone, 'log', '-1', '--format=%an <%ae> %s')).toBe(
      'Scaffolder <scaffolder@backstage.io> initial commit',
    );
    // The workspace is left as it was: no .git in it.
    expect(fs.existsSync(path.join(ctx.workspacePath, '.git'))).toBe(false);
    expect(
      fs.readFileSync(path.join(root, 'billing.git', 'description'), 'utf8'),
    ).toBe('Billing\n');
  });

  it('publishes only sourcePath, to the branch and with the author asked for', async () => {
    const { ctx, outputs } = createContext({
      input: {
        name: 'web-only',
        sourcePath: 'repo',
        defaultBranch: 'trunk',
        catalogInfoPath: 'meta/catalog-info.yaml',
        gitCommitMessage: 'Create web-only',
        gitAuthorName: 'Portal',
        gitAuthorEmail: 'portal@example.com',
      },
      workspacePath: workspace({
        'repo/index.html': '<h1>x</h1>',
        'other.txt': 'x',
      }),
    });
    await action().handler(ctx);
    expect(outputs.catalogInfoUrl).toBe(
      `git+${server.baseUrl}/repos/web-only.git/-/blob/trunk/meta/catalog-info.yaml`,
    );
    const clone = await cloneOf('web-only');
    expect(listFiles(clone)).toEqual(['index.html']);
    expect(await git(clone, 'rev-parse', '--abbrev-ref', 'HEAD')).toBe('trunk');
    expect(await git(clone, 'log', '-1', '--format=%an <%ae> %s')).toBe(
      'Portal <portal@example.com> Create web-only',
    );
  });

  it('is idempotent: a retry after a crash finds its repository and commit and creates nothing twice', async () => {
    const dir = workspace({ 'catalog-info.yaml': 'kind: Component\n' });
    const checkpoints = new CheckpointStore();
    const first = createContext({
      input: { name: 'retried' },
      workspacePath: dir,
      checkpoints,
    });
    await action().handler(first.ctx);

    // The backend died after creating and pushing, before recording either.
    checkpoints.forget('create-repository');
    checkpoints.forget('push');
    const second = createContext({
      input: { name: 'retried' },
      workspacePath: dir,
      checkpoints,
    });
    await action().handler(second.ctx);
    expect(second.outputs).toEqual(first.outputs);

    // A retry with every checkpoint recorded does not touch the server.
    const third = createContext({
      input: { name: 'retried' },
      workspacePath: dir,
      checkpoints,
    });
    await action().handler(third.ctx);
    expect(third.outputs.commitHash).toBe(first.outputs.commitHash);

    const clone = await cloneOf('retried');
    expect(await git(clone, 'rev-list', '--count', 'HEAD')).toBe('1');
  });

  it('reuses an empty repository left by an attempt that failed half-way', async () => {
    const res = await fetch(`${server.baseUrl}/repositories`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${
          (
            await server.auth.getPluginRequestToken({
              onBehalfOf: await server.auth.getOwnServiceCredentials(),
              targetPluginId: 'git-server',
            })
          ).token
        }`,
      },
      body: JSON.stringify({ name: 'left-empty' }),
    });
    expect(res.status).toBe(201);
    const { ctx } = createContext({
      input: { name: 'left-empty' },
      workspacePath: workspace({ 'README.md': '# hi\n' }),
    });
    await action().handler(ctx);
    expect(listFiles(await cloneOf('left-empty'))).toEqual(['README.md']);
  });

  it('refuses a name whose repository holds other commits, before creating or pushing anything', async () => {
    const { ctx } = createContext({
      input: { name: 'taken' },
      workspacePath: workspace({ 'a.txt': 'mine\n' }),
    });
    await action().handler(ctx);
    const before = await git(await cloneOf('taken'), 'rev-parse', 'HEAD');

    const other = createContext({
      input: { name: 'taken' },
      workspacePath: workspace({ 'a.txt': 'someone else\n' }),
    });
    const error = await action()
      .handler(other.ctx)
      .catch(e => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.message).toMatch(
      /^Repository 'taken' already exists on the Git server with other content .*choose another name$/,
    );
    expect(await git(await cloneOf('taken'), 'rev-parse', 'HEAD')).toBe(before);
  });

  it('says when the push is rejected, and succeeds once the fault is fixed', async () => {
    // An empty repository that refuses pushes over HTTP.
    await git(
      root,
      'init',
      '-q',
      '--bare',
      '--initial-branch=main',
      'locked.git',
    );
    await git(
      path.join(root, 'locked.git'),
      'config',
      'http.receivepack',
      'false',
    );
    const dir = workspace({ 'a.txt': 'a\n' });
    const first = createContext({
      input: { name: 'locked' },
      workspacePath: dir,
    });
    await expect(action().handler(first.ctx)).rejects.toThrow(
      /^Pushing to http:\/\/localhost:\d+\/api\/git-server\/repos\/locked\.git failed: git push failed: /,
    );

    await git(
      path.join(root, 'locked.git'),
      'config',
      'http.receivepack',
      'true',
    );
    const second = createContext({
      input: { name: 'locked' },
      workspacePath: dir,
    });
    await action().handler(second.ctx);
    expect(listFiles(await cloneOf('locked'))).toEqual(['a.txt']);
  });

  it('says the Git server is not reachable when it is down', async () => {
    const down = createPublishGitAction({
      config,
      discovery: unreachableDiscovery,
      auth: server.auth,
    });
    const { ctx } = createContext({
      input: { name: 'nowhere' },
      workspacePath: workspace({ 'a.txt': 'a\n' }),
    });
    await expect(down.handler(ctx)).rejects.toThrow(
      /^The Git server at http:\/\/127\.0\.0\.1:9\/api\/git-server is not reachable: /,
    );
  });

  it('refuses an empty workspace, a bad name and a missing target with InputError', async () => {
    const empty = createContext({
      input: { name: 'empty' },
      workspacePath: workspace(),
    });
    await expect(action().handler(empty.ctx)).rejects.toThrow(
      /Nothing to publish: .* has no files/,
    );

    const unconfigured = createPublishGitAction({
      config: mockServices.rootConfig(),
      discovery: server.discovery,
      auth: server.auth,
    });
    const { ctx } = createContext({
      input: { name: 'x-y' },
      workspacePath: workspace({ a: 'a' }),
    });
    const error = await unconfigured.handler(ctx).catch(e => e);
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(/set scaffolder\.git\.target/);

    expect(action().schema?.input).toBeDefined();
    const bad = createContext({
      input: { name: 'Bad Name' },
      workspacePath: workspace({ a: 'a' }),
    });
    await expect(action().handler(bad.ctx)).rejects.toThrow();
  });

  it('creates nothing in a dry run', async () => {
    const { ctx, outputs } = createContext({
      input: { name: 'dry' },
      workspacePath: workspace({ a: 'a' }),
      isDryRun: true,
    });
    await action().handler(ctx);
    expect(outputs.catalogInfoUrl).toBe(
      `git+${server.baseUrl}/repos/dry.git/-/blob/main/catalog-info.yaml`,
    );
    expect(fs.existsSync(path.join(root, 'dry.git'))).toBe(false);
  });

  it.each(examples.map(e => [e.description, e.example]))(
    'runs the example: %s',
    async (_description, example) => {
      const { steps } = yaml.parse(example);
      for (const step of steps) {
        const { ctx, outputs } = createContext({
          input: step.input,
          workspacePath: workspace({
            'catalog-info.yaml': 'kind: Component\n',
            'repo/catalog-info.yaml': 'kind: Component\n',
          }),
        });
        await action().handler(ctx);
        const clone = await cloneOf(step.input.name);
        expect(listFiles(clone)).toContain('catalog-info.yaml');
        expect(outputs.cloneUrl).toBe(
          `${server.baseUrl}/repos/${step.input.name}.git`,
        );
      }
    },
  );
});
