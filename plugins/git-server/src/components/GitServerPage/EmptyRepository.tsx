import { CodeSnippet, EmptyState } from '@backstage/core-components';
import { GitServerEmptyContents } from '../../api';

/** A repository without commits: how to push the first one. */
export function EmptyRepository(props: { contents: GitServerEmptyContents }) {
  const { cloneUrl, ref } = props.contents;
  const commands = `cd my-project
git init -b ${ref}
git add .
git commit -m "Initial commit"
git remote add origin ${cloneUrl}
git push -u origin ${ref}`;
  return (
    <EmptyState
      missing="content"
      title="This repository is empty"
      description={`It has no commits yet. Push a first commit to its ${ref} branch from an existing folder:`}
      action={
        <CodeSnippet language="bash" text={commands} showCopyCodeButton />
      }
    />
  );
}
