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

/** Creates the hub's user-assigned identity. */
export function createHubIdentity(scope: Construct, id: string, name: string, location: string, resourceGroupName: string, tags?: Record<string, string>): HubIdentity {
  const identity = new UserAssignedIdentity(scope, id, { name, location, resourceGroupName, tags });
  return { id: identity.id, principalId: identity.principalId, principalType: 'ServicePrincipal', key: 'hub-identity' };
}
