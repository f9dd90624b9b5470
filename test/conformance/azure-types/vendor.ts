/**
 * Regenerates the vendored Azure type definitions in this folder: from the full `types.json` files
 * that the azapi provider embeds, keeps only the resource types the library writes or reads, and
 * every type they reference (renumbering the `$ref`s). Not run by the tests.
 *
 *   npx ts-node --transpile-only test/conformance/azure-types/vendor.ts <folder with the full files>
 *
 * The full files are `internal/azure/generated/<namespace>/<provider>/<api version>/types.json` of
 * github.com/Azure/terraform-provider-azapi (commit in PROVENANCE.md), saved as
 * `<namespace>@<api version>.json`.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { VENDORED_RESOURCE_TYPES } from './vendored-resource-types';

type TypeNode = Record<string, unknown>;

/** Copies `node`, mapping every `{ $ref: '#/<n>' }` inside it through `mapRef`. */
function remap(node: unknown, mapRef: (index: number) => number): unknown {
  if (Array.isArray(node)) return node.map((n) => remap(n, mapRef));
  if (typeof node !== 'object' || node === null) return node;
  const ref = (node as { $ref?: unknown }).$ref;
  if (typeof ref === 'string') return { $ref: `#/${mapRef(Number(ref.slice(2)))}` };
  return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, remap(v, mapRef)]));
}

/** The indices of every node reachable from `roots`, in ascending order. */
function reachable(types: TypeNode[], roots: number[]): number[] {
  const seen = new Set<number>();
  const visit = (index: number) => {
    if (seen.has(index)) return;
    seen.add(index);
    remap(types[index], (ref) => { visit(ref); return ref; });
  };
  roots.forEach(visit);
  return [...seen].sort((a, b) => a - b);
}

function main(sourceDir: string): void {
  for (const [file, names] of Object.entries(VENDORED_RESOURCE_TYPES)) {
    const raw = readFileSync(join(sourceDir, file));
    const types = JSON.parse(raw.toString('utf8')) as TypeNode[];
    const roots = names.map((name) => {
      const index = types.findIndex((t) => t.$type === 'ResourceType' && t.name === name);
      if (index < 0) throw new Error(`${file} has no ResourceType ${name}`);
      return index;
    });
    const kept = reachable(types, roots);
    const newIndex = new Map(kept.map((old, i) => [old, i]));
    const subset = kept.map((old) => remap(types[old], (ref) => newIndex.get(ref)!));
    writeFileSync(join(__dirname, file), `${JSON.stringify(subset, null, 1)}\n`);
    console.log(`${file}: sha256 of the full file ${createHash('sha256').update(raw).digest('hex')}; kept ${kept.length} of ${types.length} types`);
  }
}

main(process.argv[2] ?? join(__dirname, '../../../../shared/reference/azure-types'));
