/**
 * What a scan met while reading, worded apart from findings. A *notice* is the lowest severity
 * of a finding and can fail a scan (`--fail-on notice`); a *note* (an include that is not in the
 * repository, a loop, a file that could not be read) never does and is never counted with the
 * findings. The text report and the action's summary both word them through here.
 */
import type { ScanResult } from '../findings.js';
import type { Note, SkippedFile } from '../types.js';

/** The notes a report shows: all of them (a note without a location says what the scan could not see). */
export function shownNotes(result: Pick<ScanResult, 'notes'>): Note[] {
  return result.notes;
}

/** `etc/php/old.conf: binary (…)`. */
export function describeSkipped(s: SkippedFile): string {
  return `${s.path}: ${s.reason}`;
}

/** `etc/nginx/nginx.conf:12:3: include "…" is not in the repository; …`. */
export function describeNote(n: Note): string {
  const at = n.location ? `${n.location.file}:${n.location.line}:${n.location.column}: ` : '';
  return `${at}${n.message}`;
}

/**
 * One line after the skipped files and notes, e.g. `Read with 2 files skipped and 19 notes (not
 * findings: they never change the exit code).`; undefined when there is neither.
 */
export function readingSummary(result: Pick<ScanResult, 'notes' | 'skipped'>): string | undefined {
  const skipped = result.skipped.length;
  const notes = shownNotes(result).length;
  if (skipped === 0 && notes === 0) return undefined;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const parts = [
    ...(skipped > 0 ? [`${plural(skipped, 'file')} skipped`] : []),
    ...(notes > 0 ? [plural(notes, 'note')] : []),
  ];
  return `Read with ${parts.join(' and ')} (not findings: they never change the exit code).`;
}
