import { RoleAssignment } from '@cdktf/provider-azurerm/lib/role-assignment';
import { Construct } from 'constructs';
import { IPrincipal } from '../core/principal';
import { grantNetworkConnectionApprover } from './outbound-rules';

/**
 * Lets a hub's managed network bring up the private endpoint that a connection to a service asks
 * for: the hub identity becomes "Azure AI Enterprise Network Connection Approver" on the service.
 *
 * A connection whose target or `metadata.ResourceId` names an AI Services account or a Search
 * service makes the service create the managed-network private endpoint to it itself (Microsoft
 * Learn, "How to configure a managed network for Azure AI Foundry hubs", section "Private
 * endpoints": "the service automatically creates a private endpoint for the connection"; the
 * approver role is needed for it since April 2025, section "Approval of private endpoints").
 * So the connection is the endpoint's one owner and the library writes no outbound rule of its
 * own to the same target: two owners of one endpoint would conflict.
 *
 * The construct id `IdentityRole-ServiceRule-<key>-NetworkConnectionApprover` is a Terraform
 * address from the time the library wrote a rule (`ServiceRule-<key>`); it is kept, with its
 * description, so that the role assignment survives the upgrade.
 */
export function approveConnectionEndpoint(hub: Construct, key: string, serviceId: string, identity: IPrincipal): RoleAssignment {
  // The description is unchanged since the library wrote rules: it is ForceNew in azurerm, and a
  // new text would replace the role assignment.
  return grantNetworkConnectionApprover(hub, `ServiceRule-${key}`, serviceId, identity,
    'AI hub identity: approve the managed network\'s private endpoint to a connected service');
}
