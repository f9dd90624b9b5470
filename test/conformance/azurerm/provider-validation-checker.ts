import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One attribute's constraint in the provider's schema (see PROVENANCE.md). */
export interface ProviderValidation {
  readonly values?: readonly string[];
  readonly ignoreCase?: boolean;
  readonly min?: number;
  readonly max?: number;
  readonly pattern?: string;
  readonly file: string | null;
  readonly line: number | null;
}

/** The vendored constraints, by resource type and attribute path. */
export const PROVIDER_VALIDATIONS: Record<string, Record<string, ProviderValidation>> =
  JSON.parse(readFileSync(join(__dirname, 'provider-validations.json'), 'utf8')).resources;

/** The values at an attribute path of a resource body: nested blocks may be objects or lists. */
export function valuesAt(body: unknown, path: string): unknown[] {
  let current: unknown[] = [body];
  for (const step of path.split('.')) {
    const listItems = step.endsWith('[]');
    const key = listItems ? step.slice(0, -2) : step;
    const next: unknown[] = [];
    for (const value of current) {
      for (const item of Array.isArray(value) ? value : [value]) {
        if (typeof item !== 'object' || item === null) continue;
        const child = (item as Record<string, unknown>)[key];
        if (child === undefined || child === null) continue;
        if (listItems && Array.isArray(child)) next.push(...child);
        else next.push(child);
      }
    }
    current = next;
  }
  return current.flatMap((v) => (Array.isArray(v) && v.every((x) => typeof x !== 'object') ? v : [v]));
}

/** Terraform knows a string holding `${...}` only at plan time. */
const isExpression = (value: unknown) => typeof value === 'string' && value.includes('${');

/** Why `value` breaks `rule`, or undefined when it passes (or is known only at plan time). */
export function breaks(rule: ProviderValidation, value: unknown): string | undefined {
  if (isExpression(value)) return undefined;
  const where = `provider v4.55.0 ${rule.file}:${rule.line}`;
  if (rule.values) {
    const matches = rule.ignoreCase
      ? rule.values.some((v) => typeof value === 'string' && v.toLowerCase() === value.toLowerCase())
      : rule.values.includes(value as string);
    if (!matches) return `${JSON.stringify(value)} is not one of ${rule.values.join(', ')} (${where})`;
  }
  if (rule.min !== undefined || rule.max !== undefined) {
    if (typeof value !== 'number' || !Number.isInteger(value)) return `${JSON.stringify(value)} is not a whole number (${where})`;
    if ((rule.min !== undefined && value < rule.min) || (rule.max !== undefined && value > rule.max)) return `${value} is outside ${rule.min}-${rule.max} (${where})`;
  }
  if (rule.pattern !== undefined && (typeof value !== 'string' || !new RegExp(rule.pattern).test(value))) {
    return `${JSON.stringify(value)} does not match ${rule.pattern} (${where})`;
  }
  return undefined;
}

/** Every azurerm value of a stack that the provider's own validation at v4.55.0 would reject. */
export function providerValidationProblems(resources: Record<string, Record<string, Record<string, unknown>>>): string[] {
  const problems: string[] = [];
  for (const [type, rules] of Object.entries(PROVIDER_VALIDATIONS)) {
    for (const [name, body] of Object.entries(resources[type] ?? {})) {
      for (const [path, rule] of Object.entries(rules)) {
        for (const value of valuesAt(body, path)) {
          const problem = breaks(rule, value);
          if (problem) problems.push(`${type}.${name}: ${path} ${problem}`);
        }
      }
    }
  }
  return problems;
}
