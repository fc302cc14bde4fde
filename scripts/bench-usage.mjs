// Preloaded (`node --import`) into the processes `npm run bench` times: at exit, one line on stderr
// with the process's CPU time and peak resident memory, which a parent cannot read otherwise.
import { writeSync } from 'node:fs';

process.on('exit', () => {
  const u = process.resourceUsage();
  writeSync(
    2,
    `\nBENCH-USAGE ${JSON.stringify({ cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, maxRssKb: u.maxRSS })}\n`,
  );
});
