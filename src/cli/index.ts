#!/usr/bin/env node
import { main } from './main.js';

// A reader that stops early (`socklint scan | head`) closes the pipe: the rest of the output has
// nowhere to go, which is not a failure of the scan, so the exit code stays the scan's.
let closed = false;
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  closed = true;
});
const code = await main(process.argv.slice(2), {
  stdout: (text) => {
    if (!closed) process.stdout.write(text);
  },
  stderr: (text) => process.stderr.write(text),
  isTty: process.stdout.isTTY === true,
});
// Leaving once the output is flushed skips freeing the heap at exit: 50 ms after a large scan.
const flushed = (stream: NodeJS.WriteStream) => new Promise<void>((done) => stream.write('', () => done()));
await Promise.all([closed ? undefined : flushed(process.stdout), flushed(process.stderr)]);
process.exit(code);
