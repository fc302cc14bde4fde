/**
 * Golden tests of every output format. The expected files live in test/golden/; after a
 * reviewed change, regenerate them with UPDATE_GOLDEN=1.
 */
import { describe, expect, it } from '@jest/globals';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { analyze } from '../../src/engine/scan.js';
import { renderJson } from '../../src/engine/report/json.js';
import { renderSarif } from '../../src/engine/report/sarif.js';
import { describeSockets, renderSocketsText } from '../../src/engine/report/sockets.js';
import { renderText } from '../../src/engine/report/text.js';

const FIXTURES = path.resolve('__fixtures__');
const GOLDEN = path.resolve('test/golden');
const ALL = readdirSync(FIXTURES).filter((d) => existsSync(path.join(FIXTURES, d, 'fixture.yml')));
const REPORTED = [
  'debian-broken-socket',
  'multi-pool-host',
  'trap-php74-path',
  'ansible-templates',
  'docker-official-images',
];

function golden(name: string, actual: string): void {
  const file = path.join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN || !existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, actual);
  }
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

describe('scan reports', () => {
  it.each(REPORTED)('%s: text, json and sarif', async (name) => {
    const analysis = await analyze({ root: path.join(FIXTURES, name) });
    const sources = analysis.sources;
    golden(`scan/${name}.txt`, renderText(analysis.result, { color: false, sources }));
    golden(`scan/${name}.json`, renderJson(analysis.result));
    golden(
      `scan/${name}.sarif`,
      JSON.stringify(renderSarif(analysis.result, { toolVersion: '0.0.0-test' }), null, 2) + '\n',
    );
  });
});

describe('socklint sockets', () => {
  it.each(ALL)('%s', async (name) => {
    const analysis = await analyze({ root: path.join(FIXTURES, name) });
    const view = describeSockets(analysis.graphs, analysis.evaluations, analysis.restore);
    golden(`sockets/${name}.txt`, renderSocketsText(view));
    golden(`sockets/${name}.json`, JSON.stringify(view, null, 2) + '\n');
  });
});
