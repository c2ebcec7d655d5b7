import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readLooseBlob, readLooseRef } from './looseObjects';

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();

/** A commit on main whose tree holds one file with this content. */
function commitFile(dir: string, content: string) {
  const file = path.join(dir, 'input');
  fs.writeFileSync(file, content);
  const blob = git(dir, 'hash-object', '-w', file);
  const tree = execFileSync('git', ['mktree'], {
    cwd: dir,
    input: `100644 blob ${blob}\tcatalog-info.yaml\n`,
    encoding: 'utf8',
  }).trim();
  const commit = execFileSync('git', ['commit-tree', tree, '-m', 'one'], {
    cwd: dir,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.com',
    },
  }).trim();
  git(dir, 'update-ref', 'refs/heads/main', commit);
  return { blob, tree, commit };
}

describe('loose objects', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'loose-'));
    git(dir, 'init', '--bare', '--quiet', '.');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reads a loose blob exactly as git stores it', async () => {
    const content = 'apiVersion: backstage.io/v1alpha1\n\0binary\n';
    const { blob } = commitFile(dir, content);
    expect((await readLooseBlob(dir, blob))?.toString('utf8')).toBe(content);
  });

  it('says nothing for packed, missing or non-blob objects', async () => {
    const { blob, tree } = commitFile(dir, 'packed\n');
    expect(await readLooseBlob(dir, tree)).toBeUndefined();
    expect(await readLooseBlob(dir, blob)).toBeDefined();
    git(dir, 'repack', '-a', '-d', '-q');
    git(dir, 'prune-packed');
    expect(await readLooseBlob(dir, blob)).toBeUndefined();
    expect(await readLooseBlob(dir, '0'.repeat(40))).toBeUndefined();
    expect(await readLooseBlob(dir, '../../etc/passwd')).toBeUndefined();
  });

  it('reads loose refs and leaves packed ones to git', async () => {
    const { commit } = commitFile(dir, 'ref\n');
    expect(await readLooseRef(dir, 'refs/heads/main')).toBe(commit);
    git(dir, 'pack-refs', '--all');
    expect(await readLooseRef(dir, 'refs/heads/main')).toBeUndefined();
    expect(await readLooseRef(dir, 'refs/heads/none')).toBeUndefined();
  });
});
