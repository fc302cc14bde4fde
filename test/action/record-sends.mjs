// Preloaded (`node --import`) into the action under test: one JSON line per HTTP request, written
// when its headers go out on the socket (undici's `undici:client:sendHeaders` diagnostics channel,
// which the action's fetch publishes to), into the file SOCKLINT_E2E_SENDS names. Spacing is then
// measured where the action enforces it, on the sender's clock, not where requests arrive, which a
// busy machine delays unevenly.
import { appendFileSync } from 'node:fs';
import { subscribe } from 'node:diagnostics_channel';

const log = process.env.SOCKLINT_E2E_SENDS;
subscribe('undici:client:sendHeaders', ({ request }) => {
  const at = performance.timeOrigin + performance.now();
  const path = new URL(request.path, request.origin).pathname;
  appendFileSync(log, JSON.stringify({ at, method: request.method, path }) + '\n');
});
