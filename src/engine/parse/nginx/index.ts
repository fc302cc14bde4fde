export { parseNginx } from './parser.js';
export type { NginxArg, NginxComment, NginxDirective, NginxFile, NginxParseError } from './parser.js';
