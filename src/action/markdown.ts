/** Small Markdown helpers for the job summary, the check run and review comments. */
import type { Location } from '../engine/types.js';

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Text for a table cell: no pipes, no line breaks that would end the row. */
export function cell(text: string): string {
  return escapeHtml(text).replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

/** An inline code span that survives backticks in the text. */
export function code(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return longest > 0 ? `${fence} ${text} ${fence}` : `${fence}${text}${fence}`;
}

/** A fenced block whose fence is longer than any backtick run inside. */
export function fenced(info: string, body: string): string {
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${info}\n${body}${body.endsWith('\n') ? '' : '\n'}${fence}`;
}

export interface RepoRef {
  serverUrl: string;
  owner: string;
  repo: string;
  sha: string;
}

/** `https://github.com/OWNER/REPO/blob/SHA/path#Lx-Ly`: the lines at the analyzed commit. */
export function blobUrl(ref: RepoRef, loc: Pick<Location, 'file' | 'line' | 'endLine'>): string {
  const path = loc.file.split('/').map(encodeURIComponent).join('/');
  const lines = loc.endLine > loc.line ? `#L${loc.line}-L${loc.endLine}` : `#L${loc.line}`;
  return `${ref.serverUrl}/${ref.owner}/${ref.repo}/blob/${ref.sha}/${path}${lines}`;
}

export function locationLink(ref: RepoRef, loc: Pick<Location, 'file' | 'line' | 'endLine'>): string {
  const label = loc.endLine > loc.line ? `${loc.file}:${loc.line}-${loc.endLine}` : `${loc.file}:${loc.line}`;
  return `[${escapeHtml(label).replace(/([[\]])/g, '\\$1')}](${blobUrl(ref, loc)})`;
}
