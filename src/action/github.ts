/**
 * The GitHub API as the action uses it: REST and GraphQL through @actions/github's Octokit, with a
 * bounded retry for 5xx and rate limits. Modules take the small `Api` interface, not Octokit.
 */
import * as core from '@actions/core';
import { getOctokit } from '@actions/github';

export interface ApiResponse<T> {
  status: number;
  data: T;
  headers: Record<string, string | number | undefined>;
}

export interface Api {
  request<T = unknown>(route: string, params?: Record<string, unknown>): Promise<ApiResponse<T>>;
  /** All pages of a list endpoint (`per_page` 100). */
  paginate<T>(route: string, params?: Record<string, unknown>): Promise<T[]>;
  graphql<T>(query: string, variables: Record<string, unknown>): Promise<T>;
}

/** What an Octokit RequestError (or a GraphQL error) carries that matters here. */
export interface ApiError {
  status?: number;
  message: string;
  response?: { headers?: Record<string, string | number | undefined>; data?: unknown };
  errors?: { type?: string; message?: string }[];
}

export const MAX_ATTEMPTS = 3;
/** Longer waits are not worth holding a runner for: the call is given up with a warning. */
export const MAX_WAIT_MS = 60_000;
const REQUEST_TIMEOUT_MS = 30_000;

/** How long to wait before attempt `attempt + 1`, or undefined to give up. */
export function retryDelay(error: ApiError, attempt: number, now = Date.now()): number | undefined {
  if (attempt >= MAX_ATTEMPTS) return undefined;
  const status = error.status ?? 0;
  const headers = error.response?.headers ?? {};
  const retryAfter = Number(headers['retry-after']);
  const bounded = (ms: number): number | undefined => (ms <= MAX_WAIT_MS ? Math.max(0, ms) : undefined);
  if (status === 403 || status === 429) {
    if (Number.isFinite(retryAfter) && headers['retry-after'] !== undefined)
      return bounded(retryAfter * 1000);
    if (String(headers['x-ratelimit-remaining']) === '0') {
      return bounded(Number(headers['x-ratelimit-reset']) * 1000 - now);
    }
    // A secondary rate limit without retry-after: GitHub asks for at least a minute.
    return /secondary rate limit/i.test(error.message) ? MAX_WAIT_MS : undefined;
  }
  if ([500, 502, 503, 504].includes(status)) {
    if (Number.isFinite(retryAfter) && headers['retry-after'] !== undefined)
      return bounded(retryAfter * 1000);
    return 1000 * 2 ** (attempt - 1);
  }
  return undefined;
}

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

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export function createApi(
  token: string,
  options: { apiUrl: string; graphqlUrl: string; userAgent: string },
): Api {
  const octokit = getOctokit(token, { baseUrl: options.apiUrl, userAgent: options.userAgent });
  octokit.hook.wrap('request', async (request, params) => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await request({
          ...params,
          request: { ...params.request, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) },
        });
      } catch (error) {
        const wait = retryDelay(error as ApiError, attempt);
        if (wait === undefined) throw error;
        core.info(
          `GitHub API ${params.method} ${params.url}: ${describeApiError(error)}; retrying in ${Math.ceil(wait / 1000)} s (attempt ${attempt + 1} of ${MAX_ATTEMPTS})`,
        );
        await sleep(wait);
      }
    }
  });
  return {
    request: async <T>(route: string, params?: Record<string, unknown>) => {
      const response = await octokit.request(route, params);
      return { status: response.status, data: response.data as T, headers: response.headers };
    },
    paginate: <T>(route: string, params?: Record<string, unknown>) =>
      octokit.paginate(route, { per_page: 100, ...params }) as Promise<T[]>,
    // GITHUB_GRAPHQL_URL is authoritative (GHES and proxies do not always sit at <api>/graphql), and
    // @octokit/graphql cannot take a URL, so the query goes through request().
    graphql: async <T>(query: string, variables: Record<string, unknown>) => {
      const response = await octokit.request(`POST ${options.graphqlUrl}`, { query, variables });
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
