import { TerraformResource } from '../core/cdktf';
import { firstBlock, synthesizedAttributes } from '../core/synthesized-attributes';
import type { HubDependency } from './ai-hub-props';

/** Where a dependency's public switch and its firewall's default action live in its Terraform schema. */
const NETWORK_ATTRIBUTES: Record<HubDependency, { readonly firewallBlock: string }> = {
  StorageAccount: { firewallBlock: 'network_rules' },
  KeyVault: { firewallBlock: 'network_acls' },
  ContainerRegistry: { firewallBlock: 'network_rule_set' },
};

/**
 * Checks, on the final configuration (overrides included), that each dependency a private hub
 * created keeps public network access disabled unless it was opted out, and that no firewall
 * allows all traffic by default. Values that are Terraform expressions are left to Terraform.
 * Returns problems.
 */
export function checkPrivateHubDependencies(created: ReadonlyArray<[HubDependency, TerraformResource]>, optedOut: ReadonlySet<HubDependency>): string[] {
  const problems: string[] = [];
  for (const [dependency, resource] of created) {
    const attributes = synthesizedAttributes(resource);
    const isPublic = attributes.public_network_access_enabled;
    if (isPublic === true && !optedOut.has(dependency)) {
      problems.push(`the hub is private but its ${dependency} has public_network_access_enabled = true (an override?); keep it private, or list "${dependency}" in dependenciesWithPublicAccess to accept the risk explicitly.`);
    }
    const firewall = firstBlock(attributes[NETWORK_ATTRIBUTES[dependency].firewallBlock]);
    if (firewall?.default_action === 'Allow') {
      problems.push(`the hub is private but the firewall of its ${dependency} allows all traffic by default (${NETWORK_ATTRIBUTES[dependency].firewallBlock}.default_action = "Allow"); use "Deny" and allow specific addresses.`);
    }
  }
  return problems;
}
