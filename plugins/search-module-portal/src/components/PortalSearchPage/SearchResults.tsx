import { createElement } from 'react';
import { EmptyState, Progress, WarningPanel } from '@backstage/core-components';
import { ResponseError } from '@backstage/errors';
import {
  DefaultResultListItem,
  SearchPagination,
  SearchResultPager,
  useSearch,
} from '@backstage/plugin-search-react';
import { SearchResult } from '@backstage/plugin-search-common';
import { SearchResultItemExtensionComponent } from '@backstage/plugin-search-react/alpha';

/** A result renderer and the results it is for. */
export type ResultItem = {
  predicate?: (result: SearchResult) => boolean;
  component: SearchResultItemExtensionComponent;
};

const TIPS =
  'Search ignores very common words (the, and, of) and punctuation. Try the name of a service, API, team or person, or a word from its documentation, or remove a filter.';

/** The term as the page repeats it: one line, at most 40 characters. */
export function quoteTerm(term: string): string {
  const line = term.replace(/\s+/g, ' ').trim();
  return line.length > 40
    ? `"${line.slice(0, 40)}…" (${line.length} characters)`
    : `"${line}"`;
}

/**
 * The reasons in a refusal's message. The search backend sends validation
 * problems as JSON (`Invalid query string: [{ "message": "..." }]`); people
 * get the messages, not the JSON.
 */
export function explainRefusal(message: string): string {
  const start = message.search(/[[{]/);
  if (start >= 0) {
    try {
      const parsed = JSON.parse(message.slice(start));
      const issues = (Array.isArray(parsed) ? parsed : [parsed])
        .map(issue => issue?.message)
        .filter((m): m is string => typeof m === 'string' && m !== '');
      if (issues.length) {
        return issues.join('; ');
      }
    } catch {
      // Not JSON after all: the message as it is.
    }
  }
  return message;
}

/** Why the search service refused the query (HTTP 400), or undefined. */
function badQueryMessage(error: Error): string | undefined {
  if (ResponseError.is(error) && error.statusCode === 400) {
    return explainRefusal(error.cause.message || error.message);
  }
  return undefined;
}

const Explanation = (props: { title: string; children: string }) => (
  <div style={{ wordBreak: 'break-word' }}>
    <EmptyState
      missing="info"
      title={props.title}
      description={props.children}
    />
  </div>
);

/**
 * The results of the current search, or what to do instead: a prompt when
 * nothing was asked, an explanation when nothing matched or the query was
 * refused, and a short notice (never a stack trace) when search failed.
 */
export const SearchResults = (props: { items: ResultItem[] }) => {
  const { items } = props;
  const { result, term, filters, types } = useSearch();
  const asked =
    term.trim() !== '' || Object.keys(filters).length > 0 || types.length > 0;

  if (!asked) {
    return (
      <EmptyState
        missing="info"
        title="Search the catalog and the documentation"
        description="Type the name of a service, API, team or person, or any word from the docs. The filters narrow results by kind, type, owner and lifecycle."
      />
    );
  }
  if (result.loading) {
    return <Progress />;
  }
  if (result.error) {
    const refused = badQueryMessage(result.error);
    if (refused) {
      return (
        <Explanation title="This search could not run">
          {`The search service refused ${quoteTerm(term)}: ${refused}. ${TIPS}`}
        </Explanation>
      );
    }
    return (
      <WarningPanel
        severity="error"
        title="Search is not available right now"
        message={`The search service did not answer (${result.error.message}). Try again in a minute; if it keeps failing, tell the portal team.`}
      />
    );
  }
  const results = result.value?.results ?? [];
  if (!results.length) {
    return (
      <Explanation title="No results">
        {`${
          term.trim()
            ? `Nothing matches ${quoteTerm(term)}`
            : 'Nothing matches these filters'
        }. ${TIPS}`}
      </Explanation>
    );
  }
  return (
    <>
      <SearchPagination />
      {results.map((searchResult, index) => {
        const { document, ...rest } = searchResult;
        const component =
          items.find(item => item.predicate?.(searchResult) ?? true)
            ?.component ?? DefaultResultListItem;
        return createElement(component, {
          ...rest,
          key: `${document.location}-${index}`,
          result: document,
        });
      })}
      <SearchResultPager />
    </>
  );
};
