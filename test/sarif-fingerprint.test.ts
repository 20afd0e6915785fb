import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { addFingerprints, lineHashes, resolveArtifactFile } from '../lib/sarif/fingerprint';
import type { SarifLog, SarifResult } from '../lib/sarif/types';

const SHARED_SARIF = path.resolve(import.meta.dirname, '../../shared/fixtures/sarif-real');
const sharedMissing = fs.existsSync(SHARED_SARIF) ? false : `../shared/fixtures/sarif-real is not here (${SHARED_SARIF}); the real-SARIF checks did not run`;

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'assay-fingerprint-'));
}

function write(root: string, file: string, text: string): string {
  const full = path.join(root, file);
  fs.mkdirSync(path.dirname(full), { recursive: true });
  fs.writeFileSync(full, text);
  return full;
}

function result(uri: string | undefined, startLine?: number, extra: Partial<SarifResult> = {}): SarifResult {
  return {
    ruleId: 'r',
    message: { text: 'm' },
    locations: [{ physicalLocation: { artifactLocation: uri === undefined ? {} : { uri }, ...(startLine === undefined ? {} : { region: { startLine } }) } }],
    ...extra,
  };
}

function logOf(...results: SarifResult[]): SarifLog {
  return { version: '2.1.0', runs: [{ tool: { driver: { name: 't' } }, results }] };
}

const lineHash = (r: SarifResult | undefined) => r?.partialFingerprints?.primaryLocationLineHash;

// Inputs and expected values of github/codeql-action src/fingerprints.test.ts ("hash"), commit
// f3f1edbedfb4a1d188d344570834df2996d45d39: the values GitHub's uploader computes.
const CODEQL_ACTION_VECTORS: Array<[string, string[]]> = [
  ['', ['c129715d7a2bc9a3:1']],
  [' a\nb\n  \t\tc\n d', ['271789c17abda88f:1', '54703d4cd895b18:1', '180aee12dab6264:1', 'a23a3dc5e078b07b:1']],
  [
    ' hello; \t\nworld!!!\n\n\n  \t\tGreetings\n End',
    ['8b7cf3e952e7aeb2:1', 'b1ae1287ec4718d9:1', 'bff680108adb0fcc:1', 'c6805c5e1288b612:1', 'b86d3392aea1be30:1', 'e6ceba753e1a442:1'],
  ],
  ...[
    ' hello; \t\nworld!!!\n\n\n  \t\tGreetings\n End\n',
    ' hello; \t\nworld!!!\r\r\r  \t\tGreetings\r End\r',
    ' hello; \t\r\nworld!!!\r\n\r\n\r\n  \t\tGreetings\r\n End\r\n',
    ' hello; \t\nworld!!!\r\n\n\r  \t\tGreetings\r End\r\n',
  ].map((input): [string, string[]] => [
    input,
    ['e9496ae3ebfced30:1', 'fb7c023a8b9ccb3f:1', 'ce8ba1a563dcdaca:1', 'e20e36e16fcb0cc8:1', 'b3edc88f2938467e:1', 'c8e28b0b4002a3a0:1', 'c129715d7a2bc9a3:1'],
  ]),
  [
    'Lorem ipsum dolor sit amet.\n'.repeat(10),
    [
      ...[1, 2, 3, 4, 5, 6].map((n) => `a7f2ff13bc495cf2:${n}`),
      'a7f2ff1481e87703:1',
      'a9cf91f7bbf1862b:1',
      '55ec222b86bcae53:1',
      'cc97dc7b1d7d8f7b:1',
      'c129715d7a2bc9a3:1',
    ],
  ],
  [
    'x = 2\nx = 1\nprint(x)\nx = 3\nprint(x)\nx = 4\nprint(x)\n',
    ['e54938cc54b302f1:1', 'bb609acbe9138d60:1', '1131fd5871777f34:1', '5c482a0f8b35ea28:1', '54517377da7028d2:1', '2c644846cb18d53e:1', 'f1b89f20de0d133:1', 'c129715d7a2bc9a3:1'],
  ],
];

/**
 * The hash straight from its definition (no rolling window, BigInt arithmetic), to check the fast
 * implementation on inputs codeql-action's vectors do not cover.
 */
function definitionHashes(text: string): string[] {
  const kept: number[] = [];
  const starts: number[] = [];
  let atStart = true;
  let afterCR = false;
  const units = Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));
  for (const c of [...units, 0xffff]) {
    if (c === 0x20 || c === 0x09 || (afterCR && c === 0x0a)) {
      afterCR = false;
      continue;
    }
    afterCR = c === 0x0d;
    if (atStart) starts.push(kept.length);
    atStart = c === 0x0d || c === 0x0a;
    kept.push(c === 0x0d ? 0x0a : c);
  }
  const counts = new Map<string, number>();
  return starts.map((s) => {
    let h = 0n;
    for (let j = 0; j < 100; j++) h = (h * 37n + BigInt(kept[s + j] ?? 0)) & 0xffffffffffffffffn;
    const hex = h.toString(16);
    counts.set(hex, (counts.get(hex) ?? 0) + 1);
    return `${hex}:${counts.get(hex)}`;
  });
}

describe('line hash (primaryLocationLineHash)', () => {
  test("gives codeql-action's own expected values, one per line", () => {
    for (const [input, expected] of CODEQL_ACTION_VECTORS) {
      assert.deepEqual(lineHashes(input), expected, JSON.stringify(input));
      // codeql-action's test also checks the count: one hash per line plus the end-of-file line.
      assert.equal(lineHashes(input).length, input.split(/\r\n|\r|\n/).length);
    }
  });

  test('a file hashes the same with LF, CRLF and CR line endings, and with other indentation', () => {
    const lines = ['function f(a) {', '\tif (a) {', '\t\treturn a + 1;', '\t}', '\treturn 0;', '}', ''];
    const lf = lineHashes(lines.join('\n'));
    assert.deepEqual(lineHashes(lines.join('\r\n')), lf);
    assert.deepEqual(lineHashes(lines.join('\r')), lf);
    assert.deepEqual(lineHashes(lines.map((l) => l.replace(/\t/g, '    ')).join('\n')), lf);
    // …but not when the text itself changes.
    assert.notDeepEqual(lineHashes(lines.join('\n').replace('a + 1', 'a + 2')).slice(0, 3), lf.slice(0, 3));
  });

  test('identical windows get counters :1, :2, … in line order', () => {
    const hashes = lineHashes('x();\n'.repeat(30));
    // Each line's window is its own text and the 100 characters after it; the first lines see
    // only "x();" repeated, so they collide and are told apart by the counter.
    const first = hashes[0]!.split(':')[0];
    const same = hashes.filter((h) => h.startsWith(`${first}:`));
    assert.ok(same.length > 1);
    assert.deepEqual(same, same.map((_, i) => `${first}:${i + 1}`));
  });

  test('agrees with the definition on generated text (unicode, lone CRs, long lines, NULs)', () => {
    const pieces = ['a', 'Z', ' ', '\t', '\n', '\r', '\r\n', '\r \n', 'é', '😀', '\u0000', '\uffff', 'x'.repeat(120), '{}'];
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 300; i++) {
      let text = '';
      const length = Math.floor(random() * (i % 20 === 0 ? 3000 : 120));
      for (let k = 0; k < length; k++) text += pieces[Math.floor(random() * pieces.length)];
      assert.deepEqual(lineHashes(text), definitionHashes(text), JSON.stringify(text).slice(0, 200));
    }
  });
});

describe('addFingerprints', () => {
  test("reproduces codeql-action's end-to-end expectation (fingerprinting.input → .expected)", async () => {
    // The two source files and the log of codeql-action's src/testdata/fingerprinting.input.sarif;
    // the second result points at its file only through `artifacts[1]`.
    const root = tempDir();
    write(root, 'testFile1.js', 'var a = 0;\nvar b = 0;\nvar c = 0;\nvar d = 0;\n');
    write(root, 'testFile2.js', 'var foo = 0;\nvar bar = 0;\nvar baz = 0;\nvar qux = 0;\n');
    const log: SarifLog = {
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: 'CodeQL command-line toolchain', semanticVersion: '2.0.0', rules: [] } },
          artifacts: [
            { location: { uri: 'testFile1.js', uriBaseId: '%SRCROOT%', index: 0 } },
            { location: { uri: 'testFile2.js', uriBaseId: '%SRCROOT%', index: 1 } },
          ],
          results: [
            result(undefined, undefined, {
              ruleId: 'js/unused-local-variable',
              locations: [
                { physicalLocation: { artifactLocation: { uri: 'testFile1.js', uriBaseId: '%SRCROOT%', index: 0 }, region: { startLine: 1, startColumn: 1, endColumn: 10 } } },
              ],
            }),
            result(undefined, undefined, {
              ruleId: 'js/unused-local-variable',
              locations: [{ physicalLocation: { artifactLocation: { index: 1 }, region: { startLine: 2 } } }],
            }),
          ],
        },
      ],
    };
    const summary = await addFingerprints(log, root);
    assert.deepEqual(
      log.runs[0]!.results!.map((r) => r.partialFingerprints),
      [{ primaryLocationLineHash: '5e4d5a9cf1294ad9:1' }, { primaryLocationLineHash: 'f7592a95a9381ac0:1' }],
    );
    assert.deepEqual(summary, { added: 2, kept: 0, mismatched: [], skipped: [] });
  });

  test('real CodeQL log without regions (fingerprinting2.input.sarif) is left as it is', { skip: sharedMissing }, async () => {
    const text = fs.readFileSync(path.join(SHARED_SARIF, 'codeql-action.fingerprinting2.input.sarif'), 'utf8');
    const log = JSON.parse(text) as SarifLog;
    const before = structuredClone(log);
    const reads: string[] = [];
    // The header it points at (codeql-action's src/testdata/no_header_guard.h), served from memory.
    const summary = await addFingerprints(log, '/checkout', (file) => {
      reads.push(file);
      return '/*\n * Blah blah\n */\n\n#define BLAH 1234\n';
    });
    // codeql-action's expected output equals its input: no startLine, no fingerprint, and the
    // empty partialFingerprints object stays empty.
    assert.deepEqual(log, before);
    assert.deepEqual(log.runs[0]!.results![0]!.partialFingerprints, {});
    assert.deepEqual(reads, []);
    assert.deepEqual(summary.skipped, [{ run: 0, result: 0, reason: 'no start line' }]);
  });

  test('keeps existing values, says when they disagree, and treats an empty value as absent', async () => {
    const root = tempDir();
    write(root, 'a.py', 'import os\nprint(1)\n');
    const [line1, line2] = lineHashes('import os\nprint(1)\n');
    const log = logOf(
      result('a.py', 1, { partialFingerprints: { primaryLocationLineHash: 'from-another-commit:1', other: 'x' } }),
      result('a.py', 1, { partialFingerprints: { primaryLocationLineHash: line1! } }),
      result('a.py', 2, { partialFingerprints: { primaryLocationLineHash: '' } }),
    );
    const summary = await addFingerprints(log, root);
    const results = log.runs[0]!.results!;
    assert.deepEqual(results[0]!.partialFingerprints, { primaryLocationLineHash: 'from-another-commit:1', other: 'x' });
    assert.equal(lineHash(results[1]), line1);
    assert.equal(lineHash(results[2]), line2);
    assert.equal(summary.added, 1);
    assert.equal(summary.kept, 2);
    assert.deepEqual(summary.mismatched, [{ uri: 'a.py', line: 1, existing: 'from-another-commit:1', computed: line1 }]);
  });

  test('skips files outside the checkout, missing files, other schemes, lines past the end and results without a line', async () => {
    const root = tempDir();
    const outside = tempDir();
    write(root, 'src/my dir/a#b.js', 'let x = 1;\n');
    write(outside, 'secret.js', 'let y = 2;\n');
    const reads: string[] = [];
    const reader = (file: string) => {
      reads.push(file);
      return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
    };
    const log = logOf(
      result('src/my%20dir/a%23b.js', 1), // percent-encoded, inside: fingerprinted
      result(`file://${root}/src/my%20dir/a%23b.js`, 1), // absolute file URI inside: fingerprinted
      result(path.join(outside, 'secret.js'), 1),
      result(`file://${outside}/secret.js`, 1),
      result(`../${path.basename(outside)}/secret.js`, 1),
      result('https://example.com/a.js', 1),
      result('src/gone.js', 1),
      result('src/my%20dir/a%23b.js', 40),
      result('src/my%20dir/a%23b.js'),
      { ruleId: 'r', message: { text: 'no location' } },
      result('%E0%A4%A', 1),
    );
    const summary = await addFingerprints(log, root, reader);
    const results = log.runs[0]!.results!;
    const expected = lineHashes('let x = 1;\n')[0];
    assert.equal(lineHash(results[0]), expected);
    assert.equal(lineHash(results[1]), expected);
    for (const r of results.slice(2)) assert.equal(lineHash(r), undefined);
    assert.deepEqual(
      summary.skipped.map((s) => [s.result, s.reason]).sort((a, b) => Number(a[0]) - Number(b[0])),
      [
        [2, 'outside checkout'],
        [3, 'outside checkout'],
        [4, 'outside checkout'],
        [5, 'not a file uri'],
        [6, 'file missing'],
        [7, 'line not in file'],
        [8, 'no start line'],
        [9, 'no file location'],
        [10, 'bad uri'],
      ],
    );
    // Nothing outside the checkout was even opened, and the one real file was read once.
    assert.deepEqual(reads.sort(), [path.join(root, 'src/gone.js'), path.join(root, 'src/my dir/a#b.js')]);
  });

  test('reads each file once for all results in all runs', async () => {
    const root = tempDir();
    write(root, 'lib/x.ts', 'const a = 1;\nconst b = 2;\nconst c = 3;\n');
    let reads = 0;
    const reader = (file: string) => {
      reads++;
      return fs.readFileSync(file, 'utf8');
    };
    const log = logOf(result('lib/x.ts', 1), result('lib/x.ts', 3));
    log.runs.push({ tool: { driver: { name: 'u' } }, results: [result('lib/x.ts', 2), result('./lib/x.ts', 3)] });
    const summary = await addFingerprints(log, root, reader);
    assert.equal(reads, 1);
    assert.equal(summary.added, 4);
    const hashes = lineHashes('const a = 1;\nconst b = 2;\nconst c = 3;\n');
    assert.deepEqual(
      log.runs.flatMap((r) => r.results!.map(lineHash)),
      [hashes[0], hashes[2], hashes[1], hashes[2]],
    );
  });

  test('artifact indexes that point nowhere are refused', () => {
    const artifacts = [{ location: { uri: 'a.js' } }];
    assert.deepEqual(resolveArtifactFile({ index: 0 }, artifacts, '/r'), { file: '/r/a.js' });
    assert.deepEqual(resolveArtifactFile({ index: 1 }, artifacts, '/r'), { reason: 'bad artifact index' });
    assert.deepEqual(resolveArtifactFile({ index: '0' as unknown as number }, artifacts, '/r'), { reason: 'bad artifact index' });
    assert.deepEqual(resolveArtifactFile({}, artifacts, '/r'), { reason: 'bad uri' });
    // A relative file:// reference is relative to the checkout, as codeql-action reads it.
    assert.deepEqual(resolveArtifactFile({ uri: 'file://src/a.js' }, [], '/r/'), { file: '/r/src/a.js' });
  });
});
