#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2463:
/***/ ((module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
const core_1 = __nccwpck_require__(3893);
const draft7_1 = __nccwpck_require__(9941);
const discriminator_1 = __nccwpck_require__(8886);
const draft7MetaSchema = __nccwpck_require__(2079);
const META_SUPPORT_DATA = ["/properties"];
const META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
class Ajv extends core_1.default {
    _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
            this.addKeyword(discriminator_1.default);
    }
    _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
            return;
        const metaSchema = this.opts.$data
            ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA)
            : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
    }
    defaultMeta() {
        return (this.opts.defaultMeta =
            super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : undefined));
    }
}
exports.Ajv = Ajv;
module.exports = exports = Ajv;
module.exports.Ajv = Ajv;
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports["default"] = Ajv;
var validate_1 = __nccwpck_require__(7881);
Object.defineProperty(exports, "KeywordCxt", ({ enumerable: true, get: function () { return validate_1.KeywordCxt; } }));
var codegen_1 = __nccwpck_require__(1436);
Object.defineProperty(exports, "_", ({ enumerable: true, get: function () { return codegen_1._; } }));
Object.defineProperty(exports, "str", ({ enumerable: true, get: function () { return codegen_1.str; } }));
Object.defineProperty(exports, "stringify", ({ enumerable: true, get: function () { return codegen_1.stringify; } }));
Object.defineProperty(exports, "nil", ({ enumerable: true, get: function () { return codegen_1.nil; } }));
Object.defineProperty(exports, "Name", ({ enumerable: true, get: function () { return codegen_1.Name; } }));
Object.defineProperty(exports, "CodeGen", ({ enumerable: true, get: function () { return codegen_1.CodeGen; } }));
var validation_error_1 = __nccwpck_require__(3021);
Object.defineProperty(exports, "ValidationError", ({ enumerable: true, get: function () { return validation_error_1.default; } }));
var ref_error_1 = __nccwpck_require__(3162);
Object.defineProperty(exports, "MissingRefError", ({ enumerable: true, get: function () { return ref_error_1.default; } }));
//# sourceMappingURL=ajv.js.map

/***/ }),

/***/ 567:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
// eslint-disable-next-line @typescript-eslint/no-extraneous-class
class _CodeOrName {
}
exports._CodeOrName = _CodeOrName;
exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
class Name extends _CodeOrName {
    constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s))
            throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
    }
    toString() {
        return this.str;
    }
    emptyStr() {
        return false;
    }
    get names() {
        return { [this.str]: 1 };
    }
}
exports.Name = Name;
class _Code extends _CodeOrName {
    constructor(code) {
        super();
        this._items = typeof code === "string" ? [code] : code;
    }
    toString() {
        return this.str;
    }
    emptyStr() {
        if (this._items.length > 1)
            return false;
        const item = this._items[0];
        return item === "" || item === '""';
    }
    get str() {
        var _a;
        return ((_a = this._str) !== null && _a !== void 0 ? _a : (this._str = this._items.reduce((s, c) => `${s}${c}`, "")));
    }
    get names() {
        var _a;
        return ((_a = this._names) !== null && _a !== void 0 ? _a : (this._names = this._items.reduce((names, c) => {
            if (c instanceof Name)
                names[c.str] = (names[c.str] || 0) + 1;
            return names;
        }, {})));
    }
}
exports._Code = _Code;
exports.nil = new _Code("");
function _(strs, ...args) {
    const code = [strs[0]];
    let i = 0;
    while (i < args.length) {
        addCodeArg(code, args[i]);
        code.push(strs[++i]);
    }
    return new _Code(code);
}
exports._ = _;
const plus = new _Code("+");
function str(strs, ...args) {
    const expr = [safeStringify(strs[0])];
    let i = 0;
    while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
    }
    optimize(expr);
    return new _Code(expr);
}
exports.str = str;
function addCodeArg(code, arg) {
    if (arg instanceof _Code)
        code.push(...arg._items);
    else if (arg instanceof Name)
        code.push(arg);
    else
        code.push(interpolate(arg));
}
exports.addCodeArg = addCodeArg;
function optimize(expr) {
    let i = 1;
    while (i < expr.length - 1) {
        if (expr[i] === plus) {
            const res = mergeExprItems(expr[i - 1], expr[i + 1]);
            if (res !== undefined) {
                expr.splice(i - 1, 3, res);
                continue;
            }
            expr[i++] = "+";
        }
        i++;
    }
}
function mergeExprItems(a, b) {
    if (b === '""')
        return a;
    if (a === '""')
        return b;
    if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
            return;
        if (typeof b != "string")
            return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
            return a.slice(0, -1) + b.slice(1);
        return;
    }
    if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
    return;
}
function strConcat(c1, c2) {
    return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str `${c1}${c2}`;
}
exports.strConcat = strConcat;
// TODO do not allow arrays here
function interpolate(x) {
    return typeof x == "number" || typeof x == "boolean" || x === null
        ? x
        : safeStringify(Array.isArray(x) ? x.join(",") : x);
}
function stringify(x) {
    return new _Code(safeStringify(x));
}
exports.stringify = stringify;
function safeStringify(x) {
    return JSON.stringify(x)
        .replace(/\u2028/g, "\\u2028")
        .replace(/\u2029/g, "\\u2029");
}
exports.safeStringify = safeStringify;
function getProperty(key) {
    return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _ `[${key}]`;
}
exports.getProperty = getProperty;
//Does best effort to format the name properly
function getEsmExportName(key) {
    if (typeof key == "string" && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
    }
    throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
}
exports.getEsmExportName = getEsmExportName;
function regexpCode(rx) {
    return new _Code(rx.toString());
}
exports.regexpCode = regexpCode;
//# sourceMappingURL=code.js.map

/***/ }),

/***/ 1436:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
const code_1 = __nccwpck_require__(567);
const scope_1 = __nccwpck_require__(7788);
var code_2 = __nccwpck_require__(567);
Object.defineProperty(exports, "_", ({ enumerable: true, get: function () { return code_2._; } }));
Object.defineProperty(exports, "str", ({ enumerable: true, get: function () { return code_2.str; } }));
Object.defineProperty(exports, "strConcat", ({ enumerable: true, get: function () { return code_2.strConcat; } }));
Object.defineProperty(exports, "nil", ({ enumerable: true, get: function () { return code_2.nil; } }));
Object.defineProperty(exports, "getProperty", ({ enumerable: true, get: function () { return code_2.getProperty; } }));
Object.defineProperty(exports, "stringify", ({ enumerable: true, get: function () { return code_2.stringify; } }));
Object.defineProperty(exports, "regexpCode", ({ enumerable: true, get: function () { return code_2.regexpCode; } }));
Object.defineProperty(exports, "Name", ({ enumerable: true, get: function () { return code_2.Name; } }));
var scope_2 = __nccwpck_require__(7788);
Object.defineProperty(exports, "Scope", ({ enumerable: true, get: function () { return scope_2.Scope; } }));
Object.defineProperty(exports, "ValueScope", ({ enumerable: true, get: function () { return scope_2.ValueScope; } }));
Object.defineProperty(exports, "ValueScopeName", ({ enumerable: true, get: function () { return scope_2.ValueScopeName; } }));
Object.defineProperty(exports, "varKinds", ({ enumerable: true, get: function () { return scope_2.varKinds; } }));
exports.operators = {
    GT: new code_1._Code(">"),
    GTE: new code_1._Code(">="),
    LT: new code_1._Code("<"),
    LTE: new code_1._Code("<="),
    EQ: new code_1._Code("==="),
    NEQ: new code_1._Code("!=="),
    NOT: new code_1._Code("!"),
    OR: new code_1._Code("||"),
    AND: new code_1._Code("&&"),
    ADD: new code_1._Code("+"),
};
class Node {
    optimizeNodes() {
        return this;
    }
    optimizeNames(_names, _constants) {
        return this;
    }
}
class Def extends Node {
    constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
    }
    render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === undefined ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
    }
    optimizeNames(names, constants) {
        if (!names[this.name.str])
            return;
        if (this.rhs)
            this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
    }
    get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
    }
}
class Assign extends Node {
    constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
    }
    render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
    }
    optimizeNames(names, constants) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)
            return;
        this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
    }
    get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
    }
}
class AssignOp extends Assign {
    constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
    }
    render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
    }
}
class Label extends Node {
    constructor(label) {
        super();
        this.label = label;
        this.names = {};
    }
    render({ _n }) {
        return `${this.label}:` + _n;
    }
}
class Break extends Node {
    constructor(label) {
        super();
        this.label = label;
        this.names = {};
    }
    render({ _n }) {
        const label = this.label ? ` ${this.label}` : "";
        return `break${label};` + _n;
    }
}
class Throw extends Node {
    constructor(error) {
        super();
        this.error = error;
    }
    render({ _n }) {
        return `throw ${this.error};` + _n;
    }
    get names() {
        return this.error.names;
    }
}
class AnyCode extends Node {
    constructor(code) {
        super();
        this.code = code;
    }
    render({ _n }) {
        return `${this.code};` + _n;
    }
    optimizeNodes() {
        return `${this.code}` ? this : undefined;
    }
    optimizeNames(names, constants) {
        this.code = optimizeExpr(this.code, names, constants);
        return this;
    }
    get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
    }
}
class ParentNode extends Node {
    constructor(nodes = []) {
        super();
        this.nodes = nodes;
    }
    render(opts) {
        return this.nodes.reduce((code, n) => code + n.render(opts), "");
    }
    optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
            const n = nodes[i].optimizeNodes();
            if (Array.isArray(n))
                nodes.splice(i, 1, ...n);
            else if (n)
                nodes[i] = n;
            else
                nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : undefined;
    }
    optimizeNames(names, constants) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
            // iterating backwards improves 1-pass optimization
            const n = nodes[i];
            if (n.optimizeNames(names, constants))
                continue;
            subtractNames(names, n.names);
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : undefined;
    }
    get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
    }
}
class BlockNode extends ParentNode {
    render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
    }
}
class Root extends ParentNode {
}
class Else extends BlockNode {
}
Else.kind = "else";
class If extends BlockNode {
    constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
    }
    render(opts) {
        let code = `if(${this.condition})` + super.render(opts);
        if (this.else)
            code += "else " + this.else.render(opts);
        return code;
    }
    optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
            return this.nodes; // else is ignored here
        let e = this.else;
        if (e) {
            const ns = e.optimizeNodes();
            e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
            if (cond === false)
                return e instanceof If ? e : e.nodes;
            if (this.nodes.length)
                return this;
            return new If(not(cond), e instanceof If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
            return undefined;
        return this;
    }
    optimizeNames(names, constants) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        if (!(super.optimizeNames(names, constants) || this.else))
            return;
        this.condition = optimizeExpr(this.condition, names, constants);
        return this;
    }
    get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else)
            addNames(names, this.else.names);
        return names;
    }
}
If.kind = "if";
class For extends BlockNode {
}
For.kind = "for";
class ForLoop extends For {
    constructor(iteration) {
        super();
        this.iteration = iteration;
    }
    render(opts) {
        return `for(${this.iteration})` + super.render(opts);
    }
    optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
            return;
        this.iteration = optimizeExpr(this.iteration, names, constants);
        return this;
    }
    get names() {
        return addNames(super.names, this.iteration.names);
    }
}
class ForRange extends For {
    constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
    }
    render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
    }
    get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
    }
}
class ForIter extends For {
    constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
    }
    render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
    }
    optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
            return;
        this.iterable = optimizeExpr(this.iterable, names, constants);
        return this;
    }
    get names() {
        return addNames(super.names, this.iterable.names);
    }
}
class Func extends BlockNode {
    constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
    }
    render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
    }
}
Func.kind = "func";
class Return extends ParentNode {
    render(opts) {
        return "return " + super.render(opts);
    }
}
Return.kind = "return";
class Try extends BlockNode {
    render(opts) {
        let code = "try" + super.render(opts);
        if (this.catch)
            code += this.catch.render(opts);
        if (this.finally)
            code += this.finally.render(opts);
        return code;
    }
    optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
    }
    optimizeNames(names, constants) {
        var _a, _b;
        super.optimizeNames(names, constants);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants);
        return this;
    }
    get names() {
        const names = super.names;
        if (this.catch)
            addNames(names, this.catch.names);
        if (this.finally)
            addNames(names, this.finally.names);
        return names;
    }
}
class Catch extends BlockNode {
    constructor(error) {
        super();
        this.error = error;
    }
    render(opts) {
        return `catch(${this.error})` + super.render(opts);
    }
}
Catch.kind = "catch";
class Finally extends BlockNode {
    render(opts) {
        return "finally" + super.render(opts);
    }
}
Finally.kind = "finally";
class CodeGen {
    constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
    }
    toString() {
        return this._root.render(this.opts);
    }
    // returns unique name in the internal scope
    name(prefix) {
        return this._scope.name(prefix);
    }
    // reserves unique name in the external scope
    scopeName(prefix) {
        return this._extScope.name(prefix);
    }
    // reserves unique name in the external scope and assigns value to it
    scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = new Set());
        vs.add(name);
        return name;
    }
    getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
    }
    // return code that assigns values in the external scope to the names that are used internally
    // (same names that were returned by gen.scopeName or gen.scopeValue)
    scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
    }
    scopeCode() {
        return this._extScope.scopeCode(this._values);
    }
    _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== undefined && constant)
            this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
    }
    // `const` declaration (`var` in es5 mode)
    const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
    }
    // `let` declaration with optional assignment (`var` in es5 mode)
    let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
    }
    // `var` declaration with optional assignment
    var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
    }
    // assignment code
    assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
    }
    // `+=` code
    add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
    }
    // appends passed SafeExpr to code or executes Block
    code(c) {
        if (typeof c == "function")
            c();
        else if (c !== code_1.nil)
            this._leafNode(new AnyCode(c));
        return this;
    }
    // returns code for object literal for the passed argument list of key-value pairs
    object(...keyValues) {
        const code = ["{"];
        for (const [key, value] of keyValues) {
            if (code.length > 1)
                code.push(",");
            code.push(key);
            if (key !== value || this.opts.es5) {
                code.push(":");
                (0, code_1.addCodeArg)(code, value);
            }
        }
        code.push("}");
        return new code_1._Code(code);
    }
    // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
    if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
            this.code(thenBody).else().code(elseBody).endIf();
        }
        else if (thenBody) {
            this.code(thenBody).endIf();
        }
        else if (elseBody) {
            throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
    }
    // `else if` clause - invalid without `if` or after `else` clauses
    elseIf(condition) {
        return this._elseNode(new If(condition));
    }
    // `else` clause - only valid after `if` or `else if` clauses
    else() {
        return this._elseNode(new Else());
    }
    // end `if` statement (needed if gen.if was used only with condition)
    endIf() {
        return this._endBlockNode(If, Else);
    }
    _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
            this.code(forBody).endFor();
        return this;
    }
    // a generic `for` clause (or statement if `forBody` is passed)
    for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
    }
    // `for` statement for a range of values
    forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
    }
    // `for-of` statement (in es5 mode replace with a normal for loop)
    forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
            const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
            return this.forRange("_i", 0, (0, code_1._) `${arr}.length`, (i) => {
                this.var(name, (0, code_1._) `${arr}[${i}]`);
                forBody(name);
            });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
    }
    // `for-in` statement.
    // With option `ownProperties` replaced with a `for-of` loop for object keys
    forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
            return this.forOf(nameOrPrefix, (0, code_1._) `Object.keys(${obj})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj), () => forBody(name));
    }
    // end `for` loop
    endFor() {
        return this._endBlockNode(For);
    }
    // `label` statement
    label(label) {
        return this._leafNode(new Label(label));
    }
    // `break` statement
    break(label) {
        return this._leafNode(new Break(label));
    }
    // `return` statement
    return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
            throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
    }
    // `try` statement
    try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
            throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
            const error = this.name("e");
            this._currNode = node.catch = new Catch(error);
            catchCode(error);
        }
        if (finallyCode) {
            this._currNode = node.finally = new Finally();
            this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
    }
    // `throw` statement
    throw(error) {
        return this._leafNode(new Throw(error));
    }
    // start self-balancing block
    block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
            this.code(body).endBlock(nodeCount);
        return this;
    }
    // end the current self-balancing block
    endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === undefined)
            throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || (nodeCount !== undefined && toClose !== nodeCount)) {
            throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
    }
    // `function` heading (or definition if funcBody is passed)
    func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
            this.code(funcBody).endFunc();
        return this;
    }
    // end function definition
    endFunc() {
        return this._endBlockNode(Func);
    }
    optimize(n = 1) {
        while (n-- > 0) {
            this._root.optimizeNodes();
            this._root.optimizeNames(this._root.names, this._constants);
        }
    }
    _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
    }
    _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
    }
    _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || (N2 && n instanceof N2)) {
            this._nodes.pop();
            return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
    }
    _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
            throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
    }
    get _root() {
        return this._nodes[0];
    }
    get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
    }
    set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
    }
}
exports.CodeGen = CodeGen;
function addNames(names, from) {
    for (const n in from)
        names[n] = (names[n] || 0) + (from[n] || 0);
    return names;
}
function addExprNames(names, from) {
    return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
}
function optimizeExpr(expr, names, constants) {
    if (expr instanceof code_1.Name)
        return replaceName(expr);
    if (!canOptimize(expr))
        return expr;
    return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
            c = replaceName(c);
        if (c instanceof code_1._Code)
            items.push(...c._items);
        else
            items.push(c);
        return items;
    }, []));
    function replaceName(n) {
        const c = constants[n.str];
        if (c === undefined || names[n.str] !== 1)
            return n;
        delete names[n.str];
        return c;
    }
    function canOptimize(e) {
        return (e instanceof code_1._Code &&
            e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants[c.str] !== undefined));
    }
}
function subtractNames(names, from) {
    for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
}
function not(x) {
    return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._) `!${par(x)}`;
}
exports.not = not;
const andCode = mappend(exports.operators.AND);
// boolean AND (&&) expression with the passed arguments
function and(...args) {
    return args.reduce(andCode);
}
exports.and = and;
const orCode = mappend(exports.operators.OR);
// boolean OR (||) expression with the passed arguments
function or(...args) {
    return args.reduce(orCode);
}
exports.or = or;
function mappend(op) {
    return (x, y) => (x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._) `${par(x)} ${op} ${par(y)}`);
}
function par(x) {
    return x instanceof code_1.Name ? x : (0, code_1._) `(${x})`;
}
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
const code_1 = __nccwpck_require__(567);
class ValueError extends Error {
    constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
    }
}
var UsedValueState;
(function (UsedValueState) {
    UsedValueState[UsedValueState["Started"] = 0] = "Started";
    UsedValueState[UsedValueState["Completed"] = 1] = "Completed";
})(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
exports.varKinds = {
    const: new code_1.Name("const"),
    let: new code_1.Name("let"),
    var: new code_1.Name("var"),
};
class Scope {
    constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
    }
    toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
    }
    name(prefix) {
        return new code_1.Name(this._newName(prefix));
    }
    _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
    }
    _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || (this._prefixes && !this._prefixes.has(prefix))) {
            throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return (this._names[prefix] = { prefix, index: 0 });
    }
}
exports.Scope = Scope;
class ValueScopeName extends code_1.Name {
    constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
    }
    setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._) `.${new code_1.Name(property)}[${itemIndex}]`;
    }
}
exports.ValueScopeName = ValueScopeName;
const line = (0, code_1._) `\n`;
class ValueScope extends Scope {
    constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
    }
    get() {
        return this._scope;
    }
    name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
    }
    value(nameOrPrefix, value) {
        var _a;
        if (value.ref === undefined)
            throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
            const _name = vs.get(valueKey);
            if (_name)
                return _name;
        }
        else {
            vs = this._values[prefix] = new Map();
        }
        vs.set(valueKey, name);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
    }
    getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
            return;
        return vs.get(keyOrRef);
    }
    scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
            if (name.scopePath === undefined)
                throw new Error(`CodeGen: name "${name}" has no value`);
            return (0, code_1._) `${scopeName}${name.scopePath}`;
        });
    }
    scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
            if (name.value === undefined)
                throw new Error(`CodeGen: name "${name}" has no value`);
            return name.value.code;
        }, usedValues, getCode);
    }
    _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code = code_1.nil;
        for (const prefix in values) {
            const vs = values[prefix];
            if (!vs)
                continue;
            const nameSet = (usedValues[prefix] = usedValues[prefix] || new Map());
            vs.forEach((name) => {
                if (nameSet.has(name))
                    return;
                nameSet.set(name, UsedValueState.Started);
                let c = valueCode(name);
                if (c) {
                    const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
                    code = (0, code_1._) `${code}${def} ${name} = ${c};${this.opts._n}`;
                }
                else if ((c = getCode === null || getCode === void 0 ? void 0 : getCode(name))) {
                    code = (0, code_1._) `${code}${c}${this.opts._n}`;
                }
                else {
                    throw new ValueError(name);
                }
                nameSet.set(name, UsedValueState.Completed);
            });
        }
        return code;
    }
}
exports.ValueScope = ValueScope;
//# sourceMappingURL=scope.js.map

/***/ }),

/***/ 1283:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const names_1 = __nccwpck_require__(630);
exports.keywordError = {
    message: ({ keyword }) => (0, codegen_1.str) `must pass "${keyword}" keyword validation`,
};
exports.keyword$DataError = {
    message: ({ keyword, schemaType }) => schemaType
        ? (0, codegen_1.str) `"${keyword}" keyword must be ${schemaType} ($data)`
        : (0, codegen_1.str) `"${keyword}" keyword is invalid ($data)`,
};
function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
    const { it } = cxt;
    const { gen, compositeRule, allErrors } = it;
    const errObj = errorObjectCode(cxt, error, errorPaths);
    if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : (compositeRule || allErrors)) {
        addError(gen, errObj);
    }
    else {
        returnErrors(it, (0, codegen_1._) `[${errObj}]`);
    }
}
exports.reportError = reportError;
function reportExtraError(cxt, error = exports.keywordError, errorPaths) {
    const { it } = cxt;
    const { gen, compositeRule, allErrors } = it;
    const errObj = errorObjectCode(cxt, error, errorPaths);
    addError(gen, errObj);
    if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
    }
}
exports.reportExtraError = reportExtraError;
function resetErrorsCount(gen, errsCount) {
    gen.assign(names_1.default.errors, errsCount);
    gen.if((0, codegen_1._) `${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._) `${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
}
exports.resetErrorsCount = resetErrorsCount;
function extendErrors({ gen, keyword, schemaValue, data, errsCount, it, }) {
    /* istanbul ignore if */
    if (errsCount === undefined)
        throw new Error("ajv implementation error");
    const err = gen.name("err");
    gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._) `${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._) `${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._) `${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._) `${err}.schemaPath`, (0, codegen_1.str) `${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
            gen.assign((0, codegen_1._) `${err}.schema`, schemaValue);
            gen.assign((0, codegen_1._) `${err}.data`, data);
        }
    });
}
exports.extendErrors = extendErrors;
function addError(gen, errObj) {
    const err = gen.const("err", errObj);
    gen.if((0, codegen_1._) `${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._) `[${err}]`), (0, codegen_1._) `${names_1.default.vErrors}.push(${err})`);
    gen.code((0, codegen_1._) `${names_1.default.errors}++`);
}
function returnErrors(it, errs) {
    const { gen, validateName, schemaEnv } = it;
    if (schemaEnv.$async) {
        gen.throw((0, codegen_1._) `new ${it.ValidationError}(${errs})`);
    }
    else {
        gen.assign((0, codegen_1._) `${validateName}.errors`, errs);
        gen.return(false);
    }
}
const E = {
    keyword: new codegen_1.Name("keyword"),
    schemaPath: new codegen_1.Name("schemaPath"), // also used in JTD errors
    params: new codegen_1.Name("params"),
    propertyName: new codegen_1.Name("propertyName"),
    message: new codegen_1.Name("message"),
    schema: new codegen_1.Name("schema"),
    parentSchema: new codegen_1.Name("parentSchema"),
};
function errorObjectCode(cxt, error, errorPaths) {
    const { createErrors } = cxt.it;
    if (createErrors === false)
        return (0, codegen_1._) `{}`;
    return errorObject(cxt, error, errorPaths);
}
function errorObject(cxt, error, errorPaths = {}) {
    const { gen, it } = cxt;
    const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths),
    ];
    extraErrorProps(cxt, error, keyValues);
    return gen.object(...keyValues);
}
function errorInstancePath({ errorPath }, { instancePath }) {
    const instPath = instancePath
        ? (0, codegen_1.str) `${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}`
        : errorPath;
    return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
}
function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
    let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str) `${errSchemaPath}/${keyword}`;
    if (schemaPath) {
        schPath = (0, codegen_1.str) `${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
    }
    return [E.schemaPath, schPath];
}
function extraErrorProps(cxt, { params, message }, keyValues) {
    const { keyword, data, schemaValue, it } = cxt;
    const { opts, propertyName, topSchemaRef, schemaPath } = it;
    keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._) `{}`]);
    if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
    }
    if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._) `${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
    }
    if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
}
//# sourceMappingURL=errors.js.map

/***/ }),

/***/ 2718:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
const codegen_1 = __nccwpck_require__(1436);
const validation_error_1 = __nccwpck_require__(3021);
const names_1 = __nccwpck_require__(630);
const resolve_1 = __nccwpck_require__(4090);
const util_1 = __nccwpck_require__(4464);
const validate_1 = __nccwpck_require__(7881);
class SchemaEnv {
    constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == "object")
            schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
    }
}
exports.SchemaEnv = SchemaEnv;
// let codeSize = 0
// let nodeCount = 0
// Compiles schema in SchemaEnv
function compileSchema(sch) {
    // TODO refactor - remove compilations
    const _sch = getCompilingSchema.call(this, sch);
    if (_sch)
        return _sch;
    const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId); // TODO if getFullPath removed 1 tests fails
    const { es5, lines } = this.opts.code;
    const { ownProperties } = this.opts;
    const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
    let _ValidationError;
    if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
            ref: validation_error_1.default,
            code: (0, codegen_1._) `require("ajv/dist/runtime/validation_error").default`,
        });
    }
    const validateName = gen.scopeName("validate");
    sch.validateName = validateName;
    const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil], // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true
            ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) }
            : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._) `""`,
        opts: this.opts,
        self: this,
    };
    let sourceCode;
    try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        // gen.optimize(1)
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        // console.log((codeSize += sourceCode.length), (nodeCount += gen.nodeCount))
        if (this.opts.code.process)
            sourceCode = this.opts.code.process(sourceCode, sch);
        // console.log("\n\n\n *** \n", sourceCode)
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate });
        validate.errors = null;
        validate.schema = sch.schema;
        validate.schemaEnv = sch;
        if (sch.$async)
            validate.$async = true;
        if (this.opts.code.source === true) {
            validate.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
            const { props, items } = schemaCxt;
            validate.evaluated = {
                props: props instanceof codegen_1.Name ? undefined : props,
                items: items instanceof codegen_1.Name ? undefined : items,
                dynamicProps: props instanceof codegen_1.Name,
                dynamicItems: items instanceof codegen_1.Name,
            };
            if (validate.source)
                validate.source.evaluated = (0, codegen_1.stringify)(validate.evaluated);
        }
        sch.validate = validate;
        return sch;
    }
    catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
            this.logger.error("Error compiling schema, function code:", sourceCode);
        // console.log("\n\n\n *** \n", sourceCode, this.opts)
        throw e;
    }
    finally {
        this._compilations.delete(sch);
    }
}
exports.compileSchema = compileSchema;
function resolveRef(root, baseId, ref) {
    var _a;
    ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
    const schOrFunc = root.refs[ref];
    if (schOrFunc)
        return schOrFunc;
    let _sch = resolve.call(this, root, ref);
    if (_sch === undefined) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref]; // TODO maybe localRefs should hold SchemaEnv
        const { schemaId } = this.opts;
        if (schema)
            _sch = new SchemaEnv({ schema, schemaId, root, baseId });
    }
    if (_sch === undefined)
        return;
    return (root.refs[ref] = inlineOrCompile.call(this, _sch));
}
exports.resolveRef = resolveRef;
function inlineOrCompile(sch) {
    if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
    return sch.validate ? sch : compileSchema.call(this, sch);
}
// Index of schema compilation in the currently compiled list
function getCompilingSchema(schEnv) {
    for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
            return sch;
    }
}
exports.getCompilingSchema = getCompilingSchema;
function sameSchemaEnv(s1, s2) {
    return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
}
// resolve and compile the references ($ref)
// TODO returns AnySchemaObject (if the schema can be inlined) or validation function
function resolve(root, // information about the root schema for the current schema
ref // reference to resolve
) {
    let sch;
    while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
    return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
}
// Resolve schema, its root and baseId
function resolveSchema(root, // root object with properties schema, refs TODO below SchemaEnv is assigned to it
ref // reference to resolve
) {
    const p = this.opts.uriResolver.parse(ref);
    const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
    let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, undefined);
    // TODO `Object.keys(root.schema).length > 0` should not be needed - but removing breaks 2 tests
    if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
    }
    const id = (0, resolve_1.normalizeId)(refPath);
    const schOrRef = this.refs[id] || this.schemas[id];
    if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
            return;
        return getJsonPointer.call(this, p, sch);
    }
    if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
    if (!schOrRef.validate)
        compileSchema.call(this, schOrRef);
    if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId)
            baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root, baseId });
    }
    return getJsonPointer.call(this, p, schOrRef);
}
exports.resolveSchema = resolveSchema;
const PREVENT_SCOPE_CHANGE = new Set([
    "properties",
    "patternProperties",
    "enum",
    "dependencies",
    "definitions",
]);
function getJsonPointer(parsedRef, { baseId, schema, root }) {
    var _a;
    if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
    for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
            return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === undefined)
            return;
        schema = partSchema;
        // TODO PREVENT_SCOPE_CHANGE could be defined in keyword def?
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
            baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
    }
    let env;
    if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root, $ref);
    }
    // even though resolution failed we need to return SchemaEnv to throw exception
    // so that compileAsync loads missing schema.
    const { schemaId } = this.opts;
    env = env || new SchemaEnv({ schema, schemaId, root, baseId });
    if (env.schema !== env.root.schema)
        return env;
    return undefined;
}
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 630:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const names = {
    // validation function arguments
    data: new codegen_1.Name("data"), // data passed to validation function
    // args passed from referencing schema
    valCxt: new codegen_1.Name("valCxt"), // validation/data context - should not be used directly, it is destructured to the names below
    instancePath: new codegen_1.Name("instancePath"),
    parentData: new codegen_1.Name("parentData"),
    parentDataProperty: new codegen_1.Name("parentDataProperty"),
    rootData: new codegen_1.Name("rootData"), // root data - same as the data passed to the first/top validation function
    dynamicAnchors: new codegen_1.Name("dynamicAnchors"), // used to support recursiveRef and dynamicRef
    // function scoped variables
    vErrors: new codegen_1.Name("vErrors"), // null or array of validation errors
    errors: new codegen_1.Name("errors"), // counter of validation errors
    this: new codegen_1.Name("this"),
    // "globals"
    self: new codegen_1.Name("self"),
    scope: new codegen_1.Name("scope"),
    // JTD serialize/parse name for JSON string and position
    json: new codegen_1.Name("json"),
    jsonPos: new codegen_1.Name("jsonPos"),
    jsonLen: new codegen_1.Name("jsonLen"),
    jsonPart: new codegen_1.Name("jsonPart"),
};
exports["default"] = names;
//# sourceMappingURL=names.js.map

/***/ }),

/***/ 3162:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const resolve_1 = __nccwpck_require__(4090);
class MissingRefError extends Error {
    constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
    }
}
exports["default"] = MissingRefError;
//# sourceMappingURL=ref_error.js.map

/***/ }),

/***/ 4090:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
const util_1 = __nccwpck_require__(4464);
const equal = __nccwpck_require__(3430);
const traverse = __nccwpck_require__(1167);
// TODO refactor to use keyword definitions
const SIMPLE_INLINED = new Set([
    "type",
    "format",
    "pattern",
    "maxLength",
    "minLength",
    "maxProperties",
    "minProperties",
    "maxItems",
    "minItems",
    "maximum",
    "minimum",
    "uniqueItems",
    "multipleOf",
    "required",
    "enum",
    "const",
]);
function inlineRef(schema, limit = true) {
    if (typeof schema == "boolean")
        return true;
    if (limit === true)
        return !hasRef(schema);
    if (!limit)
        return false;
    return countKeys(schema) <= limit;
}
exports.inlineRef = inlineRef;
const REF_KEYWORDS = new Set([
    "$ref",
    "$recursiveRef",
    "$recursiveAnchor",
    "$dynamicRef",
    "$dynamicAnchor",
]);
function hasRef(schema) {
    for (const key in schema) {
        if (REF_KEYWORDS.has(key))
            return true;
        const sch = schema[key];
        if (Array.isArray(sch) && sch.some(hasRef))
            return true;
        if (typeof sch == "object" && hasRef(sch))
            return true;
    }
    return false;
}
function countKeys(schema) {
    let count = 0;
    for (const key in schema) {
        if (key === "$ref")
            return Infinity;
        count++;
        if (SIMPLE_INLINED.has(key))
            continue;
        if (typeof schema[key] == "object") {
            (0, util_1.eachItem)(schema[key], (sch) => (count += countKeys(sch)));
        }
        if (count === Infinity)
            return Infinity;
    }
    return count;
}
function getFullPath(resolver, id = "", normalize) {
    if (normalize !== false)
        id = normalizeId(id);
    const p = resolver.parse(id);
    return _getFullPath(resolver, p);
}
exports.getFullPath = getFullPath;
function _getFullPath(resolver, p) {
    const serialized = resolver.serialize(p);
    return serialized.split("#")[0] + "#";
}
exports._getFullPath = _getFullPath;
const TRAILING_SLASH_HASH = /#\/?$/;
function normalizeId(id) {
    return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
}
exports.normalizeId = normalizeId;
function resolveUrl(resolver, baseId, id) {
    id = normalizeId(id);
    return resolver.resolve(baseId, id);
}
exports.resolveUrl = resolveUrl;
const ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
function getSchemaRefs(schema, baseId) {
    if (typeof schema == "boolean")
        return {};
    const { schemaId, uriResolver } = this.opts;
    const schId = normalizeId(schema[schemaId] || baseId);
    const baseIds = { "": schId };
    const pathPrefix = getFullPath(uriResolver, schId, false);
    const localRefs = {};
    const schemaRefs = new Set();
    traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === undefined)
            return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
            innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
            // eslint-disable-next-line @typescript-eslint/unbound-method
            const _resolve = this.opts.uriResolver.resolve;
            ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
            if (schemaRefs.has(ref))
                throw ambiguos(ref);
            schemaRefs.add(ref);
            let schOrRef = this.refs[ref];
            if (typeof schOrRef == "string")
                schOrRef = this.refs[schOrRef];
            if (typeof schOrRef == "object") {
                checkAmbiguosRef(sch, schOrRef.schema, ref);
            }
            else if (ref !== normalizeId(fullPath)) {
                if (ref[0] === "#") {
                    checkAmbiguosRef(sch, localRefs[ref], ref);
                    localRefs[ref] = sch;
                }
                else {
                    this.refs[ref] = fullPath;
                }
            }
            return ref;
        }
        function addAnchor(anchor) {
            if (typeof anchor == "string") {
                if (!ANCHOR.test(anchor))
                    throw new Error(`invalid anchor "${anchor}"`);
                addRef.call(this, `#${anchor}`);
            }
        }
    });
    return localRefs;
    function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== undefined && !equal(sch1, sch2))
            throw ambiguos(ref);
    }
    function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
    }
}
exports.getSchemaRefs = getSchemaRefs;
//# sourceMappingURL=resolve.js.map

/***/ }),

/***/ 7353:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getRules = exports.isJSONType = void 0;
const _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
const jsonTypes = new Set(_jsonTypes);
function isJSONType(x) {
    return typeof x == "string" && jsonTypes.has(x);
}
exports.isJSONType = isJSONType;
function getRules() {
    const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] },
    };
    return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {},
    };
}
exports.getRules = getRules;
//# sourceMappingURL=rules.js.map

/***/ }),

/***/ 4464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
const codegen_1 = __nccwpck_require__(1436);
const code_1 = __nccwpck_require__(567);
// TODO refactor to use Set
function toHash(arr) {
    const hash = {};
    for (const item of arr)
        hash[item] = true;
    return hash;
}
exports.toHash = toHash;
function alwaysValidSchema(it, schema) {
    if (typeof schema == "boolean")
        return schema;
    if (Object.keys(schema).length === 0)
        return true;
    checkUnknownRules(it, schema);
    return !schemaHasRules(schema, it.self.RULES.all);
}
exports.alwaysValidSchema = alwaysValidSchema;
function checkUnknownRules(it, schema = it.schema) {
    const { opts, self } = it;
    if (!opts.strictSchema)
        return;
    if (typeof schema === "boolean")
        return;
    const rules = self.RULES.keywords;
    for (const key in schema) {
        if (!rules[key])
            checkStrictMode(it, `unknown keyword: "${key}"`);
    }
}
exports.checkUnknownRules = checkUnknownRules;
function schemaHasRules(schema, rules) {
    if (typeof schema == "boolean")
        return !schema;
    for (const key in schema)
        if (rules[key])
            return true;
    return false;
}
exports.schemaHasRules = schemaHasRules;
function schemaHasRulesButRef(schema, RULES) {
    if (typeof schema == "boolean")
        return !schema;
    for (const key in schema)
        if (key !== "$ref" && RULES.all[key])
            return true;
    return false;
}
exports.schemaHasRulesButRef = schemaHasRulesButRef;
function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
    if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
            return schema;
        if (typeof schema == "string")
            return (0, codegen_1._) `${schema}`;
    }
    return (0, codegen_1._) `${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
}
exports.schemaRefOrVal = schemaRefOrVal;
function unescapeFragment(str) {
    return unescapeJsonPointer(decodeURIComponent(str));
}
exports.unescapeFragment = unescapeFragment;
function escapeFragment(str) {
    return encodeURIComponent(escapeJsonPointer(str));
}
exports.escapeFragment = escapeFragment;
function escapeJsonPointer(str) {
    if (typeof str == "number")
        return `${str}`;
    return str.replace(/~/g, "~0").replace(/\//g, "~1");
}
exports.escapeJsonPointer = escapeJsonPointer;
function unescapeJsonPointer(str) {
    return str.replace(/~1/g, "/").replace(/~0/g, "~");
}
exports.unescapeJsonPointer = unescapeJsonPointer;
function eachItem(xs, f) {
    if (Array.isArray(xs)) {
        for (const x of xs)
            f(x);
    }
    else {
        f(xs);
    }
}
exports.eachItem = eachItem;
function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName, }) {
    return (gen, from, to, toName) => {
        const res = to === undefined
            ? from
            : to instanceof codegen_1.Name
                ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to)
                : from instanceof codegen_1.Name
                    ? (mergeToName(gen, to, from), from)
                    : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
    };
}
exports.mergeEvaluated = {
    props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._) `${to} !== true && ${from} !== undefined`, () => {
            gen.if((0, codegen_1._) `${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._) `${to} || {}`).code((0, codegen_1._) `Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._) `${to} !== true`, () => {
            if (from === true) {
                gen.assign(to, true);
            }
            else {
                gen.assign(to, (0, codegen_1._) `${to} || {}`);
                setEvaluated(gen, to, from);
            }
        }),
        mergeValues: (from, to) => (from === true ? true : { ...from, ...to }),
        resultToName: evaluatedPropsToName,
    }),
    items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._) `${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._) `${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._) `${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._) `${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => (from === true ? true : Math.max(from, to)),
        resultToName: (gen, items) => gen.var("items", items),
    }),
};
function evaluatedPropsToName(gen, ps) {
    if (ps === true)
        return gen.var("props", true);
    const props = gen.var("props", (0, codegen_1._) `{}`);
    if (ps !== undefined)
        setEvaluated(gen, props, ps);
    return props;
}
exports.evaluatedPropsToName = evaluatedPropsToName;
function setEvaluated(gen, props, ps) {
    Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._) `${props}${(0, codegen_1.getProperty)(p)}`, true));
}
exports.setEvaluated = setEvaluated;
const snippets = {};
function useFunc(gen, f) {
    return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code)),
    });
}
exports.useFunc = useFunc;
var Type;
(function (Type) {
    Type[Type["Num"] = 0] = "Num";
    Type[Type["Str"] = 1] = "Str";
})(Type || (exports.Type = Type = {}));
function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
    // let path
    if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax
            ? isNumber
                ? (0, codegen_1._) `"[" + ${dataProp} + "]"`
                : (0, codegen_1._) `"['" + ${dataProp} + "']"`
            : isNumber
                ? (0, codegen_1._) `"/" + ${dataProp}`
                : (0, codegen_1._) `"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`; // TODO maybe use global escapePointer
    }
    return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
}
exports.getErrorPath = getErrorPath;
function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
    if (!mode)
        return;
    msg = `strict mode: ${msg}`;
    if (mode === true)
        throw new Error(msg);
    it.self.logger.warn(msg);
}
exports.checkStrictMode = checkStrictMode;
//# sourceMappingURL=util.js.map

/***/ }),

/***/ 7692:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
function schemaHasRulesForType({ schema, self }, type) {
    const group = self.RULES.types[type];
    return group && group !== true && shouldUseGroup(schema, group);
}
exports.schemaHasRulesForType = schemaHasRulesForType;
function shouldUseGroup(schema, group) {
    return group.rules.some((rule) => shouldUseRule(schema, rule));
}
exports.shouldUseGroup = shouldUseGroup;
function shouldUseRule(schema, rule) {
    var _a;
    return (schema[rule.keyword] !== undefined ||
        ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== undefined)));
}
exports.shouldUseRule = shouldUseRule;
//# sourceMappingURL=applicability.js.map

/***/ }),

/***/ 5346:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
const errors_1 = __nccwpck_require__(1283);
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const boolError = {
    message: "boolean schema is false",
};
function topBoolOrEmptySchema(it) {
    const { gen, schema, validateName } = it;
    if (schema === false) {
        falseSchemaError(it, false);
    }
    else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
    }
    else {
        gen.assign((0, codegen_1._) `${validateName}.errors`, null);
        gen.return(true);
    }
}
exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
function boolOrEmptySchema(it, valid) {
    const { gen, schema } = it;
    if (schema === false) {
        gen.var(valid, false); // TODO var
        falseSchemaError(it);
    }
    else {
        gen.var(valid, true); // TODO var
    }
}
exports.boolOrEmptySchema = boolOrEmptySchema;
function falseSchemaError(it, overrideAllErrors) {
    const { gen, data } = it;
    // TODO maybe some other interface should be used for non-keyword validation errors...
    const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it,
    };
    (0, errors_1.reportError)(cxt, boolError, undefined, overrideAllErrors);
}
//# sourceMappingURL=boolSchema.js.map

/***/ }),

/***/ 6685:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
const rules_1 = __nccwpck_require__(7353);
const applicability_1 = __nccwpck_require__(7692);
const errors_1 = __nccwpck_require__(1283);
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
var DataType;
(function (DataType) {
    DataType[DataType["Correct"] = 0] = "Correct";
    DataType[DataType["Wrong"] = 1] = "Wrong";
})(DataType || (exports.DataType = DataType = {}));
function getSchemaTypes(schema) {
    const types = getJSONTypes(schema.type);
    const hasNull = types.includes("null");
    if (hasNull) {
        if (schema.nullable === false)
            throw new Error("type: null contradicts nullable: false");
    }
    else {
        if (!types.length && schema.nullable !== undefined) {
            throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
            types.push("null");
    }
    return types;
}
exports.getSchemaTypes = getSchemaTypes;
// eslint-disable-next-line @typescript-eslint/no-redundant-type-constituents
function getJSONTypes(ts) {
    const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
    if (types.every(rules_1.isJSONType))
        return types;
    throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
}
exports.getJSONTypes = getJSONTypes;
function coerceAndCheckDataType(it, types) {
    const { gen, data, opts } = it;
    const coerceTo = coerceToTypes(types, opts.coerceTypes);
    const checkTypes = types.length > 0 &&
        !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
    if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
            if (coerceTo.length)
                coerceData(it, types, coerceTo);
            else
                reportTypeError(it);
        });
    }
    return checkTypes;
}
exports.coerceAndCheckDataType = coerceAndCheckDataType;
const COERCIBLE = new Set(["string", "number", "integer", "boolean", "null"]);
function coerceToTypes(types, coerceTypes) {
    return coerceTypes
        ? types.filter((t) => COERCIBLE.has(t) || (coerceTypes === "array" && t === "array"))
        : [];
}
function coerceData(it, types, coerceTo) {
    const { gen, data, opts } = it;
    const dataType = gen.let("dataType", (0, codegen_1._) `typeof ${data}`);
    const coerced = gen.let("coerced", (0, codegen_1._) `undefined`);
    if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._) `${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen
            .assign(data, (0, codegen_1._) `${data}[0]`)
            .assign(dataType, (0, codegen_1._) `typeof ${data}`)
            .if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
    }
    gen.if((0, codegen_1._) `${coerced} !== undefined`);
    for (const t of coerceTo) {
        if (COERCIBLE.has(t) || (t === "array" && opts.coerceTypes === "array")) {
            coerceSpecificType(t);
        }
    }
    gen.else();
    reportTypeError(it);
    gen.endIf();
    gen.if((0, codegen_1._) `${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
    });
    function coerceSpecificType(t) {
        switch (t) {
            case "string":
                gen
                    .elseIf((0, codegen_1._) `${dataType} == "number" || ${dataType} == "boolean"`)
                    .assign(coerced, (0, codegen_1._) `"" + ${data}`)
                    .elseIf((0, codegen_1._) `${data} === null`)
                    .assign(coerced, (0, codegen_1._) `""`);
                return;
            case "number":
                gen
                    .elseIf((0, codegen_1._) `${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`)
                    .assign(coerced, (0, codegen_1._) `+${data}`);
                return;
            case "integer":
                gen
                    .elseIf((0, codegen_1._) `${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`)
                    .assign(coerced, (0, codegen_1._) `+${data}`);
                return;
            case "boolean":
                gen
                    .elseIf((0, codegen_1._) `${data} === "false" || ${data} === 0 || ${data} === null`)
                    .assign(coerced, false)
                    .elseIf((0, codegen_1._) `${data} === "true" || ${data} === 1`)
                    .assign(coerced, true);
                return;
            case "null":
                gen.elseIf((0, codegen_1._) `${data} === "" || ${data} === 0 || ${data} === false`);
                gen.assign(coerced, null);
                return;
            case "array":
                gen
                    .elseIf((0, codegen_1._) `${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`)
                    .assign(coerced, (0, codegen_1._) `[${data}]`);
        }
    }
}
function assignParentData({ gen, parentData, parentDataProperty }, expr) {
    // TODO use gen.property
    gen.if((0, codegen_1._) `${parentData} !== undefined`, () => gen.assign((0, codegen_1._) `${parentData}[${parentDataProperty}]`, expr));
}
function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
    const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
    let cond;
    switch (dataType) {
        case "null":
            return (0, codegen_1._) `${data} ${EQ} null`;
        case "array":
            cond = (0, codegen_1._) `Array.isArray(${data})`;
            break;
        case "object":
            cond = (0, codegen_1._) `${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
            break;
        case "integer":
            cond = numCond((0, codegen_1._) `!(${data} % 1) && !isNaN(${data})`);
            break;
        case "number":
            cond = numCond();
            break;
        default:
            return (0, codegen_1._) `typeof ${data} ${EQ} ${dataType}`;
    }
    return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
    function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._) `typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._) `isFinite(${data})` : codegen_1.nil);
    }
}
exports.checkDataType = checkDataType;
function checkDataTypes(dataTypes, data, strictNums, correct) {
    if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
    }
    let cond;
    const types = (0, util_1.toHash)(dataTypes);
    if (types.array && types.object) {
        const notObj = (0, codegen_1._) `typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._) `!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
    }
    else {
        cond = codegen_1.nil;
    }
    if (types.number)
        delete types.integer;
    for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
    return cond;
}
exports.checkDataTypes = checkDataTypes;
const typeError = {
    message: ({ schema }) => `must be ${schema}`,
    params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._) `{type: ${schema}}` : (0, codegen_1._) `{type: ${schemaValue}}`,
};
function reportTypeError(it) {
    const cxt = getTypeErrorContext(it);
    (0, errors_1.reportError)(cxt, typeError);
}
exports.reportTypeError = reportTypeError;
function getTypeErrorContext(it) {
    const { gen, data, schema } = it;
    const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
    return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it,
    };
}
//# sourceMappingURL=dataType.js.map

/***/ }),

/***/ 1699:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.assignDefaults = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
function assignDefaults(it, ty) {
    const { properties, items } = it.schema;
    if (ty === "object" && properties) {
        for (const key in properties) {
            assignDefault(it, key, properties[key].default);
        }
    }
    else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
    }
}
exports.assignDefaults = assignDefaults;
function assignDefault(it, prop, defaultValue) {
    const { gen, compositeRule, data, opts } = it;
    if (defaultValue === undefined)
        return;
    const childData = (0, codegen_1._) `${data}${(0, codegen_1.getProperty)(prop)}`;
    if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
    }
    let condition = (0, codegen_1._) `${childData} === undefined`;
    if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._) `${condition} || ${childData} === null || ${childData} === ""`;
    }
    // `${childData} === undefined` +
    // (opts.useDefaults === "empty" ? ` || ${childData} === null || ${childData} === ""` : "")
    gen.if(condition, (0, codegen_1._) `${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
}
//# sourceMappingURL=defaults.js.map

/***/ }),

/***/ 7881:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
const boolSchema_1 = __nccwpck_require__(5346);
const dataType_1 = __nccwpck_require__(6685);
const applicability_1 = __nccwpck_require__(7692);
const dataType_2 = __nccwpck_require__(6685);
const defaults_1 = __nccwpck_require__(1699);
const keyword_1 = __nccwpck_require__(5202);
const subschema_1 = __nccwpck_require__(6200);
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const resolve_1 = __nccwpck_require__(4090);
const util_1 = __nccwpck_require__(4464);
const errors_1 = __nccwpck_require__(1283);
// schema compilation - generates validation function, subschemaCode (below) is used for subschemas
function validateFunctionCode(it) {
    if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
            topSchemaObjCode(it);
            return;
        }
    }
    validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
}
exports.validateFunctionCode = validateFunctionCode;
function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {
    if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._) `${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
            gen.code((0, codegen_1._) `"use strict"; ${funcSourceUrl(schema, opts)}`);
            destructureValCxtES5(gen, opts);
            gen.code(body);
        });
    }
    else {
        gen.func(validateName, (0, codegen_1._) `${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
    }
}
function destructureValCxt(opts) {
    return (0, codegen_1._) `{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._) `, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
}
function destructureValCxtES5(gen, opts) {
    gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
            gen.var(names_1.default.dynamicAnchors, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
    }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._) `""`);
        gen.var(names_1.default.parentData, (0, codegen_1._) `undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._) `undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
            gen.var(names_1.default.dynamicAnchors, (0, codegen_1._) `{}`);
    });
}
function topSchemaObjCode(it) {
    const { schema, opts, gen } = it;
    validateFunction(it, () => {
        if (opts.$comment && schema.$comment)
            commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
            resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
    });
    return;
}
function resetEvaluated(it) {
    // TODO maybe some hook to execute it in the end to check whether props/items are Name, as in assignEvaluated
    const { gen, validateName } = it;
    it.evaluated = gen.const("evaluated", (0, codegen_1._) `${validateName}.evaluated`);
    gen.if((0, codegen_1._) `${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._) `${it.evaluated}.props`, (0, codegen_1._) `undefined`));
    gen.if((0, codegen_1._) `${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._) `${it.evaluated}.items`, (0, codegen_1._) `undefined`));
}
function funcSourceUrl(schema, opts) {
    const schId = typeof schema == "object" && schema[opts.schemaId];
    return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._) `/*# sourceURL=${schId} */` : codegen_1.nil;
}
// schema compilation - this function is used recursively to generate code for sub-schemas
function subschemaCode(it, valid) {
    if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
            subSchemaObjCode(it, valid);
            return;
        }
    }
    (0, boolSchema_1.boolOrEmptySchema)(it, valid);
}
function schemaCxtHasRules({ schema, self }) {
    if (typeof schema == "boolean")
        return !schema;
    for (const key in schema)
        if (self.RULES.all[key])
            return true;
    return false;
}
function isSchemaObj(it) {
    return typeof it.schema != "boolean";
}
function subSchemaObjCode(it, valid) {
    const { schema, gen, opts } = it;
    if (opts.$comment && schema.$comment)
        commentKeyword(it);
    updateContext(it);
    checkAsyncSchema(it);
    const errsCount = gen.const("_errs", names_1.default.errors);
    typeAndKeywords(it, errsCount);
    // TODO var
    gen.var(valid, (0, codegen_1._) `${errsCount} === ${names_1.default.errors}`);
}
function checkKeywords(it) {
    (0, util_1.checkUnknownRules)(it);
    checkRefsAndKeywords(it);
}
function typeAndKeywords(it, errsCount) {
    if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
    const types = (0, dataType_1.getSchemaTypes)(it.schema);
    const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
    schemaKeywords(it, types, !checkedTypes, errsCount);
}
function checkRefsAndKeywords(it) {
    const { schema, errSchemaPath, opts, self } = it;
    if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
    }
}
function checkNoDefault(it) {
    const { schema, opts } = it;
    if (schema.default !== undefined && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
    }
}
function updateContext(it) {
    const schId = it.schema[it.opts.schemaId];
    if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
}
function checkAsyncSchema(it) {
    if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
}
function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
    const msg = schema.$comment;
    if (opts.$comment === true) {
        gen.code((0, codegen_1._) `${names_1.default.self}.logger.log(${msg})`);
    }
    else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str) `${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._) `${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
    }
}
function returnResults(it) {
    const { gen, schemaEnv, validateName, ValidationError, opts } = it;
    if (schemaEnv.$async) {
        // TODO assign unevaluated
        gen.if((0, codegen_1._) `${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._) `new ${ValidationError}(${names_1.default.vErrors})`));
    }
    else {
        gen.assign((0, codegen_1._) `${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
            assignEvaluated(it);
        gen.return((0, codegen_1._) `${names_1.default.errors} === 0`);
    }
}
function assignEvaluated({ gen, evaluated, props, items }) {
    if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._) `${evaluated}.props`, props);
    if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._) `${evaluated}.items`, items);
}
function schemaKeywords(it, types, typeErrors, errsCount) {
    const { gen, schema, data, allErrors, opts, self } = it;
    const { RULES } = self;
    if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES))) {
        gen.block(() => keywordCode(it, "$ref", RULES.all.$ref.definition)); // TODO typecast
        return;
    }
    if (!opts.jtd)
        checkStrictTypes(it, types);
    gen.block(() => {
        for (const group of RULES.rules)
            groupKeywords(group);
        groupKeywords(RULES.post);
    });
    function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group))
            return;
        if (group.type) {
            gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
            iterateKeywords(it, group);
            if (types.length === 1 && types[0] === group.type && typeErrors) {
                gen.else();
                (0, dataType_2.reportTypeError)(it);
            }
            gen.endIf();
        }
        else {
            iterateKeywords(it, group);
        }
        // TODO make it "ok" call?
        if (!allErrors)
            gen.if((0, codegen_1._) `${names_1.default.errors} === ${errsCount || 0}`);
    }
}
function iterateKeywords(it, group) {
    const { gen, schema, opts: { useDefaults }, } = it;
    if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
    gen.block(() => {
        for (const rule of group.rules) {
            if ((0, applicability_1.shouldUseRule)(schema, rule)) {
                keywordCode(it, rule.keyword, rule.definition, group.type);
            }
        }
    });
}
function checkStrictTypes(it, types) {
    if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
    checkContextTypes(it, types);
    if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
    checkKeywordTypes(it, it.dataTypes);
}
function checkContextTypes(it, types) {
    if (!types.length)
        return;
    if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
    }
    types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
            strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
    });
    narrowSchemaTypes(it, types);
}
function checkMultipleTypes(it, ts) {
    if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
    }
}
function checkKeywordTypes(it, ts) {
    const rules = it.self.RULES.all;
    for (const keyword in rules) {
        const rule = rules[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
            const { type } = rule.definition;
            if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
                strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
            }
        }
    }
}
function hasApplicableType(schTs, kwdT) {
    return schTs.includes(kwdT) || (kwdT === "number" && schTs.includes("integer"));
}
function includesType(ts, t) {
    return ts.includes(t) || (t === "integer" && ts.includes("number"));
}
function narrowSchemaTypes(it, withTypes) {
    const ts = [];
    for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
            ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
            ts.push("integer");
    }
    it.dataTypes = ts;
}
function strictTypesError(it, msg) {
    const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
    msg += ` at "${schemaPath}" (strictTypes)`;
    (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
}
class KeywordCxt {
    constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
            this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        }
        else {
            this.schemaCode = this.schemaValue;
            if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
                throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
            }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
            this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
    }
    result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
    }
    failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
            failAction();
        else
            this.error();
        if (successAction) {
            this.gen.else();
            successAction();
            if (this.allErrors)
                this.gen.endIf();
        }
        else {
            if (this.allErrors)
                this.gen.endIf();
            else
                this.gen.else();
        }
    }
    pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), undefined, failAction);
    }
    fail(condition) {
        if (condition === undefined) {
            this.error();
            if (!this.allErrors)
                this.gen.if(false); // this branch will be removed by gen.optimize
            return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
            this.gen.endIf();
        else
            this.gen.else();
    }
    fail$data(condition) {
        if (!this.$data)
            return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._) `${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
    }
    error(append, errorParams, errorPaths) {
        if (errorParams) {
            this.setParams(errorParams);
            this._error(append, errorPaths);
            this.setParams({});
            return;
        }
        this._error(append, errorPaths);
    }
    _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
    }
    $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
    }
    reset() {
        if (this.errsCount === undefined)
            throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
    }
    ok(cond) {
        if (!this.allErrors)
            this.gen.if(cond);
    }
    setParams(obj, assign) {
        if (assign)
            Object.assign(this.params, obj);
        else
            this.params = obj;
    }
    block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
            this.check$data(valid, $dataValid);
            codeBlock();
        });
    }
    check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
            return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._) `${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
            gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
            gen.elseIf(this.invalid$data());
            this.$dataError();
            if (valid !== codegen_1.nil)
                gen.assign(valid, false);
        }
        gen.else();
    }
    invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
            if (schemaType.length) {
                /* istanbul ignore if */
                if (!(schemaCode instanceof codegen_1.Name))
                    throw new Error("ajv implementation error");
                const st = Array.isArray(schemaType) ? schemaType : [schemaType];
                return (0, codegen_1._) `${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
            }
            return codegen_1.nil;
        }
        function invalid$DataSchema() {
            if (def.validateSchema) {
                const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema }); // TODO value.code for standalone
                return (0, codegen_1._) `!${validateSchemaRef}(${schemaCode})`;
            }
            return codegen_1.nil;
        }
    }
    subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: undefined, props: undefined };
        subschemaCode(nextContext, valid);
        return nextContext;
    }
    mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
            return;
        if (it.props !== true && schemaCxt.props !== undefined) {
            it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== undefined) {
            it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
    }
    mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
            gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
            return true;
        }
    }
}
exports.KeywordCxt = KeywordCxt;
function keywordCode(it, keyword, def, ruleType) {
    const cxt = new KeywordCxt(it, def, keyword);
    if ("code" in def) {
        def.code(cxt, ruleType);
    }
    else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
    }
    else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
    }
    else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
    }
}
const JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
const RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
function getData($data, { dataLevel, dataNames, dataPathArr }) {
    let jsonPointer;
    let data;
    if ($data === "")
        return names_1.default.rootData;
    if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
            throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
    }
    else {
        const matches = RELATIVE_JSON_POINTER.exec($data);
        if (!matches)
            throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches[1];
        jsonPointer = matches[2];
        if (jsonPointer === "#") {
            if (up >= dataLevel)
                throw new Error(errorMsg("property/index", up));
            return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
            throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
            return data;
    }
    let expr = data;
    const segments = jsonPointer.split("/");
    for (const segment of segments) {
        if (segment) {
            data = (0, codegen_1._) `${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
            expr = (0, codegen_1._) `${expr} && ${data}`;
        }
    }
    return expr;
    function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
    }
}
exports.getData = getData;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 5202:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const code_1 = __nccwpck_require__(8484);
const errors_1 = __nccwpck_require__(1283);
function macroKeywordCode(cxt, def) {
    const { gen, keyword, schema, parentSchema, it } = cxt;
    const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
    const schemaRef = useKeyword(gen, keyword, macroSchema);
    if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
    const valid = gen.name("valid");
    cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true,
    }, valid);
    cxt.pass(valid, () => cxt.error(true));
}
exports.macroKeywordCode = macroKeywordCode;
function funcKeywordCode(cxt, def) {
    var _a;
    const { gen, keyword, schema, parentSchema, $data, it } = cxt;
    checkAsyncKeyword(it, def);
    const validate = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
    const validateRef = useKeyword(gen, keyword, validate);
    const valid = gen.let("valid");
    cxt.block$data(valid, validateKeyword);
    cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
    function validateKeyword() {
        if (def.errors === false) {
            assignValid();
            if (def.modifying)
                modifyData(cxt);
            reportErrs(() => cxt.error());
        }
        else {
            const ruleErrs = def.async ? validateAsync() : validateSync();
            if (def.modifying)
                modifyData(cxt);
            reportErrs(() => addErrs(cxt, ruleErrs));
        }
    }
    function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._) `await `), (e) => gen.assign(valid, false).if((0, codegen_1._) `${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._) `${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
    }
    function validateSync() {
        const validateErrs = (0, codegen_1._) `${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
    }
    function assignValid(_await = def.async ? (0, codegen_1._) `await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !(("compile" in def && !$data) || def.schema === false);
        gen.assign(valid, (0, codegen_1._) `${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
    }
    function reportErrs(errors) {
        var _a;
        gen.if((0, codegen_1.not)((_a = def.valid) !== null && _a !== void 0 ? _a : valid), errors);
    }
}
exports.funcKeywordCode = funcKeywordCode;
function modifyData(cxt) {
    const { gen, data, it } = cxt;
    gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._) `${it.parentData}[${it.parentDataProperty}]`));
}
function addErrs(cxt, errs) {
    const { gen } = cxt;
    gen.if((0, codegen_1._) `Array.isArray(${errs})`, () => {
        gen
            .assign(names_1.default.vErrors, (0, codegen_1._) `${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`)
            .assign(names_1.default.errors, (0, codegen_1._) `${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
    }, () => cxt.error());
}
function checkAsyncKeyword({ schemaEnv }, def) {
    if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
}
function useKeyword(gen, keyword, result) {
    if (result === undefined)
        throw new Error(`keyword "${keyword}" failed to compile`);
    return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
}
function validSchemaType(schema, schemaType, allowUndefined = false) {
    // TODO add tests
    return (!schemaType.length ||
        schemaType.some((st) => st === "array"
            ? Array.isArray(schema)
            : st === "object"
                ? schema && typeof schema == "object" && !Array.isArray(schema)
                : typeof schema == st || (allowUndefined && typeof schema == "undefined")));
}
exports.validSchemaType = validSchemaType;
function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
    /* istanbul ignore if */
    if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
    }
    const deps = def.dependencies;
    if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
    }
    if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
            const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` +
                self.errorsText(def.validateSchema.errors);
            if (opts.validateSchema === "log")
                self.logger.error(msg);
            else
                throw new Error(msg);
        }
    }
}
exports.validateKeywordUsage = validateKeywordUsage;
//# sourceMappingURL=keyword.js.map

/***/ }),

/***/ 6200:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
    if (keyword !== undefined && schema !== undefined) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
    }
    if (keyword !== undefined) {
        const sch = it.schema[keyword];
        return schemaProp === undefined
            ? {
                schema: sch,
                schemaPath: (0, codegen_1._) `${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
                errSchemaPath: `${it.errSchemaPath}/${keyword}`,
            }
            : {
                schema: sch[schemaProp],
                schemaPath: (0, codegen_1._) `${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
                errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`,
            };
    }
    if (schema !== undefined) {
        if (schemaPath === undefined || errSchemaPath === undefined || topSchemaRef === undefined) {
            throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
            schema,
            schemaPath,
            topSchemaRef,
            errSchemaPath,
        };
    }
    throw new Error('either "keyword" or "schema" must be passed');
}
exports.getSubschema = getSubschema;
function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
    if (data !== undefined && dataProp !== undefined) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
    }
    const { gen } = it;
    if (dataProp !== undefined) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._) `${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str) `${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._) `${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
    }
    if (data !== undefined) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true); // replaceable if used once?
        dataContextProps(nextData);
        if (propertyName !== undefined)
            subschema.propertyName = propertyName;
        // TODO something is possibly wrong here with not changing parentDataProperty and not appending dataPathArr
    }
    if (dataTypes)
        subschema.dataTypes = dataTypes;
    function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
    }
}
exports.extendSubschemaData = extendSubschemaData;
function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
    if (compositeRule !== undefined)
        subschema.compositeRule = compositeRule;
    if (createErrors !== undefined)
        subschema.createErrors = createErrors;
    if (allErrors !== undefined)
        subschema.allErrors = allErrors;
    subschema.jtdDiscriminator = jtdDiscriminator; // not inherited
    subschema.jtdMetadata = jtdMetadata; // not inherited
}
exports.extendSubschemaMode = extendSubschemaMode;
//# sourceMappingURL=subschema.js.map

/***/ }),

/***/ 3893:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
var validate_1 = __nccwpck_require__(7881);
Object.defineProperty(exports, "KeywordCxt", ({ enumerable: true, get: function () { return validate_1.KeywordCxt; } }));
var codegen_1 = __nccwpck_require__(1436);
Object.defineProperty(exports, "_", ({ enumerable: true, get: function () { return codegen_1._; } }));
Object.defineProperty(exports, "str", ({ enumerable: true, get: function () { return codegen_1.str; } }));
Object.defineProperty(exports, "stringify", ({ enumerable: true, get: function () { return codegen_1.stringify; } }));
Object.defineProperty(exports, "nil", ({ enumerable: true, get: function () { return codegen_1.nil; } }));
Object.defineProperty(exports, "Name", ({ enumerable: true, get: function () { return codegen_1.Name; } }));
Object.defineProperty(exports, "CodeGen", ({ enumerable: true, get: function () { return codegen_1.CodeGen; } }));
const validation_error_1 = __nccwpck_require__(3021);
const ref_error_1 = __nccwpck_require__(3162);
const rules_1 = __nccwpck_require__(7353);
const compile_1 = __nccwpck_require__(2718);
const codegen_2 = __nccwpck_require__(1436);
const resolve_1 = __nccwpck_require__(4090);
const dataType_1 = __nccwpck_require__(6685);
const util_1 = __nccwpck_require__(4464);
const $dataRefSchema = __nccwpck_require__(3837);
const uri_1 = __nccwpck_require__(6285);
const defaultRegExp = (str, flags) => new RegExp(str, flags);
defaultRegExp.code = "new RegExp";
const META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
const EXT_SCOPE_NAMES = new Set([
    "validate",
    "serialize",
    "parse",
    "wrapper",
    "root",
    "schema",
    "keyword",
    "pattern",
    "formats",
    "validate$data",
    "func",
    "obj",
    "Error",
]);
const removedOptions = {
    errorDataPath: "",
    format: "`validateFormats: false` can be used instead.",
    nullable: '"nullable" keyword is supported by default.',
    jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
    extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
    missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
    processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
    sourceCode: "Use option `code: {source: true}`",
    strictDefaults: "It is default now, see option `strict`.",
    strictKeywords: "It is default now, see option `strict`.",
    uniqueItems: '"uniqueItems" keyword is always validated.',
    unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
    cache: "Map is used as cache, schema object as key.",
    serialize: "Map is used as cache, schema object as key.",
    ajvErrors: "It is default now.",
};
const deprecatedOptions = {
    ignoreKeywordsWithRef: "",
    jsPropertySyntax: "",
    unicode: '"minLength"/"maxLength" account for unicode characters by default.',
};
const MAX_EXPRESSION = 200;
// eslint-disable-next-line complexity
function requiredOptions(o) {
    var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
    const s = o.strict;
    const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
    const optimize = _optz === true || _optz === undefined ? 1 : _optz || 0;
    const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
    const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
    return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver: uriResolver,
    };
}
class Ajv {
    constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = Object.create(null);
        this._compilations = new Set();
        this._loading = {};
        this._cache = new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
            addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
            addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
            this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
    }
    _addVocabularies() {
        this.addKeyword("$async");
    }
    _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
            _dataRefSchema = { ...$dataRefSchema };
            _dataRefSchema.id = _dataRefSchema.$id;
            delete _dataRefSchema.$id;
        }
        if (meta && $data)
            this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
    }
    defaultMeta() {
        const { meta, schemaId } = this.opts;
        return (this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : undefined);
    }
    validate(schemaKeyRef, // key, ref or schema object
    // eslint-disable-next-line @typescript-eslint/no-redundant-type-constituents
    data // to be validated
    ) {
        let v;
        if (typeof schemaKeyRef == "string") {
            v = this.getSchema(schemaKeyRef);
            if (!v)
                throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        }
        else {
            v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
            this.errors = v.errors;
        return valid;
    }
    compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return (sch.validate || this._compileSchemaEnv(sch));
    }
    compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
            throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
            await loadMetaSchema.call(this, _schema.$schema);
            const sch = this._addSchema(_schema, _meta);
            return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
            if ($ref && !this.getSchema($ref)) {
                await runCompileAsync.call(this, { $ref }, true);
            }
        }
        async function _compileAsync(sch) {
            try {
                return this._compileSchemaEnv(sch);
            }
            catch (e) {
                if (!(e instanceof ref_error_1.default))
                    throw e;
                checkLoaded.call(this, e);
                await loadMissingSchema.call(this, e.missingSchema);
                return _compileAsync.call(this, sch);
            }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
            if (this.refs[ref]) {
                throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
            }
        }
        async function loadMissingSchema(ref) {
            const _schema = await _loadSchema.call(this, ref);
            if (!this.refs[ref])
                await loadMetaSchema.call(this, _schema.$schema);
            if (!this.refs[ref])
                this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
            const p = this._loading[ref];
            if (p)
                return p;
            try {
                return await (this._loading[ref] = loadSchema(ref));
            }
            finally {
                delete this._loading[ref];
            }
        }
    }
    // Adds schema to the instance
    addSchema(schema, // If array is passed, `key` will be ignored
    key, // Optional schema key. Can be passed to `validate` method instead of schema object or id/ref. One schema per instance can have empty `id` and `key`.
    _meta, // true if schema is a meta-schema. Used internally, addMetaSchema should be used instead.
    _validateSchema = this.opts.validateSchema // false to skip schema validation. Used internally, option validateSchema should be used instead.
    ) {
        if (Array.isArray(schema)) {
            for (const sch of schema)
                this.addSchema(sch, undefined, _meta, _validateSchema);
            return this;
        }
        let id;
        if (typeof schema === "object") {
            const { schemaId } = this.opts;
            id = schema[schemaId];
            if (id !== undefined && typeof id != "string") {
                throw new Error(`schema ${schemaId} must be string`);
            }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);
        return this;
    }
    // Add schema that will be used to validate other schemas
    // options in META_IGNORE_OPTIONS are alway set to false
    addMetaSchema(schema, key, // schema key
    _validateSchema = this.opts.validateSchema // false to skip schema validation, can be used to override validateSchema option for meta-schema
    ) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
    }
    //  Validate schema against its meta-schema
    validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
            return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== undefined && typeof $schema != "string") {
            throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
            this.logger.warn("meta-schema not available");
            this.errors = null;
            return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
            const message = "schema is invalid: " + this.errorsText();
            if (this.opts.validateSchema === "log")
                this.logger.error(message);
            else
                throw new Error(message);
        }
        return valid;
    }
    // Get compiled schema by `key` or `ref`.
    // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
    getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
            keyRef = sch;
        if (sch === undefined) {
            const { schemaId } = this.opts;
            const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
            sch = compile_1.resolveSchema.call(this, root, keyRef);
            if (!sch)
                return;
            this.refs[keyRef] = sch;
        }
        return (sch.validate || this._compileSchemaEnv(sch));
    }
    // Remove cached schema(s).
    // If no parameter is passed all schemas but meta-schemas are removed.
    // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
    // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
    removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
            this._removeAllSchemas(this.schemas, schemaKeyRef);
            this._removeAllSchemas(this.refs, schemaKeyRef);
            return this;
        }
        switch (typeof schemaKeyRef) {
            case "undefined":
                this._removeAllSchemas(this.schemas);
                this._removeAllSchemas(this.refs);
                this._cache.clear();
                return this;
            case "string": {
                const sch = getSchEnv.call(this, schemaKeyRef);
                if (typeof sch == "object")
                    this._cache.delete(sch.schema);
                delete this.schemas[schemaKeyRef];
                delete this.refs[schemaKeyRef];
                return this;
            }
            case "object": {
                const cacheKey = schemaKeyRef;
                this._cache.delete(cacheKey);
                let id = schemaKeyRef[this.opts.schemaId];
                if (id) {
                    id = (0, resolve_1.normalizeId)(id);
                    delete this.schemas[id];
                    delete this.refs[id];
                }
                return this;
            }
            default:
                throw new Error("ajv.removeSchema: invalid parameter");
        }
    }
    // add "vocabulary" - a collection of keywords
    addVocabulary(definitions) {
        for (const def of definitions)
            this.addKeyword(def);
        return this;
    }
    addKeyword(kwdOrDef, def // deprecated
    ) {
        let keyword;
        if (typeof kwdOrDef == "string") {
            keyword = kwdOrDef;
            if (typeof def == "object") {
                this.logger.warn("these parameters are deprecated, see docs for addKeyword");
                def.keyword = keyword;
            }
        }
        else if (typeof kwdOrDef == "object" && def === undefined) {
            def = kwdOrDef;
            keyword = def.keyword;
            if (Array.isArray(keyword) && !keyword.length) {
                throw new Error("addKeywords: keyword must be string or non-empty array");
            }
        }
        else {
            throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
            (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
            return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
            ...def,
            type: (0, dataType_1.getJSONTypes)(def.type),
            schemaType: (0, dataType_1.getJSONTypes)(def.schemaType),
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0
            ? (k) => addRule.call(this, k, definition)
            : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
    }
    getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
    }
    // Remove keyword
    removeKeyword(keyword) {
        // TODO return type should be Ajv
        const { RULES } = this;
        delete RULES.keywords[keyword];
        delete RULES.all[keyword];
        for (const group of RULES.rules) {
            const i = group.rules.findIndex((rule) => rule.keyword === keyword);
            if (i >= 0)
                group.rules.splice(i, 1);
        }
        return this;
    }
    // Add format
    addFormat(name, format) {
        if (typeof format == "string")
            format = new RegExp(format);
        this.formats[name] = format;
        return this;
    }
    errorsText(errors = this.errors, // optional array of validation errors
    { separator = ", ", dataVar = "data" } = {} // optional options with properties `separator` and `dataVar`
    ) {
        if (!errors || errors.length === 0)
            return "No errors";
        return errors
            .map((e) => `${dataVar}${e.instancePath} ${e.message}`)
            .reduce((text, msg) => text + separator + msg);
    }
    $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
            const segments = jsonPointer.split("/").slice(1); // first segment is an empty string
            let keywords = metaSchema;
            for (const seg of segments)
                keywords = keywords[seg];
            for (const key in rules) {
                const rule = rules[key];
                if (typeof rule != "object")
                    continue;
                const { $data } = rule.definition;
                const schema = keywords[key];
                if ($data && schema)
                    keywords[key] = schemaOrData(schema);
            }
        }
        return metaSchema;
    }
    _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
            const sch = schemas[keyRef];
            if (!regex || regex.test(keyRef)) {
                if (typeof sch == "string") {
                    delete schemas[keyRef];
                }
                else if (sch && !sch.meta) {
                    this._cache.delete(sch.schema);
                    delete schemas[keyRef];
                }
            }
        }
    }
    _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema == "object") {
            id = schema[schemaId];
        }
        else {
            if (this.opts.jtd)
                throw new Error("schema must be object");
            else if (typeof schema != "boolean")
                throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== undefined)
            return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
            // TODO atm it is allowed to overwrite schemas without id (instead of not adding them)
            if (baseId)
                this._checkUnique(baseId);
            this.refs[baseId] = sch;
        }
        if (validateSchema)
            this.validateSchema(schema, true);
        return sch;
    }
    _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
            throw new Error(`schema with key or id "${id}" already exists`);
        }
    }
    _compileSchemaEnv(sch) {
        if (sch.meta)
            this._compileMetaSchema(sch);
        else
            compile_1.compileSchema.call(this, sch);
        /* istanbul ignore if */
        if (!sch.validate)
            throw new Error("ajv implementation error");
        return sch.validate;
    }
    _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
            compile_1.compileSchema.call(this, sch);
        }
        finally {
            this.opts = currentOpts;
        }
    }
}
Ajv.ValidationError = validation_error_1.default;
Ajv.MissingRefError = ref_error_1.default;
exports["default"] = Ajv;
function checkOptions(checkOpts, options, msg, log = "error") {
    for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
            this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
    }
}
function getSchEnv(keyRef) {
    keyRef = (0, resolve_1.normalizeId)(keyRef); // TODO tests fail without this line
    return this.schemas[keyRef] || this.refs[keyRef];
}
function addInitialSchemas() {
    const optsSchemas = this.opts.schemas;
    if (!optsSchemas)
        return;
    if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
    else
        for (const key in optsSchemas)
            this.addSchema(optsSchemas[key], key);
}
function addInitialFormats() {
    for (const name in this.opts.formats) {
        const format = this.opts.formats[name];
        if (format)
            this.addFormat(name, format);
    }
}
function addInitialKeywords(defs) {
    if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
    }
    this.logger.warn("keywords option as map is deprecated, pass array");
    for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
            def.keyword = keyword;
        this.addKeyword(def);
    }
}
function getMetaSchemaOptions() {
    const metaOpts = { ...this.opts };
    for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
    return metaOpts;
}
const noLogs = { log() { }, warn() { }, error() { } };
function getLogger(logger) {
    if (logger === false)
        return noLogs;
    if (logger === undefined)
        return console;
    if (logger.log && logger.warn && logger.error)
        return logger;
    throw new Error("logger must implement log, warn and error methods");
}
const KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
function checkKeyword(keyword, def) {
    const { RULES } = this;
    (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES.keywords[kwd])
            throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
            throw new Error(`Keyword ${kwd} has invalid name`);
    });
    if (!def)
        return;
    if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
    }
}
function addRule(keyword, definition, dataType) {
    var _a;
    const post = definition === null || definition === void 0 ? void 0 : definition.post;
    if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
    const { RULES } = this;
    let ruleGroup = post ? RULES.post : RULES.rules.find(({ type: t }) => t === dataType);
    if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES.rules.push(ruleGroup);
    }
    RULES.keywords[keyword] = true;
    if (!definition)
        return;
    const rule = {
        keyword,
        definition: {
            ...definition,
            type: (0, dataType_1.getJSONTypes)(definition.type),
            schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType),
        },
    };
    if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule, definition.before);
    else
        ruleGroup.rules.push(rule);
    RULES.all[keyword] = rule;
    (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
}
function addBeforeRule(ruleGroup, rule, before) {
    const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
    if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule);
    }
    else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
    }
}
function keywordMetaschema(def) {
    let { metaSchema } = def;
    if (metaSchema === undefined)
        return;
    if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
    def.validateSchema = this.compile(metaSchema, true);
}
const $dataRef = {
    $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
};
function schemaOrData(schema) {
    return { anyOf: [schema, $dataRef] };
}
//# sourceMappingURL=core.js.map

/***/ }),

/***/ 4951:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://github.com/ajv-validator/ajv/issues/889
const equal = __nccwpck_require__(3430);
equal.code = 'require("ajv/dist/runtime/equal").default';
exports["default"] = equal;
//# sourceMappingURL=equal.js.map

/***/ }),

/***/ 6214:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://mathiasbynens.be/notes/javascript-encoding
// https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
}
exports["default"] = ucs2length;
ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
//# sourceMappingURL=ucs2length.js.map

/***/ }),

/***/ 6285:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const uri = __nccwpck_require__(4352);
uri.code = 'require("ajv/dist/runtime/uri").default';
exports["default"] = uri;
//# sourceMappingURL=uri.js.map

/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
class ValidationError extends Error {
    constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
    }
}
exports["default"] = ValidationError;
//# sourceMappingURL=validation_error.js.map

/***/ }),

/***/ 3448:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateAdditionalItems = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params: { len } }) => (0, codegen_1.str) `must NOT have more than ${len} items`,
    params: ({ params: { len } }) => (0, codegen_1._) `{limit: ${len}}`,
};
const def = {
    keyword: "additionalItems",
    type: "array",
    schemaType: ["boolean", "object"],
    before: "uniqueItems",
    error,
    code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
            (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
            return;
        }
        validateAdditionalItems(cxt, items);
    },
};
function validateAdditionalItems(cxt, items) {
    const { gen, schema, data, keyword, it } = cxt;
    it.items = true;
    const len = gen.const("len", (0, codegen_1._) `${data}.length`);
    if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._) `${len} <= ${items.length}`);
    }
    else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._) `${len} <= ${items.length}`); // TODO var
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
    }
    function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
            cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
            if (!it.allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
    }
}
exports.validateAdditionalItems = validateAdditionalItems;
exports["default"] = def;
//# sourceMappingURL=additionalItems.js.map

/***/ }),

/***/ 2431:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: "must NOT have additional properties",
    params: ({ params }) => (0, codegen_1._) `{additionalProperty: ${params.additionalProperty}}`,
};
const def = {
    keyword: "additionalProperties",
    type: ["object"],
    schemaType: ["boolean", "object"],
    allowUndefined: true,
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        /* istanbul ignore if */
        if (!errsCount)
            throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
            return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._) `${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
            gen.forIn("key", data, (key) => {
                if (!props.length && !patProps.length)
                    additionalPropertyCode(key);
                else
                    gen.if(isAdditional(key), () => additionalPropertyCode(key));
            });
        }
        function isAdditional(key) {
            let definedProp;
            if (props.length > 8) {
                // TODO maybe an option instead of hard-coded 8?
                const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
                definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
            }
            else if (props.length) {
                definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._) `${key} === ${p}`));
            }
            else {
                definedProp = codegen_1.nil;
            }
            if (patProps.length) {
                definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._) `${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
            }
            return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
            gen.code((0, codegen_1._) `delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
            if (opts.removeAdditional === "all" || (opts.removeAdditional && schema === false)) {
                deleteAdditional(key);
                return;
            }
            if (schema === false) {
                cxt.setParams({ additionalProperty: key });
                cxt.error();
                if (!allErrors)
                    gen.break();
                return;
            }
            if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
                const valid = gen.name("valid");
                if (opts.removeAdditional === "failing") {
                    applyAdditionalSchema(key, valid, false);
                    gen.if((0, codegen_1.not)(valid), () => {
                        cxt.reset();
                        deleteAdditional(key);
                    });
                }
                else {
                    applyAdditionalSchema(key, valid);
                    if (!allErrors)
                        gen.if((0, codegen_1.not)(valid), () => gen.break());
                }
            }
        }
        function applyAdditionalSchema(key, valid, errors) {
            const subschema = {
                keyword: "additionalProperties",
                dataProp: key,
                dataPropType: util_1.Type.Str,
            };
            if (errors === false) {
                Object.assign(subschema, {
                    compositeRule: true,
                    createErrors: false,
                    allErrors: false,
                });
            }
            cxt.subschema(subschema, valid);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=additionalProperties.js.map

/***/ }),

/***/ 9205:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: "allOf",
    schemaType: "array",
    code(cxt) {
        const { gen, schema, it } = cxt;
        /* istanbul ignore if */
        if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i) => {
            if ((0, util_1.alwaysValidSchema)(it, sch))
                return;
            const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
            cxt.ok(valid);
            cxt.mergeEvaluated(schCxt);
        });
    },
};
exports["default"] = def;
//# sourceMappingURL=allOf.js.map

/***/ }),

/***/ 9380:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const def = {
    keyword: "anyOf",
    schemaType: "array",
    trackErrors: true,
    code: code_1.validateUnion,
    error: { message: "must match a schema in anyOf" },
};
exports["default"] = def;
//# sourceMappingURL=anyOf.js.map

/***/ }),

/***/ 6182:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params: { min, max } }) => max === undefined
        ? (0, codegen_1.str) `must contain at least ${min} valid item(s)`
        : (0, codegen_1.str) `must contain at least ${min} and no more than ${max} valid item(s)`,
    params: ({ params: { min, max } }) => max === undefined ? (0, codegen_1._) `{minContains: ${min}}` : (0, codegen_1._) `{minContains: ${min}, maxContains: ${max}}`,
};
const def = {
    keyword: "contains",
    type: "array",
    schemaType: ["object", "boolean"],
    before: "uniqueItems",
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
            min = minContains === undefined ? 1 : minContains;
            max = maxContains;
        }
        else {
            min = 1;
        }
        const len = gen.const("len", (0, codegen_1._) `${data}.length`);
        cxt.setParams({ min, max });
        if (max === undefined && min === 0) {
            (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
            return;
        }
        if (max !== undefined && min > max) {
            (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
            cxt.fail();
            return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
            let cond = (0, codegen_1._) `${len} >= ${min}`;
            if (max !== undefined)
                cond = (0, codegen_1._) `${cond} && ${len} <= ${max}`;
            cxt.pass(cond);
            return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === undefined && min === 1) {
            validateItems(valid, () => gen.if(valid, () => gen.break()));
        }
        else if (min === 0) {
            gen.let(valid, true);
            if (max !== undefined)
                gen.if((0, codegen_1._) `${data}.length > 0`, validateItemsWithCount);
        }
        else {
            gen.let(valid, false);
            validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
            const schValid = gen.name("_valid");
            const count = gen.let("count", 0);
            validateItems(schValid, () => gen.if(schValid, () => checkLimits(count)));
        }
        function validateItems(_valid, block) {
            gen.forRange("i", 0, len, (i) => {
                cxt.subschema({
                    keyword: "contains",
                    dataProp: i,
                    dataPropType: util_1.Type.Num,
                    compositeRule: true,
                }, _valid);
                block();
            });
        }
        function checkLimits(count) {
            gen.code((0, codegen_1._) `${count}++`);
            if (max === undefined) {
                gen.if((0, codegen_1._) `${count} >= ${min}`, () => gen.assign(valid, true).break());
            }
            else {
                gen.if((0, codegen_1._) `${count} > ${max}`, () => gen.assign(valid, false).break());
                if (min === 1)
                    gen.assign(valid, true);
                else
                    gen.if((0, codegen_1._) `${count} >= ${min}`, () => gen.assign(valid, true));
            }
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=contains.js.map

/***/ }),

/***/ 5826:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const code_1 = __nccwpck_require__(8484);
exports.error = {
    message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str) `must have ${property_ies} ${deps} when property ${property} is present`;
    },
    params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._) `{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`, // TODO change to reference
};
const def = {
    keyword: "dependencies",
    type: "object",
    schemaType: "object",
    error: exports.error,
    code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
    },
};
function splitDependencies({ schema }) {
    const propertyDeps = {};
    const schemaDeps = {};
    for (const key in schema) {
        if (key === "__proto__")
            continue;
        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema[key];
    }
    return [propertyDeps, schemaDeps];
}
function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
    const { gen, data, it } = cxt;
    if (Object.keys(propertyDeps).length === 0)
        return;
    const missing = gen.let("missing");
    for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
            continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
            property: prop,
            depsCount: deps.length,
            deps: deps.join(", "),
        });
        if (it.allErrors) {
            gen.if(hasProperty, () => {
                for (const depProp of deps) {
                    (0, code_1.checkReportMissingProp)(cxt, depProp);
                }
            });
        }
        else {
            gen.if((0, codegen_1._) `${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
        }
    }
}
exports.validatePropertyDeps = validatePropertyDeps;
function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
    const { gen, data, keyword, it } = cxt;
    const valid = gen.name("valid");
    for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
            continue;
        gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties), () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
        }, () => gen.var(valid, true) // TODO var
        );
        cxt.ok(valid);
    }
}
exports.validateSchemaDeps = validateSchemaDeps;
exports["default"] = def;
//# sourceMappingURL=dependencies.js.map

/***/ }),

/***/ 8584:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params }) => (0, codegen_1.str) `must match "${params.ifClause}" schema`,
    params: ({ params }) => (0, codegen_1._) `{failingKeyword: ${params.ifClause}}`,
};
const def = {
    keyword: "if",
    schemaType: ["object", "boolean"],
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === undefined && parentSchema.else === undefined) {
            (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
            return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
            const ifClause = gen.let("ifClause");
            cxt.setParams({ ifClause });
            gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        }
        else if (hasThen) {
            gen.if(schValid, validateClause("then"));
        }
        else {
            gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
            const schCxt = cxt.subschema({
                keyword: "if",
                compositeRule: true,
                createErrors: false,
                allErrors: false,
            }, schValid);
            cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
            return () => {
                const schCxt = cxt.subschema({ keyword }, schValid);
                gen.assign(valid, schValid);
                cxt.mergeValidEvaluated(schCxt, valid);
                if (ifClause)
                    gen.assign(ifClause, (0, codegen_1._) `${keyword}`);
                else
                    cxt.setParams({ ifClause: keyword });
            };
        }
    },
};
function hasSchema(it, keyword) {
    const schema = it.schema[keyword];
    return schema !== undefined && !(0, util_1.alwaysValidSchema)(it, schema);
}
exports["default"] = def;
//# sourceMappingURL=if.js.map

/***/ }),

/***/ 8775:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const additionalItems_1 = __nccwpck_require__(3448);
const prefixItems_1 = __nccwpck_require__(6467);
const items_1 = __nccwpck_require__(5791);
const items2020_1 = __nccwpck_require__(2959);
const contains_1 = __nccwpck_require__(6182);
const dependencies_1 = __nccwpck_require__(5826);
const propertyNames_1 = __nccwpck_require__(1372);
const additionalProperties_1 = __nccwpck_require__(2431);
const properties_1 = __nccwpck_require__(8778);
const patternProperties_1 = __nccwpck_require__(664);
const not_1 = __nccwpck_require__(8350);
const anyOf_1 = __nccwpck_require__(9380);
const oneOf_1 = __nccwpck_require__(2490);
const allOf_1 = __nccwpck_require__(9205);
const if_1 = __nccwpck_require__(8584);
const thenElse_1 = __nccwpck_require__(6829);
function getApplicator(draft2020 = false) {
    const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default,
    ];
    // array
    if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
    else
        applicator.push(additionalItems_1.default, items_1.default);
    applicator.push(contains_1.default);
    return applicator;
}
exports["default"] = getApplicator;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 5791:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateTuple = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const code_1 = __nccwpck_require__(8484);
const def = {
    keyword: "items",
    type: "array",
    schemaType: ["object", "array", "boolean"],
    before: "uniqueItems",
    code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
            return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
            return;
        cxt.ok((0, code_1.validateArray)(cxt));
    },
};
function validateTuple(cxt, extraItems, schArr = cxt.schema) {
    const { gen, parentSchema, data, keyword, it } = cxt;
    checkStrictTuple(parentSchema);
    if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
    }
    const valid = gen.name("valid");
    const len = gen.const("len", (0, codegen_1._) `${data}.length`);
    schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
        gen.if((0, codegen_1._) `${len} > ${i}`, () => cxt.subschema({
            keyword,
            schemaProp: i,
            dataProp: i,
        }, valid));
        cxt.ok(valid);
    });
    function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
            const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
            (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
    }
}
exports.validateTuple = validateTuple;
exports["default"] = def;
//# sourceMappingURL=items.js.map

/***/ }),

/***/ 2959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const code_1 = __nccwpck_require__(8484);
const additionalItems_1 = __nccwpck_require__(3448);
const error = {
    message: ({ params: { len } }) => (0, codegen_1.str) `must NOT have more than ${len} items`,
    params: ({ params: { len } }) => (0, codegen_1._) `{limit: ${len}}`,
};
const def = {
    keyword: "items",
    type: "array",
    schemaType: ["object", "boolean"],
    before: "uniqueItems",
    error,
    code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
            return;
        if (prefixItems)
            (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
            cxt.ok((0, code_1.validateArray)(cxt));
    },
};
exports["default"] = def;
//# sourceMappingURL=items2020.js.map

/***/ }),

/***/ 8350:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: "not",
    schemaType: ["object", "boolean"],
    trackErrors: true,
    code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
            cxt.fail();
            return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
            keyword: "not",
            compositeRule: true,
            createErrors: false,
            allErrors: false,
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
    },
    error: { message: "must NOT be valid" },
};
exports["default"] = def;
//# sourceMappingURL=not.js.map

/***/ }),

/***/ 2490:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: "must match exactly one schema in oneOf",
    params: ({ params }) => (0, codegen_1._) `{passingSchemas: ${params.passing}}`,
};
const def = {
    keyword: "oneOf",
    schemaType: "array",
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        /* istanbul ignore if */
        if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
            return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        // TODO possibly fail straight away (with warning or exception) if there are two empty always valid schemas
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
            schArr.forEach((sch, i) => {
                let schCxt;
                if ((0, util_1.alwaysValidSchema)(it, sch)) {
                    gen.var(schValid, true);
                }
                else {
                    schCxt = cxt.subschema({
                        keyword: "oneOf",
                        schemaProp: i,
                        compositeRule: true,
                    }, schValid);
                }
                if (i > 0) {
                    gen
                        .if((0, codegen_1._) `${schValid} && ${valid}`)
                        .assign(valid, false)
                        .assign(passing, (0, codegen_1._) `[${passing}, ${i}]`)
                        .else();
                }
                gen.if(schValid, () => {
                    gen.assign(valid, true);
                    gen.assign(passing, i);
                    if (schCxt)
                        cxt.mergeEvaluated(schCxt, codegen_1.Name);
                });
            });
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=oneOf.js.map

/***/ }),

/***/ 664:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const util_2 = __nccwpck_require__(4464);
const def = {
    keyword: "patternProperties",
    type: "object",
    schemaType: "object",
    code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 ||
            (alwaysValidPatterns.length === patterns.length &&
                (!it.opts.unevaluated || it.props === true))) {
            return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
            it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
            for (const pat of patterns) {
                if (checkProperties)
                    checkMatchingProperties(pat);
                if (it.allErrors) {
                    validateProperties(pat);
                }
                else {
                    gen.var(valid, true); // TODO var
                    validateProperties(pat);
                    gen.if(valid);
                }
            }
        }
        function checkMatchingProperties(pat) {
            for (const prop in checkProperties) {
                if (new RegExp(pat).test(prop)) {
                    (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
                }
            }
        }
        function validateProperties(pat) {
            gen.forIn("key", data, (key) => {
                gen.if((0, codegen_1._) `${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
                    const alwaysValid = alwaysValidPatterns.includes(pat);
                    if (!alwaysValid) {
                        cxt.subschema({
                            keyword: "patternProperties",
                            schemaProp: pat,
                            dataProp: key,
                            dataPropType: util_2.Type.Str,
                        }, valid);
                    }
                    if (it.opts.unevaluated && props !== true) {
                        gen.assign((0, codegen_1._) `${props}[${key}]`, true);
                    }
                    else if (!alwaysValid && !it.allErrors) {
                        // can short-circuit if `unevaluatedProperties` is not supported (opts.next === false)
                        // or if all properties were evaluated (props === true)
                        gen.if((0, codegen_1.not)(valid), () => gen.break());
                    }
                });
            });
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=patternProperties.js.map

/***/ }),

/***/ 6467:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const items_1 = __nccwpck_require__(5791);
const def = {
    keyword: "prefixItems",
    type: "array",
    schemaType: ["array"],
    before: "uniqueItems",
    code: (cxt) => (0, items_1.validateTuple)(cxt, "items"),
};
exports["default"] = def;
//# sourceMappingURL=prefixItems.js.map

/***/ }),

/***/ 8778:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const validate_1 = __nccwpck_require__(7881);
const code_1 = __nccwpck_require__(8484);
const util_1 = __nccwpck_require__(4464);
const additionalProperties_1 = __nccwpck_require__(2431);
const def = {
    keyword: "properties",
    type: "object",
    schemaType: "object",
    code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === undefined) {
            additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
            it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
            it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties.length === 0)
            return;
        const valid = gen.name("valid");
        for (const prop of properties) {
            if (hasDefault(prop)) {
                applyPropertySchema(prop);
            }
            else {
                gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
                applyPropertySchema(prop);
                if (!it.allErrors)
                    gen.else().var(valid, true);
                gen.endIf();
            }
            cxt.it.definedProperties.add(prop);
            cxt.ok(valid);
        }
        function hasDefault(prop) {
            return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== undefined;
        }
        function applyPropertySchema(prop) {
            cxt.subschema({
                keyword: "properties",
                schemaProp: prop,
                dataProp: prop,
            }, valid);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=properties.js.map

/***/ }),

/***/ 1372:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: "property name must be valid",
    params: ({ params }) => (0, codegen_1._) `{propertyName: ${params.propertyName}}`,
};
const def = {
    keyword: "propertyNames",
    type: "object",
    schemaType: ["object", "boolean"],
    error,
    code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
            return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
            cxt.setParams({ propertyName: key });
            cxt.subschema({
                keyword: "propertyNames",
                data: key,
                dataTypes: ["string"],
                propertyName: key,
                compositeRule: true,
            }, valid);
            gen.if((0, codegen_1.not)(valid), () => {
                cxt.error(true);
                if (!it.allErrors)
                    gen.break();
            });
        });
        cxt.ok(valid);
    },
};
exports["default"] = def;
//# sourceMappingURL=propertyNames.js.map

/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: ["then", "else"],
    schemaType: ["object", "boolean"],
    code({ keyword, parentSchema, it }) {
        if (parentSchema.if === undefined)
            (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
    },
};
exports["default"] = def;
//# sourceMappingURL=thenElse.js.map

/***/ }),

/***/ 8484:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const names_1 = __nccwpck_require__(630);
const util_2 = __nccwpck_require__(4464);
function checkReportMissingProp(cxt, prop) {
    const { gen, data, it } = cxt;
    gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._) `${prop}` }, true);
        cxt.error();
    });
}
exports.checkReportMissingProp = checkReportMissingProp;
function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
    return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._) `${missing} = ${prop}`)));
}
exports.checkMissingProp = checkMissingProp;
function reportMissingProp(cxt, missing) {
    cxt.setParams({ missingProperty: missing }, true);
    cxt.error();
}
exports.reportMissingProp = reportMissingProp;
function hasPropFunc(gen) {
    return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._) `Object.prototype.hasOwnProperty`,
    });
}
exports.hasPropFunc = hasPropFunc;
function isOwnProperty(gen, data, property) {
    return (0, codegen_1._) `${hasPropFunc(gen)}.call(${data}, ${property})`;
}
exports.isOwnProperty = isOwnProperty;
function propertyInData(gen, data, property, ownProperties) {
    const cond = (0, codegen_1._) `${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
    return ownProperties ? (0, codegen_1._) `${cond} && ${isOwnProperty(gen, data, property)}` : cond;
}
exports.propertyInData = propertyInData;
function noPropertyInData(gen, data, property, ownProperties) {
    const cond = (0, codegen_1._) `${data}${(0, codegen_1.getProperty)(property)} === undefined`;
    return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
}
exports.noPropertyInData = noPropertyInData;
function allSchemaProperties(schemaMap) {
    return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
}
exports.allSchemaProperties = allSchemaProperties;
function schemaProperties(it, schemaMap) {
    return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
}
exports.schemaProperties = schemaProperties;
function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
    const dataAndSchema = passSchema ? (0, codegen_1._) `${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
    const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData],
    ];
    if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
    const args = (0, codegen_1._) `${dataAndSchema}, ${gen.object(...valCxt)}`;
    return context !== codegen_1.nil ? (0, codegen_1._) `${func}.call(${context}, ${args})` : (0, codegen_1._) `${func}(${args})`;
}
exports.callValidateCode = callValidateCode;
const newRegExp = (0, codegen_1._) `new RegExp`;
function usePattern({ gen, it: { opts } }, pattern) {
    const u = opts.unicodeRegExp ? "u" : "";
    const { regExp } = opts.code;
    const rx = regExp(pattern, u);
    return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._) `${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`,
    });
}
exports.usePattern = usePattern;
function validateArray(cxt) {
    const { gen, data, keyword, it } = cxt;
    const valid = gen.name("valid");
    if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
    }
    gen.var(valid, true);
    validateItems(() => gen.break());
    return valid;
    function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._) `${data}.length`);
        gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
                keyword,
                dataProp: i,
                dataPropType: util_1.Type.Num,
            }, valid);
            gen.if((0, codegen_1.not)(valid), notValid);
        });
    }
}
exports.validateArray = validateArray;
function validateUnion(cxt) {
    const { gen, schema, keyword, it } = cxt;
    /* istanbul ignore if */
    if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
    const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
    if (alwaysValid && !it.opts.unevaluated)
        return;
    const valid = gen.let("valid", false);
    const schValid = gen.name("_valid");
    gen.block(() => schema.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
            keyword,
            schemaProp: i,
            compositeRule: true,
        }, schValid);
        gen.assign(valid, (0, codegen_1._) `${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        // can short-circuit if `unevaluatedProperties/Items` not supported (opts.unevaluated !== true)
        // or if all properties and items were evaluated (it.props === true && it.items === true)
        if (!merged)
            gen.if((0, codegen_1.not)(valid));
    }));
    cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
}
exports.validateUnion = validateUnion;
//# sourceMappingURL=code.js.map

/***/ }),

/***/ 9872:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const def = {
    keyword: "id",
    code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
    },
};
exports["default"] = def;
//# sourceMappingURL=id.js.map

/***/ }),

/***/ 7397:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const id_1 = __nccwpck_require__(9872);
const ref_1 = __nccwpck_require__(2996);
const core = [
    "$schema",
    "$id",
    "$defs",
    "$vocabulary",
    { keyword: "$comment" },
    "definitions",
    id_1.default,
    ref_1.default,
];
exports["default"] = core;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 2996:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.callRef = exports.getValidate = void 0;
const ref_error_1 = __nccwpck_require__(3162);
const code_1 = __nccwpck_require__(8484);
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const compile_1 = __nccwpck_require__(2718);
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: "$ref",
    schemaType: "string",
    code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
            return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === undefined)
            throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
            return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
            if (env === root)
                return callRef(cxt, validateName, env, env.$async);
            const rootName = gen.scopeValue("root", { ref: root });
            return callRef(cxt, (0, codegen_1._) `${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
            const v = getValidate(cxt, sch);
            callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
            const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
            const valid = gen.name("valid");
            const schCxt = cxt.subschema({
                schema: sch,
                dataTypes: [],
                schemaPath: codegen_1.nil,
                topSchemaRef: schName,
                errSchemaPath: $ref,
            }, valid);
            cxt.mergeEvaluated(schCxt);
            cxt.ok(valid);
        }
    },
};
function getValidate(cxt, sch) {
    const { gen } = cxt;
    return sch.validate
        ? gen.scopeValue("validate", { ref: sch.validate })
        : (0, codegen_1._) `${gen.scopeValue("wrapper", { ref: sch })}.validate`;
}
exports.getValidate = getValidate;
function callRef(cxt, v, sch, $async) {
    const { gen, it } = cxt;
    const { allErrors, schemaEnv: env, opts } = it;
    const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
    if ($async)
        callAsyncRef();
    else
        callSyncRef();
    function callAsyncRef() {
        if (!env.$async)
            throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
            gen.code((0, codegen_1._) `await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
            addEvaluatedFrom(v); // TODO will not work with async, it has to be returned with the result
            if (!allErrors)
                gen.assign(valid, true);
        }, (e) => {
            gen.if((0, codegen_1._) `!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
            addErrorsFrom(e);
            if (!allErrors)
                gen.assign(valid, false);
        });
        cxt.ok(valid);
    }
    function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
    }
    function addErrorsFrom(source) {
        const errs = (0, codegen_1._) `${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._) `${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`); // TODO tagged
        gen.assign(names_1.default.errors, (0, codegen_1._) `${names_1.default.vErrors}.length`);
    }
    function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
            return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        // TODO refactor
        if (it.props !== true) {
            if (schEvaluated && !schEvaluated.dynamicProps) {
                if (schEvaluated.props !== undefined) {
                    it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
                }
            }
            else {
                const props = gen.var("props", (0, codegen_1._) `${source}.evaluated.props`);
                it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
            }
        }
        if (it.items !== true) {
            if (schEvaluated && !schEvaluated.dynamicItems) {
                if (schEvaluated.items !== undefined) {
                    it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
                }
            }
            else {
                const items = gen.var("items", (0, codegen_1._) `${source}.evaluated.items`);
                it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
            }
        }
    }
}
exports.callRef = callRef;
exports["default"] = def;
//# sourceMappingURL=ref.js.map

/***/ }),

/***/ 8886:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const types_1 = __nccwpck_require__(7115);
const compile_1 = __nccwpck_require__(2718);
const ref_error_1 = __nccwpck_require__(3162);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag
        ? `tag "${tagName}" must be string`
        : `value of tag "${tagName}" must be in oneOf`,
    params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._) `{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`,
};
const def = {
    keyword: "discriminator",
    type: "object",
    schemaType: "object",
    error,
    code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
            throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
            throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
            throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
            throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._) `${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._) `typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
            const mapping = getMapping();
            gen.if(false);
            for (const tagValue in mapping) {
                gen.elseIf((0, codegen_1._) `${tag} === ${tagValue}`);
                gen.assign(valid, applyTagSchema(mapping[tagValue]));
            }
            gen.else();
            cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
            gen.endIf();
        }
        function applyTagSchema(schemaProp) {
            const _valid = gen.name("valid");
            const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
            cxt.mergeEvaluated(schCxt, codegen_1.Name);
            return _valid;
        }
        function getMapping() {
            var _a;
            const oneOfMapping = {};
            const topRequired = hasRequired(parentSchema);
            let tagRequired = true;
            for (let i = 0; i < oneOf.length; i++) {
                let sch = oneOf[i];
                if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
                    const ref = sch.$ref;
                    sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
                    if (sch instanceof compile_1.SchemaEnv)
                        sch = sch.schema;
                    if (sch === undefined)
                        throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
                }
                const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
                if (typeof propSch != "object") {
                    throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
                }
                tagRequired = tagRequired && (topRequired || hasRequired(sch));
                addMappings(propSch, i);
            }
            if (!tagRequired)
                throw new Error(`discriminator: "${tagName}" must be required`);
            return oneOfMapping;
            function hasRequired({ required }) {
                return Array.isArray(required) && required.includes(tagName);
            }
            function addMappings(sch, i) {
                if (sch.const) {
                    addMapping(sch.const, i);
                }
                else if (sch.enum) {
                    for (const tagValue of sch.enum) {
                        addMapping(tagValue, i);
                    }
                }
                else {
                    throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
                }
            }
            function addMapping(tagValue, i) {
                if (typeof tagValue != "string" || tagValue in oneOfMapping) {
                    throw new Error(`discriminator: "${tagName}" values must be unique strings`);
                }
                oneOfMapping[tagValue] = i;
            }
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 7115:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DiscrError = void 0;
var DiscrError;
(function (DiscrError) {
    DiscrError["Tag"] = "tag";
    DiscrError["Mapping"] = "mapping";
})(DiscrError || (exports.DiscrError = DiscrError = {}));
//# sourceMappingURL=types.js.map

/***/ }),

/***/ 9941:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const core_1 = __nccwpck_require__(7397);
const validation_1 = __nccwpck_require__(5481);
const applicator_1 = __nccwpck_require__(8775);
const format_1 = __nccwpck_require__(2601);
const metadata_1 = __nccwpck_require__(6620);
const draft7Vocabularies = [
    core_1.default,
    validation_1.default,
    (0, applicator_1.default)(),
    format_1.default,
    metadata_1.metadataVocabulary,
    metadata_1.contentVocabulary,
];
exports["default"] = draft7Vocabularies;
//# sourceMappingURL=draft7.js.map

/***/ }),

/***/ 6402:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message: ({ schemaCode }) => (0, codegen_1.str) `must match format "${schemaCode}"`,
    params: ({ schemaCode }) => (0, codegen_1._) `{format: ${schemaCode}}`,
};
const def = {
    keyword: "format",
    type: ["number", "string"],
    schemaType: "string",
    $data: true,
    error,
    code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
            return;
        if ($data)
            validate$DataFormat();
        else
            validateFormat();
        function validate$DataFormat() {
            const fmts = gen.scopeValue("formats", {
                ref: self.formats,
                code: opts.code.formats,
            });
            const fDef = gen.const("fDef", (0, codegen_1._) `${fmts}[${schemaCode}]`);
            const fType = gen.let("fType");
            const format = gen.let("format");
            // TODO simplify
            gen.if((0, codegen_1._) `typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._) `${fDef}.type || "string"`).assign(format, (0, codegen_1._) `${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._) `"string"`).assign(format, fDef));
            cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
            function unknownFmt() {
                if (opts.strictSchema === false)
                    return codegen_1.nil;
                return (0, codegen_1._) `${schemaCode} && !${format}`;
            }
            function invalidFmt() {
                const callFormat = schemaEnv.$async
                    ? (0, codegen_1._) `(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))`
                    : (0, codegen_1._) `${format}(${data})`;
                const validData = (0, codegen_1._) `(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
                return (0, codegen_1._) `${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
            }
        }
        function validateFormat() {
            const formatDef = self.formats[schema];
            if (!formatDef) {
                unknownFormat();
                return;
            }
            if (formatDef === true)
                return;
            const [fmtType, format, fmtRef] = getFormat(formatDef);
            if (fmtType === ruleType)
                cxt.pass(validCondition());
            function unknownFormat() {
                if (opts.strictSchema === false) {
                    self.logger.warn(unknownMsg());
                    return;
                }
                throw new Error(unknownMsg());
                function unknownMsg() {
                    return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
                }
            }
            function getFormat(fmtDef) {
                const code = fmtDef instanceof RegExp
                    ? (0, codegen_1.regexpCode)(fmtDef)
                    : opts.code.formats
                        ? (0, codegen_1._) `${opts.code.formats}${(0, codegen_1.getProperty)(schema)}`
                        : undefined;
                const fmt = gen.scopeValue("formats", { key: schema, ref: fmtDef, code });
                if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
                    return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._) `${fmt}.validate`];
                }
                return ["string", fmtDef, fmt];
            }
            function validCondition() {
                if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
                    if (!schemaEnv.$async)
                        throw new Error("async format in sync schema");
                    return (0, codegen_1._) `await ${fmtRef}(${data})`;
                }
                return typeof format == "function" ? (0, codegen_1._) `${fmtRef}(${data})` : (0, codegen_1._) `${fmtRef}.test(${data})`;
            }
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=format.js.map

/***/ }),

/***/ 2601:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const format_1 = __nccwpck_require__(6402);
const format = [format_1.default];
exports["default"] = format;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 6620:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.contentVocabulary = exports.metadataVocabulary = void 0;
exports.metadataVocabulary = [
    "title",
    "description",
    "default",
    "deprecated",
    "readOnly",
    "writeOnly",
    "examples",
];
exports.contentVocabulary = [
    "contentMediaType",
    "contentEncoding",
    "contentSchema",
];
//# sourceMappingURL=metadata.js.map

/***/ }),

/***/ 8026:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const equal_1 = __nccwpck_require__(4951);
const error = {
    message: "must be equal to constant",
    params: ({ schemaCode }) => (0, codegen_1._) `{allowedValue: ${schemaCode}}`,
};
const def = {
    keyword: "const",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || (schema && typeof schema == "object")) {
            cxt.fail$data((0, codegen_1._) `!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        }
        else {
            cxt.fail((0, codegen_1._) `${schema} !== ${data}`);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=const.js.map

/***/ }),

/***/ 3200:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const equal_1 = __nccwpck_require__(4951);
const error = {
    message: "must be equal to one of the allowed values",
    params: ({ schemaCode }) => (0, codegen_1._) `{allowedValues: ${schemaCode}}`,
};
const def = {
    keyword: "enum",
    schemaType: "array",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
            throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => (eql !== null && eql !== void 0 ? eql : (eql = (0, util_1.useFunc)(gen, equal_1.default)));
        let valid;
        if (useLoop || $data) {
            valid = gen.let("valid");
            cxt.block$data(valid, loopEnum);
        }
        else {
            /* istanbul ignore if */
            if (!Array.isArray(schema))
                throw new Error("ajv implementation error");
            const vSchema = gen.const("vSchema", schemaCode);
            valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
            gen.assign(valid, false);
            gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._) `${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
            const sch = schema[i];
            return typeof sch === "object" && sch !== null
                ? (0, codegen_1._) `${getEql()}(${data}, ${vSchema}[${i}])`
                : (0, codegen_1._) `${data} === ${sch}`;
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=enum.js.map

/***/ }),

/***/ 5481:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const limitNumber_1 = __nccwpck_require__(3723);
const multipleOf_1 = __nccwpck_require__(8132);
const limitLength_1 = __nccwpck_require__(6962);
const pattern_1 = __nccwpck_require__(6023);
const limitProperties_1 = __nccwpck_require__(895);
const required_1 = __nccwpck_require__(4504);
const limitItems_1 = __nccwpck_require__(6296);
const uniqueItems_1 = __nccwpck_require__(5132);
const const_1 = __nccwpck_require__(8026);
const enum_1 = __nccwpck_require__(3200);
const validation = [
    // number
    limitNumber_1.default,
    multipleOf_1.default,
    // string
    limitLength_1.default,
    pattern_1.default,
    // object
    limitProperties_1.default,
    required_1.default,
    // array
    limitItems_1.default,
    uniqueItems_1.default,
    // any
    { keyword: "type", schemaType: ["string", "array"] },
    { keyword: "nullable", schemaType: "boolean" },
    const_1.default,
    enum_1.default,
];
exports["default"] = validation;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 6296:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str) `must NOT have ${comp} than ${schemaCode} items`;
    },
    params: ({ schemaCode }) => (0, codegen_1._) `{limit: ${schemaCode}}`,
};
const def = {
    keyword: ["maxItems", "minItems"],
    type: "array",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._) `${data}.length ${op} ${schemaCode}`);
    },
};
exports["default"] = def;
//# sourceMappingURL=limitItems.js.map

/***/ }),

/***/ 6962:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const ucs2length_1 = __nccwpck_require__(6214);
const error = {
    message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str) `must NOT have ${comp} than ${schemaCode} characters`;
    },
    params: ({ schemaCode }) => (0, codegen_1._) `{limit: ${schemaCode}}`,
};
const def = {
    keyword: ["maxLength", "minLength"],
    type: "string",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._) `${data}.length` : (0, codegen_1._) `${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._) `${len} ${op} ${schemaCode}`);
    },
};
exports["default"] = def;
//# sourceMappingURL=limitLength.js.map

/***/ }),

/***/ 3723:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const ops = codegen_1.operators;
const KWDs = {
    maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
    minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
    exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
    exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE },
};
const error = {
    message: ({ keyword, schemaCode }) => (0, codegen_1.str) `must be ${KWDs[keyword].okStr} ${schemaCode}`,
    params: ({ keyword, schemaCode }) => (0, codegen_1._) `{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`,
};
const def = {
    keyword: Object.keys(KWDs),
    type: "number",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._) `${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
    },
};
exports["default"] = def;
//# sourceMappingURL=limitNumber.js.map

/***/ }),

/***/ 895:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str) `must NOT have ${comp} than ${schemaCode} properties`;
    },
    params: ({ schemaCode }) => (0, codegen_1._) `{limit: ${schemaCode}}`,
};
const def = {
    keyword: ["maxProperties", "minProperties"],
    type: "object",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._) `Object.keys(${data}).length ${op} ${schemaCode}`);
    },
};
exports["default"] = def;
//# sourceMappingURL=limitProperties.js.map

/***/ }),

/***/ 8132:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message: ({ schemaCode }) => (0, codegen_1.str) `must be multiple of ${schemaCode}`,
    params: ({ schemaCode }) => (0, codegen_1._) `{multipleOf: ${schemaCode}}`,
};
const def = {
    keyword: "multipleOf",
    type: "number",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        // const bdt = bad$DataType(schemaCode, <string>def.schemaType, $data)
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec
            ? (0, codegen_1._) `Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}`
            : (0, codegen_1._) `${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._) `(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
    },
};
exports["default"] = def;
//# sourceMappingURL=multipleOf.js.map

/***/ }),

/***/ 6023:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const util_1 = __nccwpck_require__(4464);
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message: ({ schemaCode }) => (0, codegen_1.str) `must match pattern "${schemaCode}"`,
    params: ({ schemaCode }) => (0, codegen_1._) `{pattern: ${schemaCode}}`,
};
const def = {
    keyword: "pattern",
    type: "string",
    schemaType: "string",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
            const { regExp } = it.opts.code;
            const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._) `new RegExp` : (0, util_1.useFunc)(gen, regExp);
            const valid = gen.let("valid");
            gen.try(() => gen.assign(valid, (0, codegen_1._) `${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
            cxt.fail$data((0, codegen_1._) `!${valid}`);
        }
        else {
            const regExp = (0, code_1.usePattern)(cxt, schema);
            cxt.fail$data((0, codegen_1._) `!${regExp}.test(${data})`);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=pattern.js.map

/***/ }),

/***/ 4504:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params: { missingProperty } }) => (0, codegen_1.str) `must have required property '${missingProperty}'`,
    params: ({ params: { missingProperty } }) => (0, codegen_1._) `{missingProperty: ${missingProperty}}`,
};
const def = {
    keyword: "required",
    type: "object",
    schemaType: "array",
    $data: true,
    error,
    code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0)
            return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors)
            allErrorsMode();
        else
            exitOnErrorMode();
        if (opts.strictRequired) {
            const props = cxt.parentSchema.properties;
            const { definedProperties } = cxt.it;
            for (const requiredKey of schema) {
                if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === undefined && !definedProperties.has(requiredKey)) {
                    const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
                    const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
                    (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
                }
            }
        }
        function allErrorsMode() {
            if (useLoop || $data) {
                cxt.block$data(codegen_1.nil, loopAllRequired);
            }
            else {
                for (const prop of schema) {
                    (0, code_1.checkReportMissingProp)(cxt, prop);
                }
            }
        }
        function exitOnErrorMode() {
            const missing = gen.let("missing");
            if (useLoop || $data) {
                const valid = gen.let("valid", true);
                cxt.block$data(valid, () => loopUntilMissing(missing, valid));
                cxt.ok(valid);
            }
            else {
                gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
                (0, code_1.reportMissingProp)(cxt, missing);
                gen.else();
            }
        }
        function loopAllRequired() {
            gen.forOf("prop", schemaCode, (prop) => {
                cxt.setParams({ missingProperty: prop });
                gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
            });
        }
        function loopUntilMissing(missing, valid) {
            cxt.setParams({ missingProperty: missing });
            gen.forOf(missing, schemaCode, () => {
                gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
                gen.if((0, codegen_1.not)(valid), () => {
                    cxt.error();
                    gen.break();
                });
            }, codegen_1.nil);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=required.js.map

/***/ }),

/***/ 5132:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const dataType_1 = __nccwpck_require__(6685);
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const equal_1 = __nccwpck_require__(4951);
const error = {
    message: ({ params: { i, j } }) => (0, codegen_1.str) `must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
    params: ({ params: { i, j } }) => (0, codegen_1._) `{i: ${i}, j: ${j}}`,
};
const def = {
    keyword: "uniqueItems",
    type: "array",
    schemaType: "boolean",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
            return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._) `${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
            const i = gen.let("i", (0, codegen_1._) `${data}.length`);
            const j = gen.let("j");
            cxt.setParams({ i, j });
            gen.assign(valid, true);
            gen.if((0, codegen_1._) `${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
            return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
            const item = gen.name("item");
            const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
            const indices = gen.const("indices", (0, codegen_1._) `{}`);
            gen.for((0, codegen_1._) `;${i}--;`, () => {
                gen.let(item, (0, codegen_1._) `${data}[${i}]`);
                gen.if(wrongType, (0, codegen_1._) `continue`);
                if (itemTypes.length > 1)
                    gen.if((0, codegen_1._) `typeof ${item} == "string"`, (0, codegen_1._) `${item} += "_"`);
                gen
                    .if((0, codegen_1._) `typeof ${indices}[${item}] == "number"`, () => {
                    gen.assign(j, (0, codegen_1._) `${indices}[${item}]`);
                    cxt.error();
                    gen.assign(valid, false).break();
                })
                    .code((0, codegen_1._) `${indices}[${item}] = ${i}`);
            });
        }
        function loopN2(i, j) {
            const eql = (0, util_1.useFunc)(gen, equal_1.default);
            const outer = gen.name("outer");
            gen.label(outer).for((0, codegen_1._) `;${i}--;`, () => gen.for((0, codegen_1._) `${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._) `${eql}(${data}[${i}], ${data}[${j}])`, () => {
                cxt.error();
                gen.assign(valid, false).break(outer);
            })));
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=uniqueItems.js.map

/***/ }),

/***/ 3430:
/***/ ((module) => {



// do not edit .js files directly - edit src/index.jst



module.exports = function equal(a, b) {
  if (a === b) return true;

  if (a && b && typeof a == 'object' && typeof b == 'object') {
    if (a.constructor !== b.constructor) return false;

    var length, i, keys;
    if (Array.isArray(a)) {
      length = a.length;
      if (length != b.length) return false;
      for (i = length; i-- !== 0;)
        if (!equal(a[i], b[i])) return false;
      return true;
    }



    if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
    if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
    if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();

    keys = Object.keys(a);
    length = keys.length;
    if (length !== Object.keys(b).length) return false;

    for (i = length; i-- !== 0;)
      if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;

    for (i = length; i-- !== 0;) {
      var key = keys[i];

      if (!equal(a[key], b[key])) return false;
    }

    return true;
  }

  // true if both NaN, false otherwise
  return a!==a && b!==b;
};


/***/ }),

/***/ 1167:
/***/ ((module) => {



var traverse = module.exports = function (schema, opts, cb) {
  // Legacy support for v0.3.1 and earlier.
  if (typeof opts == 'function') {
    cb = opts;
    opts = {};
  }

  cb = opts.cb || cb;
  var pre = (typeof cb == 'function') ? cb : cb.pre || function() {};
  var post = cb.post || function() {};

  _traverse(opts, pre, post, schema, '', schema);
};


traverse.keywords = {
  additionalItems: true,
  items: true,
  contains: true,
  additionalProperties: true,
  propertyNames: true,
  not: true,
  if: true,
  then: true,
  else: true
};

traverse.arrayKeywords = {
  items: true,
  allOf: true,
  anyOf: true,
  oneOf: true
};

traverse.propsKeywords = {
  $defs: true,
  definitions: true,
  properties: true,
  patternProperties: true,
  dependencies: true
};

traverse.skipKeywords = {
  default: true,
  enum: true,
  const: true,
  required: true,
  maximum: true,
  minimum: true,
  exclusiveMaximum: true,
  exclusiveMinimum: true,
  multipleOf: true,
  maxLength: true,
  minLength: true,
  pattern: true,
  format: true,
  maxItems: true,
  minItems: true,
  uniqueItems: true,
  maxProperties: true,
  minProperties: true
};


function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
  if (schema && typeof schema == 'object' && !Array.isArray(schema)) {
    pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
    for (var key in schema) {
      var sch = schema[key];
      if (Array.isArray(sch)) {
        if (key in traverse.arrayKeywords) {
          for (var i=0; i<sch.length; i++)
            _traverse(opts, pre, post, sch[i], jsonPtr + '/' + key + '/' + i, rootSchema, jsonPtr, key, schema, i);
        }
      } else if (key in traverse.propsKeywords) {
        if (sch && typeof sch == 'object') {
          for (var prop in sch)
            _traverse(opts, pre, post, sch[prop], jsonPtr + '/' + key + '/' + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
        }
      } else if (key in traverse.keywords || (opts.allKeys && !(key in traverse.skipKeywords))) {
        _traverse(opts, pre, post, sch, jsonPtr + '/' + key, rootSchema, jsonPtr, key, schema);
      }
    }
    post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
  }
}


function escapeJsonPtr(str) {
  return str.replace(/~/g, '~0').replace(/\//g, '~1');
}


/***/ }),

/***/ 4006:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const pico = __nccwpck_require__(8016);
const utils = __nccwpck_require__(4059);

function picomatch(glob, options, returnState = false) {
  // default to os.platform()
  if (options && (options.windows === null || options.windows === undefined)) {
    // don't mutate the original options object
    options = { ...options, windows: utils.isWindows() };
  }

  return pico(glob, options, returnState);
}

Object.assign(picomatch, pico);
module.exports = picomatch;


/***/ }),

/***/ 5595:
/***/ ((module) => {



const WIN_SLASH = '\\\\/';
const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

/**
 * Posix glob regex
 */

const DOT_LITERAL = '\\.';
const PLUS_LITERAL = '\\+';
const QMARK_LITERAL = '\\?';
const SLASH_LITERAL = '\\/';
const ONE_CHAR = '(?=.)';
const QMARK = '[^/]';
const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
const NO_DOT = `(?!${DOT_LITERAL})`;
const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
const STAR = `${QMARK}*?`;
const SEP = '/';

const POSIX_CHARS = {
  DOT_LITERAL,
  PLUS_LITERAL,
  QMARK_LITERAL,
  SLASH_LITERAL,
  ONE_CHAR,
  QMARK,
  END_ANCHOR,
  DOTS_SLASH,
  NO_DOT,
  NO_DOTS,
  NO_DOT_SLASH,
  NO_DOTS_SLASH,
  QMARK_NO_DOT,
  STAR,
  START_ANCHOR,
  SEP
};

/**
 * Windows glob regex
 */

const WINDOWS_CHARS = {
  ...POSIX_CHARS,

  SLASH_LITERAL: `[${WIN_SLASH}]`,
  QMARK: WIN_NO_SLASH,
  STAR: `${WIN_NO_SLASH}*?`,
  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
  NO_DOT: `(?!${DOT_LITERAL})`,
  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
  SEP: '\\'
};

/**
 * POSIX Bracket Regex
 */

const POSIX_REGEX_SOURCE = {
  __proto__: null,
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  ascii: '\\x00-\\x7F',
  blank: ' \\t',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '\\x21-\\x7E',
  lower: 'a-z',
  print: '\\x20-\\x7E ',
  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
  space: ' \\t\\r\\n\\v\\f',
  upper: 'A-Z',
  word: 'A-Za-z0-9_',
  xdigit: 'A-Fa-f0-9'
};

module.exports = {
  DEFAULT_MAX_EXTGLOB_RECURSION,
  MAX_LENGTH: 1024 * 64,
  POSIX_REGEX_SOURCE,

  // regular expressions
  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

  // Replace globs with equivalent patterns to reduce parsing time.
  REPLACEMENTS: {
    __proto__: null,
    '***': '*',
    '**/**': '**',
    '**/**/**': '**'
  },

  // Digits
  CHAR_0: 48, /* 0 */
  CHAR_9: 57, /* 9 */

  // Alphabet chars.
  CHAR_UPPERCASE_A: 65, /* A */
  CHAR_LOWERCASE_A: 97, /* a */
  CHAR_UPPERCASE_Z: 90, /* Z */
  CHAR_LOWERCASE_Z: 122, /* z */

  CHAR_LEFT_PARENTHESES: 40, /* ( */
  CHAR_RIGHT_PARENTHESES: 41, /* ) */

  CHAR_ASTERISK: 42, /* * */

  // Non-alphabetic chars.
  CHAR_AMPERSAND: 38, /* & */
  CHAR_AT: 64, /* @ */
  CHAR_BACKWARD_SLASH: 92, /* \ */
  CHAR_CARRIAGE_RETURN: 13, /* \r */
  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
  CHAR_COLON: 58, /* : */
  CHAR_COMMA: 44, /* , */
  CHAR_DOT: 46, /* . */
  CHAR_DOUBLE_QUOTE: 34, /* " */
  CHAR_EQUAL: 61, /* = */
  CHAR_EXCLAMATION_MARK: 33, /* ! */
  CHAR_FORM_FEED: 12, /* \f */
  CHAR_FORWARD_SLASH: 47, /* / */
  CHAR_GRAVE_ACCENT: 96, /* ` */
  CHAR_HASH: 35, /* # */
  CHAR_HYPHEN_MINUS: 45, /* - */
  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
  CHAR_LEFT_CURLY_BRACE: 123, /* { */
  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
  CHAR_LINE_FEED: 10, /* \n */
  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
  CHAR_PERCENT: 37, /* % */
  CHAR_PLUS: 43, /* + */
  CHAR_QUESTION_MARK: 63, /* ? */
  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
  CHAR_SEMICOLON: 59, /* ; */
  CHAR_SINGLE_QUOTE: 39, /* ' */
  CHAR_SPACE: 32, /*   */
  CHAR_TAB: 9, /* \t */
  CHAR_UNDERSCORE: 95, /* _ */
  CHAR_VERTICAL_LINE: 124, /* | */
  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

  /**
   * Create EXTGLOB_CHARS
   */

  extglobChars(chars) {
    return {
      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
      '?': { type: 'qmark', open: '(?:', close: ')?' },
      '+': { type: 'plus', open: '(?:', close: ')+' },
      '*': { type: 'star', open: '(?:', close: ')*' },
      '@': { type: 'at', open: '(?:', close: ')' }
    };
  },

  /**
   * Create GLOB_CHARS
   */

  globChars(win32) {
    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
  }
};


/***/ }),

/***/ 8265:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(5595);
const utils = __nccwpck_require__(4059);

/**
 * Constants
 */

const {
  MAX_LENGTH,
  POSIX_REGEX_SOURCE,
  REGEX_NON_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_BACKREF,
  REPLACEMENTS
} = constants;

/**
 * Helpers
 */

const expandRange = (args, options) => {
  if (typeof options.expandRange === 'function') {
    return options.expandRange(...args, options);
  }

  args.sort();
  const value = `[${args.join('-')}]`;

  try {
    /* eslint-disable-next-line no-new */
    new RegExp(value);
  } catch (ex) {
    return args.map(v => utils.escapeRegex(v)).join('..');
  }

  return value;
};

/**
 * Create the message for a syntax error
 */

const syntaxError = (type, char) => {
  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
};

const splitTopLevel = input => {
  const parts = [];
  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let value = '';
  let escaped = false;

  for (const ch of input) {
    if (escaped === true) {
      value += ch;
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      value += ch;
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      value += ch;
      continue;
    }

    if (quote === 0) {
      if (ch === '[') {
        bracket++;
      } else if (ch === ']' && bracket > 0) {
        bracket--;
      } else if (bracket === 0) {
        if (ch === '(') {
          paren++;
        } else if (ch === ')' && paren > 0) {
          paren--;
        } else if (ch === '|' && paren === 0) {
          parts.push(value);
          value = '';
          continue;
        }
      }
    }

    value += ch;
  }

  parts.push(value);
  return parts;
};

const isPlainBranch = branch => {
  let escaped = false;

  for (const ch of branch) {
    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (/[?*+@!()[\]{}]/.test(ch)) {
      return false;
    }
  }

  return true;
};

const normalizeSimpleBranch = branch => {
  let value = branch.trim();
  let changed = true;

  while (changed === true) {
    changed = false;

    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
      value = value.slice(2, -1);
      changed = true;
    }
  }

  if (!isPlainBranch(value)) {
    return;
  }

  return value.replace(/\\(.)/g, '$1');
};

const hasRepeatedCharPrefixOverlap = branches => {
  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i];
      const b = values[j];
      const char = a[0];

      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
        continue;
      }

      if (a === b || a.startsWith(b) || b.startsWith(a)) {
        return true;
      }
    }
  }

  return false;
};

const parseRepeatedExtglob = (pattern, requireEnd = true) => {
  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
    return;
  }

  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let escaped = false;

  for (let i = 1; i < pattern.length; i++) {
    const ch = pattern[i];

    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      continue;
    }

    if (quote === 1) {
      continue;
    }

    if (ch === '[') {
      bracket++;
      continue;
    }

    if (ch === ']' && bracket > 0) {
      bracket--;
      continue;
    }

    if (bracket > 0) {
      continue;
    }

    if (ch === '(') {
      paren++;
      continue;
    }

    if (ch === ')') {
      paren--;

      if (paren === 0) {
        if (requireEnd === true && i !== pattern.length - 1) {
          return;
        }

        return {
          type: pattern[0],
          body: pattern.slice(2, i),
          end: i
        };
      }
    }
  }
};

const buildCharClassStar = chars => {
  const source = chars.length === 1
    ? utils.escapeRegex(chars[0])
    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

  return `${source}*`;
};

const getStarExtglobSequenceChars = pattern => {
  let index = 0;
  const chars = [];

  while (index < pattern.length) {
    const match = parseRepeatedExtglob(pattern.slice(index), false);

    if (!match || match.type !== '*') {
      return;
    }

    const branches = splitTopLevel(match.body).map(branch => branch.trim());
    if (branches.length !== 1) {
      return;
    }

    const branch = normalizeSimpleBranch(branches[0]);
    if (!branch || branch.length !== 1) {
      return;
    }

    chars.push(branch);
    index += match.end + 1;
  }

  if (chars.length < 1) {
    return;
  }

  return chars;
};

const repeatedExtglobRecursion = pattern => {
  let depth = 0;
  let value = pattern.trim();
  let match = parseRepeatedExtglob(value);

  while (match) {
    depth++;
    value = match.body.trim();
    match = parseRepeatedExtglob(value);
  }

  return depth;
};

const analyzeRepeatedExtglob = (body, options) => {
  if (options.maxExtglobRecursion === false) {
    return { risky: false };
  }

  const max =
    typeof options.maxExtglobRecursion === 'number'
      ? options.maxExtglobRecursion
      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

  const branches = splitTopLevel(body).map(branch => branch.trim());

  if (branches.length > 1) {
    if (
      branches.some(branch => branch === '') ||
      branches.some(branch => /^[*?]+$/.test(branch)) ||
      hasRepeatedCharPrefixOverlap(branches)
    ) {
      return { risky: true };
    }
  }

  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
  // characters we can emit one flat, ReDoS-safe character class that preserves the
  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
  // every branch but the first.
  const safeChars = [];
  let sawStarSequence = false;
  let combinable = true;

  for (const branch of branches) {
    const chars = getStarExtglobSequenceChars(branch);
    if (chars) {
      sawStarSequence = true;
      safeChars.push(...chars);
      continue;
    }

    const literal = normalizeSimpleBranch(branch);
    if (literal && literal.length === 1) {
      safeChars.push(literal);
      continue;
    }

    combinable = false;

    if (repeatedExtglobRecursion(branch) > max) {
      return { risky: true };
    }
  }

  if (sawStarSequence) {
    return combinable
      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
      : { risky: true };
  }

  return { risky: false };
};

/**
 * Parse the given input string.
 * @param {String} input
 * @param {Object} options
 * @return {Object}
 */

const parse = (input, options) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected a string');
  }

  input = REPLACEMENTS[input] || input;

  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

  let len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
  const tokens = [bos];

  const capture = opts.capture ? '' : '?:';

  // create constants based on platform, for windows or posix
  const PLATFORM_CHARS = constants.globChars(opts.windows);
  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

  const {
    DOT_LITERAL,
    PLUS_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOT_SLASH,
    NO_DOTS_SLASH,
    QMARK,
    QMARK_NO_DOT,
    STAR,
    START_ANCHOR
  } = PLATFORM_CHARS;

  const globstar = opts => {
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const nodot = opts.dot ? '' : NO_DOT;
  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
  let star = opts.bash === true ? globstar(opts) : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  // minimatch options support
  if (typeof opts.noext === 'boolean') {
    opts.noextglob = opts.noext;
  }

  const state = {
    input,
    index: -1,
    start: 0,
    dot: opts.dot === true,
    consumed: '',
    output: '',
    prefix: '',
    backtrack: false,
    negated: false,
    brackets: 0,
    braces: 0,
    parens: 0,
    quotes: 0,
    globstar: false,
    tokens
  };

  input = utils.removePrefix(input, state);
  len = input.length;

  const extglobs = [];
  const braces = [];
  const stack = [];
  let prev = bos;
  let value;

  /**
   * Tokenizing helpers
   */

  const eos = () => state.index === len - 1;
  const peek = state.peek = (n = 1) => input[state.index + n];
  const advance = state.advance = () => input[++state.index] || '';
  const remaining = () => input.slice(state.index + 1);
  const consume = (value = '', num = 0) => {
    state.consumed += value;
    state.index += num;
  };

  const append = token => {
    state.output += token.output != null ? token.output : token.value;
    consume(token.value);
  };

  const negate = () => {
    let count = 1;

    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
      advance();
      state.start++;
      count++;
    }

    if (count % 2 === 0) {
      return false;
    }

    state.negated = true;
    state.start++;
    return true;
  };

  const increment = type => {
    state[type]++;
    stack.push(type);
  };

  const decrement = type => {
    state[type]--;
    stack.pop();
  };

  /**
   * Push tokens onto the tokens array. This helper speeds up
   * tokenizing by 1) helping us avoid backtracking as much as possible,
   * and 2) helping us avoid creating extra tokens when consecutive
   * characters are plain text. This improves performance and simplifies
   * lookbehinds.
   */

  const push = tok => {
    if (prev.type === 'globstar') {
      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
        state.output = state.output.slice(0, -prev.output.length);
        prev.type = 'star';
        prev.value = '*';
        prev.output = star;
        state.output += prev.output;
      }
    }

    if (extglobs.length && tok.type !== 'paren') {
      extglobs[extglobs.length - 1].inner += tok.value;
    }

    if (tok.value || tok.output) append(tok);
    if (prev && prev.type === 'text' && tok.type === 'text') {
      prev.output = (prev.output || prev.value) + tok.value;
      prev.value += tok.value;
      return;
    }

    tok.prev = prev;
    tokens.push(tok);
    prev = tok;
  };

  const extglobOpen = (type, value) => {
    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

    token.prev = prev;
    token.parens = state.parens;
    token.output = state.output;
    token.startIndex = state.index;
    token.tokensIndex = tokens.length;
    const output = (opts.capture ? '(' : '') + token.open;

    increment('parens');
    push({ type, value, output: state.output ? '' : ONE_CHAR });
    push({ type: 'paren', extglob: true, value: advance(), output });
    extglobs.push(token);
  };

  const extglobClose = token => {
    const literal = input.slice(token.startIndex, state.index + 1);
    const body = input.slice(token.startIndex + 2, state.index);
    const analysis = analyzeRepeatedExtglob(body, opts);

    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
      const safeOutput = analysis.safeOutput
        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
        : undefined;
      const open = tokens[token.tokensIndex];

      open.type = 'text';
      open.value = literal;
      open.output = safeOutput || utils.escapeRegex(literal);

      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
        tokens[i].value = '';
        tokens[i].output = '';
        delete tokens[i].suffix;
      }

      state.output = token.output + open.output;
      state.backtrack = true;

      push({ type: 'paren', extglob: true, value, output: '' });
      decrement('parens');
      return;
    }

    let output = token.close + (opts.capture ? ')' : '');
    let rest;

    if (token.type === 'negate') {
      let extglobStar = star;

      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
        extglobStar = globstar(opts);
      }

      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
        output = token.close = `)$))${extglobStar}`;
      }

      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
        // In this case, we need to parse the string and use it in the output of the original pattern.
        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
        //
        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
        const expression = parse(rest, { ...options, fastpaths: false }).output;

        output = token.close = `)${expression})${extglobStar})`;
      }

      if (token.prev.type === 'bos') {
        state.negatedExtglob = true;
      }
    }

    push({ type: 'paren', extglob: true, value, output });
    decrement('parens');
  };

  /**
   * Fast paths
   */

  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
    let backslashes = false;

    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
      if (first === '\\') {
        backslashes = true;
        return m;
      }

      if (first === '?') {
        if (esc) {
          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
        }
        if (index === 0) {
          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
        }
        return QMARK.repeat(chars.length);
      }

      if (first === '.') {
        return DOT_LITERAL.repeat(chars.length);
      }

      if (first === '*') {
        if (esc) {
          return esc + first + (rest ? star : '');
        }
        return star;
      }
      return esc ? m : `\\${m}`;
    });

    if (backslashes === true) {
      if (opts.unescape === true) {
        output = output.replace(/\\/g, '');
      } else {
        output = output.replace(/\\+/g, m => {
          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
        });
      }
    }

    if (output === input && opts.contains === true) {
      state.output = input;
      return state;
    }

    state.output = utils.wrapOutput(output, state, options);
    return state;
  }

  /**
   * Tokenize input until we reach end-of-string
   */

  while (!eos()) {
    value = advance();

    if (value === '\u0000') {
      continue;
    }

    /**
     * Escaped characters
     */

    if (value === '\\') {
      const next = peek();

      if (next === '/' && opts.bash !== true) {
        continue;
      }

      if (next === '.' || next === ';') {
        continue;
      }

      if (!next) {
        value += '\\';
        push({ type: 'text', value });
        continue;
      }

      // collapse slashes to reduce potential for exploits
      const match = /^\\+/.exec(remaining());
      let slashes = 0;

      if (match && match[0].length > 2) {
        slashes = match[0].length;
        state.index += slashes;
        if (slashes % 2 !== 0) {
          value += '\\';
        }
      }

      if (opts.unescape === true) {
        value = advance();
      } else {
        value += advance();
      }

      if (state.brackets === 0) {
        push({ type: 'text', value });
        continue;
      }
    }

    /**
     * If we're inside a regex character class, continue
     * until we reach the closing bracket.
     */

    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
      if (opts.posix !== false && value === ':') {
        const inner = prev.value.slice(1);
        if (inner.includes('[')) {
          prev.posix = true;

          if (inner.includes(':')) {
            const idx = prev.value.lastIndexOf('[');
            const pre = prev.value.slice(0, idx);
            const rest = prev.value.slice(idx + 2);
            const posix = POSIX_REGEX_SOURCE[rest];
            if (posix) {
              prev.value = pre + posix;
              state.backtrack = true;
              advance();

              if (!bos.output && tokens.indexOf(prev) === 1) {
                bos.output = ONE_CHAR;
              }
              continue;
            }
          }
        }
      }

      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
        value = `\\${value}`;
      }

      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
        value = `\\${value}`;
      }

      if (opts.posix === true && value === '!' && prev.value === '[') {
        value = '^';
      }

      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * If we're inside a quoted string, continue
     * until we reach the closing double quote.
     */

    if (state.quotes === 1 && value !== '"') {
      value = utils.escapeRegex(value);
      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * Double quotes
     */

    if (value === '"') {
      state.quotes = state.quotes === 1 ? 0 : 1;
      if (opts.keepQuotes === true) {
        push({ type: 'text', value });
      }
      continue;
    }

    /**
     * Parentheses
     */

    if (value === '(') {
      increment('parens');
      push({ type: 'paren', value });
      continue;
    }

    if (value === ')') {
      if (state.parens === 0 && opts.strictBrackets === true) {
        throw new SyntaxError(syntaxError('opening', '('));
      }

      const extglob = extglobs[extglobs.length - 1];
      if (extglob && state.parens === extglob.parens + 1) {
        extglobClose(extglobs.pop());
        continue;
      }

      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
      decrement('parens');
      continue;
    }

    /**
     * Square brackets
     */

    if (value === '[') {
      if (opts.nobracket === true || !remaining().includes(']')) {
        if (opts.nobracket !== true && opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('closing', ']'));
        }

        value = `\\${value}`;
      } else {
        increment('brackets');
      }

      push({ type: 'bracket', value });
      continue;
    }

    if (value === ']') {
      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      if (state.brackets === 0) {
        if (opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('opening', '['));
        }

        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      decrement('brackets');

      const prevValue = prev.value.slice(1);
      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
        value = `/${value}`;
      }

      prev.value += value;
      append({ value });

      // when literal brackets are explicitly disabled
      // assume we should match with a regex character class
      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
        continue;
      }

      const escaped = utils.escapeRegex(prev.value);
      state.output = state.output.slice(0, -prev.value.length);

      // when literal brackets are explicitly enabled
      // assume we should escape the brackets to match literal characters
      if (opts.literalBrackets === true) {
        state.output += escaped;
        prev.value = escaped;
        continue;
      }

      // when the user specifies nothing, try to match both
      prev.value = `(${capture}${escaped}|${prev.value})`;
      state.output += prev.value;
      continue;
    }

    /**
     * Braces
     */

    if (value === '{' && opts.nobrace !== true) {
      increment('braces');

      const open = {
        type: 'brace',
        value,
        output: '(',
        outputIndex: state.output.length,
        tokensIndex: state.tokens.length
      };

      braces.push(open);
      push(open);
      continue;
    }

    if (value === '}') {
      const brace = braces[braces.length - 1];

      if (opts.nobrace === true || !brace) {
        push({ type: 'text', value, output: value });
        continue;
      }

      let output = ')';

      if (brace.dots === true) {
        const arr = tokens.slice();
        const range = [];

        for (let i = arr.length - 1; i >= 0; i--) {
          tokens.pop();
          if (arr[i].type === 'brace') {
            break;
          }
          if (arr[i].type !== 'dots') {
            range.unshift(arr[i].value);
          }
        }

        output = expandRange(range, opts);
        state.backtrack = true;
      }

      if (brace.comma !== true && brace.dots !== true) {
        const out = state.output.slice(0, brace.outputIndex);
        const toks = state.tokens.slice(brace.tokensIndex);
        brace.value = brace.output = '\\{';
        value = output = '\\}';
        state.output = out;
        for (const t of toks) {
          state.output += (t.output || t.value);
        }
      }

      push({ type: 'brace', value, output });
      decrement('braces');
      braces.pop();
      continue;
    }

    /**
     * Pipes
     */

    if (value === '|') {
      if (extglobs.length > 0) {
        extglobs[extglobs.length - 1].conditions++;
      }
      push({ type: 'text', value });
      continue;
    }

    /**
     * Commas
     */

    if (value === ',') {
      let output = value;

      const brace = braces[braces.length - 1];
      if (brace && stack[stack.length - 1] === 'braces') {
        brace.comma = true;
        output = '|';
      }

      push({ type: 'comma', value, output });
      continue;
    }

    /**
     * Slashes
     */

    if (value === '/') {
      // if the beginning of the glob is "./", advance the start
      // to the current index, and don't add the "./" characters
      // to the state. This greatly simplifies lookbehinds when
      // checking for BOS characters like "!" and "." (not "./")
      if (prev.type === 'dot' && state.index === state.start + 1) {
        state.start = state.index + 1;
        state.consumed = '';
        state.output = '';
        tokens.pop();
        prev = bos; // reset "prev" to the first token
        continue;
      }

      push({ type: 'slash', value, output: SLASH_LITERAL });
      continue;
    }

    /**
     * Dots
     */

    if (value === '.') {
      if (state.braces > 0 && prev.type === 'dot') {
        if (prev.value === '.') prev.output = DOT_LITERAL;
        const brace = braces[braces.length - 1];
        prev.type = 'dots';
        prev.output += value;
        prev.value += value;
        brace.dots = true;
        continue;
      }

      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
        push({ type: 'text', value, output: DOT_LITERAL });
        continue;
      }

      push({ type: 'dot', value, output: DOT_LITERAL });
      continue;
    }

    /**
     * Question marks
     */

    if (value === '?') {
      const isGroup = prev && prev.value === '(';
      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('qmark', value);
        continue;
      }

      if (prev && prev.type === 'paren') {
        const next = peek();
        let output = value;

        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
          output = `\\${value}`;
        }

        push({ type: 'text', value, output });
        continue;
      }

      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
        push({ type: 'qmark', value, output: QMARK_NO_DOT });
        continue;
      }

      push({ type: 'qmark', value, output: QMARK });
      continue;
    }

    /**
     * Exclamation
     */

    if (value === '!') {
      if (opts.noextglob !== true && peek() === '(') {
        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
          extglobOpen('negate', value);
          continue;
        }
      }

      if (opts.nonegate !== true && state.index === 0) {
        negate();
        continue;
      }
    }

    /**
     * Plus
     */

    if (value === '+') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('plus', value);
        continue;
      }

      if ((prev && prev.value === '(') || opts.regex === false) {
        push({ type: 'plus', value, output: PLUS_LITERAL });
        continue;
      }

      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
        push({ type: 'plus', value });
        continue;
      }

      push({ type: 'plus', value: PLUS_LITERAL });
      continue;
    }

    /**
     * Plain text
     */

    if (value === '@') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        push({ type: 'at', extglob: true, value, output: '' });
        continue;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Plain text
     */

    if (value !== '*') {
      if (value === '$' || value === '^') {
        value = `\\${value}`;
      }

      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
      if (match) {
        value += match[0];
        state.index += match[0].length;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Stars
     */

    if (prev && (prev.type === 'globstar' || prev.star === true)) {
      prev.type = 'star';
      prev.star = true;
      prev.value += value;
      prev.output = star;
      state.backtrack = true;
      state.globstar = true;
      consume(value);
      continue;
    }

    let rest = remaining();
    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
      extglobOpen('star', value);
      continue;
    }

    if (prev.type === 'star') {
      if (opts.noglobstar === true) {
        consume(value);
        continue;
      }

      const prior = prev.prev;
      const before = prior.prev;
      const isStart = prior.type === 'slash' || prior.type === 'bos';
      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      // strip consecutive `/**/`
      while (rest.slice(0, 3) === '/**') {
        const after = input[state.index + 4];
        if (after && after !== '/') {
          break;
        }
        rest = rest.slice(3);
        consume('/**', 3);
      }

      // A globstar followed only by balanced closing parens is at the logical end of patterns like
      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
      // parent path, except in negated extglobs where that would change the exclusion semantics.
      const isEnd = eos() || (
        state.parens > 0
        && rest === ')'.repeat(state.parens)
        && !extglobs.some(extglob => extglob.type === 'negate')
      );

      if (prior.type === 'bos' && eos()) {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = globstar(opts);
        state.output = prev.output;
        state.globstar = true;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
        prev.value += value;
        state.globstar = true;
        state.output += prior.output + prev.output;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
        const end = rest[1] !== void 0 ? '|$' : '';

        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
        prev.value += value;

        state.output += prior.output + prev.output;
        state.globstar = true;

        consume(value + advance());

        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      if (prior.type === 'bos' && rest[0] === '/') {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
        state.output = prev.output;
        state.globstar = true;
        consume(value + advance());
        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      // remove single star from output
      state.output = state.output.slice(0, -prev.output.length);

      // reset previous token to globstar
      prev.type = 'globstar';
      prev.output = globstar(opts);
      prev.value += value;

      // reset output with globstar
      state.output += prev.output;
      state.globstar = true;
      consume(value);
      continue;
    }

    const token = { type: 'star', value, output: star };

    if (opts.bash === true) {
      token.output = '.*?';
      if (prev.type === 'bos' || prev.type === 'slash') {
        token.output = nodot + token.output;
      }
      push(token);
      continue;
    }

    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
      token.output = value;
      push(token);
      continue;
    }

    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
      if (prev.type === 'dot') {
        state.output += NO_DOT_SLASH;
        prev.output += NO_DOT_SLASH;

      } else if (opts.dot === true) {
        state.output += NO_DOTS_SLASH;
        prev.output += NO_DOTS_SLASH;

      } else {
        state.output += nodot;
        prev.output += nodot;
      }

      if (peek() !== '*') {
        state.output += ONE_CHAR;
        prev.output += ONE_CHAR;
      }
    }

    push(token);
  }

  while (state.brackets > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
    state.output = utils.escapeLast(state.output, '[');
    decrement('brackets');
  }

  while (state.parens > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
    state.output = utils.escapeLast(state.output, '(');
    decrement('parens');
  }

  while (state.braces > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
    state.output = utils.escapeLast(state.output, '{');
    decrement('braces');
  }

  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
  }

  // rebuild the output if we had to backtrack at any point
  if (state.backtrack === true) {
    state.output = '';

    for (const token of state.tokens) {
      state.output += token.output != null ? token.output : token.value;

      if (token.suffix) {
        state.output += token.suffix;
      }
    }
  }

  return state;
};

/**
 * Fast paths for creating regular expressions for common glob patterns.
 * This can significantly speed up processing and has very little downside
 * impact when none of the fast paths match.
 */

parse.fastpaths = (input, options) => {
  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
  const len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  input = REPLACEMENTS[input] || input;

  // create constants based on platform, for windows or posix
  const {
    DOT_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOTS,
    NO_DOTS_SLASH,
    STAR,
    START_ANCHOR
  } = constants.globChars(opts.windows);

  const nodot = opts.dot ? NO_DOTS : NO_DOT;
  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
  const capture = opts.capture ? '' : '?:';
  const state = { negated: false, prefix: '' };
  let star = opts.bash === true ? '.*?' : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  const globstar = opts => {
    if (opts.noglobstar === true) return star;
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const create = str => {
    switch (str) {
      case '*':
        return `${nodot}${ONE_CHAR}${star}`;

      case '.*':
        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*.*':
        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*/*':
        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

      case '**':
        return nodot + globstar(opts);

      case '**/*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

      case '**/*.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '**/.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

      default: {
        const match = /^(.*?)\.(\w+)$/.exec(str);
        if (!match) return;

        const source = create(match[1]);
        if (!source) return;

        return source + DOT_LITERAL + match[2];
      }
    }
  };

  const output = utils.removePrefix(input, state);
  let source = create(output);

  if (source && opts.strictSlashes !== true) {
    source += `${SLASH_LITERAL}?`;
  }

  return source;
};

module.exports = parse;


/***/ }),

/***/ 8016:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const scan = __nccwpck_require__(1781);
const parse = __nccwpck_require__(8265);
const utils = __nccwpck_require__(4059);
const constants = __nccwpck_require__(5595);
const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

/**
 * Creates a matcher function from one or more glob patterns. The
 * returned function takes a string to match as its first argument,
 * and returns true if the string is a match. The returned matcher
 * function also takes a boolean as the second argument that, when true,
 * returns an object with additional information.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch(glob[, options]);
 *
 * const isMatch = picomatch('*.!(*a)');
 * console.log(isMatch('a.a')); //=> false
 * console.log(isMatch('a.b')); //=> true
 *
 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
 * const picomatch = require('picomatch/posix');
 * // the same API, defaulting to posix paths
 * const isMatch = picomatch('a/*');
 * console.log(isMatch('a\\b')); //=> false
 * console.log(isMatch('a/b')); //=> true
 *
 * // you can still configure the matcher function to accept windows paths
 * const isMatch = picomatch('a/*', { options: windows });
 * console.log(isMatch('a\\b')); //=> true
 * console.log(isMatch('a/b')); //=> true
 * ```
 * @name picomatch
 * @param {String|Array} `globs` One or more glob patterns.
 * @param {Object=} `options`
 * @return {Function=} Returns a matcher function.
 * @api public
 */

const picomatch = (glob, options, returnState = false) => {
  if (Array.isArray(glob)) {
    const fns = glob.map(input => picomatch(input, options, returnState));
    const arrayMatcher = str => {
      for (const isMatch of fns) {
        const state = isMatch(str);
        if (state) return state;
      }
      return false;
    };
    return arrayMatcher;
  }

  const isState = isObject(glob) && glob.tokens && glob.input;

  if (glob === '' || (typeof glob !== 'string' && !isState)) {
    throw new TypeError('Expected pattern to be a non-empty string');
  }

  const opts = options || {};
  const posix = opts.windows;
  const regex = isState
    ? picomatch.compileRe(glob, options)
    : picomatch.makeRe(glob, options, false, true);

  const state = regex.state;
  delete regex.state;

  let isIgnored = () => false;
  if (opts.ignore) {
    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
  }

  const matcher = (input, returnObject = false) => {
    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
    const result = { glob, state, regex, posix, input, output, match, isMatch };

    if (typeof opts.onResult === 'function') {
      opts.onResult(result);
    }

    if (isMatch === false) {
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (isIgnored(input)) {
      if (typeof opts.onIgnore === 'function') {
        opts.onIgnore(result);
      }
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (typeof opts.onMatch === 'function') {
      opts.onMatch(result);
    }
    return returnObject ? result : true;
  };

  if (returnState) {
    matcher.state = state;
  }

  return matcher;
};

/**
 * Test `input` with the given `regex`. This is used by the main
 * `picomatch()` function to test the input string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.test(input, regex[, options]);
 *
 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp} `regex`
 * @return {Object} Returns an object with matching info.
 * @api public
 */

picomatch.test = (input, regex, options, { glob, posix } = {}) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected input to be a string');
  }

  if (input === '') {
    return { isMatch: false, output: '' };
  }

  const opts = options || {};
  const format = opts.format || (posix ? utils.toPosixSlashes : null);
  let match = input === glob;
  let output = (match && format) ? format(input) : input;

  if (match === false) {
    output = format ? format(input) : input;
    match = output === glob;
  }

  if (match === false || opts.capture === true) {
    if (opts.matchBase === true || opts.basename === true) {
      match = picomatch.matchBase(input, regex, options, posix);
    } else {
      match = regex.exec(output);
    }
  }

  return { isMatch: Boolean(match), match, output };
};

/**
 * Match the basename of a filepath.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.matchBase(input, glob[, options]);
 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
 * @return {Boolean}
 * @api public
 */

picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
  return regex.test(utils.basename(input, { windows: posix }));
};

/**
 * Returns true if **any** of the given glob `patterns` match the specified `string`.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.isMatch(string, patterns[, options]);
 *
 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
 * ```
 * @param {String|Array} str The string to test.
 * @param {String|Array} patterns One or more glob patterns to use for matching.
 * @param {Object} [options] See available [options](#options).
 * @return {Boolean} Returns true if any patterns match `str`
 * @api public
 */

picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

/**
 * Parse a glob pattern to create the source string for a regular
 * expression.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const result = picomatch.parse(pattern[, options]);
 * ```
 * @param {String} `pattern`
 * @param {Object} `options`
 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
 * @api public
 */

picomatch.parse = (pattern, options) => {
  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
  return parse(pattern, { ...options, fastpaths: false });
};

/**
 * Scan a glob pattern to separate the pattern into segments.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.scan(input[, options]);
 *
 * const result = picomatch.scan('!./foo/*.js');
 * console.log(result);
 * { prefix: '!./',
 *   input: '!./foo/*.js',
 *   start: 3,
 *   base: 'foo',
 *   glob: '*.js',
 *   isBrace: false,
 *   isBracket: false,
 *   isGlob: true,
 *   isExtglob: false,
 *   isGlobstar: false,
 *   negated: true }
 * ```
 * @param {String} `input` Glob pattern to scan.
 * @param {Object} `options`
 * @return {Object} Returns an object with
 * @api public
 */

picomatch.scan = (input, options) => scan(input, options);

/**
 * Compile a regular expression from the `state` object returned by the
 * [parse()](#parse) method.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const state = picomatch.parse('*.js');
 * // picomatch.compileRe(state[, options]);
 *
 * console.log(picomatch.compileRe(state));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {Object} `state`
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
 * @return {RegExp}
 * @api public
 */

picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
  if (returnOutput === true) {
    return state.output;
  }

  const opts = options || {};
  const prepend = opts.contains ? '' : '^';
  const append = opts.contains ? '' : '$';

  let source = `${prepend}(?:${state.output})${append}`;
  if (state && state.negated === true) {
    source = `^(?!${source}).*$`;
  }

  const regex = picomatch.toRegex(source, options);
  if (returnState === true) {
    regex.state = state;
  }

  return regex;
};

/**
 * Create a regular expression from a parsed glob pattern.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.makeRe(state[, options]);
 *
 * const result = picomatch.makeRe('*.js');
 * console.log(result);
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `state` The object returned from the `.parse` method.
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
 * @return {RegExp} Returns a regex created from the given pattern.
 * @api public
 */

picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
  if (!input || typeof input !== 'string') {
    throw new TypeError('Expected a non-empty string');
  }

  let parsed = { negated: false, fastpaths: true };

  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
    parsed.output = parse.fastpaths(input, options);
  }

  if (!parsed.output) {
    parsed = parse(input, options);
  }

  return picomatch.compileRe(parsed, options, returnOutput, returnState);
};

/**
 * Create a regular expression from the given regex source string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.toRegex(source[, options]);
 *
 * const { output } = picomatch.parse('*.js');
 * console.log(picomatch.toRegex(output));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `source` Regular expression source string.
 * @param {Object} `options`
 * @return {RegExp}
 * @api public
 */

picomatch.toRegex = (source, options) => {
  try {
    const opts = options || {};
    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
  } catch (err) {
    if (options && options.debug === true) throw err;
    return /$^/;
  }
};

/**
 * Picomatch constants.
 * @return {Object}
 */

picomatch.constants = constants;

/**
 * Expose "picomatch"
 */

module.exports = picomatch;


/***/ }),

/***/ 1781:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(4059);
const {
  CHAR_ASTERISK,             /* * */
  CHAR_AT,                   /* @ */
  CHAR_BACKWARD_SLASH,       /* \ */
  CHAR_COMMA,                /* , */
  CHAR_DOT,                  /* . */
  CHAR_EXCLAMATION_MARK,     /* ! */
  CHAR_FORWARD_SLASH,        /* / */
  CHAR_LEFT_CURLY_BRACE,     /* { */
  CHAR_LEFT_PARENTHESES,     /* ( */
  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
  CHAR_PLUS,                 /* + */
  CHAR_QUESTION_MARK,        /* ? */
  CHAR_RIGHT_CURLY_BRACE,    /* } */
  CHAR_RIGHT_PARENTHESES,    /* ) */
  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
} = __nccwpck_require__(5595);

const isPathSeparator = code => {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
};

const depth = token => {
  if (token.isPrefix !== true) {
    token.depth = token.isGlobstar ? Infinity : 1;
  }
};

/**
 * Quickly scans a glob pattern and returns an object with a handful of
 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
 *
 * ```js
 * const pm = require('picomatch');
 * console.log(pm.scan('foo/bar/*.js'));
 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
 * ```
 * @param {String} `str`
 * @param {Object} `options`
 * @return {Object} Returns an object with tokens and regex source string.
 * @api public
 */

const scan = (input, options) => {
  const opts = options || {};

  const length = input.length - 1;
  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
  const slashes = [];
  const tokens = [];
  const parts = [];

  let str = input;
  let index = -1;
  let start = 0;
  let lastIndex = 0;
  let isBrace = false;
  let isBracket = false;
  let isGlob = false;
  let isExtglob = false;
  let isGlobstar = false;
  let braceEscaped = false;
  let backslashes = false;
  let negated = false;
  let negatedExtglob = false;
  let finished = false;
  let braces = 0;
  let prev;
  let code;
  let token = { value: '', depth: 0, isGlob: false };

  const eos = () => index >= length;
  const peek = () => str.charCodeAt(index + 1);
  const advance = () => {
    prev = code;
    return str.charCodeAt(++index);
  };

  while (index < length) {
    code = advance();
    let next;

    if (code === CHAR_BACKWARD_SLASH) {
      backslashes = token.backslashes = true;
      code = advance();

      if (code === CHAR_LEFT_CURLY_BRACE) {
        braceEscaped = true;
      }
      continue;
    }

    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
      braces++;

      while (eos() !== true && (code = advance())) {
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          continue;
        }

        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (braceEscaped !== true && code === CHAR_COMMA) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (code === CHAR_RIGHT_CURLY_BRACE) {
          braces--;

          if (braces === 0) {
            braceEscaped = false;
            isBrace = token.isBrace = true;
            finished = true;
            break;
          }
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (code === CHAR_FORWARD_SLASH) {
      slashes.push(index);
      tokens.push(token);
      token = { value: '', depth: 0, isGlob: false };

      if (finished === true) continue;
      if (prev === CHAR_DOT && index === (start + 1)) {
        start += 2;
        continue;
      }

      lastIndex = index + 1;
      continue;
    }

    if (opts.noext !== true) {
      const isExtglobChar = code === CHAR_PLUS
        || code === CHAR_AT
        || code === CHAR_ASTERISK
        || code === CHAR_QUESTION_MARK
        || code === CHAR_EXCLAMATION_MARK;

      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
        isGlob = token.isGlob = true;
        isExtglob = token.isExtglob = true;
        finished = true;
        if (code === CHAR_EXCLAMATION_MARK && index === start) {
          negatedExtglob = true;
        }

        if (scanToEnd === true) {
          let parens = 0;

          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }

            if (code === CHAR_LEFT_PARENTHESES) {
              parens++;
              continue;
            }

            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
              finished = true;
              break;
            }
          }
          continue;
        }
        break;
      }
    }

    if (code === CHAR_ASTERISK) {
      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_QUESTION_MARK) {
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_LEFT_SQUARE_BRACKET) {
      while (eos() !== true && (next = advance())) {
        if (next === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
          isBracket = token.isBracket = true;
          isGlob = token.isGlob = true;
          finished = true;
          break;
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
      negated = token.negated = true;
      start++;
      continue;
    }

    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
      isGlob = token.isGlob = true;

      if (scanToEnd === true) {
        let parens = 1;

        while (eos() !== true && (code = advance())) {
          if (code === CHAR_BACKWARD_SLASH) {
            backslashes = token.backslashes = true;
            advance();
            continue;
          }

          if (code === CHAR_LEFT_PARENTHESES) {
            parens++;
            continue;
          }

          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
            finished = true;
            break;
          }
        }
        continue;
      }
      break;
    }

    if (isGlob === true) {
      finished = true;

      if (scanToEnd === true) {
        continue;
      }

      break;
    }
  }

  if (opts.noext === true) {
    isExtglob = false;
    isGlob = false;
  }

  let base = str;
  let prefix = '';
  let glob = '';

  if (start > 0) {
    prefix = str.slice(0, start);
    str = str.slice(start);
    lastIndex -= start;
  }

  if (base && isGlob === true && lastIndex > 0) {
    base = str.slice(0, lastIndex);
    glob = str.slice(lastIndex);
  } else if (isGlob === true) {
    base = '';
    glob = str;
  } else {
    base = str;
  }

  if (base && base !== '' && base !== '/' && base !== str) {
    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
      base = base.slice(0, -1);
    }
  }

  if (opts.unescape === true) {
    if (glob) glob = utils.removeBackslashes(glob);

    if (base && backslashes === true) {
      base = utils.removeBackslashes(base);
    }
  }

  const state = {
    prefix,
    input,
    start,
    base,
    glob,
    isBrace,
    isBracket,
    isGlob,
    isExtglob,
    isGlobstar,
    negated,
    negatedExtglob
  };

  if (opts.tokens === true) {
    state.maxDepth = 0;
    if (!isPathSeparator(code)) {
      tokens.push(token);
    }
    state.tokens = tokens;
  }

  if (opts.parts === true || opts.tokens === true) {
    let prevIndex;

    for (let idx = 0; idx < slashes.length; idx++) {
      const n = prevIndex !== undefined ? prevIndex + 1 : start;
      const i = slashes[idx];
      const value = input.slice(n, i);
      if (opts.tokens) {
        if (idx === 0 && start !== 0) {
          tokens[idx].isPrefix = true;
          tokens[idx].value = prefix;
        } else {
          tokens[idx].value = value;
        }
        depth(tokens[idx]);
        state.maxDepth += tokens[idx].depth;
      }
      if (i >= start) {
        parts.push(value);
        prevIndex = i;
      }
    }

    const n = prevIndex !== undefined ? prevIndex + 1 : start;
    const value = input.slice(n);
    parts.push(value);

    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
      tokens[tokens.length - 1].value = value;
      depth(tokens[tokens.length - 1]);
      state.maxDepth += tokens[tokens.length - 1].depth;
    }

    state.slashes = slashes;
    state.parts = parts;
  }

  return state;
};

module.exports = scan;


/***/ }),

/***/ 4059:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(5595);

exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

exports.isWindows = () => {
  if (typeof navigator !== 'undefined' && navigator.platform) {
    const platform = navigator.platform.toLowerCase();
    return platform === 'win32' || platform === 'windows';
  }

  if (typeof process !== 'undefined' && process.platform) {
    return process.platform === 'win32';
  }

  return false;
};

exports.removeBackslashes = str => {
  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
    return match === '\\' ? '' : match;
  });
};

exports.escapeLast = (input, char, lastIdx) => {
  const idx = input.lastIndexOf(char, lastIdx);
  if (idx === -1) return input;
  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
};

exports.removePrefix = (input, state = {}) => {
  let output = input;
  if (output.startsWith('./')) {
    output = output.slice(2);
    state.prefix = './';
  }
  return output;
};

exports.wrapOutput = (input, state = {}, options = {}) => {
  const prepend = options.contains ? '' : '^';
  const append = options.contains ? '' : '$';

  let output = `${prepend}(?:${input})${append}`;
  if (state.negated === true) {
    output = `(?:^(?!${output}).*$)`;
  }
  return output;
};

exports.basename = (path, { windows } = {}) => {
  const segs = path.split(windows ? /[\\/]/ : '/');
  const last = segs[segs.length - 1];

  if (last === '') {
    return segs[segs.length - 2];
  }

  return last;
};


/***/ }),

/***/ 486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7449);

const code = await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i)(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    isTty: process.stdout.isTTY === true,
});
process.exitCode = code;

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 7449:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __nccwpck_require__(2463);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./schema/socklint.schema.json
const socklint_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://github.com/socklint/socklint/schema/socklint.schema.json","title":".socklint.yml","description":"Configuration of socklint, the checker of web server to PHP-FPM Unix sockets.","type":"object","additionalProperties":false,"properties":{"fail-on":{"description":"The lowest severity that makes the scan fail (exit code 1).","enum":["error","warning","notice","never"]},"rules":{"description":"Severity per rule id, or off.","type":"object","propertyNames":{"enum":["socket-permission-denied","socket-directory-denied","socket-path-mismatch","socket-world-writable","socket-ownership-implicit","socket-mode-invalid","socket-owner-ignored","socket-target-unresolved","nginx-config-invalid","fpm-config-invalid","suppression-invalid"]},"additionalProperties":{"enum":["error","warning","notice","off"]}},"mappings":{"description":"Repository paths (files or directories) and the absolute paths where they are deployed, e.g. \\"deploy/nginx\\": \\"/etc/nginx\\".","type":"object","additionalProperties":{"type":"string","pattern":"^/"}},"platform":{"description":"The system the mapped files are deployed on, for its default users and main files.","enum":["debian","unknown"]},"web-user":{"description":"The nginx worker user where the configuration does not say it (no user directive and no known platform).","type":"string","minLength":1},"users":{"description":"Users of the deployed machine that the repository does not create: name → uid, primary group and supplementary groups.","type":"object","additionalProperties":{"type":"object","additionalProperties":false,"properties":{"uid":{"type":"integer","minimum":0},"group":{"type":"string"},"groups":{"type":"array","items":{"type":"string"}}}}},"groups":{"description":"Groups of the deployed machine: name → gid and members.","type":"object","additionalProperties":{"type":"object","additionalProperties":false,"properties":{"gid":{"type":"integer","minimum":0},"members":{"type":"array","items":{"type":"string"}}}}},"ignore":{"description":"Globs of repository paths that are not scanned.","type":"array","items":{"type":"string"}},"variables":{"description":"Values of template placeholders ({{ name }}, ${NAME}, %name%) so templated configs can be checked.","type":"object","additionalProperties":{"type":["string","number"]}},"max-file-size":{"description":"Files larger than this many bytes are skipped.","type":"integer","minimum":1}}}');
;// CONCATENATED MODULE: ./src/engine/config.ts
/** `.socklint.yml`: reading and validating the user's configuration. */





class ConfigError extends Error {
}
const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;
const validate = new ajv.Ajv({ allErrors: true, allowUnionTypes: true }).compile(socklint_schema_namespaceObject);
function defaultConfig() {
    return {
        failOn: 'error',
        rules: {},
        mappings: {},
        users: {},
        groups: {},
        ignore: [],
        variables: {},
        maxFileBytes: DEFAULT_MAX_FILE_BYTES,
    };
}
/**
 * Reads the config at `configPath` (relative to root, or absolute). A missing default file is
 * fine; a missing file the user named, invalid YAML or a schema violation is a ConfigError.
 */
function loadConfig(root, configPath) {
    const named = configPath !== undefined;
    const file = external_node_path_default().resolve(root, configPath ?? '.socklint.yml');
    let text;
    try {
        text = (0,external_node_fs_namespaceObject.readFileSync)(file, 'utf8');
    }
    catch (error) {
        if (!named && error.code === 'ENOENT')
            return defaultConfig();
        throw new ConfigError(`cannot read config ${configPath ?? file}: ${error.message}`);
    }
    const shown = external_node_path_default().relative(root, file).split((external_node_path_default()).sep).join('/');
    let data;
    try {
        data = (0,dist/* parse */.qg)(text) ?? {};
    }
    catch (error) {
        throw new ConfigError(`${shown}: invalid YAML: ${error.message.split('\n')[0]}`);
    }
    if (!validate(data)) {
        const first = validate.errors?.[0];
        const where = first?.instancePath ? first.instancePath.slice(1).replaceAll('/', '.') : 'top level';
        throw new ConfigError(`${shown}: ${where}: ${first?.message ?? 'invalid'}`);
    }
    const raw = data;
    const config = defaultConfig();
    config.source = shown;
    if (raw['fail-on'])
        config.failOn = raw['fail-on'];
    if (raw.rules)
        config.rules = raw.rules;
    if (raw.mappings)
        config.mappings = raw.mappings;
    if (raw.platform)
        config.platform = raw.platform;
    if (raw['web-user'])
        config.webUser = raw['web-user'];
    if (raw.users)
        config.users = raw.users;
    if (raw.groups)
        config.groups = raw.groups;
    if (raw.ignore)
        config.ignore = raw.ignore;
    if (raw.variables) {
        config.variables = Object.fromEntries(Object.entries(raw.variables).map(([k, v]) => [k, String(v)]));
    }
    if (raw['max-file-size'])
        config.maxFileBytes = raw['max-file-size'];
    return config;
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./src/engine/discover/sniff-fpm.ts
const POOL_KEYS = new Set([
    'listen',
    'listen.owner',
    'listen.group',
    'listen.mode',
    'listen.backlog',
    'listen.acl_users',
    'listen.acl_groups',
    'listen.allowed_clients',
    'listen.setfib',
    'pm',
    'pm.max_children',
    'pm.start_servers',
    'pm.min_spare_servers',
    'pm.max_spare_servers',
    'pm.max_spawn_rate',
    'pm.max_requests',
    'pm.process_idle_timeout',
    'pm.status_path',
    'pm.status_listen',
    'ping.path',
    'ping.response',
    'user',
    'group',
    'chdir',
    'chroot',
    'catch_workers_output',
    'decorate_workers_output',
    'clear_env',
    'security.limit_extensions',
    'request_terminate_timeout',
    'request_terminate_timeout_track_finished',
    'request_slowlog_timeout',
    'request_slowlog_trace_depth',
    'slowlog',
    'access.log',
    'access.format',
    'access.suppress_path',
    'rlimit_files',
    'rlimit_core',
    'process.priority',
    'process.dumpable',
    'prefix',
    'apparmor_hat',
]);
/** Keys that only a pool has (`user`, `group` alone are too common elsewhere). */
const DISTINCT_POOL_KEY = /^(?:listen(?:\..+)?|pm(?:\..+)?|(?:php_admin_value|php_value|php_flag|php_admin_flag|env)\[.*\])$/;
const GLOBAL_KEYS = new Set([
    'pid',
    'error_log',
    'syslog.facility',
    'syslog.ident',
    'log_level',
    'log_limit',
    'log_buffering',
    'emergency_restart_threshold',
    'emergency_restart_interval',
    'process_control_timeout',
    'process.max',
    'process.priority',
    'daemonize',
    'rlimit_files',
    'rlimit_core',
    'events.mechanism',
    'systemd_interval',
    'include',
]);
/** Keys of php.ini, which shares the syntax. */
const PHP_INI_KEY = /^(?:memory_limit|extension|zend_extension|upload_max_filesize|post_max_size|display_errors|display_startup_errors|error_reporting|log_errors|max_execution_time|max_input_time|short_open_tag|date\.timezone|opcache\..+|session\..+|expose_php|engine|output_buffering|realpath_cache_.+)$/;
const SECTION = /^\[([^\]\n]+)\]\s*(?:;.*)?$/;
const KEY = /^([A-Za-z_][\w.-]*(?:\[[^\]]*\])?)\s*=/;
function readIniShape(head) {
    const sections = new Map([['', new Set()]]);
    const order = [];
    let current = sections.get('');
    let lines = 0;
    let other = 0;
    for (const raw of head.split('\n')) {
        const line = raw.trim();
        if (line === '' || line.startsWith(';') || line.startsWith('#') || /^\{[{%#]/.test(line))
            continue;
        lines++;
        const section = SECTION.exec(line);
        const key = section ? undefined : KEY.exec(line);
        if (section) {
            const name = section[1].trim().toLowerCase();
            order.push(name);
            current = sections.get(name) ?? new Set();
            sections.set(name, current);
        }
        else if (key)
            current.add(key[1].toLowerCase());
        else
            other++;
    }
    return { sections, order, lines, other };
}
function sniffFpm(head) {
    if (!head.includes('='))
        return undefined;
    const shape = readIniShape(head);
    if (shape.lines === 0 || shape.other * 4 > shape.lines)
        return undefined;
    if (shape.sections.has('php'))
        return undefined;
    const all = [...shape.sections.values()].flatMap((keys) => [...keys]);
    if (all.some((k) => PHP_INI_KEY.test(k)))
        return undefined;
    const top = shape.sections.get('');
    const global = shape.sections.get('global');
    const mainKeys = new Set([...top, ...(global ?? [])]);
    const pool = shape.order.find((name) => {
        if (name === 'global')
            return false;
        const keys = [...shape.sections.get(name)];
        return keys.some((k) => DISTINCT_POOL_KEY.test(k)) || keys.filter((k) => POOL_KEYS.has(k)).length >= 2;
    });
    // An included file may hold [global] settings too (the php image's docker.conf): only
    // `include` or `pid` make an entry point.
    const otherGlobalKeys = [...mainKeys].some((k) => k !== 'include' && GLOBAL_KEYS.has(k));
    if (mainKeys.has('include') && (global || pool || otherGlobalKeys))
        return { kind: 'fpm-main', reason: 'has PHP-FPM global settings with include =' };
    if (mainKeys.has('pid') && (global || pool))
        return { kind: 'fpm-main', reason: 'has PHP-FPM global settings with pid =' };
    if (pool)
        return { kind: 'fpm-pool', reason: `has a [${pool}] section with PHP-FPM pool keys` };
    if (global)
        return { kind: 'fpm-main', reason: 'has a [global] section' };
    const topGlobalKeys = [...top].filter((k) => GLOBAL_KEYS.has(k));
    if ((top.has('pid') || top.has('error_log')) &&
        topGlobalKeys.length >= 2 &&
        topGlobalKeys.length === top.size) {
        return { kind: 'fpm-main', reason: `has PHP-FPM global keys (${topGlobalKeys.slice(0, 3).join(', ')})` };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/engine/discover/sniff-nginx.ts
/** Directives common enough to tell an nginx file from other text with `;` and `{`. */
const KNOWN = new Set([
    'user',
    'worker_processes',
    'worker_rlimit_nofile',
    'worker_connections',
    'pid',
    'error_log',
    'events',
    'http',
    'stream',
    'mail',
    'load_module',
    'include',
    'env',
    'daemon',
    'master_process',
    'pcre_jit',
    'thread_pool',
    'timer_resolution',
    'working_directory',
    'multi_accept',
    'use',
    'accept_mutex',
    'server',
    'location',
    'upstream',
    'map',
    'geo',
    'split_clients',
    'if',
    'types',
    'default_type',
    'listen',
    'server_name',
    'root',
    'alias',
    'index',
    'try_files',
    'return',
    'rewrite',
    'set',
    'break',
    'access_log',
    'log_format',
    'sendfile',
    'tcp_nopush',
    'tcp_nodelay',
    'keepalive_timeout',
    'keepalive',
    'keepalive_requests',
    'client_max_body_size',
    'client_body_buffer_size',
    'client_body_timeout',
    'client_header_timeout',
    'send_timeout',
    'server_tokens',
    'charset',
    'autoindex',
    'add_header',
    'expires',
    'etag',
    'deny',
    'allow',
    'auth_basic',
    'auth_basic_user_file',
    'auth_request',
    'limit_req',
    'limit_req_zone',
    'limit_conn',
    'limit_conn_zone',
    'resolver',
    'ssl_certificate',
    'ssl_certificate_key',
    'ssl_protocols',
    'ssl_ciphers',
    'ssl_prefer_server_ciphers',
    'ssl_session_cache',
    'ssl_session_timeout',
    'http2',
    'error_page',
    'internal',
    'real_ip_header',
    'set_real_ip_from',
    'weight',
    'open_file_cache',
    'server_names_hash_bucket_size',
    'types_hash_max_size',
    'underscores_in_headers',
    'large_client_header_buffers',
    'absolute_redirect',
    'port_in_redirect',
    'merge_slashes',
    'satisfy',
    'sub_filter',
    'sub_filter_once',
    'valid_referers',
    'limit_except',
    'stub_status',
    'default',
    'hostnames',
]);
const PREFIXED = /^(?:fastcgi|proxy|uwsgi|scgi|grpc|memcached|gzip|ssl|brotli|http2|lua|more|headers|security|client|open_file|ngx|real_ip)_\w+$|_pass$/;
const MAIN_ONLY = new Set([
    'user',
    'worker_processes',
    'worker_rlimit_nofile',
    'load_module',
    'pcre_jit',
    'daemon',
    'master_process',
]);
const SITE_BLOCKS = new Set([
    'server',
    'upstream',
    'location',
    'map',
    'geo',
    'split_clients',
    'limit_req_zone',
]);
const QUICK_CHECK = /\b(?:server|location|upstream|events|http|include|listen|root|worker_processes|user|[a-z]+_pass|fastcgi_\w+|proxy_\w+|types)\b/;
/** Top-level-aware directive scan; undefined when the text does not look like nginx syntax. */
function scanStatements(head) {
    // Templating is not nginx syntax: `{{ x }}`, `{% if %}` and `{# … #}` would unbalance the braces.
    const text = head.replace(/\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}|\{#[\s\S]*?#\}/g, 'x');
    const statements = [];
    let depth = 0;
    let name;
    let word = '';
    const endWord = () => {
        if (word !== '' && name === undefined)
            name = word;
        word = '';
    };
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '#' && word === '') {
            const nl = text.indexOf('\n', i);
            i = nl === -1 ? text.length : nl;
        }
        else if ((c === '"' || c === "'") && word === '') {
            let j = i + 1;
            while (j < text.length && text[j] !== c)
                j += text[j] === '\\' ? 2 : 1;
            i = j;
            word = c;
        }
        else if (c === '\\') {
            word += text[i + 1] ?? '';
            i++;
        }
        else if (c === '{' && text[i - 1] !== '$') {
            endWord();
            if (name === undefined)
                return undefined;
            statements.push({ name, depth, block: true });
            depth++;
            name = undefined;
        }
        else if (c === '}' && !(word.includes('${') && !word.includes('}'))) {
            endWord();
            if (name !== undefined || --depth < 0)
                return undefined;
        }
        else if (c === ';') {
            endWord();
            if (name === undefined)
                return undefined;
            statements.push({ name, depth, block: false });
            name = undefined;
        }
        else if (c === ' ' || c === '\t' || c === '\n' || c === '\r')
            endWord();
        else
            word += c;
    }
    return statements;
}
function sniffNginx(head) {
    if (!QUICK_CHECK.test(head))
        return undefined;
    const statements = scanStatements(head);
    if (!statements || statements.length === 0)
        return undefined;
    const known = statements.filter((s) => KNOWN.has(s.name) || PREFIXED.test(s.name));
    // Inside map/types/upstream blocks entries are data (`text/html html;`), so count directives loosely.
    if (known.length * 2 < statements.filter((s) => s.depth === 0).length || known.length === 0)
        return undefined;
    const top = statements.filter((s) => s.depth === 0);
    const topBlock = (n) => top.some((s) => s.block && s.name === n);
    if (topBlock('events'))
        return { kind: 'nginx-main', reason: 'has an events { } block' };
    if (topBlock('http'))
        return { kind: 'nginx-main', reason: 'has a top-level http { } block' };
    if (topBlock('stream'))
        return { kind: 'nginx-main', reason: 'has a top-level stream { } block' };
    const mainDirective = top.find((s) => !s.block && MAIN_ONLY.has(s.name));
    if (mainDirective)
        return { kind: 'nginx-main', reason: `has the main-context directive ${mainDirective.name}` };
    const siteBlock = top.find((s) => s.block && SITE_BLOCKS.has(s.name));
    if (siteBlock)
        return { kind: 'nginx-site', reason: `has a top-level ${siteBlock.name} { } block` };
    const pass = statements.find((s) => s.name.endsWith('_pass'));
    if (pass && top.some((s) => s.block))
        return { kind: 'nginx-site', reason: `has ${pass.name} inside a block` };
    const names = [...new Set(known.map((s) => s.name))].slice(0, 3).join(', ');
    return { kind: 'nginx-snippet', reason: `has nginx directives without server blocks (${names})` };
}

;// CONCATENATED MODULE: ./src/engine/discover/classify.ts
/**
 * Classification of repository files by name and, for configuration files, by content: an
 * FPM pool is a pool whatever its extension (`.conf`, `.ini`, `.conf.j2`, none). Each check
 * looks at a bounded prefix with a few regexes or one linear scan, so that 20,000 files
 * classify quickly.
 */



/** How much of a file the content checks look at. */
const PREFIX_CHARS = 32 * 1024;
/** Suffixes of templates whose output is the file without them (`pool.conf.j2` → `pool.conf`). */
const TEMPLATE_SUFFIX = /\.(?:j2|jinja2?|tpl|tmpl|template|erb|dist|example|sample|orig|default)$/i;
const DOCKERFILE_NAME = /^(?:docker|container)file(?:\.[^.]+)*$|\.(?:docker|container)file$/i;
/** Source code and documents, where a `server {` is an example, not a config. */
const NOT_CONFIG = /\.(?:md|markdown|rst|adoc|html?|xml|svg|css|scss|less|m?js|cjs|tsx?|jsx|json|php|phtml|py|rb|go|rs|java|kt|c|h|cc|cpp|hpp|cs|swift|lock|csv|tsv|sql|log|map|twig|vue|png|jpe?g|gif|ico|pdf)$/i;
const SHELL_SHEBANG = /^#![ \t]*\S*(?:\/|\/env[ \t]+(?:-\S+[ \t]+)*)(?:ba|da|a|k|z|mk)?sh(?:[ \t]|$)/;
const YAML = /\.ya?ml$/i;
function classify(path, text) {
    const name = external_node_path_namespaceObject.posix.basename(path);
    const base = name.replace(TEMPLATE_SUFFIX, '');
    const head = text.slice(0, PREFIX_CHARS);
    if (/^\.socklint\.ya?ml$/i.test(name))
        return { kind: 'socklint-config', reason: 'named .socklint.yml' };
    if (DOCKERFILE_NAME.test(name) && !NOT_CONFIG.test(name))
        return { kind: 'dockerfile', reason: 'named like a Dockerfile' };
    if (/\.(?:service|socket)$/i.test(base))
        return { kind: 'systemd', reason: `a systemd ${base.replace(/^.*\./, '.')} unit` };
    if (/(?:^|\/)tmpfiles\.d\/[^/]+\.conf$/i.test(path.replace(TEMPLATE_SUFFIX, ''))) {
        return { kind: 'tmpfiles', reason: 'a .conf file in a tmpfiles.d directory' };
    }
    if (/\.(?:sh|bash)$/i.test(base))
        return { kind: 'shell', reason: `named *${base.replace(/^.*\./, '.')}` };
    const firstLine = head.slice(0, head.indexOf('\n') === -1 ? undefined : head.indexOf('\n'));
    if (SHELL_SHEBANG.test(firstLine))
        return { kind: 'shell', reason: 'has a shell #! line' };
    if (YAML.test(base))
        return classifyYaml(head) ?? { kind: 'other', reason: 'YAML that is not an Ansible task list' };
    if (NOT_CONFIG.test(base))
        return { kind: 'other', reason: `a ${base.replace(/^.*\./, '.')} file` };
    return (sniffFpm(head) ??
        sniffNginx(head) ?? { kind: 'other', reason: 'no nginx, PHP-FPM or provisioning content found' });
}
const PLAY_KEYS = /^\s*-?\s*(hosts|tasks|pre_tasks|post_tasks|roles|import_playbook)\s*:/m;
const TASK_MODULE = /^\s*-?\s*((?:ansible\.(?:builtin|posix|legacy)|community\.general)\.\w+|template|copy|user|group|file|apt|yum|dnf|apk|package|service|systemd|command|shell|lineinfile|blockinfile|replace|include_tasks|import_tasks|include_role|import_role|set_fact|debug|block)\s*:/m;
/** Ansible playbooks and task files are YAML lists (compose files, workflows and vars are maps). */
function classifyYaml(head) {
    const first = /^(?!\s*(?:#|---|%|$)).*$/m.exec(head)?.[0];
    if (!first || !/^-(?:\s|$)/.test(first))
        return undefined;
    const play = PLAY_KEYS.exec(head);
    if (play)
        return { kind: 'ansible', reason: `an Ansible playbook (has ${play[1]}:)` };
    const task = TASK_MODULE.exec(head);
    if (task)
        return { kind: 'ansible', reason: `a list of Ansible tasks (uses ${task[1]}:)` };
    return undefined;
}

;// CONCATENATED MODULE: ./src/engine/discover/limit.ts
/** Runs `task` over `items` with at most `limit` running at once. */
async function forEachLimited(items, limit, task) {
    let next = 0;
    const worker = async () => {
        while (next < items.length)
            await task(items[next++]);
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: ./src/engine/discover/read.ts
/**
 * Reading one repository file as text, or saying why it was skipped. Never throws and never
 * blocks on special files: only regular files are opened.
 */


const BINARY_PROBE_BYTES = 8 * 1024;
const MB = 1024 * 1024;
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
async function readSourceFile(path, absPath, maxFileBytes) {
    const skip = (reason, position) => ({
        skipped: { path, reason, ...position },
    });
    let handle;
    try {
        // O_NONBLOCK: opening a FIFO must not wait for a writer. Regular files ignore the flag.
        handle = await (0,promises_namespaceObject.open)(absPath, external_node_fs_namespaceObject.constants.O_RDONLY | external_node_fs_namespaceObject.constants.O_NONBLOCK);
        const info = await handle.stat();
        if (!info.isFile())
            return skip(`not a regular file (${fileType(info)})`);
        if (info.size > maxFileBytes)
            return skip(`larger than ${formatSize(maxFileBytes, false)} (${formatSize(info.size, true)})`);
        const bytes = await handle.readFile();
        if (bytes.length > maxFileBytes)
            return skip(`larger than ${formatSize(maxFileBytes, false)} (${formatSize(bytes.length, true)})`);
        if (bytes.subarray(0, BINARY_PROBE_BYTES).includes(0))
            return skip('binary (a NUL byte in the first 8 KB)');
        return decode(path, absPath, bytes, skip);
    }
    catch (error) {
        const e = error;
        if (e.code === 'ELOOP')
            return skip('symlink loop (too many levels of symbolic links)');
        return skip(`unreadable (${e.code ? `${e.code}: ` : ''}${describe(e)})`);
    }
    finally {
        await handle?.close().catch(() => undefined);
    }
}
function decode(path, absPath, bytes, skip) {
    const hadBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    const body = hadBom ? bytes.subarray(3) : bytes;
    let text;
    try {
        text = STRICT_UTF8.decode(body);
    }
    catch {
        const offset = Math.min(firstInvalidUtf8(body), body.length - 1);
        const position = positionOf(body, offset);
        const hex = body[offset].toString(16).padStart(2, '0');
        return skip(`not valid UTF-8 (byte 0x${hex} at line ${position.line}, column ${position.column})`, position);
    }
    return { file: { path, absPath, text, hadBom, crlf: text.includes('\r\n') } };
}
/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
function firstInvalidUtf8(bytes) {
    let i = 0;
    while (i < bytes.length) {
        const b = bytes[i];
        let length;
        let min = 0x80;
        let max = 0xbf;
        if (b < 0x80)
            length = 1;
        else if (b >= 0xc2 && b <= 0xdf)
            length = 2;
        else if (b >= 0xe0 && b <= 0xef) {
            length = 3;
            if (b === 0xe0)
                min = 0xa0;
            if (b === 0xed)
                max = 0x9f;
        }
        else if (b >= 0xf0 && b <= 0xf4) {
            length = 4;
            if (b === 0xf0)
                min = 0x90;
            if (b === 0xf4)
                max = 0x8f;
        }
        else
            return i;
        for (let k = 1; k < length; k++) {
            const c = bytes[i + k];
            if (c === undefined || c < (k === 1 ? min : 0x80) || c > (k === 1 ? max : 0xbf))
                return i;
        }
        i += length;
    }
    return i;
}
/** 1-based line, and column in UTF-16 code units of the valid text before the byte. */
function positionOf(bytes, offset) {
    const lineStart = offset === 0 ? 0 : bytes.lastIndexOf(0x0a, offset - 1) + 1;
    let line = 1;
    for (let i = 0; i < lineStart; i++)
        if (bytes[i] === 0x0a)
            line++;
    const before = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset));
    return { line, column: before.length + 1 };
}
/** `5 MB` for a limit, `10.0 MB` for a size; smaller amounts in KB or bytes. */
function formatSize(bytes, precise) {
    const [amount, unit] = bytes >= MB ? [bytes / MB, 'MB'] : bytes >= 1024 ? [bytes / 1024, 'KB'] : [bytes, 'bytes'];
    if (unit === 'bytes')
        return `${amount} bytes`;
    return `${precise || !Number.isInteger(amount) ? amount.toFixed(1) : amount} ${unit}`;
}
function fileType(info) {
    if (info.isDirectory())
        return 'directory';
    if (info.isFIFO())
        return 'named pipe';
    if (info.isSocket())
        return 'socket';
    if (info.isCharacterDevice() || info.isBlockDevice())
        return 'device';
    return 'special file';
}
function describe(e) {
    return e.message.replace(/^[A-Z]+: /, '').replace(/, \w+ '.*'$/, '');
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __nccwpck_require__(4006);
var picomatch_default = /*#__PURE__*/__nccwpck_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/engine/discover/walk.ts
/**
 * Listing the files of a repository: what git tracks plus untracked files it does not
 * ignore, or, outside a git work tree, a walk that skips `.git`, `node_modules` and `vendor`.
 *
 * Symlinks are listed with their target as written (`sites-enabled/app -> ../sites-available/app`
 * is how nginx sites are enabled). A link to a file inside the root is read under the link's
 * path; a link out of the root or dangling is listed only. Directory links are listed but not
 * descended: their files are found under their real path, and loops cannot arise.
 */






const SKIPPED_DIRECTORIES = new Set(['.git', 'node_modules', 'vendor']);
const GIT_TIMEOUT_MS = 60_000;
const LSTAT_CONCURRENCY = 32;
const run = (0,external_node_util_namespaceObject.promisify)(external_node_child_process_namespaceObject.execFile);
async function listRepository(root, ignore) {
    const ignored = ignore.length > 0 ? picomatch_default()(ignore, { dot: true }) : () => false;
    const realRoot = await (0,promises_namespaceObject.realpath)(root);
    const listing = { files: [], symlinks: [], skipped: [] };
    const walker = new Walker(root, realRoot, ignored, listing);
    const tracked = await gitFiles(root);
    if (tracked) {
        await forEachLimited(tracked.filter((path) => !ignored(path)), LSTAT_CONCURRENCY, (path) => walker.visit(path));
    }
    else {
        await walker.walkDirectory('');
    }
    const byPath = (a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
    listing.files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    listing.symlinks.sort(byPath);
    listing.skipped.sort(byPath);
    return listing;
}
/** Tracked and untracked-not-ignored files, or undefined outside a git work tree (or without git). */
async function gitFiles(root) {
    try {
        const { stdout } = await run('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
            cwd: root,
            maxBuffer: 512 * 1024 * 1024,
            timeout: GIT_TIMEOUT_MS,
            encoding: 'utf8',
        });
        return [...new Set(stdout.split('\0').filter((p) => p !== ''))];
    }
    catch {
        return undefined;
    }
}
class Walker {
    root;
    realRoot;
    ignored;
    listing;
    /** Directories already walked, by device and inode (guards against bind-mount cycles). */
    seen = new Set();
    constructor(root, realRoot, ignored, listing) {
        this.root = root;
        this.realRoot = realRoot;
        this.ignored = ignored;
        this.listing = listing;
    }
    async walkDirectory(dir) {
        const abs = (0,external_node_path_namespaceObject.join)(this.root, dir);
        let entries;
        try {
            const info = await (0,promises_namespaceObject.stat)(abs);
            const id = `${info.dev}:${info.ino}`;
            if (this.seen.has(id))
                return;
            this.seen.add(id);
            entries = await (0,promises_namespaceObject.readdir)(abs, { withFileTypes: true });
        }
        catch (error) {
            this.listing.skipped.push({
                path: dir || '.',
                reason: `unreadable directory (${error.code ?? error})`,
            });
            return;
        }
        for (const entry of entries) {
            const path = dir ? `${dir}/${entry.name}` : entry.name;
            if (entry.isDirectory() && SKIPPED_DIRECTORIES.has(entry.name))
                continue;
            if (this.ignored(path) || (entry.isDirectory() && this.ignored(`${path}/`)))
                continue;
            if (entry.isDirectory())
                await this.walkDirectory(path);
            else if (entry.isSymbolicLink())
                await this.symlink(path, (0,external_node_path_namespaceObject.join)(this.root, path));
            else
                this.listing.files.push(path);
        }
    }
    /** One path listed by git: a file, a symlink, or a directory (a submodule). */
    async visit(path) {
        const abs = (0,external_node_path_namespaceObject.join)(this.root, path);
        let info;
        try {
            info = await (0,promises_namespaceObject.lstat)(abs);
        }
        catch (error) {
            const code = error.code;
            this.listing.skipped.push({
                path,
                reason: code === 'ENOENT' ? 'listed by git but missing from the work tree' : `unreadable (${code})`,
            });
            return;
        }
        if (info.isSymbolicLink())
            await this.symlink(path, abs);
        else if (info.isDirectory())
            await this.walkDirectory(path);
        else
            this.listing.files.push(path);
    }
    async symlink(path, abs) {
        let target;
        try {
            target = await (0,promises_namespaceObject.readlink)(abs);
        }
        catch (error) {
            this.listing.skipped.push({
                path,
                reason: `unreadable symlink (${error.code})`,
            });
            return;
        }
        this.listing.symlinks.push({ path, target });
        let real;
        let isDirectory;
        try {
            real = await (0,promises_namespaceObject.realpath)(abs);
            isDirectory = (await (0,promises_namespaceObject.stat)(abs)).isDirectory();
        }
        catch (error) {
            const code = error.code;
            if (code === 'ELOOP')
                this.listing.skipped.push({
                    path,
                    reason: `symlink loop (${path} -> ${target} leads back to itself)`,
                });
            return; // dangling: listed, not read
        }
        if (!isWithin(this.realRoot, real))
            return;
        if (isDirectory) {
            const linkDir = await (0,promises_namespaceObject.realpath)((0,external_node_path_namespaceObject.join)(abs, '..'));
            if (isWithin(real, linkDir)) {
                this.listing.skipped.push({
                    path,
                    reason: `symlink loop (${path} -> ${target} points to a directory that contains it)`,
                });
            }
            return;
        }
        this.listing.files.push(path);
    }
}
/** `path` is `dir` or below it. */
function isWithin(dir, path) {
    const rel = (0,external_node_path_namespaceObject.relative)(dir, path);
    return rel === '' || (rel !== '..' && !rel.startsWith('..' + external_node_path_namespaceObject.sep) && !(0,external_node_path_namespaceObject.isAbsolute)(rel));
}

;// CONCATENATED MODULE: ./src/engine/discover/index.ts
/** Discovery: the repository's text files, each with its kind, plus what could not be read. */






const discover_DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;
const READ_CONCURRENCY = 32;
async function discover(root, opts = {}) {
    const absRoot = (0,external_node_path_namespaceObject.resolve)(root);
    const maxFileBytes = opts.maxFileBytes ?? discover_DEFAULT_MAX_FILE_BYTES;
    const listing = await listRepository(absRoot, opts.ignore ?? []);
    const files = [];
    const skipped = [...listing.skipped];
    await forEachLimited(listing.files, READ_CONCURRENCY, async (path) => {
        const result = await readSourceFile(path, (0,external_node_path_namespaceObject.resolve)(absRoot, path), maxFileBytes);
        if ('skipped' in result)
            skipped.push(result.skipped);
        else
            files.push({ ...result.file, ...classify(path, result.file.text) });
    });
    const byPath = (a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
    return { files: files.sort(byPath), skipped: skipped.sort(byPath), symlinks: listing.symlinks };
}

;// CONCATENATED MODULE: ./src/engine/parse/fpm/address.ts
/**
 * What FPM makes of a `listen` value (fpm_sockets_domain_from_address(), F11): anything
 * containing ':' is TCP, only digits is a TCP port, everything else a Unix socket path.
 * A relative path stays relative here: the caller prefixes it (F12).
 */
function listenAddress(value) {
    if (value.includes(':') || /^[0-9]*$/.test(value))
        return { kind: 'tcp', address: value };
    return { kind: 'unix', path: value };
}
/**
 * The port FPM would bind for a TCP `listen` value, or the text it rejects with
 * "invalid port value '…'" (fpm_socket_af_inet_listening_socket()).
 */
function tcpPort(value) {
    const colon = value.lastIndexOf(':');
    const portText = colon < 0 ? value : value.slice(colon + 1);
    const m = /^[ \t]*[+-]?\d+/.exec(portText);
    const port = m ? Number(m[0]) : 0;
    return port >= 1 && port <= 65535 ? { port } : { invalid: portText };
}

;// CONCATENATED MODULE: ./src/engine/parse/fpm/keys.ts
/**
 * The keys PHP-FPM 8.2 knows: the option tables of sapi/fpm/fpm/fpm_conf.c
 * (ini_fpm_global_options, ini_fpm_pool_options) and the array names of
 * fpm_conf_ini_parser_array(). Scalar keys match case-insensitively, array names exactly.
 */
/**
 * `syslog.*` need syslog.h and `systemd_interval` a systemd build, `apparmor_hat` an AppArmor
 * build; they are accepted unconditionally so that no valid key is ever reported.
 */
const keys_GLOBAL_KEYS = new Map([
    ['pid', { type: 'string' }],
    ['error_log', { type: 'string' }],
    ['syslog.ident', { type: 'string' }],
    ['syslog.facility', { type: 'syslog_facility' }],
    ['log_buffering', { type: 'boolean' }],
    ['log_level', { type: 'log_level' }],
    ['log_limit', { type: 'integer' }],
    ['emergency_restart_threshold', { type: 'integer' }],
    ['emergency_restart_interval', { type: 'time' }],
    ['process_control_timeout', { type: 'time' }],
    ['process.max', { type: 'integer' }],
    ['process.priority', { type: 'integer' }],
    ['daemonize', { type: 'boolean' }],
    ['rlimit_files', { type: 'integer' }],
    ['rlimit_core', { type: 'rlimit_core' }],
    ['events.mechanism', { type: 'string' }],
    ['systemd_interval', { type: 'time' }],
]);
const keys_POOL_KEYS = new Map([
    ['prefix', { type: 'string' }],
    ['user', { type: 'string' }],
    ['group', { type: 'string' }],
    ['listen', { type: 'string' }],
    ['listen.backlog', { type: 'integer' }],
    ['listen.acl_users', { type: 'string', acl: true }],
    ['listen.acl_groups', { type: 'string', acl: true }],
    ['listen.owner', { type: 'string' }],
    ['listen.group', { type: 'string' }],
    ['listen.mode', { type: 'string' }],
    ['listen.allowed_clients', { type: 'string' }],
    ['process.priority', { type: 'integer' }],
    ['process.dumpable', { type: 'boolean' }],
    ['pm', { type: 'pm' }],
    ['pm.max_children', { type: 'integer' }],
    ['pm.start_servers', { type: 'integer' }],
    ['pm.min_spare_servers', { type: 'integer' }],
    ['pm.max_spare_servers', { type: 'integer' }],
    ['pm.max_spawn_rate', { type: 'integer' }],
    ['pm.process_idle_timeout', { type: 'time' }],
    ['pm.max_requests', { type: 'integer' }],
    ['pm.status_path', { type: 'string' }],
    ['pm.status_listen', { type: 'string' }],
    ['ping.path', { type: 'string' }],
    ['ping.response', { type: 'string' }],
    ['access.log', { type: 'string' }],
    ['access.format', { type: 'string' }],
    ['slowlog', { type: 'string' }],
    ['request_slowlog_timeout', { type: 'time' }],
    ['request_slowlog_trace_depth', { type: 'integer' }],
    ['request_terminate_timeout', { type: 'time' }],
    ['request_terminate_timeout_track_finished', { type: 'boolean' }],
    ['rlimit_files', { type: 'integer' }],
    ['rlimit_core', { type: 'rlimit_core' }],
    ['chroot', { type: 'string' }],
    ['chdir', { type: 'string' }],
    ['catch_workers_output', { type: 'boolean' }],
    ['decorate_workers_output', { type: 'boolean' }],
    ['clear_env', { type: 'boolean' }],
    ['security.limit_extensions', { type: 'string' }],
    ['apparmor_hat', { type: 'string' }],
]);
/** `name[key] = value` arrays of a pool; `php_flag`/`php_admin_flag` take booleans. */
const POOL_ARRAYS = new Map([
    ['php_value', { boolean: false }],
    ['php_admin_value', { boolean: false }],
    ['php_flag', { boolean: true }],
    ['php_admin_flag', { boolean: true }],
    ['env', { boolean: false }],
    ['access.suppress_path', { boolean: false }],
]);
const SYSLOG_FACILITIES = new Set('auth authpriv cron daemon ftp kern lpr mail news syslog user uucp local0 local1 local2 local3 local4 local5 local6 local7'.split(' '));
const LOG_LEVELS = new Set(['debug', 'notice', 'warning', 'warn', 'error', 'alert']);
/** FPM's complaint about a value of the given type (fpm_conf_set_*()), or undefined when accepted. */
function checkValue(type, value) {
    const lower = value.toLowerCase();
    switch (type) {
        case 'string':
            return undefined;
        case 'boolean':
            return value === '1' || value === '' ? undefined : 'invalid boolean value';
        case 'integer':
            return /^-?[0-9]*$/.test(value) ? undefined : 'is not a valid number (greater or equal than zero)';
        case 'rlimit_core':
            if (lower === 'unlimited')
                return undefined;
            if (!/^-?[0-9]*$/.test(value))
                return 'is not a valid number (greater or equal than zero)';
            return Number(value || '0') < 0 ? "must be greater than zero or 'unlimited'" : undefined;
        case 'time':
            if (value === '')
                return 'invalid time value';
            return /[0-9smhd]$/.test(value) ? undefined : 'unknown suffix used in time value';
        case 'pm':
            return ['static', 'dynamic', 'ondemand'].includes(lower)
                ? undefined
                : 'invalid process manager (static, dynamic or ondemand)';
        case 'log_level':
            return LOG_LEVELS.has(lower) ? undefined : "invalid value for 'log_level'";
        case 'syslog_facility':
            return SYSLOG_FACILITIES.has(lower) ? undefined : 'invalid value';
    }
}

;// CONCATENATED MODULE: ./src/engine/parse/fpm/values.ts
/**
 * The value part of one FPM ini line (`key = <value>`), scanned the way PHP's ini scanner does
 * in ZEND_INI_SCANNER_NORMAL mode (Zend/zend_ini_scanner.l, PHP 8.2), which FPM feeds one line
 * at a time.
 */
const KEYWORDS = new Map([
    ['true', { token: 'BOOL_TRUE', value: '1' }],
    ['on', { token: 'BOOL_TRUE', value: '1' }],
    ['yes', { token: 'BOOL_TRUE', value: '1' }],
    ['false', { token: 'BOOL_FALSE', value: '' }],
    ['off', { token: 'BOOL_FALSE', value: '' }],
    ['no', { token: 'BOOL_FALSE', value: '' }],
    ['none', { token: 'BOOL_FALSE', value: '' }],
    ['null', { token: 'NULL_NULL', value: '' }],
]);
const OPERATORS = '&|^~()!';
/** Characters that end an unquoted run (VALUE_CHARS excludes them; `$` only before `{`). */
const RUN_STOP = ' \t\r\n;=&|^~()!"\'\0';
/** Characters a `${NAME}` name stops at (LABEL_CHAR excludes them). */
const VARNAME_STOP = '=\n\r\t;&|^$~(){}!"[]\0';
const isBlank = (c) => c === ' ' || c === '\t';
const isEnd = (c) => c === undefined || c === '\r' || c === '\n';
/**
 * Scans `line` from `start` (just after `=`) to the end of the value.
 * Bare keywords count only as a whole token; `"…"` processes `\"`, `\\`, `\$` and `${…}`;
 * `'…'` is raw; a `;` outside quotes starts a comment; trailing blanks are dropped.
 */
function scanValue(line, start) {
    const tokens = [];
    const unresolved = [];
    let pos = start;
    while (isBlank(line[pos]))
        pos++;
    let rawEnd = pos;
    let commentStart;
    let keyword;
    const pushText = (text) => {
        const last = tokens[tokens.length - 1];
        if (last?.kind === 'text')
            last.text += text;
        else
            tokens.push({ kind: 'text', text });
    };
    const readVar = (from) => {
        const close = line.indexOf('}', from + 2);
        let nameEnd = from + 2;
        while (nameEnd < line.length && !VARNAME_STOP.includes(line[nameEnd]))
            nameEnd++;
        if (close < 0 || close !== nameEnd) {
            return { error: "syntax error, unexpected end of file, expecting '}'", at: from };
        }
        return { name: line.slice(from + 2, nameEnd).trim(), end: close + 1 };
    };
    for (;;) {
        const c = line[pos];
        if (isEnd(c))
            break;
        // Blanks: dropped before a `"` (the scanner eats them with the quote), after an operator,
        // before a comment and at the end; kept between other tokens.
        if (isBlank(c)) {
            let next = pos;
            while (isBlank(line[next]))
                next++;
            const after = line[next];
            const afterOp = tokens[tokens.length - 1]?.kind !== 'text';
            if (!isEnd(after) && after !== ';' && after !== '"' && !afterOp) {
                pushText(line.slice(pos, next));
            }
            pos = next;
            continue;
        }
        if (c === ';') {
            commentStart = pos;
            break;
        }
        if (keyword) {
            return { error: `syntax error, unexpected ${tokenName(line, pos)}`, at: pos };
        }
        if (c === '=')
            return { error: "syntax error, unexpected '='", at: pos };
        if (OPERATORS.includes(c)) {
            tokens.push({ kind: 'op', op: c });
            pos++;
            rawEnd = pos;
            continue;
        }
        if (c === '"') {
            const quoted = scanDoubleQuoted(line, pos, unresolved);
            if ('error' in quoted)
                return quoted;
            pushText(quoted.text);
            pos = quoted.end;
            rawEnd = quoted.closeEnd;
            continue;
        }
        if (c === "'") {
            const close = line.indexOf("'", pos + 1);
            if (close > pos + 1) {
                pushText(line.slice(pos + 1, close));
                pos = close + 1;
                rawEnd = pos;
                continue;
            }
            // No raw string here: the scanner ends the value at the quote (observed with php-fpm 8.2:
            // `a 'b` gives "a ", `''` and `'x` alone are refused).
            if (line[pos + 1] === "'")
                return { error: 'value is NULL for a ZEND_INI_PARSER_ENTRY', at: pos };
            if (tokens.length === 0)
                return { error: 'syntax error, unexpected end of file', at: pos };
            break;
        }
        if (c === '$' && line[pos + 1] === '{') {
            const v = readVar(pos);
            if ('error' in v)
                return v;
            unresolved.push(v.name);
            pushText(line.slice(pos, v.end));
            pos = v.end;
            rawEnd = pos;
            continue;
        }
        // An unquoted run; a keyword wins only when the run is exactly the keyword.
        let end = pos;
        while (end < line.length && !RUN_STOP.includes(line[end])) {
            if (line[end] === '$' && line[end + 1] === '{')
                break;
            end++;
        }
        const run = line.slice(pos, end);
        const kw = KEYWORDS.get(run.toLowerCase());
        if (kw) {
            if (tokens.length > 0)
                return { error: `syntax error, unexpected ${kw.token}`, at: pos };
            keyword = kw;
        }
        else {
            pushText(run);
        }
        pos = end;
        rawEnd = pos;
    }
    const base = { rawEnd, commentStart, unresolved };
    if (keyword)
        return { ...base, value: keyword.value, expression: false };
    if (!tokens.some((t) => t.kind === 'op')) {
        return { ...base, value: tokens.length ? tokens[0].text : '', expression: false };
    }
    const computed = evaluate(tokens);
    if (computed === undefined) {
        return { error: "syntax error, unexpected END_OF_LINE, expecting '^' or '|' or '&' or ')'", at: rawEnd };
    }
    return { ...base, value: computed, expression: true };
}
/**
 * A `"…"` string at `start`: contents with escapes processed, `${…}` kept and recorded;
 * `closeEnd` is just past the closing quote, `end` past the blanks the scanner eats after it.
 */
function scanDoubleQuoted(line, start, unresolved) {
    let text = '';
    let pos = start + 1;
    for (;;) {
        const c = line[pos];
        if (isEnd(c)) {
            return {
                error: "syntax error, unexpected end of file, expecting TC_DOLLAR_CURLY or TC_QUOTED_STRING or '\"'",
                at: start,
            };
        }
        if (c === '"')
            break;
        if (c === '\\') {
            const e = line[pos + 1];
            // `"C:\path\"`: a backslash before the closing quote at the end of the line stays a backslash.
            if (e === '"' && isEnd(line[pos + 2])) {
                text += '\\';
                pos++;
                continue;
            }
            if (e === '"' || e === '\\' || e === '$') {
                text += e;
                pos += 2;
                continue;
            }
            text += '\\';
            pos++;
            continue;
        }
        if (c === '$' && line[pos + 1] === '{') {
            const close = line.indexOf('}', pos + 2);
            if (close < 0)
                return { error: "syntax error, unexpected end of file, expecting '}'", at: pos };
            unresolved.push(line.slice(pos + 2, close).trim());
            text += line.slice(pos, close + 1);
            pos = close + 1;
            continue;
        }
        text += c;
        pos++;
    }
    const closeEnd = pos + 1;
    pos = closeEnd;
    while (isBlank(line[pos]))
        pos++;
    return { text, closeEnd, end: pos };
}
/** How the ini parser names the token at `pos` in its syntax errors. */
function tokenName(line, pos) {
    const c = line[pos];
    if (/[A-Za-z_]/.test(c))
        return 'TC_CONSTANT';
    if (/[0-9-]/.test(c))
        return 'TC_NUMBER';
    if (c === '"' || OPERATORS.includes(c))
        return `'${c}'`;
    return 'TC_STRING';
}
/**
 * Evaluates an ini expression as zend_ini_do_op() does: operands go through atoi(), `| & ^`
 * are left-associative with equal precedence, `~ !` are unary, the result is a decimal int.
 */
function evaluate(tokens) {
    let i = 0;
    const unary = () => {
        const t = tokens[i++];
        if (!t)
            return undefined;
        if (t.kind === 'text')
            return atoi(t.text);
        if (t.op === '~' || t.op === '!') {
            const v = unary();
            if (v === undefined)
                return undefined;
            return t.op === '~' ? ~v : v === 0 ? 1 : 0;
        }
        if (t.op === '(') {
            const v = binary();
            const close = tokens[i++];
            return close?.kind === 'op' && close.op === ')' ? v : undefined;
        }
        return undefined;
    };
    const binary = () => {
        let left = unary();
        while (left !== undefined) {
            const t = tokens[i];
            if (t?.kind !== 'op' || !'|&^'.includes(t.op))
                break;
            i++;
            const right = unary();
            if (right === undefined)
                return undefined;
            left = t.op === '|' ? left | right : t.op === '&' ? left & right : left ^ right;
        }
        return left;
    };
    const result = binary();
    return result === undefined || i !== tokens.length ? undefined : String(result);
}
function atoi(text) {
    const m = /^[ \t\n\v\f\r]*([+-]?\d+)/.exec(text);
    return m ? Number(BigInt.asIntN(32, BigInt(m[1]))) : 0;
}

;// CONCATENATED MODULE: ./src/engine/parse/fpm/lines.ts

/** Characters an ini key (LABEL) cannot contain. */
const LABEL_STOP = '=\n\r\t;&|^$~(){}!"[]\0';
const BARE_KEYWORD_TOKENS = {
    true: 'BOOL_TRUE',
    on: 'BOOL_TRUE',
    yes: 'BOOL_TRUE',
    false: 'BOOL_FALSE',
    off: 'BOOL_FALSE',
    no: 'BOOL_FALSE',
    none: 'BOOL_FALSE',
    null: 'NULL_NULL',
};
/** Splits a file into lines (`\n`, with `\r\n` and a leading BOM tolerated) and reads each. */
function parseFpmFile(text) {
    const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
    const lines = body.split('\n');
    if (lines.length > 1 && lines[lines.length - 1] === '')
        lines.pop();
    return lines.map((line, i) => parseFpmLine(line.endsWith('\r') ? line.slice(0, -1) : line, i + 1));
}
/** Reads one line (without its line ending) as FPM does. `lineNo` is 1-based. */
function parseFpmLine(line, lineNo) {
    const span = (from, to) => ({
        line: lineNo,
        column: from + 1,
        endLine: lineNo,
        endColumn: to + 1,
    });
    const whole = span(0, line.length);
    const invalid = (message, at) => ({
        kind: 'invalid',
        span: whole,
        message,
        at: span(at, line.length),
    });
    const commentAt = (from) => {
        let p = from;
        while (line[p] === ' ' || line[p] === '\t')
            p++;
        return line[p] === ';' ? span(p, line.length) : undefined;
    };
    const restIsEmpty = (from) => /^[ \t]*(;.*)?$/.test(line.slice(from));
    let pos = 0;
    while (line[pos] === ' ' || line[pos] === '\t')
        pos++;
    if (pos === line.length)
        return { kind: 'blank', span: whole };
    if (line[pos] === ';')
        return { kind: 'comment', span: whole, comment: span(pos, line.length) };
    if (line[pos] === '[') {
        const close = line.indexOf(']', pos + 1);
        if (close < 0)
            return invalid("syntax error, unexpected end of file, expecting ']'", pos);
        if (!restIsEmpty(close + 1))
            return invalid('value is NULL for a ZEND_INI_PARSER_ENTRY', close + 1);
        return {
            kind: 'section',
            span: whole,
            name: line.slice(pos + 1, close).replace(/"/g, ''),
            nameSpan: span(pos + 1, close),
            comment: commentAt(close + 1),
        };
    }
    const keyStart = pos;
    while (pos < line.length && !LABEL_STOP.includes(line[pos]))
        pos++;
    if (pos === keyStart)
        return invalid(`syntax error, unexpected '${line[pos]}'`, pos);
    let keyEnd = pos;
    while (line[keyEnd - 1] === ' ')
        keyEnd--;
    const label = line.slice(keyStart, keyEnd);
    while (line[pos] === ' ' || line[pos] === '\t')
        pos++;
    let array;
    if (line[pos] === '[') {
        const close = line.indexOf(']', pos + 1);
        if (close < 0)
            return invalid("syntax error, unexpected end of file, expecting ']'", pos);
        array = { name: label, key: unquote(line.slice(pos + 1, close).trim()) };
        pos = close + 1;
        keyEnd = pos;
        while (line[pos] === ' ' || line[pos] === '\t')
            pos++;
    }
    else {
        const keywordToken = BARE_KEYWORD_TOKENS[label.toLowerCase()];
        if (keywordToken)
            return invalid(`syntax error, unexpected ${keywordToken}`, keyStart);
    }
    if (line[pos] !== '=') {
        if (restIsEmpty(pos))
            return invalid('value is NULL for a ZEND_INI_PARSER_ENTRY', keyStart);
        return invalid(`syntax error, unexpected '${line[pos]}'`, pos);
    }
    const eq = pos;
    const scanned = scanValue(line, eq + 1);
    if ('error' in scanned)
        return invalid(scanned.error, scanned.at);
    let rawStart = eq + 1;
    while (line[rawStart] === ' ' || line[rawStart] === '\t')
        rawStart++;
    const rawEnd = Math.max(rawStart, scanned.rawEnd);
    return {
        kind: 'entry',
        span: whole,
        key: line.slice(keyStart, keyEnd),
        keySpan: span(keyStart, keyEnd),
        array,
        eqSpan: span(eq, eq + 1),
        raw: line.slice(rawStart, rawEnd),
        rawSpan: span(rawStart, rawEnd),
        value: scanned.value,
        unresolved: scanned.unresolved,
        expression: scanned.expression,
        comment: scanned.commentStart === undefined ? undefined : span(scanned.commentStart, line.length),
    };
}
/** Array keys: a double-quoted or single-quoted key loses its quotes. */
function unquote(key) {
    const m = /^"(.*)"$/.exec(key) ?? /^'(.*)'$/.exec(key);
    return m ? m[1] : key;
}

;// CONCATENATED MODULE: ./src/engine/resolve/deployed-fs.ts
/** The deployed filesystem of one unit: repository files and built-in files at deployed paths. */

const GLOB_CHARS = /[*?[]/;
/** `/var/run` is a symlink to `/run` on every system socklint knows (trap 33). */
function normalizeDeployed(p) {
    const parts = [];
    for (const seg of p.split('/')) {
        if (seg === '' || seg === '.')
            continue;
        if (seg === '..')
            parts.pop();
        else
            parts.push(seg);
    }
    let out = '/' + parts.join('/');
    if (out === '/var/run' || out.startsWith('/var/run/'))
        out = out.slice('/var'.length);
    return out;
}
class UnitFs {
    shipped;
    entries = new Map();
    sorted;
    constructor(shipped) {
        this.shipped = shipped;
    }
    /** Puts a file at its deployed path; a later file at the same path replaces the earlier one. */
    set(file) {
        this.entries.set(file.deployedPath, file);
        this.sorted = undefined;
    }
    get(deployedPath) {
        return this.entries.get(deployedPath);
    }
    all() {
        this.sorted ??= [...this.entries.values()].sort((a, b) => compareBytes(a.deployedPath, b.deployedPath));
        return this.sorted;
    }
    lookup(pattern) {
        const normalized = normalizeDeployed(pattern);
        if (!GLOB_CHARS.test(normalized)) {
            const hit = this.entries.get(normalized);
            if (hit)
                return { status: 'found', files: [hit] };
            const shipped = this.shipped.find((s) => s.pattern === normalized || picomatch_default().isMatch(normalized, s.pattern));
            return shipped ? { status: 'shipped', description: shipped.description } : { status: 'missing' };
        }
        // glob(3) without GLOB_PERIOD: `*` matches neither `/` nor a leading dot.
        const isMatch = picomatch_default()(normalized, { dot: false });
        const files = this.all().filter((f) => isMatch(f.deployedPath));
        if (files.length > 0)
            return { status: 'found', files };
        const shipped = this.shipped.find((s) => s.pattern === normalized);
        if (shipped)
            return { status: 'shipped', description: shipped.description };
        return { status: 'found', files: [] };
    }
}
function compareBytes(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./src/engine/resolve/fpm-config.ts
/**
 * Loads a PHP-FPM configuration the way php-fpm 8.2 does (sapi/fpm/fpm/fpm_conf.c): files in
 * reading order, `include=` globs expanded in place, one section state shared by all files,
 * pools re-opened by name, the last assignment winning; then the checks FPM makes before it
 * creates any socket.
 */





/** fpm_conf_load_ini_file() refuses a sixth file in the include chain. */
const MAX_INCLUDE_DEPTH = 5;
/** sun_path holds 108 bytes including the NUL; FPM's strlcpy() cuts anything longer (F19). */
const SUN_PATH_MAX = 108;
function loadFpm(main, fs, opts) {
    const config = {
        mainPath: main.deployedPath,
        files: [],
        global: new Map(),
        pools: [],
        problems: [],
        notes: [],
    };
    const pools = new Map();
    const stack = [];
    // FPM's current_wp: null is [global]; it survives the end of an included file (F23, X1).
    let current = null;
    const problem = (message, location) => {
        config.problems.push({ message, location });
    };
    const note = (level, code, message, location) => {
        config.notes.push({ level, code, message, location });
    };
    const readFile = (file) => {
        stack.push(file.deployedPath);
        config.files.push(file);
        const at = (span) => ({ file: file.file.path, ...span });
        for (const line of parseFpmFile(file.file.text)) {
            switch (line.kind) {
                case 'blank':
                case 'comment':
                    break;
                case 'invalid':
                    problem(line.message, at(line.at));
                    break;
                case 'section': {
                    if (line.name.toLowerCase() === 'global') {
                        current = null;
                        break;
                    }
                    const existing = pools.get(line.name.toLowerCase());
                    if (existing) {
                        existing.pool.sections.push(at(line.span));
                        current = existing;
                        break;
                    }
                    const pool = {
                        name: line.name,
                        sections: [at(line.span)],
                        settings: new Map(),
                        assignments: [],
                    };
                    current = { pool, opened: at(line.span) };
                    pools.set(line.name.toLowerCase(), current);
                    config.pools.push(pool);
                    break;
                }
                case 'entry':
                    if (line.key === 'include' && !line.array)
                        include(line, at);
                    else
                        applyEntry(line, at);
                    break;
            }
        }
        stack.pop();
    };
    const include = (line, at) => {
        const location = at(line.span);
        if (line.unresolved.length > 0) {
            note('notice', 'include-unresolved', `include pattern '${line.value}' depends on ${describeVars(line.unresolved)}; not followed`, location);
            return;
        }
        if (line.value === '')
            return;
        // Relative patterns hang off the prefix, not the including file's directory (F23, I1).
        const pattern = line.value.startsWith('/') ? line.value : `${opts.prefix}/${line.value}`;
        const found = fs.lookup(pattern);
        if (found.status === 'missing') {
            note('notice', 'include-not-in-repo', `'${pattern}' is not in the repository; what it holds is not analysed`, location);
            return;
        }
        if (found.status === 'shipped')
            return;
        if (found.files.length === 0) {
            note('warning', 'include-no-match', `Nothing matches the include pattern '${pattern}'`, location);
            return;
        }
        for (const file of found.files) {
            if (stack.includes(file.deployedPath)) {
                note('warning', 'include-loop', `'${file.deployedPath}' includes itself (through ${stack.join(' → ')})`, location);
                problem('failed to include more than 5 files recursively', location);
                return;
            }
            if (stack.length >= MAX_INCLUDE_DEPTH) {
                problem('failed to include more than 5 files recursively', location);
                return;
            }
            readFile(file);
        }
    };
    const applyEntry = (line, at) => {
        const location = at(line.span);
        const setting = (key, value) => ({
            key,
            value,
            raw: line.raw,
            location,
            keyLocation: at(line.keySpan),
            valueLocation: at(line.rawSpan),
            ...(line.unresolved.length > 0
                ? { unresolved: { what: line.unresolved.map((n) => `environment variable \${${n}}`) } }
                : {}),
        });
        // `$pool` is replaced in every pool string and array value (F20).
        const expand = (value) => {
            if (!value.includes('$pool'))
                return value;
            return current ? value.split('$pool').join(current.pool.name) : undefined;
        };
        const POOL_UNDEFINED = "Can't use '$pool' when the pool is not defined";
        if (line.array) {
            const { name, key } = line.array;
            const label = `${name}[${key}]`;
            if (name === 'access.suppress_path') {
                if (key !== '')
                    return problem("Keys provided to field 'access.suppress_path' are ignored", location);
                if (!line.value.startsWith('/')) {
                    return problem("Values provided to field 'access.suppress_path' must begin with '/'", location);
                }
            }
            else if (key === '') {
                return problem(`You must provide a key for field '${name}'`, location);
            }
            if (!current)
                return problem('Array are not allowed in the global section', location);
            const array = POOL_ARRAYS.get(name);
            if (!array)
                return problem(`unknown directive '${name}'`, location);
            if (name === 'env' && line.value === '')
                return problem('empty value', location);
            if (array.boolean && checkValue('boolean', line.value)) {
                return problem(`error while parsing '${label}' : invalid boolean value`, location);
            }
            const value = array.boolean ? line.value : expand(line.value);
            if (value === undefined)
                return problem(`error while parsing '${label}' : ${POOL_UNDEFINED}`, location);
            record(current.pool, label, setting(label, value));
            return;
        }
        const lower = line.key.toLowerCase();
        const known = (current ? keys_POOL_KEYS : keys_GLOBAL_KEYS).get(lower);
        if (!known || (known.acl && !opts.aclSupported))
            return problem(`unknown entry '${line.key}'`, location);
        const complaint = checkValue(known.type, line.value);
        if (complaint)
            return problem(`unable to parse value for entry '${lower}': ${complaint}`, location);
        const value = known.type === 'string' ? expand(line.value) : line.value;
        if (value === undefined)
            return problem(`unable to parse value for entry '${lower}': ${POOL_UNDEFINED}`, location);
        if (current)
            record(current.pool, lower, setting(line.key, value));
        else
            config.global.set(lower, setting(line.key, value));
    };
    readFile(main);
    const states = [...pools.values()];
    for (const state of states)
        checkPool(state, opts, problem, note);
    checkDistinctListen(states, problem);
    if (states.length === 0) {
        problem('No pool defined. at least one pool section must be specified in config file', {
            file: main.file.path,
            line: 1,
            column: 1,
            endLine: 1,
            endColumn: 1,
        });
    }
    return config;
}
function record(pool, mapKey, setting) {
    pool.assignments.push(setting);
    pool.settings.set(mapKey, setting);
}
function describeVars(names) {
    return names.map((n) => `environment variable \${${n}}`).join(', ');
}
/** What fpm_conf_process_all_pools() and the socket setup refuse, pool by pool. */
function checkPool(state, opts, problem, note) {
    const { pool, opened } = state;
    const get = (key) => pool.settings.get(key);
    const tag = `[pool ${pool.name}]`;
    const user = get('user');
    if (opts.masterIsRoot ?? true) {
        if (!user)
            problem(`${tag} user has not been defined`, opened);
        else if (user.value === '')
            problem(`${tag} please specify user and group other than root`, user.location);
    }
    const listen = get('listen');
    if (!listen || listen.value === '') {
        problem(`${tag} no listen address have been defined!`, listen?.location ?? opened);
    }
    else {
        const { address, bound } = resolveListen(listen, get('prefix'), opts.prefix);
        pool.listen = { address, setting: listen };
        state.bound = bound;
        if (address.kind === 'tcp') {
            const port = tcpPort(address.address);
            if ('invalid' in port)
                problem(`invalid port value '${port.invalid}'`, listen.valueLocation);
        }
        else if (address.kind === 'unix' && Buffer.byteLength(address.path) >= SUN_PATH_MAX) {
            const kept = Buffer.from(address.path)
                .subarray(0, SUN_PATH_MAX - 1)
                .toString();
            note('warning', 'socket-path-truncated', `${tag} the socket path is ${Buffer.byteLength(address.path)} bytes; FPM silently binds the first ${SUN_PATH_MAX - 1}: '${kept}'`, listen.valueLocation);
        }
    }
    if (!get('pm'))
        problem(`${tag} the process manager is missing (static, dynamic or ondemand)`, opened);
    const maxChildren = get('pm.max_children');
    if (!maxChildren || Number(maxChildren.value || '0') < 1) {
        problem(`${tag} pm.max_children must be a positive value`, maxChildren?.location ?? opened);
    }
    // ACL names are looked up exactly as written between the commas (F7): a blank after a comma
    // or a trailing comma names a user that does not exist.
    if (opts.aclSupported) {
        for (const [key, what, id] of [
            ['listen.acl_users', 'user', 'uid'],
            ['listen.acl_groups', 'group', 'gid'],
        ]) {
            const acl = get(key);
            if (!acl || acl.value === '')
                continue;
            for (const name of acl.value.split(',')) {
                if (name === '' || name !== name.trim())
                    problem(`${tag} cannot get ${id} for ${what} '${name}'`, acl.valueLocation);
            }
        }
    }
}
/**
 * The socket address of a pool, and the string FPM binds. A relative Unix path hangs off the
 * pool's `prefix` when set (even empty), else the prefix (F12); `${VAR}` makes the address
 * unknown.
 */
function resolveListen(listen, poolPrefix, prefix) {
    if (listen.unresolved)
        return { address: { kind: 'unresolved', unresolved: listen.unresolved } };
    const address = listenAddress(listen.value);
    if (address.kind !== 'unix')
        return { address, bound: address.address };
    let path = address.path;
    if (!path.startsWith('/')) {
        let base = poolPrefix ? poolPrefix.value : prefix;
        if (base !== '' && !base.startsWith('/'))
            base = external_node_path_namespaceObject.posix.join(prefix, base);
        path = `${base}/${path}`;
    }
    return { address: { kind: 'unix', path: normalizeDeployed(path) }, bound: path };
}
/**
 * Two pools on one address: FPM compares the strings it binds; two spellings of one Unix path
 * fail later, when the second bind finds the first socket listening.
 */
function checkDistinctListen(states, problem) {
    const byString = new Map();
    const byPath = new Set();
    for (const { pool, bound } of states) {
        if (!pool.listen || bound === undefined)
            continue;
        const first = byString.get(bound);
        const address = pool.listen.address;
        if (first) {
            problem(`[pool ${pool.name}] unable to set listen address as it's already used in another pool '${first.name}'`, pool.listen.setting.location);
        }
        else if (address.kind === 'unix' && byPath.has(address.path)) {
            problem(`Another FPM instance seems to already listen on ${bound}`, pool.listen.setting.location);
        }
        byString.set(bound, first ?? pool);
        if (address.kind === 'unix')
            byPath.add(address.path);
    }
}

;// CONCATENATED MODULE: ./src/engine/resolve/platforms.ts
/* ------------------------------------------------------------------ base systems */
const DEBIAN_USERS = {
    root: [0, 'root'],
    daemon: [1, 'daemon'],
    bin: [2, 'bin'],
    sys: [3, 'sys'],
    'www-data': [33, 'www-data'],
    nobody: [65534, 'nogroup'],
};
const DEBIAN_GROUPS = {
    root: [0, []],
    daemon: [1, []],
    bin: [2, []],
    sys: [3, []],
    adm: [4, []],
    'www-data': [33, []],
    users: [100, []],
    nogroup: [65534, []],
};
const ROOT_DIRS = [
    { path: '/', mode: 0o755, owner: 'root', group: 'root' },
    { path: '/run', mode: 0o755, owner: 'root', group: 'root' },
    { path: '/tmp', mode: 0o1777, owner: 'root', group: 'root' },
    { path: '/var', mode: 0o755, owner: 'root', group: 'root' },
];
function debianHost(description = 'Debian 12') {
    return {
        description,
        family: 'debian',
        users: { ...DEBIAN_USERS },
        groups: cloneGroups(DEBIAN_GROUPS),
        directories: [...ROOT_DIRS],
    };
}
/** Alpine's base files: www-data is 82 (D1), uid 33 is xfs. */
function alpineBase(description) {
    return {
        description,
        family: 'alpine',
        users: { root: [0, 'root'], daemon: [2, 'daemon'], xfs: [33, 'xfs'], nobody: [65534, 'nobody'] },
        groups: {
            root: [0, []],
            daemon: [2, []],
            xfs: [33, []],
            'www-data': [82, []],
            nogroup: [65533, []],
            nobody: [65534, []],
        },
        directories: [...ROOT_DIRS],
    };
}
function cloneGroups(groups) {
    return Object.fromEntries(Object.entries(groups).map(([k, [gid, m]]) => [k, [gid, [...m]]]));
}
/* ------------------------------------------------------------------ nginx flavours */
const NGINX_SHIPPED = [
    '/etc/nginx/fastcgi_params',
    '/etc/nginx/fastcgi.conf',
    '/etc/nginx/mime.types',
    '/etc/nginx/proxy_params',
    '/etc/nginx/scgi_params',
    '/etc/nginx/uwsgi_params',
    '/etc/nginx/koi-utf',
    '/etc/nginx/koi-win',
    '/etc/nginx/win-utf',
    '/etc/nginx/snippets/fastcgi-php.conf',
    '/etc/nginx/snippets/snakeoil.conf',
    '/etc/nginx/modules-enabled/*.conf',
    '/etc/nginx/modules-enabled/*',
    '/usr/share/nginx/modules/*.conf',
];
/** Debian's /etc/nginx/nginx.conf (bookworm), comments dropped. */
const DEBIAN_NGINX_CONF = `user www-data;
worker_processes auto;
pid /run/nginx.pid;
error_log /var/log/nginx/error.log;
include /etc/nginx/modules-enabled/*.conf;

events {
\tworker_connections 768;
}

http {
\tsendfile on;
\ttcp_nopush on;
\ttypes_hash_max_size 2048;
\tinclude /etc/nginx/mime.types;
\tdefault_type application/octet-stream;
\taccess_log /var/log/nginx/access.log;
\tgzip on;
\tinclude /etc/nginx/conf.d/*.conf;
\tinclude /etc/nginx/sites-enabled/*;
}
`;
/** The official image's /etc/nginx/nginx.conf (nginxinc/docker-nginx). */
const OFFICIAL_NGINX_CONF = `user  nginx;
worker_processes  auto;

error_log  /var/log/nginx/error.log notice;
pid        /run/nginx.pid;

events {
    worker_connections  1024;
}

http {
    include       /etc/nginx/mime.types;
    default_type  application/octet-stream;
    access_log  /var/log/nginx/access.log;
    sendfile        on;
    keepalive_timeout  65;
    include /etc/nginx/conf.d/*.conf;
}
`;
const nginxFlavours = {
    debian: () => ({
        description: "Debian's nginx package",
        main: { deployedPath: '/etc/nginx/nginx.conf', text: DEBIAN_NGINX_CONF },
        shipped: NGINX_SHIPPED,
        compiledUser: 'nobody',
        compiledGroup: 'nogroup',
        masterIsRoot: true,
    }),
    official: (image) => ({
        description: `the ${image} image`,
        main: { deployedPath: '/etc/nginx/nginx.conf', text: OFFICIAL_NGINX_CONF },
        shipped: [...NGINX_SHIPPED, '/etc/nginx/conf.d/default.conf'],
        compiledUser: 'nginx',
        compiledGroup: 'nginx',
        masterIsRoot: true,
    }),
    /** nginxinc/nginx-unprivileged: the `user` line is removed and the master runs as uid 101 (D3). */
    unprivileged: (image) => ({
        description: `the ${image} image`,
        main: {
            deployedPath: '/etc/nginx/nginx.conf',
            text: OFFICIAL_NGINX_CONF.replace('user  nginx;\n', ''),
        },
        shipped: [...NGINX_SHIPPED, '/etc/nginx/conf.d/default.conf'],
        compiledUser: 'nginx',
        compiledGroup: 'nginx',
        masterIsRoot: false,
    }),
};
/* ------------------------------------------------------------------ PHP-FPM flavours */
function debianFpm(version) {
    const etc = `/etc/php/${version}/fpm`;
    return {
        description: `Debian's php${version}-fpm package`,
        main: {
            deployedPath: `${etc}/php-fpm.conf`,
            text: `[global]\npid = /run/php/php${version}-fpm.pid\nerror_log = /var/log/php${version}-fpm.log\ninclude=${etc}/pool.d/*.conf\n`,
        },
        pools: [
            {
                deployedPath: `${etc}/pool.d/www.conf`,
                text: `[www]\nuser = www-data\ngroup = www-data\nlisten = /run/php/php${version}-fpm.sock\n` +
                    `listen.owner = www-data\nlisten.group = www-data\npm = dynamic\npm.max_children = 5\n` +
                    `pm.start_servers = 2\npm.min_spare_servers = 1\npm.max_spare_servers = 3\n`,
            },
        ],
        prefix: '/usr',
        aclSupported: true,
        version,
    };
}
/**
 * The official php images (docker-library/php), as built since 2026-01 (D1): `listen = 9000`
 * sits in docker.conf, www.conf's listen is commented, zz-docker.conf keeps an empty [www].
 */
function officialPhpFpm(image) {
    const dir = '/usr/local/etc/php-fpm.d';
    return {
        description: `the ${image} image`,
        main: {
            deployedPath: '/usr/local/etc/php-fpm.conf',
            text: `[global]\ninclude=${dir}/*.conf\n`,
        },
        pools: [
            {
                deployedPath: `${dir}/docker.conf`,
                text: `[global]\nerror_log = /proc/self/fd/2\nlog_limit = 8192\n\n[www]\naccess.log = /proc/self/fd/2\n` +
                    `clear_env = no\ncatch_workers_output = yes\ndecorate_workers_output = no\nlisten = 9000\n`,
            },
            {
                deployedPath: `${dir}/www.conf`,
                text: `[www]\nuser = www-data\ngroup = www-data\n;listen = 127.0.0.1:9000\npm = dynamic\n` +
                    `pm.max_children = 5\npm.start_servers = 2\npm.min_spare_servers = 1\npm.max_spare_servers = 3\n`,
            },
            { deployedPath: `${dir}/zz-docker.conf`, text: `[global]\ndaemonize = no\n\n[www]\n` },
        ],
        prefix: '/usr/local',
        aclSupported: false,
    };
}
/** Debian's tmpfiles.d entry for php-fpm: /run/php 0755 www-data www-data (Y4). */
const DEBIAN_RUN_PHP = {
    path: '/run/php',
    mode: 0o755,
    owner: 'www-data',
    group: 'www-data',
};

;// CONCATENATED MODULE: ./src/engine/resolve/identities.ts


function machineState(unit, config) {
    const base = unit.platform.base;
    const db = { base: base?.description ?? 'unknown system', users: new Map(), groups: new Map() };
    const directories = new Map();
    if (base) {
        const origin = { kind: 'default', description: `${base.description} base system` };
        for (const [name, [uid, primaryGroup]] of Object.entries(base.users))
            db.users.set(name, { name, uid, primaryGroup, origin });
        for (const [name, [gid, members]] of Object.entries(base.groups))
            db.groups.set(name, { name, gid, members: [...members], origin });
        for (const dir of base.directories)
            directories.set(dir.path, { ...dir, origin });
        if (unit.fpm.some((f) => f.prefix === '/usr')) {
            directories.set(DEBIAN_RUN_PHP.path, {
                ...DEBIAN_RUN_PHP,
                origin: { kind: 'default', description: "Debian's tmpfiles.d/php-fpm.conf: /run/php 0755 www-data www-data" },
            });
        }
    }
    for (const fact of unit.facts)
        applyFact(db, directories, fact);
    applyConfig(db, config);
    return { db, directories };
}
function applyFact(db, dirs, fact) {
    const origin = { kind: 'source', location: fact.location };
    switch (fact.kind) {
        case 'group-add':
            if (!db.groups.has(fact.group))
                db.groups.set(fact.group, { name: fact.group, gid: fact.gid, members: [], origin });
            break;
        case 'group-mod': {
            const group = db.groups.get(fact.group);
            if (group && fact.gid !== undefined)
                db.groups.set(fact.group, { ...group, gid: fact.gid, origin });
            break;
        }
        case 'user-add': {
            // useradd/adduser create a group named like the user unless told otherwise (USERGROUPS_ENAB).
            let primaryGroup = fact.primaryGroup;
            if (primaryGroup && /^\d+$/.test(primaryGroup)) {
                primaryGroup = [...db.groups.values()].find((g) => g.gid === Number(primaryGroup))?.name ?? primaryGroup;
            }
            if (!primaryGroup) {
                primaryGroup = fact.user;
                if (!db.groups.has(fact.user))
                    db.groups.set(fact.user, { name: fact.user, members: [], origin });
            }
            if (!db.users.has(fact.user))
                db.users.set(fact.user, { name: fact.user, uid: fact.uid, primaryGroup, origin });
            for (const group of fact.groups)
                addMember(db, group, fact.user, origin);
            break;
        }
        case 'user-mod': {
            const user = db.users.get(fact.user);
            if (user) {
                db.users.set(fact.user, {
                    ...user,
                    uid: fact.uid ?? user.uid,
                    primaryGroup: fact.primaryGroup ?? user.primaryGroup,
                    origin,
                });
            }
            break;
        }
        case 'member-add':
            addMember(db, fact.group, fact.user, origin);
            break;
        case 'mkdir':
        case 'chmod':
        case 'chown': {
            const p = normalizeDeployed(fact.path);
            const known = dirs.get(p) ?? { path: p, origin };
            const next = { ...known, origin };
            if (fact.kind === 'mkdir') {
                if (fact.mode !== undefined)
                    next.mode = fact.mode;
                else if (!dirs.has(p))
                    next.mode = 0o755; // umask 022 (Docker and Debian default)
                if (fact.owner)
                    next.owner = fact.owner;
                else if (!dirs.has(p))
                    next.owner = 'root';
                if (fact.group)
                    next.group = fact.group;
                else if (!dirs.has(p))
                    next.group = 'root';
            }
            else if (fact.kind === 'chmod') {
                next.mode = typeof fact.mode === 'number' ? fact.mode : undefined; // symbolic: no guess
            }
            else {
                if (fact.owner)
                    next.owner = fact.owner;
                if (fact.group)
                    next.group = fact.group;
            }
            if (next.mode !== undefined)
                next.setgid = (next.mode & 0o2000) !== 0;
            dirs.set(p, next);
            break;
        }
        default:
            break;
    }
}
function addMember(db, groupName, user, origin) {
    let group = db.groups.get(groupName);
    if (!group) {
        // Membership in a group the repository never creates: the group's id stays unknown.
        group = { name: groupName, members: [], origin };
        db.groups.set(groupName, group);
    }
    if (!group.members.includes(user))
        group.members.push(user);
    group.memberOrigins ??= new Map();
    group.memberOrigins.set(user, origin);
}
function applyConfig(db, config) {
    const file = config.source ?? '.socklint.yml';
    const origin = { kind: 'default', description: `${file}` };
    for (const [name, g] of Object.entries(config.groups)) {
        const known = db.groups.get(name);
        db.groups.set(name, { name, gid: g.gid ?? known?.gid, members: [...(known?.members ?? [])], origin });
        for (const member of g.members ?? [])
            addMember(db, name, member, origin);
    }
    for (const [name, u] of Object.entries(config.users)) {
        const known = db.users.get(name);
        db.users.set(name, { name, uid: u.uid ?? known?.uid, primaryGroup: u.group ?? known?.primaryGroup ?? name, origin });
        if (!db.groups.has(u.group ?? name))
            db.groups.set(u.group ?? name, { name: u.group ?? name, members: [], origin });
        for (const group of u.groups ?? [])
            addMember(db, group, name, origin);
    }
}

;// CONCATENATED MODULE: ./src/engine/parse/nginx/address.ts
/** sizeof(sun_path): the path and its terminating NUL must fit. */
const SUN_PATH_SIZE = 108;
/** Optional scheme prefixes, matched case-insensitively (ngx_strncasecmp). */
const OPTIONAL_SCHEMES = {
    uwsgi_pass: ['uwsgi://', 'suwsgi://'],
    grpc_pass: ['grpc://', 'grpcs://'],
};
function stripPrefix(value, prefixes) {
    const lower = value.slice(0, 9).toLowerCase();
    const prefix = prefixes.find((p) => lower.startsWith(p));
    return prefix === undefined ? undefined : value.slice(prefix.length);
}
/** The target of a `*_pass` argument whose variables, if any, are already substituted. */
function parsePassTarget(directive, context, value) {
    if (directive === 'proxy_pass' && context === 'http') {
        const url = stripPrefix(value, ['http://', 'https://']);
        if (url === undefined)
            return { kind: 'invalid', message: 'invalid URL prefix' };
        // proxy_pass takes a URI after the address.
        return parseUrl(url, true);
    }
    const schemes = OPTIONAL_SCHEMES[directive];
    return parseUrl((schemes && stripPrefix(value, schemes)) ?? value, false);
}
/** The address of an upstream `server` entry. */
function parseServerAddress(value) {
    return parseUrl(value, false);
}
function parseUrl(url, uriPart) {
    if (url.slice(0, 5).toLowerCase() === 'unix:') {
        let path = url.slice(5);
        // With a URI part the path ends at the first ':' (N4), so a path cannot contain one.
        if (uriPart) {
            const colon = path.indexOf(':');
            if (colon !== -1)
                path = path.slice(0, colon);
        }
        if (path === '')
            return { kind: 'invalid', message: `no path in the unix domain socket in upstream "${url}"` };
        if (new TextEncoder().encode(path).length + 1 > SUN_PATH_SIZE) {
            return { kind: 'invalid', message: `too long path in the unix domain socket in upstream "${url}"` };
        }
        return { kind: 'unix', path, url };
    }
    let hostPort = url;
    if (uriPart) {
        const uri = hostPort.search(/[/?]/);
        if (uri !== -1)
            hostPort = hostPort.slice(0, uri);
    }
    if (hostPort.startsWith('[')) {
        const close = hostPort.indexOf(']');
        const rest = close === -1 ? '' : hostPort.slice(close + 1);
        const host = close === -1 ? hostPort : hostPort.slice(0, close + 1);
        return rest.startsWith(':')
            ? { kind: 'host', host, port: rest.slice(1), url }
            : { kind: 'host', host, url };
    }
    const colon = hostPort.lastIndexOf(':');
    if (colon === -1)
        return { kind: 'host', host: hostPort, url };
    return { kind: 'host', host: hostPort.slice(0, colon), port: hostPort.slice(colon + 1), url };
}

;// CONCATENATED MODULE: ./src/engine/parse/nginx/line-index.ts
/** Turns UTF-16 offsets into 1-based lines and columns; lines end at LF only, as nginx counts them. */
class LineIndex {
    text;
    starts;
    constructor(text) {
        this.text = text;
    }
    /** The span of `text[start, end)`. */
    span(start, end) {
        const starts = (this.starts ??= lineStarts(this.text));
        const line = this.lineOf(starts, start);
        const endLine = end === start ? line : this.lineOf(starts, end);
        return {
            line: line + 1,
            column: start - starts[line] + 1,
            endLine: endLine + 1,
            endColumn: end - starts[endLine] + 1,
        };
    }
    /** Index of the line holding `offset`: the last line start at or before it. */
    lineOf(starts, offset) {
        let low = 0;
        let high = starts.length - 1;
        while (low < high) {
            const mid = (low + high + 1) >>> 1;
            if (starts[mid] <= offset)
                low = mid;
            else
                high = mid - 1;
        }
        return low;
    }
}
function lineStarts(text) {
    let count = 1;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
        count++;
    const starts = new Int32Array(count);
    let line = 1;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
        starts[line++] = i + 1;
    return starts;
}

;// CONCATENATED MODULE: ./src/engine/parse/nginx/tokenizer.ts
const TAB = 9;
const LF = 10;
const CR = 13;
const SPACE = 32;
const DQUOTE = 34;
const HASH = 35;
const DOLLAR = 36;
const SQUOTE = 39;
const RPAREN = 41;
const SEMICOLON = 59;
const BACKSLASH = 92;
const LBRACE = 123;
const RBRACE = 125;
/** NGX_CONF_BUFFER: a token must fit in nginx's read buffer. */
const CONF_BUFFER = 4096;
function isSpace(c) {
    return c === SPACE || c === TAB || c === LF || c === CR;
}
/** UTF-8 length of `text[from, to)`, exact only below `limit` (enough to compare with it). */
function utf8Length(text, from, to, limit) {
    // A UTF-16 code unit is 1 to 3 UTF-8 bytes: most tokens are decided by their length alone.
    if (to - from >= limit || (to - from) * 3 < limit)
        return to - from;
    let bytes = 0;
    for (let i = from; i < to; i++) {
        const c = text.charCodeAt(i);
        // A surrogate pair is 4 bytes: 2 per code unit.
        bytes += c < 0x80 ? 1 : c < 0x800 || (c >= 0xd800 && c <= 0xdfff) ? 2 : 3;
    }
    return bytes;
}
/** The first 10 bytes of `text[from…]`, as nginx prints them in "too long parameter". */
function first10Bytes(text, from) {
    return new TextDecoder().decode(new TextEncoder().encode(text.slice(from, from + 10)).subarray(0, 10));
}
/** nginx's unescaping of a token's content (`\"`, `\'`, `\\`, `\t`, `\r`, `\n`; other pairs stay). */
function unescapeNginx(content) {
    const parts = [];
    let copied = 0;
    let i = content.indexOf('\\');
    while (i !== -1 && i + 1 < content.length) {
        const next = content.charCodeAt(i + 1);
        let replacement;
        if (next === DQUOTE || next === SQUOTE || next === BACKSLASH)
            replacement = content[i + 1];
        else if (next === 116 /* t */)
            replacement = '\t';
        else if (next === 114 /* r */)
            replacement = '\r';
        else if (next === 110 /* n */)
            replacement = '\n';
        if (replacement !== undefined) {
            parts.push(content.slice(copied, i), replacement);
            copied = i + 2;
        }
        // The escaped character never starts another escape.
        i = content.indexOf('\\', i + 2);
    }
    if (copied === 0)
        return content;
    parts.push(content.slice(copied));
    return parts.join('');
}
/** The value of the word token `text[start, end)`, whose range includes its quotes. */
function wordValue(text, start, end, quote, escaped, unterminated) {
    const content = quote === 0 ? text.slice(start, end) : text.slice(start + 1, unterminated ? end : end - 1);
    return escaped ? unescapeNginx(content) : content;
}
class NginxTokenizer {
    text;
    /** Errors found while reading tokens, in source order. */
    errors = [];
    /** The last token: `text[start, end)`; a word's range includes its quotes, a comment's its `#` (not the CR). */
    start = 0;
    end = 0;
    /** The opening quote's character code, or 0 for a bare word. */
    quote = 0;
    /** The word contains a backslash. */
    escaped = false;
    /** The quoted word runs to the end of the file (already reported). */
    unterminated = false;
    pos = 0;
    constructor(text) {
        this.text = text;
    }
    next() {
        const text = this.text;
        const n = text.length;
        let i = this.pos;
        let c = 0;
        while (i < n) {
            c = text.charCodeAt(i);
            if (c !== SPACE && c !== LF && c !== TAB && c !== CR)
                break;
            i++;
        }
        this.start = i;
        if (i >= n) {
            this.pos = this.end = n;
            return 'eof';
        }
        if (c === SEMICOLON || c === LBRACE || c === RBRACE) {
            this.pos = this.end = i + 1;
            return c === SEMICOLON ? ';' : c === LBRACE ? '{' : '}';
        }
        if (c === HASH)
            return this.comment(i);
        this.quote = 0;
        this.escaped = false;
        this.unterminated = false;
        if (c === DQUOTE || c === SQUOTE)
            return this.quoted(i, c);
        return this.bare(i);
    }
    comment(start) {
        const text = this.text;
        const lf = text.indexOf('\n', start);
        const end = lf === -1 ? text.length : lf;
        this.end = end > start + 1 && text.charCodeAt(end - 1) === CR ? end - 1 : end;
        // nginx restarts its token at the line feed, so the CR counts.
        this.checkLength(start, end, lf !== -1);
        this.pos = end;
        return 'comment';
    }
    bare(start) {
        const text = this.text;
        const n = text.length;
        let j = start;
        while (j < n) {
            const c = text.charCodeAt(j);
            if (c > SEMICOLON) {
                if (c === BACKSLASH) {
                    this.escaped = true;
                    j += 2;
                }
                else if (c === LBRACE) {
                    break;
                }
                else {
                    j++;
                }
            }
            else if (c === SPACE || c === SEMICOLON || c === LF || c === TAB || c === CR) {
                break;
            }
            else if (c === DOLLAR) {
                j++;
                while (j < n && text.charCodeAt(j) === LBRACE)
                    j++;
            }
            else {
                j++;
            }
        }
        if (j > n)
            j = n;
        this.end = this.pos = j;
        // nginx restarts its token after ';' or '{', or one character after a separator.
        const restart = j < n && isSpace(text.charCodeAt(j)) ? j + 1 : j;
        this.checkLength(start, restart, restart < n);
        return 'word';
    }
    quoted(start, quoteChar) {
        const text = this.text;
        const n = text.length;
        this.quote = quoteChar;
        const quote = quoteChar === DQUOTE ? '"' : "'";
        let j = start + 1;
        while (j < n) {
            const c = text.charCodeAt(j);
            if (c === quoteChar)
                break;
            if (c === BACKSLASH) {
                this.escaped = true;
                j += 2;
            }
            else {
                j++;
            }
        }
        if (j > n)
            j = n;
        const contentStart = start + 1;
        if (j >= n) {
            this.unterminated = true;
            this.end = this.pos = n;
            const tooLong = utf8Length(text, contentStart, n, CONF_BUFFER + 1) > CONF_BUFFER;
            this.errors.push({
                message: tooLong
                    ? `too long parameter, probably missing terminating "${quote}" character`
                    : 'unexpected end of file, expecting ";" or "}"',
                start,
                end: start + 1,
            });
            return 'word';
        }
        const end = j + 1;
        this.end = this.pos = end;
        if (utf8Length(text, contentStart, j, CONF_BUFFER) >= CONF_BUFFER) {
            this.errors.push({
                message: `too long parameter, probably missing terminating "${quote}" character`,
                start,
                end,
            });
            return 'word';
        }
        if (end >= n)
            return 'word';
        const after = text.charCodeAt(end);
        if (isSpace(after)) {
            this.checkLength(contentStart, end + 1, end + 1 < n);
        }
        else if (after === SEMICOLON || after === LBRACE || after === RPAREN) {
            this.checkLength(contentStart, end, true);
        }
        else {
            // nginx stops here; reading on as if a space followed gives the later errors too.
            const width = after >= 0xd800 && after <= 0xdbff && end + 1 < n ? 2 : 1;
            this.errors.push({
                message: `unexpected "${text.slice(end, end + width)}"`,
                start: end,
                end: end + width,
            });
        }
        return 'word';
    }
    /**
     * nginx keeps a token's bytes from `start` until it restarts at `restart`; it fails when that
     * reaches the buffer size while more input follows (`more`), or exceeds it at the end of the file.
     */
    checkLength(start, restart, more) {
        const bytes = utf8Length(this.text, start, restart, CONF_BUFFER + 1);
        if (more ? bytes < CONF_BUFFER : bytes <= CONF_BUFFER)
            return;
        this.errors.push({
            message: `too long parameter "${first10Bytes(this.text, start)}..." started`,
            start,
            end: this.end,
        });
    }
}

;// CONCATENATED MODULE: ./src/engine/parse/nginx/parser.ts


const QUOTE_FLAGS = 3;
const ESCAPED = 4;
const UNTERMINATED = 8;
/**
 * The words of a file: offsets and flags, in reading order. A directive is its name's index here;
 * its argument count, end and block start are kept at that index too.
 */
class WordTable {
    text;
    lines;
    starts = new Int32Array(1024);
    ends = new Int32Array(1024);
    flags = new Uint8Array(1024);
    argCounts = new Int32Array(1024);
    /** Offset just past the directive's `;` or `}` (or its last word, after an error). */
    directiveEnds = new Int32Array(1024);
    /** Offset of the directive's `{`. */
    blockStarts = new Int32Array(1024);
    length = 0;
    constructor(text, lines) {
        this.text = text;
        this.lines = lines;
    }
    push(start, end, quote, escaped, unterminated) {
        if (this.length === this.starts.length)
            this.grow();
        const i = this.length++;
        this.starts[i] = start;
        this.ends[i] = end;
        this.flags[i] =
            (quote === 34 ? 1 : quote === 39 ? 2 : 0) | (escaped ? ESCAPED : 0) | (unterminated ? UNTERMINATED : 0);
        return i;
    }
    value(i) {
        const f = this.flags[i];
        const quote = f & QUOTE_FLAGS ? ((f & QUOTE_FLAGS) === 1 ? 34 : 39) : 0;
        return wordValue(this.text, this.starts[i], this.ends[i], quote, (f & ESCAPED) !== 0, (f & UNTERMINATED) !== 0);
    }
    arg(i) {
        const q = this.flags[i] & QUOTE_FLAGS;
        return {
            value: this.value(i),
            raw: this.text.slice(this.starts[i], this.ends[i]),
            quote: q === 1 ? '"' : q === 2 ? "'" : null,
            span: this.lines.span(this.starts[i], this.ends[i]),
        };
    }
    grow() {
        const size = this.starts.length * 2;
        const grown = (old, copy) => {
            copy.set(old);
            return copy;
        };
        this.starts = grown(this.starts, new Int32Array(size));
        this.ends = grown(this.ends, new Int32Array(size));
        this.flags = grown(this.flags, new Uint8Array(size));
        this.argCounts = grown(this.argCounts, new Int32Array(size));
        this.directiveEnds = grown(this.directiveEnds, new Int32Array(size));
        this.blockStarts = grown(this.blockStarts, new Int32Array(size));
    }
}
class Directive {
    words;
    first;
    constructor(words, 
    /** Index of the name in the word table; the arguments follow it. */
    first) {
        this.words = words;
        this.first = first;
    }
    get name() {
        return (this.cachedName ??= this.words.value(this.first));
    }
    get nameSpan() {
        return this.words.lines.span(this.words.starts[this.first], this.words.ends[this.first]);
    }
    get args() {
        if (!this.cachedArgs) {
            this.cachedArgs = [];
            const count = this.words.argCounts[this.first];
            for (let i = 1; i <= count; i++)
                this.cachedArgs.push(this.words.arg(this.first + i));
        }
        return this.cachedArgs;
    }
    get span() {
        return this.words.lines.span(this.words.starts[this.first], this.words.directiveEnds[this.first]);
    }
    toJSON() {
        return { name: this.name, args: this.args, span: this.span };
    }
}
class BlockDirective extends Directive {
    block = [];
    get blockSpan() {
        return this.words.lines.span(this.words.blockStarts[this.first], this.words.directiveEnds[this.first]);
    }
    toJSON() {
        return { ...super.toJSON(), block: this.block, blockSpan: this.blockSpan };
    }
}
class Comment {
    words;
    start;
    end;
    constructor(words, start, end) {
        this.words = words;
        this.start = start;
        this.end = end;
    }
    get text() {
        return this.words.text.slice(this.start + 1, this.end);
    }
    get span() {
        return this.words.lines.span(this.start, this.end);
    }
    toJSON() {
        return { text: this.text, span: this.span };
    }
}
function parseNginx(text) {
    const lines = new LineIndex(text);
    const words = new WordTable(text, lines);
    const tokenizer = new NginxTokenizer(text);
    const rawErrors = tokenizer.errors;
    const comments = [];
    const root = [];
    const stack = [];
    let list = root;
    /** Word index of the pending directive's name, or -1. */
    let first = -1;
    let unterminated = false;
    const endDirective = (name, end) => {
        words.argCounts[name] = words.length - name - 1;
        words.directiveEnds[name] = end;
        return new Directive(words, name);
    };
    const fail = (message, start, end) => {
        // The tokenizer may already have reported the same character (a `}` right after a quote).
        const last = rawErrors[rawErrors.length - 1];
        if (last && last.message === message && last.start === start)
            return;
        rawErrors.push({ message, start, end });
    };
    for (;;) {
        const kind = tokenizer.next();
        if (kind === 'word') {
            const index = words.push(tokenizer.start, tokenizer.end, tokenizer.quote, tokenizer.escaped, tokenizer.unterminated);
            if (tokenizer.unterminated)
                unterminated = true;
            if (first === -1)
                first = index;
            continue;
        }
        if (kind === ';') {
            if (first === -1)
                fail('unexpected ";"', tokenizer.start, tokenizer.end);
            else
                list.push(endDirective(first, tokenizer.end));
            first = -1;
            continue;
        }
        if (kind === '{') {
            let directive = null;
            if (first === -1) {
                fail('unexpected "{"', tokenizer.start, tokenizer.end);
            }
            else {
                directive = new BlockDirective(words, first);
                words.argCounts[first] = words.length - first - 1;
                words.blockStarts[first] = tokenizer.start;
                words.directiveEnds[first] = tokenizer.end;
                list.push(directive);
            }
            first = -1;
            const open = { directive, list: directive ? directive.block : [], start: tokenizer.start };
            stack.push(open);
            list = open.list;
            continue;
        }
        if (kind === '}') {
            if (first !== -1) {
                fail('unexpected "}"', tokenizer.start, tokenizer.end);
                // Read on as if the directive had ended before the brace.
                list.push(endDirective(first, words.ends[words.length - 1]));
                first = -1;
            }
            const closed = stack.pop();
            if (closed === undefined) {
                fail('unexpected "}"', tokenizer.start, tokenizer.end);
                continue;
            }
            if (closed.directive)
                words.directiveEnds[closed.directive.first] = tokenizer.end;
            list = stack.length > 0 ? stack[stack.length - 1].list : root;
            continue;
        }
        if (kind === 'comment') {
            comments.push(new Comment(words, tokenizer.start, tokenizer.end));
            continue;
        }
        // End of file: nginx stops at the first of these, so at most one is reported.
        if (unterminated) {
            // Already reported by the tokenizer, at the opening quote.
        }
        else if (first !== -1) {
            fail('unexpected end of file, expecting ";" or "}"', words.starts[first], words.ends[words.length - 1]);
        }
        else if (stack.length > 0) {
            const open = stack[stack.length - 1];
            fail('unexpected end of file, expecting "}"', open.start, open.start + 1);
        }
        for (const open of stack) {
            if (open.directive)
                words.directiveEnds[open.directive.first] = text.length;
        }
        const errors = rawErrors.map((e) => ({ message: e.message, span: lines.span(e.start, e.end) }));
        return { directives: root, comments, errors };
    }
}

;// CONCATENATED MODULE: ./src/engine/parse/nginx/variables.ts
/** nginx variable references in a directive argument (`ngx_http_script_compile()`). */
function isNameChar(c) {
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}
function findVariables(value) {
    const refs = [];
    let i = value.indexOf('$');
    while (i !== -1) {
        let end;
        let name;
        if (value.charCodeAt(i + 1) === 123 /* { */) {
            const close = value.indexOf('}', i + 2);
            end = close === -1 ? value.length : close + 1;
            name = value.slice(i + 2, close === -1 ? value.length : close);
        }
        else {
            end = i + 1;
            while (end < value.length && isNameChar(value.charCodeAt(end)))
                end++;
            name = value.slice(i + 1, end);
        }
        if (name !== '')
            refs.push({ name: name.toLowerCase(), text: value.slice(i, end), start: i, end });
        i = value.indexOf('$', Math.max(end, i + 1));
    }
    return refs;
}

;// CONCATENATED MODULE: ./src/engine/resolve/nginx-config.ts



/** nginx itself recurses until it runs out of file descriptors; stop well before. */
const nginx_config_MAX_INCLUDE_DEPTH = 32;
/** Beyond this many combinations of variable values, the target is reported as unresolved. */
const MAX_VARIABLE_COMBINATIONS = 64;
const HTTP_CLIENTS = new Set([
    'fastcgi_pass',
    'uwsgi_pass',
    'scgi_pass',
    'grpc_pass',
    'memcached_pass',
    'proxy_pass',
]);
/** Blocks whose entries are data (`key value;`), not directives. */
const DATA_BLOCKS = new Set(['map', 'geo', 'types', 'split_clients', 'charset_map', 'match']);
function loadNginx(main, fs, options = {}) {
    return new NginxLoader(main, fs, options).load();
}
function nginx_config_location(file, span) {
    return {
        file: file.file.path,
        line: span.line,
        column: span.column,
        endLine: span.endLine,
        endColumn: span.endColumn,
    };
}
function dirname(p) {
    const slash = p.lastIndexOf('/');
    return slash <= 0 ? '/' : p.slice(0, slash);
}
/** Joins and normalises posix paths; undefined when `..` climbs above `/`. */
function resolvePath(dir, relative) {
    const parts = [];
    for (const seg of (relative.startsWith('/') ? relative : `${dir}/${relative}`).split('/')) {
        if (seg === '' || seg === '.')
            continue;
        if (seg !== '..')
            parts.push(seg);
        else if (parts.pop() === undefined)
            return undefined;
    }
    return '/' + parts.join('/');
}
function isFragment(file) {
    const top = new Set(file.directives.filter((d) => d.block).map((d) => d.name));
    return (!top.has('http') && !top.has('stream') && !top.has('events') && (top.has('server') || top.has('upstream')));
}
function nginxAncestorDir(path) {
    const segments = path.split('/');
    const index = segments.lastIndexOf('nginx', segments.length - 2);
    return index > 0 ? segments.slice(0, index + 1).join('/') : undefined;
}
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;
class NginxLoader {
    main;
    fs;
    options;
    files = [];
    problems = [];
    problemKeys = new Set();
    notes = [];
    shippedIncludes = [];
    parseCache;
    confDir = '/';
    user;
    upstreams = { http: new Map(), stream: new Map() };
    sets = [];
    maps = {
        http: new Map(),
        stream: new Map(),
    };
    sites = [];
    constructor(main, fs, options) {
        this.main = main;
        this.fs = fs;
        this.options = options;
        this.parseCache = options.parseCache ?? new Map();
    }
    load() {
        const parsed = this.parse(this.main);
        const context = this.options.context ?? (isFragment(parsed) ? 'http' : 'main');
        this.confDir =
            this.options.confDir ??
                (context === 'http' ? nginxAncestorDir(this.main.deployedPath) : undefined) ??
                dirname(this.main.deployedPath);
        const tree = this.expandList(parsed.directives, this.main, [this.main.deployedPath]);
        this.walk(tree, context, []);
        const clients = this.sites.flatMap((site) => this.clientsOf(site));
        return {
            mainPath: this.main.deployedPath,
            files: this.files,
            ...(this.user ? { user: this.user } : {}),
            clients,
            problems: this.problems,
            notes: this.notes,
            shippedIncludes: this.shippedIncludes,
        };
    }
    /* ---------------------------------------------------------------- reading and includes */
    parse(file) {
        let parsed = this.parseCache.get(file.file);
        if (!parsed) {
            parsed = parseNginx(file.file.text);
            this.parseCache.set(file.file, parsed);
        }
        if (!this.files.includes(file)) {
            this.files.push(file);
            for (const error of parsed.errors)
                this.problem(error.message, nginx_config_location(file, error.span));
        }
        return parsed;
    }
    expandList(directives, file, chain) {
        const out = [];
        for (const directive of directives) {
            if (directive.name === 'include' && !directive.block) {
                for (const node of this.include(directive, file, chain))
                    out.push(node);
                continue;
            }
            const node = { directive, file };
            if (directive.block)
                node.children = this.expandList(directive.block, file, chain);
            out.push(node);
        }
        return out;
    }
    include(directive, file, chain) {
        const at = nginx_config_location(file, directive.span);
        if (directive.args.length !== 1) {
            this.problem('invalid number of arguments in "include" directive', at);
            return [];
        }
        const written = directive.args[0].value;
        // Relative to the main file's directory, not the including file's (N2).
        const pattern = resolvePath(this.confDir, written);
        if (pattern === undefined) {
            this.note('notice', 'include-outside-root', `include "${written}" climbs above "/"; it is not followed.`, at);
            return [];
        }
        const result = this.fs.lookup(pattern);
        if (result.status === 'missing') {
            this.note('notice', 'include-not-in-repo', `include "${written}" (${pattern}) is not in the repository; the analysis is incomplete here.`, at);
            return [];
        }
        if (result.status === 'shipped') {
            this.shippedIncludes.push({ path: pattern, description: result.description, location: at });
            return [];
        }
        const out = [];
        for (const included of result.files) {
            if (chain.includes(included.deployedPath)) {
                this.note('warning', 'include-loop', `include "${written}" includes ${included.deployedPath} again, in a loop.`, at);
                continue;
            }
            if (chain.length > nginx_config_MAX_INCLUDE_DEPTH) {
                this.note('warning', 'include-loop', `include "${written}" nests more than ${nginx_config_MAX_INCLUDE_DEPTH} levels deep; not followed.`, at);
                continue;
            }
            const parsed = this.parse(included);
            for (const node of this.expandList(parsed.directives, included, [...chain, included.deployedPath]))
                out.push(node);
        }
        return out;
    }
    /* ---------------------------------------------------------------- walking the tree */
    walk(nodes, module, ancestors) {
        for (const node of nodes) {
            const { directive } = node;
            const name = directive.name;
            if (name === 'user' && !directive.block) {
                if (module === 'main' && ancestors.length === 0)
                    this.setUser(node);
                else
                    this.problem('"user" directive is not allowed here', nginx_config_location(node.file, directive.span));
                continue;
            }
            if (!node.children) {
                if (module === 'http' || module === 'stream')
                    this.leaf(node, module, ancestors);
                continue;
            }
            if (module === 'main' && ancestors.length === 0) {
                const inner = name === 'http' ? 'http' : name === 'stream' ? 'stream' : 'other';
                this.walk(node.children, inner, [node]);
                continue;
            }
            if (module === 'http' || module === 'stream') {
                if (name === 'upstream')
                    this.addUpstream(node, module);
                else if (name === 'map')
                    this.addMap(node, module);
                if (DATA_BLOCKS.has(name) || name === 'upstream')
                    continue;
            }
            this.walk(node.children, module, [...ancestors, node]);
        }
    }
    leaf(node, module, ancestors) {
        const name = node.directive.name;
        if (name === 'set') {
            const scope = [...ancestors].reverse().find((a) => a.directive.name !== 'if');
            if (scope)
                this.sets.push({ node, scope });
            return;
        }
        const isClient = module === 'http' ? HTTP_CLIENTS.has(name) : name === 'proxy_pass';
        if (isClient && node.directive.args.length === 1) {
            this.sites.push({
                node,
                directive: name,
                module,
                ancestors: new Set(ancestors),
            });
        }
    }
    setUser(node) {
        const { directive } = node;
        const at = nginx_config_location(node.file, directive.span);
        if (this.user) {
            this.problem('"user" directive is duplicate', at);
            return;
        }
        if (directive.args.length < 1 || directive.args.length > 2) {
            this.problem('invalid number of arguments in "user" directive', at);
            return;
        }
        const [user, group] = directive.args.map((a) => a.value);
        // getpwnam()/getgrnam() take names only: no account is named "33" (N3).
        if (/^\d+$/.test(user))
            this.problem(`getpwnam("${user}") failed`, nginx_config_location(node.file, directive.args[0].span));
        if (group !== undefined && /^\d+$/.test(group)) {
            this.problem(`getgrnam("${group}") failed`, nginx_config_location(node.file, directive.args[1].span));
        }
        this.user = { user, ...(group !== undefined ? { group } : {}), location: at };
    }
    addUpstream(node, module) {
        const { directive } = node;
        if (directive.args.length !== 1)
            return;
        const name = directive.args[0].value;
        const key = name.toLowerCase();
        if (this.upstreams[module].has(key)) {
            this.problem(`duplicate upstream "${name}"`, nginx_config_location(node.file, directive.nameSpan));
            return;
        }
        const upstream = { name, servers: [] };
        for (const child of node.children ?? []) {
            if (child.directive.name !== 'server' || child.directive.block || child.directive.args.length === 0)
                continue;
            const arg = child.directive.args[0];
            const target = parseServerAddress(arg.value);
            if (target.kind === 'invalid')
                this.problem(target.message, nginx_config_location(child.file, arg.span));
            else
                upstream.servers.push({ node: child, target });
        }
        this.upstreams[module].set(key, upstream);
    }
    addMap(node, module) {
        const { directive } = node;
        if (directive.args.length !== 2)
            return;
        const variable = findVariables(directive.args[1].value)[0];
        if (!variable)
            return;
        let values = [];
        for (const entry of node.children ?? []) {
            const name = entry.directive.name;
            if ((name === 'hostnames' || name === 'volatile') && entry.directive.args.length === 0)
                continue;
            const value = entry.directive.args[0]?.value;
            if (value === undefined || entry.directive.args.length !== 1 || findVariables(value).length > 0) {
                values = null;
                break;
            }
            values.push({ value, node: entry });
        }
        this.maps[module].set(variable.name, values);
    }
    /* ---------------------------------------------------------------- socket clients */
    clientsOf(site) {
        const { node } = site;
        const arg = node.directive.args[0];
        const base = {
            directive: site.directive,
            context: site.module,
            location: nginx_config_location(node.file, node.directive.span),
            targetLocation: nginx_config_location(node.file, arg.span),
            raw: arg.value,
        };
        // memcached_pass takes no variables: a `$` is part of the address.
        const literal = site.directive === 'memcached_pass' || findVariables(arg.value).length === 0;
        const candidates = literal ? [{ value: arg.value }] : this.substitute(arg.value, site);
        if (!Array.isArray(candidates))
            return [{ ...base, target: { kind: 'unresolved', unresolved: { what: candidates.unresolved } } }];
        const clients = [];
        for (const candidate of candidates) {
            const variable = candidate.variable ? { variable: candidate.variable } : {};
            const target = parsePassTarget(site.directive, site.module, candidate.value);
            if (target.kind === 'invalid') {
                // nginx checks a literal address when it reads the config; a variable one per request.
                if (literal)
                    this.problem(target.message, base.targetLocation);
                else
                    clients.push({
                        ...base,
                        ...variable,
                        target: { kind: 'unresolved', unresolved: { what: [target.message] } },
                    });
                continue;
            }
            if (target.kind === 'unix') {
                clients.push({ ...base, ...variable, target: { kind: 'unix', path: target.path } });
                continue;
            }
            const upstream = this.upstreams[site.module].get(target.host.toLowerCase());
            if (upstream && target.port === undefined) {
                for (const server of upstream.servers) {
                    const serverArg = server.node.directive.args[0];
                    clients.push({
                        ...base,
                        ...variable,
                        targetLocation: nginx_config_location(server.node.file, serverArg.span),
                        target: server.target.kind === 'unix'
                            ? { kind: 'unix', path: server.target.path }
                            : { kind: 'tcp', address: serverArg.value },
                        upstream: {
                            name: upstream.name,
                            serverLocation: nginx_config_location(server.node.file, server.node.directive.span),
                        },
                    });
                }
                continue;
            }
            if (upstream && literal) {
                this.problem(`upstream "${target.host}" may not have port ${target.port}`, base.targetLocation);
                continue;
            }
            const address = target.port !== undefined ? `${target.host}:${target.port}` : target.host;
            // Only proxy_pass has a default port (80 or 443): the others need one or an upstream.
            const defaultPort = site.directive === 'proxy_pass' && site.module === 'http';
            if (target.port !== undefined ||
                (defaultPort &&
                    (IPV4.test(target.host) || target.host.startsWith('[') || target.host === 'localhost'))) {
                clients.push({ ...base, ...variable, target: { kind: 'tcp', address } });
                continue;
            }
            if (literal && !defaultPort)
                this.problem(`no port in upstream "${target.host}"`, base.targetLocation);
            clients.push({
                ...base,
                ...variable,
                target: { kind: 'unresolved', unresolved: { what: [`no upstream named "${target.host}"`] } },
            });
        }
        return clients;
    }
    /** Every value the argument can take from literal `set`s and `map`s, or what is unknown. */
    substitute(value, site) {
        const refs = findVariables(value);
        const unknown = [];
        const choices = [];
        for (const ref of refs) {
            const defined = this.valuesOf(ref.name, site);
            if (defined === undefined)
                unknown.push(`nginx variable $${ref.name}`);
            else
                choices.push(defined);
        }
        if (unknown.length > 0)
            return { unresolved: [...new Set(unknown)] };
        const combinations = choices.reduce((n, c) => n * c.length, 1);
        if (combinations > MAX_VARIABLE_COMBINATIONS) {
            return {
                unresolved: refs.map((r) => `nginx variable $${r.name} (more than ${MAX_VARIABLE_COMBINATIONS} combinations of values)`),
            };
        }
        let partial = [{ value: '' }];
        refs.forEach((ref, i) => {
            const before = value.slice(i === 0 ? 0 : refs[i - 1].end, ref.start);
            partial = partial.flatMap((p) => choices[i].map((c) => ({ value: p.value + before + c.value, variable: p.variable ?? c.variable })));
        });
        const tail = value.slice(refs[refs.length - 1].end);
        const seen = new Set();
        return partial
            .map((p) => ({ ...p, value: p.value + tail }))
            .filter((p) => !seen.has(p.value) && seen.add(p.value));
    }
    /** The literal values of a variable where the client is: its `set`s in scope, else its `map`. */
    valuesOf(name, site) {
        const sets = this.sets.filter((s) => site.ancestors.has(s.scope) &&
            s.node.directive.args.length === 2 &&
            findVariables(s.node.directive.args[0].value)[0]?.name === name);
        if (sets.length > 0) {
            const values = sets.map((s) => s.node.directive.args[1]);
            if (values.some((v) => findVariables(v.value).length > 0))
                return undefined;
            return sets.map((s) => ({
                value: s.node.directive.args[1].value,
                variable: { name: `$${name}`, location: nginx_config_location(s.node.file, s.node.directive.span) },
            }));
        }
        const mapped = this.maps[site.module].get(name);
        if (!mapped)
            return undefined;
        return mapped.map((m) => ({
            value: m.value,
            variable: { name: `$${name}`, location: nginx_config_location(m.node.file, m.node.directive.span) },
        }));
    }
    /* ---------------------------------------------------------------- reporting */
    problem(message, at) {
        // A file included twice would report the same problem twice.
        const key = `${at.file}:${at.line}:${at.column}:${message}`;
        if (this.problemKeys.has(key))
            return;
        this.problemKeys.add(key);
        this.problems.push({ message, location: at });
    }
    note(level, code, message, at) {
        this.notes.push({ level, code, message, location: at });
    }
}

;// CONCATENATED MODULE: ./src/engine/verdict/identity.ts
/** Same id → true; both ids known and different → false; both names known (one machine) → names; else unknown. */
function samePrincipal(a, b, options = {}) {
    if (a.id !== undefined && b.id !== undefined)
        return a.id === b.id;
    if ((options.sameMachine ?? true) && a.name !== undefined && b.name !== undefined)
        return a.name === b.name;
    return 'unknown';
}
/** true if any is true; false if all are false; else unknown. */
function anyTrue(values) {
    let result = false;
    for (const v of values) {
        if (v === true)
            return true;
        if (v === 'unknown')
            result = 'unknown';
    }
    return result;
}
/** `33` → `{ id: 33 }`; anything else is a name. */
function principalOf(text) {
    return /^[0-9]+$/.test(text) ? { id: Number(text) } : { name: text };
}
/** Fills in the uid or the name of a user from the machine's database when it knows them. */
function resolveUser(db, p) {
    if (!db)
        return p;
    if (p.name !== undefined) {
        const uid = db.users.get(p.name)?.uid;
        return uid === undefined || p.id !== undefined ? p : { name: p.name, id: uid };
    }
    const account = p.id === undefined ? undefined : [...db.users.values()].find((a) => a.uid === p.id);
    return account ? { name: account.name, id: p.id } : p;
}
/** Fills in the gid or the name of a group from the machine's database when it knows them. */
function resolveGroup(db, p) {
    if (!db)
        return p;
    if (p.name !== undefined) {
        const gid = db.groups.get(p.name)?.gid;
        return gid === undefined || p.id !== undefined ? p : { name: p.name, id: gid };
    }
    const group = p.id === undefined ? undefined : [...db.groups.values()].find((g) => g.gid === p.id);
    return group ? { name: group.name, id: p.id } : p;
}
/** The name when known, else the number, else `?`. */
function showPrincipal(p) {
    return p.name ?? (p.id === undefined ? '?' : String(p.id));
}
/** uid 0, or the name root when the uid is not known. */
function isRootUser(p) {
    return p.id === undefined ? p.name === 'root' : p.id === 0;
}
/** Drops principals that are certainly equal to an earlier one. */
function distinctPrincipals(list) {
    const out = [];
    for (const p of list)
        if (!out.some((q) => samePrincipal(p, q) === true))
            out.push(p);
    return out;
}

;// CONCATENATED MODULE: ./src/engine/verdict/nginx-worker.ts

function nginxWorker(input) {
    const { directive, db, master } = input;
    // N3, trap 20: a non-root master ignores `user`; workers keep the master's credentials.
    if (master && !isRootUser(master.user)) {
        const user = resolveUser(db, master.user);
        const group = resolveGroup(db, master.group);
        const groups = distinctPrincipals([group, ...(master.groups ?? memberships(db, user.name))]);
        const because = `the master does not run as root, so workers keep its credentials`;
        return {
            kind: 'creds',
            user,
            group,
            groups,
            dacOverride: false,
            why: {
                user: { because, origin: master.origin },
                group: { because, origin: master.origin },
                groups: { because, origin: master.origin },
            },
            warnings: directive
                ? [
                    'the "user" directive makes sense only if the master process runs with super-user privileges, ignored',
                ]
                : [],
        };
    }
    const origin = directive ? { kind: 'source', location: directive.location } : input.fallback.origin;
    const userName = directive?.user ?? input.fallback.user;
    // Trap 18: GROUP omitted → the group named like the user, not the user's primary group.
    const groupName = directive ? (directive.group ?? directive.user) : input.fallback.group;
    // getpwnam()/getgrnam() look names up, so numeric values (`user 33;`) fail too.
    if (!db.users.has(userName))
        return { kind: 'failure', message: `getpwnam("${userName}") failed`, origin };
    if (!db.groups.has(groupName))
        return { kind: 'failure', message: `getgrnam("${groupName}") failed`, origin };
    const user = resolveUser(db, { name: userName });
    const group = resolveGroup(db, { name: groupName });
    // Trap 19: initgroups(user, group) = the named group plus every group listing the user; the
    // passwd primary group is not added.
    const groups = distinctPrincipals([group, ...memberships(db, userName)]);
    const userWhy = directive
        ? { because: `user ${userName}`, origin }
        : { because: `no user directive: the default user ${userName}`, origin };
    const groupWhy = directive
        ? directive.group === undefined
            ? { because: `user ${userName} without a group: the group named ${groupName}`, origin }
            : { because: `user ${userName} ${groupName}`, origin }
        : { because: `no user directive: the default group ${groupName}`, origin };
    return {
        kind: 'creds',
        user,
        group,
        groups,
        // Trap 21, K9: root workers keep CAP_DAC_OVERRIDE.
        dacOverride: isRootUser(user),
        why: {
            user: userWhy,
            group: groupWhy,
            groups: {
                because: `initgroups(${userName}, ${showPrincipal(group)}): ${groupName} and every group listing ${userName}`,
            },
        },
        warnings: [],
    };
}
/** The groups whose /etc/group entry lists the user. */
function memberships(db, userName) {
    if (userName === undefined)
        return [];
    return [...db.groups.values()]
        .filter((g) => g.members.includes(userName))
        .map((g) => (g.gid === undefined ? { name: g.name } : { name: g.name, id: g.gid }));
}

;// CONCATENATED MODULE: ./src/engine/resolve/graph.ts





function buildGraph(unit, config) {
    const state = machineState(unit, config);
    const fpm = loadFpmInstances(unit);
    const nginx = loadNginxInstances(unit).map((cfg) => ({ config: cfg, worker: workerOf(unit, cfg, state, config) }));
    const links = [];
    for (const instance of nginx) {
        for (const client of instance.config.clients) {
            if (client.target.kind !== 'unix') {
                links.push({ client, nginx: instance });
                continue;
            }
            const path = normalizeClientPath(client.target.path);
            links.push({ client, nginx: instance, path, target: findPool(path, fpm) });
        }
    }
    return { unit, state, nginx, fpm, links };
}
/** nginx hands relative paths to connect() as written: they resolve against the worker's cwd (N4). */
function normalizeClientPath(p) {
    return p.startsWith('/') ? normalizeDeployed(p) : p;
}
function poolSocketPath(pool) {
    const address = pool.listen?.address;
    return address?.kind === 'unix' ? normalizeDeployed(address.path) : undefined;
}
function findPool(path, fpm) {
    for (const instance of fpm) {
        // Later pools with the same path would fail to bind; the first one owns the socket.
        const pool = instance.config.pools.find((p) => poolSocketPath(p) === path);
        if (pool)
            return { pool, fpm: instance };
    }
    // Debian: php-fpm-socket-helper points /run/php/php-fpm.sock at the www pool's socket (Y4).
    if (path === '/run/php/php-fpm.sock') {
        for (const instance of [...fpm].reverse()) {
            if (instance.flavour?.prefix !== '/usr')
                continue;
            const www = instance.config.pools.find((p) => p.name.toLowerCase() === 'www' && poolSocketPath(p));
            if (www)
                return { pool: www, fpm: instance, alias: path };
        }
    }
    return undefined;
}
/* ------------------------------------------------------------------ loading */
function loadNginxInstances(unit) {
    if (unit.kind === 'unmapped')
        return standaloneConfigs(unit, ['nginx-main', 'nginx-site'], (f) => loadNginx(f, unit.fs));
    const main = unit.fs.get('/etc/nginx/nginx.conf');
    return main ? [loadNginx(main, unit.fs)] : [];
}
function loadFpmInstances(unit) {
    if (unit.kind === 'unmapped') {
        // Unknown build: ACL keys are accepted rather than reported on a guess.
        return standaloneConfigs(unit, ['fpm-main', 'fpm-pool'], (f) => loadFpm(f, unit.fs, { prefix: '/usr', aclSupported: true })).map((config) => ({ config, aclSupported: true }));
    }
    return unit.fpm.flatMap((flavour) => {
        const main = unit.fs.get(flavour.main.deployedPath);
        if (!main)
            return [];
        const masterIsRoot = !unit.runtimeUser;
        const config = loadFpm(main, unit.fs, { prefix: flavour.prefix, aclSupported: flavour.aclSupported, masterIsRoot });
        return [{ flavour, config, aclSupported: flavour.aclSupported }];
    });
}
/** Main files first; then every file of the kinds that no main loaded, read on its own. */
function standaloneConfigs(unit, kinds, load) {
    const files = unit.fs.all();
    const kindOf = (f) => f.file.kind;
    const out = [];
    const loaded = new Set();
    for (const kind of kinds) {
        for (const file of files.filter((f) => kindOf(f) === kind && !loaded.has(f.file.path))) {
            const config = load(file);
            for (const f of config.files)
                loaded.add(f.file.path);
            out.push(config);
        }
    }
    return out;
}
/* ------------------------------------------------------------------ identities */
function workerOf(unit, cfg, state, config) {
    const flavour = unit.platform.nginx;
    let fallback;
    if (flavour) {
        fallback = {
            user: flavour.compiledUser,
            group: flavour.compiledGroup,
            origin: { kind: 'default', description: `the compiled-in default of ${flavour.description} (no user directive)` },
        };
    }
    else if (config.webUser) {
        fallback = { user: config.webUser, group: config.webUser, origin: { kind: 'default', description: `web-user in ${config.source ?? '.socklint.yml'}` } };
    }
    if (!fallback && !cfg.user)
        return undefined;
    const master = masterOf(unit);
    return nginxWorker({
        directive: cfg.user,
        fallback: fallback ?? { user: cfg.user.user, group: cfg.user.group ?? cfg.user.user, origin: { kind: 'default', description: 'user directive' } },
        db: state.db,
        master,
    });
}
/** The nginx master's identity when it is not root: an image USER, or nginx-unprivileged's uid 101. */
function masterOf(unit) {
    if (unit.runtimeUser) {
        const name = unit.runtimeUser.user;
        const p = /^\d+$/.test(name) ? { id: Number(name) } : { name };
        return { user: p, group: p, origin: unit.runtimeUser.origin };
    }
    if (unit.platform.nginx && !unit.platform.nginx.masterIsRoot) {
        return {
            user: { name: 'nginx', id: 101 },
            group: { name: 'nginx', id: 101 },
            origin: { kind: 'default', description: `${unit.platform.nginx.description} runs nginx as uid 101` },
        };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/engine/verdict/explain.ts

/** 0o660 → `0660`. */
function formatMode(mode) {
    return (mode & 0o7777).toString(8).padStart(4, '0');
}
/** 6 → `rw-`. */
function formatBits(bits) {
    return (bits & 4 ? 'r' : '-') + (bits & 2 ? 'w' : '-') + (bits & 1 ? 'x' : '-');
}
/** `www-data (groups: www-data, 3000)`. */
function describeCreds(c) {
    return `${showPrincipal(c.user)} (groups: ${c.groups.map(showPrincipal).join(', ') || 'none'})`;
}
/** `root:www-data 0660`, with `+acl` when an extended ACL applies. */
function describeInode(n) {
    return `${showPrincipal(n.owner)}:${showPrincipal(n.group)} ${formatMode(n.mode)}${n.acl ? ' +acl' : ''}`;
}
/** `user:www-data:rw-`. */
function formatAclEntry(e) {
    const tag = e.tag === 'user_obj' || e.tag === 'user'
        ? 'user'
        : e.tag === 'group_obj' || e.tag === 'group'
            ? 'group'
            : e.tag;
    return `${tag}:${e.who ? showPrincipal(e.who) : ''}:${formatBits(e.perm)}`;
}
/**
 * The socket FPM creates and where each attribute came from, e.g. `root:www-data 0660 (owner: no
 * listen.owner: the master's user root; group: listen.group = www-data; mode: …)`.
 */
function explainSocketState(s) {
    const parts = [
        `owner: ${s.why.owner.because}`,
        `group: ${s.why.group.because}`,
        `mode: ${s.why.mode.because}`,
    ];
    if (s.why.acl)
        parts.push(`ACL: ${s.why.acl.because} (${s.acl.map(formatAclEntry).join(',')})`);
    return `${describeInode(s)} (${parts.join('; ')})`;
}
/** Why the kernel allows or denies, e.g. `not the owner, not in group root, other has no write`. */
function explainPermission(c, n, p) {
    const who = showPrincipal(c.user);
    const want = p.want;
    const mode = formatMode(n.mode);
    const bits = p.bits ?? 0;
    const verb = p.allowed === true ? `allow ${want}` : 'deny';
    if (p.allowed === 'unknown')
        return `cannot tell ${p.unknowns.join(', nor ')}`;
    if (!p.decidedBy) {
        return `${p.allowed ? 'allowed' : 'denied'} whichever class applies (unknown: ${p.unknowns.join('; ')})`;
    }
    switch (p.decidedBy) {
        case 'dac-override':
            return `${who} is root with CAP_DAC_OVERRIDE, which bypasses the mode`;
        case 'owner':
            return p.allowed
                ? `${who} owns it and mode ${mode} gives the owner ${want}`
                : `owner class denies: ${who} owns it but mode ${mode} gives the owner no ${want}`;
        case 'group':
            return `not the owner; in group ${showPrincipal(p.viaGroup)}, whose bits (${mode} → ${formatBits(bits)}) ${verb}${p.allowed ? '' : ', so other is not consulted'}`;
        case 'other':
            if (p.groupBitsEqualOther) {
                return p.allowed
                    ? `not the owner; group and other both allow ${want} (${mode})`
                    : `not the owner, and neither group nor other has ${want} (${mode})`;
            }
            return `not the owner, not in group ${showPrincipal(n.group)}, other ${p.allowed ? `allows ${want}` : `has no ${want}`}`;
        case 'acl-user':
            return `ACL entry ${formatAclEntry(p.entry)} with mask ${formatBits(p.mask)} ${p.allowed ? `allows ${want}` : `gives no ${want}`}`;
        case 'acl-group':
            return p.allowed
                ? `not the owner; in group ${showPrincipal(p.viaGroup)}, ACL entry ${formatAclEntry(p.entry)} with mask ${formatBits(p.mask)} allows ${want}`
                : p.entry
                    ? `not the owner; in group ${showPrincipal(p.viaGroup)}, ACL entry ${formatAclEntry(p.entry)} is cut by mask ${formatBits(p.mask)}, so no ${want}`
                    : `not the owner; in group ${showPrincipal(p.viaGroup)}, but no matching ACL group entry grants ${want}, so other is not consulted`;
        case 'acl-other':
            return `not the owner, no ACL user or group entry matches, other ${p.allowed ? `allows ${want}` : `has no ${want}`}`;
    }
}
/**
 * The verdict in one line, e.g. `nginx worker www-data (groups: www-data) cannot write
 * /run/php/app.sock (root:root 0660): not the owner, not in group root, other has no write`.
 */
function explainConnect(c, socketPath, r, subject = 'nginx worker') {
    const client = `${subject} ${describeCreds(c)}`;
    const d = r.decision;
    if (d?.kind === 'directory') {
        const dir = `directory ${d.path} (${describeInode(d.inode)})`;
        const reason = explainPermission(c, d.inode, d.permission);
        if (r.verdict === 'EACCES') {
            return `${client} cannot reach ${socketPath}: ${dir} denies search to ${showPrincipal(c.user)} (${reason})`;
        }
        return `${client} may or may not reach ${socketPath}: for ${dir}, ${reason}`;
    }
    if (r.verdict === 'ENOENT')
        return `${client} cannot connect to ${socketPath}: no socket is created there`;
    const sock = `${socketPath} (${describeInode(d.inode)})`;
    const reason = explainPermission(c, d.inode, d.permission);
    switch (r.verdict) {
        case 'OK':
            return `${client} can write ${sock}: ${reason}`;
        case 'EACCES':
            return `${client} cannot write ${sock}: ${reason}`;
        case 'ECONNREFUSED':
            return `${client} can write ${sock}, but it is a stale socket nobody listens on: connection refused`;
        default:
            return `${client} may or may not write ${sock}: ${reason}`;
    }
}

;// CONCATENATED MODULE: ./src/engine/verdict/fpm-socket.ts


const ROOT = { user: { name: 'root', id: 0 }, group: { name: 'root', id: 0 } };
const ULONG_MAX = (1n << 64n) - 1n;
/** `strtoul(value, NULL, 8) & 0777`; '' means unset → 0660 (F6). */
function fpmModeOf(value) {
    return value === '' ? 0o660 : Number(strtoul(value, 8) & 511n);
}
/**
 * C strtoul: leading white space, an optional sign, then the longest run of digits; no digits
 * gives 0, overflow gives ULONG_MAX, a minus sign negates modulo 2^64.
 */
function strtoul(text, base) {
    const m = /^[ \t\n\v\f\r]*([+-]?)([0-9]*)/.exec(text);
    const digits = m[2].slice(0, base === 8 ? /^[0-7]*/.exec(m[2])[0].length : undefined);
    if (digits === '')
        return 0n;
    let n = 0n;
    for (const d of digits) {
        n = n * BigInt(base) + BigInt(d);
        if (n > ULONG_MAX)
            return ULONG_MAX;
    }
    return m[1] === '-' ? BigInt.asUintN(64, -n) : n;
}
/**
 * An all-digit listen.owner/listen.group: strtoul into FPM's `int` (F4, F5). The value -1 is
 * FPM's "leave as created", so 4294967295 and overflowing numbers change nothing.
 */
function fpmIdOf(digits) {
    const n = strtoul(digits, 10);
    return BigInt.asIntN(32, n) === -1n ? undefined : Number(BigInt.asUintN(32, n));
}
function fpmSocket(input) {
    const { pool, db } = input;
    const given = input.master ?? ROOT;
    const master = {
        user: resolveUser(db, given.user),
        group: resolveGroup(db, given.group),
        groups: (given.groups ?? []).map((p) => resolveGroup(db, p)),
    };
    const masterName = showPrincipal(master.user);
    const setting = (key) => settingOf(key, input.settings[key]);
    const aclUsers = setting('listen.acl_users');
    const aclGroups = setting('listen.acl_groups');
    // F7: without --with-fpm-acl the keys do not exist, and an unknown key is fatal.
    if (!input.aclSupport) {
        for (const s of [aclUsers, aclGroups]) {
            if (s)
                return { kind: 'failure', message: `unknown entry '${s.written}'`, origin: s.origin };
        }
    }
    const modeSetting = setting('listen.mode');
    const requestedMode = fpmModeOf(modeSetting?.value ?? '');
    const modeWhy = modeSetting && modeSetting.value !== ''
        ? { because: `listen.mode = ${modeSetting.value}`, origin: modeSetting.origin }
        : { because: 'no listen.mode: default 0660' };
    // F2, K12/F15: created by the master; a setgid directory gives its group instead of the egid.
    const dir = input.directory;
    const setgid = dir?.setgid ?? ((dir?.mode ?? 0) & 0o2000) !== 0;
    const setgidGroup = !setgid
        ? undefined
        : dir?.group === undefined
            ? {}
            : resolveGroup(db, principalOf(dir.group));
    const created = {
        owner: master.user,
        group: setgidGroup ?? master.group,
        ownerWhy: (reason) => ({ because: `${reason}: the master's user ${masterName}` }),
        groupWhy: (reason) => setgidGroup
            ? { because: `${reason}: the group of the setgid directory ${dir.path}`, origin: dir.origin }
            : { because: `${reason}: the master's group ${showPrincipal(master.group)}` },
    };
    // bind() with umask 0777 ^ mode (F1), then the directory's default ACL masks it (K11, F14).
    const inherited = inheritDefaultAcl(requestedMode, input.defaultAcl);
    if (inherited.mode !== requestedMode) {
        modeWhy.because += `, reduced to ${formatMode(inherited.mode)} by the default ACL of ${dir?.path ?? 'the directory'}`;
    }
    const aclValues = [aclUsers, aclGroups].filter((s) => s !== undefined && s.value !== '');
    if (aclValues.length > 0) {
        // F7: comma-separated names, looked up exactly as written (no trimming, no numbers).
        const added = [];
        for (const [s, tag] of [
            [aclUsers, 'user'],
            [aclGroups, 'group'],
        ]) {
            if (!s || s.value === '')
                continue;
            for (const name of s.value.split(',')) {
                const known = tag === 'user' ? db.users.has(name) : db.groups.has(name);
                if (!known)
                    return lookupFailure(pool, tag === 'user' ? 'uid for user' : 'gid for group', s, name);
                const who = tag === 'user' ? resolveUser(db, { name }) : resolveGroup(db, { name });
                added.push({ tag, who, perm: 6 });
            }
        }
        const warnings = ['listen.owner', 'listen.group']
            .map((key) => ({ key, s: setting(key) }))
            .filter(({ s }) => s && s.value !== '')
            .map(({ key, s }) => `[pool ${pool}] ACL set, ${key} = '${s.value}' is ignored`);
        const because = 'listen.acl_* is set, so listen.owner and listen.group are ignored';
        const base = {
            kind: 'socket',
            owner: created.owner,
            group: created.group,
            mode: inherited.mode,
            ...(inherited.acl ? { acl: inherited.acl } : {}),
            why: { owner: created.ownerWhy(because), group: created.groupWhy(because), mode: modeWhy },
            warnings,
        };
        const aclWhy = {
            because: aclValues.map((s) => `${s.key} = ${s.value}`).join(', '),
            origin: aclValues[0].origin,
        };
        const withAcl = addAclEntries(base, added, aclWhy);
        if (!withAcl) {
            // acl_valid() refuses two entries for the same user or group.
            return {
                kind: 'failure',
                message: `[pool ${pool}] failed to write the ACL of the socket '${input.path}': Invalid argument (22)`,
                origin: aclValues[0].origin,
                staleSocket: { ...base, stale: true },
            };
        }
        return withAcl;
    }
    // F3, F4: a named owner brings its primary group; a numeric one leaves the group alone.
    let owner;
    let group;
    const o = setting('listen.owner');
    if (o && o.value !== '') {
        const why = { because: `listen.owner = ${o.value}`, origin: o.origin };
        if (/^[0-9]+$/.test(o.value)) {
            const id = fpmIdOf(o.value);
            if (id !== undefined)
                owner = { who: resolveUser(db, { id }), why };
        }
        else {
            const account = db.users.get(o.value);
            // F9: an unknown name is fatal.
            if (!account)
                return lookupFailure(pool, 'uid for user', o);
            owner = { who: resolveUser(db, { name: o.value }), why };
            group = {
                who: account.primaryGroup === undefined ? {} : resolveGroup(db, { name: account.primaryGroup }),
                why: { because: `primary group of ${o.value} (listen.owner)`, origin: o.origin },
            };
        }
    }
    // F5: listen.group, a name or a number, overrides.
    const g = setting('listen.group');
    if (g && g.value !== '') {
        const why = { because: `listen.group = ${g.value}`, origin: g.origin };
        if (/^[0-9]+$/.test(g.value)) {
            const id = fpmIdOf(g.value);
            if (id !== undefined)
                group = { who: resolveGroup(db, { id }), why };
        }
        else {
            if (!db.groups.has(g.value))
                return lookupFailure(pool, 'gid for group', g);
            group = { who: resolveGroup(db, { name: g.value }), why };
        }
    }
    // Without listen.group, a set owner here is a numeric one (F4).
    const groupDefaultReason = owner
        ? 'listen.owner is numeric and there is no listen.group'
        : 'no listen.group';
    const state = {
        kind: 'socket',
        owner: owner?.who ?? created.owner,
        group: group?.who ?? created.group,
        mode: inherited.mode,
        ...(inherited.acl ? { acl: inherited.acl } : {}),
        why: {
            owner: owner?.why ?? created.ownerWhy('no listen.owner'),
            group: group?.why ?? created.groupWhy(groupDefaultReason),
            mode: modeWhy,
        },
        warnings: [],
    };
    if (!owner && !group)
        return state;
    // F8: a non-root master may only keep its own uid and choose a group it is in (or the
    // file's current group); otherwise chown() fails, FPM exits and leaves the socket (F18).
    if (isRootUser(master.user))
        return state;
    const staleSocket = {
        ...state,
        stale: true,
        owner: created.owner,
        group: created.group,
        why: {
            ...state.why,
            owner: created.ownerWhy('chown() failed'),
            group: created.groupWhy('chown() failed'),
        },
    };
    const failure = {
        kind: 'failure',
        message: `[pool ${pool}] failed to chown() the socket '${input.path}': Operation not permitted (1)`,
        origin: (g && g.value !== '' ? g : o)?.origin,
        staleSocket,
    };
    const mayChown = [];
    if (owner)
        mayChown.push(samePrincipal(owner.who, master.user));
    if (group) {
        const own = [master.group, ...(master.groups ?? []), created.group];
        mayChown.push(anyTrue(own.map((p) => samePrincipal(group.who, p))));
    }
    if (mayChown.includes(false))
        return failure;
    if (mayChown.includes('unknown')) {
        return {
            kind: 'undecided',
            question: `whether the master ${masterName} may chown the socket to ${showPrincipal(state.owner)}:${showPrincipal(state.group)}`,
            ifStarts: state,
            ifFails: failure,
        };
    }
    return state;
}
function lookupFailure(pool, what, s, name = s.value) {
    return { kind: 'failure', message: `[pool ${pool}] cannot get ${what} '${name}'`, origin: s.origin };
}
function settingOf(key, v) {
    if (v === undefined)
        return undefined;
    if (typeof v === 'string')
        return { key, written: key, value: v };
    return {
        key,
        written: v.key,
        value: v.value,
        origin: { kind: 'source', location: v.location, text: v.raw },
    };
}
/** K11: `posix_acl_create_masq()`: the new inode's ACL and mode from the directory's default ACL. */
function inheritDefaultAcl(mode, defaultAcl) {
    if (!defaultAcl || defaultAcl.length === 0)
        return { mode };
    const acl = defaultAcl.map((e) => ({ ...e }));
    let extended = false;
    let groupObj;
    let maskObj;
    for (const e of acl) {
        if (e.tag === 'user_obj') {
            e.perm &= (mode >> 6) & 7;
            mode = (mode & ~0o700) | (e.perm << 6);
        }
        else if (e.tag === 'other') {
            e.perm &= mode & 7;
            mode = (mode & ~0o007) | e.perm;
        }
        else if (e.tag === 'group_obj')
            groupObj = e;
        else {
            if (e.tag === 'mask')
                maskObj = e;
            extended = true;
        }
    }
    const g = maskObj ?? groupObj;
    if (g) {
        g.perm &= (mode >> 3) & 7;
        mode = (mode & ~0o070) | (g.perm << 3);
    }
    return extended ? { mode, acl: canonicalOrder(acl) } : { mode };
}
/**
 * F7: FPM adds one rw entry per name to the socket's access ACL, recomputes the mask (union of
 * the group class) and writes it back; stat then shows the mask as the group bits (trap 8).
 * undefined when two entries name the same user or group (acl_valid fails).
 */
function addAclEntries(state, added, why) {
    const m = state.mode;
    const current = state.acl ?? [
        { tag: 'user_obj', perm: (m >> 6) & 7 },
        { tag: 'group_obj', perm: (m >> 3) & 7 },
        { tag: 'other', perm: m & 7 },
    ];
    const entries = [...current.filter((e) => e.tag !== 'mask'), ...added];
    const named = entries.filter((e) => e.tag === 'user' || e.tag === 'group');
    const duplicate = named.some((e, i) => named.slice(i + 1).some((f) => f.tag === e.tag && samePrincipal(f.who, e.who) === true));
    if (duplicate)
        return undefined;
    const mask = entries
        .filter((e) => e.tag === 'group_obj' || e.tag === 'user' || e.tag === 'group')
        .reduce((bits, e) => bits | e.perm, 0);
    return {
        ...state,
        mode: (m & ~0o070) | (mask << 3),
        acl: canonicalOrder([...entries, { tag: 'mask', perm: mask }]),
        why: { ...state.why, acl: why },
    };
}
const TAG_ORDER = ['user_obj', 'user', 'group_obj', 'group', 'mask', 'other'];
/** The order getfacl shows and the kernel stores: owner, users, owning group, groups, mask, other. */
function canonicalOrder(acl) {
    return [...acl].sort((a, b) => TAG_ORDER.indexOf(a.tag) - TAG_ORDER.indexOf(b.tag));
}

;// CONCATENATED MODULE: ./src/engine/fix/lines.ts
function splitLines(text) {
    const parts = text.split('\n');
    return parts.map((part, i) => {
        const last = i === parts.length - 1;
        if (last)
            return { text: part, eol: '' };
        return part.endsWith('\r') ? { text: part.slice(0, -1), eol: '\r\n' } : { text: part, eol: '\n' };
    });
}
/** The line ending to use for a new line written after `line`. */
function eolAfter(file, lines, line) {
    const own = lines[line - 1]?.eol;
    if (own)
        return own;
    const previous = lines[line - 2]?.eol;
    return previous || (file.crlf ? '\r\n' : '\n');
}
/**
 * Files whose text socklint read with template placeholders replaced: columns after a
 * replaced placeholder do not match the file on disk, so fixes only insert whole lines there.
 */
function isTemplate(file) {
    return /\.(j2|jinja2?|tpl|tmpl|template)$/i.test(file.path) || /\{\{|\{%|\u01c2/.test(file.text);
}

;// CONCATENATED MODULE: ./src/engine/verdict/kernel.ts

const WANT_BIT = { write: 2, search: 1 };
/**
 * The kernel's decision (fs/namei.c acl_permission_check, fs/posix_acl.c posix_acl_permission)
 * for writing a socket or searching a directory.
 */
function permits(c, n, want, options = {}) {
    // K9: CAP_DAC_OVERRIDE covers write on any inode and search on directories.
    if (c.dacOverride)
        return { allowed: true, want, decidedBy: 'dac-override', unknowns: [] };
    const bit = WANT_BIT[want];
    const m = n.mode & 0o777;
    const decide = (decidedBy, bits, extra = {}) => ({
        allowed: (bits & bit) === bit,
        want,
        decidedBy,
        bits,
        unknowns: [],
        ...extra,
    });
    const same = (a, b) => samePrincipal(a, b, options);
    const inGroup = (g) => anyTrue([c.group, ...c.groups].map((x) => same(x, g)));
    const memberQuestion = (g) => `whether ${showPrincipal(c.user)} is in group ${showPrincipal(g)}`;
    const notOwner = () => {
        // K10: the ACL is consulted only when the group bits (the mask) are not all zero.
        if (n.acl && (m & 0o070) !== 0)
            return aclDecision(n.acl);
        const grp = (m >> 3) & 7;
        const oth = m & 7;
        // K3: when group and other agree on the bit, membership is not looked up.
        if (((grp ^ oth) & bit) === 0)
            return decide('other', oth, { groupBitsEqualOther: true });
        return branch(inGroup(n.group), memberQuestion(n.group), () => decide('group', grp, { viaGroup: n.group }), () => decide('other', oth));
    };
    const aclDecision = (acl) => {
        const mask = acl.find((e) => e.tag === 'mask')?.perm ?? 7;
        const other = acl.find((e) => e.tag === 'other')?.perm ?? m & 7;
        const users = acl.filter((e) => e.tag === 'user' && e.who);
        // Owning group first, then named groups, in ACL order.
        const groupObj = acl.find((e) => e.tag === 'group_obj') ?? {
            tag: 'group_obj',
            perm: (m >> 3) & 7,
        };
        const groups = [
            { entry: groupObj, who: n.group },
            ...acl.filter((e) => e.tag === 'group' && e.who).map((e) => ({ entry: e, who: e.who })),
        ];
        // K10: a named-user entry matching the uid decides, ANDed with the mask.
        const byUser = (i) => i === users.length
            ? byGroup(0, undefined)
            : branch(same(c.user, users[i].who), `whether ${showPrincipal(c.user)} is ${showPrincipal(users[i].who)}`, () => decide('acl-user', users[i].perm & mask, { bits: users[i].perm, mask, entry: users[i] }), () => byUser(i + 1));
        // K10: the first matching group entry with the bit decides (with the mask); if some group
        // entry matched and none has the bit, access is denied and other is not reached.
        const byGroup = (i, matched) => {
            if (i === groups.length) {
                return matched ? decide('acl-group', 0, { viaGroup: matched, mask }) : decide('acl-other', other);
            }
            const { entry, who } = groups[i];
            const grants = (entry.perm & bit) === bit;
            return branch(inGroup(who), memberQuestion(who), () => grants
                ? decide('acl-group', entry.perm & mask, { bits: entry.perm, mask, entry, viaGroup: who })
                : byGroup(i + 1, matched ?? who), () => byGroup(i + 1, matched));
        };
        return byUser(0);
    };
    // K3: if the client owns the inode only the owner bits count, even when they deny; ACL
    // entries never apply to the owner (K10).
    return branch(same(c.user, n.owner), `whether ${showPrincipal(c.user)} is the owner ${showPrincipal(n.owner)}`, () => decide('owner', (m >> 6) & 7), () => notOwner());
}
/**
 * Follows a comparison. When it is undecidable both outcomes are evaluated: if they agree the
 * answer stands (the comparison does not matter), otherwise it is unknown.
 */
function branch(cond, question, ifTrue, ifFalse) {
    if (cond === true)
        return ifTrue();
    if (cond === false)
        return ifFalse();
    const a = ifTrue();
    const b = ifFalse();
    const unknowns = [question, ...a.unknowns, ...b.unknowns].filter((q, i, all) => all.indexOf(q) === i);
    const allowed = a.allowed !== 'unknown' && a.allowed === b.allowed ? a.allowed : 'unknown';
    return { allowed, want: a.want, unknowns };
}
/**
 * connect() to an absolute socket path (K1): search (x, not r: K5) on each ancestor whose mode
 * is known (unknown modes are skipped, not guessed), then write on the socket (K2). A missing
 * socket is ENOENT (K6); a stale one the client may write is ECONNREFUSED (K7).
 */
function connectVerdict(creds, socketPath, socket, dirs, options = {}) {
    const checks = [];
    let undecided;
    for (const path of ancestors(socketPath)) {
        const fact = dirs(path);
        if (fact?.mode === undefined) {
            checks.push({ path, kind: 'directory' });
            continue;
        }
        const inode = directoryInode(fact, options.directoryDb);
        const check = {
            path,
            kind: 'directory',
            inode,
            permission: permits(creds, inode, 'search', options),
        };
        checks.push(check);
        // Whatever an earlier undecidable directory does, a certain denial here means EACCES.
        if (check.permission.allowed === false)
            return { verdict: 'EACCES', deniedAt: path, decision: check, checks };
        if (check.permission.allowed === 'unknown')
            undecided ??= check;
    }
    if (!socket) {
        return undecided ? { verdict: 'UNKNOWN', decision: undecided, checks } : { verdict: 'ENOENT', checks };
    }
    const check = {
        path: socketPath,
        kind: 'socket',
        inode: socket,
        permission: permits(creds, socket, 'write', options),
    };
    checks.push(check);
    const allowed = check.permission.allowed;
    // A certain denial on the socket means EACCES whatever the undecided directory does.
    if (allowed === false)
        return { verdict: 'EACCES', deniedAt: socketPath, decision: check, checks };
    if (undecided)
        return { verdict: 'UNKNOWN', decision: undecided, checks };
    if (allowed === 'unknown')
        return { verdict: 'UNKNOWN', decision: check, checks };
    // K7: the write check runs before the listener check.
    return { verdict: socket.stale ? 'ECONNREFUSED' : 'OK', decision: check, checks };
}
/** `/run/php/app.sock` → `/`, `/run`, `/run/php`. A relative path has no known ancestors. */
function ancestors(path) {
    if (!path.startsWith('/'))
        return [];
    const parts = path.split('/').filter((p) => p !== '');
    return parts.map((_, i) => '/' + parts.slice(0, i).join('/'));
}
function directoryInode(fact, db) {
    return {
        owner: fact.owner === undefined ? {} : resolveUser(db, principalOf(fact.owner)),
        group: fact.group === undefined ? {} : resolveGroup(db, principalOf(fact.group)),
        mode: fact.mode,
    };
}

;// CONCATENATED MODULE: ./src/engine/rules/evaluate.ts
/**
 * The verdict for every Unix-socket client of a unit: who the worker is, the socket FPM creates
 * for the pool it reaches, and what connect() then does. Rules and the socket table read these.
 */





const LISTEN_KEYS = ['listen.owner', 'listen.group', 'listen.mode', 'listen.acl_users', 'listen.acl_groups'];
function evaluateUnit(graph) {
    const out = [];
    const socketCache = new Map();
    for (const link of graph.links) {
        if (link.client.target.kind === 'tcp')
            continue;
        out.push(evaluateLink(graph, link, socketCache));
    }
    return out;
}
function evaluateLink(graph, link, cache) {
    const { client } = link;
    const nginxProblem = link.nginx.config.problems[0];
    if (nginxProblem) {
        return fail(link, 'nginx-fails', 'nginx', nginxProblem.message, nginxProblem);
    }
    const worker = link.nginx.worker;
    if (worker?.kind === 'failure' && workerFailureIsCertain(graph, link.nginx.config)) {
        return fail(link, 'nginx-fails', 'nginx', worker.message);
    }
    if (client.target.kind === 'unresolved') {
        return { link, verdict: 'unknown', reason: `the target depends on ${client.target.unresolved.what.join(', ')}` };
    }
    const socketPath = link.path;
    if (!socketPath.startsWith('/')) {
        return { link, verdict: 'unknown', reason: `${socketPath} is relative: nginx resolves it against the worker's working directory` };
    }
    const target = link.target;
    if (!target) {
        if (graph.fpm.length === 0) {
            return { link, verdict: 'unknown', reason: `no PHP-FPM configuration of ${graph.unit.id} is in the repository` };
        }
        const failing = graph.fpm.find((f) => f.config.problems.length > 0);
        if (failing && graph.fpm.every((f) => f.config.problems.length > 0)) {
            const problem = failing.config.problems[0];
            return fail(link, 'fpm-fails', 'php-fpm', problem.message, problem);
        }
        return { link, verdict: 'no-socket', reason: `no PHP-FPM pool of ${graph.unit.id} listens on ${socketPath}` };
    }
    const fpmProblem = target.fpm.config.problems[0];
    if (fpmProblem)
        return fail(link, 'fpm-fails', 'php-fpm', fpmProblem.message, fpmProblem);
    const unknownSettings = LISTEN_KEYS.flatMap((k) => target.pool.settings.get(k)?.unresolved?.what ?? []);
    if (unknownSettings.length > 0) {
        return { link, verdict: 'unknown', reason: `pool [${target.pool.name}]'s listen.* settings depend on ${unknownSettings.join(', ')}` };
    }
    let socketResult = cache.get(target.pool);
    if (!socketResult) {
        socketResult = socketOf(graph, target.fpm, target.pool, socketPath);
        cache.set(target.pool, socketResult);
    }
    if (socketResult.kind === 'failure') {
        const unknownName = /cannot get [ug]id for (user|group) '([^' ,]+)'/.exec(socketResult.message);
        if (unknownName && graph.unit.kind !== 'image') {
            // A host's users are not all in the repository: an undefined name is unknown, not fatal.
            const reason = `${unknownName[1]} ${unknownName[2]} is not defined by anything socklint reads (declare it under ${unknownName[1]}s: in .socklint.yml)`;
            return { link, verdict: 'unknown', reason, socketResult };
        }
        return { ...fail(link, 'fpm-fails', 'php-fpm', socketResult.message), socketResult };
    }
    if (socketResult.kind === 'undecided') {
        return { link, verdict: 'unknown', reason: `cannot tell ${socketResult.question}`, socketResult };
    }
    const socket = socketResult;
    if (!worker || worker.kind === 'failure') {
        const why = worker?.kind === 'failure'
            ? `${worker.message}: the nginx user is not defined by anything in the repository`
            : 'nothing says which user the nginx workers run as (unknown platform: set web-user in .socklint.yml)';
        return { link, verdict: 'unknown', reason: why, socket, socketResult };
    }
    const connect = connectVerdict(worker, socketPath, socket, (p) => graph.state.directories.get(p));
    const reason = explainConnect(worker, socketPath, connect);
    const verdict = connect.verdict === 'OK'
        ? 'connects'
        : connect.verdict === 'EACCES'
            ? connect.deniedAt === socketPath
                ? 'permission-denied'
                : 'directory-denied'
            : 'unknown';
    return { link, verdict, reason, worker, socket, socketResult, connect };
}
/** The socket as FPM creates it for this pool (10.4), on this unit's machine. */
function socketOf(graph, fpm, pool, socketPath) {
    const settings = {};
    for (const key of LISTEN_KEYS) {
        const s = pool.settings.get(key);
        if (s)
            settings[key] = s;
    }
    return fpmSocket({
        pool: pool.name,
        path: socketPath,
        settings,
        db: graph.state.db,
        master: evaluate_masterOf(graph),
        aclSupport: fpm.aclSupported,
        directory: graph.state.directories.get(external_node_path_default().posix.dirname(socketPath)),
    });
}
function evaluate_masterOf(graph) {
    const user = graph.unit.runtimeUser?.user;
    if (!user)
        return undefined;
    const p = principalOf(user);
    const account = p.name ? graph.state.db.users.get(p.name) : undefined;
    return { user: p, group: account?.primaryGroup ? { name: account.primaryGroup } : p };
}
function fail(link, verdict, program, message, problem) {
    return {
        link,
        verdict,
        reason: `${program} does not start: ${message}`,
        startFailure: { program, message, problem },
    };
}
/**
 * An image's users are all known; on a host only the accounts the repository creates are. A
 * failing getgrnam/getpwnam is then certain, otherwise the name may exist outside the repository.
 */
function workerFailureIsCertain(graph, nginx) {
    if (graph.unit.kind === 'image')
        return true;
    const user = nginx.user?.user;
    return user !== undefined && graph.state.db.users.get(user)?.origin.kind === 'source';
}
/** `www-data (groups: www-data)` for messages and the socket table. */
function workerLabel(worker) {
    if (!worker)
        return 'unknown';
    if (worker.kind === 'failure')
        return `(${worker.message})`;
    return describeCreds(worker);
}

;// CONCATENATED MODULE: ./src/engine/fix/recheck.ts


const recheck_LISTEN_KEYS = [
    'listen.owner',
    'listen.group',
    'listen.mode',
    'listen.acl_users',
    'listen.acl_groups',
];
function currentValues(pool) {
    const out = {};
    for (const key of recheck_LISTEN_KEYS) {
        const s = pool.settings.get(key);
        if (s)
            out[key] = s.value;
    }
    return out;
}
function recheck(subject, values) {
    const { graph, fpm, pool } = subject;
    const result = socketOf(graph, fpm, withValues(pool, values), subject.socketPath);
    if (result.kind === 'failure')
        return { ok: false, failure: result.message, results: [] };
    if (result.kind === 'undecided')
        return { ok: false, failure: `cannot tell ${result.question}`, results: [] };
    const results = subject.clients.map((client) => ({
        client,
        connect: connectVerdict(client.worker, client.path, result, (p) => graph.state.directories.get(p)),
    }));
    return { ok: results.every((r) => r.connect.verdict === 'OK'), socket: result, results };
}
/** The pool as FPM would read it with these listen.* values (other settings untouched). */
function withValues(pool, values) {
    const settings = new Map(pool.settings);
    const template = pool.listen?.setting ?? pool.assignments[0];
    for (const key of recheck_LISTEN_KEYS) {
        const value = values[key];
        if (value === undefined) {
            settings.delete(key);
            continue;
        }
        const known = pool.settings.get(key);
        if (known?.value === value)
            continue;
        const base = known ?? template;
        settings.set(key, { ...base, key, value, raw: value });
    }
    return { ...pool, settings };
}

;// CONCATENATED MODULE: ./src/engine/fix/edits.ts



/** Built-in files (the platform's) carry a path in parentheses and are never edited. */
const isBuiltin = (file) => file.startsWith('(');
function editsFor(pool, files, target) {
    const sources = new Map();
    const source = (path) => {
        if (isBuiltin(path))
            return undefined;
        let s = sources.get(path);
        if (!s) {
            const file = files.get(path);
            if (!file)
                return undefined;
            s = { file, lines: splitLines(file.text), template: isTemplate(file) };
            sources.set(path, s);
        }
        return s;
    };
    const edits = [];
    const changes = [];
    const inserts = new Map();
    const expected = [];
    for (const key of recheck_LISTEN_KEYS) {
        const current = pool.settings.get(key);
        const want = target[key];
        if (want === undefined) {
            if (!current || current.value === '')
                continue;
            // Commenting the effective line out must not let an earlier assignment take over.
            if (pool.assignments.some((a) => a !== current && a.key.toLowerCase() === key)) {
                return { reason: `${key} is assigned more than once in pool [${pool.name}]; remove the extra lines by hand` };
            }
            const s = source(current.location.file);
            if (!s)
                return { reason: `${key} of pool [${pool.name}] comes from ${current.location.file}, which is not in the repository` };
            const at = current.keyLocation;
            edits.push({ file: at.file, ...span(at.line, at.column, at.line, at.endColumn), newText: ';' + s.lines[at.line - 1].text.slice(at.column - 1, at.endColumn - 1) });
            expected.push({ file: at.file, line: at.line, key, value: null });
            changes.push(`${key} commented out (PHP-FPM ignores it next to an ACL)`);
            continue;
        }
        if (current && current.value === want)
            continue;
        const s = current ? source(current.location.file) : undefined;
        if (current && s) {
            if (s.template)
                return { reason: `${current.location.file} is a template: socklint does not rewrite its lines` };
            edits.push({ file: current.location.file, ...spanOf(current.valueLocation), newText: valueText(s, current, want) });
            expected.push({ file: current.location.file, line: current.location.line, key, value: want });
            changes.push(`${key} = ${want}`);
            continue;
        }
        const commented = current ? undefined : commentedDefault(pool, key, source);
        if (commented) {
            const { s, line, entry, prefixEnd } = commented;
            const file = s.file.path;
            const comment = s.lines[line - 1].text;
            const indent = comment.length - comment.trimStart().length;
            edits.push({ file, ...span(line, indent + 1, line, prefixEnd + 1), newText: '' });
            if (entry.value !== want) {
                const from = prefixEnd + entry.rawSpan.column;
                const to = prefixEnd + entry.rawSpan.endColumn;
                edits.push({ file, ...span(line, from, line, to), newText: bareOrQuoted(entry.raw, want, comment[from - 2] === '=') });
            }
            expected.push({ file, line, key, value: want });
            changes.push(`${key} = ${want} (uncommented)`);
            continue;
        }
        const anchor = anchorFor(pool, current, source);
        if (!anchor)
            return { reason: `pool [${pool.name}] has no line in the repository after which ${key} could be written` };
        inserts.set(anchor, [...(inserts.get(anchor) ?? []), { key, value: want }]);
        changes.push(`${key} = ${want}`);
    }
    for (const [anchor, entries] of inserts) {
        const s = source(anchor.location.file);
        const line = anchor.location.line;
        const parsed = parseFpmLine(s.lines[line - 1].text, line);
        if (parsed.kind !== 'entry')
            return { reason: `cannot read the line after which ${entries[0].key} would go` };
        const text = s.lines[line - 1].text;
        const indent = text.slice(0, parsed.keySpan.column - 1);
        const before = text.slice(parsed.keySpan.endColumn - 1, parsed.eqSpan.column - 1);
        const after = text.slice(parsed.eqSpan.endColumn - 1, parsed.rawSpan.column - 1) || ' ';
        const eol = eolAfter(s.file, s.lines, line);
        const written = entries.map(({ key, value }) => `${indent}${key}${before}=${after}${bareOrQuoted('', value, false)}`);
        const atNextLine = s.lines[line - 1].eol !== '';
        if (!atNextLine && s.template)
            return { reason: `${anchor.location.file} is a template: socklint does not rewrite its lines` };
        edits.push(atNextLine
            ? { file: anchor.location.file, ...span(line + 1, 1, line + 1, 1), newText: written.map((w) => w + eol).join('') }
            : { file: anchor.location.file, ...span(line, text.length + 1, line, text.length + 1), newText: written.map((w) => eol + w).join('') });
        entries.forEach(({ key, value }, i) => expected.push({ text: written[i], key, value }));
    }
    const problem = readBack(edits, expected, sources);
    if (problem)
        return { reason: problem };
    return { edits: sortEdits(edits), changes };
}
/** The new value written the way the old one was: same quotes, a blank after a bare `=`. */
function valueText(s, current, want) {
    const line = s.lines[current.location.line - 1].text;
    const charBefore = line[current.valueLocation.column - 2];
    return bareOrQuoted(current.raw, want, current.raw === '' && charBefore === '=');
}
function bareOrQuoted(oldRaw, value, needsBlank) {
    const q = /^(["']).*\1$/.test(oldRaw) ? oldRaw[0] : /^[\w.,@+-]*$/.test(value) ? '' : '"';
    return `${needsBlank ? ' ' : ''}${q}${value}${q}`;
}
/**
 * A commented-out assignment of `key` (`;listen.owner = www-data`) inside one of the pool's
 * sections: after its `[name]` line, before the next section or include in that file (an include
 * may switch sections). The latest one wins, as FPM would read it last.
 */
function commentedDefault(pool, key, source) {
    for (const header of [...pool.sections].reverse()) {
        const s = source(header.file);
        if (!s || s.template)
            continue;
        let found;
        for (let line = header.line + 1; line <= s.lines.length; line++) {
            const text = s.lines[line - 1].text;
            const parsed = parseFpmLine(text, line);
            if (parsed.kind === 'section' || (parsed.kind === 'entry' && parsed.key === 'include'))
                break;
            if (parsed.kind !== 'comment')
                continue;
            const m = /^[ \t]*;+[ \t]*/.exec(text);
            const entry = parseFpmLine(text.slice(m[0].length), line);
            if (entry.kind === 'entry' && !entry.array && entry.key.toLowerCase() === key && entry.unresolved.length === 0) {
                found = { s, line, entry, prefixEnd: m[0].length };
            }
        }
        if (found)
            return found;
    }
    return undefined;
}
/**
 * The line new assignments follow: the pool's effective listen line, else its last assignment
 * in the repository; in both cases after the key's current (built-in) assignment, so the new
 * one is read last.
 */
function anchorFor(pool, current, source) {
    const after = current ? pool.assignments.indexOf(current) : -1;
    const usable = pool.assignments.filter((a, i) => i > after && source(a.location.file) && !a.key.includes('['));
    const listen = pool.listen?.setting;
    if (listen && usable.includes(listen))
        return listen;
    return usable[usable.length - 1];
}
/** Applies the edits to the lines they touch and reads each line back as FPM would. */
function readBack(edits, expected, sources) {
    for (const want of expected) {
        let text;
        if ('text' in want)
            text = want.text;
        else {
            text = sources.get(want.file).lines[want.line - 1].text;
            const mine = edits.filter((e) => e.file === want.file && e.line === want.line && e.endLine === want.line);
            for (const e of [...mine].sort((a, b) => b.column - a.column)) {
                text = text.slice(0, e.column - 1) + e.newText + text.slice(e.endColumn - 1);
            }
        }
        const parsed = parseFpmLine(text, 1);
        const ok = want.value === null
            ? parsed.kind === 'comment'
            : parsed.kind === 'entry' &&
                !parsed.array &&
                parsed.key.toLowerCase() === want.key &&
                parsed.value === want.value &&
                parsed.unresolved.length === 0;
        if (!ok)
            return `cannot write ${want.key}${want.value === null ? '' : ` = ${want.value}`} so that PHP-FPM reads it as intended`;
    }
    return undefined;
}
/** In file order; an insertion sorts before a replacement that starts at the same place. */
function sortEdits(edits) {
    return [...edits].sort((a, b) => a.file.localeCompare(b.file) ||
        a.line - b.line ||
        a.column - b.column ||
        a.endLine - b.endLine ||
        a.endColumn - b.endColumn);
}
function span(line, column, endLine, endColumn) {
    return { line, column, endLine, endColumn };
}
function spanOf(s) {
    return span(s.line, s.column, s.endLine, s.endColumn);
}

;// CONCATENATED MODULE: ./src/engine/fix/mode.ts
/**
 * listen.mode values as a fix writes them: what an invalid mode evidently meant, and whether a
 * value is the plain octal FPM reads the way it looks (the check of socket-mode-invalid).
 */

/** Octal digits that strtoul reads as written, with no bits beyond 0777 (e.g. `0660`, `660`). */
function isPlainOctal(value) {
    return /^[0-7]+$/.test(value) && parseInt(value, 8) === fpmModeOf(value);
}
const SYMBOLIC = /^[ugoa]*[-+=][rwx]*(,[ugoa]*[-+=][rwx]*)*$/;
/**
 * The mode an invalid listen.mode was evidently meant to be: `0o660` → 0o660, `4666` → 0o666,
 * chmod's symbolic `u+rw,g+rw` → 0o660 (applied to 0000, as FPM has no base mode to change).
 * undefined when nothing is evident (`999`, `yes`).
 */
function evidentMode(value) {
    const v = value.trim();
    const prefixed = /^0[oO]([0-7]{1,4})$/.exec(v);
    if (prefixed)
        return parseInt(prefixed[1], 8) & 0o777;
    if (/^[0-7]{1,4}$/.test(v))
        return parseInt(v, 8) & 0o777;
    if (SYMBOLIC.test(v))
        return symbolicMode(v);
    return undefined;
}
function symbolicMode(text) {
    let mode = 0;
    for (const clause of text.split(',')) {
        const [, who, op, perms] = /^([ugoa]*)([-+=])([rwx]*)$/.exec(clause);
        const bits = (perms.includes('r') ? 4 : 0) | (perms.includes('w') ? 2 : 0) | (perms.includes('x') ? 1 : 0);
        const classes = who === '' || who.includes('a') ? 'ugo' : who;
        for (const c of classes) {
            const shift = c === 'u' ? 6 : c === 'g' ? 3 : 0;
            if (op === '=')
                mode &= ~(7 << shift);
            if (op === '-')
                mode &= ~(bits << shift);
            else
                mode |= bits << shift;
        }
    }
    return mode;
}

;// CONCATENATED MODULE: ./src/engine/fix/plan.ts
/**
 * The fix planner: for one pool, the smallest change of its listen.* values after which every
 * web server of the unit that reaches the socket connects, "other" gains nothing, and the
 * pool's own listen.* findings are gone. Candidates are tried in order of preference and each
 * one is judged by the verdict functions themselves (recheck), never by a shortcut.
 */





function planPool(subject) {
    const current = currentValues(subject.pool);
    const aclSupport = subject.fpm.aclSupported;
    if (isSound(current, aclSupport) && recheck(subject, current).ok)
        return { kind: 'clean' };
    for (const candidate of candidates(subject, current)) {
        const values = withMode(subject, current, candidate.values);
        if (!values || !isSound(values, aclSupport) || widensOther(current, values))
            continue;
        if (recheck(subject, values).ok)
            return { kind: 'fix', values, route: candidate.route };
    }
    return { kind: 'none', reason: whyNot(subject, current) };
}
const nonEmpty = (v) => v !== undefined && v !== '';
/** What the listen.* rules check besides the verdict: a plain octal mode, no world write, explicit ownership, nothing ignored. */
function isSound(values, aclSupport) {
    const mode = values['listen.mode'];
    if (nonEmpty(mode) && !isPlainOctal(mode))
        return false;
    if ((fpmModeOf(mode ?? '') & 0o002) !== 0)
        return false;
    const acl = nonEmpty(values['listen.acl_users']) || nonEmpty(values['listen.acl_groups']);
    const ownership = nonEmpty(values['listen.owner']) || nonEmpty(values['listen.group']);
    if (!acl && !ownership)
        return false;
    return !(aclSupport && acl && ownership);
}
function widensOther(before, after) {
    const was = fpmModeOf(before['listen.mode'] ?? '') & 0o007;
    const now = fpmModeOf(after['listen.mode'] ?? '') & 0o007;
    return (now & ~was) !== 0;
}
/** Ownership candidates, most preferred first; the mode is settled afterwards for each. */
function* candidates(subject, current) {
    yield { route: 'mode', values: current };
    const { fpm } = subject;
    const users = distinctUsers(subject.clients);
    const single = users.length === 1 ? subject.clients[0].worker : undefined;
    const owner = current['listen.owner'];
    const group = current['listen.group'];
    if (nonEmpty(current['listen.acl_users']) || nonEmpty(current['listen.acl_groups'])) {
        const added = withAclEntries(subject, current);
        if (added)
            yield { route: 'acl', values: withoutOwnership(added) };
        return;
    }
    const userName = single && nameOf(single.user);
    const groupName = single && nameOf(single.group);
    if (!nonEmpty(owner) && !nonEmpty(group) && userName && groupName) {
        // The conventional socket: the web server's user and group (Debian's packaged www.conf).
        yield { route: 'owner-and-group', values: { ...current, 'listen.owner': userName, 'listen.group': groupName } };
    }
    // Fill in what is unset before replacing what the configuration chose.
    if (!nonEmpty(owner) && nonEmpty(group) && userName) {
        yield { route: 'owner', values: { ...current, 'listen.owner': userName } };
    }
    for (const shared of sharedGroups(subject, owner)) {
        if (shared !== group)
            yield { route: 'group', values: { ...current, 'listen.group': shared } };
    }
    if (userName && groupName) {
        yield { route: 'owner-and-group', values: { ...current, 'listen.owner': userName, 'listen.group': groupName } };
    }
    const names = users.map(nameOf);
    if (fpm.aclSupported && users.length > 1 && names.every((n) => n && subject.graph.state.db.users.has(n))) {
        yield { route: 'acl', values: withoutOwnership({ ...current, 'listen.acl_users': names.join(',') }) };
    }
}
/**
 * The mode for an ownership candidate: the current one (what an invalid value evidently meant,
 * 0660 for a world-writable one, never more for "other"), plus rw for the class that decides
 * for each client that is still denied (the owner class even when it denies, K3).
 */
function withMode(subject, current, values) {
    const written = current['listen.mode'];
    const effective = fpmModeOf(written ?? '');
    let mode = !nonEmpty(written) ? 0o660 : isPlainOctal(written) ? effective : (evidentMode(written) ?? 0o660);
    if (mode & 0o002)
        mode = 0o660;
    mode = (mode & ~0o007) | (mode & effective & 0o007);
    for (let round = 0; round < 3; round++) {
        const check = recheck(subject, { ...values, 'listen.mode': formatMode(mode) });
        if (!check.socket)
            return undefined;
        let add = 0;
        for (const { connect } of check.results) {
            if (connect.verdict !== 'EACCES' || connect.decision?.kind !== 'socket')
                continue;
            const by = connect.decision.permission?.decidedBy;
            if (by === 'owner')
                add |= 0o600;
            else if (by === 'group' || by === 'acl-group')
                add |= 0o060;
        }
        if ((mode | add) === mode)
            break;
        mode |= add;
    }
    const keep = (!nonEmpty(written) && mode === 0o660) || (nonEmpty(written) && isPlainOctal(written) && effective === mode);
    return { ...values, 'listen.mode': keep ? written : formatMode(mode) };
}
/** Adds every client that is denied to the pool's ACL list: users to acl_users, else groups to acl_groups. */
function withAclEntries(subject, current) {
    const denied = recheck(subject, current).results.filter((r) => r.connect.verdict !== 'OK').map((r) => r.client.worker);
    if (denied.length === 0)
        return current;
    const db = subject.graph.state.db;
    const byUser = nonEmpty(current['listen.acl_users']) || !nonEmpty(current['listen.acl_groups']);
    const key = byUser ? 'listen.acl_users' : 'listen.acl_groups';
    const list = nonEmpty(current[key]) ? current[key].split(',') : [];
    for (const worker of denied) {
        const name = nameOf(byUser ? worker.user : worker.group);
        if (!name || !(byUser ? db.users.has(name) : db.groups.has(name)))
            return undefined;
        if (!list.includes(name))
            list.push(name);
    }
    return { ...current, [key]: list.join(',') };
}
/** With an ACL FPM ignores listen.owner and listen.group: the fix comments them out. */
function withoutOwnership(values) {
    const out = { ...values };
    for (const key of ['listen.owner', 'listen.group'])
        if (nonEmpty(out[key]))
            delete out[key];
    return out;
}
/**
 * Groups every client is in, as names FPM can look up: the owner's primary group first (it keeps
 * the owner's intent), then each client's own group, then the others; never root.
 */
function sharedGroups(subject, owner) {
    const { clients } = subject;
    const db = subject.graph.state.db;
    if (clients.length === 0)
        return [];
    const ownerAccount = nonEmpty(owner) ? resolveUser(db, principalOf(owner)) : undefined;
    const ownerPrimary = ownerAccount?.name ? db.users.get(ownerAccount.name)?.primaryGroup : undefined;
    const ordered = [
        ...(ownerPrimary ? [resolveGroup(db, { name: ownerPrimary })] : []),
        ...clients.map((c) => c.worker.group),
        ...clients.flatMap((c) => c.worker.groups),
    ];
    const out = [];
    for (const g of ordered) {
        const name = nameOf(g);
        if (!name || name === 'root' || g.id === 0 || out.includes(name))
            continue;
        const inAll = clients.every((c) => [c.worker.group, ...c.worker.groups].some((x) => samePrincipal(x, g) === true));
        if (inAll && (db.groups.has(name) || /^\d+$/.test(name)))
            out.push(name);
    }
    return out;
}
function distinctUsers(clients) {
    const out = [];
    for (const c of clients)
        if (!out.some((u) => samePrincipal(u, c.worker.user) === true))
            out.push(c.worker.user);
    return out;
}
/** The name FPM would look up, else the number (listen.owner/group accept both). */
function nameOf(p) {
    return p.name ?? (p.id === undefined ? undefined : String(p.id));
}
function whyNot(subject, current) {
    const { clients, pool, socketPath, fpm } = subject;
    const denied = recheck(subject, current).results.find((r) => r.connect.decision?.kind === 'directory' && r.connect.verdict === 'EACCES');
    if (denied) {
        return `the directory ${denied.connect.deniedAt} denies search to ${showPrincipal(denied.client.worker.user)}: no listen.* setting changes that`;
    }
    if (clients.length === 0) {
        return `no web server of ${subject.graph.unit.id} connects to ${socketPath}, so nothing says who should own it`;
    }
    const users = distinctUsers(clients);
    if (users.length > 1) {
        const who = users.map(showPrincipal).join(', ');
        return fpm.aclSupported
            ? `the web servers run as ${who}, which share no group and cannot all be given access through listen.acl_users`
            : `the web servers run as ${who}, which share no group, and this PHP-FPM is built without ACL support: put them in one group and set listen.group of pool [${pool.name}] to it`;
    }
    return `no listen.* change lets ${showPrincipal(users[0])} connect to ${socketPath} without opening it to other users`;
}

;// CONCATENATED MODULE: ./src/engine/fix/attach.ts






/** The rules whose findings a listen.* change of the pool resolves. */
const attach_FIXABLE_RULES = new Set([
    'socket-permission-denied',
    'socket-ownership-implicit',
    'socket-mode-invalid',
    'socket-world-writable',
    'socket-owner-ignored',
]);
/** Plans the pools that fixable findings point at and attaches the fixes to those findings. */
function attachFixes(graphs, evaluations, raw) {
    const outcomes = attach_planFixes(graphs, evaluations, raw.map((r) => ({ ...r, poolName: r.identity[0] })));
    for (const finding of raw) {
        if (finding.fix || !attach_FIXABLE_RULES.has(finding.rule))
            continue;
        const fix = attach_outcomeOf(outcomes, finding, finding.identity[0])?.fix;
        if (fix)
            finding.fix = { ...fix, edits: fix.edits.map((e) => ({ ...e })) };
    }
    return outcomes;
}
/** The outcome for the pool a finding is about: same unit and socket, and the pool's name when known. */
function attach_outcomeOf(outcomes, finding, poolName) {
    return outcomes.find((o) => o.unit === finding.unit &&
        finding.socket !== undefined &&
        o.paths.has(finding.socket) &&
        (poolName === undefined || poolName === o.pool.name));
}
function attach_planFixes(graphs, evaluations, targets) {
    const outcomes = [];
    const readers = filesByUnit(graphs);
    for (const graph of graphs) {
        const unitEvals = evaluations.filter((e) => graph.links.includes(e.link));
        const wanted = targets.filter((t) => t.unit === graph.unit.id && attach_FIXABLE_RULES.has(t.rule));
        if (wanted.length === 0)
            continue;
        for (const fpm of graph.fpm) {
            for (const pool of fpm.config.pools) {
                const socketPath = poolSocketPath(pool);
                if (!socketPath)
                    continue;
                const links = unitEvals.filter((e) => e.link.target?.pool === pool);
                const paths = new Set([socketPath, ...links.map((e) => e.link.path)]);
                const about = (t) => t.socket !== undefined && paths.has(t.socket) && (t.poolName ?? pool.name) === pool.name;
                if (!wanted.some(about))
                    continue;
                const outcome = { unit: graph.unit.id, pool, paths };
                const planned = planOne(graph, { graph, fpm, pool, socketPath, clients: [] }, links, fpm.config.files.map((f) => f.file));
                if ('reason' in planned)
                    outcome.reason = planned.reason;
                else
                    outcome.fix = sharedFileCaveat(planned.fix, graph.unit.id, readers);
                outcomes.push(outcome);
            }
        }
    }
    return outcomes;
}
function planOne(graph, subject, links, files) {
    const { pool, fpm } = subject;
    if (pool.listen?.address.kind !== 'unix')
        return { reason: `pool [${pool.name}]'s listen address is not known` };
    const unknown = recheck_LISTEN_KEYS.flatMap((k) => pool.settings.get(k)?.unresolved?.what ?? []);
    if (unknown.length > 0)
        return { reason: `pool [${pool.name}]'s listen.* settings depend on ${unknown.join(', ')}: no fix on a guess` };
    if (fpm.config.problems.length > 0) {
        return { reason: `PHP-FPM does not start with this configuration (${fpm.config.problems[0].message}): fix that first` };
    }
    const clients = [];
    for (const e of links) {
        const worker = e.link.nginx.worker;
        if (worker?.kind !== 'creds') {
            return {
                reason: worker
                    ? `the nginx that connects at ${e.link.client.location.file}:${e.link.client.location.line} does not start (${worker.message})`
                    : `nothing says which user the nginx workers of ${graph.unit.id} run as (set web-user in .socklint.yml)`,
            };
        }
        clients.push({ evaluation: e, worker, path: e.link.path });
    }
    const full = { ...subject, clients };
    const plan = planPool(full);
    if (plan.kind === 'clean')
        return { reason: `pool [${pool.name}] needs no listen.* change` };
    if (plan.kind === 'none')
        return { reason: plan.reason };
    const built = editsFor(pool, new Map(files.map((f) => [f.path, f])), plan.values);
    if ('reason' in built)
        return built;
    if (built.edits.length === 0)
        return { reason: `pool [${pool.name}] needs no listen.* change` };
    return {
        fix: {
            // With no web server in the repository, narrowing the mode could lock out a client socklint does not see.
            safe: clients.length > 0 || !narrows(pool, plan.values['listen.mode']),
            description: attach_describe(pool, plan.route, built.changes, clients),
            edits: built.edits,
        },
    };
}
/** Some permission bit of the socket would go away. */
function narrows(pool, mode) {
    return (fpmModeOf(pool.settings.get('listen.mode')?.value ?? '') & ~fpmModeOf(mode ?? '')) !== 0;
}
const ROUTE_WORDS = {
    mode: 'through the class that already applies to it',
    'owner-and-group': 'as the owner of the socket',
    owner: 'as the owner of the socket',
    group: 'through the socket group',
    acl: 'through the socket ACL',
};
function attach_describe(pool, route, changes, clients) {
    const who = [...new Set(clients.map((c) => describeCreds(c.worker)))];
    const access = who.length > 0 ? `, so that nginx ${who.join(' and ')} can connect ${ROUTE_WORDS[route]}` : '';
    return `pool [${pool.name}]: ${changes.join(', ')}${access}`;
}
/** Repository files of each unit's PHP-FPM, to notice a pool file two units share. */
function filesByUnit(graphs) {
    const out = new Map();
    for (const g of graphs) {
        for (const f of g.fpm.flatMap((i) => i.config.files)) {
            out.set(f.file.path, (out.get(f.file.path) ?? new Set()).add(g.unit.id));
        }
    }
    return out;
}
/** A fix checked for one unit may change another unit reading the same file: shown, applied only on request. */
function sharedFileCaveat(fix, unit, readers) {
    const others = [...new Set(fix.edits.flatMap((e) => [...(readers.get(e.file) ?? [])]))].filter((u) => u !== unit);
    if (others.length === 0)
        return fix;
    return { ...fix, safe: false, description: `${fix.description} (the file is also read by ${others.join(', ')})` };
}

;// CONCATENATED MODULE: ./src/engine/fix/patches.ts
/**
 * Applying fixes to files: the edits of the chosen fixes, merged per file (a pool's shared
 * fix counted once), then written into the text with every other byte kept (BOM, CRLF).
 */



/** The fixes `--fix` applies (safe ones; unsafe too when asked), minus those that clash. */
function selectFixes(result, options = {}) {
    const applied = [];
    const skipped = [];
    const accepted = [];
    for (const finding of result.findings) {
        const fix = finding.fix;
        if (!fix)
            continue;
        if (!fix.safe && !options.unsafe) {
            skipped.push({ finding, reason: `unsafe fix not applied without --unsafe-fixes: ${fix.description}` });
            continue;
        }
        const same = applied.find((a) => sameEdits(a.fix.edits, fix.edits));
        if (same) {
            same.findings.push(finding);
            continue;
        }
        if (fix.edits.some((e) => e.file.startsWith('('))) {
            skipped.push({ finding, reason: 'the fix would edit a file the platform ships' });
            continue;
        }
        const fresh = fix.edits.filter((e) => !accepted.some((a) => sameEdit(a, e)));
        if (fresh.some((e) => accepted.some((a) => overlaps(a, e)))) {
            skipped.push({ finding, reason: `its edits overlap another fix's: ${fix.description}` });
            continue;
        }
        accepted.push(...fresh);
        applied.push({ fix, findings: [finding] });
    }
    return { applied, skipped };
}
/** The files the selected fixes change, read from `root`, with their content before and after. */
async function planPatches(result, root, options = {}) {
    return patchFiles(selectFixes(result, options), root);
}
async function patchFiles(selection, root) {
    const byFile = new Map();
    for (const { fix } of selection.applied) {
        for (const edit of fix.edits) {
            const list = byFile.get(edit.file) ?? [];
            if (!list.some((e) => sameEdit(e, edit)))
                list.push(edit);
            byFile.set(edit.file, list);
        }
    }
    const out = [];
    for (const [file, edits] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
        const before = await readFile(path.join(root, ...file.split('/')), 'utf8');
        const bom = before.startsWith('\uFEFF') ? '\uFEFF' : '';
        const after = bom + applyEdits(before.slice(bom.length), edits);
        if (after !== before)
            out.push({ path: file, before, after });
    }
    return out;
}
/**
 * Applies non-overlapping edits to a text (positions as in TextEdit: 1-based, UTF-16 columns,
 * exclusive end). At one position an insertion goes before a replacement that starts there.
 */
function applyEdits(text, edits) {
    const starts = [0];
    for (let i = 0; i < text.length; i++)
        if (text[i] === '\n')
            starts.push(i + 1);
    const offset = (line, column) => {
        if (line > starts.length)
            throw new Error(`line ${line} is past the end of the text`);
        return starts[line - 1] + column - 1;
    };
    const located = edits.map((e) => ({ e, from: offset(e.line, e.column), to: offset(e.endLine, e.endColumn) }));
    // Last first, so earlier offsets stay valid; at equal starts the replacement goes first so the
    // insertion, applied after it, lands in front of it.
    located.sort((a, b) => b.from - a.from || b.to - a.to);
    let out = text;
    for (const { e, from, to } of located)
        out = out.slice(0, from) + e.newText + out.slice(to);
    return out;
}
/** A unified diff of every patched file, `a/` and `b/` prefixed as git writes them. */
function unifiedDiff(patches) {
    return patches
        .map((p) => createTwoFilesPatch(`a/${p.path}`, `b/${p.path}`, p.before, p.after, undefined, undefined, {
        context: 3,
        headerOptions: FILE_HEADERS_ONLY,
    }))
        .join('');
}
function sameEdit(a, b) {
    return (a.file === b.file &&
        a.line === b.line &&
        a.column === b.column &&
        a.endLine === b.endLine &&
        a.endColumn === b.endColumn &&
        a.newText === b.newText);
}
function sameEdits(a, b) {
    return a.length === b.length && a.every((e) => b.some((f) => sameEdit(e, f)));
}
/** Two edits of one file that touch the same text, or insert at the same place. */
function overlaps(a, b) {
    if (a.file !== b.file)
        return false;
    const before = (l1, c1, l2, c2) => l1 < l2 || (l1 === l2 && c1 < c2);
    const aEmpty = a.line === a.endLine && a.column === a.endColumn;
    const bEmpty = b.line === b.endLine && b.column === b.endColumn;
    if (aEmpty && bEmpty)
        return a.line === b.line && a.column === b.column;
    return before(a.line, a.column, b.endLine, b.endColumn) && before(b.line, b.column, a.endLine, a.endColumn);
}

;// CONCATENATED MODULE: ./src/engine/fix/unfixed.ts

const OUTSIDE_LISTEN = {
    'socket-directory-denied': "a directory's permissions come from the system or its provisioning, not from listen.*: give the web server search (x) on it",
    'socket-path-mismatch': 'no single pool socket to point the client at: make the *_pass path and the pool\'s listen agree',
    'socket-target-unresolved': 'the socket is not known statically: give the values in .socklint.yml',
    'nginx-config-invalid': 'a configuration error of nginx: fixes only change listen.* settings',
    'fpm-config-invalid': 'a configuration error of PHP-FPM: fixes only change listen.* settings',
    'suppression-invalid': 'edit or remove the suppression comment',
};
function unfixedReasons(analysis) {
    const open = analysis.result.findings.filter((f) => !f.fix);
    const outcomes = planFixes(analysis.graphs, analysis.evaluations, open);
    return open.map((finding) => {
        if (!FIXABLE_RULES.has(finding.rule))
            return { finding, reason: OUTSIDE_LISTEN[finding.rule] ?? 'no automatic fix' };
        const outcome = outcomeOf(outcomes, finding);
        return { finding, reason: outcome?.reason ?? 'no listen.* line of a pool in the repository decides it' };
    });
}

;// CONCATENATED MODULE: ./src/engine/fix/index.ts
/** Fixes: the minimal listen.* patch for every socket that cannot connect, and applying it. */




;// CONCATENATED MODULE: ./src/engine/parse/provision/facts.ts
/** Configuration directories of nginx, PHP-FPM and Apache (`/etc/nginx/…`, `/usr/local/etc/php-fpm.d/…`). */
const SERVER_CONFIG_DIR = /(?:^|\/)(?:etc|usr\/local\/etc|usr\/local\/nginx)\/(?:nginx|php[^/]*|httpd|apache2)(?:\/|$)/;
/** The same files named relative to an unknown directory (`php-fpm.d/zz-docker.conf`). */
const SERVER_CONFIG_FILE = /(?:^|\/)(?:(?:php-fpm\.d|pool\.d|sites-available|sites-enabled|conf\.d|snippets)\/[^/]+|(?:nginx|php-fpm|www)\.conf)$/;
/** Files there that do not decide sockets: logs, pid files, php.ini settings. */
const NOT_SERVER_CONFIG = /\.(?:log|pid|sock|ini)$/;
/** A web server or PHP-FPM config path, whose edit by a script the analysis cannot see. */
function isServerConfigPath(path) {
    return !NOT_SERVER_CONFIG.test(path) && (SERVER_CONFIG_DIR.test(path) || SERVER_CONFIG_FILE.test(path));
}
/** Parses an octal mode (`0755`, `755`, `0o755`); undefined when symbolic or invalid. */
function parseOctalMode(text) {
    const m = /^(?:0o)?([0-7]{1,4})$/i.exec(text);
    return m ? parseInt(m[1], 8) : undefined;
}
/** Splits `owner:group`, `owner.group` (old chown syntax), `owner:` or `:group`. */
function splitOwner(spec) {
    const sep = spec.includes(':') ? ':' : spec.includes('.') && !spec.startsWith('.') ? '.' : undefined;
    if (!sep)
        return { owner: spec };
    const at = spec.indexOf(sep);
    const owner = spec.slice(0, at);
    const group = spec.slice(at + 1);
    return { ...(owner ? { owner } : {}), ...(group ? { group } : {}) };
}

;// CONCATENATED MODULE: ./src/engine/parse/provision/options.ts
/**
 * Parses options anywhere before `--` (GNU permutation): `-aG grp`, `-Ggrp`, `--opt=v`,
 * `--opt v`. Option arguments given inside the same word become a word of their own.
 */
function parseOptions(words, spec) {
    const shortArgs = spec.shortArgs ?? '';
    const longArgs = new Set(spec.longArgs ?? []);
    const options = new Map();
    const operands = [];
    const add = (name, arg) => {
        const list = options.get(name) ?? [];
        if (arg)
            list.push(arg);
        options.set(name, list);
    };
    for (let i = 0; i < words.length; i++) {
        const w = words[i];
        const v = w.value;
        if (v === '--') {
            operands.push(...words.slice(i + 1));
            break;
        }
        if (v.startsWith('--')) {
            const eq = v.indexOf('=');
            const name = v.slice(2, eq === -1 ? undefined : eq);
            if (eq !== -1)
                add(name, { ...w, value: v.slice(eq + 1) });
            else if (longArgs.has(name) && i + 1 < words.length)
                add(name, words[++i]);
            else
                add(name);
        }
        else if (v.startsWith('-') && v.length > 1) {
            for (let j = 1; j < v.length; j++) {
                const letter = v[j];
                if (!shortArgs.includes(letter)) {
                    add(letter);
                    continue;
                }
                if (j + 1 < v.length)
                    add(letter, { ...w, value: v.slice(j + 1) });
                else if (i + 1 < words.length)
                    add(letter, words[++i]);
                else
                    add(letter);
                break;
            }
        }
        else
            operands.push(w);
    }
    return { options, operands };
}
/** The last argument given to any of the names (`-u` or `--uid`). */
function lastArg(parsed, ...names) {
    let found;
    for (const name of names) {
        const list = parsed.options.get(name);
        if (list && list.length > 0)
            found = list[list.length - 1];
    }
    return found;
}
function hasFlag(parsed, ...names) {
    return names.some((n) => parsed.options.has(n));
}

;// CONCATENATED MODULE: ./src/engine/parse/provision/text.ts
/** Converts UTF-16 offsets of a file's text into 1-based line and column. */
class text_LineIndex {
    file;
    starts = [0];
    constructor(file, text) {
        this.file = file;
        for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
            this.starts.push(i + 1);
    }
    position(offset) {
        let lo = 0;
        let hi = this.starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: offset - this.starts[lo] + 1 };
    }
    /** The location of the file offsets [start, end). */
    location(start, end) {
        const from = this.position(start);
        const to = this.position(end);
        return { file: this.file, line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
    }
}
/** A contiguous slice of the file. */
function sliceOf(fileText, start, end) {
    const offsets = new Array(end - start);
    for (let i = 0; i < offsets.length; i++)
        offsets[i] = start + i;
    return { text: fileText.slice(start, end), offsets };
}
/** Builds a MappedText character by character. */
class MappedTextBuilder {
    text = '';
    offsets = [];
    push(char, offset) {
        this.text += char;
        this.offsets.push(offset);
    }
    build() {
        return { text: this.text, offsets: this.offsets };
    }
}
/** The file location of the characters [start, end) of a mapped text (end > start). */
function mappedLocation(index, mapped, start, end) {
    return index.location(mapped.offsets[start], mapped.offsets[end - 1] + 1);
}

;// CONCATENATED MODULE: ./src/engine/parse/provision/commands.ts
/**
 * What simple shell commands do to accounts, directories, files and packages. Shared by shell
 * scripts, Dockerfile RUN instructions and Ansible `shell:`/`command:` tasks.
 */




/** Directories that exist in every image that has the software (targets of `ln -s … DIR`). */
const WELL_KNOWN_DIRS = /^\/(etc\/nginx\/(sites-enabled|sites-available|conf\.d|snippets|modules-enabled)|usr\/local\/etc\/php-fpm\.d|usr\/local\/etc\/php\/conf\.d|etc\/php\/[^/]+\/fpm\/(pool\.d|conf\.d)|etc\/php-fpm\.d|usr\/local\/bin|usr\/bin|usr\/sbin|usr\/local\/sbin)\/?$/;
function interpretCommands(commands, ctx) {
    for (const command of commands)
        interpretCommand(command, ctx);
}
function interpretCommand(command, ctx) {
    const words = stripWrappers(command.words);
    if (words.length === 0)
        return;
    const start = command.words.find((w) => !isAssignment(w))?.start ?? words[0].start;
    const last = words[words.length - 1];
    const location = mappedLocation(ctx.index, ctx.source, start, Math.max(last.end, start + 1));
    noteConfigWrites(command, words, location, ctx);
    if (!words[0].literal)
        return;
    const name = external_node_path_namespaceObject.posix.basename(words[0].value);
    const args = words.slice(1);
    const handler = HANDLERS[name];
    if (handler)
        handler(args, { ...ctx, location, emit: (fact) => ctx.facts.push(fact) });
    else if (name === 'cd')
        changeDirectory(args, ctx);
}
const HANDLERS = {
    cp: copyCommand,
    install: installCommand,
    mkdir: mkdirCommand,
    chmod: chmodCommand,
    chown: (args, ctx) => chownCommand(args, ctx, false),
    chgrp: (args, ctx) => chownCommand(args, ctx, true),
    ln: lnCommand,
    useradd: useraddCommand,
    adduser: adduserCommand,
    groupadd: groupaddCommand,
    addgroup: addgroupCommand,
    usermod: usermodCommand,
    groupmod: groupmodCommand,
    gpasswd: gpasswdCommand,
    'apt-get': (args, ctx) => packagesCommand(args, ctx, 'apt', ['install'], APT_OPTIONS),
    apt: (args, ctx) => packagesCommand(args, ctx, 'apt', ['install'], APT_OPTIONS),
    aptitude: (args, ctx) => packagesCommand(args, ctx, 'apt', ['install'], APT_OPTIONS),
    apk: (args, ctx) => packagesCommand(args, ctx, 'apk', ['add'], APK_OPTIONS),
    dnf: (args, ctx) => packagesCommand(args, ctx, 'dnf', ['install'], DNF_OPTIONS),
    microdnf: (args, ctx) => packagesCommand(args, ctx, 'dnf', ['install'], DNF_OPTIONS),
    yum: (args, ctx) => packagesCommand(args, ctx, 'yum', ['install'], DNF_OPTIONS),
    sed: sedCommand,
    tee: teeCommand,
};
/* ------------------------------------------------------------------ prefixes */
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;
function isAssignment(w) {
    return ASSIGNMENT.test(w.value);
}
/** Drops `VAR=x` prefixes and `sudo`, `env`, `exec`, `command`, `nohup`, `time` wrappers. */
function stripWrappers(words) {
    let i = 0;
    for (;;) {
        while (i < words.length && isAssignment(words[i]))
            i++;
        const w = words[i]?.value;
        if (w === 'sudo' || w === 'doas') {
            i++;
            while (i < words.length && words[i].value.startsWith('-')) {
                if (/^-[ugCDhprRT]$/.test(words[i].value))
                    i++;
                i++;
            }
        }
        else if (w === 'env' || w === 'exec' || w === 'command' || w === 'nohup' || w === 'time') {
            i++;
            while (i < words.length && words[i].value.startsWith('-'))
                i++;
        }
        else
            return words.slice(i);
    }
}
/* ------------------------------------------------------------------ paths */
function commands_resolvePath(path, cwd) {
    if (path.startsWith('/'))
        return external_node_path_namespaceObject.posix.normalize(path);
    return cwd ? external_node_path_namespaceObject.posix.join(cwd, path) : path;
}
/** Literal operands resolved against the working directory; undefined if any is not literal. */
function literalPaths(words, ctx) {
    if (!words.every((w) => w.literal))
        return undefined;
    return words.map((w) => commands_resolvePath(w.value, ctx.cwd));
}
function changeDirectory(args, ctx) {
    const dir = args.find((w) => !w.value.startsWith('-'));
    if (!dir || !dir.literal)
        ctx.cwd = undefined;
    else
        ctx.cwd = commands_resolvePath(dir.value, ctx.cwd);
}
function isKnownDirectory(path, ctx) {
    if (path.endsWith('/') || WELL_KNOWN_DIRS.test(path))
        return true;
    return ctx.facts.some((f) => f.kind === 'mkdir' && f.path === path);
}
function asDirectory(path) {
    return path.endsWith('/') ? path : path + '/';
}
function literalNumber(w) {
    return w && w.literal && /^[0-9]+$/.test(w.value) ? Number(w.value) : undefined;
}
function literalValue(w) {
    return w && w.literal && w.value !== '' ? w.value : undefined;
}
/* ------------------------------------------------------------------ files */
function copyCommand(args, ctx) {
    const parsed = parseOptions(args, { shortArgs: 'tS', longArgs: ['target-directory', 'suffix', 'backup'] });
    emitCopy(parsed, ctx);
}
function emitCopy(parsed, ctx, chown) {
    const targetDir = lastArg(parsed, 't', 'target-directory');
    const operands = targetDir ? [...parsed.operands, targetDir] : parsed.operands;
    if (operands.length < 2)
        return;
    const paths = literalPaths(operands, ctx);
    if (!paths)
        return;
    let dest = paths[paths.length - 1];
    if (targetDir || operands.length > 2)
        dest = asDirectory(dest);
    ctx.emit({
        kind: 'copy',
        sources: paths.slice(0, -1),
        dest,
        sourceBase: 'machine',
        ...(chown ? { chown } : {}),
        location: ctx.location,
    });
}
function installCommand(args, ctx) {
    const parsed = parseOptions(args, {
        shortArgs: 'mogStZ',
        longArgs: ['mode', 'owner', 'group', 'suffix', 'target-directory', 'strip-program'],
    });
    const mode = modeOf(lastArg(parsed, 'm', 'mode'));
    const owner = literalValue(lastArg(parsed, 'o', 'owner'));
    const group = literalValue(lastArg(parsed, 'g', 'group'));
    if (hasFlag(parsed, 'd', 'directory')) {
        for (const path of literalPaths(parsed.operands, ctx) ?? []) {
            ctx.emit({
                kind: 'mkdir',
                path,
                ...(typeof mode === 'number' ? { mode } : {}),
                ...(owner ? { owner } : {}),
                ...(group ? { group } : {}),
                location: ctx.location,
            });
        }
        return;
    }
    const chown = owner || group ? `${owner ?? ''}${group ? ':' + group : ''}` : undefined;
    emitCopy(parsed, ctx, chown);
}
function modeOf(w) {
    if (!w || !w.literal)
        return undefined;
    return parseOctalMode(w.value) ?? w.value;
}
function mkdirCommand(args, ctx) {
    const parsed = parseOptions(args, { shortArgs: 'mZ', longArgs: ['mode', 'context'] });
    const mode = modeOf(lastArg(parsed, 'm', 'mode'));
    for (const path of literalPaths(parsed.operands, ctx) ?? []) {
        ctx.emit({ kind: 'mkdir', path, ...(typeof mode === 'number' ? { mode } : {}), location: ctx.location });
    }
}
function chmodCommand(args, ctx) {
    const parsed = parseOptions(args, { longArgs: ['reference'] });
    if (hasFlag(parsed, 'reference'))
        return;
    const modeWord = parsed.operands[0];
    const mode = modeOf(modeWord);
    if (mode === undefined)
        return;
    const recursive = hasFlag(parsed, 'R', 'recursive');
    for (const path of literalPaths(parsed.operands.slice(1), ctx) ?? []) {
        ctx.emit({ kind: 'chmod', path, mode, recursive, location: ctx.location });
    }
}
function chownCommand(args, ctx, groupOnly) {
    const parsed = parseOptions(args, { longArgs: ['reference', 'from'] });
    if (hasFlag(parsed, 'reference'))
        return;
    const spec = literalValue(parsed.operands[0]);
    if (!spec)
        return;
    const who = groupOnly ? { group: spec } : splitOwner(spec);
    const recursive = hasFlag(parsed, 'R', 'recursive');
    for (const path of literalPaths(parsed.operands.slice(1), ctx) ?? []) {
        ctx.emit({ kind: 'chown', path, ...who, recursive, location: ctx.location });
    }
}
function lnCommand(args, ctx) {
    const parsed = parseOptions(args, { shortArgs: 'St', longArgs: ['suffix', 'target-directory', 'backup'] });
    if (!hasFlag(parsed, 's', 'symbolic'))
        return;
    const targets = parsed.operands;
    if (!targets.every((w) => w.literal))
        return;
    const dirWord = lastArg(parsed, 't', 'target-directory');
    let dir;
    let linkPath;
    if (dirWord) {
        if (!dirWord.literal)
            return;
        dir = commands_resolvePath(dirWord.value, ctx.cwd);
    }
    else if (targets.length === 1) {
        if (!ctx.cwd)
            return;
        dir = ctx.cwd;
    }
    else {
        const last = commands_resolvePath(targets.pop().value, ctx.cwd);
        const noTargetDir = hasFlag(parsed, 'T', 'no-target-directory');
        if (targets.length > 1 || (!noTargetDir && isKnownDirectory(last, ctx)))
            dir = last;
        else
            linkPath = last;
    }
    for (const target of targets) {
        const link = linkPath ?? external_node_path_namespaceObject.posix.join(dir, external_node_path_namespaceObject.posix.basename(target.value));
        ctx.emit({ kind: 'symlink', target: target.value, link, location: ctx.location });
    }
}
/* ------------------------------------------------------------------ accounts */
function emitMembership(user, groups, ctx) {
    const names = literalValue(groups)
        ?.split(',')
        .filter((g) => g !== '') ?? [];
    for (const group of names)
        ctx.emit({ kind: 'member-add', user, group, location: ctx.location });
    return names;
}
/** shadow's useradd. Without `-g`, a group named like the user is created (USERGROUPS_ENAB). */
function useraddCommand(args, ctx) {
    const parsed = parseOptions(args, {
        shortArgs: 'bcdefgGkKpsuRPZ',
        longArgs: [
            'base-dir',
            'comment',
            'home-dir',
            'home',
            'expiredate',
            'inactive',
            'gid',
            'groups',
            'skel',
            'key',
            'password',
            'shell',
            'uid',
            'root',
            'prefix',
            'selinux-user',
        ],
    });
    const user = literalValue(parsed.operands[parsed.operands.length - 1]);
    if (!user || hasFlag(parsed, 'D', 'defaults'))
        return;
    const uid = literalNumber(lastArg(parsed, 'u', 'uid'));
    const gidWord = lastArg(parsed, 'g', 'gid');
    const system = hasFlag(parsed, 'r', 'system');
    const ownGroup = !gidWord && !hasFlag(parsed, 'N', 'no-user-group');
    const primaryGroup = ownGroup ? user : literalValue(gidWord);
    if (ownGroup)
        ctx.emit({ kind: 'group-add', group: user, location: ctx.location });
    const groupsWord = lastArg(parsed, 'G', 'groups');
    const groups = literalValue(groupsWord)
        ?.split(',')
        .filter((g) => g !== '') ?? [];
    ctx.emit({
        kind: 'user-add',
        user,
        ...(uid !== undefined ? { uid } : {}),
        ...(primaryGroup ? { primaryGroup } : {}),
        groups,
        system,
        location: ctx.location,
    });
    emitMembership(user, groupsWord, ctx);
}
const BUSYBOX_ADDUSER_FLAGS = /^-[hgsGSDHuk]+/;
/**
 * Debian's adduser (long options; `adduser USER GROUP` adds a member) or BusyBox's (short
 * options: `-G` is the primary group, `-g` the GECOS; `adduser USER GROUP` adds a member).
 */
function adduserCommand(args, ctx) {
    const busybox = args.some((w) => BUSYBOX_ADDUSER_FLAGS.test(w.value));
    const parsed = busybox
        ? parseOptions(args, { shortArgs: 'hgsGuk' })
        : parseOptions(args, {
            longArgs: [
                'home',
                'shell',
                'gecos',
                'comment',
                'ingroup',
                'gid',
                'uid',
                'firstuid',
                'lastuid',
                'firstgid',
                'lastgid',
                'conf',
                'add_extra_groups',
                'extrausers',
            ],
        });
    const [first, second] = parsed.operands;
    const user = literalValue(first);
    if (!user)
        return;
    if (second) {
        const group = literalValue(second);
        if (group && parsed.operands.length === 2)
            ctx.emit({ kind: 'member-add', user, group, location: ctx.location });
        return;
    }
    const system = hasFlag(parsed, busybox ? 'S' : 'system');
    const uid = literalNumber(lastArg(parsed, busybox ? 'u' : 'uid'));
    let primaryGroup;
    if (busybox) {
        primaryGroup = literalValue(lastArg(parsed, 'G')) ?? (system ? 'nogroup' : user);
        if (!hasFlag(parsed, 'G') && !system)
            ctx.emit({ kind: 'group-add', group: user, location: ctx.location });
    }
    else {
        const named = literalValue(lastArg(parsed, 'ingroup')) ?? literalValue(lastArg(parsed, 'gid'));
        const ownGroup = !named && (!system || hasFlag(parsed, 'group'));
        primaryGroup = named ?? (ownGroup ? user : 'nogroup');
        if (ownGroup)
            ctx.emit({ kind: 'group-add', group: user, location: ctx.location });
    }
    ctx.emit({
        kind: 'user-add',
        user,
        ...(uid !== undefined ? { uid } : {}),
        primaryGroup,
        groups: [],
        system,
        location: ctx.location,
    });
}
function groupaddCommand(args, ctx) {
    const parsed = parseOptions(args, {
        shortArgs: 'gKpR',
        longArgs: ['gid', 'key', 'password', 'root', 'prefix', 'users'],
    });
    const group = literalValue(parsed.operands[parsed.operands.length - 1]);
    if (!group)
        return;
    const gid = literalNumber(lastArg(parsed, 'g', 'gid'));
    ctx.emit({ kind: 'group-add', group, ...(gid !== undefined ? { gid } : {}), location: ctx.location });
}
/** Debian `addgroup [--gid N] G` or BusyBox `addgroup [-g N] G`; with two operands, `USER GROUP` adds a member. */
function addgroupCommand(args, ctx) {
    const parsed = parseOptions(args, { shortArgs: 'g', longArgs: ['gid', 'conf'] });
    const [first, second] = parsed.operands.map(literalValue);
    if (parsed.operands.length === 2) {
        if (first && second)
            ctx.emit({ kind: 'member-add', user: first, group: second, location: ctx.location });
        return;
    }
    if (!first || parsed.operands.length !== 1)
        return;
    const gid = literalNumber(lastArg(parsed, 'g', 'gid'));
    ctx.emit({
        kind: 'group-add',
        group: first,
        ...(gid !== undefined ? { gid } : {}),
        location: ctx.location,
    });
}
/** `-G` with or without `-a` lists supplementary groups (without `-a` it replaces, still a membership). */
function usermodCommand(args, ctx) {
    const parsed = parseOptions(args, {
        shortArgs: 'cdefgGlpsuRPZ',
        longArgs: [
            'comment',
            'home',
            'expiredate',
            'inactive',
            'gid',
            'groups',
            'login',
            'password',
            'shell',
            'uid',
            'root',
            'prefix',
            'selinux-user',
        ],
    });
    const user = literalValue(parsed.operands[parsed.operands.length - 1]);
    if (!user)
        return;
    emitMembership(user, lastArg(parsed, 'G', 'groups'), ctx);
    const uid = literalNumber(lastArg(parsed, 'u', 'uid'));
    const primaryGroup = literalValue(lastArg(parsed, 'g', 'gid'));
    if (uid !== undefined || primaryGroup) {
        ctx.emit({
            kind: 'user-mod',
            user,
            ...(uid !== undefined ? { uid } : {}),
            ...(primaryGroup ? { primaryGroup } : {}),
            location: ctx.location,
        });
    }
}
function groupmodCommand(args, ctx) {
    const parsed = parseOptions(args, {
        shortArgs: 'gnpR',
        longArgs: ['gid', 'new-name', 'password', 'root', 'prefix'],
    });
    const group = literalValue(parsed.operands[parsed.operands.length - 1]);
    const gid = literalNumber(lastArg(parsed, 'g', 'gid'));
    if (group && gid !== undefined)
        ctx.emit({ kind: 'group-mod', group, gid, location: ctx.location });
}
function gpasswdCommand(args, ctx) {
    const parsed = parseOptions(args, {
        shortArgs: 'adMAQ',
        longArgs: ['add', 'delete', 'members', 'administrators', 'root'],
    });
    const group = literalValue(parsed.operands[parsed.operands.length - 1]);
    if (!group)
        return;
    const added = lastArg(parsed, 'a', 'add');
    const members = lastArg(parsed, 'M', 'members');
    const user = literalValue(added);
    if (user)
        ctx.emit({ kind: 'member-add', user, group, location: ctx.location });
    for (const member of literalValue(members)
        ?.split(',')
        .filter((m) => m !== '') ?? []) {
        ctx.emit({ kind: 'member-add', user: member, group, location: ctx.location });
    }
}
/* ------------------------------------------------------------------ packages */
const APT_OPTIONS = { shortArgs: 'otcq', longArgs: ['option', 'target-release', 'config-file'] };
const APK_OPTIONS = {
    shortArgs: 'tXp',
    longArgs: ['virtual', 'repository', 'repositories-file', 'root', 'arch', 'cache-dir', 'keys-dir'],
};
const DNF_OPTIONS = { shortArgs: 'cdex', longArgs: ['installroot', 'releasever', 'config', 'exclude'] };
function packagesCommand(args, ctx, manager, installVerbs, spec) {
    const parsed = parseOptions(args, spec);
    const [verb, ...rest] = parsed.operands;
    if (!verb || !installVerbs.includes(verb.value))
        return;
    const packages = rest.filter((w) => w.literal && w.value !== '').map((w) => w.value);
    if (packages.length > 0)
        ctx.emit({ kind: 'install-packages', manager, packages, location: ctx.location });
}
/* ------------------------------------------------------------------ edits the analysis cannot see */
function configEditNote(path, how, location) {
    return {
        level: 'notice',
        code: 'config-edited-by-script',
        message: `${path} is ${how} here; the analysis reads the file as it is in the repository and may not see this change`,
        location,
    };
}
function sedCommand(args, ctx) {
    let inPlace = false;
    let scriptGiven = false;
    const operands = [];
    for (let i = 0; i < args.length; i++) {
        const v = args[i].value;
        if (v === '--in-place' || v.startsWith('--in-place='))
            inPlace = true;
        else if (v === '-e' || v === '-f' || v === '--expression' || v === '--file') {
            scriptGiven = true;
            i++;
        }
        else if (v.startsWith('--expression=') || v.startsWith('--file='))
            scriptGiven = true;
        else if (/^-[a-zA-Z]/.test(v)) {
            // Short flags may be bundled (`-ri`, `-Ei.bak`); `i` takes the rest as a suffix.
            const letters = /^-([nErszu]*)(i|e|f)?/.exec(v);
            if (letters?.[2] === 'i')
                inPlace = true;
            else if (letters?.[2] === 'e' || letters?.[2] === 'f') {
                scriptGiven = true;
                if (v.length === letters[0].length)
                    i++;
            }
        }
        else
            operands.push(args[i]);
    }
    if (!inPlace)
        return;
    for (const file of scriptGiven ? operands : operands.slice(1)) {
        const path = commands_resolvePath(file.value, ctx.cwd);
        if (isServerConfigPath(path))
            ctx.notes.push(configEditNote(path, 'edited by sed', ctx.location));
    }
}
function teeCommand(args, ctx) {
    for (const file of args.filter((w) => !w.value.startsWith('-'))) {
        const path = commands_resolvePath(file.value, ctx.cwd);
        if (isServerConfigPath(path))
            ctx.notes.push(configEditNote(path, 'written by tee', ctx.location));
    }
}
function noteConfigWrites(command, words, location, ctx) {
    for (const { op, target } of command.redirects) {
        const path = commands_resolvePath(target.value, ctx.cwd);
        if ((op === '>' || op === '>>' || op === '>|' || op === '&>' || op === '&>>') &&
            isServerConfigPath(path)) {
            const how = op.endsWith('>>') ? 'appended to by a redirection' : 'written by a redirection';
            ctx.notes.push(configEditNote(path, how, redirectLocation(location, words, target, ctx)));
        }
    }
}
/** The command through its redirection target. */
function redirectLocation(location, words, target, ctx) {
    if (words.length === 0 || target.end <= words[words.length - 1].end)
        return location;
    const end = mappedLocation(ctx.index, ctx.source, target.start, target.end);
    return { ...location, endLine: end.endLine, endColumn: end.endColumn };
}

;// CONCATENATED MODULE: ./src/engine/parse/provision/shellwords.ts
const RESERVED = new Set([
    'if',
    'then',
    'else',
    'elif',
    'fi',
    'do',
    'done',
    'while',
    'until',
    '!',
    '{',
    '}',
    'esac',
]);
const OPERATOR_CHARS = ';&|()<>';
/** Splits shell text into simple commands. `env` gives variables whose values are known. */
function tokenizeShell(source, env = new Map()) {
    return new Tokenizer(source.text, env).run();
}
class Tokenizer {
    s;
    i = 0;
    commands = [];
    current = { words: [], redirects: [], heredoc: false };
    pendingHeredocs = [];
    /** Variables assigned by earlier commands of this text (`X=1`, `export X=1`). */
    vars;
    constructor(s, env) {
        this.s = s;
        this.vars = new Map(env);
    }
    run() {
        const s = this.s;
        while (this.i < s.length) {
            const c = s[this.i];
            if (c === ' ' || c === '\t' || c === '\r')
                this.i++;
            else if (c === '\\' && s[this.i + 1] === '\n')
                this.i += 2;
            else if (c === '\\' && s[this.i + 1] === '\r' && s[this.i + 2] === '\n')
                this.i += 3;
            else if (c === '\n') {
                this.i++;
                this.endCommand();
                this.skipHeredocBodies();
            }
            else if (c === '#')
                this.skipComment();
            else if (this.atRedirect())
                this.readRedirect();
            else if (OPERATOR_CHARS.includes(c)) {
                this.i +=
                    s.startsWith('&&', this.i) || s.startsWith('||', this.i) || s.startsWith(';;', this.i) ? 2 : 1;
                this.endCommand();
            }
            else
                this.current.words.push(...splitFields(this.readWord()));
        }
        this.endCommand();
        return this.commands;
    }
    skipComment() {
        while (this.i < this.s.length && this.s[this.i] !== '\n')
            this.i++;
    }
    endCommand() {
        const cmd = this.current;
        while (cmd.words.length > 0 && RESERVED.has(cmd.words[0].value) && cmd.words[0].literal)
            cmd.words.shift();
        this.current = { words: [], redirects: [], heredoc: false };
        if (cmd.words.length === 0)
            return;
        this.rememberAssignments(cmd.words);
        this.commands.push(cmd);
    }
    /** `X=v` alone or after `export`/`readonly` sets X for later commands. */
    rememberAssignments(words) {
        const first = words[0].value;
        const rest = first === 'export' || first === 'readonly' ? words.slice(1) : words;
        if (!rest.every((w) => shellwords_ASSIGNMENT.test(w.value)))
            return;
        for (const w of rest) {
            const at = w.value.indexOf('=');
            const name = w.value.slice(0, at);
            if (w.literal)
                this.vars.set(name, w.value.slice(at + 1));
            else
                this.vars.delete(name);
        }
    }
    /** Called at the start of a word, where `2>` is a redirection of fd 2. */
    atRedirect() {
        return REDIRECT.test(this.s.slice(this.i, this.i + 8));
    }
    readRedirect() {
        const m = REDIRECT.exec(this.s.slice(this.i, this.i + 8));
        this.i += m[0].length;
        while (this.s[this.i] === ' ' || this.s[this.i] === '\t')
            this.i++;
        if (this.i >= this.s.length || this.s[this.i] === '\n')
            return;
        const target = this.readWord();
        const op = m[1];
        if (op === '<<' || op === '<<-') {
            this.pendingHeredocs.push({ delimiter: target.value, stripTabs: op === '<<-' });
            this.current.heredoc = true;
        }
        this.current.redirects.push({ op, target });
    }
    skipHeredocBodies() {
        for (const { delimiter, stripTabs } of this.pendingHeredocs) {
            while (this.i < this.s.length) {
                let end = this.s.indexOf('\n', this.i);
                if (end === -1)
                    end = this.s.length;
                let line = this.s.slice(this.i, end).replace(/\r$/, '');
                if (stripTabs)
                    line = line.replace(/^\t+/, '');
                this.i = Math.min(end + 1, this.s.length);
                if (line === delimiter)
                    break;
            }
        }
        this.pendingHeredocs = [];
    }
    readWord() {
        const s = this.s;
        const start = this.i;
        let value = '';
        let literal = true;
        let glob = false;
        while (this.i < s.length) {
            const c = s[this.i];
            if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || OPERATOR_CHARS.includes(c))
                break;
            if (c === '\\') {
                const next = s[this.i + 1];
                this.i += 2;
                if (next === '\n' || next === undefined)
                    continue;
                if (next === '\r' && s[this.i] === '\n') {
                    this.i++;
                    continue;
                }
                value += next;
            }
            else if (c === "'") {
                const close = s.indexOf("'", this.i + 1);
                const end = close === -1 ? s.length : close;
                value += s.slice(this.i + 1, end);
                this.i = end + 1;
            }
            else if (c === '"') {
                const part = this.readDoubleQuoted();
                value += part.value;
                literal &&= part.literal;
            }
            else if (c === '$' && s[this.i + 1] === "'") {
                value += this.readAnsiC();
            }
            else if (c === '$' || c === '`') {
                const part = this.readExpansion();
                // Unquoted expansions are split into fields on whitespace.
                value += part.literal ? part.value.replace(/[ \t\n]+/g, FIELD_BREAK) : part.value;
                literal &&= part.literal;
            }
            else {
                if (c === '*' || c === '?' || c === '[')
                    glob = true;
                if (c === '~' && this.i === start)
                    literal = false;
                value += c;
                this.i++;
            }
        }
        return { value, literal, glob, start, end: Math.max(this.i, start) };
    }
    readDoubleQuoted() {
        const s = this.s;
        let value = '';
        let literal = true;
        this.i++;
        while (this.i < s.length && s[this.i] !== '"') {
            const c = s[this.i];
            if (c === '\\' && '$`"\\\n'.includes(s[this.i + 1] ?? '')) {
                if (s[this.i + 1] !== '\n')
                    value += s[this.i + 1];
                this.i += 2;
            }
            else if (c === '$' || c === '`') {
                const part = this.readExpansion();
                value += part.value;
                literal &&= part.literal;
            }
            else {
                value += c;
                this.i++;
            }
        }
        this.i++;
        return { value, literal };
    }
    readAnsiC() {
        const s = this.s;
        const escapes = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"' };
        let value = '';
        this.i += 2;
        while (this.i < s.length && s[this.i] !== "'") {
            if (s[this.i] === '\\' && this.i + 1 < s.length) {
                value += escapes[s[this.i + 1]] ?? '\\' + s[this.i + 1];
                this.i += 2;
            }
            else
                value += s[this.i++];
        }
        this.i++;
        return value;
    }
    /** `$NAME`, `${…}`, `$(…)`, `$((…))`, `` `…` ``; known simple variables are substituted. */
    readExpansion() {
        const s = this.s;
        const start = this.i;
        if (s[this.i] === '`') {
            const close = s.indexOf('`', this.i + 1);
            this.i = close === -1 ? s.length : close + 1;
            return { value: s.slice(start, this.i), literal: false };
        }
        const next = s[this.i + 1];
        if (next === '(') {
            this.i = skipBalanced(s, this.i + 1, '(', ')');
            return { value: s.slice(start, this.i), literal: false };
        }
        if (next === '{') {
            this.i = skipBalanced(s, this.i + 1, '{', '}');
            return this.expandBraced(s.slice(start + 2, this.i - 1), s.slice(start, this.i));
        }
        const name = /^(?:[A-Za-z_][A-Za-z0-9_]*|[0-9@*#?$!-])/.exec(s.slice(this.i + 1, this.i + 200));
        if (!name) {
            this.i++;
            return { value: '$', literal: true };
        }
        this.i += 1 + name[0].length;
        const known = this.vars.get(name[0]);
        return known === undefined
            ? { value: s.slice(start, this.i), literal: false }
            : { value: known, literal: true };
    }
    /** `${NAME}`, `${NAME:-word}`, `${NAME-word}`, `${NAME:+word}`…, for known variables only. */
    expandBraced(inner, raw) {
        const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?)([-+=?])(.*))?$/s.exec(inner);
        const known = m ? this.vars.get(m[1]) : undefined;
        if (!m || known === undefined)
            return { value: raw, literal: false };
        const [, , colon, op, word] = m;
        if (!op)
            return { value: known, literal: true };
        const set = colon !== ':' || known !== '';
        const useWord = op === '+' ? set : !set;
        if (!useWord)
            return { value: op === '+' ? '' : known, literal: true };
        return { value: word, literal: !/[$`]/.test(word) };
    }
}
/** Marks where an unquoted expansion breaks a word into fields. */
const FIELD_BREAK = '\u0000';
function splitFields(word) {
    if (!word.value.includes(FIELD_BREAK))
        return [word];
    return word.value
        .split(FIELD_BREAK)
        .filter((v) => v !== '')
        .map((value) => ({ ...word, value }));
}
const REDIRECT = /^[0-9]*(<<<|<<-|<<|>>|>&|<&|&>>|&>|>\||<>|>|<)/;
const shellwords_ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/s;
/** Index just past the bracket matching the one at `open`, skipping quoted text. */
function skipBalanced(s, open, left, right) {
    let depth = 0;
    for (let i = open; i < s.length; i++) {
        const c = s[i];
        if (c === '\\')
            i++;
        else if (c === "'" && left === '(') {
            const close = s.indexOf("'", i + 1);
            i = close === -1 ? s.length : close;
        }
        else if (c === left)
            depth++;
        else if (c === right && --depth === 0)
            return i + 1;
    }
    return s.length;
}

;// CONCATENATED MODULE: ./src/engine/parse/provision/ansible.ts
/**
 * Provisioning facts of Ansible task files and playbooks: template/copy, user, group, file,
 * package modules, shell/command, and in-place edits of server configs. Values are read as
 * Ansible reads them (YAML 1.1: `0755` is octal, `yes` is true); `{{ … }}` placeholders are
 * kept as written.
 */





/** Task keywords that are not the module. */
const TASK_KEYWORDS = new Set([
    'name',
    'when',
    'become',
    'become_user',
    'become_method',
    'become_flags',
    'register',
    'loop',
    'loop_control',
    'notify',
    'tags',
    'vars',
    'args',
    'environment',
    'ignore_errors',
    'ignore_unreachable',
    'changed_when',
    'failed_when',
    'delegate_to',
    'delegate_facts',
    'run_once',
    'until',
    'retries',
    'delay',
    'no_log',
    'check_mode',
    'diff',
    'listen',
    'any_errors_fatal',
    'throttle',
    'timeout',
    'collections',
    'module_defaults',
    'debugger',
    'connection',
    'async',
    'poll',
    'remote_user',
    'local_action',
    'action',
]);
const NESTED_TASK_LISTS = new Set([
    'tasks',
    'pre_tasks',
    'post_tasks',
    'handlers',
    'block',
    'rescue',
    'always',
]);
const COLLECTION_PREFIX = /^(?:ansible\.(?:builtin|legacy|posix)|community\.general)\./;
const PACKAGE_MODULES = { apt: 'apt', apk: 'apk', dnf: 'dnf', yum: 'yum' };
const EDIT_MODULES = new Set(['lineinfile', 'replace', 'blockinfile', 'ini_file']);
function ansibleFacts(file) {
    const index = new text_LineIndex(file.path, file.text);
    const result = { facts: [], notes: [] };
    let docs;
    try {
        docs = (0,dist/* parseAllDocuments */.hR)(file.text, { version: '1.1', keepSourceTokens: true });
    }
    catch {
        docs = [];
    }
    for (const doc of Array.isArray(docs) ? docs : []) {
        for (const error of doc.errors.slice(0, 1)) {
            const [start, end] = error.pos;
            result.notes.push({
                level: 'warning',
                code: 'yaml-invalid',
                message: `not valid YAML, facts after this point may be missing: ${error.message.split('\n')[0]}`,
                location: index.location(start, Math.max(end, start + 1)),
            });
        }
        if ((0,dist/* isSeq */.oP)(doc.contents))
            walkTaskList(doc.contents.items, file, index, result);
    }
    return result;
}
function walkTaskList(items, file, index, result) {
    for (const item of items) {
        if (!(0,dist/* isMap */.jh)(item))
            continue;
        let nested = false;
        for (const { key, value } of item.items) {
            if ((0,dist/* isScalar */.jn)(key) && NESTED_TASK_LISTS.has(String(key.value)) && (0,dist/* isSeq */.oP)(value)) {
                nested = true;
                walkTaskList(value.items, file, index, result);
            }
        }
        if (!nested && !item.has('hosts') && !item.has('import_playbook'))
            readTask(item, file, index, result);
    }
}
function readTask(task, file, index, result) {
    const pair = task.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && !TASK_KEYWORDS.has(String(p.key.value)) && !String(p.key.value).startsWith('with_'));
    if (!pair || !(0,dist/* isScalar */.jn)(pair.key) || !pair.key.range)
        return;
    const module = String(pair.key.value).replace(COLLECTION_PREFIX, '');
    // A block value's range runs to the next line: end the location at its last character.
    let end = pair.value?.range?.[1] ?? pair.key.range[1];
    while (end > pair.key.range[1] && /\s/.test(file.text[end - 1]))
        end--;
    const ctx = { file, index, result, location: index.location(pair.key.range[0], end) };
    const params = moduleParams(pair.value, file);
    const args = task.get('args', true);
    if ((0,dist/* isMap */.jh)(args))
        for (const [k, v] of mapParams(args, file))
            if (!params.has(k))
                params.set(k, v);
    if (module === 'shell' || module === 'command')
        return shellTask(pair.value, params, ctx);
    for (const itemParams of expandLoop(task, params)) {
        const handler = MODULES[module];
        if (handler)
            handler(itemParams, ctx);
        else if (module in PACKAGE_MODULES)
            packagesTask(itemParams, PACKAGE_MODULES[module], ctx);
        else if (EDIT_MODULES.has(module))
            editTask(itemParams, module, ctx);
    }
}
const ITEM = /\{\{\s*item(?:\.(\w+)|\[\s*['"](\w+)['"]\s*\])?\s*\}\}/g;
/**
 * One parameter set per item of a literal `loop:`/`with_items:` list, with `{{ item }}` and
 * `{{ item.key }}` substituted; the parameters as written when the list is not literal.
 */
function expandLoop(task, params) {
    const loop = task.get('loop', true) ?? task.get('with_items', true) ?? task.get('with_list', true);
    if (!(0,dist/* isSeq */.oP)(loop))
        return [params];
    const items = loop.toJSON().flat();
    if (items.some((item) => typeof item === 'string' && item.includes('{{')))
        return [params];
    return items.map((item) => {
        const substitute = (text) => text.replace(ITEM, (whole, dotKey, bracketKey) => {
            const key = dotKey ?? bracketKey;
            const value = key === undefined ? item : item?.[key];
            return value === undefined || value === null || typeof value === 'object' ? whole : String(value);
        });
        const expanded = new Map();
        for (const [name, p] of params) {
            const value = typeof p.value === 'string'
                ? substitute(p.value)
                : Array.isArray(p.value)
                    ? p.value.map((v) => (typeof v === 'string' ? substitute(v) : v))
                    : p.value;
            expanded.set(name, { ...p, value });
        }
        return expanded;
    });
}
/* ------------------------------------------------------------------ parameters */
function moduleParams(value, file) {
    if ((0,dist/* isMap */.jh)(value))
        return mapParams(value, file);
    if ((0,dist/* isScalar */.jn)(value) && typeof value.value === 'string')
        return freeFormParams(scalarParam(value, file));
    return new Map();
}
function mapParams(map, file) {
    const params = new Map();
    for (const p of map.items) {
        if ((0,dist/* isScalar */.jn)(p.key) && p.value)
            params.set(String(p.key.value), nodeParam(p.value, file));
    }
    return params;
}
function nodeParam(node, file) {
    if ((0,dist/* isScalar */.jn)(node))
        return scalarParam(node, file);
    const text = node.range ? file.text.slice(node.range[0], node.range[1]) : '';
    return { value: node.toJSON(), text, plain: false, node };
}
function scalarParam(node, file) {
    const [start, end] = node.range ?? [0, 0];
    const text = file.text.slice(start, end);
    const value = node.value;
    const mapped = typeof value === 'string' ? alignToSource(value, file.text, start, end) : undefined;
    return { value, text, plain: node.type === 'PLAIN', ...(mapped ? { mapped } : {}), node };
}
/**
 * Maps each character of a decoded scalar to the source character it came from, skipping
 * quotes, escapes, block indentation and folded line breaks.
 */
function alignToSource(value, source, start, end) {
    const offsets = [];
    let j = start;
    for (const ch of value) {
        let k = j;
        while (k < end && source[k] !== ch && !(ch === ' ' && source[k] === '\n'))
            k++;
        if (k >= end)
            k = Math.min(j, end - 1);
        for (let u = 0; u < ch.length; u++)
            offsets.push(k + u);
        j = k + ch.length;
    }
    return { text: value, offsets };
}
/** `src=a.j2 dest=/etc/x mode=0644` (Ansible's key=value form). */
function freeFormParams(param) {
    const params = new Map();
    const text = String(param.value);
    for (const m of text.matchAll(/([A-Za-z_]+)=((?:\{\{.*?\}\}|"[^"]*"|'[^']*'|[^\s{]|\{(?!\{))+)/g)) {
        const raw = m[2];
        const unquoted = /^(["']).*\1$/.test(raw) ? raw.slice(1, -1) : raw;
        const at = m.index + m[1].length + 1;
        const offsets = param.mapped?.offsets.slice(at, at + raw.length);
        params.set(m[1], {
            value: unquoted,
            text: raw,
            plain: raw === unquoted,
            ...(offsets ? { mapped: { text: raw, offsets } } : {}),
        });
    }
    return params;
}
function str(p) {
    if (!p || p.value === null || p.value === undefined || typeof p.value === 'object')
        return undefined;
    return String(p.value);
}
function bool(p) {
    const v = p?.value;
    return v === true || (typeof v === 'string' && /^(yes|true|on|1)$/i.test(v));
}
function list(p) {
    if (!p)
        return [];
    if (Array.isArray(p.value))
        return p.value.map(String);
    return (str(p) ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '');
}
/** Ansible modes: an octal string, or a YAML number applied as is (`755` unquoted is decimal). */
function mode(p, ctx) {
    if (!p)
        return undefined;
    if (typeof p.value === 'number') {
        if (p.plain && !p.text.startsWith('0')) {
            ctx.result.notes.push({
                level: 'warning',
                code: 'ansible-mode-decimal',
                message: `mode ${p.text} is a decimal number in YAML, so the mode set is 0${p.value.toString(8)}; write '0${p.text}' (quoted, with a leading 0)`,
                location: ctx.location,
            });
        }
        return p.value;
    }
    const text = str(p);
    return text === undefined ? undefined : (parseOctalMode(text) ?? text);
}
function numberParam(p) {
    const text = str(p);
    return text !== undefined && /^[0-9]+$/.test(text) ? Number(text) : undefined;
}
const MODULES = {
    template: copyTask,
    copy: copyTask,
    file: fileTask,
    user: userTask,
    group: groupTask,
};
function copyTask(params, ctx) {
    const dest = str(params.get('dest'));
    if (!dest)
        return;
    if (params.has('content')) {
        if (isServerConfigPath(dest)) {
            ctx.result.notes.push({
                level: 'notice',
                code: 'config-edited-by-script',
                message: `${dest} is written from inline content here; the analysis does not read that content`,
                location: ctx.location,
            });
        }
        return;
    }
    const src = str(params.get('src'));
    if (!src)
        return;
    const owner = str(params.get('owner'));
    const group = str(params.get('group'));
    const chown = owner || group ? `${owner ?? ''}${group ? ':' + group : ''}` : undefined;
    ctx.result.facts.push({
        kind: 'copy',
        sources: [src],
        dest,
        sourceBase: bool(params.get('remote_src')) ? 'machine' : 'ansible',
        ...(chown ? { chown } : {}),
        location: ctx.location,
    });
}
function fileTask(params, ctx) {
    const path = str(params.get('path') ?? params.get('dest') ?? params.get('name'));
    if (!path)
        return;
    const state = str(params.get('state')) ?? 'file';
    const owner = str(params.get('owner'));
    const group = str(params.get('group'));
    const m = mode(params.get('mode'), ctx);
    const recursive = bool(params.get('recurse'));
    const { facts } = ctx.result;
    if (state === 'absent')
        return;
    if (state === 'link') {
        const target = str(params.get('src'));
        if (target)
            facts.push({ kind: 'symlink', target, link: path, location: ctx.location });
        return;
    }
    if (state === 'directory') {
        facts.push({
            kind: 'mkdir',
            path,
            ...(typeof m === 'number' ? { mode: m } : {}),
            ...(owner ? { owner } : {}),
            ...(group ? { group } : {}),
            location: ctx.location,
        });
        if (typeof m === 'string')
            facts.push({ kind: 'chmod', path, mode: m, recursive, location: ctx.location });
        if (recursive && (owner || group)) {
            facts.push({
                kind: 'chown',
                path,
                ...(owner ? { owner } : {}),
                ...(group ? { group } : {}),
                recursive,
                location: ctx.location,
            });
        }
        return;
    }
    if (m !== undefined)
        facts.push({ kind: 'chmod', path, mode: m, recursive, location: ctx.location });
    if (owner || group) {
        facts.push({
            kind: 'chown',
            path,
            ...(owner ? { owner } : {}),
            ...(group ? { group } : {}),
            recursive,
            location: ctx.location,
        });
    }
}
/** `user: name=nginx groups=www-data append=yes` (nothing else) only adds a membership. */
function userTask(params, ctx) {
    const user = str(params.get('name'));
    if (!user || str(params.get('state')) === 'absent')
        return;
    const groups = list(params.get('groups'));
    const uid = numberParam(params.get('uid'));
    const primaryGroup = str(params.get('group'));
    const system = bool(params.get('system'));
    const membershipOnly = bool(params.get('append')) && uid === undefined && !primaryGroup && !system;
    if (!membershipOnly) {
        ctx.result.facts.push({
            kind: 'user-add',
            user,
            ...(uid !== undefined ? { uid } : {}),
            ...(primaryGroup ? { primaryGroup } : {}),
            groups,
            system,
            location: ctx.location,
        });
    }
    for (const group of groups)
        ctx.result.facts.push({ kind: 'member-add', user, group, location: ctx.location });
}
function groupTask(params, ctx) {
    const group = str(params.get('name'));
    if (!group || str(params.get('state')) === 'absent')
        return;
    const gid = numberParam(params.get('gid'));
    ctx.result.facts.push({
        kind: 'group-add',
        group,
        ...(gid !== undefined ? { gid } : {}),
        location: ctx.location,
    });
}
function packagesTask(params, manager, ctx) {
    const state = str(params.get('state'));
    if (state === 'absent' || state === 'removed')
        return;
    const packages = list(params.get('name') ?? params.get('pkg') ?? params.get('package'));
    if (packages.length > 0)
        ctx.result.facts.push({ kind: 'install-packages', manager, packages, location: ctx.location });
}
function editTask(params, module, ctx) {
    const path = str(params.get('path') ?? params.get('dest') ?? params.get('name'));
    if (!path || !isServerConfigPath(path))
        return;
    ctx.result.notes.push({
        level: 'notice',
        code: 'config-edited-by-script',
        message: `${path} is edited by ${module} here; the analysis reads the file as it is in the repository and may not see this change`,
        location: ctx.location,
    });
}
/** `shell: cmd`, `command: {cmd: …}` or `command: {argv: […]}`: the command line is read as shell. */
function shellTask(value, params, ctx) {
    const commandParam = (0,dist/* isScalar */.jn)(value) ? scalarParam(value, ctx.file) : params.get('cmd');
    const facts = ctx.result;
    if (commandParam?.mapped) {
        const source = commandParam.mapped;
        interpretCommands(tokenizeShell(source), { index: ctx.index, source, ...facts });
        return;
    }
    const argv = params.get('argv')?.node;
    if (!(0,dist/* isSeq */.oP)(argv))
        return;
    const items = argv.items.filter(dist/* isScalar */.jn).map((n) => scalarParam(n, ctx.file));
    if (items.length === 0 || !items.every((p) => p.mapped && p.mapped.offsets.length > 0))
        return;
    // One text over the file, so that every argument keeps its own source range.
    const first = items[0].mapped.offsets[0];
    const source = { text: ctx.file.text.slice(first), offsets: [] };
    source.offsets = Array.from({ length: source.text.length }, (_, i) => first + i);
    const words = items.map((p) => {
        const offs = p.mapped.offsets;
        const start = offs[0] - first;
        return {
            value: String(p.value),
            literal: true,
            glob: false,
            start,
            end: offs[offs.length - 1] - first + 1,
        };
    });
    interpretCommands([{ words, redirects: [], heredoc: false }], { index: ctx.index, source, ...facts });
}

;// CONCATENATED MODULE: ./src/engine/parse/provision/jsonform.ts
/** The JSON array form of Dockerfile instructions (`RUN ["sh", "-c", "…"]`), with positions. */

const ESCAPES = {
    '"': '"',
    '\\': '\\',
    '/': '/',
    b: '\b',
    f: '\f',
    n: '\n',
    r: '\r',
    t: '\t',
};
/** Parses a JSON array of strings; undefined when the text is not one (Docker then uses the shell form). */
function parseJsonStringArray(source) {
    const s = source.text;
    let i = skipSpace(s, 0);
    if (s[i] !== '[')
        return undefined;
    i = skipSpace(s, i + 1);
    const elements = [];
    if (s[i] === ']')
        return skipSpace(s, i + 1) === s.length ? elements : undefined;
    for (;;) {
        if (s[i] !== '"')
            return undefined;
        const start = i++;
        const builder = new MappedTextBuilder();
        while (i < s.length && s[i] !== '"') {
            if (s[i] !== '\\') {
                builder.push(s[i], source.offsets[i]);
                i++;
                continue;
            }
            const e = s[i + 1];
            if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(s.slice(i + 2, i + 6))) {
                builder.push(String.fromCharCode(parseInt(s.slice(i + 2, i + 6), 16)), source.offsets[i]);
                i += 6;
            }
            else if (e !== undefined && e in ESCAPES) {
                builder.push(ESCAPES[e], source.offsets[i]);
                i += 2;
            }
            else
                return undefined;
        }
        if (i >= s.length)
            return undefined;
        const mapped = builder.build();
        elements.push({ value: mapped.text, start, end: ++i, mapped });
        i = skipSpace(s, i);
        if (s[i] === ']')
            return skipSpace(s, i + 1) === s.length ? elements : undefined;
        if (s[i] !== ',')
            return undefined;
        i = skipSpace(s, i + 1);
    }
}
function skipSpace(s, i) {
    while (i < s.length && /\s/.test(s[i]))
        i++;
    return i;
}

;// CONCATENATED MODULE: ./src/engine/parse/provision/dockerfile.ts
/**
 * Provisioning facts of a Dockerfile: FROM stages, COPY/ADD, USER, ENV, WORKDIR, and the
 * shell commands of RUN (shell form, exec form and heredocs). ARG and ENV values that are
 * literal are substituted, as the builder and the RUN shell would.
 */






const SHELLS = /^(?:\/usr)?(?:\/bin\/)?(?:sh|bash|ash|dash)$/;
function dockerfileFacts(file) {
    return new DockerfileReader(file).read();
}
class DockerfileReader {
    file;
    index;
    lines = [];
    result = { facts: [], notes: [] };
    globalArgs = new Map();
    stages = new Map();
    stage;
    escape = '\\';
    constructor(file) {
        this.file = file;
        this.index = new text_LineIndex(file.path, file.text);
        const text = file.text;
        for (let start = 0; start <= text.length;) {
            const nl = text.indexOf('\n', start);
            const next = nl === -1 ? text.length + 1 : nl + 1;
            const end = nl === -1 ? text.length : text[nl - 1] === '\r' ? nl - 1 : nl;
            this.lines.push({ start, end });
            start = next;
        }
    }
    read() {
        let i = this.readParserDirectives();
        while (i < this.lines.length) {
            const line = this.lineText(i);
            if (/^\s*(#|$)/.test(line)) {
                i++;
                continue;
            }
            const { instruction, next } = this.readInstruction(i);
            i = next;
            if (instruction)
                this.apply(instruction);
        }
        return this.result;
    }
    lineText(i) {
        return this.file.text.slice(this.lines[i].start, this.lines[i].end);
    }
    /** `# escape=`` ` and friends, only before anything else. */
    readParserDirectives() {
        let i = 0;
        for (; i < this.lines.length; i++) {
            const m = /^\s*#\s*([a-zA-Z]+)\s*=\s*(\S+)\s*$/.exec(this.lineText(i));
            if (!m)
                break;
            if (m[1].toLowerCase() === 'escape' && (m[2] === '`' || m[2] === '\\'))
                this.escape = m[2];
        }
        return i;
    }
    readInstruction(first) {
        const builder = new MappedTextBuilder();
        const continuation = new RegExp(`${this.escape === '\\' ? '\\\\' : '`'}[ \\t]*$`);
        let i = first;
        for (;;) {
            const { start } = this.lines[i];
            const text = this.lineText(i);
            const m = continuation.exec(text);
            const keep = m ? m.index : text.length;
            for (let k = 0; k < keep; k++)
                builder.push(text[k], start + k);
            i++;
            if (!m)
                break;
            while (i < this.lines.length && /^\s*(#|$)/.test(this.lineText(i)))
                i++;
            if (i >= this.lines.length)
                break;
        }
        const text = builder.build();
        const head = /^\s*([A-Za-z]+)(\s+|$)/.exec(text.text);
        if (!head)
            return { next: i };
        const keyword = head[1].toUpperCase();
        const heredocs = [];
        if (keyword === 'RUN' || keyword === 'COPY' || keyword === 'ADD') {
            for (const m of text.text.matchAll(/<<(-?)(["']?)([A-Za-z_][A-Za-z0-9_]*)\2/g)) {
                const bodyStart = i;
                while (i < this.lines.length && this.heredocLine(i, m[1] === '-') !== m[3])
                    i++;
                const from = bodyStart < this.lines.length ? this.lines[bodyStart].start : this.file.text.length;
                const to = i < this.lines.length ? this.lines[i].start : this.file.text.length;
                heredocs.push(sliceOf(this.file.text, from, to));
                i++;
            }
        }
        return { instruction: { keyword, text, argsStart: head[0].length, heredocs }, next: i };
    }
    heredocLine(i, stripTabs) {
        const line = this.lineText(i);
        return stripTabs ? line.replace(/^\t+/, '') : line;
    }
    apply(ins) {
        if (ins.keyword === 'FROM')
            return this.from(ins);
        if (ins.keyword === 'ARG')
            return this.arg(ins);
        const stage = this.stage;
        if (!stage)
            return;
        switch (ins.keyword) {
            case 'ENV':
                return this.envInstruction(ins, stage);
            case 'WORKDIR':
                return this.workdir(ins, stage);
            case 'USER':
                return this.user(ins, stage);
            case 'COPY':
            case 'ADD':
                return this.copy(ins, stage);
            case 'RUN':
                return this.run(ins, stage);
        }
    }
    /* ---------------------------------------------------------------- helpers */
    vars(stage) {
        return stage ? new Map([...stage.args, ...stage.env]) : this.globalArgs;
    }
    /** Leading `--name=value` flags, and the text after them. */
    flagsAndRest(ins) {
        const flags = new Map();
        let at = ins.argsStart;
        for (let m; (m = /^--([A-Za-z-]+)(?:=(\S*))?(?:\s+|$)/.exec(ins.text.text.slice(at))); at += m[0].length) {
            flags.set(m[1].toLowerCase(), m[2] ?? '');
        }
        return {
            flags,
            rest: { text: ins.text.text.slice(at), offsets: ins.text.offsets.slice(at) },
            restStart: at,
        };
    }
    words(text, vars) {
        const commands = tokenizeShell(text, vars);
        return { words: commands.flatMap((c) => c.words), commands };
    }
    /** From the keyword through `end` (an index in `rest`). */
    location(ins, rest, end) {
        const start = ins.text.offsets[ins.text.text.search(/\S/)];
        return this.index.location(start, rest.offsets[end - 1] + 1);
    }
    wordLocation(rest, word) {
        return this.index.location(rest.offsets[word.start], rest.offsets[word.end - 1] + 1);
    }
    /* ---------------------------------------------------------------- instructions */
    from(ins) {
        const { rest } = this.flagsAndRest(ins);
        const { words } = this.words(rest, this.globalArgs);
        if (words.length === 0)
            return;
        const image = words[0].value;
        const stageName = words.length >= 3 && words[1].value.toLowerCase() === 'as' ? words[2].value : undefined;
        const parent = this.stages.get(image.toLowerCase());
        this.stage = {
            args: new Map(),
            env: new Map(parent?.env),
            ...(parent?.workdir ? { workdir: parent.workdir } : {}),
        };
        if (stageName)
            this.stages.set(stageName.toLowerCase(), this.stage);
        const last = words[stageName ? 2 : 0];
        this.result.facts.push({
            kind: 'from',
            image,
            ...(stageName ? { stage: stageName } : {}),
            location: this.location(ins, rest, last.end),
        });
    }
    /** `ARG A=1 B`: before FROM it is global; in a stage, a bare `ARG B` brings the global default in. */
    arg(ins) {
        const target = this.stage?.args ?? this.globalArgs;
        const { words } = this.words(this.flagsAndRest(ins).rest, this.vars(this.stage));
        for (const w of words) {
            const eq = w.value.indexOf('=');
            const name = eq === -1 ? w.value : w.value.slice(0, eq);
            const value = eq === -1 ? (this.stage ? this.globalArgs.get(name) : undefined) : w.value.slice(eq + 1);
            if (value !== undefined && w.literal)
                target.set(name, value);
            else
                target.delete(name);
        }
    }
    envInstruction(ins, stage) {
        const { rest } = this.flagsAndRest(ins);
        const { words } = this.words(rest, this.vars(stage));
        if (words.length === 0)
            return;
        const pairs = words[0].value.includes('=') ? words.map(splitAssignment) : [legacyEnv(words)];
        for (const { name, value, literal, start, end } of pairs) {
            if (name === '')
                continue;
            if (!literal) {
                stage.env.delete(name);
                continue;
            }
            stage.env.set(name, value);
            this.result.facts.push({ kind: 'env', name, value, location: this.wordLocation(rest, { start, end }) });
        }
    }
    workdir(ins, stage) {
        const { rest } = this.flagsAndRest(ins);
        const { words } = this.words(rest, this.vars(stage));
        const path = words[0];
        if (!path || !path.literal) {
            delete stage.workdir;
            return;
        }
        stage.workdir = external_node_path_namespaceObject.posix.resolve(stage.workdir ?? '/', path.value);
        this.result.facts.push({
            kind: 'workdir',
            path: stage.workdir,
            location: this.location(ins, rest, path.end),
        });
    }
    user(ins, stage) {
        const { rest } = this.flagsAndRest(ins);
        const { words } = this.words(rest, this.vars(stage));
        const user = words[0];
        if (user?.literal)
            this.result.facts.push({
                kind: 'user',
                user: user.value,
                location: this.location(ins, rest, user.end),
            });
    }
    copy(ins, stage) {
        const { flags, rest } = this.flagsAndRest(ins);
        const json = parseJsonStringArray(rest);
        const { words, commands } = json
            ? {
                words: json.map((e) => ({
                    value: e.value,
                    literal: true,
                    glob: false,
                    start: e.start,
                    end: e.end,
                })),
                commands: [],
            }
            : this.words(rest, this.vars(stage));
        const destWord = words[words.length - 1];
        if (!destWord || !destWord.literal)
            return;
        const dest = this.destination(destWord.value, stage, words.length > 2);
        const end = json
            ? rest.text.trimEnd().length
            : Math.max(destWord.end, ...commands.flatMap((c) => c.redirects.map((r) => r.target.end)));
        const location = this.location(ins, rest, end);
        if (ins.heredocs.length > 0) {
            if (isServerConfigPath(dest)) {
                this.result.notes.push({
                    level: 'notice',
                    code: 'config-edited-by-script',
                    message: `${dest} is written inline by a ${ins.keyword} heredoc; the analysis does not read that content`,
                    location,
                });
            }
            return;
        }
        const sources = words.slice(0, -1);
        if (sources.length === 0 || !sources.every((w) => w.literal))
            return;
        const from = flags.get('from');
        const chown = flags.get('chown');
        this.result.facts.push({
            kind: 'copy',
            sources: sources.map((w) => w.value),
            dest,
            sourceBase: from ? 'stage' : 'build-context',
            ...(from ? { fromStage: from } : {}),
            ...(stage.workdir ? { workdir: stage.workdir } : {}),
            ...(chown ? { chown } : {}),
            location,
        });
    }
    /** Relative destinations are relative to WORKDIR; kept relative when no WORKDIR is known. */
    destination(dest, stage, severalSources) {
        const isDir = severalSources || dest.endsWith('/') || dest === '.' || dest.endsWith('/.');
        let path = dest;
        if (dest.startsWith('/'))
            path = external_node_path_namespaceObject.posix.normalize(dest);
        else if (stage.workdir)
            path = external_node_path_namespaceObject.posix.join(stage.workdir, dest);
        if (path === '.' || path.endsWith('/.'))
            path = path.slice(0, -1);
        return isDir && !path.endsWith('/') ? path + '/' : path;
    }
    run(ins, stage) {
        const { rest } = this.flagsAndRest(ins);
        const vars = this.vars(stage);
        const ctx = {
            index: this.index,
            source: rest,
            ...(stage.workdir ? { cwd: stage.workdir } : {}),
            facts: this.result.facts,
            notes: this.result.notes,
        };
        const json = parseJsonStringArray(rest);
        if (json)
            return this.runExecForm(json, ctx, vars);
        const commands = tokenizeShell(rest, vars);
        interpretCommands(commands, ctx);
        const heredocIsScript = commands.every((c) => !c.heredoc || SHELLS.test(c.words[0]?.value ?? ''));
        if (!heredocIsScript)
            return;
        for (const body of ins.heredocs) {
            const shebang = /^#!\s*(\S+)(?:\s+(\S+))?/.exec(body.text);
            const interpreter = shebang
                ? external_node_path_namespaceObject.posix.basename(shebang[1] === '/usr/bin/env' ? (shebang[2] ?? '') : shebang[1])
                : 'sh';
            if (!SHELLS.test(interpreter))
                continue;
            interpretCommands(tokenizeShell(body, vars), { ...ctx, source: body });
        }
    }
    runExecForm(json, ctx, vars) {
        const [program, flag, script] = json;
        if (program && SHELLS.test(program.value) && /^-[a-z]*c[a-z]*$/.test(flag?.value ?? '') && script) {
            interpretCommands(tokenizeShell(script.mapped, vars), { ...ctx, source: script.mapped });
            return;
        }
        const words = json.map((e) => ({
            value: e.value,
            literal: true,
            glob: false,
            start: e.start,
            end: e.end,
        }));
        interpretCommands([{ words, redirects: [], heredoc: false }], ctx);
    }
}
function splitAssignment(w) {
    const at = w.value.indexOf('=');
    return {
        name: at === -1 ? '' : w.value.slice(0, at),
        value: w.value.slice(at + 1),
        literal: w.literal,
        start: w.start,
        end: w.end,
    };
}
/** `ENV NAME value with spaces` (the form without `=`). */
function legacyEnv([name, ...value]) {
    return {
        name: name.value,
        value: value.map((w) => w.value).join(' '),
        literal: value.every((w) => w.literal),
        start: name.start,
        end: (value[value.length - 1] ?? name).end,
    };
}

;// CONCATENATED MODULE: ./src/engine/parse/provision/shell.ts



function shellFacts(file) {
    const source = sliceOf(file.text, 0, file.text.length);
    const result = { facts: [], notes: [] };
    interpretCommands(tokenizeShell(source), { index: new text_LineIndex(file.path, file.text), source, ...result });
    return result;
}

;// CONCATENATED MODULE: ./src/engine/parse/provision/tmpfiles.ts


/** Specifiers of system units (tmpfiles.d(5)); others make the path unknown. */
const SPECIFIERS = {
    t: '/run',
    S: '/var/lib',
    C: '/var/cache',
    L: '/var/log',
    T: '/tmp',
    V: '/var/tmp',
    '%': '%',
};
function tmpfilesFacts(file) {
    const index = new text_LineIndex(file.path, file.text);
    const result = { facts: [], notes: [] };
    let lineStart = 0;
    for (const line of file.text.split('\n')) {
        const fields = [...line.matchAll(/"(?:[^"\\]|\\.)*"|\S+/g)].map((m) => ({
            text: m[0].replace(/^"(.*)"$/, '$1'),
            start: lineStart + m.index,
            end: lineStart + m.index + m[0].length,
        }));
        lineStart += line.length + 1;
        if (fields.length < 2 || fields[0].text.startsWith('#'))
            continue;
        const [type, pathField, modeField, userField, groupField, , argField] = fields;
        const kind = type.text.replace(/[!\-=~^+]/g, '');
        const path = expand(pathField.text);
        const location = index.location(type.start, fields[fields.length - 1].end);
        if (path === undefined)
            continue;
        const given = (f) => (f && f.text !== '-' ? f.text : undefined);
        const mode = given(modeField) ? parseOctalMode(given(modeField).replace(/^[~:]+/, '')) : undefined;
        const owner = given(userField);
        const group = given(groupField);
        if (kind === 'd' || kind === 'D' || kind === 'v' || kind === 'q' || kind === 'Q') {
            result.facts.push({
                kind: 'mkdir',
                path,
                mode: mode ?? 0o755,
                owner: owner ?? 'root',
                group: group ?? 'root',
                location,
            });
        }
        else if (kind === 'L') {
            const target = given(argField);
            if (target !== undefined)
                result.facts.push({ kind: 'symlink', target, link: path, location });
        }
        else if (kind === 'z' || kind === 'Z' || kind === 'e') {
            const recursive = kind === 'Z';
            if (mode !== undefined)
                result.facts.push({ kind: 'chmod', path, mode, recursive, location });
            if (owner || group) {
                result.facts.push({
                    kind: 'chown',
                    path,
                    ...(owner ? { owner } : {}),
                    ...(group ? { group } : {}),
                    recursive,
                    location,
                });
            }
        }
    }
    return result;
}
function expand(path) {
    let unknown = false;
    const out = path.replace(/%(.)/g, (_, c) => {
        const value = SPECIFIERS[c];
        if (value === undefined)
            unknown = true;
        return value ?? '';
    });
    return unknown ? undefined : out;
}

;// CONCATENATED MODULE: ./src/engine/resolve/images.ts
/**
 * From a base image reference or installed packages to what the machine brings (D1-D5, N8).
 * Unknown images stay unknown: no user or default is guessed for them.
 */

/** Splits `docker.io/library/nginx:1.27-alpine@sha256:…` into `nginx` and `1.27-alpine`. */
function imageName(ref) {
    const noDigest = ref.split('@')[0];
    const slash = noDigest.lastIndexOf('/');
    const colon = noDigest.lastIndexOf(':');
    const tag = colon > slash ? noDigest.slice(colon + 1) : 'latest';
    let name = colon > slash ? noDigest.slice(0, colon) : noDigest;
    name = name.replace(/^(docker\.io\/|index\.docker\.io\/|registry-1\.docker\.io\/)/, '').replace(/^library\//, '');
    return { name: name.toLowerCase(), tag: tag.toLowerCase() };
}
/** What a known base image brings; `undefined` for images socklint does not know. */
function platformOfImage(ref) {
    const { name, tag } = imageName(ref);
    const alpine = tag.includes('alpine');
    if (name === 'php') {
        const base = alpine ? alpineWithWwwData(`${ref} (Alpine)`) : debianHost(`${ref} (Debian)`);
        return { base, fpm: tag.includes('fpm') ? officialPhpFpm(ref) : undefined };
    }
    if (name === 'nginx') {
        const base = alpine ? alpineBase(`${ref} (Alpine)`) : debianHost(`${ref} (Debian)`);
        addNginxUser(base);
        return { base, nginx: nginxFlavours.official(ref) };
    }
    if (name === 'nginxinc/nginx-unprivileged') {
        const base = alpine ? alpineBase(`${ref} (Alpine)`) : debianHost(`${ref} (Debian)`);
        addNginxUser(base);
        return { base, nginx: nginxFlavours.unprivileged(ref) };
    }
    if (name === 'debian')
        return { base: debianHost(ref), defaultPhp: debianPhp(tag) };
    if (name === 'ubuntu')
        return { base: debianHost(ref), defaultPhp: ubuntuPhp(tag) };
    return undefined;
}
/** The packages that bring nginx or PHP-FPM on a Debian-family base. */
function withPackages(platform, packages) {
    if (platform.base?.family !== 'debian')
        return platform;
    let { nginx, fpm } = platform;
    for (const pkg of packages) {
        const name = pkg.split('=')[0];
        if (/^nginx(-(full|light|extras|core))?$/.test(name))
            nginx = nginx ?? nginxFlavours.debian();
        const versioned = /^php(\d+\.\d+)-fpm$/.exec(name);
        if (versioned)
            fpm = fpm ?? debianFpm(versioned[1]);
        if (name === 'php-fpm' && platform.defaultPhp)
            fpm = fpm ?? debianFpm(platform.defaultPhp);
    }
    return { ...platform, nginx, fpm };
}
function addNginxUser(base) {
    base.users.nginx = [101, 'nginx'];
    base.groups.nginx = [101, []];
}
function alpineWithWwwData(description) {
    const base = alpineBase(description);
    base.users['www-data'] = [82, 'www-data'];
    return base;
}
function debianPhp(tag) {
    if (/^(12|bookworm)/.test(tag))
        return '8.2';
    if (/^(13|trixie)/.test(tag))
        return '8.4';
    if (/^(11|bullseye)/.test(tag))
        return '7.4';
    return undefined;
}
function ubuntuPhp(tag) {
    if (/^(24\.04|noble)/.test(tag))
        return '8.3';
    if (/^(22\.04|jammy)/.test(tag))
        return '8.1';
    if (/^(20\.04|focal)/.test(tag))
        return '7.4';
    return undefined;
}

;// CONCATENATED MODULE: ./src/engine/resolve/topology.ts
/**
 * Topology: where each repository file lands when deployed, and which files form one deployment
 * unit (one machine: a Dockerfile's image, a host tree laid out under `etc/`, an Ansible
 * project, or the files mapped in `.socklint.yml`). The nginx of one unit is never paired with
 * the PHP-FPM of another.
 */





const CONFIG_KINDS = new Set(['nginx-main', 'nginx-site', 'nginx-snippet', 'fpm-main', 'fpm-pool']);
const LAYOUT = /(^|\/)(etc\/(nginx|php|php-fpm\.d|php-fpm\.conf|tmpfiles\.d)\b|usr\/local\/etc\/(php-fpm\.d|php-fpm\.conf))/;
function buildTopology(input) {
    const byPath = new Map(input.files.map((f) => [f.path, f]));
    const links = new Map(input.symlinks.map((l) => [l.path, l.target]));
    const claimed = new Set();
    const units = [];
    for (const file of input.files.filter((f) => f.kind === 'dockerfile')) {
        units.push(imageUnit(file, input.facts.get(file.path) ?? [], byPath, links, claimed));
    }
    for (const unit of ansibleUnits(input, byPath, links, claimed))
        units.push(unit);
    if (Object.keys(input.config.mappings).length > 0) {
        units.push(mappedUnit(input.config, byPath, links, claimed));
    }
    for (const unit of layoutUnits(input, byPath, links, claimed))
        units.push(unit);
    for (const unit of units) {
        if (unit.kind === 'host' || unit.kind === 'mapped')
            inferHostFlavours(unit);
        addBuiltins(unit);
        applySymlinkFacts(unit);
    }
    const loose = input.files.filter((f) => CONFIG_KINDS.has(f.kind) && !claimed.has(f.path));
    if (loose.length > 0)
        units.push(unmappedUnit(loose));
    return units;
}
/* ------------------------------------------------------------------ images */
function imageUnit(dockerfile, facts, byPath, links, claimed) {
    const stages = splitStages(facts);
    const final = stages[stages.length - 1];
    // A stage built FROM an earlier stage inherits that stage's facts.
    const chain = [];
    for (let stage = final; stage && !chain.includes(stage);) {
        chain.unshift(stage);
        const parentName = stage.from.image.toLowerCase();
        stage = stages.find((s) => s.name === parentName);
    }
    const fromFact = chain[0]?.from;
    const known = fromFact ? platformOfImage(fromFact.image) : undefined;
    const unitFacts = chain.flatMap((s) => s.facts);
    let platform = known ?? {};
    const packages = unitFacts.flatMap((f) => (f.kind === 'install-packages' ? f.packages : []));
    platform = withPackages(platform, packages);
    const unit = newUnit(`image ${dockerfile.path}`, 'image', platform, fromFact ? {
        kind: 'source',
        location: fromFact.location,
        text: `FROM ${fromFact.image}`,
    } : { kind: 'default', description: 'no FROM line' });
    unit.facts = unitFacts;
    if (fromFact && !known) {
        unit.notes.push({
            level: 'notice',
            code: 'unknown-base-image',
            message: `base image ${fromFact.image} is not one socklint knows: its users and default configs are unknown`,
            location: fromFact.location,
        });
    }
    const contextDir = external_node_path_default().posix.dirname(dockerfile.path);
    for (const fact of unitFacts) {
        if (fact.kind !== 'copy' || fact.fromStage)
            continue;
        for (const [repoPath, deployed] of mapCopy(fact.sources, fact.dest, contextDir, byPath, links)) {
            place(unit, repoPath, deployed, byPath, links, claimed);
        }
    }
    const user = [...unitFacts].reverse().find((f) => f.kind === 'user');
    if (user && user.kind === 'user') {
        const name = user.user.split(':')[0];
        if (name !== 'root' && name !== '0') {
            unit.runtimeUser = { user: name, origin: { kind: 'source', location: user.location, text: `USER ${user.user}` } };
        }
    }
    return unit;
}
function splitStages(facts) {
    const stages = [];
    for (const fact of facts) {
        if (fact.kind === 'from')
            stages.push({ from: fact, name: fact.stage?.toLowerCase(), facts: [] });
        else
            stages[stages.length - 1]?.facts.push(fact);
    }
    return stages;
}
/** Docker COPY semantics: a directory source copies its contents; a `/`-ended or multi-source dest is a directory. */
function mapCopy(sources, dest, baseDir, byPath, links) {
    const out = [];
    const destIsDir = dest.endsWith('/') || sources.length > 1;
    const candidates = [...byPath.keys(), ...links.keys()];
    for (const source of sources) {
        const rel = external_node_path_default().posix.normalize(external_node_path_default().posix.join(baseDir, source.replace(/^\.\//, '') || '.'));
        const srcPath = rel === '.' ? '' : rel;
        const glob = /[*?[]/.test(source);
        const matcher = glob ? picomatch_default()(srcPath) : undefined;
        for (const candidate of candidates) {
            if (matcher) {
                if (matcher(candidate))
                    out.push([candidate, external_node_path_default().posix.join(dest, external_node_path_default().posix.basename(candidate))]);
            }
            else if (candidate === srcPath) {
                out.push([candidate, destIsDir ? external_node_path_default().posix.join(dest, external_node_path_default().posix.basename(candidate)) : dest]);
            }
            else if (srcPath === '' || candidate.startsWith(srcPath + '/')) {
                out.push([candidate, external_node_path_default().posix.join(dest, candidate.slice(srcPath ? srcPath.length + 1 : 0))]);
            }
        }
    }
    return out;
}
/* ------------------------------------------------------------------ Ansible */
function ansibleUnits(input, byPath, links, claimed) {
    const byProject = new Map();
    for (const file of input.files.filter((f) => f.kind === 'ansible')) {
        const facts = input.facts.get(file.path) ?? [];
        if (facts.length === 0)
            continue;
        const roleDir = /^(.*?)(?:^|\/)tasks\/[^/]+$/.exec(file.path)?.[1];
        const projectDir = roleDir !== undefined ? roleDir.replace(/(^|\/)roles\/[^/]+$/, '') : external_node_path_default().posix.dirname(file.path);
        let unit = byProject.get(projectDir);
        if (!unit) {
            unit = newUnit(`ansible ${projectDir === '.' || projectDir === '' ? './' : projectDir + '/'}`, 'ansible', withPackages({ base: debianHost('Debian (assumed for the Ansible hosts)'), defaultPhp: '8.2' }, []), { kind: 'default', description: 'Debian-family hosts (Ansible targets are not declared in the repository)' });
            byProject.set(projectDir, unit);
        }
        unit.facts.push(...facts);
        for (const fact of facts) {
            if (fact.kind !== 'copy')
                continue;
            const dirs = roleDir !== undefined ? [`${roleDir}/templates`, `${roleDir}/files`, roleDir] : [external_node_path_default().posix.dirname(file.path)];
            for (const dir of dirs) {
                const mapped = mapCopy(fact.sources, fact.dest, dir, byPath, links);
                if (mapped.length === 0)
                    continue;
                for (const [repoPath, deployed] of mapped)
                    place(unit, repoPath, deployed, byPath, links, claimed);
                break;
            }
        }
    }
    for (const unit of byProject.values()) {
        unit.platform = withPackages(unit.platform, installedPackages(unit.facts));
    }
    return [...byProject.values()].filter((u) => u.fs.all().length > 0);
}
/* ------------------------------------------------------------------ mappings and layouts */
function mappedUnit(config, byPath, links, claimed) {
    const platform = config.platform === 'unknown' ? {} : { base: debianHost(), defaultPhp: '8.2' };
    const unit = newUnit(`mappings of ${config.source ?? '.socklint.yml'}`, 'mapped', platform, {
        kind: 'default',
        description: config.platform === 'unknown' ? 'platform: unknown' : 'Debian 12 (platform default of mappings)',
    });
    for (const [from, to] of Object.entries(config.mappings)) {
        const src = from.replace(/\/+$/, '').replace(/^\.\//, '');
        for (const candidate of [...byPath.keys(), ...links.keys()]) {
            if (candidate === src)
                place(unit, candidate, to, byPath, links, claimed);
            else if (candidate.startsWith(src + '/'))
                place(unit, candidate, external_node_path_default().posix.join(to, candidate.slice(src.length + 1)), byPath, links, claimed);
        }
    }
    return unit;
}
function layoutUnits(input, byPath, links, claimed) {
    const roots = new Map();
    const candidates = [...byPath.keys(), ...links.keys()].filter((p) => !claimed.has(p));
    for (const repoPath of candidates) {
        const m = LAYOUT.exec(repoPath);
        if (!m)
            continue;
        const root = repoPath.slice(0, m.index + m[1].length);
        let unit = roots.get(root);
        if (!unit) {
            unit = newUnit(`host ${root || './'}`, 'host', { base: debianHost(), defaultPhp: '8.2' }, {
                kind: 'default',
                description: `Debian 12 (a host tree laid out under ${root || './'}etc/)`,
            });
            roots.set(root, unit);
        }
        place(unit, repoPath, '/' + repoPath.slice(root.length), byPath, links, claimed);
    }
    for (const [root, unit] of roots) {
        // Provisioning scripts and tmpfiles.d inside the host tree describe that host.
        for (const file of input.files) {
            if ((file.kind === 'shell' || file.kind === 'tmpfiles') && file.path.startsWith(root)) {
                unit.facts.push(...(input.facts.get(file.path) ?? []));
            }
        }
        unit.platform = withPackages(unit.platform, installedPackages(unit.facts));
    }
    return [...roots.values()];
}
/** A host with Debian's nginx and php-fpm paths runs Debian's packages (trap 33). */
function inferHostFlavours(unit) {
    const paths = unit.fs.all().map((f) => f.deployedPath);
    if (!unit.platform.nginx && unit.platform.base && paths.some((p) => p.startsWith('/etc/nginx/'))) {
        unit.platform = { ...unit.platform, nginx: nginxFlavours.debian() };
    }
    const versions = new Set();
    for (const p of paths) {
        const m = /^\/etc\/php\/(\d+\.\d+)\/fpm\//.exec(p);
        if (m)
            versions.add(m[1]);
    }
    if (unit.platform.fpm)
        versions.delete(unit.platform.fpm.version ?? '');
    if (unit.platform.base)
        unit.fpm.push(...[...versions].sort().map((v) => debianFpm(v)));
}
function installedPackages(facts) {
    return facts.flatMap((f) => (f.kind === 'install-packages' ? f.packages : []));
}
/* ------------------------------------------------------------------ unmapped files */
/**
 * Config files that nothing places: their deployed paths are unknown. They are read as if
 * loaded (sites by a main nginx.conf, pools by a php-fpm.conf) on a machine socklint knows
 * nothing about, so identity-dependent verdicts stay unknown.
 */
function unmappedUnit(files) {
    const unit = newUnit('unmapped files', 'unmapped', {}, {
        kind: 'default',
        description: 'deployed paths unknown: add mappings to .socklint.yml',
    });
    for (const file of files)
        unit.fs.set({ deployedPath: '/' + file.path, file });
    unit.notes.push({
        level: 'notice',
        code: 'unmapped-files',
        message: `${files.length} config file(s) are not placed by a Dockerfile, an Ansible task, an etc/ layout or a mapping; they are checked as one machine whose users are unknown (add "mappings" to .socklint.yml)`,
    });
    return unit;
}
/* ------------------------------------------------------------------ helpers */
function newUnit(id, kind, platform, platformOrigin) {
    return { id, kind, platform, platformOrigin, fpm: [], fs: new UnitFs([]), facts: [], notes: [] };
}
/** Places a repository file (or a symlink in git, by its target's content) at a deployed path. */
function place(unit, repoPath, deployed, byPath, links, claimed) {
    const deployedPath = normalizeDeployed(deployed);
    let file = byPath.get(repoPath);
    const linkTarget = links.get(repoPath);
    // A symlink in git reads as its target: findings point at the target file, not the link.
    if (linkTarget !== undefined) {
        if (linkTarget.startsWith('/')) {
            pendingLinks(unit).push({ link: deployedPath, target: normalizeDeployed(linkTarget) });
            claimed.add(repoPath);
            return;
        }
        file = byPath.get(external_node_path_default().posix.normalize(external_node_path_default().posix.join(external_node_path_default().posix.dirname(repoPath), linkTarget))) ?? file;
    }
    if (!file)
        return;
    claimed.add(repoPath);
    unit.fs.set({ deployedPath, file });
}
const PENDING = new WeakMap();
function pendingLinks(unit) {
    let list = PENDING.get(unit);
    if (!list)
        PENDING.set(unit, (list = []));
    return list;
}
/** `ln -s` in a Dockerfile or script, and absolute symlinks in git, resolved in deployed space. */
function applySymlinkFacts(unit) {
    const links = [...pendingLinks(unit)];
    for (const fact of unit.facts) {
        if (fact.kind !== 'symlink')
            continue;
        const target = normalizeDeployed(fact.target);
        let link = normalizeDeployed(fact.link);
        // `ln -s TARGET DIR/` or an existing directory: the link is DIR/basename(TARGET).
        if (fact.link.endsWith('/') || unit.fs.all().some((f) => f.deployedPath.startsWith(link + '/'))) {
            link = external_node_path_default().posix.join(link, external_node_path_default().posix.basename(target));
        }
        links.push({ link, target });
    }
    for (const { link, target } of links) {
        const file = unit.fs.get(target);
        if (file)
            unit.fs.set({ deployedPath: link, file: file.file, builtin: file.builtin });
    }
}
/** Adds the main files and shipped pools of the unit's nginx and FPM, where the repository has none. */
function addBuiltins(unit) {
    const shipped = [];
    const { nginx } = unit.platform;
    const fpms = [...(unit.platform.fpm ? [unit.platform.fpm] : []), ...unit.fpm];
    unit.fpm = dedupeFpm(fpms);
    const fs = new UnitFs(shipped);
    if (nginx) {
        for (const pattern of nginx.shipped)
            shipped.push({ pattern, description: `shipped by ${nginx.description}` });
        fs.set(builtin(nginx.main.deployedPath, nginx.main.text, nginx.description));
    }
    for (const fpm of unit.fpm) {
        fs.set(builtin(fpm.main.deployedPath, fpm.main.text, fpm.description));
        for (const pool of fpm.pools)
            fs.set(builtin(pool.deployedPath, pool.text, fpm.description));
    }
    for (const file of unit.fs.all())
        fs.set(file);
    unit.fs = fs;
}
function dedupeFpm(list) {
    const seen = new Set();
    return list.filter((f) => !seen.has(f.main.deployedPath) && seen.add(f.main.deployedPath));
}
function builtin(deployedPath, text, description) {
    const file = {
        path: `(${description})${deployedPath}`,
        absPath: deployedPath,
        text,
        hadBom: false,
        crlf: false,
    };
    return { deployedPath, file, builtin: description };
}

;// CONCATENATED MODULE: ./src/engine/rules/anchors.ts

/** Built-in files (the distribution's or image's) carry a path in parentheses, never a repository path. */
function inRepository(location) {
    return location !== undefined && !location.file.startsWith('(');
}
function originLocation(origin) {
    return origin?.kind === 'source' ? origin.location : undefined;
}
/** The pool's effective line for a key, when the repository wrote it. */
function settingLocation(pool, key) {
    const loc = pool.settings.get(key)?.location;
    return inRepository(loc) ? loc : undefined;
}
/** The pool's `listen` line, else its first section header written in the repository. */
function poolLocation(pool) {
    return settingLocation(pool, 'listen') ?? pool.sections.find(inRepository);
}
function related(location, message) {
    return inRepository(location) ? [{ ...location, message }] : [];
}
/** The nginx side of a socket: the `*_pass` line, the upstream server line, the `user` line. */
function clientSide(e) {
    const { client } = e.link;
    const who = e.worker ? `nginx workers run as ${describeCreds(e.worker)}` : 'nginx';
    const out = related(client.location, `${who} connect to ${e.link.path ?? client.raw} here`);
    if (client.upstream)
        out.push(...related(client.upstream.serverLocation, `upstream ${client.upstream.name} names the socket here`));
    if (client.variable)
        out.push(...related(client.variable.location, `$${client.variable.name} is set here`));
    if (e.worker)
        out.push(...related(originLocation(e.worker.why.user.origin), `the workers' user: ${e.worker.why.user.because}`));
    return out;
}
/** Dedupe related locations that point at the same span. */
function uniqueRelated(list) {
    const seen = new Set();
    return list.filter((r) => {
        const key = `${r.file}:${r.line}:${r.column}:${r.endLine}:${r.endColumn}`;
        return !seen.has(key) && seen.add(key);
    });
}

;// CONCATENATED MODULE: ./src/engine/rules/fpm-config-invalid.ts

const fpmConfigInvalid = {
    id: 'fpm-config-invalid',
    level: 'error',
    short: 'PHP-FPM refuses to start with this configuration.',
    full: 'A "#" line (not a comment in PHP-FPM), an unknown key (including listen.acl_* on builds without ACL support such as the ' +
        'official php images), a pool without user when the master is root, a ":" in a Unix listen path, an ACL list with a space ' +
        'after a comma or an unknown user: PHP-FPM exits, no socket exists and the web server answers 502.',
    tags: ['correctness', 'php-fpm'],
    check({ graph, evaluations }) {
        const out = [];
        const seen = new Set();
        const add = (location, message) => {
            if (!inRepository(location))
                return;
            const key = `${location.file}:${location.line}:${location.column}`;
            if (seen.has(key))
                return;
            seen.add(key);
            out.push({
                rule: 'fpm-config-invalid',
                location,
                message: `PHP-FPM does not start: ${message}`,
                related: [],
                identity: [message],
                unit: graph.unit.id,
            });
        };
        for (const fpm of graph.fpm)
            for (const p of fpm.config.problems)
                add(p.location, p.message);
        for (const e of evaluations) {
            const r = e.socketResult;
            if (r?.kind !== 'failure')
                continue;
            // An unknown user is certain only where the machine's users are fully known (an image).
            if (/cannot get [ug]id for \w+ '[^' ,]+'/.test(r.message) && graph.unit.kind !== 'image')
                continue;
            add(originLocation(r.origin), r.message);
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/engine/rules/nginx-config-invalid.ts


const nginxConfigInvalid = {
    id: 'nginx-config-invalid',
    level: 'error',
    short: 'nginx refuses to start with this configuration.',
    full: 'Syntax errors, a user directive with a number or an unknown user, a Unix socket path of 108 bytes or more: nginx stops ' +
        'with [emerg] and serves nothing.',
    tags: ['correctness', 'nginx'],
    check({ graph }) {
        const out = [];
        const seen = new Set();
        for (const instance of graph.nginx) {
            for (const problem of instance.config.problems) {
                const key = `${problem.location.file}:${problem.location.line}:${problem.location.column}:${problem.message}`;
                if (!inRepository(problem.location) || seen.has(key))
                    continue;
                seen.add(key);
                out.push({
                    rule: 'nginx-config-invalid',
                    location: problem.location,
                    message: `nginx does not start: ${problem.message}`,
                    related: [],
                    identity: [problem.message],
                    unit: graph.unit.id,
                });
            }
            const worker = instance.worker;
            if (worker?.kind === 'failure' && workerFailureIsCertain(graph, instance.config)) {
                const location = originLocation(worker.origin);
                if (inRepository(location)) {
                    out.push({
                        rule: 'nginx-config-invalid',
                        location,
                        message: `nginx does not start: [emerg] ${worker.message}: ${graph.unit.id} has no such ${worker.message.startsWith('getpwnam') ? 'user' : 'group'} (${worker.message.startsWith('getpwnam') ? 'users' : 'groups'}: ${[...(worker.message.startsWith('getpwnam') ? graph.state.db.users : graph.state.db.groups).keys()].join(', ')})`,
                        related: [],
                        identity: [worker.message],
                        unit: graph.unit.id,
                    });
                }
            }
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/engine/rules/socket-directory-denied.ts

const socketDirectoryDenied = {
    id: 'socket-directory-denied',
    level: 'error',
    short: 'A directory above the PHP-FPM socket denies search permission to the web server worker.',
    full: 'Reaching a socket needs search (x) permission on every ancestor directory for the client; read (r) is not needed. ' +
        'A socket directory made 0700 or 0750 for another owner gives 502 "Permission denied" whatever the socket\'s own mode.',
    tags: ['correctness', 'php-fpm', 'nginx'],
    check({ graph, evaluations }) {
        return evaluations.filter((e) => e.verdict === 'directory-denied').flatMap((e) => {
            const dir = e.connect.deniedAt;
            const fact = graph.state.directories.get(dir);
            const dirLoc = originLocation(fact?.origin);
            const location = inRepository(dirLoc) ? dirLoc : inRepository(e.link.client.location) ? e.link.client.location : undefined;
            if (!location)
                return [];
            const pool = e.link.target.pool;
            return [
                {
                    rule: 'socket-directory-denied',
                    location,
                    message: e.reason,
                    related: uniqueRelated([
                        ...(location === e.link.client.location ? [] : clientSide(e)),
                        ...related(poolLocation(pool), `pool [${pool.name}] creates ${e.link.path} inside ${dir}`),
                    ]),
                    identity: [dir, e.link.path, e.link.client.location.file],
                    unit: graph.unit.id,
                    socket: e.link.path,
                },
            ];
        });
    },
};

;// CONCATENATED MODULE: ./src/engine/rules/pools.ts

function repositoryUnixPools(graph) {
    return graph.fpm.flatMap((fpm) => fpm.config.pools.flatMap((pool) => {
        const a = pool.listen?.address;
        return a?.kind === 'unix' && poolLocation(pool) ? [{ pool, fpm, path: a.path }] : [];
    }));
}

;// CONCATENATED MODULE: ./src/engine/rules/socket-mode-invalid.ts




const socketModeInvalid = {
    id: 'socket-mode-invalid',
    level: 'error',
    short: 'listen.mode is not an octal mode, and PHP-FPM silently uses another one.',
    full: 'PHP-FPM reads listen.mode with strtoul(value, NULL, 8) and keeps the 0777 bits, without any validation: "u+rw", "0o660" ' +
        'and "999" become 0000, "yes" becomes 0001, "4666" becomes 0666. php-fpm -t accepts them all.',
    tags: ['correctness', 'php-fpm'],
    check({ graph }) {
        return repositoryUnixPools(graph).flatMap(({ pool, path }) => {
            const setting = pool.settings.get('listen.mode');
            const location = settingLocation(pool, 'listen.mode');
            if (!setting || !location || setting.unresolved || setting.value === '')
                return [];
            const mode = fpmModeOf(setting.value);
            if (/^[0-7]+$/.test(setting.value) && parseInt(setting.value, 8) === mode)
                return [];
            const how = setting.value !== setting.raw.trim() ? ` (the ini scanner turns ${setting.raw.trim()} into "${setting.value}")` : '';
            return [
                {
                    rule: 'socket-mode-invalid',
                    location,
                    message: `listen.mode = ${setting.raw.trim()} is not an octal mode${how}: PHP-FPM creates ${path} with mode ${formatMode(mode)}`,
                    related: [],
                    identity: [pool.name, path, setting.value],
                    unit: graph.unit.id,
                    socket: path,
                },
            ];
        });
    },
};

;// CONCATENATED MODULE: ./src/engine/rules/socket-owner-ignored.ts


const socketOwnerIgnored = {
    id: 'socket-owner-ignored',
    level: 'warning',
    short: 'listen.owner or listen.group is set next to listen.acl_users/listen.acl_groups, which makes PHP-FPM ignore it.',
    full: 'When listen.acl_users or listen.acl_groups is set, PHP-FPM ignores listen.owner and listen.group (it logs "ACL set, ' +
        'listen.owner = ... is ignored"): the socket stays the master\'s and access comes only from the ACL entries.',
    tags: ['correctness', 'php-fpm'],
    check({ graph }) {
        return repositoryUnixPools(graph).flatMap(({ pool, path, fpm }) => {
            if (!fpm.aclSupported)
                return [];
            const acl = ['listen.acl_users', 'listen.acl_groups'].find((k) => (pool.settings.get(k)?.value ?? '') !== '');
            if (!acl)
                return [];
            return ['listen.owner', 'listen.group'].flatMap((key) => {
                const setting = pool.settings.get(key);
                const location = settingLocation(pool, key);
                if (!setting || !location || setting.value === '')
                    return [];
                return [
                    {
                        rule: 'socket-owner-ignored',
                        location,
                        message: `${key} = ${setting.value} is ignored because ${acl} is set: ${path} stays owned by the master, and only the ACL entries grant access`,
                        related: settingLocation(pool, acl) ? [{ ...settingLocation(pool, acl), message: `${acl} set here` }] : [],
                        identity: [pool.name, path, key],
                        unit: graph.unit.id,
                        socket: path,
                    },
                ];
            });
        });
    },
};

;// CONCATENATED MODULE: ./src/engine/rules/socket-ownership-implicit.ts


const KEYS = ['listen.owner', 'listen.group', 'listen.acl_users', 'listen.acl_groups'];
const socketOwnershipImplicit = {
    id: 'socket-ownership-implicit',
    level: 'warning',
    short: 'A PHP-FPM pool creates its Unix socket without saying who owns it.',
    full: 'Without listen.owner, listen.group or listen.acl_*, PHP-FPM leaves the socket as the master created it: root:root 0660 when ' +
        'the master runs as root. The pool\'s user and group do not change that. Only root can then connect.',
    tags: ['correctness', 'php-fpm'],
    check({ graph }) {
        return repositoryUnixPools(graph).flatMap(({ pool, path, fpm }) => {
            if (KEYS.some((k) => (pool.settings.get(k)?.value ?? '') !== '' || pool.settings.get(k)?.unresolved))
                return [];
            // An ACL key FPM does not know is fpm-config-invalid's finding, not a missing owner.
            if (fpm.config.problems.some((p) => /listen\.acl_/i.test(p.message)))
                return [];
            const location = poolLocation(pool);
            const user = pool.settings.get('user')?.value;
            return [
                {
                    rule: 'socket-ownership-implicit',
                    location,
                    message: `pool [${pool.name}] sets no listen.owner, listen.group or listen.acl_*: ${path} belongs to the master (root:root 0660 when it runs as root)${user ? `, not to the pool's user ${user}` : ''}`,
                    related: [],
                    identity: [pool.name, path],
                    unit: graph.unit.id,
                    socket: path,
                },
            ];
        });
    },
};

;// CONCATENATED MODULE: ./src/engine/rules/socket-path-mismatch.ts


const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);
const socketPathMismatch = {
    id: 'socket-path-mismatch',
    level: 'error',
    short: 'The web server connects to a socket path that no PHP-FPM pool of the same machine listens on.',
    full: 'When the path in fastcgi_pass (or another *_pass) is created by no pool, connect() fails with ENOENT and nginx answers 502 ' +
        '"(2: No such file or directory)". Typical causes: a PHP version in the path (php7.4-fpm.sock vs php8.2-fpm.sock), ' +
        'a pool that listens on TCP, or a later pool file that overrides listen.',
    tags: ['correctness', 'php-fpm', 'nginx'],
    check({ graph, evaluations }) {
        const out = [];
        for (const e of evaluations.filter((x) => x.verdict === 'no-socket')) {
            const finding = mismatch(graph, e.link, e.link.path);
            if (finding)
                out.push(finding);
        }
        for (const e of evaluations.filter((x) => x.verdict === 'fpm-fails')) {
            const finding = noStart(graph, e);
            if (finding)
                out.push(finding);
        }
        for (const link of graph.links) {
            if (link.client.target.kind !== 'tcp')
                continue;
            const finding = tcpMismatch(graph, link, link.client.target.address);
            if (finding)
                out.push(finding);
        }
        return out;
    },
};
function listeners(graph) {
    return graph.fpm.flatMap((f) => f.config.pools.flatMap((pool) => {
        const a = pool.listen?.address;
        if (a?.kind === 'unix')
            return [{ pool, address: poolSocketPath(pool), kind: 'unix' }];
        if (a?.kind === 'tcp')
            return [{ pool, address: a.address, kind: 'tcp' }];
        return [];
    }));
}
function mismatch(graph, link, path) {
    const location = link.client.targetLocation;
    if (!inRepository(location))
        return undefined;
    const all = listeners(graph);
    const unix = all.filter((l) => l.kind === 'unix');
    const nearest = unix.map((l) => ({ l, d: distance(l.address, path) })).sort((a, b) => a.d - b.d)[0]?.l;
    const where = all.length === 0 ? 'no pool listens anywhere' : `pools listen on ${all.map(socket_path_mismatch_describe).join(', ')}`;
    const hint = nearest ? `; the nearest is ${nearest.address}` : '';
    return {
        rule: 'socket-path-mismatch',
        location,
        message: `${link.client.directive} connects to ${path}, but no PHP-FPM pool of ${graph.unit.id} creates it (connect() fails with ENOENT, 502): ${where}${hint}`,
        related: uniqueRelated([
            ...(link.client.location.line !== location.line || link.client.location.file !== location.file
                ? related(link.client.location, `${link.client.directive} uses it here`)
                : []),
            ...all.flatMap((l) => related(poolLocation(l.pool), `pool [${l.pool.name}] listens on ${socket_path_mismatch_describe(l)}`)),
        ]),
        identity: [path, link.client.location.file, link.client.directive],
        unit: graph.unit.id,
        socket: path,
        ...(nearest && unix.length === 1 ? { fix: pathFix(link, path, nearest.address) } : {}),
    };
}
/** PHP-FPM does not start, so the socket never exists: the 502 shows on this client. */
function noStart(graph, e) {
    const { link } = e;
    const location = link.client.targetLocation;
    if (!inRepository(location) || !link.path)
        return undefined;
    const origin = e.startFailure?.problem?.location ?? originLocation(e.socketResult?.kind === 'failure' ? e.socketResult.origin : undefined);
    const where = inRepository(origin) ? ` (${origin.file}:${origin.line})` : '';
    return {
        rule: 'socket-path-mismatch',
        location,
        message: `${link.client.directive} connects to ${link.path}, but PHP-FPM does not start, so nothing creates it (connect() fails with ENOENT, 502): ${e.startFailure?.message ?? ''}${where}`,
        related: related(origin, `PHP-FPM stops here: ${e.startFailure?.message ?? ''}`),
        identity: [link.path, link.client.location.file, link.client.directive, 'fpm-fails'],
        unit: graph.unit.id,
        socket: link.path,
    };
}
function tcpMismatch(graph, link, address) {
    const m = /^(.*):(\d+)$/.exec(address);
    if (!m || !LOCAL_HOSTS.has(m[1].toLowerCase()))
        return undefined;
    const all = listeners(graph);
    if (all.length === 0 || all.some((l) => l.kind === 'tcp' && portOf(l.address) === m[2]))
        return undefined;
    if (!inRepository(link.client.targetLocation))
        return undefined;
    return {
        rule: 'socket-path-mismatch',
        location: link.client.targetLocation,
        message: `${link.client.directive} connects to TCP ${address}, but no PHP-FPM pool of ${graph.unit.id} listens on port ${m[2]}: pools listen on ${all.map(socket_path_mismatch_describe).join(', ')}`,
        related: uniqueRelated(all.flatMap((l) => related(poolLocation(l.pool), `pool [${l.pool.name}] listens on ${socket_path_mismatch_describe(l)}`))),
        identity: [address, link.client.location.file, link.client.directive],
        unit: graph.unit.id,
        socket: address,
    };
}
/** Replace the path inside the client's argument; unsafe: it changes where nginx connects. */
function pathFix(link, from, to) {
    const loc = link.client.targetLocation;
    const raw = link.client.raw;
    const written = link.client.target.kind === 'unix' ? link.client.target.path : from;
    const index = raw.indexOf(written);
    if (index < 0 || loc.line !== loc.endLine)
        return undefined;
    const quoted = loc.endColumn - loc.column !== raw.length ? 1 : 0;
    const column = loc.column + quoted + index;
    return {
        safe: false,
        description: `point ${link.client.directive} at ${to}, the only socket a pool creates`,
        edits: [{ file: loc.file, line: loc.line, column, endLine: loc.line, endColumn: column + written.length, newText: to }],
    };
}
function portOf(address) {
    return /(\d+)$/.exec(address)?.[1] ?? '';
}
function socket_path_mismatch_describe(l) {
    return l.kind === 'unix' ? l.address : `TCP ${l.address}`;
}
/** Levenshtein distance, for naming the nearest existing socket path. */
function distance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let prev = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const tmp = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
            prev = tmp;
        }
    }
    return row[b.length];
}

;// CONCATENATED MODULE: ./src/engine/rules/socket-permission-denied.ts

const socketPermissionDenied = {
    id: 'socket-permission-denied',
    level: 'error',
    short: 'The web server worker cannot write the PHP-FPM socket it connects to.',
    full: 'connect() to a Unix socket needs write permission on the socket inode for the worker user. ' +
        'The owner class decides when the worker owns the socket, even when it denies; then the group class; then other. ' +
        'nginx answers 502 with "connect() ... failed (13: Permission denied)".',
    tags: ['security', 'correctness', 'php-fpm', 'nginx'],
    securitySeverity: '5.0',
    check({ graph, evaluations }) {
        return evaluations.filter((e) => e.verdict === 'permission-denied').flatMap((e) => {
            const target = e.link.target;
            const anchor = anchorOf(e);
            const clientLoc = e.link.client.location;
            const location = anchor ?? (inRepository(clientLoc) ? clientLoc : undefined);
            if (!location)
                return [];
            const why = e.socket.why;
            return [
                {
                    rule: 'socket-permission-denied',
                    location,
                    message: `${e.reason}`,
                    related: uniqueRelated([
                        ...(location === clientLoc ? [] : clientSide(e)),
                        ...related(poolLocation(target.pool), `pool [${target.pool.name}] creates ${e.link.path} (owner: ${why.owner.because}; group: ${why.group.because}; mode: ${why.mode.because})`),
                        ...membershipLines(e),
                    ]).filter((r) => !(r.file === location.file && r.line === location.line && r.column === location.column)),
                    identity: [target.pool.name, e.link.path, e.link.client.location.file, e.link.client.directive],
                    unit: graph.unit.id,
                    socket: e.link.path,
                },
            ];
        });
    },
};
/** The line whose value decides: the mode when the owner or group class denies, else the ownership lines. */
function anchorOf(e) {
    const pool = e.link.target.pool;
    const decided = e.connect?.decision?.permission?.decidedBy;
    const mode = settingLocation(pool, 'listen.mode');
    if ((decided === 'owner' || decided === 'group') && mode)
        return mode;
    if (decided === 'acl-user' || decided === 'acl-group' || decided === 'acl-other') {
        return settingLocation(pool, 'listen.acl_users') ?? settingLocation(pool, 'listen.acl_groups') ?? poolLocation(pool);
    }
    return settingLocation(pool, 'listen.group') ?? settingLocation(pool, 'listen.owner') ?? poolLocation(pool);
}
function membershipLines(e) {
    const origin = e.worker?.why.group.origin;
    return origin?.kind === 'source' ? related(origin.location, `the workers' group: ${e.worker.why.group.because}`) : [];
}

;// CONCATENATED MODULE: ./src/engine/rules/socket-target-unresolved.ts

const socketTargetUnresolved = {
    id: 'socket-target-unresolved',
    level: 'notice',
    short: 'socklint cannot decide this socket statically and says what is unknown.',
    full: 'A target built from a variable or a template placeholder, an upstream that is not defined, a pool that is not in the ' +
        'repository, or a user the repository never defines leaves the verdict open. socklint reports what is unknown instead of guessing; ' +
        'give values in .socklint.yml (variables, users, web-user, mappings) to have it decided.',
    tags: ['php-fpm', 'nginx'],
    check({ graph, evaluations }) {
        const out = [];
        for (const e of evaluations) {
            if (e.verdict !== 'unknown')
                continue;
            const location = inRepository(e.link.client.targetLocation) ? e.link.client.targetLocation : undefined;
            if (!location)
                continue;
            const pool = e.link.target?.pool;
            out.push({
                rule: 'socket-target-unresolved',
                location,
                message: `cannot decide whether ${e.link.client.directive} ${e.link.client.raw} connects: ${e.reason}`,
                related: pool ? related(poolLocation(pool), `pool [${pool.name}] listens here`) : [],
                identity: [e.link.client.raw, e.link.client.location.file, e.link.client.directive],
                unit: graph.unit.id,
                socket: e.link.path ?? e.link.client.raw,
            });
        }
        // Pools whose listen address is unknown (a template placeholder or an environment variable),
        // unless a client's notice already names the same unknowns.
        const namedByClients = new Set(evaluations.flatMap((e) => (e.link.client.target.kind === 'unresolved' ? e.link.client.target.unresolved.what : [])));
        for (const fpm of graph.fpm) {
            for (const pool of fpm.config.pools) {
                const address = pool.listen?.address;
                const location = poolLocation(pool);
                if (address?.kind !== 'unresolved' || !location)
                    continue;
                if (address.unresolved.what.every((w) => namedByClients.has(w)))
                    continue;
                out.push({
                    rule: 'socket-target-unresolved',
                    location,
                    message: `pool [${pool.name}] listens on an address socklint cannot know: it depends on ${address.unresolved.what.join(', ')}`,
                    related: [],
                    identity: [pool.name, pool.listen.setting.raw],
                    unit: graph.unit.id,
                });
            }
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/engine/rules/socket-world-writable.ts




const socketWorldWritable = {
    id: 'socket-world-writable',
    level: 'warning',
    short: 'listen.mode lets every local user write the PHP-FPM socket.',
    full: 'A socket that "other" may write accepts FastCGI requests from any local user, who can then run PHP code as the pool user ' +
        '(CVE-2014-0185, why PHP-FPM changed its default mode to 0660 in 5.4.28 and 5.5.12). Give the web server access through ' +
        'listen.owner, listen.group or listen.acl_* instead.',
    tags: ['security', 'php-fpm'],
    securitySeverity: '7.0',
    check({ graph }) {
        return repositoryUnixPools(graph).flatMap(({ pool, path }) => {
            const setting = pool.settings.get('listen.mode');
            const location = settingLocation(pool, 'listen.mode');
            if (!setting || !location || setting.unresolved)
                return [];
            const mode = fpmModeOf(setting.value);
            if ((mode & 0o002) === 0)
                return [];
            return [
                {
                    rule: 'socket-world-writable',
                    location,
                    message: `listen.mode = ${setting.raw} creates ${path} with mode ${formatMode(mode)}: every local user may connect and run code as the pool's user ${pool.settings.get('user')?.value || '(unset)'}`,
                    related: [],
                    identity: [pool.name, path],
                    unit: graph.unit.id,
                    socket: path,
                },
            ];
        });
    },
};

;// CONCATENATED MODULE: ./src/engine/rules/suppression-invalid.ts
const suppressionInvalid = {
    id: 'suppression-invalid',
    level: 'warning',
    short: 'An inline socklint-disable comment is missing a reason, names an unknown rule, or suppresses nothing.',
    full: 'Suppressions must say which rule and why: "# socklint-disable-next-line socket-world-writable -- shared dev box" in nginx ' +
        'files, "; socklint-disable-next-line ... -- ..." in PHP-FPM files. One without a reason, or one that no longer matches a ' +
        'finding, hides nothing and misleads readers.',
    tags: ['maintainability'],
    check: () => [],
};

;// CONCATENATED MODULE: ./src/engine/rules/index.ts











const RULES = [
    socketPermissionDenied,
    socketDirectoryDenied,
    socketPathMismatch,
    socketModeInvalid,
    nginxConfigInvalid,
    fpmConfigInvalid,
    socketWorldWritable,
    socketOwnershipImplicit,
    socketOwnerIgnored,
    socketTargetUnresolved,
    suppressionInvalid,
];

;// CONCATENATED MODULE: ./src/engine/suppressions.ts
const DIRECTIVE = /^(\s*)([#;])\s*socklint-disable-next-line\b(.*)$/;
const NGINX_KINDS = new Set(['nginx-main', 'nginx-site', 'nginx-snippet']);
const FPM_KINDS = new Set(['fpm-main', 'fpm-pool']);
function findSuppressions(files) {
    const out = new Map();
    for (const file of files) {
        const marker = NGINX_KINDS.has(file.kind) ? '#' : FPM_KINDS.has(file.kind) ? ';' : undefined;
        if (!marker || !file.text.includes('socklint-disable'))
            continue;
        const lines = file.text.split('\n');
        lines.forEach((raw, index) => {
            const line = raw.replace(/\r$/, '');
            const m = DIRECTIVE.exec(line);
            if (!m || m[2] !== marker)
                return;
            const [spec, ...reasonParts] = m[3].split('--');
            const reason = reasonParts.join('--').trim();
            const rules = spec.split(/[\s,]+/).filter(Boolean);
            const location = { file: file.path, line: index + 1, column: m[1].length + 1, endLine: index + 1, endColumn: line.length + 1 };
            const list = out.get(file.path) ?? [];
            list.push({ location, rules, reason, used: false });
            out.set(file.path, list);
        });
    }
    return out;
}
/**
 * Drops the findings a valid suppression covers (on the line right after it) and returns them
 * counted, plus a `suppression-invalid` finding for each suppression that is malformed or unused.
 */
function applySuppressions(findings, suppressions, knownRules, makeInvalid) {
    let suppressed = 0;
    const kept = [];
    for (const finding of findings) {
        const s = suppressions
            .get(finding.file)
            ?.find((x) => x.location.line + 1 === finding.line && x.reason !== '' && x.rules.includes(finding.rule));
        if (s) {
            s.used = true;
            suppressed++;
        }
        else
            kept.push(finding);
    }
    for (const list of suppressions.values()) {
        for (const s of list) {
            const unknown = s.rules.filter((r) => !knownRules.has(r));
            if (s.rules.length === 0)
                kept.push(makeInvalid(s.location, 'socklint-disable-next-line names no rule: write the rule id and a reason after "--"'));
            else if (unknown.length > 0)
                kept.push(makeInvalid(s.location, `socklint-disable-next-line names unknown rule ${unknown.join(', ')}`));
            else if (s.reason === '')
                kept.push(makeInvalid(s.location, `socklint-disable-next-line ${s.rules.join(',')} has no reason: add "-- why" so readers know why it is silenced`));
            else if (!s.used)
                kept.push(makeInvalid(s.location, `socklint-disable-next-line ${s.rules.join(',')} suppresses nothing on line ${s.location.line + 1}: remove it`));
        }
    }
    return { kept, suppressed };
}

;// CONCATENATED MODULE: ./src/engine/templates.ts
const MARK = '\u01c2'; // ǂ: not special to nginx, PHP-FPM or the shell readers
const MARKER = new RegExp(`${MARK}([0-9a-z]+)${MARK}*`, 'g');
const JINJA = /\{\{-?\s*(.*?)\s*-?\}\}|\{%-?[\s\S]*?-?%\}|\{#[\s\S]*?#\}/g;
const PANEL = /%([a-z_][a-z0-9_]*)%/gi;
const TEMPLATE_NAME = /\.(j2|jinja2?|tpl|tmpl|template)$/i;
class Placeholders {
    variables;
    names = [];
    constructor(variables) {
        this.variables = variables;
    }
    /** The file with placeholders replaced; unchanged when it has none. */
    apply(file) {
        const isTemplate = TEMPLATE_NAME.test(file.path) || file.text.includes('{{') || file.text.includes('{%');
        if (!isTemplate)
            return file;
        let text = file.text.replace(JINJA, (match, expr) => {
            if (expr === undefined)
                return match.replace(/[^\n]/g, ' '); // statements and comments vanish
            return this.replace(match, `{{ ${expr} }}`, variableName(expr));
        });
        text = text.replace(PANEL, (match, name) => this.replace(match, match, name));
        return text === file.text ? file : { ...file, text };
    }
    /** The placeholders a value depends on, e.g. `template placeholder {{ app_name }}`. */
    unresolvedIn(value) {
        const out = [];
        for (const m of value.matchAll(MARKER))
            out.push(`template placeholder ${this.names[parseInt(m[1], 36)] ?? '?'}`);
        return out;
    }
    replace(match, shown, name) {
        if (name !== undefined && Object.hasOwn(this.variables, name))
            return this.variables[name];
        const id = (this.names.push(shown) - 1).toString(36);
        const marker = MARK + id + MARK;
        // Same length as the placeholder where it is long enough, so later columns stay exact.
        return marker.length >= match.length ? marker : marker + MARK.repeat(match.length - marker.length);
    }
}
/** `app_name`, `app_name | default('x')` → `app_name`; anything else has no variable name. */
function variableName(expr) {
    return /^([A-Za-z_][\w.]*)\s*(\|.*)?$/.exec(expr)?.[1];
}
function hasPlaceholder(value) {
    return value.includes(MARK);
}

;// CONCATENATED MODULE: ./src/engine/scan.ts
/**
 * The pipeline: discover → parse → resolve (topology, identities, sockets) → rules → findings.
 * Everything the CLI and the action report comes from `analyze()`.
 */
















const SEVERITY_RANK = { notice: 0, warning: 1, error: 2 };
async function analyze(options) {
    const config = loadConfig(options.root, options.config);
    if (options.failOn)
        config.failOn = options.failOn;
    if (options.maxFileBytes)
        config.maxFileBytes = options.maxFileBytes;
    const discovered = await discover(options.root, { maxFileBytes: config.maxFileBytes, ignore: config.ignore });
    const placeholders = new Placeholders(config.variables);
    const files = discovered.files.map((f) => placeholders.apply(f));
    const notes = [];
    const facts = new Map();
    for (const file of files) {
        const reader = FACT_READERS[file.kind];
        if (!reader)
            continue;
        const result = reader(file);
        facts.set(file.path, result.facts);
        notes.push(...result.notes);
    }
    const units = buildTopology({ files, symlinks: discovered.symlinks, facts, config });
    const texts = new Map(files.map((f) => [f.path, f.text]));
    const graphs = units.map((unit) => {
        const graph = buildGraph(unit, config);
        markPlaceholders(graph, placeholders, texts);
        return graph;
    });
    const evaluations = [];
    const sockets = [];
    const raw = [];
    for (const graph of graphs) {
        const evals = evaluateUnit(graph);
        evaluations.push(...evals);
        sockets.push(...evals.map((e) => socketRow(graph.unit.id, e)));
        notes.push(...graph.unit.notes);
        for (const n of graph.nginx)
            notes.push(...n.config.notes);
        for (const f of graph.fpm)
            notes.push(...f.config.notes);
        for (const rule of RULES)
            raw.push(...rule.check({ graph, evaluations: evals }));
    }
    // Fixes: one listen.* patch per pool, re-checked with the verdict functions (src/engine/fix).
    attachFixes(graphs, evaluations, raw);
    const findings = dedupe(raw.flatMap((r) => finalize(r, config)));
    const { kept, suppressed } = applySuppressions(findings, findSuppressions(files), new Set(RULES.map((r) => r.id)), (location, message) => finalize({ rule: 'suppression-invalid', location, message, related: [], identity: [message], unit: '' }, config)[0] ?? {
        ...location,
        rule: 'suppression-invalid',
        severity: 'warning',
        message,
        related: [],
        fingerprint: fingerprintOf('suppression-invalid', location, [message]),
    });
    const result = {
        version: 1,
        findings: sortFindings(kept.filter((f) => config.rules[f.rule] !== 'off')),
        sockets,
        skipped: discovered.skipped,
        suppressed,
        notes: dedupeNotes(notes),
    };
    return { result, config, graphs, evaluations, files };
}
const FACT_READERS = {
    dockerfile: dockerfileFacts,
    shell: shellFacts,
    ansible: ansibleFacts,
    tmpfiles: tmpfilesFacts,
};
function reachesFailOn(severity, failOn) {
    return failOn !== 'never' && SEVERITY_RANK[severity] >= SEVERITY_RANK[failOn];
}
/** Applies the configured level and the fingerprint; `off` drops the finding. */
function finalize(raw, config) {
    const rule = RULES.find((r) => r.id === raw.rule);
    const level = config.rules[raw.rule] ?? rule.level;
    if (level === 'off')
        return [];
    const { location } = raw;
    return [
        {
            rule: raw.rule,
            severity: level,
            file: location.file,
            line: location.line,
            column: location.column,
            endLine: location.endLine,
            endColumn: location.endColumn,
            message: raw.message,
            related: raw.related,
            fingerprint: fingerprintOf(raw.rule, location, [raw.unit, ...raw.identity]),
            ...(raw.fix ? { fix: raw.fix } : {}),
            ...(raw.unit ? { unit: raw.unit } : {}),
            ...(raw.socket ? { socket: raw.socket } : {}),
        },
    ];
}
/** Built from the rule, the file and location-independent facts, so moving lines keeps it. */
function fingerprintOf(rule, location, identity) {
    return (0,external_node_crypto_namespaceObject.createHash)('sha256').update([rule, location.file, ...identity].join('\0')).digest('hex').slice(0, 32);
}
function dedupe(findings) {
    const seen = new Set();
    return findings.filter((f) => {
        const key = `${f.fingerprint}:${f.line}:${f.column}`;
        return !seen.has(key) && seen.add(key);
    });
}
function sortFindings(findings) {
    return findings.sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
        a.file.localeCompare(b.file) ||
        a.line - b.line ||
        a.column - b.column ||
        a.rule.localeCompare(b.rule));
}
function dedupeNotes(notes) {
    const seen = new Set();
    return notes.filter((n) => {
        const key = `${n.code}:${n.location?.file}:${n.location?.line}:${n.location?.column}:${n.message}`;
        return !seen.has(key) && seen.add(key);
    });
}
/**
 * Template markers in resolved values become unresolved targets and settings, and what the
 * programs would refuse on a line that holds a placeholder depends on its value: not reported.
 */
function markPlaceholders(graph, placeholders, texts) {
    const onPlaceholderLine = (p) => hasPlaceholder(lineOf(texts.get(p.location.file), p.location.line));
    for (const n of graph.nginx)
        n.config.problems = n.config.problems.filter((p) => !onPlaceholderLine(p));
    for (const f of graph.fpm) {
        // FPM's post-processing reports a bad value at the pool's header, naming the key.
        const templatedKeys = f.config.files.flatMap((file) => (texts.get(file.file.path) ?? '')
            .split('\n')
            .filter((line) => hasPlaceholder(line) && line.includes('='))
            .map((line) => line.slice(0, line.indexOf('=')).trim().toLowerCase()));
        f.config.problems = f.config.problems.filter((p) => !onPlaceholderLine(p) && !templatedKeys.some((key) => p.message.toLowerCase().includes(key)));
    }
    for (const link of graph.links) {
        const t = link.client.target;
        const value = t.kind === 'unix' ? t.path : t.kind === 'tcp' ? t.address : '';
        const what = placeholders.unresolvedIn(value);
        if (what.length > 0) {
            link.client.target = { kind: 'unresolved', unresolved: { what } };
            link.path = undefined;
            link.target = undefined;
        }
    }
    for (const fpm of graph.fpm) {
        for (const pool of fpm.config.pools) {
            for (const setting of pool.settings.values())
                markSetting(setting, placeholders);
            const listen = pool.listen;
            if (!listen)
                continue;
            const a = listen.address;
            const what = placeholders.unresolvedIn(a.kind === 'unix' ? a.path : a.kind === 'tcp' ? a.address : '');
            if (what.length > 0)
                listen.address = { kind: 'unresolved', unresolved: { what } };
        }
    }
}
function lineOf(text, line) {
    return text?.split('\n')[line - 1] ?? '';
}
function markSetting(setting, placeholders) {
    const what = placeholders.unresolvedIn(setting.value);
    if (what.length > 0)
        setting.unresolved = { what: [...(setting.unresolved?.what ?? []), ...what] };
}
function socketRow(unit, e) {
    const { link } = e;
    const worker = link.nginx.worker;
    const pool = link.target?.pool;
    const s = e.socket;
    const userOrigin = worker?.kind === 'creds' ? worker.why.user.origin : worker?.origin;
    return {
        unit,
        webServer: {
            server: 'nginx',
            user: worker?.kind === 'creds' ? showPrincipal(worker.user) : worker ? '(fails)' : 'unknown',
            group: worker?.kind === 'creds' ? showPrincipal(worker.group) : '',
            groups: worker?.kind === 'creds' ? worker.groups.map(showPrincipal) : [],
            origin: userOrigin?.kind === 'source'
                ? `${userOrigin.location.file}:${userOrigin.location.line}`
                : (userOrigin?.description ?? workerLabel(worker)),
        },
        client: { location: link.client.location, directive: link.client.directive, target: link.client.raw },
        socket: link.path ?? (link.client.target.kind === 'unresolved' ? link.client.target.unresolved.what.join(', ') : link.client.raw),
        ...(pool
            ? {
                pool: {
                    name: pool.name,
                    location: pool.listen?.setting.location ?? pool.sections[0],
                    owner: s ? showPrincipal(s.owner) : '',
                    group: s ? showPrincipal(s.group) : '',
                    mode: s ? formatMode(s.mode) : '',
                    ...(s?.acl ? { acl: s.acl.map(formatAclEntry) } : {}),
                },
            }
            : {}),
        verdict: e.verdict,
        reason: e.reason,
    };
}

;// CONCATENATED MODULE: ./src/engine/report/json.ts
function renderJson(result) {
    return JSON.stringify(result, null, 2) + '\n';
}

;// CONCATENATED MODULE: ./src/engine/rules/rule.ts
function docsUrl(id) {
    return `https://github.com/socklint/socklint/blob/main/docs/rules/${id}.md`;
}

;// CONCATENATED MODULE: ./src/engine/report/sarif.ts


const LEVEL = { error: 'error', warning: 'warning', notice: 'note' };
function renderSarif(result, options) {
    const rules = RULES.map((rule) => ({
        id: rule.id,
        name: rule.id.replace(/(^|-)(\w)/g, (_, __, c) => c.toUpperCase()),
        shortDescription: { text: rule.short },
        fullDescription: { text: rule.full },
        helpUri: docsUrl(rule.id),
        help: { text: `${rule.full} See ${docsUrl(rule.id)}`, markdown: `${rule.full}\n\n[Documentation](${docsUrl(rule.id)})` },
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
                results: result.findings.map((f) => resultOf(f, index.get(f.rule))),
            },
        ],
    };
}
function resultOf(f, ruleIndex) {
    return {
        ruleId: f.rule,
        ruleIndex,
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [sarif_location(f.file, f)],
        ...(f.related.length > 0
            ? { relatedLocations: f.related.map((r, id) => ({ id, ...sarif_location(r.file, r), message: { text: r.message } })) }
            : {}),
        partialFingerprints: { 'socklint/v1': f.fingerprint },
        ...(f.fix
            ? {
                fixes: [
                    {
                        description: { text: `${f.fix.description}${f.fix.safe ? '' : ' (unsafe: review before applying)'}` },
                        artifactChanges: groupByFile(f.fix.edits).map(([file, edits]) => ({
                            artifactLocation: { uri: file, uriBaseId: '%SRCROOT%' },
                            replacements: edits.map((e) => ({ deletedRegion: region(e), insertedContent: { text: e.newText } })),
                        })),
                    },
                ],
            }
            : {}),
    };
}
function sarif_location(file, span) {
    return { physicalLocation: { artifactLocation: { uri: file, uriBaseId: '%SRCROOT%' }, region: region(span) } };
}
function region(s) {
    return { startLine: s.line, startColumn: s.column, endLine: s.endLine, endColumn: s.endColumn };
}
function groupByFile(items) {
    const map = new Map();
    for (const item of items)
        map.set(item.file, [...(map.get(item.file) ?? []), item]);
    return [...map];
}

;// CONCATENATED MODULE: ./src/engine/report/sockets.ts




function describeSockets(graphs, evaluations) {
    const verdictOf = new Map(evaluations.map((e) => [e.link, e.verdict]));
    return {
        units: graphs.map((g) => ({
            unit: g.unit.id,
            kind: g.unit.kind,
            platform: g.state.db.base,
            platformFrom: originText(g.unit.platformOrigin),
            webServers: g.nginx.map((n) => {
                const w = n.worker;
                if (!w)
                    return { main: n.config.mainPath, user: 'unknown', group: 'unknown', groups: [], from: 'nothing says it' };
                if (w.kind === 'failure')
                    return { main: n.config.mainPath, user: '-', group: '-', groups: [], from: originText(w.origin), failure: w.message };
                const origin = w.why.user.origin;
                return {
                    main: n.config.mainPath,
                    user: showPrincipal(w.user),
                    group: showPrincipal(w.group),
                    groups: w.groups.map(showPrincipal),
                    from: `${w.why.user.because}${origin ? ` (${originText(origin)})` : ''}`,
                    ...(origin?.kind === 'source' ? { userLocation: origin.location } : {}),
                };
            }),
            clients: g.links.map((l) => ({
                location: l.client.location,
                directive: l.client.directive,
                target: l.client.raw,
                ...(l.path ? { socket: l.path } : {}),
                ...(l.client.upstream ? { upstream: l.client.upstream.name } : {}),
                ...(l.target
                    ? { reaches: { pool: l.target.pool.name, location: l.target.pool.listen?.setting.location, ...(l.target.alias ? { via: `Debian's ${l.target.alias} alias` } : {}) } }
                    : {}),
                ...(verdictOf.has(l) ? { verdict: verdictOf.get(l) } : {}),
            })),
            pools: g.fpm.flatMap((f) => f.config.pools.map((p) => poolView(g, f, p))),
        })),
    };
}
function poolView(g, fpm, pool) {
    const configured = {};
    for (const key of ['listen', 'listen.owner', 'listen.group', 'listen.mode', 'listen.acl_users', 'listen.acl_groups', 'user', 'group']) {
        const s = pool.settings.get(key);
        if (s)
            configured[key] = { value: s.raw, location: s.location };
    }
    const a = pool.listen?.address;
    const listen = !a ? '(none)' : a.kind === 'unix' ? a.path : a.kind === 'tcp' ? `TCP ${a.address}` : `unknown: ${a.unresolved.what.join(', ')}`;
    const path = poolSocketPath(pool);
    let applied;
    if (path) {
        const r = socketOf(g, fpm, pool, path);
        if (r.kind === 'socket') {
            applied = { owner: showPrincipal(r.owner), group: showPrincipal(r.group), mode: formatMode(r.mode), ...(r.acl ? { acl: r.acl.map(formatAclEntry) } : {}) };
        }
        else if (r.kind === 'failure')
            applied = { failure: r.message };
    }
    return { name: pool.name, location: pool.listen?.setting.location ?? pool.sections[0], listen, configured, ...(applied ? { applied } : {}) };
}
function renderSocketsText(view) {
    const out = [];
    const at = (l) => (l ? `${l.file}:${l.line}` : '?');
    for (const u of view.units) {
        out.push(`${u.unit}  [${u.platform}; ${u.platformFrom}]`);
        for (const w of u.webServers) {
            out.push(w.failure
                ? `  nginx (${w.main}): does not start: ${w.failure} (${w.from})`
                : `  nginx (${w.main}): workers run as ${w.user}:${w.group} (groups: ${w.groups.join(', ') || 'none'}); ${w.from}`);
        }
        if (u.webServers.length === 0)
            out.push('  nginx: none loaded');
        out.push('  clients:');
        for (const c of u.clients) {
            const reach = c.reaches ? ` -> pool [${c.reaches.pool}] ${at(c.reaches.location)}${c.reaches.via ? ` (via ${c.reaches.via})` : ''}` : c.socket ? ' -> no pool' : '';
            const verdict = c.verdict ? `  [${c.verdict}]` : '';
            out.push(`    ${at(c.location)}  ${c.directive} ${c.target}${c.upstream ? ` (upstream ${c.upstream})` : ''}${reach}${verdict}`);
        }
        if (u.clients.length === 0)
            out.push('    none');
        out.push('  pools:');
        for (const p of u.pools) {
            const conf = Object.entries(p.configured)
                .filter(([k]) => k.startsWith('listen.'))
                .map(([k, v]) => `${k}=${v.value}`)
                .join(' ');
            const applied = !p.applied ? '' : 'failure' in p.applied ? `  => FPM fails: ${p.applied.failure}` : `  => ${p.applied.owner}:${p.applied.group} ${p.applied.mode}${p.applied.acl ? ` acl ${p.applied.acl.join(',')}` : ''}`;
            out.push(`    [${p.name}] ${at(p.location)}  listen ${p.listen}${conf ? `  (${conf})` : ''}${applied}`);
        }
        if (u.pools.length === 0)
            out.push('    none');
        out.push('');
    }
    if (view.units.length === 0)
        out.push('no nginx or PHP-FPM configuration found');
    return out.join('\n') + '\n';
}
function originText(o) {
    if (!o)
        return 'unknown';
    return o.kind === 'source' ? `${o.location.file}:${o.location.line}` : o.description;
}

;// CONCATENATED MODULE: ./src/engine/report/text.ts
const STYLE = {
    error: '\u001b[31m',
    warning: '\u001b[33m',
    notice: '\u001b[36m',
    dim: '\u001b[2m',
    bold: '\u001b[1m',
    reset: '\u001b[0m',
};
function renderText(result, options) {
    const paint = (style, text) => (options.color ? STYLE[style] + text + STYLE.reset : text);
    const lines = [];
    for (const [socket, findings] of groupBySocket(result.findings)) {
        lines.push(paint('bold', socket ?? 'Configuration'));
        for (const f of findings) {
            lines.push(`  ${paint(f.severity, f.severity.padEnd(7))} ${f.file}:${f.line}:${f.column}  ${paint('dim', f.rule)}`);
            lines.push(`    ${f.message}`);
            lines.push(...codeFrame(options.sources.get(f.file), f).map((l) => `    ${paint('dim', l)}`));
            for (const r of f.related)
                lines.push(`    ${paint('dim', '↳')} ${r.file}:${r.line}:${r.column}  ${r.message}`);
            if (f.fix) {
                const how = f.fix.safe ? 'socklint scan --fix' : 'socklint scan --fix --unsafe-fixes';
                lines.push(`    ${paint('dim', 'fix:')} ${f.fix.description} (${how})`);
            }
        }
        lines.push('');
    }
    for (const s of result.skipped) {
        const at = s.line ? `:${s.line}:${s.column ?? 1}` : '';
        lines.push(`${paint('dim', 'skipped')} ${s.path}${at}: ${s.reason}`);
    }
    const notes = result.notes.filter((n) => n.level !== 'notice' || n.location);
    for (const n of notes) {
        const at = n.location ? `${n.location.file}:${n.location.line}:${n.location.column}: ` : '';
        lines.push(`${paint('dim', 'note')} ${at}${n.message}`);
    }
    if (result.skipped.length > 0 || notes.length > 0)
        lines.push('');
    lines.push(summaryLine(result));
    return lines.join('\n') + '\n';
}
function summaryLine(result) {
    const count = (s) => result.findings.filter((f) => f.severity === s).length;
    const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
    const sockets = result.sockets.length;
    const parts = [plural(count('error'), 'error'), plural(count('warning'), 'warning'), plural(count('notice'), 'notice')];
    const extra = [
        `${plural(sockets, 'socket')} checked`,
        ...(result.suppressed ? [`${result.suppressed} suppressed`] : []),
        ...(result.skipped.length ? [`${plural(result.skipped.length, 'file')} skipped`] : []),
    ];
    return `${parts.join(', ')} (${extra.join(', ')})`;
}
function groupBySocket(findings) {
    const groups = new Map();
    for (const f of findings) {
        const key = f.socket ? `${f.socket}${f.unit ? `  (${f.unit})` : ''}` : undefined;
        groups.set(key, [...(groups.get(key) ?? []), f]);
    }
    // Socket groups first, in the order their most severe finding appears; configuration last.
    return [...groups].sort(([a], [b]) => (a === undefined ? 1 : 0) - (b === undefined ? 1 : 0));
}
/** The offending line with one line of context above and a caret underline. */
function codeFrame(text, f) {
    if (text === undefined)
        return [];
    const all = text.split('\n');
    const line = all[f.line - 1];
    if (line === undefined)
        return [];
    const clean = (s) => s.replace(/\r$/, '').replace(/\t/g, ' ');
    const width = String(f.line).length;
    const out = [];
    if (f.line > 1)
        out.push(`  ${String(f.line - 1).padStart(width)} | ${clean(all[f.line - 2])}`);
    out.push(`> ${String(f.line).padStart(width)} | ${clean(line)}`);
    const end = f.endLine === f.line ? f.endColumn : clean(line).length + 1;
    const carets = Math.max(1, end - f.column);
    out.push(`  ${' '.repeat(width)} | ${' '.repeat(Math.max(0, f.column - 1))}${'^'.repeat(carets)}`);
    return out;
}

;// CONCATENATED MODULE: ./src/engine/version.ts
/** The version printed by `--version` and written into SARIF; kept equal to package.json by a test. */
const VERSION = '0.1.0';

;// CONCATENATED MODULE: ./src/cli/main.ts
/** The command line: `socklint scan` and `socklint sockets`, a thin shell over the engine. */










const USAGE = `Usage: socklint <command> [PATH] [options]

Commands:
  scan [PATH]      check that every web server can connect to the PHP-FPM sockets it points at
  sockets [PATH]   print the resolved graph: web servers, socket clients, pools, who reaches what

Options:
  --format FORMAT     scan: text (default), json or sarif; sockets: text or json
  --output FILE       write the report to FILE instead of standard output
  --config FILE       configuration file (default: PATH/.socklint.yml when present)
  --fail-on LEVEL     error (default), warning, notice or never: the lowest severity that exits 1
  --max-file-size N   skip files larger than N bytes (default 5 MB)
  --no-color          no colour even on a terminal
  --debug             print a stack trace on internal failures
  -v, --version       print the version
  -h, --help          print this help

Exit codes: 0 nothing reaches --fail-on, 1 findings reach it, 2 usage error or internal failure.
`;
class UsageError extends Error {
}
async function main(argv, io) {
    let debug = argv.includes('--debug');
    try {
        const { values, positionals } = (0,external_node_util_namespaceObject.parseArgs)({
            args: argv,
            allowPositionals: true,
            options: {
                format: { type: 'string' },
                output: { type: 'string' },
                config: { type: 'string' },
                'fail-on': { type: 'string' },
                'max-file-size': { type: 'string' },
                'no-color': { type: 'boolean' },
                debug: { type: 'boolean' },
                version: { type: 'boolean', short: 'v' },
                help: { type: 'boolean', short: 'h' },
            },
        });
        debug = values.debug ?? false;
        if (values.help)
            return io.stdout(USAGE), 0;
        if (values.version)
            return io.stdout(`socklint ${VERSION}\n`), 0;
        const [command, target, ...rest] = positionals;
        if (!command)
            throw new UsageError('a command is required: scan or sockets');
        if (command !== 'scan' && command !== 'sockets')
            throw new UsageError(`unknown command "${command}": use scan or sockets`);
        if (rest.length > 0)
            throw new UsageError(`unexpected argument "${rest[0]}": give one PATH`);
        const root = external_node_path_default().resolve(target ?? '.');
        const failOn = parseFailOn(values['fail-on']);
        const maxFileBytes = values['max-file-size'] === undefined ? undefined : parseSize(values['max-file-size']);
        const format = values.format ?? 'text';
        const formats = command === 'scan' ? ['text', 'json', 'sarif'] : ['text', 'json'];
        if (!formats.includes(format))
            throw new UsageError(`--format must be ${formats.join(', ')} for ${command}`);
        const color = io.isTty && !values['no-color'] && !values.output && process.env.NO_COLOR === undefined;
        const analysis = await analyze({ root, config: values.config, failOn, maxFileBytes });
        const { result, config } = analysis;
        let report;
        if (command === 'sockets') {
            const view = describeSockets(analysis.graphs, analysis.evaluations);
            report = format === 'json' ? JSON.stringify(view, null, 2) + '\n' : renderSocketsText(view);
        }
        else if (format === 'json')
            report = renderJson(result);
        else if (format === 'sarif')
            report = JSON.stringify(renderSarif(result, { toolVersion: VERSION }), null, 2) + '\n';
        else
            report = renderText(result, { color, sources: new Map(analysis.files.map((f) => [f.path, f.text])) });
        if (values.output)
            (0,external_node_fs_namespaceObject.writeFileSync)(values.output, report);
        else
            io.stdout(report);
        if (command === 'sockets')
            return 0;
        return result.findings.some((f) => reachesFailOn(f.severity, config.failOn)) ? 1 : 0;
    }
    catch (error) {
        if (error instanceof UsageError || error instanceof ConfigError || isParseArgsError(error)) {
            io.stderr(`socklint: ${error.message}\n${error instanceof ConfigError ? '' : "Run 'socklint --help' for usage.\n"}`);
            return 2;
        }
        io.stderr(`socklint: internal error: ${error.message ?? String(error)}${debug ? '' : ' (run with --debug for details)'}\n`);
        if (debug)
            io.stderr(`${error.stack ?? ''}\n`);
        return 2;
    }
}
function parseFailOn(value) {
    if (value === undefined)
        return undefined;
    if (!['error', 'warning', 'notice', 'never'].includes(value)) {
        throw new UsageError(`--fail-on must be error, warning, notice or never, not "${value}"`);
    }
    return value;
}
function parseSize(value) {
    const n = Number(value);
    if (!Number.isInteger(n) || n <= 0)
        throw new UsageError(`--max-file-size must be a positive number of bytes, not "${value}"`);
    return n;
}
function isParseArgsError(error) {
    return typeof error?.code === 'string' && error.code.startsWith('ERR_PARSE_ARGS');
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 4352:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = __nccwpck_require__(5077)
const { SCHEMES, getSchemeHandler } = __nccwpck_require__(5300)

const VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u
const MALFORMED_SCHEME_ERROR = 'URI scheme is malformed.'
const MALFORMED_HOST_ERROR = 'URI host is malformed.'
// ASCII characters outside the RFC 3986 reg-name set (unreserved, sub-delims
// and "%" for pct-encoded): C0 controls, space, DEL, and "#/:<>?@[\]^`{|}.
const FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u

/**
 * RFC 3986 section 3.1 does not allow percent-encoding in a scheme, so the
 * scheme is validated as-is and never decoded. Decoding would let inert input
 * such as `%6Aavascript:` become a live `javascript:` scheme.
 *
 * @param {string} scheme
 * @returns {string}
 */
function validateScheme (scheme) {
  const stringScheme = String(scheme)
  if (!VALID_SCHEME.test(stringScheme)) {
    throw new TypeError(MALFORMED_SCHEME_ERROR)
  }
  return stringScheme
}

/**
 * @template {import('./types/index').URIComponent|string} T
 * @param {T} uri
 * @param {import('./types/index').Options} [options]
 * @returns {T}
 */
function normalize (uri, options) {
  if (typeof uri === 'string') {
    uri = /** @type {T} */ (normalizeString(uri, options))
  } else if (typeof uri === 'object') {
    uri = /** @type {T} */ (parse(serialize(uri, options), options))
  }
  return uri
}

/**
 * @param {string} baseURI
 * @param {string} relativeURI
 * @param {import('./types/index').Options} [options]
 * @returns {string}
 */
function resolve (baseURI, relativeURI, options) {
  const schemelessOptions = options ? Object.assign({ scheme: 'null' }, options) : { scheme: 'null' }
  const {
    parsed: baseParsed,
    malformedAuthorityOrPort: baseMalformed,
    malformedPercentEncoding: baseMalformedPercentEncoding,
    malformedSchemeSpecific: baseMalformedSchemeSpecific,
    malformedHost: baseMalformedHost,
    malformedScheme: baseMalformedScheme
  } = parseWithStatus(baseURI, schemelessOptions)
  const {
    parsed: relativeParsed,
    malformedAuthorityOrPort: relativeMalformed,
    malformedPercentEncoding: relativeMalformedPercentEncoding,
    malformedSchemeSpecific: relativeMalformedSchemeSpecific,
    malformedHost: relativeMalformedHost,
    malformedScheme: relativeMalformedScheme
  } = parseWithStatus(relativeURI, schemelessOptions)
  if (
    baseMalformed ||
    relativeMalformed ||
    baseMalformedPercentEncoding ||
    relativeMalformedPercentEncoding ||
    baseMalformedSchemeSpecific ||
    relativeMalformedSchemeSpecific ||
    baseMalformedHost ||
    relativeMalformedHost ||
    baseMalformedScheme ||
    relativeMalformedScheme
  ) {
    throw new Error(baseParsed.error || relativeParsed.error || 'URI is malformed.')
  }
  const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true)
  const resolvedSchemeHandler = getSchemeHandler((options && options.scheme) || resolved.scheme)
  const resolvedHost = resolved.host
  const resolvedHostIsIP = resolvedHost !== undefined && resolvedHost !== '' &&
    (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6)
  // Inputs are parsed scheme-neutrally, so delimiters and controls in a domain
  // host are only detected here, once the final scheme is known. They always
  // fail closed, including in percent-encoded hosts.
  if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
    throw new Error(MALFORMED_HOST_ERROR)
  }
  canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)
  // Percent escapes in an ASCII reg-name are encoded data. The WHATWG hostname
  // parser can reject them even though fast-uri preserves them safely as RFC
  // 3986 data. A raw non-ASCII host must still fail closed if conversion fails.
  const encodedASCIIHost = resolvedHost && resolvedHost.indexOf('%') !== -1 &&
    !/\P{ASCII}/u.test(resolvedHost)
  if (resolved.error && !encodedASCIIHost) {
    throw new Error(resolved.error)
  }
  schemelessOptions.skipEscape = true
  return serialize(resolved, schemelessOptions)
}

/**
 * @param {import ('./types/index').URIComponent} base
 * @param {import ('./types/index').URIComponent} relative
 * @param {import('./types/index').Options} [options]
 * @param {boolean} [skipNormalization=false]
 * @returns {import ('./types/index').URIComponent}
 */
function resolveComponent (base, relative, options, skipNormalization) {
  /** @type {import('./types/index').URIComponent} */
  const target = {}
  if (!skipNormalization) {
    base = parse(serialize(base, options), options) // normalize base component
    relative = parse(serialize(relative, options), options) // normalize relative component
  }
  options = options || {}

  if (!options.tolerant && relative.scheme) {
    target.scheme = relative.scheme
    // target.authority = relative.authority;
    target.userinfo = relative.userinfo
    target.host = relative.host
    target.port = relative.port
    target.path = removeDotSegments(relative.path || '')
    target.query = relative.query
  } else {
    if (relative.userinfo !== undefined || relative.host !== undefined || relative.port !== undefined) {
      // target.authority = relative.authority;
      target.userinfo = relative.userinfo
      target.host = relative.host
      target.port = relative.port
      target.path = removeDotSegments(relative.path || '')
      target.query = relative.query
    } else {
      if (!relative.path) {
        target.path = base.path
        if (relative.query !== undefined) {
          target.query = relative.query
        } else {
          target.query = base.query
        }
      } else {
        if (relative.path[0] === '/') {
          target.path = removeDotSegments(relative.path)
        } else {
          const baseHasAuthority = base.userinfo !== undefined || base.host !== undefined || base.port !== undefined
          if (baseHasAuthority && !base.path) {
            target.path = '/' + relative.path
          } else if (!base.path) {
            target.path = relative.path
          } else {
            target.path = base.path.slice(0, base.path.lastIndexOf('/') + 1) + relative.path
          }
          target.path = base.scheme === undefined && !baseHasAuthority && target.path[0] !== '/'
            ? removeDotSegmentsRelative(target.path)
            : removeDotSegments(target.path)
        }
        target.query = relative.query
      }
      // target.authority = base.authority;
      target.userinfo = base.userinfo
      target.host = base.host
      target.port = base.port
    }
    target.scheme = base.scheme
  }

  target.fragment = relative.fragment

  return target
}

/**
 * @param {import ('./types/index').URIComponent|string} uriA
 * @param {import ('./types/index').URIComponent|string} uriB
 * @param {import ('./types/index').Options} options
 * @returns {boolean}
 */
function equal (uriA, uriB, options) {
  const normalizedA = normalizeComparableURI(uriA, options)
  const normalizedB = normalizeComparableURI(uriB, options)

  return normalizedA !== undefined && normalizedB !== undefined && normalizedA === normalizedB
}

/**
 * @param {Readonly<import('./types/index').URIComponent>} cmpts
 * @param {import('./types/index').Options} [opts]
 * @returns {string}
 */
function serialize (cmpts, opts) {
  const component = {
    host: cmpts.host,
    scheme: cmpts.scheme,
    userinfo: cmpts.userinfo,
    port: cmpts.port,
    path: cmpts.path,
    query: cmpts.query,
    nid: cmpts.nid,
    nss: cmpts.nss,
    uuid: cmpts.uuid,
    fragment: cmpts.fragment,
    reference: cmpts.reference,
    resourceName: cmpts.resourceName,
    secure: cmpts.secure,
    error: ''
  }
  const options = Object.assign({}, opts)
  const uriTokens = []

  if (component.scheme) {
    component.scheme = validateScheme(component.scheme)
  }

  // find scheme handler
  const schemeHandler = getSchemeHandler(options.scheme || component.scheme)

  // perform scheme specific serialization
  if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options)

  const hasAuthority = component.userinfo !== undefined || component.host !== undefined || component.port !== undefined
  // A reference with no emitted scheme is path-noscheme: a bare ':' in its
  // first path segment would reparse as a scheme (RFC 3986 3.3/4.2). Enforced
  // under skipEscape too (resolve()), so the reapply below gates on this flag.
  const schemelessReference = (component.scheme === undefined || options.reference === 'suffix') && !hasAuthority
  const pathNoScheme = !options.skipEscape && schemelessReference

  if (component.path !== undefined) {
    if (!options.skipEscape) {
      component.path = serializePathEncoding(component.path, pathNoScheme)
    } else {
      component.path = normalizePercentEncoding(component.path)
    }
  }

  if (options.reference !== 'suffix' && component.scheme) {
    // Scheme handlers may replace the scheme during serialization.
    component.scheme = validateScheme(component.scheme)
    uriTokens.push(component.scheme, ':')
  }

  const authority = recomposeAuthority(component)
  if (authority !== undefined) {
    if (options.reference !== 'suffix') {
      uriTokens.push('//')
    }

    uriTokens.push(authority)

    if (component.path && component.path[0] !== '/') {
      uriTokens.push('/')
    }
  }
  if (component.path !== undefined) {
    let s = component.path

    if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
      // A relative-path reference keeps its unresolvable leading ".." segments
      // and must never become root-relative (RFC 3986 section 5.2.4 applies to
      // merged target paths, not to the reference itself).
      s = schemelessReference && s[0] !== '/'
        ? removeDotSegmentsRelative(s)
        : removeDotSegments(s)
    }

    // Dot-segment removal can expose a colon that was not originally in the
    // first segment (for example, "./a:b"). Reapply path-noscheme encoding so
    // the serialized relative reference cannot be reparsed as a URI scheme.
    if (schemelessReference) {
      s = serializePathEncoding(s, true)
    }

    if (
      authority === undefined &&
      s[0] === '/' &&
      s[1] === '/'
    ) {
      // don't allow the path to start with "//"
      s = '/%2F' + s.slice(2)
    }

    uriTokens.push(s)
  }

  if (component.query !== undefined) {
    uriTokens.push('?', encodeQuery(component.query))
  }

  if (component.fragment !== undefined) {
    uriTokens.push('#', encodeFragment(component.fragment))
  }
  return uriTokens.join('')
}

const URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u

// Captures the authority component (between "//" and the next "/", "?" or "#"),
// with or without a scheme prefix, for the literal-backslash rejection below.
const AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/

// Captures the leading authority-introducer region after an optional scheme: a
// run of forward slashes, backslashes, and the characters the WHATWG URL parser
// removes before parsing (TAB U+0009, LF U+000A, CR U+000D). A valid introducer
// is exactly "//". Node treats "\" as "/" on special schemes and strips those
// characters first, so forms like "\\", "/\", "\/", "/<TAB>/", or a leading
// "<TAB>//" reach an authority in Node while fast-uri's URI_PARSE folds them into
// the path group (host confusion / SSRF / redirect bypass).
const AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/

/**
 * @param {import('./types/index').URIComponent} parsed
 * @param {RegExpMatchArray} matches
 * @returns {string|undefined}
 */
function getParseError (parsed, matches) {
  if (matches[2] !== undefined && parsed.path && parsed.path[0] !== '/') {
    return 'URI path must start with "/" when authority is present.'
  }

  if (typeof parsed.port === 'number' && (parsed.port < 0 || parsed.port > 65535)) {
    return 'URI port is malformed.'
  }

  return undefined
}

/**
 * Checks percent syntax without decoding the represented octets. RFC 3986
 * percent-encoding is byte-oriented, so sequences such as `%FF` are valid even
 * though they are not independently valid UTF-8.
 *
 * @param {string|undefined} component
 * @returns {boolean}
 */
function hasMalformedPercentEncoding (component) {
  if (component === undefined) return false

  let percent = component.indexOf('%')
  while (percent !== -1) {
    if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
      return true
    }
    percent = component.indexOf('%', percent + 3)
  }

  return false
}

/**
 * Whether the host is a bracketed IP literal (RFC 3986 `IP-literal`).
 * An unterminated `[` is not a literal, so it must still be validated as a
 * reg-name instead of being waved through as an IP.
 *
 * @param {string} host
 * @returns {boolean}
 */
function isIPLiteral (host) {
  return host[0] === '[' && host[host.length - 1] === ']'
}

/**
 * @param {RegExpMatchArray} matches
 * @returns {boolean}
 */
function hasMalformedComponentPercentEncoding (matches) {
  // Bracketed IP literals use a raw "%" as the zone separator for historical
  // compatibility. Their parsing is intentionally left to normalizeIPv6.
  const host = matches[4]
  return hasMalformedPercentEncoding(matches[3]) ||
    (host !== undefined && !isIPLiteral(host) && hasMalformedPercentEncoding(host)) ||
    hasMalformedPercentEncoding(matches[6]) ||
    hasMalformedPercentEncoding(matches[7]) ||
    hasMalformedPercentEncoding(matches[8])
}

/**
 * @param {import('./types/index').URIComponent} parsed
 * @param {import('./types/index').Options} options
 * @param {{ domainHost?: boolean, unicodeSupport?: boolean }|undefined} schemeHandler
 * @param {boolean} isIP
 * @returns {boolean} whether host conversion failed
 */
function canonicalizeHost (parsed, options, schemeHandler, isIP) {
  if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
    parsed.error = parsed.error || MALFORMED_HOST_ERROR
    return true
  }

  if (
    !options.unicodeSupport &&
    (!schemeHandler || !schemeHandler.unicodeSupport) &&
    parsed.host &&
    !isIPLiteral(parsed.host) &&
    (options.domainHost || (schemeHandler && schemeHandler.domainHost)) &&
    isIP === false &&
    nonSimpleDomain(parsed.host)
  ) {
    let url
    try {
      url = new URL('http://' + parsed.host)
    } catch (e) {
      parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e
      return true
    }
    // The WHATWG parser must have read the whole input as a host. Anything
    // else means it found a delimiter fast-uri did not, so its hostname would
    // describe a different authority.
    if (!isHostOnlyURL(url)) {
      parsed.error = parsed.error || MALFORMED_HOST_ERROR
      return true
    }
    parsed.host = url.hostname
  }
  return false
}

/**
 * Whether a domain host contains an ASCII character that RFC 3986 does not
 * allow in a reg-name (unreserved, sub-delims, or pct-encoded). Such a host is
 * rejected instead of being handed to the WHATWG URL parser, which would treat
 * "@" as a userinfo delimiter (silently dropping the data before it) and strip
 * TAB, LF, and CR. Non-ASCII characters remain allowed for IDNs.
 *
 * @param {import('./types/index').URIComponent} parsed
 * @param {import('./types/index').Options} options
 * @param {{ domainHost?: boolean }|undefined} schemeHandler
 * @param {boolean} isIP
 * @returns {boolean}
 */
function hasForbiddenDomainHost (parsed, options, schemeHandler, isIP) {
  return Boolean(
    parsed.host &&
    isIP === false &&
    !isIPLiteral(parsed.host) &&
    (options.domainHost || (schemeHandler && schemeHandler.domainHost)) &&
    FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
  )
}

/**
 * @param {URL} url
 * @returns {boolean}
 */
function isHostOnlyURL (url) {
  return url.username === '' &&
    url.password === '' &&
    url.port === '' &&
    url.pathname === '/' &&
    url.search === '' &&
    url.hash === '' &&
    url.hostname !== ''
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {{ parsed: import('./types/index').URIComponent, malformedAuthorityOrPort: boolean, malformedPercentEncoding: boolean, malformedSchemeSpecific: boolean, malformedHost: boolean, malformedScheme: boolean }}
 */
function parseWithStatus (uri, opts) {
  const options = Object.assign({}, opts)
  /** @type {import('./types/index').URIComponent} */
  const parsed = {
    scheme: undefined,
    userinfo: undefined,
    host: '',
    port: undefined,
    path: '',
    query: undefined,
    fragment: undefined
  }

  let malformedAuthorityOrPort = false
  let malformedPercentEncoding = false
  let malformedSchemeSpecific = false
  let malformedHost = false
  let malformedIPLiteral = false
  let malformedScheme = false

  let isIP = false
  if (options.reference === 'suffix') {
    if (options.scheme) {
      uri = options.scheme + ':' + uri
    } else {
      uri = '//' + uri
    }
  }

  // A literal backslash (U+005C) is not a valid RFC 3986 URI character and is
  // not an authority delimiter. Reject it in the authority rather than
  // rewriting it: normalizing "\" -> "/" (WHATWG error recovery) could silently
  // change the resource identified by an otherwise-invalid input, and lets "\"
  // act as a host delimiter here while Node's native URL parses a different
  // host (SSRF / redirect / origin-allowlist bypass). Percent-encoded %5C is
  // untouched and remains valid encoded data.
  const authorityMatch = uri.match(AUTHORITY_PREFIX)
  if (authorityMatch !== null && authorityMatch[1].indexOf('\\') !== -1) {
    parsed.error = 'URI authority must not contain a literal backslash.'
    malformedAuthorityOrPort = true
  }

  // Reject a malformed or whitespace-smuggled authority introducer. fast-uri
  // only recognizes a literal "//"; anything else in the leading separator run
  // (a backslash, or a "//" that appears only after removing the TAB/LF/CR that
  // Node strips) means the authority fast-uri parses differs from the one Node's
  // URL resolves. Reject rather than rewrite, mirroring the literal-backslash
  // guard above. Percent-encoded forms (%5C, %09) are untouched, valid data.
  const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION)
  if (introducerMatch !== null) {
    const region = introducerMatch[1]
    const normalizedRegion = region.replace(/[\t\n\r]/g, '')
    // Two or more leading separators introduce an authority.
    if (normalizedRegion.length >= 2) {
      if (normalizedRegion.slice(0, 2) !== '//') {
        parsed.error = parsed.error || 'URI authority must not contain a literal backslash.'
        malformedAuthorityOrPort = true
      } else if (region.length !== normalizedRegion.length) {
        parsed.error = parsed.error || 'URI authority introducer must not contain whitespace.'
        malformedAuthorityOrPort = true
      }
    }
  }

  const matches = uri.match(URI_PARSE)

  if (matches) {
    // store each component
    parsed.scheme = matches[1]
    parsed.userinfo = matches[3]
    parsed.host = matches[4]
    parsed.port = parseInt(matches[5], 10)
    parsed.path = matches[6] || ''
    parsed.query = matches[7]
    parsed.fragment = matches[8]

    if (parsed.scheme !== undefined) {
      if (VALID_SCHEME.test(parsed.scheme)) {
        parsed.scheme = parsed.scheme.toLowerCase()
      } else {
        parsed.error = parsed.error || MALFORMED_SCHEME_ERROR
        malformedScheme = true
      }
    }

    malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches)
    if (malformedPercentEncoding) {
      parsed.error = parsed.error || 'URI contains malformed percent-encoding.'
    }

    // fix port number
    if (isNaN(parsed.port)) {
      parsed.port = matches[5]
    }

    const parseError = getParseError(parsed, matches)
    if (parseError !== undefined) {
      parsed.error = parsed.error || parseError
      malformedAuthorityOrPort = true
    }

    if (parsed.host) {
      const ipv4result = isIPv4(parsed.host)
      if (ipv4result === false) {
        const bracketedIPLiteral = isIPLiteral(parsed.host)
        const hasIPLiteralBracket = parsed.host.indexOf('[') !== -1 || parsed.host.indexOf(']') !== -1
        const ipv6result = normalizeIPv6(parsed.host)
        isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true
        malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true)
        parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase()

        if (malformedIPLiteral) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR
          malformedAuthorityOrPort = true
        }
      } else {
        isIP = true
      }
    }
    if (parsed.scheme === undefined && parsed.userinfo === undefined && parsed.host === undefined && parsed.port === undefined && parsed.query === undefined && !parsed.path) {
      parsed.reference = 'same-document'
    } else if (parsed.scheme === undefined) {
      parsed.reference = 'relative'
    } else if (parsed.fragment === undefined) {
      parsed.reference = 'absolute'
    } else {
      parsed.reference = 'uri'
    }

    // check for reference errors
    if (options.reference && options.reference !== 'suffix' && options.reference !== parsed.reference) {
      parsed.error = parsed.error || 'URI is not a ' + options.reference + ' reference.'
    }

    // find scheme handler
    const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme)

    // convert Unicode IDN -> ASCII IDN when the effective scheme uses domain hosts
    if (!malformedIPLiteral) {
      malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP)
    }

    if (uri.indexOf('%') !== -1 && parsed.host !== undefined && !malformedIPLiteral) {
      let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true)
      if (!isIP) {
        // Fold reg-name case after decoding unreserved octets. The second
        // pass only restores uppercase hex in escapes that remain encoded.
        host = normalizePercentEncoding(host.toLowerCase())
      }
      // Resolution parses both inputs with the internal `null` scheme before
      // the effective scheme is known. Keep raw host delimiters for that step
      // so resolve() can reject them for domain-host schemes; the resolved
      // authority is encoded when it is serialized.
      parsed.host = isIP || options.scheme !== 'null' ? reescapeHostDelimiters(host, isIP) : host
    }

    if (!schemeHandler || (schemeHandler && !schemeHandler.skipNormalize)) {
      if (parsed.path) {
        parsed.path = normalizePathEncoding(parsed.path)
      }
      if (parsed.query) {
        parsed.query = normalizeQueryFragmentEncoding(parsed.query)
      }
      if (parsed.fragment) {
        parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment)
      }
    }

    // perform scheme specific parsing
    if (schemeHandler && schemeHandler.parse) {
      schemeHandler.parse(parsed, options)
      if (schemeHandler === SCHEMES.urn && parsed.nid === undefined) {
        malformedSchemeSpecific = true
      }
    }
  } else {
    parsed.error = parsed.error || 'URI can not be parsed.'
  }
  return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme }
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns
 */
function parse (uri, opts) {
  return parseWithStatus(uri, opts).parsed
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {string}
 */
function normalizeString (uri, opts) {
  return normalizeStringWithStatus(uri, opts).normalized
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {{ normalized: string, malformedAuthorityOrPort: boolean, malformedPercentEncoding: boolean, malformedSchemeSpecific: boolean, malformedHost: boolean, malformedScheme: boolean }}
 */
function normalizeStringWithStatus (uri, opts) {
  const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts)
  return {
    normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
    malformedAuthorityOrPort,
    malformedPercentEncoding,
    malformedSchemeSpecific,
    malformedHost,
    malformedScheme
  }
}

/**
 * @param {import ('./types/index').URIComponent|string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {string|undefined}
 */
function normalizeComparableURI (uri, opts) {
  if (typeof uri !== 'string' && typeof uri !== 'object') {
    return undefined
  }

  let value
  try {
    value = typeof uri === 'string' ? uri : serialize(uri, opts)
  } catch {
    return undefined
  }
  const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts)
  return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? undefined : normalized
}

const fastUri = {
  SCHEMES,
  normalize,
  resolve,
  resolveComponent,
  equal,
  serialize,
  parse
}

module.exports = fastUri
module.exports["default"] = fastUri
module.exports.fastUri = fastUri


/***/ }),

/***/ 5300:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const { isUUID } = __nccwpck_require__(5077)
const URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu

const supportedSchemeNames = /** @type {const} */ (['http', 'https', 'ws',
  'wss', 'urn', 'urn:uuid'])

/** @typedef {supportedSchemeNames[number]} SchemeName */

/**
 * @param {string} name
 * @returns {name is SchemeName}
 */
function isValidSchemeName (name) {
  return supportedSchemeNames.indexOf(/** @type {*} */ (name)) !== -1
}

/**
 * @callback SchemeFn
 * @param {import('../types/index').URIComponent} component
 * @param {import('../types/index').Options} options
 * @returns {import('../types/index').URIComponent}
 */

/**
 * @typedef {Object} SchemeHandler
 * @property {SchemeName} scheme - The scheme name.
 * @property {boolean} [domainHost] - Indicates if the scheme supports domain hosts.
 * @property {SchemeFn} parse - Function to parse the URI component for this scheme.
 * @property {SchemeFn} serialize - Function to serialize the URI component for this scheme.
 * @property {boolean} [skipNormalize] - Indicates if normalization should be skipped for this scheme.
 * @property {boolean} [absolutePath] - Indicates if the scheme uses absolute paths.
 * @property {boolean} [unicodeSupport] - Indicates if the scheme supports Unicode.
 */

/**
 * @param {import('../types/index').URIComponent} wsComponent
 * @returns {boolean}
 */
function wsIsSecure (wsComponent) {
  if (wsComponent.secure === true) {
    return true
  } else if (wsComponent.secure === false) {
    return false
  } else if (wsComponent.scheme) {
    return (
      wsComponent.scheme.length === 3 &&
      (wsComponent.scheme[0] === 'w' || wsComponent.scheme[0] === 'W') &&
      (wsComponent.scheme[1] === 's' || wsComponent.scheme[1] === 'S') &&
      (wsComponent.scheme[2] === 's' || wsComponent.scheme[2] === 'S')
    )
  } else {
    return false
  }
}

/** @type {SchemeFn} */
function httpParse (component) {
  if (!component.host) {
    component.error = component.error || 'HTTP URIs must have a host.'
  }

  return component
}

/** @type {SchemeFn} */
function httpSerialize (component) {
  const secure = String(component.scheme).toLowerCase() === 'https'

  // normalize the default port
  if (component.port === (secure ? 443 : 80) || component.port === '') {
    component.port = undefined
  }

  // normalize the empty path
  if (!component.path) {
    component.path = '/'
  }

  // NOTE: We do not parse query strings for HTTP URIs
  // as WWW Form Url Encoded query strings are part of the HTML4+ spec,
  // and not the HTTP spec.

  return component
}

/** @type {SchemeFn} */
function wsParse (wsComponent) {
// indicate if the secure flag is set
  wsComponent.secure = wsIsSecure(wsComponent)

  // construct resouce name
  wsComponent.resourceName = (wsComponent.path || '/') + (wsComponent.query ? '?' + wsComponent.query : '')
  wsComponent.path = undefined
  wsComponent.query = undefined

  return wsComponent
}

/** @type {SchemeFn} */
function wsSerialize (wsComponent) {
// normalize the default port
  if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === '') {
    wsComponent.port = undefined
  }

  // ensure scheme matches secure flag
  if (typeof wsComponent.secure === 'boolean') {
    wsComponent.scheme = (wsComponent.secure ? 'wss' : 'ws')
    wsComponent.secure = undefined
  }

  // reconstruct path from resource name
  if (wsComponent.resourceName) {
    const queryIndex = wsComponent.resourceName.indexOf('?')
    const path = queryIndex === -1
      ? wsComponent.resourceName
      : wsComponent.resourceName.slice(0, queryIndex)
    wsComponent.path = (path && path !== '/' ? path : undefined)
    wsComponent.query = queryIndex === -1
      ? undefined
      : wsComponent.resourceName.slice(queryIndex + 1)
    wsComponent.resourceName = undefined
  }

  // forbid fragment component
  wsComponent.fragment = undefined

  return wsComponent
}

/** @type {SchemeFn} */
function urnParse (urnComponent, options) {
  if (!urnComponent.path) {
    urnComponent.error = 'URN can not be parsed'
    return urnComponent
  }
  const matches = urnComponent.path.match(URN_REG)
  if (matches && matches[0] === urnComponent.path) {
    const scheme = options.scheme || urnComponent.scheme || 'urn'
    urnComponent.nid = matches[1].toLowerCase()
    urnComponent.nss = matches[2]
    const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`
    const schemeHandler = getSchemeHandler(urnScheme)
    urnComponent.path = undefined

    if (schemeHandler) {
      urnComponent = schemeHandler.parse(urnComponent, options)
    }
  } else {
    urnComponent.error = urnComponent.error || 'URN can not be parsed.'
  }

  return urnComponent
}

/** @type {SchemeFn} */
function urnSerialize (urnComponent, options) {
  if (urnComponent.nid === undefined) {
    throw new Error('URN without nid cannot be serialized')
  }
  const scheme = options.scheme || urnComponent.scheme || 'urn'
  const nid = urnComponent.nid.toLowerCase()
  const urnScheme = `${scheme}:${options.nid || nid}`
  const schemeHandler = getSchemeHandler(urnScheme)

  if (schemeHandler) {
    urnComponent = schemeHandler.serialize(urnComponent, options)
  }

  const uriComponent = urnComponent
  const nss = urnComponent.nss
  uriComponent.path = `${nid || options.nid}:${nss}`

  options.skipEscape = true
  return uriComponent
}

/** @type {SchemeFn} */
function urnuuidParse (urnComponent, options) {
  const uuidComponent = urnComponent
  uuidComponent.uuid = uuidComponent.nss
  uuidComponent.nss = undefined

  if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
    uuidComponent.error = uuidComponent.error || 'UUID is not valid.'
  }

  return uuidComponent
}

/** @type {SchemeFn} */
function urnuuidSerialize (uuidComponent) {
  const urnComponent = uuidComponent
  // normalize UUID
  urnComponent.nss = (uuidComponent.uuid || '').toLowerCase()
  return urnComponent
}

const http = /** @type {SchemeHandler} */ ({
  scheme: 'http',
  domainHost: true,
  parse: httpParse,
  serialize: httpSerialize
})

const https = /** @type {SchemeHandler} */ ({
  scheme: 'https',
  domainHost: http.domainHost,
  parse: httpParse,
  serialize: httpSerialize
})

const ws = /** @type {SchemeHandler} */ ({
  scheme: 'ws',
  domainHost: true,
  parse: wsParse,
  serialize: wsSerialize
})

const wss = /** @type {SchemeHandler} */ ({
  scheme: 'wss',
  domainHost: ws.domainHost,
  parse: ws.parse,
  serialize: ws.serialize
})

const urn = /** @type {SchemeHandler} */ ({
  scheme: 'urn',
  parse: urnParse,
  serialize: urnSerialize,
  skipNormalize: true
})

const urnuuid = /** @type {SchemeHandler} */ ({
  scheme: 'urn:uuid',
  parse: urnuuidParse,
  serialize: urnuuidSerialize,
  skipNormalize: true
})

const SCHEMES = /** @type {Record<SchemeName, SchemeHandler>} */ ({
  http,
  https,
  ws,
  wss,
  urn,
  'urn:uuid': urnuuid
})

Object.setPrototypeOf(SCHEMES, null)

/**
 * @param {string|undefined} scheme
 * @returns {SchemeHandler|undefined}
 */
function getSchemeHandler (scheme) {
  return (
    scheme && (
      SCHEMES[/** @type {SchemeName} */ (scheme)] ||
      SCHEMES[/** @type {SchemeName} */(scheme.toLowerCase())])
  ) ||
    undefined
}

module.exports = {
  wsIsSecure,
  SCHEMES,
  isValidSchemeName,
  getSchemeHandler,
}


/***/ }),

/***/ 5077:
/***/ ((module) => {



/** @type {(value: string) => boolean} */
const isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu)

/** @type {(value: string) => boolean} */
const isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u)

/** @type {(value: string) => boolean} */
const isPort = RegExp.prototype.test.bind(/^\d*$/u)

/** @type {(value: string) => boolean} */
const isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu)

/** @type {(value: string) => boolean} */
const isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu)

/** @type {(value: string) => boolean} */
const isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u)

/** @type {(value: string) => boolean} */
const isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u)

/** @type {(value: string) => boolean} */
const isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u)

const BYTE_HEX = new Array(256)
{
  const HEX_DIGITS = '0123456789ABCDEF'
  for (let i = 0; i < 256; i++) {
    BYTE_HEX[i] = '%' + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 0xF]
  }
}
function percentEncodeNonAscii (cp) {
  if (cp < 0x800) {
    return BYTE_HEX[0xC0 | (cp >> 6)] +
           BYTE_HEX[0x80 | (cp & 0x3F)]
  }
  if (cp < 0x10000) {
    return BYTE_HEX[0xE0 | (cp >> 12)] +
           BYTE_HEX[0x80 | ((cp >> 6) & 0x3F)] +
           BYTE_HEX[0x80 | (cp & 0x3F)]
  }
  return BYTE_HEX[0xF0 | (cp >> 18)] +
         BYTE_HEX[0x80 | ((cp >> 12) & 0x3F)] +
         BYTE_HEX[0x80 | ((cp >> 6) & 0x3F)] +
         BYTE_HEX[0x80 | (cp & 0x3F)]
}

/**
 * @param {Array<string>} input
 * @returns {string}
 */
function stringArrayToHexStripped (input) {
  let acc = ''
  let code = 0
  let i = 0

  for (i = 0; i < input.length; i++) {
    code = input[i].charCodeAt(0)
    if (code === 48) {
      continue
    }
    if (!((code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102))) {
      return ''
    }
    acc += input[i]
    break
  }

  for (i += 1; i < input.length; i++) {
    code = input[i].charCodeAt(0)
    if (!((code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102))) {
      return ''
    }
    acc += input[i]
  }
  return acc
}

/** @type {(value: string) => boolean} */
const isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/)

/** @type {(value: string) => boolean} */
const isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/)

/** @type {(value: string) => boolean} */
const isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/)

/**
 * @param {string} value
 * @returns {boolean}
 */
const nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u)

/**
 * @param {string} zone
 * @returns {boolean}
 */
function isZoneIdentifier (zone) {
  if (zone.length === 0) return false

  for (let i = 0; i < zone.length; i++) {
    if (isZoneCharacter(zone[i])) continue
    if (zone[i] === '%' && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
      i += 2
      continue
    }
    return false
  }

  return true
}

/**
 * Compresses the longest run of zero hextets to "::" per RFC 5952. A run of a
 * single zero hextet is left uncompressed. On ties the leftmost run wins.
 *
 * @param {string[]} hextets
 * @returns {string}
 */
function compressIPv6ZeroRun (hextets) {
  let bestStart = -1
  let bestLength = 0
  let runStart = -1
  let runLength = 0
  for (let i = 0; i < hextets.length; i++) {
    if (hextets[i] === '0') {
      if (runStart === -1) runStart = i
      runLength++
      if (runLength > bestLength) {
        bestLength = runLength
        bestStart = runStart
      }
    } else {
      runStart = -1
      runLength = 0
    }
  }

  if (bestLength < 2) return hextets.join(':')

  const head = hextets.slice(0, bestStart).join(':')
  const tail = hextets.slice(bestStart + bestLength).join(':')
  return head + '::' + tail
}

/**
 * Validates an IPv6 address against the alternatives in RFC 3986 section
 * 3.2.2 and returns the same address with leading hextet zeroes removed.
 * An embedded IPv4 address counts as two hextets and is only valid at the end.
 *
 * @param {string} input
 * @returns {string|undefined}
 */
function normalizeIPv6Address (input) {
  const compression = input.indexOf('::')
  if (compression !== -1 && input.indexOf('::', compression + 1) !== -1) return undefined

  const left = compression === -1 ? input.split(':') : input.slice(0, compression).split(':')
  const right = compression === -1 ? [] : input.slice(compression + 2).split(':')
  if (compression !== -1) {
    if (left.length === 1 && left[0] === '') left.length = 0
    if (right.length === 1 && right[0] === '') right.length = 0
  }

  const parts = left.concat(right)
  let hextetCount = 0
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]
    if (part === '') return undefined

    if (part.indexOf('.') !== -1) {
      if (i !== parts.length - 1 || (compression !== -1 && right.length === 0) || !isIPv4(part)) return undefined
      hextetCount += 2
      continue
    }

    if (!isHextet(part)) return undefined
    parts[i] = parseInt(part, 16).toString(16)
    hextetCount++
  }

  if (compression === -1) {
    if (hextetCount !== 8) return undefined
    return compressIPv6ZeroRun(parts)
  }
  if (hextetCount >= 8) return undefined

  // expand "::" then re-compress the longest run for a canonical result
  const expanded = parts.slice(0, left.length)
  for (let i = hextetCount; i < 8; i++) expanded.push('0')
  for (let i = left.length; i < parts.length; i++) expanded.push(parts[i])
  return compressIPv6ZeroRun(expanded)
}

/**
 * @typedef {Object} NormalizeIPv6Result
 * @property {string} host - The normalized host.
 * @property {string} [escapedHost] - The escaped host.
 * @property {boolean} isIPV6 - Indicates if the host is an IPv6 address.
 * @property {boolean} [isIPVFuture] - Indicates if the host is an IPvFuture literal.
 * @property {boolean} [error] - Indicates if a bracketed IP literal is malformed.
 */

/**
 * Validates and normalizes a bracketed IP literal. Raw zone separators remain
 * accepted for backwards compatibility, while encoded separators and zone
 * contents follow RFC 6874.
 *
 * @param {string} host
 * @returns {NormalizeIPv6Result}
 */
function normalizeIPv6 (host) {
  const bracketed = host[0] === '[' && host[host.length - 1] === ']'
  const hasBracket = host[0] === '[' || host[host.length - 1] === ']'
  if (hasBracket && !bracketed) return { host, isIPV6: false, error: true }

  let input = bracketed ? host.slice(1, -1) : host
  if (bracketed && isIPvFuture(input)) {
    input = input.toLowerCase()
    return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true }
  }

  if (findToken(input, ':') < 2) {
    return { host, isIPV6: false, error: bracketed }
  }

  let zoneIdentifier = ''
  const zoneSeparator = input.indexOf('%')
  if (zoneSeparator !== -1) {
    const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === '%25' ? 3 : 1
    zoneIdentifier = input.slice(zoneSeparator + separatorLength)
    if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true }
    input = input.slice(0, zoneSeparator)
  }

  const address = normalizeIPv6Address(input)
  if (address === undefined) return { host, isIPV6: false, error: true }

  return {
    host: address + (zoneIdentifier ? '%' + zoneIdentifier : ''),
    escapedHost: address + (zoneIdentifier ? '%25' + zoneIdentifier : ''),
    isIPV6: true
  }
}

/**
 * @param {string} str
 * @param {string} token
 * @returns {number}
 */
function findToken (str, token) {
  let ind = 0
  for (let i = 0; i < str.length; i++) {
    if (str[i] === token) ind++
  }
  return ind
}

/**
 * @param {string} path
 * @returns {string}
 *
 * @see https://datatracker.ietf.org/doc/html/rfc3986#section-5.2.4
 */
function removeDotSegments (path) {
  let input = path
  const output = []
  let nextSlash = -1
  let len = 0

  // eslint-disable-next-line no-cond-assign
  while (len = input.length) {
    if (len === 1) {
      if (input === '.') {
        break
      } else if (input === '/') {
        output.push('/')
        break
      } else {
        output.push(input)
        break
      }
    } else if (len === 2) {
      if (input[0] === '.') {
        if (input[1] === '.') {
          break
        } else if (input[1] === '/') {
          input = input.slice(2)
          continue
        }
      } else if (input[0] === '/') {
        if (input[1] === '.' || input[1] === '/') {
          output.push('/')
          break
        }
      }
    } else if (len === 3) {
      if (input === '/..') {
        if (output.length !== 0) {
          output.pop()
        }
        output.push('/')
        break
      }
    }
    if (input[0] === '.') {
      if (input[1] === '.') {
        if (input[2] === '/') {
          input = input.slice(3)
          continue
        }
      } else if (input[1] === '/') {
        input = input.slice(2)
        continue
      }
    } else if (input[0] === '/') {
      if (input[1] === '.') {
        if (input[2] === '/') {
          input = input.slice(2)
          continue
        } else if (input[2] === '.') {
          if (input[3] === '/') {
            input = input.slice(3)
            if (output.length !== 0) {
              output.pop()
            }
            continue
          }
        }
      }
    }

    // Rule 2E: Move normal path segment to output
    if ((nextSlash = input.indexOf('/', 1)) === -1) {
      output.push(input)
      break
    } else {
      output.push(input.slice(0, nextSlash))
      input = input.slice(nextSlash)
    }
  }

  return output.join('')
}

/**
 * Removes dot segments from the path of a relative reference (a path that does
 * not start with "/") without changing what it resolves to against any base.
 * Unlike `removeDotSegments`, leading ".." segments that cannot be collapsed
 * are kept, the result never becomes root-relative, and a result that would be
 * empty or start with an empty segment is prefixed with "." (an empty path
 * means "same document" and a leading "//" would introduce an authority).
 *
 * @param {string} path
 * @returns {string}
 */
function removeDotSegmentsRelative (path) {
  if (path === '' || path[0] === '/') {
    return removeDotSegments(path)
  }

  const segments = path.split('/')
  const last = segments.length - 1
  /** @type {string[]} */
  const output = []
  let trailingDirectory = false

  for (let i = 0; i <= last; i++) {
    const segment = segments[i]
    if (segment === '.' || segment === '..') {
      if (segment === '..') {
        if (output.length !== 0 && output[output.length - 1] !== '..') {
          output.pop()
        } else {
          output.push('..')
        }
      }
      trailingDirectory = i === last
    } else {
      output.push(segment)
    }
  }

  if (trailingDirectory && output[output.length - 1] !== '..') {
    output.push('')
  }
  if (output.length === 0 || output[0] === '' || output[0].includes(':')) {
    // An empty path, a leading empty segment ("//"), or a first segment
    // containing ":" (which would be mistaken for a scheme, RFC 3986 section
    // 4.2) must stay behind a "." segment so the reference keeps its meaning.
    output.unshift('.')
  }

  return output.join('/')
}

/**
 * Re-escape RFC 3986 gen-delims that must not appear literally in the host.
 * After the URI regex parses, these characters cannot be literal in the host
 * field, so any that appear after decoding came from percent-encoding and
 * must be restored to prevent authority structure changes.
 *
 * @param {string} host
 * @param {boolean} isIP - true for IPv4/IPv6 hosts (skip colon re-escaping)
 * @returns {string}
 */
const HOST_DELIMS = { '@': '%40', '/': '%2F', '?': '%3F', '#': '%23', ':': '%3A' }
const HOST_DELIM_RE = /[@/?#:]/g
const HOST_DELIM_NO_COLON_RE = /[@/?#]/g

function reescapeHostDelimiters (host, isIP) {
  const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE
  re.lastIndex = 0
  return host.replace(re, (ch) => HOST_DELIMS[ch])
}

/**
 * Normalizes percent escapes and optionally decodes only unreserved ASCII bytes.
 * Reserved delimiters such as `%2F` stay escaped; `%2E` is unreserved.
 *
 * @param {string} input
 * @param {boolean} [decodeUnreserved=false]
 * @returns {string}
 */
function normalizePercentEncoding (input, decodeUnreserved = false) {
  if (input.indexOf('%') === -1) {
    return input
  }

  let output = ''

  for (let i = 0; i < input.length; i++) {
    if (input[i] === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        const normalizedHex = hex.toUpperCase()
        const decoded = String.fromCharCode(parseInt(normalizedHex, 16))

        if (decodeUnreserved && isUnreserved(decoded)) {
          output += decoded
        } else {
          output += '%' + normalizedHex
        }

        i += 2
        continue
      }
    }

    output += input[i]
  }

  return output
}

/**
 * Normalizes path data without turning reserved escapes into live path syntax.
 * Valid escapes are uppercased, raw unsafe characters are escaped, and only
 * unreserved bytes that are not `.` are decoded.
 *
 * @param {string} input
 * @returns {string}
 */
function normalizePathEncoding (input) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        const normalizedHex = hex.toUpperCase()
        const decoded = String.fromCharCode(parseInt(normalizedHex, 16))

        if (decoded !== '.' && isUnreserved(decoded)) {
          output += decoded
        } else {
          output += '%' + normalizedHex
        }

        i += 2
        continue
      }
    }

    if (isPathCharacter(ch)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += isEscapeSafe(code) ? ch : BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Serializes a path without rewriting reserved data. Raw RFC 3986 path
 * characters remain literal, valid escapes are preserved and uppercased, and
 * everything else is UTF-8 percent-encoded. In a path-noscheme, a colon in the
 * first segment must be escaped so the result cannot be parsed as a scheme.
 *
 * @param {string} input
 * @param {boolean} [pathNoScheme=false]
 * @returns {string}
 */
function serializePathEncoding (input, pathNoScheme = false) {
  let output = ''
  let firstSegment = pathNoScheme && input[0] !== '/'

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        output += '%' + hex.toUpperCase()
        i += 2
        continue
      }
    }

    if (ch === '/') {
      firstSegment = false
    }

    if (isPathCharacter(ch) && (ch !== ':' || !firstSegment)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Percent-encodes a URI component using its RFC 3986 literal character set.
 * Existing valid escapes are preserved and normalized to uppercase hex.
 *
 * @param {string} input
 * @param {(value: string) => boolean} isAllowed
 * @returns {string}
 */
function encodeComponent (input, isAllowed) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        output += '%' + hex.toUpperCase()
        i += 2
        continue
      }
    }

    if (isAllowed(ch)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Encodes userinfo while preserving its RFC 3986 §3.2.1 literal characters.
 * In particular, authority delimiters such as `@`, `/`, `?`, and `#` are data.
 *
 * @param {string} input
 * @returns {string}
 */
function encodeUserinfo (input) {
  return encodeComponent(input, isUserinfoCharacter)
}

/**
 * Encodes query data using the RFC 3986 §3.4 grammar. A literal `#` must be
 * escaped because it would otherwise begin the fragment component.
 *
 * @param {string} input
 * @returns {string}
 */
function encodeQuery (input) {
  return encodeComponent(input, isQueryFragmentCharacter)
}

/**
 * Encodes fragment data using the RFC 3986 §3.5 grammar.
 *
 * @param {string} input
 * @returns {string}
 */
function encodeFragment (input) {
  return encodeComponent(input, isQueryFragmentCharacter)
}

function isEscapeSafe (cp) {
  return (
    (cp >= 0x30 && cp <= 0x39) ||
    (cp >= 0x41 && cp <= 0x5A) ||
    (cp >= 0x61 && cp <= 0x7A) ||
    cp === 0x2A || cp === 0x2B || cp === 0x2D || cp === 0x2E ||
    cp === 0x2F || cp === 0x40 || cp === 0x5F
  )
}

/**
 * Normalizes the percent-encoding of a query or fragment component.
 *
 * Like `normalizePathEncoding`, but uses the query/fragment character set
 * (which additionally allows `?`) and decodes `.` since it has no dot-segment
 * meaning outside of a path.
 *
 * @param {string} input
 * @returns {string}
 */
function normalizeQueryFragmentEncoding (input) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        const normalizedHex = hex.toUpperCase()
        const decoded = String.fromCharCode(parseInt(normalizedHex, 16))

        if (isUnreserved(decoded)) {
          output += decoded
        } else {
          output += '%' + normalizedHex
        }

        i += 2
        continue
      }
    }

    if (isQueryFragmentCharacter(ch)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += isEscapeSafe(code) ? ch : BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Escapes a component while preserving existing valid percent escapes.
 *
 * @param {string} input
 * @returns {string}
 */
function escapePreservingEscapes (input) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    if (input[i] === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        output += '%' + hex.toUpperCase()
        i += 2
        continue
      }
    }

    output += escape(input[i])
  }

  return output
}

/**
 * @param {import('../types/index').URIComponent} component
 * @returns {string|undefined}
 */
function recomposeAuthority (component) {
  const uriTokens = []

  if (component.userinfo !== undefined) {
    uriTokens.push(encodeUserinfo(component.userinfo))
    uriTokens.push('@')
  }

  if (component.host !== undefined) {
    let host = component.host
    if (!isIPv4(host)) {
      let ipV6res = normalizeIPv6(host)
      if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
        // Decode only unreserved bytes, once. In particular, keep %25 encoded
        // so it cannot introduce a second escape during recomposition.
        host = normalizePercentEncoding(host, true)
        ipV6res = normalizeIPv6(host)
      }
      if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
        host = `[${ipV6res.escapedHost}]`
      } else {
        host = reescapeHostDelimiters(host, false)
      }
    }
    uriTokens.push(host)
  }

  if (typeof component.port === 'number' || typeof component.port === 'string') {
    const port = String(component.port)
    if (!isPort(port)) {
      throw new TypeError('URI port is malformed.')
    }
    uriTokens.push(':')
    uriTokens.push(port)
  }

  return uriTokens.length ? uriTokens.join('') : undefined
};

module.exports = {
  nonSimpleDomain,
  recomposeAuthority,
  reescapeHostDelimiters,
  normalizePercentEncoding,
  normalizePathEncoding,
  serializePathEncoding,
  normalizeQueryFragmentEncoding,
  encodeUserinfo,
  encodeQuery,
  encodeFragment,
  escapePreservingEscapes,
  removeDotSegments,
  removeDotSegmentsRelative,
  isIPv4,
  isUUID,
  normalizeIPv6,
  stringArrayToHexStripped
}


/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(5402);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(5407);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(5407);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(5402);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(5407);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 5407:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(5407);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(5407);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 5402:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(9210);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(5402);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
__webpack_unused_export__ = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
__webpack_unused_export__ = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
__webpack_unused_export__ = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
exports.qg = publicApi.parse;
exports.hR = publicApi.parseAllDocuments;
__webpack_unused_export__ = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(5402);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 9210:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ }),

/***/ 3837:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$id":"https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#","description":"Meta-schema for $data reference (JSON AnySchema extension proposal)","type":"object","required":["$data"],"properties":{"$data":{"type":"string","anyOf":[{"format":"relative-json-pointer"},{"format":"json-pointer"}]}},"additionalProperties":false}');

/***/ }),

/***/ 2079:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"http://json-schema.org/draft-07/schema#","title":"Core schema meta-schema","definitions":{"schemaArray":{"type":"array","minItems":1,"items":{"$ref":"#"}},"nonNegativeInteger":{"type":"integer","minimum":0},"nonNegativeIntegerDefault0":{"allOf":[{"$ref":"#/definitions/nonNegativeInteger"},{"default":0}]},"simpleTypes":{"enum":["array","boolean","integer","null","number","object","string"]},"stringArray":{"type":"array","items":{"type":"string"},"uniqueItems":true,"default":[]}},"type":["object","boolean"],"properties":{"$id":{"type":"string","format":"uri-reference"},"$schema":{"type":"string","format":"uri"},"$ref":{"type":"string","format":"uri-reference"},"$comment":{"type":"string"},"title":{"type":"string"},"description":{"type":"string"},"default":true,"readOnly":{"type":"boolean","default":false},"examples":{"type":"array","items":true},"multipleOf":{"type":"number","exclusiveMinimum":0},"maximum":{"type":"number"},"exclusiveMaximum":{"type":"number"},"minimum":{"type":"number"},"exclusiveMinimum":{"type":"number"},"maxLength":{"$ref":"#/definitions/nonNegativeInteger"},"minLength":{"$ref":"#/definitions/nonNegativeIntegerDefault0"},"pattern":{"type":"string","format":"regex"},"additionalItems":{"$ref":"#"},"items":{"anyOf":[{"$ref":"#"},{"$ref":"#/definitions/schemaArray"}],"default":true},"maxItems":{"$ref":"#/definitions/nonNegativeInteger"},"minItems":{"$ref":"#/definitions/nonNegativeIntegerDefault0"},"uniqueItems":{"type":"boolean","default":false},"contains":{"$ref":"#"},"maxProperties":{"$ref":"#/definitions/nonNegativeInteger"},"minProperties":{"$ref":"#/definitions/nonNegativeIntegerDefault0"},"required":{"$ref":"#/definitions/stringArray"},"additionalProperties":{"$ref":"#"},"definitions":{"type":"object","additionalProperties":{"$ref":"#"},"default":{}},"properties":{"type":"object","additionalProperties":{"$ref":"#"},"default":{}},"patternProperties":{"type":"object","additionalProperties":{"$ref":"#"},"propertyNames":{"format":"regex"},"default":{}},"dependencies":{"type":"object","additionalProperties":{"anyOf":[{"$ref":"#"},{"$ref":"#/definitions/stringArray"}]}},"propertyNames":{"$ref":"#"},"const":true,"enum":{"type":"array","items":true,"minItems":1,"uniqueItems":true},"type":{"anyOf":[{"$ref":"#/definitions/simpleTypes"},{"type":"array","items":{"$ref":"#/definitions/simpleTypes"},"minItems":1,"uniqueItems":true}]},"format":{"type":"string"},"contentMediaType":{"type":"string"},"contentEncoding":{"type":"string"},"if":{"$ref":"#"},"then":{"$ref":"#"},"else":{"$ref":"#"},"allOf":{"$ref":"#/definitions/schemaArray"},"anyOf":{"$ref":"#/definitions/schemaArray"},"oneOf":{"$ref":"#/definitions/schemaArray"},"not":{"$ref":"#"}},"default":true}');

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(486);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
