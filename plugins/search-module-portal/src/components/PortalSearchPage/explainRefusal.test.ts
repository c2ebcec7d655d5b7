import { explainRefusal, quoteTerm } from './SearchResults';

describe('explainRefusal', () => {
  it('turns the backend validation JSON into its messages', () => {
    expect(
      explainRefusal(
        'Invalid query string: [ { "code": "custom", "message": "The term length \\"2000\\" is greater than \\"100\\"", "path": [ "term" ] } ]',
      ),
    ).toBe('The term length "2000" is greater than "100"');
  });

  it('keeps a plain message', () => {
    expect(explainRefusal('Query is too long')).toBe('Query is too long');
    expect(explainRefusal('Bad [brackets')).toBe('Bad [brackets');
  });
});

describe('quoteTerm', () => {
  it('shortens a long term and says how long it was', () => {
    expect(quoteTerm('a'.repeat(2000))).toBe(
      `"${'a'.repeat(40)}…" (2000 characters)`,
    );
    expect(quoteTerm('  the  and\nof ')).toBe('"the and of"');
  });
});
