import { errorLocation, shortenMessage } from './errorLocation';

describe('errorLocation', () => {
  it('finds the line and column of a YAML error', () => {
    expect(
      errorLocation(
        'YAML error at url:x, YAMLParseError: Nested mappings are not allowed at line 4, column 7:\n\nkind: API\n',
      ),
    ).toEqual({ line: 4, column: 7 });
    expect(errorLocation("metadata must have required property 'name'")).toBe(
      undefined,
    );
  });

  it('shortens the file’s location to its path', () => {
    expect(
      shortenMessage(
        'YAML error at url:git+file:///r.git/-/blob/main/a.yaml, boom\n',
        {
          url: 'git+file:///r.git/-/blob/main/a.yaml',
          path: 'a.yaml',
        },
      ),
    ).toBe('YAML error at a.yaml, boom');
  });
});
