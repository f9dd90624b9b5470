import { NetworkSecurityGroup } from '@cdktf/provider-azurerm/lib/network-security-group';
import { NetworkSecurityRule } from '@cdktf/provider-azurerm/lib/network-security-rule';
import { Construct } from 'constructs';

/** Who may reach the private endpoints, and on which TCP ports. */
export interface PrivateEndpointClients {
  /** Source address prefixes or service tags, e.g. `VirtualNetwork` or `10.0.0.0/8`. */
  readonly sourcePrefixes: readonly string[];
  /** Destination ports, e.g. `443`. */
  readonly ports: readonly string[];
}

/** Defaults: clients in the virtual network (peered networks included), over HTTPS only. */
export const DEFAULT_PRIVATE_ENDPOINT_CLIENTS: PrivateEndpointClients = { sourcePrefixes: ['VirtualNetwork'], ports: ['443'] };

/** The name of the first allow rule; it keeps its Terraform address whatever the clients are. */
export const ALLOW_CLIENTS_RULE = 'allow-clients-to-endpoints';

const IPV4_ADDRESS_OR_RANGE = /^\d{1,3}(\.\d{1,3}){3}(\/\d{1,2})?$/;

/** One allow rule: the addresses it admits, or the one service tag. */
type ClientRule =
  | { readonly name: string; readonly addresses: readonly string[]; readonly serviceTag?: undefined }
  | { readonly name: string; readonly serviceTag: string; readonly addresses?: undefined };

/**
 * Splits the clients into rules Azure accepts. A service tag (`VirtualNetwork`,
 * `AzureLoadBalancer`...) is valid only in a rule's single `source_address_prefix`; the list form
 * takes addresses and ranges only. Sources: Azure REST API `SecurityRulePropertiesFormat`
 * (network 2024-05-01: `sourceAddressPrefix` "Default tags such as 'VirtualNetwork' ... can also
 * be used", `sourceAddressPrefixes` "The CIDR or source IP ranges"), and the azurerm v4.55.0 docs of
 * `azurerm_network_security_rule` ("Tags may not be used" for `source_address_prefixes`); Azure
 * rejects a tag in the list with SecurityRuleParameterContainsUnsupportedValue.
 *
 * So the addresses share one rule, and each service tag gets a rule of its own,
 * `allow-<tag>-to-endpoints`. The first rule is always `allow-clients-to-endpoints`.
 */
export function clientRules(sourcePrefixes: readonly string[]): ClientRule[] {
  const addresses = sourcePrefixes.filter((p) => IPV4_ADDRESS_OR_RANGE.test(p));
  const tags = sourcePrefixes.filter((p) => !IPV4_ADDRESS_OR_RANGE.test(p));
  const tagRules = tags.map((serviceTag) => ({ name: `allow-${serviceTag.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-to-endpoints`, serviceTag }));
  if (addresses.length > 0) return [{ name: ALLOW_CLIENTS_RULE, addresses }, ...tagRules];
  return tagRules.map((rule, i) => (i === 0 ? { ...rule, name: ALLOW_CLIENTS_RULE } : rule));
}

/**
 * The security rules of the private endpoint subnet, replacing Azure's permissive defaults
 * (`AllowVnetInBound` opens every port to the virtual network and everything peered to it):
 * the clients may reach the endpoints on the given TCP ports, every other inbound flow is denied,
 * and nothing in the subnet may reach the internet (endpoints never start connections).
 * Construct ids `NsgRule-<subnet>-<rule>` are Terraform addresses.
 */
export function addPrivateEndpointSubnetRules(scope: Construct, subnetName: string, subnetPrefix: string, nsg: NetworkSecurityGroup, clients: PrivateEndpointClients): void {
  const rule = (name: string, config: Omit<ConstructorParameters<typeof NetworkSecurityRule>[2], 'name' | 'resourceGroupName' | 'networkSecurityGroupName'>) =>
    new NetworkSecurityRule(scope, `NsgRule-${subnetName}-${name}`, { name, resourceGroupName: nsg.resourceGroupName, networkSecurityGroupName: nsg.name, ...config });
  clientRules(clients.sourcePrefixes).forEach((client, i) => rule(client.name, {
    priority: 100 + i, direction: 'Inbound', access: 'Allow', protocol: 'Tcp',
    ...(client.serviceTag !== undefined ? { sourceAddressPrefix: client.serviceTag } : { sourceAddressPrefixes: [...client.addresses] }),
    sourcePortRange: '*',
    destinationAddressPrefix: subnetPrefix, destinationPortRanges: [...clients.ports],
    description: 'Clients may reach the private endpoints on these ports only',
  }));
  rule('deny-other-inbound', {
    priority: 4096, direction: 'Inbound', access: 'Deny', protocol: '*',
    sourceAddressPrefix: '*', sourcePortRange: '*', destinationAddressPrefix: '*', destinationPortRange: '*',
    description: 'Replaces the default AllowVnetInBound, which opens every port',
  });
  rule('deny-internet-outbound', {
    priority: 4096, direction: 'Outbound', access: 'Deny', protocol: '*',
    sourceAddressPrefix: '*', sourcePortRange: '*', destinationAddressPrefix: 'Internet', destinationPortRange: '*',
    description: 'Private endpoints never start connections to the internet',
  });
}
