/** nginx variable references in a directive argument (`ngx_http_script_compile()`). */

export interface VariableRef {
  /** Lower-cased: nginx variable names are case-insensitive. */
  name: string;
  /** `$name` or `${name}` as written. */
  text: string;
  start: number;
  end: number;
}

function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

export function findVariables(value: string): VariableRef[] {
  const refs: VariableRef[] = [];
  let i = value.indexOf('$');
  while (i !== -1) {
    let end: number;
    let name: string;
    if (value.charCodeAt(i + 1) === 123 /* { */) {
      const close = value.indexOf('}', i + 2);
      end = close === -1 ? value.length : close + 1;
      name = value.slice(i + 2, close === -1 ? value.length : close);
    } else {
      end = i + 1;
      while (end < value.length && isNameChar(value.charCodeAt(end))) end++;
      name = value.slice(i + 1, end);
    }
    if (name !== '') refs.push({ name: name.toLowerCase(), text: value.slice(i, end), start: i, end });
    i = value.indexOf('$', Math.max(end, i + 1));
  }
  return refs;
}
