/**
 * Version semantics and severity of the dependency check (issue #4): SemVer and PEP 440 order,
 * OSV range evaluation (introduced/fixed/last_affected/limit, unsorted events, `versions`), the
 * fixed version recommended, and CVSS scores.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compare as pep440Compare } from '@renovatebot/pep440';
import * as semver from 'semver';
import { affectedBy, compileAffected, remedyFor } from '../actions/security-scan/deps/match/affected-ranges';
import { AdvisoryIndex } from '../actions/security-scan/deps/match/advisory-index';
import type { Ecosystem, ResolvedPackage } from '../actions/security-scan/deps/model';
import type { OsvAffected, OsvEvent, OsvRecord } from '../actions/security-scan/deps/osv/osv-record';
import { packageKey, pep503Name } from '../actions/security-scan/deps/package-names';
import { advisorySeverity } from '../actions/security-scan/deps/severity/advisory-severity';
import { cvss2BaseScore } from '../actions/security-scan/deps/severity/cvss2';
import { cvss3BaseScore, roundUp } from '../actions/security-scan/deps/severity/cvss3';
import { comparePep440, parsePep440 } from '../actions/security-scan/deps/versions/pep440-order';
import { compareSemver, parseSemver } from '../actions/security-scan/deps/versions/semver-order';

function entry(ecosystem: Ecosystem, events: OsvEvent[] | OsvEvent[][], extra: Partial<OsvAffected> = {}, type = 'ECOSYSTEM'): OsvAffected {
  const ranges = (Array.isArray(events[0]) ? (events as OsvEvent[][]) : [events as OsvEvent[]]).map((e) => ({ type, events: e }));
  return { package: { ecosystem, name: 'pkg' }, ranges, ...extra };
}

function affected(e: OsvAffected, ecosystem: Ecosystem, version: string): boolean {
  return affectedBy(compileAffected(e, ecosystem), version) !== undefined;
}

function check(e: OsvAffected, ecosystem: Ecosystem, table: Record<string, boolean>): void {
  for (const [version, want] of Object.entries(table)) assert.equal(affected(e, ecosystem, version), want, `${ecosystem} ${version} should ${want ? '' : 'not '}be affected`);
}

describe('version order', () => {
  test('SemVer 2.0 precedence, prereleases included, agrees with the semver package', () => {
    // semver.org, section 11, plus build metadata, leading-zero-free numerics and long identifiers.
    const ordered = ['0.0.0-0', '0.1.0', '1.0.0-alpha', '1.0.0-alpha.1', '1.0.0-alpha.beta', '1.0.0-beta', '1.0.0-beta.2', '1.0.0-beta.11', '1.0.0-rc.1', '1.0.0', '1.0.1-0', '1.2.0', '1.10.0', '5.0.0-alpha.1', '5.0.0-beta.1', '5.0.0-beta.3', '5.0.0'];
    for (let i = 0; i < ordered.length; i++) {
      for (let j = 0; j < ordered.length; j++) {
        const a = ordered[i]!;
        const b = ordered[j]!;
        assert.equal(Math.sign(compareSemver(parseSemver(a)!, parseSemver(b)!)), Math.sign(i - j), `${a} vs ${b}`);
        assert.equal(Math.sign(compareSemver(parseSemver(a)!, parseSemver(b)!)), semver.compare(a, b), `semver package: ${a} vs ${b}`);
      }
    }
    assert.equal(compareSemver(parseSemver('0.10.0+wasi-snapshot-preview1')!, parseSemver('0.10.0')!), 0);
    assert.equal(parseSemver('not-a-version'), undefined);
  });

  test('PEP 440 order as packaging.version.Version sorts (recorded from packaging 26.2), agreeing with @renovatebot/pep440', () => {
    const ordered = ['0', '0.0.1', '1.0.dev0', '1.0a0.dev0', '1.0a0', '1.0a1', '1.0a12.dev5', '1.0b1.dev456', '1.0b2', '1.0b2.post345.dev456', '1.0b2.post345', '1.0rc1.dev456', '1.0rc1', '1.0', '1.0+abc.5', '1.0+abc.7', '1.0+5', '1.0.post456.dev34', '1.0.post456', '1.0.15', '1.1.dev1', '2.0.0', '2.0.0.0.1', '5.1.2', '5.2b1', '5.2', '1!0.5', '1!1.0'];
    for (let i = 0; i < ordered.length; i++) {
      for (let j = 0; j < ordered.length; j++) {
        const a = ordered[i]!;
        const b = ordered[j]!;
        assert.equal(Math.sign(comparePep440(parsePep440(a)!, parsePep440(b)!)), Math.sign(i - j), `${a} vs ${b}`);
        assert.equal(Math.sign(pep440Compare(a, b)), Math.sign(i - j), `@renovatebot/pep440: ${a} vs ${b}`);
      }
    }
    // Equal versions in different spellings, and the normal forms packaging prints.
    assert.equal(comparePep440(parsePep440('1.0')!, parsePep440('1.0.0')!), 0);
    const canonical: Record<string, string> = { '1.0-1': '1.0.post1', '1.0.a1': '1.0a1', '1.0alpha1': '1.0a1', '1.0-rc.1': '1.0rc1', 'v1.0': '1.0', '1.0c1': '1.0rc1', '1.0-dev': '1.0.dev0', '1.0.preview2': '1.0rc2', '1.0r3': '1.0.post3', '1!2.0_post7': '1!2.0.post7', '1.0+ubuntu-1': '1.0+ubuntu.1' };
    for (const [input, normal] of Object.entries(canonical)) assert.equal(parsePep440(input)?.text, normal, input);
    assert.equal(parsePep440('1.0-beta-garbage'), undefined);
  });

  test('package names: PEP 503 for PyPI, case-insensitive npm, - and _ alike on crates.io', () => {
    assert.equal(pep503Name('Zope.Interface'), 'zope-interface');
    assert.equal(pep503Name('backports__zoneinfo'), 'backports-zoneinfo');
    assert.equal(packageKey('PyPI', 'PyYAML'), packageKey('PyPI', 'pyyaml'));
    assert.equal(packageKey('npm', 'Axios'), packageKey('npm', 'axios'));
    assert.notEqual(packageKey('npm', 'lodash-es'), packageKey('npm', 'lodash_es'));
    assert.equal(packageKey('crates.io', 'ansi-term'), packageKey('crates.io', 'ansi_term'));
    assert.notEqual(packageKey('npm', 'zlib'), packageKey('PyPI', 'zlib'));
  });
});

describe('OSV range evaluation', () => {
  test('introduced "0" and fixed: fixed is exclusive', () => {
    check(entry('npm', [{ introduced: '0' }, { fixed: '4.17.21' }]), 'npm', { '0.0.1': true, '4.17.20': true, '4.17.21': false, '4.17.21-rc.1': true, '5.0.0': false });
  });

  test('last_affected is inclusive', () => {
    check(entry('npm', [{ introduced: '0' }, { last_affected: '4.5.1' }]), 'npm', { '4.5.0': true, '4.5.1': true, '4.5.2-0': false, '4.5.2': false });
  });

  test('limit bounds the range (v < some limit); "*" is no limit', () => {
    check(entry('npm', [{ introduced: '1.0.0' }, { limit: '2.0.0' }]), 'npm', { '0.9.0': false, '1.0.0': true, '1.9.9': true, '2.0.0': false, '3.0.0': false });
    check(entry('npm', [{ introduced: '1.0.0' }, { limit: '*' }]), 'npm', { '1.0.0': true, '9.0.0': true });
    check(entry('crates.io', [{ introduced: '0' }, { fixed: '3.0.0' }, { limit: '1.5.0' }, { limit: '2.5.0' }]), 'crates.io', { '1.4.0': true, '2.0.0': true, '2.5.0': false });
  });

  test('events out of version order are sorted first (PYSEC-2024-102 lists 5.1, 5.0, then 4.2)', () => {
    const django = entry('PyPI', [{ introduced: '5.1' }, { fixed: '5.1.1' }, { introduced: '5.0' }, { fixed: '5.0.9' }, { introduced: '4.2' }, { fixed: '4.2.16' }]);
    check(django, 'PyPI', { '4.1.9': false, '4.2': true, '4.2.10': true, '4.2.16': false, '4.3': false, '5.0.8': true, '5.0.9': false, '5.1.0': true, '5.1.1': false });
    assert.deepEqual(remedyFor([compileAffected(django, 'PyPI')], '4.2.10'), { fixed: '4.2.16', lastAffected: null });
    assert.deepEqual(remedyFor([compileAffected(django, 'PyPI')], '5.0.1'), { fixed: '5.0.9', lastAffected: null });
  });

  test('introduced and fixed at the same version is an empty interval (RUSTSEC-2024-0399)', () => {
    check(entry('crates.io', [{ introduced: '0.23.0' }, { fixed: '0.23.0' }, { introduced: '0.23.13' }, { fixed: '0.23.18' }], {}, 'SEMVER'), 'crates.io', { '0.23.0': false, '0.23.5': false, '0.23.13': true, '0.23.14': true, '0.23.18': false });
  });

  test('SemVer prereleases: express 5.0.0-beta.1 is inside [5.0.0-alpha.1, 5.0.0-beta.3), not below 4.19.2', () => {
    const express = entry('npm', [[{ introduced: '0' }, { fixed: '4.19.2' }], [{ introduced: '5.0.0-alpha.1' }, { fixed: '5.0.0-beta.3' }]]);
    check(express, 'npm', { '4.19.1': true, '4.19.2': false, '5.0.0-alpha.0': false, '5.0.0-alpha.1': true, '5.0.0-beta.1': true, '5.0.0-beta.3': false, '5.0.0': false });
    assert.equal(remedyFor([compileAffected(express, 'npm')], '5.0.0-beta.1').fixed, '5.0.0-beta.3');
    // RustSec's "0.2.1-0" bound: the prerelease floor of 0.2.1 (RUSTSEC-2020-0071).
    check(entry('crates.io', [{ introduced: '0.0.0-0' }, { fixed: '0.2.0' }, { introduced: '0.2.1-0' }, { fixed: '0.2.1' }], {}, 'SEMVER'), 'crates.io', { '0.1.44': true, '0.2.0': false, '0.2.1-alpha': true, '0.2.1': false });
  });

  test('PEP 440: pre-release bounds, epochs, post, dev and local versions', () => {
    const pyyaml = entry('PyPI', [{ introduced: '5.1' }, { fixed: '5.2b1' }]);
    check(pyyaml, 'PyPI', { '5.0.99': false, '5.1': true, '5.1.2': true, '5.2a1': true, '5.2.dev0': true, '5.2b1': false, '5.2': false });
    const upTo2 = entry('PyPI', [{ introduced: '0' }, { fixed: '2.0' }]);
    check(upTo2, 'PyPI', { '1.9': true, '2.0rc1': true, '2.0.dev3': true, '2.0': false, '2.0.0': false, '2.0.post1': false, '1!1.0': false, '1.9+local.7': true });
    check(entry('PyPI', [{ introduced: '1.0' }, { fixed: '1.0.1' }]), 'PyPI', { '1.0+ubuntu1': true, '0.9+zzz': false, '1.0.post1': true });
    check(entry('PyPI', [{ introduced: '1!0' }]), 'PyPI', { '9.0': false, '1!0.1': true });
  });

  test('the versions list counts (PEP 440 equality for PyPI), GIT ranges are not evaluated', () => {
    const listed = { package: { ecosystem: 'PyPI', name: 'pkg' }, versions: ['1.0', '1.1.0'], ranges: [{ type: 'GIT', repo: 'https://example.com/r.git', events: [{ introduced: '0' }] }] };
    check(listed, 'PyPI', { '1.0': true, '1.0.0': true, '1.1': true, '1.2': false });
    assert.equal(affectedBy(compileAffected(listed, 'PyPI'), '1.0.0'), 'versions');
    // A SEMVER range in a PyPI record uses SemVer order.
    check(entry('PyPI', [{ introduced: '1.0.0-rc.1' }, { fixed: '1.0.0' }], {}, 'SEMVER'), 'PyPI', { '1.0.0-rc.2': true, '1.0.0': false });
  });

  test('fixed version: the lowest fixed above the version that the advisory no longer affects', () => {
    // GHSA-c2qf-rxjj-qqgw (semver): three affected[] entries, one per release line.
    const lines = [
      entry('npm', [{ introduced: '7.0.0' }, { fixed: '7.5.2' }]),
      entry('npm', [{ introduced: '6.0.0' }, { fixed: '6.3.1' }]),
      entry('npm', [{ introduced: '0' }, { fixed: '5.7.2' }]),
    ].map((e) => compileAffected(e, 'npm'));
    assert.deepEqual(remedyFor(lines, '6.3.0'), { fixed: '6.3.1', lastAffected: null });
    assert.deepEqual(remedyFor(lines, '7.5.1'), { fixed: '7.5.2', lastAffected: null });
    assert.deepEqual(remedyFor(lines, '5.0.0'), { fixed: '5.7.2', lastAffected: null });
    // Overlapping entries: 2.0.0 fixes the first interval but the second still holds it.
    const overlapping = [entry('npm', [{ introduced: '1.0.0' }, { fixed: '2.0.0' }]), entry('npm', [{ introduced: '1.5.0' }, { fixed: '2.1.0' }])].map((e) => compileAffected(e, 'npm'));
    assert.deepEqual(remedyFor(overlapping, '1.6.0'), { fixed: '2.1.0', lastAffected: null });
    // last_affected only: no fixed version, and the last affected one is reported.
    assert.deepEqual(remedyFor([compileAffected(entry('npm', [{ introduced: '0' }, { last_affected: '4.5.1' }]), 'npm')], '4.5.1'), { fixed: null, lastAffected: '4.5.1' });
    assert.deepEqual(remedyFor([compileAffected(entry('crates.io', [{ introduced: '0.0.0-0' }], {}, 'SEMVER'), 'crates.io')], '0.12.1'), { fixed: null, lastAffected: null });
  });
});

describe('advisory index', () => {
  const pkg = (ecosystem: Ecosystem, name: string, version: string): ResolvedPackage => ({ ecosystem, name, version, file: 'lock', line: 1 });
  const record = (id: string, affectedList: OsvAffected[], extra: Partial<OsvRecord> = {}): OsvRecord => ({ id, modified: '2024-01-01T00:00:00Z', affected: affectedList, ...extra });

  test('withdrawn records are ignored; the later modified wins for a repeated id; names match per ecosystem', () => {
    const index = new AdvisoryIndex([
      record('A-1', [{ package: { ecosystem: 'npm', name: 'Axios' }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '2.0.0' }] }] }]),
      record('A-2', [{ package: { ecosystem: 'npm', name: 'axios' }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }] }] }], { withdrawn: '2024-02-01T00:00:00Z' }),
      record('A-3', [{ package: { ecosystem: 'PyPI', name: 'PyYAML' }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '5.4' }] }] }]),
      record('A-3', [{ package: { ecosystem: 'PyPI', name: 'PyYAML' }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '6.0' }] }] }], { modified: '2024-06-01T00:00:00Z' }),
      record('A-4', [{ package: { ecosystem: 'Go', name: 'axios' }, ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }] }] }]),
    ]);
    assert.deepEqual(index.stats, { records: 3, withdrawn: 1, duplicates: 1, packages: 2 });
    const axios = index.match(pkg('npm', 'axios', '1.6.0'));
    assert.deepEqual(
      axios.map((m) => [m.record.id, m.advisoryName, m.fixedVersion]),
      [['A-1', 'Axios', '2.0.0']],
    );
    assert.deepEqual(
      index.match(pkg('PyPI', 'pyyaml', '5.4')).map((m) => [m.record.id, m.fixedVersion]),
      [['A-3', '6.0']],
    );
    assert.deepEqual(index.match(pkg('crates.io', 'axios', '1.0.0')), []);
  });

  test('informational records are marked; several affected[] entries of one record make one match', () => {
    const index = new AdvisoryIndex([
      record('RUSTSEC-X', [{ package: { ecosystem: 'crates.io', name: 'ansi_term' }, database_specific: { informational: 'unmaintained' }, ranges: [{ type: 'SEMVER', events: [{ introduced: '0.0.0-0' }] }] }]),
      record('GHSA-X', [
        { package: { ecosystem: 'npm', name: 'minimist' }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '1.0.0' }, { fixed: '1.2.6' }] }] },
        { package: { ecosystem: 'npm', name: 'minimist' }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '0.2.4' }] }] },
      ]),
    ]);
    const [info] = index.match(pkg('crates.io', 'ansi-term', '0.12.1'));
    assert.equal(info?.informational, 'unmaintained');
    const minimist = index.match(pkg('npm', 'minimist', '0.0.8'));
    assert.equal(minimist.length, 1);
    assert.equal(minimist[0]!.fixedVersion, '0.2.4');
    assert.equal(minimist[0]!.affected.length, 2);
  });
});

describe('severity', () => {
  test('CVSS 3.1 base scores of known vectors, scope unchanged and changed', () => {
    const known: Record<string, number> = {
      'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H': 9.8,
      'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H': 10.0,
      'CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N': 6.1,
      'CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:C/C:H/I:N/A:N': 6.1,
      'CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:H/I:H/A:H': 9.9,
      'CVSS:3.1/AV:N/AC:L/PR:H/UI:N/S:C/C:H/I:H/A:H': 9.1,
      'CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:C/C:H/I:H/A:H': 9.0,
      'CVSS:3.1/AV:N/AC:L/PR:H/UI:R/S:C/C:L/I:L/A:N': 4.8,
      'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H': 7.5,
      'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:L': 5.3,
      'CVSS:3.1/AV:L/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H': 6.2,
      'CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H': 7.8,
      'CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:H/I:H/A:H': 8.8,
      'CVSS:3.1/AV:A/AC:H/PR:H/UI:N/S:U/C:H/I:N/A:N': 4.2,
      'CVSS:3.1/AV:L/AC:H/PR:L/UI:R/S:U/C:H/I:H/A:H': 6.7,
      'CVSS:3.1/AV:P/AC:H/PR:H/UI:R/S:U/C:L/I:N/A:N': 1.6,
      'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N': 0,
      'CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H': 9.8,
      // Temporal metrics do not change the base score.
      'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:U/RL:O/RC:C': 9.8,
    };
    for (const [vector, score] of Object.entries(known)) assert.equal(cvss3BaseScore(vector), score, vector);
    for (const bad of ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H', 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N', 'AV:N/AC:L/Au:N/C:P/I:P/A:P', 'CVSS:3.1/AV:X/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H']) {
      assert.equal(cvss3BaseScore(bad), undefined, bad);
    }
  });

  test('the CVSS 3.1 Roundup works on integers (Appendix A)', () => {
    assert.equal(roundUp(4.000000000000001), 4.0);
    assert.equal(roundUp(4.02), 4.1);
    assert.equal(roundUp(4.0), 4.0);
    assert.equal(roundUp(9.71), 9.8);
  });

  test('CVSS v2 base scores', () => {
    assert.equal(cvss2BaseScore('AV:N/AC:L/Au:N/C:P/I:P/A:P'), 7.5);
    assert.equal(cvss2BaseScore('AV:N/AC:M/Au:N/C:N/I:P/A:N'), 4.3);
    assert.equal(cvss2BaseScore('(AV:N/AC:L/Au:N/C:C/I:C/A:C)'), 10.0);
    assert.equal(cvss2BaseScore('AV:N/AC:L/Au:N/C:N/I:N/A:N'), 0);
  });

  test('source order: CVSS v3, then the label (CVSS v4 is not scored), then v2, then an alias record, else medium', () => {
    const base: OsvRecord = { id: 'X-1' };
    const v3 = advisorySeverity({ ...base, severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N' }], database_specific: { severity: 'HIGH' } }, []);
    assert.deepEqual([v3.severity, v3.score, v3.source], ['medium', 6.1, 'CVSS_V3']);
    const v4 = advisorySeverity({ ...base, severity: [{ type: 'CVSS_V4', score: 'CVSS:4.0/AV:N/AC:L/AT:P/PR:L/UI:A/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N' }], database_specific: { severity: 'MODERATE' } }, []);
    assert.deepEqual([v4.severity, v4.score, v4.source, v4.from], ['medium', 5.5, 'label', 'MODERATE']);
    const label = advisorySeverity({ ...base, severity: [], database_specific: { severity: 'CRITICAL' } }, []);
    assert.deepEqual([label.severity, label.score], ['critical', 9.5]);
    const perPackage = advisorySeverity(base, [{ severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' }] }]);
    assert.deepEqual([perPackage.severity, perPackage.score], ['critical', 9.8]);
    const v2 = advisorySeverity({ ...base, severity: [{ type: 'CVSS_V2', score: 'AV:N/AC:M/Au:N/C:N/I:P/A:N' }] }, []);
    assert.deepEqual([v2.severity, v2.score, v2.source], ['medium', 4.3, 'CVSS_V2']);
    const alias: OsvRecord = { id: 'GHSA-1', severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H' }] };
    const viaAlias = advisorySeverity({ ...base, aliases: ['GHSA-1'] }, [], { aliasRecords: (id) => (id === 'GHSA-1' ? [alias] : []) });
    assert.deepEqual([viaAlias.severity, viaAlias.score, viaAlias.viaAlias], ['high', 7.5, 'GHSA-1']);
    const none = advisorySeverity(base, []);
    assert.deepEqual([none.severity, none.score, none.source], ['medium', 5.5, 'none']);
  });

  test('informational advisories are note, never above low', () => {
    assert.deepEqual(advisorySeverity({ id: 'R' }, [], { informational: 'unmaintained' }).severity, 'note');
    assert.deepEqual(advisorySeverity({ id: 'R' }, [], { informational: 'unsound' }).severity, 'low');
    const scored = advisorySeverity({ id: 'R', severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' }] }, [], { informational: 'unsound' });
    assert.deepEqual([scored.severity, scored.score], ['low', 3.9]);
  });
});
