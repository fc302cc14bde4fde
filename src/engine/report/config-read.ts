/**
 * Which repository files the scan read as web-server or PHP-FPM configuration, by program, for
 * a summary that names what was read. Discovery classifies nginx and PHP-FPM files by content;
 * Apache and Caddy files are known by what their loaders read.
 */
import type { UnitGraph } from '../resolve/graph.js';
import type { ClassifiedFile } from '../types.js';
import { serverName } from '../verdict/server-words.js';

const BY_KIND: Partial<Record<ClassifiedFile['kind'], string>> = {
  'nginx-main': 'nginx',
  'nginx-site': 'nginx',
  'nginx-snippet': 'nginx',
  'fpm-main': 'PHP-FPM',
  'fpm-pool': 'PHP-FPM',
};
/** The order programs are named in: the web servers, then PHP-FPM. */
const ORDER = ['nginx', 'Apache', 'Caddy', 'PHP-FPM'];

export function configFilesRead(
  files: ClassifiedFile[],
  graphs: UnitGraph[],
): { count: number; programs: string[] } {
  const read = new Map<string, string>();
  for (const f of files) {
    const program = BY_KIND[f.kind];
    if (program) read.set(f.path, program);
  }
  const inRepository = new Set(files.map((f) => f.path));
  for (const graph of graphs) {
    for (const server of graph.webServers) {
      if (server.server === 'nginx') continue;
      for (const f of server.config.files) {
        if (!f.builtin && inRepository.has(f.file.path) && !read.has(f.file.path))
          read.set(f.file.path, serverName(server.server));
      }
    }
  }
  const programs = new Set(read.values());
  return { count: read.size, programs: ORDER.filter((p) => programs.has(p)) };
}
