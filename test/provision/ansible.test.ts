import { beforeAll, describe, expect, it } from '@jest/globals';
import { loadShellParser } from '../../src/engine/parse/provision/shell-syntax.js';
import { ansibleFacts } from '../../src/engine/parse/provision/ansible.js';
import { source, span, withoutLocations } from './helpers.js';

const ROLE_TASKS = `---
- name: Install nginx and PHP-FPM
  ansible.builtin.apt:
    name:
      - nginx
      - "php{{ php_version }}-fpm"
    state: present

- name: Let nginx reach the FPM socket
  ansible.builtin.user:
    name: nginx
    groups: www-data
    append: yes

- name: Application account
  user: name=app uid=1001 group=www-data groups=adm,web system=yes

- name: Socket directory
  ansible.builtin.file:
    path: /run/php
    state: directory
    owner: www-data
    group: www-data
    mode: "0750"

- name: Pool
  ansible.builtin.template:
    src: pool.conf.j2
    dest: "/etc/php/{{ php_version }}/fpm/pool.d/app.conf"
    owner: root
    mode: 0644

- name: Enable the site
  file: src=/etc/nginx/sites-available/app dest=/etc/nginx/sites-enabled/app state=link

- block:
    - name: Socket group
      group:
        name: web
        gid: 1500
    - name: Web root
      file:
        path: /var/www/app
        mode: 775
  when: true
`;

beforeAll(() => loadShellParser());

describe('ansibleFacts', () => {
  it('reads a role tasks/main.yml', () => {
    const file = source('roles/web/tasks/main.yml', ROLE_TASKS);
    const { facts, notes } = ansibleFacts(file);
    expect(facts).toEqual([
      {
        kind: 'install-packages',
        manager: 'apt',
        packages: ['nginx', 'php{{ php_version }}-fpm'],
        location: span(
          file,
          'ansible.builtin.apt:\n    name:\n      - nginx\n      - "php{{ php_version }}-fpm"\n    state: present',
        ),
      },
      {
        kind: 'member-add',
        user: 'nginx',
        group: 'www-data',
        location: span(file, 'ansible.builtin.user:\n    name: nginx\n    groups: www-data\n    append: yes'),
      },
      {
        kind: 'user-add',
        user: 'app',
        uid: 1001,
        primaryGroup: 'www-data',
        groups: ['adm', 'web'],
        system: true,
        location: span(file, 'user: name=app uid=1001 group=www-data groups=adm,web system=yes'),
      },
      {
        kind: 'member-add',
        user: 'app',
        group: 'adm',
        location: span(file, 'user: name=app uid=1001 group=www-data groups=adm,web system=yes'),
      },
      {
        kind: 'member-add',
        user: 'app',
        group: 'web',
        location: span(file, 'user: name=app uid=1001 group=www-data groups=adm,web system=yes'),
      },
      {
        kind: 'mkdir',
        path: '/run/php',
        mode: 0o750,
        owner: 'www-data',
        group: 'www-data',
        location: span(
          file,
          'ansible.builtin.file:\n    path: /run/php\n    state: directory\n    owner: www-data\n    group: www-data\n    mode: "0750"',
        ),
      },
      {
        kind: 'copy',
        sourceBase: 'ansible',
        sources: ['pool.conf.j2'],
        dest: '/etc/php/{{ php_version }}/fpm/pool.d/app.conf',
        chown: 'root',
        location: span(
          file,
          'ansible.builtin.template:\n    src: pool.conf.j2\n    dest: "/etc/php/{{ php_version }}/fpm/pool.d/app.conf"\n    owner: root\n    mode: 0644',
        ),
      },
      {
        kind: 'symlink',
        target: '/etc/nginx/sites-available/app',
        link: '/etc/nginx/sites-enabled/app',
        location: span(
          file,
          'file: src=/etc/nginx/sites-available/app dest=/etc/nginx/sites-enabled/app state=link',
        ),
      },
      {
        kind: 'group-add',
        group: 'web',
        gid: 1500,
        location: span(file, 'group:\n        name: web\n        gid: 1500'),
      },
      {
        kind: 'chmod',
        path: '/var/www/app',
        mode: 775,
        recursive: false,
        location: span(file, 'file:\n        path: /var/www/app\n        mode: 775'),
      },
    ]);
    expect(notes).toEqual([
      {
        level: 'warning',
        code: 'ansible-mode-decimal',
        message:
          "mode 775 is a decimal number in YAML, so the mode set is 01407; write '0775' (quoted, with a leading 0)",
        location: span(file, 'file:\n        path: /var/www/app\n        mode: 775'),
      },
    ]);
  });

  it('reads playbooks, shell tasks with positions, and notes in-place config edits', () => {
    const file = source(
      'site.yml',
      [
        '- hosts: web',
        '  become: true',
        '  pre_tasks:',
        '    - shell: usermod -aG www-data nginx && mkdir -p -m 0755 /run/php',
        '  tasks:',
        '    - name: Listen on the socket',
        '      lineinfile:',
        '        path: /etc/php/8.2/fpm/pool.d/www.conf',
        "        regexp: '^listen ='",
        "        line: 'listen = /run/php/app.sock'",
        '    - ansible.builtin.command:',
        '        argv: [chown, "www-data:www-data", /run/php]',
        '    - name: Multi-line script',
        '      ansible.builtin.shell: |',
        '        set -e',
        '        groupadd -g 1500 web',
      ].join('\n'),
    );
    const { facts, notes } = ansibleFacts(file);
    expect(facts).toEqual([
      {
        kind: 'member-add',
        user: 'nginx',
        group: 'www-data',
        location: span(file, 'usermod -aG www-data nginx'),
      },
      { kind: 'mkdir', path: '/run/php', mode: 0o755, location: span(file, 'mkdir -p -m 0755 /run/php') },
      {
        kind: 'chown',
        path: '/run/php',
        owner: 'www-data',
        group: 'www-data',
        recursive: false,
        location: span(file, 'chown, "www-data:www-data", /run/php'),
      },
      { kind: 'group-add', group: 'web', gid: 1500, location: span(file, 'groupadd -g 1500 web') },
    ]);
    expect(notes).toEqual([
      {
        level: 'notice',
        code: 'config-edited-by-script',
        message: expect.stringMatching(/^\/etc\/php\/8\.2\/fpm\/pool\.d\/www\.conf is edited by lineinfile/),
        location: span(
          file,
          "lineinfile:\n        path: /etc/php/8.2/fpm/pool.d/www.conf\n        regexp: '^listen ='\n        line: 'listen = /run/php/app.sock'",
        ),
      },
    ]);
  });

  it('expands literal loops and keeps templated ones as written', () => {
    const file = source(
      'roles/web/tasks/members.yml',
      [
        '- name: Members',
        '  user:',
        '    name: "{{ item }}"',
        '    groups: www-data',
        '    append: true',
        '  loop: [nginx, deploy]',
        '- file: path={{ item.path }} state=directory mode={{ item.mode }}',
        '  with_items:',
        "    - { path: /run/php, mode: '0755' }",
        '- user: name={{ item }} groups=web append=yes',
        '  loop: "{{ users }}"',
      ].join('\n'),
    );
    expect(withoutLocations(ansibleFacts(file).facts)).toEqual([
      { kind: 'member-add', user: 'nginx', group: 'www-data' },
      { kind: 'member-add', user: 'deploy', group: 'www-data' },
      { kind: 'mkdir', path: '/run/php', mode: 0o755 },
      { kind: 'member-add', user: '{{ item }}', group: 'web' },
    ]);
  });

  it('ignores account and package removals and mappings that are not task lists, and reports broken YAML', () => {
    expect(ansibleFacts(source('vars/main.yml', 'php_version: "8.2"\n')).facts).toEqual([]);
    expect(
      ansibleFacts(source('t.yml', '- user: {name: old, state: absent}\n- apt: name=nginx state=absent\n'))
        .facts,
    ).toEqual([]);
    const removal = source('t.yml', '- file: path=/etc/nginx/sites-enabled/default state=absent\n');
    expect(ansibleFacts(removal).facts).toEqual([
      {
        kind: 'remove',
        path: '/etc/nginx/sites-enabled/default',
        recursive: true,
        location: span(removal, 'file: path=/etc/nginx/sites-enabled/default state=absent'),
      },
    ]);
    const broken = ansibleFacts(source('t.yml', '- name: x\n  user: [unclosed\n'));
    expect(broken.notes.map((n) => n.code)).toEqual(['yaml-invalid']);
  });
});

describe('a shell text the parser flags as a whole', () => {
  // tree-sitter-bash marks this folded `{{ item }}` text as an error without an erroneous child;
  // the reader once failed on it with a TypeError, and the whole scan stopped with exit 2.
  const TASKS = `- name: Build the extension.
  shell: >
    {{ item }}
    chdir={{ workspace }}/my-extension-source-tree-main1
    creates={{ workspace }}/my-extension-source-tree-main1/modules/myextension_ab.so
`;

  it('is read as unreadable, with a note on its lines, not a crash', () => {
    const file = source('tasks/main.yml', TASKS);
    const result = ansibleFacts(file);
    expect(result.facts).toEqual([]);
    expect(result.notes.map((n) => [n.code, n.location?.line, n.location?.endLine])).toEqual([
      ['shell-syntax-error', 3, 5],
    ]);
  });
});
