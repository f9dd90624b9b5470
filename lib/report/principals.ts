/**
 * Who the stack grants roles to. A principal is keyed by its `principal_id` expression as written
 * (`${var.team}`, `${azurerm_ai_foundry_project.p.identity[0].principal_id}`, a literal GUID),
 * labelled for people, and classified: a project's identity, a member of projects, a hub
 * identity, a service identity, or other.
 */
import { isExpression, parseReference } from './terraform-json';
import { Hub, Project, StackModel } from './stack-model';

/** The kinds of principal, in the order the report lists them. */
export const PRINCIPAL_KINDS = ['project-identity', 'project-member', 'hub-identity', 'service-identity', 'other'] as const;

/** A kind of principal; see {@link PRINCIPAL_KINDS}. */
export type PrincipalKind = typeof PRINCIPAL_KINDS[number];

/** A principal the stack grants roles to. */
export interface Principal {
  /** The `principal_id` as written in the stack. */
  readonly key: string;
  /** A readable name: `proj-a identity`, `var.team_group_id`, a GUID with its principal type. */
  readonly label: string;
  readonly kind: PrincipalKind;
  /** The kind in words: "project identity of proj-a; member of proj-b". */
  readonly description: string;
  /**
   * The projects whose data is this principal's own: the project it is the identity of, and the
   * projects it is a member of. Empty for hub and service identities, which are never project
   * principals.
   */
  readonly projects: readonly Project[];
  /**
   * The hubs this principal is a member of: it holds a role whose scope is exactly the hub. Its
   * hub-wide assignments (marked by their description, as `AiEnvironment` makes them) reach that
   * hub's projects on purpose: reported, not a finding.
   */
  readonly hubs: readonly Hub[];
}

/**
 * The principals of every role assignment in the stack, sorted by kind, then label, then key.
 * Membership: a principal holding any role whose scope is exactly a project's id is a member of
 * that project.
 */
export function principalsOf(model: StackModel): Principal[] {
  const keys = [...new Set(model.assignments.map((assignment) => assignment.principalId))];
  const principals = keys.map((key) => describePrincipal(key, model));
  const kindOrder = (kind: PrincipalKind) => PRINCIPAL_KINDS.indexOf(kind);
  return principals.sort((a, b) => kindOrder(a.kind) - kindOrder(b.kind) || compare(a.label, b.label) || compare(a.key, b.key));
}

/** Compares strings by code unit, so the order does not depend on the locale. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function describePrincipal(key: string, model: StackModel): Principal {
  const memberOf = model.projects.filter((project) => model.assignments.some((assignment) => assignment.principalId === key && assignment.scope === project.id));
  const hubMemberOf = model.hubs.filter((candidate) => model.assignments.some((assignment) => assignment.principalId === key && assignment.scope === candidate.id));
  const hubText = hubMemberOf.length > 0 ? `member of hub ${hubMemberOf.map((h) => h.name).join(', ')} (hub-wide)` : undefined;
  const identityOf = model.projects.find((project) => project.identityPrincipalId === key);
  const hub = model.hubs.find((candidate) => candidate.identityPrincipalIds.includes(key));
  const service = model.serviceIdentities.get(key);
  const membership = memberOf.filter((project) => project !== identityOf);
  const memberText = membership.length > 0 ? `member of ${membership.map((project) => project.name).join(', ')}` : undefined;

  if (identityOf) {
    return {
      key, label: `${identityOf.name} identity`, kind: 'project-identity',
      description: [`project identity of ${identityOf.name}`, memberText].filter(Boolean).join('; '),
      projects: [identityOf, ...membership], hubs: [],
    };
  }
  if (hub) {
    const reference = parseReference(key);
    const userAssigned = reference?.type === 'azurerm_user_assigned_identity' ? ` (user-assigned identity ${reference.name})` : '';
    return { key, label: `${hub.name} identity`, kind: 'hub-identity', description: `hub identity of ${hub.name}${userAssigned}`, projects: [], hubs: [] };
  }
  if (service) {
    const kind = service.kind === 'search' ? 'AI Search' : 'AI Services';
    return { key, label: `${service.name} identity`, kind: 'service-identity', description: `service identity of ${kind} ${service.name}`, projects: [], hubs: [] };
  }
  const label = otherLabel(key, model);
  // A literal object id says nothing to a reader; the constructs that grant it do.
  const grantedIn = isExpression(key) ? undefined : commonConstructPath(key, model);
  const where = grantedIn ? `; granted in ${grantedIn}` : '';
  const memberships = [hubText, memberText].filter(Boolean).join('; ');
  return memberText
    ? { key, label, kind: 'project-member', description: memberships + where, projects: membership, hubs: hubMemberOf }
    : { key, label, kind: 'other', description: `${hubText ?? 'no project membership'}${where}`, projects: [], hubs: hubMemberOf };
}

/** The construct path shared by all of a principal's assignments (without their own last segment), if the file records paths. */
function commonConstructPath(key: string, model: StackModel): string | undefined {
  const paths = model.assignments.filter((assignment) => assignment.principalId === key).map((assignment) => assignment.path);
  if (paths.length === 0 || paths.some((path) => path === undefined)) return undefined;
  const [first, ...others] = paths.map((path) => path!.split('/').slice(0, -1));
  let common = first;
  for (const path of others) {
    let length = 0;
    while (length < common.length && common[length] === path[length]) length++;
    common = common.slice(0, length);
  }
  return common.length > 0 ? common.join('/') : undefined;
}

/** A label for a principal that is no identity the stack knows: a variable, a resource, a literal GUID. */
function otherLabel(key: string, model: StackModel): string {
  const reference = parseReference(key);
  if (reference?.type === 'var') return `var.${reference.name}`;
  if (reference) return `${reference.type}.${reference.name}`;
  const types = [...new Set(model.assignments.filter((assignment) => assignment.principalId === key).map((assignment) => assignment.principalType))]
    .filter((type): type is string => type !== undefined).sort();
  return types.length > 0 ? `${key} (${types.join(', ')})` : key;
}
