/**
 * What each principal can reach, and which of that is another project's data.
 *
 * For every role assignment: resolve the role and the scope, then list, per resource the scope
 * covers, what the role permits there and whose data that is. Blob data on a hub's storage is
 * split by the ABAC container condition: an action the condition limits reaches only the
 * prefixed project's containers; an action it leaves out (or any action, without a condition)
 * reaches every project's.
 *
 * A cross-project finding is a reach of a project principal of P (its identity or a member) into
 * data of a project it is not a principal of, or into every project's data. Shared resources
 * (hub connections, the hub's registry and monitoring) and non-project principals (hub and
 * service identities) are reported but are never findings.
 */
import { conditionLimits, ContainerCondition, parseContainerCondition } from './abac-condition';
import { capabilitiesOf, Capability, containerOperations, fileVerbs, orderedVerbs, permittedBlobActions, StorageVerb } from './capabilities';
import {
  connectedServiceOwners, DataOwners, everyProjectOf, hubsUsingDependency, hubsUsingStorage, NO_OWNERS, ownersText, projectOfName, sharedBy,
} from './data-ownership';
import { compare, Principal, principalsOf } from './principals';
import { HUB_WIDE_ACCESS_DESCRIPTION } from '../core/hub-wide-access-mark';
import { RoleDefinition } from './role-permissions';
import { resolveRole, ResolvedRole } from './role-resolution';
import { resolveScope, ScopeTarget, shortenExpressions } from './scopes';
import { Resource, RoleAssignment, StackModel } from './stack-model';
import { isExpression, sameId } from './terraform-json';

/** One thing a principal can do, through one role assignment. */
export interface Reach {
  /** The resource, for people: "storage account `st1` (hub hub-a)". */
  readonly resource: string;
  /** What the role permits there: "blob containers: read, write". */
  readonly access: string;
  /** Whose data that is. */
  readonly owners: DataOwners;
  /** The role's name (or what is known of an unknown role). */
  readonly role: string;
  /** The assignment's scope, shortened. */
  readonly scope: string;
  /** The assignment's Terraform address. */
  readonly assignment: string;
}

/** A principal and everything it reaches, sorted. */
export interface PrincipalAccess {
  readonly principal: Principal;
  readonly reach: readonly Reach[];
}

/** A project principal reaching data of a project it is not a principal of. */
export interface Finding {
  readonly principal: Principal;
  readonly reach: Reach;
  /** The other projects reached, in words: "project proj-b", "every project of hub-a". */
  readonly reached: string;
}

/** The access report of one stack. */
export interface StackReport {
  readonly model: StackModel;
  readonly principals: readonly PrincipalAccess[];
  readonly findings: readonly Finding[];
}

/** What the report says of a role it cannot evaluate. */
const NOT_EVALUATED = 'not evaluated (unknown role): counted as possibly reaching everything in scope';

/** Builds the report of one stack. */
export function buildStackReport(model: StackModel): StackReport {
  const principals = principalsOf(model).map((principal) => ({
    principal,
    reach: model.assignments.filter((assignment) => assignment.principalId === principal.key)
      .flatMap((assignment) => reachOf(assignment, model)).sort(compareReach),
  }));
  const hubWide = new Set(model.assignments.filter((a) => a.description?.startsWith(HUB_WIDE_ACCESS_DESCRIPTION)).map((a) => a.address));
  const findings = principals.flatMap(({ principal, reach }) => reach.flatMap((item) => {
    const reached = crossProjectReach(principal, item.owners, hubWide.has(item.assignment));
    return reached === undefined ? [] : [{ principal, reach: item, reached }];
  }));
  return { model, principals, findings };
}

/**
 * If `owners` is data of a project the principal is not a principal of, that data in words;
 * `undefined` when it is not a finding.
 */
export function crossProjectReach(principal: Principal, owners: DataOwners, hubWideGrant = false): string | undefined {
  if (principal.projects.length === 0) return undefined;
  // Hub-wide access (an assignment marked so, to a member of the hub) reaches that hub's projects on purpose.
  const ownHub = (hubId: string | undefined) => hubWideGrant && principal.hubs.some((hub) => hub.id === hubId);
  if (owners.kind === 'every-project') {
    const others = owners.hubs.filter((hub) => !ownHub(hub.id));
    return others.length > 0 ? ownersText({ kind: 'every-project', hubs: others }) : undefined;
  }
  if (owners.kind !== 'projects') return undefined;
  const others = owners.projects.filter((project) => !principal.projects.includes(project) && !ownHub(project.hubId));
  return others.length > 0 ? ownersText({ kind: 'projects', projects: others }) : undefined;
}

function compareReach(a: Reach, b: Reach): number {
  return compare(a.resource, b.resource) || compare(a.access, b.access) || compare(ownersText(a.owners), ownersText(b.owners))
    || compare(a.role, b.role) || compare(a.scope, b.scope) || compare(a.assignment, b.assignment);
}

/** Everything one assignment reaches. */
function reachOf(assignment: RoleAssignment, model: StackModel): Reach[] {
  const resolved = resolveRole(assignment, model);
  const scope = resolveScope(assignment.scope, model);
  const role = resolved.known ? `${resolved.role.name}${resolved.role.origin === 'custom' ? ' (custom role)' : ''}` : resolved.label;
  const make = (resource: string, access: string, owners: DataOwners): Reach => ({ resource, access, owners, role, scope: scope.label, assignment: assignment.address });

  if (scope.targets.length === 0) {
    // A resource group or subscription with none of the stack's resources inside.
    const container = resourceLabel(scope.container!, model);
    if (!resolved.known) return [make(container, NOT_EVALUATED, NO_OWNERS)];
    const capabilities = capabilitiesOf(resolved.role, scope.container!.kind);
    return [make(container, capabilities.length > 0 ? labels(capabilities) : 'no resources of this stack inside', NO_OWNERS)];
  }
  return scope.targets.flatMap((target) => {
    const rows = targetReach(resolved, assignment, target, model);
    return rows.map(({ access, owners }) => make(resourceLabel(target.resource, model), access, owners));
  });
}

/** What a role permits on one resource the scope covers, grouped by whose data it is. */
function targetReach(resolved: ResolvedRole, assignment: RoleAssignment, target: ScopeTarget, model: StackModel): Array<{ access: string; owners: DataOwners }> {
  if (!resolved.known) return [{ access: NOT_EVALUATED, owners: possibleOwners(target, model) }];
  const rows = target.resource.kind === 'storage'
    ? storageReach(resolved.role, assignment, target, model)
    : serviceReach(resolved.role, target, model);
  return rows.length > 0 ? rows : [{ access: 'no data access', owners: NO_OWNERS }];
}

/**
 * Whose data a role could reach on a resource if it can do anything there (an unknown role, or
 * one that can grant itself roles): shared storage and services count as every project's.
 */
function possibleOwners(target: ScopeTarget, model: StackModel): DataOwners {
  const { resource, sub } = target;
  if (sub.kind === 'blob-container' || sub.kind === 'file-share') {
    const project = projectOfName(sub.name, model);
    return project ? { kind: 'projects', projects: [project] } : NO_OWNERS;
  }
  switch (resource.kind) {
    case 'storage': return everyProjectOf(hubsUsingStorage(resource, model));
    case 'ai-services':
    case 'search': {
      const owners = connectedServiceOwners(resource, model);
      return owners.kind === 'shared' ? everyProjectOf(owners.hubs) : owners;
    }
    case 'key-vault': return everyProjectOf(hubsUsingDependency(resource, model));
    case 'project': return projectOwners(resource, model);
    default: return ownersOfKind(resource, model);
  }
}

/** Blob, file and account access on a storage account (or one container or share of it). */
function storageReach(role: RoleDefinition, assignment: RoleAssignment, target: ScopeTarget, model: StackModel): Array<{ access: string; owners: DataOwners }> {
  const { resource, sub } = target;
  const every = everyProjectOf(hubsUsingStorage(resource, model));
  const part = sub.kind === 'blob-container' || sub.kind === 'file-share' ? sub.name : undefined;
  const partOwners: DataOwners = part === undefined ? every : possibleOwners(target, model);
  const partName = part === undefined ? '' : ` \`${shortenExpressions(part, model)}\``;
  const rows: Array<{ access: string; owners: DataOwners }> = [];

  const blobActions = sub.kind === 'file-share' ? [] : permittedBlobActions(role);
  if (blobActions.length > 0 && sub.kind === 'blob-container') {
    rows.push({ access: `blob container${partName}: ${orderedVerbs(blobActions.map((a) => a.verb)).join(', ')}`, owners: partOwners });
  } else if (blobActions.length > 0) {
    rows.push(...conditionedBlobReach(blobActions, assignment.condition, every, model));
  }
  const operations = sub.kind === 'file-share' ? [] : containerOperations(role);
  if (operations.length > 0) {
    rows.push(sub.kind === 'blob-container'
      ? { access: `blob container${partName}: ${operations.join(', ')} (control plane)`, owners: partOwners }
      : { access: `all blob containers: ${operations.join(', ')} (control plane: no ABAC condition limits it)`, owners: every });
  }
  const files = sub.kind === 'blob-container' ? [] : fileVerbs(role);
  if (files.length > 0) {
    rows.push({ access: `${part === undefined ? 'all file shares' : `file share${partName}`}: ${files.join(', ')}`, owners: partOwners });
  }
  for (const capability of capabilitiesOf(role, 'storage', part === undefined)) {
    const owners = capability.id === 'owner-like' ? NO_OWNERS : capability.id === 'assign-roles' ? possibleOwners(target, model) : every;
    rows.push({ access: capability.label, owners });
  }
  return rows;
}

/**
 * Blob data at account scope, split by the ABAC condition: the actions it limits to a project's
 * prefix reach that project's containers; every other action reaches every project's.
 */
function conditionedBlobReach(
  actions: ReadonlyArray<{ action: string; verb: StorageVerb }>, condition: string | undefined, every: DataOwners, model: StackModel,
): Array<{ access: string; owners: DataOwners }> {
  const parsed: ContainerCondition | undefined = condition === undefined ? undefined : parseContainerCondition(condition);
  const project = parsed ? projectOfName(parsed.prefix, model) : undefined;
  const limited = parsed && project ? actions.filter(({ action }) => conditionLimits(parsed, action)) : [];
  const unlimited = actions.filter((action) => !limited.includes(action));
  const rows: Array<{ access: string; owners: DataOwners }> = [];
  if (limited.length > 0) {
    rows.push({ access: `blob containers: ${orderedVerbs(limited.map((a) => a.verb)).join(', ')}`, owners: { kind: 'projects', projects: [project!] } });
  }
  if (unlimited.length > 0) {
    const why = condition === undefined ? ''
      : !parsed ? ' (condition not recognised: treated as not limiting)'
        : !project ? ` (condition prefix '${shortenExpressions(parsed.prefix, model)}' is not a project's project_id)`
          : ' (the condition does not list these actions)';
    rows.push({ access: `${every.kind === 'none' ? 'all ' : ''}blob containers: ${orderedVerbs(unlimited.map((a) => a.verb)).join(', ')}${why}`, owners: every });
  }
  return rows;
}

/** Access to anything but storage: capabilities grouped by whose data they reach. */
function serviceReach(role: RoleDefinition, target: ScopeTarget, model: StackModel): Array<{ access: string; owners: DataOwners }> {
  const { resource, sub } = target;
  const capabilities = capabilitiesOf(role, resource.kind, sub.kind !== 'search-index');
  // One row per distinct owner, keeping the capabilities' order.
  const groups = new Map<string, { owners: DataOwners; granted: Capability[] }>();
  for (const capability of capabilities) {
    const owners = capability.id === 'assign-roles' ? possibleOwners(target, model) : capabilityOwners(capability, resource, model);
    const key = `${owners.kind}: ${ownersText(owners)}`;
    groups.set(key, { owners, granted: [...groups.get(key)?.granted ?? [], capability] });
  }
  const prefix = sub.kind === 'search-index' ? `index \`${shortenExpressions(sub.name, model)}\`: ` : '';
  return [...groups.values()].map(({ owners, granted }) => ({ access: prefix + labels(granted), owners }));
}

/** Whose data one capability on a (non-storage) resource reaches. */
function capabilityOwners(capability: Capability, resource: Resource, model: StackModel): DataOwners {
  switch (resource.kind) {
    case 'ai-services':
    case 'search': return connectedServiceOwners(resource, model);
    case 'key-vault': {
      // The hub's vault holds the connection secrets of every project of the hub.
      const hubs = hubsUsingDependency(resource, model);
      return capability.id === 'kv-read-secrets' || capability.id === 'kv-write-secrets' ? everyProjectOf(hubs) : sharedBy(hubs, model);
    }
    case 'project': return projectOwners(resource, model);
    default: return ownersOfKind(resource, model);
  }
}

/** Owners of the remaining kinds: the hub's registry, monitoring and the hub itself are shared. */
function ownersOfKind(resource: Resource, model: StackModel): DataOwners {
  switch (resource.kind) {
    case 'registry':
    case 'app-insights':
    case 'log-analytics': return sharedBy(hubsUsingDependency(resource, model), model);
    case 'hub': return sharedBy(model.hubs.filter((hub) => sameId(hub.id, resource.id)), model);
    default: return NO_OWNERS;
  }
}

function projectOwners(resource: Resource, model: StackModel): DataOwners {
  const project = model.projects.find((candidate) => candidate.id === resource.id);
  return project ? { kind: 'projects', projects: [project] } : NO_OWNERS;
}

function labels(capabilities: readonly Capability[]): string {
  return capabilities.map((capability) => capability.label).join(', ');
}

const KIND_LABELS: Readonly<Record<Resource['kind'], string>> = {
  storage: 'storage account', 'ai-services': 'AI Services', search: 'AI Search', 'key-vault': 'key vault', registry: 'container registry',
  'log-analytics': 'Log Analytics workspace', 'app-insights': 'Application Insights', hub: 'hub', project: 'project',
  'ml-workspace': 'ML workspace', 'resource-group': 'resource group', subscription: 'subscription', other: 'resource',
};

/** A resource for people: its kind, its name, and the hub it serves. */
export function resourceLabel(resource: Resource, model: StackModel): string {
  const hubs = resource.kind === 'storage' ? hubsUsingStorage(resource, model)
    : ['key-vault', 'registry', 'app-insights', 'log-analytics'].includes(resource.kind) ? hubsUsingDependency(resource, model) : [];
  const hubText = hubs.length > 0 ? ` (hub ${hubs.map((hub) => hub.name).join(', ')})` : '';
  // A dependency of an existing hub, known only through the hub's lookup: it has no name here.
  if (resource.address === undefined && isExpression(resource.id)) return `${KIND_LABELS[resource.kind]} looked up from the hub${hubText}`;
  return `${KIND_LABELS[resource.kind]} \`${shortenExpressions(resource.name, model)}\`${hubText}`;
}
