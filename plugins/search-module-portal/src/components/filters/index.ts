export {
  KindFilter,
  TypeFilter,
  OwnerFilter,
  LifecycleFilter,
} from './CatalogFilters';
