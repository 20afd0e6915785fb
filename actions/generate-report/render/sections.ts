/**
 * The sections a layout may list, with the anchor id and heading each one uses, so the HTML
 * table of contents matches the headings. Layouts (templates/layouts/) decide which sections a
 * report kind has and in what order; a consumer's layout may list its own templates, which get
 * an id from their path and their path as the title until they are added here.
 */
export const SECTION_INFO: Record<string, { id: string; title: string }> = {
  'code_review/summary': { id: 'summary', title: 'Executive summary' },
  'code_review/analysis': { id: 'analysis', title: 'Code analysis' },
  'code_review/recommendations': { id: 'recommendations', title: 'Recommendations' },
  'security/overview': { id: 'security-overview', title: 'Security overview' },
  'security/findings': { id: 'security-findings', title: 'Security findings' },
  'security/mitigations': { id: 'mitigations', title: 'Mitigations' },
  'consultation/assessment': { id: 'assessment', title: 'Assessment' },
  'consultation/plan': { id: 'plan', title: 'Remediation plan' },
  'consultation/implementation': { id: 'implementation', title: 'Implementation' },
  'base/metrics': { id: 'metrics', title: 'Metrics' },
  'base/notes': { id: 'notes', title: 'Reviewer notes' },
};
