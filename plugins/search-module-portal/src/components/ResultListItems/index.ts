export {
  CatalogResultListItem,
  TechDocsResultListItem,
} from './PortalResultListItem';
