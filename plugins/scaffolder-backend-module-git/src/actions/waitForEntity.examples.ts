import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';

export const examples: TemplateExample[] = [
  {
    description:
      'Waits until the entity that catalog:register registered can be read from the catalog, so the link to its page works when the task ends.',
    example: yaml.stringify({
      steps: [
        {
          id: 'wait',
          action: 'portal:entity:wait',
          name: 'Wait for the catalog',
          input: {
            entityRef: 'component:default/orders-service',
            timeoutSeconds: 60,
          },
        },
      ],
    }),
  },
];
