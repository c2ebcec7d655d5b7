/**
 * Search terms that are valid input but trip query parsers (Lunr's syntax,
 * PostgreSQL's tsquery): each engine must answer every one with 200.
 */
export const ODD_TERMS: Array<[description: string, term: string]> = [
  ['empty', ''],
  ['only stop words', 'the and of'],
  ['a field-like word', 'foo:'],
  ['Lunr operators', '*:~^'],
  ['a quote and a bracket', '"['],
  ['a minus', '-'],
  ['a plus', '+'],
  ['a single quote', "'"],
  ['a backslash', '\\'],
  ['tsquery operators', '&|!<->()'],
  ['a 100-character word', 'q'.repeat(100)],
  ['fifty one-letter words', 'x '.repeat(50).trim()],
];
