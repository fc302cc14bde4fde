/**
 * Heredocs as BuildKit finds them (moby/buildkit frontend/dockerfile/parser: heredocsFromLine,
 * ParseHeredoc), including the cases where dockerfile-ast reads the file differently.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { heredocBodies, heredocWords } from '../../src/engine/parse/provision/docker-heredocs.js';
import { dockerfileFacts } from '../../src/engine/parse/provision/dockerfile.js';
import { loadProvisionParsers } from '../../src/engine/parse/provision/index.js';
import { source } from './helpers.js';

beforeAll(() => loadProvisionParsers());

describe('heredocWords', () => {
  it.each([
    ['RUN <<EOF', ['EOF'], [true]],
    ['RUN <<-EOF', ['EOF'], [true]],
    // `<<` takes the blanks right after it, not after `-`: `<<-` is then a word of its own.
    ['RUN <<- EOF', [], []],
    ['RUN <<  EOF', ['EOF'], [true]],
    ['RUN << -EOF', ['-EOF'], [true]],
    ["RUN <<'EOF'", ['EOF'], [false]],
    ['RUN <<"EOF"', ['EOF'], [false]],
    ['RUN <<EO"F"', ['EOF'], [false]],
    ["RUN <<eo\\'f", ["eo'f"], [true]],
    ["RUN <<'one two'", ['one two'], [false]],
    ['RUN <<$EOF', ['$EOF'], [true]],
    ['RUN 4<<EOF', ['EOF'], [true]],
    ['RUN <<EOF <<EOF2', ['EOF', 'EOF2'], [true, true]],
    ['RUN cat >> /f <<EOF', ['EOF'], [true]],
    ["RUN '<<EOF'", [], []],
    ['RUN "<<EOF"', [], []],
    ['RUN echo "a <<NOT" > /tmp/x', [], []],
    ['RUN echo \\<<EOF', [], []],
    ['RUN echo $((1<<2))', [], []],
    ['RUN <<<EOF', [], []],
  ])('%s', (line, names, expand) => {
    const words = heredocWords(line);
    expect(words.map((w) => w.name)).toEqual(names);
    expect(words.map((w) => w.expand)).toEqual(expand);
  });

  it('finds bodies one after the other, <<- ignoring leading tabs, and none when unterminated', () => {
    const text = 'a\nA\n\tb\n\tB\nrest\n';
    expect(heredocBodies(text, 0, heredocWords('<<A <<-B'))).toEqual([
      { name: 'A', expand: true, chomp: false, bodyStart: 0, bodyEnd: 2, end: 4 },
      { name: 'B', expand: true, chomp: true, bodyStart: 4, bodyEnd: 7, end: 10 },
    ]);
    expect(heredocBodies(text, 0, heredocWords('<<C'))).toBeUndefined();
  });
});

describe('Dockerfile instructions around heredocs', () => {
  const kinds = (text: string) =>
    dockerfileFacts(source('Dockerfile', text)).facts.map((f) =>
      f.kind === 'user' ? `USER ${f.user}` : f.kind,
    );

  it('ends an instruction where BuildKit does when dockerfile-ast reads a heredoc that is not one', () => {
    expect(kinds('FROM alpine\nRUN echo "a <<NOT" > /tmp/x\nRUN useradd b\nUSER web\n')).toEqual([
      'from',
      'write-file',
      'group-add',
      'user-add',
      'USER web',
    ]);
    expect(kinds("FROM alpine\nRUN echo 'x' \\<<EOF\nUSER web\n")).toEqual(['from', 'USER web']);
  });

  it('reads a heredoc dockerfile-ast misses (a blank after <<) and does not take its body for instructions', () => {
    const file = source(
      'Dockerfile',
      "FROM alpine\nRUN cat << 'EOF' > /etc/x.conf\nuseradd a\nEOF\nUSER web\n",
    );
    const { facts } = dockerfileFacts(file);
    expect(facts.map((f) => f.kind)).toEqual(['from', 'write-file', 'user']);
    const written = facts[1];
    expect(written.kind === 'write-file' && written.content.map((p) => p.text).join('')).toBe('useradd a\n');
  });

  it('notes a heredoc that is never closed', () => {
    const { notes } = dockerfileFacts(source('Dockerfile', 'FROM alpine\nRUN cat <<EOF > /x\nhello\n'));
    expect(notes.map((n) => [n.code, n.location?.line])).toEqual([['unterminated-heredoc', 2]]);
  });
});
