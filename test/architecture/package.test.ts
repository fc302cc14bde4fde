/**
 * `engines` tells the truth about what `npx socklint` installs: every dependency installed with
 * the package (dist/ bundles the rest) runs on the oldest Node the package claims.
 */
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

type Version = [number, number, number];

function parse(v: string): Version {
  const [a = 0, b = 0, c = 0] = v
    .replace(/^v/, '')
    .split('.')
    .map((x) => Number.parseInt(x, 10) || 0);
  return [a, b, c];
}

function compare(a: Version, b: Version): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/** npm's range forms that engines fields use: `>=X`, `^X`, `X`, `>=X <Y`, joined by `||`. */
function satisfies(version: string, range: string): boolean {
  const v = parse(version);
  return range.split('||').some((alternative) =>
    alternative
      .trim()
      .replace(/(>=|<=|>|<|\^|~)\s+/g, '$1')
      .split(/\s+/)
      .every((part) => {
        const m = /^(>=|<=|>|<|\^|~)?(.+)$/.exec(part)!;
        const bound = parse(m[2]);
        const c = compare(v, bound);
        switch (m[1]) {
          case '>=':
            return c >= 0;
          case '>':
            return c > 0;
          case '<=':
            return c <= 0;
          case '<':
            return c < 0;
          case '^':
          case '~':
            return c >= 0 && v[0] === bound[0];
          default:
            return m[2].split('.').every((x, i) => x === 'x' || x === '*' || Number(x) === v[i]);
        }
      }),
  );
}

describe('engines', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  const oldest = pkg.engines.node.replace(/^>=\s*/, '');

  it('is a lower bound the tests run on', () => {
    expect(pkg.engines.node).toMatch(/^>=\s*\d+(\.\d+){0,2}$/);
    expect(satisfies(process.version, pkg.engines.node)).toBe(true);
  });

  it('is met by every dependency that npx installs with the package', () => {
    const tree = JSON.parse(
      execFileSync('npm', ['ls', '--omit=dev', '--all', '--json', '--long'], { encoding: 'utf8' }),
    );
    const unmet: string[] = [];
    const visit = (deps: Record<string, { version: string; path?: string; dependencies?: object }> = {}) => {
      for (const [name, dep] of Object.entries(deps)) {
        const manifest = JSON.parse(readFileSync(path.join(dep.path!, 'package.json'), 'utf8'));
        const range: string | undefined = manifest.engines?.node;
        if (range && !satisfies(oldest, range)) unmet.push(`${name}@${dep.version} needs node ${range}`);
        visit(dep.dependencies as typeof deps);
      }
    };
    visit(tree.dependencies);
    expect(unmet).toEqual([]);
  });

  it('reads the range forms of engines fields', () => {
    expect(satisfies('20.0.0', '>=20')).toBe(true);
    expect(satisfies('20.0.0', '>= 20')).toBe(true);
    expect(satisfies('20.0.0', '>=22')).toBe(false);
    expect(satisfies('20.0.0', '^18.18.0 || ^20.9.0 || >=21.1.0')).toBe(false);
    expect(satisfies('20.9.0', '^18.18.0 || ^20.9.0 || >=21.1.0')).toBe(true);
    expect(satisfies('24.1.0', '18 || 20 || >=22')).toBe(true);
    expect(satisfies('21.0.0', '18 || 20 || >=22')).toBe(false);
    expect(satisfies('0.7.1', '>=0.6.11 <=0.7.0 || >=0.7.3')).toBe(false);
  });
});
