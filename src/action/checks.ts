/**
 * A check run carrying every annotation (the step itself shows only 10 per level). The Checks API
 * takes at most 50 annotations per request: the run is created with the first 50 and PATCHed with
 * the rest, the last request completing it.
 */
import type { Severity } from '../engine/findings.js';
import type { PlannedAnnotation } from './annotations.js';
import type { GateVerdict } from './gate.js';
import { describeCounts } from './gate.js';
import type { Api } from './github.js';

export const BATCH = 50;
/** GitHub's limit for output.summary and output.text. */
export const OUTPUT_MAX_CHARS = 65_535;
const MESSAGE_MAX_CHARS = 60_000;

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
}

export type Conclusion = 'success' | 'neutral' | 'failure';

export function conclusionOf(gate: GateVerdict): Conclusion {
  if (gate.failed) return 'failure';
  return gate.counts.findings > 0 ? 'neutral' : 'success';
}

export function toCheckAnnotation(a: PlannedAnnotation): Record<string, unknown> {
  const sameLine = a.startLine === a.endLine && a.startColumn !== undefined;
  return {
    path: a.file,
    start_line: a.startLine,
    end_line: a.endLine,
    ...(sameLine ? { start_column: a.startColumn, end_column: a.endColumn } : {}),
    annotation_level: LEVEL[a.level],
    title: a.title,
    message: a.message.length > MESSAGE_MAX_CHARS ? `${a.message.slice(0, MESSAGE_MAX_CHARS)}…` : a.message,
  };
}

export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out.length > 0 ? out : [[]];
}

function cut(text: string): string {
  const note = '\n\n… (cut at the Checks API limit; the job summary has the full report)';
  return text.length <= OUTPUT_MAX_CHARS ? text : text.slice(0, OUTPUT_MAX_CHARS - note.length) + note;
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
    conclusion: conclusionOf(input.gate),
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
        external_id: 'socklint',
        ...(input.detailsUrl ? { details_url: input.detailsUrl } : {}),
        ...(last ? {} : { status: 'in_progress' }),
        ...body,
      };
    }
    return body;
  });
}

export async function publishCheckRun(api: Api, input: CheckRunInput, now = new Date()): Promise<string> {
  const [create, ...updates] = checkRunRequests(input, now);
  const repo = { owner: input.owner, repo: input.repo };
  const created = await api.request<{ id: number; html_url?: string }>(
    'POST /repos/{owner}/{repo}/check-runs',
    {
      ...repo,
      ...create,
    },
  );
  for (const update of updates) {
    await api.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', {
      ...repo,
      check_run_id: created.data.id,
      ...update,
    });
  }
  return created.data.html_url ?? `check run ${created.data.id}`;
}
