/**
 * Helm charts are not rendered, yet a chart's templates and values often carry the nginx
 * configuration of its pods (a ConfigMap's `data`, a values string). Every socket directive they
 * hold becomes a client of one unit per chart, whose sockets are undecided with that reason,
 * instead of silence. The directives are read in place: each one found in a chart file is a line
 * of a derived nginx file that maps back to where it is written, with its `{{ … }}` values left
 * unknown.
 */
import type { HelmChart } from '../parse/kubernetes/types.js';
import type { Placeholders } from '../templates.js';
import type { ClassifiedFile, Location, Span } from '../types.js';
import { UnitFs } from './deployed-fs.js';
import type { DeploymentUnit } from './topology.js';

/** nginx directives that connect to a socket, with their value up to the `;` (also inside a quoted values string). */
const SOCKET_DIRECTIVE =
  /\b(?:fastcgi_pass|uwsgi_pass|scgi_pass|grpc_pass|proxy_pass)\s+(?:\{\{.*?\}\}|[^;\s"'\\])+\s*;/g;

export function helmUnits(
  charts: HelmChart[],
  files: readonly ClassifiedFile[],
  placeholders?: Placeholders,
): DeploymentUnit[] {
  // Most repositories have no chart: no map of every file for them.
  if (charts.length === 0) return [];
  const byPath = new Map(files.map((f) => [f.path, f]));
  return charts.flatMap((chart) => {
    const dir = chart.directory ? `${chart.directory}/` : '';
    const sources = [...chart.templates, `${dir}values.yaml`, `${dir}values.yml`].flatMap(
      (p) => byPath.get(p) ?? [],
    );
    const sites = sources.flatMap((file) => {
      const found = directivesIn(file);
      return found.length > 0 ? [siteOf(file, found)] : [];
    });
    if (sites.length === 0) return [];
    const id = `helm chart ${chart.directory || '.'}`;
    const unit: DeploymentUnit = {
      id,
      kind: 'unmapped',
      platform: {},
      platformOrigin: { kind: 'default', description: 'a Helm chart, not rendered' },
      fpm: [],
      fs: new UnitFs([]),
      facts: [],
      links: [],
      notes: [],
      container: {
        group: id,
        name: id,
        mounts: { unit: id, container: id, mounts: [] },
        unrendered: `Helm templates are not rendered, so what the chart ${chart.directory ? `in ${chart.directory}/` : 'at the repository root'} deploys (images, mounts, the values of {{ … }}) is not known: render the chart (helm template) and scan the output, or keep the nginx and PHP-FPM files in plain manifests`,
      },
    };
    sites.forEach((site, i) =>
      unit.fs.set({
        deployedPath: `/etc/nginx/conf.d/helm-${i + 1}.conf`,
        file: placeholders ? placeholders.apply(site) : site,
      }),
    );
    return [unit];
  });
}

interface Found {
  file: string;
  line: number;
  column: number;
  text: string;
}

function directivesIn(file: ClassifiedFile): Found[] {
  const out: Found[] = [];
  const lines = file.text.split('\n');
  lines.forEach((text, i) => {
    for (const m of text.matchAll(SOCKET_DIRECTIVE))
      out.push({ file: file.path, line: i + 1, column: m.index + 1, text: m[0] });
  });
  return out;
}

/**
 * One nginx server whose location holds every directive found in a chart file, each line mapped
 * to its place there; it carries the file's path, so reports name the file.
 */
function siteOf(file: ClassifiedFile, found: Found[]): ClassifiedFile {
  const header = ['server {', 'location / {'];
  const text = [...header, ...found.map((f) => f.text), '}', '}', ''].join('\n');
  return {
    path: file.path,
    absPath: file.absPath,
    text,
    hadBom: false,
    crlf: false,
    kind: 'nginx-site',
    reason: 'socket directives of a Helm chart',
    derived: {
      description: `the socket directives of ${file.path}, a file of a Helm chart`,
      locate(span: Span): Location | undefined {
        const at = found[span.line - header.length - 1];
        if (!at || span.endLine !== span.line) return at && wholeOf(at);
        return {
          file: at.file,
          line: at.line,
          column: at.column + span.column - 1,
          endLine: at.line,
          endColumn: at.column + span.endColumn - 1,
        };
      },
    },
  };
}

function wholeOf(at: Found): Location {
  return {
    file: at.file,
    line: at.line,
    column: at.column,
    endLine: at.line,
    endColumn: at.column + at.text.length,
  };
}
