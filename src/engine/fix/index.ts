/** Fixes: the minimal listen.* patch for every socket that cannot connect, and applying it. */
export { attachFixes, planFixes, outcomeOf, FIXABLE_RULES, type PoolOutcome } from './attach.js';
export {
  planPatches,
  patchFiles,
  selectFixes,
  applyEdits,
  unifiedDiff,
  type FixSelection,
  type PatchedFile,
} from './patches.js';
export { unfixedReasons } from './unfixed.js';
export { prepareFixes, describeFixRun, type FixRun } from './report.js';
