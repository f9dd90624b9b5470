import { Role } from './roles';
import { isLiteral } from './validation';

/** An ABAC condition on a role assignment (condition language version 2.0). */
export interface RoleAssignmentCondition {
  /** The condition expression. */
  readonly expression: string;
  /** The condition language version; always "2.0". */
  readonly version: '2.0';
}

const CONTAINER_NAME = '@Resource[Microsoft.Storage/storageAccounts/blobServices/containers:name]';

/**
 * Builds the condition that lets a blob data role act only on containers whose name starts with
 * `prefix` (shared/reference/abac.md): "(none of the role's blob actions) OR (container name test)".
 *
 * Every blob data action of the role is listed, because an action left out of the list stays
 * unrestricted on every container. `prefix` is usually a Terraform reference to a project's
 * `project_id`, never a literal copy of it.
 */
export function containerNamePrefixCondition(role: Role, prefix: string): RoleAssignmentCondition {
  // An empty prefix matches every container; a quote would end the string literal early.
  if (isLiteral(prefix) && (prefix.length === 0 || /['\\]/.test(prefix))) {
    throw new Error(`containerNamePrefixCondition: prefix "${prefix}" would not isolate anything (empty, or containing a quote or backslash); pass a project's \`project_id\`.`);
  }
  const actions = role.blobDataActions;
  if (!actions || actions.length === 0) {
    throw new Error(`containerNamePrefixCondition: role "${role.name}" has no blob data actions in the catalog, so a container condition cannot restrict it; use a blob data role such as Storage Blob Data Contributor.`);
  }
  const notActions = actions.map((action) => `  !(ActionMatches{'${action}'})`).join('\n  AND\n');
  const expression = [
    '(',
    ' (',
    notActions,
    ' )',
    ' OR',
    ' (',
    `  ${CONTAINER_NAME} StringStartsWithIgnoreCase '${prefix}'`,
    ' )',
    ')',
  ].join('\n');
  return { expression, version: '2.0' };
}
