export const id = 439;
export const ids = [439];
export const modules = {

/***/ 42439:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runActionCommand: () => (/* binding */ runActionCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/action/host.ts + 1 modules
var action_host = __webpack_require__(45082);
// EXTERNAL MODULE: ./lib/action/metadata.ts
var metadata = __webpack_require__(68512);
// EXTERNAL MODULE: ./lib/action/run-action.ts
var run_action = __webpack_require__(86567);
// EXTERNAL MODULE: ./lib/errors.ts
var errors = __webpack_require__(88115);
;// CONCATENATED MODULE: ./cli/commands.ts

/**
 * One command per action, plus `pipeline` (the root action.yml). The actions' code is loaded
 * only when one of them runs: `assay sarif merge` and `--help` then start without parsing
 * megabytes of linters' adapters, AWS and Chromium drivers they never call.
 */
const COMMANDS = [
    ...metadata/* ACTION_NAMES */.G.map((name) => ({
        name,
        metadataFile: (root) => (0,metadata/* actionMetadataFile */.Q7)(root, name),
        run: async (h) => {
            const { STAGES } = await Promise.all(/* import() */[__webpack_require__.e(892), __webpack_require__.e(322), __webpack_require__.e(62), __webpack_require__.e(259)]).then(__webpack_require__.bind(__webpack_require__, 5259));
            return STAGES.find((s) => s.name === name).run(h);
        },
    })),
    {
        name: 'pipeline',
        metadataFile: (root) => (0,metadata/* actionMetadataFile */.Q7)(root),
        run: async (h) => (await Promise.all(/* import() */[__webpack_require__.e(892), __webpack_require__.e(322), __webpack_require__.e(62), __webpack_require__.e(259), __webpack_require__.e(971)]).then(__webpack_require__.bind(__webpack_require__, 96971))).run(h),
    },
];

;// CONCATENATED MODULE: ./cli/help.ts
function globalHelp(commands, 
/** Commands that are not actions (`sarif`), listed after them. */
extra = []) {
    const width = Math.max(...commands.map((c) => c.command.name.length), ...extra.map((c) => c.name.length));
    const lines = [
        'Usage: assay <command> [--<input> <value> ...]',
        '',
        'Runs an Assay action outside GitHub with the same inputs as its action.yml.',
        '',
        'Commands:',
        ...commands.map(({ command, meta }) => `  ${command.name.padEnd(width)}  ${meta.description}`),
        ...extra.map((c) => `  ${c.name.padEnd(width)}  ${c.description}`),
        '',
        "Run 'assay <command> --help' for a command's inputs.",
        'Exit codes: 0 success, 1 failure, 2 usage or configuration error.',
    ];
    return lines.join('\n');
}
function commandHelp(command, meta) {
    const names = Object.keys(meta.inputs);
    const width = Math.max(0, ...names.map((n) => n.length + 2));
    const lines = [`Usage: assay ${command.name} [--<input> <value> ...]`, '', meta.description, ''];
    lines.push('Inputs:');
    for (const name of names) {
        const spec = meta.inputs[name];
        const extra = spec.required ? ' (required)' : spec.default ? ` (default: ${spec.default})` : '';
        lines.push(`  --${name.padEnd(width - 2)}  ${spec.description}${extra}`);
    }
    const outputs = Object.entries(meta.outputs);
    if (outputs.length > 0) {
        lines.push('', 'Outputs (printed as name=value):');
        for (const [name, spec] of outputs)
            lines.push(`  ${name}  ${spec.description}`);
    }
    return lines.join('\n');
}

// EXTERNAL MODULE: ./cli/library-commands.ts
var library_commands = __webpack_require__(70559);
// EXTERNAL MODULE: ./cli/parse-args.ts
var parse_args = __webpack_require__(20236);
;// CONCATENATED MODULE: ./cli/action-command.ts










/**
 * `assay --help`, `--version` and the commands that run an action (their flags are the action's
 * inputs, read from its action.yml): everything but `assay sarif`.
 */
async function runActionCommand(argv, io) {
    const root = (0,metadata/* findRepositoryRoot */.mL)();
    const [name, ...rest] = argv;
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
        const all = COMMANDS.map((command) => ({ command, meta: (0,metadata/* readActionMetadata */.Of)(command.metadataFile(root)) }));
        io.stdout(`${globalHelp(all, library_commands/* LIBRARY_COMMANDS */.f)}\n`);
        return name === undefined ? 2 : 0;
    }
    if (name === '--version' || name === '-V') {
        const pkg = JSON.parse(external_node_fs_.readFileSync(external_node_path_.join(root, 'package.json'), 'utf8'));
        io.stdout(`${pkg.version}\n`);
        return 0;
    }
    const command = COMMANDS.find((c) => c.name === name);
    if (!command) {
        const hint = (0,parse_args/* closest */.k)(name, [...COMMANDS.map((c) => c.name), ...library_commands/* LIBRARY_COMMANDS */.f.map((c) => c.name)]);
        throw new errors/* UsageError */.eb(`assay: unknown command "${name}"${hint ? `; did you mean "${hint}"?` : ''} (see 'assay --help').`);
    }
    const meta = (0,metadata/* readActionMetadata */.Of)(command.metadataFile(root));
    const args = (0,parse_args/* parseActionArgs */.j)(name, rest, meta);
    if (args.help) {
        io.stdout(`${commandHelp(command, meta)}\n`);
        return 0;
    }
    const host = (0,action_host/* createCliHost */.b)({ inputs: (0,metadata/* inputsWithDefaults */.yP)(meta, args.inputs), cwd: io.cwd, env: io.env, log: undefined });
    const outcome = await command.run(host);
    for (const [key, value] of host.outputs)
        io.stdout(`${key}=${value}\n`);
    writeSummary(host.summary, host.input('output-dir'), name, io);
    if (outcome === 'configuration-error')
        io.stderr(`(see 'assay ${name} --help')\n`);
    return run_action/* EXIT_CODES */.a[outcome];
}
/** Outside GitHub the job summary becomes a Markdown file beside the results. */
function writeSummary(parts, outputDir, name, io) {
    if (parts.length === 0 || !outputDir)
        return;
    const dir = external_node_path_.resolve(io.cwd, outputDir);
    external_node_fs_.mkdirSync(dir, { recursive: true });
    const file = external_node_path_.join(dir, `${name}-summary.md`);
    external_node_fs_.writeFileSync(file, parts.join('\n'));
    io.stderr(`summary: ${file}\n`);
}


/***/ }),

/***/ 70559:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ SARIF_COMMAND),
/* harmony export */   f: () => (/* binding */ LIBRARY_COMMANDS)
/* harmony export */ });
/** `assay sarif merge|validate`: the shared SARIF library on the command line. */
const SARIF_COMMAND = {
    name: 'sarif',
    description: "Merge SARIF files into one log GitHub code scanning accepts, or check files against the schema and GitHub's rules.",
};
/** Commands that are not actions. */
const LIBRARY_COMMANDS = [SARIF_COMMAND];


/***/ }),

/***/ 20236:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ parseActionArgs),
/* harmony export */   k: () => (/* binding */ closest)
/* harmony export */ });
/* harmony import */ var _lib_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88115);
/* harmony import */ var _lib_edit_distance__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12882);


const BOOLEAN_DEFAULTS = new Set(['true', 'false']);
/**
 * `--name value`, `--name=value`; a repeated flag adds a line (list inputs take one item a
 * line, as in a workflow); a bare `--flag` means true for inputs whose default is true/false.
 * Every name must be an input of the action.yml: a typo is an error, never silently ignored.
 */
function parseActionArgs(command, argv, meta) {
    const inputs = {};
    let help = false;
    for (let i = 0; i < argv.length; i++) {
        const token = argv[i];
        if (token === '--help' || token === '-h') {
            help = true;
            continue;
        }
        if (!token.startsWith('--') || token === '--') {
            throw new _lib_errors__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`assay ${command}: unexpected argument "${token}"; inputs are given as --name value (see 'assay ${command} --help').`);
        }
        const eq = token.indexOf('=');
        const name = token.slice(2, eq === -1 ? undefined : eq);
        const spec = meta.inputs[name];
        if (!spec) {
            const hint = closest(name, Object.keys(meta.inputs));
            throw new _lib_errors__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`assay ${command}: unknown option --${name}${hint ? `; did you mean --${hint}?` : ''} (see 'assay ${command} --help').`);
        }
        let value;
        if (eq !== -1) {
            value = token.slice(eq + 1);
        }
        else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) {
            value = argv[++i];
        }
        else if (spec.default !== undefined && BOOLEAN_DEFAULTS.has(spec.default)) {
            value = 'true';
        }
        else {
            throw new _lib_errors__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`assay ${command}: option --${name} needs a value (${spec.description})`);
        }
        inputs[name] = name in inputs ? `${inputs[name]}\n${value}` : value;
    }
    return { help, inputs };
}
/** The candidate within edit distance 2, to suggest for a typo. */
function closest(word, candidates) {
    let best;
    for (const c of candidates) {
        const d = (0,_lib_edit_distance__WEBPACK_IMPORTED_MODULE_1__/* .editDistance */ .Y)(word, c);
        if (d <= 2 && (!best || d < best.d))
            best = { name: c, d };
    }
    return best?.name;
}


/***/ }),

/***/ 45082:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Jz: () => (/* binding */ SUMMARY_LIMIT_BYTES),
  b: () => (/* binding */ createCliHost),
  d_: () => (/* binding */ createRunnerHost)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
;// CONCATENATED MODULE: ./lib/action/logger.ts

/** Logger for the GitHub runner: workflow commands through @actions/core. */
function createRunnerLogger() {
    return {
        debug: (m) => core/* debug */.Yz(m),
        info: (m) => core/* info */.pq(m),
        notice: (m, w) => core/* notice */.lm(m, w ?? {}),
        warning: (m, w) => core/* warning */.$e(m, w ?? {}),
        error: (m, w) => core/* error */.z3(m, w ?? {}),
        group: (name, fn) => core/* group */.Os(name, fn),
    };
}
/** Logger for a terminal (`assay` outside GitHub): plain lines, `file:line: level: message`. */
function createConsoleLogger(options = {}) {
    const write = options.write ?? ((line) => process.stderr.write(`${line}\n`));
    let depth = 0;
    const indent = () => '  '.repeat(depth);
    const annotated = (level, message, where) => {
        const place = where?.file ? `${where.file}${where.startLine ? `:${where.startLine}` : ''}: ` : '';
        const title = where?.title ? `${where.title}: ` : '';
        write(`${indent()}${place}${level}: ${title}${message}`);
    };
    return {
        debug: (m) => {
            if (options.verbose)
                write(`${indent()}debug: ${m}`);
        },
        info: (m) => write(`${indent()}${m}`),
        notice: (m, w) => annotated('notice', m, w),
        warning: (m, w) => annotated('warning', m, w),
        error: (m, w) => annotated('error', m, w),
        group: async (name, fn) => {
            write(`${indent()}▸ ${name}`);
            depth++;
            try {
                return await fn();
            }
            finally {
                depth--;
            }
        },
    };
}

;// CONCATENATED MODULE: ./lib/action/host.ts



/** GitHub's limit for one step's summary is 1,024 KiB; we stop a little short and say so. */
const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 4096;
function createRunnerHost(env = process.env) {
    let summaryBytes = 0;
    let summaryCut = false;
    return {
        kind: 'runner',
        input: (name) => core/* getInput */.V4(name),
        log: createRunnerLogger(),
        workspace: env.GITHUB_WORKSPACE || process.cwd(),
        tempDir: env.RUNNER_TEMP || external_node_os_.tmpdir(),
        env,
        setOutput: (name, value) => core/* setOutput */.uH(name, value),
        setSecret: (value) => core/* setSecret */.Pq(value),
        getIdToken: (audience) => core/* getIDToken */.V9(audience),
        appendSummary: async (markdown) => {
            if (summaryCut)
                return;
            const bytes = Buffer.byteLength(markdown);
            if (summaryBytes + bytes > SUMMARY_LIMIT_BYTES) {
                summaryCut = true;
                markdown = '\n\n> The rest of this summary was cut to stay under GitHub\'s 1 MiB job summary limit; the full report is in the artifacts.\n';
            }
            summaryBytes += Buffer.byteLength(markdown);
            if (!env.GITHUB_STEP_SUMMARY)
                return; // not on a runner that supports summaries
            await core/* summary */.z.addRaw(markdown, true).write();
        },
        fail: (message) => core/* setFailed */.C1(message),
    };
}
/** Host for `assay <action>`: inputs from flags (defaults already applied), plain terminal output. */
function createCliHost(options) {
    const outputs = new Map();
    const summary = [];
    const failures = [];
    const secrets = [];
    const env = options.env ?? process.env;
    const base = options.log ?? createConsoleLogger({ verbose: env.ASSAY_DEBUG === '1' });
    const mask = (text) => secrets.reduce((t, s) => t.split(s).join('***'), text);
    const log = {
        debug: (m) => base.debug(mask(m)),
        info: (m) => base.info(mask(m)),
        notice: (m, w) => base.notice(mask(m), w),
        warning: (m, w) => base.warning(mask(m), w),
        error: (m, w) => base.error(mask(m), w),
        group: (name, fn) => base.group(mask(name), fn),
    };
    return {
        kind: 'cli',
        input: (name) => options.inputs[name] ?? '',
        log,
        workspace: options.cwd ?? process.cwd(),
        tempDir: env.RUNNER_TEMP || external_node_os_.tmpdir(),
        env,
        outputs,
        summary,
        failures,
        setOutput: (name, value) => void outputs.set(name, String(value)),
        setSecret: (value) => {
            if (value)
                secrets.push(value);
        },
        appendSummary: async (markdown) => void summary.push(mask(markdown)),
        fail: (message) => {
            failures.push(mask(message));
            log.error(message);
        },
    };
}


/***/ }),

/***/ 68512:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ ACTION_NAMES),
/* harmony export */   Of: () => (/* binding */ readActionMetadata),
/* harmony export */   Q7: () => (/* binding */ actionMetadataFile),
/* harmony export */   mL: () => (/* binding */ findRepositoryRoot),
/* harmony export */   yP: () => (/* binding */ inputsWithDefaults)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(38815);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(88115);





/** Names of the five actions, in pipeline order; each lives in actions/<name>/. */
const ACTION_NAMES = ['analyze', 'security-scan', 'perf-bench', 'generate-report', 'publish-portal'];
/**
 * The repository root: the folder holding the root action.yml and actions/. Found by walking up
 * from a module's location, so it works from the TypeScript sources, from a bundle in
 * actions/<name>/dist or dist/<x>, and from a consumer's checkout of the action.
 */
function findRepositoryRoot(from = (0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url)) {
    let dir = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(from);
    for (;;) {
        if (node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, 'action.yml')) && node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, 'actions')))
            return dir;
        const parent = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(dir);
        if (parent === dir)
            throw new Error(`Assay's action.yml files were not found above ${from}; is the repository complete?`);
        dir = parent;
    }
}
/** action.yml of one action (`undefined` name = the root action that runs the pipeline). */
function actionMetadataFile(root, name) {
    return name ? node_path__WEBPACK_IMPORTED_MODULE_1__.join(root, 'actions', name, 'action.yml') : node_path__WEBPACK_IMPORTED_MODULE_1__.join(root, 'action.yml');
}
function readActionMetadata(file) {
    let doc;
    try {
        doc = (0,yaml__WEBPACK_IMPORTED_MODULE_3__/* .parse */ .qg)(node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(file, 'utf8'));
    }
    catch (err) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${file} is not valid YAML: ${err.message}`);
    }
    if (!isRecord(doc))
        throw new _errors__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${file}: expected a mapping at the top level.`);
    const inputs = {};
    for (const [name, spec] of Object.entries(isRecord(doc.inputs) ? doc.inputs : {})) {
        const s = isRecord(spec) ? spec : {};
        inputs[name] = {
            description: String(s.description ?? ''),
            required: s.required === true || s.required === 'true',
            ...(s.default !== undefined ? { default: String(s.default) } : {}),
            ...(s.deprecationMessage !== undefined ? { deprecationMessage: String(s.deprecationMessage) } : {}),
        };
    }
    const outputs = {};
    for (const [name, spec] of Object.entries(isRecord(doc.outputs) ? doc.outputs : {})) {
        outputs[name] = { description: String((isRecord(spec) ? spec.description : '') ?? '') };
    }
    const runs = isRecord(doc.runs) ? doc.runs : {};
    return {
        name: String(doc.name ?? ''),
        description: String(doc.description ?? ''),
        inputs,
        outputs,
        runs: {
            using: String(runs.using ?? ''),
            ...(typeof runs.main === 'string' ? { main: runs.main } : {}),
            ...(typeof runs.pre === 'string' ? { pre: runs.pre } : {}),
            ...(typeof runs.post === 'string' ? { post: runs.post } : {}),
            ...(Array.isArray(runs.steps) ? { steps: runs.steps } : {}),
        },
        file,
    };
}
/**
 * Input values as the runner would pass them: each declared input's default, overridden by what
 * was given. GitHub evaluates `${{ }}` defaults; outside a runner such a default is left empty.
 */
function inputsWithDefaults(meta, given) {
    const values = {};
    for (const [name, spec] of Object.entries(meta.inputs)) {
        const fallback = spec.default !== undefined && !spec.default.includes('${{') ? spec.default : '';
        values[name] = given[name] ?? fallback;
    }
    for (const [name, value] of Object.entries(given))
        values[name] ??= value;
    return values;
}
function isRecord(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}


/***/ }),

/***/ 86567:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ runAction),
/* harmony export */   a: () => (/* binding */ EXIT_CODES)
/* harmony export */ });
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88115);

const EXIT_CODES = {
    success: 0,
    failed: 1,
    'configuration-error': 2,
};
/**
 * The one top-level catch of every action. The reason always starts with the action's name so
 * a failed step in a long workflow says which stage failed and why.
 */
async function runAction(name, host, body) {
    try {
        await body();
        return 'success';
    }
    catch (err) {
        if (err instanceof _errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1) {
            host.fail(`${name}: ${err.message}`);
            return 'configuration-error';
        }
        if (err instanceof Error && err.stack)
            host.log.debug(err.stack);
        host.fail(`${name} failed: ${(0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)}`);
        return 'failed';
    }
}


/***/ }),

/***/ 12882:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ editDistance)
/* harmony export */ });
/** Levenshtein distance, for "did you mean …?" hints on mistyped flags, keys and names. */
function editDistance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, j) => j);
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


/***/ })

};
