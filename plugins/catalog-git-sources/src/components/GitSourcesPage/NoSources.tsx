import { CodeSnippet, EmptyState } from '@backstage/core-components';

const EXAMPLE = `catalog:
  providers:
    git:
      platform: # the provider id; do not rename it later
        remote: https://git.example.com/platform/catalog.git
        branch: main # default: the remote's HEAD branch
        paths: ['**/catalog-info.yaml'] # the default
`;

/** What to do when the catalog has no Git source. */
export function NoSources() {
  return (
    <EmptyState
      missing="data"
      title="No Git sources are configured"
      description="The catalog reads catalog files from the Git remotes listed under catalog.providers.git.<id>.remote in app-config.yaml. Add one like this and restart the backend; its files are ingested within a minute and listed here."
      action={<CodeSnippet language="yaml" text={EXAMPLE} showCopyCodeButton />}
    />
  );
}
