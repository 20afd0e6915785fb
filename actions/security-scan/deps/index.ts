/**
 * The dependency check of security-scan, and its parts for callers that need only one (the
 * benchmark, other actions): lockfile readers, the OSV loaders and API client, the matcher and
 * the severity rules.
 */
export { scanDependencies, DEPENDENCY_CATEGORY, type ScanDependenciesOptions, type OsvSource, type DependencyScanOutput } from './scan-dependencies';
export { runDependencyCheck } from './dependency-scanner';
export { buildDependencyFindings, findingMessage, type DependencyFinding } from './dependency-findings';
export type { Ecosystem, ResolvedPackage, LockfileReadResult, LockfileRef, LockfileKind } from './model';
export { packageKey, pep503Name } from './package-names';
export { findLockfiles, lockfileKind, SKIPPED_FOLDERS } from './lockfiles/find-lockfiles';
export { readLockfile, readLockfiles } from './lockfiles/read-lockfiles';
export { readPackageLock } from './lockfiles/package-lock';
export { readYarnLock } from './lockfiles/yarn-lock';
export { readPnpmLock } from './lockfiles/pnpm-lock';
export { readRequirements } from './lockfiles/requirements-txt';
export { readPoetryLock } from './lockfiles/poetry-lock';
export { readPipfileLock } from './lockfiles/pipfile-lock';
export { readCargoLock } from './lockfiles/cargo-lock';
export { LockfileError } from './lockfiles/lockfile-error';
export { AdvisoryIndex, type AdvisoryMatch } from './match/advisory-index';
export { compileAffected, affectedBy, remedyFor } from './match/affected-ranges';
export { loadOsvDatabase, type LoadedDatabase } from './osv/osv-database';
export { readOsvZip } from './osv/osv-zip';
export { OsvApiClient, OSV_API_URL, MAX_BATCH, type OsvApiOptions, type OsvQuery } from './osv/osv-api';
export { RecordCache } from './osv/record-cache';
export type { OsvRecord, OsvAffected, OsvRange, OsvEvent } from './osv/osv-record';
export { cvss3BaseScore, roundUp } from './severity/cvss3';
export { cvss2BaseScore } from './severity/cvss2';
export { advisorySeverity, type AdvisorySeverity } from './severity/advisory-severity';
export { parseSemver, compareSemver } from './versions/semver-order';
export { parsePep440, comparePep440 } from './versions/pep440-order';
