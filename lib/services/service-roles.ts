import { RoleAssignment } from '@cdktf/provider-azurerm/lib/role-assignment';
import { Construct } from 'constructs';
import { constructKey } from '../core/construct-key';
import { grant, grantId } from '../core/grant';
import { IPrincipal } from '../core/principal';
import { Role } from '../core/roles';
import { IConnectableService } from './connectable-service';

/**
 * Grants `roles` on a connected service to a principal, once each. Construct ids
 * (`<prefix>-<service key>-<role>-<principal key>`, the service key being its path below the stack) are Terraform addresses.
 */
export function grantServiceRoles(owner: Construct, prefix: string, service: IConnectableService, roles: readonly Role[], principal: IPrincipal, who: string): RoleAssignment[] {
  return roles.map((role) => grant(owner, grantId(owner, role, principal, `${prefix}-${constructKey(service)}`), {
    scopeId: service.resourceId,
    principal,
    role,
    description: `${who}: ${role.name} on a connected service`,
  }));
}
