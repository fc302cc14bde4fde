/**
 * GitHub's published REST description (@octokit/openapi, the api.github.com document) as a
 * contract for the local fake: a request is matched to its documented operation by method and
 * path template, its path and query parameters and JSON body are validated, and so is every
 * answer the fake gives. Objects are closed (`unevaluatedProperties: false` where the document
 * lists properties and says nothing of others): GitHub ignores or refuses unknown fields, and an
 * answer with a field GitHub never sends would let the action depend on it.
 */
import { Ajv2019, type ValidateFunction } from 'ajv/dist/2019.js';
import addFormatsModule from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

type Schema = Record<string, unknown>;
interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema: Schema;
  'x-multi-segment'?: boolean;
}
interface OperationObject {
  operationId: string;
  parameters?: (Parameter | { $ref: string })[];
  requestBody?: { required?: boolean; content: Record<string, { schema: Schema }> };
  responses: Record<string, { content?: Record<string, { schema: Schema }> } | { $ref: string }>;
}

export interface Operation {
  method: string;
  template: string;
  operationId: string;
}

export interface MatchedRequest {
  operation: Operation;
  /** Path parameters, percent-decoded one segment at a time as GitHub does. */
  params: Record<string, string>;
  /** Everything GitHub's description says is wrong with the request (empty when it is valid). */
  errors: string[];
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
const addFormats = addFormatsModule as unknown as (ajv: Ajv2019) => Ajv2019;

function specFile(): string {
  const pkg = createRequire(import.meta.url).resolve('@octokit/openapi/package.json');
  return path.join(path.dirname(pkg), 'generated', 'api.github.com.json');
}

/** Closes object schemas, lets nullable enums hold null, and points local references at the components document. */
function prepare(node: unknown, inComposition = false): void {
  if (Array.isArray(node)) {
    for (const item of node) prepare(item, inComposition);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const schema = node as Schema;
  if (typeof schema.$ref === 'string' && schema.$ref.startsWith('#/')) schema.$ref = `gh${schema.$ref}`;
  // GitHub marks such fields `nullable` and sends null, but its enums do not list it (OpenAPI 3.0.3
  // asks for both); the intent is the nullable one.
  if (schema.nullable === true && Array.isArray(schema.enum) && !schema.enum.includes(null))
    schema.enum.push(null);
  const open = 'additionalProperties' in schema || 'patternProperties' in schema;
  if (schema.properties && !open && !inComposition) schema.unevaluatedProperties = false;
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'example' || key === 'examples') continue;
    if (key === 'properties' && value && typeof value === 'object') {
      for (const child of Object.values(value)) prepare(child);
    } else prepare(value, key === 'allOf');
  }
}

export class OpenApiContract {
  private static instance?: OpenApiContract;
  private readonly ajv: Ajv2019;
  private readonly coercing: Ajv2019;
  private readonly operations: (Operation & {
    object: OperationObject;
    pattern: RegExp;
    names: string[];
    multi: Set<string>;
    statics: number;
  })[] = [];
  private readonly components: Record<string, Record<string, unknown>>;
  private readonly compiled = new Map<string, ValidateFunction>();

  static load(): OpenApiContract {
    return (OpenApiContract.instance ??= new OpenApiContract());
  }

  private constructor() {
    const spec = JSON.parse(readFileSync(specFile(), 'utf8')) as {
      paths: Record<string, Record<string, OperationObject>>;
      components: Record<string, Record<string, unknown>>;
    };
    prepare(spec.components.schemas);
    this.components = spec.components;
    const options = { strict: false, allErrors: true, validateSchema: false, discriminator: false } as const;
    this.ajv = addFormats(new Ajv2019(options));
    this.coercing = addFormats(new Ajv2019({ ...options, coerceTypes: true }));
    for (const ajv of [this.ajv, this.coercing]) ajv.addSchema({ components: spec.components }, 'gh');
    for (const [template, item] of Object.entries(spec.paths)) {
      for (const method of METHODS) {
        const object = item[method];
        if (!object) continue;
        const params = this.parameters(object);
        const multi = new Set(
          params.filter((p) => p.in === 'path' && p['x-multi-segment']).map((p) => p.name),
        );
        const names: string[] = [];
        const source = template
          .split('/')
          .map((segment) =>
            segment.replace(/\{([^}]+)\}|[^{}]+/g, (part, name: string | undefined) => {
              if (!name) return part.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
              names.push(name);
              return multi.has(name) ? '(.+)' : '([^/]+)';
            }),
          )
          .join('/');
        this.operations.push({
          method: method.toUpperCase(),
          template,
          operationId: object.operationId,
          object,
          pattern: new RegExp(`^${source}$`),
          names,
          multi,
          statics: template.split('/').filter((s) => !s.includes('{')).length,
        });
      }
    }
    // The most specific template wins: `/pulls/comments/{id}` before `/pulls/{pull_number}/…`.
    this.operations.sort((a, b) => b.statics - a.statics);
  }

  private parameters(object: OperationObject): Parameter[] {
    return (object.parameters ?? []).map((p) =>
      '$ref' in p ? (this.components.parameters[p.$ref.split('/').pop()!] as Parameter) : p,
    );
  }

  private validator(key: string, schema: Schema, coerce = false): ValidateFunction {
    const id = `${coerce ? 'c:' : ''}${key}`;
    let fn = this.compiled.get(id);
    if (!fn) {
      const copy = structuredClone(schema);
      prepare(copy);
      fn = (coerce ? this.coercing : this.ajv).compile(copy);
      this.compiled.set(id, fn);
    }
    return fn;
  }

  private static describe(where: string, fn: ValidateFunction): string[] {
    return (fn.errors ?? []).map((e) => {
      const extra =
        e.keyword === 'unevaluatedProperties'
          ? ` '${String((e.params as { unevaluatedProperty?: string }).unevaluatedProperty)}'`
          : e.keyword === 'enum'
            ? ` ${JSON.stringify((e.params as { allowedValues?: unknown }).allowedValues)}`
            : '';
      return `${where}${e.instancePath} ${e.message}${extra}`;
    });
  }

  /** The documented operation for a request, or undefined when GitHub has none. */
  match(method: string, rawPath: string): { operation: Operation; values: string[] } | undefined {
    for (const op of this.operations) {
      if (op.method !== method) continue;
      const m = op.pattern.exec(rawPath);
      if (m) return { operation: op, values: m.slice(1) };
    }
    return undefined;
  }

  /** Matches and validates a request as GitHub's description states it. */
  checkRequest(
    method: string,
    rawPath: string,
    query: URLSearchParams,
    body: unknown,
  ): MatchedRequest | { operation?: undefined; params?: undefined; errors: string[] } {
    const found = this.match(method, rawPath);
    if (!found) return { errors: [`GitHub documents no operation ${method} ${rawPath}`] };
    const op = this.operations.find((o) => o.operationId === found.operation.operationId)!;
    const errors: string[] = [];
    const params: Record<string, string> = {};
    const declared = this.parameters(op.object);
    op.names.forEach((name, i) => {
      const raw = found.values[i];
      if (op.multi.has(name) && /%2f/i.test(raw)) {
        errors.push(
          `path parameter '${name}' encodes '/' as %2F: GitHub documents it as multi-segment, so the slashes must be sent as they are`,
        );
      }
      try {
        params[name] = raw.split('/').map(decodeURIComponent).join('/');
      } catch {
        errors.push(`path parameter '${name}' is not valid percent-encoding: ${raw}`);
        return;
      }
      const p = declared.find((d) => d.in === 'path' && d.name === name);
      if (!p) return;
      const fn = this.validator(
        `${op.operationId}:path:${name}`,
        { type: 'object', properties: { value: p.schema } },
        true,
      );
      if (!fn({ value: params[name] }))
        errors.push(...OpenApiContract.describe(`path parameter '${name}'`, fn));
    });
    const queryParams = declared.filter((p) => p.in === 'query');
    for (const [name, value] of query) {
      const p = queryParams.find((q) => q.name === name);
      if (!p) {
        errors.push(`query parameter '${name}' is not documented for ${op.operationId}`);
        continue;
      }
      const fn = this.validator(
        `${op.operationId}:query:${name}`,
        { type: 'object', properties: { value: p.schema } },
        true,
      );
      if (!fn({ value })) errors.push(...OpenApiContract.describe(`query parameter '${name}'`, fn));
    }
    for (const p of queryParams) {
      if (p.required && !query.has(p.name)) errors.push(`query parameter '${p.name}' is required`);
    }
    const requestBody = op.object.requestBody;
    const schema = requestBody?.content['application/json']?.schema;
    if (body === undefined) {
      if (requestBody?.required) errors.push(`${op.operationId} requires a JSON body`);
    } else if (!schema) {
      errors.push(`${op.operationId} takes no JSON body`);
    } else {
      const fn = this.validator(`${op.operationId}:body`, schema);
      if (!fn(body)) errors.push(...OpenApiContract.describe('body', fn));
    }
    return {
      operation: { method: op.method, template: op.template, operationId: op.operationId },
      params,
      errors,
    };
  }

  /** What is wrong with an answer the fake gives, against the operation's documented responses. */
  checkResponse(operation: Operation, status: number, body: unknown): string[] {
    const op = this.operations.find((o) => o.operationId === operation.operationId)!;
    let response = op.object.responses[String(status)];
    if (response && '$ref' in response)
      response = this.components.responses[response.$ref.split('/').pop()!] as typeof response;
    const documented = response as { content?: Record<string, { schema: Schema }> } | undefined;
    if (!documented) {
      if (status < 400) return [`${operation.operationId} documents no ${status} answer`];
      // Undocumented failures (401, 5xx) carry GitHub's basic error.
      const fn = this.validator('basic-error', { $ref: '#/components/schemas/basic-error' });
      return fn(body) ? [] : OpenApiContract.describe(`${status} answer`, fn);
    }
    const schema = documented.content?.['application/json']?.schema;
    if (!schema)
      return body === undefined || body === '' ? [] : [`${operation.operationId} ${status} has no JSON body`];
    const fn = this.validator(`${operation.operationId}:${status}`, schema);
    return fn(body) ? [] : OpenApiContract.describe(`${status} answer`, fn);
  }
}
