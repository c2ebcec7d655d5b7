import { GitServerContents } from '@internal/plugin-git-server-common';

const common = {
  name: 'payments-api',
  ref: 'main',
  commit: '3f9c2a7d1e0b4c5a6f7e8d9c0b1a2f3e4d5c6b7a',
  cloneUrl: 'http://localhost:7007/api/git-server/repos/payments-api.git',
};

export const docsFolder: GitServerContents = {
  ...common,
  type: 'tree',
  path: 'docs',
  entries: [
    { name: 'guide', path: 'docs/guide', type: 'tree' },
    { name: 'index.md', path: 'docs/index.md', type: 'blob' },
  ],
};

export const indexFile: GitServerContents = {
  ...common,
  type: 'blob',
  path: 'docs/index.md',
  size: 27,
  text: '# Payments\n\nHow we get paid.\n',
  binary: false,
  truncated: false,
};

export const logoFile: GitServerContents = {
  ...common,
  type: 'blob',
  path: 'logo.png',
  size: 2048,
  binary: true,
  truncated: false,
};

export const emptyRepository: GitServerContents = {
  type: 'empty',
  name: 'fresh',
  ref: 'main',
  cloneUrl: 'http://localhost:7007/api/git-server/repos/fresh.git',
};
