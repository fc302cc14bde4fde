/**
 * Real Ansible as the oracle: every template of test/ansible/oracle/ and every fully known
 * render of the Ansible fixtures is rendered by ansible-playbook's template module with the
 * same variables, and socklint's renderer must produce the same bytes. Off CI the test is
 * skipped, with one line, when ansible-playbook is not installed; on CI it must run.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { analyze } from '../../src/engine/scan.js';
import { Renderer } from '../../src/engine/ansible/render.js';
import { VarScope } from '../../src/engine/ansible/scope.js';
import { fileDefinitions, readYaml } from '../../src/engine/ansible/yaml.js';
import { hasPlaceholder, Placeholders } from '../../src/engine/templates.js';

const ORACLE = path.resolve('test/ansible/oracle');
const FIXTURES = path.resolve('__fixtures__');
const available = spawnSync('ansible-playbook', ['--version']).status === 0;
if (!available && process.env.CI)
  throw new Error('ansible-playbook is required on CI (apt-get install ansible)');
if (!available) console.log('oracle: ansible-playbook is not installed, the Ansible oracle test is skipped');

interface Case {
  name: string;
  template: string;
  /** Variables as Ansible reads them: a vars file, or values. */
  varsFile?: string;
  vars?: Record<string, unknown>;
  ours: string;
}

const cases: Case[] = [];
const dir = mkdtempSync(path.join(tmpdir(), 'socklint-oracle-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function ownRender(template: string, varsFile: string): string {
  const read = (p: string) => ({
    path: p,
    absPath: p,
    text: readFileSync(p, 'utf8'),
    hadBom: false,
    crlf: false,
  });
  const scope = new VarScope((name) =>
    name === 'ansible_managed' ? { value: 'Ansible managed' } : undefined,
  );
  scope.add('play vars', fileDefinitions(readYaml(read(varsFile))));
  return new Renderer(scope, new Placeholders({}), () => undefined).render(read(template)).text;
}

beforeAll(async () => {
  for (const name of readdirSync(ORACLE).filter((f) => !f.endsWith('.vars.yml'))) {
    const varsFile = path.join(ORACLE, name.replace(/(\.conf)?\.j2$/, '') + '.vars.yml');
    cases.push({
      name: `oracle/${name}`,
      template: path.join(ORACLE, name),
      varsFile,
      ours: ownRender(path.join(ORACLE, name), varsFile),
    });
  }
  for (const fixture of readdirSync(FIXTURES).filter((d) => d.startsWith('ansible-'))) {
    const { graphs } = await analyze({ root: path.join(FIXTURES, fixture) });
    for (const graph of graphs) {
      for (const render of graph.unit.templates ?? []) {
        const { rendered } = render;
        // Undecided renders (a variable the repository leaves undefined) are not compared.
        if (hasPlaceholder(rendered.text) || rendered.uncertain.length > 0) continue;
        const vars: Record<string, unknown> = {};
        for (const [n, b] of rendered.used)
          if (b && b.value !== undefined && n !== 'ansible_managed') vars[n] = b.value;
        cases.push({
          name: `${fixture} ${graph.unit.id} ${render.template.path}`,
          template: path.join(FIXTURES, fixture, render.template.path),
          vars,
          ours: rendered.text,
        });
      }
    }
  }
  if (!available) return;
  const tasks = cases.map((c, i) => ({
    name: c.name,
    'ansible.builtin.template': { src: c.template, dest: path.join(dir, `${i}.out`) },
    ...(c.vars ? { vars: c.vars } : {}),
    ...(c.varsFile ? { include_vars_file: c.varsFile } : {}),
  }));
  const play = [
    {
      hosts: 'localhost',
      connection: 'local',
      gather_facts: false,
      tasks: tasks.flatMap((t) => {
        const { include_vars_file: file, ...task } = t as typeof t & { include_vars_file?: string };
        return file ? [{ 'ansible.builtin.include_vars': file }, task] : [task];
      }),
    },
  ];
  writeFileSync(path.join(dir, 'play.yml'), JSON.stringify(play));
  execFileSync('ansible-playbook', ['-i', 'localhost,', path.join(dir, 'play.yml')], {
    env: {
      ...process.env,
      ANSIBLE_NOCOLOR: '1',
      ANSIBLE_LOCALHOST_WARNING: 'False',
      ANSIBLE_INVENTORY_UNPARSED_WARNING: 'False',
    },
    stdio: 'pipe',
  });
}, 180_000);

describe('renders as Ansible renders', () => {
  it('has templates to compare', () => {
    expect(cases.filter((c) => c.name.startsWith('oracle/')).length).toBeGreaterThanOrEqual(3);
    expect(cases.filter((c) => !c.name.startsWith('oracle/')).length).toBeGreaterThanOrEqual(5);
  });

  (available ? it : it.skip)('byte for byte, every template', () => {
    const differ = cases
      .map((c, i) => ({
        name: c.name,
        ours: c.ours,
        ansible: existsSync(path.join(dir, `${i}.out`))
          ? readFileSync(path.join(dir, `${i}.out`), 'utf8')
          : '(not written)',
      }))
      .filter((c) => c.ours !== c.ansible);
    expect(differ).toEqual([]);
  });
});
