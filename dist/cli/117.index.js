export const id = 117;
export const ids = [117];
export const modules = {

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

/***/ 28117:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runSarifCommand: () => (/* binding */ runSarifCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/errors.ts
var lib_errors = __webpack_require__(88115);
// EXTERNAL MODULE: ./lib/sarif/find-files.ts
var find_files = __webpack_require__(84423);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./lib/sarif/category.ts
var category = __webpack_require__(84206);
// EXTERNAL MODULE: ./lib/sarif/chunked-gzip.ts
var chunked_gzip = __webpack_require__(67393);
// EXTERNAL MODULE: ./lib/sarif/ingest.ts
var ingest = __webpack_require__(40382);
// EXTERNAL MODULE: ./lib/sarif/limits.ts
var sarif_limits = __webpack_require__(43166);
// EXTERNAL MODULE: ./lib/sarif/count-text.ts
var count_text = __webpack_require__(35055);
;// CONCATENATED MODULE: ./lib/sarif/github-checks.ts








/**
 * `assay sarif validate`: a file held to the SARIF 2.1.0 schema (ingest.ts) and then to what
 * GitHub code scanning itself requires of an upload: at most 20 runs, never two runs of one tool
 * and category, a location on every result, and the size and count limits. Each problem names
 * the file, the JSON path and the rule.
 */
const n = count_text/* countText */.l;
/**
 * Over a count or size limit, GitHub rejects the upload: an error. Over a text length (rule name,
 * descriptions), GitHub documents a maximum but the log is still usable: a warning (merge shortens them).
 */
function problem(file, path, rule, message, level = 'error') {
    return { file, path, rule: `GitHub: ${rule}`, message, level };
}
/** Code scanning's own rules on a log that passed the schema; `gzippedBytes` is the file's size gzipped. */
function githubProblems(ingested, gzippedBytes, limits = (0,sarif_limits/* sarifLimits */.gM)()) {
    const file = ingested.file;
    const out = [];
    const runs = ingested.runs;
    if (runs.length > limits.runsPerFile) {
        out.push(problem(file, 'runs', 'runs per file', `${n(runs.length)} runs; GitHub takes at most ${n(limits.runsPerFile)} per file`));
    }
    const seen = new Map();
    runs.forEach(({ run, records }, r) => {
        const identity = (0,category/* runIdentity */.yK)(run);
        const first = seen.get((0,category/* identityKey */.US)(identity));
        if (first !== undefined) {
            out.push(problem(file, `runs[${r}]`, 'one run per tool and category', `a second run of ${(0,category/* describeIdentity */.Cl)(identity)} (the first is runs[${first}]); GitHub refuses two runs of one tool and category in an upload (since July 2025). Combine them with 'assay sarif merge' or give them different categories (automationDetails.id)`));
        }
        else
            seen.set((0,category/* identityKey */.US)(identity), r);
        if (records.length > limits.resultsPerRun) {
            out.push(problem(file, `runs[${r}].results`, 'results per run', `${n(records.length)} results; GitHub takes at most ${n(limits.resultsPerRun)} per run`));
        }
        const components = [run.tool.driver, ...(run.tool.extensions ?? [])];
        const ruleCount = components.reduce((x, c) => x + (c.rules?.length ?? 0), 0);
        if (ruleCount > limits.rulesPerRun) {
            out.push(problem(file, `runs[${r}].tool`, 'rules per run', `${n(ruleCount)} rules; GitHub takes at most ${n(limits.rulesPerRun)} per run`));
        }
        const extensions = run.tool.extensions?.length ?? 0;
        if (extensions > limits.toolExtensionsPerRun) {
            out.push(problem(file, `runs[${r}].tool.extensions`, 'tool extensions per run', `${n(extensions)} extensions; GitHub takes at most ${n(limits.toolExtensionsPerRun)}`));
        }
        components.forEach((component, c) => {
            const where = c === 0 ? `runs[${r}].tool.driver` : `runs[${r}].tool.extensions[${c - 1}]`;
            (component.rules ?? []).forEach((rule, i) => {
                const at = `${where}.rules[${i}]`;
                if (typeof rule.name === 'string' && rule.name.length > limits.ruleNameChars) {
                    out.push(problem(file, `${at}.name`, 'rule name length', `${n(rule.name.length)} characters; GitHub's maximum is ${n(limits.ruleNameChars)}`, 'warning'));
                }
                for (const key of ['shortDescription', 'fullDescription']) {
                    const text = rule[key]?.text;
                    if (typeof text === 'string' && text.length > limits.ruleDescriptionChars) {
                        out.push(problem(file, `${at}.${key}.text`, 'rule description length', `${n(text.length)} characters; GitHub's maximum is ${n(limits.ruleDescriptionChars)}`, 'warning'));
                    }
                }
                const tags = rule.properties?.tags;
                if (Array.isArray(tags) && tags.length > limits.tagsPerRule) {
                    out.push(problem(file, `${at}.properties.tags`, 'tags per rule', `${n(tags.length)} tags; GitHub takes at most ${n(limits.tagsPerRule)} (and shows 10)`));
                }
            });
        });
        // Per-result rules: report the first few of each kind and count the rest.
        const kinds = new Map();
        const note = (kind, path, message) => {
            const entry = kinds.get(kind) ?? { paths: [], count: 0, message };
            entry.count++;
            if (entry.paths.length < 5)
                entry.paths.push(path);
            kinds.set(kind, entry);
        };
        records.forEach((record, k) => {
            const at = `runs[${r}].results[${k}]`;
            if (record.locationCount === 0)
                note('result location', `${at}.locations`, 'the result has no location; GitHub code scanning shows a result only at a location in the repository');
            else if (record.locationCount > limits.locationsPerResult) {
                note('locations per result', `${at}.locations`, `${n(record.locationCount)} locations; GitHub takes at most ${n(limits.locationsPerResult)} per result (and shows 100)`);
            }
            if (record.threadFlowLocationCount > limits.threadFlowLocationsPerResult) {
                note('thread-flow locations per result', `${at}.codeFlows`, `${n(record.threadFlowLocationCount)} thread-flow locations; GitHub takes at most ${n(limits.threadFlowLocationsPerResult)} per result (and shows 1,000)`);
            }
        });
        for (const [kind, entry] of kinds) {
            entry.paths.forEach((path, i) => {
                const more = i === entry.paths.length - 1 && entry.count > entry.paths.length ? ` (${n(entry.count - entry.paths.length)} more results in this run alike)` : '';
                out.push(problem(file, path, kind, entry.message + more));
            });
        }
    });
    if (gzippedBytes > limits.gzippedBytes) {
        out.push(problem(file, '', 'gzipped size', `${(gzippedBytes / 1024 / 1024).toFixed(1)} MB gzipped; GitHub takes at most ${limits.gzippedBytes / 1024 / 1024} MB (it answers 413)`));
    }
    return out;
}
/** Schema problems, or (for a log that passes the schema) GitHub's. */
async function validateSarifFile(file, options, name = file) {
    const outcome = await (0,ingest/* ingestSarifFile */.Og)(file, { checkoutRoot: options.checkoutRoot, maxProblems: 200 }, name);
    if (!outcome.ok)
        return outcome.problems;
    let gzipped;
    try {
        gzipped = external_node_zlib_.gzipSync(await promises_.readFile(file), { level: chunked_gzip/* GZIP_LEVEL */.Gw }).length;
    }
    catch (err) {
        return [{ file: name, path: '', rule: 'input', level: 'error', message: `could not be read: ${(0,lib_errors/* errorMessage */.gJ)(err)}` }];
    }
    return githubProblems(outcome.ingested, gzipped, (0,sarif_limits/* sarifLimits */.gM)(options.limits));
}

// EXTERNAL MODULE: ./lib/sarif/merge.ts + 10 modules
var merge = __webpack_require__(22882);
// EXTERNAL MODULE: ./lib/sarif/merge-summary.ts
var merge_summary = __webpack_require__(61341);
// EXTERNAL MODULE: ./lib/sarif/problems.ts
var sarif_problems = __webpack_require__(28410);
// EXTERNAL MODULE: ./cli/library-commands.ts
var library_commands = __webpack_require__(70559);
// EXTERNAL MODULE: ./cli/parse-args.ts
var parse_args = __webpack_require__(20236);
;// CONCATENATED MODULE: ./cli/sarif-command.ts









/**
 * `assay sarif merge` and `assay sarif validate`: the shared SARIF library on the command line,
 * for SARIF from any tool, outside any action.
 *
 * merge exits 0 when it wrote a log, even if some inputs were broken: those are reported on
 * stderr by file and JSON path and left out, and the rest is merged, as the security-scan action
 * does with its `sarif-files`. `--strict` makes a broken or missing input exit 1 (the log is still
 * written). With no usable input at all it exits 1 and writes nothing.
 */
const HELP = `Usage: assay sarif <subcommand> [options] FILE...

${library_commands/* SARIF_COMMAND */.c.description}
FILEs are paths or globs (*, ?, **, [...]; quote them so the shell leaves them to assay).

Subcommands:
  merge --output FILE IN...   Merge into one log: one run per tool and category (runs sharing
                              both are combined), duplicate results removed (same rule,
                              location and fingerprint), file URIs made relative to the
                              checkout, primaryLocationLineHash filled in, and GitHub's limits
                              applied (20 runs, 25,000 results and rules per run, 1,000
                              locations and 10,000 thread-flow steps per result, rule texts and
                              tags, 10 MB gzipped), the least severe results cut first. Prints
                              what was combined and cut, and why.
  validate FILE...            Check each file against the SARIF 2.1.0 schema and code
                              scanning's rules (at most 20 runs, one run per tool and category,
                              a location on every result, the limits above). Prints each
                              problem with its file and JSON path.

Options of merge:
  --output FILE          Where the merged log goes (required).
  --checkout DIR         The checkout the results are about (default: the current folder).
  --category NAME        Category for runs that have none (runs[].automationDetails.id).
  --gzip-output FILE     Also write the log gzipped, exactly as measured against the 10 MB limit.
  --no-fingerprints      Do not compute primaryLocationLineHash for results that lack one.
  --workers N            Threads that read large inputs besides the main one (default: CPUs - 1,
                         at most 3; 0 reads everything on the main thread).
  --strict               Exit 1 when an input is broken or a pattern matches nothing.
  --json                 Print the summary as JSON instead of lines.

Options of validate:
  --checkout DIR         The checkout the results are about (default: the current folder).
  --json                 Print the problems as JSON.

Exit codes: merge: 0 log written (broken inputs reported and left out, unless --strict),
1 no usable input or --strict with a problem; validate: 0 no errors, 1 a file has errors;
2 usage.`;
function parse(sub, argv, valued, booleans) {
    const flags = new Map();
    const positional = [];
    for (let i = 0; i < argv.length; i++) {
        const token = argv[i];
        if (token === '--') {
            positional.push(...argv.slice(i + 1));
            break;
        }
        if (!token.startsWith('--') || token === '-') {
            positional.push(token);
            continue;
        }
        const eq = token.indexOf('=');
        const name = token.slice(2, eq === -1 ? undefined : eq);
        if (booleans.includes(name)) {
            flags.set(name, true);
            continue;
        }
        if (!valued.includes(name)) {
            const hint = (0,parse_args/* closest */.k)(name, [...valued, ...booleans]);
            throw new lib_errors/* UsageError */.eb(`assay sarif ${sub}: unknown option --${name}${hint ? `; did you mean --${hint}?` : ''} (see 'assay sarif --help').`);
        }
        const value = eq !== -1 ? token.slice(eq + 1) : argv[++i];
        if (value === undefined || value === '')
            throw new lib_errors/* UsageError */.eb(`assay sarif ${sub}: option --${name} needs a value (see 'assay sarif --help').`);
        flags.set(name, value);
    }
    return { flags, positional };
}
function problemLines(problems) {
    return problems.map((p) => `${(0,sarif_problems/* formatProblem */.Vw)(p)}\n`).join('');
}
/** `assay sarif …`; resolves with the exit code. */
async function runSarifCommand(argv, io) {
    const [sub, ...rest] = argv;
    if (sub === undefined || sub === '--help' || sub === '-h' || sub === 'help' || rest.includes('--help') || rest.includes('-h')) {
        io.stdout(`${HELP}\n`);
        return sub === undefined ? 2 : 0;
    }
    if (sub === 'merge')
        return sarif_command_merge(rest, io);
    if (sub === 'validate')
        return validate(rest, io);
    const hint = (0,parse_args/* closest */.k)(sub, ['merge', 'validate']);
    throw new lib_errors/* UsageError */.eb(`assay sarif: unknown subcommand "${sub}"${hint ? `; did you mean "${hint}"?` : ''} (see 'assay sarif --help').`);
}
async function sarif_command_merge(argv, io) {
    const { flags, positional } = parse('merge', argv, ['output', 'checkout', 'category', 'gzip-output', 'workers'], ['no-fingerprints', 'strict', 'json']);
    const output = flags.get('output');
    if (typeof output !== 'string')
        throw new lib_errors/* UsageError */.eb("assay sarif merge: --output FILE is required (see 'assay sarif --help').");
    if (positional.length === 0)
        throw new lib_errors/* UsageError */.eb("assay sarif merge: give the SARIF files to merge (see 'assay sarif --help').");
    const checkout = external_node_path_.resolve(io.cwd, flags.get('checkout') ?? '.');
    const category = flags.get('category');
    const workersFlag = flags.get('workers');
    const workers = workersFlag === undefined ? undefined : Number(workersFlag);
    if (workers !== undefined && (!Number.isInteger(workers) || workers < 0))
        throw new lib_errors/* UsageError */.eb(`assay sarif merge: --workers takes a whole number (0 or more), not "${workersFlag}".`);
    const found = await (0,find_files/* findFiles */.l)(positional, io.cwd);
    const merger = new merge/* SarifMerger */.Kc({
        checkoutRoot: checkout,
        fingerprints: !flags.has('no-fingerprints'),
        ...(category !== undefined ? { category } : {}),
        ...(workers !== undefined ? { parallel: { workers } } : {}),
    });
    merger.problems.push(...found.unmatched.map((p) => (0,sarif_problems/* unmatchedPattern */.A5)(p)));
    const merged = await merger.addFiles(found.files.map((file) => ({ path: file, name: external_node_path_.relative(io.cwd, file) || file })));
    const problems = merger.problems;
    if (problems.length > 0)
        io.stderr(problemLines(problems));
    if (merged === 0) {
        io.stderr(`assay sarif merge: no input could be merged${found.files.length === 0 ? ' (no file matched)' : ''}; nothing was written.\n`);
        return 1;
    }
    const log = await merger.finish();
    const outputPath = external_node_path_.resolve(io.cwd, output);
    await log.write(outputPath);
    const gzipOutput = flags.get('gzip-output');
    if (typeof gzipOutput === 'string')
        await log.write(external_node_path_.resolve(io.cwd, gzipOutput), { gzip: true });
    if (flags.has('json'))
        io.stdout(`${JSON.stringify({ output: outputPath, ...log.summary, problems }, null, 2)}\n`);
    else
        io.stdout(`wrote ${external_node_path_.relative(io.cwd, outputPath) || outputPath}\n${(0,merge_summary/* formatMergeSummary */.m)(log.summary).join('\n')}\n`);
    const broken = new Set(problems.map((p) => p.file)).size;
    if (broken > 0)
        io.stderr(`assay sarif merge: ${broken} input${broken === 1 ? '' : 's'} left out (see above)${flags.has('strict') ? '' : '; the rest was merged'}.\n`);
    return flags.has('strict') && problems.length > 0 ? 1 : 0;
}
async function validate(argv, io) {
    const { flags, positional } = parse('validate', argv, ['checkout'], ['json']);
    if (positional.length === 0)
        throw new lib_errors/* UsageError */.eb("assay sarif validate: give the SARIF files to check (see 'assay sarif --help').");
    const checkout = external_node_path_.resolve(io.cwd, flags.get('checkout') ?? '.');
    const found = await (0,find_files/* findFiles */.l)(positional, io.cwd);
    const problems = found.unmatched.map((p) => (0,sarif_problems/* unmatchedPattern */.A5)(p, 'error'));
    const verdicts = [];
    for (const file of found.files) {
        const name = external_node_path_.relative(io.cwd, file) || file;
        const found = await validateSarifFile(file, { checkoutRoot: checkout }, name);
        problems.push(...found);
        verdicts.push({ file: name, errors: found.filter((p) => p.level === 'error').length, warnings: found.filter((p) => p.level === 'warning').length });
    }
    const errors = problems.filter((p) => p.level === 'error').length;
    if (flags.has('json')) {
        io.stdout(`${JSON.stringify({ files: verdicts, problems }, null, 2)}\n`);
    }
    else {
        io.stdout(problemLines(problems));
        for (const v of verdicts)
            io.stdout(`${v.file}: ${v.errors === 0 ? 'valid' : `${v.errors} error${v.errors === 1 ? '' : 's'}`}${v.warnings ? `, ${v.warnings} warning${v.warnings === 1 ? '' : 's'}` : ''}\n`);
    }
    return errors > 0 ? 1 : 0;
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
