import { languageOf } from './language';

describe('languageOf', () => {
  it.each([
    ['catalog-info.yaml', 'yaml'],
    ['docs/index.md', 'markdown'],
    ['src/App.TSX', 'tsx'],
    ['Dockerfile', 'docker'],
    ['build/Makefile', 'makefile'],
    ['.gitignore', 'text'],
    ['LICENSE', 'text'],
    ['data.unknown', 'text'],
  ])('%s is %s', (path, language) => {
    expect(languageOf(path)).toBe(language);
  });
});
