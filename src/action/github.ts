/**
 * The GitHub API as the action uses it: REST and GraphQL through @actions/github's Octokit, with
 * GitHub's own rate-limit handling (@octokit/plugin-throttling: waits out primary and secondary
 * limits, and spaces mutating calls one second apart as GitHub's best practices ask) and
 * @octokit/plugin-retry for 5xx answers. Requests that must not take effect twice go through
 * `sendOnce`. Modules take the small `Api` interface, not Octokit.
 */
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { info, octokitLog } from './output.js';

export interface ApiResponse<T> {
  status: number;
  data: T;
  headers: Record<string, string | number | undefined>;
}

export interface Api {
  /** `params.request.retries: 0` turns the automatic 5xx retry off for one call (see `sendOnce`). */
  request<T = unknown>(route: string, params?: Record<string, unknown>): Promise<ApiResponse<T>>;
  /** All pages of a list endpoint (`per_page` 100). */
  paginate<T>(route: string, params?: Record<string, unknown>): Promise<T[]>;
  graphql<T>(query: string, variables: Record<string, unknown>, options?: { retries?: number }): Promise<T>;
}

/** What an Octokit RequestError (or a GraphQL error) carries that matters here. */
export interface ApiError {
  status?: number;
  message: string;
  response?: { headers?: Record<string, string | number | undefined>; data?: unknown };
  errors?: { type?: string; message?: string }[];
}

/** Attempts per call, the first included. */
export const MAX_ATTEMPTS = 3;
/** Longer waits are not worth holding a runner for: the call is given up with a warning. */
export const MAX_WAIT_S = 60;
const REQUEST_TIMEOUT_MS = 30_000;

/** One line for a failed call: status, GitHub's message, and the permission it wanted if it said so. */
export function describeApiError(error: unknown): string {
  const e = error as ApiError;
  const headers = e.response?.headers ?? {};
  const data = e.response?.data as { message?: string } | undefined;
  const text = (data?.message ?? e.message ?? String(error)).split('\n')[0];
  const wanted = headers['x-accepted-github-permissions'];
  return `${e.status ? `${e.status} ` : ''}${text}${wanted ? ` (needs ${wanted})` : ''}`;
}

/** A 403 that says the token may not write: a fork's read-only token, or missing `permissions:`. */
export function isForbidden(error: unknown): boolean {
  return (error as ApiError).status === 403 && !isRateLimit(error as ApiError);
}

function isRateLimit(error: ApiError): boolean {
  const headers = error.response?.headers ?? {};
  return (
    headers['retry-after'] !== undefined ||
    String(headers['x-ratelimit-remaining']) === '0' ||
    /rate limit/i.test(error.message)
  );
}

/** A failure after which the request may or may not have taken effect: a 5xx, a timeout, a reset. */
export function isUncertain(error: unknown): boolean {
  const e = error as ApiError;
  if (e.errors) return false; // a GraphQL answer: GitHub said what happened
  return e.status === undefined || e.status >= 500;
}

/** What the token is, from its documented prefix (never from its secret part). */
export function tokenKind(token: string): string {
  if (token.startsWith('ghp_')) return 'a classic personal access token';
  if (token.startsWith('github_pat_')) return 'a fine-grained personal access token';
  if (token.startsWith('gho_')) return 'an OAuth app token';
  if (token.startsWith('ghu_')) return 'a GitHub App user access token';
  if (token.startsWith('ghs_')) return 'a GitHub App installation token';
  return 'a token of unknown kind';
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits before attempt n + 1, as plugin-retry does: 1 s, then 4 s. */
export const retryWaitMs = (attempt: number): number => attempt * attempt * 1000;

/**
 * Sends a request that must not take effect twice (creating a check run, posting a review,
 * appending annotations, committing). After a 5xx or a timeout GitHub may have applied it anyway,
 * so before each re-send `applied()` looks for its effect on GitHub; what it finds is the result.
 * `send` must turn the automatic retry off for its call.
 */
export async function sendOnce<T>(
  what: string,
  send: () => Promise<T>,
  applied: () => Promise<T | undefined>,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await send();
    } catch (error) {
      if (!isUncertain(error) || attempt >= MAX_ATTEMPTS) throw error;
      const wait = retryWaitMs(attempt);
      info(
        `GitHub API ${what}: ${describeApiError(error)}; checking in ${wait / 1000} s whether it took effect before retrying (attempt ${attempt + 1} of ${MAX_ATTEMPTS})`,
      );
      await sleep(wait);
      const found = await applied();
      if (found !== undefined) {
        info(`GitHub API ${what}: it had taken effect; not sent again.`);
        return found;
      }
    }
  }
}

/** The contents API's `{path}`, which GitHub documents as multi-segment: each segment encoded, `/` kept. */
export function contentsPath(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

const waitOrGiveUp =
  (kind: string) =>
  (retryAfter: number, options: { method?: string; url?: string }, _octokit: unknown, retryCount: number) => {
    const again = retryCount < MAX_ATTEMPTS - 1 && retryAfter <= MAX_WAIT_S;
    info(
      `GitHub API ${options.method} ${options.url}: ${kind} rate limit; ` +
        (again ? `retrying in ${retryAfter} s` : `giving up (the wait would be ${retryAfter} s)`),
    );
    return again;
  };

type Hooked = {
  hook: {
    wrap: (
      name: 'request',
      fn: (request: (o: object) => Promise<unknown>, options: { request?: object }) => Promise<unknown>,
    ) => void;
  };
};

/**
 * A plugin given before the retry and throttling plugins, so its hook wraps each attempt, not the
 * whole call: every attempt gets its own timeout.
 */
function attemptTimeout(octokit: Hooked): void {
  octokit.hook.wrap('request', (request, options) =>
    request({ ...options, request: { ...options.request, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) } }),
  );
}

export function createApi(
  token: string,
  options: { apiUrl: string; graphqlUrl: string; userAgent: string },
): Api {
  const octokit = getOctokit(
    token,
    {
      baseUrl: options.apiUrl,
      userAgent: options.userAgent,
      log: octokitLog,
      retry: { retries: MAX_ATTEMPTS - 1 },
      throttle: {
        onRateLimit: waitOrGiveUp('primary'),
        onSecondaryRateLimit: waitOrGiveUp('secondary'),
      },
    } as Parameters<typeof getOctokit>[1],
    attemptTimeout as never,
    retry,
    throttling,
  );
  return {
    request: async <T>(route: string, params?: Record<string, unknown>) => {
      const response = await octokit.request(route, params);
      return { status: response.status, data: response.data as T, headers: response.headers };
    },
    paginate: <T>(route: string, params?: Record<string, unknown>) =>
      octokit.paginate(route, { per_page: 100, ...params }) as Promise<T[]>,
    // GITHUB_GRAPHQL_URL is authoritative (GHES and proxies do not always sit at <api>/graphql), and
    // @octokit/graphql cannot take a URL, so the query goes through request().
    graphql: async <T>(query: string, variables: Record<string, unknown>, opts?: { retries?: number }) => {
      const response = await octokit.request(`POST ${options.graphqlUrl}`, {
        query,
        variables,
        ...(opts?.retries !== undefined ? { request: { retries: opts.retries } } : {}),
      });
      const body = response.data as { data?: T; errors?: { type?: string; message?: string }[] };
      if (body.errors?.length) {
        throw Object.assign(new Error(body.errors.map((e) => e.message ?? e.type).join('; ')), {
          status: body.errors.some((e) => e.type === 'FORBIDDEN') ? 403 : undefined,
          errors: body.errors,
        });
      }
      return body.data as T;
    },
  };
}
