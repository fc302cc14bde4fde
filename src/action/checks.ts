/**
 * A check run carrying every annotation (the step itself shows only 10 per level). The Checks API
 * takes at most 50 annotations per request: the run is created with the first 50 and PATCHed with
 * the rest, the last request completing it.
 */
import { randomUUID } from 'node:crypto';
import type { Severity } from '../engine/findings.js';
import type { PlannedAnnotation } from './annotations.js';
import type { GateVerdict } from './gate.js';
import { describeCounts } from './gate.js';
import { sendOnce, type Api } from './github.js';
import { fitUtf8, LIMITS } from './limits.js';

export const BATCH = 50;

const LEVEL: Record<Severity, 'failure' | 'warning' | 'notice'> = {
  error: 'failure',
  warning: 'warning',
  notice: 'notice',
};

export interface CheckRunInput {
  owner: string;
  repo: string;
  name: string;
  headSha: string;
  annotations: readonly PlannedAnnotation[];
  gate: GateVerdict;
  /** Markdown report, cut to the output limit here if needed. */
  text: string;
  detailsUrl?: string;
  /** Configuration was read but no socket could be decided. */
  unchecked?: boolean;
}

export type Conclusion = 'success' | 'neutral' | 'failure';

/** `unchecked`: configuration was read but no socket decided, which is no success. */
export function conclusionOf(gate: GateVerdict, unchecked = false): Conclusion {
  if (gate.failed) return 'failure';
  return gate.counts.findings > 0 || unchecked ? 'neutral' : 'success';
}

export function toCheckAnnotation(a: PlannedAnnotation): Record<string, unknown> {
  const sameLine = a.startLine === a.endLine && a.startColumn !== undefined;
  return {
    path: a.file,
    start_line: a.startLine,
    end_line: a.endLine,
    ...(sameLine ? { start_column: a.startColumn, end_column: a.endColumn } : {}),
    annotation_level: LEVEL[a.level],
    title: fitUtf8(a.title, LIMITS.annotationTitle),
    message: fitUtf8(a.message, LIMITS.annotationMessage),
  };
}

export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out.length > 0 ? out : [[]];
}

function cut(text: string): string {
  return fitUtf8(
    text,
    LIMITS.checkOutput,
    '\n\n… (cut at the Checks API limit; the job summary has the full report)',
  );
}

/** The request bodies, in order: one POST, then PATCHes. Exposed for tests. */
export function checkRunRequests(input: CheckRunInput, now: Date): Record<string, unknown>[] {
  const output = {
    title: input.gate.failed
      ? `Failed: ${describeCounts(input.gate.counts)}`
      : describeCounts(input.gate.counts),
    summary: cut(input.gate.message),
    text: cut(input.text),
  };
  const completed = {
    status: 'completed',
    conclusion: conclusionOf(input.gate, input.unchecked),
    completed_at: now.toISOString(),
  };
  const batches = chunks(input.annotations.map(toCheckAnnotation), BATCH);
  return batches.map((annotations, i) => {
    const last = i === batches.length - 1;
    const body: Record<string, unknown> = { output: { ...output, annotations }, ...(last ? completed : {}) };
    if (i === 0) {
      return {
        name: input.name,
        head_sha: input.headSha,
        ...(input.detailsUrl ? { details_url: input.detailsUrl } : {}),
        ...(last ? {} : { status: 'in_progress' }),
        ...body,
      };
    }
    return body;
  });
}

interface CheckRun {
  id: number;
  html_url?: string | null;
  external_id?: string | null;
  output?: { annotations_count?: number };
}

/**
 * Creates the run, then appends the remaining annotations. Neither may happen twice: a retried
 * POST would create a second run and a retried PATCH would append its annotations again, so after
 * an uncertain failure the run is looked up by its `external_id` (unique to this call) and its
 * annotation count before anything is re-sent.
 */
export async function publishCheckRun(api: Api, input: CheckRunInput, now = new Date()): Promise<string> {
  const [create, ...updates] = checkRunRequests(input, now);
  const repo = { owner: input.owner, repo: input.repo };
  const externalId = `socklint-${randomUUID()}`;
  const once = { request: { retries: 0 } };
  const created = await sendOnce(
    'POST check-runs',
    async () =>
      (
        await api.request<CheckRun>('POST /repos/{owner}/{repo}/check-runs', {
          ...repo,
          ...create,
          external_id: externalId,
          ...once,
        })
      ).data,
    async () => {
      const runs = await api.paginate<CheckRun>('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', {
        ...repo,
        ref: input.headSha,
        check_name: input.name,
        filter: 'all',
      });
      return runs.find((run) => run.external_id === externalId);
    },
  );
  let count = annotationCount(create);
  for (const update of updates) {
    count += annotationCount(update);
    const expected = count;
    const params = { ...repo, check_run_id: created.id };
    await sendOnce(
      'PATCH check-runs',
      () =>
        api.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', {
          ...params,
          ...update,
          ...once,
        }),
      async () => {
        const run = await api.request<CheckRun>(
          'GET /repos/{owner}/{repo}/check-runs/{check_run_id}',
          params,
        );
        return (run.data.output?.annotations_count ?? 0) >= expected ? run : undefined;
      },
    );
  }
  return created.html_url ?? `check run ${created.id}`;
}

function annotationCount(body: Record<string, unknown>): number {
  return (body.output as { annotations?: unknown[] } | undefined)?.annotations?.length ?? 0;
}
