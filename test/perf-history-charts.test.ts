import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { displayUnit, niceTicks } from '../actions/perf-bench/charts/axis-scale';
import { escapeXml } from '../actions/perf-bench/charts/svg-text';
import { renderTrendChart } from '../actions/perf-bench/charts/trend-chart';
import { attachTrendCharts, chartFileName, trendSeries, writeTrendCharts } from '../actions/perf-bench/charts/write-trend-charts';
import { appendEntry, emptyHistory, entryFromResults, type HistoryDocument } from '../actions/perf-bench/history/history-document';
import type { BenchmarkResult } from '../actions/perf-bench/model';

const NASTY = 'parse <script>alert("x")</script> & co\u0001';
let scratch: string;
before(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'assay-perf-charts-'));
});
after(async () => {
  await rm(scratch, { recursive: true, force: true });
});

function bench(name: string, wall: number[], size?: number): BenchmarkResult {
  return {
    name,
    kind: 'command',
    status: 'ok',
    runs: [{ ...(size === undefined ? {} : { size }), samples: wall.map((wallMs) => ({ wallMs, userMs: 0, systemMs: 0, cpuPercent: 0, peakRssBytes: 5e7, exitCode: 0 })) }],
  };
}

function history(entries: number, name = NASTY): HistoryDocument {
  let h = emptyHistory();
  for (let i = 0; i < entries; i++) {
    const base = 1000 + 40 * Math.sin(i) + (i > entries / 2 ? 150 : 0);
    const samples = Array.from({ length: 10 }, (_, k) => base * (1 + (k - 4.5) / 100));
    h = appendEntry(
      h,
      entryFromResults([bench(name, samples, 4000), bench('other', [5, 6, 7])], {
        commit: `${(0xabc0000 + i).toString(16)}${'f'.repeat(33)}`,
        ref: 'main',
        date: new Date(Date.UTC(2025, 4, 1 + i)),
        id: `r${i}`,
      }),
      100,
    );
  }
  return h;
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', textNodeName: '#text' });

/** All elements with the given name anywhere in the parsed tree. */
function findAll(node: unknown, name: string, found: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (Array.isArray(node)) for (const n of node) findAll(n, name, found);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === name) for (const v of Array.isArray(value) ? value : [value]) found.push(v as Record<string, unknown>);
      findAll(value, name, found);
    }
  }
  return found;
}

describe('SVG trend chart', () => {
  const h = history(9);
  const svg = renderTrendChart(trendSeries(h, NASTY)!);

  test('is well-formed XML with an svg root in the SVG namespace, no scripts, no external references', () => {
    assert.equal(XMLValidator.validate(svg), true);
    const doc = parser.parse(svg);
    assert.equal(doc.svg['@_xmlns'], 'http://www.w3.org/2000/svg');
    assert.equal(findAll(doc, 'script').length, 0);
    assert.doesNotMatch(svg, /<script|href=|url\(|@import|@font-face/i);
  });

  test('the benchmark name is escaped: text, not markup', () => {
    assert.ok(!svg.includes('<script>'));
    assert.ok(svg.includes('parse &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co'));
    assert.ok(!svg.includes('\u0001'), 'characters XML forbids are dropped');
    const doc = parser.parse(svg);
    const title = findAll(doc, 'text').find((t) => t['@_class'] === 'title');
    assert.ok(title);
    // The parser leaves entities as written; decoded they are the name (control character dropped).
    const decoded = String(title['#text']).replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
    assert.equal(decoded, 'parse <script>alert("x")</script> & co · n = 4000');
  });

  test('one point per history entry, the latest marked, axes with ticks and titles', () => {
    const doc = parser.parse(svg);
    const points = findAll(doc, 'circle').filter((c) => c['@_class'] === 'point');
    assert.equal(points.length, 9);
    const marker = findAll(doc, 'circle').filter((c) => c['@_class'] === 'latest-marker');
    assert.equal(marker.length, 1);
    assert.equal(marker[0]!['@_cx'], points[8]!['@_cx']);
    assert.equal(marker[0]!['@_cy'], points[8]!['@_cy']);
    const texts = findAll(doc, 'text').map((t) => String(t['#text'] ?? ''));
    assert.ok(texts.some((t) => /^latest: 1\.\d+ s$/.test(t)), texts.join(' | '));
    assert.ok(texts.includes('median wall time (s)'));
    assert.ok(texts.some((t) => t.startsWith('recorded run')));
    assert.ok(texts.includes('abc0008'), 'the newest commit is labelled');
    assert.ok(texts.includes('2025-05-09'));
    assert.equal(findAll(doc, 'path').filter((p) => p['@_class'] === 'band').length, 1);
    assert.equal(findAll(doc, 'polyline').length, 1);
    const yTicks = findAll(doc, 'g').find((g) => g['@_class'] === 'axis y-axis');
    assert.ok(yTicks && findAll(yTicks, 'text').length >= 4);
    // Points go left to right, oldest first.
    const xs = points.map((p) => Number(p['@_cx']));
    assert.deepEqual([...xs].sort((a, b) => a - b), xs);
  });

  test('deterministic: the same history gives the same bytes', () => {
    assert.equal(renderTrendChart(trendSeries(history(9), NASTY)!), svg);
  });

  test('a single entry and no entries still give a valid chart', () => {
    const one = renderTrendChart(trendSeries(history(1), NASTY)!);
    assert.equal(XMLValidator.validate(one), true);
    assert.equal(findAll(parser.parse(one), 'circle').filter((c) => c['@_class'] === 'point').length, 1);
    const none = renderTrendChart({ benchmark: 'x', metric: 'median wall time', unit: 'ms', band: 'range', points: [] });
    assert.equal(XMLValidator.validate(none), true);
    assert.match(none, /no data yet/);
  });

  test('the band is the 95% CI of the median (range below 6 samples)', () => {
    const series = trendSeries(history(3), NASTY)!;
    assert.equal(series.band, '95% confidence interval of the median');
    assert.ok(series.points.every((p) => p.low <= p.value && p.value <= p.high && p.low < p.high));
    assert.equal(trendSeries(history(3), 'other')!.band, 'range of the samples');
  });
});

describe('writing charts into the output folder', () => {
  test('one file per benchmark under charts/, paths relative to the output folder', async () => {
    const out = path.join(scratch, 'out');
    const written = await writeTrendCharts(history(4), { outputDir: out });
    assert.deepEqual([...written.keys()].sort(), [NASTY, 'other'].sort());
    for (const relative of written.values()) {
      assert.match(relative, /^charts\/[a-z0-9._-]+\.svg$/);
      assert.equal(XMLValidator.validate(await readFile(path.join(out, relative), 'utf8')), true);
    }
    const attached = attachTrendCharts([bench('other', [1]), bench('new one', [1])], written);
    assert.equal(attached[0]!.trendChart, written.get('other'));
    assert.equal(attached[1]!.trendChart, undefined);
  });

  test('file names are safe and distinct for names that slug alike', () => {
    assert.notEqual(chartFileName('a/b'), chartFileName('a b'));
    assert.match(chartFileName('../../etc/passwd'), /^etc-passwd-[0-9a-f]{8}\.svg$/);
    assert.match(chartFileName('<>'), /^benchmark-[0-9a-f]{8}\.svg$/);
  });
});

describe('axis helpers', () => {
  test('nice ticks in steps of 1, 2 or 5', () => {
    assert.deepEqual(niceTicks(0.93, 1.47).values, [0.9, 1, 1.1, 1.2, 1.3, 1.4, 1.5]);
    assert.deepEqual(niceTicks(0.3, 9.7).values, [0, 2, 4, 6, 8, 10]);
    assert.deepEqual(niceTicks(0, 100).values, [0, 20, 40, 60, 80, 100]);
    const flat = niceTicks(5, 5);
    assert.ok(flat.min < 5 && flat.max > 5);
  });

  test('display units keep labels short', () => {
    assert.deepEqual(displayUnit('ms', 1500), { unit: 's', factor: 1 / 1000 });
    assert.deepEqual(displayUnit('ms', 0.2), { unit: 'µs', factor: 1000 });
    assert.equal(displayUnit('bytes', 5e7).unit, 'MiB');
    assert.equal(escapeXml(`a'b"c`), 'a&apos;b&quot;c');
  });
});
