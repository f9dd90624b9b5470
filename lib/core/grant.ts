import { RoleAssignment } from '@cdktf/provider-azurerm/lib/role-assignment';
import { Construct, IConstruct } from 'constructs';
import { describeValue } from './input';
import { RoleAssignmentCondition } from './abac';
import { StackClaims } from './stack-claims';
import { memoizedString } from './memoized-token';
import { resourceIdSegment } from './resource-id';
import { checkPrincipal, IPrincipal } from './principal';
import { BuiltInRole, checkBuiltInRole, Role } from './roles';
import { checkGuid, ValidationError, isLiteral } from './validation';

/** One role assignment: who gets which built-in role on what, optionally under an ABAC condition. */
export interface GrantProps {
  /** The resource id the role applies to. */
  readonly scopeId: string;
  /** Who receives the role. */
  readonly principal: IPrincipal;
  /** Which role: built-in, or one the stack defines. */
  readonly role: Role;
  /** An ABAC condition that narrows the role (see `containerNamePrefixCondition`). */
  readonly condition?: RoleAssignmentCondition;
  /** Why the assignment exists; shown in the Azure portal. */
  readonly description?: string;
  /**
   * The resource whose subscription names a built-in role's definition, when `scopeId` is a
   * sub-scope built from it (a file share below a storage account). @default scopeId
   */
  readonly subscriptionSourceId?: string;
}

/**
 * The subscription-scoped role definition id. The subscription is taken from the scope itself, so
 * a grant on a resource in another subscription still names a definition there; the bare
 * `/providers/...` form causes a perpetual diff on some provider versions.
 */
export function roleDefinitionId(scopeId: string, role: BuiltInRole): string {
  return `/subscriptions/${subscriptionOf(scopeId)}/providers/Microsoft.Authorization/roleDefinitions/${role.guid}`;
}

/**
 * The subscription expression of each scope, made once and resolved once per stack and pass
 * (memoized-token.ts): a project's grants share a handful of scopes, and a stack with many projects
 * holds thousands of these function calls. Keyed by the scope string, which for a reference is its
 * token text, stable within one process.
 */
const SUBSCRIPTIONS = new Map<string, string>();
function subscriptionOf(scopeId: string): string {
  let subscription = SUBSCRIPTIONS.get(scopeId);
  if (subscription === undefined) {
    const segment = resourceIdSegment(scopeId, 2);
    subscription = isLiteral(scopeId) ? segment : memoizedString(segment);
    SUBSCRIPTIONS.set(scopeId, subscription);
  }
  return subscription;
}

/** The role assignments of each stack, by principal, role and scope, to the path of their owner. */
const ASSIGNMENTS = new StackClaims<string>();

/**
 * Records an assignment's principal, role and scope in its stack; returns the owner of an earlier
 * one with the same three, if any. Literal ids are compared without case, as Azure compares them;
 * a reference compares by its token text, which is the same for the same attribute read once.
 */
function claimAssignment(owner: Construct, id: string, props: GrantProps): string | undefined {
  const text = (value: string) => (isLiteral(value) ? value.toLowerCase() : value);
  const role = 'guid' in props.role ? props.role.guid : props.role.definitionResourceId;
  const key = [text(props.principal.principalId), text(role), text(props.scopeId)].join('\u0000');
  return ASSIGNMENTS.claim(owner, key, `"${owner.node.path}" (construct id "${id}")`);
}

/**
 * The stable key that names a principal's role assignments: its `key`, or its literal object id.
 * Construct ids become Terraform addresses, so they must not depend on token numbering.
 */
export function principalKey(owner: Construct, principal: IPrincipal): string {
  // Lowercased, so that one GUID written in two cases cannot become two (duplicate) assignments.
  const key = principal.key ?? (isLiteral(principal.principalId) ? principal.principalId.toLowerCase() : undefined);
  if (key === undefined) {
    throw new ValidationError(owner.constructor.name, owner, [
      'a principal whose principalId is a Terraform token needs a `key` that names its role assignments; pass one, e.g. Principal.group(objectId, "data-team").',
    ]);
  }
  return key;
}

/** Builds the construct id of a grant from the role and the principal, e.g. `AzureAIDeveloper-data-team`. */
export function grantId(owner: Construct, role: Role, principal: IPrincipal, prefix = 'Grant'): string {
  return `${prefix}-${role.name.replace(/[^A-Za-z0-9]/g, '')}-${principalKey(owner, principal)}`;
}

/**
 * Checks the arguments of a public grant method from any caller: a principal (and a built-in
 * role, for `grant(principal, role)`); throws one error naming the construct.
 */
export function checkGrantArguments(owner: IConstruct, kind: string, principal: unknown, ...role: unknown[]): void {
  const problems: string[] = [];
  if (principal === undefined || principal === null) problems.push(`principal is ${describeValue(principal)}; pass a principal such as Principal.group("<object id>", "data-team").`);
  else checkPrincipal(principal, 'principal', problems);
  if (role.length > 0) {
    if (role[0] === undefined || role[0] === null) problems.push(`role is ${describeValue(role[0])}; pass a role such as BuiltInRoles.READER.`);
    else checkBuiltInRole(role[0], 'role', problems);
  }
  if (problems.length > 0) throw new ValidationError(kind, owner, problems);
}

/**
 * The library's one way of assigning a role. Every intent method (`grantDeveloper`, the hub
 * identity's dependency roles, project storage isolation) ends here.
 *
 * A grant to the same principal, role and scope twice in one stack is an error, whatever the
 * construct ids and conditions: Azure identifies a role assignment by its scope, role and
 * principal and rejects a second one with 409 RoleAssignmentExists, condition or not (azurerm
 * issue #24045: a second condition on one principal, role and scope fails with it; PR #30558, which
 * handles that 409, describes scope, role and principal as what defines an assignment).
 */
export function grant(owner: Construct, id: string, props: GrantProps): RoleAssignment {
  const problems = checkGuid('principal id', props.principal.principalId);
  if (owner.node.tryFindChild(id)) {
    problems.push(`role "${props.role.name}" is already granted to principal "${principalKey(owner, props.principal)}" here (construct id "${id}"); grant each role once.`);
  } else {
    const earlier = claimAssignment(owner, id, props);
    if (earlier !== undefined) {
      const objectId = isLiteral(props.principal.principalId) ? ` (object id "${props.principal.principalId}")` : '';
      const scope = isLiteral(props.scopeId) ? ` "${props.scopeId}"` : '';
      problems.push(`role "${props.role.name}" is already granted to principal "${principalKey(owner, props.principal)}"${objectId} on the same scope${scope} by ${earlier}; Azure allows one role assignment per principal, role and scope, whatever its condition, so the second would fail at apply (RoleAssignmentExists). ` +
        'Grant it once; for a person or group in several projects of one hub, grant each project to a group of its own.');
    }
  }
  if (problems.length > 0) throw new ValidationError(owner.constructor.name, owner, problems);
  return new RoleAssignment(owner, id, {
    scope: props.scopeId,
    roleDefinitionId: 'guid' in props.role ? roleDefinitionId(props.subscriptionSourceId ?? props.scopeId, props.role) : props.role.definitionResourceId,
    principalId: props.principal.principalId,
    principalType: props.principal.principalType,
    description: props.description,
    condition: props.condition?.expression,
    conditionVersion: props.condition?.version,
    // A managed identity created in the same apply may not have replicated to Entra ID yet.
    skipServicePrincipalAadCheck: props.principal.principalType === 'ServicePrincipal' ? true : undefined,
  });
}
