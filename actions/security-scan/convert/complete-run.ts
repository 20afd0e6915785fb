import type { SarifRule, SarifRun } from '../../../lib/sarif/types';
import { TOOL_INFORMATION_URIS, type ToolFormat } from './formats';

/**
 * A converted run completed for GitHub code scanning. The multitool's converters describe no rules
 * (GitHub requires `tool.driver.rules`, sarif-multitool's own GH1018), give no informationUri and
 * no category. So: a rule descriptor for every ruleId the results use (named by the tool, with the
 * first message as its description), `ruleIndex` on each result, the tool's home page, and the
 * category `assay-security/convert/<format>` (one per format: a later upload of the same format
 * replaces the earlier analysis, however the report files are named). What the converter wrote is
 * otherwise kept as it is.
 */
export function completeConvertedRun(run: SarifRun, format: ToolFormat): SarifRun {
  const driver = run.tool.driver;
  const rules: SarifRule[] = [...(driver.rules ?? [])];
  const index = new Map(rules.map((r, i) => [r.id, i]));
  for (const result of run.results ?? []) {
    const id = result.ruleId ?? result.rule?.id;
    // A rule of a tool extension is described there, not in the driver.
    if (!id || result.rule?.toolComponent) continue;
    if (!index.has(id)) {
      index.set(id, rules.length);
      const first = result.message.text?.trim();
      rules.push({
        id,
        shortDescription: { text: `${driver.name} ${id}` },
        fullDescription: { text: first ? `${driver.name} ${id}, e.g.: ${first}`.slice(0, 1000) : `${driver.name} ${id}` },
        help: { text: `Reported by ${driver.name} as ${id}; see the tool's documentation of this check.` },
      });
    }
    if (result.ruleId === undefined) result.ruleId = id;
    result.ruleIndex = index.get(id)!;
  }
  driver.rules = rules;
  const home = TOOL_INFORMATION_URIS[format];
  if (home && !driver.informationUri) driver.informationUri = home;
  run.automationDetails = { ...run.automationDetails, id: `assay-security/convert/${format.toLowerCase()}/` };
  return run;
}
