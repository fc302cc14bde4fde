// The reference for `npm run bench` (b): a process that parses one nginx file with nginx-conf.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const { NginxParser } = createRequire(import.meta.url)('nginx-conf/dist/src/parser.js');
let failure;
new NginxParser().parse(readFileSync(process.argv[2], 'utf8'), (error) => (failure = error));
if (failure) throw new Error(`nginx-conf: ${failure.message}`);
