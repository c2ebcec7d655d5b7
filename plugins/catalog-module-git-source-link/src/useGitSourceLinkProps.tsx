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
 * source locations turned into the hosting's web page. When the folder has no
 * known page, the entity's web view URL stands in (the catalog's Git module
 * sets it, e.g. to the file's page on the portal's built-in Git server);
 * without either, a disabled link whose tooltip says why.
 */
export function useGitSourceLinkProps() {
  const { entity } = useEntity();
  const integrations = useApi(scmIntegrationsApiRef);
  const { t } = useTranslationRef(catalogTranslationRef);
  const annotations = entity.metadata.annotations ?? {};
  const sourceLink = sourceLinkOf(
    annotations[ANNOTATION_SOURCE_LOCATION],
    host => integrations.byHost(host)?.type,
  );
  const viewUrl = annotations[ANNOTATION_VIEW_URL];
  const link =
    sourceLink && !sourceLink.href && viewUrl && /^https?:\/\//.test(viewUrl)
      ? { href: viewUrl }
      : sourceLink;
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
