import knexFactory from 'knex';

/*
 * .yarn/patches/knex-npm-*.patch: knex's batchInsert waited on a 1 ms timer
 * before inserting, inside the caller's transaction, so the connection sat
 * idle meanwhile. The catalog calls batchInsert several times per processed
 * entity; on SQLite (one connection) every other catalog write queued behind
 * those timers, and ingesting 10,000 entities took 107 s instead of 61 s
 * (docs/pages/performance.md). This fails when the patch is not applied,
 * e.g. after a knex upgrade that needs the patch refreshed.
 */
describe('knex batchInsert (patched)', () => {
  it('does not wait on a timer inside a transaction', async () => {
    const knex = knexFactory({
      client: 'better-sqlite3',
      connection: ':memory:',
      useNullAsDefault: true,
    });
    try {
      await knex.schema.createTable('rows', table => {
        table.integer('id');
      });
      const setTimeoutSpy = jest.spyOn(global, 'setTimeout');
      await knex.transaction(async tx => {
        for (let i = 0; i < 20; i++) {
          await tx.batchInsert('rows', [{ id: i }, { id: i + 100 }], 100);
        }
      });
      const timers = setTimeoutSpy.mock.calls.filter(([, ms]) => ms === 1);
      setTimeoutSpy.mockRestore();
      expect(timers).toHaveLength(0);
      expect((await knex('rows').count({ n: '*' }))[0].n).toBe(40);
    } finally {
      await knex.destroy();
    }
  });
});
