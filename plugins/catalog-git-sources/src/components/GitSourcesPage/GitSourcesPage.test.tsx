import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ConfigReader } from '@backstage/config';
import { ResponseError } from '@backstage/errors';
import { renderTestApp } from '@backstage/frontend-test-utils';
import {
  ScmIntegrationsApi,
  scmIntegrationsApiRef,
} from '@backstage/integration-react';
import { GitSourcesApi, gitSourcesApiRef } from '../../api';
import {
  legacySource,
  neverFetchedSource,
  platformSource,
} from '../../__fixtures__/sources';
import { gitSourcesPage } from '../../pages';

// The first render of a test app loads lazily; allow it more than findBy's default second.
const slow = { timeout: 10_000 };

jest.setTimeout(30_000);

function render(getSources: GitSourcesApi['getSources']) {
  return renderTestApp({
    extensions: [gitSourcesPage],
    initialRouteEntries: ['/catalog-sources'],
    apis: [
      [gitSourcesApiRef, { getSources }],
      [
        scmIntegrationsApiRef,
        ScmIntegrationsApi.fromConfig(
          new ConfigReader({
            integrations: {
              gitlab: [
                {
                  host: 'git.example.com',
                  apiBaseUrl: 'https://git.example.com/api/v4',
                },
              ],
            },
          }),
        ),
      ],
    ],
  });
}

describe('GitSourcesPage', () => {
  it('lists a source with its commit, counts and a file error at its line', async () => {
    await render(async () => ({ sources: [platformSource] }));

    expect(await screen.findByText('platform', {}, slow)).toBeInTheDocument();
    expect(
      screen.getByText('https://***@git.example.com/platform/catalog.git'),
    ).toBeInTheDocument();
    expect(screen.getByText('3f9c2a7')).toBeInTheDocument();
    expect(screen.getByText('5 minutes ago, took 1.8 s')).toBeInTheDocument();
    expect(screen.getByText('2 catalog files')).toBeInTheDocument();
    expect(screen.getByText('3 entities')).toBeInTheDocument();
    expect(screen.getByText('1 file with errors')).toBeInTheDocument();

    // The broken file comes first, with the line of its YAML error linked to
    // that line on the (self-hosted, configured) GitLab.
    const fileLink = screen
      .getByText('services/b/catalog-info.yaml')
      .closest('a');
    expect(fileLink).toHaveAttribute(
      'href',
      'https://git.example.com/platform/catalog/-/blob/main/services/b/catalog-info.yaml',
    );
    const broken = fileLink!.closest('tr')!;
    const line = within(broken).getByText('line 12, column 7').closest('a');
    expect(line).toHaveAttribute(
      'href',
      'https://git.example.com/platform/catalog/-/blob/main/services/b/catalog-info.yaml#L12',
    );
    expect(
      within(broken).getByText(
        /YAML error at services\/b\/catalog-info\.yaml, YAMLParseError: Nested mappings are not allowed/,
      ),
    ).toBeInTheDocument();
    expect(within(broken).getByText('1 error')).toBeInTheDocument();

    const rows = within(broken.closest('tbody')!).getAllByRole('row');
    expect(rows[0]).toBe(broken);
    expect(within(rows[1]).getByText('OK')).toBeInTheDocument();
  });

  it('shows prominently why the last fetch of a source failed, failing sources first', async () => {
    await render(async () => ({
      sources: [platformSource, legacySource, neverFetchedSource],
    }));

    expect(
      await screen.findByText(
        '3 sources · 2 failing to fetch · 1 file with errors',
        {},
        slow,
      ),
    ).toBeInTheDocument();
    expect(screen.getAllByText(/The last fetch failed/)).toHaveLength(2);
    expect(
      screen.getByText(/ssh: Could not resolve hostname git\.internal/),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'The catalog keeps the entities of commit aa11bb2 until a fetch succeeds.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/Failed to connect to 127\.0\.0\.1 port 9/),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Nothing from this source is in the catalog yet.'),
    ).toBeInTheDocument();

    const titles = screen
      .getAllByText(/^(platform|legacy|broken)$/)
      .map(e => e.textContent);
    expect(titles).toEqual(['legacy', 'broken', 'platform']);

    // Files of an ssh remote on a host with no known web view: the path, no link.
    const paths = screen.getAllByText('catalog-info.yaml');
    expect(paths.some(p => p.closest('td'))).toBe(true);
    expect(paths.filter(p => p.closest('a'))).toEqual([]);
  });

  it('puts many healthy sources in one table and keeps the failing ones as cards', async () => {
    const healthy = Array.from({ length: 30 }, (_, i) => ({
      ...platformSource,
      providerId: `repo-${String(i).padStart(2, '0')}`,
      files: platformSource.files.filter(f => f.errors.length === 0),
      fileCount: 1,
    }));
    await render(async () => ({ sources: [...healthy, legacySource] }));

    expect(
      await screen.findByText('30 sources without problems', {}, slow),
    ).toBeInTheDocument();
    expect(screen.getByText(/The last fetch failed/)).toBeInTheDocument();
    expect(screen.getByText('legacy')).toBeInTheDocument();
    // The table pages by 20; a row opens to the source's files.
    expect(screen.getByText('repo-00')).toBeInTheDocument();
    expect(screen.queryByText('repo-25')).not.toBeInTheDocument();
    const row = screen.getByText('repo-00').closest('tr')!;
    await userEvent.click(within(row).getAllByRole('button')[0]);
    expect(
      await screen.findByText('services/a/catalog-info.yaml'),
    ).toBeInTheDocument();
  });

  it('shows progress while the sources load', async () => {
    await render(() => new Promise(() => {}));
    expect(
      await screen.findByRole('progressbar', {}, slow),
    ).toBeInTheDocument();
  });

  it('says how to add a source when none is configured', async () => {
    await render(async () => ({ sources: [] }));
    expect(
      await screen.findByText('No Git sources are configured', {}, slow),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/catalog\.providers\.git\.<id>\.remote/),
    ).toBeInTheDocument();
    // The config snippet (its highlighter loads lazily).
    expect(
      (await screen.findAllByText(/git\.example\.com\/platform/, {}, slow))
        .length,
    ).toBeGreaterThan(0);
  });

  it('says what failed when the catalog backend cannot be asked, and retries', async () => {
    const unavailable = await ResponseError.fromResponse(
      new Response(
        JSON.stringify({
          error: {
            name: 'ServiceUnavailableError',
            message: 'The catalog is still starting',
          },
          request: { method: 'GET', url: '/api/catalog/git/sources' },
          response: { statusCode: 503 },
        }),
        {
          status: 503,
          statusText: 'Service Unavailable',
          headers: { 'content-type': 'application/json' },
        },
      ),
    );
    const getSources = jest
      .fn()
      .mockRejectedValueOnce(unavailable)
      .mockResolvedValueOnce({ sources: [platformSource] });
    await render(getSources);
    expect(
      (await screen.findAllByText(/The catalog is still starting/, {}, slow))
        .length,
    ).toBeGreaterThan(0);
    expect(
      screen.getByText(/Could not load the Git sources/),
    ).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Refresh' }));
    expect(await screen.findByText('platform')).toBeInTheDocument();
    expect(getSources).toHaveBeenCalledTimes(2);
  });
});
