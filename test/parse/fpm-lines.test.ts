import { describe, expect, it } from '@jest/globals';
import {
  parseFpmFile,
  parseFpmLine,
  type EntryLine,
  type FpmLine,
} from '../../src/engine/parse/fpm/lines.js';

const entry = (line: string): EntryLine => {
  const parsed = parseFpmLine(line, 1);
  if (parsed.kind !== 'entry') throw new Error(`not an entry: ${JSON.stringify(parsed)}`);
  return parsed;
};
const value = (text: string): string => entry(`k = ${text}`).value;
const invalid = (line: string): string => {
  const parsed = parseFpmLine(line, 1);
  if (parsed.kind !== 'invalid') throw new Error(`not invalid: ${JSON.stringify(parsed)}`);
  return parsed.message;
};
const span = (column: number, endColumn: number, line = 1) => ({ line, column, endLine: line, endColumn });

describe('line kinds and spans', () => {
  it('keeps the spans of key, =, raw value and comment', () => {
    const e = entry('  listen.owner = www-data ; who owns it');
    expect(e).toMatchObject({
      key: 'listen.owner',
      keySpan: span(3, 15),
      eqSpan: span(16, 17),
      raw: 'www-data',
      rawSpan: span(18, 26),
      value: 'www-data',
      comment: span(27, 40),
      span: span(1, 40),
      unresolved: [],
    });
  });

  it('gives an empty value an empty span right after = and its blanks', () => {
    const e = entry('listen.owner =   ');
    expect(e.value).toBe('');
    expect(e.raw).toBe('');
    expect(e.rawSpan).toEqual(span(18, 18));
  });

  it('reads blank lines, comments and sections', () => {
    expect(parseFpmLine('   \t', 4)).toEqual({ kind: 'blank', span: span(1, 5, 4) });
    expect(parseFpmLine('  ; note', 2)).toEqual({
      kind: 'comment',
      span: span(1, 9, 2),
      comment: span(3, 9, 2),
    });
    expect(parseFpmLine('[www] ; pool', 3)).toEqual({
      kind: 'section',
      span: span(1, 13, 3),
      name: 'www',
      nameSpan: span(2, 5, 3),
      comment: span(7, 13, 3),
    });
  });

  it('keeps spaces in section names and drops their double quotes (as FPM 8.2 does)', () => {
    expect(parseFpmLine('[ my pool ]', 1)).toMatchObject({ kind: 'section', name: ' my pool ' });
    expect(parseFpmLine('["ww"]', 1)).toMatchObject({ kind: 'section', name: 'ww' });
  });

  it('refuses what FPM refuses in sections', () => {
    expect(invalid('[www')).toBe("syntax error, unexpected end of file, expecting ']'");
    expect(invalid('[ww]w]')).toBe('value is NULL for a ZEND_INI_PARSER_ENTRY');
  });

  it('reads array keys', () => {
    expect(entry('php_admin_value[error_log] = /var/log/x.log')).toMatchObject({
      key: 'php_admin_value[error_log]',
      keySpan: span(1, 27),
      array: { name: 'php_admin_value', key: 'error_log' },
      value: '/var/log/x.log',
    });
    expect(entry('env[ PATH ] = /bin').array).toEqual({ name: 'env', key: 'PATH' });
    expect(entry('access.suppress_path[] = /ping').array).toEqual({ name: 'access.suppress_path', key: '' });
    expect(entry('php_value[a b] = 1').array).toEqual({ name: 'php_value', key: 'a b' });
  });

  it('keeps spaces inside keys (FPM then reports an unknown entry)', () => {
    expect(entry('listen owner = x').key).toBe('listen owner');
  });
});

describe('S2: comments, and # which is not one', () => {
  it('starts a comment at ; anywhere outside quotes, even without a space (G3)', () => {
    const e = entry('listen.owner = www-data;x');
    expect(e.value).toBe('www-data');
    expect(e.raw).toBe('www-data');
    expect(e.comment).toEqual(span(24, 26));
  });

  it('keeps ; inside quotes', () => {
    expect(value('"a;b"')).toBe('a;b');
    expect(value("'a;b'")).toBe('a;b');
  });

  it('refuses a # line: a key without a value (G1)', () => {
    const parsed = parseFpmLine('# listen.owner = x', 1);
    expect(parsed.kind).toBe('entry');
    expect(invalid('# text')).toBe('value is NULL for a ZEND_INI_PARSER_ENTRY');
  });

  it('reads #key = x as a key named #key (FPM: unknown entry, G2)', () => {
    expect(entry('#listen.owner = x').key).toBe('#listen.owner');
  });

  it('keeps an inline # in the value (G4)', () => {
    expect(value('www-data # hash')).toBe('www-data # hash');
  });
});

describe('S3: whitespace', () => {
  it('trims around = and at the end, keeps inner spaces', () => {
    expect(entry('listen\t=\t/run/a.sock \t').value).toBe('/run/a.sock');
    expect(value('a b  c')).toBe('a b  c');
  });

  it('drops blanks next to double quotes, keeps them next to single quotes', () => {
    expect(value('a "b" c')).toBe('abc');
    expect(value('"a"  "b"')).toBe('ab');
    expect(value("'a' b")).toBe('a b');
  });

  it('refuses = in an unquoted value, and a line starting with =', () => {
    expect(invalid('k = a=b')).toBe("syntax error, unexpected '='");
    expect(invalid('= x')).toBe("syntax error, unexpected '='");
    expect(value('"a=b"')).toBe('a=b');
  });
});

describe('S4: quotes', () => {
  it('keeps spaces in double quotes (G5)', () => {
    expect(value('"/srv/s/a b.sock"')).toBe('/srv/s/a b.sock');
  });

  it('processes \\" \\\\ \\$ in double quotes and keeps other backslashes', () => {
    expect(value('"x\\"y"')).toBe('x"y');
    expect(value('"p\\\\q\\n\\$"')).toBe('p\\q\\n$');
    expect(value('"a\\"')).toBe('a\\');
  });

  it('keeps single-quoted text raw', () => {
    expect(value("'a\"b'")).toBe('a"b');
    expect(value("'${HOME}/x'")).toBe('${HOME}/x');
    expect(value("it'sx'")).toBe('itsx');
  });

  it('refuses unterminated double quotes', () => {
    expect(invalid('k = "unterminated')).toBe(
      "syntax error, unexpected end of file, expecting TC_DOLLAR_CURLY or TC_QUOTED_STRING or '\"'",
    );
    expect(invalid('k = x"y z')).toMatch(/^syntax error, unexpected end of file/);
  });

  it('treats a single quote without its pair as FPM 8.2 does', () => {
    expect(invalid("k = 'unterminated")).toBe('syntax error, unexpected end of file');
    expect(invalid("k = ''")).toBe('value is NULL for a ZEND_INI_PARSER_ENTRY');
    expect(value("x'y z")).toBe('x');
    expect(value("a 'b")).toBe('a ');
  });
});

describe('S6: bare keywords', () => {
  it.each([
    ['yes', '1'],
    ['On', '1'],
    ['TRUE', '1'],
    ['none', ''],
    ['off', ''],
    ['no', ''],
    ['false', ''],
    ['null', ''],
    ['no;c', ''],
  ])('%s → %j', (text, expected) => {
    expect(value(text)).toBe(expected);
  });

  it('converts only whole tokens', () => {
    expect(value('nobody')).toBe('nobody');
    expect(value('none-user')).toBe('none-user');
    expect(value('no-x')).toBe('no-x');
    expect(value('"none"')).toBe('none');
    expect(value("'yes'")).toBe('yes');
  });

  it('refuses a keyword next to other tokens', () => {
    expect(invalid('k = x yes')).toBe('syntax error, unexpected BOOL_TRUE');
    expect(invalid('k = yes x')).toBe('syntax error, unexpected TC_CONSTANT');
    expect(invalid('k = "a" yes')).toBe('syntax error, unexpected BOOL_TRUE');
    expect(invalid('yes = 1')).toBe('syntax error, unexpected BOOL_TRUE');
  });
});

describe('S8: ${VAR}', () => {
  it('keeps ${NAME} and lists it, unquoted and in double quotes', () => {
    expect(entry('listen = /run/${SOCK}.sock')).toMatchObject({
      value: '/run/${SOCK}.sock',
      unresolved: ['SOCK'],
    });
    expect(entry('listen = "a${HOME}b"')).toMatchObject({ value: 'a${HOME}b', unresolved: ['HOME'] });
    expect(entry('listen = ${A:-b}').unresolved).toEqual(['A:-b']);
  });

  it('keeps a $ not followed by { as text', () => {
    expect(entry('listen = /run/$pool.sock')).toMatchObject({ value: '/run/$pool.sock', unresolved: [] });
  });

  it('refuses an unclosed ${', () => {
    expect(invalid('k = ${HOME')).toBe("syntax error, unexpected end of file, expecting '}'");
  });
});

describe('S3: ini expression operators', () => {
  it('computes | & ^ ~ ! on integers as zend_ini_do_op does', () => {
    expect(entry('k = 5|2')).toMatchObject({ value: '7', expression: true });
    expect(value('5 | 2')).toBe('7');
    expect(value('a|b')).toBe('0');
    expect(value('~0')).toBe('-1');
    expect(value('!0')).toBe('1');
    expect(value('(6 & 3) ^ 1')).toBe('3');
  });

  it('refuses an unbalanced parenthesis', () => {
    expect(invalid('k = (x')).toMatch(/^syntax error, unexpected END_OF_LINE/);
  });
});

describe('files: CRLF, BOM, line numbers', () => {
  it('reads CRLF files without the CR in values or spans', () => {
    const lines = parseFpmFile('[www]\r\nlisten = /run/a.sock\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatchObject({
      kind: 'entry',
      value: '/run/a.sock',
      raw: '/run/a.sock',
      span: span(1, 21, 2),
    });
  });

  it('does not count a BOM in columns', () => {
    const lines = parseFpmFile('\uFEFF[www]\nuser = x\n');
    expect(lines[0]).toMatchObject({ kind: 'section', name: 'www', nameSpan: span(2, 5) });
  });

  it('numbers lines from 1 and keeps a last line without newline', () => {
    const lines: FpmLine[] = parseFpmFile('; a\n\n[p]\nk = v');
    expect(lines.map((l) => [l.kind, l.span.line])).toEqual([
      ['comment', 1],
      ['blank', 2],
      ['section', 3],
      ['entry', 4],
    ]);
  });

  it('counts columns in UTF-16 code units', () => {
    const e = parseFpmFile('; é\nlisten = "/run/ü.sock" ; 😀 x\n')[1] as EntryLine;
    expect(e.rawSpan).toEqual(span(10, 23, 2));
    expect(e.comment).toEqual(span(24, 30, 2));
  });
});
