/** Where the action runs: event, repository, pull request and the commit that was analyzed. */
import { execFile } from 'node:child_process';
import { readFile, realpath } from 'node:fs/promises';
import { promisify } from 'node:util';

export interface PullRequestInfo {
  number: number;
  headSha: string;
  headRef: string;
  /** `owner/name` of the head repository; empty when the fork was deleted. */
  headRepo: string;
  baseRepo: string;
  baseRef: string;
  /** The head branch lives in another repository: the token can never push there. */
  isFork: boolean;
  closed: boolean;
}

export interface ActionContext {
  eventName: string;
  owner: string;
  repo: string;
  /** GITHUB_SHA: for pull_request, the test merge commit; for pull_request_target, the base branch. */
  sha: string;
  /** The commit whose files were scanned: the checked-out HEAD when known, else GITHUB_SHA. */
  analyzedSha: string;
  /** The commit statuses and check runs belong to: the PR head on pull requests, else GITHUB_SHA. */
  reportSha: string;
  serverUrl: string;
  apiUrl: string;
  graphqlUrl: string;
  workspace: string;
  runnerTemp: string;
  /** The workflow run's page, when the runner says which run this is. */
  runUrl?: string;
  defaultBranch?: string;
  pr?: PullRequestInfo;
  /** Files a push event touched (added or modified), when the payload lists them. */
  pushedFiles?: string[];
}

interface Payload {
  pull_request?: {
    number?: number;
    state?: string;
    head?: { sha?: string; ref?: string; repo?: { full_name?: string } | null };
    base?: { ref?: string; repo?: { full_name?: string } };
  };
  repository?: { default_branch?: string; full_name?: string };
  commits?: { added?: string[]; modified?: string[] }[];
}

export function buildContext(
  env: NodeJS.ProcessEnv,
  payload: unknown,
  checkedOutSha?: string,
): ActionContext {
  const event = (payload ?? {}) as Payload;
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? event.repository?.full_name ?? '/').split('/');
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const sha = env.GITHUB_SHA ?? '';
  const pr = eventName.startsWith('pull_request') ? readPullRequest(event, `${owner}/${repo}`) : undefined;
  const apiUrl = (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, '');
  const serverUrl = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '');
  return {
    eventName,
    owner,
    repo,
    sha,
    analyzedSha: checkedOutSha ?? sha,
    reportSha: pr?.headSha ?? sha,
    serverUrl,
    apiUrl,
    graphqlUrl: env.GITHUB_GRAPHQL_URL ?? `${apiUrl}/graphql`,
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    runnerTemp: env.RUNNER_TEMP ?? '',
    runUrl: env.GITHUB_RUN_ID ? `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` : undefined,
    defaultBranch: event.repository?.default_branch,
    pr,
    pushedFiles: eventName === 'push' ? pushedFiles(event) : undefined,
  };
}

function readPullRequest(event: Payload, repository: string): PullRequestInfo | undefined {
  const pr = event.pull_request;
  if (!pr?.number || !pr.head?.sha) return undefined;
  const headRepo = pr.head.repo?.full_name ?? '';
  const baseRepo = pr.base?.repo?.full_name ?? repository;
  return {
    number: pr.number,
    headSha: pr.head.sha,
    headRef: pr.head.ref ?? '',
    headRepo,
    baseRepo,
    baseRef: pr.base?.ref ?? '',
    isFork: headRepo.toLowerCase() !== baseRepo.toLowerCase(),
    closed: pr.state === 'closed',
  };
}

function pushedFiles(event: Payload): string[] | undefined {
  if (!Array.isArray(event.commits) || event.commits.length === 0) return undefined;
  const files = new Set<string>();
  for (const commit of event.commits)
    for (const f of [...(commit.added ?? []), ...(commit.modified ?? [])]) files.add(f);
  return [...files].sort();
}

/**
 * The commit checked out in the workspace, when the workspace is itself a git checkout. GITHUB_SHA
 * cannot tell: a workflow may check out the PR head (or anything else) whatever the event says.
 */
export async function checkedOutCommit(workspace: string): Promise<string | undefined> {
  try {
    const { stdout } = await promisify(execFile)('git', ['rev-parse', '--show-toplevel', 'HEAD'], {
      cwd: workspace,
      timeout: 10_000,
    });
    const [top, head] = stdout.trim().split('\n');
    // A workspace nested in another repository is not a checkout of its own.
    if (!top || !head || (await realpath(top)) !== (await realpath(workspace))) return undefined;
    return /^[0-9a-f]{40,64}$/.test(head) ? head : undefined;
  } catch {
    return undefined;
  }
}

export async function loadContext(env: NodeJS.ProcessEnv): Promise<ActionContext> {
  let payload: unknown = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(await readFile(env.GITHUB_EVENT_PATH, 'utf8'));
    } catch (error) {
      throw new Error(`cannot read the event payload ${env.GITHUB_EVENT_PATH}: ${(error as Error).message}`, {
        cause: error,
      });
    }
  }
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  return buildContext(env, payload, await checkedOutCommit(workspace));
}

/** Why pull_request_target with the PR head checked out is dangerous, or undefined when it is not the case. */
export function pullRequestTargetRisk(context: ActionContext): string | undefined {
  if (context.eventName !== 'pull_request_target' || !context.pr) return undefined;
  if (context.analyzedSha !== context.pr.headSha) return undefined;
  return (
    'socklint: this pull_request_target workflow checked out the pull request head. The job has a ' +
    'write token and secrets while the files come from the pull request: never run build scripts ' +
    'or tools from that checkout. Prefer the pull_request + workflow_run recipe for fork pull requests.'
  );
}
