import { UserAssignedIdentity } from '@cdktf/provider-azurerm/lib/user-assigned-identity';
import { Construct } from 'constructs';
import { ManagedIdentity } from '../core/principal';

/** An existing user-assigned identity for the hub. */
export interface ExistingIdentityProps {
  /** Resource id of the user-assigned identity. */
  readonly resourceId: string;
  /** Its principal (object) id, which receives the hub's role assignments. */
  readonly principalId: string;
}

/** The hub's user-assigned identity; its resource id is always known. */
export type HubIdentity = ManagedIdentity & { readonly resourceId: string };

/** The key of the hub identity in the construct ids of the hub's own grants (Terraform addresses). */
export const HUB_ROLE_HOLDER_KEY = 'hub-identity';

/** Creates the hub's user-assigned identity (`Identity`). */
export function createHubIdentity(scope: Construct, name: string, location: string, resourceGroupName: string): { readonly resource: UserAssignedIdentity; readonly principal: HubIdentity } {
  const resource = new UserAssignedIdentity(scope, 'Identity', { name, location, resourceGroupName });
  return { resource, principal: { resourceId: resource.id, principalId: resource.principalId, principalType: 'ServicePrincipal', key: HUB_ROLE_HOLDER_KEY } };
}

/** The hub identity given as an existing one. */
export function existingHubIdentity(existing: ExistingIdentityProps): HubIdentity {
  return { resourceId: existing.resourceId, principalId: existing.principalId, principalType: 'ServicePrincipal', key: HUB_ROLE_HOLDER_KEY };
}
