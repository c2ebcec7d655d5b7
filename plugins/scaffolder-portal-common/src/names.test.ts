import { COMPONENT_NAME_PATTERN, describeComponentNameRule } from './names';

describe('COMPONENT_NAME_PATTERN', () => {
  it.each(['abc', 'orders-service', 'a1-b2', `a${'b'.repeat(61)}c`])(
    'accepts %s',
    name => expect(COMPONENT_NAME_PATTERN.test(name)).toBe(true),
  );
  it.each(['ab', 'Orders', '1abc', 'abc-', 'a_b_c', `a${'b'.repeat(62)}c`])(
    'refuses %s',
    name => expect(COMPONENT_NAME_PATTERN.test(name)).toBe(false),
  );

  it('says what the rule is', () => {
    expect(describeComponentNameRule('Bad')).toBe(
      "Name 'Bad' is not allowed: use 3 to 63 characters, lowercase letters, digits and '-', starting with a letter and ending with a letter or digit",
    );
  });
});
