import { TerraformResource } from 'cdktf';

/**
 * The generated provider classes synthesize every attribute of their schema, most of them
 * `undefined` (a role assignment: 13 attributes, about half unset; every block's `timeouts`).
 * cdktf then resolves each one, twice (once to find cross-stack references, once to write), at a
 * cost per key whether the value is set or not, and only then drops the undefined ones. Dropping
 * them first gives the same JSON for about a quarter less synth time with many resources.
 *
 * So the synthesized attributes of every resource of a generated provider class are pruned of `undefined` values (in plain objects
 * and arrays only; tokens and other objects are left as they are) before cdktf resolves them. The
 * output is what cdktf would write anyway; overrides (`addOverride`) are merged after, as before.
 */
const PRUNED = new WeakSet<object>();

/** A copy of `value` without undefined entries in its plain objects and arrays. */
export function withoutUndefined(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((item) => item !== undefined).map(withoutUndefined);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) if (item !== undefined) out[key] = withoutUndefined(item);
    return out;
  }
  return value;
}

type Synthesizing = { synthesizeAttributes(): Record<string, unknown> };
const originalToTerraform = TerraformResource.prototype.toTerraform;

TerraformResource.prototype.toTerraform = function leanToTerraform(this: TerraformResource): unknown {
  // Only the generated provider classes (and the library's azapi L1) declare generator metadata.
  if (!PRUNED.has(this) && this.terraformGeneratorMetadata !== undefined) {
    PRUNED.add(this);
    const self = this as unknown as Synthesizing;
    const synthesize = self.synthesizeAttributes.bind(this);
    self.synthesizeAttributes = () => withoutUndefined(synthesize()) as Record<string, unknown>;
  }
  return originalToTerraform.call(this);
} as typeof originalToTerraform;
