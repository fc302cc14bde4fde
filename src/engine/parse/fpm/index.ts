export { parseFpmFile, parseFpmLine } from './lines.js';
export type { FpmLine, BlankLine, CommentLine, SectionLine, EntryLine, InvalidLine } from './lines.js';
export { parseListenMode, effectiveListenMode, DEFAULT_LISTEN_MODE } from './mode.js';
export { listenAddress, tcpPort } from './address.js';
export { GLOBAL_KEYS, POOL_KEYS, POOL_ARRAYS, checkValue } from './keys.js';
export type { FpmKey, FpmValueType } from './keys.js';
