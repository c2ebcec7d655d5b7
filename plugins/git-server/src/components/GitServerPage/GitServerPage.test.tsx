import { screen, within } from '@testing-library/react';
import { ResponseError } from '@backstage/errors';
import { renderTestApp } from '@backstage/frontend-test-utils';
import { GitServerApi, gitServerApiRef } from '../../api';
import {
  docsFolder,
  emptyRepository,
  indexFile,
  logoFile,
} from '../../__fixtures__/contents';
import { gitServerPage } from '../../pages';

// The first render of a test app loads lazily; allow it more than findBy's default second.
const slow = { timeout: 10_000 };

jest.setTimeout(30_000);

function render(
  url: string,
  getContents: GitServerApi['getContents'],
  listRepositories: GitServerApi['listRepositories'] = async () => ({
    items: [],
  }),
) {
  return renderTestApp({
    extensions: [gitServerPage],
    initialRouteEntries: [url],
    apis: [[gitServerApiRef, { getContents, listRepositories }]],
  });
}

describe('GitServerPage', () => {
  it('lists a folder with breadcrumbs, the branch and the clone command', async () => {
    const getContents = jest.fn(async () => docsFolder);
    await render('/git-server/payments-api?ref=main&path=docs', getContents);

    const guide = await screen.findByRole('link', { name: 'guide' }, slow);
    expect(getContents).toHaveBeenCalledWith('payments-api', {
      ref: 'main',
      path: 'docs',
    });
    expect(guide).toHaveAttribute(
      'href',
      '/git-server/payments-api?ref=main&path=docs%2Fguide',
    );
    expect(screen.getByRole('link', { name: 'index.md' })).toHaveAttribute(
      'href',
      '/git-server/payments-api?ref=main&path=docs%2Findex.md',
    );
    const rows = screen.getAllByRole('row');
    expect(within(rows[1]).getByTitle('Folder')).toBeInTheDocument();

    expect(
      screen.getByRole('heading', { name: 'payments-api' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Branch')).toBeInTheDocument();
    expect(screen.getAllByText('main').length).toBeGreaterThan(0);

    const crumbs = screen.getByRole('navigation', { name: 'Path' });
    expect(
      within(crumbs).getByRole('link', { name: 'payments-api' }),
    ).toHaveAttribute('href', '/git-server/payments-api?ref=main');
    expect(within(crumbs).getByText('docs')).toBeInTheDocument();

    expect(
      (
        await screen.findAllByText(
          /git clone http:\/\/localhost:7007\/api\/git-server\/repos\/payments-api\.git/,
          {},
          slow,
        )
      ).length,
    ).toBeGreaterThan(0);
  });

  it('shows a text file with its folders as breadcrumbs', async () => {
    await render(
      '/git-server/payments-api?ref=main&path=docs/index.md',
      async () => indexFile,
    );
    expect(
      (await screen.findAllByText(/How we get paid\./, {}, slow)).length,
    ).toBeGreaterThan(0);
    const crumbs = screen.getByRole('navigation', { name: 'Path' });
    expect(within(crumbs).getByRole('link', { name: 'docs' })).toHaveAttribute(
      'href',
      '/git-server/payments-api?ref=main&path=docs',
    );
    expect(within(crumbs).getByText('index.md')).toBeInTheDocument();
  });

  it('says a binary file is not shown', async () => {
    await render(
      '/git-server/payments-api?path=logo.png',
      async () => logoFile,
    );
    expect(
      await screen.findByText('Binary file not shown', {}, slow),
    ).toBeInTheDocument();
    expect(screen.getByText(/logo\.png is a binary file/)).toBeInTheDocument();
  });

  it('says how to push the first commit to an empty repository', async () => {
    await render('/git-server/fresh', async () => emptyRepository);
    expect(
      await screen.findByText('This repository is empty', {}, slow),
    ).toBeInTheDocument();
    expect(
      (
        await screen.findAllByText(
          /git remote add origin http:\/\/localhost:7007\/api\/git-server\/repos\/fresh\.git/,
          {},
          slow,
        )
      ).length,
    ).toBeGreaterThan(0);
  });

  it('shows progress while the contents load', async () => {
    await render('/git-server/payments-api', () => new Promise(() => {}));
    expect(
      await screen.findByRole('progressbar', {}, slow),
    ).toBeInTheDocument();
  });

  it('says which repository does not exist', async () => {
    const notFound = await ResponseError.fromResponse(
      new Response(
        JSON.stringify({
          error: {
            name: 'NotFoundError',
            message: "Repository 'nope' does not exist",
          },
          request: {
            method: 'GET',
            url: '/api/git-server/repositories/nope/contents',
          },
          response: { statusCode: 404 },
        }),
        {
          status: 404,
          statusText: 'Not Found',
          headers: { 'content-type': 'application/json' },
        },
      ),
    );
    await render('/git-server/nope', async () => {
      throw notFound;
    });
    expect(
      (await screen.findAllByText(/Repository 'nope' does not exist/, {}, slow))
        .length,
    ).toBeGreaterThan(0);
    expect(
      screen.getByText(/Could not load repository 'nope'/),
    ).toBeInTheDocument();
  });

  it('lists the repositories at /git-server, each linked to its page', async () => {
    const getContents = jest.fn();
    await render('/git-server', getContents, async () => ({
      items: [
        {
          name: 'payments-api',
          defaultBranch: 'main',
          head: 'a99c4351b2',
          cloneUrl:
            'http://localhost:7007/api/git-server/repos/payments-api.git',
        },
        {
          name: 'fresh',
          defaultBranch: 'main',
          cloneUrl: 'http://localhost:7007/api/git-server/repos/fresh.git',
        },
      ],
    }));
    expect(
      await screen.findByRole('link', { name: 'payments-api' }, slow),
    ).toHaveAttribute('href', '/git-server/payments-api');
    expect(screen.getByText('a99c435')).toBeInTheDocument();
    expect(screen.getByText('empty')).toBeInTheDocument();
    expect(getContents).not.toHaveBeenCalled();
  });

  it('says how to get a first repository when there is none', async () => {
    await render('/git-server', jest.fn());
    expect(
      await screen.findByText('No repositories yet', {}, slow),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Create a component' }),
    ).toHaveAttribute('href', '/create');
  });
});
