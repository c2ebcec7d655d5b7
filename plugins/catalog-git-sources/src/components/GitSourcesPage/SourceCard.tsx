import {
  InfoCard,
  StructuredMetadataTable,
  WarningPanel,
} from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { GitSourceStatus } from '../../api';
import { plural, shortSha } from '../../lib/format';
import { FilesTable } from './FilesTable';
import { entityCount, LastRun, SourceState } from './SourceStatus';

/** One Git source: its last fetch, counts, last error and catalog files. */
export function SourceCard(props: { source: GitSourceStatus }) {
  const { source } = props;
  const metadata: Record<string, unknown> = {
    Status: <SourceState source={source} />,
    Remote: source.remote,
    Branch: source.branch ?? 'the remote’s HEAD (not resolved yet)',
    Paths: source.paths.join(', '),
    'Last commit': source.lastCommit ? (
      <code title={source.lastCommit}>{shortSha(source.lastCommit)}</code>
    ) : (
      'none applied yet'
    ),
    'Last run': <LastRun source={source} />,
    Files:
      source.fileCount !== undefined
        ? plural(source.fileCount, 'catalog file')
        : 'unknown until a fetch succeeds',
    Entities: plural(entityCount(source), 'entity', 'entities'),
  };
  return (
    <InfoCard
      title={source.providerId}
      subheader={`git-provider:${source.providerId}`}
    >
      {source.lastError && (
        <Box mb={2}>
          <WarningPanel
            severity="error"
            title="The last fetch failed"
            defaultExpanded
            message={
              <>
                <Typography
                  component="pre"
                  variant="body2"
                  style={{ whiteSpace: 'pre-wrap', margin: 0 }}
                >
                  {source.lastError}
                </Typography>
                <Typography variant="body2" style={{ marginTop: 8 }}>
                  {source.lastCommit
                    ? `The catalog keeps the entities of commit ${shortSha(
                        source.lastCommit,
                      )} until a fetch succeeds.`
                    : 'Nothing from this source is in the catalog yet.'}
                </Typography>
              </>
            }
          />
        </Box>
      )}
      <StructuredMetadataTable
        dense
        metadata={metadata}
        options={{ titleFormat: key => key }}
      />
      {source.files.length > 0 && (
        <Box mt={2}>
          <FilesTable source={source} />
        </Box>
      )}
    </InfoCard>
  );
}
