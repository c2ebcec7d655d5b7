import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'yaml';
import { createContext } from '../__testUtils__/actionContext';
import { createTempDir, git } from '../__testUtils__/git';
import { startGitServer, TestGitServer } from '../__testUtils__/gitServer';
import { createValidateComponentAction } from './validateComponent';
import { examples } from './validateComponent.examples';

jest.setTimeout(30_000);

const entities: Entity[] = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'payments-team' },
    spec: { type: 'team', children: [] },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'System',
    metadata: { name: 'payments' },
    spec: { owner: 'payments-team' },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name: 'guest' },
    spec: {},
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'payments-service' },
    spec: { type: 'service', lifecycle: 'production', owner: 'payments-team' },
  },
];

describe('portal:component:validate', () => {
  const temp = createTempDir();
  let server: TestGitServer;
  let root: string;

  beforeAll(async () => {
    root = path.join(temp.dir, 'repos');
    fs.mkdirSync(root, { recursive: true });
    server = await startGitServer(root);
    // A repository with a commit, and an empty one left by a failed attempt.
    const work = path.join(temp.dir, 'work');
    fs.mkdirSync(work);
    await git(work, 'init', '-q', '-b', 'main');
    fs.writeFileSync(path.join(work, 'a.txt'), 'a');
    await git(work, 'add', '.');
    await git(work, 'commit', '-qm', 'x');
    await git(root, 'clone', '-q', '--bare', work, 'has-commits.git');
    await git(root, 'init', '-q', '--bare', '-b', 'main', 'left-empty.git');
  });
  afterAll(() => server.stop());

  const action = () =>
    createValidateComponentAction({
      config: mockServices.rootConfig({
        data: { scaffolder: { git: { target: { type: 'git-server' } } } },
      }),
      catalog: catalogServiceMock({ entities }),
      discovery: server.discovery,
      auth: server.auth,
    });

  async function run(input: { name: string; owner: string; system?: string }) {
    const { ctx, outputs } = createContext({
      input,
      workspacePath: temp.dir,
    });
    await action().handler(ctx);
    return outputs;
  }

  it('accepts a free name and a Group owner', async () => {
    await expect(
      run({ name: 'orders', owner: 'payments-team' }),
    ).resolves.toEqual({
      ownerRef: 'group:default/payments-team',
      entityRef: 'component:default/orders',
    });
  });

  it('accepts an existing System, and an empty one as none', async () => {
    for (const system of ['payments', 'system:default/payments', '']) {
      await expect(
        run({ name: 'orders', owner: 'payments-team', system }),
      ).resolves.toMatchObject({ entityRef: 'component:default/orders' });
    }
  });

  it('accepts a name whose repository is empty (an earlier failed attempt)', async () => {
    await expect(
      run({ name: 'left-empty', owner: 'group:default/payments-team' }),
    ).resolves.toMatchObject({ entityRef: 'component:default/left-empty' });
  });

  it.each([
    [
      'a name that breaks the rule',
      { name: 'Orders_Service', owner: 'payments-team' },
      "Name 'Orders_Service' is not allowed: use 3 to 63 characters, lowercase letters, digits and '-', starting with a letter and ending with a letter or digit",
    ],
    [
      'a name ending with a dash',
      { name: 'orders-', owner: 'payments-team' },
      /^Name 'orders-' is not allowed/,
    ],
    [
      'a component name taken in the catalog',
      { name: 'payments-service', owner: 'payments-team' },
      "A component named 'payments-service' already exists in the catalog (owned by payments-team): choose another name",
    ],
    [
      'a repository name taken on the Git server',
      { name: 'has-commits', owner: 'payments-team' },
      /^A repository named 'has-commits' already exists on the Git server \(http:\/\/localhost:\d+\/api\/git-server\/repos\/has-commits\.git\): choose another name$/,
    ],
    [
      'a User as owner',
      { name: 'orders', owner: 'user:default/guest' },
      "Owner 'user:default/guest' is a user, not a Group: choose the team that will own the component",
    ],
    [
      'a system missing from the catalog',
      { name: 'orders', owner: 'payments-team', system: 'billing' },
      "System 'system:default/billing' is not a System in the catalog",
    ],
    [
      'a system that is not a System',
      { name: 'orders', owner: 'payments-team', system: 'group:payments-team' },
      "System 'group:default/payments-team' is a group, not a System",
    ],
    [
      'an owner missing from the catalog',
      { name: 'orders', owner: 'group:default/nobody' },
      "Owner 'group:default/nobody' is not a Group in the catalog",
    ],
  ])('refuses %s', async (_what, input, message) => {
    const error = await run(input).catch(e => e);
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(message);
  });

  it('lists every problem at once', async () => {
    const error = await run({
      name: 'payments-service',
      owner: 'user:guest',
    }).catch(e => e);
    expect(error.message).toBe(
      "Cannot create 'payments-service':\n- Owner 'user:default/guest' is a user, not a Group: choose the team that will own the component\n- A component named 'payments-service' already exists in the catalog (owned by payments-team): choose another name",
    );
  });

  it.each(examples.map(e => [e.description, e.example]))(
    'runs the example: %s',
    async (_description, example) => {
      for (const step of yaml.parse(example).steps) {
        await expect(run(step.input)).resolves.toMatchObject({
          ownerRef: 'group:default/payments-team',
        });
      }
    },
  );
});
