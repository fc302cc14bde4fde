// CommonJS on purpose: a bundler then takes web-tree-sitter's CommonJS build, whose start-up works
// inside an ES module bundle (its ES module build imports `module` in a way bundles break).
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the point of this file
module.exports = require('web-tree-sitter');
