import { TerraformResource } from './cdktf';

/**
 * The attributes a resource will synthesize to, overrides (`addOverride`) included, with
 * Terraform's snake_case names. Validations read them to check the final configuration rather
 * than the props the library passed, which an escape hatch may have changed.
 */
export function synthesizedAttributes(resource: TerraformResource): Record<string, unknown> {
  const json = resource.toTerraform() as { resource: Record<string, Record<string, Record<string, unknown>>> };
  return json.resource[resource.terraformResourceType][resource.friendlyUniqueId];
}

/** The first (or only) instance of a nested block, which cdktf writes as an object or a one-item list. */
export function firstBlock(value: unknown): Record<string, unknown> | undefined {
  const block = Array.isArray(value) ? value[0] : value;
  return typeof block === 'object' && block !== null ? (block as Record<string, unknown>) : undefined;
}
