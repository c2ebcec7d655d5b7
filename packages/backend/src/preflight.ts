/*
 * Start-up checks that run before the backend loads its configuration, so a
 * missing or malformed environment variable stops the process with a message
 * that names the variable, instead of a config error about a nested key or a
 * connection failure minutes later.
 */
import path from 'node:path';

/** Sign-in providers the backend can install, each enabled by its variables. */
export const SIGN_IN_PROVIDERS = {
  github: ['AUTH_GITHUB_CLIENT_ID', 'AUTH_GITHUB_CLIENT_SECRET'],
  oidc: [
    'AUTH_OIDC_METADATA_URL',
    'AUTH_OIDC_CLIENT_ID',
    'AUTH_OIDC_CLIENT_SECRET',
  ],
} as const;

export type SignInProviderId = keyof typeof SIGN_IN_PROVIDERS | 'guest';

export interface StartupProfile {
  /** True when app-config.production.yaml is loaded or NODE_ENV=production. */
  production: boolean;
  /** The auth provider modules to install, in the order the sign-in page shows them. */
  signInProviders: SignInProviderId[];
}

export class PreflightError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `The backend cannot start with this environment:\n${problems
        .map(p => `  - ${p}`)
        .join('\n')}`,
    );
    this.name = 'PreflightError';
  }
}

const MIN_BACKEND_SECRET_LENGTH = 24;

function configPaths(argv: string[]): string[] {
  const paths: string[] = [];
  argv.forEach((arg, i) => {
    if (arg === '--config' && argv[i + 1]) {
      paths.push(argv[i + 1]);
    } else if (arg.startsWith('--config=')) {
      paths.push(arg.slice('--config='.length));
    }
  });
  return paths;
}

export function usesProductionConfig(
  argv: string[],
  env: NodeJS.ProcessEnv,
): boolean {
  return (
    env.NODE_ENV === 'production' ||
    configPaths(argv).some(p =>
      path.basename(p).startsWith('app-config.production'),
    )
  );
}

function isSet(env: NodeJS.ProcessEnv, name: string) {
  return env[name] !== undefined && env[name] !== '';
}

/**
 * Decides which sign-in providers to install and, in production, checks every
 * variable that app-config.production.yaml needs. Throws PreflightError with
 * one line per problem.
 */
export function resolveStartupProfile(
  argv: string[],
  env: NodeJS.ProcessEnv,
): StartupProfile {
  if (!usesProductionConfig(argv, env)) {
    return { production: false, signInProviders: ['guest'] };
  }

  const problems: string[] = [];
  for (const name of ['POSTGRES_HOST', 'POSTGRES_PORT', 'POSTGRES_USER']) {
    if (!isSet(env, name)) {
      problems.push(`${name} is not set (PostgreSQL connection)`);
    }
  }
  if (env.POSTGRES_PASSWORD === undefined) {
    problems.push(
      'POSTGRES_PASSWORD is not set (PostgreSQL connection; set it empty for trust authentication)',
    );
  }
  const port = env.POSTGRES_PORT;
  if (isSet(env, 'POSTGRES_PORT') && !/^\d+$/.test(port!)) {
    problems.push(`POSTGRES_PORT must be a port number, got '${port}'`);
  } else if (isSet(env, 'POSTGRES_PORT') && (+port! < 1 || +port! > 65535)) {
    problems.push(`POSTGRES_PORT must be between 1 and 65535, got ${port}`);
  }

  if (!isSet(env, 'BACKEND_SECRET')) {
    problems.push(
      'BACKEND_SECRET is not set (shared secret for service-to-service tokens; e.g. `openssl rand -base64 32`)',
    );
  } else if (!/^[A-Za-z0-9+/_=-]+$/.test(env.BACKEND_SECRET!)) {
    problems.push(
      'BACKEND_SECRET must be base64 (e.g. `openssl rand -base64 32`)',
    );
  } else if (env.BACKEND_SECRET!.length < MIN_BACKEND_SECRET_LENGTH) {
    problems.push(
      `BACKEND_SECRET must be at least ${MIN_BACKEND_SECRET_LENGTH} characters`,
    );
  }

  const signInProviders: SignInProviderId[] = [];
  for (const [id, names] of Object.entries(SIGN_IN_PROVIDERS)) {
    const missing = names.filter(n => !isSet(env, n));
    if (missing.length === 0) {
      signInProviders.push(id as SignInProviderId);
    } else if (missing.length < names.length) {
      problems.push(
        `${missing.join(', ')} ${
          missing.length === 1 ? 'is' : 'are'
        } not set (${id} sign-in is half configured)`,
      );
    }
  }
  if (
    isSet(env, 'AUTH_OIDC_METADATA_URL') &&
    !URL.canParse(env.AUTH_OIDC_METADATA_URL!)
  ) {
    problems.push(
      `AUTH_OIDC_METADATA_URL must be a URL, got '${env.AUTH_OIDC_METADATA_URL}'`,
    );
  }
  if (
    signInProviders.length === 0 &&
    !problems.some(p => p.includes('sign-in'))
  ) {
    problems.push(
      'No sign-in provider is configured: set AUTH_GITHUB_CLIENT_ID and AUTH_GITHUB_CLIENT_SECRET, ' +
        'or AUTH_OIDC_METADATA_URL, AUTH_OIDC_CLIENT_ID and AUTH_OIDC_CLIENT_SECRET',
    );
  }

  if (problems.length > 0) {
    throw new PreflightError(problems);
  }
  return { production: true, signInProviders };
}
