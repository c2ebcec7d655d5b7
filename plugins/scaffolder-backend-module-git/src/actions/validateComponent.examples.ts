import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';

export const examples: TemplateExample[] = [
  {
    description:
      'Refuses, before anything is created, a name that is taken in the catalog or on the Git server, an owner that is not a Group, or a name that breaks the naming rule.',
    example: yaml.stringify({
      steps: [
        {
          id: 'validate',
          action: 'portal:component:validate',
          name: 'Check name and owner',
          input: {
            name: 'orders-service',
            owner: 'group:default/payments-team',
          },
        },
      ],
    }),
  },
];
