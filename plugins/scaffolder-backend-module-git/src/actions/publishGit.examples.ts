import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';

export const examples: TemplateExample[] = [
  {
    description:
      'Creates a repository on the portal Git server and pushes the whole workspace to main.',
    example: yaml.stringify({
      steps: [
        {
          id: 'publish',
          action: 'publish:git',
          name: 'Publish to the Git server',
          input: {
            name: 'orders-service',
            description: 'Takes and tracks orders',
          },
        },
      ],
    }),
  },
  {
    description:
      'Publishes only a folder of the workspace, with its own branch, commit message and author.',
    example: yaml.stringify({
      steps: [
        {
          id: 'publish',
          action: 'publish:git',
          name: 'Publish the rendered skeleton',
          input: {
            name: 'orders-web',
            sourcePath: 'repo',
            defaultBranch: 'trunk',
            gitCommitMessage: 'Create orders-web from a template',
            gitAuthorName: 'Portal',
            gitAuthorEmail: 'portal@example.com',
          },
        },
      ],
    }),
  },
];
