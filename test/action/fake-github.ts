/**
 * A local fake of the GitHub REST and GraphQL APIs, for the end-to-end tests of the bundled action.
 * It listens on 127.0.0.1 (random port), records every request (token values redacted) and answers
 * the endpoints the action uses the way GitHub does, including its refusals: 401 without a token,
 * 403 for a fork's read-only token, 422 for review comments off the diff and for more than 50
 * check-run annotations, a STALE_DATA GraphQL error when a branch moved, injected 5xx and rate
 * limits, and rate-limit headers on every answer.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  /** Lower-case names; `authorization` keeps the scheme and the token's role, never its value. */
  headers: Record<string, string>;
  body: unknown;
}

export interface FakePullFile {
  filename: string;
  status: string;
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
  pull_request_review_id: number | null;
  path: string;
  line: number | null;
  start_line: number | null;
  side: string;
  body: string;
  commit_id: string;
  in_reply_to_id?: number;
  user: { login: string; type: string };
}

export interface FakeCheckRun {
  id: number;
  name: string;
  head_sha: string;
  status: string;
  conclusion: string | null;
  output: { title?: string; summary?: string; text?: string };
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
  path: RegExp;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** How many matching requests fail before the endpoint answers normally. */
  times: number;
}

export type TokenRole = 'write' | 'read';

const DOCS = 'https://docs.github.com/rest';

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
  readonly tokens = new Map<string, TokenRole>();
  readonly pulls = new Map<number, FakePull>();
  readonly branches = new Map<string, string>();
  /** File contents by `<sha>:<path>`, for GET contents. */
  readonly contents = new Map<string, string>();
  readonly comments: FakeComment[] = [];
  readonly reviews: { id: number; body: string; commit_id: string; event: string }[] = [];
  readonly checkRuns: FakeCheckRun[] = [];
  readonly commits: FakeCommit[] = [];
  private readonly faults: Fault[] = [];
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

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', this.url);
    const auth = req.headers.authorization ?? '';
    const token = auth.replace(/^(token|bearer)\s+/i, '');
    const role = this.tokens.get(token);
    const headers = Object.fromEntries(
      Object.entries(req.headers).map(([k, v]) => [
        k,
        k === 'authorization' ? `${auth.split(' ')[0]} [${role ?? 'unknown'} token]` : String(v),
      ]),
    );
    let body: unknown;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      body = raw;
    }
    const method = req.method ?? 'GET';
    this.requests.push({
      method,
      path: decodeURIComponent(url.pathname),
      query: Object.fromEntries(url.searchParams),
      headers,
      body,
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
    if (fault) {
      fault.times -= 1;
      send(fault.status, fault.body ?? { message: 'Server Error' }, fault.headers);
      return;
    }
    if (!role) {
      send(401, { message: 'Bad credentials', documentation_url: DOCS, status: '401' });
      return;
    }
    try {
      const [status, data, extra] = this.route(
        method,
        decodeURIComponent(url.pathname),
        url.searchParams,
        body,
        role,
        req.headers.accept ?? '',
      );
      if (Array.isArray(data) && method === 'GET') {
        const perPage = Number(url.searchParams.get('per_page') ?? 30);
        const page = Number(url.searchParams.get('page') ?? 1);
        const slice = data.slice((page - 1) * perPage, page * perPage);
        const link: Record<string, string> = {};
        if (page * perPage < data.length) {
          const next = new URL(url);
          next.searchParams.set('page', String(page + 1));
          link.link = `<${next.toString()}>; rel="next"`;
        }
        send(status, slice, { ...link, ...extra });
        return;
      }
      send(status, data, extra);
    } catch (error) {
      send(500, { message: (error as Error).message });
    }
  }

  private forbidden(permission: string): [number, unknown, Record<string, string>] {
    return [
      403,
      { message: 'Resource not accessible by integration', documentation_url: DOCS, status: '403' },
      { 'x-accepted-github-permissions': permission },
    ];
  }

  private route(
    method: string,
    path: string,
    query: URLSearchParams,
    body: unknown,
    role: TokenRole,
    accept: string,
  ): [number, unknown, Record<string, string>?] {
    if (path === '/graphql' && method === 'POST')
      return this.graphql(body as { query: string; variables: Record<string, unknown> }, role);
    const prefix = `/repos/${this.owner}/${this.repo}`;
    if (!path.startsWith(prefix))
      return [404, { message: 'Not Found', documentation_url: DOCS, status: '404' }];
    const rest = path.slice(prefix.length);
    let m: RegExpExecArray | null;

    if ((m = /^\/pulls\/(\d+)$/.exec(rest)) && method === 'GET') {
      const pr = this.pulls.get(Number(m[1]));
      return pr ? [200, this.pullJson(pr)] : [404, { message: 'Not Found' }];
    }
    if ((m = /^\/pulls\/(\d+)\/files$/.exec(rest)) && method === 'GET') {
      const pr = this.pulls.get(Number(m[1]));
      return pr
        ? [200, pr.files.map((f) => ({ sha: 'f'.repeat(40), additions: 1, deletions: 0, changes: 1, ...f }))]
        : [404, { message: 'Not Found' }];
    }
    if ((m = /^\/pulls\/(\d+)\/comments$/.exec(rest))) {
      const number = Number(m[1]);
      if (method === 'GET') return [200, this.comments.filter((c) => this.commentPull.get(c.id) === number)];
      if (role === 'read') return this.forbidden('pull_requests=write');
      const b = body as { body: string; in_reply_to?: number };
      const parent = this.comments.find((c) => c.id === b.in_reply_to);
      if (!parent) return [422, { message: 'Validation Failed' }];
      const reply = {
        ...parent,
        id: this.nextId++,
        body: b.body,
        in_reply_to_id: parent.id,
        user: { login: 'reviewer', type: 'User' },
      };
      this.comments.push(reply);
      this.commentPull.set(reply.id, number);
      return [201, reply];
    }
    if ((m = /^\/pulls\/comments\/(\d+)$/.exec(rest)) && method === 'DELETE') {
      if (role === 'read') return this.forbidden('pull_requests=write');
      const index = this.comments.findIndex((c) => c.id === Number(m![1]));
      if (index < 0) return [404, { message: 'Not Found' }];
      this.comments.splice(index, 1);
      return [204, ''];
    }
    if ((m = /^\/pulls\/(\d+)\/reviews$/.exec(rest))) {
      const pr = this.pulls.get(Number(m[1]));
      if (!pr) return [404, { message: 'Not Found' }];
      if (method === 'GET') return [200, this.reviews];
      if (role === 'read') return this.forbidden('pull_requests=write');
      return this.createReview(pr, body as ReviewBody);
    }
    if (rest === '/check-runs' && method === 'POST') {
      if (role === 'read') return this.forbidden('checks=write');
      const b = body as CheckBody;
      const tooMany = this.tooManyAnnotations(b);
      if (tooMany) return tooMany;
      const run: FakeCheckRun = {
        id: this.nextId++,
        name: b.name,
        head_sha: b.head_sha,
        status: b.status ?? 'queued',
        conclusion: b.conclusion ?? null,
        output: { title: b.output?.title, summary: b.output?.summary, text: b.output?.text },
        annotations: [...(b.output?.annotations ?? [])],
      };
      this.checkRuns.push(run);
      return [201, { ...run, html_url: `https://github.com/${this.owner}/${this.repo}/runs/${run.id}` }];
    }
    if ((m = /^\/check-runs\/(\d+)$/.exec(rest)) && method === 'PATCH') {
      if (role === 'read') return this.forbidden('checks=write');
      const run = this.checkRuns.find((r) => r.id === Number(m![1]));
      if (!run) return [404, { message: 'Not Found' }];
      const b = body as CheckBody;
      const tooMany = this.tooManyAnnotations(b);
      if (tooMany) return tooMany;
      run.annotations.push(...(b.output?.annotations ?? []));
      if (b.output)
        run.output = {
          title: b.output.title,
          summary: b.output.summary,
          text: b.output.text ?? run.output.text,
        };
      if (b.status) run.status = b.status;
      if (b.conclusion) run.conclusion = b.conclusion;
      return [200, { ...run, html_url: `https://github.com/${this.owner}/${this.repo}/runs/${run.id}` }];
    }
    if ((m = /^\/contents\/(.+)$/.exec(rest)) && method === 'GET') {
      const text = this.contents.get(`${query.get('ref')}:${m[1]}`);
      if (text === undefined) return [404, { message: 'Not Found' }];
      if (accept.includes('raw')) return [200, text];
      return [
        200,
        { type: 'file', path: m[1], encoding: 'base64', content: Buffer.from(text).toString('base64') },
      ];
    }
    return [404, { message: 'Not Found', documentation_url: DOCS, status: '404' }];
  }

  private readonly commentPull = new Map<number, number>();

  private tooManyAnnotations(b: CheckBody): [number, unknown] | undefined {
    if ((b.output?.annotations?.length ?? 0) <= 50) return undefined;
    return [
      422,
      {
        message: 'Invalid request.\n\nNo more than 50 items are allowed; 51 were supplied.',
        documentation_url: DOCS,
        status: '422',
      },
    ];
  }

  private createReview(pr: FakePull, b: ReviewBody): [number, unknown] {
    for (const c of b.comments ?? []) {
      const file = pr.files.find((f) => f.filename === c.path);
      const hunk = file?.patch ? hunkRight(file.patch).find((h) => h.has(c.line)) : undefined;
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
      body: b.body ?? '',
      commit_id: b.commit_id ?? pr.head.sha,
      event: b.event ?? 'PENDING',
    };
    this.reviews.push(review);
    for (const c of b.comments ?? []) {
      const comment: FakeComment = {
        id: this.nextId++,
        pull_request_review_id: review.id,
        path: c.path,
        line: c.line,
        start_line: c.start_line ?? null,
        side: 'RIGHT',
        body: c.body,
        commit_id: review.commit_id,
        user: { login: 'github-actions[bot]', type: 'Bot' },
      };
      this.comments.push(comment);
      this.commentPull.set(comment.id, pr.number);
    }
    return [200, { ...review, state: 'COMMENTED' }];
  }

  private graphql(
    body: { query: string; variables: Record<string, unknown> },
    role: TokenRole,
  ): [number, unknown] {
    if (!/createCommitOnBranch/.test(body.query))
      return [200, { errors: [{ message: 'unsupported query' }] }];
    const input = body.variables.input as CommitInput;
    const path = ['createCommitOnBranch'];
    if (role === 'read') {
      return [
        200,
        {
          data: { createCommitOnBranch: null },
          errors: [{ type: 'FORBIDDEN', path, message: 'Resource not accessible by integration' }],
        },
      ];
    }
    const branch = input.branch.branchName;
    const head = this.branches.get(branch);
    if (input.branch.repositoryNameWithOwner !== `${this.owner}/${this.repo}` || head === undefined) {
      return [
        200,
        {
          data: { createCommitOnBranch: null },
          errors: [{ type: 'NOT_FOUND', path, message: `Could not resolve to a Ref named "${branch}".` }],
        },
      ];
    }
    if (input.expectedHeadOid !== head) {
      return [
        200,
        {
          data: { createCommitOnBranch: null },
          errors: [
            {
              type: 'STALE_DATA',
              path,
              message: `Expected branch to point to "${input.expectedHeadOid}" but it did not. Pull and try again.`,
            },
          ],
        },
      ];
    }
    const files = input.fileChanges.additions.map((a) => ({
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
    const url = `https://github.com/${this.owner}/${this.repo}/commit/${oid}`;
    return [200, { data: { createCommitOnBranch: { commit: { oid, url } } } }];
  }

  private pullJson(pr: FakePull): unknown {
    const repo = (full: string) => ({
      full_name: full,
      name: full.split('/')[1],
      owner: { login: full.split('/')[0] },
    });
    return {
      number: pr.number,
      state: 'open',
      head: { sha: pr.head.sha, ref: pr.head.ref, repo: repo(pr.head.repo) },
      base: { sha: pr.base.sha, ref: pr.base.ref, repo: repo(pr.base.repo) },
    };
  }
}

interface ReviewBody {
  commit_id?: string;
  body?: string;
  event?: string;
  comments?: {
    path: string;
    line: number;
    start_line?: number;
    side?: string;
    start_side?: string;
    body: string;
  }[];
}

interface CheckBody {
  name: string;
  head_sha: string;
  status?: string;
  conclusion?: string;
  output?: { title: string; summary: string; text?: string; annotations?: Record<string, unknown>[] };
}

interface CommitInput {
  branch: { repositoryNameWithOwner: string; branchName: string };
  message: { headline: string; body?: string };
  expectedHeadOid: string;
  fileChanges: { additions: { path: string; contents: string }[] };
}
