export const id = 62;
export const ids = [62];
export const modules = {

/***/ 92093:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ canonicalJson)
/* harmony export */ });
/**
 * JSON text with object keys sorted, so values that are equal as JSON Schema's `uniqueItems` (and
 * ajv) understand equality give the same string whatever their key order. Used to find duplicate
 * table entries in linear time instead of comparing every pair.
 */
function canonicalJson(value) {
    if (Array.isArray(value))
        return `[${value.map(canonicalJson).join(',')}]`;
    if (typeof value === 'object' && value !== null) {
        const record = value;
        return `{${Object.keys(record)
            .filter((k) => record[k] !== undefined)
            .sort()
            .map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`)
            .join(',')}}`;
    }
    return JSON.stringify(value) ?? 'null';
}


/***/ }),

/***/ 84206:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cl: () => (/* binding */ describeIdentity),
/* harmony export */   Qd: () => (/* binding */ categoryOf),
/* harmony export */   US: () => (/* binding */ identityKey),
/* harmony export */   _B: () => (/* binding */ automationIdFor),
/* harmony export */   yK: () => (/* binding */ runIdentity)
/* harmony export */ });
/* unused harmony export toolNameOf */
/**
 * GitHub's reading of `runs[].automationDetails.id` (docs: "SARIF support for code scanning",
 * runAutomationDetails): the category is everything before the last "/", the run id what follows.
 * "my-analysis/tool1/2022-01-02" and "my-analysis/tool1/" are both category "my-analysis/tool1";
 * an id without "/" is only a run id, in the empty category. GitHub keeps one analysis per tool and
 * category, and since July 2025 refuses an upload holding two runs of one tool and category.
 */
function categoryOf(automationId) {
    if (!automationId)
        return '';
    const slash = automationId.lastIndexOf('/');
    return slash === -1 ? '' : automationId.slice(0, slash);
}
/** The tool as GitHub identifies it in an analysis: the driver's name. */
function toolNameOf(run) {
    const name = run.tool?.driver?.name;
    return typeof name === 'string' ? name : '';
}
function runIdentity(run) {
    return { tool: toolNameOf(run), category: categoryOf(run.automationDetails?.id) };
}
/** One string per identity, for maps. */
function identityKey(identity) {
    return `${identity.tool}\u0000${identity.category}`;
}
/** `"CodeQL" in category "/language:python"`, or `"Semgrep" (no category)`. */
function describeIdentity(identity) {
    return identity.category ? `"${identity.tool}" in category "${identity.category}"` : `"${identity.tool}" (no category)`;
}
/**
 * The automationDetails.id for `category` as the suite writes it: the category with a trailing
 * "/" (no run id), so GitHub reads exactly that category back.
 */
function automationIdFor(category) {
    return category.endsWith('/') ? category : `${category}/`;
}


/***/ }),

/***/ 67393:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gw: () => (/* binding */ GZIP_LEVEL),
/* harmony export */   Oe: () => (/* binding */ runLimited),
/* harmony export */   Rs: () => (/* binding */ deflateChunk),
/* harmony export */   pc: () => (/* binding */ assembleGzip),
/* harmony export */   uD: () => (/* binding */ GZIP_OVERHEAD)
/* harmony export */ });
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Gzip built from independently compressed pieces, the way pigz builds it: each chunk of the
 * text is deflated on its own (on libuv's thread pool, so several at once), primed with the 32 KB
 * of text that precede it so it compresses as if the stream had never been cut, and ended with a
 * sync flush, so the deflated chunks simply concatenate into one deflate stream. The gzip member
 * is that stream between a 10-byte header and the CRC-32 and length of the whole text.
 *
 * Why: the compressed size of any prefix of a chunk sequence is then a sum, known exactly without
 * compressing again. That is what lets the merge cut results to GitHub's 10 MB gzipped limit
 * with one compression pass (fit-size.ts), and the bytes it measured are the bytes uploaded.
 */
/** Deflate level: zlib's default, as `gzip` and codeql-action use. */
const GZIP_LEVEL = 6;
/** Deflate looks back at most 32 KB; more dictionary would be ignored. */
const WINDOW = 32 * 1024;
const HEADER = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0x03]);
/** An empty final block (fixed Huffman, BFINAL set): ends the deflate stream. */
const FINAL_BLOCK = Buffer.from([0x03, 0x00]);
/** Bytes a gzip member adds around its deflate stream: header, final block, CRC-32 and length. */
const GZIP_OVERHEAD = HEADER.length + FINAL_BLOCK.length + 8;
/** Deflates `data` as a chunk of a longer stream whose preceding text ends with `before`. */
function deflateChunk(data, before, level = GZIP_LEVEL) {
    const dictionary = before && before.length > 0 ? before.subarray(Math.max(0, before.length - WINDOW)) : undefined;
    return new Promise((resolve, reject) => {
        // One output buffer for the whole chunk: zlib's default 16 KB would call back into
        // JavaScript once per 16 KB, which for a large log costs more than it should.
        const chunkSize = Math.max(64 * 1024, Math.min(8 << 20, data.length + 1024));
        node_zlib__WEBPACK_IMPORTED_MODULE_0__.deflateRaw(data, { level, chunkSize, finishFlush: node_zlib__WEBPACK_IMPORTED_MODULE_0__.constants.Z_SYNC_FLUSH, ...(dictionary ? { dictionary } : {}) }, (err, out) => (err ? reject(err) : resolve(out)));
    });
}
/** Runs async jobs with at most `limit` at a time, in order of the list; `stop()` true ends dispatching. */
async function runLimited(jobs, limit, stop = () => false) {
    const results = new Array(jobs.length);
    let next = 0;
    const worker = async () => {
        while (next < jobs.length && !stop()) {
            const i = next++;
            results[i] = await jobs[i]();
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, jobs.length)) }, worker));
    return results;
}
/** One gzip member from deflated chunks (each from deflateChunk, in text order) and the text they hold (for the CRC-32 and length). */
function assembleGzip(deflated, text) {
    let crc = 0;
    let length = 0;
    for (const piece of text) {
        crc = node_zlib__WEBPACK_IMPORTED_MODULE_0__.crc32(piece, crc);
        length += piece.length;
    }
    const trailer = Buffer.alloc(8);
    trailer.writeUInt32LE(crc >>> 0, 0);
    trailer.writeUInt32LE(length % 2 ** 32, 4);
    return Buffer.concat([HEADER, ...deflated, FINAL_BLOCK, trailer]);
}


/***/ }),

/***/ 35055:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ countText)
/* harmony export */ });
/**
 * A count as the merge's messages write it, 12,345: what toLocaleString('en-US') gives for a
 * whole number, without it, whose first call loads ICU's locale data (some 10 ms of a merge).
 */
function countText(x) {
    if (!Number.isSafeInteger(x))
        return x.toLocaleString('en-US');
    const digits = String(Math.abs(x));
    let out = '';
    for (let i = 0; i < digits.length; i++) {
        if (i > 0 && (digits.length - i) % 3 === 0)
            out += ',';
        out += digits[i];
    }
    return x < 0 ? `-${out}` : out;
}


/***/ }),

/***/ 84423:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ findFiles)
/* harmony export */ });
/* unused harmony export matchPattern */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


const WILDCARD = /[*?[]/;
function segmentRegex(segment) {
    let out = '';
    for (let i = 0; i < segment.length; i++) {
        const ch = segment[i];
        if (ch === '*')
            out += '[^/]*';
        else if (ch === '?')
            out += '[^/]';
        else if (ch === '[') {
            const close = segment.indexOf(']', i + 2);
            if (close === -1)
                out += '\\[';
            else {
                let body = segment.slice(i + 1, close);
                if (body.startsWith('!'))
                    body = `^${body.slice(1)}`;
                out += `[${body.replace(/\\/g, '\\\\')}]`;
                i = close;
            }
        }
        else
            out += ch.replace(/[.+^${}()|\\\]]/g, '\\$&');
    }
    return new RegExp(`^${out}$`);
}
async function entries(dir) {
    try {
        const list = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir(dir, { withFileTypes: true });
        const out = [];
        for (const e of list) {
            let isDir = e.isDirectory();
            let isFile = e.isFile();
            if (e.isSymbolicLink()) {
                // Follow links to files; never into linked folders, which can loop.
                const stat = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat(node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, e.name)).catch(() => undefined);
                isFile = stat?.isFile() ?? false;
                isDir = false;
            }
            out.push({ name: e.name, dir: isDir, file: isFile });
        }
        return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    }
    catch {
        return [];
    }
}
async function match(base, segments, out) {
    if (segments.length === 0)
        return;
    const [segment, ...rest] = segments;
    if (segment === '**') {
        // Zero folders, then one more folder and ** again.
        await match(base, rest, out);
        for (const e of await entries(base)) {
            if (e.dir && !e.name.startsWith('.'))
                await match(node_path__WEBPACK_IMPORTED_MODULE_1__.join(base, e.name), segments, out);
        }
        return;
    }
    if (!WILDCARD.test(segment)) {
        const next = node_path__WEBPACK_IMPORTED_MODULE_1__.join(base, segment);
        if (rest.length === 0) {
            const stat = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat(next).catch(() => undefined);
            if (stat?.isFile())
                out.push(next);
        }
        else
            await match(next, rest, out);
        return;
    }
    const re = segmentRegex(segment);
    for (const e of await entries(base)) {
        if (e.name.startsWith('.') && !segment.startsWith('.'))
            continue;
        if (!re.test(e.name))
            continue;
        if (rest.length === 0) {
            if (e.file)
                out.push(node_path__WEBPACK_IMPORTED_MODULE_1__.join(base, e.name));
        }
        else if (e.dir)
            await match(node_path__WEBPACK_IMPORTED_MODULE_1__.join(base, e.name), rest, out);
    }
}
/** Files matching one pattern (relative to `cwd`, or absolute), sorted. */
async function matchPattern(pattern, cwd) {
    const normalized = pattern.replace(/\\/g, '/');
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(normalized);
    const segments = normalized.split('/').filter((s, i) => s !== '' && !(s === '.' && i > 0));
    const root = absolute ? node_path__WEBPACK_IMPORTED_MODULE_1__.parse(node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(normalized)).root : node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(cwd);
    const out = [];
    await match(root, segments[0] === '.' ? segments.slice(1) : segments, out);
    return [...new Set(out)];
}
async function findFiles(patterns, cwd) {
    const found = [];
    const seen = new Set();
    const unmatched = [];
    for (const raw of patterns) {
        const pattern = raw.trim();
        if (pattern === '' || pattern.startsWith('#'))
            continue;
        if (pattern.startsWith('!')) {
            const excluded = new Set(await matchPattern(pattern.slice(1).trim(), cwd));
            for (let i = found.length - 1; i >= 0; i--) {
                if (excluded.has(found[i])) {
                    seen.delete(found[i]);
                    found.splice(i, 1);
                }
            }
            continue;
        }
        const files = await matchPattern(pattern, cwd);
        if (files.length === 0)
            unmatched.push(pattern);
        for (const f of files) {
            if (!seen.has(f)) {
                seen.add(f);
                found.push(f);
            }
        }
    }
    return { files: found, unmatched };
}


/***/ }),

/***/ 57220:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  h_: () => (/* binding */ addFingerprints),
  uj: () => (/* binding */ readSourceFile),
  tn: () => (/* binding */ resolveArtifactFile)
});

// UNUSED EXPORTS: lineHashes

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./lib/sarif/line-hash.ts
/**
 * The per-line hash GitHub code scanning uses to follow an alert across commits
 * (`partialFingerprints.primaryLocationLineHash`). It must equal, bit for bit, what
 * github/codeql-action computes on upload (src/fingerprints.ts there), or GitHub would see every
 * alert we upload as new when the same file is uploaded by codeql-action, and vice versa.
 *
 * Definition, as codeql-action implements it:
 * - the file is read as UTF-16 code units; spaces and tabs are dropped; CR and CRLF become LF;
 *   a marker character 0xFFFF is appended for the end of file;
 * - a line starts at the first kept character after an LF (or at the start), so the end-of-file
 *   marker after a final newline starts one more line;
 * - a line's hash is the polynomial Σ c[s+j]·37^(99−j), j = 0..99, over the 100 kept characters
 *   from the line's start (zeros past the end), modulo 2^64, written as unsigned hex without
 *   leading zeros;
 * - the value is `<hex>:<n>` where n counts how often that hex has occurred so far in the file,
 *   so identical windows on different lines stay distinguishable.
 */
const WINDOW = 100;
const BASE = 37;
const SPACE = 0x20;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const END_OF_FILE = 0xffff;
const TWO_32 = 2 ** 32;
// The weight of the character that leaves the window: 37^100 mod 2^64, split into 32-bit halves
// so the rolling update runs on plain numbers (BigInt per character is several times slower).
const LEAVING_WEIGHT = BigInt(BASE) ** BigInt(WINDOW) & ((1n << 64n) - 1n);
const LEAVING_HI = Number(LEAVING_WEIGHT >> 32n);
const LEAVING_LO = Number(LEAVING_WEIGHT & 0xffffffffn);
/** The kept characters of a file (end-of-file marker included) and where each line starts in them. */
function keptCharacters(text) {
    const chars = new Uint16Array(text.length + 1);
    const lineStarts = [];
    let length = 0;
    let atLineStart = true;
    let afterCR = false;
    const keep = (c) => {
        if (atLineStart) {
            lineStarts.push(length);
            atLineStart = false;
        }
        if (c === LF)
            atLineStart = true;
        chars[length++] = c;
    };
    for (let i = 0; i < text.length; i++) {
        let c = text.charCodeAt(i);
        // The LF of a CRLF was already counted as the CR. Note that a space or tab between CR and LF
        // clears this (the LF then ends one more, empty line): codeql-action behaves so, and matching
        // it matters more than the oddity.
        if (c === SPACE || c === TAB || (afterCR && c === LF)) {
            afterCR = false;
            continue;
        }
        afterCR = c === CR;
        if (afterCR)
            c = LF;
        keep(c);
    }
    keep(END_OF_FILE);
    return { chars, length, lineStarts };
}
function toHex(hi, lo) {
    return hi === 0 ? lo.toString(16) : hi.toString(16) + lo.toString(16).padStart(8, '0');
}
/**
 * The `primaryLocationLineHash` value of every line of a file's text: element k is line k + 1's.
 * The array has one more element than the text has lines when the text ends with a newline (the
 * end-of-file line), exactly as codeql-action produces them.
 */
function lineHashes(text) {
    const { chars, length, lineStarts } = keptCharacters(text);
    const hashes = new Array(lineStarts.length);
    const seen = new Map();
    // The window hash is kept as two unsigned 32-bit halves, arithmetic modulo 2^64.
    let hi = 0;
    let lo = 0;
    let nextLine = 0;
    // The window ending at `end` covers chars[end-99..end]; a line's hash is the window that starts
    // at its first character, so it is complete at end = start + 99 (zeros after the end of file).
    for (let end = 0; nextLine < lineStarts.length; end++) {
        const entering = end < length ? chars[end] : 0;
        const leaving = end >= WINDOW ? chars[end - WINDOW] : 0;
        // hash = hash·37 + entering − leaving·37^100, in 32-bit halves. `x >>> 0` is x mod 2^32 for
        // any integer-valued double below 2^53, which every intermediate here is.
        const product = lo * BASE + entering;
        lo = product >>> 0;
        hi = (hi * BASE + (product - lo) / TWO_32) >>> 0;
        if (leaving !== 0) {
            const low = LEAVING_LO * leaving;
            const subLo = low >>> 0;
            const subHi = LEAVING_HI * leaving + (low - subLo) / TWO_32;
            const borrow = lo < subLo ? 1 : 0;
            lo = (lo - subLo) >>> 0;
            hi = (hi - subHi - borrow) >>> 0;
        }
        if (end - (WINDOW - 1) === lineStarts[nextLine]) {
            const hex = toHex(hi, lo);
            const n = (seen.get(hex) ?? 0) + 1;
            seen.set(hex, n);
            hashes[nextLine++] = `${hex}:${n}`;
        }
    }
    return hashes;
}

;// CONCATENATED MODULE: ./lib/sarif/fingerprint.ts




/** Reads UTF-8 text the way codeql-action does (no BOM stripping); undefined when not a readable file. */
async function readSourceFile(absolutePath) {
    try {
        return await promises_.readFile(absolutePath, 'utf8');
    }
    catch {
        return undefined;
    }
}
/**
 * The checkout file a result's primary artifact location points at, with codeql-action's rules:
 * an `index` without `uri` refers to `run.artifacts`; the URI is percent-decoded; `file://` is
 * stripped and any other scheme refused; absolute paths must lie in the checkout; relative ones
 * are taken relative to the checkout whatever their `uriBaseId` says (GitHub does the same).
 * Stricter than codeql-action in one point: a path that climbs out of the checkout with `..` is
 * refused too, since GitHub could not show the alert on a repository file anyway.
 */
function resolveArtifactFile(location, artifacts, checkoutRoot) {
    let target = location;
    if (!location.uri && location.index !== undefined) {
        const index = location.index;
        const artifact = typeof index === 'number' && Number.isInteger(index) && index >= 0 ? artifacts[index] : undefined;
        if (!artifact || typeof artifact.location !== 'object' || artifact.location === null)
            return { reason: 'bad artifact index' };
        target = artifact.location;
    }
    const raw = target.uri;
    if (typeof raw !== 'string')
        return { reason: 'bad uri' };
    let decoded;
    try {
        decoded = decodeURIComponent(raw);
    }
    catch {
        return { reason: 'bad uri', uri: raw };
    }
    if (decoded.startsWith('file://'))
        decoded = decoded.slice('file://'.length);
    if (decoded.includes('://'))
        return { reason: 'not a file uri', uri: raw };
    const root = external_node_path_.resolve(checkoutRoot);
    const file = external_node_path_.resolve(root, decoded);
    const relative = external_node_path_.relative(root, file);
    if (relative === '' || relative === '..' || relative.startsWith(`..${external_node_path_.sep}`) || external_node_path_.isAbsolute(relative)) {
        return { reason: 'outside checkout', uri: raw };
    }
    return { file };
}
/**
 * Fills `partialFingerprints.primaryLocationLineHash` on every result the way github/codeql-action
 * does on upload, so alerts keep their identity across commits and across uploaders: only from
 * `locations[0]` when it has a `startLine`, never replacing a value that is already there, and only
 * for files inside the checkout that exist. Each file is read and hashed once however many results
 * point into it. Changes `log` in place; returns what was done for the summary.
 */
async function addFingerprints(log, checkoutRoot, readFile = readSourceFile) {
    const summary = { added: 0, kept: 0, mismatched: [], skipped: [] };
    const byFile = new Map();
    (log.runs ?? []).forEach((run, runIndex) => {
        const artifacts = run.artifacts ?? [];
        (run.results ?? []).forEach((result, resultIndex) => {
            const skip = (reason, uri) => summary.skipped.push({ run: runIndex, result: resultIndex, reason, ...(uri === undefined ? {} : { uri }) });
            const physical = result.locations?.[0]?.physicalLocation;
            if (!physical?.artifactLocation)
                return skip('no file location');
            const line = physical.region?.startLine;
            if (typeof line !== 'number' || !Number.isInteger(line) || line < 1)
                return skip('no start line');
            const resolved = resolveArtifactFile(physical.artifactLocation, artifacts, checkoutRoot);
            if ('reason' in resolved)
                return skip(resolved.reason, resolved.uri);
            const pending = { result, line, run: runIndex, index: resultIndex, uri: physical.artifactLocation.uri ?? resolved.file };
            const list = byFile.get(resolved.file);
            if (list)
                list.push(pending);
            else
                byFile.set(resolved.file, [pending]);
        });
    });
    for (const [file, pendings] of byFile) {
        const text = await readFile(file);
        if (text === undefined) {
            for (const p of pendings)
                summary.skipped.push({ run: p.run, result: p.index, uri: p.uri, reason: 'file missing' });
            continue;
        }
        const hashes = lineHashes(text);
        for (const p of pendings) {
            const computed = hashes[p.line - 1];
            if (computed === undefined) {
                summary.skipped.push({ run: p.run, result: p.index, uri: p.uri, reason: 'line not in file' });
                continue;
            }
            p.result.partialFingerprints ??= {};
            const existing = p.result.partialFingerprints.primaryLocationLineHash;
            // An empty string counts as absent, as it does for codeql-action.
            if (!existing) {
                p.result.partialFingerprints.primaryLocationLineHash = computed;
                summary.added++;
            }
            else {
                summary.kept++;
                if (existing !== computed)
                    summary.mismatched.push({ uri: p.uri, line: p.line, existing, computed });
            }
        }
    }
    return summary;
}


/***/ }),

/***/ 66546:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ truncateText),
/* harmony export */   f: () => (/* binding */ GITHUB_LIMITS)
/* harmony export */ });
/**
 * What GitHub code scanning accepts in an uploaded SARIF file (docs: "SARIF support for code
 * scanning", upload limits). Uploads over a hard limit are rejected, so the suite cuts client-side
 * and says what it cut. The per-log limits (size, runs, results, locations) are enforced where
 * logs are merged; the per-rule text limits are applied as each run is built.
 */
const GITHUB_LIMITS = {
    /** Gzipped upload size in bytes; GitHub answers 413 above it. */
    gzippedBytes: 10 * 1024 * 1024,
    runsPerFile: 20,
    resultsPerRun: 25_000,
    rulesPerRun: 25_000,
    toolExtensionsPerRun: 100,
    threadFlowLocationsPerResult: 10_000,
    locationsPerResult: 1_000,
    tagsPerRule: 20,
    ruleNameChars: 255,
    ruleDescriptionChars: 1_024,
};
const ELLIPSIS = '…';
/**
 * `text` cut to at most `max` UTF-16 code units, ending in an ellipsis when cut, never splitting a
 * surrogate pair (a lone surrogate would make the JSON unreadable to strict parsers).
 */
function truncateText(text, max) {
    if (text.length <= max)
        return text;
    let end = Math.max(0, max - ELLIPSIS.length);
    const last = text.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff)
        end--;
    return text.slice(0, end) + ELLIPSIS;
}


/***/ }),

/***/ 40382:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NV: () => (/* binding */ recordObject),
/* harmony export */   O$: () => (/* binding */ unreadable),
/* harmony export */   Og: () => (/* binding */ ingestSarifFile),
/* harmony export */   Qc: () => (/* binding */ checkDeferredLog),
/* harmony export */   bx: () => (/* binding */ ingestLog),
/* harmony export */   iF: () => (/* binding */ recordsText),
/* harmony export */   lT: () => (/* binding */ ingestBuffer)
/* harmony export */ });
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(88115);
/* harmony import */ var _json_scan__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(25804);
/* harmony import */ var _limits__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(43166);
/* harmony import */ var _problems__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(28410);
/* harmony import */ var _rebase__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(70246);
/* harmony import */ var _result_check__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(19726);
/* harmony import */ var _result_scans__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(60140);
/* harmony import */ var _result_record__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(77837);
/* harmony import */ var _scanned_facts__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(22886);
/* harmony import */ var _schema_validate__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(51388);












const DEFAULT_MAX_PROBLEMS = 100;
/** V8 says where JSON.parse stopped as "at position N" (a UTF-16 index); absent at end of input. */
function errorPosition(err, text) {
    const m = /at position (\d+)/.exec((0,_errors__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err));
    return m ? Number(m[1]) : text.length;
}
/** The JSON.parse message without the position, which the problem gives as line and column. */
function syntaxMessage(err) {
    return (0,_errors__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err)
        .replace(/ in JSON at position \d+.*$/s, '')
        .replace(/ \(line \d+ column \d+\)$/, '');
}
function joinPath(outer, inner) {
    if (inner === '')
        return outer;
    return inner.startsWith('[') ? `${outer}${inner}` : `${outer}.${inner}`;
}
class ProblemList {
    file;
    max;
    items = [];
    more = 0;
    constructor(file, max) {
        this.file = file;
        this.max = max;
    }
    add(problem) {
        if (this.items.length < this.max)
            this.items.push(problem);
        else
            this.more++;
    }
    get count() {
        return this.items.length + this.more;
    }
    done() {
        if (this.more > 0) {
            this.items.push({ file: this.file, path: '', rule: 'summary', level: 'error', message: `${this.more} further problems in this file are not listed` });
        }
        return this.items;
    }
}
function syntaxProblem(file, buf, byteOffset, jsonPath, err) {
    const { line, column } = (0,_json_scan__WEBPACK_IMPORTED_MODULE_11__/* .lineAndColumn */ .q1)(buf, byteOffset);
    return { file, path: jsonPath, rule: _problems__WEBPACK_IMPORTED_MODULE_4__/* .JSON_SYNTAX_RULE */ .WN, level: 'error', message: `not valid JSON: ${syntaxMessage(err)}`, line, column };
}
/**
 * Rebases and trims a parsed result and reads its facts into a record (its source is set by the
 * merge). `text` is set when the result changed, so its JSON is written anew.
 */
function recordOf(result, ctx, mayHoldFileUri, seq, mayHoldIndex = true) {
    let changed = false;
    if (mayHoldFileUri || ctx.plan.rewritesRelative)
        changed = (0,_rebase__WEBPACK_IMPORTED_MODULE_5__/* .rebaseResult */ ._e)(result, ctx.plan, ctx.rebase);
    if (mayHoldIndex && ctx.artifactCount === 0 && (0,_rebase__WEBPACK_IMPORTED_MODULE_5__/* .dropDanglingArtifactIndexes */ .wm)(result, 0, ctx.rebase))
        changed = true;
    // Counted before any cut, for `assay sarif validate` to report.
    const locationCount = Array.isArray(result.locations) ? result.locations.length : 0;
    const threadFlowLocationCount = (0,_result_record__WEBPACK_IMPORTED_MODULE_8__/* .countThreadFlowLocations */ .AX)(result);
    if (ctx.options.limits && (0,_limits__WEBPACK_IMPORTED_MODULE_3__/* .trimResult */ .uo)(result, ctx.options.limits, ctx.tally))
        changed = true;
    return recordFrom(result, (0,_result_record__WEBPACK_IMPORTED_MODULE_8__/* .resultFacts */ .PO)(result, ctx.run, ctx.lookup), ctx.run, seq, changed ? JSON.stringify(result) : undefined, locationCount, threadFlowLocationCount);
}
/**
 * The record of a result result-check.ts vouched for, read from its bytes: the properties the
 * facts are made of were captured by the check, the rest only counted. Only for results nothing
 * would change: no file URI or base to rebase, no artifact index to drop, within the per-result
 * limits (the caller sees to that).
 */
function scannedRecord(buf, ascii, scan, ctx, seq) {
    const { result, counts } = (0,_result_check__WEBPACK_IMPORTED_MODULE_6__/* .scannedResult */ .OP)(buf, scan, ascii);
    return recordFrom(result, (0,_result_record__WEBPACK_IMPORTED_MODULE_8__/* .resultFacts */ .PO)(result, ctx.run, ctx.lookup, counts), ctx.run, seq, undefined, counts.locations, counts.threadFlowLocations);
}
/**
 * The record of a result's facts; its bytes (buf, span, pretty) are the caller's to set. Every
 * record has the same properties, created in the same order (one hidden class).
 */
function recordFrom(result, facts, run, seq, text, locationCount, threadFlowLocationCount) {
    // Where a fingerprint would be read from; resolved to a file only for results that are kept.
    let sourceUri;
    if (!facts.hasLineHash && facts.fingerprintable) {
        const location = result.locations?.[0]?.physicalLocation?.artifactLocation;
        sourceUri = location?.uri ?? (typeof location?.index === 'number' ? run.artifacts?.[location.index]?.location?.uri : undefined);
    }
    return {
        buf: undefined,
        start: 0,
        end: 0,
        pretty: false,
        text,
        object: undefined,
        ruleId: facts.ruleId,
        level: facts.level,
        score: facts.score,
        severity: facts.severity,
        rank: facts.rank,
        info: facts.info,
        dedupeKey: facts.dedupeKey,
        keyHash: facts.dedupeKey === undefined ? -1 : (0,_result_record__WEBPACK_IMPORTED_MODULE_8__/* .hashKey */ .EN)(facts.dedupeKey),
        keyBytes: undefined,
        keyStart: 0,
        keyEnd: 0,
        hasLineHash: facts.hasLineHash,
        fingerprintable: facts.fingerprintable,
        locationCount,
        threadFlowLocationCount,
        sourceUri,
        source: -1,
        seq,
    };
}
/** Rebases the run's own artifact table (results may refer to it by index). */
function rebaseRunArtifacts(run, plan, counts) {
    for (const artifact of run.artifacts ?? []) {
        if (artifact?.location)
            (0,_rebase__WEBPACK_IMPORTED_MODULE_5__/* .rebaseArtifactLocation */ .kl)(artifact.location, plan, counts);
    }
}
/** The skeleton of a laid-out file: its text with every results array emptied, and where each piece came from. */
function skeletonOf(buf, layout) {
    const parts = [];
    const pieces = [];
    let from = layout.start;
    let at = 0;
    for (const run of layout.runs) {
        if (!run.results)
            continue;
        const part = buf.subarray(from, run.results.open + 1);
        pieces.push({ at, from });
        parts.push(part);
        at += part.length;
        from = run.results.close;
    }
    pieces.push({ at, from });
    parts.push(buf.subarray(from));
    const bytes = Buffer.concat(parts);
    return { bytes, text: bytes.toString('utf8'), pieces };
}
/** A byte offset in the skeleton's text back to one in the file. */
function fileOffset(pieces, skeletonOffset) {
    let piece = pieces[0];
    for (const p of pieces)
        if (p.at <= skeletonOffset)
            piece = p;
    return piece.from + (skeletonOffset - piece.at);
}
/**
 * Reads one SARIF file. On success, the runs with a record per result; otherwise the problems
 * (all of them, up to maxProblems): a file with any problem contributes nothing.
 */
async function ingestSarifFile(file, options, name = file) {
    let buf;
    try {
        buf = await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile(file);
    }
    catch (err) {
        return { ok: false, problems: [unreadable(name, err)] };
    }
    return ingestBuffer(buf, name, options);
}
/** The problem for a file that could not be read. */
function unreadable(name, err) {
    return { file: name, path: '', rule: 'input', level: 'error', message: `could not be read: ${(0,_errors__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err)}` };
}
/** ingestSarifFile for bytes already read (by a worker thread, from memory shared with the main thread). */
function ingestBuffer(buf, name, options) {
    const problems = new ProblemList(name, options.maxProblems ?? DEFAULT_MAX_PROBLEMS);
    // Results are checked on their bytes while the file is laid out, in the same pass (result-check.ts).
    const ascii = (0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isAscii)(buf);
    let scans;
    if (!options.keepObjects) {
        scans = resultScans;
        scans.reset(buf, ascii);
    }
    try {
        const hooks = scans?.hooks();
        const layout = (0,_json_scan__WEBPACK_IMPORTED_MODULE_11__/* .scanSarifLayout */ .n_)(buf, hooks?.visitResult, hooks?.visitResults);
        const ingested = layout ? ingestLaidOut(name, buf, layout, options, problems, ascii, scans) : ingestWhole(name, buf, options, problems);
        if (problems.count > 0 || !ingested)
            return { ok: false, problems: problems.done() };
        return { ok: true, ingested };
    }
    finally {
        scans?.done();
    }
}
/** One for the thread: ingestBuffer runs to the end before it is called again. */
const resultScans = new _result_scans__WEBPACK_IMPORTED_MODULE_7__/* .ResultScans */ .On();
const scannedFacts = new _scanned_facts__WEBPACK_IMPORTED_MODULE_9__/* .ScannedFacts */ .Ic();
/** The fast path: skeleton parsed whole, each result parsed from its span. */
function ingestLaidOut(file, buf, layout, options, problems, ascii, scans) {
    const skeleton = skeletonOf(buf, layout);
    let log;
    try {
        log = JSON.parse(skeleton.text);
    }
    catch (err) {
        const charOffset = errorPosition(err, skeleton.text);
        const byteOffset = Buffer.byteLength(skeleton.text.slice(0, charOffset));
        problems.add(syntaxProblem(file, buf, fileOffset(skeleton.pieces, byteOffset), (0,_json_scan__WEBPACK_IMPORTED_MODULE_11__/* .jsonPathAt */ .R8)(skeleton.text, charOffset), err));
        return undefined;
    }
    // The skeleton is checked on its bytes first (result-check.ts); only what that check does not
    // vouch for goes to the full validator, which names each problem.
    const vouched = scans?.checkLog(skeleton.bytes) ?? (0,_result_check__WEBPACK_IMPORTED_MODULE_6__/* .checkLog */ .$W)(skeleton.bytes, 0, skeleton.bytes.length, ascii);
    if (vouched) {
        // valid: nothing to report, nothing to defer
    }
    else if (!options.deferLogCheck)
        for (const v of (0,_schema_validate__WEBPACK_IMPORTED_MODULE_10__/* .sarifSchemaViolations */ .nH)(log))
            problems.add((0,_problems__WEBPACK_IMPORTED_MODULE_4__/* .schemaProblem */ .Zg)(file, v));
    else if (!Array.isArray(log.runs) || log.runs.some((run) => typeof run !== 'object' || run === null || Array.isArray(run))) {
        // Not even the shape the rest relies on: the caller's check will list why.
        return { file, head: headOf(log), bytes: buf.length, runs: [], rebase: (0,_rebase__WEBPACK_IMPORTED_MODULE_5__/* .emptyRebaseCounts */ .Ct)(), tally: (0,_limits__WEBPACK_IMPORTED_MODULE_3__/* .emptyTally */ .CK)(), uncheckedLog: skeleton.text };
    }
    const runs = Array.isArray(log.runs) ? log.runs : [];
    if (problems.count > 0) {
        // The file is out, but its results are still checked, so one report lists all its problems.
        layout.runs.forEach((run, r) => validateOnly(file, buf, r, run.results?.spans ?? [], problems));
        return undefined;
    }
    // Results the scan could not see (a "results" key written with escapes) would be lost: read the file whole.
    if (runs.length !== layout.runs.length || runs.some((r, i) => !layout.runs[i].results && (r.results?.length ?? 0) > 0)) {
        return ingestWhole(file, buf, options, problems);
    }
    const rebase = (0,_rebase__WEBPACK_IMPORTED_MODULE_5__/* .emptyRebaseCounts */ .Ct)();
    const tally = (0,_limits__WEBPACK_IMPORTED_MODULE_3__/* .emptyTally */ .CK)();
    const ingestedRuns = [];
    let seq = 0;
    runs.forEach((run, r) => {
        const plan = (0,_rebase__WEBPACK_IMPORTED_MODULE_5__/* .rebasePlan */ .US)(run, options.checkoutRoot);
        rebaseRunArtifacts(run, plan, rebase);
        const lookup = (0,_result_record__WEBPACK_IMPORTED_MODULE_8__/* .ruleLookup */ .j9)(run);
        const artifactCount = run.artifacts?.length ?? 0;
        const ctx = { run, artifactCount, lookup, plan, options, rebase, tally };
        const sink = options.recordSink?.();
        const records = sink ?? [];
        const spans = layout.runs[r].results?.spans ?? [];
        sink?.reserve?.(spans.length / 2);
        // Which results were pretty-printed: the check saw it for those it read, the rest are looked at when needed.
        let pretty;
        // Which results may hold a file URI, or an artifact index (only a run without artifacts can
        // have indexes that point nowhere): worked out for the results parsed whole, when there is one.
        let fileUris;
        let indexes;
        const marks = () => {
            fileUris ??= spansContaining(buf, spans, _rebase__WEBPACK_IMPORTED_MODULE_5__/* .FILE_URI_MARK */ .w6);
            // (`index"` is found faster than `"index"`, quotes being everywhere.)
            if (artifactCount === 0)
                indexes ??= spansContaining(buf, spans, 'index"');
        };
        // Results that nothing would change are checked on their bytes (result-check.ts) and never
        // parsed whole: the check marks the artifact locations that might change.
        const quick = scans !== undefined && !plan.rewritesRelative;
        // Facts straight off the bytes into the sink's columns where both can (an ASCII file).
        const pushFacts = ascii && sink?.pushFacts && sink.keyTarget ? sink : undefined;
        let rules;
        const limits = options.limits;
        for (let k = 0; k < spans.length / 2; k++) {
            const start = spans[2 * k];
            const end = spans[2 * k + 1];
            if (quick && pushFacts && problems.count === 0) {
                // The WebAssembly walk read the facts of the whole array at once (result-scans.ts).
                rules ??= new _scanned_facts__WEBPACK_IMPORTED_MODULE_9__/* .RunRules */ .dU(lookup);
                pushFacts.keyTarget(scannedFacts);
                const taken = scans.quickFacts(start, rules, scannedFacts, artifactCount === 0, limits);
                if (taken >= 0) {
                    pushFacts.pushFacts(scannedFacts, buf, start, end, taken === 1, seq++);
                    continue;
                }
            }
            if (quick) {
                const scan = scans.take(start);
                if (scan &&
                    !(0,_result_check__WEBPACK_IMPORTED_MODULE_6__/* .scanMarked */ .mw)(scan, _result_check__WEBPACK_IMPORTED_MODULE_6__/* .SLOTS */ ._f.otherUri) &&
                    !(artifactCount === 0 && ((0,_result_check__WEBPACK_IMPORTED_MODULE_6__/* .scanMarked */ .mw)(scan, _result_check__WEBPACK_IMPORTED_MODULE_6__/* .SLOTS */ ._f.anyIndex) || (0,_result_check__WEBPACK_IMPORTED_MODULE_6__/* .scanMarked */ .mw)(scan, _result_check__WEBPACK_IMPORTED_MODULE_6__/* .SLOTS */ ._f.artifactIndex))) &&
                    (!limits || (scan.counts[_result_check__WEBPACK_IMPORTED_MODULE_6__/* .SLOTS */ ._f.locations] <= limits.locationsPerResult && scan.threadFlowLocations <= limits.threadFlowLocationsPerResult))) {
                    if (problems.count > 0)
                        continue; // valid, and the file is out anyway
                    if (pushFacts) {
                        rules ??= new _scanned_facts__WEBPACK_IMPORTED_MODULE_9__/* .RunRules */ .dU(lookup);
                        pushFacts.keyTarget(scannedFacts);
                        if ((0,_scanned_facts__WEBPACK_IMPORTED_MODULE_9__/* .readScannedFacts */ .W9)(buf, scan, rules, scannedFacts)) {
                            pushFacts.pushFacts(scannedFacts, buf, start, end, scan.lineBreak, seq++);
                            continue;
                        }
                    }
                    const record = scannedRecord(buf, ascii, scan, ctx, seq++);
                    record.buf = buf;
                    record.start = start;
                    record.end = end;
                    record.pretty = scan.lineBreak;
                    records.push(record);
                    continue;
                }
            }
            const text = buf.toString(ascii ? 'latin1' : 'utf8', start, end);
            let result;
            try {
                result = JSON.parse(text);
            }
            catch (err) {
                const charOffset = errorPosition(err, text);
                const byteOffset = start + (ascii ? charOffset : Buffer.byteLength(text.slice(0, charOffset)));
                problems.add(syntaxProblem(file, buf, byteOffset, joinPath(`runs[${r}].results[${k}]`, (0,_json_scan__WEBPACK_IMPORTED_MODULE_11__/* .jsonPathAt */ .R8)(text, charOffset)), err));
                continue;
            }
            const violations = (0,_schema_validate__WEBPACK_IMPORTED_MODULE_10__/* .sarifDefinitionViolations */ .NZ)('result', result, `/runs/${r}/results/${k}`);
            if (violations.length > 0) {
                for (const v of violations)
                    problems.add((0,_problems__WEBPACK_IMPORTED_MODULE_4__/* .schemaProblem */ .Zg)(file, v));
                continue;
            }
            if (problems.count > 0)
                continue; // the file is out; only its problems matter now
            marks();
            const record = recordOf(result, ctx, fileUris[k] === 1, seq++, indexes !== undefined && indexes[k] === 1);
            record.buf = buf;
            record.start = start;
            record.end = end;
            pretty ??= (0,_json_scan__WEBPACK_IMPORTED_MODULE_11__/* .spansWithLineBreaks */ .k7)(buf, spans);
            record.pretty = pretty[k] === 1;
            if (options.keepObjects)
                record.object = result;
            records.push(record);
        }
        sink?.end?.();
        run.results = [];
        ingestedRuns.push(sink ? { run, records: [], lookup, sink } : { run, records: records, lookup });
    });
    if (problems.count > 0)
        return undefined;
    return { file, head: headOf(log), bytes: buf.length, runs: ingestedRuns, rebase, tally, ...(options.deferLogCheck && !vouched ? { uncheckedLog: skeleton.text } : {}) };
}
/** True when a log whose check was deferred (IngestedFile.uncheckedLog) holds to the schema. */
function checkDeferredLog(text) {
    try {
        return (0,_schema_validate__WEBPACK_IMPORTED_MODULE_10__/* .sarifSchemaViolations */ .nH)(JSON.parse(text)).length === 0;
    }
    catch {
        return false;
    }
}
/** Parses and checks the results of a run of a file that is already known to be broken. */
function validateOnly(file, buf, r, spans, problems) {
    for (let k = 0; k < spans.length / 2 && problems.more === 0; k++) {
        const start = spans[2 * k];
        const text = buf.toString('utf8', start, spans[2 * k + 1]);
        let result;
        try {
            result = JSON.parse(text);
        }
        catch (err) {
            const charOffset = errorPosition(err, text);
            problems.add(syntaxProblem(file, buf, start + Buffer.byteLength(text.slice(0, charOffset)), joinPath(`runs[${r}].results[${k}]`, (0,_json_scan__WEBPACK_IMPORTED_MODULE_11__/* .jsonPathAt */ .R8)(text, charOffset)), err));
            continue;
        }
        for (const v of (0,_schema_validate__WEBPACK_IMPORTED_MODULE_10__/* .sarifDefinitionViolations */ .NZ)('result', result, `/runs/${r}/results/${k}`))
            problems.add((0,_problems__WEBPACK_IMPORTED_MODULE_4__/* .schemaProblem */ .Zg)(file, v));
    }
}
/** The ordinary path for files the scan does not handle: JSON.parse and the schema on the whole log. */
function ingestWhole(file, buf, options, problems) {
    const start = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
    const text = buf.toString('utf8', start);
    let log;
    try {
        log = JSON.parse(text);
    }
    catch (err) {
        const charOffset = errorPosition(err, text);
        problems.add(syntaxProblem(file, buf, start + Buffer.byteLength(text.slice(0, charOffset)), (0,_json_scan__WEBPACK_IMPORTED_MODULE_11__/* .jsonPathAt */ .R8)(text, charOffset), err));
        return undefined;
    }
    for (const v of (0,_schema_validate__WEBPACK_IMPORTED_MODULE_10__/* .sarifSchemaViolations */ .nH)(log))
        problems.add((0,_problems__WEBPACK_IMPORTED_MODULE_4__/* .schemaProblem */ .Zg)(file, v));
    if (problems.count > 0)
        return undefined;
    return ingestParsed(file, log, buf.length, options);
}
/** Records for a parsed, valid log that is ours to change. */
function ingestParsed(file, log, bytes, options) {
    const rebase = (0,_rebase__WEBPACK_IMPORTED_MODULE_5__/* .emptyRebaseCounts */ .Ct)();
    const tally = (0,_limits__WEBPACK_IMPORTED_MODULE_3__/* .emptyTally */ .CK)();
    let seq = 0;
    const runs = log.runs.map((run) => {
        const plan = (0,_rebase__WEBPACK_IMPORTED_MODULE_5__/* .rebasePlan */ .US)(run, options.checkoutRoot);
        rebaseRunArtifacts(run, plan, rebase);
        const lookup = (0,_result_record__WEBPACK_IMPORTED_MODULE_8__/* .ruleLookup */ .j9)(run);
        const ctx = { run, artifactCount: run.artifacts?.length ?? 0, lookup, plan, options, rebase, tally };
        const records = (run.results ?? []).map((result) => {
            const record = recordOf(result, ctx, true, seq++);
            record.text = undefined;
            record.object = result;
            return record;
        });
        run.results = [];
        return { run, records, lookup };
    });
    return { file, head: headOf(log), bytes, runs, rebase, tally };
}
/**
 * A log the caller built or read (e.g. runs from buildToolRun), taken like a file: checked against
 * the schema, then rebased and measured. The caller's objects are not changed (a copy is).
 */
function ingestLog(log, name, options) {
    const problems = new ProblemList(name, options.maxProblems ?? DEFAULT_MAX_PROBLEMS);
    for (const v of (0,_schema_validate__WEBPACK_IMPORTED_MODULE_10__/* .sarifSchemaViolations */ .nH)(log))
        problems.add((0,_problems__WEBPACK_IMPORTED_MODULE_4__/* .schemaProblem */ .Zg)(name, v));
    if (problems.count > 0)
        return { ok: false, problems: problems.done() };
    return { ok: true, ingested: ingestParsed(name, structuredClone(log), 0, options) };
}
function headOf(log) {
    const { runs: _runs, ...head } = log;
    return head;
}
/** Marks the spans whose bytes contain `needle` (one pass over the buffer). */
function spansContaining(buf, spans, needle) {
    const marks = new Uint8Array(spans.length / 2);
    if (spans.length === 0)
        return marks;
    let k = 0;
    for (let pos = buf.indexOf(needle, spans[0]); pos !== -1 && k < marks.length; pos = buf.indexOf(needle, pos + 1)) {
        while (k < marks.length && spans[2 * k + 1] <= pos)
            k++;
        if (k < marks.length && spans[2 * k] <= pos)
            marks[k] = 1;
    }
    return marks;
}
/**
 * The records' JSON one after another as a run's results are written (each after its separator:
 * "\n" before the first, ",\n" before the others), compact, in one buffer; and where each record's
 * text (its separator included) starts, with the end last. The buffer is laid out at once and
 * filled by `fill(from, to)`, records [from, to), so a caller can compress what is filled while
 * it fills the rest; `fill()` with no arguments fills it all.
 */
function recordsText(records, alloc = Buffer.allocUnsafe) {
    // Texts that are not spans reused as they are (changed results, objects, pretty-printed spans).
    const made = new Map();
    const offsets = new Float64Array(records.length + 1);
    let at = 0;
    records.forEach((record, k) => {
        offsets[k] = at;
        at += k === 0 ? 1 : 2;
        if (record.text === undefined && record.buf && !record.pretty)
            at += record.end - record.start;
        else {
            const bytes = record.text !== undefined ? Buffer.from(record.text) : record.buf ? (0,_json_scan__WEBPACK_IMPORTED_MODULE_11__/* .compactJson */ .Ar)(record.buf, record.start, record.end) : Buffer.from(JSON.stringify(record.object));
            made.set(k, bytes);
            at += bytes.length;
        }
    });
    offsets[records.length] = at;
    const text = alloc(at);
    const fill = (from = 0, to = records.length) => {
        for (let k = from; k < to; k++) {
            const record = records[k];
            let o = offsets[k];
            if (k > 0)
                text[o++] = 0x2c;
            text[o++] = 0x0a;
            const bytes = made.get(k);
            if (bytes)
                bytes.copy(text, o);
            else
                record.buf.copy(text, o, record.start, record.end);
        }
    };
    return { text, offsets, fill };
}
/** A record's result as an object of its own (parsed again from its JSON; the caller may change it). */
function recordObject(record) {
    if (record.text !== undefined)
        return JSON.parse(record.text);
    if (record.buf)
        return JSON.parse(record.buf.toString('utf8', record.start, record.end));
    return structuredClone(record.object);
}


/***/ }),

/***/ 25804:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ar: () => (/* binding */ compactJson),
/* harmony export */   R8: () => (/* binding */ jsonPathAt),
/* harmony export */   Yv: () => (/* binding */ isWhitespace),
/* harmony export */   k7: () => (/* binding */ spansWithLineBreaks),
/* harmony export */   n_: () => (/* binding */ scanSarifLayout),
/* harmony export */   q1: () => (/* binding */ lineAndColumn)
/* harmony export */ });
/* unused harmony exports stringEnd, compactJsonInto */
/**
 * A byte-level scan of a SARIF file that finds where each run's results sit, so a log of hundreds
 * of megabytes is never one JavaScript object tree: the rest of the log (the skeleton: tools,
 * rules, artifacts) is parsed as a whole, and each result is parsed, checked and dropped on its
 * own, its bytes reused as they are when nothing in it changes. The scan follows only strings and
 * brackets; JSON.parse on the skeleton and on each result does the real syntax check, and the
 * scan checks what lies between results. Anything unusual (a result that is not an object, a
 * file that ends early) makes it give up, and the caller parses the file the ordinary way.
 */
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COLON = 0x3a;
const COMMA = 0x2c;
const NEWLINE = 0x0a;
/** JSON's whitespace: space, line feed, carriage return, tab. */
function isWhitespace(c) {
    return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}
/**
 * Index of the quote that closes the string whose opening quote is at `open`, or -1. Buffer's
 * indexOf searches natively; measured on large logs it beats a byte loop in JavaScript even for
 * the short strings (keys) that make up most of a SARIF file.
 */
function stringEnd(buf, open) {
    let j = open + 1;
    for (;;) {
        j = buf.indexOf(QUOTE, j);
        if (j === -1)
            return -1;
        let backslashes = 0;
        for (let k = j - 1; buf[k] === BACKSLASH; k--)
            backslashes++;
        if ((backslashes & 1) === 0)
            return j;
        j++;
    }
}
function bytesEqual(buf, start, end, ascii) {
    if (end - start !== ascii.length)
        return false;
    for (let k = 0; k < ascii.length; k++)
        if (buf[start + k] !== ascii.charCodeAt(k))
            return false;
    return true;
}
function nextNonWhitespace(buf, from) {
    let k = from;
    while (k < buf.length && isWhitespace(buf[k]))
        k++;
    return k;
}
/**
 * Finds `runs[i].results[j]` in a SARIF file's bytes. `visitResult`, when given, is called with
 * the offset of each result's `{` and returns the offset after its `}` if it read the result
 * (and -1 if it did not, when the scan finds the end itself); `visitResults`, when given, lays
 * out each whole results array instead. Returns undefined when the file is not in
 * the shape this fast path handles (then parse it whole): not an object at the top, a result
 * that is not an object, unbalanced brackets, an unterminated string, or anything but
 * whitespace and single commas between results.
 */
function scanSarifLayout(buf, visitResult, visitResults) {
    const start = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
    const n = buf.length;
    let depth = 0;
    let rootKey = false; // the last key read in the root object was "runs"
    let runKey = false; // the last key read in the current run object was "results"
    let runsDepth = -1; // depth of the runs array while inside it, else -1
    let resultsDepth = -1;
    let runs = [];
    let current;
    for (let i = start; i < n; i++) {
        const c = buf[i];
        if (c === QUOTE) {
            const close = stringEnd(buf, i);
            if (close === -1)
                return undefined;
            // Keys matter only in the root object (depth 1) and in a run object (depth 3).
            if (depth === 1 || (depth === 3 && runsDepth === 2)) {
                const after = nextNonWhitespace(buf, close + 1);
                if (buf[after] === COLON) {
                    if (depth === 1)
                        rootKey = bytesEqual(buf, i + 1, close, 'runs');
                    else
                        runKey = bytesEqual(buf, i + 1, close, 'results');
                }
            }
            else if (depth === resultsDepth && resultsDepth !== -1) {
                return undefined; // a string where a result object should be
            }
            i = close;
            continue;
        }
        if (c === OPEN_BRACE || c === OPEN_BRACKET) {
            if (depth === resultsDepth && resultsDepth !== -1) {
                if (c !== OPEN_BRACE)
                    return undefined;
                // A result: the visitor may read it whole (result-check.ts) and say where it ends;
                // else only its end matters here, so a tight loop over strings and brackets (JSON.parse
                // of the span checks what lies inside).
                const visited = visitResult ? visitResult(i) : -1;
                if (visited > i) {
                    current.spans.push(i, visited);
                    i = visited - 1;
                    continue;
                }
                let open = 1;
                let j = i + 1;
                while (open > 0) {
                    if (j >= n)
                        return undefined;
                    const x = buf[j];
                    if (x === QUOTE) {
                        j = stringEnd(buf, j);
                        if (j === -1)
                            return undefined;
                    }
                    else if (x === OPEN_BRACE || x === OPEN_BRACKET)
                        open++;
                    else if (x === CLOSE_BRACE || x === CLOSE_BRACKET)
                        open--;
                    j++;
                }
                current.spans.push(i, j);
                i = j - 1;
                continue;
            }
            depth++;
            if (depth === 1 && c !== OPEN_BRACE)
                return undefined;
            if (depth === 2 && c === OPEN_BRACKET && rootKey) {
                // A repeated "runs" key: JSON.parse keeps the last, and so does this.
                runs = [];
                runsDepth = 2;
            }
            else if (depth === 3 && runsDepth === 2 && c === OPEN_BRACE) {
                runs.push({});
                runKey = false;
            }
            else if (depth === 4 && runsDepth === 2 && c === OPEN_BRACKET && runKey) {
                if (visitResults) {
                    // The whole array at once: on to its `]`, which closes what `[` opened.
                    const laid = visitResults(i);
                    if (!laid)
                        return undefined;
                    runs[runs.length - 1].results = { open: i, close: laid.close, spans: laid.spans, separatorsChecked: true };
                    runKey = false;
                    depth--;
                    i = laid.close;
                    continue;
                }
                current = { open: i, close: -1, spans: [] };
                resultsDepth = 4;
            }
            continue;
        }
        if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
            if (depth === 0)
                return undefined;
            if (depth === resultsDepth) {
                if (c !== CLOSE_BRACKET)
                    return undefined;
                current.close = i;
                runs[runs.length - 1].results = current;
                current = undefined;
                resultsDepth = -1;
                runKey = false;
            }
            else if (depth === runsDepth) {
                runsDepth = -1;
                rootKey = false;
            }
            else if (depth === 1) {
                rootKey = false;
            }
            depth--;
            if (depth === 0) {
                // Only whitespace may follow the top-level object.
                if (nextNonWhitespace(buf, i + 1) !== n)
                    return undefined;
                break;
            }
            continue;
        }
        if (depth === resultsDepth && resultsDepth !== -1 && !isWhitespace(c) && c !== COMMA) {
            return undefined; // a number or literal where a result object should be
        }
    }
    if (depth !== 0)
        return undefined;
    for (const run of runs)
        if (run.results && !run.results.separatorsChecked && !separatorsAreValid(buf, run.results))
            return undefined;
    return { start, runs };
}
/** Between results only whitespace and exactly one comma each; none before the first or after the last. */
function separatorsAreValid(buf, layout) {
    const { spans } = layout;
    const gaps = spans.length / 2 + 1;
    for (let g = 0; g < gaps; g++) {
        const from = g === 0 ? layout.open + 1 : spans[2 * g - 1];
        const to = g === gaps - 1 ? layout.close : spans[2 * g];
        const wantComma = g !== 0 && g !== gaps - 1;
        let commas = 0;
        for (let k = from; k < to; k++) {
            const c = buf[k];
            if (c === COMMA)
                commas++;
            else if (!isWhitespace(c))
                return false;
        }
        if (commas !== (wantComma ? 1 : 0))
            return false;
    }
    return true;
}
/**
 * Marks the spans that contain a line break. A raw line break cannot occur inside a JSON
 * string, so such a result was pretty-printed and is worth compacting before it is reused.
 * One pass over the buffer, however many results there are.
 */
function spansWithLineBreaks(buf, spans) {
    const marks = new Uint8Array(spans.length / 2);
    if (spans.length === 0)
        return marks;
    let k = 0;
    let pos = buf.indexOf(NEWLINE, spans[0]);
    while (pos !== -1 && k < marks.length) {
        while (k < marks.length && spans[2 * k + 1] <= pos)
            k++;
        if (k >= marks.length)
            break;
        if (spans[2 * k] <= pos) {
            marks[k] = 1;
            pos = buf.indexOf(NEWLINE, spans[2 * k + 1]);
            k++;
        }
        else {
            pos = buf.indexOf(NEWLINE, spans[2 * k]);
        }
    }
    return marks;
}
/** The JSON text in [start, end) without the whitespace between tokens (strings are copied as they are). */
function compactJson(buf, start, end) {
    const out = Buffer.allocUnsafe(end - start);
    return out.subarray(0, compactJsonInto(out, 0, buf, start, end));
}
/** compactJson written into `out` at `at` (room for end - start bytes); the index after what it wrote. */
function compactJsonInto(out, at, buf, start, end) {
    let o = at;
    for (let i = start; i < end; i++) {
        const c = buf[i];
        if (c === QUOTE) {
            const close = stringEnd(buf, i);
            const stop = close === -1 || close >= end ? end - 1 : close;
            o += buf.copy(out, o, i, stop + 1);
            i = stop;
        }
        else if (!isWhitespace(c)) {
            out[o++] = c;
        }
    }
    return o;
}
/** Line and column (1-based, columns in UTF-8 bytes) of a byte offset, for messages. */
function lineAndColumn(buf, offset) {
    let line = 1;
    let lineStart = 0;
    for (let pos = buf.indexOf(NEWLINE); pos !== -1 && pos < offset; pos = buf.indexOf(NEWLINE, pos + 1)) {
        line++;
        lineStart = pos + 1;
    }
    return { line, column: offset - lineStart + 1 };
}
/**
 * The JSON path (sarif-multitool's notation, `runs[0].results[3].locations`) of the innermost
 * value that contains `offset`, for a syntax error's message. Tolerant of the broken text it is
 * called on: it only follows brackets, strings and keys up to the offset.
 */
function jsonPathAt(text, offset) {
    const stack = [];
    let pendingKey;
    const limit = Math.min(offset, text.length);
    for (let i = 0; i < limit; i++) {
        const ch = text[i];
        if (ch === '"') {
            let j = i + 1;
            while (j < text.length && text[j] !== '"')
                j += text[j] === '\\' ? 2 : 1;
            const top = stack[stack.length - 1];
            if (top?.kind === 'object') {
                let k = j + 1;
                while (k < text.length && /\s/.test(text[k]))
                    k++;
                if (text[k] === ':') {
                    try {
                        pendingKey = JSON.parse(text.slice(i, j + 1));
                    }
                    catch {
                        pendingKey = text.slice(i + 1, j);
                    }
                }
            }
            i = j;
        }
        else if (ch === '{' || ch === '[') {
            const top = stack[stack.length - 1];
            if (top?.kind === 'object')
                top.key = pendingKey;
            stack.push(ch === '{' ? { kind: 'object', key: undefined } : { kind: 'array', index: 0 });
            pendingKey = undefined;
        }
        else if (ch === '}' || ch === ']') {
            stack.pop();
        }
        else if (ch === ',') {
            const top = stack[stack.length - 1];
            if (top?.kind === 'array')
                top.index++;
            pendingKey = undefined;
        }
        else if (ch === ':') {
            const top = stack[stack.length - 1];
            if (top?.kind === 'object')
                top.key = pendingKey;
        }
    }
    let out = '';
    stack.forEach((frame, n) => {
        if (n === stack.length - 1) {
            // The innermost container: its current member, if one was started.
            if (frame.kind === 'array')
                out += `[${frame.index}]`;
            else if (frame.key !== undefined)
                out += out === '' ? frame.key : `.${frame.key}`;
            return;
        }
        if (frame.kind === 'array')
            out += `[${frame.index}]`;
        else if (frame.key !== undefined)
            out += out === '' ? frame.key : `.${frame.key}`;
    });
    return out;
}


/***/ }),

/***/ 43166:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CK: () => (/* binding */ emptyTally),
/* harmony export */   XQ: () => (/* binding */ trimRule),
/* harmony export */   cP: () => (/* binding */ tallyCuts),
/* harmony export */   gM: () => (/* binding */ sarifLimits),
/* harmony export */   h1: () => (/* binding */ describeSeverities),
/* harmony export */   uo: () => (/* binding */ trimResult)
/* harmony export */ });
/* harmony import */ var _github_limits__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(66546);
/* harmony import */ var _count_text__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(35055);


function sarifLimits(overrides = {}) {
    return { ..._github_limits__WEBPACK_IMPORTED_MODULE_0__/* .GITHUB_LIMITS */ .f, ...overrides };
}
function emptyTally() {
    return { locationResults: 0, locationsRemoved: 0, threadFlowResults: 0, threadFlowLocationsRemoved: 0, tagRules: 0, tagsRemoved: 0, ruleNames: 0, ruleDescriptions: 0 };
}
/**
 * Cuts one result to GitHub's per-result limits, in place (callers pass their own copy): the
 * first `locationsPerResult` locations are kept (GitHub shows the first 100); thread flows keep
 * their steps in order until the result's budget of `threadFlowLocationsPerResult` is spent, and a
 * flow that must be shortened keeps its first steps and its last one, so the path still ends at
 * the sink. True when the result changed.
 */
function trimResult(result, limits, tally) {
    let changed = false;
    const locations = result.locations;
    if (Array.isArray(locations) && locations.length > limits.locationsPerResult) {
        tally.locationResults++;
        tally.locationsRemoved += locations.length - limits.locationsPerResult;
        result.locations = locations.slice(0, limits.locationsPerResult);
        changed = true;
    }
    const flows = result.codeFlows;
    if (Array.isArray(flows)) {
        let total = 0;
        for (const flow of flows)
            for (const thread of flow?.threadFlows ?? [])
                total += thread?.locations?.length ?? 0;
        if (total > limits.threadFlowLocationsPerResult) {
            let budget = limits.threadFlowLocationsPerResult;
            const keptFlows = [];
            for (const flow of flows) {
                const keptThreads = [];
                for (const thread of flow.threadFlows ?? []) {
                    const steps = thread.locations ?? [];
                    if (budget <= 0)
                        continue;
                    if (steps.length <= budget) {
                        keptThreads.push(thread);
                        budget -= steps.length;
                    }
                    else {
                        const kept = budget === 1 ? [steps[steps.length - 1]] : [...steps.slice(0, budget - 1), steps[steps.length - 1]];
                        keptThreads.push({ ...thread, locations: kept });
                        budget = 0;
                    }
                }
                // SARIF requires at least one thread flow per code flow.
                if (keptThreads.length > 0)
                    keptFlows.push({ ...flow, threadFlows: keptThreads });
            }
            tally.threadFlowResults++;
            tally.threadFlowLocationsRemoved += total - limits.threadFlowLocationsPerResult;
            result.codeFlows = keptFlows;
            changed = true;
        }
    }
    return changed;
}
function shortenMessage(message, max) {
    if (!message)
        return false;
    let changed = false;
    if (typeof message.text === 'string' && message.text.length > max) {
        message.text = (0,_github_limits__WEBPACK_IMPORTED_MODULE_0__/* .truncateText */ .E)(message.text, max);
        changed = true;
    }
    if (typeof message.markdown === 'string' && message.markdown.length > max) {
        message.markdown = (0,_github_limits__WEBPACK_IMPORTED_MODULE_0__/* .truncateText */ .E)(message.markdown, max);
        changed = true;
    }
    return changed;
}
/**
 * A rule within GitHub's text limits, in place: name ≤ ruleNameChars, short and full description
 * ≤ ruleDescriptionChars (text and Markdown), at most tagsPerRule tags (the first ones; GitHub shows
 * the first 10).
 */
function trimRule(rule, limits, tally) {
    if (typeof rule.name === 'string' && rule.name.length > limits.ruleNameChars) {
        rule.name = (0,_github_limits__WEBPACK_IMPORTED_MODULE_0__/* .truncateText */ .E)(rule.name, limits.ruleNameChars);
        tally.ruleNames++;
    }
    const shortened = [shortenMessage(rule.shortDescription, limits.ruleDescriptionChars), shortenMessage(rule.fullDescription, limits.ruleDescriptionChars)];
    tally.ruleDescriptions += shortened.filter(Boolean).length;
    const tags = rule.properties?.tags;
    if (Array.isArray(tags) && tags.length > limits.tagsPerRule) {
        tally.tagRules++;
        tally.tagsRemoved += tags.length - limits.tagsPerRule;
        rule.properties = { ...rule.properties, tags: tags.slice(0, limits.tagsPerRule) };
    }
}
const plural = (n, one, many = `${one}s`) => `${(0,_count_text__WEBPACK_IMPORTED_MODULE_1__/* .countText */ .l)(n)} ${n === 1 ? one : many}`;
/** The tally as cut sentences, one per limit that was exceeded. */
function tallyCuts(tally, limits) {
    const cuts = [];
    const n = _count_text__WEBPACK_IMPORTED_MODULE_1__/* .countText */ .l;
    if (tally.locationResults > 0) {
        cuts.push({
            limit: 'locationsPerResult',
            removed: tally.locationsRemoved,
            message: `${plural(tally.locationResults, 'result')} had more than ${n(limits.locationsPerResult)} locations, GitHub's limit per result: kept the first ${n(limits.locationsPerResult)} of each, ${plural(tally.locationsRemoved, 'location')} dropped.`,
        });
    }
    if (tally.threadFlowResults > 0) {
        cuts.push({
            limit: 'threadFlowLocationsPerResult',
            removed: tally.threadFlowLocationsRemoved,
            message: `${plural(tally.threadFlowResults, 'result')} had more than ${n(limits.threadFlowLocationsPerResult)} thread-flow locations, GitHub's limit per result: kept the first steps of each path and its last one, ${plural(tally.threadFlowLocationsRemoved, 'step')} dropped.`,
        });
    }
    if (tally.tagRules > 0) {
        cuts.push({
            limit: 'tagsPerRule',
            removed: tally.tagsRemoved,
            message: `${plural(tally.tagRules, 'rule')} had more than ${n(limits.tagsPerRule)} tags, GitHub's limit: kept the first ${n(limits.tagsPerRule)}, ${plural(tally.tagsRemoved, 'tag')} dropped.`,
        });
    }
    if (tally.ruleNames > 0) {
        cuts.push({
            limit: 'ruleNameChars',
            removed: tally.ruleNames,
            message: `${plural(tally.ruleNames, 'rule name')} longer than ${n(limits.ruleNameChars)} characters, GitHub's limit, shortened.`,
        });
    }
    if (tally.ruleDescriptions > 0) {
        cuts.push({
            limit: 'ruleDescriptionChars',
            removed: tally.ruleDescriptions,
            message: `${plural(tally.ruleDescriptions, 'rule description')} longer than ${n(limits.ruleDescriptionChars)} characters, GitHub's limit, shortened.`,
        });
    }
    return cuts;
}
/** "12 critical, 3 low" from counts, most severe first. */
function describeSeverities(counts) {
    const order = ['critical', 'high', 'medium', 'low', 'note'];
    return order
        .filter((s) => (counts[s] ?? 0) > 0)
        .map((s) => `${(0,_count_text__WEBPACK_IMPORTED_MODULE_1__/* .countText */ .l)(counts[s])} ${s}`)
        .join(', ');
}


/***/ }),

/***/ 26970:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $$: () => (/* binding */ SARIF_SCHEMA_URI),
/* harmony export */   hM: () => (/* binding */ createLog),
/* harmony export */   ur: () => (/* binding */ writeLog),
/* harmony export */   x6: () => (/* binding */ readLog)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(88115);
/* harmony import */ var _schema_validate__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(51388);




/** The schema URI GitHub's own tools write (SchemaStore hosts the OASIS 2.1.0 schema). */
const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
function createLog(runs) {
    return { $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs };
}
/**
 * Writes a log as UTF-8 JSON, creating the folder. It goes to a temporary file first and is renamed
 * into place, so a reader (an upload step, a later job) never sees half a file.
 */
async function writeLog(file, log, options = {}) {
    const text = JSON.stringify(log, null, options.pretty === false ? undefined : 2) + '\n';
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(file)), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    try {
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile(temporary, text, 'utf8');
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename(temporary, file);
    }
    catch (err) {
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm(temporary, { force: true });
        throw err;
    }
}
/**
 * Reads a SARIF file and checks it against the SARIF 2.1.0 schema. A file that is missing or not
 * JSON is a ConfigurationError naming it; a schema violation a SchemaValidationError naming the
 * file and each JSON path.
 */
async function readLog(file) {
    let text;
    try {
        text = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile(file, 'utf8');
    }
    catch (err) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${file} could not be read: ${(0,_errors__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err)}`);
    }
    let data;
    try {
        // A UTF-8 byte order mark is legal in SARIF files and fatal to JSON.parse.
        data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    }
    catch (err) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${file} is not valid JSON: ${(0,_errors__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err)}`);
    }
    return (0,_schema_validate__WEBPACK_IMPORTED_MODULE_3__/* .assertValidSarif */ .Cm)(data, file);
}


/***/ }),

/***/ 61341:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ formatMergeSummary)
/* harmony export */ });
/* harmony import */ var _count_text__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(35055);

const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 2 : 1)} MB`;
const n = _count_text__WEBPACK_IMPORTED_MODULE_0__/* .countText */ .l;
/** The summary as lines for a terminal or a log. */
function formatMergeSummary(summary) {
    const lines = [
        `${n(summary.inputs.length)} file${summary.inputs.length === 1 ? '' : 's'} in, ${n(summary.runs.length)} run${summary.runs.length === 1 ? '' : 's'} out; ` +
            `${n(summary.resultsIn)} results in, ${n(summary.duplicates)} duplicates removed, ${n(summary.results)} written; ` +
            `${mb(summary.bytes)}, ${mb(summary.gzipBytes)} gzipped${summary.gzipLevel === 1 ? ' at deflate level 1' : ''}`,
    ];
    for (const run of summary.runs) {
        const what = run.category ? `"${run.tool}" in category "${run.category}"` : `"${run.tool}" (no category)`;
        const combined = run.sources > 1 ? `, ${run.sources} runs combined` : '';
        const dups = run.duplicates > 0 ? `, ${n(run.duplicates)} duplicates` : '';
        lines.push(`  run ${what}: ${n(run.results)} results${combined}${dups}`);
    }
    if (summary.cuts.length > 0) {
        lines.push('cut to fit GitHub\'s limits:');
        for (const cut of summary.cuts)
            lines.push(`  ${cut.message}`);
    }
    else {
        lines.push('within GitHub\'s limits: nothing was cut');
    }
    for (const note of summary.notes)
        lines.push(`note: ${note}`);
    return lines;
}


/***/ }),

/***/ 22882:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Kc: () => (/* binding */ SarifMerger),
  jS: () => (/* binding */ mergeSarifFiles),
  lh: () => (/* binding */ mergeSarifLogs)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/severity.ts
var severity = __webpack_require__(40799);
// EXTERNAL MODULE: ./lib/sarif/category.ts
var sarif_category = __webpack_require__(84206);
// EXTERNAL MODULE: ./lib/sarif/result-record.ts
var result_record = __webpack_require__(77837);
;// CONCATENATED MODULE: ./lib/sarif/dedupe.ts

/** Record objects (add) as a table: each is its own record. */
class ObjectRows {
    list = [];
    keyHash(i) {
        return this.list[i].keyHash;
    }
    info(i) {
        return this.list[i].info;
    }
    rank(i) {
        return this.list[i].rank;
    }
    severity(i) {
        return this.list[i].severity;
    }
    key(i) {
        return (0,result_record/* recordKey */.Hy)(this.list[i]);
    }
    record(i) {
        return this.list[i];
    }
}
class ResultDeduper {
    /** Where held results are, and per table the `source` its rows' records get (undefined: objects that have theirs). */
    tables = [];
    sources = [];
    /** The table record objects go to, once there is one. */
    objects;
    /** Per held result: its table, its position there, and its arrival (seq). */
    tableOf = new Int32Array(1024);
    indexOf = new Int32Array(1024);
    seqOf = new Float64Array(1024);
    /** How many results are held. */
    count = 0;
    /** Key hash → position of the first result with it. */
    byHash = new HashPositions();
    /** Keys that share a hash with another key (hardly ever), in full → position. */
    collided;
    /** How many arrivals were duplicates of a result already held. */
    duplicates = 0;
    /** The records, made once (see records). */
    made;
    /** Makes room for `more` results to come (a file's worth), so the tables grow once, not step by step. */
    reserve(more) {
        this.byHash.reserve(this.count + more);
        this.room(this.count + more);
    }
    /** Adds a record object (its source and seq set by the caller). */
    add(record) {
        if (!this.objects) {
            this.objects = { table: this.tables.length, rows: new ObjectRows() };
            this.tables.push(this.objects.rows);
            this.sources.push(undefined);
        }
        const { table, rows } = this.objects;
        rows.list.push(record);
        this.place(table, rows.list.length - 1, record.seq);
    }
    /** Adds every row of a run's columns: their records get `source`, and seq from `seqStart` on in row order. */
    addRows(rows, source, seqStart) {
        const table = this.tables.length;
        this.tables.push(rows);
        this.sources.push(source);
        this.reserve(rows.count);
        for (let i = 0; i < rows.count; i++)
            this.place(table, i, seqStart + i);
    }
    place(table, i, seq) {
        const t = this.tables[table];
        const hash = t.keyHash(i);
        if (hash < 0) {
            this.push(table, i, seq);
            return;
        }
        let at = this.byHash.get(hash);
        if (at === undefined) {
            this.byHash.set(hash, this.count);
            this.push(table, i, seq);
            return;
        }
        const key = t.key(i);
        if (this.tables[this.tableOf[at]].key(this.indexOf[at]) !== key) {
            // Another key with the same hash: told apart by the key itself.
            this.collided ??= new Map();
            at = this.collided.get(key);
            if (at === undefined) {
                this.collided.set(key, this.count);
                this.push(table, i, seq);
                return;
            }
        }
        this.duplicates++;
        if (t.info(i) > this.tables[this.tableOf[at]].info(this.indexOf[at])) {
            // It takes the place (and the seq) of the one held.
            this.tableOf[at] = table;
            this.indexOf[at] = i;
        }
    }
    push(table, i, seq) {
        this.room(this.count + 1);
        this.tableOf[this.count] = table;
        this.indexOf[this.count] = i;
        this.seqOf[this.count] = seq;
        this.count++;
        this.made = undefined;
    }
    room(count) {
        if (count <= this.tableOf.length)
            return;
        let length = this.tableOf.length;
        while (length < count)
            length *= 2;
        const grow = (a, make) => {
            const b = make(length);
            b.set(a);
            return b;
        };
        this.tableOf = grow(this.tableOf, (n) => new Int32Array(n));
        this.indexOf = grow(this.indexOf, (n) => new Int32Array(n));
        this.seqOf = grow(this.seqOf, (n) => new Float64Array(n));
    }
    /** The rank (ResultRecord.rank) of the result held at `p`. */
    rankAt(p) {
        return this.tables[this.tableOf[p]].rank(this.indexOf[p]);
    }
    severityAt(p) {
        return this.tables[this.tableOf[p]].severity(this.indexOf[p]);
    }
    /** The record held at `p`, with its source and seq; a row becomes a record object here (ask once per position). */
    recordAt(p) {
        const table = this.tableOf[p];
        const record = this.tables[table].record(this.indexOf[p]);
        const source = this.sources[table];
        if (source !== undefined)
            record.source = source;
        record.seq = this.seqOf[p];
        return record;
    }
    /** Every held record in order of arrival (made once: for callers that want them all as objects). */
    get records() {
        if (!this.made) {
            const made = new Array(this.count);
            for (let p = 0; p < this.count; p++)
                made[p] = this.recordAt(p);
            this.made = made;
        }
        return this.made;
    }
}
/**
 * Key hash (a 30-bit non-negative integer) → position, in open addressing over typed arrays:
 * hundreds of thousands of entries without an object or a Map entry each, which the garbage
 * collector would otherwise walk again and again while a large merge runs.
 */
class HashPositions {
    keys = new Int32Array(1 << 12).fill(-1);
    values = new Int32Array(1 << 12);
    size = 0;
    get(hash) {
        const mask = this.keys.length - 1;
        for (let slot = hash & mask;; slot = (slot + 1) & mask) {
            const key = this.keys[slot];
            if (key === hash)
                return this.values[slot];
            if (key === -1)
                return undefined;
        }
    }
    /** Grows the table at once (one rehash) to hold `count` entries at most half full. */
    reserve(count) {
        let length = this.keys.length;
        while (count * 2 > length)
            length *= 2;
        if (length > this.keys.length)
            this.resize(length);
    }
    /** Sets a hash that is not in the table yet. */
    set(hash, position) {
        if ((this.size + 1) * 2 > this.keys.length)
            this.grow();
        this.place(hash, position);
        this.size++;
    }
    place(hash, position) {
        const mask = this.keys.length - 1;
        let slot = hash & mask;
        while (this.keys[slot] !== -1)
            slot = (slot + 1) & mask;
        this.keys[slot] = hash;
        this.values[slot] = position;
    }
    grow() {
        this.resize(this.keys.length * 2);
    }
    resize(length) {
        const { keys, values } = this;
        this.keys = new Int32Array(length).fill(-1);
        this.values = new Int32Array(length);
        for (let i = 0; i < keys.length; i++)
            if (keys[i] !== -1)
                this.place(keys[i], values[i]);
    }
}

// EXTERNAL MODULE: ./lib/sarif/fingerprint.ts + 1 modules
var fingerprint = __webpack_require__(57220);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./lib/sarif/chunked-gzip.ts
var chunked_gzip = __webpack_require__(67393);
;// CONCATENATED MODULE: ./lib/sarif/fit-size.ts


function fillChunk(run, chunk) {
    if (chunk.filled)
        return;
    run.fill?.(chunk.from, chunk.to);
    chunk.filled = true;
}
/** The run's text of results [from, to). */
function textOf(run, from, to) {
    return run.text.subarray(run.offsets[from], run.offsets[to]);
}
/** The last `max` bytes of the run's text before result `index` (what a chunk starting there is primed with). */
function textBefore(run, index, max = 32 * 1024) {
    const end = run.offsets[index];
    return end === 0 ? undefined : run.text.subarray(Math.max(0, end - max), end);
}
/** Compresses a chunk. */
async function deflateWhole(run, chunk, level) {
    fillChunk(run, chunk);
    chunk.deflated = await (0,chunked_gzip/* deflateChunk */.Rs)(textOf(run, chunk.from, chunk.to), textBefore(run, chunk.from), level);
    return chunk.deflated;
}
/**
 * Deflate level of the first pass. A log that fits at this level is done after it, at a third of
 * the CPU of level 6; only a log that does not fit is compressed at GZIP_LEVEL, which packs some
 * 15 % more results into the limit.
 */
const FAST_LEVEL = 1;
/** Compresses the chunks most severe first at `level`; stops dispatching once over the limit. Returns the size. */
async function compressInOrder(runs, order, startBytes, limitBytes, level, concurrency) {
    let compressed = startBytes;
    await (0,chunked_gzip/* runLimited */.Oe)(order.map((chunk) => async () => {
        // Read `compressed` after the await: `x += await y` would add to a stale x.
        const deflated = await deflateWhole(runs[chunk.run], chunk, level);
        compressed += deflated.length;
    }), concurrency, () => compressed > limitBytes);
    return compressed;
}
async function fitGzipSize(input) {
    // 2 MiB: each chunk is primed with the 32 KB before it and set up on the main thread, which
    // at 512 KiB made compressing 66 MB at level 1 take 190 ms on 2 cores instead of 140 (the
    // gzip is 0.1 % larger); a cut inside a chunk deflates at most that much again.
    const chunkBytes = input.chunkBytes ?? 2 * 1024 * 1024;
    // Some more jobs than CPUs in flight (libuv runs 4 at once), so none waits while the next chunk is filled.
    const concurrency = input.concurrency ?? Math.max(4, external_node_os_.availableParallelism());
    const { runs, glue, limitBytes } = input;
    // Chunks of each run, at result boundaries.
    const counts = runs.map((run) => run.offsets.length - 1);
    const chunks = runs.map((run, r) => {
        const list = [];
        let from = 0;
        for (let i = 0; i < counts[r]; i++) {
            const raw = run.offsets[i + 1] - run.offsets[from];
            if (raw >= chunkBytes || i === counts[r] - 1) {
                list.push({ run: r, from, to: i + 1, raw });
                from = i + 1;
            }
        }
        return list;
    });
    // Most severe chunks first, whichever run they belong to.
    const order = chunks.flat().sort((a, b) => runs[b.run].ranks[b.from] - runs[a.run].ranks[a.from] || a.run - b.run || a.from - b.from);
    const all = counts;
    const everything = () => chunks.every((list) => list.every((c) => c.deflated));
    // A quick pass first: most logs fit, and then this is the whole work.
    const fastGlue = await Promise.all(glue.map((g) => (0,chunked_gzip/* deflateChunk */.Rs)(g, undefined, FAST_LEVEL)));
    const fastGlueBytes = fastGlue.reduce((n, d) => n + d.length, 0) + chunked_gzip/* GZIP_OVERHEAD */.uD;
    if ((await compressInOrder(runs, order, fastGlueBytes, limitBytes, FAST_LEVEL, concurrency)) <= limitBytes && everything()) {
        return { ...assemble(input, fastGlue, chunks, all, new Map()), level: FAST_LEVEL };
    }
    for (const chunk of order)
        chunk.deflated = undefined;
    // Whatever the quick pass did not get to is filled now: the cut may keep it.
    for (const chunk of order)
        fillChunk(runs[chunk.run], chunk);
    const glueDeflated = await Promise.all(glue.map((g) => (0,chunked_gzip/* deflateChunk */.Rs)(g, undefined)));
    const glueBytes = glueDeflated.reduce((n, d) => n + d.length, 0) + chunked_gzip/* GZIP_OVERHEAD */.uD;
    const compressed = await compressInOrder(runs, order, glueBytes, limitBytes, chunked_gzip/* GZIP_LEVEL */.Gw, concurrency);
    if (everything() && compressed <= limitBytes)
        return assemble(input, glueDeflated, chunks, all, new Map());
    // Results in severity order across runs: position → run.
    const total = all.reduce((a, b) => a + b, 0);
    const sequence = new Uint32Array(total);
    {
        const next = runs.map(() => 0);
        for (let p = 0; p < total; p++) {
            let best = -1;
            for (let r = 0; r < runs.length; r++) {
                if (next[r] >= all[r])
                    continue;
                if (best === -1 || runs[r].ranks[next[r]] > runs[best].ranks[next[best]])
                    best = r;
            }
            sequence[p] = best;
            next[best]++;
        }
    }
    const keepFor = (k) => {
        const keep = runs.map(() => 0);
        for (let p = 0; p < k; p++)
            keep[sequence[p]]++;
        return keep;
    };
    // Average compression of what was compressed, for chunks that were not.
    let rawDone = 0;
    let deflatedDone = 0;
    for (const list of chunks)
        for (const c of list)
            if (c.deflated) {
                rawDone += c.raw;
                deflatedDone += c.deflated.length;
            }
    const ratio = rawDone > 0 ? deflatedDone / rawDone : 1;
    const offsets = runs.map((run) => run.offsets);
    const estimate = (keep) => {
        let size = glueBytes;
        keep.forEach((k, r) => {
            for (const c of chunks[r]) {
                if (c.from >= k)
                    break;
                const full = c.deflated ? c.deflated.length : c.raw * ratio;
                size += c.to <= k ? full : (full * (offsets[r][k] - offsets[r][c.from])) / c.raw;
            }
        });
        return size;
    };
    // Largest prefix whose estimate fits.
    let lo = 0;
    let hi = total;
    while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (estimate(keepFor(mid)) <= limitBytes)
            lo = mid;
        else
            hi = mid - 1;
    }
    let k = lo;
    for (let attempt = 0; attempt < 20; attempt++) {
        const keep = keepFor(k);
        const partials = await deflateKept(runs, chunks, keep, concurrency);
        const fit = assemble(input, glueDeflated, chunks, keep, partials);
        if (fit.gzipBytes <= limitBytes || k === 0)
            return { ...fit, fits: fit.gzipBytes <= limitBytes };
        // A little over: drop about as many more results as the excess takes, at least one.
        const perResult = fit.gzipBytes / Math.max(1, k);
        k = Math.max(0, k - Math.max(1, Math.ceil((fit.gzipBytes - limitBytes) / perResult)));
    }
    const keep = runs.map(() => 0);
    const fit = assemble(input, glueDeflated, chunks, keep, new Map());
    return { ...fit, fits: fit.gzipBytes <= limitBytes };
}
/**
 * Deflates what the cut needs and the first pass did not do: whole chunks below the cut it
 * stopped before, and the part of the chunk each run's cut falls in (returned, keyed by run).
 */
async function deflateKept(runs, chunks, keep, concurrency) {
    const out = new Map();
    const jobs = [];
    keep.forEach((k, r) => {
        const run = runs[r];
        for (const chunk of chunks[r]) {
            if (chunk.from >= k)
                break;
            if (chunk.to <= k) {
                if (!chunk.deflated)
                    jobs.push(async () => void (await deflateWhole(run, chunk, chunked_gzip/* GZIP_LEVEL */.Gw)));
            }
            else {
                jobs.push(async () => {
                    out.set(r, { deflated: await (0,chunked_gzip/* deflateChunk */.Rs)(textOf(run, chunk.from, k), textBefore(run, chunk.from)) });
                });
            }
        }
    });
    await (0,chunked_gzip/* runLimited */.Oe)(jobs, concurrency);
    return out;
}
function assemble(input, glueDeflated, chunks, keep, partials) {
    const deflated = [glueDeflated[0]];
    let rawBytes = input.glue[0].length;
    keep.forEach((k, r) => {
        for (const c of chunks[r]) {
            if (c.from >= k)
                break;
            deflated.push(c.to <= k ? c.deflated : partials.get(r).deflated);
        }
        rawBytes += textOf(input.runs[r], 0, k).length;
        deflated.push(glueDeflated[r + 1]);
        rawBytes += input.glue[r + 1].length;
    });
    const gzipBytes = deflated.reduce((n, d) => n + d.length, chunked_gzip/* GZIP_OVERHEAD */.uD);
    return { keep, deflated, gzipBytes, rawBytes, fits: true, level: chunked_gzip/* GZIP_LEVEL */.Gw };
}

// EXTERNAL MODULE: ./lib/sarif/find-files.ts
var find_files = __webpack_require__(84423);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
// EXTERNAL MODULE: ./lib/errors.ts
var errors = __webpack_require__(88115);
// EXTERNAL MODULE: ./lib/sarif/ingest.ts
var ingest = __webpack_require__(40382);
// EXTERNAL MODULE: ./lib/sarif/scanned-facts.ts
var scanned_facts = __webpack_require__(22886);
;// CONCATENATED MODULE: ./lib/sarif/ingest-transfer.ts


/**
 * An ingested file as a worker thread sends it to the main thread. Records become columns
 * (numbers in one Float64Array, repeated strings as indexes into a table, dedupe keys as UTF-8 in
 * one buffer), whose buffers move to the main thread without a copy; the file's bytes are not
 * sent at all: the worker read them into shared memory, which the main thread sees too.
 */
const LEVELS = ['error', 'warning', 'note', 'none'];
const SEVERITIES = ['critical', 'high', 'medium', 'low', 'note'];
/** Positions in LEVELS and SEVERITIES, looked up per record (indexOf compared strings). */
const LEVEL_INDEX = Object.fromEntries(LEVELS.map((l, i) => [l, i]));
const SEVERITY_INDEX = Object.fromEntries(SEVERITIES.map((s, i) => [s, i]));
/** Numbers per record in `numbers`. */
const WIDTH = 10;
function fromColumn(column, i) {
    const at = column.index[i];
    return at < 0 ? undefined : column.table[at];
}
/**
 * Records written to columns as they are made (IngestOptions.recordSink), so a worker holds no
 * object per result: what it keeps of 50,000 results is a few typed arrays.
 */
class ColumnSink {
    numbers = new Float64Array(1024 * WIDTH);
    keys = Buffer.allocUnsafeSlow(4 << 20);
    keyOffsets = new Uint32Array(1025);
    keyBytes = 0;
    ruleIds = new StringTable();
    sourceUris = new StringTable();
    texts = [];
    /**
     * Keys taken where they were made, not copied yet: source[pendingFrom, pendingTo) belongs at
     * keys[pendingAt…). Consecutive results' keys lie one after another in the walk's memory, so
     * a run's keys take a few copies instead of one per result (a tenth of the time on the results).
     */
    pending;
    pendingFrom = 0;
    pendingTo = 0;
    pendingAt = 0;
    length = 0;
    /**
     * Room for `results` more records, made at once: growing by doubling copied the columns and
     * touched fresh pages again and again (11 ms of a 50,000-result file). Keys get 256 bytes each;
     * what is not written is never touched, so it costs no memory.
     */
    reserve(results) {
        const rows = this.length + results;
        if (rows * WIDTH > this.numbers.length)
            this.resize(rows);
        if (this.keyBytes + results * 256 > this.keys.length)
            this.growKeys(results * 256);
        this.ruleIds.reserve(rows);
        this.sourceUris.reserve(rows);
    }
    push(r) {
        const i = this.length;
        this.grow(i);
        writeRow(this.numbers, i, r.start, r.end, r.seq, r.pretty, r);
        if (r.text !== undefined)
            this.texts.push([i, r.text]);
        this.ruleIds.add(r.ruleId);
        this.sourceUris.add(r.sourceUri);
        this.keyOffsets[i] = this.keyBytes;
        if (r.dedupeKey !== undefined) {
            // Keys are ASCII-sized mostly; make room for the worst case of UTF-8.
            const most = r.dedupeKey.length * 3;
            if (this.keyBytes + most > this.keys.length)
                this.growKeys(most);
            this.keyBytes += this.keys.write(r.dedupeKey, this.keyBytes, 'utf8');
        }
        this.length = i + 1;
        this.keyOffsets[this.length] = this.keyBytes;
    }
    /** Points the next scanned key at the end of the key column (pushFacts then takes it as written there). */
    keyTarget(facts) {
        facts.writeKeyAt(this.keys, this.keyBytes);
    }
    /**
     * A record straight from facts read off the file's bytes (scanned-facts.ts): the same columns
     * push() writes for the record resultFacts() would make, with no object or string in between.
     */
    pushFacts(f, buf, start, end, pretty, seq) {
        const i = this.length;
        this.grow(i);
        writeRow(this.numbers, i, start, end, seq, pretty, f);
        if (f.ruleIdStart >= 0)
            this.ruleIds.addBytes(buf, f.ruleIdStart, f.ruleIdEnd, f.ruleIdHash);
        else
            this.ruleIds.add(f.ruleIdText);
        if (f.sourceUriStart >= 0)
            this.sourceUris.addBytes(buf, f.sourceUriStart, f.sourceUriEnd, f.sourceUriHash);
        else
            this.sourceUris.add(undefined);
        this.keyOffsets[i] = this.keyBytes;
        const source = f.keySource;
        if (source) {
            // The key is still where it was made (setKey): copied with its neighbours' (flushKeys).
            const length = f.keyLength - f.keyStart;
            if (this.keyBytes + length > this.keys.length)
                this.growKeys(length);
            if (source === this.pending && f.keySourceStart === this.pendingTo && this.pendingAt + (this.pendingTo - this.pendingFrom) === this.keyBytes) {
                this.pendingTo += length;
            }
            else {
                this.flushKeys();
                this.pending = source;
                this.pendingFrom = f.keySourceStart;
                this.pendingTo = f.keySourceStart + length;
                this.pendingAt = this.keyBytes;
            }
            this.keyBytes += length;
        }
        else {
            // The key was written at the end of the key column (keyTarget); it may have moved it to a larger buffer.
            this.keys = f.key;
            this.keyBytes = f.keyLength;
        }
        this.length = i + 1;
        this.keyOffsets[this.length] = this.keyBytes;
    }
    /** Copies the pending keys into the key column. */
    flushKeys() {
        const pending = this.pending;
        if (!pending)
            return;
        // A source that went away (the walk's memory grew) would copy nothing: fail loudly instead.
        if (pending.length < this.pendingTo)
            throw new Error('internal error: the SARIF walk memory holding dedupe keys changed before they were copied');
        pending.copy(this.keys, this.pendingAt, this.pendingFrom, this.pendingTo);
        this.pending = undefined;
    }
    /** The run's results are all in: keys still in the walk's memory are copied now, before it is reused. */
    end() {
        this.flushKeys();
    }
    grow(i) {
        if ((i + 1) * WIDTH <= this.numbers.length)
            return;
        this.resize((2 * this.numbers.length) / WIDTH);
    }
    /** Columns for `rows` records (keyOffsets has one entry more: the end of the last key). */
    resize(rows) {
        const numbers = new Float64Array(rows * WIDTH);
        numbers.set(this.numbers.subarray(0, this.length * WIDTH));
        this.numbers = numbers;
        const offsets = new Uint32Array(rows + 1);
        offsets.set(this.keyOffsets.subarray(0, this.length + 1));
        this.keyOffsets = offsets;
    }
    growKeys(more) {
        const grown = Buffer.allocUnsafeSlow(Math.max(this.keys.length * 2, this.keyBytes + more));
        this.keys.copy(grown, 0, 0, this.keyBytes);
        this.keys = grown;
    }
    /**
     * The columns, as views of their used part: no copy (a worker transfers the buffers whole, a
     * few MB of unused room included; the main thread reads its own files' columns where they are).
     */
    packed(run) {
        this.flushKeys();
        const n = this.length;
        return {
            run,
            numbers: this.numbers.subarray(0, n * WIDTH),
            ruleIds: this.ruleIds.column(n),
            sourceUris: this.sourceUris.column(n),
            keys: this.keys.subarray(0, this.keyBytes),
            keyOffsets: this.keyOffsets.subarray(0, n + 1),
            texts: this.texts,
        };
    }
}
class StringTable {
    positions = new Map();
    table = [];
    /** For addBytes: the last span's hash and the position of its string, by a hash of the bytes. */
    byHash = new Map();
    index = new Int32Array(1024);
    length = 0;
    room() {
        if (this.length >= this.index.length)
            this.reserve(this.index.length * 2);
    }
    /** Room for `rows` entries in all. */
    reserve(rows) {
        if (rows <= this.index.length)
            return;
        const grown = new Int32Array(rows);
        grown.set(this.index.subarray(0, this.length));
        this.index = grown;
    }
    /**
     * add() for the string whose bytes are buf[start, end) (ASCII, no escapes), whose FNV-1a hash
     * is `h`: most values repeat (a rule id, a file), so they are found by the hash of their bytes
     * and made a string only once.
     */
    addBytes(buf, start, end, h) {
        const at = this.byHash.get(h & scanned_facts/* SMALL_HASH */.ts);
        if (at !== undefined) {
            const known = this.table[at];
            if (known.length === end - start) {
                let k = 0;
                while (k < known.length && known.charCodeAt(k) === buf[start + k])
                    k++;
                if (k === known.length) {
                    this.room();
                    this.index[this.length++] = at;
                    return;
                }
            }
        }
        this.add(buf.toString('latin1', start, end));
        this.byHash.set(h & scanned_facts/* SMALL_HASH */.ts, this.index[this.length - 1]);
    }
    add(value) {
        this.room();
        if (value === undefined) {
            this.index[this.length++] = -1;
            return;
        }
        let at = this.positions.get(value);
        if (at === undefined) {
            at = this.table.length;
            this.table.push(value);
            this.positions.set(value, at);
        }
        this.index[this.length++] = at;
    }
    column(n) {
        return { table: this.table, index: this.index.subarray(0, n) };
    }
}
/** Record i's numbers (WIDTH of them; PackedRecord reads them back). */
function writeRow(numbers, i, start, end, seq, pretty, f) {
    const o = i * WIDTH;
    numbers[o] = start;
    numbers[o + 1] = end;
    numbers[o + 2] = f.score ?? NaN;
    numbers[o + 3] = f.rank;
    numbers[o + 4] = f.info;
    numbers[o + 5] = seq;
    numbers[o + 6] = f.locationCount;
    numbers[o + 7] = f.threadFlowLocationCount;
    numbers[o + 8] = (pretty ? 1 : 0) | (f.hasLineHash ? 2 : 0) | (f.fingerprintable ? 4 : 0) | (LEVEL_INDEX[f.level] << 3) | (SEVERITY_INDEX[f.severity] << 6);
    numbers[o + 9] = f.keyHash;
}
/** The outcome as columns, and the buffers to hand over with it (postMessage's transfer list). */
function packOutcome(outcome) {
    if (!outcome.ok)
        return { packed: outcome, transfer: [] };
    const { runs, ...rest } = outcome.ingested;
    const transfer = [];
    const packedRuns = runs.map(({ run, records, sink }) => {
        let columns;
        if (sink instanceof ColumnSink)
            columns = sink;
        else {
            columns = new ColumnSink();
            for (const record of records)
                columns.push(record);
        }
        const packed = columns.packed(run);
        transfer.push(packed.numbers.buffer, packed.keyOffsets.buffer, packed.keys.buffer, packed.ruleIds.index.buffer, packed.sourceUris.index.buffer);
        return packed;
    });
    return { packed: { ok: true, file: { ...rest, runs: packedRuns } }, transfer };
}
/**
 * A record read from its run's columns: what never changes after ingestion is read from them
 * when asked for, what the merge changes (its position, text, fingerprint) is its own. A few
 * fields each instead of two dozen, for 200,000 records, keeps the main thread's heap (and its
 * garbage collector's work) small.
 */
class PackedRecord {
    columns;
    i;
    text;
    object = undefined;
    dedupeKey = undefined;
    source = -1;
    seq;
    hasLineHash;
    constructor(columns, i, text) {
        this.columns = columns;
        this.i = i;
        this.text = text;
        this.seq = columns.numbers[i * WIDTH + 5];
        this.hasLineHash = (columns.numbers[i * WIDTH + 8] & 2) !== 0;
    }
    get buf() {
        return this.columns.buf;
    }
    get start() {
        return this.columns.numbers[this.i * WIDTH];
    }
    get end() {
        return this.columns.numbers[this.i * WIDTH + 1];
    }
    get pretty() {
        return (this.columns.numbers[this.i * WIDTH + 8] & 1) !== 0;
    }
    get ruleId() {
        return fromColumn(this.columns.ruleIds, this.i);
    }
    get level() {
        return LEVELS[(this.columns.numbers[this.i * WIDTH + 8] >> 3) & 7];
    }
    get score() {
        const score = this.columns.numbers[this.i * WIDTH + 2];
        return Number.isNaN(score) ? undefined : score;
    }
    get severity() {
        return SEVERITIES[(this.columns.numbers[this.i * WIDTH + 8] >> 6) & 7];
    }
    get rank() {
        return this.columns.numbers[this.i * WIDTH + 3];
    }
    get info() {
        return this.columns.numbers[this.i * WIDTH + 4];
    }
    get keyHash() {
        return this.columns.numbers[this.i * WIDTH + 9];
    }
    get keyBytes() {
        return this.columns.keyBytes;
    }
    get keyStart() {
        return this.columns.keyOffsets[this.i];
    }
    get keyEnd() {
        return this.columns.keyOffsets[this.i + 1];
    }
    get fingerprintable() {
        return (this.columns.numbers[this.i * WIDTH + 8] & 4) !== 0;
    }
    get locationCount() {
        return this.columns.numbers[this.i * WIDTH + 6];
    }
    get threadFlowLocationCount() {
        return this.columns.numbers[this.i * WIDTH + 7];
    }
    get sourceUri() {
        return fromColumn(this.columns.sourceUris, this.i);
    }
}
/**
 * A run's records as its columns hold them, without an object each: what a merge decides on
 * (key hash, how much a result says, its rank and severity) is read off the columns, and a
 * record object is made only for a result the merge keeps (record()).
 */
class RecordRows {
    columns;
    replaced;
    count;
    constructor(columns, texts) {
        this.columns = columns;
        this.replaced = new Map(texts);
        this.count = columns.keyOffsets.length - 1;
    }
    keyHash(i) {
        return this.columns.numbers[i * WIDTH + 9];
    }
    info(i) {
        return this.columns.numbers[i * WIDTH + 4];
    }
    rank(i) {
        return this.columns.numbers[i * WIDTH + 3];
    }
    severity(i) {
        return SEVERITIES[(this.columns.numbers[i * WIDTH + 8] >> 6) & 7];
    }
    /** Row i's dedupe key in full, undefined when it has none. */
    key(i) {
        if (this.keyHash(i) < 0)
            return undefined;
        return this.columns.keyBytes.toString('utf8', this.columns.keyOffsets[i], this.columns.keyOffsets[i + 1]);
    }
    /** Row i as a record object (a new one each call). */
    record(i) {
        // (Most runs have no replaced text: no lookup per record then.)
        return new PackedRecord(this.columns, i, this.replaced.size > 0 ? this.replaced.get(i) : undefined);
    }
}
/**
 * The outcome back on the main thread, its records reading from the columns and pointing into
 * `buf` (the shared bytes): each run's `rows`, and its `records` as objects when first asked for
 * (a merge takes the rows: SarifMerger.addIngested).
 */
function unpackOutcome(packed, buf) {
    if (!packed.ok)
        return packed;
    const { runs, ...rest } = packed.file;
    const ingested = {
        ...rest,
        runs: runs.map(({ run, numbers, ruleIds, sourceUris, keys, keyOffsets, texts }) => {
            const rows = new RecordRows({ buf, numbers, ruleIds, sourceUris, keyBytes: Buffer.from(keys.buffer, keys.byteOffset, keys.byteLength), keyOffsets }, texts);
            let records;
            return {
                run,
                lookup: (0,result_record/* ruleLookup */.j9)(run),
                rows,
                get records() {
                    if (!records) {
                        records = new Array(rows.count);
                        for (let i = 0; i < rows.count; i++)
                            records[i] = rows.record(i);
                    }
                    return records;
                },
            };
        }),
    };
    return { ok: true, ingested };
}

;// CONCATENATED MODULE: ./lib/sarif/whole-file.ts

/**
 * A file's bytes in a buffer of their own (not Node's pool, so the buffer can be handed to
 * another thread), read in as few system calls as the kernel allows.
 */
/** Bytes one read asks for at most (Node refuses more than 2 GiB - 1 in one call). */
const MAX_READ = 1 << 30;
/**
 * Reads the whole file while this thread goes on with other work. fs.promises.readFile reads in
 * 512 KiB pieces, each started from this thread's event loop: a thread busy for a few hundred ms
 * gets one piece read, and the other 90 of a 46 MB file only once it is free again (measured: an
 * 80 ms wait before the next file of a merge could start). Here one read on libuv's thread pool
 * asks for the whole file, so it is all there when the thread comes back for it; opening and
 * sizing it are done at once (microseconds), as they too would wait for the event loop.
 */
function readWholeFileAhead(file) {
    let fd;
    let buf;
    try {
        fd = external_node_fs_.openSync(file, 'r');
    }
    catch (err) {
        return Promise.reject(err);
    }
    try {
        buf = Buffer.allocUnsafeSlow(external_node_fs_.fstatSync(fd).size);
    }
    catch (err) {
        external_node_fs_.closeSync(fd);
        return Promise.reject(err);
    }
    return new Promise((resolve, reject) => {
        external_node_fs_.read(fd, buf, 0, Math.min(buf.length, MAX_READ), 0, (err, n) => {
            try {
                // A short read (a file that shrank, or over MAX_READ) is finished here.
                if (err)
                    reject(err);
                else
                    resolve(buf.subarray(0, n === 0 || n === buf.length ? n : readRest(fd, buf, n)));
            }
            catch (rest) {
                reject(rest);
            }
            finally {
                external_node_fs_.closeSync(fd);
            }
        });
    });
}
/** Reads into buf from `from` until it is full or the file ends; the bytes read in all. */
function readRest(fd, buf, from) {
    let read = from;
    while (read < buf.length) {
        const n = external_node_fs_.readSync(fd, buf, read, Math.min(buf.length - read, MAX_READ), read);
        if (n === 0)
            break;
        read += n;
    }
    return read;
}

;// CONCATENATED MODULE: ./lib/sarif/file-queue.ts

/**
 * The files of an ingest job as every thread takes them (ingest-pool.ts's main thread and
 * ingest-worker.ts's workers): in one agreed order (the largest first), each the next one from a
 * counter in shared memory, so no thread waits for another to hand it work. A thread reads its
 * next file ahead (on libuv's threads, while it checks the current one) as long as it has taken
 * fewer than its share of the files: a file taken early is that thread's whatever the others do,
 * so the last files are left to whichever thread is free first.
 */
class FileQueue {
    order;
    paths;
    counter;
    taken = 0;
    share;
    constructor(shared, order, paths, threads) {
        this.order = order;
        this.paths = paths;
        this.counter = new Int32Array(shared);
        this.share = Math.ceil(order.length / Math.max(1, threads));
    }
    static counter() {
        return new SharedArrayBuffer(4);
    }
    /** Takes the next file and starts reading it; undefined when none is left. */
    take() {
        const at = Atomics.add(this.counter, 0, 1);
        if (at >= this.order.length)
            return undefined;
        const index = this.order[at];
        this.taken++;
        return { index, bytes: readWholeFileAhead(this.paths[index]).catch((err) => (err instanceof Error ? err : new Error(String(err)))) };
    }
    /** The next file to read ahead while the current one is checked, when this thread has taken fewer than its share. */
    takeAhead() {
        return this.taken < this.share ? this.take() : undefined;
    }
    /**
     * The files this thread takes, one after another, each with its bytes (or why they could not
     * be read): the next one is taken, and its read started, before the current one is handed out,
     * so it is read while the caller works on the current one. `first` runs once the first file is
     * taken, while it is being read.
     */
    async *files(first) {
        let current = this.take();
        if (current)
            first?.(current.index);
        while (current) {
            const bytes = await current.bytes;
            const ahead = this.takeAhead();
            yield { index: current.index, bytes };
            current = ahead ?? this.take();
        }
    }
}

// EXTERNAL MODULE: ./lib/sarif/result-scans.ts + 2 modules
var result_scans = __webpack_require__(60140);
;// CONCATENATED MODULE: ./lib/sarif/ingest-pool.ts











const DEFAULT_MIN_BYTES = 48 * 1024 * 1024;
/** Worker threads by default: one fewer than the CPUs (the main thread reads too), at most this many. */
const MAX_DEFAULT_WORKERS = 3;
/** The bundled worker's file name, beside the bundle. */
const WORKER_BUNDLE_NAME = 'sarif-ingest-worker.mjs';
/** How to start a worker here, or undefined when no worker code can be found. */
function workerLauncher() {
    const here = (0,external_node_url_.fileURLToPath)(import.meta.url);
    const dir = external_node_path_.dirname(here);
    if (here.endsWith('.ts')) {
        // From source: the worker registers tsx itself, as the main thread was started with it.
        const source = external_node_path_.join(dir, 'ingest-worker.ts');
        let tsx;
        try {
            // The ES module entry: tsx's CommonJS one cannot register hooks from a worker.
            tsx = import.meta.resolve('tsx/esm/api');
        }
        catch {
            return undefined;
        }
        if (!external_node_fs_.existsSync(source))
            return undefined;
        const code = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify((0,external_node_url_.pathToFileURL)(source).href)}); });`;
        return () => new external_node_worker_threads_.Worker(code, { eval: true });
    }
    const bundled = external_node_path_.join(dir, WORKER_BUNDLE_NAME);
    if (!external_node_fs_.existsSync(bundled))
        return undefined;
    return () => new external_node_worker_threads_.Worker((0,external_node_url_.pathToFileURL)(bundled));
}
/**
 * ingestBuffer on the main thread, its records made as a worker makes them: as columns (a few
 * typed arrays instead of an object per result on the merge's heap, which the garbage collector
 * would walk again and again), read straight off the bytes where they can be. Callers that want
 * the results as objects (keepObjects) get the object path.
 */
function ingestOnThisThread(buf, name, options) {
    if (options.keepObjects)
        return (0,ingest/* ingestBuffer */.lT)(buf, name, options);
    const outcome = (0,ingest/* ingestBuffer */.lT)(buf, name, { ...options, recordSink: () => new ColumnSink() });
    return outcome.ok ? unpackOutcome(packOutcome(outcome).packed, buf) : outcome;
}
/** Files in the order workers take them: largest first, so the last to finish is a small one. */
function largestFirst(sizes) {
    return sizes.map((_, i) => i).sort((a, b) => sizes[b] - sizes[a] || a - b);
}
/** A worker thread working through the shared queue; `settled` once it has no more files, or failed. */
class WorkerLane {
    worker;
    /** It ingested at least one file (it started and answered). */
    worked = false;
    settled;
    constructor(worker, job, onResponse) {
        this.worker = worker;
        this.settled = new Promise((resolve) => {
            worker.on('message', (message) => {
                if (message.kind === 'done') {
                    this.worked = true;
                    onResponse(message);
                }
                else if (message.kind === 'finished')
                    resolve();
            });
            // A file it took and never answered is ingested on the main thread (see ingestFiles).
            worker.on('error', () => resolve());
            worker.on('exit', () => resolve());
        });
        worker.postMessage(job);
    }
    terminate() {
        return this.worker.terminate();
    }
}
/**
 * Ingests `files` and calls `onOutcome` for each, in file order. `onOutcome` runs on the main
 * thread, so it may add to a merge. Resolves with the number of worker threads that took part.
 */
async function ingestFiles(files, options, parallel, onOutcome) {
    const sizes = files.map((f) => {
        try {
            return external_node_fs_.statSync(f.path).size;
        }
        catch {
            return 0;
        }
    });
    const total = sizes.reduce((a, b) => a + b, 0);
    const wanted = parallel.workers ?? Math.min(MAX_DEFAULT_WORKERS, external_node_os_.availableParallelism() - 1);
    const launch = wanted > 0 && files.length > 1 && total >= (parallel.minBytesForWorkers ?? DEFAULT_MIN_BYTES) ? workerLauncher() : undefined;
    // No more threads than files (the main thread counts when it takes files too).
    const workerCount = launch ? Math.min(wanted, (parallel.mainThreadIngests ?? true) ? files.length - 1 : files.length) : 0;
    const outcomes = new Array(files.length);
    let committed = 0;
    const commit = (index, outcome) => {
        outcomes[index] = outcome;
        while (committed < files.length && outcomes[committed] !== undefined) {
            onOutcome(committed, outcomes[committed]);
            outcomes[committed] = undefined; // handed over: let it go
            committed++;
        }
    };
    const onMain = async (index, bytes) => {
        const file = files[index];
        let buf = bytes;
        if (!buf) {
            try {
                buf = await readWholeFileAhead(file.path);
            }
            catch (err) {
                commit(index, { ok: false, problems: [(0,ingest/* unreadable */.O$)(file.name, err)] });
                return;
            }
        }
        commit(index, ingestOnThisThread(buf, file.name, options));
    };
    if (workerCount === 0) {
        for (let i = 0; i < files.length; i++)
            await onMain(i);
        return 0;
    }
    // Each thread takes the next file, the largest first, as it finishes one (file-queue.ts: it
    // reads the next ahead while it has taken fewer than its share); the main thread also
    // checks the skeletons the workers left to it (deferLogCheck), adds the records to the merge in
    // file order, and ingests itself whatever a worker could not.
    const order = largestFirst(sizes);
    const mainIngests = parallel.mainThreadIngests ?? true;
    const next = FileQueue.counter();
    const job = { files: files.map(({ path, name }, i) => ({ path, name, size: sizes[i] })), order, next, threads: workerCount + (mainIngests ? 1 : 0), options: { ...options, deferLogCheck: true } };
    const answered = new Set();
    const handling = [];
    const handle = (response) => {
        const index = response.id;
        answered.add(index);
        const buf = response.bytes ? Buffer.from(response.bytes, 0, response.length) : undefined;
        const outcome = response.outcome;
        if (!outcome || response.error !== undefined || !buf)
            return onMain(index, buf);
        // A broken file, or a log that fails the schema: ingested again here, the way that lists
        // every problem of it (with the log's own).
        if (!outcome.ok)
            return onMain(index, buf);
        const { uncheckedLog, ...ingested } = outcome.file;
        if (uncheckedLog !== undefined && !(0,ingest/* checkDeferredLog */.Qc)(uncheckedLog))
            return onMain(index, buf);
        commit(index, unpackOutcome({ ok: true, file: ingested }, buf));
        return undefined;
    };
    const lanes = [];
    try {
        for (let w = 0; w < workerCount; w++)
            lanes.push(new WorkerLane(launch(), job, (response) => handling.push(handle(response))));
        // The main thread takes files too (it would otherwise wait), between adding the workers' to the merge.
        await new Promise((resolve) => setImmediate(resolve));
        if (mainIngests) {
            const queue = new FileQueue(next, order, files.map((f) => f.path), job.threads);
            // While its first file is read: the walk's memory for it (ResultWalk.prepare).
            const prepare = options.keepObjects ? undefined : (index) => (0,result_scans/* prepareWalk */.J2)(sizes[index]);
            for await (const { index, bytes } of queue.files(prepare)) {
                answered.add(index);
                const file = files[index];
                if (bytes instanceof Error) {
                    commit(index, { ok: false, problems: [(0,ingest/* unreadable */.O$)(file.name, bytes)] });
                }
                else {
                    commit(index, ingestOnThisThread(bytes, file.name, options));
                }
                // Lets the workers' answers in before the next file.
                await new Promise((resolve) => setImmediate(resolve));
            }
        }
        await Promise.all(lanes.map((lane) => lane.settled));
        await Promise.all(handling);
        // Files a worker took but never answered (it crashed, or could not start its code).
        for (const index of order)
            if (!answered.has(index))
                await onMain(index);
        return lanes.filter((lane) => lane.worked).length;
    }
    catch (err) {
        throw new Error(`ingesting SARIF files in parallel failed: ${(0,errors/* errorMessage */.gJ)(err)}`, { cause: err });
    }
    finally {
        await Promise.all(lanes.map((lane) => lane.terminate()));
    }
}

// EXTERNAL MODULE: ./lib/sarif/limits.ts
var sarif_limits = __webpack_require__(43166);
// EXTERNAL MODULE: ./lib/sarif/github-limits.ts
var github_limits = __webpack_require__(66546);
// EXTERNAL MODULE: ./lib/sarif/log.ts
var log = __webpack_require__(26970);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./lib/sarif/merged-log.ts



/**
 * The merged log as bytes: the glue around the runs' results (glue[0], results of run 0,
 * glue[1], …) and each result's JSON, as the size fit measured them, with the exact gzip of
 * those bytes (made when first asked for: its CRC-32 is a pass over the whole text). Nothing here is a JavaScript object tree of the whole log: writing it copies
 * buffers, most of them spans of the input files.
 */
class MergedSarif {
    glue;
    runs;
    deflated;
    summary;
    constructor(
    /** Text around the results. */
    glue, 
    /** Per run: its skeleton (results left out) and the text of its results, in output order. */
    runs, 
    /** The deflate stream of exactly these bytes, in pieces, as measured against GitHub's limit. */
    deflated, summary) {
        this.glue = glue;
        this.runs = runs;
        this.deflated = deflated;
        this.summary = summary;
    }
    gzipped;
    /** The gzip of the log's text (summary.gzipBytes long). */
    get gzip() {
        this.gzipped ??= (0,chunked_gzip/* assembleGzip */.pc)(this.deflated, this.pieces());
        return this.gzipped;
    }
    /** Every buffer of the log's text, in order. */
    *pieces() {
        yield this.glue[0];
        for (let r = 0; r < this.runs.length; r++) {
            yield this.runs[r].results;
            yield this.glue[r + 1];
        }
    }
    get bytes() {
        let n = 0;
        for (const piece of this.pieces())
            n += piece.length;
        return n;
    }
    /** The log's text as one buffer. */
    toBuffer() {
        return Buffer.concat([...this.pieces()]);
    }
    /** The log as an object (parsed from its text: a copy the caller may change). */
    toLog() {
        return JSON.parse(this.toBuffer().toString('utf8'));
    }
    /**
     * Writes the log (or, with `gzip`, its gzip) to `file`, through a temporary file renamed into
     * place so a reader never sees half a log; the folder is created.
     */
    async write(file, options = {}) {
        await promises_.mkdir(external_node_path_.dirname(external_node_path_.resolve(file)), { recursive: true });
        const temporary = `${file}.${process.pid}.tmp`;
        const handle = await promises_.open(temporary, 'w');
        try {
            if (options.gzip)
                await handle.write(this.gzip);
            else
                await writeAll(handle, this.pieces());
            await handle.close();
            await promises_.rename(temporary, file);
        }
        catch (err) {
            await handle.close().catch(() => { });
            await promises_.rm(temporary, { force: true });
            throw err;
        }
    }
}
/** Writes many small buffers through a few large writes. */
async function writeAll(handle, pieces) {
    const block = Buffer.allocUnsafe(4 << 20);
    let used = 0;
    for (const piece of pieces) {
        if (piece.length > block.length - used) {
            if (used > 0)
                await handle.write(block, 0, used);
            used = 0;
            if (piece.length > block.length) {
                await handle.write(piece);
                continue;
            }
        }
        used += piece.copy(block, used);
    }
    if (used > 0)
        await handle.write(block, 0, used);
}

// EXTERNAL MODULE: ./lib/sarif/canonical-json.ts
var canonical_json = __webpack_require__(92093);
;// CONCATENATED MODULE: ./lib/sarif/remap.ts
/**
 * Index references in SARIF, and how they move when runs are combined. A result names its rule by
 * `ruleIndex` and `rule: { index, toolComponent: { index } }`, its CWE by `taxa[]`, its files by
 * `artifactLocation.index`, and so on, all positions in tables of its run. When runs of one tool
 * and category become one run, their tables are merged (merge-run.ts) and each reference of a
 * later run is rewritten here through the maps from old position to new.
 */
/** Tables of a run that results refer to by position, merged element by element. */
const INDEXED_TABLES = ['artifacts', 'logicalLocations', 'threadFlowLocations', 'addresses', 'webRequests', 'webResponses'];
function identityMapping() {
    return {
        identity: true,
        driverRules: undefined,
        driverNotifications: undefined,
        extensions: undefined,
        extensionRules: [],
        extensionNotifications: [],
        taxonomies: undefined,
        taxonomyTaxa: [],
        extensionByName: new Map(),
        taxonomyByName: new Map(),
        tables: {},
    };
}
function mapped(map, index) {
    return map !== undefined && index >= 0 && index < map.length ? map[index] : index;
}
/** The source's position of the component a reference names (by index, guid or name); -1 for the driver. */
function componentOf(ref, byName) {
    const component = ref.toolComponent;
    if (!component)
        return -1;
    if (typeof component.index === 'number')
        return component.index;
    const named = (component.guid && byName.get(component.guid)) ?? (component.name && byName.get(component.name));
    return typeof named === 'number' ? named : -1;
}
/** A reference to a rule or notification descriptor (result.rule, notification.associatedRule/descriptor). */
function remapDescriptorRef(ref, m, kind) {
    const component = componentOf(ref, m.extensionByName);
    const map = component === -1 ? (kind === 'rules' ? m.driverRules : m.driverNotifications) : (kind === 'rules' ? m.extensionRules : m.extensionNotifications)[component];
    if (typeof ref.index === 'number')
        ref.index = mapped(map, ref.index);
    if (component !== -1 && typeof ref.toolComponent?.index === 'number')
        ref.toolComponent.index = mapped(m.extensions, ref.toolComponent.index);
}
/** A reference to a taxon (result.taxa[], threadFlowLocation.taxa[]). */
function remapTaxonRef(ref, m) {
    const taxonomy = componentOf(ref, m.taxonomyByName);
    if (taxonomy === -1)
        return;
    if (typeof ref.index === 'number')
        ref.index = mapped(m.taxonomyTaxa[taxonomy], ref.index);
    if (typeof ref.toolComponent?.index === 'number')
        ref.toolComponent.index = mapped(m.taxonomies, ref.toolComponent.index);
}
function remapIndexed(node, map, parent = false) {
    if (typeof node !== 'object' || node === null || map === undefined)
        return;
    const record = node;
    if (typeof record.index === 'number')
        record.index = mapped(map, record.index);
    if (parent && typeof record.parentIndex === 'number')
        record.parentIndex = mapped(map, record.parentIndex);
}
/** Rewrites every index reference below `node` (a result, an invocation, a rule) in place. */
function remapReferences(node, m) {
    if (m.identity)
        return;
    const visit = (value, key) => {
        if (Array.isArray(value)) {
            if (key === 'taxa')
                for (const ref of value)
                    if (typeof ref === 'object' && ref !== null)
                        remapTaxonRef(ref, m);
            if (key === 'logicalLocations')
                for (const item of value)
                    remapIndexed(item, m.tables.logicalLocations, true);
            for (const item of value)
                if (typeof item === 'object' && item !== null)
                    visit(item, undefined);
            return;
        }
        const record = value;
        for (const k in record) {
            const child = record[k];
            if (typeof child !== 'object' || child === null)
                continue;
            switch (k) {
                case 'artifactLocation':
                case 'analysisTarget':
                    remapIndexed(child, m.tables.artifacts);
                    continue; // an artifactLocation holds nothing else with an index
                case 'address':
                    remapIndexed(child, m.tables.addresses, true);
                    break;
                case 'webRequest':
                    remapIndexed(child, m.tables.webRequests);
                    break;
                case 'webResponse':
                    remapIndexed(child, m.tables.webResponses);
                    break;
                case 'associatedRule':
                    remapDescriptorRef(child, m, 'rules');
                    continue;
                case 'descriptor':
                    remapDescriptorRef(child, m, 'notifications');
                    continue;
                case 'threadFlows':
                    // A thread flow's steps may refer to run.threadFlowLocations by index.
                    for (const thread of child) {
                        for (const step of thread?.locations ?? [])
                            remapIndexed(step, m.tables.threadFlowLocations);
                    }
                    break;
                case 'message':
                case 'properties':
                case 'partialFingerprints':
                case 'fingerprints':
                    continue;
            }
            visit(child, k);
        }
    };
    visit(node, undefined);
}
/** Rewrites a result's references, its rule first (ruleIndex and rule name the same descriptor). */
function remapResult(result, m) {
    if (m.identity)
        return;
    const ref = (result.rule ?? {});
    const component = componentOf(ref, m.extensionByName);
    const rules = component === -1 ? m.driverRules : m.extensionRules[component];
    if (typeof result.ruleIndex === 'number')
        result.ruleIndex = mapped(rules, result.ruleIndex);
    if (result.rule)
        remapDescriptorRef(result.rule, m, 'rules');
    const { rule, ruleIndex, ...rest } = result;
    void rule;
    void ruleIndex;
    remapReferences(rest, m);
}

;// CONCATENATED MODULE: ./lib/sarif/merge-run.ts


function stateOf(component) {
    const index = (list) => {
        const map = new Map();
        (list ?? []).forEach((d, i) => {
            if (d && typeof d.id === 'string' && !map.has(d.id))
                map.set(d.id, i);
        });
        return map;
    };
    return { component, rules: index(component.rules), notifications: index(component.notifications), taxa: index(component.taxa) };
}
function componentKey(component) {
    return component.guid ?? component.name;
}
/** A map that moves nothing is no map. */
function orIdentity(map) {
    for (let i = 0; i < map.length; i++)
        if (map[i] !== i)
            return map;
    return undefined;
}
/**
 * Keys of a table's entries: artifacts by where they are (URI and base, not the location's own
 * `index`, which is just its position), everything else by content.
 */
function tableKey(table, entry) {
    if (table === 'artifacts' && typeof entry === 'object' && entry !== null && 'location' in entry) {
        const { index: _index, ...location } = (entry.location ?? {});
        return (0,canonical_json/* canonicalJson */.d)(location);
    }
    return (0,canonical_json/* canonicalJson */.d)(entry);
}
/** Run properties that are merged as sets of distinct entries (no index refers to them). */
const SET_PROPERTIES = ['versionControlProvenance', 'graphs', 'policies', 'translations', 'runAggregates'];
class RunCombiner {
    run;
    /** Sentences about what could not be combined cleanly (conflicting base URIs). */
    notes = [];
    driver;
    extensions;
    extensionKeys = new Map();
    taxonomies;
    taxonomyKeys = new Map();
    tableKeys = {};
    sources = 1;
    /**
     * Takes `first` over (the merge's own copy: ingest parsed it, or cloned a caller's log) and
     * changes it; later runs are only read.
     */
    constructor(first) {
        const { results: _results, ...skeleton } = first;
        this.run = skeleton;
        this.driver = stateOf(this.run.tool.driver);
        this.extensions = (this.run.tool.extensions ?? []).map(stateOf);
        this.extensions.forEach((s, i) => this.extensionKeys.set(componentKey(s.component), i));
        this.taxonomies = (this.run.taxonomies ?? []).map(stateOf);
        this.taxonomies.forEach((s, i) => this.taxonomyKeys.set(componentKey(s.component), i));
    }
    /** How many runs were combined into this one. */
    get sourceCount() {
        return this.sources;
    }
    /** Merges a later run's tables into this run; returns how its results' references move. */
    add(source) {
        this.sources++;
        const m = identityMapping();
        (source.tool.extensions ?? []).forEach((e, i) => {
            m.extensionByName.set(e.name, i);
            if (e.guid)
                m.extensionByName.set(e.guid, i);
        });
        (source.taxonomies ?? []).forEach((t, i) => {
            m.taxonomyByName.set(t.name, i);
            if (t.guid)
                m.taxonomyByName.set(t.guid, i);
        });
        // Taxonomies first: rules appended below may point at taxa through their relationships.
        const taxonomyMap = new Int32Array((source.taxonomies ?? []).length);
        (source.taxonomies ?? []).forEach((taxonomy, i) => {
            const { index, state } = this.componentFor(taxonomy, this.taxonomies, this.taxonomyKeys, (this.run.taxonomies ??= []));
            taxonomyMap[i] = index;
            m.taxonomyTaxa[i] = this.mergeDescriptors(state, 'taxa', taxonomy.taxa, m);
        });
        m.taxonomies = orIdentity(taxonomyMap);
        const extensionMap = new Int32Array((source.tool.extensions ?? []).length);
        (source.tool.extensions ?? []).forEach((extension, i) => {
            const { index, state } = this.componentFor(extension, this.extensions, this.extensionKeys, (this.run.tool.extensions ??= []));
            extensionMap[i] = index;
            m.extensionRules[i] = this.mergeDescriptors(state, 'rules', extension.rules, m);
            m.extensionNotifications[i] = this.mergeDescriptors(state, 'notifications', extension.notifications, m);
        });
        m.extensions = orIdentity(extensionMap);
        m.driverRules = this.mergeDescriptors(this.driver, 'rules', source.tool.driver.rules, m);
        m.driverNotifications = this.mergeDescriptors(this.driver, 'notifications', source.tool.driver.notifications, m);
        for (const table of INDEXED_TABLES)
            m.tables[table] = this.mergeTable(table, source[table]);
        m.identity =
            m.taxonomies === undefined &&
                m.extensions === undefined &&
                m.driverRules === undefined &&
                m.driverNotifications === undefined &&
                m.extensionRules.every((x) => x === undefined) &&
                m.extensionNotifications.every((x) => x === undefined) &&
                m.taxonomyTaxa.every((x) => x === undefined) &&
                INDEXED_TABLES.every((t) => m.tables[t] === undefined);
        this.mergeRest(source, m);
        return m;
    }
    componentFor(component, states, keys, list) {
        const key = componentKey(component);
        const existing = keys.get(key);
        if (existing !== undefined)
            return { index: existing, state: states[existing] };
        // A new component: its descriptors are appended one by one below, so start it empty.
        const { rules: _r, notifications: _n, taxa: _t, ...rest } = component;
        const copy = structuredClone(rest);
        list.push(copy);
        const state = stateOf(copy);
        states.push(state);
        keys.set(key, list.length - 1);
        return { index: list.length - 1, state };
    }
    /** Appends the descriptors the component lacks (by id); maps every source position to its new one. */
    mergeDescriptors(state, kind, descriptors, m) {
        const list = descriptors ?? [];
        if (list.length === 0)
            return undefined;
        const target = (state.component[kind] ??= []);
        const byId = state[kind];
        const map = new Int32Array(list.length);
        list.forEach((descriptor, i) => {
            const existing = byId.get(descriptor.id);
            if (existing !== undefined) {
                map[i] = existing;
                return;
            }
            const copy = structuredClone(descriptor);
            // Its relationships may name taxa of the source's taxonomies by position.
            for (const relationship of copy.relationships ?? [])
                remapReferences({ taxa: [relationship.target] }, { ...m, identity: false });
            byId.set(copy.id, target.length);
            map[i] = target.length;
            target.push(copy);
        });
        return orIdentity(map);
    }
    mergeTable(table, entries) {
        if (!entries || entries.length === 0)
            return undefined;
        const target = (this.run[table] ??= []);
        let keys = this.tableKeys[table];
        if (!keys) {
            keys = new Map();
            target.forEach((entry, i) => {
                const key = tableKey(table, entry);
                if (!keys.has(key))
                    keys.set(key, i);
            });
            this.tableKeys[table] = keys;
        }
        const map = new Int32Array(entries.length);
        entries.forEach((entry, i) => {
            const key = tableKey(table, entry);
            const existing = keys.get(key);
            if (existing !== undefined) {
                map[i] = existing;
                return;
            }
            const copy = structuredClone(entry);
            // Parents come before their children in these tables, so a parent's new position is known.
            if (typeof copy.parentIndex === 'number' && copy.parentIndex < i)
                copy.parentIndex = map[copy.parentIndex];
            // An entry that states its own position (artifact.location.index, logicalLocation.index) moves with it.
            if (typeof copy.location?.index === 'number')
                copy.location.index = target.length;
            if (table !== 'artifacts' && typeof copy.index === 'number')
                copy.index = target.length;
            keys.set(key, target.length);
            map[i] = target.length;
            target.push(copy);
        });
        return orIdentity(map);
    }
    /** Invocations are appended; base URIs, provenance and other properties the first run lacks are added. */
    mergeRest(source, m) {
        if (source.invocations?.length) {
            const invocations = structuredClone(source.invocations);
            for (const invocation of invocations)
                remapReferences(invocation, m);
            (this.run.invocations ??= []).push(...invocations);
        }
        for (const [name, base] of Object.entries(source.originalUriBaseIds ?? {})) {
            const bases = (this.run.originalUriBaseIds ??= {});
            const existing = bases[name];
            if (!existing)
                bases[name] = structuredClone(base);
            else if ((0,canonical_json/* canonicalJson */.d)(existing) !== (0,canonical_json/* canonicalJson */.d)(base)) {
                this.notes.push(`uriBaseId ${name} means ${JSON.stringify(base.uri)} in one run and ${JSON.stringify(existing.uri)} in another; the first is kept`);
            }
        }
        for (const property of SET_PROPERTIES) {
            const extra = source[property];
            if (!extra?.length)
                continue;
            const target = (this.run[property] ??= []);
            const seen = new Set(target.map(canonical_json/* canonicalJson */.d));
            for (const entry of extra) {
                const key = (0,canonical_json/* canonicalJson */.d)(entry);
                if (!seen.has(key)) {
                    seen.add(key);
                    target.push(structuredClone(entry));
                }
            }
        }
        const handled = new Set(['tool', 'results', 'invocations', 'originalUriBaseIds', 'taxonomies', 'automationDetails', ...INDEXED_TABLES, ...SET_PROPERTIES]);
        for (const [key, value] of Object.entries(source)) {
            if (handled.has(key) || value === undefined)
                continue;
            const run = this.run;
            if (run[key] === undefined)
                run[key] = structuredClone(value);
        }
    }
}

// EXTERNAL MODULE: ./lib/sarif/problems.ts
var problems = __webpack_require__(28410);
;// CONCATENATED MODULE: ./lib/sarif/prune-run.ts

function ruleCount(run) {
    return (run.tool.driver.rules?.length ?? 0) + (run.tool.extensions ?? []).reduce((n, e) => n + (e.rules?.length ?? 0), 0);
}
/** Old position → new in a list filtered by `keep`; -1 for removed entries. */
function filterWithMap(list, keep) {
    const map = new Int32Array(list.length);
    const kept = [];
    list.forEach((item, i) => {
        if (keep(item, i)) {
            map[i] = kept.length;
            kept.push(item);
        }
        else
            map[i] = -1;
    });
    return { kept, map };
}
function pruneRun(run, records, limits) {
    const extensions = run.tool.extensions ?? [];
    const rulesOver = ruleCount(run) > limits.rulesPerRun;
    const extensionsOver = extensions.length > limits.toolExtensionsPerRun;
    if (!rulesOver && !extensionsOver)
        return undefined;
    const used = new Set();
    const bestRank = new Map();
    for (const r of records) {
        used.add(r.ruleId);
        bestRank.set(r.ruleId, Math.max(bestRank.get(r.ruleId) ?? -1, r.rank));
    }
    const outcome = {
        mapping: { ...identityMapping(), identity: false },
        unusedRulesRemoved: 0,
        usedRulesRemoved: 0,
        droppedRuleIds: new Set(),
        extensionsRemoved: 0,
        extensionsOver: 0,
    };
    // Extensions no result uses a rule of.
    const componentUsed = (c) => (c.rules ?? []).some((rule) => used.has(rule.id));
    if (extensionsOver) {
        let spare = extensions.length - limits.toolExtensionsPerRun;
        const { kept, map } = filterWithMap(extensions, (e) => {
            if (spare > 0 && !componentUsed(e)) {
                spare--;
                return false;
            }
            return true;
        });
        outcome.extensionsRemoved = extensions.length - kept.length;
        outcome.extensionsOver = Math.max(0, kept.length - limits.toolExtensionsPerRun);
        run.tool.extensions = kept;
        outcome.mapping.extensions = map;
    }
    const components = [run.tool.driver, ...(run.tool.extensions ?? [])];
    const removeRules = (shouldGo, max) => {
        let removed = 0;
        for (const component of components) {
            if (!component.rules)
                continue;
            component.rules = component.rules.filter((rule) => {
                if (removed < max && shouldGo(rule)) {
                    removed++;
                    return false;
                }
                return true;
            });
        }
        return removed;
    };
    // Rules in their positions before pruning, to build the maps afterwards.
    const before = components.map((c) => [...(c.rules ?? [])]);
    if (rulesOver) {
        outcome.unusedRulesRemoved = removeRules((rule) => !used.has(rule.id), ruleCount(run) - limits.rulesPerRun);
        const over = ruleCount(run) - limits.rulesPerRun;
        if (over > 0) {
            // Every remaining rule is in use: the least severe go, with their results.
            const byRank = [...new Set(components.flatMap((c) => (c.rules ?? []).map((rule) => rule.id)))].sort((a, b) => (bestRank.get(a) ?? -1) - (bestRank.get(b) ?? -1));
            for (const id of byRank.slice(0, over))
                outcome.droppedRuleIds.add(id);
            outcome.usedRulesRemoved = removeRules((rule) => outcome.droppedRuleIds.has(rule.id), over);
        }
    }
    const maps = components.map((c, i) => {
        const positions = new Map((c.rules ?? []).map((rule, k) => [rule, k]));
        return Int32Array.from(before[i], (rule) => positions.get(rule) ?? -1);
    });
    outcome.mapping.driverRules = maps[0];
    // extensionRules is indexed by the extension's position before pruning.
    const extensionMap = outcome.mapping.extensions;
    outcome.mapping.extensionRules = extensions.map((_, old) => {
        const now = extensionMap ? extensionMap[old] : old;
        return now === -1 ? undefined : maps[now + 1];
    });
    return outcome;
}

// EXTERNAL MODULE: ./lib/sarif/rebase.ts
var rebase = __webpack_require__(70246);
// EXTERNAL MODULE: ./lib/sarif/types.ts
var types = __webpack_require__(62105);
// EXTERNAL MODULE: ./lib/sarif/uri.ts
var uri = __webpack_require__(29922);
// EXTERNAL MODULE: ./lib/sarif/count-text.ts
var count_text = __webpack_require__(35055);
;// CONCATENATED MODULE: ./lib/sarif/merge.ts























const n = count_text/* countText */.l;
/**
 * The distinct ranks among `ranks`, highest first, with how many have each, and which of them a
 * rank is. Ranks are small non-negative integers (rankOf), so they are counted in a typed array
 * indexed by rank, not a Map: one lookup per result of 200,000.
 */
function rankGroups(ranks) {
    let max = 0;
    for (let p = 0; p < ranks.length; p++)
        if (ranks[p] > max)
            max = ranks[p];
    const byRank = new Int32Array(max + 1);
    for (let p = 0; p < ranks.length; p++)
        byRank[ranks[p]]++;
    const distinct = [];
    const counts = [];
    const group = new Int32Array(max + 1);
    for (let rank = max; rank >= 0; rank--) {
        if (byRank[rank] === 0)
            continue;
        group[rank] = distinct.length;
        distinct.push(rank);
        counts.push(byRank[rank]);
    }
    return { ranks: distinct, counts, groupOf: (rank) => group[rank] };
}
/**
 * The `limit` most severe results the deduper holds, as records sorted most severe first (equal
 * ones in the order they came), and how many of each severity the others are. The deduper holds
 * results in arrival (seq) order and ranks take few distinct values, so the cut-off rank is found
 * by counting, the first results of that rank are the ones a full sort would keep, and what is
 * kept is sorted by a stable placement per rank, without comparing. Only kept results become
 * record objects.
 */
function mostSevere(dedupe, limit) {
    const total = dedupe.count;
    const ranks = new Float64Array(total);
    for (let p = 0; p < total; p++)
        ranks[p] = dedupe.rankAt(p);
    let cutRank = -Infinity;
    let atCut = 0; // how many results of the cut-off rank still fit
    if (total > limit) {
        const groups = rankGroups(ranks);
        let room = limit;
        for (let g = 0; g < groups.ranks.length; g++) {
            if (groups.counts[g] >= room) {
                cutRank = groups.ranks[g];
                atCut = room;
                break;
            }
            room -= groups.counts[g];
        }
    }
    const keptAt = new Int32Array(Math.min(total, limit));
    const keptRanks = new Float64Array(keptAt.length);
    let k = 0;
    const droppedCounts = (0,severity/* countBySeverity */.Ot)([]);
    for (let p = 0; p < total; p++) {
        const rank = ranks[p];
        if (rank > cutRank || (rank === cutRank && atCut-- > 0)) {
            keptAt[k] = p;
            keptRanks[k++] = rank;
        }
        else
            droppedCounts[dedupe.severityAt(p)]++;
    }
    const { counts, groupOf } = rankGroups(keptRanks);
    const next = new Int32Array(counts.length);
    for (let g = 1; g < counts.length; g++)
        next[g] = next[g - 1] + counts[g - 1];
    const kept = new Array(k);
    for (let i = 0; i < k; i++)
        kept[next[groupOf(keptRanks[i])]++] = dedupe.recordAt(keptAt[i]);
    return { kept, dropped: total - k, droppedBySeverity: nonZero(droppedCounts) };
}
/** How many results of each severity a run's deduper holds. */
function heldSeverities(dedupe) {
    const counts = (0,severity/* countBySeverity */.Ot)([]);
    for (let p = 0; p < dedupe.count; p++)
        counts[dedupe.severityAt(p)]++;
    return counts;
}
/** Counts per severity added up. */
function sumSeverities(list) {
    const sum = (0,severity/* countBySeverity */.Ot)([]);
    for (const counts of list)
        for (const severity of Object.keys(sum))
            sum[severity] += counts[severity];
    return sum;
}
/** The severities that occur (a count above 0). */
function nonZero(counts) {
    return Object.fromEntries(Object.entries(counts).filter(([, v]) => v > 0));
}
function severities(records) {
    // Counted as they are read (no array of 100,000 severities in between).
    const counts = (0,severity/* countBySeverity */.Ot)([]);
    for (const r of records)
        counts[r.severity]++;
    return nonZero(counts);
}
/** Runs compared by their most severe results: critical count, then high, … (higher first). */
function compareRunSeverity(a, b) {
    for (const s of ['critical', 'high', 'medium', 'low', 'note'])
        if (a[s] !== b[s])
            return b[s] - a[s];
    return 0;
}
class SarifMerger {
    options;
    limits;
    ingestOptions;
    states = new Map();
    order = [];
    inputs = [];
    tally = (0,sarif_limits/* emptyTally */.CK)();
    rebase = (0,rebase/* emptyRebaseCounts */.Ct)();
    problems = [];
    /** Worker threads the last addFiles used (0: all on the main thread). */
    workersUsed = 0;
    seq = 0;
    constructor(options) {
        this.options = { ...options, checkoutRoot: external_node_path_.resolve(options.checkoutRoot) };
        this.limits = (0,sarif_limits/* sarifLimits */.gM)(options.limits);
        this.ingestOptions = { checkoutRoot: this.options.checkoutRoot, limits: this.limits };
    }
    /** Reads and adds one file; a broken file adds its problems instead. True when it was added. */
    async addFile(file, name = file) {
        const outcome = await (0,ingest/* ingestSarifFile */.Og)(file, this.ingestOptions, name);
        if (!outcome.ok) {
            this.problems.push(...outcome.problems);
            return false;
        }
        this.addIngested(outcome.ingested);
        return true;
    }
    /**
     * Reads and adds files, several at once on worker threads when they are large
     * (ingest-pool.ts), in the order given. Returns how many were added; broken ones add problems.
     */
    async addFiles(files) {
        let added = 0;
        this.workersUsed = await ingestFiles(files, this.ingestOptions, this.options.parallel ?? {}, (_, outcome) => {
            if (outcome.ok) {
                this.addIngested(outcome.ingested);
                added++;
            }
            else
                this.problems.push(...outcome.problems);
        });
        return added;
    }
    /** Adds a log object (not changed); a log that breaks the schema adds its problems instead. */
    addLog(log, name) {
        const outcome = (0,ingest/* ingestLog */.bx)(log, name, this.ingestOptions);
        if (!outcome.ok) {
            this.problems.push(...outcome.problems);
            return false;
        }
        this.addIngested(outcome.ingested);
        return true;
    }
    addIngested(ingested) {
        let results = 0;
        for (const ingestedRun of ingested.runs) {
            const { run } = ingestedRun;
            if (this.options.category !== undefined && !run.automationDetails?.id)
                run.automationDetails = { id: (0,sarif_category/* automationIdFor */._B)(this.options.category) };
            const identity = (0,sarif_category/* runIdentity */.yK)(run);
            const key = (0,sarif_category/* identityKey */.US)(identity);
            let state = this.states.get(key);
            if (!state) {
                state = {
                    identity,
                    combiner: new RunCombiner(run),
                    mappings: [identityMapping()],
                    automationIds: new Set(),
                    files: new Set(),
                    dedupe: new ResultDeduper(),
                    resultsIn: 0,
                };
                this.states.set(key, state);
                this.order.push(state);
            }
            else {
                state.mappings.push(state.combiner.add(run));
            }
            state.automationIds.add(run.automationDetails?.id ?? '');
            state.files.add(ingested.file);
            const source = state.mappings.length - 1;
            let count;
            if (ingestedRun.rows) {
                // Columns: taken as rows, made objects only for the results kept (dedupe.ts).
                count = ingestedRun.rows.count;
                state.dedupe.addRows(ingestedRun.rows, source, this.seq);
                this.seq += count;
            }
            else {
                const { records } = ingestedRun;
                count = records.length;
                state.dedupe.reserve(count);
                for (const record of records) {
                    record.source = source;
                    record.seq = this.seq++;
                    state.dedupe.add(record);
                }
            }
            state.resultsIn += count;
            results += count;
        }
        this.inputs.push({ file: ingested.file, runs: ingested.runs.length, results, bytes: ingested.bytes });
        for (const key of Object.keys(this.tally))
            this.tally[key] += ingested.tally[key];
        this.rebase.danglingIndexes += ingested.rebase.danglingIndexes;
        this.rebase.madeRelative += ingested.rebase.madeRelative;
        this.rebase.moved += ingested.rebase.moved;
        this.rebase.outside += ingested.rebase.outside;
        for (const uri of ingested.rebase.outsideExamples)
            if (this.rebase.outsideExamples.length < 3)
                this.rebase.outsideExamples.push(uri);
    }
    /** Applies the limits, fills fingerprints, fits the size; the merged log with its summary. */
    async finish() {
        const limits = this.limits;
        const cuts = [];
        const notes = [];
        // Runs per file: those with the most severe results stay.
        let states = this.order;
        if (states.length > limits.runsPerFile) {
            const profiles = new Map(states.map((s) => [s, heldSeverities(s.dedupe)]));
            const ranked = [...states].sort((a, b) => compareRunSeverity(profiles.get(a), profiles.get(b)) || states.indexOf(a) - states.indexOf(b));
            const kept = new Set(ranked.slice(0, limits.runsPerFile));
            const dropped = states.filter((s) => !kept.has(s));
            states = states.filter((s) => kept.has(s));
            cuts.push({
                limit: 'runsPerFile',
                removed: dropped.length,
                bySeverity: nonZero(sumSeverities(dropped.map((s) => profiles.get(s)))),
                message: `${n(this.order.length)} runs, GitHub takes ${n(limits.runsPerFile)} per file: kept the ${n(limits.runsPerFile)} with the most severe results, dropped ` +
                    dropped.map((s) => `${(0,sarif_category/* describeIdentity */.Cl)(s.identity)} (${n(s.dedupe.count)} results${s.dedupe.count ? `: ${(0,sarif_limits/* describeSeverities */.h1)(nonZero(profiles.get(s)))}` : ''})`).join(', ') +
                    '.',
            });
        }
        const runs = [];
        let helpAdded = 0;
        for (const state of states) {
            const run = state.combiner.run;
            const label = (0,sarif_category/* describeIdentity */.Cl)(state.identity);
            const { kept, dropped, droppedBySeverity } = mostSevere(state.dedupe, limits.resultsPerRun);
            let records = kept;
            if (dropped > 0) {
                cuts.push({
                    limit: 'resultsPerRun',
                    run: label,
                    removed: dropped,
                    bySeverity: droppedBySeverity,
                    message: `${label} had ${n(records.length + dropped)} results, GitHub takes ${n(limits.resultsPerRun)} per run: kept the ${n(limits.resultsPerRun)} most severe, dropped ${n(dropped)} (${(0,sarif_limits/* describeSeverities */.h1)(droppedBySeverity)}).`,
                });
            }
            // Results of a run combined into another refer to its tables by their old positions.
            for (const record of records) {
                const mapping = state.mappings[record.source];
                if (mapping.identity)
                    continue;
                const result = (0,ingest/* recordObject */.NV)(record);
                remapResult(result, mapping);
                setText(record, result);
            }
            records = this.applyPrune(run, records, label, cuts);
            const components = [run.tool.driver, ...(run.tool.extensions ?? [])];
            for (const rule of components.flatMap((c) => c.rules ?? []))
                (0,sarif_limits/* trimRule */.XQ)(rule, limits, this.tally);
            for (const descriptor of components.flatMap((c) => [...(c.rules ?? []), ...(c.notifications ?? [])])) {
                if (fillHelp(descriptor, state.identity.tool, limits))
                    helpAdded++;
            }
            this.settleIdentity(run, state);
            run.originalUriBaseIds = { ...run.originalUriBaseIds, [types/* SRCROOT */.H]: { uri: (0,uri/* directoryUri */.et)(this.options.checkoutRoot) } };
            if (state.combiner.sourceCount > 1) {
                notes.push(`${state.combiner.sourceCount} runs of ${label} (from ${[...state.files].join(', ')}) were combined into one: GitHub refuses two runs of one tool and category in an upload.`);
            }
            for (const note of state.combiner.notes)
                notes.push(`${label}: ${note}`);
            runs.push({ state, run, records });
        }
        cuts.push(...(0,sarif_limits/* tallyCuts */.cP)(this.tally, limits));
        const fingerprints = { added: 0, kept: 0, skipped: 0 };
        if (this.options.fingerprints !== false)
            await this.fillFingerprints(runs, fingerprints);
        // Size: the least severe results go until the gzipped log fits.
        const glue = glueOf(runs.map((r) => r.run));
        // The text goes into this thread's walk memory, mapped already and done with (takeWalkMemory).
        const alloc = (0,result_scans/* takeWalkMemory */._w)();
        const texts = runs.map(({ records }) => (0,ingest/* recordsText */.iF)(records, alloc));
        const fit = await fitGzipSize({
            glue,
            runs: runs.map(({ records }, r) => ({ ...texts[r], ranks: records.map((x) => x.rank) })),
            limitBytes: limits.gzippedBytes,
        });
        const droppedForSize = runs.flatMap(({ records }, r) => records.slice(fit.keep[r]));
        if (droppedForSize.length > 0 || !fit.fits) {
            const bySev = severities(droppedForSize);
            cuts.push({
                limit: 'gzippedBytes',
                removed: droppedForSize.length,
                bySeverity: bySev,
                message: fit.fits
                    ? `The log was over ${mb(limits.gzippedBytes)} gzipped, GitHub's limit: dropped the ${n(droppedForSize.length)} least severe results (${(0,sarif_limits/* describeSeverities */.h1)(bySev)}) to bring it to ${mb(fit.gzipBytes)}.`
                    : `Even without results the log is ${mb(fit.gzipBytes)} gzipped, over GitHub's ${mb(limits.gzippedBytes)}: its rules and tables are too large, and GitHub will refuse it.`,
            });
        }
        if (helpAdded > 0) {
            notes.push(`${n(helpAdded)} rules lacked a short or full description or help, which GitHub shows with each alert (sarif-multitool's GH2012); they were filled from the rule's other texts.`);
        }
        if (this.rebase.danglingIndexes > 0) {
            notes.push(`${n(this.rebase.danglingIndexes)} locations referred to entries of run.artifacts that do not exist; the index was removed and the URI kept.`);
        }
        if (this.rebase.outside > 0) {
            notes.push(`${n(this.rebase.outside)} locations point outside the checkout (e.g. ${this.rebase.outsideExamples.join(', ')}); they were kept as they are, and GitHub cannot show them on a file of the repository.`);
        }
        const duplicates = runs.reduce((x, r) => x + r.state.dedupe.duplicates, 0);
        if (duplicates > 0)
            notes.push(`${n(duplicates)} duplicate results removed (same rule, location and fingerprint).`);
        const summary = {
            inputs: this.inputs,
            runs: runs.map(({ state }, r) => ({
                tool: state.identity.tool,
                category: state.identity.category,
                sources: state.combiner.sourceCount,
                resultsIn: state.resultsIn,
                duplicates: state.dedupe.duplicates,
                results: fit.keep[r],
            })),
            resultsIn: this.order.reduce((x, s) => x + s.resultsIn, 0),
            duplicates: this.order.reduce((x, s) => x + s.dedupe.duplicates, 0),
            results: fit.keep.reduce((a, b) => a + b, 0),
            cuts,
            notes,
            fingerprints,
            bytes: fit.rawBytes,
            gzipBytes: fit.gzipBytes,
            gzipLevel: fit.level,
        };
        // (Everything kept was filled while it was compressed.)
        return new MergedSarif(glue, runs.map(({ run }, r) => ({ run, results: texts[r].text.subarray(0, texts[r].offsets[fit.keep[r]]) })), fit.deflated, summary);
    }
    /** Rules and extensions over GitHub's limits; returns the records that stay. */
    applyPrune(run, records, label, cuts) {
        const pruned = pruneRun(run, records, this.limits);
        if (!pruned)
            return records;
        let kept = records;
        if (pruned.droppedRuleIds.size > 0) {
            const dropped = records.filter((r) => pruned.droppedRuleIds.has(r.ruleId));
            kept = records.filter((r) => !pruned.droppedRuleIds.has(r.ruleId));
            cuts.push({
                limit: 'rulesPerRun',
                run: label,
                removed: pruned.usedRulesRemoved,
                bySeverity: severities(dropped),
                message: `${label} uses more than ${n(this.limits.rulesPerRun)} rules, GitHub's limit per run: dropped the ${n(pruned.usedRulesRemoved)} least severe rules with their ${n(dropped.length)} results (${(0,sarif_limits/* describeSeverities */.h1)(severities(dropped))}).`,
            });
        }
        if (pruned.unusedRulesRemoved > 0) {
            cuts.push({
                limit: 'rulesPerRun',
                run: label,
                removed: pruned.unusedRulesRemoved,
                message: `${label} had more than ${n(this.limits.rulesPerRun)} rules, GitHub's limit per run: dropped ${n(pruned.unusedRulesRemoved)} rules no result uses.`,
            });
        }
        if (pruned.extensionsRemoved > 0 || pruned.extensionsOver > 0) {
            cuts.push({
                limit: 'toolExtensionsPerRun',
                run: label,
                removed: pruned.extensionsRemoved,
                message: `${label} had more than ${n(this.limits.toolExtensionsPerRun)} tool extensions, GitHub's limit: dropped ${n(pruned.extensionsRemoved)} extensions no result uses` +
                    (pruned.extensionsOver > 0 ? `; ${n(pruned.extensionsOver)} more are in use, and GitHub will refuse the run.` : '.'),
            });
        }
        for (const record of kept) {
            const result = (0,ingest/* recordObject */.NV)(record);
            remapResult(result, pruned.mapping);
            setText(record, result);
        }
        for (const invocation of run.invocations ?? [])
            remapReferences(invocation, pruned.mapping);
        return kept;
    }
    /** One automationDetails.id for the combined run: the shared one, else the category's. */
    settleIdentity(run, state) {
        const ids = [...state.automationIds];
        if (ids.length === 1) {
            if (ids[0] === '')
                delete run.automationDetails;
            else
                run.automationDetails = { ...run.automationDetails, id: ids[0] };
            return;
        }
        const category = state.identity.category;
        if (category === '' && (0,sarif_category/* categoryOf */.Qd)(ids[0]) === '')
            delete run.automationDetails;
        else
            run.automationDetails = { ...run.automationDetails, id: (0,sarif_category/* automationIdFor */._B)(category) };
    }
    /** primaryLocationLineHash for kept results that lack one and point at a checkout file that exists. */
    async fillFingerprints(runs, counts) {
        const read = this.options.readSource ?? fingerprint/* readSourceFile */.uj;
        const texts = new Map();
        const cached = (file) => {
            let text = texts.get(file);
            if (!text) {
                text = Promise.resolve(read(file));
                texts.set(file, text);
            }
            return text;
        };
        const folders = new Map();
        const root = this.options.checkoutRoot;
        const folderExists = (dir) => {
            if (dir === root || dir.length <= root.length)
                return true;
            let known = folders.get(dir);
            if (known === undefined) {
                known = folderExists(external_node_path_.dirname(dir)) && external_node_fs_.existsSync(dir);
                folders.set(dir, known);
            }
            return known;
        };
        // Results name the same few files over and over: each URI is resolved once.
        const resolvedUris = new Map();
        const resolve = (uri) => {
            let file = resolvedUris.get(uri);
            if (file !== undefined || resolvedUris.has(uri))
                return file;
            // A plain relative path (the usual URI) is the file under the checkout as it is written;
            // anything else is resolved the full way (decoding, file://, climbing out).
            if (external_node_path_.sep === '/' && root.length > 1 && PLAIN_RELATIVE.test(uri) && !DOT_SEGMENT.test(uri))
                file = `${root}/${uri}`;
            else {
                const resolved = (0,fingerprint/* resolveArtifactFile */.tn)({ uri }, [], root);
                file = 'file' in resolved ? resolved.file : undefined;
            }
            resolvedUris.set(uri, file);
            return file;
        };
        for (const { run, records } of runs) {
            // Records that lack a line hash, and the file each names (lists side by side: no Map keyed
            // by 25,000 record objects).
            let hashed = 0;
            const candidates = [];
            const candidateFiles = [];
            for (const r of records) {
                if (r.hasLineHash) {
                    hashed++;
                    continue;
                }
                const uri = r.sourceUri;
                const file = uri === undefined ? undefined : resolve(uri);
                if (file === undefined)
                    continue;
                candidates.push(r);
                candidateFiles.push(file);
            }
            counts.kept += hashed;
            counts.skipped += records.length - hashed - candidates.length;
            const present = new Set();
            // On disk, a file that is not there is ruled out without a failed read (a thrown error each),
            // and a whole folder that is not there at once.
            const mayExist = this.options.readSource ? () => true : (file) => folderExists(external_node_path_.dirname(file)) && external_node_fs_.existsSync(file);
            await Promise.all([...new Set(candidateFiles)].filter(mayExist).map(async (file) => ((await cached(file)) !== undefined ? present.add(file) : undefined)));
            const chosen = candidates.filter((_, i) => present.has(candidateFiles[i]));
            counts.skipped += candidates.length - chosen.length;
            if (chosen.length === 0)
                continue;
            const results = chosen.map(ingest/* recordObject */.NV);
            const summary = await (0,fingerprint/* addFingerprints */.h_)({ version: '2.1.0', runs: [{ tool: run.tool, artifacts: run.artifacts ?? [], results }] }, this.options.checkoutRoot, cached);
            counts.added += summary.added;
            counts.skipped += summary.skipped.length;
            chosen.forEach((record, i) => {
                const result = results[i];
                if (!result.partialFingerprints?.primaryLocationLineHash)
                    return;
                setText(record, result);
                record.hasLineHash = true;
            });
        }
    }
}
/**
 * Gives a rule (or notification) descriptor the texts GitHub shows with each alert where the tool
 * left them out (sarif-multitool's GH2012 requires all three): short and full description from
 * each other or the help, help from the description. True when anything was added.
 */
function fillHelp(descriptor, tool, limits) {
    const short = descriptor.shortDescription?.text;
    const full = descriptor.fullDescription?.text;
    const help = descriptor.help?.text;
    if (short && full && help)
        return false;
    const any = short || full || help || `${tool} reported this under ${descriptor.id}; it gave no description.`;
    if (!short)
        descriptor.shortDescription = { ...descriptor.shortDescription, text: (0,github_limits/* truncateText */.E)(full || any, limits.ruleDescriptionChars) };
    if (!full)
        descriptor.fullDescription = { ...descriptor.fullDescription, text: (0,github_limits/* truncateText */.E)(short || any, limits.ruleDescriptionChars) };
    if (!help) {
        const markdown = descriptor.fullDescription.markdown || descriptor.shortDescription.markdown;
        descriptor.help = { ...descriptor.help, text: full || short || any, ...(markdown && !descriptor.help?.markdown ? { markdown } : {}) };
    }
    return true;
}
/** A relative path of plain characters, no empty segment (see DOT_SEGMENT for the rest). */
const PLAIN_RELATIVE = /^[A-Za-z0-9_~-][A-Za-z0-9_.~-]*(?:\/[A-Za-z0-9_.~-]+)*$/;
/** A "." or ".." segment, which path.resolve would fold. */
const DOT_SEGMENT = /(?:^|\/)\.{1,2}(?:\/|$)/;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
function setText(record, result) {
    record.text = JSON.stringify(result);
    record.object = undefined;
}
/**
 * The text around the results: the log's head and each run's skeleton, with `"results":[` where
 * its results go. Runs come last in the log, results last in each run.
 */
function glueOf(runs) {
    const head = `{"$schema":${JSON.stringify(log/* SARIF_SCHEMA_URI */.$$)},"version":"2.1.0","runs":[`;
    const opens = runs.map((run, r) => {
        const { results: _results, ...skeleton } = run;
        const text = JSON.stringify(skeleton);
        const body = text.slice(0, -1);
        return `${r === 0 ? '' : ','}${body}${body === '{' ? '' : ','}"results":[`;
    });
    if (runs.length === 0)
        return [Buffer.from(`${head}]}\n`)];
    const glue = [Buffer.from(head + opens[0])];
    for (let r = 1; r < runs.length; r++)
        glue.push(Buffer.from(`\n]}${opens[r]}`));
    glue.push(Buffer.from('\n]}]}\n'));
    return glue;
}
/**
 * Merges the SARIF files the patterns match (globs, `!` to exclude, as in the `sarif-files`
 * input), several at once on worker threads when they are large (SarifMerger.addFiles), after
 * `logs` (objects the caller built, e.g. the scanners' runs). Broken files are reported in
 * `problems` and left out.
 */
async function mergeSarifFiles(patterns, options) {
    const cwd = options.cwd ?? process.cwd();
    const found = await (0,find_files/* findFiles */.l)(patterns, cwd);
    const merger = new SarifMerger(options);
    merger.problems.push(...found.unmatched.map((p) => (0,problems/* unmatchedPattern */.A5)(p)));
    for (const { name, log } of options.logs ?? [])
        merger.addLog(log, name);
    await merger.addFiles(found.files.map((file) => ({ path: file, name: external_node_path_.relative(cwd, file) || file })));
    return { merged: await merger.finish(), problems: merger.problems };
}
/** Merges log objects (the caller's, not changed), e.g. runs built by the scanners plus ingested CodeQL logs. */
async function mergeSarifLogs(logs, options) {
    const merger = new SarifMerger(options);
    for (const { name, log } of logs)
        merger.addLog(log, name);
    return { merged: await merger.finish(), problems: merger.problems };
}


/***/ }),

/***/ 28410:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A5: () => (/* binding */ unmatchedPattern),
/* harmony export */   Vw: () => (/* binding */ formatProblem),
/* harmony export */   WN: () => (/* binding */ JSON_SYNTAX_RULE),
/* harmony export */   Zg: () => (/* binding */ schemaProblem)
/* harmony export */ });
/* harmony import */ var _schema_validate__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51388);

/** Rule name of a JSON syntax error, as sarif-multitool names it. */
const JSON_SYNTAX_RULE = 'JSON1001 syntax';
/** A schema violation as a problem of `file`. */
function schemaProblem(file, violation) {
    return {
        file,
        path: (0,_schema_validate__WEBPACK_IMPORTED_MODULE_0__/* .sarifPath */ .tK)(violation.path),
        rule: `${violation.schema} schema: ${violation.rule}`,
        message: violation.message,
        level: 'error',
    };
}
/** A file pattern that matched nothing: a warning where the pattern is one of several places SARIF may be, an error where it was the only input. */
function unmatchedPattern(pattern, level = 'warning') {
    return { file: pattern, path: '', rule: 'input', level, message: 'no file matches this pattern' };
}
/** `file: runs[0].results: error: must be array [SARIF 2.1.0 schema: type (schema …)]`, one line. */
function formatProblem(problem) {
    const place = problem.line !== undefined ? `:${problem.line}${problem.column !== undefined ? `:${problem.column}` : ''}` : '';
    const where = problem.path ? ` ${problem.path}:` : '';
    return `${problem.file}${place}:${where} ${problem.level}: ${problem.message} [${problem.rule}]`;
}


/***/ }),

/***/ 70246:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ct: () => (/* binding */ emptyRebaseCounts),
/* harmony export */   US: () => (/* binding */ rebasePlan),
/* harmony export */   _e: () => (/* binding */ rebaseResult),
/* harmony export */   kl: () => (/* binding */ rebaseArtifactLocation),
/* harmony export */   w6: () => (/* binding */ FILE_URI_MARK),
/* harmony export */   wm: () => (/* binding */ dropDanglingArtifactIndexes)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _types__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(62105);
/* harmony import */ var _uri__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(29922);




function emptyRebaseCounts() {
    return { danglingIndexes: 0, madeRelative: 0, moved: 0, outside: 0, outsideExamples: [] };
}
/** The checkout-relative path (forward slashes) of an absolute path, or undefined when outside. */
function insideCheckout(absolute, checkoutRoot) {
    const relative = node_path__WEBPACK_IMPORTED_MODULE_0__.relative(checkoutRoot, absolute);
    if (relative === '')
        return '';
    if (relative === '..' || relative.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_0__.sep}`) || node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute(relative))
        return undefined;
    return relative.split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/');
}
function filePath(uri) {
    if (!/^file:/i.test(uri))
        return undefined;
    try {
        return (0,node_url__WEBPACK_IMPORTED_MODULE_1__.fileURLToPath)(uri);
    }
    catch {
        return undefined;
    }
}
/**
 * The absolute URI a uriBaseId stands for, following originalUriBaseIds entries that are
 * themselves relative to another base (SARIF §3.14.14); undefined when it does not resolve.
 */
function resolveBase(run, name, seen = new Set()) {
    const entry = run.originalUriBaseIds?.[name];
    if (!entry || typeof entry.uri !== 'string' || seen.has(name))
        return undefined;
    seen.add(name);
    if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(entry.uri))
        return entry.uri;
    if (!entry.uriBaseId)
        return undefined;
    const parent = resolveBase(run, entry.uriBaseId, seen);
    if (!parent)
        return undefined;
    try {
        return new URL(entry.uri, parent.endsWith('/') ? parent : `${parent}/`).href;
    }
    catch {
        return undefined;
    }
}
function rebasePlan(run, checkoutRoot) {
    const root = node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(checkoutRoot);
    const prefixes = new Map();
    for (const name of Object.keys(run.originalUriBaseIds ?? {})) {
        const base = resolveBase(run, name);
        const dir = base === undefined ? undefined : filePath(base);
        const relative = dir === undefined ? undefined : insideCheckout(dir, root);
        if (relative === undefined)
            continue; // outside this checkout: relative URIs stay as they are
        const prefix = relative === '' ? '' : `${(0,_uri__WEBPACK_IMPORTED_MODULE_2__/* .relativePathToUri */ .XW)(relative)}/`;
        if (name !== _types__WEBPACK_IMPORTED_MODULE_3__/* .SRCROOT */ .H || prefix !== '')
            prefixes.set(name, prefix);
    }
    return { checkoutRoot: root, prefixes, rewritesRelative: prefixes.size > 0 };
}
/** Rebases one artifact location in place; true when it changed. */
function rebaseArtifactLocation(location, plan, counts) {
    const uri = location.uri;
    if (typeof uri !== 'string')
        return false;
    if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(uri)) {
        const absolute = filePath(uri);
        if (absolute === undefined)
            return false; // another scheme (https:, …): not a checkout file
        const relative = insideCheckout(absolute, plan.checkoutRoot);
        if (relative === undefined || relative === '') {
            if (relative === undefined) {
                counts.outside++;
                if (counts.outsideExamples.length < 3 && !counts.outsideExamples.includes(uri))
                    counts.outsideExamples.push(uri);
            }
            return false;
        }
        location.uri = (0,_uri__WEBPACK_IMPORTED_MODULE_2__/* .relativePathToUri */ .XW)(relative);
        location.uriBaseId = _types__WEBPACK_IMPORTED_MODULE_3__/* .SRCROOT */ .H;
        counts.madeRelative++;
        return true;
    }
    const base = location.uriBaseId;
    if (base === undefined)
        return false;
    const prefix = plan.prefixes.get(base);
    if (prefix === undefined)
        return false;
    location.uri = prefix + uri;
    location.uriBaseId = _types__WEBPACK_IMPORTED_MODULE_3__/* .SRCROOT */ .H;
    counts.moved++;
    return true;
}
/** Keys under which SARIF holds an artifactLocation object. */
const ARTIFACT_LOCATION_KEYS = new Set(['artifactLocation', 'analysisTarget']);
/**
 * Rebases every artifact location in a result (locations, related locations, code flows, stacks,
 * fixes, attachments, …) in place; true when anything changed.
 */
function rebaseResult(value, plan, counts) {
    let changed = false;
    const visit = (node) => {
        if (Array.isArray(node)) {
            for (const item of node)
                if (typeof item === 'object' && item !== null)
                    visit(item);
            return;
        }
        const record = node;
        for (const key in record) {
            const child = record[key];
            if (typeof child !== 'object' || child === null)
                continue;
            if (ARTIFACT_LOCATION_KEYS.has(key) && !Array.isArray(child)) {
                if (rebaseArtifactLocation(child, plan, counts))
                    changed = true;
                continue;
            }
            // Messages and property bags hold no locations; skipping them keeps the walk short.
            if (key === 'message' || key === 'properties' || key === 'partialFingerprints' || key === 'fingerprints')
                continue;
            visit(child);
        }
    };
    if (typeof value === 'object' && value !== null)
        visit(value);
    return changed;
}
/**
 * Removes artifactLocation.index values that point past the run's artifacts (some tools write an
 * index without the table: sarif-multitool calls that an error, SARIF1009), where the location
 * also has a URI to go by. In place; true when anything changed.
 */
function dropDanglingArtifactIndexes(value, artifactCount, counts) {
    let changed = false;
    const visit = (node) => {
        if (Array.isArray(node)) {
            for (const item of node)
                if (typeof item === 'object' && item !== null)
                    visit(item);
            return;
        }
        const record = node;
        for (const key in record) {
            const child = record[key];
            if (typeof child !== 'object' || child === null)
                continue;
            if (ARTIFACT_LOCATION_KEYS.has(key) && !Array.isArray(child)) {
                const location = child;
                if (typeof location.index === 'number' && location.index >= artifactCount && typeof location.uri === 'string') {
                    delete location.index;
                    counts.danglingIndexes++;
                    changed = true;
                }
                continue;
            }
            if (key === 'message' || key === 'properties')
                continue;
            visit(child);
        }
    };
    if (typeof value === 'object' && value !== null)
        visit(value);
    return changed;
}
/** Does this text possibly hold an absolute file URI (a cheap test before walking a result)? */
const FILE_URI_MARK = 'file:';


/***/ }),

/***/ 19726:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $W: () => (/* binding */ checkLog),
/* harmony export */   HZ: () => (/* binding */ SLOT_COUNT),
/* harmony export */   J7: () => (/* binding */ Walker),
/* harmony export */   OP: () => (/* binding */ scannedResult),
/* harmony export */   WG: () => (/* binding */ resultNode),
/* harmony export */   _f: () => (/* binding */ SLOTS),
/* harmony export */   hd: () => (/* binding */ REGION_FIELDS),
/* harmony export */   iJ: () => (/* binding */ checkResult),
/* harmony export */   mw: () => (/* binding */ scanMarked),
/* harmony export */   vH: () => (/* binding */ logNode),
/* harmony export */   yi: () => (/* binding */ hashBytes)
/* harmony export */ });
/* harmony import */ var ajv_formats__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82815);
/* harmony import */ var ajv_formats__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(ajv_formats__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _schemas_sarif_2_1_0_schema_json__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(99257);
/* harmony import */ var _canonical_json__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(92093);
/* harmony import */ var _result_record__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77837);

// The same schema file schema-validate.ts compiles with ajv: what this check accepts is read from it.



/**
 * A fast check of one result's JSON bytes against the SARIF 2.1.0 schema's `result` definition,
 * without building the result as objects: one pass over the bytes that checks the JSON syntax
 * and the schema's keywords as it goes (types, required and known properties, enums, minimums,
 * formats, unique items), compiled from the same schema file ajv reads. The pass also captures
 * where the values the merge's facts are made of sit (SLOTS; scannedResult reads them), and marks
 * what would make ingestion change the result (a URI to rebase, an artifact index). ResultScans
 * runs it while json-scan.ts lays a file out, so a file's bytes are walked once; checkLog holds
 * the log around the results (its skeleton) to the schema the same way.
 *
 * It only ever vouches: `checkResult` returns what it saw when the result is certainly valid
 * JSON and certainly valid against the schema, and undefined otherwise, also for anything it does
 * not handle itself (an escaped key, a repeated key, a keyword it does not know, two items of an
 * array that must be unique …). The caller then parses the result and runs the full schema
 * validator, which decides and names the JSON path of each problem. So a broken result is
 * reported exactly as before, and a valid one that is out of the ordinary costs what it did.
 *
 * Why: JSON.parse of every result and ajv on its object tree were most of a large merge's time
 * (200,000 results), and nearly all of those results are only looked at for a few facts (rule,
 * level, location, fingerprint) and then dropped or copied byte for byte.
 */
const T_NULL = 1;
const T_BOOLEAN = 2;
const T_INTEGER = 4;
const T_NUMBER = 8;
const T_STRING = 16;
const T_ARRAY = 32;
const T_OBJECT = 64;
const T_ANY = 127;
const TYPE_BITS = {
    null: T_NULL,
    boolean: T_BOOLEAN,
    integer: T_INTEGER,
    number: T_NUMBER | T_INTEGER,
    string: T_STRING,
    array: T_ARRAY,
    object: T_OBJECT,
};
/** Unique items: not required, strings compared as strings, anything else by canonical JSON (as schema-validate.ts does). */
const UNIQUE_NONE = 0;
const UNIQUE_STRINGS = 1;
const UNIQUE_CANONICAL = 2;
/** Nodes are all of one class (one hidden class), so the walk's property reads stay monomorphic. */
class Node {
    unsupported = false;
    types = T_ANY;
    enumStrings = undefined;
    format = undefined;
    pattern = undefined;
    minimum = undefined;
    maximum = undefined;
    items = undefined;
    minItems = 0;
    unique = UNIQUE_NONE;
    countsSteps = false;
    table = [];
    mask = -1;
    propList = [];
    formatSafe = undefined;
    additional = undefined;
    requiredLo = 0;
    requiredHi = 0;
    anyOf = undefined;
    oneOf = undefined;
    ref = undefined;
    countSlot = -1;
    extraSlot = -1;
    firstItem = undefined;
    unsafeSlot = -1;
}
function emptyNode() {
    return new Node();
}
/** A copy of a node, of the same class. */
function cloneNode(node, changes = {}) {
    return Object.assign(new Node(), node, changes);
}
class PropEntry {
    bit;
    name;
    bytes;
    hash;
    node;
    slot;
    constructor(bit, name, bytes, hash, node, slot) {
        this.bit = bit;
        this.name = name;
        this.bytes = bytes;
        this.hash = hash;
        this.node = node;
        this.slot = slot;
    }
}
/** FNV-1a over bytes, the hash keys are looked up by (scanned-facts.ts finds rule ids by it too). */
function hashBytes(bytes) {
    let h = 0x811c9dc5;
    for (let i = 0; i < bytes.length; i++)
        h = Math.imul(h ^ bytes[i], 0x01000193);
    return h | 0;
}
/** ajv-formats' definition of a format (the "full" mode ajv is given), as a predicate. */
function formatCheck(name) {
    let def;
    try {
        def = ajv_formats__WEBPACK_IMPORTED_MODULE_0___default().get(name, 'full');
    }
    catch {
        return undefined;
    }
    const validate = typeof def === 'object' && def !== null && !(def instanceof RegExp) ? def.validate : def;
    let test;
    if (validate instanceof RegExp)
        test = (s) => validate.test(s);
    else if (typeof validate === 'function')
        test = validate;
    else
        return undefined;
    // Most values repeat (the same file URI in thousands of results): remember the answers.
    const seen = new Map();
    return (s) => {
        let ok = seen.get(s);
        if (ok === undefined) {
            ok = test(s);
            if (seen.size > 200_000)
                seen.clear();
            seen.set(s, ok);
        }
        return ok;
    };
}
/**
 * Bytes of which any string is a valid "uri-reference" (a relative path of unreserved characters:
 * ajv-formats' pattern takes it as a path, or after "//" as a host and path), so the common file
 * URIs need no pattern match. Checked against the pattern itself when first used.
 */
const SAFE_URI_REFERENCE = (() => {
    const table = new Uint8Array(256);
    for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/')
        table[c.charCodeAt(0)] = 1;
    return table;
})();
function safeBytesFor(format, check) {
    if (format !== 'uri-reference')
        return undefined;
    const samples = ['', 'a', '/', '//', '///', 'a/b', '/a/b', '//a/b', 'a//b', '.', '..', '../a', './a', '-._~', 'A-Z/0_9.ts', '~/x', 'a/'];
    return samples.every((sample) => check(sample)) ? SAFE_URI_REFERENCE : undefined;
}
const KNOWN_KEYWORDS = new Set([
    'type',
    'properties',
    'additionalProperties',
    'required',
    'items',
    'minItems',
    'uniqueItems',
    'enum',
    'format',
    'pattern',
    'minimum',
    'maximum',
    'anyOf',
    'oneOf',
    '$ref',
    'description',
    'default',
    'title',
]);
/** Required-property branches (`anyOf: [{ required: [...] }, …]`) as masks, or undefined when not of that form. */
function requiredBranches(branches, props) {
    if (!Array.isArray(branches))
        return undefined;
    const out = [];
    for (const branch of branches) {
        if (typeof branch !== 'object' || branch === null)
            return undefined;
        const keys = Object.keys(branch);
        if (keys.length !== 1 || keys[0] !== 'required' || !Array.isArray(branch.required))
            return undefined;
        let lo = 0;
        let hi = 0;
        for (const name of branch.required) {
            const prop = typeof name === 'string' ? props.get(name) : undefined;
            if (!prop)
                return undefined;
            if (prop.bit < 32)
                lo |= 1 << prop.bit;
            else
                hi |= 1 << (prop.bit - 32);
        }
        out.push([lo, hi]);
    }
    return out;
}
function compile(schema) {
    const node = emptyNode();
    for (const key of Object.keys(schema))
        if (!KNOWN_KEYWORDS.has(key))
            node.unsupported = true;
    if (typeof schema.$ref === 'string') {
        // A $ref beside other keywords is not something this check combines.
        if (Object.keys(schema).some((k) => k !== '$ref' && k !== 'description' && k !== 'default' && k !== 'title'))
            node.unsupported = true;
        const m = /^#\/definitions\/([A-Za-z0-9_]+)$/.exec(schema.$ref);
        if (!m)
            node.unsupported = true;
        else
            node.ref = m[1];
        return node;
    }
    if (schema.type !== undefined) {
        const types = Array.isArray(schema.type) ? schema.type : [schema.type];
        node.types = 0;
        for (const t of types) {
            const bits = typeof t === 'string' ? TYPE_BITS[t] : undefined;
            if (bits === undefined)
                node.unsupported = true;
            else
                node.types |= bits;
        }
    }
    if (schema.enum !== undefined) {
        if (Array.isArray(schema.enum) && schema.enum.every((v) => typeof v === 'string'))
            node.enumStrings = new Set(schema.enum);
        else
            node.unsupported = true;
    }
    if (schema.format !== undefined) {
        node.format = typeof schema.format === 'string' ? formatCheck(schema.format) : undefined;
        if (!node.format)
            node.unsupported = true;
        else
            node.formatSafe = safeBytesFor(schema.format, node.format);
    }
    if (schema.pattern !== undefined) {
        try {
            // As ajv builds it (unicodeRegExp, its default).
            node.pattern = new RegExp(String(schema.pattern), 'u');
        }
        catch {
            node.unsupported = true;
        }
    }
    if (schema.minimum !== undefined) {
        if (typeof schema.minimum === 'number')
            node.minimum = schema.minimum;
        else
            node.unsupported = true;
    }
    if (schema.maximum !== undefined) {
        if (typeof schema.maximum === 'number')
            node.maximum = schema.maximum;
        else
            node.unsupported = true;
    }
    if (schema.items !== undefined) {
        if (typeof schema.items === 'object' && schema.items !== null && !Array.isArray(schema.items))
            node.items = compile(schema.items);
        else
            node.unsupported = true;
    }
    if (schema.minItems !== undefined) {
        if (typeof schema.minItems === 'number')
            node.minItems = schema.minItems;
        else
            node.unsupported = true;
    }
    if (schema.uniqueItems === true) {
        const items = schema.items;
        // schema-validate.ts checks arrays of objects by canonical JSON; ajv compares the rest itself.
        if (items && (items.$ref !== undefined || items.type === 'object'))
            node.unique = UNIQUE_CANONICAL;
        else if (items && (items.type === 'string' || (items.type === undefined && node.items?.enumStrings)))
            node.unique = UNIQUE_STRINGS;
        else
            node.unsupported = true;
    }
    else if (schema.uniqueItems !== undefined && schema.uniqueItems !== false)
        node.unsupported = true;
    const byName = new Map();
    if (schema.properties !== undefined) {
        if (typeof schema.properties !== 'object' || schema.properties === null)
            node.unsupported = true;
        else {
            const entries = Object.entries(schema.properties);
            if (entries.length > 64)
                node.unsupported = true;
            let size = 8;
            while (size < entries.length * 4)
                size *= 2;
            node.table = new Array(size).fill(undefined);
            node.mask = size - 1;
            entries.forEach(([name, sub], bit) => {
                const bytes = new Uint8Array(Buffer.from(name, 'utf8'));
                const hash = hashBytes(bytes);
                const prop = new PropEntry(bit, name, bytes, hash, compile(sub), -1);
                let slot = hash & node.mask;
                while (node.table[slot])
                    slot = (slot + 1) & node.mask;
                node.table[slot] = prop;
                node.propList.push(prop);
                byName.set(name, prop);
            });
        }
    }
    if (schema.additionalProperties !== undefined) {
        const extra = schema.additionalProperties;
        if (extra === false)
            node.additional = false;
        else if (extra === true)
            node.additional = undefined;
        else if (typeof extra === 'object' && extra !== null)
            node.additional = compile(extra);
        else
            node.unsupported = true;
    }
    if (schema.required !== undefined) {
        const branches = requiredBranches([{ required: schema.required }], byName);
        if (!branches)
            node.unsupported = true;
        else
            [node.requiredLo, node.requiredHi] = branches[0];
    }
    if (schema.anyOf !== undefined) {
        node.anyOf = requiredBranches(schema.anyOf, byName);
        if (!node.anyOf)
            node.unsupported = true;
    }
    if (schema.oneOf !== undefined) {
        node.oneOf = requiredBranches(schema.oneOf, byName);
        if (!node.oneOf)
            node.unsupported = true;
    }
    return node;
}
/** The schema's definitions as nodes, $refs resolved; `result` is where a check starts. */
function compileDefinitions() {
    const definitions = _schemas_sarif_2_1_0_schema_json__WEBPACK_IMPORTED_MODULE_1__.definitions;
    const nodes = new Map();
    for (const [name, schema] of Object.entries(definitions))
        nodes.set(name, compile(schema));
    const resolve = (node, seen) => {
        if (node.ref !== undefined) {
            const target = nodes.get(node.ref);
            if (!target)
                return cloneNode(emptyNode(), { unsupported: true });
            return target;
        }
        if (seen.has(node))
            return node;
        seen.add(node);
        if (node.items)
            node.items = resolve(node.items, seen);
        if (node.additional)
            node.additional = resolve(node.additional, seen);
        for (const prop of node.propList)
            prop.node = resolve(prop.node, seen);
        return node;
    };
    const seen = new Set();
    for (const node of nodes.values())
        resolve(node, seen);
    // The only array whose lengths a check adds up: a thread flow's steps (threadFlow is only
    // reached through result.codeFlows[].threadFlows[], so the sum is countThreadFlowLocations()).
    const steps = nodes.get('threadFlow')?.propList.find((p) => p.name === 'locations');
    if (steps) {
        // A node of its own, so no other use of the same schema counts.
        steps.node = cloneNode(steps.node, { countsSteps: true });
    }
    // Marks for what would make ingest.ts change a result: an artifact location's URI other than a
    // plain relative path (rebase.ts), or its index (an index past run.artifacts is dropped).
    // Every artifact location in a valid result is one of these nodes (`artifactLocation` and
    // `analysisTarget` are its only keys), so no mark means nothing to change.
    const artifactLocation = nodes.get('artifactLocation');
    if (artifactLocation) {
        const uri = artifactLocation.propList.find((p) => p.name === 'uri');
        if (uri && !uri.node.unsupported && uri.node.formatSafe)
            uri.node.unsafeSlot = SLOTS.otherUri;
        else if (uri)
            uri.node.unsupported = true;
        const index = artifactLocation.propList.find((p) => p.name === 'index');
        if (index)
            index.slot = SLOTS.anyIndex;
    }
    return nodes;
}
/**
 * What a check reads besides checking: the spans of the values the merge's facts are made of
 * (resultFacts in result-record.ts), in slots. Each is captured on its own copy of the schema
 * nodes along its path, so the shared nodes stay plain.
 */
const SLOTS = {
    ruleId: 0,
    ruleIndex: 1,
    rule: 2,
    ruleRefId: 3,
    ruleRefIndex: 4,
    toolComponent: 5,
    toolComponentIndex: 6,
    toolComponentGuid: 7,
    toolComponentName: 8,
    kind: 9,
    level: 10,
    message: 11,
    locations: 12,
    primary: 13,
    physicalLocation: 14,
    artifactLocation: 15,
    uri: 16,
    uriBaseId: 17,
    artifactIndex: 18,
    region: 19,
    startLine: 20,
    startColumn: 21,
    endLine: 22,
    endColumn: 23,
    charOffset: 24,
    charLength: 25,
    byteOffset: 26,
    byteLength: 27,
    partialFingerprints: 28,
    lineHash: 29,
    fingerprints: 30,
    /** The first fingerprint's key (its value is in the next slot). */
    fingerprintKey: 31,
    fingerprintValue: 32,
    relatedLocations: 33,
    fixes: 34,
    properties: 35,
    securitySeverity: 36,
    result: 37,
    /** Set when some artifact location in the result has a URI that is not a plain relative path (it may need rebasing). */
    otherUri: 38,
    /** Set when some artifact location in the result (besides the primary one: artifactIndex) has an index. */
    anyIndex: 39,
};
const SLOT_COUNT = 40;
/** The region properties a dedupe key is made of, in slot order from SLOTS.startLine. */
const REGION_FIELDS = ['startLine', 'startColumn', 'endLine', 'endColumn', 'charOffset', 'charLength', 'byteOffset', 'byteLength'];
/** A copy of a node whose props can be given capture slots without touching the original. */
function copyNode(node) {
    const copy = cloneNode(node, { table: node.table.slice(), propList: [] });
    for (const prop of node.propList) {
        const p = new PropEntry(prop.bit, prop.name, prop.bytes, prop.hash, prop.node, prop.slot);
        copy.propList.push(p);
        copy.table[copy.table.indexOf(prop)] = p;
    }
    return copy;
}
function propOf(node, name) {
    const prop = node.propList.find((p) => p.name === name);
    if (!prop)
        throw new Error(`the SARIF schema has no property "${name}" where result-check.ts reads one`);
    return prop;
}
/** Captures property `name` of `node` (a copy) in `slot`; with `child`, its value is held to that copy instead. */
function capture(node, name, slot, child) {
    const prop = propOf(node, name);
    prop.slot = slot;
    if (child)
        prop.node = child;
}
/**
 * Adds a property to a copy of an open object (additionalProperties: a schema or any value), so
 * one key of its other properties can be captured; its value is held to what any other would be.
 */
function captureExtra(node, name, slot) {
    const bytes = new Uint8Array(Buffer.from(name, 'utf8'));
    const hash = hashBytes(bytes);
    const prop = new PropEntry(node.propList.length, name, bytes, hash, node.additional === undefined ? emptyNode() : node.additional, slot);
    if (node.additional === false || prop.bit >= 64)
        throw new Error(`result-check.ts cannot capture "${name}" here`);
    if (node.mask < 0 || node.propList.length * 4 >= node.mask + 1) {
        // (Re)build the table with room.
        let size = 8;
        while (size < (node.propList.length + 1) * 4)
            size *= 2;
        node.table = new Array(size).fill(undefined);
        node.mask = size - 1;
        for (const p of node.propList) {
            let at = p.hash & node.mask;
            while (node.table[at])
                at = (at + 1) & node.mask;
            node.table[at] = p;
        }
    }
    let at = hash & node.mask;
    while (node.table[at])
        at = (at + 1) & node.mask;
    node.table[at] = prop;
    node.propList.push(prop);
}
/** The result node with the captures SLOTS names. */
function capturingResult(defs) {
    const def = (name) => {
        const node = defs.get(name);
        if (!node)
            throw new Error(`the SARIF schema has no definition "${name}"`);
        return copyNode(node);
    };
    const result = def('result');
    result.countSlot = SLOTS.result;
    capture(result, 'ruleId', SLOTS.ruleId);
    capture(result, 'ruleIndex', SLOTS.ruleIndex);
    const rule = def('reportingDescriptorReference');
    capture(rule, 'id', SLOTS.ruleRefId);
    capture(rule, 'index', SLOTS.ruleRefIndex);
    const component = def('toolComponentReference');
    capture(component, 'index', SLOTS.toolComponentIndex);
    capture(component, 'guid', SLOTS.toolComponentGuid);
    capture(component, 'name', SLOTS.toolComponentName);
    capture(rule, 'toolComponent', SLOTS.toolComponent, component);
    capture(result, 'rule', SLOTS.rule, rule);
    capture(result, 'kind', SLOTS.kind);
    capture(result, 'level', SLOTS.level);
    capture(result, 'message', SLOTS.message);
    const artifactLocation = def('artifactLocation');
    capture(artifactLocation, 'uri', SLOTS.uri);
    capture(artifactLocation, 'uriBaseId', SLOTS.uriBaseId);
    capture(artifactLocation, 'index', SLOTS.artifactIndex);
    const region = def('region');
    REGION_FIELDS.forEach((name, k) => capture(region, name, SLOTS.startLine + k));
    const physical = def('physicalLocation');
    capture(physical, 'artifactLocation', SLOTS.artifactLocation, artifactLocation);
    capture(physical, 'region', SLOTS.region, region);
    const primary = def('location');
    capture(primary, 'physicalLocation', SLOTS.physicalLocation, physical);
    const locations = copyNode(propOf(result, 'locations').node);
    locations.firstItem = primary;
    capture(result, 'locations', SLOTS.locations, locations);
    // The first item's span is captured by the array (see Walker.array).
    const partial = copyNode(propOf(result, 'partialFingerprints').node);
    partial.countSlot = SLOTS.partialFingerprints;
    captureExtra(partial, 'primaryLocationLineHash', SLOTS.lineHash);
    capture(result, 'partialFingerprints', SLOTS.partialFingerprints, partial);
    const fingerprints = copyNode(propOf(result, 'fingerprints').node);
    fingerprints.countSlot = SLOTS.fingerprints;
    fingerprints.extraSlot = SLOTS.fingerprintKey;
    capture(result, 'fingerprints', SLOTS.fingerprints, fingerprints);
    capture(result, 'relatedLocations', SLOTS.relatedLocations);
    capture(result, 'fixes', SLOTS.fixes);
    const properties = def('propertyBag');
    properties.countSlot = SLOTS.properties;
    captureExtra(properties, 'security-severity', SLOTS.securitySeverity);
    capture(result, 'properties', SLOTS.properties, properties);
    return result;
}
let compiledDefinitions;
let captured;
let root;
/** The schema's `result` definition with the captures SLOTS names (what a result is checked against). */
function resultNode() {
    compiledDefinitions ??= compileDefinitions();
    captured ??= capturingResult(compiledDefinitions);
    return captured;
}
/** The whole log's schema (the schema's root, its $refs resolved to the definitions). */
function logNode() {
    if (!root) {
        compiledDefinitions ??= compileDefinitions();
        const { definitions: _definitions, $schema: _schema, title: _title, description: _description, ...rest } = _schemas_sarif_2_1_0_schema_json__WEBPACK_IMPORTED_MODULE_1__;
        const node = compile(rest);
        const resolve = (n) => (n.ref !== undefined ? (compiledDefinitions.get(n.ref) ?? cloneNode(emptyNode(), { unsupported: true })) : n);
        for (const prop of node.propList) {
            prop.node = resolve(prop.node);
            if (prop.node.items)
                prop.node.items = resolve(prop.node.items);
        }
        root = node;
    }
    return root;
}
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
/** Bytes that end the plain run of a JSON string: its closing quote, an escape, or a control character (not allowed raw). */
const STRING_STOP = (() => {
    const table = new Uint8Array(256);
    for (let c = 0; c < 0x20; c++)
        table[c] = 1;
    table[QUOTE] = 1;
    table[BACKSLASH] = 1;
    return table;
})();
/** Hex digits, for \u escapes. */
const HEX = (() => {
    const table = new Uint8Array(256);
    for (const c of '0123456789abcdefABCDEF')
        table[c.charCodeAt(0)] = 1;
    return table;
})();
/** A value the walk gives up on: not valid, or not something it vouches for. */
const NO = -1;
/** A number's bits, for shapeHash. */
const NUMBER_BITS = new Float64Array(1);
const NUMBER_WORDS = new Int32Array(NUMBER_BITS.buffer);
/** Mixes two 32-bit values into one (murmur3's finaliser over their combination). */
function mixHash(a, b) {
    let h = Math.imul(a ^ Math.imul(b, 0x9e3779b1), 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    return (h ^ (h >>> 16)) | 0;
}
/** The check itself, in JavaScript (result-walk.ts runs the same steps compiled to WebAssembly, and asks this one what it leaves to JavaScript). */
class Walker {
    buf = Buffer.alloc(0);
    end = 0;
    ascii = true;
    /** Set by each string read: it holds an escape. */
    escaped = false;
    /** Set by each array read: its length, and its first item's span. */
    count = 0;
    firstStart = -1;
    firstEnd = -1;
    /** Set by each number read: its value. */
    number = 0;
    /** Set by shapeHash. */
    hash = 0;
    /** Whitespace read since the last reset held a line break. */
    lineBreak = false;
    steps = 0;
    /** Captures (SLOTS): spans and counts. */
    spans = new Int32Array(2 * SLOT_COUNT);
    counts = new Int32Array(SLOT_COUNT);
    /** Keys (spans) of the counted object being read that are not among its properties. */
    extraKeys = new Int32Array(2 * 256);
    extraCount = 0;
    /** Whitespace from i: the index after it. Notes a line break (`lineBreak`: the result was pretty-printed). */
    ws(i) {
        const buf = this.buf;
        for (;;) {
            const c = buf[i];
            if (c === 0x20 || c === 0x0d || c === 0x09)
                i++;
            else if (c === 0x0a) {
                this.lineBreak = true;
                i++;
            }
            else
                return i;
        }
    }
    /** From the opening quote at i: the index after the closing quote, or NO. Sets `escaped`. */
    string(i) {
        const buf = this.buf;
        const end = this.end;
        let escaped = false;
        i++;
        for (;;) {
            // Past the buffer's end buf[i] is undefined, which is no 0 in the table either.
            while (STRING_STOP[buf[i]] === 0)
                i++;
            if (i >= end)
                return NO;
            const c = buf[i];
            if (c === QUOTE)
                break;
            if (c !== BACKSLASH)
                return NO; // a raw control character
            escaped = true;
            const d = buf[i + 1];
            if (d === 0x75) {
                if (HEX[buf[i + 2]] & HEX[buf[i + 3]] & HEX[buf[i + 4]] & HEX[buf[i + 5]]) {
                    i += 6;
                    continue;
                }
                return NO;
            }
            if (d === QUOTE || d === BACKSLASH || d === 0x2f || d === 0x62 || d === 0x66 || d === 0x6e || d === 0x72 || d === 0x74) {
                i += 2;
                continue;
            }
            return NO;
        }
        this.escaped = escaped;
        return i + 1;
    }
    /** The string whose quotes are at start and end - 1, as JSON.parse would give it. */
    text(start, end) {
        if (this.escaped)
            return JSON.parse(this.buf.toString(this.ascii ? 'latin1' : 'utf8', start, end));
        return this.buf.toString(this.ascii ? 'latin1' : 'utf8', start + 1, end - 1);
    }
    /** A JSON number from i: the index after it, or NO; its value in `number`. */
    numberAt(i) {
        const buf = this.buf;
        const start = i;
        let plain = true;
        if (buf[i] === 0x2d)
            i++;
        let c = buf[i];
        if (c === 0x30) {
            i++;
        }
        else if (c >= 0x31 && c <= 0x39) {
            i++;
            while ((c = buf[i]) >= 0x30 && c <= 0x39)
                i++;
        }
        else
            return NO;
        if (buf[i] === 0x2e) {
            plain = false;
            i++;
            if (!((c = buf[i]) >= 0x30 && c <= 0x39))
                return NO;
            while ((c = buf[i]) >= 0x30 && c <= 0x39)
                i++;
        }
        c = buf[i];
        if (c === 0x65 || c === 0x45) {
            plain = false;
            i++;
            c = buf[i];
            if (c === 0x2b || c === 0x2d)
                i++;
            if (!((c = buf[i]) >= 0x30 && c <= 0x39))
                return NO;
            while ((c = buf[i]) >= 0x30 && c <= 0x39)
                i++;
        }
        if (plain && i - start <= 15) {
            let n = 0;
            let k = start;
            const negative = buf[k] === 0x2d;
            if (negative)
                k++;
            for (; k < i; k++)
                n = n * 10 + (buf[k] - 0x30);
            this.number = negative ? -n : n;
        }
        else {
            this.number = Number(buf.toString('latin1', start, i));
        }
        return i;
    }
    literal(i, word) {
        for (let k = 0; k < word.length; k++)
            if (this.buf[i + k] !== word.charCodeAt(k))
                return NO;
        return i + word.length;
    }
    /** Any JSON value from i (syntax only): the index after it, or NO. */
    any(i) {
        const buf = this.buf;
        const c = buf[i];
        if (c === QUOTE)
            return this.string(i);
        if (c === OPEN_BRACE) {
            i = this.ws(i + 1);
            if (buf[i] === CLOSE_BRACE)
                return i + 1;
            for (;;) {
                if (buf[i] !== QUOTE)
                    return NO;
                i = this.string(i);
                if (i === NO)
                    return NO;
                i = this.ws(i);
                if (buf[i] !== COLON)
                    return NO;
                i = this.any(this.ws(i + 1));
                if (i === NO)
                    return NO;
                i = this.ws(i);
                const d = buf[i];
                if (d === COMMA)
                    i = this.ws(i + 1);
                else if (d === CLOSE_BRACE)
                    return i + 1;
                else
                    return NO;
            }
        }
        if (c === OPEN_BRACKET) {
            i = this.ws(i + 1);
            if (buf[i] === CLOSE_BRACKET)
                return i + 1;
            for (;;) {
                i = this.any(i);
                if (i === NO)
                    return NO;
                i = this.ws(i);
                const d = buf[i];
                if (d === COMMA)
                    i = this.ws(i + 1);
                else if (d === CLOSE_BRACKET)
                    return i + 1;
                else
                    return NO;
            }
        }
        if (c === 0x74)
            return this.literal(i, 'true');
        if (c === 0x66)
            return this.literal(i, 'false');
        if (c === 0x6e)
            return this.literal(i, 'null');
        return this.numberAt(i);
    }
    /** A string from i held to `node` (its type allows strings). */
    stringValue(i, node) {
        const after = this.string(i);
        if (after === NO)
            return NO;
        if (node.enumStrings === undefined && node.format === undefined && node.pattern === undefined)
            return after;
        if (node.pattern === undefined && node.enumStrings === undefined && node.formatSafe !== undefined && !this.escaped) {
            const safe = node.formatSafe;
            const buf = this.buf;
            let k = i + 1;
            while (k < after - 1 && safe[buf[k]] === 1)
                k++;
            if (k === after - 1)
                return after;
        }
        if (node.unsafeSlot >= 0)
            this.spans[2 * node.unsafeSlot] = i;
        const s = this.text(i, after);
        if (node.enumStrings !== undefined && !node.enumStrings.has(s))
            return NO;
        if (node.format !== undefined && !node.format(s))
            return NO;
        if (node.pattern !== undefined && !node.pattern.test(s))
            return NO;
        return after;
    }
    /** A value from i held to `node`: the index after it, or NO. */
    value(i, node) {
        if (node.unsupported)
            return NO;
        const c = this.buf[i];
        if (c === QUOTE)
            return (node.types & T_STRING) === 0 ? NO : this.stringValue(i, node);
        if (c === OPEN_BRACE)
            return (node.types & T_OBJECT) === 0 || node.enumStrings !== undefined ? NO : this.object(i, node);
        if (c === OPEN_BRACKET)
            return (node.types & T_ARRAY) === 0 || node.enumStrings !== undefined ? NO : this.array(i, node);
        if (node.enumStrings !== undefined)
            return NO;
        if (c === 0x74 || c === 0x66)
            return (node.types & T_BOOLEAN) === 0 ? NO : this.literal(i, c === 0x74 ? 'true' : 'false');
        if (c === 0x6e)
            return (node.types & T_NULL) === 0 ? NO : this.literal(i, 'null');
        if ((node.types & (T_INTEGER | T_NUMBER)) === 0)
            return NO;
        const after = this.numberAt(i);
        if (after === NO)
            return NO;
        const n = this.number;
        // As ajv: "number" must be finite, "integer" also whole.
        if (!Number.isFinite(n))
            return NO;
        if ((node.types & T_NUMBER) === 0 && !Number.isInteger(n))
            return NO;
        if (node.minimum !== undefined && n < node.minimum)
            return NO;
        if (node.maximum !== undefined && n > node.maximum)
            return NO;
        return after;
    }
    array(i, node) {
        const buf = this.buf;
        const items = node.items;
        let count = 0;
        let firstStart = -1;
        let firstEnd = -1;
        let starts;
        i = this.ws(i + 1);
        if (buf[i] !== CLOSE_BRACKET) {
            for (;;) {
                const start = i;
                const itemNode = count === 0 && node.firstItem !== undefined ? node.firstItem : items;
                i = itemNode !== undefined ? this.value(i, itemNode) : this.any(i);
                if (i === NO)
                    return NO;
                if (count === 0) {
                    if (node.firstItem !== undefined) {
                        this.spans[2 * SLOTS.primary] = start;
                        this.spans[2 * SLOTS.primary + 1] = i;
                    }
                    firstStart = start;
                    firstEnd = i;
                }
                else if (node.unique !== UNIQUE_NONE) {
                    starts ??= [firstStart, firstEnd];
                    starts.push(start, i);
                }
                count++;
                i = this.ws(i);
                const d = buf[i];
                if (d === COMMA)
                    i = this.ws(i + 1);
                else if (d === CLOSE_BRACKET)
                    break;
                else
                    return NO;
            }
        }
        if (count < node.minItems)
            return NO;
        if (starts !== undefined && !this.distinct(starts, node.unique))
            return NO;
        if (node.countsSteps)
            this.steps += count;
        this.count = count;
        this.firstStart = firstStart;
        this.firstEnd = firstEnd;
        return i + 1;
    }
    /** Items (spans) that must be unique are: as strings, or as canonical JSON. */
    distinct(spans, unique) {
        // Objects: told apart by a hash that canonically equal values share (shapeHash), so the
        // canonical JSON of every item is only made when two hashes meet. Most arrays that must be
        // unique are a run's tables (thousands of artifacts), and all their items differ.
        if (unique === UNIQUE_CANONICAL) {
            const hashes = new Set();
            let clear = true;
            for (let k = 0; k < spans.length && clear; k += 2) {
                if (this.shapeHash(spans[k]) === NO || hashes.has(this.hash))
                    clear = false;
                else
                    hashes.add(this.hash);
            }
            if (clear)
                return true;
        }
        const seen = new Set();
        const encoding = this.ascii ? 'latin1' : 'utf8';
        for (let k = 0; k < spans.length; k += 2) {
            const value = JSON.parse(this.buf.toString(encoding, spans[k], spans[k + 1]));
            const key = unique === UNIQUE_STRINGS ? (typeof value === 'string' ? value : undefined) : (0,_canonical_json__WEBPACK_IMPORTED_MODULE_3__/* .canonicalJson */ .d)(value);
            if (key === undefined || seen.has(key))
                return false;
            seen.add(key);
        }
        return true;
    }
    /**
     * The JSON value at i (already checked): the index after it, with `hash` set to a hash that
     * values canonicalJson makes equal share, whatever their key order, whitespace or escapes (an
     * object's members are summed, so their order does not count). NO to give up: an object with
     * two keys of one hash (a repeated key, which JSON.parse resolves to the last).
     */
    shapeHash(i) {
        const buf = this.buf;
        const c = buf[i];
        if (c === QUOTE) {
            const after = this.string(i);
            if (after === NO)
                return NO;
            this.hash = mixHash(this.textHash(i, after), 0x22);
            return after;
        }
        if (c === OPEN_BRACE) {
            let sum = 0;
            let keys;
            i = this.ws(i + 1);
            if (buf[i] !== CLOSE_BRACE) {
                for (;;) {
                    const keyEnd = this.string(i);
                    if (keyEnd === NO)
                        return NO;
                    const key = this.textHash(i, keyEnd);
                    keys ??= [];
                    if (keys.includes(key))
                        return NO;
                    keys.push(key);
                    i = this.shapeHash(this.ws(this.ws(keyEnd) + 1));
                    if (i === NO)
                        return NO;
                    sum = (sum + mixHash(key, this.hash)) | 0;
                    i = this.ws(i);
                    if (buf[i] !== COMMA)
                        break;
                    i = this.ws(i + 1);
                }
            }
            this.hash = mixHash(sum, 0x7b);
            return i + 1;
        }
        if (c === OPEN_BRACKET) {
            let h = 0x5b;
            i = this.ws(i + 1);
            if (buf[i] !== CLOSE_BRACKET) {
                for (;;) {
                    i = this.shapeHash(i);
                    if (i === NO)
                        return NO;
                    h = mixHash(h, this.hash);
                    i = this.ws(i);
                    if (buf[i] !== COMMA)
                        break;
                    i = this.ws(i + 1);
                }
            }
            this.hash = h;
            return i + 1;
        }
        if (c === 0x74 || c === 0x66 || c === 0x6e) {
            this.hash = c;
            return i + (c === 0x66 ? 5 : 4);
        }
        const after = this.numberAt(i);
        if (after === NO)
            return NO;
        // By value (canonicalJson writes JSON.stringify's form of it, in which -0 is 0).
        const n = this.number === 0 ? 0 : this.number;
        NUMBER_BITS[0] = n;
        this.hash = mixHash(mixHash(NUMBER_WORDS[0], NUMBER_WORDS[1]), 0x30);
        return after;
    }
    /** FNV-1a over a string's characters (UTF-16 code units), from its bytes with quotes at start and end - 1. */
    textHash(start, end) {
        let h = 0x811c9dc5;
        if (this.escaped || !this.ascii) {
            const text = this.text(start, end);
            for (let k = 0; k < text.length; k++)
                h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
        }
        else {
            const buf = this.buf;
            for (let k = start + 1; k < end - 1; k++)
                h = Math.imul(h ^ buf[k], 0x01000193);
        }
        return h;
    }
    /** An object from i held to `node`: the index after it, or NO. */
    object(i, node) {
        const buf = this.buf;
        const table = node.table;
        const mask = node.mask;
        let seenLo = 0;
        let seenHi = 0;
        let keys = 0;
        let extraSlot = node.extraSlot;
        // Objects whose keys are counted are not nested in one another: one list of their other keys.
        if (node.countSlot >= 0)
            this.extraCount = 0;
        i = this.ws(i + 1);
        if (buf[i] !== CLOSE_BRACE) {
            for (;;) {
                if (buf[i] !== QUOTE)
                    return NO;
                // The key: hashed as it is read; an escaped key is left to the full check.
                const keyStart = i + 1;
                let h = 0x811c9dc5;
                let k = keyStart;
                let high = 0;
                for (;;) {
                    const c = buf[k];
                    if (STRING_STOP[c] === 1 || k >= this.end) {
                        if (c === QUOTE && k < this.end)
                            break;
                        return NO;
                    }
                    high |= c;
                    h = Math.imul(h ^ c, 0x01000193);
                    k++;
                }
                const keyLength = k - keyStart;
                i = this.ws(k + 1);
                if (buf[i] !== COLON)
                    return NO;
                i = this.ws(i + 1);
                let prop;
                if (mask >= 0) {
                    let slot = h & mask;
                    while ((prop = table[slot]) !== undefined) {
                        if (prop.hash === (h | 0) && prop.bytes.length === keyLength) {
                            const bytes = prop.bytes;
                            let b = 0;
                            while (b < keyLength && buf[keyStart + b] === bytes[b])
                                b++;
                            if (b === keyLength)
                                break;
                        }
                        slot = (slot + 1) & mask;
                    }
                }
                const start = i;
                if (prop !== undefined) {
                    const bit = prop.bit;
                    // A repeated key: JSON.parse keeps the last; the full check sorts that out.
                    if (bit < 32) {
                        if (seenLo & (1 << bit))
                            return NO;
                        seenLo |= 1 << bit;
                    }
                    else {
                        if (seenHi & (1 << (bit - 32)))
                            return NO;
                        seenHi |= 1 << (bit - 32);
                    }
                    i = this.value(i, prop.node);
                    if (i === NO)
                        return NO;
                    const slot = prop.slot;
                    if (slot >= 0) {
                        this.spans[2 * slot] = start;
                        this.spans[2 * slot + 1] = i;
                        if (buf[start] === OPEN_BRACKET)
                            this.counts[slot] = this.count;
                    }
                }
                else {
                    if (node.additional === false)
                        return NO;
                    if (node.countSlot >= 0) {
                        // Its keys are counted: a repeated one (JSON.parse keeps one) is left to the full
                        // check, and so is a key beyond ASCII (two spellings may decode alike).
                        if (high >= 0x80)
                            return NO;
                        const extra = this.extraKeys;
                        for (let e = 0; e < this.extraCount; e += 2) {
                            const from = extra[e];
                            if (extra[e + 1] - from !== keyLength)
                                continue;
                            let b = 0;
                            while (b < keyLength && buf[from + b] === buf[keyStart + b])
                                b++;
                            if (b === keyLength)
                                return NO;
                        }
                        if (this.extraCount + 2 > extra.length)
                            return NO;
                        extra[this.extraCount++] = keyStart;
                        extra[this.extraCount++] = k;
                    }
                    i = node.additional === undefined ? this.any(i) : this.value(i, node.additional);
                    if (i === NO)
                        return NO;
                    if (extraSlot >= 0) {
                        this.spans[2 * extraSlot] = keyStart - 1;
                        this.spans[2 * extraSlot + 1] = k + 1;
                        this.spans[2 * extraSlot + 2] = start;
                        this.spans[2 * extraSlot + 3] = i;
                        extraSlot = -1;
                    }
                }
                keys++;
                i = this.ws(i);
                const d = buf[i];
                if (d === COMMA)
                    i = this.ws(i + 1);
                else if (d === CLOSE_BRACE)
                    break;
                else
                    return NO;
            }
        }
        if ((seenLo & node.requiredLo) !== node.requiredLo || (seenHi & node.requiredHi) !== node.requiredHi)
            return NO;
        if (node.anyOf !== undefined && satisfied(node.anyOf, seenLo, seenHi) === 0)
            return NO;
        if (node.oneOf !== undefined && satisfied(node.oneOf, seenLo, seenHi) !== 1)
            return NO;
        if (node.countSlot >= 0)
            this.counts[node.countSlot] = keys;
        return i + 1;
    }
}
/** How many of the required-property branches the seen properties satisfy. */
function satisfied(branches, seenLo, seenHi) {
    let n = 0;
    for (let b = 0; b < branches.length; b++) {
        const branch = branches[b];
        if ((seenLo & branch[0]) === branch[0] && (seenHi & branch[1]) === branch[1])
            n++;
    }
    return n;
}
let walker;
const EMPTY = Buffer.alloc(0);
/** The check saw what the slot captures (or marks). */
function scanMarked(scan, slot) {
    return scan.spans[2 * slot] >= 0;
}
/**
 * Checks the result whose JSON is buf[start, end) (an object: json-scan.ts found its brackets;
 * with `open`, the result is only known to start at `start` and may end before `end`).
 * `ascii`: the whole file is ASCII (strings are then read as latin1, as ingest.ts reads them).
 * What the check saw when the result is certainly valid, undefined to leave it to the full
 * check. The answer is reused by the next call: read it before checking another result.
 */
function checkResult(buf, start, end, ascii, open = false) {
    const node = resultNode();
    walker ??= new Walker();
    const w = walker;
    w.spans.fill(-1);
    w.counts.fill(0);
    if (buf[start] !== OPEN_BRACE || node.unsupported)
        return undefined;
    w.buf = buf;
    w.end = end;
    w.ascii = ascii;
    w.steps = 0;
    w.lineBreak = false;
    let after;
    try {
        after = w.object(start, node);
    }
    finally {
        w.buf = EMPTY;
    }
    if (after === NO || (!open && after !== end))
        return undefined;
    return { spans: w.spans, counts: w.counts, threadFlowLocations: w.steps, end: after, lineBreak: w.lineBreak };
}
/** The text of bytes [start, end): latin1 when the file is ASCII (the same text, read faster), else UTF-8. */
function slice(buf, start, end, ascii) {
    const fast = buf;
    return ascii ? fast.latin1Slice(start, end) : fast.utf8Slice(start, end);
}
/** A JSON string's value from its bytes (quotes included), as JSON.parse gives it. */
function stringAt(buf, spans, slot, ascii) {
    const start = spans[2 * slot];
    const end = spans[2 * slot + 1];
    for (let i = start + 1; i < end - 1; i++)
        if (buf[i] === BACKSLASH)
            return JSON.parse(slice(buf, start, end, ascii));
    return slice(buf, start + 1, end - 1, ascii);
}
/** A JSON number's value from its bytes. */
function numberAt(buf, spans, slot) {
    const start = spans[2 * slot];
    const end = spans[2 * slot + 1];
    if (end - start <= 15) {
        let n = 0;
        let k = start;
        const negative = buf[k] === 0x2d;
        if (negative)
            k++;
        for (; k < end; k++) {
            const c = buf[k];
            if (c < 0x30 || c > 0x39)
                return Number(slice(buf, start, end, true));
            n = n * 10 + (c - 0x30);
        }
        return negative ? -n : n;
    }
    return Number(slice(buf, start, end, true));
}
function jsonAt(buf, spans, slot, ascii) {
    return JSON.parse(slice(buf, spans[2 * slot], spans[2 * slot + 1], ascii));
}
/**
 * The result a check saw, as far as the merge's facts go (resultFacts): its rule, level, kind,
 * fingerprints, security-severity and primary location as objects, and what it holds counted.
 * Not the whole result: only what facts are made of, with the same values JSON.parse would give.
 */
function scannedResult(buf, scan, ascii) {
    const spans = scan.spans;
    const result = {};
    if (spans[2 * SLOTS.ruleId] >= 0)
        result.ruleId = stringAt(buf, spans, SLOTS.ruleId, ascii);
    if (spans[2 * SLOTS.ruleIndex] >= 0)
        result.ruleIndex = numberAt(buf, spans, SLOTS.ruleIndex);
    if (spans[2 * SLOTS.rule] >= 0) {
        const rule = {};
        if (spans[2 * SLOTS.ruleRefId] >= 0)
            rule.id = stringAt(buf, spans, SLOTS.ruleRefId, ascii);
        if (spans[2 * SLOTS.ruleRefIndex] >= 0)
            rule.index = numberAt(buf, spans, SLOTS.ruleRefIndex);
        if (spans[2 * SLOTS.toolComponent] >= 0) {
            const component = {};
            if (spans[2 * SLOTS.toolComponentIndex] >= 0)
                component.index = numberAt(buf, spans, SLOTS.toolComponentIndex);
            if (spans[2 * SLOTS.toolComponentGuid] >= 0)
                component.guid = stringAt(buf, spans, SLOTS.toolComponentGuid, ascii);
            if (spans[2 * SLOTS.toolComponentName] >= 0)
                component.name = stringAt(buf, spans, SLOTS.toolComponentName, ascii);
            rule.toolComponent = component;
        }
        result.rule = rule;
    }
    if (spans[2 * SLOTS.kind] >= 0)
        result.kind = stringAt(buf, spans, SLOTS.kind, ascii);
    if (spans[2 * SLOTS.level] >= 0)
        result.level = stringAt(buf, spans, SLOTS.level, ascii);
    if (spans[2 * SLOTS.partialFingerprints] >= 0) {
        result.partialFingerprints = {};
        if (spans[2 * SLOTS.lineHash] >= 0)
            result.partialFingerprints.primaryLocationLineHash = stringAt(buf, spans, SLOTS.lineHash, ascii);
    }
    let fingerprintText;
    if (spans[2 * SLOTS.fingerprints] >= 0) {
        // One fingerprint (the usual case) goes to the key as text at once; a set is parsed.
        if (scan.counts[SLOTS.fingerprints] === 1)
            fingerprintText = (0,_result_record__WEBPACK_IMPORTED_MODULE_2__/* .singleFingerprintText */ .u6)(stringAt(buf, spans, SLOTS.fingerprintKey, ascii), stringAt(buf, spans, SLOTS.fingerprintValue, ascii));
        else
            result.fingerprints = jsonAt(buf, spans, SLOTS.fingerprints, ascii);
    }
    if (spans[2 * SLOTS.properties] >= 0) {
        result.properties = {};
        if (spans[2 * SLOTS.securitySeverity] >= 0) {
            const c = buf[spans[2 * SLOTS.securitySeverity]];
            // What securitySeverityOf() reads: a string or a number; anything else counts as neither.
            result.properties['security-severity'] =
                c === 0x22 ? stringAt(buf, spans, SLOTS.securitySeverity, ascii) : c === 0x2d || (c >= 0x30 && c <= 0x39) ? numberAt(buf, spans, SLOTS.securitySeverity) : null;
        }
    }
    if (spans[2 * SLOTS.locations] >= 0) {
        result.locations = [];
        if (spans[2 * SLOTS.primary] >= 0) {
            const location = {};
            if (spans[2 * SLOTS.physicalLocation] >= 0) {
                const physical = {};
                if (spans[2 * SLOTS.artifactLocation] >= 0) {
                    const artifact = {};
                    if (spans[2 * SLOTS.uri] >= 0)
                        artifact.uri = stringAt(buf, spans, SLOTS.uri, ascii);
                    if (spans[2 * SLOTS.uriBaseId] >= 0)
                        artifact.uriBaseId = stringAt(buf, spans, SLOTS.uriBaseId, ascii);
                    if (spans[2 * SLOTS.artifactIndex] >= 0)
                        artifact.index = numberAt(buf, spans, SLOTS.artifactIndex);
                    physical.artifactLocation = artifact;
                }
                if (spans[2 * SLOTS.region] >= 0) {
                    const region = {};
                    for (let k = 0; k < REGION_FIELDS.length; k++) {
                        if (spans[2 * (SLOTS.startLine + k)] >= 0)
                            region[REGION_FIELDS[k]] = numberAt(buf, spans, SLOTS.startLine + k);
                    }
                    physical.region = region;
                }
                location.physicalLocation = physical;
            }
            result.locations.push(location);
        }
    }
    // The message is long and needed only when there is no fingerprint to tell results apart.
    if (spans[2 * SLOTS.message] >= 0 && (0,_result_record__WEBPACK_IMPORTED_MODULE_2__/* .keysOnMessage */ .XA)(result, scan.counts[SLOTS.fingerprints]))
        result.message = jsonAt(buf, spans, SLOTS.message, ascii);
    const counts = scan.counts;
    return {
        result,
        counts: {
            keys: counts[SLOTS.result],
            locations: counts[SLOTS.locations],
            relatedLocations: counts[SLOTS.relatedLocations],
            threadFlowLocations: scan.threadFlowLocations,
            fixes: counts[SLOTS.fixes],
            partialFingerprints: counts[SLOTS.partialFingerprints],
            fingerprints: counts[SLOTS.fingerprints],
            properties: counts[SLOTS.properties],
            ...(fingerprintText !== undefined ? { fingerprintText } : {}),
        },
    };
}
/**
 * Checks a whole log's JSON, buf[start, end) (whitespace around it allowed), against the schema,
 * as checkResult does a result: true when it is certainly valid, false to leave it to the full
 * check (schema-validate.ts). Used on a log's skeleton (its results taken out), which holds the
 * runs' rules, artifacts and invocations.
 */
function checkLog(buf, start, end, ascii) {
    const node = logNode();
    walker ??= new Walker();
    const w = walker;
    w.buf = buf;
    w.end = end;
    w.ascii = ascii;
    w.steps = 0;
    try {
        const from = w.ws(start);
        if (from >= end || node.unsupported)
            return false;
        const after = w.value(from, node);
        return after !== NO && w.ws(after) === end;
    }
    catch {
        return false;
    }
    finally {
        w.buf = EMPTY;
    }
}


/***/ }),

/***/ 77837:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AX: () => (/* binding */ countThreadFlowLocations),
/* harmony export */   EN: () => (/* binding */ hashKey),
/* harmony export */   Hy: () => (/* binding */ recordKey),
/* harmony export */   IQ: () => (/* binding */ rankOf),
/* harmony export */   PO: () => (/* binding */ resultFacts),
/* harmony export */   XA: () => (/* binding */ keysOnMessage),
/* harmony export */   Z2: () => (/* binding */ securitySeverityOf),
/* harmony export */   j9: () => (/* binding */ ruleLookup),
/* harmony export */   u6: () => (/* binding */ singleFingerprintText)
/* harmony export */ });
/* unused harmony exports ruleOf, countsOf, severityOrder */
/* harmony import */ var _severity__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(40799);

/**
 * A hash of a dedupe key (FNV-1a over its UTF-16 code units, 30 bits so it is a small integer),
 * what duplicates are looked up by; two keys with one hash are then compared in full
 * (recordKey), so a collision never merges two findings.
 */
function hashKey(key) {
    let h = 0x811c9dc5;
    for (let i = 0; i < key.length; i++)
        h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
    return h & 0x3fffffff;
}
/** A record's dedupe key in full, wherever it is held; undefined when it has none. */
function recordKey(record) {
    if (record.dedupeKey !== undefined || record.keyHash < 0)
        return record.dedupeKey;
    return record.keyBytes?.toString('utf8', record.keyStart, record.keyEnd);
}
const LEVEL_RANK = { error: 3, warning: 2, note: 1, none: 0 };
/**
 * Sort key, higher is more severe: the suite's severity (critical … note: from the
 * `security-severity` score where there is one, else from the level, lib/severity.ts), then the
 * score itself, then the level. So "kept by severity" means the same as the severities the cut
 * summary reports, and among equal severities a higher score or level goes first.
 */
function rankOf(score, level) {
    const severity = score !== undefined ? (0,_severity__WEBPACK_IMPORTED_MODULE_0__/* .severityFromScore */ .qI)(score) : (0,_severity__WEBPACK_IMPORTED_MODULE_0__/* .severityFromSarifLevel */ .ny)(level);
    return ((0,_severity__WEBPACK_IMPORTED_MODULE_0__/* .severityRank */ .qs)(severity) * 1002 + (score === undefined ? 0 : 1 + Math.round(score * 100))) * 4 + LEVEL_RANK[level];
}
/** A `security-severity` value (a string by convention, sometimes a number) as a score, if valid. */
function securitySeverityOf(properties) {
    if (typeof properties !== 'object' || properties === null)
        return undefined;
    const raw = properties['security-severity'];
    const score = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : NaN;
    return Number.isFinite(score) && score >= 0 && score <= 10 ? score : undefined;
}
function ruleLookup(run) {
    const driver = run.tool?.driver;
    const extensions = run.tool?.extensions ?? [];
    const byId = new Map();
    for (const component of [driver, ...extensions]) {
        for (const rule of component?.rules ?? [])
            if (rule && typeof rule.id === 'string' && !byId.has(rule.id))
                byId.set(rule.id, rule);
    }
    return { driver, extensions, byId };
}
/** The rule descriptor a result refers to (by rule.toolComponent and index, else by id). */
function ruleOf(result, lookup) {
    const ref = result.rule;
    let component = lookup.driver;
    const componentRef = ref?.toolComponent;
    if (componentRef) {
        if (typeof componentRef.index === 'number')
            component = lookup.extensions[componentRef.index];
        else if (componentRef.guid || componentRef.name) {
            component = lookup.extensions.find((e) => (componentRef.guid ? e.guid === componentRef.guid : e.name === componentRef.name)) ?? lookup.driver;
        }
    }
    const index = typeof result.ruleIndex === 'number' ? result.ruleIndex : ref?.index;
    const byIndex = typeof index === 'number' && index >= 0 ? component?.rules?.[index] : undefined;
    if (byIndex)
        return byIndex;
    const id = result.ruleId ?? ref?.id;
    return id === undefined ? undefined : lookup.byId.get(id);
}
/** Where the result's primary location is, resolved through run.artifacts when it only has an index. */
function primaryLocationKey(result, run) {
    const physical = result.locations?.[0]?.physicalLocation;
    if (!physical)
        return undefined;
    let artifact = physical.artifactLocation;
    if (artifact && artifact.uri === undefined && typeof artifact.index === 'number')
        artifact = run.artifacts?.[artifact.index]?.location ?? artifact;
    const region = physical.region;
    const r = region
        ? `${region.startLine ?? ''}:${region.startColumn ?? ''}:${region.endLine ?? ''}:${region.endColumn ?? ''}:${region.charOffset ?? ''}:${region.charLength ?? ''}:${region.byteOffset ?? ''}:${region.byteLength ?? ''}`
        : '';
    const startLine = typeof region?.startLine === 'number' ? region.startLine : undefined;
    return { key: `${artifact?.uriBaseId ?? ''}\u0001${artifact?.uri ?? ''}\u0001${r}`, startLine };
}
/** A fingerprint set as one string whatever its key order (most have a single key). */
function sortedJson(value) {
    const keys = Object.keys(value);
    if (keys.length === 1)
        return singleFingerprintText(keys[0], String(value[keys[0]]));
    return JSON.stringify(keys.sort().map((k) => [k, value[k]]));
}
/** Steps in all of a result's thread flows. */
function countThreadFlowLocations(result) {
    let n = 0;
    for (const flow of result.codeFlows ?? [])
        for (const thread of flow.threadFlows ?? [])
            n += thread.locations?.length ?? 0;
    return n;
}
function keyCount(value) {
    return typeof value === 'object' && value !== null ? Object.keys(value).length : 0;
}
function countsOf(result) {
    return {
        keys: keyCount(result),
        locations: Array.isArray(result.locations) ? result.locations.length : 0,
        relatedLocations: result.relatedLocations?.length ?? 0,
        threadFlowLocations: countThreadFlowLocations(result),
        fixes: result.fixes?.length ?? 0,
        partialFingerprints: keyCount(result.partialFingerprints),
        fingerprints: keyCount(result.fingerprints),
        properties: keyCount(result.properties),
    };
}
/**
 * The facts of one result in its run: its rule and level (the rule's default level applies when
 * the result gives none; a result whose kind is not "fail" defaults to "none", SARIF §3.27.10),
 * its score, how much it says, and its dedupe key (same rule, same primary location and region,
 * same fingerprint: partialFingerprints.primaryLocationLineHash, else the `fingerprints` set,
 * else, for a result with no fingerprint at all, the same message).
 */
function resultFacts(result, run, lookup, counts = countsOf(result)) {
    const rule = ruleOf(result, lookup);
    const ruleId = result.ruleId ?? result.rule?.id ?? rule?.id ?? '';
    const defaultLevel = result.kind !== undefined && result.kind !== 'fail' ? 'none' : (rule?.defaultConfiguration?.level ?? 'warning');
    const level = result.level ?? defaultLevel;
    const score = securitySeverityOf(result.properties) ?? securitySeverityOf(rule?.properties);
    const severity = score !== undefined ? (0,_severity__WEBPACK_IMPORTED_MODULE_0__/* .severityFromScore */ .qI)(score) : (0,_severity__WEBPACK_IMPORTED_MODULE_0__/* .severityFromSarifLevel */ .ny)(level);
    const lineHash = result.partialFingerprints?.primaryLocationLineHash;
    // Without any fingerprint the message is what tells two findings of one rule at one place
    // apart (Trivy reports every vulnerable package of an image at the image's line 1).
    const fingerprint = typeof lineHash === 'string' && lineHash !== ''
        ? `h:${lineHash}`
        : counts.fingerprints > 0
            ? `f:${counts.fingerprintText ?? sortedJson(result.fingerprints)}`
            : `m:${result.message?.text ?? `${result.message?.id ?? ''}${JSON.stringify(result.message?.arguments ?? [])}`}`;
    // (keysOnMessage() below says when the last branch is taken.)
    const location = primaryLocationKey(result, run);
    const dedupeKey = location ? `${ruleId}\u0000${location.key}\u0000${fingerprint}` : fingerprint.startsWith('m:') ? undefined : `${ruleId}\u0000\u0000${fingerprint}`;
    const locationCount = counts.locations;
    const threadFlowLocationCount = counts.threadFlowLocations;
    const info = counts.keys +
        locationCount +
        counts.relatedLocations +
        threadFlowLocationCount +
        counts.fixes +
        counts.partialFingerprints +
        counts.fingerprints +
        counts.properties;
    return {
        ruleId,
        level,
        score,
        severity,
        rank: rankOf(score, level),
        info,
        dedupeKey,
        hasLineHash: typeof lineHash === 'string' && lineHash !== '',
        fingerprintable: location?.startLine !== undefined && location.startLine >= 1,
        locationCount,
        threadFlowLocationCount,
    };
}
/** The result's dedupe key is made with its message: it has no fingerprint of either kind (see resultFacts). */
function keysOnMessage(result, fingerprints = keyCount(result.fingerprints)) {
    const lineHash = result.partialFingerprints?.primaryLocationLineHash;
    return !(typeof lineHash === 'string' && lineHash !== '') && !(fingerprints > 0);
}
/** A single fingerprint as the dedupe key writes a fingerprint set (sortedJson). */
function singleFingerprintText(key, value) {
    return `${key}=${value}`;
}
/** Severity rank for ordering runs (higher first); see lib/severity. */
function severityOrder(severity) {
    return severityRank(severity);
}


/***/ }),

/***/ 60140:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  On: () => (/* binding */ ResultScans),
  J2: () => (/* binding */ prepareWalk),
  _w: () => (/* binding */ takeWalkMemory)
});

// EXTERNAL MODULE: ./lib/sarif/result-check.ts
var result_check = __webpack_require__(19726);
// EXTERNAL MODULE: ./lib/sarif/json-scan.ts
var json_scan = __webpack_require__(25804);
;// CONCATENATED MODULE: ./lib/sarif/result-walk-wasm.ts
// Generated by scripts/build-wasm.ts from wasm/result-walk.ts (AssemblyScript 0.28.20): do not edit.
// 8273 bytes of WebAssembly, base64.
const RESULT_WALK_WASM = 'AGFzbQEAAAABKgZgAn9/AX9gAX8Bf2ACf38BfGADf39/AX9gBX9/f39/AX9gBH9/f38BfwJABANlbnYGdW5pcXVlAAMDZW52C3N0cmluZ0NoZWNrAAUDZW52' +
    'C3BhcnNlTnVtYmVyAAIDZW52Bm1lbW9yeQIAAAMNDAEAAQACAAEDAAQEAAZEDH8BQQALfwFBAAt/AUEAC38BQQALfwFBAAt8AUQAAAAAAAAAAAt/AUEAC38B' +
    'QQALfwFBAAt/AUEAC38BQQALfwFBAAsHLAQFY2hlY2sACgxjaGVja1Jlc3VsdHMADQhmYWN0c0FsbAAMBm1lbW9yeQIACtU+DMYGAQF/IAAtAAAiAUEiRgRA' +
    'IAAQBQ8LIAFB+wBGBEAgAEEBaiEAA0ACQCAALQAAIgFBDUYgAUEgRnIgAUEJRnIEfyAAQQFqBSABQQpGBH9BASQCIABBAWoFDAILCyEADAELCyAALQAAQf0A' +
    'RgRAIABBAWoPCwNAIAAtAABBIkcEQEF/DwsgABAFIgBBf0YEQEF/DwsDQAJAIAAtAAAiAUENRiABQSBGciABQQlGcgR/IABBAWoFIAFBCkYEf0EBJAIgAEEB' +
    'agUMAgsLIQAMAQsLIAAtAABBOkcEQEF/DwsgAEEBaiEAA0ACQCAALQAAIgFBDUYgAUEgRnIgAUEJRnIEfyAAQQFqBSABQQpGBH9BASQCIABBAWoFDAILCyEA' +
    'DAELCyAAEAMiAEF/RgRAQX8PCwNAAkAgAC0AACIBQQ1GIAFBIEZyIAFBCUZyBH8gAEEBagUgAUEKRgR/QQEkAiAAQQFqBQwCCwshAAwBCwsgAC0AACIBQSxG' +
    'BEAgAEEBaiEAA0ACQCAALQAAIgFBDUYgAUEgRnIgAUEJRnIEfyAAQQFqBSABQQpGBH9BASQCIABBAWoFDAILCyEADAELCwwBBUF/IABBAWogAUH9AEcbDwsA' +
    'CwALIAFB2wBGBEAgAEEBaiEAA0ACQCAALQAAIgFBDUYgAUEgRnIgAUEJRnIEfyAAQQFqBSABQQpGBH9BASQCIABBAWoFDAILCyEADAELCyAALQAAQd0ARgRA' +
    'IABBAWoPCwNAIAAQAyIAQX9GBEBBfw8LA0ACQCAALQAAIgFBDUYgAUEgRnIgAUEJRnIEfyAAQQFqBSABQQpGBH9BASQCIABBAWoFDAILCyEADAELCyAALQAA' +
    'IgFBLEYEQCAAQQFqIQADQAJAIAAtAAAiAUENRiABQSBGciABQQlGcgR/IABBAWoFIAFBCkYEf0EBJAIgAEEBagUMAgsLIQAMAQsLDAEFQX8gAEEBaiABQd0A' +
    'RxsPCwALAAsgAUH0AEYEQEF/IABBBGogACgCAEH05NWrBkcbDwsgAUHmAEYEQEF/IABBBWogACgCAUHh2M2rBkcbDwsgAUHuAEYEQEF/IABBBGogACgCAEHu' +
    '6rHjBkcbDwsgABAJC60FAgV/AXwCQCABKAIAIgNBAXENACABKAIEIQIgAC0AACIEQSJGBEAgAkEQcQR/An9BfyAAEAUiBEF/Rg0AGiAEIANBBHFFDQAaIwFB' +
    'ASADQcAAcRtFBEAgASgCSCEFIABBAWohAgNAIAIgBEEBa0gEfyAFIAItAABqLQAAQQFGBUEACwRAIAJBAWohAgwBCwsgBCACIARBAWtGDQEaCyABKAI8IgJB' +
    'AE4EQCACQQN0QUBrIAA2AgALIwFBASADQSBxG0UEQCABQUBrKAIAIgUoAgAhBiAEIABrQQJrIQNBACECIARBfwJ/A0AgAiAGSARAIAMgAkEDdCIBIAVBBGpq' +
    'KAIARgRAIAVBCGogAWooAgAhBEEAIQEDQCABIANIBH8gASAEai0AACAAQQFqIAFqLQAARgVBAAsEQCABQQFqIQEMAQsLQQEgASADRg0DGgsgAkEBaiECDAEL' +
    'C0EACxsMAQsgBEF/IAEoAkQgACAEIwFBAEcQARsLBUF/Cw8LIANBgAFxQQBHIQUgBEH7AEYEQCAFIAJBwABxRXIEf0F/BSAAIAEQCAsPCyAEQdsARgRAIAUg' +
    'AkEgcUVyBH9BfwUgACABEA4LDwsgBQ0AIARB9ABGBEAgAkECcQR/QX8gAEEEaiAAKAIAQfTk1asGRxsFQX8LDwsgBEHmAEYEQCACQQJxBH9BfyAAQQVqIAAo' +
    'AgFB4djNqwZHGwVBfwsPCyAEQe4ARgRAIAJBAXEEf0F/IABBBGogACgCAEHu6rHjBkcbBUF/Cw8LIAJBDHFFDQAgABAJIgBBf0YNACMFIgcgB6FEAAAAAAAA' +
    'AABiDQBBACAHIAecYiACQQhxGw0AIANBCHEEfyAHIAErA1BjBUEACw0AIANBEHEEfyAHIAErA1hkBUEACw0AIAAPC0F/C5oEAgF7An8gAEEBaiEAA0ACQANA' +
    'IwAgAEEQak4EQAJAIAD9AAQAIgH9DCIiIiIiIiIiIiIiIiIiIiL9IyAB/QxcXFxcXFxcXFxcXFxcXFxc/SP9UCAB/QwgICAgICAgICAgICAgICAg/Sb9UCIB' +
    '/VMEQCAAIAH9ZGhqIQAMAQsgAEEQaiEADAILCwsgACMATgRAQX8PCyAALQAAIgNBIkYNACADQdwARgRAQQEhAiAALQABIgNB9QBGBEAgAC0AAiIDQTlNIANB' +
    'ME9xBH9BAQUgA0HmAE0gA0HhAE9xCwR/QQEFIANBxgBNIANBwQBPcQsEfyAALQADIgNBOU0gA0EwT3EEf0EBBSADQeYATSADQeEAT3ELBH9BAQUgA0HGAE0g' +
    'A0HBAE9xCwVBAAsEfyAALQAEIgNBOU0gA0EwT3EEf0EBBSADQeYATSADQeEAT3ELBH9BAQUgA0HGAE0gA0HBAE9xCwVBAAsEfyAALQAFIgNBOU0gA0EwT3EE' +
    'f0EBBSADQeYATSADQeEAT3ELBH9BAQUgA0HGAE0gA0HBAE9xCwVBAAsEQCAAQQZqIQAMBAtBfw8LIANB3ABGIANBIkZyIANBL0ZyIANB4gBGciADQeYARnIg' +
    'A0HuAEZyIANB8gBGciADQfQARnIEQCAAQQJqIQAMAwtBfw8LIANBIEkEQEF/DwUgAEEBaiEADAILAAsLIAIkASAAQQFqC5gBAQV/QcW78oh4IQQgACECA0Ag' +
    'ASACSgRAIAQgAi0AAHNBk4OACGwhBCACQQFqIQIMAQsLIAEhAyMKIQUjCSEBIAAhAgNAIAIgA0gEQCABIgBBAWohASAAIAItAAAiADoAACAAIAVzQZODgAhs' +
    'IQUgBiAAQdwARnIhBiACQQFqIQIMAQsLIAEkCSAFJAogBgRAQQEkCwsgBAvGAQICfAN/IAEgAGsiBkEQSiAGQQBMcgRARAAAAAAAAPh/DwtEAAAAAAAA8D8h' +
    'AgNAIAAgAUgEQAJAIAVFIAAtAAAiBkEuRnEgBEEASnEgACABQQFrSHEEQEEBIQUMAQsgBkEwSSAGQTlLcgRARAAAAAAAAPh/DwsgA0QAAAAAAAAkQKIgBkEw' +
    'a7egIQMgBEEBaiEEIAJEAAAAAAAAJECiIAIgBRshAgsgAEEBaiEADAELC0QAAAAAAAD4fyADIAKjIARBD0obC7wKARF/IAEoAhghDyABKAIcIQogASgCICEL' +
    'IAEoAjghAiABKAI0IgxBAE4EQEEAJAYLIABBAWohAANAAkAgAC0AACIDQQ1GIANBIEZyIANBCUZyBH8gAEEBagUgA0EKRgR/QQEkAiAAQQFqBQwCCwshAAwB' +
    'CwsCQCAALQAAQf0ARwRAA0AgAC0AAEEiRw0CQcW78oh4IQYgAEEBaiIRIQRBACEHA0AgBC0AACIAQSJHBEAgAEHcAEYgAEEgSXIEQAwFBSAAIAdyIQcgACAG' +
    'c0GTg4AIbCEGIARBAWohBAwCCwALCyAEQQFqIQADQAJAIAAtAAAiA0ENRiADQSBGciADQQlGcgR/IABBAWoFIANBCkYEf0EBJAIgAEEBagUMAgsLIQAMAQsL' +
    'IAAtAABBOkcNAiAEIBFrIRIgAEEBaiEAA0ACQCAALQAAIgNBDUYgA0EgRnIgA0EJRnIEfyAAQQFqBSADQQpGBH9BASQCIABBAWoFDAILCyEADAELC0EAIQUg' +
    'CkEATgRAIAYgCnEhDQNAIA8gDUECdGooAgAiBQRAAkAgBSgCBCAGRgR/IAUoAgggEkYFQQALBEAgBSgCDCEQQQAhAwNAIAMgEkgEfyADIBFqLQAAIAMgEGot' +
    'AABGBUEACwRAIANBAWohAwwBCwsgAyASRg0BCyANQQFqIApxIQ0MAgsLCwsgACEDIAUEQCAFKAIAIgBBIEgEQCAIQQEgAHQiAHENBCAAIAhyIQgFIAlBASAA' +
    'QSBrdCIAcQ0EIAAgCXIhCQsgAyAFKAIQEAQiAEF/Rg0DIAUoAhQiBEEATgRAIARBA3QiBUFAayADNgIAIAUgADYCRCADLQAAQdsARgRAIARBAnQjBDYCgAML' +
    'CwUgC0UNAyAMQQBOBEAgB0GAAU4NBEEAIQYDQCAGIwZIBEAgBkECdCIAKAKgBCEHIBIgACgCpAQgB2tGBEBBACEFA0AgBSASSAR/IAUgB2otAAAgBSARai0A' +
    'AEYFQQALBEAgBUEBaiEFDAELCyAFIBJGDQcLIAZBAmohBgwBCwsjBkECaiIAQYAESg0EIwZBAnQiBSARNgKgBCAFIAQ2AqQEIAAkBgsgC0F/RgR/IAMQAwUg' +
    'AyALEAQLIgBBf0YNAyACQQBOBEAgAkEDdCICQUBrIBFBAWs2AgAgAiAEQQFqNgJEIAIgAzYCSCACIAA2AkxBfyECCwsgDkEBaiEOA0ACQCAALQAAIgNBDUYg' +
    'A0EgRnIgA0EJRnIEfyAAQQFqBSADQQpGBH9BASQCIABBAWoFDAILCyEADAELCyAALQAAIgNBLEYEQCAAQQFqIQADQAJAIAAtAAAiA0ENRiADQSBGciADQQlG' +
    'cgR/IABBAWoFIANBCkYEf0EBJAIgAEEBagUMAgsLIQAMAQsLDAEFIANB/QBHDQMLCwsgASgCKCICIAlxIAJHIAEoAiQiAiAIcSACR3INACABKAIsIgIEQCAC' +
    'KAIAIQNBACEEQQAhBQNAIAMgBUoEQCAEQQFqIAQgBUEDdCIEIAJBCGpqKAIAIgYgCXEgBkYgAkEEaiAEaigCACIEIAhxIARGcRshBCAFQQFqIQUMAQsLBUEB' +
    'IQQLIARFDQAgASgCMCIBBH8gASgCACECQQAhBUEAIQMDQCACIANKBEAgBUEBaiAFIANBA3QiBCABQQhqaigCACIFIAlxIAVGIAFBBGogBGooAgAiBCAIcSAE' +
    'RnEbIQUgA0EBaiEDDAELCyAFQQFHBUEACw0AIAxBAE4EQCAMQQJ0IA42AoADCyAAQQFqDwtBfwuIAwIDfwF8QQEhAiAAIgFBAWogACAALQAAQS1GGyIALQAA' +
    'IgNBMEYEQCAAQQFqIQAFIANBOU0gA0ExT3EEQCAAQQFqIQADQCAALQAAIgNBOU0gA0EwT3EEQCAAQQFqIQAMAQsLBUF/DwsLIAAtAABBLkYEQEEAIQIgAEEB' +
    'aiIALQAAIgNBOU0gA0EwT3FFBEBBfw8LA0AgAC0AACIDQTlNIANBME9xBEAgAEEBaiEADAELCwsgAC0AACIDQcUARiADQeUARnIEQEEAIQIgAEEBaiIALQAA' +
    'IgNBLUYgA0ErRnIEQCAAQQFqIQALIAAtAAAiA0E5TSADQTBPcUUEQEF/DwsDQCAALQAAIgNBOU0gA0EwT3EEQCAAQQFqIQAMAQsLCyAAIAFrQQ9MIAJxBEAg' +
    'AUEBaiABIAEtAABBLUYiAhshAQNAIAAgAUoEQCAERAAAAAAAACRAoiABLQAAQTBrQf8BcbigIQQgAUEBaiEBDAELCyAEmiAEIAIbJAUFIAEgABACJAULIAAL' +
    'WQAgASQAQcAAQf8BQcAC/AsAQYADQQBBoAH8CwBBACQDQQAkAiAALQAAQfsARwR/QQEFIAIoAgBBAXELBEBBfw8LIAAgAhAIQQAjAzYCAEEEIwJBAEc2AgAL' +
    'rBMCEn8EfAJAIwcoAhxBAE4iAgR/IwcoAjRBAE4FQQALDQAjBygCDEEATgR/QQAFQQNBfyACBH8jBygCJEEATgVBAAsbCyIFQQBIDQBEAAAAAAAA8L8hFSMH' +
    'KAIUQQBOBH9BAQVBBEF/IAIEfyMHKAIsQQBOBUEACxsLIgJBAE4EQCMIIAJBA3QiAiMHaigCEGohBCMIIwdBDGogAmooAgBqIgItAABBLUYEQCAEIAJrQQJH' +
    'BH9BAQUgAi0AAUExRwsNAgVEAAAAAAAAAMAhFQJAIAQgAmsiA0EATCADQQ9KcgR/QQEFIAItAABBMEYgA0EBSnELDQADQCACIARIBEAgAi0AACIDQTBJIANB' +
    'OUtyDQIgFEQAAAAAAAAkQKIgA0Ewa7egIRQgAkEBaiECDAELCyAUIRULIBVEAAAAAAAAAABjDQILCyAAJAlBxbvyiHgkCkEAJAsjCCAFQQN0IgIjB0EMamoo' +
    'AgBqQQFqIhEjCCMHIAJqKAIQakEBayISEAYhEyMJIgJBAWokCSACQQA6AAAjCkGTg4AIbCQKQX8hDCMHKAJcIgJBAE4EQCMIIAJqIgQtAAEhAyMIIwcoAmBq' +
    'IARrQQJrIgJBBUYgA0HlAEZxBH9BAAUgAkEHRiADQfcARnEEf0EBBSACQQRGIANB7gBGcQR/IAQtAAJB7wBGBH8gBC0AA0H0AEYFQQALBH9BAgVBA0F+IAQt' +
    'AANB7gBGGwsFQX4LCwsiDEF+Rg0BCyMHKAJUIgJBAE4EfyMIIwcoAlhqIwggAmoiAmtBBkYEfyACLQABQeYARgVBAAsEfyACLQACQeEARgVBAAsEfyACLQAD' +
    'QekARgVBAAsEfyACLQAEQewARgVBAAsFQX8LIQgjBygCrAIiAkEATgRAIwgjBygCsAJqIQREAAAAAAAA+H8hFCMIIAJqIgMtAAAiAkEiRgR/QQEhBSADQQFq' +
    'IQIDQCACIARBAWtIBEAgBUEAIAItAABB3ABHGyEFIAJBAWohAgwBCwtBA0EBIAUEfCADQQFqIARBAWsQBwVEAAAAAAAA+H8LIhQgFGIbBSACQS1GBH9BAQUg' +
    'AkE5TSACQTBPcQsEf0EDQQEgAyAEEAciFCAUYhsFQQALCyINQQFGBEAgFEQAAAAAAAAkQGUEQCAUIRYFQQAhDQsLCyMHKAL0ASICQQBOIgUEQCMIIwcoAvgB' +
    'aiMIIAJqa0ECSiEFCyAFRQRAIwcoAvwBQQBOBH8jBygCxANBAUcFQQELDQEjCCMHKAKMAmotAABBIkcNAQtEAAAAAAAA+H8hF0F/IQ5BfyEPIwcoAmxBAE4i' +
    'AgRAIwcoAnRBAE4hAgsgAgR/IwcoAnxBAE4FIAILIgQEQCMHKAKEAUEATgRAIwcoAowBQQBOIgcEf0EABSMHKAKcAUEATgsEQEEADwsjBygClAEiA0EATgRA' +
    'IwgjBygCmAFqQQFrIQYjCiELIwkhAiMIIANqQQFqIQkDQCAGIAlKBEAgAiIDQQFqIQIgAyAJLQAAIgM6AAAgAyALc0GTg4AIbCELIAogA0HcAEZyIQogCUEB' +
    'aiEJDAELCyACJAkgCyQKIAoEQEEBJAsLCyMJIgJBAWokCSACQQE6AAAjCkEBc0GTg4AIbCQKIAcEfyMIIwcoAowBakEBaiIOIwgjBygCkAFqQQFrIg8QBgVB' +
    'AAshEAUjCSICQQFqJAkgAkEBOgAAIwpBAXNBk4OACGwkCgsjCSICQQFqJAkgAkEBOgAAIwpBAXNBk4OACGwkCiMHKAKkAUEATgRAQQAhCgNAIApBCEgEQCAK' +
    'QQBKBEAjCSICQQFqJAkgAkE6OgAAIwpBOnNBk4OACGwkCgsgCkEUakEDdCIDIwdBDGpqKAIAIgJBAE4EQCMIIAJqIgkhAkEAIQsCQCMIIwcgA2ooAhBqIgcg' +
    'CUEBaiACIAktAABBLUYiBhsiAmsiA0EATCADQQ9KcgR/QQEFIAYgA0EBSnIgAi0AAEEwRnELDQBEAAAAAAAAAAAhFANAIAIgB0gEQCACLQAAIgNBMEkgA0E5' +
    'S3INAiAURAAAAAAAACRAoiADQTBrt6AhFCACQQFqIQIMAQsLIBSaIBQgBhskBUEBIQsLIAtFDQUgFyMFIAobIRcjCiEGIwkhAkEAIQsDQCAHIAlKBEAgAiID' +
    'QQFqIQIgAyAJLQAAIgM6AAAgAyAGc0GTg4AIbCEGIAsgA0HcAEZyIQsgCUEBaiEJDAELCyACJAkgBiQKIAsEQEEBJAsLCyAKQQFqIQoMAQsLCwsjCSICQQFq' +
    'JAkgAkEAOgAAIwpBk4OACGwkCiAFBH8jCSICQQFqJAkgAkHoADoAACMKQegAc0GTg4AIbCQKIwkiAkEBaiQJIAJBOjoAACMKQTpzQZODgAhsJAojCCMHKAL4' +
    'AWpBAWshBiMKIQtBACEKIwgjBygC9AFqQQFqIQkjCQUjCSICQQFqJAkgAkHmADoAACMKQeYAc0GTg4AIbCQKIwkiAkEBaiQJIAJBOjoAACMKQTpzQZODgAhs' +
    'JAojCCMHKAKIAmpBAWshBiMKIQsjCSECQQAhCiMIIwcoAoQCakEBaiEJA0AgBiAJSgRAIAIiA0EBaiECIAMgCS0AACIDOgAAIAMgC3NBk4OACGwhCyAKIANB' +
    '3ABGciEKIAlBAWohCQwBCwsgAiQJIAskCiAKBEBBASQLCyMJIgJBAWokCSACQT06AAAjCkE9c0GTg4AIbCQKIwgjBygCkAJqQQFrIQYjCiELQQAhCiMIIwco' +
    'AowCakEBaiEJIwkLIQIDQCAGIAlKBEAgAiIDQQFqIQIgAyAJLQAAIgM6AAAgAyALc0GTg4AIbCELIAogA0HcAEZyIQogCUEBaiEJDAELCyACJAkgCyQKIAoE' +
    'QEEBJAsLIwsNACMHKAL8AiEGIwcoAuwDIQMgASMJIABrNgIEIAEjCkH/////A3E2AgggASARNgIMIAEgEjYCECABIBM2AhQgASAV/AI2AhggASAMNgIcIAEg' +
    'CDYCICABIAVBAEc2AiQgASAXRAAAAAAAAPA/ZiAEIAQbIgJBAEc2AiggASAOQX9BACACIAUbGzYCLCABIA82AjAgASAQNgI0IAEjBygC2AMjBygCxAMjBygC' +
    'vAMjBygC1AMjBygC0AMgBiMHKALgA2pqIANqampqajYCOCABIAY2AjwgAUFAayADNgIAIAEgDTYCRCABIAA2AkggASMHKAK8AkEATkECQQAjBygCxAJBAE4b' +
    'ckEEQQAjBygCnAFBAE4bckEIQQAjBygC8ANBAUYbcjYCTCABIBY5A1BBAQ8LQQALrgEBBH8gBCQIQQAhBANAIAEgBEoEQCACIARB4ABsaiEFAkAgACAEQfQD' +
    'bGoiBygCCEEBRwRAIAVBfzYCAAwBCyADIAcoAgRqIAcoAgBrQUBrIgg/AEEQdCIGTAR/QQEFIAggBmtBEHVBAWo/AEEDdWpAAEEATgtFBEBBfw8LIAckByAF' +
    'IAMgBRALIgY2AgAgBkEBRgRAIAMgBSgCBGohAwsLIARBAWohBAwBCwsgAwu4BQEGfyABJAAgAEEBaiEAA0ACQCAALQAAIgVBDUYgBUEgRnIgBUEJRnIEfyAA' +
    'QQFqBSAFQQpGBH9BASQCIABBAWoFDAILCyEADAELCyAAIgUtAABB3QBGBEBBCEEANgIAIAAPCwNAAkAgBS0AAEH7AEcEQEF/DwsgAyAIQfQDbGoiBkH0A2oi' +
    'AD8AQRB0IgdMBH9BAQUgACAHa0EQdUEBaj8AQQN1akAAQQBOC0UEQEF/DwsgBSABIAIQCiIJIgBBf0YEQEEBIQcgBUEBaiEAAn8DQCAHQQBKBEBBfyAAIwBO' +
    'DQIaIAAtAAAiCkEiRgRAIABBAWohAEF/An8DQCAAIwBIBEAgAEEBaiAALQAAIgpBIkYNAhogAEECQQEgCkHcAEYbaiEADAELC0F/CyIAQX9GDQMaDAILIApB' +
    '2wBGIApB+wBGcgR/IAdBAWoFIAdBAWsgByAKQd0ARiAKQf0ARnIbCyEHIABBAWohAAwBCwsgAAsiAEF/RgRAQX8PCwsgBiAFNgIAIAYgADYCBCAGIAlBf0ci' +
    'BTYCCCAFBEBBACEFA0AgBUHQAEgEQCAFQQJ0IgdBQGsoAgAhCSAGQQxqIAdqIAkgCSAEayAJQQBIGzYCACAFQQFqIQUMAQsLIAZBzAJqQYADQaAB/AoAACAG' +
    'IwM2AuwDIAYjAkEARzYC8AMLIAhBAWohCANAAkAgAC0AACIFQQ1GIAVBIEZyIAVBCUZyBH8gAEEBagUgBUEKRgR/QQEkAiAAQQFqBQwCCwshAAwBCwsgAC0A' +
    'ACIFQSxGBH8gAEEBaiEAA0ACQCAALQAAIgVBDUYgBUEgRnIgBUEJRnIEfyAAQQFqBSAFQQpGBH9BASQCIABBAWoFDAILCyEADAELCyAABSAFQd0ARgRADAIF' +
    'QX8PCwALIQUMAQsLQQggCDYCACAAC6MDAQZ/IAEoAgghBiABKAIMIQUgACICQQFqIQADQAJAIAAtAAAiA0ENRiADQSBGciADQQlGcgR/IABBAWoFIANBCkYE' +
    'f0EBJAIgAEEBagUMAgsLIQAMAQsLIAAtAABB3QBHBEADQCAAIQMgBSAGIARFIAVBAEdxGyIHBH8gACAHEAQFIAMQAwsiAEF/RgRAQX8PCyAEQQEgBRtFBEBB' +
    'qAEgAzYCAEGsASAANgIACyAEQQFqIQQDQAJAIAAtAAAiA0ENRiADQSBGciADQQlGcgR/IABBAWoFIANBCkYEf0EBJAIgAEEBagUMAgsLIQAMAQsLIAAtAAAi' +
    'A0EsRgRAIABBAWohAANAAkAgAC0AACIDQQ1GIANBIEZyIANBCUZyBH8gAEEBagUgA0EKRgR/QQEkAiAAQQFqBQwCCwshAAwBCwsMAQUgA0HdAEcEQEF/DwsL' +
    'CwsgBCABKAIQSARAQX8PCyAEQQJOQQAgASgCFCIDGwR/IAMgAiAAQQFqEAAFQQELRQRAQX8PCyABKAIAQQJxBEAjAyAEaiQDCyAEJAQgAEEBags=';

// EXTERNAL MODULE: ./lib/sarif/scanned-facts.ts
var scanned_facts = __webpack_require__(22886);
;// CONCATENATED MODULE: ./lib/sarif/result-walk.ts




/**
 * The result check of result-check.ts compiled to WebAssembly (wasm/result-walk.ts, built into
 * result-walk-wasm.ts by scripts/build-wasm.ts): the same walk over a result's bytes (and over a
 * log's skeleton, from the schema's root: checkLog), the same answer, about three times as fast, since a byte loop in WebAssembly has no bounds checks and
 * strings are scanned 16 bytes at a time. The schema goes in as tables, written here from the
 * nodes result-check.ts compiles (so both walks read one schema file); what needs JavaScript
 * (formats, patterns, escaped enum values, numbers that are not plain integers, unique items)
 * is answered by result-check.ts's own Walker, through the module's imports.
 *
 * One instance per thread: its memory holds the tables and the file being read (a copy: the
 * file's own buffer is handed to another thread afterwards, which a WebAssembly memory cannot
 * be). Where WebAssembly is not available (node --jitless), result-check.ts's walk runs instead.
 */
// The layout wasm/result-walk.ts uses (byte offsets).
const STATE_STEPS = 0;
const STATE_LINE_BREAK = 4;
const STATE_COUNT = 8;
/** Bytes of a row of facts (wasm/result-walk.ts's ROW_BYTES; the word offsets below are its fields). */
const ROW_BYTES = 96;
const LEVELS = ['error', 'warning', 'note', 'none'];
/** Words a result checkResults stores takes: start, end, vouched, spans, counts, steps, line break. */
const RECORD_WORDS = 3 + 2 * 40 + 40 + 2;
const SPANS = 64;
const COUNTS = SPANS + 2 * 40 * 4;
const TABLES = 4096;
/** Zero bytes after a file: the walk reads a few bytes ahead, and a zero ends anything. */
const PADDING = 64;
/**
 * Records and rows of a file's results per byte of the file, as far as prepare() touches ahead: a
 * stored record is 500 bytes and a row 96 (plus its key), and a result takes 900 bytes of SARIF
 * or more (the bench's CodeQL and Semgrep shapes); fewer, larger results need less.
 */
const RESULT_BYTES_PER_FILE_BYTE = 0.6;
// Node layout (wasm/result-walk.ts's N_* and F_* constants).
const NODE_BYTES = 96;
const PROP_BYTES = 24;
const F_UNSUPPORTED = 1;
const F_COUNTS_STEPS = 2;
const F_STRING_CHECK = 4;
const F_MIN = 8;
const F_MAX = 16;
const F_ENUM_ONLY = 32;
const F_SAFE_ONLY = 64;
const F_ENUM = 128;
const wasmApi = globalThis.WebAssembly;
let compiled;
function walkModule() {
    if (compiled === undefined) {
        try {
            if (!wasmApi)
                throw new Error('no WebAssembly');
            compiled = new wasmApi.Module(Buffer.from(RESULT_WALK_WASM, 'base64'));
        }
        catch {
            compiled = null; // no WebAssembly here (e.g. node --jitless)
        }
    }
    return compiled ?? undefined;
}
/** Writes the schema graph from `roots` as tables (see wasm/result-walk.ts); returns their bytes and the roots' and each node's place. */
function writeTables(roots) {
    let buffer = new ArrayBuffer(1 << 16);
    let view = new DataView(buffer);
    let top = TABLES;
    const alloc = (size) => {
        const at = (top + 7) & ~7;
        top = at + size;
        while (top - TABLES > buffer.byteLength) {
            const grown = new ArrayBuffer(buffer.byteLength * 2);
            new Uint8Array(grown).set(new Uint8Array(buffer));
            buffer = grown;
            view = new DataView(buffer);
        }
        return at;
    };
    const i32 = (ptr, value) => view.setInt32(ptr - TABLES, value, true);
    const f64 = (ptr, value) => view.setFloat64(ptr - TABLES, value, true);
    const bytesAt = (ptr, bytes) => new Uint8Array(buffer, ptr - TABLES, bytes.length).set(bytes);
    const nodes = [];
    const ptrs = new Map();
    const safeTables = new Map();
    // Places every node first (the graph has cycles), then fills them in.
    const place = (node) => {
        let ptr = ptrs.get(node);
        if (ptr === undefined) {
            ptr = alloc(NODE_BYTES);
            ptrs.set(node, ptr);
            nodes.push(node);
        }
        return ptr;
    };
    const requiredList = (branches) => {
        if (!branches)
            return 0;
        const ptr = alloc(4 + 8 * branches.length);
        i32(ptr, branches.length);
        branches.forEach(([lo, hi], b) => {
            i32(ptr + 4 + 8 * b, lo);
            i32(ptr + 8 + 8 * b, hi);
        });
        return ptr;
    };
    const rootPtrs = roots.map(place);
    for (let n = 0; n < nodes.length; n++) {
        const node = nodes[n];
        const ptr = ptrs.get(node);
        const onlyEnum = node.enumStrings !== undefined && node.format === undefined && node.pattern === undefined;
        const onlySafe = node.enumStrings === undefined && node.pattern === undefined && node.formatSafe !== undefined;
        const flags = (node.unsupported ? F_UNSUPPORTED : 0) |
            (node.countsSteps ? F_COUNTS_STEPS : 0) |
            (node.enumStrings !== undefined || node.format !== undefined || node.pattern !== undefined ? F_STRING_CHECK : 0) |
            (node.minimum !== undefined ? F_MIN : 0) |
            (node.maximum !== undefined ? F_MAX : 0) |
            (onlyEnum ? F_ENUM_ONLY : 0) |
            (onlySafe ? F_SAFE_ONLY : 0) |
            (node.enumStrings !== undefined ? F_ENUM : 0);
        i32(ptr, flags);
        i32(ptr + 4, node.types);
        i32(ptr + 8, node.items ? place(node.items) : 0);
        i32(ptr + 12, node.firstItem ? place(node.firstItem) : 0);
        i32(ptr + 16, node.minItems);
        i32(ptr + 20, node.unique);
        if (node.mask >= 0) {
            const table = alloc(4 * (node.mask + 1));
            node.table.forEach((prop, slot) => {
                if (!prop)
                    return i32(table + 4 * slot, 0);
                const p = alloc(PROP_BYTES);
                const key = alloc(prop.bytes.length);
                bytesAt(key, prop.bytes);
                i32(p, prop.bit);
                i32(p + 4, prop.hash);
                i32(p + 8, prop.bytes.length);
                i32(p + 12, key);
                i32(p + 16, place(prop.node));
                i32(p + 20, prop.slot);
                i32(table + 4 * slot, p);
            });
            i32(ptr + 24, table);
        }
        else
            i32(ptr + 24, 0);
        i32(ptr + 28, node.mask);
        i32(ptr + 32, node.additional === undefined ? -1 : node.additional === false ? 0 : place(node.additional));
        i32(ptr + 36, node.requiredLo);
        i32(ptr + 40, node.requiredHi);
        i32(ptr + 44, requiredList(node.anyOf));
        i32(ptr + 48, requiredList(node.oneOf));
        i32(ptr + 52, node.countSlot);
        i32(ptr + 56, node.extraSlot);
        i32(ptr + 60, node.unsafeSlot);
        if (node.enumStrings) {
            const values = [...node.enumStrings].map((v) => Buffer.from(v, 'utf8'));
            const list = alloc(4 + 8 * values.length);
            i32(list, values.length);
            values.forEach((v, e) => {
                const at = alloc(v.length);
                bytesAt(at, v);
                i32(list + 4 + 8 * e, v.length);
                i32(list + 8 + 8 * e, at);
            });
            i32(ptr + 64, list);
        }
        else
            i32(ptr + 64, 0);
        i32(ptr + 68, n);
        if (node.formatSafe) {
            let safe = safeTables.get(node.formatSafe);
            if (safe === undefined) {
                safe = alloc(256);
                bytesAt(safe, node.formatSafe);
                safeTables.set(node.formatSafe, safe);
            }
            i32(ptr + 72, safe);
        }
        else
            i32(ptr + 72, 0);
        f64(ptr + 80, node.minimum ?? 0);
        f64(ptr + 88, node.maximum ?? 0);
    }
    return { bytes: new Uint8Array(buffer, 0, top - TABLES), rootPtrs, nodes };
}
/** The memory as bytes, 32-bit words and doubles. */
function views(memory) {
    return [Buffer.from(memory.buffer), new Int32Array(memory.buffer), new Float64Array(memory.buffer)];
}
/** The WebAssembly walk of one thread, over the file loaded last. */
class ResultWalk {
    exports;
    memory;
    rootPtr;
    /** The whole log's node (checkLog). */
    logRootPtr;
    nodes;
    /** Where a file's bytes start in memory, and where the file loaded last ends. */
    fileBase;
    fileEnd = 0;
    /** Where the next array's records go (bytes). */
    recordsTop = 0;
    ascii = true;
    /** Memory prepare() touched up to. */
    preparedTo = 0;
    /** Views of the memory (new ones after it grows). */
    bytes;
    words;
    doubles;
    /** result-check.ts's walk, for what the WebAssembly one asks of JavaScript. */
    js = new result_check/* Walker */.J7();
    constructor(module) {
        const { bytes, rootPtrs, nodes } = writeTables([(0,result_check/* resultNode */.WG)(), (0,result_check/* logNode */.vH)()]);
        [this.rootPtr, this.logRootPtr] = rootPtrs;
        this.nodes = nodes;
        this.fileBase = (TABLES + bytes.length + 15) & ~15;
        this.memory = new wasmApi.Memory({ initial: Math.ceil((this.fileBase + PADDING) / 65536) });
        const instance = new wasmApi.Instance(module, {
            env: {
                memory: this.memory,
                stringCheck: (id, start, end, escaped) => this.stringCheck(id, start, end, escaped),
                parseNumber: (start, end) => Number(this.bytes.toString('latin1', start, end)),
                unique: (kind, start, end) => this.unique(kind, start, end),
            },
        });
        this.exports = instance.exports;
        [this.bytes, this.words, this.doubles] = views(this.memory);
        this.bytes.set(bytes, TABLES);
    }
    /** The walk for this thread, or undefined where WebAssembly is not available. */
    static create() {
        const module = walkModule();
        return module ? new ResultWalk(module) : undefined;
    }
    /**
     * Makes the memory a file of `fileBytes` will need (its bytes, and the records and rows of its
     * results, estimated at RESULT_BYTES_PER_FILE_BYTE) and touches it, so the kernel maps those
     * pages now rather than while the file is checked. For a thread that waits for its first file
     * to be read anyway: the first file took 140 ms longer to ingest than the next, a third of that
     * in page faults of memory touched for the first time.
     */
    prepare(fileBytes) {
        const end = this.fileBase + Math.ceil(fileBytes * (1 + RESULT_BYTES_PER_FILE_BYTE)) + PADDING;
        if (end <= this.preparedTo)
            return;
        this.room(end);
        this.bytes.fill(0, Math.max(this.preparedTo, this.fileBase), end);
        this.preparedTo = end;
    }
    /** All of the walk's memory as a buffer (for reuse once the walk is done with: takeWalkMemory). */
    memoryView() {
        return Buffer.from(this.memory.buffer);
    }
    /** Bytes of memory the walk has (prepare() and files grow it). */
    get memoryBytes() {
        return this.memory.buffer.byteLength;
    }
    /** Copies a file in (results are then checked by their offsets in it). */
    load(buf, ascii) {
        this.room(this.fileBase + buf.length + PADDING);
        this.bytes.set(buf, this.fileBase);
        this.bytes.fill(0, this.fileBase + buf.length, this.fileBase + buf.length + PADDING);
        this.fileEnd = this.fileBase + buf.length;
        this.recordsTop = (this.fileEnd + PADDING + 15) & ~15;
        this.ascii = ascii;
    }
    /**
     * result-check.ts's checkLog on this walk: true when the log's JSON in `buf` (whitespace around
     * it allowed; `ascii` when all its bytes are) is certainly valid, false to leave it to the full check. For a log's skeleton
     * (its results taken out: rules, artifacts, invocations), which the JavaScript walk took 20–50
     * ms to check in a CodeQL log of 6,000 artifacts. The bytes go in after the records stored so
     * far, which stay as they are.
     */
    checkLog(buf, ascii) {
        this.ascii = ascii;
        let from = 0;
        let to = buf.length;
        while (from < to && (0,json_scan/* isWhitespace */.Yv)(buf[from]))
            from++;
        while (to > from && (0,json_scan/* isWhitespace */.Yv)(buf[to - 1]))
            to--;
        if (from === to)
            return false;
        const at = Math.max(this.recordsTop, this.fileBase);
        const end = at + (to - from);
        this.room(end + PADDING);
        this.bytes.set(buf.subarray(from, to), at);
        this.bytes.fill(0, end, end + PADDING);
        const after = this.exports.check(at, end, this.logRootPtr);
        this.refresh();
        return after === end;
    }
    /** Memory up to `needed` bytes, grown when short. */
    room(needed) {
        if (needed > this.memory.buffer.byteLength)
            this.memory.grow(Math.ceil((needed - this.memory.buffer.byteLength) / 65536));
        this.refresh();
    }
    /** Views of the memory again when it grew (the old ones are detached). */
    refresh() {
        if (this.bytes.buffer !== this.memory.buffer)
            [this.bytes, this.words, this.doubles] = views(this.memory);
    }
    /**
     * Checks every result of the `results` array whose `[` is at `open` (an offset in the file):
     * the offset of its `]`, each element's span, and where their records are (read them with
     * storedScan and factsAll), or undefined when the array is not in the shape the fast path handles.
     */
    checkResults(open) {
        const records = this.recordsTop;
        const close = this.exports.checkResults(this.fileBase + open, this.fileEnd, this.rootPtr, records, this.fileBase);
        this.refresh();
        if (close < 0)
            return undefined;
        const count = this.words[STATE_COUNT / 4];
        this.recordsTop = records + 4 * RECORD_WORDS * count;
        const words = this.words;
        const base = this.fileBase;
        const spans = new Array(2 * count);
        for (let k = 0, w = records / 4; k < count; k++, w += RECORD_WORDS) {
            spans[2 * k] = words[w] - base;
            spans[2 * k + 1] = words[w + 1] - base;
        }
        return { close: close - base, spans, stored: { at: records / 4, count } };
    }
    /** Whether stored record k was vouched for; its captures then go into the arrays given (spans are file offsets). */
    storedScan(stored, k, spans, counts) {
        const words = this.words;
        const w = stored.at + k * RECORD_WORDS;
        if (words[w + 2] !== 1)
            return undefined;
        spans.set(words.subarray(w + 3, w + 3 + 80));
        counts.set(words.subarray(w + 3 + 80, w + 3 + 120));
        return { steps: words[w + 123], lineBreak: words[w + 124] === 1 };
    }
    /**
     * Checks the result whose `{` is at `start` in the file: the offset after it when vouched for,
     * else -1. Its captures are then read with capturedInto.
     */
    check(start) {
        const after = this.exports.check(this.fileBase + start, this.fileEnd, this.rootPtr);
        return after < 0 ? -1 : after - this.fileBase;
    }
    /**
     * The last check's spans (as file offsets), counts, thread-flow steps and line break, written
     * into `out` from `at` in ResultScans's order: spans, counts, steps, line break.
     */
    capturedInto(out, at, slotCount) {
        const words = this.words;
        const base = this.fileBase;
        const spans = SPANS / 4;
        for (let k = 0; k < 2 * slotCount; k++) {
            const v = words[spans + k];
            out[at + k] = v < 0 ? -1 : v - base;
        }
        out.set(words.subarray(COUNTS / 4, COUNTS / 4 + slotCount), at + 2 * slotCount);
        out[at + 3 * slotCount] = words[STATE_STEPS / 4];
        out[at + 3 * slotCount + 1] = words[STATE_LINE_BREAK / 4];
    }
    /**
     * The facts of every stored result of an array (wasm/result-walk.ts's factsAll): a row each,
     * and their dedupe keys, after everything stored so far. Read a row with rowFacts.
     */
    factsAll(stored) {
        const rows = this.recordsTop;
        const keys = rows + ROW_BYTES * stored.count;
        this.room(keys + 64);
        const end = this.exports.factsAll(4 * stored.at, stored.count, rows, keys, this.fileBase);
        this.refresh();
        if (end < 0)
            throw new Error('the SARIF walk could not grow its memory for the keys');
        this.recordsTop = (end + 15) & ~15;
        return { rows, stored };
    }
    /**
     * scanned-facts.ts's readScannedFacts for row k, from what factsAll read in WebAssembly: the
     * key, the numbers, the rule's place. Only for a result ingestion takes as it is (no URI to
     * rebase, no artifact index when the run has no artifacts, within the per-result limits):
     * else -1, and the caller goes the way it would without the row. Otherwise 1 when the result
     * was pretty-printed (a line break between its tokens), 0 when not. `buf` is the file.
     */
    rowFacts(rows, k, rules, buf, out, noArtifacts, limits) {
        const words = this.words;
        const w = (rows.rows + ROW_BYTES * k) / 4;
        if (words[w] !== 1)
            return -1;
        const marks = words[w + 19];
        if ((marks & 1) !== 0 || (noArtifacts && (marks & 6) !== 0))
            return -1;
        if (limits && (words[w + 15] > limits.locationsPerResult || words[w + 16] > limits.threadFlowLocationsPerResult))
            return -1;
        const base = this.fileBase;
        const keyAt = words[w + 18];
        out.setKey(this.bytes, keyAt, keyAt + words[w + 1], words[w + 2]);
        out.ruleIdStart = words[w + 3] - base;
        out.ruleIdEnd = words[w + 4] - base;
        out.ruleIdHash = words[w + 5];
        const ruleIndex = words[w + 6];
        const rule = (ruleIndex >= 0 ? rules.index(ruleIndex) : undefined) ?? rules.id(buf, out.ruleIdStart, out.ruleIdEnd, out.ruleIdHash);
        const level = words[w + 7];
        const scoreState = words[w + 17];
        let score;
        if (scoreState === 1)
            score = this.doubles[(rows.rows + ROW_BYTES * k + 80) / 8];
        else if (scoreState === 3)
            score = this.scoreOf(rows, k, buf);
        (0,scanned_facts/* settleFacts */.f5)(out, rule, level >= 0 ? LEVELS[level] : undefined, words[w + 8] === 0, score);
        out.hasLineHash = words[w + 9] === 1;
        out.fingerprintable = words[w + 10] === 1;
        const sourceStart = words[w + 11];
        out.sourceUriStart = sourceStart < 0 ? -1 : sourceStart - base;
        out.sourceUriEnd = words[w + 12] - base;
        out.sourceUriHash = words[w + 13];
        out.info = words[w + 14];
        out.locationCount = words[w + 15];
        out.threadFlowLocationCount = words[w + 16];
        return (marks & 8) !== 0 ? 1 : 0;
    }
    /** security-severity that WebAssembly left to JavaScript (not plain digits): read off the stored span. */
    scoreOf(rows, k, buf) {
        const w = rows.stored.at + k * RECORD_WORDS + 3 + 2 * result_check/* SLOTS */._f.securitySeverity;
        return (0,scanned_facts/* scoreAt */.eU)(buf, this.words[w], this.words[w + 1]);
    }
    /** A string's enum, format and pattern, as result-check.ts's stringValue holds it to them. */
    stringCheck(id, start, end, escaped) {
        const node = this.nodes[id];
        const js = this.js;
        js.buf = this.bytes;
        js.ascii = this.ascii;
        js.escaped = escaped !== 0;
        const text = js.text(start, end);
        if (node.enumStrings !== undefined && !node.enumStrings.has(text))
            return 0;
        if (node.format !== undefined && !node.format(text))
            return 0;
        if (node.pattern !== undefined && !node.pattern.test(text))
            return 0;
        return 1;
    }
    /** Whether the items of the (already checked) array at [start, end) are unique, as result-check.ts's distinct decides. */
    unique(kind, start, end) {
        const js = this.js;
        js.buf = this.bytes;
        js.end = end;
        js.ascii = this.ascii;
        const spans = [];
        let i = js.ws(start + 1);
        while (i < end - 1) {
            const from = i;
            i = js.any(i);
            if (i < 0)
                return 0;
            spans.push(from, i);
            i = js.ws(i);
            if (this.bytes[i] === 0x2c)
                i = js.ws(i + 1);
        }
        return js.distinct(spans, kind) ? 1 : 0;
    }
}
/** SLOTS.primary as wasm/result-walk.ts has it (SLOT_PRIMARY). */
if (result_check/* SLOTS */._f.primary !== 13)
    throw new Error('wasm/result-walk.ts captures the primary location in slot 13; SLOTS.primary moved');

;// CONCATENATED MODULE: ./lib/sarif/result-scans.ts


/** Numbers a ResultScans keeps per result: spans, counts, thread-flow steps, line break. */
const STORED = 3 * result_check/* SLOT_COUNT */.HZ + 2;
const EMPTY = Buffer.alloc(0);
/** The thread's WebAssembly walk, made on first use (undefined where there is no WebAssembly). */
let wasmWalk;
/**
 * Gets this thread's walk ready for a file of `fileBytes` before the file is there (ResultWalk's
 * prepare): for a thread that waits for the file to be read.
 */
function prepareWalk(fileBytes) {
    if (wasmWalk === undefined)
        wasmWalk = ResultWalk.create() ?? null;
    wasmWalk?.prepare(fileBytes);
}
/**
 * Hands this thread's walk memory over for reuse, once the files it read are all in: an
 * allocator that carves buffers out of it (fresh ones once it runs out), and the walk is
 * forgotten (the next file gets a new one). For the merged log's text, some 66 MB in a large
 * merge: in new buffers its pages were faulted in while the text was copied (23 of the copy's
 * 33 ms), while the walk's memory, as large, is mapped already and idle. Safe because the walk
 * is only used synchronously, file by file, and nothing points into its memory between files.
 */
function takeWalkMemory() {
    const memory = wasmWalk?.memoryView();
    wasmWalk = undefined;
    let used = 0;
    return (size) => {
        if (!memory || used + size > memory.length)
            return Buffer.allocUnsafe(size);
        const piece = memory.subarray(used, used + size);
        used = (used + size + 7) & ~7;
        return piece;
    };
}
/**
 * The checks of a file's results, made while json-scan.ts lays the file out (one pass over the
 * bytes for both), kept until the records are made: what each vouched-for result's check saw.
 * The check is result-walk.ts's (WebAssembly) where it can run, else result-check.ts's
 * checkResult; both give the same answer.
 */
class ResultScans {
    starts = [];
    store = new Int32Array(1024 * STORED);
    next = 0;
    buf = EMPTY;
    ascii = true;
    walk;
    /** What take() hands out (read before the next take). */
    spans = new Int32Array(2 * result_check/* SLOT_COUNT */.HZ);
    counts = new Int32Array(result_check/* SLOT_COUNT */.HZ);
    /** With the WebAssembly walk: the arrays it stored, and per result (as `starts`) which array and which of its records. */
    stored = [];
    refs = [];
    /** Per stored array, the rows of facts factsAll read (made when first asked for). */
    rows = [];
    /** Starts over on a file; `useWasm` false keeps to the JavaScript check (tests compare the two). */
    reset(buf, ascii, useWasm = true) {
        this.starts = [];
        this.refs = [];
        this.stored = [];
        this.rows = [];
        this.next = 0;
        this.buf = buf;
        this.ascii = ascii;
        if (wasmWalk === undefined)
            wasmWalk = ResultWalk.create() ?? null;
        this.walk = useWasm ? (wasmWalk ?? undefined) : undefined;
        this.walk?.load(buf, ascii);
    }
    /**
     * The hooks for json-scan.ts's scanSarifLayout: with the WebAssembly walk, whole results arrays
     * at once (visitResults); else each result (visitResult).
     */
    hooks() {
        if (!this.walk)
            return { visitResult: (start) => this.visit(start) };
        const walk = this.walk;
        return {
            visitResults: (open) => {
                const laid = walk.checkResults(open);
                if (!laid)
                    return undefined;
                const array = this.stored.length;
                this.stored.push(laid.stored);
                for (let k = 0; k < laid.stored.count; k++) {
                    this.starts.push(laid.spans[2 * k]);
                    this.refs.push(array, k);
                }
                return laid;
            },
        };
    }
    /** Checks the result whose `{` is at `start` (json-scan.ts's visitResult): the offset after it when vouched for, else -1. */
    visit(start) {
        let end;
        let scan;
        if (this.walk) {
            end = this.walk.check(start);
            if (end < 0)
                return -1;
        }
        else {
            scan = (0,result_check/* checkResult */.iJ)(this.buf, start, this.buf.length, this.ascii, true);
            if (!scan)
                return -1;
            end = scan.end;
        }
        const k = this.starts.length;
        if ((k + 1) * STORED > this.store.length) {
            const grown = new Int32Array(this.store.length * 2);
            grown.set(this.store);
            this.store = grown;
        }
        const o = k * STORED;
        if (scan) {
            this.store.set(scan.spans, o);
            this.store.set(scan.counts, o + 2 * result_check/* SLOT_COUNT */.HZ);
            this.store[o + 3 * result_check/* SLOT_COUNT */.HZ] = scan.threadFlowLocations;
            this.store[o + 3 * result_check/* SLOT_COUNT */.HZ + 1] = scan.lineBreak ? 1 : 0;
        }
        else {
            this.walk.capturedInto(this.store, o, result_check/* SLOT_COUNT */.HZ);
        }
        this.starts.push(start);
        return end;
    }
    /** What the check of the result at `start` saw, or undefined when it did not vouch (results are asked for in file order). */
    take(start) {
        while (this.next < this.starts.length && this.starts[this.next] < start)
            this.next++;
        if (this.next >= this.starts.length || this.starts[this.next] !== start)
            return undefined;
        if (this.walk && this.refs.length > 0) {
            const saw = this.walk.storedScan(this.stored[this.refs[2 * this.next]], this.refs[2 * this.next + 1], this.spans, this.counts);
            return saw && { spans: this.spans, counts: this.counts, threadFlowLocations: saw.steps, end: -1, lineBreak: saw.lineBreak };
        }
        const o = this.next * STORED;
        this.spans.set(this.store.subarray(o, o + 2 * result_check/* SLOT_COUNT */.HZ));
        this.counts.set(this.store.subarray(o + 2 * result_check/* SLOT_COUNT */.HZ, o + 3 * result_check/* SLOT_COUNT */.HZ));
        return { spans: this.spans, counts: this.counts, threadFlowLocations: this.store[o + 3 * result_check/* SLOT_COUNT */.HZ], end: -1, lineBreak: this.store[o + 3 * result_check/* SLOT_COUNT */.HZ + 1] === 1 };
    }
    /**
     * With the WebAssembly walk, the result at `start` when ingestion takes it as it is, its facts
     * read into `out` (result-walk.ts's rowFacts: the facts of a whole array are read at once, when
     * the first of its results is asked for): 1 when it was pretty-printed, 0 when not, -1 when the
     * caller must look at it itself (take()). A number, not an object: this runs for nearly every
     * result. Results are asked for in file order.
     */
    quickFacts(start, rules, out, noArtifacts, limits) {
        if (!this.walk || this.refs.length === 0)
            return -1;
        while (this.next < this.starts.length && this.starts[this.next] < start)
            this.next++;
        if (this.next >= this.starts.length || this.starts[this.next] !== start)
            return -1;
        const array = this.refs[2 * this.next];
        const rows = (this.rows[array] ??= this.walk.factsAll(this.stored[array]));
        return this.walk.rowFacts(rows, this.refs[2 * this.next + 1], rules, this.buf, out, noArtifacts, limits);
    }
    /**
     * checkLog (result-check.ts) on the log's skeleton `bytes`, by the WebAssembly walk when this
     * file is read with it; undefined when it is not (the caller runs the JavaScript check).
     */
    checkLog(bytes) {
        return this.walk?.checkLog(bytes, this.ascii);
    }
    /** Lets go of the file (and of the walk: reset() takes the thread's walk again, which takeWalkMemory may have replaced). */
    done() {
        this.walk = undefined;
        this.buf = EMPTY;
        this.starts = [];
        this.refs = [];
        this.stored = [];
        this.rows = [];
    }
}


/***/ }),

/***/ 22886:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ic: () => (/* binding */ ScannedFacts),
/* harmony export */   W9: () => (/* binding */ readScannedFacts),
/* harmony export */   dU: () => (/* binding */ RunRules),
/* harmony export */   eU: () => (/* binding */ scoreAt),
/* harmony export */   f5: () => (/* binding */ settleFacts),
/* harmony export */   ts: () => (/* binding */ SMALL_HASH)
/* harmony export */ });
/* harmony import */ var _severity__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(40799);
/* harmony import */ var _result_check__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19726);
/* harmony import */ var _result_record__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77837);



/**
 * A result's facts (result-record.ts's resultFacts) read straight off the spans the byte-level
 * check captured (result-check.ts), without building the result's objects or its dedupe key as
 * a string: the key's bytes are put together in a buffer and hashed as they go. Of 200,000
 * results in a large merge nearly all take this path, and making objects and strings for each
 * was a third of reading a file.
 *
 * It only takes results whose facts it can read exactly as resultFacts would: an ASCII file (so
 * a key's bytes are its characters, and its hash the one hashKey gives the string), strings
 * without escapes, plain integers in the region, the rule found by index or id in the driver,
 * a location with its URI written out, and one fingerprint or a line hash. Anything else (a
 * message as the key, a rule reference object, a URI by artifact index …) makes readScannedFacts
 * say no, and the caller takes the object path, which gives the same facts more slowly
 * (test/sarif-scanned-facts.test.ts holds the two to each other).
 */
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/**
 * The part of a 32-bit hash used as a Map key: V8 keeps integers below 2³⁰ as small integers and
 * boxes larger ones as heap numbers, which a Map hashes and compares far more slowly (a rule
 * looked up by the hash of its id took 300 ns; 50,000 results a file).
 */
const SMALL_HASH = 0x3fffffff;
function asciiBytes(text) {
    const bytes = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c >= 0x80)
            return undefined;
        bytes[i] = c;
    }
    return bytes;
}
/** One run's rules, looked up the way result-record.ts's ruleOf does for a result without a `rule` object. */
class RunRules {
    byIndex;
    /**
     * FNV hash of the id's bytes (its low 30 bits: see SMALL_HASH) → the rules with such an id
     * (lookup.byId's, the first of each id).
     */
    byIdHash = new Map();
    facts = new Map();
    constructor(lookup) {
        this.byIndex = (lookup.driver?.rules ?? []).map((rule) => (rule ? this.factsOf(rule) : undefined));
        for (const [id, rule] of lookup.byId) {
            const facts = this.factsOf(rule);
            const bytes = asciiBytes(id);
            if (!bytes)
                continue; // an id beyond ASCII never matches the bytes of an ASCII file
            const hash = (0,_result_check__WEBPACK_IMPORTED_MODULE_1__/* .hashBytes */ .yi)(bytes) & SMALL_HASH;
            const list = this.byIdHash.get(hash);
            if (list)
                list.push({ ...facts, idBytes: bytes });
            else
                this.byIdHash.set(hash, [{ ...facts, idBytes: bytes }]);
        }
    }
    factsOf(rule) {
        let facts = this.facts.get(rule);
        if (!facts) {
            const id = typeof rule.id === 'string' ? rule.id : '';
            facts = { id, idBytes: asciiBytes(id), defaultLevel: rule.defaultConfiguration?.level, score: (0,_result_record__WEBPACK_IMPORTED_MODULE_2__/* .securitySeverityOf */ .Z2)(rule.properties) };
            this.facts.set(rule, facts);
        }
        return facts;
    }
    index(i) {
        return i >= 0 && i < this.byIndex.length ? this.byIndex[i] : undefined;
    }
    /** The rule whose id is buf[start, end) (bytes without escapes), whose FNV-1a hash is `hash`. */
    id(buf, start, end, hash) {
        const list = this.byIdHash.get(hash & SMALL_HASH);
        if (!list)
            return undefined;
        for (const facts of list) {
            const bytes = facts.idBytes;
            if (bytes.length !== end - start)
                continue;
            let k = 0;
            while (k < bytes.length && bytes[k] === buf[start + k])
                k++;
            if (k === bytes.length)
                return facts;
        }
        return undefined;
    }
}
/** The facts of one result, reused from result to result (read them before the next). */
class ScannedFacts {
    level = 'warning';
    score = undefined;
    severity = 'medium';
    rank = 0;
    info = 0;
    hasLineHash = false;
    fingerprintable = false;
    locationCount = 0;
    threadFlowLocationCount = 0;
    /** The rule id as a span of the file, or (start -1) as `ruleIdText`. */
    ruleIdStart = -1;
    ruleIdEnd = -1;
    ruleIdText = '';
    /** The URI a fingerprint would be read from, as a span of the file; start -1 for none. */
    sourceUriStart = -1;
    sourceUriEnd = -1;
    /**
     * The dedupe key's bytes, key[keyStart, keyLength), and hashKey() of it. The key is written
     * where the caller says (writeKeyAt): a sink points it at the end of its own key column, so a
     * record it takes needs no copy.
     */
    key = Buffer.allocUnsafeSlow(1024);
    keyStart = 0;
    keyLength = 0;
    /** FNV-1a of the rule id's bytes and of the source URI's (what a sink looks them up by). */
    ruleIdHash = 0;
    sourceUriHash = 0;
    keyHash = 0;
    /** A backslash went into the key: a string in it is escaped, so its bytes are not its text. */
    escapes = false;
    h = FNV_OFFSET;
    /**
     * A key made elsewhere (result-walk.ts): bytes[start, end), with its hash. Not copied: the
     * sink copies the keys of consecutive results in one go (ColumnSink), and the caller keeps
     * `bytes` unchanged until then. keyText() reads it wherever it is.
     */
    setKey(bytes, start, end, hash) {
        this.keySource = bytes;
        this.keySourceStart = start;
        this.keyLength = this.keyStart + (end - start);
        this.keyHash = hash;
    }
    /** Where setKey's key is (key[keyStart, keyLength) holds it when this is undefined). */
    keySource = undefined;
    keySourceStart = 0;
    /** The key's bytes as text (for tests and messages). */
    keyText() {
        return this.keySource
            ? this.keySource.toString('latin1', this.keySourceStart, this.keySourceStart + this.keyLength - this.keyStart)
            : this.key.toString('latin1', this.keyStart, this.keyLength);
    }
    /** Writes the next key into `buffer` from `offset` on (room() may move it to a larger buffer). */
    writeKeyAt(buffer, offset) {
        this.key = buffer;
        this.keyStart = offset;
    }
    room(n) {
        if (this.keyLength + n <= this.key.length)
            return;
        const grown = Buffer.allocUnsafeSlow(Math.max(this.key.length * 2, this.keyLength + n));
        this.key.copy(grown, 0, 0, this.keyLength);
        this.key = grown;
    }
    /** Appends bytes to the key, hashing them; returns the FNV-1a hash of these bytes alone. */
    put(bytes, start, end) {
        this.room(end - start);
        const key = this.key;
        let o = this.keyLength;
        let h = this.h;
        let own = FNV_OFFSET;
        let escapes = false;
        for (let i = start; i < end; i++) {
            const c = bytes[i];
            key[o++] = c;
            h = Math.imul(h ^ c, FNV_PRIME);
            own = Math.imul(own ^ c, FNV_PRIME);
            escapes ||= c === BACKSLASH;
        }
        this.keyLength = o;
        this.h = h;
        if (escapes)
            this.escapes = true;
        return own | 0;
    }
    putByte(c) {
        this.room(1);
        this.key[this.keyLength++] = c;
        this.h = Math.imul(this.h ^ c, FNV_PRIME);
    }
    startKey() {
        this.keySource = undefined;
        this.keyLength = this.keyStart;
        this.h = FNV_OFFSET;
        this.escapes = false;
    }
    endKey() {
        this.keyHash = this.h & 0x3fffffff;
    }
}
// The slots as plain module constants: read once, not through the import on every result.
const S_RULE = _result_check__WEBPACK_IMPORTED_MODULE_1__/* .SLOTS */ ._f.rule;
const S_TOOL_COMPONENT = _result_check__WEBPACK_IMPORTED_MODULE_1__/* .SLOTS */ ._f.toolComponent;
const S_RULE_ID = _result_check__WEBPACK_IMPORTED_MODULE_1__/* .SLOTS */ ._f.ruleId;
const S_RULE_REF_ID = _result_check__WEBPACK_IMPORTED_MODULE_1__/* .SLOTS */ ._f.ruleRefId;
const S_RULE_INDEX = _result_check__WEBPACK_IMPORTED_MODULE_1__/* .SLOTS */ ._f.ruleIndex;
const S_RULE_REF_INDEX = _result_check__WEBPACK_IMPORTED_MODULE_1__/* .SLOTS */ ._f.ruleRefIndex;
const S_LEVEL = _result_check__WEBPACK_IMPORTED_MODULE_1__/* .SLOTS */ ._f.level;
const S_KIND = _result_check__WEBPACK_IMPORTED_MODULE_1__/* .SLOTS */ ._f.kind;
const S_SECURITY_SEVERITY = _result_check__WEBPACK_IMPORTED_MODULE_1__/* .SLOTS */ ._f.securitySeverity;
const S_LINE_HASH = _result_check__WEBPACK_IMPORTED_MODULE_1__/* .SLOTS */ ._f.lineHash;
const S_FINGERPRINTS = _result_check__WEBPACK_IMPORTED_MODULE_1__/* .SLOTS */ ._f.fingerprints;
const S_FINGERPRINT_KEY = _result_check__WEBPACK_IMPORTED_MODULE_1__/* .SLOTS */ ._f.fingerprintKey;
const S_FINGERPRINT_VALUE = _result_check__WEBPACK_IMPORTED_MODULE_1__/* .SLOTS */ ._f.fingerprintValue;
const S_LOCATIONS = _result_check__WEBPACK_IMPORTED_MODULE_1__/* .SLOTS */ ._f.locations;
const S_PRIMARY = _result_check__WEBPACK_IMPORTED_MODULE_1__/* .SLOTS */ ._f.primary;
const S_PHYSICAL_LOCATION = _result_check__WEBPACK_IMPORTED_MODULE_1__/* .SLOTS */ ._f.physicalLocation;
const S_ARTIFACT_LOCATION = _result_check__WEBPACK_IMPORTED_MODULE_1__/* .SLOTS */ ._f.artifactLocation;
const S_URI = _result_check__WEBPACK_IMPORTED_MODULE_1__/* .SLOTS */ ._f.uri;
const S_ARTIFACT_INDEX = _result_check__WEBPACK_IMPORTED_MODULE_1__/* .SLOTS */ ._f.artifactIndex;
const S_URI_BASE_ID = _result_check__WEBPACK_IMPORTED_MODULE_1__/* .SLOTS */ ._f.uriBaseId;
const S_REGION = _result_check__WEBPACK_IMPORTED_MODULE_1__/* .SLOTS */ ._f.region;
const S_START_LINE = _result_check__WEBPACK_IMPORTED_MODULE_1__/* .SLOTS */ ._f.startLine;
const S_RESULT = _result_check__WEBPACK_IMPORTED_MODULE_1__/* .SLOTS */ ._f.result;
const S_RELATED_LOCATIONS = _result_check__WEBPACK_IMPORTED_MODULE_1__/* .SLOTS */ ._f.relatedLocations;
const S_FIXES = _result_check__WEBPACK_IMPORTED_MODULE_1__/* .SLOTS */ ._f.fixes;
const S_PARTIAL_FINGERPRINTS = _result_check__WEBPACK_IMPORTED_MODULE_1__/* .SLOTS */ ._f.partialFingerprints;
const S_PROPERTIES = _result_check__WEBPACK_IMPORTED_MODULE_1__/* .SLOTS */ ._f.properties;
function spanStart(spans, slot) {
    return spans[2 * slot];
}
function spanEnd(spans, slot) {
    return spans[2 * slot + 1];
}
function has(spans, slot) {
    return spans[2 * slot] >= 0;
}
/** The number at a slot when it is written as String(n) would write it (a plain integer), else NaN. */
function plainInteger(buf, start, end) {
    let k = start;
    const negative = buf[k] === 0x2d;
    if (negative)
        k++;
    const digits = end - k;
    if (digits < 1 || digits > 15 || (buf[k] === 0x30 && (digits > 1 || negative)))
        return NaN;
    let n = 0;
    for (; k < end; k++) {
        const c = buf[k];
        if (c < 0x30 || c > 0x39)
            return NaN;
        n = n * 10 + (c - 0x30);
    }
    return negative ? -n : n;
}
/**
 * A decimal written as digits with at most one point (what security-severity nearly always is),
 * as Number() reads it; NaN for anything else. Exact: a mantissa of at most 15 digits and a
 * power of ten are both exact doubles, and one division rounds correctly.
 */
function plainDecimal(buf, start, end) {
    if (end - start < 1 || end - start > 16)
        return NaN;
    let n = 0;
    let scale = 1;
    let point = false;
    let digits = 0;
    for (let k = start; k < end; k++) {
        const c = buf[k];
        if (c === 0x2e && !point && digits > 0 && k < end - 1) {
            point = true;
            continue;
        }
        if (c < 0x30 || c > 0x39)
            return NaN;
        n = n * 10 + (c - 0x30);
        digits++;
        if (point)
            scale *= 10;
    }
    return digits > 15 ? NaN : n / scale;
}
/** The level a span spells (its bytes with the quotes), or undefined when it is not one of the four as plain bytes. */
function levelAt(buf, start, end) {
    const c = buf[start + 1];
    const length = end - start - 2;
    if (c === 0x65 && length === 5)
        return 'error';
    if (c === 0x77 && length === 7)
        return 'warning';
    if (c === 0x6e && length === 4)
        return buf[start + 2] === 0x6f && buf[start + 3] === 0x74 ? 'note' : buf[start + 3] === 0x6e ? 'none' : undefined;
    return undefined;
}
/** Whether a kind span is exactly "fail" (the kind whose default level comes from the rule). */
function isFail(buf, start, end) {
    return end - start === 6 && buf[start + 1] === 0x66 && buf[start + 2] === 0x61 && buf[start + 3] === 0x69 && buf[start + 4] === 0x6c;
}
/** security-severity as securitySeverityOf() reads it, from its span. */
function scoreAt(buf, start, end) {
    const c = buf[start];
    let value;
    if (c === QUOTE) {
        let plain = true;
        for (let i = start + 1; i < end - 1; i++)
            if (buf[i] === BACKSLASH)
                plain = false;
        const n = plain ? plainDecimal(buf, start + 1, end - 1) : NaN;
        if (!Number.isNaN(n))
            return n <= 10 ? n : undefined;
        value = plain ? buf.toString('latin1', start + 1, end - 1) : JSON.parse(buf.toString('latin1', start, end));
    }
    else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
        const n = plainDecimal(buf, start, end);
        value = Number.isNaN(n) ? Number(buf.toString('latin1', start, end)) : n;
    }
    else {
        return undefined;
    }
    return (0,_result_record__WEBPACK_IMPORTED_MODULE_2__/* .securitySeverityOf */ .Z2)({ 'security-severity': value });
}
/**
 * The facts that take the rule: the level (the result's, else none for a kind other than fail,
 * else the rule's default), the score (the result's security-severity, else the rule's), and
 * the severity and rank they make.
 */
function settleFacts(out, rule, level, otherKind, ownScore) {
    const settled = level ?? (otherKind ? 'none' : (rule?.defaultLevel ?? 'warning'));
    const score = ownScore ?? rule?.score;
    out.level = settled;
    out.score = score;
    out.severity = score !== undefined ? (0,_severity__WEBPACK_IMPORTED_MODULE_0__/* .severityFromScore */ .qI)(score) : (0,_severity__WEBPACK_IMPORTED_MODULE_0__/* .severityFromSarifLevel */ .ny)(settled);
    out.rank = (0,_result_record__WEBPACK_IMPORTED_MODULE_2__/* .rankOf */ .IQ)(score, settled);
}
/**
 * Reads a vouched-for result's facts into `out` from the check's spans (the file is ASCII).
 * False when the result is not one this path reads exactly; `out` is then in no defined state.
 */
function readScannedFacts(buf, scan, rules, out) {
    const spans = scan.spans;
    const counts = scan.counts;
    // A `rule` reference into a tool component is left to ruleOf; one with an id or index only
    // points into the driver, as ruleIndex and ruleId do (which win over it).
    const hasRef = has(spans, S_RULE);
    if (hasRef && has(spans, S_TOOL_COMPONENT))
        return false;
    // The rule: by index in the driver, else by id (ruleOf's order).
    let rule;
    const idSlot = has(spans, S_RULE_ID) ? S_RULE_ID : hasRef && has(spans, S_RULE_REF_ID) ? S_RULE_REF_ID : -1;
    const indexSlot = has(spans, S_RULE_INDEX) ? S_RULE_INDEX : hasRef && has(spans, S_RULE_REF_INDEX) ? S_RULE_REF_INDEX : -1;
    const hasRuleId = idSlot >= 0;
    if (indexSlot >= 0) {
        const index = plainInteger(buf, spanStart(spans, indexSlot), spanEnd(spans, indexSlot));
        if (Number.isNaN(index))
            return false;
        rule = rules.index(index);
    }
    out.startKey();
    if (hasRuleId) {
        out.ruleIdStart = spanStart(spans, idSlot) + 1;
        out.ruleIdEnd = spanEnd(spans, idSlot) - 1;
        out.ruleIdHash = out.put(buf, out.ruleIdStart, out.ruleIdEnd);
        if (out.escapes)
            return false;
        rule ??= rules.id(buf, out.ruleIdStart, out.ruleIdEnd, out.ruleIdHash);
    }
    else {
        out.ruleIdStart = -1;
        out.ruleIdText = rule?.id ?? '';
        if (rule && !rule.idBytes)
            return false;
        if (rule)
            out.put(rule.idBytes, 0, rule.idBytes.length);
    }
    out.putByte(0);
    let level;
    if (has(spans, S_LEVEL)) {
        level = levelAt(buf, spanStart(spans, S_LEVEL), spanEnd(spans, S_LEVEL));
        if (level === undefined)
            return false;
    }
    const otherKind = has(spans, S_KIND) && !isFail(buf, spanStart(spans, S_KIND), spanEnd(spans, S_KIND));
    settleFacts(out, rule, level, otherKind, has(spans, S_SECURITY_SEVERITY) ? scoreAt(buf, spanStart(spans, S_SECURITY_SEVERITY), spanEnd(spans, S_SECURITY_SEVERITY)) : undefined);
    // The fingerprint part of the key: a line hash, else a single fingerprint.
    const hasLineHash = has(spans, S_LINE_HASH) && spanEnd(spans, S_LINE_HASH) - spanStart(spans, S_LINE_HASH) > 2;
    if (!hasLineHash) {
        if (!has(spans, S_FINGERPRINTS) || counts[S_FINGERPRINTS] !== 1)
            return false; // a set, or the message as key
        if (buf[spanStart(spans, S_FINGERPRINT_VALUE)] !== QUOTE)
            return false;
    }
    // The primary location.
    const located = has(spans, S_LOCATIONS) && has(spans, S_PRIMARY) && has(spans, S_PHYSICAL_LOCATION);
    let startLine = NaN;
    out.sourceUriStart = -1;
    if (located) {
        if (has(spans, S_ARTIFACT_LOCATION)) {
            const hasUri = has(spans, S_URI);
            if (!hasUri && has(spans, S_ARTIFACT_INDEX))
                return false; // the URI is in run.artifacts
            if (has(spans, S_URI_BASE_ID)) {
                out.put(buf, spanStart(spans, S_URI_BASE_ID) + 1, spanEnd(spans, S_URI_BASE_ID) - 1);
            }
            out.putByte(1);
            if (hasUri) {
                out.sourceUriStart = spanStart(spans, S_URI) + 1;
                out.sourceUriEnd = spanEnd(spans, S_URI) - 1;
                out.sourceUriHash = out.put(buf, out.sourceUriStart, out.sourceUriEnd);
            }
            out.putByte(1);
        }
        else {
            out.putByte(1);
            out.putByte(1);
        }
        if (has(spans, S_REGION)) {
            for (let k = 0; k < _result_check__WEBPACK_IMPORTED_MODULE_1__/* .REGION_FIELDS */ .hd.length; k++) {
                const slot = S_START_LINE + k;
                if (k > 0)
                    out.putByte(0x3a);
                if (!has(spans, slot))
                    continue;
                const start = spanStart(spans, slot);
                const end = spanEnd(spans, slot);
                const value = plainInteger(buf, start, end);
                if (Number.isNaN(value))
                    return false;
                if (k === 0)
                    startLine = value;
                out.put(buf, start, end);
            }
        }
    }
    out.putByte(0); // (unlocated: `${ruleId}\0\0${fingerprint}`, the location part empty)
    if (hasLineHash) {
        out.putByte(0x68); // h:
        out.putByte(0x3a);
        out.put(buf, spanStart(spans, S_LINE_HASH) + 1, spanEnd(spans, S_LINE_HASH) - 1);
    }
    else {
        out.putByte(0x66); // f:key=value
        out.putByte(0x3a);
        out.put(buf, spanStart(spans, S_FINGERPRINT_KEY) + 1, spanEnd(spans, S_FINGERPRINT_KEY) - 1);
        out.putByte(0x3d);
        out.put(buf, spanStart(spans, S_FINGERPRINT_VALUE) + 1, spanEnd(spans, S_FINGERPRINT_VALUE) - 1);
    }
    // Strings with escapes (their bytes are not their text) are left to the object path.
    if (out.escapes)
        return false;
    out.endKey();
    out.hasLineHash = hasLineHash;
    out.fingerprintable = located && startLine >= 1;
    if (hasLineHash || !out.fingerprintable)
        out.sourceUriStart = -1;
    out.locationCount = counts[S_LOCATIONS];
    out.threadFlowLocationCount = scan.threadFlowLocations;
    out.info =
        counts[S_RESULT] +
            out.locationCount +
            counts[S_RELATED_LOCATIONS] +
            out.threadFlowLocationCount +
            counts[S_FIXES] +
            counts[S_PARTIAL_FINGERPRINTS] +
            counts[S_FINGERPRINTS] +
            counts[S_PROPERTIES];
    return true;
}


/***/ }),

/***/ 51388:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cm: () => (/* binding */ assertValidSarif),
/* harmony export */   NZ: () => (/* binding */ sarifDefinitionViolations),
/* harmony export */   nH: () => (/* binding */ sarifSchemaViolations),
/* harmony export */   tK: () => (/* binding */ sarifPath)
/* harmony export */ });
/* unused harmony export SARIF_SCHEMA_NAME */
/* harmony import */ var ajv_dist_2020__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(52210);
/* harmony import */ var ajv_dist_2020__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(ajv_dist_2020__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var ajv_formats__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82815);
/* harmony import */ var ajv_formats__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(ajv_formats__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _schemas_sarif_2_1_0_schema_json__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(99257);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(88115);
/* harmony import */ var _canonical_json__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(92093);


// The OASIS SARIF 2.1.0 schema as sarif-multitool ships it (JSON Schema 2020-12 edition), copied
// into schemas/ so the in-process check and the reference validator read the same schema on any OS.



/** The name violations carry in their `schema` field. */
const SARIF_SCHEMA_NAME = 'SARIF 2.1.0';
// The schema's own keyword for unique arrays of objects (artifacts, rules, taxa, relatedLocations)
// makes ajv compare every pair: a CodeQL log with 6,000 artifacts took 7.5 s to check. The same
// rule is enforced here in linear time by a keyword of ours, comparing a canonical form of each
// item (keys sorted), which is ajv's notion of equal items; violations read as ajv's would.
const UNIQUE_OBJECTS = 'assayUniqueItems';
/** The schema as ajv compiles it: our id, and unique-object checks through UNIQUE_OBJECTS. */
function preparedSchema() {
    const rewrite = (node) => {
        if (Array.isArray(node))
            return node.map(rewrite);
        if (typeof node !== 'object' || node === null)
            return node;
        const out = {};
        const record = node;
        const items = record.items;
        // Arrays of strings keep ajv's check, which hashes primitives and is linear already.
        const objects = record.uniqueItems === true && items !== undefined && (items.$ref !== undefined || items.type === 'object');
        for (const [key, value] of Object.entries(record)) {
            if (key === 'uniqueItems' && objects)
                out[UNIQUE_OBJECTS] = true;
            else
                out[key] = rewrite(value);
        }
        return out;
    };
    return { ...rewrite(_schemas_sarif_2_1_0_schema_json__WEBPACK_IMPORTED_MODULE_1__), $id: SCHEMA_ID };
}
const SCHEMA_ID = 'urn:assay:sarif-2.1.0';
const uniqueObjects = (_schema, data) => {
    uniqueObjects.errors = undefined;
    if (!Array.isArray(data) || data.length < 2)
        return true;
    const seen = new Map();
    for (let i = 0; i < data.length; i++) {
        const key = (0,_canonical_json__WEBPACK_IMPORTED_MODULE_3__/* .canonicalJson */ .d)(data[i]);
        const first = seen.get(key);
        if (first !== undefined) {
            // ajv reports the later index as i and the earlier as j.
            uniqueObjects.errors = [
                { keyword: 'uniqueItems', message: `must NOT have duplicate items (items ## ${first} and ${i} are identical)`, params: { i, j: first } },
            ];
            return false;
        }
        seen.set(key, i);
    }
    return true;
};
let validators;
function compiled() {
    if (!validators) {
        // The schema writes "one of these is required" as `anyOf: [{ required: [text] }, { required: [id] }]`,
        // legal but flagged by ajv's strictRequired; every other strict check stays on. allErrors so a
        // user sees every problem at once.
        const ajv = new ajv_dist_2020__WEBPACK_IMPORTED_MODULE_4__.Ajv2020({ allErrors: true, strict: true, strictRequired: false });
        ajv_formats__WEBPACK_IMPORTED_MODULE_0___default()(ajv);
        ajv.addKeyword({ keyword: UNIQUE_OBJECTS, type: 'array', schemaType: 'boolean', errors: true, validate: uniqueObjects });
        ajv.addSchema(preparedSchema());
        const log = ajv.getSchema(SCHEMA_ID);
        const byName = new Map();
        validators = {
            log,
            definition(name) {
                let fn = byName.get(name);
                if (!fn) {
                    fn = ajv.getSchema(`${SCHEMA_ID}#/definitions/${name}`);
                    if (!fn)
                        throw new Error(`the SARIF schema has no definition "${name}"`);
                    byName.set(name, fn);
                }
                return fn;
            },
        };
    }
    return validators;
}
/**
 * A JSON pointer as the dotted path sarif-multitool prints (`/runs/0/results` → `runs[0].results`),
 * so our messages and the reference validator's read alike.
 */
function sarifPath(pointer) {
    let out = '';
    for (const raw of pointer.split('/').slice(1)) {
        const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
        out += /^\d+$/.test(token) ? `[${token}]` : out === '' ? token : `.${token}`;
    }
    return out;
}
function toViolation(e, prefix = '') {
    const params = e.params;
    const extra = e.keyword === 'enum'
        ? ` (allowed: ${params.allowedValues.map((v) => JSON.stringify(v)).join(', ')})`
        : e.keyword === 'additionalProperties'
            ? ` "${String(params.additionalProperty)}"`
            : '';
    return {
        schema: SARIF_SCHEMA_NAME,
        path: prefix + e.instancePath,
        message: `${e.message ?? 'is invalid'}${extra}`,
        rule: `${e.keyword} (schema ${e.schemaPath.replace(UNIQUE_OBJECTS, 'uniqueItems')})`,
    };
}
/**
 * Violations of the SARIF 2.1.0 schema (formats included: URIs, dates, GUIDs); empty when valid.
 * `path` is a JSON pointer; sarifPath() turns it into sarif-multitool's notation.
 */
function sarifSchemaViolations(log) {
    const fn = compiled().log;
    if (fn(log))
        return [];
    return (fn.errors ?? []).map((e) => toViolation(e));
}
/**
 * Violations of one definition of the schema (`result`, `run`, …) by a value that sits at
 * `pointer` in its log (a JSON pointer such as "/runs/0/results/12"), which prefixes each path.
 * Lets a large log be checked piece by piece: the log without its results, then each result.
 */
function sarifDefinitionViolations(definition, value, pointer = '') {
    const fn = compiled().definition(definition);
    if (fn(value))
        return [];
    return (fn.errors ?? []).map((e) => toViolation(e, pointer));
}
/** Throws SchemaValidationError naming the file and every violation's JSON path. */
function assertValidSarif(log, file) {
    const violations = sarifSchemaViolations(log);
    if (violations.length > 0)
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .SchemaValidationError */ .fv(file, violations);
    return log;
}


/***/ }),

/***/ 62105:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ SRCROOT)
/* harmony export */ });
/** The uriBaseId our runs resolve relative URIs against; originalUriBaseIds maps it to the root. */
const SRCROOT = '%SRCROOT%';


/***/ }),

/***/ 29922:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jn: () => (/* binding */ artifactLocationFor),
/* harmony export */   XW: () => (/* binding */ relativePathToUri),
/* harmony export */   et: () => (/* binding */ directoryUri)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _types__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62105);



// Characters a URI path segment may hold as they are (RFC 3986: unreserved, sub-delims, "@").
// ":" is encoded too: in a relative reference "a:b.js" would otherwise read as scheme "a".
const SEGMENT_SAFE = /[A-Za-z0-9\-._~!$&'()*+,;=@]/;
function encodeSegment(segment) {
    let out = '';
    for (const ch of segment)
        out += SEGMENT_SAFE.test(ch) ? ch : encodeURIComponent(ch);
    return out;
}
/**
 * A relative path (forward slashes) as a relative URI reference: each segment percent-encoded
 * where RFC 3986 needs it (space → %20, # → %23, % → %25, non-ASCII as UTF-8), slashes kept.
 */
function relativePathToUri(relativePath) {
    return relativePath.split('/').map(encodeSegment).join('/');
}
/** The file:// URI of a directory, ending in "/" so relative URIs resolve inside it (originalUriBaseIds). */
function directoryUri(dir) {
    const href = (0,node_url__WEBPACK_IMPORTED_MODULE_1__.pathToFileURL)(node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(dir)).href;
    return href.endsWith('/') ? href : `${href}/`;
}
/**
 * Where a file goes in SARIF: relative to the root with uriBaseId %SRCROOT% (what GitHub maps onto
 * the repository), or, for a file outside the root, an absolute file:// URI, since a relative URI
 * with ".." segments is not something GitHub or the validators accept. `file` may be relative to
 * the root (either slash) or absolute. Returns undefined for the root itself or an empty path.
 */
function artifactLocationFor(file, root) {
    if (file.trim() === '')
        return undefined;
    const absoluteRoot = node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(root);
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(absoluteRoot, file);
    const relative = node_path__WEBPACK_IMPORTED_MODULE_0__.relative(absoluteRoot, absolute);
    if (relative === '')
        return undefined;
    if (relative === '..' || relative.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_0__.sep}`) || node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute(relative)) {
        return { uri: (0,node_url__WEBPACK_IMPORTED_MODULE_1__.pathToFileURL)(absolute).href };
    }
    return { uri: relativePathToUri(relative.split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/')), uriBaseId: _types__WEBPACK_IMPORTED_MODULE_2__/* .SRCROOT */ .H };
}


/***/ }),

/***/ 40799:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M0: () => (/* binding */ meetsThreshold),
/* harmony export */   Ot: () => (/* binding */ countBySeverity),
/* harmony export */   Wu: () => (/* binding */ sarifLevelForSeverity),
/* harmony export */   _Z: () => (/* binding */ isSeverity),
/* harmony export */   hL: () => (/* binding */ scoreForSeverity),
/* harmony export */   ny: () => (/* binding */ severityFromSarifLevel),
/* harmony export */   oC: () => (/* binding */ SEVERITIES),
/* harmony export */   qI: () => (/* binding */ severityFromScore),
/* harmony export */   qs: () => (/* binding */ severityRank),
/* harmony export */   zK: () => (/* binding */ compareSeverity)
/* harmony export */ });
/**
 * The one severity scale of the suite. Security findings use critical…low; lint findings that
 * carry no security meaning may be "note". GitHub's mapping of `security-severity` scores is the
 * reference: ≥ 9.0 critical, ≥ 7.0 high, ≥ 4.0 medium, > 0 low.
 */
const SEVERITIES = ['critical', 'high', 'medium', 'low', 'note'];
const RANK = { critical: 4, high: 3, medium: 2, low: 1, note: 0 };
function severityRank(s) {
    return RANK[s];
}
/** Sorts most severe first. */
function compareSeverity(a, b) {
    return RANK[b] - RANK[a];
}
function isSeverity(value) {
    return SEVERITIES.includes(value);
}
/** True when `s` is at or above the threshold ("none" is never reached). */
function meetsThreshold(s, threshold) {
    return threshold !== 'none' && RANK[s] >= RANK[threshold];
}
/** From a CVSS base score or a SARIF `security-severity` value (0.0–10.0). */
function severityFromScore(score) {
    if (!Number.isFinite(score) || score <= 0)
        return 'note';
    if (score >= 9.0)
        return 'critical';
    if (score >= 7.0)
        return 'high';
    if (score >= 4.0)
        return 'medium';
    return 'low';
}
/** A representative score to write back as `security-severity` when only a label is known. */
function scoreForSeverity(s) {
    return { critical: 9.5, high: 8.0, medium: 5.5, low: 2.0, note: 0.0 }[s];
}
/** A SARIF result level as a severity, for tools that give no score (linters). */
function severityFromSarifLevel(level) {
    switch (level) {
        case 'error':
            return 'high';
        case 'note':
            return 'low';
        case 'none':
            return 'note';
        default:
            return 'medium'; // SARIF's default level is "warning"
    }
}
function sarifLevelForSeverity(s) {
    if (s === 'critical' || s === 'high')
        return 'error';
    if (s === 'medium')
        return 'warning';
    return 'note';
}
/** Counts per severity, every key present, for outputs and summaries. */
function countBySeverity(items) {
    const counts = { critical: 0, high: 0, medium: 0, low: 0, note: 0 };
    for (const s of items)
        counts[s]++;
    return counts;
}


/***/ }),

/***/ 99257:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","title":"Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema","description":"Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema: a standard format for the output of static analysis tools.","additionalProperties":false,"type":"object","properties":{"$schema":{"description":"The URI of the JSON schema corresponding to the version.","type":"string","format":"uri"},"version":{"description":"The SARIF format version of this log file.","enum":["2.1.0"]},"runs":{"description":"The set of runs contained in this log file.","type":"array","minItems":0,"uniqueItems":false,"items":{"$ref":"#/definitions/run"}},"inlineExternalProperties":{"description":"References to external property files that share data between runs.","type":"array","minItems":0,"uniqueItems":true,"items":{"$ref":"#/definitions/externalProperties"}},"properties":{"description":"Key/value pairs that provide additional information about the log file.","$ref":"#/definitions/propertyBag"}},"required":["version","runs"],"definitions":{"address":{"description":"A physical or virtual address, or a range of addresses, in an \'addressable region\' (memory or a binary file).","additionalProperties":false,"type":"object","properties":{"absoluteAddress":{"description":"The address expressed as a byte offset from the start of the addressable region.","type":"integer","minimum":-1,"default":-1},"relativeAddress":{"description":"The address expressed as a byte offset from the absolute address of the top-most parent object.","type":"integer"},"length":{"description":"The number of bytes in this range of addresses.","type":"integer"},"kind":{"description":"An open-ended string that identifies the address kind. \'data\', \'function\', \'header\',\'instruction\', \'module\', \'page\', \'section\', \'segment\', \'stack\', \'stackFrame\', \'table\' are well-known values.","type":"string"},"name":{"description":"A name that is associated with the address, e.g., \'.text\'.","type":"string"},"fullyQualifiedName":{"description":"A human-readable fully qualified name that is associated with the address.","type":"string"},"offsetFromParent":{"description":"The byte offset of this address from the absolute or relative address of the parent object.","type":"integer"},"index":{"description":"The index within run.addresses of the cached object for this address.","type":"integer","default":-1,"minimum":-1},"parentIndex":{"description":"The index within run.addresses of the parent object.","type":"integer","default":-1,"minimum":-1},"properties":{"description":"Key/value pairs that provide additional information about the address.","$ref":"#/definitions/propertyBag"}}},"artifact":{"description":"A single artifact. In some cases, this artifact might be nested within another artifact.","additionalProperties":false,"type":"object","properties":{"description":{"description":"A short description of the artifact.","$ref":"#/definitions/message"},"location":{"description":"The location of the artifact.","$ref":"#/definitions/artifactLocation"},"parentIndex":{"description":"Identifies the index of the immediate parent of the artifact, if this artifact is nested.","type":"integer","default":-1,"minimum":-1},"offset":{"description":"The offset in bytes of the artifact within its containing artifact.","type":"integer","minimum":0},"length":{"description":"The length of the artifact in bytes.","type":"integer","default":-1,"minimum":-1},"roles":{"description":"The role or roles played by the artifact in the analysis.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"enum":["analysisTarget","attachment","responseFile","resultFile","standardStream","tracedFile","unmodified","modified","added","deleted","renamed","uncontrolled","driver","extension","translation","taxonomy","policy","referencedOnCommandLine","memoryContents","directory","userSpecifiedConfiguration","toolSpecifiedConfiguration","debugOutputFile","conversionSource","externalPropertyFile","repositoryRoot"]}},"mimeType":{"description":"The MIME type (RFC 2045) of the artifact.","type":"string","pattern":"[^/]+/.+"},"contents":{"description":"The contents of the artifact.","$ref":"#/definitions/artifactContent"},"encoding":{"description":"Specifies the encoding for an artifact object that refers to a text file.","type":"string"},"sourceLanguage":{"description":"Specifies the source language for any artifact object that refers to a text file that contains source code.","type":"string"},"hashes":{"description":"A dictionary, each of whose keys is the name of a hash function and each of whose values is the hashed value of the artifact produced by the specified hash function.","type":"object","additionalProperties":{"type":"string"}},"lastModifiedTimeUtc":{"description":"The Coordinated Universal Time (UTC) date and time at which the artifact was most recently modified. See \\"Date/time properties\\" in the SARIF spec for the required format.","type":"string","format":"date-time"},"properties":{"description":"Key/value pairs that provide additional information about the artifact.","$ref":"#/definitions/propertyBag"}}},"artifactChange":{"description":"A change to a single artifact.","additionalProperties":false,"type":"object","properties":{"artifactLocation":{"description":"The location of the artifact to change.","$ref":"#/definitions/artifactLocation"},"replacements":{"description":"An array of replacement objects, each of which represents the replacement of a single region in a single artifact specified by \'artifactLocation\'.","type":"array","minItems":1,"uniqueItems":false,"items":{"$ref":"#/definitions/replacement"}},"properties":{"description":"Key/value pairs that provide additional information about the change.","$ref":"#/definitions/propertyBag"}},"required":["artifactLocation","replacements"]},"artifactContent":{"description":"Represents the contents of an artifact.","type":"object","additionalProperties":false,"properties":{"text":{"description":"UTF-8-encoded content from a text artifact.","type":"string"},"binary":{"description":"MIME Base64-encoded content from a binary artifact, or from a text artifact in its original encoding.","type":"string"},"rendered":{"description":"An alternate rendered representation of the artifact (e.g., a decompiled representation of a binary region).","$ref":"#/definitions/multiformatMessageString"},"properties":{"description":"Key/value pairs that provide additional information about the artifact content.","$ref":"#/definitions/propertyBag"}}},"artifactLocation":{"description":"Specifies the location of an artifact.","additionalProperties":false,"type":"object","properties":{"uri":{"description":"A string containing a valid relative or absolute URI.","type":"string","format":"uri-reference"},"uriBaseId":{"description":"A string which indirectly specifies the absolute URI with respect to which a relative URI in the \\"uri\\" property is interpreted.","type":"string"},"index":{"description":"The index within the run artifacts array of the artifact object associated with the artifact location.","type":"integer","default":-1,"minimum":-1},"description":{"description":"A short description of the artifact location.","$ref":"#/definitions/message"},"properties":{"description":"Key/value pairs that provide additional information about the artifact location.","$ref":"#/definitions/propertyBag"}}},"attachment":{"description":"An artifact relevant to a result.","type":"object","additionalProperties":false,"properties":{"description":{"description":"A message describing the role played by the attachment.","$ref":"#/definitions/message"},"artifactLocation":{"description":"The location of the attachment.","$ref":"#/definitions/artifactLocation"},"regions":{"description":"An array of regions of interest within the attachment.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/region"}},"rectangles":{"description":"An array of rectangles specifying areas of interest within the image.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/rectangle"}},"properties":{"description":"Key/value pairs that provide additional information about the attachment.","$ref":"#/definitions/propertyBag"}},"required":["artifactLocation"]},"codeFlow":{"description":"A set of threadFlows which together describe a pattern of code execution relevant to detecting a result.","additionalProperties":false,"type":"object","properties":{"message":{"description":"A message relevant to the code flow.","$ref":"#/definitions/message"},"threadFlows":{"description":"An array of one or more unique threadFlow objects, each of which describes the progress of a program through a thread of execution.","type":"array","minItems":1,"uniqueItems":false,"items":{"$ref":"#/definitions/threadFlow"}},"properties":{"description":"Key/value pairs that provide additional information about the code flow.","$ref":"#/definitions/propertyBag"}},"required":["threadFlows"]},"configurationOverride":{"description":"Information about how a specific rule or notification was reconfigured at runtime.","type":"object","additionalProperties":false,"properties":{"configuration":{"description":"Specifies how the rule or notification was configured during the scan.","$ref":"#/definitions/reportingConfiguration"},"descriptor":{"description":"A reference used to locate the descriptor whose configuration was overridden.","$ref":"#/definitions/reportingDescriptorReference"},"properties":{"description":"Key/value pairs that provide additional information about the configuration override.","$ref":"#/definitions/propertyBag"}},"required":["configuration","descriptor"]},"conversion":{"description":"Describes how a converter transformed the output of a static analysis tool from the analysis tool\'s native output format into the SARIF format.","additionalProperties":false,"type":"object","properties":{"tool":{"description":"A tool object that describes the converter.","$ref":"#/definitions/tool"},"invocation":{"description":"An invocation object that describes the invocation of the converter.","$ref":"#/definitions/invocation"},"analysisToolLogFiles":{"description":"The locations of the analysis tool\'s per-run log files.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/artifactLocation"}},"properties":{"description":"Key/value pairs that provide additional information about the conversion.","$ref":"#/definitions/propertyBag"}},"required":["tool"]},"edge":{"description":"Represents a directed edge in a graph.","type":"object","additionalProperties":false,"properties":{"id":{"description":"A string that uniquely identifies the edge within its graph.","type":"string"},"label":{"description":"A short description of the edge.","$ref":"#/definitions/message"},"sourceNodeId":{"description":"Identifies the source node (the node at which the edge starts).","type":"string"},"targetNodeId":{"description":"Identifies the target node (the node at which the edge ends).","type":"string"},"properties":{"description":"Key/value pairs that provide additional information about the edge.","$ref":"#/definitions/propertyBag"}},"required":["id","sourceNodeId","targetNodeId"]},"edgeTraversal":{"description":"Represents the traversal of a single edge during a graph traversal.","type":"object","additionalProperties":false,"properties":{"edgeId":{"description":"Identifies the edge being traversed.","type":"string"},"message":{"description":"A message to display to the user as the edge is traversed.","$ref":"#/definitions/message"},"finalState":{"description":"The values of relevant expressions after the edge has been traversed.","type":"object","additionalProperties":{"$ref":"#/definitions/multiformatMessageString"}},"stepOverEdgeCount":{"description":"The number of edge traversals necessary to return from a nested graph.","type":"integer","minimum":0},"properties":{"description":"Key/value pairs that provide additional information about the edge traversal.","$ref":"#/definitions/propertyBag"}},"required":["edgeId"]},"exception":{"description":"Describes a runtime exception encountered during the execution of an analysis tool.","type":"object","additionalProperties":false,"properties":{"kind":{"type":"string","description":"A string that identifies the kind of exception, for example, the fully qualified type name of an object that was thrown, or the symbolic name of a signal."},"message":{"description":"A message that describes the exception.","type":"string"},"stack":{"description":"The sequence of function calls leading to the exception.","$ref":"#/definitions/stack"},"innerExceptions":{"description":"An array of exception objects each of which is considered a cause of this exception.","type":"array","minItems":0,"uniqueItems":false,"default":[],"items":{"$ref":"#/definitions/exception"}},"properties":{"description":"Key/value pairs that provide additional information about the exception.","$ref":"#/definitions/propertyBag"}}},"externalProperties":{"description":"The top-level element of an external property file.","type":"object","additionalProperties":false,"properties":{"schema":{"description":"The URI of the JSON schema corresponding to the version of the external property file format.","type":"string","format":"uri"},"version":{"description":"The SARIF format version of this external properties object.","enum":["2.1.0"]},"guid":{"description":"A stable, unique identifier for this external properties object, in the form of a GUID.","type":"string","format":"uuid"},"runGuid":{"description":"A stable, unique identifier for the run associated with this external properties object, in the form of a GUID.","type":"string","format":"uuid"},"conversion":{"description":"A conversion object that will be merged with a separate run.","$ref":"#/definitions/conversion"},"graphs":{"description":"An array of graph objects that will be merged with a separate run.","type":"array","minItems":0,"default":[],"uniqueItems":true,"items":{"$ref":"#/definitions/graph"}},"externalizedProperties":{"description":"Key/value pairs that provide additional information that will be merged with a separate run.","$ref":"#/definitions/propertyBag"},"artifacts":{"description":"An array of artifact objects that will be merged with a separate run.","type":"array","minItems":0,"uniqueItems":true,"items":{"$ref":"#/definitions/artifact"}},"invocations":{"description":"Describes the invocation of the analysis tool that will be merged with a separate run.","type":"array","minItems":0,"uniqueItems":false,"default":[],"items":{"$ref":"#/definitions/invocation"}},"logicalLocations":{"description":"An array of logical locations such as namespaces, types or functions that will be merged with a separate run.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/logicalLocation"}},"threadFlowLocations":{"description":"An array of threadFlowLocation objects that will be merged with a separate run.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/threadFlowLocation"}},"results":{"description":"An array of result objects that will be merged with a separate run.","type":"array","minItems":0,"uniqueItems":false,"default":[],"items":{"$ref":"#/definitions/result"}},"taxonomies":{"description":"Tool taxonomies that will be merged with a separate run.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/toolComponent"}},"driver":{"description":"The analysis tool object that will be merged with a separate run.","$ref":"#/definitions/toolComponent"},"extensions":{"description":"Tool extensions that will be merged with a separate run.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/toolComponent"}},"policies":{"description":"Tool policies that will be merged with a separate run.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/toolComponent"}},"translations":{"description":"Tool translations that will be merged with a separate run.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/toolComponent"}},"addresses":{"description":"Addresses that will be merged with a separate run.","type":"array","minItems":0,"uniqueItems":false,"default":[],"items":{"$ref":"#/definitions/address"}},"webRequests":{"description":"Requests that will be merged with a separate run.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/webRequest"}},"webResponses":{"description":"Responses that will be merged with a separate run.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/webResponse"}},"properties":{"description":"Key/value pairs that provide additional information about the external properties.","$ref":"#/definitions/propertyBag"}}},"externalPropertyFileReference":{"description":"Contains information that enables a SARIF consumer to locate the external property file that contains the value of an externalized property associated with the run.","type":"object","additionalProperties":false,"properties":{"location":{"description":"The location of the external property file.","$ref":"#/definitions/artifactLocation"},"guid":{"description":"A stable, unique identifier for the external property file in the form of a GUID.","type":"string","format":"uuid"},"itemCount":{"description":"A non-negative integer specifying the number of items contained in the external property file.","type":"integer","default":-1,"minimum":-1},"properties":{"description":"Key/value pairs that provide additional information about the external property file.","$ref":"#/definitions/propertyBag"}},"anyOf":[{"required":["location"]},{"required":["guid"]}]},"externalPropertyFileReferences":{"description":"References to external property files that should be inlined with the content of a root log file.","additionalProperties":false,"type":"object","properties":{"conversion":{"description":"An external property file containing a run.conversion object to be merged with the root log file.","$ref":"#/definitions/externalPropertyFileReference"},"graphs":{"description":"An array of external property files containing a run.graphs object to be merged with the root log file.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/externalPropertyFileReference"}},"externalizedProperties":{"description":"An external property file containing a run.properties object to be merged with the root log file.","$ref":"#/definitions/externalPropertyFileReference"},"artifacts":{"description":"An array of external property files containing run.artifacts arrays to be merged with the root log file.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/externalPropertyFileReference"}},"invocations":{"description":"An array of external property files containing run.invocations arrays to be merged with the root log file.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/externalPropertyFileReference"}},"logicalLocations":{"description":"An array of external property files containing run.logicalLocations arrays to be merged with the root log file.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/externalPropertyFileReference"}},"threadFlowLocations":{"description":"An array of external property files containing run.threadFlowLocations arrays to be merged with the root log file.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/externalPropertyFileReference"}},"results":{"description":"An array of external property files containing run.results arrays to be merged with the root log file.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/externalPropertyFileReference"}},"taxonomies":{"description":"An array of external property files containing run.taxonomies arrays to be merged with the root log file.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/externalPropertyFileReference"}},"addresses":{"description":"An array of external property files containing run.addresses arrays to be merged with the root log file.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/externalPropertyFileReference"}},"driver":{"description":"An external property file containing a run.driver object to be merged with the root log file.","$ref":"#/definitions/externalPropertyFileReference"},"extensions":{"description":"An array of external property files containing run.extensions arrays to be merged with the root log file.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/externalPropertyFileReference"}},"policies":{"description":"An array of external property files containing run.policies arrays to be merged with the root log file.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/externalPropertyFileReference"}},"translations":{"description":"An array of external property files containing run.translations arrays to be merged with the root log file.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/externalPropertyFileReference"}},"webRequests":{"description":"An array of external property files containing run.requests arrays to be merged with the root log file.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/externalPropertyFileReference"}},"webResponses":{"description":"An array of external property files containing run.responses arrays to be merged with the root log file.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/externalPropertyFileReference"}},"properties":{"description":"Key/value pairs that provide additional information about the external property files.","$ref":"#/definitions/propertyBag"}}},"fix":{"description":"A proposed fix for the problem represented by a result object. A fix specifies a set of artifacts to modify. For each artifact, it specifies a set of bytes to remove, and provides a set of new bytes to replace them.","additionalProperties":false,"type":"object","properties":{"description":{"description":"A message that describes the proposed fix, enabling viewers to present the proposed change to an end user.","$ref":"#/definitions/message"},"artifactChanges":{"description":"One or more artifact changes that comprise a fix for a result.","type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"#/definitions/artifactChange"}},"properties":{"description":"Key/value pairs that provide additional information about the fix.","$ref":"#/definitions/propertyBag"}},"required":["artifactChanges"]},"graph":{"description":"A network of nodes and directed edges that describes some aspect of the structure of the code (for example, a call graph).","type":"object","additionalProperties":false,"properties":{"description":{"description":"A description of the graph.","$ref":"#/definitions/message"},"nodes":{"description":"An array of node objects representing the nodes of the graph.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/node"}},"edges":{"description":"An array of edge objects representing the edges of the graph.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/edge"}},"properties":{"description":"Key/value pairs that provide additional information about the graph.","$ref":"#/definitions/propertyBag"}}},"graphTraversal":{"description":"Represents a path through a graph.","type":"object","additionalProperties":false,"properties":{"runGraphIndex":{"description":"The index within the run.graphs to be associated with the result.","type":"integer","default":-1,"minimum":-1},"resultGraphIndex":{"description":"The index within the result.graphs to be associated with the result.","type":"integer","default":-1,"minimum":-1},"description":{"description":"A description of this graph traversal.","$ref":"#/definitions/message"},"initialState":{"description":"Values of relevant expressions at the start of the graph traversal that may change during graph traversal.","type":"object","additionalProperties":{"$ref":"#/definitions/multiformatMessageString"}},"immutableState":{"description":"Values of relevant expressions at the start of the graph traversal that remain constant for the graph traversal.","type":"object","additionalProperties":{"$ref":"#/definitions/multiformatMessageString"}},"edgeTraversals":{"description":"The sequences of edges traversed by this graph traversal.","type":"array","minItems":0,"uniqueItems":false,"default":[],"items":{"$ref":"#/definitions/edgeTraversal"}},"properties":{"description":"Key/value pairs that provide additional information about the graph traversal.","$ref":"#/definitions/propertyBag"}},"oneOf":[{"required":["runGraphIndex"]},{"required":["resultGraphIndex"]}]},"invocation":{"description":"The runtime environment of the analysis tool run.","additionalProperties":false,"type":"object","properties":{"commandLine":{"description":"The command line used to invoke the tool.","type":"string"},"arguments":{"description":"An array of strings, containing in order the command line arguments passed to the tool from the operating system.","type":"array","minItems":0,"uniqueItems":false,"items":{"type":"string"}},"responseFiles":{"description":"The locations of any response files specified on the tool\'s command line.","type":"array","minItems":0,"uniqueItems":true,"items":{"$ref":"#/definitions/artifactLocation"}},"startTimeUtc":{"description":"The Coordinated Universal Time (UTC) date and time at which the invocation started. See \\"Date/time properties\\" in the SARIF spec for the required format.","type":"string","format":"date-time"},"endTimeUtc":{"description":"The Coordinated Universal Time (UTC) date and time at which the invocation ended. See \\"Date/time properties\\" in the SARIF spec for the required format.","type":"string","format":"date-time"},"exitCode":{"description":"The process exit code.","type":"integer"},"ruleConfigurationOverrides":{"description":"An array of configurationOverride objects that describe rules related runtime overrides.","type":"array","minItems":0,"default":[],"uniqueItems":true,"items":{"$ref":"#/definitions/configurationOverride"}},"notificationConfigurationOverrides":{"description":"An array of configurationOverride objects that describe notifications related runtime overrides.","type":"array","minItems":0,"default":[],"uniqueItems":true,"items":{"$ref":"#/definitions/configurationOverride"}},"toolExecutionNotifications":{"description":"A list of runtime conditions detected by the tool during the analysis.","type":"array","minItems":0,"uniqueItems":false,"default":[],"items":{"$ref":"#/definitions/notification"}},"toolConfigurationNotifications":{"description":"A list of conditions detected by the tool that are relevant to the tool\'s configuration.","type":"array","minItems":0,"uniqueItems":false,"default":[],"items":{"$ref":"#/definitions/notification"}},"exitCodeDescription":{"description":"The reason for the process exit.","type":"string"},"exitSignalName":{"description":"The name of the signal that caused the process to exit.","type":"string"},"exitSignalNumber":{"description":"The numeric value of the signal that caused the process to exit.","type":"integer"},"processStartFailureMessage":{"description":"The reason given by the operating system that the process failed to start.","type":"string"},"executionSuccessful":{"description":"Specifies whether the tool\'s execution completed successfully.","type":"boolean"},"machine":{"description":"The machine on which the invocation occurred.","type":"string"},"account":{"description":"The account under which the invocation occurred.","type":"string"},"processId":{"description":"The id of the process in which the invocation occurred.","type":"integer"},"executableLocation":{"description":"An absolute URI specifying the location of the executable that was invoked.","$ref":"#/definitions/artifactLocation"},"workingDirectory":{"description":"The working directory for the invocation.","$ref":"#/definitions/artifactLocation"},"environmentVariables":{"description":"The environment variables associated with the analysis tool process, expressed as key/value pairs.","type":"object","additionalProperties":{"type":"string"}},"stdin":{"description":"A file containing the standard input stream to the process that was invoked.","$ref":"#/definitions/artifactLocation"},"stdout":{"description":"A file containing the standard output stream from the process that was invoked.","$ref":"#/definitions/artifactLocation"},"stderr":{"description":"A file containing the standard error stream from the process that was invoked.","$ref":"#/definitions/artifactLocation"},"stdoutStderr":{"description":"A file containing the interleaved standard output and standard error stream from the process that was invoked.","$ref":"#/definitions/artifactLocation"},"properties":{"description":"Key/value pairs that provide additional information about the invocation.","$ref":"#/definitions/propertyBag"}},"required":["executionSuccessful"]},"location":{"description":"A location within a programming artifact.","additionalProperties":false,"type":"object","properties":{"id":{"description":"Value that distinguishes this location from all other locations within a single result object.","type":"integer","minimum":-1,"default":-1},"physicalLocation":{"description":"Identifies the artifact and region.","$ref":"#/definitions/physicalLocation"},"logicalLocations":{"description":"The logical locations associated with the result.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/logicalLocation"}},"message":{"description":"A message relevant to the location.","$ref":"#/definitions/message"},"annotations":{"description":"A set of regions relevant to the location.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/region"}},"relationships":{"description":"An array of objects that describe relationships between this location and others.","type":"array","default":[],"minItems":0,"uniqueItems":true,"items":{"$ref":"#/definitions/locationRelationship"}},"properties":{"description":"Key/value pairs that provide additional information about the location.","$ref":"#/definitions/propertyBag"}}},"locationRelationship":{"description":"Information about the relation of one location to another.","type":"object","additionalProperties":false,"properties":{"target":{"description":"A reference to the related location.","type":"integer","minimum":0},"kinds":{"description":"A set of distinct strings that categorize the relationship. Well-known kinds include \'includes\', \'isIncludedBy\' and \'relevant\'.","type":"array","default":["relevant"],"uniqueItems":true,"items":{"type":"string"}},"description":{"description":"A description of the location relationship.","$ref":"#/definitions/message"},"properties":{"description":"Key/value pairs that provide additional information about the location relationship.","$ref":"#/definitions/propertyBag"}},"required":["target"]},"logicalLocation":{"description":"A logical location of a construct that produced a result.","additionalProperties":false,"type":"object","properties":{"name":{"description":"Identifies the construct in which the result occurred. For example, this property might contain the name of a class or a method.","type":"string"},"index":{"description":"The index within the logical locations array.","type":"integer","default":-1,"minimum":-1},"fullyQualifiedName":{"description":"The human-readable fully qualified name of the logical location.","type":"string"},"decoratedName":{"description":"The machine-readable name for the logical location, such as a mangled function name provided by a C++ compiler that encodes calling convention, return type and other details along with the function name.","type":"string"},"parentIndex":{"description":"Identifies the index of the immediate parent of the construct in which the result was detected. For example, this property might point to a logical location that represents the namespace that holds a type.","type":"integer","default":-1,"minimum":-1},"kind":{"description":"The type of construct this logical location component refers to. Should be one of \'function\', \'member\', \'module\', \'namespace\', \'parameter\', \'resource\', \'returnType\', \'type\', \'variable\', \'object\', \'array\', \'property\', \'value\', \'element\', \'text\', \'attribute\', \'comment\', \'declaration\', \'dtd\' or \'processingInstruction\', if any of those accurately describe the construct.","type":"string"},"properties":{"description":"Key/value pairs that provide additional information about the logical location.","$ref":"#/definitions/propertyBag"}}},"message":{"description":"Encapsulates a message intended to be read by the end user.","type":"object","additionalProperties":false,"properties":{"text":{"description":"A plain text message string.","type":"string"},"markdown":{"description":"A Markdown message string.","type":"string"},"id":{"description":"The identifier for this message.","type":"string"},"arguments":{"description":"An array of strings to substitute into the message string.","type":"array","minItems":0,"uniqueItems":false,"default":[],"items":{"type":"string"}},"properties":{"description":"Key/value pairs that provide additional information about the message.","$ref":"#/definitions/propertyBag"}},"anyOf":[{"required":["text"]},{"required":["id"]}]},"multiformatMessageString":{"description":"A message string or message format string rendered in multiple formats.","type":"object","additionalProperties":false,"properties":{"text":{"description":"A plain text message string or format string.","type":"string"},"markdown":{"description":"A Markdown message string or format string.","type":"string"},"properties":{"description":"Key/value pairs that provide additional information about the message.","$ref":"#/definitions/propertyBag"}},"required":["text"]},"node":{"description":"Represents a node in a graph.","type":"object","additionalProperties":false,"properties":{"id":{"description":"A string that uniquely identifies the node within its graph.","type":"string"},"label":{"description":"A short description of the node.","$ref":"#/definitions/message"},"location":{"description":"A code location associated with the node.","$ref":"#/definitions/location"},"children":{"description":"Array of child nodes.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/node"}},"properties":{"description":"Key/value pairs that provide additional information about the node.","$ref":"#/definitions/propertyBag"}},"required":["id"]},"notification":{"description":"Describes a condition relevant to the tool itself, as opposed to being relevant to a target being analyzed by the tool.","type":"object","additionalProperties":false,"properties":{"locations":{"description":"The locations relevant to this notification.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/location"}},"message":{"description":"A message that describes the condition that was encountered.","$ref":"#/definitions/message"},"level":{"description":"A value specifying the severity level of the notification.","default":"warning","enum":["none","note","warning","error"]},"threadId":{"description":"The thread identifier of the code that generated the notification.","type":"integer"},"timeUtc":{"description":"The Coordinated Universal Time (UTC) date and time at which the analysis tool generated the notification.","type":"string","format":"date-time"},"exception":{"description":"The runtime exception, if any, relevant to this notification.","$ref":"#/definitions/exception"},"descriptor":{"description":"A reference used to locate the descriptor relevant to this notification.","$ref":"#/definitions/reportingDescriptorReference"},"associatedRule":{"description":"A reference used to locate the rule descriptor associated with this notification.","$ref":"#/definitions/reportingDescriptorReference"},"properties":{"description":"Key/value pairs that provide additional information about the notification.","$ref":"#/definitions/propertyBag"}},"required":["message"]},"physicalLocation":{"description":"A physical location relevant to a result. Specifies a reference to a programming artifact together with a range of bytes or characters within that artifact.","additionalProperties":false,"type":"object","properties":{"address":{"description":"The address of the location.","$ref":"#/definitions/address"},"artifactLocation":{"description":"The location of the artifact.","$ref":"#/definitions/artifactLocation"},"region":{"description":"Specifies a portion of the artifact.","$ref":"#/definitions/region"},"contextRegion":{"description":"Specifies a portion of the artifact that encloses the region. Allows a viewer to display additional context around the region.","$ref":"#/definitions/region"},"properties":{"description":"Key/value pairs that provide additional information about the physical location.","$ref":"#/definitions/propertyBag"}},"anyOf":[{"required":["address"]},{"required":["artifactLocation"]}]},"propertyBag":{"description":"Key/value pairs that provide additional information about the object.","type":"object","additionalProperties":true,"properties":{"tags":{"description":"A set of distinct strings that provide additional information.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"type":"string"}}}},"rectangle":{"description":"An area within an image.","additionalProperties":false,"type":"object","properties":{"top":{"description":"The Y coordinate of the top edge of the rectangle, measured in the image\'s natural units.","type":"number"},"left":{"description":"The X coordinate of the left edge of the rectangle, measured in the image\'s natural units.","type":"number"},"bottom":{"description":"The Y coordinate of the bottom edge of the rectangle, measured in the image\'s natural units.","type":"number"},"right":{"description":"The X coordinate of the right edge of the rectangle, measured in the image\'s natural units.","type":"number"},"message":{"description":"A message relevant to the rectangle.","$ref":"#/definitions/message"},"properties":{"description":"Key/value pairs that provide additional information about the rectangle.","$ref":"#/definitions/propertyBag"}}},"region":{"description":"A region within an artifact where a result was detected.","additionalProperties":false,"type":"object","properties":{"startLine":{"description":"The line number of the first character in the region.","type":"integer","minimum":1},"startColumn":{"description":"The column number of the first character in the region.","type":"integer","minimum":1},"endLine":{"description":"The line number of the last character in the region.","type":"integer","minimum":1},"endColumn":{"description":"The column number of the character following the end of the region.","type":"integer","minimum":1},"charOffset":{"description":"The zero-based offset from the beginning of the artifact of the first character in the region.","type":"integer","default":-1,"minimum":-1},"charLength":{"description":"The length of the region in characters.","type":"integer","minimum":0},"byteOffset":{"description":"The zero-based offset from the beginning of the artifact of the first byte in the region.","type":"integer","default":-1,"minimum":-1},"byteLength":{"description":"The length of the region in bytes.","type":"integer","minimum":0},"snippet":{"description":"The portion of the artifact contents within the specified region.","$ref":"#/definitions/artifactContent"},"message":{"description":"A message relevant to the region.","$ref":"#/definitions/message"},"sourceLanguage":{"description":"Specifies the source language, if any, of the portion of the artifact specified by the region object.","type":"string"},"properties":{"description":"Key/value pairs that provide additional information about the region.","$ref":"#/definitions/propertyBag"}}},"replacement":{"description":"The replacement of a single region of an artifact.","additionalProperties":false,"type":"object","properties":{"deletedRegion":{"description":"The region of the artifact to delete.","$ref":"#/definitions/region"},"insertedContent":{"description":"The content to insert at the location specified by the \'deletedRegion\' property.","$ref":"#/definitions/artifactContent"},"properties":{"description":"Key/value pairs that provide additional information about the replacement.","$ref":"#/definitions/propertyBag"}},"required":["deletedRegion"]},"reportingDescriptor":{"description":"Metadata that describes a specific report produced by the tool, as part of the analysis it provides or its runtime reporting.","additionalProperties":false,"type":"object","properties":{"id":{"description":"A stable, opaque identifier for the report.","type":"string"},"deprecatedIds":{"description":"An array of stable, opaque identifiers by which this report was known in some previous version of the analysis tool.","type":"array","minItems":0,"uniqueItems":true,"items":{"type":"string"}},"guid":{"description":"A unique identifier for the reporting descriptor in the form of a GUID.","type":"string","format":"uuid"},"deprecatedGuids":{"description":"An array of unique identifies in the form of a GUID by which this report was known in some previous version of the analysis tool.","type":"array","minItems":0,"uniqueItems":true,"items":{"type":"string","format":"uuid"}},"name":{"description":"A report identifier that is understandable to an end user.","type":"string"},"deprecatedNames":{"description":"An array of readable identifiers by which this report was known in some previous version of the analysis tool.","type":"array","minItems":0,"uniqueItems":true,"items":{"type":"string"}},"shortDescription":{"description":"A concise description of the report. Should be a single sentence that is understandable when visible space is limited to a single line of text.","$ref":"#/definitions/multiformatMessageString"},"fullDescription":{"description":"A description of the report. Should, as far as possible, provide details sufficient to enable resolution of any problem indicated by the result.","$ref":"#/definitions/multiformatMessageString"},"messageStrings":{"description":"A set of name/value pairs with arbitrary names. Each value is a multiformatMessageString object, which holds message strings in plain text and (optionally) Markdown format. The strings can include placeholders, which can be used to construct a message in combination with an arbitrary number of additional string arguments.","type":"object","additionalProperties":{"$ref":"#/definitions/multiformatMessageString"}},"defaultConfiguration":{"description":"Default reporting configuration information.","$ref":"#/definitions/reportingConfiguration"},"helpUri":{"description":"A URI where the primary documentation for the report can be found.","type":"string","format":"uri"},"help":{"description":"Provides the primary documentation for the report, useful when there is no online documentation.","$ref":"#/definitions/multiformatMessageString"},"relationships":{"description":"An array of objects that describe relationships between this reporting descriptor and others.","type":"array","default":[],"minItems":0,"uniqueItems":true,"items":{"$ref":"#/definitions/reportingDescriptorRelationship"}},"properties":{"description":"Key/value pairs that provide additional information about the report.","$ref":"#/definitions/propertyBag"}},"required":["id"]},"reportingConfiguration":{"description":"Information about a rule or notification that can be configured at runtime.","type":"object","additionalProperties":false,"properties":{"enabled":{"description":"Specifies whether the report may be produced during the scan.","type":"boolean","default":true},"level":{"description":"Specifies the failure level for the report.","default":"warning","enum":["none","note","warning","error"]},"rank":{"description":"Specifies the relative priority of the report. Used for analysis output only.","type":"number","default":-1,"minimum":-1,"maximum":100},"parameters":{"description":"Contains configuration information specific to a report.","$ref":"#/definitions/propertyBag"},"properties":{"description":"Key/value pairs that provide additional information about the reporting configuration.","$ref":"#/definitions/propertyBag"}}},"reportingDescriptorReference":{"description":"Information about how to locate a relevant reporting descriptor.","type":"object","additionalProperties":false,"properties":{"id":{"description":"The id of the descriptor.","type":"string"},"index":{"description":"The index into an array of descriptors in toolComponent.ruleDescriptors, toolComponent.notificationDescriptors, or toolComponent.taxonomyDescriptors, depending on context.","type":"integer","default":-1,"minimum":-1},"guid":{"description":"A guid that uniquely identifies the descriptor.","type":"string","format":"uuid"},"toolComponent":{"description":"A reference used to locate the toolComponent associated with the descriptor.","$ref":"#/definitions/toolComponentReference"},"properties":{"description":"Key/value pairs that provide additional information about the reporting descriptor reference.","$ref":"#/definitions/propertyBag"}},"anyOf":[{"required":["index"]},{"required":["guid"]},{"required":["id"]}]},"reportingDescriptorRelationship":{"description":"Information about the relation of one reporting descriptor to another.","type":"object","additionalProperties":false,"properties":{"target":{"description":"A reference to the related reporting descriptor.","$ref":"#/definitions/reportingDescriptorReference"},"kinds":{"description":"A set of distinct strings that categorize the relationship. Well-known kinds include \'canPrecede\', \'canFollow\', \'willPrecede\', \'willFollow\', \'superset\', \'subset\', \'equal\', \'disjoint\', \'relevant\', and \'incomparable\'.","type":"array","default":["relevant"],"uniqueItems":true,"items":{"type":"string"}},"description":{"description":"A description of the reporting descriptor relationship.","$ref":"#/definitions/message"},"properties":{"description":"Key/value pairs that provide additional information about the reporting descriptor reference.","$ref":"#/definitions/propertyBag"}},"required":["target"]},"result":{"description":"A result produced by an analysis tool.","additionalProperties":false,"type":"object","properties":{"ruleId":{"description":"The stable, unique identifier of the rule, if any, to which this result is relevant.","type":"string"},"ruleIndex":{"description":"The index within the tool component rules array of the rule object associated with this result.","type":"integer","default":-1,"minimum":-1},"rule":{"description":"A reference used to locate the rule descriptor relevant to this result.","$ref":"#/definitions/reportingDescriptorReference"},"kind":{"description":"A value that categorizes results by evaluation state.","default":"fail","enum":["notApplicable","pass","fail","review","open","informational"]},"level":{"description":"A value specifying the severity level of the result.","default":"warning","enum":["none","note","warning","error"]},"message":{"description":"A message that describes the result. The first sentence of the message only will be displayed when visible space is limited.","$ref":"#/definitions/message"},"analysisTarget":{"description":"Identifies the artifact that the analysis tool was instructed to scan. This need not be the same as the artifact where the result actually occurred.","$ref":"#/definitions/artifactLocation"},"locations":{"description":"The set of locations where the result was detected. Specify only one location unless the problem indicated by the result can only be corrected by making a change at every specified location.","type":"array","minItems":0,"uniqueItems":false,"default":[],"items":{"$ref":"#/definitions/location"}},"guid":{"description":"A stable, unique identifier for the result in the form of a GUID.","type":"string","format":"uuid"},"correlationGuid":{"description":"A stable, unique identifier for the equivalence class of logically identical results to which this result belongs, in the form of a GUID.","type":"string","format":"uuid"},"occurrenceCount":{"description":"A positive integer specifying the number of times this logically unique result was observed in this run.","type":"integer","minimum":1},"partialFingerprints":{"description":"A set of strings that contribute to the stable, unique identity of the result.","type":"object","additionalProperties":{"type":"string"}},"fingerprints":{"description":"A set of strings each of which individually defines a stable, unique identity for the result.","type":"object","additionalProperties":{"type":"string"}},"stacks":{"description":"An array of \'stack\' objects relevant to the result.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/stack"}},"codeFlows":{"description":"An array of \'codeFlow\' objects relevant to the result.","type":"array","minItems":0,"uniqueItems":false,"default":[],"items":{"$ref":"#/definitions/codeFlow"}},"graphs":{"description":"An array of zero or more unique graph objects associated with the result.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/graph"}},"graphTraversals":{"description":"An array of one or more unique \'graphTraversal\' objects.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/graphTraversal"}},"relatedLocations":{"description":"A set of locations relevant to this result.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/location"}},"suppressions":{"description":"A set of suppressions relevant to this result.","type":"array","minItems":0,"uniqueItems":true,"items":{"$ref":"#/definitions/suppression"}},"baselineState":{"description":"The state of a result relative to a baseline of a previous run.","enum":["new","unchanged","updated","absent"]},"rank":{"description":"A number representing the priority or importance of the result.","type":"number","default":-1,"minimum":-1,"maximum":100},"attachments":{"description":"A set of artifacts relevant to the result.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/attachment"}},"hostedViewerUri":{"description":"An absolute URI at which the result can be viewed.","type":"string","format":"uri"},"workItemUris":{"description":"The URIs of the work items associated with this result.","type":"array","minItems":0,"uniqueItems":true,"items":{"type":"string","format":"uri"}},"provenance":{"description":"Information about how and when the result was detected.","$ref":"#/definitions/resultProvenance"},"fixes":{"description":"An array of \'fix\' objects, each of which represents a proposed fix to the problem indicated by the result.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/fix"}},"taxa":{"description":"An array of references to taxonomy reporting descriptors that are applicable to the result.","type":"array","default":[],"minItems":0,"uniqueItems":true,"items":{"$ref":"#/definitions/reportingDescriptorReference"}},"webRequest":{"description":"A web request associated with this result.","$ref":"#/definitions/webRequest"},"webResponse":{"description":"A web response associated with this result.","$ref":"#/definitions/webResponse"},"properties":{"description":"Key/value pairs that provide additional information about the result.","$ref":"#/definitions/propertyBag"}},"required":["message"]},"resultProvenance":{"description":"Contains information about how and when a result was detected.","additionalProperties":false,"type":"object","properties":{"firstDetectionTimeUtc":{"description":"The Coordinated Universal Time (UTC) date and time at which the result was first detected. See \\"Date/time properties\\" in the SARIF spec for the required format.","type":"string","format":"date-time"},"lastDetectionTimeUtc":{"description":"The Coordinated Universal Time (UTC) date and time at which the result was most recently detected. See \\"Date/time properties\\" in the SARIF spec for the required format.","type":"string","format":"date-time"},"firstDetectionRunGuid":{"description":"A GUID-valued string equal to the automationDetails.guid property of the run in which the result was first detected.","type":"string","format":"uuid"},"lastDetectionRunGuid":{"description":"A GUID-valued string equal to the automationDetails.guid property of the run in which the result was most recently detected.","type":"string","format":"uuid"},"invocationIndex":{"description":"The index within the run.invocations array of the invocation object which describes the tool invocation that detected the result.","type":"integer","default":-1,"minimum":-1},"conversionSources":{"description":"An array of physicalLocation objects which specify the portions of an analysis tool\'s output that a converter transformed into the result.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/physicalLocation"}},"properties":{"description":"Key/value pairs that provide additional information about the result.","$ref":"#/definitions/propertyBag"}}},"run":{"description":"Describes a single run of an analysis tool, and contains the reported output of that run.","additionalProperties":false,"type":"object","properties":{"tool":{"description":"Information about the tool or tool pipeline that generated the results in this run. A run can only contain results produced by a single tool or tool pipeline. A run can aggregate results from multiple log files, as long as context around the tool run (tool command-line arguments and the like) is identical for all aggregated files.","$ref":"#/definitions/tool"},"invocations":{"description":"Describes the invocation of the analysis tool.","type":"array","minItems":0,"uniqueItems":false,"default":[],"items":{"$ref":"#/definitions/invocation"}},"conversion":{"description":"A conversion object that describes how a converter transformed an analysis tool\'s native reporting format into the SARIF format.","$ref":"#/definitions/conversion"},"language":{"description":"The language of the messages emitted into the log file during this run (expressed as an ISO 639-1 two-letter lowercase culture code) and an optional region (expressed as an ISO 3166-1 two-letter uppercase subculture code associated with a country or region). The casing is recommended but not required (in order for this data to conform to RFC5646).","type":"string","default":"en-US","pattern":"^[a-zA-Z]{2}(-[a-zA-Z]{2})?$"},"versionControlProvenance":{"description":"Specifies the revision in version control of the artifacts that were scanned.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/versionControlDetails"}},"originalUriBaseIds":{"description":"The artifact location specified by each uriBaseId symbol on the machine where the tool originally ran.","type":"object","additionalProperties":{"$ref":"#/definitions/artifactLocation"}},"artifacts":{"description":"An array of artifact objects relevant to the run.","type":"array","minItems":0,"uniqueItems":true,"items":{"$ref":"#/definitions/artifact"}},"logicalLocations":{"description":"An array of logical locations such as namespaces, types or functions.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/logicalLocation"}},"graphs":{"description":"An array of zero or more unique graph objects associated with the run.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/graph"}},"results":{"description":"The set of results contained in an SARIF log. The results array can be omitted when a run is solely exporting rules metadata. It must be present (but may be empty) if a log file represents an actual scan.","type":"array","minItems":0,"uniqueItems":false,"items":{"$ref":"#/definitions/result"}},"automationDetails":{"description":"Automation details that describe this run.","$ref":"#/definitions/runAutomationDetails"},"runAggregates":{"description":"Automation details that describe the aggregate of runs to which this run belongs.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/runAutomationDetails"}},"baselineGuid":{"description":"The \'guid\' property of a previous SARIF \'run\' that comprises the baseline that was used to compute result \'baselineState\' properties for the run.","type":"string","format":"uuid"},"redactionTokens":{"description":"An array of strings used to replace sensitive information in a redaction-aware property.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"type":"string"}},"defaultEncoding":{"description":"Specifies the default encoding for any artifact object that refers to a text file.","type":"string"},"defaultSourceLanguage":{"description":"Specifies the default source language for any artifact object that refers to a text file that contains source code.","type":"string"},"newlineSequences":{"description":"An ordered list of character sequences that were treated as line breaks when computing region information for the run.","type":"array","minItems":1,"uniqueItems":true,"default":["\\r\\n","\\n"],"items":{"type":"string"}},"columnKind":{"description":"Specifies the unit in which the tool measures columns.","enum":["utf16CodeUnits","unicodeCodePoints"]},"externalPropertyFileReferences":{"description":"References to external property files that should be inlined with the content of a root log file.","$ref":"#/definitions/externalPropertyFileReferences"},"threadFlowLocations":{"description":"An array of threadFlowLocation objects cached at run level.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/threadFlowLocation"}},"taxonomies":{"description":"An array of toolComponent objects relevant to a taxonomy in which results are categorized.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/toolComponent"}},"addresses":{"description":"Addresses associated with this run instance, if any.","type":"array","minItems":0,"uniqueItems":false,"default":[],"items":{"$ref":"#/definitions/address"}},"translations":{"description":"The set of available translations of the localized data provided by the tool.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/toolComponent"}},"policies":{"description":"Contains configurations that may potentially override both reportingDescriptor.defaultConfiguration (the tool\'s default severities) and invocation.configurationOverrides (severities established at run-time from the command line).","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/toolComponent"}},"webRequests":{"description":"An array of request objects cached at run level.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/webRequest"}},"webResponses":{"description":"An array of response objects cached at run level.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/webResponse"}},"specialLocations":{"description":"A specialLocations object that defines locations of special significance to SARIF consumers.","$ref":"#/definitions/specialLocations"},"properties":{"description":"Key/value pairs that provide additional information about the run.","$ref":"#/definitions/propertyBag"}},"required":["tool"]},"runAutomationDetails":{"description":"Information that describes a run\'s identity and role within an engineering system process.","additionalProperties":false,"type":"object","properties":{"description":{"description":"A description of the identity and role played within the engineering system by this object\'s containing run object.","$ref":"#/definitions/message"},"id":{"description":"A hierarchical string that uniquely identifies this object\'s containing run object.","type":"string"},"guid":{"description":"A stable, unique identifier for this object\'s containing run object in the form of a GUID.","type":"string","format":"uuid"},"correlationGuid":{"description":"A stable, unique identifier for the equivalence class of runs to which this object\'s containing run object belongs in the form of a GUID.","type":"string","format":"uuid"},"properties":{"description":"Key/value pairs that provide additional information about the run automation details.","$ref":"#/definitions/propertyBag"}}},"specialLocations":{"description":"Defines locations of special significance to SARIF consumers.","type":"object","additionalProperties":false,"properties":{"displayBase":{"description":"Provides a suggestion to SARIF consumers to display file paths relative to the specified location.","$ref":"#/definitions/artifactLocation"},"properties":{"description":"Key/value pairs that provide additional information about the special locations.","$ref":"#/definitions/propertyBag"}}},"stack":{"description":"A call stack that is relevant to a result.","additionalProperties":false,"type":"object","properties":{"message":{"description":"A message relevant to this call stack.","$ref":"#/definitions/message"},"frames":{"description":"An array of stack frames that represents a sequence of calls, rendered in reverse chronological order, that comprise the call stack.","type":"array","minItems":0,"uniqueItems":false,"items":{"$ref":"#/definitions/stackFrame"}},"properties":{"description":"Key/value pairs that provide additional information about the stack.","$ref":"#/definitions/propertyBag"}},"required":["frames"]},"stackFrame":{"description":"A function call within a stack trace.","additionalProperties":false,"type":"object","properties":{"location":{"description":"The location to which this stack frame refers.","$ref":"#/definitions/location"},"module":{"description":"The name of the module that contains the code of this stack frame.","type":"string"},"threadId":{"description":"The thread identifier of the stack frame.","type":"integer"},"parameters":{"description":"The parameters of the call that is executing.","type":"array","minItems":0,"uniqueItems":false,"default":[],"items":{"type":"string","default":[]}},"properties":{"description":"Key/value pairs that provide additional information about the stack frame.","$ref":"#/definitions/propertyBag"}}},"suppression":{"description":"A suppression that is relevant to a result.","additionalProperties":false,"type":"object","properties":{"guid":{"description":"A stable, unique identifier for the suprression in the form of a GUID.","type":"string","format":"uuid"},"kind":{"description":"A string that indicates where the suppression is persisted.","enum":["inSource","external"]},"status":{"description":"A string that indicates the review status of the suppression.","enum":["accepted","underReview","rejected"]},"justification":{"description":"A string representing the justification for the suppression.","type":"string"},"location":{"description":"Identifies the location associated with the suppression.","$ref":"#/definitions/location"},"properties":{"description":"Key/value pairs that provide additional information about the suppression.","$ref":"#/definitions/propertyBag"}},"required":["kind"]},"threadFlow":{"description":"Describes a sequence of code locations that specify a path through a single thread of execution such as an operating system or fiber.","type":"object","additionalProperties":false,"properties":{"id":{"description":"An string that uniquely identifies the threadFlow within the codeFlow in which it occurs.","type":"string"},"message":{"description":"A message relevant to the thread flow.","$ref":"#/definitions/message"},"initialState":{"description":"Values of relevant expressions at the start of the thread flow that may change during thread flow execution.","type":"object","additionalProperties":{"$ref":"#/definitions/multiformatMessageString"}},"immutableState":{"description":"Values of relevant expressions at the start of the thread flow that remain constant.","type":"object","additionalProperties":{"$ref":"#/definitions/multiformatMessageString"}},"locations":{"description":"A temporally ordered array of \'threadFlowLocation\' objects, each of which describes a location visited by the tool while producing the result.","type":"array","minItems":1,"uniqueItems":false,"items":{"$ref":"#/definitions/threadFlowLocation"}},"properties":{"description":"Key/value pairs that provide additional information about the thread flow.","$ref":"#/definitions/propertyBag"}},"required":["locations"]},"threadFlowLocation":{"description":"A location visited by an analysis tool while simulating or monitoring the execution of a program.","additionalProperties":false,"type":"object","properties":{"index":{"description":"The index within the run threadFlowLocations array.","type":"integer","default":-1,"minimum":-1},"location":{"description":"The code location.","$ref":"#/definitions/location"},"stack":{"description":"The call stack leading to this location.","$ref":"#/definitions/stack"},"kinds":{"description":"A set of distinct strings that categorize the thread flow location. Well-known kinds include \'acquire\', \'release\', \'enter\', \'exit\', \'call\', \'return\', \'branch\', \'implicit\', \'false\', \'true\', \'caution\', \'danger\', \'unknown\', \'unreachable\', \'taint\', \'function\', \'handler\', \'lock\', \'memory\', \'resource\', \'scope\' and \'value\'.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"type":"string"}},"taxa":{"description":"An array of references to rule or taxonomy reporting descriptors that are applicable to the thread flow location.","type":"array","default":[],"minItems":0,"uniqueItems":true,"items":{"$ref":"#/definitions/reportingDescriptorReference"}},"module":{"description":"The name of the module that contains the code that is executing.","type":"string"},"state":{"description":"A dictionary, each of whose keys specifies a variable or expression, the associated value of which represents the variable or expression value. For an annotation of kind \'continuation\', for example, this dictionary might hold the current assumed values of a set of global variables.","type":"object","additionalProperties":{"$ref":"#/definitions/multiformatMessageString"}},"nestingLevel":{"description":"An integer representing a containment hierarchy within the thread flow.","type":"integer","minimum":0},"executionOrder":{"description":"An integer representing the temporal order in which execution reached this location.","type":"integer","default":-1,"minimum":-1},"executionTimeUtc":{"description":"The Coordinated Universal Time (UTC) date and time at which this location was executed.","type":"string","format":"date-time"},"importance":{"description":"Specifies the importance of this location in understanding the code flow in which it occurs. The order from most to least important is \\"essential\\", \\"important\\", \\"unimportant\\". Default: \\"important\\".","enum":["important","essential","unimportant"],"default":"important"},"webRequest":{"description":"A web request associated with this thread flow location.","$ref":"#/definitions/webRequest"},"webResponse":{"description":"A web response associated with this thread flow location.","$ref":"#/definitions/webResponse"},"properties":{"description":"Key/value pairs that provide additional information about the threadflow location.","$ref":"#/definitions/propertyBag"}}},"tool":{"description":"The analysis tool that was run.","additionalProperties":false,"type":"object","properties":{"driver":{"description":"The analysis tool that was run.","$ref":"#/definitions/toolComponent"},"extensions":{"description":"Tool extensions that contributed to or reconfigured the analysis tool that was run.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/toolComponent"}},"properties":{"description":"Key/value pairs that provide additional information about the tool.","$ref":"#/definitions/propertyBag"}},"required":["driver"]},"toolComponent":{"description":"A component, such as a plug-in or the driver, of the analysis tool that was run.","additionalProperties":false,"type":"object","properties":{"guid":{"description":"A unique identifier for the tool component in the form of a GUID.","type":"string","format":"uuid"},"name":{"description":"The name of the tool component.","type":"string"},"organization":{"description":"The organization or company that produced the tool component.","type":"string"},"product":{"description":"A product suite to which the tool component belongs.","type":"string"},"productSuite":{"description":"A localizable string containing the name of the suite of products to which the tool component belongs.","type":"string"},"shortDescription":{"description":"A brief description of the tool component.","$ref":"#/definitions/multiformatMessageString"},"fullDescription":{"description":"A comprehensive description of the tool component.","$ref":"#/definitions/multiformatMessageString"},"fullName":{"description":"The name of the tool component along with its version and any other useful identifying information, such as its locale.","type":"string"},"version":{"description":"The tool component version, in whatever format the component natively provides.","type":"string"},"semanticVersion":{"description":"The tool component version in the format specified by Semantic Versioning 2.0.","type":"string"},"dottedQuadFileVersion":{"description":"The binary version of the tool component\'s primary executable file expressed as four non-negative integers separated by a period (for operating systems that express file versions in this way).","type":"string","pattern":"[0-9]+(\\\\.[0-9]+){3}"},"releaseDateUtc":{"description":"A string specifying the UTC date (and optionally, the time) of the component\'s release.","type":"string"},"downloadUri":{"description":"The absolute URI from which the tool component can be downloaded.","type":"string","format":"uri"},"informationUri":{"description":"The absolute URI at which information about this version of the tool component can be found.","type":"string","format":"uri"},"globalMessageStrings":{"description":"A dictionary, each of whose keys is a resource identifier and each of whose values is a multiformatMessageString object, which holds message strings in plain text and (optionally) Markdown format. The strings can include placeholders, which can be used to construct a message in combination with an arbitrary number of additional string arguments.","type":"object","additionalProperties":{"$ref":"#/definitions/multiformatMessageString"}},"notifications":{"description":"An array of reportingDescriptor objects relevant to the notifications related to the configuration and runtime execution of the tool component.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/reportingDescriptor"}},"rules":{"description":"An array of reportingDescriptor objects relevant to the analysis performed by the tool component.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/reportingDescriptor"}},"taxa":{"description":"An array of reportingDescriptor objects relevant to the definitions of both standalone and tool-defined taxonomies.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/reportingDescriptor"}},"locations":{"description":"An array of the artifactLocation objects associated with the tool component.","type":"array","minItems":0,"default":[],"items":{"$ref":"#/definitions/artifactLocation"}},"language":{"description":"The language of the messages emitted into the log file during this run (expressed as an ISO 639-1 two-letter lowercase language code) and an optional region (expressed as an ISO 3166-1 two-letter uppercase subculture code associated with a country or region). The casing is recommended but not required (in order for this data to conform to RFC5646).","type":"string","default":"en-US","pattern":"^[a-zA-Z]{2}(-[a-zA-Z]{2})?$"},"contents":{"description":"The kinds of data contained in this object.","type":"array","uniqueItems":true,"default":["localizedData","nonLocalizedData"],"items":{"enum":["localizedData","nonLocalizedData"]}},"isComprehensive":{"description":"Specifies whether this object contains a complete definition of the localizable and/or non-localizable data for this component, as opposed to including only data that is relevant to the results persisted to this log file.","type":"boolean","default":false},"localizedDataSemanticVersion":{"description":"The semantic version of the localized strings defined in this component; maintained by components that provide translations.","type":"string"},"minimumRequiredLocalizedDataSemanticVersion":{"description":"The minimum value of localizedDataSemanticVersion required in translations consumed by this component; used by components that consume translations.","type":"string"},"associatedComponent":{"description":"The component which is strongly associated with this component. For a translation, this refers to the component which has been translated. For an extension, this is the driver that provides the extension\'s plugin model.","$ref":"#/definitions/toolComponentReference"},"translationMetadata":{"description":"Translation metadata, required for a translation, not populated by other component types.","$ref":"#/definitions/translationMetadata"},"supportedTaxonomies":{"description":"An array of toolComponentReference objects to declare the taxonomies supported by the tool component.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/toolComponentReference"}},"properties":{"description":"Key/value pairs that provide additional information about the tool component.","$ref":"#/definitions/propertyBag"}},"required":["name"]},"toolComponentReference":{"description":"Identifies a particular toolComponent object, either the driver or an extension.","type":"object","additionalProperties":false,"properties":{"name":{"description":"The \'name\' property of the referenced toolComponent.","type":"string"},"index":{"description":"An index into the referenced toolComponent in tool.extensions.","type":"integer","default":-1,"minimum":-1},"guid":{"description":"The \'guid\' property of the referenced toolComponent.","type":"string","format":"uuid"},"properties":{"description":"Key/value pairs that provide additional information about the toolComponentReference.","$ref":"#/definitions/propertyBag"}}},"translationMetadata":{"description":"Provides additional metadata related to translation.","type":"object","additionalProperties":false,"properties":{"name":{"description":"The name associated with the translation metadata.","type":"string"},"fullName":{"description":"The full name associated with the translation metadata.","type":"string"},"shortDescription":{"description":"A brief description of the translation metadata.","$ref":"#/definitions/multiformatMessageString"},"fullDescription":{"description":"A comprehensive description of the translation metadata.","$ref":"#/definitions/multiformatMessageString"},"downloadUri":{"description":"The absolute URI from which the translation metadata can be downloaded.","type":"string","format":"uri"},"informationUri":{"description":"The absolute URI from which information related to the translation metadata can be downloaded.","type":"string","format":"uri"},"properties":{"description":"Key/value pairs that provide additional information about the translation metadata.","$ref":"#/definitions/propertyBag"}},"required":["name"]},"versionControlDetails":{"description":"Specifies the information necessary to retrieve a desired revision from a version control system.","type":"object","additionalProperties":false,"properties":{"repositoryUri":{"description":"The absolute URI of the repository.","type":"string","format":"uri"},"revisionId":{"description":"A string that uniquely and permanently identifies the revision within the repository.","type":"string"},"branch":{"description":"The name of a branch containing the revision.","type":"string"},"revisionTag":{"description":"A tag that has been applied to the revision.","type":"string"},"asOfTimeUtc":{"description":"A Coordinated Universal Time (UTC) date and time that can be used to synchronize an enlistment to the state of the repository at that time.","type":"string","format":"date-time"},"mappedTo":{"description":"The location in the local file system to which the root of the repository was mapped at the time of the analysis.","$ref":"#/definitions/artifactLocation"},"properties":{"description":"Key/value pairs that provide additional information about the version control details.","$ref":"#/definitions/propertyBag"}},"required":["repositoryUri"]},"webRequest":{"description":"Describes an HTTP request.","type":"object","additionalProperties":false,"properties":{"index":{"description":"The index within the run.webRequests array of the request object associated with this result.","type":"integer","default":-1,"minimum":-1},"protocol":{"description":"The request protocol. Example: \'http\'.","type":"string"},"version":{"description":"The request version. Example: \'1.1\'.","type":"string"},"target":{"description":"The target of the request.","type":"string"},"method":{"description":"The HTTP method. Well-known values are \'GET\', \'PUT\', \'POST\', \'DELETE\', \'PATCH\', \'HEAD\', \'OPTIONS\', \'TRACE\', \'CONNECT\'.","type":"string"},"headers":{"description":"The request headers.","type":"object","additionalProperties":{"type":"string"}},"parameters":{"description":"The request parameters.","type":"object","additionalProperties":{"type":"string"}},"body":{"description":"The body of the request.","$ref":"#/definitions/artifactContent"},"properties":{"description":"Key/value pairs that provide additional information about the request.","$ref":"#/definitions/propertyBag"}}},"webResponse":{"description":"Describes the response to an HTTP request.","type":"object","additionalProperties":false,"properties":{"index":{"description":"The index within the run.webResponses array of the response object associated with this result.","type":"integer","default":-1,"minimum":-1},"protocol":{"description":"The response protocol. Example: \'http\'.","type":"string"},"version":{"description":"The response version. Example: \'1.1\'.","type":"string"},"statusCode":{"description":"The response status code. Example: 451.","type":"integer"},"reasonPhrase":{"description":"The response reason. Example: \'Not found\'.","type":"string"},"headers":{"description":"The response headers.","type":"object","additionalProperties":{"type":"string"}},"body":{"description":"The body of the response.","$ref":"#/definitions/artifactContent"},"noResponseReceived":{"description":"Specifies whether a response was received from the server.","type":"boolean","default":false},"properties":{"description":"Key/value pairs that provide additional information about the response.","$ref":"#/definitions/propertyBag"}}}}}');

/***/ })

};
