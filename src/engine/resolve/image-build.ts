/**
 * Building one stage of a Dockerfile into a filesystem, instruction by instruction: the stages
 * it is built FROM first, then each fact's effect in order (`image-fs.ts`). COPY sources come
 * from the build context through the repository index; `COPY --from=stage` takes the files of
 * that stage as built; packages bring their shipped files where they are installed.
 */
import path from 'node:path';
import type { TextPart } from '../parse/provision/content.js';
import type { Fact } from '../parse/provision/facts.js';
import { isServerConfigPath } from '../parse/provision/facts.js';
import { environmentOf, substituteParts } from '../parse/provision/shell-text.js';
import { couldConfigureServer } from './config-source.js';
import type { Location, Note } from '../types.js';
import { ImageFs } from './image-fs.js';
import { applyApacheEnable } from './apache-enable.js';
import type { RepoIndex } from './repo-index.js';
import type { DeployedFile } from '../model.js';

export type FromFact = Extract<Fact, { kind: 'from' }>;

export interface Stage {
  from: FromFact;
  /** `AS name`, lower-cased. */
  name?: string;
  index: number;
  facts: Fact[];
}

export function splitStages(facts: Fact[]): Stage[] {
  const stages: Stage[] = [];
  for (const fact of facts) {
    if (fact.kind === 'from')
      stages.push({ from: fact, name: fact.stage?.toLowerCase(), index: stages.length, facts: [] });
    else stages[stages.length - 1]?.facts.push(fact);
  }
  return stages;
}

/** A stage by `AS` name or index (`--target`, `COPY --from`). */
export function findStage(stages: Stage[], ref: string, before = stages.length): Stage | undefined {
  const key = ref.toLowerCase();
  return (
    stages.slice(0, before).find((s) => s.name === key) ??
    (/^\d+$/.test(key) ? stages[Number(key)] : undefined)
  );
}

/** The stage and the stages it is built FROM, base first. */
export function stageChain(stages: Stage[], target: Stage): Stage[] {
  const chain: Stage[] = [];
  for (let stage: Stage | undefined = target; stage && !chain.includes(stage);) {
    chain.unshift(stage);
    stage = findStage(stages, stage.from.image, stage.index);
  }
  return chain;
}

/** What a repository path becomes in an image: a file, or a symlink (git keeps absolute links as links). */
export type RepoEntry = { file: DeployedFile } | { link: string };

export interface BuildContext {
  stages: Stage[];
  /** Repository directory of the build context ('' for the root). */
  contextDir: string;
  repo: RepoIndex;
  repoEntry(repoPath: string): RepoEntry | undefined;
  /** Adds the files the base image and packages ship, for the facts seen so far. */
  seed(fs: ImageFs, chainFacts: Fact[], root: FromFact): void;
  newFs(): ImageFs;
  /** Notes about the build (a COPY --from an unknown stage…). */
  notes: Note[];
  /** What each COPY from the build context placed, for the caller to claim. */
  placed: Set<string>;
}

/** Applies the facts of a built stage chain to a fresh filesystem; memoised per stage index. */
export function buildChain(chain: Stage[], ctx: BuildContext, cache: Map<number, ImageFs>): ImageFs {
  const last = chain[chain.length - 1];
  const cached = cache.get(last.index);
  if (cached) return cached;
  const fs = ctx.newFs();
  cache.set(last.index, fs); // a stage copying from itself finds it empty, as the builder refuses it
  const root = chain[0].from;
  const seen: Fact[] = [];
  ctx.seed(fs, seen, root);
  for (const stage of chain) {
    for (const fact of stage.facts) {
      seen.push(fact);
      if (fact.kind === 'install-packages') ctx.seed(fs, seen, root);
      else applyFact(fs, fact, { ...ctx, stage, cache });
    }
  }
  return fs;
}

interface ApplyContext extends BuildContext {
  stage?: Stage;
  cache?: Map<number, ImageFs>;
}

/**
 * One fact's effect on the filesystem (facts about accounts and directories have none here).
 * Without a build context, only copies within the machine are applied (a host's scripts).
 */
export function applyFact(fs: ImageFs, fact: Fact, ctx?: ApplyContext): void {
  switch (fact.kind) {
    case 'copy':
      if (fact.sourceBase === 'machine') {
        for (const source of fact.sources)
          fs.copy(source, fact.dest, fact.dest.endsWith('/') || fact.sources.length > 1);
      } else if (ctx) copyFact(fs, fact, ctx);
      return;
    case 'remove':
      // Removed only under a condition socklint cannot decide: the file may or may not be there.
      if (fact.maybe) {
        if (!/[*?[]/.test(fact.path) && fs.has(fact.path))
          fs.unknown(fact.path, 'removed only under a condition socklint cannot decide', fact.location);
        return;
      }
      return fs.remove(fact.path, fact.recursive);
    case 'symlink':
      return fs.link(fact.link, fact.target);
    case 'apache-enable':
      return applyApacheEnable(fs, fact);
    case 'move':
      fs.copy(fact.from, fact.to, false, true);
      return;
    case 'write-file':
      return fs.write(fact.path, named(fact.content, fact.atStart), fact.append, fact.location);
    case 'edit-file':
      return fs.edit(fact.path, fact.script, fact.location);
    case 'unknown-content':
      return fs.unknown(fact.path, fact.reason, fact.location);
    case 'copy-unknown-dest': {
      const { instruction, dest, prefix, unknown, location } = fact;
      if (fact.sourceBase === 'machine')
        return fs.copyUnknown(fact.sources, {
          instruction,
          dest,
          ...(prefix !== undefined ? { prefix } : {}),
          unknown,
          location,
        });
      if (ctx) copyToUnknown(fs, fact, ctx);
      return;
    }
    case 'write-unknown-dest': {
      const { how, dest, prefix, unknown, sourced, location } = fact;
      return fs.writeUnknown(
        {
          instruction: how,
          dest,
          ...(prefix !== undefined ? { prefix } : {}),
          unknown,
          ...(sourced ? { sourced } : {}),
          location,
        },
        fact.content,
      );
    }
    case 'envsubst': {
      const parts = fs.partsOf(fact.source);
      if (parts === undefined) return;
      if (parts === null)
        return fs.unknown(
          fact.dest,
          `rendered from ${fact.source}, whose content is not known`,
          fact.location,
        );
      const env = environmentOf(fact.environment);
      return fs.write(
        fact.dest,
        named(substituteParts(parts, env, fact.variables), fact.atStart),
        false,
        fact.location,
      );
    }
    default:
      return;
  }
}

function copyFact(fs: ImageFs, fact: Extract<Fact, { kind: 'copy' }>, ctx: ApplyContext): void {
  const intoDir = fact.dest.endsWith('/') || fact.sources.length > 1;
  if (fact.fromImage !== undefined) {
    if (/^\/etc\/(nginx|php|httpd|apache2|caddy)|php-fpm/.test(fact.dest))
      note(
        ctx,
        'copy-from-image',
        `${fact.dest} gets files from the image ${fact.fromImage}, which socklint does not have: they are not checked`,
        fact.location,
      );
    return;
  }
  if (fact.fromStage !== undefined) {
    const from = ctx.stage ? findStage(ctx.stages, fact.fromStage, ctx.stage.index) : undefined;
    if (!from || !ctx.cache)
      return note(
        ctx,
        'copy-from-unknown-stage',
        `no stage ${fact.fromStage} before this COPY`,
        fact.location,
      );
    const source = buildChain(stageChain(ctx.stages, from), ctx, ctx.cache);
    // Sources of another stage are paths from its root.
    for (const src of fact.sources) {
      for (const { rel, exact, entry } of source.filesUnder(path.posix.resolve('/', src))) {
        fs.adopt(exact && !intoDir ? fact.dest : path.posix.join(fact.dest, rel), entry);
      }
    }
    return;
  }
  for (const src of fact.sources) {
    // The builder cleans a source path from the context's root: `..` cannot leave the context.
    const inContext = path.posix.resolve('/', src).slice(1) || '.';
    for (const m of ctx.repo.match(inContext, ctx.contextDir)) {
      const below = ctx.contextDir ? m.path.slice(ctx.contextDir.length + 1) : m.path;
      const deployed = fact.parents
        ? path.posix.join(fact.dest, below)
        : m.exact && !intoDir
          ? fact.dest
          : path.posix.join(fact.dest, m.rel);
      const entry = ctx.repoEntry(m.path);
      if (!entry) continue;
      ctx.placed.add(m.path);
      if ('link' in entry) fs.link(deployed, entry.link);
      else fs.place(deployed, entry.file);
    }
  }
}

/** A COPY to an unknown path matters only when what it copies could configure a server. */
function copyToUnknown(
  fs: ImageFs,
  fact: Extract<Fact, { kind: 'copy-unknown-dest' }>,
  ctx: ApplyContext,
): void {
  const configs: string[] = [];
  for (const src of fact.sources) {
    if (fact.sourceBase === 'stage') {
      // Another stage's or image's files: only their path tells.
      if (isServerConfigPath(src)) configs.push(src);
      continue;
    }
    const inContext = path.posix.resolve('/', src).slice(1) || '.';
    for (const m of ctx.repo.match(inContext, ctx.contextDir)) {
      const entry = ctx.repoEntry(m.path);
      if (!entry || !('file' in entry) || !couldConfigureServer(entry.file.file, m.path)) continue;
      // Placed by the image, at a path not known: not a loose file of some other machine.
      ctx.placed.add(m.path);
      configs.push(m.path);
    }
  }
  if (configs.length === 0) return;
  const shown = fact.sources.join(' ');
  const held = configs.filter((c) => !fact.sources.some((src) => path.posix.join(ctx.contextDir, src) === c));
  fs.unknownWrites.push({
    instruction: fact.instruction,
    what:
      held.length > 0
        ? `${shown} (with ${held.slice(0, 3).join(', ')}${held.length > 3 ? ', …' : ''})`
        : shown,
    dest: fact.dest,
    ...(fact.prefix !== undefined ? { prefix: fact.prefix } : {}),
    unknown: fact.unknown,
    location: fact.location,
  });
}

/** Unknown values named by where they would come from: the build's variables or the container's environment. */
function named(parts: TextPart[], atStart: true | undefined): TextPart[] {
  const kind = atStart ? 'environment variable' : 'build variable';
  return parts.map((p) =>
    p.unknown
      ? { ...p, unknown: p.unknown.map((u) => (/^\$[A-Za-z_]\w*$/.test(u) ? `${kind} ${u.slice(1)}` : u)) }
      : p,
  );
}

function note(ctx: ApplyContext, code: string, message: string, location: Location): void {
  ctx.notes.push({ level: 'notice', code, message, location });
}
