/** An image without PHP-FPM whose socket a pool of another image of the repository creates. */
import { describe, expect, it } from '@jest/globals';
import path from 'node:path';
import { analyze } from '../../src/engine/scan.js';

describe('a pool of another image on the same socket', () => {
  it('is named in the undecided reason, with what to declare', async () => {
    const { result } = await analyze({ root: path.resolve('__fixtures__/image-multi-target') });
    expect(result.sockets.map((s) => s.verdict)).toEqual(['undecided']);
    const message = result.findings.find((f) => f.rule === 'socket-target-unresolved')?.message;
    expect(message).toContain(
      'in this repository, pool [app] of image Dockerfile (target php) (docker/php/zz-app.conf:2) listens on /run/php/app.sock: the two connect only if they run together and share /run/php',
    );
  });

  it('is not named when the image runs its own PHP-FPM', async () => {
    const { result } = await analyze({ root: path.resolve('__fixtures__/two-images') });
    expect(result.findings.map((f) => f.message).join('\n')).not.toContain('in this repository, pool');
  });
});
