/**
 * GitHub's published GraphQL schema (@octokit/graphql-schema) as a contract for the local fake:
 * each document is parsed and validated against it, and executed on it, so answers have exactly
 * the shape the schema gives (the resolvers only supply the fake's data).
 */
import { schema as published } from '@octokit/graphql-schema';
import {
  buildClientSchema,
  execute,
  parse,
  validate,
  type GraphQLSchema,
  type IntrospectionQuery,
} from 'graphql';

/** A failure GitHub reports in `errors[].type` (STALE_DATA, NOT_FOUND, FORBIDDEN…). */
export class GitHubGraphqlError extends Error {
  constructor(
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

export interface GraphqlAnswer {
  data?: unknown;
  errors?: { type?: string; message: string; path?: readonly (string | number)[]; locations?: unknown }[];
}

let schema: GraphQLSchema | undefined;

/**
 * Runs `query` on the published schema with `root` supplying the top-level fields. Returns the
 * answer GitHub would give, and `invalid` when GitHub would refuse the document itself.
 */
export async function runGraphql(
  query: string,
  variables: Record<string, unknown> | undefined,
  root: Record<string, unknown>,
): Promise<{ answer: GraphqlAnswer; invalid: string[] }> {
  // The introspection result: the SDL file repeats a few fields, which graphql-js refuses.
  schema ??= buildClientSchema(published.json as unknown as IntrospectionQuery);
  let document;
  try {
    document = parse(query);
  } catch (error) {
    const message = (error as Error).message;
    return { answer: { errors: [{ message }] }, invalid: [message] };
  }
  const problems = validate(schema, document);
  if (problems.length > 0) {
    return {
      answer: { errors: problems.map((p) => ({ message: p.message, locations: p.locations })) },
      invalid: problems.map((p) => p.message),
    };
  }
  const result = await execute({ schema, document, rootValue: root, variableValues: variables });
  const invalid = (result.errors ?? [])
    .filter((e) => !(e.originalError instanceof GitHubGraphqlError))
    .map((e) => e.message);
  const answer: GraphqlAnswer = { data: result.data ?? undefined };
  if (result.errors?.length) {
    answer.errors = result.errors.map((e) => ({
      ...(e.originalError instanceof GitHubGraphqlError ? { type: e.originalError.type } : {}),
      path: e.path,
      locations: e.locations,
      message: e.message,
    }));
  }
  return { answer, invalid };
}
