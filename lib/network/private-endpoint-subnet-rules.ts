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
  rule('allow-clients-to-endpoints', {
    priority: 100, direction: 'Inbound', access: 'Allow', protocol: 'Tcp',
    sourceAddressPrefixes: [...clients.sourcePrefixes], sourcePortRange: '*',
    destinationAddressPrefix: subnetPrefix, destinationPortRanges: [...clients.ports],
    description: 'Clients may reach the private endpoints on these ports only',
  });
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
