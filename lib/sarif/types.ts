/**
 * SARIF 2.1.0 as the suite names it. The shapes come from @types/sarif (generated from the OASIS
 * schema); the Sarif prefix keeps them apart from our own Finding, Rule and Location types.
 */
export type {
  Artifact as SarifArtifact,
  ArtifactLocation as SarifArtifactLocation,
  CodeFlow as SarifCodeFlow,
  Invocation as SarifInvocation,
  Location as SarifLocation,
  Log as SarifLog,
  Message as SarifMessage,
  MultiformatMessageString as SarifMultiformatMessageString,
  Notification as SarifNotification,
  PhysicalLocation as SarifPhysicalLocation,
  PropertyBag as SarifPropertyBag,
  Region as SarifRegion,
  ReportingConfiguration as SarifReportingConfiguration,
  ReportingDescriptor as SarifRule,
  Result as SarifResult,
  Run as SarifRun,
  RunAutomationDetails as SarifRunAutomationDetails,
  ThreadFlow as SarifThreadFlow,
  ThreadFlowLocation as SarifThreadFlowLocation,
  Tool as SarifTool,
  ToolComponent as SarifToolComponent,
} from 'sarif';

import type { Result } from 'sarif';

/** A result's `level`: error, warning, note or none (SARIF's default is warning). */
export type SarifResultLevel = NonNullable<Result['level']>;

/** The uriBaseId our runs resolve relative URIs against; originalUriBaseIds maps it to the root. */
export const SRCROOT = '%SRCROOT%';
