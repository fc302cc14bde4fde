/**
 * Variable precedence, lowest first, as Ansible documents it ("Understanding variable
 * precedence", docs.ansible.com/ansible/latest/playbook_guide/playbooks_variables.html):
 * role defaults; inventory group vars (`all` first, then parents before children, then by
 * name); inventory `group_vars/all`; playbook `group_vars/all`; inventory `group_vars/*`;
 * playbook `group_vars/*`; inventory host vars; inventory `host_vars/*`; playbook
 * `host_vars/*`; play `vars`; `vars_files`; role `vars`; block vars; task vars;
 * `include_vars`; `set_fact` and registered results; role parameters; include parameters;
 * extra vars (here: `variables:` of .socklint.yml).
 */
import type { Binding, Scope } from './render.js';
import type { Definition } from './yaml.js';

export type Level =
  | 'role defaults'
  | 'inventory group vars'
  | 'group_vars/all'
  | 'group_vars'
  | 'inventory host vars'
  | 'host_vars'
  | 'play vars'
  | 'vars_files'
  | 'role vars'
  | 'block vars'
  | 'task vars'
  | 'include_vars'
  | 'set_fact'
  | 'role params'
  | 'include params'
  | 'extra vars';

const ORDER: Level[] = [
  'role defaults',
  'inventory group vars',
  'group_vars/all',
  'group_vars',
  'inventory host vars',
  'host_vars',
  'play vars',
  'vars_files',
  'role vars',
  'block vars',
  'task vars',
  'include_vars',
  'set_fact',
  'role params',
  'include params',
  'extra vars',
];

/** Layers of bindings; a later layer of a higher level wins. */
export class VarScope implements Scope {
  private readonly layers: { level: Level; vars: Map<string, Binding> }[] = [];

  constructor(private readonly magic: (name: string) => Binding | undefined = () => undefined) {}

  /** A copy whose additions do not change this scope (for a role, a block, a task). */
  child(): VarScope {
    const c = new VarScope(this.magic);
    c.layers.push(...this.layers);
    return c;
  }

  add(level: Level, definitions: Definition[]): this {
    const vars = new Map<string, Binding>();
    for (const d of definitions) vars.set(d.name, { value: d.value, definition: d });
    return this.addBindings(level, vars);
  }

  addValues(level: Level, values: Record<string, unknown>): this {
    return this.addBindings(level, new Map(Object.entries(values).map(([k, v]) => [k, { value: v }])));
  }

  addBindings(level: Level, vars: Map<string, Binding>): this {
    if (vars.size === 0) return this;
    const rank = ORDER.indexOf(level);
    let at = this.layers.length;
    while (at > 0 && ORDER.indexOf(this.layers[at - 1].level) > rank) at--;
    this.layers.splice(at, 0, { level, vars });
    return this;
  }

  get(name: string): Binding | undefined {
    for (let i = this.layers.length - 1; i >= 0; i--) {
      const b = this.layers[i].vars.get(name);
      if (b) return b;
    }
    return this.magic(name);
  }

  /** Every definition in the scope of a variable (for "defined in a single place"). */
  definitionsOf(name: string): Definition[] {
    return this.layers.flatMap((l) => {
      const d = l.vars.get(name)?.definition;
      return d ? [d] : [];
    });
  }
}
