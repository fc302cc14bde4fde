/**
 * GitHub's size limits on what the action sends. GitHub states them in characters or KB and
 * counts characters in ways that differ by endpoint (a 4-byte emoji has counted as 4), so every
 * limit here is applied in UTF-8 bytes, which is never less than any of those counts; text is cut
 * on a code-point boundary, so a surrogate pair is never split into invalid Unicode.
 */

export const LIMITS = {
  /** Checks API annotation `message` and `raw_details`: "The maximum size is 64 KB". */
  annotationMessage: 64 * 1024,
  /** Checks API annotation `title`: "The maximum size is 255 characters". */
  annotationTitle: 255,
  /** Checks API `output.summary` and `output.text`: "Maximum length: 65535 characters". */
  checkOutput: 65_535,
  /** Review and review-comment bodies: "Body is too long (maximum is 65536 characters)". */
  commentBody: 65_536,
  /** `$GITHUB_STEP_SUMMARY`: 1 MiB per step; larger uploads are refused. */
  stepSummary: 1024 * 1024,
} as const;

export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * `text` (with any lone surrogate, which JSON would send as invalid Unicode, made U+FFFD) when it
 * fits in `maxBytes` UTF-8 bytes, else its longest prefix of whole code points
 * that fits together with `note`.
 */
export function fitUtf8(raw: string, maxBytes: number, note = '…'): string {
  const text = raw.replace(LONE_SURROGATE, '\ufffd');
  if (utf8Bytes(text) <= maxBytes) return text;
  let budget = maxBytes - utf8Bytes(note);
  let end = 0;
  for (const char of text) {
    const size = utf8Bytes(char);
    if (size > budget) break;
    budget -= size;
    end += char.length;
  }
  return text.slice(0, end) + note;
}
