import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv04 from 'ajv-draft-04';
import { analyze } from '../../src/engine/scan.js';
import { renderSarif } from '../../src/engine/report/sarif.js';
import { RULES } from '../../src/engine/rules/index.js';

const schema = JSON.parse(
  readFileSync(path.resolve('node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'),
);
// The SARIF 2.1.0 schema is draft-04.
const validate = new Ajv04({
  strict: false,
  allErrors: true,
  validateFormats: false,
  unicodeRegExp: false,
}).compile(schema);

describe('SARIF', () => {
  it.each(['debian-broken-socket', 'trap-php74-path', 'multi-pool-host', 'ansible-templates'])(
    '%s validates against the SARIF 2.1.0 schema',
    async (name) => {
      const { result } = await analyze({ root: path.resolve('__fixtures__', name) });
      const log = renderSarif(result, { toolVersion: '1.2.3' });
      const ok = validate(log);
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
      expect(log.runs).toHaveLength(1);
      expect(log.runs[0].results).toHaveLength(result.findings.length);
    },
  );

  it('the validator rejects a malformed log', () => {
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: {} }, results: [{ ruleId: 1 }] }] })).toBe(
      false,
    );
  });

  it('describes every rule as code scanning needs it', async () => {
    const { result } = await analyze({ root: path.resolve('__fixtures__/debian-broken-socket') });
    const rules = renderSarif(result, { toolVersion: '1.2.3' }).runs[0].tool.driver.rules!;
    expect(rules.map((r) => r.id)).toEqual(RULES.map((r) => r.id));
    for (const rule of rules) {
      expect(rule.shortDescription?.text).toBeTruthy();
      expect(rule.fullDescription?.text).toBeTruthy();
      expect(rule.helpUri).toMatch(new RegExp(`docs/rules/${rule.id}\\.md$`));
      expect(['error', 'warning', 'note']).toContain(rule.defaultConfiguration?.level);
      expect(Array.isArray(rule.properties?.tags)).toBe(true);
    }
    const security = rules.filter((r) => (r.properties?.tags as string[]).includes('security'));
    for (const rule of security) expect(Number(rule.properties?.['security-severity'])).toBeGreaterThan(0);
  });

  it('carries regions with columns, related locations and fingerprints', async () => {
    const { result } = await analyze({ root: path.resolve('__fixtures__/debian-broken-socket') });
    const denied = renderSarif(result, { toolVersion: '1' }).runs[0].results!.find(
      (r) => r.ruleId === 'socket-permission-denied',
    )!;
    expect(denied.level).toBe('error');
    expect(denied.locations![0].physicalLocation!.artifactLocation!.uri).toBe(
      'etc/php/8.2/fpm/pool.d/www.conf',
    );
    expect(denied.locations![0].physicalLocation!.region).toEqual({
      startLine: 7,
      startColumn: 1,
      endLine: 7,
      endColumn: 34,
    });
    expect(denied.relatedLocations![0].physicalLocation!.artifactLocation!.uri).toBe(
      'etc/nginx/sites-available/shop',
    );
    expect(denied.partialFingerprints!['socklint/v1']).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe('every rule has its documentation page', () => {
  it.each(RULES.map((r) => r.id))('%s', (id) => {
    const page = readFileSync(path.resolve('docs/rules', `${id}.md`), 'utf8');
    expect(page).toMatch(new RegExp(`^# ${id}\\n`));
    for (const section of [
      '## What it finds',
      '## Why',
      '## Failing example',
      '## Passing example',
      '## How to fix',
    ]) {
      expect(page).toContain(section);
    }
  });
});
