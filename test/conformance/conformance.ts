import { checkAzapiBody, checkExportPaths } from './azure-types/azure-type-checker';
import { azureRuleProblems } from './azure-rules';
import { providerValidationProblems } from './azurerm/provider-validation-checker';

/** The parts of synthesized Terraform JSON the conformance checks read. */
export interface SynthesizedTerraform {
  readonly resource?: Record<string, Record<string, Record<string, any>>>;
  readonly data?: Record<string, Record<string, Record<string, any>>>;
}

/** Deep-merges `extra` into a copy of `base` (azapi merges `sensitive_body` into `body` this way). */
function mergeBodies(base: unknown, extra: unknown): unknown {
  if (extra === undefined || extra === null) return base;
  if (typeof base !== 'object' || base === null || Array.isArray(base) || typeof extra !== 'object' || Array.isArray(extra)) return extra;
  const merged: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(extra as Record<string, unknown>)) merged[key] = mergeBodies(merged[key], value);
  return merged;
}

/** Every azapi block of a stack checked against the vendored Azure type definitions. */
export function azapiProblems(json: SynthesizedTerraform): string[] {
  const problems: string[] = [];
  for (const [address, block] of Object.entries(json.resource?.azapi_resource ?? {})) {
    const body = mergeBodies(block.body, block.sensitive_body);
    problems.push(...checkAzapiBody(block.type, body, 'create', block.name).map((p) => `azapi_resource.${address}: ${p}`));
  }
  for (const [address, block] of Object.entries(json.resource?.azapi_update_resource ?? {})) {
    const body = mergeBodies(block.body, block.sensitive_body);
    problems.push(...checkAzapiBody(block.type, body, 'update').map((p) => `azapi_update_resource.${address}: ${p}`));
  }
  for (const [address, block] of Object.entries(json.data?.azapi_resource ?? {})) {
    problems.push(...checkExportPaths(block.type, block.response_export_values ?? []).map((p) => `data.azapi_resource.${address}: ${p}`));
  }
  return problems;
}

/**
 * Everything the conformance layer finds wrong in a synthesized stack, checked against
 * definitions the library did not write. Empty when the stack conforms.
 */
export function conformanceProblems(json: SynthesizedTerraform): string[] {
  return [...azapiProblems(json), ...providerValidationProblems(json.resource ?? {}), ...azureRuleProblems(json.resource ?? {})];
}
