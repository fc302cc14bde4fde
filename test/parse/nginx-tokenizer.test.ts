import { describe, expect, it } from '@jest/globals';
import type { Span } from '../../src/engine/types.js';
import { LineIndex } from '../../src/engine/parse/nginx/line-index.js';
import { NginxTokenizer, unescapeNginx, wordValue } from '../../src/engine/parse/nginx/tokenizer.js';

type Token =
  | { kind: 'word'; value: string; raw: string; quote: string | null; span: Span; unterminated?: true }
  | { kind: 'comment'; text: string; span: Span }
  | { kind: ';' | '{' | '}' | 'eof'; span: Span };

/** Reads every token of `text` into plain objects. */
function tokens(text: string): { tokens: Token[]; errors: { message: string; span: Span }[]; eof: Span } {
  const tokenizer = new NginxTokenizer(text);
  const lines = new LineIndex(text);
  const out: Token[] = [];
  for (;;) {
    const kind = tokenizer.next();
    const span = lines.span(tokenizer.start, tokenizer.end);
    if (kind === 'eof') {
      const errors = tokenizer.errors.map((e) => ({ message: e.message, span: lines.span(e.start, e.end) }));
      return { tokens: out, errors, eof: span };
    }
    if (kind === 'comment') {
      out.push({ kind, text: text.slice(tokenizer.start + 1, tokenizer.end), span });
    } else if (kind === 'word') {
      const { start, end, quote, escaped, unterminated } = tokenizer;
      out.push({
        kind,
        value: wordValue(text, start, end, quote, escaped, unterminated),
        raw: text.slice(start, end),
        quote: quote === 0 ? null : String.fromCharCode(quote),
        span,
        ...(unterminated ? { unterminated: true as const } : {}),
      });
    } else {
      out.push({ kind, span });
    }
  }
}

/** Compact view: words as their value, punctuation as itself, comments as `#text`. */
function values(text: string): string[] {
  return tokens(text).tokens.map((t) =>
    t.kind === 'word' ? t.value : t.kind === 'comment' ? `#${t.text}` : t.kind,
  );
}

function messages(text: string): string[] {
  return tokens(text).errors.map((e) => e.message);
}

describe('separators and punctuation', () => {
  it('splits on space, tab, CR and LF', () => {
    expect(values('a b\tc\r\nd\ne')).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
  it('ends a bare token at ; and {', () => {
    expect(values('a b;c{d}')).toEqual(['a', 'b', ';', 'c', '{', 'd}']);
  });
  it('keeps } inside a bare token (nginx accepts `set $a b};`)', () => {
    expect(values('set $a b};')).toEqual(['set', '$a', 'b}', ';']);
  });
  it('reads punctuation at the start of a token', () => {
    expect(values('}{;')).toEqual(['}', '{', ';']);
  });
});

describe('comments', () => {
  it('starts a comment only at the start of a token', () => {
    expect(values('fastcgi_pass unix:/run/a.sock#x;')).toEqual(['fastcgi_pass', 'unix:/run/a.sock#x', ';']);
  });
  it('comments out the rest of the line after a separator or ;', () => {
    expect(values('a b;# c ; d\ne;')).toEqual(['a', 'b', ';', '# c ; d', 'e', ';']);
  });
  it('allows a comment between arguments', () => {
    expect(values('fastcgi_pass # why\n unix:/a;')).toEqual(['fastcgi_pass', '# why', 'unix:/a', ';']);
  });
  it('drops the CR of a CRLF line from the comment', () => {
    const [comment] = tokens('#x\r\n').tokens;
    expect(comment).toEqual({
      kind: 'comment',
      text: 'x',
      span: { line: 1, column: 1, endLine: 1, endColumn: 3 },
    });
  });
  it('reads a comment at the end of the file without a newline', () => {
    expect(values('a;#end')).toEqual(['a', ';', '#end']);
  });
});

describe('quotes', () => {
  it('opens a quoted token only at the start of a token', () => {
    expect(values(`a"b" c'd'`)).toEqual([`a"b"`, `c'd'`]);
  });
  it('keeps spaces, ; { } # and newlines inside quotes', () => {
    expect(values(`"a b;{}#\nc" 'x'`)).toEqual(['a b;{}#\nc', 'x']);
  });
  it('keeps the raw text and the quote character', () => {
    const [word] = tokens(`'a\\'b';`).tokens;
    expect(word).toMatchObject({ kind: 'word', value: "a'b", raw: `'a\\'b'`, quote: "'" });
  });
  it('accepts whitespace, ;, { and ) after the closing quote', () => {
    expect(messages('"a" "b";"c"{"d")')).toEqual([]);
    expect(values('if ($a = "b") {')).toEqual(['if', '($a', '=', 'b', ')', '{']);
  });
  it('rejects anything else after the closing quote, as nginx does', () => {
    const result = tokens('x "unix:/run/a.sock"x;');
    expect(result.errors).toEqual([
      { message: 'unexpected "x"', span: { line: 1, column: 21, endLine: 1, endColumn: 22 } },
    ]);
    // Reads on as if a space followed.
    expect(result.tokens.map((t) => (t.kind === 'word' ? t.value : t.kind))).toEqual([
      'x',
      'unix:/run/a.sock',
      'x',
      ';',
    ]);
    expect(messages(`'a'#`)).toEqual(['unexpected "#"']);
    expect(messages(`"a"}`)).toEqual(['unexpected "}"']);
    expect(messages(`"a""b"`)).toEqual(['unexpected """']);
  });
  it('reports an unterminated quote once, at the opening quote', () => {
    const result = tokens('a\n  "unix:/x;\n}\n');
    expect(result.errors).toEqual([
      {
        message: 'unexpected end of file, expecting ";" or "}"',
        span: { line: 2, column: 3, endLine: 2, endColumn: 4 },
      },
    ]);
    expect(result.tokens[1]).toMatchObject({
      kind: 'word',
      unterminated: true,
      span: { line: 2, column: 3, endLine: 4, endColumn: 1 },
    });
  });
});

describe('escapes', () => {
  it('unescapes \\" \\\' \\\\ \\t \\r \\n and keeps other pairs', () => {
    expect(unescapeNginx('a\\"b\\\'c\\\\d\\te\\rf\\ng\\xh\\;')).toBe('a"b\'c\\d\te\rf\ng\\xh\\;');
  });
  it('gives the values nginx 1.22 serves with `return 200 …`', () => {
    expect(values('a\\;b\\x\\"c\\\\d\\te')).toEqual(['a\\;b\\x"c\\d\te']);
    expect(values(`"q\\'r\\ns\${uri}"`)).toEqual(["q'r\ns${uri}"]);
    expect(values(`a"b'c#d}`)).toEqual([`a"b'c#d}`]);
  });
  it('lets a backslash keep a separator inside a bare token', () => {
    expect(values('a\\ b\\;c;')).toEqual(['a\\ b\\;c', ';']);
  });
  it('lets a backslash keep the closing quote inside a quoted token', () => {
    expect(values('"a\\"b" c')).toEqual(['a"b', 'c']);
  });
  it('treats a backslash at the start of a token as part of a bare token', () => {
    expect(values('\\"a" b')).toEqual(['"a"', 'b']);
  });
});

describe('variables', () => {
  it('keeps ${name} in one token', () => {
    expect(values('fastcgi_pass unix:${sock}.sock;')).toEqual(['fastcgi_pass', 'unix:${sock}.sock', ';']);
    expect(values('${a}{')).toEqual(['${a}', '{']);
  });
  it('opens a block at a { that does not follow $', () => {
    expect(values('location $uri{')).toEqual(['location', '$uri', '{']);
  });
});

describe('positions', () => {
  it('gives 1-based lines and UTF-16 columns with an exclusive end', () => {
    const result = tokens('ab  "c\nd";\n\t€😀x;');
    expect(result.tokens.map((t) => t.span)).toEqual([
      { line: 1, column: 1, endLine: 1, endColumn: 3 },
      { line: 1, column: 5, endLine: 2, endColumn: 3 },
      { line: 2, column: 3, endLine: 2, endColumn: 4 },
      { line: 3, column: 2, endLine: 3, endColumn: 6 },
      { line: 3, column: 6, endLine: 3, endColumn: 7 },
    ]);
  });
  it('counts a line feed escaped in a bare token', () => {
    const result = tokens('a\\\nb c');
    expect(result.tokens.map((t) => t.span)).toEqual([
      { line: 1, column: 1, endLine: 2, endColumn: 2 },
      { line: 2, column: 3, endLine: 2, endColumn: 4 },
    ]);
  });
  it('gives the end of file position', () => {
    expect(tokens('a;\nbc').eof).toEqual({ line: 2, column: 3, endLine: 2, endColumn: 3 });
  });
});

describe('nginx read buffer (4096 bytes)', () => {
  // Verified against nginx 1.22: each boundary below flips between accepted and "too long parameter".
  const x = (n: number): string => 'x'.repeat(n);
  it('accepts a 4095-byte token before ;, and rejects 4096', () => {
    expect(messages(`return 200 ${x(4095)};\n`)).toEqual([]);
    expect(messages(`return 200 ${x(4096)};\n`)).toEqual(['too long parameter "xxxxxxxxxx..." started']);
  });
  it('counts the separator after a token', () => {
    expect(messages(`return 200 ${x(4094)} ;\n`)).toEqual([]);
    expect(messages(`return 200 ${x(4095)} ;\n`)).toEqual(['too long parameter "xxxxxxxxxx..." started']);
  });
  it('counts the closing quote, and reports a quote still open at 4096 bytes', () => {
    expect(messages(`return 200 "${x(4094)}";\n`)).toEqual([]);
    expect(messages(`return 200 "${x(4095)}";\n`)).toEqual(['too long parameter "xxxxxxxxxx..." started']);
    expect(messages(`return 200 "${x(4093)}" ;\n`)).toEqual([]);
    expect(messages(`return 200 "${x(4094)}" ;\n`)).toEqual(['too long parameter "xxxxxxxxxx..." started']);
    expect(messages(`return 200 "${x(5000)}";\n`)).toEqual([
      'too long parameter, probably missing terminating """ character',
    ]);
  });
  it('applies to comment lines, counted in UTF-8 bytes', () => {
    expect(messages(`#${x(4094)}\na;`)).toEqual([]);
    expect(messages(`#${x(4095)}\na;`)).toEqual(['too long parameter "#xxxxxxxxx..." started']);
    expect(messages(`#${'é'.repeat(2047)}x\na;`)).toEqual(['too long parameter "#éééé\uFFFD..." started']);
    expect(messages(`#${'é'.repeat(2047)}\na;`)).toEqual([]);
  });
  it('does not count a long comment at the very end of the file', () => {
    expect(messages(`#${x(4095)}`)).toEqual([]);
    expect(messages(`#${x(4096)}`)).toEqual(['too long parameter "#xxxxxxxxx..." started']);
  });
});
