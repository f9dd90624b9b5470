import { UserAssignedIdentity } from '@cdktf/provider-azurerm/lib/user-assigned-identity';
import { Construct } from 'constructs';
import { IPrincipal } from '../core/principal';

/** A managed identity the hub uses as its primary identity: given by the user or created by the hub. */
export interface HubIdentity extends IPrincipal {
  /** The identity's resource id. */
  readonly id: string;
}

/** An existing user-assigned identity for the hub. */
export interface ExistingIdentityProps {
  /** Resource id of the user-assigned identity. */
  readonly id: string;
  /** Its principal (object) id, which receives the hub's role assignments. */
  readonly principalId: string;
}

/** The key that names the hub identity's role assignments in construct ids (Terraform addresses). */
const HUB_IDENTITY_KEY = 'hub-identity';

/** Creates the hub's user-assigned identity (`Identity`). */
export function createHubIdentity(scope: Construct, name: string, location: string, resourceGroupName: string): { readonly resource: UserAssignedIdentity; readonly principal: HubIdentity } {
  const resource = new UserAssignedIdentity(scope, 'Identity', { name, location, resourceGroupName });
  return { resource, principal: { id: resource.id, principalId: resource.principalId, principalType: 'ServicePrincipal', key: HUB_IDENTITY_KEY } };
}

/** The hub identity given as an existing one. */
export function existingHubIdentity(existing: ExistingIdentityProps): HubIdentity {
  return { id: existing.id, principalId: existing.principalId, principalType: 'ServicePrincipal', key: HUB_IDENTITY_KEY };
}
