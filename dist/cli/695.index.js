export const id = 695;
export const ids = [695];
export const modules = {

/***/ 3695:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

// CommonJS on purpose: a bundler then takes web-tree-sitter's CommonJS build, whose start-up works
// inside an ES module bundle (its ES module build imports `module` in a way bundles break).
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the point of this file
module.exports = __webpack_require__(551);


/***/ })

};
