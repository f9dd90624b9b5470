/**
 * Which role an `azurerm_role_assignment` assigns: a built-in role of the table in
 * `role-permissions.ts` (by the GUID at the end of `role_definition_id`, or by
 * `role_definition_name`), a custom role the stack defines (`${azurerm_role_definition.<n>...}`),
 * or a role the report cannot evaluate.
 */
import { builtInRoleByGuid, builtInRoleByName, RoleDefinition } from './role-permissions';
import { RoleAssignment, StackModel } from './stack-model';

/** The role of an assignment: evaluated, or not (with a label saying what it is). */
export type ResolvedRole =
  | { readonly known: true; readonly role: RoleDefinition }
  | { readonly known: false; readonly label: string };

const GUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CUSTOM_ROLE = /azurerm_role_definition\.([A-Za-z0-9_-]+)/;

/** Resolves the role an assignment assigns. */
export function resolveRole(assignment: RoleAssignment, model: StackModel): ResolvedRole {
  const id = assignment.roleDefinitionId;
  if (id !== undefined) {
    const custom = CUSTOM_ROLE.exec(id);
    if (custom) {
      const definition = model.customRoles.find((role) => role.address === `azurerm_role_definition.${custom[1]}`);
      return definition
        ? { known: true, role: { name: definition.name, origin: 'custom', permissions: definition.permissions } }
        : { known: false, label: `custom role azurerm_role_definition.${custom[1]}, not defined in this stack` };
    }
    const guid = GUID.exec(id)?.[0];
    const builtIn = guid === undefined ? undefined : builtInRoleByGuid(guid);
    if (builtIn) return { known: true, role: builtIn };
    return { known: false, label: guid ? `unknown role ${guid.toLowerCase()}` : `unknown role ${id}` };
  }
  const name = assignment.roleDefinitionName ?? '';
  const byName = builtInRoleByName(name);
  return byName ? { known: true, role: byName } : { known: false, label: `unknown role "${name}"` };
}
