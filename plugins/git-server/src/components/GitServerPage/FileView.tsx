import { CodeSnippet, EmptyState, InfoCard } from '@backstage/core-components';
import { GitServerBlobContents } from '../../api';
import { languageOf } from '../../lib/language';

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

/** A file's text with line numbers, or why it is not shown. */
export function FileView(props: { contents: GitServerBlobContents }) {
  const { contents } = props;
  const fileName = contents.path.split('/').pop() ?? contents.path;
  let body;
  if (contents.binary) {
    body = (
      <EmptyState
        missing="content"
        title="Binary file not shown"
        description={`${fileName} is a binary file (${formatSize(
          contents.size,
        )}). Clone the repository to open it.`}
      />
    );
  } else if (contents.truncated || contents.text === undefined) {
    body = (
      <EmptyState
        missing="content"
        title="File too large to show"
        description={`${fileName} is ${formatSize(
          contents.size,
        )}; files up to 512 KiB are shown here. Clone the repository to open it.`}
      />
    );
  } else {
    body = (
      <CodeSnippet
        text={contents.text}
        language={languageOf(contents.path)}
        showLineNumbers
        showCopyCodeButton
      />
    );
  }
  return (
    <InfoCard title={fileName} subheader={formatSize(contents.size)}>
      {body}
    </InfoCard>
  );
}
