import { useEffect } from 'react';
import { useLocation } from 'react-router-dom';
import usePrevious from 'react-use/esm/usePrevious';
import qs from 'qs';
import { useSearch } from '@backstage/plugin-search-react';

/**
 * Keeps the search state and the address in step (`/search?query=...`), as
 * the upstream search page does, so results can be linked and reloaded.
 */
export const UrlUpdater = () => {
  const location = useLocation();
  const {
    term,
    setTerm,
    types,
    setTypes,
    pageCursor,
    setPageCursor,
    filters,
    setFilters,
  } = useSearch();
  const prevSearch = usePrevious(location.search);

  useEffect(() => {
    if (location.search === prevSearch) {
      return;
    }
    const query = qs.parse(location.search.substring(1), { arrayLimit: 0 });
    if (query.filters && typeof query.filters === 'object') {
      setFilters(query.filters as Record<string, string>);
    }
    if (typeof query.query === 'string') {
      setTerm(query.query);
    }
    if (typeof query.pageCursor === 'string') {
      setPageCursor(query.pageCursor);
    }
    setTypes(Array.isArray(query.types) ? (query.types as string[]) : []);
  }, [prevSearch, location, setTerm, setTypes, setPageCursor, setFilters]);

  useEffect(() => {
    const params = qs.stringify(
      { query: term, types, pageCursor, filters },
      { arrayFormat: 'brackets' },
    );
    window.history.replaceState(
      null,
      document.title,
      `${window.location.pathname}?${params}`,
    );
  }, [term, types, pageCursor, filters]);

  return null;
};
