export { OwnerCard } from './OwnerCard';
