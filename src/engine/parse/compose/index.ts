/** The compose reader: projects, services and mounts of the repository's compose files. */
export { isComposeFile, readComposeProjects, type ComposeReadOptions } from './projects.js';
export type * from './types.js';
