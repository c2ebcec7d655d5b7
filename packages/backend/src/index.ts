/*
 * The portal backend: a list of features. Which sign-in providers are
 * installed depends on the environment (see preflight.ts): guest for the
 * embedded default, GitHub and/or OIDC in production.
 */
import { createBackend } from '@backstage/backend-defaults';
import { gitUrlReaderServiceFactory } from '@internal/plugin-catalog-backend-module-git';
import { searchModuleCatalogOwnerNames } from '@internal/plugin-search-backend-module-portal';
import { PreflightError, resolveStartupProfile } from './preflight';

let profile;
try {
  profile = resolveStartupProfile(process.argv, process.env);
} catch (error) {
  if (error instanceof PreflightError) {
    // No logger exists yet; this is the one message the operator needs.
    process.stderr.write(`${error.message}\n`);
    process.exit(78); // EX_CONFIG
  }
  throw error;
}
// The sign-in page offers exactly the providers installed here; config
// overrides from APP_CONFIG_* are read when the config loads below.
process.env.APP_CONFIG_portal_signIn_providers = JSON.stringify(
  profile.signInProviders,
);

const backend = createBackend();

backend.add(import('@backstage/plugin-app-backend'));
backend.add(import('@backstage/plugin-proxy-backend'));
backend.add(import('@backstage/plugin-events-backend'));

// auth
backend.add(import('@backstage/plugin-auth-backend'));
if (profile.signInProviders.includes('guest')) {
  backend.add(import('@backstage/plugin-auth-backend-module-guest-provider'));
}
if (profile.signInProviders.includes('github')) {
  backend.add(import('@backstage/plugin-auth-backend-module-github-provider'));
}
if (profile.signInProviders.includes('oidc')) {
  backend.add(import('@backstage/plugin-auth-backend-module-oidc-provider'));
}

// catalog
backend.add(import('@backstage/plugin-catalog-backend'));
// Catalog files from any Git remote, refreshed on push; its URL reader serves
// git+ URLs to the catalog, TechDocs and the scaffolder.
backend.add(import('@internal/plugin-catalog-backend-module-git'));
backend.add(gitUrlReaderServiceFactory);
backend.add(
  import('@backstage/plugin-catalog-backend-module-scaffolder-entity-model'),
);
backend.add(import('@backstage/plugin-catalog-backend-module-logs'));

// scaffolder
backend.add(import('@backstage/plugin-scaffolder-backend'));
backend.add(import('@internal/plugin-scaffolder-backend-module-git'));
backend.add(import('@backstage/plugin-scaffolder-backend-module-github'));
backend.add(import('@backstage/plugin-scaffolder-backend-module-gitlab'));
backend.add(
  import('@backstage/plugin-scaffolder-backend-module-notifications'),
);

// techdocs, with docs built ahead of the first visit so search finds them
backend.add(import('@backstage/plugin-techdocs-backend'));
backend.add(import('@internal/plugin-techdocs-backend-module-prebuild'));

// permission
backend.add(import('@backstage/plugin-permission-backend'));
backend.add(
  import('@backstage/plugin-permission-backend-module-allow-all-policy'),
);

// search: the PostgreSQL engine when the database is PostgreSQL, otherwise
// Lunr with bounded fuzzy matching (portal module, which also reindexes docs
// as soon as the prebuild module has built them)
backend.add(import('@backstage/plugin-search-backend'));
backend.add(import('@backstage/plugin-search-backend-module-pg'));
backend.add(import('@internal/plugin-search-backend-module-portal'));
backend.add(import('@backstage/plugin-search-backend-module-catalog'));
// Catalog documents name owners as TechDocs documents do, for one owner filter.
backend.add(searchModuleCatalogOwnerNames);
backend.add(import('@backstage/plugin-search-backend-module-techdocs'));

// kubernetes
backend.add(import('@backstage/plugin-kubernetes-backend'));
backend.add(
  import('@internal/plugin-kubernetes-backend-module-client-preload'),
);

// user settings, notifications, signals, MCP actions
backend.add(import('@backstage/plugin-user-settings-backend'));
backend.add(import('@backstage/plugin-notifications-backend'));
backend.add(import('@backstage/plugin-signals-backend'));
backend.add(import('@backstage/plugin-mcp-actions-backend'));

// Manage: CI status of each component, and the per-team overview
backend.add(import('@internal/plugin-ci-status-backend'));
backend.add(import('@internal/plugin-manage-backend'));

// Git server for the embedded default (off unless gitServer.rootDirectory is set)
backend.add(import('@internal/plugin-git-server-backend'));
// Demo Kubernetes and GitHub/GitLab APIs: never installed in production.
if (!profile.production) {
  backend.add(import('@internal/plugin-demo-doubles-backend'));
}

backend.start();
