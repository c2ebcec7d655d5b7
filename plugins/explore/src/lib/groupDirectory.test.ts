import { groups, users } from '../__fixtures__/catalog';
import {
  buildGroupDirectory,
  isChatLink,
  matchesGroup,
} from './groupDirectory';

describe('buildGroupDirectory', () => {
  const directory = buildGroupDirectory(groups, users);
  const payments = directory.find(
    g => g.ref === 'group:default/payments-team',
  )!;

  it('lists every group by display name', () => {
    expect(directory.map(g => g.title)).toEqual([
      'Payments Team',
      'Platform Team',
    ]);
  });

  it('finds members through hasMember relations and users’ spec.memberOf', () => {
    expect(payments.members).toEqual([
      {
        ref: 'user:default/amara',
        title: 'Amara Okafor',
        email: 'amara@example.com',
      },
      {
        ref: 'user:default/guest',
        title: 'Demo Guest',
        email: 'guest@example.com',
      },
    ]);
    expect(directory[1].members).toEqual([]);
  });

  it('lists what a group owns, domains and systems first', () => {
    expect(payments.owns).toEqual([
      'domain:default/commerce',
      'system:default/payments',
      'component:default/payments-service',
      'api:default/payments-api',
    ]);
  });

  it('gives the contact: profile email and chat links only', () => {
    expect(payments.email).toBe('payments@example.com');
    expect(payments.chatLinks).toEqual([
      { title: '#payments', url: 'https://chat.example.com/channels/payments' },
    ]);
    expect(payments.parentRef).toBe('group:default/engineering');
    expect(directory[1].email).toBeUndefined();
  });

  it('lists the groups below a group from parentOf relations and spec.children', () => {
    const department = {
      ...groups[1],
      metadata: { name: 'engineering', namespace: 'default' },
      spec: { type: 'department', children: ['payments-team', 'web-team'] },
      relations: [
        { type: 'parentOf', targetRef: 'group:default/payments-team' },
      ],
    };
    const [engineering] = buildGroupDirectory([department], []);
    expect(engineering.childRefs).toEqual([
      'group:default/payments-team',
      'group:default/web-team',
    ]);
    expect(payments.childRefs).toEqual([]);
  });

  it('keeps a member whose user entity is missing, by name', () => {
    const [group] = buildGroupDirectory([groups[0]], []);
    expect(group.members.map(m => m.title)).toEqual(['amara']);
  });
});

describe('isChatLink', () => {
  it.each([
    [{ url: 'https://x.slack.com/archives/C1' }, true],
    [{ url: 'https://example.com/x', icon: 'chat' }, true],
    [{ url: 'https://example.com/x', title: '#team' }, true],
    [{ url: 'https://wiki.example.com/team', title: 'Wiki' }, false],
  ])('%o → %s', (link, expected) => {
    expect(isChatLink(link)).toBe(expected);
  });
});

describe('matchesGroup', () => {
  const [payments] = buildGroupDirectory(groups, users);
  it('matches on name, member and email, case-insensitively', () => {
    expect(matchesGroup(payments, '')).toBe(true);
    expect(matchesGroup(payments, 'PAYMENTS')).toBe(true);
    expect(matchesGroup(payments, 'okafor')).toBe(true);
    expect(matchesGroup(payments, 'payments@')).toBe(true);
    expect(matchesGroup(payments, 'storefront')).toBe(false);
  });
});
