import type { FileKind } from '../types.js';

/** A file's kind and why: what the name and content checks of discovery return. */
export interface Classification {
  kind: FileKind;
  reason: string;
}
