import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { annotate, commandLine, escape, info } from '../../src/action/output.js';
import { parseRunnerLine } from './runner-commands.js';

const runnerSees = (line: string): string | undefined => parseRunnerLine(line)?.command;

describe('workflow command escaping', () => {
  it('escapes data and properties as the runner unescapes them', () => {
    expect(escape('100% a\r\nb: c, d', 'data')).toBe('100%25 a%0D%0Ab: c, d');
    expect(escape('100% a\r\nb: c, d', 'property')).toBe('100%25 a%0D%0Ab%3A c%2C d');
  });

  it('keeps a plain line from ever being read as a command', () => {
    const hostile = [
      '::warning file=x::INJECTED',
      '  ::stop-commands::abc',
      '\u0085::error::x',
      'name\n::warning file=x::INJECTED.conf',
      'text ##[warning]INJECTED',
      'a,b:c%25d\n::set-output name=x::y',
    ];
    for (const text of hostile) {
      const line = escape(text, 'line');
      expect(line).not.toContain('\n');
      expect(runnerSees(line)).toBeUndefined();
    }
    expect(escape('::stop-commands::abc', 'line')).toBe('%3A:stop-commands::abc');
    expect(escape('file a\u001b[2K.conf', 'line')).toBe('file a%1B[2K.conf');
  });

  it('builds annotations whose properties cannot end early', () => {
    const line = commandLine(
      'error',
      { title: 'socklint: r', file: 'a,b:c%25d\n::warning file=x::INJECTED.conf', startLine: 3 },
      'm',
    );
    expect(line).toBe(
      '::error title=socklint%3A r,file=a%2Cb%3Ac%2525d%0A%3A%3Awarning file=x%3A%3AINJECTED.conf,line=3::m',
    );
    expect(parseRunnerLine(line)).toEqual({
      command: 'error',
      properties: { title: 'socklint: r', file: 'a,b:c%25d\n::warning file=x::INJECTED.conf', line: '3' },
      data: 'm',
    });
  });
});

describe('printing', () => {
  afterEach(() => {
    jest.restoreAllMocks();
  });

  it('writes one line per call, through the escaping', () => {
    const out: string[] = [];
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      out.push(String(chunk));
      return true;
    });
    info('No suggestion for x at a\n::warning::b');
    annotate('notice', 'n\nm', { file: 'f,g' });
    expect(out).toEqual(['No suggestion for x at a%0A::warning::b\n', '::notice file=f%2Cg::n%0Am\n']);
  });
});
