/**
 * One verified commit with every safe fix, through GraphQL `createCommitOnBranch`. Its
 * `expectedHeadOid` is the analyzed head: when the branch has moved since, GitHub refuses the
 * commit instead of overwriting someone's work, and the suggestions stay the way to apply fixes.
 */
import type { PatchedFile } from '../engine/index.js';
import type { ActionContext } from './context.js';
import { contentsPath, sendOnce, type Api, type ApiError } from './github.js';

/** Why no commit may be made here, or undefined when one may. */
export function commitRefusal(context: ActionContext): string | undefined {
  const pr = context.pr;
  if (!pr)
    return `commits are only made on pull requests (this is a ${context.eventName || 'unknown'} event)`;
  if (pr.closed) return 'the pull request is closed';
  if (pr.isFork)
    return `the head branch is in ${pr.headRepo || 'a deleted fork'}: socklint never pushes to forks`;
  if (!pr.headRef) return 'the pull request has no head branch';
  if (context.defaultBranch !== undefined && pr.headRef === context.defaultBranch) {
    return `the head branch is the default branch ${pr.headRef}: socklint never commits there`;
  }
  return undefined;
}

export const COMMIT_MUTATION = `mutation socklintCommit($input: CreateCommitOnBranchInput!) {
  createCommitOnBranch(input: $input) { commit { oid url } }
}`;

/** The branch's head commit, to tell whether a commit whose answer was lost was made. */
export const HEAD_QUERY = `query socklintBranchHead($owner: String!, $name: String!, $ref: String!) {
  repository(owner: $owner, name: $name) {
    ref(qualifiedName: $ref) {
      target {
        ... on Commit { oid url messageHeadline parents(first: 1) { nodes { oid } } }
      }
    }
  }
}`;

interface HeadCommit {
  oid: string;
  url: string;
  messageHeadline: string;
  parents: { nodes: { oid: string }[] };
}

export type CommitOutcome =
  | { kind: 'committed'; oid: string; url: string }
  /** The branch no longer points at the analyzed head. */
  | { kind: 'moved'; detail: string };

export function commitInput(
  context: ActionContext,
  files: readonly PatchedFile[],
  message: string,
  findings: readonly string[],
): Record<string, unknown> {
  const pr = context.pr!;
  const [headline, ...rest] = message.split('\n');
  const body = [rest.join('\n').trim(), findings.map((f) => `- ${f}`).join('\n')]
    .filter(Boolean)
    .join('\n\n');
  return {
    branch: { repositoryNameWithOwner: pr.headRepo, branchName: pr.headRef },
    message: { headline: headline.trim() || 'socklint: apply safe fixes', ...(body ? { body } : {}) },
    expectedHeadOid: pr.headSha,
    fileChanges: {
      additions: files.map((f) => ({
        path: f.path,
        contents: Buffer.from(f.after, 'utf8').toString('base64'),
      })),
    },
  };
}

export function isMovedBranch(error: unknown): boolean {
  const e = error as ApiError;
  const texts = [e.message, ...(e.errors ?? []).map((x) => `${x.type ?? ''} ${x.message ?? ''}`)].join('\n');
  return /STALE_DATA|expected branch to point to/i.test(texts);
}

export async function commitFixes(
  api: Api,
  context: ActionContext,
  files: readonly PatchedFile[],
  message: string,
  findings: readonly string[],
): Promise<CommitOutcome> {
  const input = commitInput(context, files, message, findings);
  const pr = context.pr!;
  const [owner, name] = pr.headRepo.split('/');
  try {
    const commit = await sendOnce(
      'createCommitOnBranch',
      async () =>
        (
          await api.graphql<{ createCommitOnBranch: { commit: { oid: string; url: string } } }>(
            COMMIT_MUTATION,
            { input },
            { retries: 0 },
          )
        ).createCommitOnBranch.commit,
      // Ours if the branch now ends in a commit on the analyzed head with our headline.
      async () => {
        const data = await api.graphql<{ repository: { ref: { target: Partial<HeadCommit> } | null } }>(
          HEAD_QUERY,
          { owner, name, ref: `refs/heads/${pr.headRef}` },
        );
        const head = data.repository.ref?.target;
        const ours =
          head?.parents?.nodes[0]?.oid === pr.headSha &&
          head.messageHeadline === (input.message as { headline: string }).headline;
        return ours ? { oid: head.oid!, url: head.url! } : undefined;
      },
    );
    return { kind: 'committed', ...commit };
  } catch (error) {
    if (isMovedBranch(error)) return { kind: 'moved', detail: (error as Error).message.split('\n')[0] };
    throw error;
  }
}

/**
 * Files whose analyzed content is not the PR head's: the workspace holds the test merge commit and
 * the base branch changed them too. Committing those contents would smuggle base changes into the branch.
 */
export async function filesDifferingFromHead(
  api: Api,
  context: ActionContext,
  files: readonly PatchedFile[],
): Promise<string[]> {
  const pr = context.pr!;
  if (context.analyzedSha === pr.headSha) return [];
  const [owner, repo] = pr.headRepo.split('/');
  const differing: string[] = [];
  for (const f of files) {
    const response = await api.request<string>('GET /repos/{owner}/{repo}/contents/{+path}', {
      owner,
      repo,
      path: contentsPath(f.path),
      ref: pr.headSha,
      mediaType: { format: 'raw' },
    });
    if (String(response.data).replace(/^\uFEFF/, '') !== f.before.replace(/^\uFEFF/, ''))
      differing.push(f.path);
  }
  return differing;
}
