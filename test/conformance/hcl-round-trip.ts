import { parse } from '@cdktf/hcl2json';
import { Testing, TerraformStack } from 'cdktf';
import { TerraformJson } from '../helpers';

/**
 * The HCL that `cdktf synth --hcl` writes for a stack, converted back to JSON with the CLI's own
 * converter (`@cdktf/hcl2json`, the one `cdktf convert` uses).
 */
export async function hclAsJson(stack: TerraformStack): Promise<Record<string, any>> {
  return parse(`${stack.node.id}.tf`, Testing.synthHcl(stack));
}

/**
 * Brings both forms to one shape: HCL blocks come back as lists of objects where JSON may hold
 * one object; Terraform treats a null argument as unset; cdktf's `//` metadata exists only in JSON.
 */
function normalize(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(normalize);
    return items.length === 1 && typeof items[0] === 'object' && items[0] !== null && !Array.isArray(items[0]) ? items[0] : items;
  }
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value)
      .filter(([key, v]) => key !== '//' && v !== null && v !== undefined)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, v]) => [key, normalize(v)]));
  }
  return value;
}

/** hcl2json writes a bare reference (a `moved` block's `from`) as `${...}`; JSON holds it plain. */
const unwrapReference = (text: string) => text.replace(/^\$\{([A-Za-z0-9_.-]+)\}$/, '$1');

/**
 * Every difference between a stack's JSON and its HCL, resource by resource (and data source,
 * and `moved` block), each as "<kind>.<type>.<name>: json ... / hcl ...". Empty when they agree.
 */
export function hclDifferences(json: TerraformJson, hcl: Record<string, any>): string[] {
  const differences: string[] = [];
  for (const kind of ['resource', 'data'] as const) {
    const types = new Set([...Object.keys(json[kind] ?? {}), ...Object.keys(hcl[kind] ?? {})]);
    for (const type of types) {
      const names = new Set([...Object.keys(json[kind]?.[type] ?? {}), ...Object.keys(hcl[kind]?.[type] ?? {})]);
      for (const name of names) {
        const fromJson = JSON.stringify(normalize(json[kind]?.[type]?.[name]));
        const fromHcl = JSON.stringify(normalize(hcl[kind]?.[type]?.[name]));
        if (fromJson !== fromHcl) differences.push(`${kind}.${type}.${name}:\n    json ${fromJson}\n    hcl  ${fromHcl}`);
      }
    }
  }
  const moved = (blocks: Array<{ from: string; to: string }> | undefined) => JSON.stringify((blocks ?? []).map((b) => [unwrapReference(b.from), unwrapReference(b.to)]).sort());
  if (moved(json.moved) !== moved(hcl.moved)) differences.push(`moved:\n    json ${moved(json.moved)}\n    hcl  ${moved(hcl.moved)}`);
  return differences;
}
