import { initialsOf } from './LogoIcon';

describe('initialsOf', () => {
  it('takes the first letters of the first two words', () => {
    expect(initialsOf('Northwind Developer Portal')).toBe('ND');
    expect(initialsOf('  acme   portal ')).toBe('AP');
    expect(initialsOf('Portal')).toBe('P');
  });
});
