import {
  CodeSnippet,
  Content,
  Header,
  HeaderLabel,
  InfoCard,
  Page,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import { useParams, useSearchParams } from 'react-router-dom';
import { GitServerContents } from '../../api';
import { useContents } from '../../hooks/useContents';
import { EmptyRepository } from './EmptyRepository';
import { EntriesTable } from './EntriesTable';
import { FileView } from './FileView';
import { PathBreadcrumbs } from './PathBreadcrumbs';

function Body(props: { contents: GitServerContents }) {
  const { contents } = props;
  switch (contents.type) {
    case 'empty':
      return <EmptyRepository contents={contents} />;
    case 'tree':
      return <EntriesTable contents={contents} />;
    default:
      return <FileView contents={contents} />;
  }
}

/** One repository: a folder's entries, a file, or how to push to it. */
export function RepositoryView() {
  const { name = '' } = useParams();
  const [search] = useSearchParams();
  const ref = search.get('ref') || undefined;
  const path = search.get('path') || undefined;
  const { value, loading, error } = useContents(name, ref, path);

  let body;
  if (loading) {
    body = <Progress />;
  } else if (error) {
    body = (
      <ResponseErrorPanel
        title={`Could not load ${
          path ? `'${path}' of ` : ''
        }repository '${name}'`}
        error={error}
        defaultExpanded
      />
    );
  } else if (value) {
    body = (
      <>
        <Box mb={2}>
          <PathBreadcrumbs
            name={value.name}
            branch={value.ref}
            path={value.type === 'empty' ? '' : value.path}
          />
        </Box>
        <Box mb={2}>
          <InfoCard title="Clone">
            <CodeSnippet
              language="bash"
              text={`git clone ${value.cloneUrl}`}
              showCopyCodeButton
            />
          </InfoCard>
        </Box>
        <Body contents={value} />
      </>
    );
  }

  const branch = value?.ref ?? ref;
  return (
    <Page themeId="tool">
      <Header title={name} type="Git repository">
        {branch && <HeaderLabel label="Branch" value={branch} />}
        {value && value.type !== 'empty' && (
          <HeaderLabel label="Commit" value={value.commit.slice(0, 7)} />
        )}
      </Header>
      <Content>{body}</Content>
    </Page>
  );
}
