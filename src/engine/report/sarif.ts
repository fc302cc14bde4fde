/** SARIF 2.1.0 as GitHub code scanning accepts it: one run, rules with docs and scores, stable fingerprints. */
import type { Log, ReportingDescriptor, Result, Region } from 'sarif';
import type { Finding, ScanResult, Severity } from '../findings.js';
import { RULES } from '../rules/index.js';
import { docsUrl } from '../rules/rule.js';
import type { Span } from '../types.js';

const LEVEL: Record<Severity, Result.level> = { error: 'error', warning: 'warning', notice: 'note' };

export function renderSarif(result: ScanResult, options: { toolVersion: string }): Log {
  const rules: ReportingDescriptor[] = RULES.map((rule) => ({
    id: rule.id,
    name: rule.id.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase()),
    shortDescription: { text: rule.short },
    fullDescription: { text: rule.full },
    helpUri: docsUrl(rule.id),
    help: {
      text: `${rule.full} See ${docsUrl(rule.id)}`,
      markdown: `${rule.full}\n\n[Documentation](${docsUrl(rule.id)})`,
    },
    defaultConfiguration: { level: LEVEL[rule.level] },
    properties: {
      tags: rule.tags,
      precision: 'very-high',
      ...(rule.securitySeverity ? { 'security-severity': rule.securitySeverity } : {}),
    },
  }));
  const index = new Map(rules.map((r, i) => [r.id, i]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'socklint',
            version: options.toolVersion,
            informationUri: 'https://github.com/socklint/socklint',
            rules,
          },
        },
        automationDetails: { id: 'socklint/' },
        columnKind: 'utf16CodeUnits',
        results: result.findings.map((f) => resultOf(f, index.get(f.rule)!)),
      },
    ],
  };
}

function resultOf(f: Finding, ruleIndex: number): Result {
  return {
    ruleId: f.rule,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [location(f.file, f)],
    ...(f.related.length > 0
      ? {
          relatedLocations: f.related.map((r, id) => ({
            id,
            ...location(r.file, r),
            message: { text: r.message },
          })),
        }
      : {}),
    partialFingerprints: { 'socklint/v1': f.fingerprint },
    ...(f.fix
      ? {
          fixes: [
            {
              description: {
                text: `${f.fix.description}${f.fix.safe ? '' : ' (unsafe: review before applying)'}`,
              },
              artifactChanges: groupByFile(f.fix.edits).map(([file, edits]) => ({
                artifactLocation: { uri: file, uriBaseId: '%SRCROOT%' },
                replacements: edits.map((e) => ({
                  deletedRegion: region(e),
                  insertedContent: { text: e.newText },
                })),
              })),
            },
          ],
        }
      : {}),
  };
}

function location(file: string, span: Span) {
  return {
    physicalLocation: { artifactLocation: { uri: file, uriBaseId: '%SRCROOT%' }, region: region(span) },
  };
}

function region(s: Span): Region {
  return { startLine: s.line, startColumn: s.column, endLine: s.endLine, endColumn: s.endColumn };
}

function groupByFile<T extends { file: string }>(items: T[]): [string, T[]][] {
  const map = new Map<string, T[]>();
  for (const item of items) map.set(item.file, [...(map.get(item.file) ?? []), item]);
  return [...map];
}
