import { TerraformResource, Token } from '../core/cdktf';
import { firstBlock, synthesizedAttributes } from '../core/synthesized-attributes';
import type { DependencyNetworkPosture, HubDependency } from './hub-dependency';

/** Azure's own default when an attribute is left out counts as set: a removed switch means public. */
const isKnown = (value: unknown) => !Token.isUnresolved(value);

/**
 * Checks, on the final configuration (overrides included), that a private hub stays private and
 * that each dependency it created keeps public network access disabled unless it was opted out,
 * behind a firewall that denies by default. A removed attribute counts as Azure's default, which is
 * public; values that are Terraform expressions are left to Terraform. Returns problems.
 */
export function checkPrivateHubPosture(hub: TerraformResource, created: ReadonlyArray<[DependencyNetworkPosture, TerraformResource]>, optedOut: ReadonlySet<HubDependency>): string[] {
  const problems: string[] = [];
  const hubAccess = synthesizedAttributes(hub).public_network_access;
  if (hubAccess !== 'Disabled' && isKnown(hubAccess)) {
    problems.push(`the hub is private (publicNetworkAccess "Disabled") but its resource has public_network_access = ${JSON.stringify(hubAccess ?? null)} (an override?); remove the override, or set publicNetworkAccess: 'Enabled' to make it public explicitly.`);
  }
  for (const [{ optOut: dependency, publicAccessAttributes, firewallBlock: block }, resource] of created) {
    const attributes = synthesizedAttributes(resource);
    for (const publicAccessAttribute of publicAccessAttributes) {
      const isPublic = attributes[publicAccessAttribute];
      if (isPublic !== false && isKnown(isPublic) && !optedOut.has(dependency)) {
        problems.push(`the hub is private but its ${dependency} has ${publicAccessAttribute} = ${JSON.stringify(isPublic ?? null)} (an override?), which leaves it reachable from public networks; keep it false, or list "${dependency}" in dependenciesWithPublicAccess to accept the risk explicitly.`);
      }
    }
    if (block === undefined) continue;
    const defaultAction = firstBlock(attributes[block])?.default_action;
    if (defaultAction !== 'Deny' && isKnown(defaultAction)) {
      problems.push(`the hub is private but the firewall of its ${dependency} allows all traffic by default (${block}.default_action = ${JSON.stringify(defaultAction ?? null)}, Azure's default being "Allow"); set it to "Deny" and allow specific addresses.`);
    }
  }
  return problems;
}
