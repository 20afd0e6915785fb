import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 779:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.formatNames = exports.fastFormats = exports.fullFormats = void 0;
function fmtDef(validate, compare) {
    return { validate, compare };
}
exports.fullFormats = {
    // date: http://tools.ietf.org/html/rfc3339#section-5.6
    date: fmtDef(date, compareDate),
    // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
    time: fmtDef(getTime(true), compareTime),
    "date-time": fmtDef(getDateTime(true), compareDateTime),
    "iso-time": fmtDef(getTime(), compareIsoTime),
    "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
    // duration: https://tools.ietf.org/html/rfc3339#appendix-A
    duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
    uri,
    "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
    // uri-template: https://tools.ietf.org/html/rfc6570
    "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
    // For the source: https://gist.github.com/dperini/729294
    // For test cases: https://mathiasbynens.be/demo/url-regex
    url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
    email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
    hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
    // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
    ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
    ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
    regex,
    // uuid: http://tools.ietf.org/html/rfc4122
    uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
    // JSON-pointer: https://tools.ietf.org/html/rfc6901
    // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
    "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
    "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
    // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
    "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
    // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
    // byte: https://github.com/miguelmota/is-base64
    byte,
    // signed 32 bit integer
    int32: { type: "number", validate: validateInt32 },
    // signed 64 bit integer
    int64: { type: "number", validate: validateInt64 },
    // C-type float
    float: { type: "number", validate: validateNumber },
    // C-type double
    double: { type: "number", validate: validateNumber },
    // hint to the UI to hide input strings
    password: true,
    // unchecked string payload
    binary: true,
};
exports.fastFormats = {
    ...exports.fullFormats,
    date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
    time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
    "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
    "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
    "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
    // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
    uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
    "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
    // email (sources from jsen validator):
    // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
    // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
    email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i,
};
exports.formatNames = Object.keys(exports.fullFormats);
function isLeapYear(year) {
    // https://tools.ietf.org/html/rfc3339#appendix-C
    return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}
const DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function date(str) {
    // full-date from http://tools.ietf.org/html/rfc3339#section-5.6
    const matches = DATE.exec(str);
    if (!matches)
        return false;
    const year = +matches[1];
    const month = +matches[2];
    const day = +matches[3];
    return (month >= 1 &&
        month <= 12 &&
        day >= 1 &&
        day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]));
}
function compareDate(d1, d2) {
    if (!(d1 && d2))
        return undefined;
    if (d1 > d2)
        return 1;
    if (d1 < d2)
        return -1;
    return 0;
}
const TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
function getTime(strictTimeZone) {
    return function time(str) {
        const matches = TIME.exec(str);
        if (!matches)
            return false;
        const hr = +matches[1];
        const min = +matches[2];
        const sec = +matches[3];
        const tz = matches[4];
        const tzSign = matches[5] === "-" ? -1 : 1;
        const tzH = +(matches[6] || 0);
        const tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || (strictTimeZone && !tz))
            return false;
        if (hr <= 23 && min <= 59 && sec < 60)
            return true;
        // leap second
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
    };
}
function compareTime(s1, s2) {
    if (!(s1 && s2))
        return undefined;
    const t1 = new Date("2020-01-01T" + s1).valueOf();
    const t2 = new Date("2020-01-01T" + s2).valueOf();
    if (!(t1 && t2))
        return undefined;
    return t1 - t2;
}
function compareIsoTime(t1, t2) {
    if (!(t1 && t2))
        return undefined;
    const a1 = TIME.exec(t1);
    const a2 = TIME.exec(t2);
    if (!(a1 && a2))
        return undefined;
    t1 = a1[1] + a1[2] + a1[3];
    t2 = a2[1] + a2[2] + a2[3];
    if (t1 > t2)
        return 1;
    if (t1 < t2)
        return -1;
    return 0;
}
const DATE_TIME_SEPARATOR = /t|\s/i;
function getDateTime(strictTimeZone) {
    const time = getTime(strictTimeZone);
    return function date_time(str) {
        // http://tools.ietf.org/html/rfc3339#section-5.6
        const dateTime = str.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
    };
}
function compareDateTime(dt1, dt2) {
    if (!(dt1 && dt2))
        return undefined;
    const d1 = new Date(dt1).valueOf();
    const d2 = new Date(dt2).valueOf();
    if (!(d1 && d2))
        return undefined;
    return d1 - d2;
}
function compareIsoDateTime(dt1, dt2) {
    if (!(dt1 && dt2))
        return undefined;
    const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
    const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
    const res = compareDate(d1, d2);
    if (res === undefined)
        return undefined;
    return res || compareTime(t1, t2);
}
const NOT_URI_FRAGMENT = /\/|:/;
const URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
function uri(str) {
    // http://jmrware.com/articles/2009/uri_regexp/URI_regex.html + optional protocol + required "."
    return NOT_URI_FRAGMENT.test(str) && URI.test(str);
}
const BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
function byte(str) {
    BYTE.lastIndex = 0;
    return BYTE.test(str);
}
const MIN_INT32 = -(2 ** 31);
const MAX_INT32 = 2 ** 31 - 1;
function validateInt32(value) {
    return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
}
function validateInt64(value) {
    // JSON and javascript max Int is 2**53, so any int that passes isInteger is valid for Int64
    return Number.isInteger(value);
}
function validateNumber() {
    return true;
}
const Z_ANCHOR = /[^\\]\\Z/;
function regex(str) {
    if (Z_ANCHOR.test(str))
        return false;
    try {
        new RegExp(str);
        return true;
    }
    catch (e) {
        return false;
    }
}
//# sourceMappingURL=formats.js.map

/***/ }),

/***/ 2815:
/***/ ((module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const formats_1 = __nccwpck_require__(779);
const limit_1 = __nccwpck_require__(1284);
const codegen_1 = __nccwpck_require__(1436);
const fullName = new codegen_1.Name("fullFormats");
const fastName = new codegen_1.Name("fastFormats");
const formatsPlugin = (ajv, opts = { keywords: true }) => {
    if (Array.isArray(opts)) {
        addFormats(ajv, opts, formats_1.fullFormats, fullName);
        return ajv;
    }
    const [formats, exportName] = opts.mode === "fast" ? [formats_1.fastFormats, fastName] : [formats_1.fullFormats, fullName];
    const list = opts.formats || formats_1.formatNames;
    addFormats(ajv, list, formats, exportName);
    if (opts.keywords)
        (0, limit_1.default)(ajv);
    return ajv;
};
formatsPlugin.get = (name, mode = "full") => {
    const formats = mode === "fast" ? formats_1.fastFormats : formats_1.fullFormats;
    const f = formats[name];
    if (!f)
        throw new Error(`Unknown format "${name}"`);
    return f;
};
function addFormats(ajv, list, fs, exportName) {
    var _a;
    var _b;
    (_a = (_b = ajv.opts.code).formats) !== null && _a !== void 0 ? _a : (_b.formats = (0, codegen_1._) `require("ajv-formats/dist/formats").${exportName}`);
    for (const f of list)
        ajv.addFormat(f, fs[f]);
}
module.exports = exports = formatsPlugin;
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports["default"] = formatsPlugin;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 1284:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.formatLimitDefinition = void 0;
const ajv_1 = __nccwpck_require__(2463);
const codegen_1 = __nccwpck_require__(1436);
const ops = codegen_1.operators;
const KWDs = {
    formatMaximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
    formatMinimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
    formatExclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
    formatExclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE },
};
const error = {
    message: ({ keyword, schemaCode }) => (0, codegen_1.str) `should be ${KWDs[keyword].okStr} ${schemaCode}`,
    params: ({ keyword, schemaCode }) => (0, codegen_1._) `{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`,
};
exports.formatLimitDefinition = {
    keyword: Object.keys(KWDs),
    type: "string",
    schemaType: "string",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, schemaCode, keyword, it } = cxt;
        const { opts, self } = it;
        if (!opts.validateFormats)
            return;
        const fCxt = new ajv_1.KeywordCxt(it, self.RULES.all.format.definition, "format");
        if (fCxt.$data)
            validate$DataFormat();
        else
            validateFormat();
        function validate$DataFormat() {
            const fmts = gen.scopeValue("formats", {
                ref: self.formats,
                code: opts.code.formats,
            });
            const fmt = gen.const("fmt", (0, codegen_1._) `${fmts}[${fCxt.schemaCode}]`);
            cxt.fail$data((0, codegen_1.or)((0, codegen_1._) `typeof ${fmt} != "object"`, (0, codegen_1._) `${fmt} instanceof RegExp`, (0, codegen_1._) `typeof ${fmt}.compare != "function"`, compareCode(fmt)));
        }
        function validateFormat() {
            const format = fCxt.schema;
            const fmtDef = self.formats[format];
            if (!fmtDef || fmtDef === true)
                return;
            if (typeof fmtDef != "object" ||
                fmtDef instanceof RegExp ||
                typeof fmtDef.compare != "function") {
                throw new Error(`"${keyword}": format "${format}" does not define "compare" function`);
            }
            const fmt = gen.scopeValue("formats", {
                key: format,
                ref: fmtDef,
                code: opts.code.formats ? (0, codegen_1._) `${opts.code.formats}${(0, codegen_1.getProperty)(format)}` : undefined,
            });
            cxt.fail$data(compareCode(fmt));
        }
        function compareCode(fmt) {
            return (0, codegen_1._) `${fmt}.compare(${data}, ${schemaCode}) ${KWDs[keyword].fail} 0`;
        }
    },
    dependencies: ["format"],
};
const formatLimitPlugin = (ajv) => {
    ajv.addKeyword(exports.formatLimitDefinition);
    return ajv;
};
exports["default"] = formatLimitPlugin;
//# sourceMappingURL=limit.js.map

/***/ }),

/***/ 2210:
/***/ ((module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv2020 = void 0;
const core_1 = __nccwpck_require__(3893);
const draft2020_1 = __nccwpck_require__(4298);
const discriminator_1 = __nccwpck_require__(8886);
const json_schema_2020_12_1 = __nccwpck_require__(3995);
const META_SCHEMA_ID = "https://json-schema.org/draft/2020-12/schema";
class Ajv2020 extends core_1.default {
    constructor(opts = {}) {
        super({
            ...opts,
            dynamicRef: true,
            next: true,
            unevaluated: true,
        });
    }
    _addVocabularies() {
        super._addVocabularies();
        draft2020_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
            this.addKeyword(discriminator_1.default);
    }
    _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        const { $data, meta } = this.opts;
        if (!meta)
            return;
        json_schema_2020_12_1.default.call(this, $data);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
    }
    defaultMeta() {
        return (this.opts.defaultMeta =
            super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : undefined));
    }
}
exports.Ajv2020 = Ajv2020;
module.exports = exports = Ajv2020;
module.exports.Ajv2020 = Ajv2020;
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports["default"] = Ajv2020;
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
//# sourceMappingURL=2020.js.map

/***/ }),

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

/***/ 3995:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const metaSchema = __nccwpck_require__(1678);
const applicator = __nccwpck_require__(7216);
const unevaluated = __nccwpck_require__(9547);
const content = __nccwpck_require__(8226);
const core = __nccwpck_require__(518);
const format = __nccwpck_require__(4588);
const metadata = __nccwpck_require__(5707);
const validation = __nccwpck_require__(7082);
const META_SUPPORT_DATA = ["/properties"];
function addMetaSchema2020($data) {
    ;
    [
        metaSchema,
        applicator,
        unevaluated,
        content,
        core,
        with$data(this, format),
        metadata,
        with$data(this, validation),
    ].forEach((sch) => this.addMetaSchema(sch, undefined, false));
    return this;
    function with$data(ajv, sch) {
        return $data ? ajv.$dataMetaSchema(sch, META_SUPPORT_DATA) : sch;
    }
}
exports["default"] = addMetaSchema2020;
//# sourceMappingURL=index.js.map

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

/***/ 3818:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const dependencies_1 = __nccwpck_require__(5826);
const def = {
    keyword: "dependentSchemas",
    type: "object",
    schemaType: "object",
    code: (cxt) => (0, dependencies_1.validateSchemaDeps)(cxt),
};
exports["default"] = def;
//# sourceMappingURL=dependentSchemas.js.map

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

/***/ 4298:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const core_1 = __nccwpck_require__(7397);
const validation_1 = __nccwpck_require__(5481);
const applicator_1 = __nccwpck_require__(8775);
const dynamic_1 = __nccwpck_require__(9923);
const next_1 = __nccwpck_require__(7844);
const unevaluated_1 = __nccwpck_require__(2010);
const format_1 = __nccwpck_require__(2601);
const metadata_1 = __nccwpck_require__(6620);
const draft2020Vocabularies = [
    dynamic_1.default,
    core_1.default,
    validation_1.default,
    (0, applicator_1.default)(true),
    format_1.default,
    metadata_1.metadataVocabulary,
    metadata_1.contentVocabulary,
    next_1.default,
    unevaluated_1.default,
];
exports["default"] = draft2020Vocabularies;
//# sourceMappingURL=draft2020.js.map

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

/***/ 8639:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.dynamicAnchor = void 0;
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const compile_1 = __nccwpck_require__(2718);
const ref_1 = __nccwpck_require__(2996);
const def = {
    keyword: "$dynamicAnchor",
    schemaType: "string",
    code: (cxt) => dynamicAnchor(cxt, cxt.schema),
};
function dynamicAnchor(cxt, anchor) {
    const { gen, it } = cxt;
    it.schemaEnv.root.dynamicAnchors[anchor] = true;
    const v = (0, codegen_1._) `${names_1.default.dynamicAnchors}${(0, codegen_1.getProperty)(anchor)}`;
    const validate = it.errSchemaPath === "#" ? it.validateName : _getValidate(cxt);
    gen.if((0, codegen_1._) `!${v}`, () => gen.assign(v, validate));
}
exports.dynamicAnchor = dynamicAnchor;
function _getValidate(cxt) {
    const { schemaEnv, schema, self } = cxt.it;
    const { root, baseId, localRefs, meta } = schemaEnv.root;
    const { schemaId } = self.opts;
    const sch = new compile_1.SchemaEnv({ schema, schemaId, root, baseId, localRefs, meta });
    compile_1.compileSchema.call(self, sch);
    return (0, ref_1.getValidate)(cxt, sch);
}
exports["default"] = def;
//# sourceMappingURL=dynamicAnchor.js.map

/***/ }),

/***/ 5065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.dynamicRef = void 0;
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const ref_1 = __nccwpck_require__(2996);
const def = {
    keyword: "$dynamicRef",
    schemaType: "string",
    code: (cxt) => dynamicRef(cxt, cxt.schema),
};
function dynamicRef(cxt, ref) {
    const { gen, keyword, it } = cxt;
    if (ref[0] !== "#")
        throw new Error(`"${keyword}" only supports hash fragment reference`);
    const anchor = ref.slice(1);
    if (it.allErrors) {
        _dynamicRef();
    }
    else {
        const valid = gen.let("valid", false);
        _dynamicRef(valid);
        cxt.ok(valid);
    }
    function _dynamicRef(valid) {
        // TODO the assumption here is that `recursiveRef: #` always points to the root
        // of the schema object, which is not correct, because there may be $id that
        // makes # point to it, and the target schema may not contain dynamic/recursiveAnchor.
        // Because of that 2 tests in recursiveRef.json fail.
        // This is a similar problem to #815 (`$id` doesn't alter resolution scope for `{ "$ref": "#" }`).
        // (This problem is not tested in JSON-Schema-Test-Suite)
        if (it.schemaEnv.root.dynamicAnchors[anchor]) {
            const v = gen.let("_v", (0, codegen_1._) `${names_1.default.dynamicAnchors}${(0, codegen_1.getProperty)(anchor)}`);
            gen.if(v, _callRef(v, valid), _callRef(it.validateName, valid));
        }
        else {
            _callRef(it.validateName, valid)();
        }
    }
    function _callRef(validate, valid) {
        return valid
            ? () => gen.block(() => {
                (0, ref_1.callRef)(cxt, validate);
                gen.let(valid, true);
            })
            : () => (0, ref_1.callRef)(cxt, validate);
    }
}
exports.dynamicRef = dynamicRef;
exports["default"] = def;
//# sourceMappingURL=dynamicRef.js.map

/***/ }),

/***/ 9923:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const dynamicAnchor_1 = __nccwpck_require__(8639);
const dynamicRef_1 = __nccwpck_require__(5065);
const recursiveAnchor_1 = __nccwpck_require__(9982);
const recursiveRef_1 = __nccwpck_require__(1794);
const dynamic = [dynamicAnchor_1.default, dynamicRef_1.default, recursiveAnchor_1.default, recursiveRef_1.default];
exports["default"] = dynamic;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 9982:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const dynamicAnchor_1 = __nccwpck_require__(8639);
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: "$recursiveAnchor",
    schemaType: "boolean",
    code(cxt) {
        if (cxt.schema)
            (0, dynamicAnchor_1.dynamicAnchor)(cxt, "");
        else
            (0, util_1.checkStrictMode)(cxt.it, "$recursiveAnchor: false is ignored");
    },
};
exports["default"] = def;
//# sourceMappingURL=recursiveAnchor.js.map

/***/ }),

/***/ 1794:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const dynamicRef_1 = __nccwpck_require__(5065);
const def = {
    keyword: "$recursiveRef",
    schemaType: "string",
    code: (cxt) => (0, dynamicRef_1.dynamicRef)(cxt, cxt.schema),
};
exports["default"] = def;
//# sourceMappingURL=recursiveRef.js.map

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

/***/ 7844:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const dependentRequired_1 = __nccwpck_require__(643);
const dependentSchemas_1 = __nccwpck_require__(3818);
const limitContains_1 = __nccwpck_require__(3907);
const next = [dependentRequired_1.default, dependentSchemas_1.default, limitContains_1.default];
exports["default"] = next;
//# sourceMappingURL=next.js.map

/***/ }),

/***/ 2010:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const unevaluatedProperties_1 = __nccwpck_require__(6855);
const unevaluatedItems_1 = __nccwpck_require__(4144);
const unevaluated = [unevaluatedProperties_1.default, unevaluatedItems_1.default];
exports["default"] = unevaluated;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 4144:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params: { len } }) => (0, codegen_1.str) `must NOT have more than ${len} items`,
    params: ({ params: { len } }) => (0, codegen_1._) `{limit: ${len}}`,
};
const def = {
    keyword: "unevaluatedItems",
    type: "array",
    schemaType: ["boolean", "object"],
    error,
    code(cxt) {
        const { gen, schema, data, it } = cxt;
        const items = it.items || 0;
        if (items === true)
            return;
        const len = gen.const("len", (0, codegen_1._) `${data}.length`);
        if (schema === false) {
            cxt.setParams({ len: items });
            cxt.fail((0, codegen_1._) `${len} > ${items}`);
        }
        else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.var("valid", (0, codegen_1._) `${len} <= ${items}`);
            gen.if((0, codegen_1.not)(valid), () => validateItems(valid, items));
            cxt.ok(valid);
        }
        it.items = true;
        function validateItems(valid, from) {
            gen.forRange("i", from, len, (i) => {
                cxt.subschema({ keyword: "unevaluatedItems", dataProp: i, dataPropType: util_1.Type.Num }, valid);
                if (!it.allErrors)
                    gen.if((0, codegen_1.not)(valid), () => gen.break());
            });
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=unevaluatedItems.js.map

/***/ }),

/***/ 6855:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const names_1 = __nccwpck_require__(630);
const error = {
    message: "must NOT have unevaluated properties",
    params: ({ params }) => (0, codegen_1._) `{unevaluatedProperty: ${params.unevaluatedProperty}}`,
};
const def = {
    keyword: "unevaluatedProperties",
    type: "object",
    schemaType: ["boolean", "object"],
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, schema, data, errsCount, it } = cxt;
        /* istanbul ignore if */
        if (!errsCount)
            throw new Error("ajv implementation error");
        const { allErrors, props } = it;
        if (props instanceof codegen_1.Name) {
            gen.if((0, codegen_1._) `${props} !== true`, () => gen.forIn("key", data, (key) => gen.if(unevaluatedDynamic(props, key), () => unevaluatedPropCode(key))));
        }
        else if (props !== true) {
            gen.forIn("key", data, (key) => props === undefined
                ? unevaluatedPropCode(key)
                : gen.if(unevaluatedStatic(props, key), () => unevaluatedPropCode(key)));
        }
        it.props = true;
        cxt.ok((0, codegen_1._) `${errsCount} === ${names_1.default.errors}`);
        function unevaluatedPropCode(key) {
            if (schema === false) {
                cxt.setParams({ unevaluatedProperty: key });
                cxt.error();
                if (!allErrors)
                    gen.break();
                return;
            }
            if (!(0, util_1.alwaysValidSchema)(it, schema)) {
                const valid = gen.name("valid");
                cxt.subschema({
                    keyword: "unevaluatedProperties",
                    dataProp: key,
                    dataPropType: util_1.Type.Str,
                }, valid);
                if (!allErrors)
                    gen.if((0, codegen_1.not)(valid), () => gen.break());
            }
        }
        function unevaluatedDynamic(evaluatedProps, key) {
            return (0, codegen_1._) `!${evaluatedProps} || !${evaluatedProps}[${key}]`;
        }
        function unevaluatedStatic(evaluatedProps, key) {
            const ps = [];
            for (const p in evaluatedProps) {
                if (evaluatedProps[p] === true)
                    ps.push((0, codegen_1._) `${key} !== ${p}`);
            }
            return (0, codegen_1.and)(...ps);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=unevaluatedProperties.js.map

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

/***/ 643:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const dependencies_1 = __nccwpck_require__(5826);
const def = {
    keyword: "dependentRequired",
    type: "object",
    schemaType: "object",
    error: dependencies_1.error,
    code: (cxt) => (0, dependencies_1.validatePropertyDeps)(cxt),
};
exports["default"] = def;
//# sourceMappingURL=dependentRequired.js.map

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

/***/ 3907:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: ["maxContains", "minContains"],
    type: "array",
    schemaType: "number",
    code({ keyword, parentSchema, it }) {
        if (parentSchema.contains === undefined) {
            (0, util_1.checkStrictMode)(it, `"${keyword}" without "contains" is ignored`);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=limitContains.js.map

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

/***/ 3837:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$id":"https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#","description":"Meta-schema for $data reference (JSON AnySchema extension proposal)","type":"object","required":["$data"],"properties":{"$data":{"type":"string","anyOf":[{"format":"relative-json-pointer"},{"format":"json-pointer"}]}},"additionalProperties":false}');

/***/ }),

/***/ 7216:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://json-schema.org/draft/2020-12/meta/applicator","$vocabulary":{"https://json-schema.org/draft/2020-12/vocab/applicator":true},"$dynamicAnchor":"meta","title":"Applicator vocabulary meta-schema","type":["object","boolean"],"properties":{"prefixItems":{"$ref":"#/$defs/schemaArray"},"items":{"$dynamicRef":"#meta"},"contains":{"$dynamicRef":"#meta"},"additionalProperties":{"$dynamicRef":"#meta"},"properties":{"type":"object","additionalProperties":{"$dynamicRef":"#meta"},"default":{}},"patternProperties":{"type":"object","additionalProperties":{"$dynamicRef":"#meta"},"propertyNames":{"format":"regex"},"default":{}},"dependentSchemas":{"type":"object","additionalProperties":{"$dynamicRef":"#meta"},"default":{}},"propertyNames":{"$dynamicRef":"#meta"},"if":{"$dynamicRef":"#meta"},"then":{"$dynamicRef":"#meta"},"else":{"$dynamicRef":"#meta"},"allOf":{"$ref":"#/$defs/schemaArray"},"anyOf":{"$ref":"#/$defs/schemaArray"},"oneOf":{"$ref":"#/$defs/schemaArray"},"not":{"$dynamicRef":"#meta"}},"$defs":{"schemaArray":{"type":"array","minItems":1,"items":{"$dynamicRef":"#meta"}}}}');

/***/ }),

/***/ 8226:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://json-schema.org/draft/2020-12/meta/content","$vocabulary":{"https://json-schema.org/draft/2020-12/vocab/content":true},"$dynamicAnchor":"meta","title":"Content vocabulary meta-schema","type":["object","boolean"],"properties":{"contentEncoding":{"type":"string"},"contentMediaType":{"type":"string"},"contentSchema":{"$dynamicRef":"#meta"}}}');

/***/ }),

/***/ 518:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://json-schema.org/draft/2020-12/meta/core","$vocabulary":{"https://json-schema.org/draft/2020-12/vocab/core":true},"$dynamicAnchor":"meta","title":"Core vocabulary meta-schema","type":["object","boolean"],"properties":{"$id":{"$ref":"#/$defs/uriReferenceString","$comment":"Non-empty fragments not allowed.","pattern":"^[^#]*#?$"},"$schema":{"$ref":"#/$defs/uriString"},"$ref":{"$ref":"#/$defs/uriReferenceString"},"$anchor":{"$ref":"#/$defs/anchorString"},"$dynamicRef":{"$ref":"#/$defs/uriReferenceString"},"$dynamicAnchor":{"$ref":"#/$defs/anchorString"},"$vocabulary":{"type":"object","propertyNames":{"$ref":"#/$defs/uriString"},"additionalProperties":{"type":"boolean"}},"$comment":{"type":"string"},"$defs":{"type":"object","additionalProperties":{"$dynamicRef":"#meta"}}},"$defs":{"anchorString":{"type":"string","pattern":"^[A-Za-z_][-A-Za-z0-9._]*$"},"uriString":{"type":"string","format":"uri"},"uriReferenceString":{"type":"string","format":"uri-reference"}}}');

/***/ }),

/***/ 4588:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://json-schema.org/draft/2020-12/meta/format-annotation","$vocabulary":{"https://json-schema.org/draft/2020-12/vocab/format-annotation":true},"$dynamicAnchor":"meta","title":"Format vocabulary meta-schema for annotation results","type":["object","boolean"],"properties":{"format":{"type":"string"}}}');

/***/ }),

/***/ 5707:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://json-schema.org/draft/2020-12/meta/meta-data","$vocabulary":{"https://json-schema.org/draft/2020-12/vocab/meta-data":true},"$dynamicAnchor":"meta","title":"Meta-data vocabulary meta-schema","type":["object","boolean"],"properties":{"title":{"type":"string"},"description":{"type":"string"},"default":true,"deprecated":{"type":"boolean","default":false},"readOnly":{"type":"boolean","default":false},"writeOnly":{"type":"boolean","default":false},"examples":{"type":"array","items":true}}}');

/***/ }),

/***/ 9547:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://json-schema.org/draft/2020-12/meta/unevaluated","$vocabulary":{"https://json-schema.org/draft/2020-12/vocab/unevaluated":true},"$dynamicAnchor":"meta","title":"Unevaluated applicator vocabulary meta-schema","type":["object","boolean"],"properties":{"unevaluatedItems":{"$dynamicRef":"#meta"},"unevaluatedProperties":{"$dynamicRef":"#meta"}}}');

/***/ }),

/***/ 7082:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://json-schema.org/draft/2020-12/meta/validation","$vocabulary":{"https://json-schema.org/draft/2020-12/vocab/validation":true},"$dynamicAnchor":"meta","title":"Validation vocabulary meta-schema","type":["object","boolean"],"properties":{"type":{"anyOf":[{"$ref":"#/$defs/simpleTypes"},{"type":"array","items":{"$ref":"#/$defs/simpleTypes"},"minItems":1,"uniqueItems":true}]},"const":true,"enum":{"type":"array","items":true},"multipleOf":{"type":"number","exclusiveMinimum":0},"maximum":{"type":"number"},"exclusiveMaximum":{"type":"number"},"minimum":{"type":"number"},"exclusiveMinimum":{"type":"number"},"maxLength":{"$ref":"#/$defs/nonNegativeInteger"},"minLength":{"$ref":"#/$defs/nonNegativeIntegerDefault0"},"pattern":{"type":"string","format":"regex"},"maxItems":{"$ref":"#/$defs/nonNegativeInteger"},"minItems":{"$ref":"#/$defs/nonNegativeIntegerDefault0"},"uniqueItems":{"type":"boolean","default":false},"maxContains":{"$ref":"#/$defs/nonNegativeInteger"},"minContains":{"$ref":"#/$defs/nonNegativeInteger","default":1},"maxProperties":{"$ref":"#/$defs/nonNegativeInteger"},"minProperties":{"$ref":"#/$defs/nonNegativeIntegerDefault0"},"required":{"$ref":"#/$defs/stringArray"},"dependentRequired":{"type":"object","additionalProperties":{"$ref":"#/$defs/stringArray"}}},"$defs":{"nonNegativeInteger":{"type":"integer","minimum":0},"nonNegativeIntegerDefault0":{"$ref":"#/$defs/nonNegativeInteger","default":0},"simpleTypes":{"enum":["array","boolean","integer","null","number","object","string"]},"stringArray":{"type":"array","items":{"type":"string"},"uniqueItems":true,"default":[]}}}');

/***/ }),

/***/ 1678:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://json-schema.org/draft/2020-12/schema","$vocabulary":{"https://json-schema.org/draft/2020-12/vocab/core":true,"https://json-schema.org/draft/2020-12/vocab/applicator":true,"https://json-schema.org/draft/2020-12/vocab/unevaluated":true,"https://json-schema.org/draft/2020-12/vocab/validation":true,"https://json-schema.org/draft/2020-12/vocab/meta-data":true,"https://json-schema.org/draft/2020-12/vocab/format-annotation":true,"https://json-schema.org/draft/2020-12/vocab/content":true},"$dynamicAnchor":"meta","title":"Core and Validation specifications meta-schema","allOf":[{"$ref":"meta/core"},{"$ref":"meta/applicator"},{"$ref":"meta/unevaluated"},{"$ref":"meta/validation"},{"$ref":"meta/meta-data"},{"$ref":"meta/format-annotation"},{"$ref":"meta/content"}],"type":["object","boolean"],"$comment":"This meta-schema also defines keywords that have appeared in previous drafts in order to prevent incompatible extensions as they remain in common use.","properties":{"definitions":{"$comment":"\\"definitions\\" has been replaced by \\"$defs\\".","type":"object","additionalProperties":{"$dynamicRef":"#meta"},"deprecated":true,"default":{}},"dependencies":{"$comment":"\\"dependencies\\" has been split and replaced by \\"dependentSchemas\\" and \\"dependentRequired\\" in order to serve their differing semantics.","type":"object","additionalProperties":{"anyOf":[{"$dynamicRef":"#meta"},{"$ref":"meta/validation#/$defs/stringArray"}]},"deprecated":true,"default":{}},"$recursiveAnchor":{"$comment":"\\"$recursiveAnchor\\" has been replaced by \\"$dynamicAnchor\\".","$ref":"meta/core#/$defs/anchorString","deprecated":true},"$recursiveRef":{"$comment":"\\"$recursiveRef\\" has been replaced by \\"$dynamicRef\\".","$ref":"meta/core#/$defs/uriReferenceString","deprecated":true}}}');

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
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: external "node:buffer"
const external_node_buffer_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");
;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: ./lib/errors.ts
/**
 * Named errors of the suite. The top-level catch of every action (lib/action/run-action.ts) maps
 * them to what the user sees: a ConfigurationError is the user's to fix and is reported as such
 * (exit 2 on the command line), anything else is a failure of the run.
 */
/** Base class so callers can tell our errors from library errors. */
class AssayError extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = new.target.name;
    }
}
/** A mistake the user can fix: a bad input, a missing file, a broken config. Say what to change. */
class ConfigurationError extends AssayError {
}
/** The command line was used wrongly (unknown flag, missing value). Exit code 2. */
class UsageError extends (/* unused pure expression or super */ null && (ConfigurationError)) {
}
/** A file failed schema validation. Names the file, the JSON path and the rule broken. */
class errors_SchemaValidationError extends ConfigurationError {
    file;
    violations;
    constructor(file, violations) {
        super(`${file} does not match the ${violations[0]?.schema ?? 'expected'} schema:\n` +
            violations.map((v) => `  at ${v.path || '/'}: ${v.message} [${v.rule}]`).join('\n'));
        this.file = file;
        this.violations = violations;
    }
}
/** A child process could not be started (command missing) or ended badly. */
class ProcessError extends (/* unused pure expression or super */ null && (AssayError)) {
}
/** An HTTP request failed after the retry policy gave up, or with a status that is not retried. */
class HttpError extends AssayError {
    status;
    constructor(message, status, options) {
        super(message, options);
        this.status = status;
    }
}
function errorMessage(err) {
    return err instanceof Error ? err.message : String(err);
}

;// CONCATENATED MODULE: ./lib/sarif/json-scan.ts
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
function json_scan_compactJson(buf, start, end) {
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

;// CONCATENATED MODULE: ./lib/sarif/github-limits.ts
/**
 * What GitHub code scanning accepts in an uploaded SARIF file (docs: "SARIF support for code
 * scanning", upload limits). Uploads over a hard limit are rejected, so the suite cuts client-side
 * and says what it cut. The per-log limits (size, runs, results, locations) are enforced where
 * logs are merged; the per-rule text limits are applied as each run is built.
 */
const github_limits_GITHUB_LIMITS = {
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
function github_limits_truncateText(text, max) {
    if (text.length <= max)
        return text;
    let end = Math.max(0, max - ELLIPSIS.length);
    const last = text.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff)
        end--;
    return text.slice(0, end) + ELLIPSIS;
}

;// CONCATENATED MODULE: ./lib/sarif/limits.ts


function sarifLimits(overrides = {}) {
    return { ...GITHUB_LIMITS, ...overrides };
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
        message.text = truncateText(message.text, max);
        changed = true;
    }
    if (typeof message.markdown === 'string' && message.markdown.length > max) {
        message.markdown = truncateText(message.markdown, max);
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
        rule.name = truncateText(rule.name, limits.ruleNameChars);
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
const plural = (n, one, many = `${one}s`) => `${countText(n)} ${n === 1 ? one : many}`;
/** The tally as cut sentences, one per limit that was exceeded. */
function tallyCuts(tally, limits) {
    const cuts = [];
    const n = countText;
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
        .map((s) => `${countText(counts[s])} ${s}`)
        .join(', ');
}

// EXTERNAL MODULE: ./node_modules/ajv/dist/2020.js
var _2020 = __nccwpck_require__(2210);
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/index.js
var dist = __nccwpck_require__(2815);
var dist_default = /*#__PURE__*/__nccwpck_require__.n(dist);
;// CONCATENATED MODULE: ./schemas/sarif-2.1.0.schema.json
const sarif_2_1_0_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","title":"Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema","description":"Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema: a standard format for the output of static analysis tools.","additionalProperties":false,"type":"object","properties":{"$schema":{"description":"The URI of the JSON schema corresponding to the version.","type":"string","format":"uri"},"version":{"description":"The SARIF format version of this log file.","enum":["2.1.0"]},"runs":{"description":"The set of runs contained in this log file.","type":"array","minItems":0,"uniqueItems":false,"items":{"$ref":"#/definitions/run"}},"inlineExternalProperties":{"description":"References to external property files that share data between runs.","type":"array","minItems":0,"uniqueItems":true,"items":{"$ref":"#/definitions/externalProperties"}},"properties":{"description":"Key/value pairs that provide additional information about the log file.","$ref":"#/definitions/propertyBag"}},"required":["version","runs"],"definitions":{"address":{"description":"A physical or virtual address, or a range of addresses, in an \'addressable region\' (memory or a binary file).","additionalProperties":false,"type":"object","properties":{"absoluteAddress":{"description":"The address expressed as a byte offset from the start of the addressable region.","type":"integer","minimum":-1,"default":-1},"relativeAddress":{"description":"The address expressed as a byte offset from the absolute address of the top-most parent object.","type":"integer"},"length":{"description":"The number of bytes in this range of addresses.","type":"integer"},"kind":{"description":"An open-ended string that identifies the address kind. \'data\', \'function\', \'header\',\'instruction\', \'module\', \'page\', \'section\', \'segment\', \'stack\', \'stackFrame\', \'table\' are well-known values.","type":"string"},"name":{"description":"A name that is associated with the address, e.g., \'.text\'.","type":"string"},"fullyQualifiedName":{"description":"A human-readable fully qualified name that is associated with the address.","type":"string"},"offsetFromParent":{"description":"The byte offset of this address from the absolute or relative address of the parent object.","type":"integer"},"index":{"description":"The index within run.addresses of the cached object for this address.","type":"integer","default":-1,"minimum":-1},"parentIndex":{"description":"The index within run.addresses of the parent object.","type":"integer","default":-1,"minimum":-1},"properties":{"description":"Key/value pairs that provide additional information about the address.","$ref":"#/definitions/propertyBag"}}},"artifact":{"description":"A single artifact. In some cases, this artifact might be nested within another artifact.","additionalProperties":false,"type":"object","properties":{"description":{"description":"A short description of the artifact.","$ref":"#/definitions/message"},"location":{"description":"The location of the artifact.","$ref":"#/definitions/artifactLocation"},"parentIndex":{"description":"Identifies the index of the immediate parent of the artifact, if this artifact is nested.","type":"integer","default":-1,"minimum":-1},"offset":{"description":"The offset in bytes of the artifact within its containing artifact.","type":"integer","minimum":0},"length":{"description":"The length of the artifact in bytes.","type":"integer","default":-1,"minimum":-1},"roles":{"description":"The role or roles played by the artifact in the analysis.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"enum":["analysisTarget","attachment","responseFile","resultFile","standardStream","tracedFile","unmodified","modified","added","deleted","renamed","uncontrolled","driver","extension","translation","taxonomy","policy","referencedOnCommandLine","memoryContents","directory","userSpecifiedConfiguration","toolSpecifiedConfiguration","debugOutputFile","conversionSource","externalPropertyFile","repositoryRoot"]}},"mimeType":{"description":"The MIME type (RFC 2045) of the artifact.","type":"string","pattern":"[^/]+/.+"},"contents":{"description":"The contents of the artifact.","$ref":"#/definitions/artifactContent"},"encoding":{"description":"Specifies the encoding for an artifact object that refers to a text file.","type":"string"},"sourceLanguage":{"description":"Specifies the source language for any artifact object that refers to a text file that contains source code.","type":"string"},"hashes":{"description":"A dictionary, each of whose keys is the name of a hash function and each of whose values is the hashed value of the artifact produced by the specified hash function.","type":"object","additionalProperties":{"type":"string"}},"lastModifiedTimeUtc":{"description":"The Coordinated Universal Time (UTC) date and time at which the artifact was most recently modified. See \\"Date/time properties\\" in the SARIF spec for the required format.","type":"string","format":"date-time"},"properties":{"description":"Key/value pairs that provide additional information about the artifact.","$ref":"#/definitions/propertyBag"}}},"artifactChange":{"description":"A change to a single artifact.","additionalProperties":false,"type":"object","properties":{"artifactLocation":{"description":"The location of the artifact to change.","$ref":"#/definitions/artifactLocation"},"replacements":{"description":"An array of replacement objects, each of which represents the replacement of a single region in a single artifact specified by \'artifactLocation\'.","type":"array","minItems":1,"uniqueItems":false,"items":{"$ref":"#/definitions/replacement"}},"properties":{"description":"Key/value pairs that provide additional information about the change.","$ref":"#/definitions/propertyBag"}},"required":["artifactLocation","replacements"]},"artifactContent":{"description":"Represents the contents of an artifact.","type":"object","additionalProperties":false,"properties":{"text":{"description":"UTF-8-encoded content from a text artifact.","type":"string"},"binary":{"description":"MIME Base64-encoded content from a binary artifact, or from a text artifact in its original encoding.","type":"string"},"rendered":{"description":"An alternate rendered representation of the artifact (e.g., a decompiled representation of a binary region).","$ref":"#/definitions/multiformatMessageString"},"properties":{"description":"Key/value pairs that provide additional information about the artifact content.","$ref":"#/definitions/propertyBag"}}},"artifactLocation":{"description":"Specifies the location of an artifact.","additionalProperties":false,"type":"object","properties":{"uri":{"description":"A string containing a valid relative or absolute URI.","type":"string","format":"uri-reference"},"uriBaseId":{"description":"A string which indirectly specifies the absolute URI with respect to which a relative URI in the \\"uri\\" property is interpreted.","type":"string"},"index":{"description":"The index within the run artifacts array of the artifact object associated with the artifact location.","type":"integer","default":-1,"minimum":-1},"description":{"description":"A short description of the artifact location.","$ref":"#/definitions/message"},"properties":{"description":"Key/value pairs that provide additional information about the artifact location.","$ref":"#/definitions/propertyBag"}}},"attachment":{"description":"An artifact relevant to a result.","type":"object","additionalProperties":false,"properties":{"description":{"description":"A message describing the role played by the attachment.","$ref":"#/definitions/message"},"artifactLocation":{"description":"The location of the attachment.","$ref":"#/definitions/artifactLocation"},"regions":{"description":"An array of regions of interest within the attachment.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/region"}},"rectangles":{"description":"An array of rectangles specifying areas of interest within the image.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/rectangle"}},"properties":{"description":"Key/value pairs that provide additional information about the attachment.","$ref":"#/definitions/propertyBag"}},"required":["artifactLocation"]},"codeFlow":{"description":"A set of threadFlows which together describe a pattern of code execution relevant to detecting a result.","additionalProperties":false,"type":"object","properties":{"message":{"description":"A message relevant to the code flow.","$ref":"#/definitions/message"},"threadFlows":{"description":"An array of one or more unique threadFlow objects, each of which describes the progress of a program through a thread of execution.","type":"array","minItems":1,"uniqueItems":false,"items":{"$ref":"#/definitions/threadFlow"}},"properties":{"description":"Key/value pairs that provide additional information about the code flow.","$ref":"#/definitions/propertyBag"}},"required":["threadFlows"]},"configurationOverride":{"description":"Information about how a specific rule or notification was reconfigured at runtime.","type":"object","additionalProperties":false,"properties":{"configuration":{"description":"Specifies how the rule or notification was configured during the scan.","$ref":"#/definitions/reportingConfiguration"},"descriptor":{"description":"A reference used to locate the descriptor whose configuration was overridden.","$ref":"#/definitions/reportingDescriptorReference"},"properties":{"description":"Key/value pairs that provide additional information about the configuration override.","$ref":"#/definitions/propertyBag"}},"required":["configuration","descriptor"]},"conversion":{"description":"Describes how a converter transformed the output of a static analysis tool from the analysis tool\'s native output format into the SARIF format.","additionalProperties":false,"type":"object","properties":{"tool":{"description":"A tool object that describes the converter.","$ref":"#/definitions/tool"},"invocation":{"description":"An invocation object that describes the invocation of the converter.","$ref":"#/definitions/invocation"},"analysisToolLogFiles":{"description":"The locations of the analysis tool\'s per-run log files.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/artifactLocation"}},"properties":{"description":"Key/value pairs that provide additional information about the conversion.","$ref":"#/definitions/propertyBag"}},"required":["tool"]},"edge":{"description":"Represents a directed edge in a graph.","type":"object","additionalProperties":false,"properties":{"id":{"description":"A string that uniquely identifies the edge within its graph.","type":"string"},"label":{"description":"A short description of the edge.","$ref":"#/definitions/message"},"sourceNodeId":{"description":"Identifies the source node (the node at which the edge starts).","type":"string"},"targetNodeId":{"description":"Identifies the target node (the node at which the edge ends).","type":"string"},"properties":{"description":"Key/value pairs that provide additional information about the edge.","$ref":"#/definitions/propertyBag"}},"required":["id","sourceNodeId","targetNodeId"]},"edgeTraversal":{"description":"Represents the traversal of a single edge during a graph traversal.","type":"object","additionalProperties":false,"properties":{"edgeId":{"description":"Identifies the edge being traversed.","type":"string"},"message":{"description":"A message to display to the user as the edge is traversed.","$ref":"#/definitions/message"},"finalState":{"description":"The values of relevant expressions after the edge has been traversed.","type":"object","additionalProperties":{"$ref":"#/definitions/multiformatMessageString"}},"stepOverEdgeCount":{"description":"The number of edge traversals necessary to return from a nested graph.","type":"integer","minimum":0},"properties":{"description":"Key/value pairs that provide additional information about the edge traversal.","$ref":"#/definitions/propertyBag"}},"required":["edgeId"]},"exception":{"description":"Describes a runtime exception encountered during the execution of an analysis tool.","type":"object","additionalProperties":false,"properties":{"kind":{"type":"string","description":"A string that identifies the kind of exception, for example, the fully qualified type name of an object that was thrown, or the symbolic name of a signal."},"message":{"description":"A message that describes the exception.","type":"string"},"stack":{"description":"The sequence of function calls leading to the exception.","$ref":"#/definitions/stack"},"innerExceptions":{"description":"An array of exception objects each of which is considered a cause of this exception.","type":"array","minItems":0,"uniqueItems":false,"default":[],"items":{"$ref":"#/definitions/exception"}},"properties":{"description":"Key/value pairs that provide additional information about the exception.","$ref":"#/definitions/propertyBag"}}},"externalProperties":{"description":"The top-level element of an external property file.","type":"object","additionalProperties":false,"properties":{"schema":{"description":"The URI of the JSON schema corresponding to the version of the external property file format.","type":"string","format":"uri"},"version":{"description":"The SARIF format version of this external properties object.","enum":["2.1.0"]},"guid":{"description":"A stable, unique identifier for this external properties object, in the form of a GUID.","type":"string","format":"uuid"},"runGuid":{"description":"A stable, unique identifier for the run associated with this external properties object, in the form of a GUID.","type":"string","format":"uuid"},"conversion":{"description":"A conversion object that will be merged with a separate run.","$ref":"#/definitions/conversion"},"graphs":{"description":"An array of graph objects that will be merged with a separate run.","type":"array","minItems":0,"default":[],"uniqueItems":true,"items":{"$ref":"#/definitions/graph"}},"externalizedProperties":{"description":"Key/value pairs that provide additional information that will be merged with a separate run.","$ref":"#/definitions/propertyBag"},"artifacts":{"description":"An array of artifact objects that will be merged with a separate run.","type":"array","minItems":0,"uniqueItems":true,"items":{"$ref":"#/definitions/artifact"}},"invocations":{"description":"Describes the invocation of the analysis tool that will be merged with a separate run.","type":"array","minItems":0,"uniqueItems":false,"default":[],"items":{"$ref":"#/definitions/invocation"}},"logicalLocations":{"description":"An array of logical locations such as namespaces, types or functions that will be merged with a separate run.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/logicalLocation"}},"threadFlowLocations":{"description":"An array of threadFlowLocation objects that will be merged with a separate run.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/threadFlowLocation"}},"results":{"description":"An array of result objects that will be merged with a separate run.","type":"array","minItems":0,"uniqueItems":false,"default":[],"items":{"$ref":"#/definitions/result"}},"taxonomies":{"description":"Tool taxonomies that will be merged with a separate run.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/toolComponent"}},"driver":{"description":"The analysis tool object that will be merged with a separate run.","$ref":"#/definitions/toolComponent"},"extensions":{"description":"Tool extensions that will be merged with a separate run.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/toolComponent"}},"policies":{"description":"Tool policies that will be merged with a separate run.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/toolComponent"}},"translations":{"description":"Tool translations that will be merged with a separate run.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/toolComponent"}},"addresses":{"description":"Addresses that will be merged with a separate run.","type":"array","minItems":0,"uniqueItems":false,"default":[],"items":{"$ref":"#/definitions/address"}},"webRequests":{"description":"Requests that will be merged with a separate run.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/webRequest"}},"webResponses":{"description":"Responses that will be merged with a separate run.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/webResponse"}},"properties":{"description":"Key/value pairs that provide additional information about the external properties.","$ref":"#/definitions/propertyBag"}}},"externalPropertyFileReference":{"description":"Contains information that enables a SARIF consumer to locate the external property file that contains the value of an externalized property associated with the run.","type":"object","additionalProperties":false,"properties":{"location":{"description":"The location of the external property file.","$ref":"#/definitions/artifactLocation"},"guid":{"description":"A stable, unique identifier for the external property file in the form of a GUID.","type":"string","format":"uuid"},"itemCount":{"description":"A non-negative integer specifying the number of items contained in the external property file.","type":"integer","default":-1,"minimum":-1},"properties":{"description":"Key/value pairs that provide additional information about the external property file.","$ref":"#/definitions/propertyBag"}},"anyOf":[{"required":["location"]},{"required":["guid"]}]},"externalPropertyFileReferences":{"description":"References to external property files that should be inlined with the content of a root log file.","additionalProperties":false,"type":"object","properties":{"conversion":{"description":"An external property file containing a run.conversion object to be merged with the root log file.","$ref":"#/definitions/externalPropertyFileReference"},"graphs":{"description":"An array of external property files containing a run.graphs object to be merged with the root log file.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/externalPropertyFileReference"}},"externalizedProperties":{"description":"An external property file containing a run.properties object to be merged with the root log file.","$ref":"#/definitions/externalPropertyFileReference"},"artifacts":{"description":"An array of external property files containing run.artifacts arrays to be merged with the root log file.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/externalPropertyFileReference"}},"invocations":{"description":"An array of external property files containing run.invocations arrays to be merged with the root log file.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/externalPropertyFileReference"}},"logicalLocations":{"description":"An array of external property files containing run.logicalLocations arrays to be merged with the root log file.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/externalPropertyFileReference"}},"threadFlowLocations":{"description":"An array of external property files containing run.threadFlowLocations arrays to be merged with the root log file.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/externalPropertyFileReference"}},"results":{"description":"An array of external property files containing run.results arrays to be merged with the root log file.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/externalPropertyFileReference"}},"taxonomies":{"description":"An array of external property files containing run.taxonomies arrays to be merged with the root log file.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/externalPropertyFileReference"}},"addresses":{"description":"An array of external property files containing run.addresses arrays to be merged with the root log file.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/externalPropertyFileReference"}},"driver":{"description":"An external property file containing a run.driver object to be merged with the root log file.","$ref":"#/definitions/externalPropertyFileReference"},"extensions":{"description":"An array of external property files containing run.extensions arrays to be merged with the root log file.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/externalPropertyFileReference"}},"policies":{"description":"An array of external property files containing run.policies arrays to be merged with the root log file.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/externalPropertyFileReference"}},"translations":{"description":"An array of external property files containing run.translations arrays to be merged with the root log file.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/externalPropertyFileReference"}},"webRequests":{"description":"An array of external property files containing run.requests arrays to be merged with the root log file.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/externalPropertyFileReference"}},"webResponses":{"description":"An array of external property files containing run.responses arrays to be merged with the root log file.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/externalPropertyFileReference"}},"properties":{"description":"Key/value pairs that provide additional information about the external property files.","$ref":"#/definitions/propertyBag"}}},"fix":{"description":"A proposed fix for the problem represented by a result object. A fix specifies a set of artifacts to modify. For each artifact, it specifies a set of bytes to remove, and provides a set of new bytes to replace them.","additionalProperties":false,"type":"object","properties":{"description":{"description":"A message that describes the proposed fix, enabling viewers to present the proposed change to an end user.","$ref":"#/definitions/message"},"artifactChanges":{"description":"One or more artifact changes that comprise a fix for a result.","type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"#/definitions/artifactChange"}},"properties":{"description":"Key/value pairs that provide additional information about the fix.","$ref":"#/definitions/propertyBag"}},"required":["artifactChanges"]},"graph":{"description":"A network of nodes and directed edges that describes some aspect of the structure of the code (for example, a call graph).","type":"object","additionalProperties":false,"properties":{"description":{"description":"A description of the graph.","$ref":"#/definitions/message"},"nodes":{"description":"An array of node objects representing the nodes of the graph.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/node"}},"edges":{"description":"An array of edge objects representing the edges of the graph.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/edge"}},"properties":{"description":"Key/value pairs that provide additional information about the graph.","$ref":"#/definitions/propertyBag"}}},"graphTraversal":{"description":"Represents a path through a graph.","type":"object","additionalProperties":false,"properties":{"runGraphIndex":{"description":"The index within the run.graphs to be associated with the result.","type":"integer","default":-1,"minimum":-1},"resultGraphIndex":{"description":"The index within the result.graphs to be associated with the result.","type":"integer","default":-1,"minimum":-1},"description":{"description":"A description of this graph traversal.","$ref":"#/definitions/message"},"initialState":{"description":"Values of relevant expressions at the start of the graph traversal that may change during graph traversal.","type":"object","additionalProperties":{"$ref":"#/definitions/multiformatMessageString"}},"immutableState":{"description":"Values of relevant expressions at the start of the graph traversal that remain constant for the graph traversal.","type":"object","additionalProperties":{"$ref":"#/definitions/multiformatMessageString"}},"edgeTraversals":{"description":"The sequences of edges traversed by this graph traversal.","type":"array","minItems":0,"uniqueItems":false,"default":[],"items":{"$ref":"#/definitions/edgeTraversal"}},"properties":{"description":"Key/value pairs that provide additional information about the graph traversal.","$ref":"#/definitions/propertyBag"}},"oneOf":[{"required":["runGraphIndex"]},{"required":["resultGraphIndex"]}]},"invocation":{"description":"The runtime environment of the analysis tool run.","additionalProperties":false,"type":"object","properties":{"commandLine":{"description":"The command line used to invoke the tool.","type":"string"},"arguments":{"description":"An array of strings, containing in order the command line arguments passed to the tool from the operating system.","type":"array","minItems":0,"uniqueItems":false,"items":{"type":"string"}},"responseFiles":{"description":"The locations of any response files specified on the tool\'s command line.","type":"array","minItems":0,"uniqueItems":true,"items":{"$ref":"#/definitions/artifactLocation"}},"startTimeUtc":{"description":"The Coordinated Universal Time (UTC) date and time at which the invocation started. See \\"Date/time properties\\" in the SARIF spec for the required format.","type":"string","format":"date-time"},"endTimeUtc":{"description":"The Coordinated Universal Time (UTC) date and time at which the invocation ended. See \\"Date/time properties\\" in the SARIF spec for the required format.","type":"string","format":"date-time"},"exitCode":{"description":"The process exit code.","type":"integer"},"ruleConfigurationOverrides":{"description":"An array of configurationOverride objects that describe rules related runtime overrides.","type":"array","minItems":0,"default":[],"uniqueItems":true,"items":{"$ref":"#/definitions/configurationOverride"}},"notificationConfigurationOverrides":{"description":"An array of configurationOverride objects that describe notifications related runtime overrides.","type":"array","minItems":0,"default":[],"uniqueItems":true,"items":{"$ref":"#/definitions/configurationOverride"}},"toolExecutionNotifications":{"description":"A list of runtime conditions detected by the tool during the analysis.","type":"array","minItems":0,"uniqueItems":false,"default":[],"items":{"$ref":"#/definitions/notification"}},"toolConfigurationNotifications":{"description":"A list of conditions detected by the tool that are relevant to the tool\'s configuration.","type":"array","minItems":0,"uniqueItems":false,"default":[],"items":{"$ref":"#/definitions/notification"}},"exitCodeDescription":{"description":"The reason for the process exit.","type":"string"},"exitSignalName":{"description":"The name of the signal that caused the process to exit.","type":"string"},"exitSignalNumber":{"description":"The numeric value of the signal that caused the process to exit.","type":"integer"},"processStartFailureMessage":{"description":"The reason given by the operating system that the process failed to start.","type":"string"},"executionSuccessful":{"description":"Specifies whether the tool\'s execution completed successfully.","type":"boolean"},"machine":{"description":"The machine on which the invocation occurred.","type":"string"},"account":{"description":"The account under which the invocation occurred.","type":"string"},"processId":{"description":"The id of the process in which the invocation occurred.","type":"integer"},"executableLocation":{"description":"An absolute URI specifying the location of the executable that was invoked.","$ref":"#/definitions/artifactLocation"},"workingDirectory":{"description":"The working directory for the invocation.","$ref":"#/definitions/artifactLocation"},"environmentVariables":{"description":"The environment variables associated with the analysis tool process, expressed as key/value pairs.","type":"object","additionalProperties":{"type":"string"}},"stdin":{"description":"A file containing the standard input stream to the process that was invoked.","$ref":"#/definitions/artifactLocation"},"stdout":{"description":"A file containing the standard output stream from the process that was invoked.","$ref":"#/definitions/artifactLocation"},"stderr":{"description":"A file containing the standard error stream from the process that was invoked.","$ref":"#/definitions/artifactLocation"},"stdoutStderr":{"description":"A file containing the interleaved standard output and standard error stream from the process that was invoked.","$ref":"#/definitions/artifactLocation"},"properties":{"description":"Key/value pairs that provide additional information about the invocation.","$ref":"#/definitions/propertyBag"}},"required":["executionSuccessful"]},"location":{"description":"A location within a programming artifact.","additionalProperties":false,"type":"object","properties":{"id":{"description":"Value that distinguishes this location from all other locations within a single result object.","type":"integer","minimum":-1,"default":-1},"physicalLocation":{"description":"Identifies the artifact and region.","$ref":"#/definitions/physicalLocation"},"logicalLocations":{"description":"The logical locations associated with the result.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/logicalLocation"}},"message":{"description":"A message relevant to the location.","$ref":"#/definitions/message"},"annotations":{"description":"A set of regions relevant to the location.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/region"}},"relationships":{"description":"An array of objects that describe relationships between this location and others.","type":"array","default":[],"minItems":0,"uniqueItems":true,"items":{"$ref":"#/definitions/locationRelationship"}},"properties":{"description":"Key/value pairs that provide additional information about the location.","$ref":"#/definitions/propertyBag"}}},"locationRelationship":{"description":"Information about the relation of one location to another.","type":"object","additionalProperties":false,"properties":{"target":{"description":"A reference to the related location.","type":"integer","minimum":0},"kinds":{"description":"A set of distinct strings that categorize the relationship. Well-known kinds include \'includes\', \'isIncludedBy\' and \'relevant\'.","type":"array","default":["relevant"],"uniqueItems":true,"items":{"type":"string"}},"description":{"description":"A description of the location relationship.","$ref":"#/definitions/message"},"properties":{"description":"Key/value pairs that provide additional information about the location relationship.","$ref":"#/definitions/propertyBag"}},"required":["target"]},"logicalLocation":{"description":"A logical location of a construct that produced a result.","additionalProperties":false,"type":"object","properties":{"name":{"description":"Identifies the construct in which the result occurred. For example, this property might contain the name of a class or a method.","type":"string"},"index":{"description":"The index within the logical locations array.","type":"integer","default":-1,"minimum":-1},"fullyQualifiedName":{"description":"The human-readable fully qualified name of the logical location.","type":"string"},"decoratedName":{"description":"The machine-readable name for the logical location, such as a mangled function name provided by a C++ compiler that encodes calling convention, return type and other details along with the function name.","type":"string"},"parentIndex":{"description":"Identifies the index of the immediate parent of the construct in which the result was detected. For example, this property might point to a logical location that represents the namespace that holds a type.","type":"integer","default":-1,"minimum":-1},"kind":{"description":"The type of construct this logical location component refers to. Should be one of \'function\', \'member\', \'module\', \'namespace\', \'parameter\', \'resource\', \'returnType\', \'type\', \'variable\', \'object\', \'array\', \'property\', \'value\', \'element\', \'text\', \'attribute\', \'comment\', \'declaration\', \'dtd\' or \'processingInstruction\', if any of those accurately describe the construct.","type":"string"},"properties":{"description":"Key/value pairs that provide additional information about the logical location.","$ref":"#/definitions/propertyBag"}}},"message":{"description":"Encapsulates a message intended to be read by the end user.","type":"object","additionalProperties":false,"properties":{"text":{"description":"A plain text message string.","type":"string"},"markdown":{"description":"A Markdown message string.","type":"string"},"id":{"description":"The identifier for this message.","type":"string"},"arguments":{"description":"An array of strings to substitute into the message string.","type":"array","minItems":0,"uniqueItems":false,"default":[],"items":{"type":"string"}},"properties":{"description":"Key/value pairs that provide additional information about the message.","$ref":"#/definitions/propertyBag"}},"anyOf":[{"required":["text"]},{"required":["id"]}]},"multiformatMessageString":{"description":"A message string or message format string rendered in multiple formats.","type":"object","additionalProperties":false,"properties":{"text":{"description":"A plain text message string or format string.","type":"string"},"markdown":{"description":"A Markdown message string or format string.","type":"string"},"properties":{"description":"Key/value pairs that provide additional information about the message.","$ref":"#/definitions/propertyBag"}},"required":["text"]},"node":{"description":"Represents a node in a graph.","type":"object","additionalProperties":false,"properties":{"id":{"description":"A string that uniquely identifies the node within its graph.","type":"string"},"label":{"description":"A short description of the node.","$ref":"#/definitions/message"},"location":{"description":"A code location associated with the node.","$ref":"#/definitions/location"},"children":{"description":"Array of child nodes.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/node"}},"properties":{"description":"Key/value pairs that provide additional information about the node.","$ref":"#/definitions/propertyBag"}},"required":["id"]},"notification":{"description":"Describes a condition relevant to the tool itself, as opposed to being relevant to a target being analyzed by the tool.","type":"object","additionalProperties":false,"properties":{"locations":{"description":"The locations relevant to this notification.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/location"}},"message":{"description":"A message that describes the condition that was encountered.","$ref":"#/definitions/message"},"level":{"description":"A value specifying the severity level of the notification.","default":"warning","enum":["none","note","warning","error"]},"threadId":{"description":"The thread identifier of the code that generated the notification.","type":"integer"},"timeUtc":{"description":"The Coordinated Universal Time (UTC) date and time at which the analysis tool generated the notification.","type":"string","format":"date-time"},"exception":{"description":"The runtime exception, if any, relevant to this notification.","$ref":"#/definitions/exception"},"descriptor":{"description":"A reference used to locate the descriptor relevant to this notification.","$ref":"#/definitions/reportingDescriptorReference"},"associatedRule":{"description":"A reference used to locate the rule descriptor associated with this notification.","$ref":"#/definitions/reportingDescriptorReference"},"properties":{"description":"Key/value pairs that provide additional information about the notification.","$ref":"#/definitions/propertyBag"}},"required":["message"]},"physicalLocation":{"description":"A physical location relevant to a result. Specifies a reference to a programming artifact together with a range of bytes or characters within that artifact.","additionalProperties":false,"type":"object","properties":{"address":{"description":"The address of the location.","$ref":"#/definitions/address"},"artifactLocation":{"description":"The location of the artifact.","$ref":"#/definitions/artifactLocation"},"region":{"description":"Specifies a portion of the artifact.","$ref":"#/definitions/region"},"contextRegion":{"description":"Specifies a portion of the artifact that encloses the region. Allows a viewer to display additional context around the region.","$ref":"#/definitions/region"},"properties":{"description":"Key/value pairs that provide additional information about the physical location.","$ref":"#/definitions/propertyBag"}},"anyOf":[{"required":["address"]},{"required":["artifactLocation"]}]},"propertyBag":{"description":"Key/value pairs that provide additional information about the object.","type":"object","additionalProperties":true,"properties":{"tags":{"description":"A set of distinct strings that provide additional information.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"type":"string"}}}},"rectangle":{"description":"An area within an image.","additionalProperties":false,"type":"object","properties":{"top":{"description":"The Y coordinate of the top edge of the rectangle, measured in the image\'s natural units.","type":"number"},"left":{"description":"The X coordinate of the left edge of the rectangle, measured in the image\'s natural units.","type":"number"},"bottom":{"description":"The Y coordinate of the bottom edge of the rectangle, measured in the image\'s natural units.","type":"number"},"right":{"description":"The X coordinate of the right edge of the rectangle, measured in the image\'s natural units.","type":"number"},"message":{"description":"A message relevant to the rectangle.","$ref":"#/definitions/message"},"properties":{"description":"Key/value pairs that provide additional information about the rectangle.","$ref":"#/definitions/propertyBag"}}},"region":{"description":"A region within an artifact where a result was detected.","additionalProperties":false,"type":"object","properties":{"startLine":{"description":"The line number of the first character in the region.","type":"integer","minimum":1},"startColumn":{"description":"The column number of the first character in the region.","type":"integer","minimum":1},"endLine":{"description":"The line number of the last character in the region.","type":"integer","minimum":1},"endColumn":{"description":"The column number of the character following the end of the region.","type":"integer","minimum":1},"charOffset":{"description":"The zero-based offset from the beginning of the artifact of the first character in the region.","type":"integer","default":-1,"minimum":-1},"charLength":{"description":"The length of the region in characters.","type":"integer","minimum":0},"byteOffset":{"description":"The zero-based offset from the beginning of the artifact of the first byte in the region.","type":"integer","default":-1,"minimum":-1},"byteLength":{"description":"The length of the region in bytes.","type":"integer","minimum":0},"snippet":{"description":"The portion of the artifact contents within the specified region.","$ref":"#/definitions/artifactContent"},"message":{"description":"A message relevant to the region.","$ref":"#/definitions/message"},"sourceLanguage":{"description":"Specifies the source language, if any, of the portion of the artifact specified by the region object.","type":"string"},"properties":{"description":"Key/value pairs that provide additional information about the region.","$ref":"#/definitions/propertyBag"}}},"replacement":{"description":"The replacement of a single region of an artifact.","additionalProperties":false,"type":"object","properties":{"deletedRegion":{"description":"The region of the artifact to delete.","$ref":"#/definitions/region"},"insertedContent":{"description":"The content to insert at the location specified by the \'deletedRegion\' property.","$ref":"#/definitions/artifactContent"},"properties":{"description":"Key/value pairs that provide additional information about the replacement.","$ref":"#/definitions/propertyBag"}},"required":["deletedRegion"]},"reportingDescriptor":{"description":"Metadata that describes a specific report produced by the tool, as part of the analysis it provides or its runtime reporting.","additionalProperties":false,"type":"object","properties":{"id":{"description":"A stable, opaque identifier for the report.","type":"string"},"deprecatedIds":{"description":"An array of stable, opaque identifiers by which this report was known in some previous version of the analysis tool.","type":"array","minItems":0,"uniqueItems":true,"items":{"type":"string"}},"guid":{"description":"A unique identifier for the reporting descriptor in the form of a GUID.","type":"string","format":"uuid"},"deprecatedGuids":{"description":"An array of unique identifies in the form of a GUID by which this report was known in some previous version of the analysis tool.","type":"array","minItems":0,"uniqueItems":true,"items":{"type":"string","format":"uuid"}},"name":{"description":"A report identifier that is understandable to an end user.","type":"string"},"deprecatedNames":{"description":"An array of readable identifiers by which this report was known in some previous version of the analysis tool.","type":"array","minItems":0,"uniqueItems":true,"items":{"type":"string"}},"shortDescription":{"description":"A concise description of the report. Should be a single sentence that is understandable when visible space is limited to a single line of text.","$ref":"#/definitions/multiformatMessageString"},"fullDescription":{"description":"A description of the report. Should, as far as possible, provide details sufficient to enable resolution of any problem indicated by the result.","$ref":"#/definitions/multiformatMessageString"},"messageStrings":{"description":"A set of name/value pairs with arbitrary names. Each value is a multiformatMessageString object, which holds message strings in plain text and (optionally) Markdown format. The strings can include placeholders, which can be used to construct a message in combination with an arbitrary number of additional string arguments.","type":"object","additionalProperties":{"$ref":"#/definitions/multiformatMessageString"}},"defaultConfiguration":{"description":"Default reporting configuration information.","$ref":"#/definitions/reportingConfiguration"},"helpUri":{"description":"A URI where the primary documentation for the report can be found.","type":"string","format":"uri"},"help":{"description":"Provides the primary documentation for the report, useful when there is no online documentation.","$ref":"#/definitions/multiformatMessageString"},"relationships":{"description":"An array of objects that describe relationships between this reporting descriptor and others.","type":"array","default":[],"minItems":0,"uniqueItems":true,"items":{"$ref":"#/definitions/reportingDescriptorRelationship"}},"properties":{"description":"Key/value pairs that provide additional information about the report.","$ref":"#/definitions/propertyBag"}},"required":["id"]},"reportingConfiguration":{"description":"Information about a rule or notification that can be configured at runtime.","type":"object","additionalProperties":false,"properties":{"enabled":{"description":"Specifies whether the report may be produced during the scan.","type":"boolean","default":true},"level":{"description":"Specifies the failure level for the report.","default":"warning","enum":["none","note","warning","error"]},"rank":{"description":"Specifies the relative priority of the report. Used for analysis output only.","type":"number","default":-1,"minimum":-1,"maximum":100},"parameters":{"description":"Contains configuration information specific to a report.","$ref":"#/definitions/propertyBag"},"properties":{"description":"Key/value pairs that provide additional information about the reporting configuration.","$ref":"#/definitions/propertyBag"}}},"reportingDescriptorReference":{"description":"Information about how to locate a relevant reporting descriptor.","type":"object","additionalProperties":false,"properties":{"id":{"description":"The id of the descriptor.","type":"string"},"index":{"description":"The index into an array of descriptors in toolComponent.ruleDescriptors, toolComponent.notificationDescriptors, or toolComponent.taxonomyDescriptors, depending on context.","type":"integer","default":-1,"minimum":-1},"guid":{"description":"A guid that uniquely identifies the descriptor.","type":"string","format":"uuid"},"toolComponent":{"description":"A reference used to locate the toolComponent associated with the descriptor.","$ref":"#/definitions/toolComponentReference"},"properties":{"description":"Key/value pairs that provide additional information about the reporting descriptor reference.","$ref":"#/definitions/propertyBag"}},"anyOf":[{"required":["index"]},{"required":["guid"]},{"required":["id"]}]},"reportingDescriptorRelationship":{"description":"Information about the relation of one reporting descriptor to another.","type":"object","additionalProperties":false,"properties":{"target":{"description":"A reference to the related reporting descriptor.","$ref":"#/definitions/reportingDescriptorReference"},"kinds":{"description":"A set of distinct strings that categorize the relationship. Well-known kinds include \'canPrecede\', \'canFollow\', \'willPrecede\', \'willFollow\', \'superset\', \'subset\', \'equal\', \'disjoint\', \'relevant\', and \'incomparable\'.","type":"array","default":["relevant"],"uniqueItems":true,"items":{"type":"string"}},"description":{"description":"A description of the reporting descriptor relationship.","$ref":"#/definitions/message"},"properties":{"description":"Key/value pairs that provide additional information about the reporting descriptor reference.","$ref":"#/definitions/propertyBag"}},"required":["target"]},"result":{"description":"A result produced by an analysis tool.","additionalProperties":false,"type":"object","properties":{"ruleId":{"description":"The stable, unique identifier of the rule, if any, to which this result is relevant.","type":"string"},"ruleIndex":{"description":"The index within the tool component rules array of the rule object associated with this result.","type":"integer","default":-1,"minimum":-1},"rule":{"description":"A reference used to locate the rule descriptor relevant to this result.","$ref":"#/definitions/reportingDescriptorReference"},"kind":{"description":"A value that categorizes results by evaluation state.","default":"fail","enum":["notApplicable","pass","fail","review","open","informational"]},"level":{"description":"A value specifying the severity level of the result.","default":"warning","enum":["none","note","warning","error"]},"message":{"description":"A message that describes the result. The first sentence of the message only will be displayed when visible space is limited.","$ref":"#/definitions/message"},"analysisTarget":{"description":"Identifies the artifact that the analysis tool was instructed to scan. This need not be the same as the artifact where the result actually occurred.","$ref":"#/definitions/artifactLocation"},"locations":{"description":"The set of locations where the result was detected. Specify only one location unless the problem indicated by the result can only be corrected by making a change at every specified location.","type":"array","minItems":0,"uniqueItems":false,"default":[],"items":{"$ref":"#/definitions/location"}},"guid":{"description":"A stable, unique identifier for the result in the form of a GUID.","type":"string","format":"uuid"},"correlationGuid":{"description":"A stable, unique identifier for the equivalence class of logically identical results to which this result belongs, in the form of a GUID.","type":"string","format":"uuid"},"occurrenceCount":{"description":"A positive integer specifying the number of times this logically unique result was observed in this run.","type":"integer","minimum":1},"partialFingerprints":{"description":"A set of strings that contribute to the stable, unique identity of the result.","type":"object","additionalProperties":{"type":"string"}},"fingerprints":{"description":"A set of strings each of which individually defines a stable, unique identity for the result.","type":"object","additionalProperties":{"type":"string"}},"stacks":{"description":"An array of \'stack\' objects relevant to the result.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/stack"}},"codeFlows":{"description":"An array of \'codeFlow\' objects relevant to the result.","type":"array","minItems":0,"uniqueItems":false,"default":[],"items":{"$ref":"#/definitions/codeFlow"}},"graphs":{"description":"An array of zero or more unique graph objects associated with the result.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/graph"}},"graphTraversals":{"description":"An array of one or more unique \'graphTraversal\' objects.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/graphTraversal"}},"relatedLocations":{"description":"A set of locations relevant to this result.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/location"}},"suppressions":{"description":"A set of suppressions relevant to this result.","type":"array","minItems":0,"uniqueItems":true,"items":{"$ref":"#/definitions/suppression"}},"baselineState":{"description":"The state of a result relative to a baseline of a previous run.","enum":["new","unchanged","updated","absent"]},"rank":{"description":"A number representing the priority or importance of the result.","type":"number","default":-1,"minimum":-1,"maximum":100},"attachments":{"description":"A set of artifacts relevant to the result.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/attachment"}},"hostedViewerUri":{"description":"An absolute URI at which the result can be viewed.","type":"string","format":"uri"},"workItemUris":{"description":"The URIs of the work items associated with this result.","type":"array","minItems":0,"uniqueItems":true,"items":{"type":"string","format":"uri"}},"provenance":{"description":"Information about how and when the result was detected.","$ref":"#/definitions/resultProvenance"},"fixes":{"description":"An array of \'fix\' objects, each of which represents a proposed fix to the problem indicated by the result.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/fix"}},"taxa":{"description":"An array of references to taxonomy reporting descriptors that are applicable to the result.","type":"array","default":[],"minItems":0,"uniqueItems":true,"items":{"$ref":"#/definitions/reportingDescriptorReference"}},"webRequest":{"description":"A web request associated with this result.","$ref":"#/definitions/webRequest"},"webResponse":{"description":"A web response associated with this result.","$ref":"#/definitions/webResponse"},"properties":{"description":"Key/value pairs that provide additional information about the result.","$ref":"#/definitions/propertyBag"}},"required":["message"]},"resultProvenance":{"description":"Contains information about how and when a result was detected.","additionalProperties":false,"type":"object","properties":{"firstDetectionTimeUtc":{"description":"The Coordinated Universal Time (UTC) date and time at which the result was first detected. See \\"Date/time properties\\" in the SARIF spec for the required format.","type":"string","format":"date-time"},"lastDetectionTimeUtc":{"description":"The Coordinated Universal Time (UTC) date and time at which the result was most recently detected. See \\"Date/time properties\\" in the SARIF spec for the required format.","type":"string","format":"date-time"},"firstDetectionRunGuid":{"description":"A GUID-valued string equal to the automationDetails.guid property of the run in which the result was first detected.","type":"string","format":"uuid"},"lastDetectionRunGuid":{"description":"A GUID-valued string equal to the automationDetails.guid property of the run in which the result was most recently detected.","type":"string","format":"uuid"},"invocationIndex":{"description":"The index within the run.invocations array of the invocation object which describes the tool invocation that detected the result.","type":"integer","default":-1,"minimum":-1},"conversionSources":{"description":"An array of physicalLocation objects which specify the portions of an analysis tool\'s output that a converter transformed into the result.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/physicalLocation"}},"properties":{"description":"Key/value pairs that provide additional information about the result.","$ref":"#/definitions/propertyBag"}}},"run":{"description":"Describes a single run of an analysis tool, and contains the reported output of that run.","additionalProperties":false,"type":"object","properties":{"tool":{"description":"Information about the tool or tool pipeline that generated the results in this run. A run can only contain results produced by a single tool or tool pipeline. A run can aggregate results from multiple log files, as long as context around the tool run (tool command-line arguments and the like) is identical for all aggregated files.","$ref":"#/definitions/tool"},"invocations":{"description":"Describes the invocation of the analysis tool.","type":"array","minItems":0,"uniqueItems":false,"default":[],"items":{"$ref":"#/definitions/invocation"}},"conversion":{"description":"A conversion object that describes how a converter transformed an analysis tool\'s native reporting format into the SARIF format.","$ref":"#/definitions/conversion"},"language":{"description":"The language of the messages emitted into the log file during this run (expressed as an ISO 639-1 two-letter lowercase culture code) and an optional region (expressed as an ISO 3166-1 two-letter uppercase subculture code associated with a country or region). The casing is recommended but not required (in order for this data to conform to RFC5646).","type":"string","default":"en-US","pattern":"^[a-zA-Z]{2}(-[a-zA-Z]{2})?$"},"versionControlProvenance":{"description":"Specifies the revision in version control of the artifacts that were scanned.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/versionControlDetails"}},"originalUriBaseIds":{"description":"The artifact location specified by each uriBaseId symbol on the machine where the tool originally ran.","type":"object","additionalProperties":{"$ref":"#/definitions/artifactLocation"}},"artifacts":{"description":"An array of artifact objects relevant to the run.","type":"array","minItems":0,"uniqueItems":true,"items":{"$ref":"#/definitions/artifact"}},"logicalLocations":{"description":"An array of logical locations such as namespaces, types or functions.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/logicalLocation"}},"graphs":{"description":"An array of zero or more unique graph objects associated with the run.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/graph"}},"results":{"description":"The set of results contained in an SARIF log. The results array can be omitted when a run is solely exporting rules metadata. It must be present (but may be empty) if a log file represents an actual scan.","type":"array","minItems":0,"uniqueItems":false,"items":{"$ref":"#/definitions/result"}},"automationDetails":{"description":"Automation details that describe this run.","$ref":"#/definitions/runAutomationDetails"},"runAggregates":{"description":"Automation details that describe the aggregate of runs to which this run belongs.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/runAutomationDetails"}},"baselineGuid":{"description":"The \'guid\' property of a previous SARIF \'run\' that comprises the baseline that was used to compute result \'baselineState\' properties for the run.","type":"string","format":"uuid"},"redactionTokens":{"description":"An array of strings used to replace sensitive information in a redaction-aware property.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"type":"string"}},"defaultEncoding":{"description":"Specifies the default encoding for any artifact object that refers to a text file.","type":"string"},"defaultSourceLanguage":{"description":"Specifies the default source language for any artifact object that refers to a text file that contains source code.","type":"string"},"newlineSequences":{"description":"An ordered list of character sequences that were treated as line breaks when computing region information for the run.","type":"array","minItems":1,"uniqueItems":true,"default":["\\r\\n","\\n"],"items":{"type":"string"}},"columnKind":{"description":"Specifies the unit in which the tool measures columns.","enum":["utf16CodeUnits","unicodeCodePoints"]},"externalPropertyFileReferences":{"description":"References to external property files that should be inlined with the content of a root log file.","$ref":"#/definitions/externalPropertyFileReferences"},"threadFlowLocations":{"description":"An array of threadFlowLocation objects cached at run level.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/threadFlowLocation"}},"taxonomies":{"description":"An array of toolComponent objects relevant to a taxonomy in which results are categorized.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/toolComponent"}},"addresses":{"description":"Addresses associated with this run instance, if any.","type":"array","minItems":0,"uniqueItems":false,"default":[],"items":{"$ref":"#/definitions/address"}},"translations":{"description":"The set of available translations of the localized data provided by the tool.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/toolComponent"}},"policies":{"description":"Contains configurations that may potentially override both reportingDescriptor.defaultConfiguration (the tool\'s default severities) and invocation.configurationOverrides (severities established at run-time from the command line).","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/toolComponent"}},"webRequests":{"description":"An array of request objects cached at run level.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/webRequest"}},"webResponses":{"description":"An array of response objects cached at run level.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/webResponse"}},"specialLocations":{"description":"A specialLocations object that defines locations of special significance to SARIF consumers.","$ref":"#/definitions/specialLocations"},"properties":{"description":"Key/value pairs that provide additional information about the run.","$ref":"#/definitions/propertyBag"}},"required":["tool"]},"runAutomationDetails":{"description":"Information that describes a run\'s identity and role within an engineering system process.","additionalProperties":false,"type":"object","properties":{"description":{"description":"A description of the identity and role played within the engineering system by this object\'s containing run object.","$ref":"#/definitions/message"},"id":{"description":"A hierarchical string that uniquely identifies this object\'s containing run object.","type":"string"},"guid":{"description":"A stable, unique identifier for this object\'s containing run object in the form of a GUID.","type":"string","format":"uuid"},"correlationGuid":{"description":"A stable, unique identifier for the equivalence class of runs to which this object\'s containing run object belongs in the form of a GUID.","type":"string","format":"uuid"},"properties":{"description":"Key/value pairs that provide additional information about the run automation details.","$ref":"#/definitions/propertyBag"}}},"specialLocations":{"description":"Defines locations of special significance to SARIF consumers.","type":"object","additionalProperties":false,"properties":{"displayBase":{"description":"Provides a suggestion to SARIF consumers to display file paths relative to the specified location.","$ref":"#/definitions/artifactLocation"},"properties":{"description":"Key/value pairs that provide additional information about the special locations.","$ref":"#/definitions/propertyBag"}}},"stack":{"description":"A call stack that is relevant to a result.","additionalProperties":false,"type":"object","properties":{"message":{"description":"A message relevant to this call stack.","$ref":"#/definitions/message"},"frames":{"description":"An array of stack frames that represents a sequence of calls, rendered in reverse chronological order, that comprise the call stack.","type":"array","minItems":0,"uniqueItems":false,"items":{"$ref":"#/definitions/stackFrame"}},"properties":{"description":"Key/value pairs that provide additional information about the stack.","$ref":"#/definitions/propertyBag"}},"required":["frames"]},"stackFrame":{"description":"A function call within a stack trace.","additionalProperties":false,"type":"object","properties":{"location":{"description":"The location to which this stack frame refers.","$ref":"#/definitions/location"},"module":{"description":"The name of the module that contains the code of this stack frame.","type":"string"},"threadId":{"description":"The thread identifier of the stack frame.","type":"integer"},"parameters":{"description":"The parameters of the call that is executing.","type":"array","minItems":0,"uniqueItems":false,"default":[],"items":{"type":"string","default":[]}},"properties":{"description":"Key/value pairs that provide additional information about the stack frame.","$ref":"#/definitions/propertyBag"}}},"suppression":{"description":"A suppression that is relevant to a result.","additionalProperties":false,"type":"object","properties":{"guid":{"description":"A stable, unique identifier for the suprression in the form of a GUID.","type":"string","format":"uuid"},"kind":{"description":"A string that indicates where the suppression is persisted.","enum":["inSource","external"]},"status":{"description":"A string that indicates the review status of the suppression.","enum":["accepted","underReview","rejected"]},"justification":{"description":"A string representing the justification for the suppression.","type":"string"},"location":{"description":"Identifies the location associated with the suppression.","$ref":"#/definitions/location"},"properties":{"description":"Key/value pairs that provide additional information about the suppression.","$ref":"#/definitions/propertyBag"}},"required":["kind"]},"threadFlow":{"description":"Describes a sequence of code locations that specify a path through a single thread of execution such as an operating system or fiber.","type":"object","additionalProperties":false,"properties":{"id":{"description":"An string that uniquely identifies the threadFlow within the codeFlow in which it occurs.","type":"string"},"message":{"description":"A message relevant to the thread flow.","$ref":"#/definitions/message"},"initialState":{"description":"Values of relevant expressions at the start of the thread flow that may change during thread flow execution.","type":"object","additionalProperties":{"$ref":"#/definitions/multiformatMessageString"}},"immutableState":{"description":"Values of relevant expressions at the start of the thread flow that remain constant.","type":"object","additionalProperties":{"$ref":"#/definitions/multiformatMessageString"}},"locations":{"description":"A temporally ordered array of \'threadFlowLocation\' objects, each of which describes a location visited by the tool while producing the result.","type":"array","minItems":1,"uniqueItems":false,"items":{"$ref":"#/definitions/threadFlowLocation"}},"properties":{"description":"Key/value pairs that provide additional information about the thread flow.","$ref":"#/definitions/propertyBag"}},"required":["locations"]},"threadFlowLocation":{"description":"A location visited by an analysis tool while simulating or monitoring the execution of a program.","additionalProperties":false,"type":"object","properties":{"index":{"description":"The index within the run threadFlowLocations array.","type":"integer","default":-1,"minimum":-1},"location":{"description":"The code location.","$ref":"#/definitions/location"},"stack":{"description":"The call stack leading to this location.","$ref":"#/definitions/stack"},"kinds":{"description":"A set of distinct strings that categorize the thread flow location. Well-known kinds include \'acquire\', \'release\', \'enter\', \'exit\', \'call\', \'return\', \'branch\', \'implicit\', \'false\', \'true\', \'caution\', \'danger\', \'unknown\', \'unreachable\', \'taint\', \'function\', \'handler\', \'lock\', \'memory\', \'resource\', \'scope\' and \'value\'.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"type":"string"}},"taxa":{"description":"An array of references to rule or taxonomy reporting descriptors that are applicable to the thread flow location.","type":"array","default":[],"minItems":0,"uniqueItems":true,"items":{"$ref":"#/definitions/reportingDescriptorReference"}},"module":{"description":"The name of the module that contains the code that is executing.","type":"string"},"state":{"description":"A dictionary, each of whose keys specifies a variable or expression, the associated value of which represents the variable or expression value. For an annotation of kind \'continuation\', for example, this dictionary might hold the current assumed values of a set of global variables.","type":"object","additionalProperties":{"$ref":"#/definitions/multiformatMessageString"}},"nestingLevel":{"description":"An integer representing a containment hierarchy within the thread flow.","type":"integer","minimum":0},"executionOrder":{"description":"An integer representing the temporal order in which execution reached this location.","type":"integer","default":-1,"minimum":-1},"executionTimeUtc":{"description":"The Coordinated Universal Time (UTC) date and time at which this location was executed.","type":"string","format":"date-time"},"importance":{"description":"Specifies the importance of this location in understanding the code flow in which it occurs. The order from most to least important is \\"essential\\", \\"important\\", \\"unimportant\\". Default: \\"important\\".","enum":["important","essential","unimportant"],"default":"important"},"webRequest":{"description":"A web request associated with this thread flow location.","$ref":"#/definitions/webRequest"},"webResponse":{"description":"A web response associated with this thread flow location.","$ref":"#/definitions/webResponse"},"properties":{"description":"Key/value pairs that provide additional information about the threadflow location.","$ref":"#/definitions/propertyBag"}}},"tool":{"description":"The analysis tool that was run.","additionalProperties":false,"type":"object","properties":{"driver":{"description":"The analysis tool that was run.","$ref":"#/definitions/toolComponent"},"extensions":{"description":"Tool extensions that contributed to or reconfigured the analysis tool that was run.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/toolComponent"}},"properties":{"description":"Key/value pairs that provide additional information about the tool.","$ref":"#/definitions/propertyBag"}},"required":["driver"]},"toolComponent":{"description":"A component, such as a plug-in or the driver, of the analysis tool that was run.","additionalProperties":false,"type":"object","properties":{"guid":{"description":"A unique identifier for the tool component in the form of a GUID.","type":"string","format":"uuid"},"name":{"description":"The name of the tool component.","type":"string"},"organization":{"description":"The organization or company that produced the tool component.","type":"string"},"product":{"description":"A product suite to which the tool component belongs.","type":"string"},"productSuite":{"description":"A localizable string containing the name of the suite of products to which the tool component belongs.","type":"string"},"shortDescription":{"description":"A brief description of the tool component.","$ref":"#/definitions/multiformatMessageString"},"fullDescription":{"description":"A comprehensive description of the tool component.","$ref":"#/definitions/multiformatMessageString"},"fullName":{"description":"The name of the tool component along with its version and any other useful identifying information, such as its locale.","type":"string"},"version":{"description":"The tool component version, in whatever format the component natively provides.","type":"string"},"semanticVersion":{"description":"The tool component version in the format specified by Semantic Versioning 2.0.","type":"string"},"dottedQuadFileVersion":{"description":"The binary version of the tool component\'s primary executable file expressed as four non-negative integers separated by a period (for operating systems that express file versions in this way).","type":"string","pattern":"[0-9]+(\\\\.[0-9]+){3}"},"releaseDateUtc":{"description":"A string specifying the UTC date (and optionally, the time) of the component\'s release.","type":"string"},"downloadUri":{"description":"The absolute URI from which the tool component can be downloaded.","type":"string","format":"uri"},"informationUri":{"description":"The absolute URI at which information about this version of the tool component can be found.","type":"string","format":"uri"},"globalMessageStrings":{"description":"A dictionary, each of whose keys is a resource identifier and each of whose values is a multiformatMessageString object, which holds message strings in plain text and (optionally) Markdown format. The strings can include placeholders, which can be used to construct a message in combination with an arbitrary number of additional string arguments.","type":"object","additionalProperties":{"$ref":"#/definitions/multiformatMessageString"}},"notifications":{"description":"An array of reportingDescriptor objects relevant to the notifications related to the configuration and runtime execution of the tool component.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/reportingDescriptor"}},"rules":{"description":"An array of reportingDescriptor objects relevant to the analysis performed by the tool component.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/reportingDescriptor"}},"taxa":{"description":"An array of reportingDescriptor objects relevant to the definitions of both standalone and tool-defined taxonomies.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/reportingDescriptor"}},"locations":{"description":"An array of the artifactLocation objects associated with the tool component.","type":"array","minItems":0,"default":[],"items":{"$ref":"#/definitions/artifactLocation"}},"language":{"description":"The language of the messages emitted into the log file during this run (expressed as an ISO 639-1 two-letter lowercase language code) and an optional region (expressed as an ISO 3166-1 two-letter uppercase subculture code associated with a country or region). The casing is recommended but not required (in order for this data to conform to RFC5646).","type":"string","default":"en-US","pattern":"^[a-zA-Z]{2}(-[a-zA-Z]{2})?$"},"contents":{"description":"The kinds of data contained in this object.","type":"array","uniqueItems":true,"default":["localizedData","nonLocalizedData"],"items":{"enum":["localizedData","nonLocalizedData"]}},"isComprehensive":{"description":"Specifies whether this object contains a complete definition of the localizable and/or non-localizable data for this component, as opposed to including only data that is relevant to the results persisted to this log file.","type":"boolean","default":false},"localizedDataSemanticVersion":{"description":"The semantic version of the localized strings defined in this component; maintained by components that provide translations.","type":"string"},"minimumRequiredLocalizedDataSemanticVersion":{"description":"The minimum value of localizedDataSemanticVersion required in translations consumed by this component; used by components that consume translations.","type":"string"},"associatedComponent":{"description":"The component which is strongly associated with this component. For a translation, this refers to the component which has been translated. For an extension, this is the driver that provides the extension\'s plugin model.","$ref":"#/definitions/toolComponentReference"},"translationMetadata":{"description":"Translation metadata, required for a translation, not populated by other component types.","$ref":"#/definitions/translationMetadata"},"supportedTaxonomies":{"description":"An array of toolComponentReference objects to declare the taxonomies supported by the tool component.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/toolComponentReference"}},"properties":{"description":"Key/value pairs that provide additional information about the tool component.","$ref":"#/definitions/propertyBag"}},"required":["name"]},"toolComponentReference":{"description":"Identifies a particular toolComponent object, either the driver or an extension.","type":"object","additionalProperties":false,"properties":{"name":{"description":"The \'name\' property of the referenced toolComponent.","type":"string"},"index":{"description":"An index into the referenced toolComponent in tool.extensions.","type":"integer","default":-1,"minimum":-1},"guid":{"description":"The \'guid\' property of the referenced toolComponent.","type":"string","format":"uuid"},"properties":{"description":"Key/value pairs that provide additional information about the toolComponentReference.","$ref":"#/definitions/propertyBag"}}},"translationMetadata":{"description":"Provides additional metadata related to translation.","type":"object","additionalProperties":false,"properties":{"name":{"description":"The name associated with the translation metadata.","type":"string"},"fullName":{"description":"The full name associated with the translation metadata.","type":"string"},"shortDescription":{"description":"A brief description of the translation metadata.","$ref":"#/definitions/multiformatMessageString"},"fullDescription":{"description":"A comprehensive description of the translation metadata.","$ref":"#/definitions/multiformatMessageString"},"downloadUri":{"description":"The absolute URI from which the translation metadata can be downloaded.","type":"string","format":"uri"},"informationUri":{"description":"The absolute URI from which information related to the translation metadata can be downloaded.","type":"string","format":"uri"},"properties":{"description":"Key/value pairs that provide additional information about the translation metadata.","$ref":"#/definitions/propertyBag"}},"required":["name"]},"versionControlDetails":{"description":"Specifies the information necessary to retrieve a desired revision from a version control system.","type":"object","additionalProperties":false,"properties":{"repositoryUri":{"description":"The absolute URI of the repository.","type":"string","format":"uri"},"revisionId":{"description":"A string that uniquely and permanently identifies the revision within the repository.","type":"string"},"branch":{"description":"The name of a branch containing the revision.","type":"string"},"revisionTag":{"description":"A tag that has been applied to the revision.","type":"string"},"asOfTimeUtc":{"description":"A Coordinated Universal Time (UTC) date and time that can be used to synchronize an enlistment to the state of the repository at that time.","type":"string","format":"date-time"},"mappedTo":{"description":"The location in the local file system to which the root of the repository was mapped at the time of the analysis.","$ref":"#/definitions/artifactLocation"},"properties":{"description":"Key/value pairs that provide additional information about the version control details.","$ref":"#/definitions/propertyBag"}},"required":["repositoryUri"]},"webRequest":{"description":"Describes an HTTP request.","type":"object","additionalProperties":false,"properties":{"index":{"description":"The index within the run.webRequests array of the request object associated with this result.","type":"integer","default":-1,"minimum":-1},"protocol":{"description":"The request protocol. Example: \'http\'.","type":"string"},"version":{"description":"The request version. Example: \'1.1\'.","type":"string"},"target":{"description":"The target of the request.","type":"string"},"method":{"description":"The HTTP method. Well-known values are \'GET\', \'PUT\', \'POST\', \'DELETE\', \'PATCH\', \'HEAD\', \'OPTIONS\', \'TRACE\', \'CONNECT\'.","type":"string"},"headers":{"description":"The request headers.","type":"object","additionalProperties":{"type":"string"}},"parameters":{"description":"The request parameters.","type":"object","additionalProperties":{"type":"string"}},"body":{"description":"The body of the request.","$ref":"#/definitions/artifactContent"},"properties":{"description":"Key/value pairs that provide additional information about the request.","$ref":"#/definitions/propertyBag"}}},"webResponse":{"description":"Describes the response to an HTTP request.","type":"object","additionalProperties":false,"properties":{"index":{"description":"The index within the run.webResponses array of the response object associated with this result.","type":"integer","default":-1,"minimum":-1},"protocol":{"description":"The response protocol. Example: \'http\'.","type":"string"},"version":{"description":"The response version. Example: \'1.1\'.","type":"string"},"statusCode":{"description":"The response status code. Example: 451.","type":"integer"},"reasonPhrase":{"description":"The response reason. Example: \'Not found\'.","type":"string"},"headers":{"description":"The response headers.","type":"object","additionalProperties":{"type":"string"}},"body":{"description":"The body of the response.","$ref":"#/definitions/artifactContent"},"noResponseReceived":{"description":"Specifies whether a response was received from the server.","type":"boolean","default":false},"properties":{"description":"Key/value pairs that provide additional information about the response.","$ref":"#/definitions/propertyBag"}}}}}');
;// CONCATENATED MODULE: ./lib/sarif/canonical-json.ts
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

;// CONCATENATED MODULE: ./lib/sarif/schema-validate.ts


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
    return { ...rewrite(sarif_2_1_0_schema_namespaceObject), $id: SCHEMA_ID };
}
const SCHEMA_ID = 'urn:assay:sarif-2.1.0';
const uniqueObjects = (_schema, data) => {
    uniqueObjects.errors = undefined;
    if (!Array.isArray(data) || data.length < 2)
        return true;
    const seen = new Map();
    for (let i = 0; i < data.length; i++) {
        const key = canonicalJson(data[i]);
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
        const ajv = new _2020.Ajv2020({ allErrors: true, strict: true, strictRequired: false });
        dist_default()(ajv);
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
function schema_validate_sarifSchemaViolations(log) {
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
    const violations = schema_validate_sarifSchemaViolations(log);
    if (violations.length > 0)
        throw new SchemaValidationError(file, violations);
    return log;
}

;// CONCATENATED MODULE: ./lib/sarif/problems.ts

/** Rule name of a JSON syntax error, as sarif-multitool names it. */
const JSON_SYNTAX_RULE = 'JSON1001 syntax';
/** A schema violation as a problem of `file`. */
function problems_schemaProblem(file, violation) {
    return {
        file,
        path: sarifPath(violation.path),
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

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: ./lib/sarif/types.ts
/** The uriBaseId our runs resolve relative URIs against; originalUriBaseIds maps it to the root. */
const types_SRCROOT = '%SRCROOT%';

;// CONCATENATED MODULE: ./lib/sarif/uri.ts



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
    const href = pathToFileURL(path.resolve(dir)).href;
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
    const absoluteRoot = path.resolve(root);
    const absolute = path.resolve(absoluteRoot, file);
    const relative = path.relative(absoluteRoot, absolute);
    if (relative === '')
        return undefined;
    if (relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) {
        return { uri: pathToFileURL(absolute).href };
    }
    return { uri: relativePathToUri(relative.split(path.sep).join('/')), uriBaseId: SRCROOT };
}

;// CONCATENATED MODULE: ./lib/sarif/rebase.ts




function emptyRebaseCounts() {
    return { danglingIndexes: 0, madeRelative: 0, moved: 0, outside: 0, outsideExamples: [] };
}
/** The checkout-relative path (forward slashes) of an absolute path, or undefined when outside. */
function insideCheckout(absolute, checkoutRoot) {
    const relative = external_node_path_namespaceObject.relative(checkoutRoot, absolute);
    if (relative === '')
        return '';
    if (relative === '..' || relative.startsWith(`..${external_node_path_namespaceObject.sep}`) || external_node_path_namespaceObject.isAbsolute(relative))
        return undefined;
    return relative.split(external_node_path_namespaceObject.sep).join('/');
}
function filePath(uri) {
    if (!/^file:/i.test(uri))
        return undefined;
    try {
        return (0,external_node_url_namespaceObject.fileURLToPath)(uri);
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
    const root = external_node_path_namespaceObject.resolve(checkoutRoot);
    const prefixes = new Map();
    for (const name of Object.keys(run.originalUriBaseIds ?? {})) {
        const base = resolveBase(run, name);
        const dir = base === undefined ? undefined : filePath(base);
        const relative = dir === undefined ? undefined : insideCheckout(dir, root);
        if (relative === undefined)
            continue; // outside this checkout: relative URIs stay as they are
        const prefix = relative === '' ? '' : `${relativePathToUri(relative)}/`;
        if (name !== types_SRCROOT || prefix !== '')
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
        location.uri = relativePathToUri(relative);
        location.uriBaseId = types_SRCROOT;
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
    location.uriBaseId = types_SRCROOT;
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

;// CONCATENATED MODULE: ./lib/severity.ts
/**
 * The one severity scale of the suite. Security findings use critical…low; lint findings that
 * carry no security meaning may be "note". GitHub's mapping of `security-severity` scores is the
 * reference: ≥ 9.0 critical, ≥ 7.0 high, ≥ 4.0 medium, > 0 low.
 */
const SEVERITIES = (/* unused pure expression or super */ null && (['critical', 'high', 'medium', 'low', 'note']));
const RANK = { critical: 4, high: 3, medium: 2, low: 1, note: 0 };
function severity_severityRank(s) {
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

;// CONCATENATED MODULE: ./lib/sarif/result-record.ts

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
    const severity = score !== undefined ? severityFromScore(score) : severityFromSarifLevel(level);
    return (severity_severityRank(severity) * 1002 + (score === undefined ? 0 : 1 + Math.round(score * 100))) * 4 + LEVEL_RANK[level];
}
/** A `security-severity` value (a string by convention, sometimes a number) as a score, if valid. */
function securitySeverityOf(properties) {
    if (typeof properties !== 'object' || properties === null)
        return undefined;
    const raw = properties['security-severity'];
    const score = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : NaN;
    return Number.isFinite(score) && score >= 0 && score <= 10 ? score : undefined;
}
function result_record_ruleLookup(run) {
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
    const severity = score !== undefined ? severityFromScore(score) : severityFromSarifLevel(level);
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

;// CONCATENATED MODULE: ./lib/sarif/result-check.ts

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
        def = dist_default().get(name, 'full');
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
    const definitions = sarif_2_1_0_schema_namespaceObject.definitions;
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
        const { definitions: _definitions, $schema: _schema, title: _title, description: _description, ...rest } = sarif_2_1_0_schema_namespaceObject;
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
const result_check_QUOTE = 0x22;
const result_check_BACKSLASH = 0x5c;
const result_check_COMMA = 0x2c;
const result_check_COLON = 0x3a;
const result_check_OPEN_BRACE = 0x7b;
const result_check_CLOSE_BRACE = 0x7d;
const result_check_OPEN_BRACKET = 0x5b;
const result_check_CLOSE_BRACKET = 0x5d;
/** Bytes that end the plain run of a JSON string: its closing quote, an escape, or a control character (not allowed raw). */
const STRING_STOP = (() => {
    const table = new Uint8Array(256);
    for (let c = 0; c < 0x20; c++)
        table[c] = 1;
    table[result_check_QUOTE] = 1;
    table[result_check_BACKSLASH] = 1;
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
            if (c === result_check_QUOTE)
                break;
            if (c !== result_check_BACKSLASH)
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
            if (d === result_check_QUOTE || d === result_check_BACKSLASH || d === 0x2f || d === 0x62 || d === 0x66 || d === 0x6e || d === 0x72 || d === 0x74) {
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
        if (c === result_check_QUOTE)
            return this.string(i);
        if (c === result_check_OPEN_BRACE) {
            i = this.ws(i + 1);
            if (buf[i] === result_check_CLOSE_BRACE)
                return i + 1;
            for (;;) {
                if (buf[i] !== result_check_QUOTE)
                    return NO;
                i = this.string(i);
                if (i === NO)
                    return NO;
                i = this.ws(i);
                if (buf[i] !== result_check_COLON)
                    return NO;
                i = this.any(this.ws(i + 1));
                if (i === NO)
                    return NO;
                i = this.ws(i);
                const d = buf[i];
                if (d === result_check_COMMA)
                    i = this.ws(i + 1);
                else if (d === result_check_CLOSE_BRACE)
                    return i + 1;
                else
                    return NO;
            }
        }
        if (c === result_check_OPEN_BRACKET) {
            i = this.ws(i + 1);
            if (buf[i] === result_check_CLOSE_BRACKET)
                return i + 1;
            for (;;) {
                i = this.any(i);
                if (i === NO)
                    return NO;
                i = this.ws(i);
                const d = buf[i];
                if (d === result_check_COMMA)
                    i = this.ws(i + 1);
                else if (d === result_check_CLOSE_BRACKET)
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
        if (c === result_check_QUOTE)
            return (node.types & T_STRING) === 0 ? NO : this.stringValue(i, node);
        if (c === result_check_OPEN_BRACE)
            return (node.types & T_OBJECT) === 0 || node.enumStrings !== undefined ? NO : this.object(i, node);
        if (c === result_check_OPEN_BRACKET)
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
        if (buf[i] !== result_check_CLOSE_BRACKET) {
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
                if (d === result_check_COMMA)
                    i = this.ws(i + 1);
                else if (d === result_check_CLOSE_BRACKET)
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
            const key = unique === UNIQUE_STRINGS ? (typeof value === 'string' ? value : undefined) : canonicalJson(value);
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
        if (c === result_check_QUOTE) {
            const after = this.string(i);
            if (after === NO)
                return NO;
            this.hash = mixHash(this.textHash(i, after), 0x22);
            return after;
        }
        if (c === result_check_OPEN_BRACE) {
            let sum = 0;
            let keys;
            i = this.ws(i + 1);
            if (buf[i] !== result_check_CLOSE_BRACE) {
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
                    if (buf[i] !== result_check_COMMA)
                        break;
                    i = this.ws(i + 1);
                }
            }
            this.hash = mixHash(sum, 0x7b);
            return i + 1;
        }
        if (c === result_check_OPEN_BRACKET) {
            let h = 0x5b;
            i = this.ws(i + 1);
            if (buf[i] !== result_check_CLOSE_BRACKET) {
                for (;;) {
                    i = this.shapeHash(i);
                    if (i === NO)
                        return NO;
                    h = mixHash(h, this.hash);
                    i = this.ws(i);
                    if (buf[i] !== result_check_COMMA)
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
        if (buf[i] !== result_check_CLOSE_BRACE) {
            for (;;) {
                if (buf[i] !== result_check_QUOTE)
                    return NO;
                // The key: hashed as it is read; an escaped key is left to the full check.
                const keyStart = i + 1;
                let h = 0x811c9dc5;
                let k = keyStart;
                let high = 0;
                for (;;) {
                    const c = buf[k];
                    if (STRING_STOP[c] === 1 || k >= this.end) {
                        if (c === result_check_QUOTE && k < this.end)
                            break;
                        return NO;
                    }
                    high |= c;
                    h = Math.imul(h ^ c, 0x01000193);
                    k++;
                }
                const keyLength = k - keyStart;
                i = this.ws(k + 1);
                if (buf[i] !== result_check_COLON)
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
                        if (buf[start] === result_check_OPEN_BRACKET)
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
                if (d === result_check_COMMA)
                    i = this.ws(i + 1);
                else if (d === result_check_CLOSE_BRACE)
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
    if (buf[start] !== result_check_OPEN_BRACE || node.unsupported)
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
        if (buf[i] === result_check_BACKSLASH)
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
            fingerprintText = singleFingerprintText(stringAt(buf, spans, SLOTS.fingerprintKey, ascii), stringAt(buf, spans, SLOTS.fingerprintValue, ascii));
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
    if (spans[2 * SLOTS.message] >= 0 && keysOnMessage(result, scan.counts[SLOTS.fingerprints]))
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

;// CONCATENATED MODULE: ./lib/sarif/scanned-facts.ts



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
const scanned_facts_QUOTE = 0x22;
const scanned_facts_BACKSLASH = 0x5c;
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
            const hash = hashBytes(bytes) & SMALL_HASH;
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
            facts = { id, idBytes: asciiBytes(id), defaultLevel: rule.defaultConfiguration?.level, score: securitySeverityOf(rule.properties) };
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
            escapes ||= c === scanned_facts_BACKSLASH;
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
const S_RULE = SLOTS.rule;
const S_TOOL_COMPONENT = SLOTS.toolComponent;
const S_RULE_ID = SLOTS.ruleId;
const S_RULE_REF_ID = SLOTS.ruleRefId;
const S_RULE_INDEX = SLOTS.ruleIndex;
const S_RULE_REF_INDEX = SLOTS.ruleRefIndex;
const S_LEVEL = SLOTS.level;
const S_KIND = SLOTS.kind;
const S_SECURITY_SEVERITY = SLOTS.securitySeverity;
const S_LINE_HASH = SLOTS.lineHash;
const S_FINGERPRINTS = SLOTS.fingerprints;
const S_FINGERPRINT_KEY = SLOTS.fingerprintKey;
const S_FINGERPRINT_VALUE = SLOTS.fingerprintValue;
const S_LOCATIONS = SLOTS.locations;
const S_PRIMARY = SLOTS.primary;
const S_PHYSICAL_LOCATION = SLOTS.physicalLocation;
const S_ARTIFACT_LOCATION = SLOTS.artifactLocation;
const S_URI = SLOTS.uri;
const S_ARTIFACT_INDEX = SLOTS.artifactIndex;
const S_URI_BASE_ID = SLOTS.uriBaseId;
const S_REGION = SLOTS.region;
const S_START_LINE = SLOTS.startLine;
const S_RESULT = SLOTS.result;
const S_RELATED_LOCATIONS = SLOTS.relatedLocations;
const S_FIXES = SLOTS.fixes;
const S_PARTIAL_FINGERPRINTS = SLOTS.partialFingerprints;
const S_PROPERTIES = SLOTS.properties;
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
    if (c === scanned_facts_QUOTE) {
        let plain = true;
        for (let i = start + 1; i < end - 1; i++)
            if (buf[i] === scanned_facts_BACKSLASH)
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
    return securitySeverityOf({ 'security-severity': value });
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
    out.severity = score !== undefined ? severityFromScore(score) : severityFromSarifLevel(settled);
    out.rank = rankOf(score, settled);
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
        if (buf[spanStart(spans, S_FINGERPRINT_VALUE)] !== scanned_facts_QUOTE)
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
            for (let k = 0; k < REGION_FIELDS.length; k++) {
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
let result_walk_compiled;
function walkModule() {
    if (result_walk_compiled === undefined) {
        try {
            if (!wasmApi)
                throw new Error('no WebAssembly');
            result_walk_compiled = new wasmApi.Module(Buffer.from(RESULT_WALK_WASM, 'base64'));
        }
        catch {
            result_walk_compiled = null; // no WebAssembly here (e.g. node --jitless)
        }
    }
    return result_walk_compiled ?? undefined;
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
    js = new Walker();
    constructor(module) {
        const { bytes, rootPtrs, nodes } = writeTables([resultNode(), logNode()]);
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
        while (from < to && isWhitespace(buf[from]))
            from++;
        while (to > from && isWhitespace(buf[to - 1]))
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
        settleFacts(out, rule, level >= 0 ? LEVELS[level] : undefined, words[w + 8] === 0, score);
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
        const w = rows.stored.at + k * RECORD_WORDS + 3 + 2 * SLOTS.securitySeverity;
        return scoreAt(buf, this.words[w], this.words[w + 1]);
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
if (SLOTS.primary !== 13)
    throw new Error('wasm/result-walk.ts captures the primary location in slot 13; SLOTS.primary moved');

;// CONCATENATED MODULE: ./lib/sarif/result-scans.ts


/** Numbers a ResultScans keeps per result: spans, counts, thread-flow steps, line break. */
const STORED = 3 * SLOT_COUNT + 2;
const result_scans_EMPTY = Buffer.alloc(0);
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
    buf = result_scans_EMPTY;
    ascii = true;
    walk;
    /** What take() hands out (read before the next take). */
    spans = new Int32Array(2 * SLOT_COUNT);
    counts = new Int32Array(SLOT_COUNT);
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
            scan = checkResult(this.buf, start, this.buf.length, this.ascii, true);
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
            this.store.set(scan.counts, o + 2 * SLOT_COUNT);
            this.store[o + 3 * SLOT_COUNT] = scan.threadFlowLocations;
            this.store[o + 3 * SLOT_COUNT + 1] = scan.lineBreak ? 1 : 0;
        }
        else {
            this.walk.capturedInto(this.store, o, SLOT_COUNT);
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
        this.spans.set(this.store.subarray(o, o + 2 * SLOT_COUNT));
        this.counts.set(this.store.subarray(o + 2 * SLOT_COUNT, o + 3 * SLOT_COUNT));
        return { spans: this.spans, counts: this.counts, threadFlowLocations: this.store[o + 3 * SLOT_COUNT], end: -1, lineBreak: this.store[o + 3 * SLOT_COUNT + 1] === 1 };
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
        this.buf = result_scans_EMPTY;
        this.starts = [];
        this.refs = [];
        this.stored = [];
        this.rows = [];
    }
}

;// CONCATENATED MODULE: ./lib/sarif/ingest.ts












const DEFAULT_MAX_PROBLEMS = 100;
/** V8 says where JSON.parse stopped as "at position N" (a UTF-16 index); absent at end of input. */
function errorPosition(err, text) {
    const m = /at position (\d+)/.exec(errorMessage(err));
    return m ? Number(m[1]) : text.length;
}
/** The JSON.parse message without the position, which the problem gives as line and column. */
function syntaxMessage(err) {
    return errorMessage(err)
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
    const { line, column } = lineAndColumn(buf, byteOffset);
    return { file, path: jsonPath, rule: JSON_SYNTAX_RULE, level: 'error', message: `not valid JSON: ${syntaxMessage(err)}`, line, column };
}
/**
 * Rebases and trims a parsed result and reads its facts into a record (its source is set by the
 * merge). `text` is set when the result changed, so its JSON is written anew.
 */
function recordOf(result, ctx, mayHoldFileUri, seq, mayHoldIndex = true) {
    let changed = false;
    if (mayHoldFileUri || ctx.plan.rewritesRelative)
        changed = rebaseResult(result, ctx.plan, ctx.rebase);
    if (mayHoldIndex && ctx.artifactCount === 0 && dropDanglingArtifactIndexes(result, 0, ctx.rebase))
        changed = true;
    // Counted before any cut, for `assay sarif validate` to report.
    const locationCount = Array.isArray(result.locations) ? result.locations.length : 0;
    const threadFlowLocationCount = countThreadFlowLocations(result);
    if (ctx.options.limits && trimResult(result, ctx.options.limits, ctx.tally))
        changed = true;
    return recordFrom(result, resultFacts(result, ctx.run, ctx.lookup), ctx.run, seq, changed ? JSON.stringify(result) : undefined, locationCount, threadFlowLocationCount);
}
/**
 * The record of a result result-check.ts vouched for, read from its bytes: the properties the
 * facts are made of were captured by the check, the rest only counted. Only for results nothing
 * would change: no file URI or base to rebase, no artifact index to drop, within the per-result
 * limits (the caller sees to that).
 */
function scannedRecord(buf, ascii, scan, ctx, seq) {
    const { result, counts } = scannedResult(buf, scan, ascii);
    return recordFrom(result, resultFacts(result, ctx.run, ctx.lookup, counts), ctx.run, seq, undefined, counts.locations, counts.threadFlowLocations);
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
        keyHash: facts.dedupeKey === undefined ? -1 : hashKey(facts.dedupeKey),
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
            rebaseArtifactLocation(artifact.location, plan, counts);
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
        buf = await fs.readFile(file);
    }
    catch (err) {
        return { ok: false, problems: [unreadable(name, err)] };
    }
    return ingestBuffer(buf, name, options);
}
/** The problem for a file that could not be read. */
function unreadable(name, err) {
    return { file: name, path: '', rule: 'input', level: 'error', message: `could not be read: ${errorMessage(err)}` };
}
/** ingestSarifFile for bytes already read (by a worker thread, from memory shared with the main thread). */
function ingestBuffer(buf, name, options) {
    const problems = new ProblemList(name, options.maxProblems ?? DEFAULT_MAX_PROBLEMS);
    // Results are checked on their bytes while the file is laid out, in the same pass (result-check.ts).
    const ascii = (0,external_node_buffer_namespaceObject.isAscii)(buf);
    let scans;
    if (!options.keepObjects) {
        scans = resultScans;
        scans.reset(buf, ascii);
    }
    try {
        const hooks = scans?.hooks();
        const layout = scanSarifLayout(buf, hooks?.visitResult, hooks?.visitResults);
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
const resultScans = new ResultScans();
const scannedFacts = new ScannedFacts();
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
        problems.add(syntaxProblem(file, buf, fileOffset(skeleton.pieces, byteOffset), jsonPathAt(skeleton.text, charOffset), err));
        return undefined;
    }
    // The skeleton is checked on its bytes first (result-check.ts); only what that check does not
    // vouch for goes to the full validator, which names each problem.
    const vouched = scans?.checkLog(skeleton.bytes) ?? checkLog(skeleton.bytes, 0, skeleton.bytes.length, ascii);
    if (vouched) {
        // valid: nothing to report, nothing to defer
    }
    else if (!options.deferLogCheck)
        for (const v of schema_validate_sarifSchemaViolations(log))
            problems.add(problems_schemaProblem(file, v));
    else if (!Array.isArray(log.runs) || log.runs.some((run) => typeof run !== 'object' || run === null || Array.isArray(run))) {
        // Not even the shape the rest relies on: the caller's check will list why.
        return { file, head: headOf(log), bytes: buf.length, runs: [], rebase: emptyRebaseCounts(), tally: emptyTally(), uncheckedLog: skeleton.text };
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
    const rebase = emptyRebaseCounts();
    const tally = emptyTally();
    const ingestedRuns = [];
    let seq = 0;
    runs.forEach((run, r) => {
        const plan = rebasePlan(run, options.checkoutRoot);
        rebaseRunArtifacts(run, plan, rebase);
        const lookup = result_record_ruleLookup(run);
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
            fileUris ??= spansContaining(buf, spans, FILE_URI_MARK);
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
                rules ??= new RunRules(lookup);
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
                    !scanMarked(scan, SLOTS.otherUri) &&
                    !(artifactCount === 0 && (scanMarked(scan, SLOTS.anyIndex) || scanMarked(scan, SLOTS.artifactIndex))) &&
                    (!limits || (scan.counts[SLOTS.locations] <= limits.locationsPerResult && scan.threadFlowLocations <= limits.threadFlowLocationsPerResult))) {
                    if (problems.count > 0)
                        continue; // valid, and the file is out anyway
                    if (pushFacts) {
                        rules ??= new RunRules(lookup);
                        pushFacts.keyTarget(scannedFacts);
                        if (readScannedFacts(buf, scan, rules, scannedFacts)) {
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
                problems.add(syntaxProblem(file, buf, byteOffset, joinPath(`runs[${r}].results[${k}]`, jsonPathAt(text, charOffset)), err));
                continue;
            }
            const violations = sarifDefinitionViolations('result', result, `/runs/${r}/results/${k}`);
            if (violations.length > 0) {
                for (const v of violations)
                    problems.add(problems_schemaProblem(file, v));
                continue;
            }
            if (problems.count > 0)
                continue; // the file is out; only its problems matter now
            marks();
            const record = recordOf(result, ctx, fileUris[k] === 1, seq++, indexes !== undefined && indexes[k] === 1);
            record.buf = buf;
            record.start = start;
            record.end = end;
            pretty ??= spansWithLineBreaks(buf, spans);
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
        return sarifSchemaViolations(JSON.parse(text)).length === 0;
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
            problems.add(syntaxProblem(file, buf, start + Buffer.byteLength(text.slice(0, charOffset)), joinPath(`runs[${r}].results[${k}]`, jsonPathAt(text, charOffset)), err));
            continue;
        }
        for (const v of sarifDefinitionViolations('result', result, `/runs/${r}/results/${k}`))
            problems.add(problems_schemaProblem(file, v));
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
        problems.add(syntaxProblem(file, buf, start + Buffer.byteLength(text.slice(0, charOffset)), jsonPathAt(text, charOffset), err));
        return undefined;
    }
    for (const v of schema_validate_sarifSchemaViolations(log))
        problems.add(problems_schemaProblem(file, v));
    if (problems.count > 0)
        return undefined;
    return ingestParsed(file, log, buf.length, options);
}
/** Records for a parsed, valid log that is ours to change. */
function ingestParsed(file, log, bytes, options) {
    const rebase = emptyRebaseCounts();
    const tally = emptyTally();
    let seq = 0;
    const runs = log.runs.map((run) => {
        const plan = rebasePlan(run, options.checkoutRoot);
        rebaseRunArtifacts(run, plan, rebase);
        const lookup = result_record_ruleLookup(run);
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
    for (const v of sarifSchemaViolations(log))
        problems.add(schemaProblem(name, v));
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
            const bytes = record.text !== undefined ? Buffer.from(record.text) : record.buf ? compactJson(record.buf, record.start, record.end) : Buffer.from(JSON.stringify(record.object));
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

;// CONCATENATED MODULE: ./lib/sarif/ingest-transfer.ts


/**
 * An ingested file as a worker thread sends it to the main thread. Records become columns
 * (numbers in one Float64Array, repeated strings as indexes into a table, dedupe keys as UTF-8 in
 * one buffer), whose buffers move to the main thread without a copy; the file's bytes are not
 * sent at all: the worker read them into shared memory, which the main thread sees too.
 */
const ingest_transfer_LEVELS = ['error', 'warning', 'note', 'none'];
const ingest_transfer_SEVERITIES = ['critical', 'high', 'medium', 'low', 'note'];
/** Positions in LEVELS and SEVERITIES, looked up per record (indexOf compared strings). */
const LEVEL_INDEX = Object.fromEntries(ingest_transfer_LEVELS.map((l, i) => [l, i]));
const SEVERITY_INDEX = Object.fromEntries(ingest_transfer_SEVERITIES.map((s, i) => [s, i]));
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
        const at = this.byHash.get(h & SMALL_HASH);
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
        this.byHash.set(h & SMALL_HASH, this.index[this.length - 1]);
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
        return ingest_transfer_LEVELS[(this.columns.numbers[this.i * WIDTH + 8] >> 3) & 7];
    }
    get score() {
        const score = this.columns.numbers[this.i * WIDTH + 2];
        return Number.isNaN(score) ? undefined : score;
    }
    get severity() {
        return ingest_transfer_SEVERITIES[(this.columns.numbers[this.i * WIDTH + 8] >> 6) & 7];
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
        return ingest_transfer_SEVERITIES[(this.columns.numbers[i * WIDTH + 8] >> 6) & 7];
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
                lookup: ruleLookup(run),
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

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
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
        fd = external_node_fs_namespaceObject.openSync(file, 'r');
    }
    catch (err) {
        return Promise.reject(err);
    }
    try {
        buf = Buffer.allocUnsafeSlow(external_node_fs_namespaceObject.fstatSync(fd).size);
    }
    catch (err) {
        external_node_fs_namespaceObject.closeSync(fd);
        return Promise.reject(err);
    }
    return new Promise((resolve, reject) => {
        external_node_fs_namespaceObject.read(fd, buf, 0, Math.min(buf.length, MAX_READ), 0, (err, n) => {
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
                external_node_fs_namespaceObject.closeSync(fd);
            }
        });
    });
}
/** Reads into buf from `from` until it is full or the file ends; the bytes read in all. */
function readRest(fd, buf, from) {
    let read = from;
    while (read < buf.length) {
        const n = external_node_fs_namespaceObject.readSync(fd, buf, read, Math.min(buf.length - read, MAX_READ), read);
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

;// CONCATENATED MODULE: ./lib/sarif/ingest-worker.ts





/** Ingests one file of the job (its bytes, or why they could not be read) and answers with its outcome. */
function ingestOne(id, buf, name, options) {
    if (buf instanceof Error) {
        const message = { kind: 'done', id, outcome: { ok: false, problems: [unreadable(name, buf)] } };
        external_node_worker_threads_namespaceObject.parentPort.postMessage(message);
        return;
    }
    // The bytes go to the main thread with the outcome (the merge writes results out of them).
    const bytes = buf.buffer;
    try {
        const { packed, transfer } = packOutcome(ingestBuffer(buf, name, { ...options, recordSink: () => new ColumnSink() }));
        const message = { kind: 'done', id, bytes, length: buf.length, outcome: packed };
        external_node_worker_threads_namespaceObject.parentPort.postMessage(message, [bytes, ...transfer]);
    }
    catch (err) {
        const message = { kind: 'done', id, bytes, length: buf.length, error: err instanceof Error ? `${err.message}\n${err.stack ?? ''}` : String(err) };
        external_node_worker_threads_namespaceObject.parentPort.postMessage(message, [bytes]);
    }
}
external_node_worker_threads_namespaceObject.parentPort?.on('message', async (job) => {
    const queue = new FileQueue(job.next, job.order, job.files.map((f) => f.path), job.threads);
    // While its first file is read: the walk's memory for it (ResultWalk.prepare).
    const prepare = job.options.keepObjects ? undefined : (index) => prepareWalk(job.files[index].size);
    for await (const { index, bytes } of queue.files(prepare))
        ingestOne(index, bytes, job.files[index].name, job.options);
    external_node_worker_threads_namespaceObject.parentPort.postMessage({ kind: 'finished' });
});

