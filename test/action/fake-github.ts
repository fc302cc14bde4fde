/**
 * A local fake of the GitHub REST and GraphQL APIs for the action's tests, held to GitHub's
 * published descriptions: every REST request is matched and validated against the OpenAPI
 * document and every answer the fake gives is validated against it too; every GraphQL document is
 * validated against, and executed on, the published schema. Anything GitHub would refuse (or an
 * answer GitHub would never give) is recorded in `violations`, which the tests require to be empty.
 *
 * It listens on 127.0.0.1 (random port), records every request with its raw path (as GitHub
 * receives it, never decoded) and the token's role instead of its value, and answers the way GitHub
 * does, including its refusals: 401 without a token, 403 for a fork's read-only token, 422 for
 * review comments off the diff, STALE_DATA when a branch moved, injected faults (before or after
 * the request took effect), and rate-limit headers on every answer.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { OpenApiContract, type Operation } from './github-openapi.js';
import { GitHubGraphqlError, runGraphql } from './github-graphql.js';

export interface RecordedRequest {
  method: string;
  /** The path as sent, percent-encoding kept. */
  path: string;
  query: Record<string, string>;
  /** Lower-case names; `authorization` keeps the scheme and the token's role, never its value. */
  headers: Record<string, string>;
  body: unknown;
  /** When the request arrived (ms since the epoch). */
  at: number;
}

export interface FakePullFile {
  filename: string;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  patch?: string;
}

export interface FakePull {
  number: number;
  head: { sha: string; ref: string; repo: string };
  base: { sha: string; ref: string; repo: string };
  files: FakePullFile[];
}

export interface FakeComment {
  id: number;
  pull: number;
  review: number | null;
  path: string;
  line: number | null;
  startLine: number | null;
  body: string;
  commitId: string;
  inReplyTo?: number;
  user: { login: string; type: 'Bot' | 'User' };
}

export interface FakeCheckRun {
  id: number;
  name: string;
  head_sha: string;
  external_id: string | null;
  details_url: string | null;
  status: string;
  conclusion: string | null;
  started_at: string;
  completed_at: string | null;
  output: { title: string | null; summary: string | null; text: string | null };
  /** Every annotation received, in order (GitHub serves them from another endpoint). */
  annotations: Record<string, unknown>[];
}

export interface FakeCommit {
  oid: string;
  branch: string;
  parent: string;
  headline: string;
  body?: string;
  files: { path: string; contents: string }[];
}

export interface Fault {
  method: string;
  /** Tested against the raw path. */
  path: RegExp;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** How many matching requests fail before the endpoint answers normally. */
  times: number;
  /** The request takes effect, then its answer is lost (a 5xx from a proxy after the write). */
  afterEffect?: boolean;
}

/** `read`: a fork's read-only GITHUB_TOKEN; `pat`: a personal access token, which the Checks API refuses. */
export type TokenRole = 'write' | 'read' | 'pat';

type Answer = [status: number, data: unknown, headers?: Record<string, string>];

const DOCS = 'https://docs.github.com/rest';
const TIME = '2026-11-26T17:00:00Z';
const notFound = (): Answer => [404, { message: 'Not Found', documentation_url: DOCS, status: '404' }];

function hunkRight(patch: string): Set<number>[] {
  const hunks: Set<number>[] = [];
  let line = 0;
  for (const raw of patch.split('\n')) {
    const m = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(raw);
    if (m) {
      hunks.push(new Set());
      line = Number(m[1]);
    } else if (hunks.length > 0 && (raw.startsWith('+') || raw.startsWith(' '))) {
      hunks[hunks.length - 1].add(line++);
    }
  }
  return hunks;
}

export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  /** What GitHub's descriptions say is wrong with the requests received or the answers given. */
  readonly violations: string[] = [];
  readonly tokens = new Map<string, TokenRole>();
  readonly pulls = new Map<number, FakePull>();
  readonly branches = new Map<string, string>();
  /** File contents by `<sha>:<path>`, for GET contents. */
  readonly contents = new Map<string, string>();
  readonly comments: FakeComment[] = [];
  readonly reviews: { id: number; pull: number; body: string; commitId: string; event: string }[] = [];
  readonly checkRuns: FakeCheckRun[] = [];
  readonly commits: FakeCommit[] = [];
  private readonly faults: Fault[] = [];
  private readonly contract = OpenApiContract.load();
  private nextId = 1000;
  private remaining = 5000;
  private server?: Server;
  url = '';

  constructor(
    readonly owner: string,
    readonly repo: string,
  ) {}

  async start(): Promise<void> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  fail(fault: Fault): void {
    this.faults.push({ ...fault });
  }

  /** The recorded requests as `METHOD /path` lines, for compact assertions. */
  routes(): string[] {
    return this.requests.map((r) => `${r.method} ${r.path}`);
  }

  /** A comment by someone else, replying to one of ours. */
  reply(to: number, body: string): FakeComment {
    const parent = this.comments.find((c) => c.id === to)!;
    const reply: FakeComment = {
      ...parent,
      id: this.nextId++,
      review: null,
      body,
      inReplyTo: parent.id,
      user: { login: 'reviewer', type: 'User' },
    };
    this.comments.push(reply);
    return reply;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // When the request arrived, before its body is read: spacing checks must not count our own delays.
    const at = Date.now();
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', this.url);
    const auth = req.headers.authorization ?? '';
    const role = this.tokens.get(auth.replace(/^(token|bearer)\s+/i, ''));
    const method = req.method ?? 'GET';
    let body: unknown;
    if (raw) {
      try {
        body = JSON.parse(raw);
      } catch {
        this.violations.push(`${method} ${url.pathname}: the body is not JSON`);
        body = raw;
      }
    }
    this.requests.push({
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: Object.fromEntries(
        Object.entries(req.headers).map(([k, v]) => [
          k,
          k === 'authorization' ? `${auth.split(' ')[0]} [${role ?? 'unknown'} token]` : String(v),
        ]),
      ),
      body,
      at,
    });
    this.remaining -= 1;
    const send = (status: number, data: unknown, extra: Record<string, string> = {}): void => {
      const text = typeof data === 'string' ? data : JSON.stringify(data);
      res.writeHead(status, {
        'content-type':
          typeof data === 'string'
            ? 'application/vnd.github.raw; charset=utf-8'
            : 'application/json; charset=utf-8',
        'x-github-request-id': `FAKE:${this.requests.length}`,
        'x-ratelimit-limit': '5000',
        'x-ratelimit-remaining': String(this.remaining),
        'x-ratelimit-used': String(5000 - this.remaining),
        'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
        'x-ratelimit-resource': url.pathname === '/graphql' ? 'graphql' : 'core',
        ...extra,
      });
      res.end(status === 204 ? undefined : text);
    };

    const fault = this.faults.find((f) => f.times > 0 && f.method === method && f.path.test(url.pathname));
    if (fault) fault.times -= 1;
    if (fault && !fault.afterEffect) {
      send(fault.status, fault.body ?? { message: 'Server Error' }, fault.headers);
      return;
    }
    let answer: Answer;
    let operation: Operation | undefined;
    if (!role) {
      answer = [401, { message: 'Bad credentials', documentation_url: DOCS, status: '401' }];
    } else if (url.pathname === '/graphql' && method === 'POST') {
      answer = await this.graphql(body as { query?: string; variables?: Record<string, unknown> }, role);
    } else {
      const checked = this.contract.checkRequest(method, url.pathname, url.searchParams, body);
      operation = checked.operation;
      if (checked.errors.length > 0) {
        this.violations.push(...checked.errors.map((e) => `${method} ${url.pathname}: ${e}`));
        answer = checked.operation
          ? [
              422,
              {
                message: `Invalid request.\n\n${checked.errors.join('\n')}`,
                documentation_url: DOCS,
                status: '422',
              },
            ]
          : notFound();
      } else {
        try {
          answer = this.route(
            checked.operation!.operationId,
            checked.params!,
            url.searchParams,
            body,
            role,
            req.headers.accept ?? '',
          );
        } catch (error) {
          this.violations.push(`${method} ${url.pathname}: the fake failed: ${(error as Error).message}`);
          answer = [500, { message: (error as Error).message }];
        }
      }
    }
    const status = answer[0];
    let [, data, extra] = answer;
    if (Array.isArray(data) && method === 'GET') {
      const perPage = Number(url.searchParams.get('per_page') ?? 30);
      const page = Number(url.searchParams.get('page') ?? 1);
      if (page * perPage < data.length) {
        const next = new URL(url);
        next.searchParams.set('page', String(page + 1));
        extra = { ...extra, link: `<${next.toString()}>; rel="next"` };
      }
      data = data.slice((page - 1) * perPage, page * perPage);
    }
    if (operation && typeof data !== 'string') {
      const wrong = this.contract.checkResponse(operation, status, data);
      this.violations.push(...wrong.map((e) => `the fake's answer to ${method} ${url.pathname}: ${e}`));
    }
    if (fault) send(fault.status, fault.body ?? { message: 'Server Error' }, fault.headers);
    else send(status, data, extra);
  }

  private forbidden(permission: string): Answer {
    return [
      403,
      { message: 'Resource not accessible by integration', documentation_url: DOCS, status: '403' },
      { 'x-accepted-github-permissions': permission },
    ];
  }

  private route(
    operationId: string,
    params: Record<string, string>,
    query: URLSearchParams,
    body: unknown,
    role: TokenRole,
    accept: string,
  ): Answer {
    if (params.owner !== this.owner || params.repo !== this.repo) return notFound();
    const pull = params.pull_number ? this.pulls.get(Number(params.pull_number)) : undefined;
    switch (operationId) {
      case 'pulls/list-files':
        return pull ? [200, pull.files.map((f) => this.diffEntry(pull, f))] : notFound();
      case 'pulls/list-review-comments':
        return pull
          ? [200, this.comments.filter((c) => c.pull === pull.number).map((c) => this.commentJson(c))]
          : notFound();
      case 'pulls/delete-review-comment': {
        if (role === 'read') return this.forbidden('pull_requests=write');
        const index = this.comments.findIndex((c) => c.id === Number(params.comment_id));
        if (index < 0) return notFound();
        this.comments.splice(index, 1);
        return [204, ''];
      }
      case 'pulls/create-review':
        if (!pull) return notFound();
        if (role === 'read') return this.forbidden('pull_requests=write');
        return this.createReview(pull, body as ReviewBody);
      case 'checks/create': {
        if (role === 'read') return this.forbidden('checks=write');
        if (role === 'pat')
          return [
            403,
            {
              message: 'Resource not accessible by personal access token',
              documentation_url: DOCS,
              status: '403',
            },
          ];
        const b = body as CheckBody;
        const run: FakeCheckRun = {
          id: this.nextId++,
          name: b.name,
          head_sha: b.head_sha,
          external_id: b.external_id ?? null,
          details_url: b.details_url ?? null,
          status: b.conclusion ? 'completed' : (b.status ?? 'queued'),
          conclusion: b.conclusion ?? null,
          started_at: b.started_at ?? TIME,
          completed_at: b.completed_at ?? null,
          output: {
            title: b.output?.title ?? null,
            summary: b.output?.summary ?? null,
            text: b.output?.text ?? null,
          },
          annotations: [...(b.output?.annotations ?? [])],
        };
        this.checkRuns.push(run);
        return [201, this.checkRunJson(run)];
      }
      case 'checks/update': {
        if (role === 'read') return this.forbidden('checks=write');
        const run = this.checkRuns.find((r) => r.id === Number(params.check_run_id));
        if (!run) return notFound();
        const b = body as Partial<CheckBody>;
        run.annotations.push(...(b.output?.annotations ?? []));
        if (b.output) {
          run.output = {
            title: b.output.title ?? run.output.title,
            summary: b.output.summary ?? run.output.summary,
            text: b.output.text ?? run.output.text,
          };
        }
        if (b.status) run.status = b.status;
        if (b.conclusion) [run.conclusion, run.status] = [b.conclusion, 'completed'];
        if (b.completed_at) run.completed_at = b.completed_at;
        return [200, this.checkRunJson(run)];
      }
      case 'checks/get': {
        const run = this.checkRuns.find((r) => r.id === Number(params.check_run_id));
        return run ? [200, this.checkRunJson(run)] : notFound();
      }
      case 'checks/list-for-ref': {
        const name = query.get('check_name');
        const runs = this.checkRuns.filter((r) => r.head_sha === params.ref && (!name || r.name === name));
        const perPage = Number(query.get('per_page') ?? 30);
        const page = Number(query.get('page') ?? 1);
        return [
          200,
          {
            total_count: runs.length,
            check_runs: runs.slice((page - 1) * perPage, page * perPage).map((r) => this.checkRunJson(r)),
          },
        ];
      }
      case 'repos/get-content': {
        const text = this.contents.get(`${query.get('ref')}:${params.path}`);
        if (text === undefined) return notFound();
        if (/\bvnd\.github(\.v3)?\.raw\b/.test(accept)) return [200, text];
        return [200, this.contentFile(params.path, text, query.get('ref') ?? 'main')];
      }
      default:
        this.violations.push(`the fake does not implement ${operationId}`);
        return notFound();
    }
  }

  private api(path: string): string {
    return `https://api.github.com/repos/${this.owner}/${this.repo}${path}`;
  }

  private html(path: string): string {
    return `https://github.com/${this.owner}/${this.repo}${path}`;
  }

  private user(login: string, type: 'Bot' | 'User'): Record<string, unknown> {
    const url = `https://api.github.com/users/${encodeURIComponent(login)}`;
    return {
      login,
      id: createHash('sha1').update(login).digest().readUInt32BE(0),
      node_id: `U_${Buffer.from(login).toString('base64')}`,
      avatar_url: `https://avatars.githubusercontent.com/u/1?v=4`,
      gravatar_id: '',
      url,
      html_url: `https://github.com/${encodeURIComponent(login)}`,
      followers_url: `${url}/followers`,
      following_url: `${url}/following{/other_user}`,
      gists_url: `${url}/gists{/gist_id}`,
      starred_url: `${url}/starred{/owner}{/repo}`,
      subscriptions_url: `${url}/subscriptions`,
      organizations_url: `${url}/orgs`,
      repos_url: `${url}/repos`,
      events_url: `${url}/events{/privacy}`,
      received_events_url: `${url}/received_events`,
      type,
      site_admin: false,
    };
  }

  private diffEntry(pull: FakePull, f: FakePullFile): Record<string, unknown> {
    const path = f.filename.split('/').map(encodeURIComponent).join('/');
    const lines = f.patch?.split('\n') ?? [];
    const additions = lines.filter((l) => l.startsWith('+')).length;
    const deletions = lines.filter((l) => l.startsWith('-')).length;
    return {
      sha: createHash('sha1').update(`${pull.head.sha}:${f.filename}`).digest('hex'),
      filename: f.filename,
      status: f.status,
      additions,
      deletions,
      changes: additions + deletions,
      blob_url: this.html(`/blob/${pull.head.sha}/${path}`),
      raw_url: this.html(`/raw/${pull.head.sha}/${path}`),
      contents_url: this.api(`/contents/${path}?ref=${pull.head.sha}`),
      ...(f.patch !== undefined ? { patch: f.patch } : {}),
    };
  }

  private commentJson(c: FakeComment): Record<string, unknown> {
    const url = this.api(`/pulls/comments/${c.id}`);
    const html = this.html(`/pull/${c.pull}#discussion_r${c.id}`);
    const pr = this.api(`/pulls/${c.pull}`);
    return {
      url,
      pull_request_review_id: c.review,
      id: c.id,
      node_id: `PRRC_${c.id}`,
      diff_hunk: '@@ -1,1 +1,1 @@',
      path: c.path,
      commit_id: c.commitId,
      original_commit_id: c.commitId,
      ...(c.inReplyTo !== undefined ? { in_reply_to_id: c.inReplyTo } : {}),
      user: this.user(c.user.login, c.user.type),
      body: c.body,
      created_at: TIME,
      updated_at: TIME,
      html_url: html,
      pull_request_url: pr,
      author_association: c.user.type === 'Bot' ? 'NONE' : 'MEMBER',
      _links: { self: { href: url }, html: { href: html }, pull_request: { href: pr } },
      line: c.line,
      original_line: c.line ?? 1,
      start_line: c.startLine,
      original_start_line: c.startLine,
      side: 'RIGHT',
      ...(c.startLine === null ? {} : { start_side: 'RIGHT' }),
      subject_type: 'line',
    };
  }

  private checkRunJson(run: FakeCheckRun): Record<string, unknown> {
    const url = this.api(`/check-runs/${run.id}`);
    return {
      id: run.id,
      head_sha: run.head_sha,
      node_id: `CR_${run.id}`,
      external_id: run.external_id,
      url,
      html_url: this.html(`/runs/${run.id}`),
      details_url: run.details_url,
      status: run.status,
      conclusion: run.conclusion,
      started_at: run.started_at,
      completed_at: run.completed_at,
      output: {
        ...run.output,
        annotations_count: run.annotations.length,
        annotations_url: `${url}/annotations`,
      },
      name: run.name,
      check_suite: { id: 77 },
      app: {
        id: 15368,
        slug: 'github-actions',
        node_id: 'MDM6QXBwMTUzNjg=',
        owner: this.user('github', 'User'),
        name: 'GitHub Actions',
        description: 'Automate your workflow from idea to production',
        external_url: 'https://help.github.com/en/actions',
        html_url: 'https://github.com/apps/github-actions',
        created_at: '2018-07-30T09:30:17Z',
        updated_at: '2024-04-10T20:33:16Z',
        permissions: { checks: 'write', contents: 'write', pull_requests: 'write' },
        events: ['check_run', 'pull_request', 'push'],
      },
      pull_requests: [],
    };
  }

  private contentFile(path: string, text: string, ref: string): Record<string, unknown> {
    const encoded = path.split('/').map(encodeURIComponent).join('/');
    const sha = createHash('sha1')
      .update(`blob ${Buffer.byteLength(text)}\0${text}`)
      .digest('hex');
    const self = this.api(`/contents/${encoded}?ref=${ref}`);
    const git = this.api(`/git/blobs/${sha}`);
    const html = this.html(`/blob/${ref}/${encoded}`);
    return {
      type: 'file',
      encoding: 'base64',
      size: Buffer.byteLength(text),
      name: path.split('/').pop(),
      path,
      content: Buffer.from(text).toString('base64'),
      sha,
      url: self,
      git_url: git,
      html_url: html,
      download_url: `https://raw.githubusercontent.com/${this.owner}/${this.repo}/${ref}/${encoded}`,
      _links: { git, self, html },
    };
  }

  private createReview(pr: FakePull, b: ReviewBody): Answer {
    for (const c of b.comments ?? []) {
      const file = pr.files.find((f) => f.filename === c.path);
      const hunk =
        file?.patch && c.line !== undefined ? hunkRight(file.patch).find((h) => h.has(c.line!)) : undefined;
      const startOk = c.start_line === undefined || (hunk?.has(c.start_line) ?? false);
      if (!hunk || !startOk || (c.side ?? 'RIGHT') !== 'RIGHT') {
        return [
          422,
          {
            message: 'Unprocessable Entity',
            errors: [
              'Pull request review thread line must be part of the diff and Pull request review thread start line must be part of the same hunk as the line.',
            ],
            documentation_url: `${DOCS}/pulls/reviews#create-a-review-for-a-pull-request`,
            status: '422',
          },
        ];
      }
    }
    const review = {
      id: this.nextId++,
      pull: pr.number,
      body: b.body ?? '',
      commitId: b.commit_id ?? pr.head.sha,
      event: b.event ?? 'PENDING',
    };
    this.reviews.push(review);
    for (const c of b.comments ?? []) {
      this.comments.push({
        id: this.nextId++,
        pull: pr.number,
        review: review.id,
        path: c.path,
        line: c.line ?? null,
        startLine: c.start_line ?? null,
        body: c.body,
        commitId: review.commitId,
        user: { login: 'github-actions[bot]', type: 'Bot' },
      });
    }
    const html = this.html(`/pull/${pr.number}#pullrequestreview-${review.id}`);
    const prUrl = this.api(`/pulls/${pr.number}`);
    return [
      200,
      {
        id: review.id,
        node_id: `PRR_${review.id}`,
        user: this.user('github-actions[bot]', 'Bot'),
        body: review.body,
        state: review.event === 'COMMENT' ? 'COMMENTED' : 'PENDING',
        html_url: html,
        pull_request_url: prUrl,
        _links: { html: { href: html }, pull_request: { href: prUrl } },
        submitted_at: TIME,
        commit_id: review.commitId,
        author_association: 'NONE',
      },
    ];
  }

  private async graphql(
    body: { query?: string; variables?: Record<string, unknown> },
    role: TokenRole,
  ): Promise<Answer> {
    const { answer, invalid } = await runGraphql(body?.query ?? '', body?.variables, {
      createCommitOnBranch: ({ input }: { input: CommitInput }) => this.createCommit(input, role),
      repository: ({ owner, name }: { owner: string; name: string }) =>
        owner === this.owner && name === this.repo
          ? { ref: ({ qualifiedName }: { qualifiedName: string }) => this.ref(qualifiedName) }
          : null,
    });
    this.violations.push(...invalid.map((e) => `POST /graphql: ${e}`));
    return [200, answer];
  }

  private ref(qualifiedName: string): unknown {
    const branch = qualifiedName.replace(/^refs\/heads\//, '');
    const oid = this.branches.get(branch);
    if (oid === undefined) return null;
    const commit = this.commits.find((c) => c.oid === oid);
    return {
      target: {
        __typename: 'Commit',
        oid,
        url: this.html(`/commit/${oid}`),
        messageHeadline: commit?.headline ?? 'earlier work',
        parents: { nodes: commit ? [{ oid: commit.parent }] : [] },
      },
    };
  }

  private createCommit(input: CommitInput, role: TokenRole): unknown {
    if (role === 'read') throw new GitHubGraphqlError('FORBIDDEN', 'Resource not accessible by integration');
    const branch = input.branch.branchName!;
    const head = this.branches.get(branch);
    if (input.branch.repositoryNameWithOwner !== `${this.owner}/${this.repo}` || head === undefined) {
      throw new GitHubGraphqlError('NOT_FOUND', `Could not resolve to a Ref named "${branch}".`);
    }
    if (input.expectedHeadOid !== head) {
      throw new GitHubGraphqlError(
        'STALE_DATA',
        `Expected branch to point to "${input.expectedHeadOid}" but it did not. Pull and try again.`,
      );
    }
    const files = (input.fileChanges?.additions ?? []).map((a) => ({
      path: a.path,
      contents: Buffer.from(a.contents, 'base64').toString('utf8'),
    }));
    const oid = createHash('sha1')
      .update(`${head}\n${JSON.stringify(files)}`)
      .digest('hex');
    this.commits.push({
      oid,
      branch,
      parent: head,
      headline: input.message.headline,
      body: input.message.body,
      files,
    });
    this.branches.set(branch, oid);
    for (const pr of this.pulls.values()) if (pr.head.ref === branch) pr.head.sha = oid;
    for (const [key, text] of [...this.contents]) {
      if (key.startsWith(`${head}:`)) this.contents.set(`${oid}:${key.slice(head.length + 1)}`, text);
    }
    for (const f of files) this.contents.set(`${oid}:${f.path}`, f.contents);
    return { commit: { oid, url: this.html(`/commit/${oid}`) } };
  }
}

interface ReviewBody {
  commit_id?: string;
  body?: string;
  event?: string;
  comments?: { path: string; line?: number; start_line?: number; side?: string; body: string }[];
}

interface CheckBody {
  name: string;
  head_sha: string;
  external_id?: string;
  details_url?: string;
  status?: string;
  conclusion?: string;
  started_at?: string;
  completed_at?: string;
  output?: { title: string; summary: string; text?: string; annotations?: Record<string, unknown>[] };
}

interface CommitInput {
  branch: { repositoryNameWithOwner?: string; branchName?: string };
  message: { headline: string; body?: string };
  expectedHeadOid: string;
  fileChanges?: { additions?: { path: string; contents: string }[] };
}
