/** The portal's three jobs, and the order a company's adoption strategy gives them. */
export type JobId = 'create' | 'manage' | 'explore';

export type AdoptionStrategy =
  | 'explore-first'
  | 'manage-first'
  | 'create-first';

export interface PortalJob {
  id: JobId;
  title: string;
  description: string;
  link: { to: string; label: string };
}

export const JOBS: Record<JobId, PortalJob> = {
  create: {
    id: 'create',
    title: 'Create',
    description:
      'Start a new service, website or docs site from a template: repository, CI, docs and deployment manifests, registered in the catalog.',
    link: { to: '/create', label: 'Choose a template' },
  },
  manage: {
    id: 'manage',
    title: 'Manage',
    description:
      "Your team's services in one table: CI status, Kubernetes health, docs and owners.",
    link: { to: '/manage', label: "Open your team's services" },
  },
  explore: {
    id: 'explore',
    title: 'Explore',
    description:
      'Find any service, API, library, document or owner before building it again.',
    link: { to: '/explore', label: 'Browse domains, teams and tools' },
  },
};

/**
 * Around 200 engineers mostly need to find what exists; around 1,000 need
 * their services' health in one place; larger organisations gain most from
 * paved roads for new services.
 */
export const STRATEGY_ORDER: Record<AdoptionStrategy, JobId[]> = {
  'explore-first': ['explore', 'manage', 'create'],
  'manage-first': ['manage', 'explore', 'create'],
  'create-first': ['create', 'manage', 'explore'],
};

export const DEFAULT_STRATEGY: AdoptionStrategy = 'explore-first';

export function isAdoptionStrategy(value: unknown): value is AdoptionStrategy {
  return typeof value === 'string' && value in STRATEGY_ORDER;
}

/** The jobs in the configured order; an unknown strategy falls back to the default. */
export function orderedJobs(strategy: string | undefined): PortalJob[] {
  const key = isAdoptionStrategy(strategy) ? strategy : DEFAULT_STRATEGY;
  return STRATEGY_ORDER[key].map(id => JOBS[id]);
}
