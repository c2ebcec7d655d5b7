import {
  Content,
  ContentHeader,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import { GitSourceStatus } from '../../api';
import { useGitSources } from '../../hooks/useGitSources';
import { plural } from '../../lib/format';
import { NoSources } from './NoSources';
import { SourceCard } from './SourceCard';
import { SourcesTable } from './SourcesTable';
import { attentionRank, needsAttention } from './SourceStatus';

/** Up to this many sources, each gets a card; beyond, healthy ones share a table. */
const CARD_LIMIT = 20;

function summary(sources: GitSourceStatus[]): string {
  const failing = sources.filter(s => s.lastError).length;
  const filesWithErrors = sources
    .flatMap(s => s.files)
    .filter(f => f.errors.length > 0).length;
  return [
    plural(sources.length, 'source'),
    failing > 0 ? `${failing} failing to fetch` : undefined,
    filesWithErrors > 0
      ? `${plural(filesWithErrors, 'file')} with errors`
      : undefined,
  ]
    .filter(Boolean)
    .join(' · ');
}

/**
 * /catalog-sources: every Git source of the catalog, what it last fetched and
 * why a file's entities are missing. Failing sources come first; with many
 * sources, those without problems share one table.
 */
export function GitSourcesPage() {
  const { value, loading, error, retry } = useGitSources();

  let body;
  if (loading && !value) {
    body = <Progress />;
  } else if (error) {
    body = (
      <ResponseErrorPanel
        title="Could not load the Git sources from the catalog backend (GET /api/catalog/git/sources)"
        error={error}
        defaultExpanded
      />
    );
  } else if (!value || value.sources.length === 0) {
    body = <NoSources />;
  } else {
    const sources = [...value.sources].sort(
      (a, b) => attentionRank(a) - attentionRank(b),
    );
    const many = sources.length > CARD_LIMIT;
    const cards = many ? sources.filter(needsAttention) : sources;
    const healthy = many ? sources.filter(s => !needsAttention(s)) : [];
    body = (
      <Grid container spacing={3} direction="column">
        {cards.map(source => (
          <Grid item key={source.providerId}>
            <SourceCard source={source} />
          </Grid>
        ))}
        {healthy.length > 0 && (
          <Grid item>
            <SourcesTable
              title={`${plural(healthy.length, 'source')} without problems`}
              sources={healthy}
            />
          </Grid>
        )}
      </Grid>
    );
  }

  return (
    <Content>
      <ContentHeader
        title="Git sources"
        description={
          value && value.sources.length > 0
            ? summary(value.sources)
            : 'Where the catalog reads its catalog files from'
        }
      >
        <Button variant="outlined" onClick={retry} disabled={loading}>
          Refresh
        </Button>
      </ContentHeader>
      {body}
    </Content>
  );
}
