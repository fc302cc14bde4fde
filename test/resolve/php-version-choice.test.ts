/** Per-version PHP trees an installer copies only for the versions the user chooses. */
import { afterAll, describe, expect, it } from '@jest/globals';
import { cpSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { analyze } from '../../src/engine/scan.js';
import { scratchDirs } from '../helpers/scratch.js';

const scratch = scratchDirs('socklint-php-versions-');
afterAll(scratch.cleanup);

/** The fixture's tree, changed by `edit`. */
async function scan(edit: (dir: string) => void) {
  const dir = scratch.make();
  cpSync(path.resolve('__fixtures__/host-php-versions-chosen'), dir, {
    recursive: true,
    verbatimSymlinks: true,
  });
  rmSync(path.join(dir, 'fixture.yml'));
  edit(dir);
  const { result } = await analyze({ root: dir });
  return {
    verdicts: result.sockets.map((s) => `${s.socket} ${s.verdict}`).sort(),
    messages: result.findings.map((f) => f.message),
  };
}

describe('PHP versions an installer copies by choice', () => {
  it('decides every version .socklint.yml declares installed', async () => {
    const r = await scan((dir) =>
      writeFileSync(path.join(dir, '.socklint.yml'), 'variables:\n  PHP_VERSIONS: "8.2 8.4"\n'),
    );
    expect(r.verdicts).toEqual(['/run/php/php8.2-fpm.sock connects', '/run/php/php8.4-fpm.sock connects']);
    expect(r.messages).toEqual([]);
  });

  it('leaves every version undecided when the choice has no default, naming the list', async () => {
    const r = await scan((dir) => rmSync(path.join(dir, '.env.dist')));
    expect(r.verdicts).toEqual(['/run/php/php8.2-fpm.sock undecided', '/run/php/php8.4-fpm.sock undecided']);
    expect(r.messages.join('\n')).toContain(
      'for the versions PHP_VERSIONS lists, which the user chooses at install time and the repository gives no default for',
    );
  });

  it('reads the tree as deployed when no script copies it by version', async () => {
    const r = await scan((dir) => rmSync(path.join(dir, 'scripts'), { recursive: true }));
    expect(r.verdicts).toEqual(['/run/php/php8.2-fpm.sock connects', '/run/php/php8.4-fpm.sock connects']);
  });
});
