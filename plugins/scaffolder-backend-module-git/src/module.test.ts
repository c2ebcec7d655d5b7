import {
  mockCredentials,
  mockServices,
  startTestBackend,
  TestBackend,
} from '@backstage/backend-test-utils';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import scaffolderEntityModelModule from '@backstage/plugin-catalog-backend-module-scaffolder-entity-model';
import scaffolderPlugin from '@backstage/plugin-scaffolder-backend';
import {
  catalogModuleGit,
  gitUrlReaderServiceFactory,
} from '@internal/plugin-catalog-backend-module-git';
// Tests run the real Git server plugin next to this module.
// eslint-disable-next-line @backstage/no-mixed-plugin-imports
import gitServerPlugin from '@internal/plugin-git-server-backend';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import request from 'supertest';
import yaml from 'yaml';
import { createTempDir, git, listFiles } from './__testUtils__/git';
import scaffolderModuleGit from './index';

/*
 * End to end: the scaffolder, the catalog (with the Git provider and git+ URL
 * reader), the Git server and this module in one backend on in-memory SQLite.
 * The templates come from a demo catalog repository made by
 * scripts/sync-demo-repo.sh, as in `make start`.
 */

jest.setTimeout(180_000);

const execFileAsync = promisify(execFile);
const REPO_ROOT = path.resolve(__dirname, '../../..');
const USER = mockCredentials.user.header('user:default/guest');

/** Polls until check() returns a value (not undefined) or the time is up. */
async function eventually<T>(
  check: () => Promise<T | undefined>,
  timeoutMs = 60_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('Timed out waiting');
    await new Promise(resolve => setTimeout(resolve, 200));
  }
}

type TaskResult = {
  status: string;
  error?: string;
  failedStep?: string;
  output?: {
    links?: Array<{ title?: string; url?: string; entityRef?: string }>;
  };
};

describe('creating a component from a template, end to end', () => {
  const temp = createTempDir('scaffolder-e2e-');
  let backend: TestBackend;
  let served: string;

  beforeAll(async () => {
    const dataDir = path.join(temp.dir, 'demo');
    served = path.join(temp.dir, 'served');
    fs.mkdirSync(served, { recursive: true });
    await execFileAsync(
      'bash',
      [path.join(REPO_ROOT, 'scripts/sync-demo-repo.sh')],
      {
        env: { ...process.env, PORTAL_DATA_DIR: dataDir },
      },
    );
    const demoRemote = `file://${dataDir}/git/demo-catalog.git`;

    backend = await startTestBackend({
      features: [
        catalogPlugin,
        catalogModuleGit,
        gitUrlReaderServiceFactory,
        scaffolderEntityModelModule,
        scaffolderPlugin,
        scaffolderModuleGit,
        gitServerPlugin,
        mockServices.rootConfig.factory({
          data: {
            backend: {
              database: { client: 'better-sqlite3', connection: ':memory:' },
              // The Git server runs on this backend's (random) port.
              reading: { allow: [{ host: 'localhost' }] },
            },
            gitServer: { rootDirectory: served },
            catalog: {
              rules: [
                {
                  allow: [
                    'Component',
                    'System',
                    'API',
                    'Resource',
                    'Location',
                    'Domain',
                    'Group',
                    'User',
                    'Template',
                  ],
                },
              ],
              providers: {
                git: {
                  demo: {
                    remote: demoRemote,
                    branch: 'main',
                    paths: ['all.yaml'],
                    schedule: {
                      frequency: { minutes: 30 },
                      timeout: { minutes: 1 },
                    },
                  },
                },
              },
            },
            scaffolder: {
              git: { target: { type: 'git-server' } },
            },
          },
        }),
      ],
    });

    // The demo organisation and the templates are in the catalog.
    const server = backend.server;
    for (const ref of [
      'template/default/node-service',
      'template/default/react-website',
      'template/default/docs-site',
      'group/default/payments-team',
      'component/default/payments-service',
    ]) {
      await eventually(async () => {
        const res = await request(server)
          .get(`/api/catalog/entities/by-name/${ref}`)
          .set('authorization', USER);
        return res.status === 200 ? true : undefined;
      }, 90_000);
    }
  });

  afterAll(async () => {
    await backend?.stop();
  });

  async function runTemplate(
    template: string,
    values: Record<string, unknown>,
  ): Promise<TaskResult> {
    const created = await request(backend.server)
      .post('/api/scaffolder/v2/tasks')
      .set('authorization', USER)
      .send({ templateRef: `template:default/${template}`, values });
    expect(created.status).toBe(201);
    const taskId = created.body.id;
    const status = await eventually(async () => {
      const res = await request(backend.server)
        .get(`/api/scaffolder/v2/tasks/${taskId}`)
        .set('authorization', USER);
      return ['completed', 'failed', 'cancelled'].includes(res.body.status)
        ? (res.body.status as string)
        : undefined;
    }, 120_000);
    const events = await request(backend.server)
      .get(`/api/scaffolder/v2/tasks/${taskId}/events`)
      .set('authorization', USER);
    const completion = events.body.find((e: any) => e.type === 'completion');
    const failedStep = events.body.find(
      (e: any) => e.type === 'log' && e.body.status === 'failed',
    )?.body.stepId;
    return {
      status,
      error: status === 'failed' ? completion?.body.error?.message : undefined,
      failedStep,
      output: completion?.body.output,
    };
  }

  async function catalogEntity(kind: string, name: string) {
    const res = await request(backend.server)
      .get(`/api/catalog/entities/by-name/${kind}/default/${name}`)
      .set('authorization', USER);
    return res.status === 200 ? res.body : undefined;
  }

  async function registeredLocations(name: string): Promise<string[]> {
    const res = await request(backend.server)
      .get('/api/catalog/locations')
      .set('authorization', USER);
    return res.body
      .map((l: any) => l.data.target as string)
      .filter((target: string) => target.includes(`/repos/${name}.git/`));
  }

  async function clone(name: string) {
    const { port } = backend.server.address() as { port: number };
    const target = path.join(temp.dir, `clone-${name}-${Date.now()}`);
    await git(
      temp.dir,
      'clone',
      '-q',
      `http://localhost:${port}/api/git-server/repos/${name}.git`,
      target,
    );
    return target;
  }

  const read = (dir: string, file: string) =>
    fs.readFileSync(path.join(dir, file), 'utf8');

  it('creates node-service: repository with the rendered files, entity in the catalog when the task ends', async () => {
    const result = await runTemplate('node-service', {
      name: 'orders-service',
      description: 'Takes and tracks orders',
      owner: 'group:default/payments-team',
      system: 'system:default/payments',
      lifecycle: 'experimental',
    });
    expect(result).toMatchObject({ status: 'completed' });

    // Readable at once: the task waited for the catalog.
    const entity = await catalogEntity('component', 'orders-service');
    expect(entity).toBeDefined();
    expect(entity.spec).toMatchObject({
      type: 'service',
      owner: 'group:default/payments-team',
      system: 'system:default/payments',
      lifecycle: 'experimental',
    });
    expect(entity.metadata.annotations).toMatchObject({
      'backstage.io/techdocs-ref': 'dir:.',
      'backstage.io/kubernetes-id': 'orders-service',
      'github.com/project-slug': 'northwind/orders-service',
      'backstage.io/managed-by-location': expect.stringMatching(
        /^url:git\+http:\/\/localhost:\d+\/api\/git-server\/repos\/orders-service\.git\/-\/blob\/main\/catalog-info\.yaml$/,
      ),
    });
    expect(result.output?.links).toEqual([
      {
        title: 'Repository',
        url: expect.stringMatching(/\/git-server\/orders-service$/),
      },
      {
        title: 'Open in catalog',
        icon: 'catalog',
        entityRef: 'component:default/orders-service',
      },
    ]);

    const dir = await clone('orders-service');
    expect(listFiles(dir)).toEqual([
      '.dockerignore',
      '.github/workflows/ci.yaml',
      '.gitignore',
      '.gitlab-ci.yml',
      'Dockerfile',
      'README.md',
      'catalog-info.yaml',
      'docs/development.md',
      'docs/index.md',
      'docs/operations.md',
      'k8s/deployment.yaml',
      'k8s/service.yaml',
      'mkdocs.yml',
      'package.json',
      'src/app.test.ts',
      'src/app.ts',
      'src/index.ts',
      'tsconfig.build.json',
      'tsconfig.json',
    ]);
    expect(await git(dir, 'rev-list', '--count', 'HEAD')).toBe('1');
    expect(yaml.parse(read(dir, 'catalog-info.yaml')).spec.owner).toBe(
      'group:default/payments-team',
    );
    expect(JSON.parse(read(dir, 'package.json'))).toMatchObject({
      name: 'orders-service',
      description: 'Takes and tracks orders',
    });
    const mkdocs = yaml.parse(read(dir, 'mkdocs.yml'));
    expect(mkdocs).toMatchObject({
      site_name: 'orders-service',
      theme: { name: 'material' },
      markdown_extensions: [
        'admonition',
        'pymdownx.superfences',
        'pymdownx.details',
      ],
    });
    for (const page of mkdocs.nav.map(
      (p: Record<string, string>) => Object.values(p)[0],
    )) {
      expect(fs.existsSync(path.join(dir, 'docs', page))).toBe(true);
    }
    expect(read(dir, 'docs/index.md')).toContain(
      '| Owner | `group:default/payments-team` |',
    );
    for (const manifest of ['k8s/deployment.yaml', 'k8s/service.yaml']) {
      expect(yaml.parse(read(dir, manifest)).metadata.labels).toMatchObject({
        'backstage.io/kubernetes-id': 'orders-service',
      });
    }
    const deployment = yaml.parse(read(dir, 'k8s/deployment.yaml'));
    expect(
      deployment.spec.template.metadata.labels['backstage.io/kubernetes-id'],
    ).toBe('orders-service');
    expect(read(dir, 'src/app.ts')).toContain("app.get('/healthz'");
    expect(
      yaml.parse(read(dir, '.github/workflows/ci.yaml')).jobs.test.steps,
    ).toContainEqual({ run: 'npm test' });
    expect(yaml.parse(read(dir, '.gitlab-ci.yml')).test.script).toContain(
      'npm test',
    );
  });

  it.each([
    [
      'react-website',
      'storefront-web',
      'website',
      ['src/App.tsx', 'src/App.test.tsx', 'nginx.conf', 'docs/deployment.md'],
    ],
    [
      'docs-site',
      'payments-handbook',
      'documentation',
      ['docs/getting-started.md', 'docs/writing.md', 'requirements.txt'],
    ],
  ])('creates %s', async (template, name, type, expectedFiles) => {
    const result = await runTemplate(template, {
      name,
      description: `The ${name}`,
      owner: 'group:default/web-team',
      lifecycle: 'production',
    });
    expect(result).toMatchObject({ status: 'completed' });
    const entity = await catalogEntity('component', name);
    expect(entity.spec).toEqual({
      type,
      owner: 'group:default/web-team',
      lifecycle: 'production',
    });
    const dir = await clone(name);
    const files = listFiles(dir);
    expect(files).toEqual(
      expect.arrayContaining([
        ...expectedFiles,
        'catalog-info.yaml',
        'mkdocs.yml',
        'docs/index.md',
        'k8s/deployment.yaml',
        'k8s/service.yaml',
        'Dockerfile',
        '.github/workflows/ci.yaml',
        '.gitlab-ci.yml',
        'README.md',
      ]),
    );
    expect(yaml.parse(read(dir, 'mkdocs.yml')).site_name).toBe(name);
  });

  it.each([
    [
      'an existing component name',
      { name: 'payments-service', owner: 'group:default/payments-team' },
      "A component named 'payments-service' already exists in the catalog (owned by payments-team): choose another name",
    ],
    [
      'a system that is not in the catalog',
      {
        name: 'refused-system',
        owner: 'group:default/payments-team',
        system: 'system:default/no-such-system',
      },
      "System 'system:default/no-such-system' is not a System in the catalog",
    ],
    [
      'an owner that is not a Group',
      { name: 'refused-owner', owner: 'user:default/guest' },
      "Owner 'user:default/guest' is a user, not a Group: choose the team that will own the component",
    ],
  ])('refuses %s before creating anything', async (_what, values, message) => {
    const result = await runTemplate('node-service', {
      description: 'x',
      lifecycle: 'experimental',
      ...values,
    });
    expect(result).toMatchObject({ status: 'failed', failedStep: 'validate' });
    expect(result.error).toBe(message);
    expect(fs.existsSync(path.join(served, `${values.name}.git`))).toBe(false);
  });

  it('refuses an existing repository name before creating anything', async () => {
    // orders-service's repository exists; a component elsewhere could not take its name.
    const result = await runTemplate('docs-site', {
      name: 'orders-service',
      description: 'x',
      owner: 'group:default/payments-team',
      lifecycle: 'experimental',
    });
    expect(result).toMatchObject({ status: 'failed', failedStep: 'validate' });
    expect(result.error).toMatch(/already exists/);
  });

  it('refuses bad parameters when the task is created, naming each field, and creates nothing', async () => {
    const tasksBefore = await request(backend.server)
      .get('/api/scaffolder/v2/tasks')
      .set('authorization', USER);
    const res = await request(backend.server)
      .post('/api/scaffolder/v2/tasks')
      .set('authorization', USER)
      .send({
        templateRef: 'template:default/node-service',
        values: {
          name: 'Bad_Name',
          description: 'x',
          lifecycle: 'forever',
        },
      });
    expect(res.status).toBe(400);
    const errors = res.body.errors as Array<{
      property: string;
      message: string;
    }>;
    expect(errors.map(e => `${e.property}: ${e.message}`).sort()).toEqual([
      'instance.lifecycle: is not one of enum values: experimental,production,deprecated',
      'instance.name: does not match pattern "^[a-z][a-z0-9-]{1,61}[a-z0-9]$"',
      'instance: requires property "owner"',
    ]);
    // Nothing was started or created.
    const tasksAfter = await request(backend.server)
      .get('/api/scaffolder/v2/tasks')
      .set('authorization', USER);
    expect(tasksAfter.body.totalTasks).toBe(tasksBefore.body.totalTasks);
    expect(fs.existsSync(path.join(served, 'Bad_Name.git'))).toBe(false);
  });

  it('fails half-way when the push is rejected, registers nothing, and succeeds when re-run after the fix', async () => {
    // An empty repository that refuses pushes (as a broken Git server would).
    await git(
      served,
      'init',
      '-q',
      '--bare',
      '--initial-branch=main',
      'ledger-api.git',
    );
    await git(
      path.join(served, 'ledger-api.git'),
      'config',
      'http.receivepack',
      'false',
    );
    const values = {
      name: 'ledger-api',
      description: 'Ledger API',
      owner: 'group:default/payments-team',
      lifecycle: 'experimental',
    };

    const failed = await runTemplate('node-service', values);
    expect(failed).toMatchObject({ status: 'failed', failedStep: 'publish' });
    expect(failed.error).toMatch(
      /^Pushing to http:\/\/localhost:\d+\/api\/git-server\/repos\/ledger-api\.git failed: git push failed: /,
    );
    expect(await catalogEntity('component', 'ledger-api')).toBeUndefined();
    expect(await registeredLocations('ledger-api')).toEqual([]);

    await git(
      path.join(served, 'ledger-api.git'),
      'config',
      'http.receivepack',
      'true',
    );
    const rerun = await runTemplate('node-service', values);
    expect(rerun).toMatchObject({ status: 'completed' });
    expect((await catalogEntity('component', 'ledger-api')).spec.owner).toBe(
      'group:default/payments-team',
    );
    expect(await registeredLocations('ledger-api')).toHaveLength(1);
  });

  it('fails when the Git server cannot create the repository, registers nothing, and succeeds when re-run after the fix', async () => {
    // The server's root directory becomes unusable: a file where it should be.
    const aside = `${served}-aside`;
    fs.renameSync(served, aside);
    fs.writeFileSync(served, 'not a directory');
    const values = {
      name: 'refunds-worker',
      description: 'Refunds',
      owner: 'group:default/payments-team',
      lifecycle: 'experimental',
    };
    try {
      const failed = await runTemplate('node-service', values);
      expect(failed).toMatchObject({ status: 'failed', failedStep: 'publish' });
      expect(failed.error).toMatch(
        /^Could not create repository 'refunds-worker': /,
      );
      expect(
        await catalogEntity('component', 'refunds-worker'),
      ).toBeUndefined();
      expect(await registeredLocations('refunds-worker')).toEqual([]);
    } finally {
      fs.rmSync(served);
      fs.renameSync(aside, served);
    }
    const rerun = await runTemplate('node-service', values);
    expect(rerun).toMatchObject({ status: 'completed' });
    expect(await catalogEntity('component', 'refunds-worker')).toBeDefined();
  });
  describe('the name check next to the form field', () => {
    const check = (name: string, query = '') =>
      request(backend.server)
        .get(
          `/api/scaffolder/portal/component-names/${encodeURIComponent(
            name,
          )}${query}`,
        )
        .set('authorization', USER);

    it('says a catalog component has the name, and who owns it', async () => {
      const res = await check('payments-service');
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        name: 'payments-service',
        entityRef: 'component:default/payments-service',
        available: false,
        problems: [
          {
            reason: 'catalog',
            message:
              "A component named 'payments-service' already exists in the catalog (owned by payments-team): choose another name",
          },
        ],
      });
    });

    it('says a repository on the Git server has the name', async () => {
      // orders-service was created above: in the catalog and on the Git server.
      const res = await check('orders-service');
      expect(res.body.available).toBe(false);
      expect(res.body.problems).toEqual([
        expect.objectContaining({ reason: 'catalog' }),
        {
          reason: 'repository',
          message: expect.stringMatching(
            /^A repository named 'orders-service' already exists on the Git server \(http:\/\/localhost:\d+\/api\/git-server\/repos\/orders-service\.git\): choose another name$/,
          ),
        },
      ]);
      // A repository without a catalog entity is refused too.
      await git(
        served,
        'clone',
        '-q',
        '--bare',
        path.join(served, 'orders-service.git'),
        'orphan-repo.git',
      );
      const orphan = await check('orphan-repo');
      expect(orphan.body.problems.map((p: any) => p.reason)).toEqual([
        'repository',
      ]);
    });

    it('says a free name is free, and explains the rule for a bad one', async () => {
      expect((await check('brand-new-service')).body).toEqual({
        name: 'brand-new-service',
        entityRef: 'component:default/brand-new-service',
        available: true,
        problems: [],
      });
      expect((await check('Bad_Name')).body.problems).toEqual([
        {
          reason: 'pattern',
          message:
            "Name 'Bad_Name' is not allowed: use 3 to 63 characters, lowercase letters, digits and '-', starting with a letter and ending with a letter or digit",
        },
      ]);
    });

    it('refuses a bad namespace and unauthenticated callers', async () => {
      const bad = await check('orders', '?namespace=Not%20One');
      expect(bad.status).toBe(400);
      expect(bad.body.error.message).toMatch(/^Invalid namespace 'Not One'/);
      const anonymous = await request(backend.server)
        .get('/api/scaffolder/portal/component-names/orders')
        .set('authorization', mockCredentials.none.header());
      expect(anonymous.status).toBe(401);
    });
  });

  it('dry-runs a real template from templates/ (the template editor) without creating anything', async () => {
    const templateDir = path.join(REPO_ROOT, 'templates/node-service');
    const template = yaml.parse(read(templateDir, 'template.yaml'));
    const directoryContents = listFiles(path.join(templateDir, 'skeleton')).map(
      file => ({
        path: `skeleton/${file}`,
        base64Content: fs
          .readFileSync(path.join(templateDir, 'skeleton', file))
          .toString('base64'),
      }),
    );
    const res = await request(backend.server)
      .post('/api/scaffolder/v2/dry-run')
      .set('authorization', USER)
      .send({
        template,
        values: {
          name: 'dry-run-service',
          description: 'Only a dry run',
          owner: 'group:default/payments-team',
          lifecycle: 'experimental',
        },
        directoryContents,
      });
    expect({ status: res.status, error: res.body.error }).toEqual({
      status: 200,
    });

    const files = new Map<string, string>(
      res.body.directoryContents.map((f: any) => [
        f.path,
        Buffer.from(f.base64Content, 'base64').toString('utf8'),
      ]),
    );
    expect([...files.keys()]).toEqual(
      expect.arrayContaining([
        'catalog-info.yaml',
        'src/app.ts',
        'k8s/deployment.yaml',
        'mkdocs.yml',
        'Dockerfile',
      ]),
    );
    const catalogInfo = yaml.parse(files.get('catalog-info.yaml')!);
    expect(catalogInfo.metadata.name).toBe('dry-run-service');
    expect(catalogInfo.spec.owner).toBe('group:default/payments-team');

    const messages: string[] = res.body.log.map((l: any) => l.body.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /info.*: 'dry-run-service' is free in the catalog and on the Git server/,
        ),
        expect.stringMatching(
          /info.*: Dry run: would create repository 'dry-run-service' and push /,
        ),
      ]),
    );
    expect(res.body.steps.map((s: any) => s.id)).toEqual([
      'validate',
      'fetch',
      'publish',
      'register',
      'wait',
    ]);
    expect(res.body.output.links[0].url).toMatch(
      /\/git-server\/dry-run-service$/,
    );

    // Nothing was created: no repository, no entity, no location.
    expect(fs.existsSync(path.join(served, 'dry-run-service.git'))).toBe(false);
    expect(await catalogEntity('component', 'dry-run-service')).toBeUndefined();
    expect(await registeredLocations('dry-run-service')).toEqual([]);
  });

  it('dry-run refuses bad values with the field named', async () => {
    const template = yaml.parse(
      read(path.join(REPO_ROOT, 'templates/docs-site'), 'template.yaml'),
    );
    const res = await request(backend.server)
      .post('/api/scaffolder/v2/dry-run')
      .set('authorization', USER)
      .send({
        template,
        values: {
          name: 'x',
          description: 'y',
          owner: 'group:default/web-team',
        },
        directoryContents: [],
      });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: any) => e.property)).toContain(
      'instance.name',
    );
  });
});
