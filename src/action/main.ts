/**
 * The action: scan, then report through every surface the token and the event allow. Only the
 * scan and an invalid usage decide the step's result; every GitHub API failure is a warning.
 */
import * as core from '@actions/core';
import { existsSync, statSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Finding, ScanResult, Severity } from '../engine/findings.js';
import type { PatchedFile } from '../engine/index.js';
import { summaryLine } from '../engine/report/text.js';
import { emitAnnotation, overflowNotice, planAnnotations, selectForStep, STEP_LIMIT } from './annotations.js';
import {
  changeFromPaths,
  changeFromPullFiles,
  onlyChanged,
  rebaseResult,
  type ChangeSet,
  type PullFile,
} from './change.js';
import { publishCheckRun } from './checks.js';
import { commitFixes, commitRefusal, filesDifferingFromHead } from './commit.js';
import { annotate, fail, info, setOutput } from './output.js';
import { loadContext, pullRequestTargetRisk, type ActionContext } from './context.js';
import { defaultEngine, type EnginePort } from './engine-port.js';
import { evaluateGate, plural, type GateVerdict } from './gate.js';
import { createApi, describeApiError, isForbidden, tokenKind, type Api } from './github.js';
import { envInput, INPUT_DEFAULTS, readInputs, UsageError, type ActionInputs } from './inputs.js';
import type { RepoRef } from './markdown.js';
import { nothingDecided, renderSummary, type SummaryData } from './summary.js';
import { planSuggestion, shareFixes, syncSuggestions, type Suggestion } from './suggestions.js';

/** The check run's text must stay under 65,535 characters. */
const CHECK_TEXT_BYTES = 60_000;

/** Counts the warnings the run itself raised: they use the same 10-per-step budget as findings. */
class Log {
  warnings = 0;
  readonly activities: string[] = [];
  warn(message: string): void {
    this.warnings += 1;
    annotate('warning', message);
  }
}

interface Run {
  inputs: ActionInputs;
  context: ActionContext;
  engine: EnginePort;
  root: string;
  /** The scanned directory relative to the workspace, `''` for the workspace itself. */
  prefix: string;
  config?: string;
  log: Log;
  api?: Api;
  /** Write features skipped because the token may not write (fork pull requests). */
  skipped: string[];
  readOnly: boolean;
}

export async function run(engine: EnginePort = defaultEngine): Promise<void> {
  try {
    await main(engine, process.env);
  } catch (error) {
    const message = String((error as { message?: unknown })?.message ?? error).split('\n')[0];
    fail(error instanceof UsageError ? `socklint: ${message}` : `socklint could not run: ${message}`);
  }
}

async function main(engine: EnginePort, env: NodeJS.ProcessEnv): Promise<void> {
  // The token is never logged; the runner already masks github.token and secrets, and an
  // add-mask command would itself write the value to the log stream.
  const inputs = readInputs(envInput(env));
  const context = await loadContext(env);
  const { root, prefix, config } = locate(inputs, context.workspace);
  const log = new Log();
  const risk = pullRequestTargetRisk(context);
  if (risk) log.warn(risk);
  const api = inputs.token
    ? createApi(inputs.token, {
        apiUrl: context.apiUrl,
        graphqlUrl: context.graphqlUrl,
        userAgent: `socklint-action/${engine.version}`,
      })
    : undefined;
  const r: Run = { inputs, context, engine, root, prefix, config, log, api, skipped: [], readOnly: false };

  info(`socklint ${engine.version}: scanning ${prefix || '.'} (${context.eventName || 'local'} event)`);
  const result = rebaseResult(await engine.scan({ root, config, failOn: inputs.failOn }), prefix);
  const change = await loadChange(r);
  let reported = result;
  if (inputs.onlyChanged) {
    if (change) reported = onlyChanged(result, change);
    else info('only-changed: this event has no list of changed files, so every finding is reported.');
  }
  const gate = evaluateGate(reported.findings, inputs.failOn);
  const outsideChange = result.findings.length - reported.findings.length;
  info(summaryLine(reported));
  info(gate.message);

  const safe = reported.findings.filter((f) => f.fix?.safe);
  const patches = await planFixes(r, reported, safe);
  const patch = patches.length > 0 ? await diffOf(r, patches) : '';
  const patchFile = patch ? await writePatch(r, patch) : '';
  const sarifFile = inputs.sarifFile ? await writeSarif(r, reported) : '';

  const committed = await commitStep(r, patches, safe, change);
  await suggestionStep(r, safe, change, committed);
  if (inputs.checkName) {
    await attempt(r, 'create the check run', 'checks: write', async (api) => {
      const url = await publishCheckRun(
        api,
        checkRunInput(r, reported, gate, change, context.reportSha, outsideChange),
      );
      r.log.activities.push(
        `Check run ${inlineName(inputs.checkName)} posted on ${context.reportSha.slice(0, 7)}: ${url}`,
      );
    });
  }

  const summaryData: SummaryData = {
    result: reported,
    gate,
    ref: repoRef(context),
    patch,
    activities: r.log.activities,
    outsideChange,
  };
  if (inputs.summary) await writeSummary(r, summaryData);

  const notices = metaNotices(r, reported);
  if (inputs.annotations) annotateFindings(r, reported.findings, change, gate, notices);
  for (const notice of notices) annotate('notice', notice);

  setOutput('findings', gate.counts.findings);
  setOutput('errors', gate.counts.errors);
  setOutput('warnings', gate.counts.warnings);
  setOutput('notices', gate.counts.notices);
  setOutput('sarif-file', sarifFile);
  setOutput('patch-file', patchFile);
  setOutput('commit-sha', committed?.oid ?? '');

  if (gate.failed) fail(gate.message);
}

/** The scanned directory and the config file, checked before any scan. */
function locate(inputs: ActionInputs, workspace: string): { root: string; prefix: string; config?: string } {
  const root = path.resolve(workspace, inputs.path);
  const prefix = path.relative(workspace, root).split(path.sep).join('/');
  if (prefix.startsWith('..') || path.isAbsolute(prefix)) {
    throw new UsageError(`input 'path' must be inside the workspace, got '${inputs.path}'`);
  }
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    throw new UsageError(`input 'path' is not a directory of the workspace: '${inputs.path}'`);
  }
  const config = path.resolve(workspace, inputs.config);
  if (existsSync(config)) return { root, prefix, config };
  // The default name is optional; a file the workflow names explicitly must exist.
  if (inputs.config === INPUT_DEFAULTS.config) return { root, prefix };
  throw new UsageError(`input 'config' names a file that does not exist: '${inputs.config}'`);
}

function repoRef(context: ActionContext): RepoRef {
  return { serverUrl: context.serverUrl, owner: context.owner, repo: context.repo, sha: context.analyzedSha };
}

function inlineName(name: string): string {
  return `"${name.replace(/"/g, "'")}"`;
}

/**
 * Runs a write to GitHub. A refusal on a fork's read-only token turns the remaining writes off
 * (one notice at the end says what was skipped); any other failure is a warning.
 */
async function attempt(
  r: Run,
  what: string,
  permission: string,
  fn: (api: Api) => Promise<void>,
): Promise<void> {
  if (!r.api || r.readOnly) {
    r.skipped.push(what);
    return;
  }
  try {
    await fn(r.api);
  } catch (error) {
    if (isForbidden(error) && r.context.pr?.isFork) {
      r.readOnly = true;
      r.skipped.push(what);
      info(`socklint could not ${what}: ${describeApiError(error)}`);
      return;
    }
    const hint = isForbidden(error) ? ` ${forbiddenHint(r, permission)}` : '';
    r.log.warn(
      `socklint could not ${what}: ${describeApiError(error)}.${hint} The result of the step is unchanged.`,
    );
  }
}

/** What to change after a 403. The Checks API refuses every personal access token, whatever its scopes. */
function forbiddenHint(r: Run, permission: string): string {
  const grant = `Grant the job \`permissions: ${permission}\``;
  if (permission !== 'checks: write') return `${grant}.`;
  const kind = tokenKind(r.inputs.token);
  if (kind === 'a GitHub App installation token')
    return `${grant} (or, for an app's token, give the app Checks write).`;
  return (
    `The token given is ${kind}: only GitHub App installation tokens can create check runs, that is the ` +
    "workflow's GITHUB_TOKEN with `permissions: checks: write` or an app token (actions/create-github-app-token) " +
    'whose app may write Checks; personal access tokens, classic or fine-grained, cannot. ' +
    'Every finding is in the annotations and the job summary.'
  );
}

async function loadChange(r: Run): Promise<ChangeSet | undefined> {
  const { context } = r;
  if (context.pushedFiles) return changeFromPaths(context.pushedFiles, 'push payload');
  if (!context.pr) return undefined;
  if (!r.api) return undefined;
  try {
    const files = await r.api.paginate<PullFile>('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', {
      owner: context.owner,
      repo: context.repo,
      pull_number: context.pr.number,
    });
    return changeFromPullFiles(files);
  } catch (error) {
    r.log.warn(
      `socklint could not list the files of pull request #${context.pr.number}: ${describeApiError(error)}. ` +
        'Findings are ranked without the diff and no suggestions are posted.',
    );
    return undefined;
  }
}

async function planFixes(r: Run, reported: ScanResult, safe: Finding[]): Promise<PatchedFile[]> {
  if (safe.length === 0) return [];
  try {
    return await r.engine.planPatches({ ...reported, findings: safe }, r.context.workspace, {
      unsafe: false,
    });
  } catch (error) {
    r.log.warn(`socklint could not prepare the fixes: ${(error as Error).message}`);
    return [];
  }
}

async function diffOf(r: Run, patches: PatchedFile[]): Promise<string> {
  try {
    return r.engine.unifiedDiff(patches);
  } catch (error) {
    r.log.warn(`socklint could not render the patch: ${(error as Error).message}`);
    return '';
  }
}

async function writePatch(r: Run, patch: string): Promise<string> {
  const slug = r.prefix ? `-${r.prefix.replace(/[^A-Za-z0-9._-]+/g, '-')}` : '';
  const file = path.join(r.context.runnerTemp || tmpdir(), `socklint${slug}.patch`);
  try {
    await writeFile(file, patch, 'utf8');
    return file;
  } catch (error) {
    r.log.warn(`socklint could not write the patch file ${file}: ${(error as Error).message}`);
    return '';
  }
}

async function writeSarif(r: Run, reported: ScanResult): Promise<string> {
  const file = path.resolve(r.context.workspace, r.inputs.sarifFile);
  try {
    const log = r.engine.renderSarif(reported, { toolVersion: r.engine.version });
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, `${JSON.stringify(log, null, 2)}\n`, 'utf8');
    r.log.activities.push(`SARIF written to ${inlineCode(path.relative(r.context.workspace, file))}.`);
    return file;
  } catch (error) {
    r.log.warn(`socklint could not write the SARIF file ${file}: ${(error as Error).message}`);
    return '';
  }
}

function inlineCode(text: string): string {
  return `\`${text.replace(/`/g, "'")}\``;
}

function describeFinding(f: Finding): string {
  return `${f.rule} at ${f.file}:${f.line}`;
}

async function commitStep(
  r: Run,
  patches: PatchedFile[],
  safe: Finding[],
  change: ChangeSet | undefined,
): Promise<{ oid: string } | undefined> {
  if (!r.inputs.commitPatches || patches.length === 0) return undefined;
  const refusal = commitRefusal(r.context);
  if (refusal) {
    info(`socklint did not commit the fixes: ${refusal}.`);
    r.log.activities.push(`No fix commit: ${refusal}.`);
    return undefined;
  }
  const pr = r.context.pr!;
  let committed: { oid: string } | undefined;
  await attempt(r, 'commit the fixes', 'contents: write', async (api) => {
    const differing = await filesDifferingFromHead(api, r.context, patches);
    if (differing.length > 0) {
      r.log.warn(
        `socklint did not commit the fixes: ${differing.join(', ')} differ between the checked-out commit and the ` +
          `pull request head ${pr.headSha.slice(0, 7)}. Check out the head (actions/checkout with ` +
          '`ref: ${{ github.event.pull_request.head.sha }}`) to let socklint commit.',
      );
      return;
    }
    const outcome = await commitFixes(
      api,
      r.context,
      patches,
      r.inputs.commitMessage,
      safe.map(describeFinding),
    );
    if (outcome.kind === 'moved') {
      r.log.warn(
        `socklint did not commit the fixes: branch ${pr.headRef} has moved since the analyzed commit ` +
          `${pr.headSha.slice(0, 7)} (${outcome.detail}). The fixes are suggested in the review and in the summary patch instead.`,
      );
      return;
    }
    committed = { oid: outcome.oid };
    info(`socklint committed ${plural(safe.length, 'fix', 'fixes')} to ${pr.headRef}: ${outcome.url}`);
    r.log.activities.push(
      `Committed ${plural(safe.length, 'safe fix', 'safe fixes')} to ${inlineCode(pr.headRef)} as [${outcome.oid.slice(0, 7)}](${outcome.url}).`,
    );
    if (r.inputs.checkName) await checkCommittedTree(r, api, patches, outcome.oid, change);
  });
  return committed;
}

/**
 * A commit made with the default token starts no workflow, so nothing would report on the new
 * head. The fixed files are written into the workspace (which then matches the new head), scanned
 * again, and the check run is posted on the new commit.
 */
async function checkCommittedTree(
  r: Run,
  api: Api,
  files: PatchedFile[],
  sha: string,
  change: ChangeSet | undefined,
): Promise<void> {
  for (const f of files) await writeFile(path.join(r.context.workspace, f.path), f.after, 'utf8');
  const rescanned = rebaseResult(
    await r.engine.scan({ root: r.root, config: r.config, failOn: r.inputs.failOn }),
    r.prefix,
  );
  const reported = r.inputs.onlyChanged && change ? onlyChanged(rescanned, change) : rescanned;
  const gate = evaluateGate(reported.findings, r.inputs.failOn);
  const url = await publishCheckRun(api, checkRunInput(r, reported, gate, change, sha, 0, sha));
  r.log.activities.push(
    `Check run ${inlineName(r.inputs.checkName)} posted on the fix commit ${sha.slice(0, 7)}: ${url}`,
  );
}

function checkRunInput(
  r: Run,
  reported: ScanResult,
  gate: GateVerdict,
  change: ChangeSet | undefined,
  headSha: string,
  outsideChange: number,
  analyzedSha = r.context.analyzedSha,
) {
  const { context } = r;
  return {
    owner: context.owner,
    repo: context.repo,
    name: r.inputs.checkName,
    headSha,
    annotations: planAnnotations(reported.findings, change),
    gate,
    text: renderSummary(
      {
        result: reported,
        gate,
        ref: { ...repoRef(context), sha: analyzedSha },
        patch: '',
        activities: [],
        outsideChange,
      },
      CHECK_TEXT_BYTES,
    ),
    detailsUrl: context.runUrl,
    unchecked: nothingDecided(reported),
  };
}

async function suggestionStep(
  r: Run,
  safe: Finding[],
  change: ChangeSet | undefined,
  committed: { oid: string } | undefined,
): Promise<void> {
  const { context, inputs } = r;
  if (!inputs.suggestions || !context.pr || context.pr.closed) return;
  if (!change) {
    // Without a token nothing could be listed; with one, the failure was already a warning.
    if (!r.api) r.skipped.push('post review suggestions');
    return;
  }
  // Fixes that were just committed need no suggestion; their old comments are cleaned up.
  const open = committed ? [] : shareFixes(safe);
  const texts = new Map<string, string | undefined>();
  const wanted: Suggestion[] = [];
  for (const finding of open) {
    const file = finding.fix!.edits[0].file;
    if (!texts.has(file)) texts.set(file, await readText(path.join(context.workspace, file)));
    const planned = planSuggestion(finding, texts.get(file), change);
    if (planned.ok) wanted.push(planned.suggestion);
    else
      info(
        `No suggestion for ${describeFinding(finding)}: ${planned.reason}; the fix is in the summary patch.`,
      );
  }
  const current = new Set(open.map((f) => f.fingerprint));
  await attempt(r, 'post review suggestions', 'pull-requests: write', async (api) => {
    const pr = context.pr!;
    const outcome = await syncSuggestions(
      api,
      { owner: context.owner, repo: context.repo, pull: pr.number, commitId: pr.headSha, scope: r.prefix },
      wanted,
      current,
    );
    if (outcome.rejected) {
      r.log.warn(
        `GitHub rejected the review suggestions (${outcome.rejected}); the fixes are in the job summary patch instead.`,
      );
      return;
    }
    const parts = [
      outcome.posted > 0 ? `posted ${plural(outcome.posted, 'suggestion')}` : '',
      outcome.alreadyPosted > 0 ? `${outcome.alreadyPosted} already on the pull request` : '',
      outcome.deleted > 0 ? `removed ${plural(outcome.deleted, 'outdated comment')}` : '',
    ].filter(Boolean);
    if (parts.length > 0) r.log.activities.push(`Review suggestions on #${pr.number}: ${parts.join(', ')}.`);
  });
}

async function readText(file: string): Promise<string | undefined> {
  try {
    return (await readFile(file, 'utf8')).replace(/^\uFEFF/, '');
  } catch {
    return undefined;
  }
}

async function writeSummary(r: Run, data: SummaryData): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    info('No GITHUB_STEP_SUMMARY: the job summary is not written.');
    return;
  }
  try {
    await core.summary.addRaw(renderSummary(data)).write();
  } catch (error) {
    r.log.warn(`socklint could not write the job summary: ${(error as Error).message}`);
  }
}

/** The notices the run adds besides findings: no socket decided, what a read-only or missing token skipped. */
function metaNotices(r: Run, result: ScanResult): string[] {
  const notices: string[] = [];
  if (nothingDecided(result)) {
    const undecided = result.sockets.length;
    notices.push(
      undecided > 0
        ? `socklint could decide none of the ${plural(undecided, 'socket')} it found, so a pass checks nothing; the job summary lists what to declare for each.`
        : `socklint read ${plural(result.configFiles, 'configuration file')} but found no web server pointing at a Unix socket: nothing was checked.`,
    );
  }
  if (r.skipped.length === 0) return notices;
  const why = !r.api
    ? 'no token was given'
    : r.context.pr?.isFork
      ? 'the token is read-only in a pull request from a fork'
      : 'the token may not write';
  return [
    ...notices,
    `socklint skipped what needs a write token (${why}): ${r.skipped.join(', ')}. ` +
      'Annotations, the job summary and the output files were produced, and the result of the step is unchanged. ' +
      'See the pull_request + workflow_run recipe in the socklint documentation to comment on fork pull requests.',
  ];
}

function annotateFindings(
  r: Run,
  findings: Finding[],
  change: ChangeSet | undefined,
  gate: GateVerdict,
  notices: string[],
): void {
  const planned = planAnnotations(findings, change);
  const budget = (reserveNotice: number): Record<Severity, number> => ({
    // setFailed prints one more error; our own warnings and notices use the same budget.
    error: STEP_LIMIT - (gate.failed ? 1 : 0),
    warning: Math.max(0, STEP_LIMIT - r.log.warnings),
    notice: Math.max(0, STEP_LIMIT - notices.length - reserveNotice),
  });
  let selection = selectForStep(planned, budget(0));
  if (selection.hiddenFindings > 0) {
    selection = selectForStep(planned, budget(1));
    const where = [
      r.inputs.summary && process.env.GITHUB_STEP_SUMMARY ? 'the job summary' : '',
      r.inputs.checkName ? `the ${inlineName(r.inputs.checkName)} check run` : '',
      r.inputs.sarifFile ? `the SARIF file ${r.inputs.sarifFile}` : '',
    ].filter(Boolean);
    notices.push(overflowNotice(selection.hiddenFindings, where));
  }
  for (const annotation of selection.shown) emitAnnotation(annotation);
}
