import { HttpAuthService } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import {
  GitServerContents,
  GitServerRepositoryList,
} from '@internal/plugin-git-server-common';
import express from 'express';
import Router from 'express-promise-router';
import { z } from 'zod';
import { BareRepositories } from './lib/BareRepositories';
import { serveGitHttpRequest } from './lib/gitHttpBackend';

const createRepositoryBody = z.object({
  name: z.string(),
  description: z.string().optional(),
  defaultBranch: z
    .string()
    .regex(/^[A-Za-z0-9._/-]+$/)
    .optional(),
});

const contentsQuery = z.object({
  ref: z.string().optional(),
  path: z.string().optional(),
});

export async function createRouter(options: {
  repositories: BareRepositories;
  httpAuth: HttpAuthService;
  cloneUrl: (name: string) => Promise<string>;
}): Promise<express.Router> {
  const { repositories, httpAuth, cloneUrl } = options;
  const router = Router();

  // Git clients (clone, fetch, push) speak smart HTTP to /repos/<name>.git/...
  router.use('/repos', async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    await serveGitHttpRequest(req, res, {
      projectRoot: repositories.root,
      pathInfo: decodeURIComponent(url.pathname),
      query: url.search.replace(/^\?/, ''),
      remoteUser: 'portal',
    });
  });

  router.use(express.json());

  router.post('/repositories', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['user', 'service'] });
    const parsed = createRepositoryBody.safeParse(req.body);
    if (!parsed.success) {
      throw new InputError(`Invalid request body: ${parsed.error.message}`);
    }
    const info = await repositories.create(parsed.data.name, parsed.data);
    res.status(201).json({ ...info, cloneUrl: await cloneUrl(info.name) });
  });

  // Every repository, for the browse page's index (/git-server).
  router.get('/repositories', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['user', 'service'] });
    const infos = await repositories.list();
    const body: GitServerRepositoryList = {
      items: await Promise.all(
        infos.map(async info => ({
          ...info,
          cloneUrl: await cloneUrl(info.name),
        })),
      ),
    };
    res.json(body);
  });

  router.get('/repositories/:name', async (req, res) => {
    const info = await repositories.get(req.params.name);
    res.json({ ...info, cloneUrl: await cloneUrl(info.name) });
  });

  // What the browse page shows: a folder's entries or a file of a branch.
  router.get('/repositories/:name/contents', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['user', 'service'] });
    const parsed = contentsQuery.safeParse(req.query);
    if (!parsed.success) {
      throw new InputError(
        `Invalid query: ref and path are single strings (${parsed.error.message})`,
      );
    }
    const contents = await repositories.contents(req.params.name, parsed.data);
    const body: GitServerContents = {
      ...contents,
      cloneUrl: await cloneUrl(contents.name),
    };
    res.json(body);
  });

  return router;
}
