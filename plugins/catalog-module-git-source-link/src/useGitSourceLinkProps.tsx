import {
  ANNOTATION_SOURCE_LOCATION,
  ANNOTATION_VIEW_URL,
} from '@backstage/catalog-model';
import { useApi, useTranslationRef } from '@backstage/frontend-plugin-api';
import {
  ScmIntegrationIcon,
  scmIntegrationsApiRef,
} from '@backstage/integration-react';
import { catalogTranslationRef } from '@backstage/plugin-catalog/alpha';
import { useEntity } from '@backstage/plugin-catalog-react';
import { sourceLinkOf } from './lib/sourceLink';

/**
 * Props of the About card's View Source link: upstream's, with `git+`
 * source locations turned into a web page (see sourceLinkOf), or a disabled
 * link whose tooltip says why there is none.
 */
export function useGitSourceLinkProps() {
  const { entity } = useEntity();
  const integrations = useApi(scmIntegrationsApiRef);
  const { t } = useTranslationRef(catalogTranslationRef);
  const annotations = entity.metadata.annotations ?? {};
  const link = sourceLinkOf(
    {
      sourceLocation: annotations[ANNOTATION_SOURCE_LOCATION],
      viewUrl: annotations[ANNOTATION_VIEW_URL],
    },
    host => integrations.byHost(host)?.type,
  );
  const integrationType = link?.host
    ? integrations.byHost(link.host)?.type
    : undefined;
  return {
    label: t('aboutCard.viewSource'),
    disabled: !link?.href,
    title: link?.reason,
    icon: <ScmIntegrationIcon type={integrationType} />,
    href: link?.href,
  };
}
