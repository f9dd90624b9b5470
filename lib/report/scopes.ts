/**
 * What a role assignment's `scope` covers: the resource it names (and which part of it: one blob
 * container, one file share, one search index), or, for a resource group or subscription, every
 * resource of the stack inside it.
 */
import { isExpression, parseReference, pathBelow } from './terraform-json';
import { kindOfArmType, parseArmId, Resource, StackModel } from './stack-model';

/** The part of a resource a scope names. */
export type SubScope =
  | { readonly kind: 'whole' }
  | { readonly kind: 'blob-container'; readonly name: string }
  | { readonly kind: 'file-share'; readonly name: string }
  | { readonly kind: 'search-index'; readonly name: string }
  /** A path below the resource the report does not know; treated as the whole resource. */
  | { readonly kind: 'unknown'; readonly path: string };

/** One resource a scope covers, and which part of it. */
export interface ScopeTarget {
  readonly resource: Resource;
  readonly sub: SubScope;
}

/** A scope, resolved against the stack. */
export interface ResolvedScope {
  /** The scope, shortened for people (`azurerm_storage_account.hub`, `<proj-a id>` for a project id). */
  readonly label: string;
  /** For a resource group or subscription scope: that resource group or subscription. */
  readonly container?: Resource;
  /** The resources covered (for a container: those of the stack inside it). */
  readonly targets: readonly ScopeTarget[];
}

/** Resolves `scope` (as an `azurerm_role_assignment` writes it) against the stack's resources. */
export function resolveScope(scope: string, model: StackModel): ResolvedScope {
  const label = shortenExpressions(scope, model);
  const known = longestKnownBase(scope, model.resources);
  let { resource, rest } = known ?? unknownResource(scope);
  resource = declaredGroup(resource, model);
  if (isContainer(resource) && rest !== '') ({ resource, rest } = resourceInGroup(resource, rest, model));
  if (isContainer(resource)) {
    const inside = model.resources.filter((candidate) => candidate !== resource && contains(resource, candidate));
    return { label, container: resource, targets: inside.map((target) => ({ resource: target, sub: { kind: 'whole' } })) };
  }
  return { label, targets: [{ resource, sub: subScope(rest) }] };
}

function isContainer(resource: Resource): boolean {
  return resource.kind === 'resource-group' || resource.kind === 'subscription';
}

/** The known resource whose id the scope equals or lies below, preferring the longest id. */
function longestKnownBase(scope: string, resources: readonly Resource[]): { resource: Resource; rest: string } | undefined {
  let best: { resource: Resource; rest: string } | undefined;
  for (const resource of resources) {
    const rest = pathBelow(scope, resource.id);
    if (rest !== undefined && (!best || resource.id.length > best.resource.id.length)) best = { resource, rest };
  }
  return best;
}

/**
 * A resource for a scope the stack does not declare: a subscription or resource group path
 * (whose segments may be Terraform expressions), else a resource whose kind the ARM id tells.
 */
function unknownResource(scope: string): { resource: Resource; rest: string } {
  const container = /^\/subscriptions\/([^/]+)(?:\/resourceGroups\/([^/]+))?\/?$/i.exec(scope);
  if (container) {
    const subscription = isExpression(container[1]) ? undefined : container[1];
    const resource: Resource = container[2] === undefined
      ? { id: scope, kind: 'subscription', name: container[1], subscription }
      : { id: scope, kind: 'resource-group', name: container[2], resourceGroup: container[2], subscription };
    return { resource, rest: '' };
  }
  const parts = parseArmId(scope);
  if (parts?.type) {
    const id = scope.slice(0, scope.length - parts.rest.length);
    const resource: Resource = { id, kind: kindOfArmType(parts.type), name: parts.name ?? id, resourceGroup: parts.resourceGroup, subscription: parts.subscription };
    return { resource, rest: parts.rest };
  }
  const reference = parseReference(scope);
  const resource: Resource = reference?.type === 'data.azurerm_subscription'
    ? { id: scope, kind: 'subscription', name: `data.azurerm_subscription.${reference.name}` }
    : { id: scope, kind: 'other', name: scope };
  return { resource, rest: '' };
}

/** For a literal resource group path: the stack's resource group of that name if it declares one (its resources reference it by name). */
function declaredGroup(resource: Resource, model: StackModel): Resource {
  if (resource.kind !== 'resource-group' || resource.resourceGroup === undefined || isExpression(resource.resourceGroup)) return resource;
  return model.resources.find((candidate) => candidate.kind === 'resource-group' && candidate.address !== undefined
    && candidate.resourceGroup !== undefined && sameName(candidate.resourceGroup, resource.resourceGroup!)) ?? resource;
}

/**
 * A resource written as a path below a resource group (`${azurerm_resource_group.rg.id}/providers/
 * Microsoft.Storage/storageAccounts/st1/...`): the stack's resource of that kind and name in the
 * group if there is one, else a resource known only by that path.
 */
function resourceInGroup(group: Resource, rest: string, model: StackModel): { resource: Resource; rest: string } {
  const match = /^\/providers\/([^/]+)\/([^/]+)\/([^/]+)(\/.*)?$/i.exec(rest);
  if (!match) return { resource: { id: group.id + rest, kind: 'other', name: group.id + rest }, rest: '' };
  const [, namespace, type, name, below] = match;
  const kind = kindOfArmType(`${namespace}/${type}`);
  const declared = model.resources.find((candidate) => candidate.kind === kind && sameName(candidate.name, name) && contains(group, candidate));
  const resource = declared ?? { id: `${group.id}/providers/${namespace}/${type}/${name}`, kind, name, resourceGroup: group.resourceGroup, subscription: group.subscription };
  return { resource, rest: below ?? '' };
}

/** Reads the path below a resource: one container, share or index, or something unknown. */
function subScope(rest: string): SubScope {
  if (rest === '') return { kind: 'whole' };
  const container = /^\/blobServices\/default\/containers\/([^/]+)$/i.exec(rest);
  if (container) return { kind: 'blob-container', name: container[1] };
  // Role assignments use `fileshares` (ARM ids of shares use `shares`; accept both).
  const share = /^\/fileServices\/default\/(?:file)?shares\/([^/]+)$/i.exec(rest);
  if (share) return { kind: 'file-share', name: share[1] };
  const index = /^\/indexes\/([^/]+)$/i.exec(rest);
  if (index) return { kind: 'search-index', name: index[1] };
  return { kind: 'unknown', path: rest };
}

/** Whether a resource group or subscription contains a (non-container) resource of the stack. */
function contains(container: Resource, resource: Resource): boolean {
  if (isContainer(resource)) return false;
  // A resource written as a Terraform reference could be in any subscription: count it in.
  const sameSubscription = container.subscription === undefined || resource.subscription === undefined
    || container.subscription.toLowerCase() === resource.subscription.toLowerCase();
  if (container.kind === 'subscription') return sameSubscription;
  const group = resource.resourceGroup;
  if (group === undefined || !sameSubscription) return false;
  // A declared group is named by reference (`${azurerm_resource_group.rg.name}`) or by its name.
  const names = [container.address ? `\${${container.address}.name}` : undefined, container.resourceGroup];
  return names.some((name) => name !== undefined && sameName(name, group));
}

/** Whether two names are the same: expressions as written, literals ignoring case. */
function sameName(a: string, b: string): boolean {
  return isExpression(a) || isExpression(b) ? a === b : a.toLowerCase() === b.toLowerCase();
}

/**
 * Shortens the Terraform expressions in a scope or name for people: `${azurerm_x.y.id}` becomes
 * `azurerm_x.y`, and a project's `${azurerm_ai_foundry_project.p.project_id}` becomes
 * `<name id>`, `name` being the project's name.
 */
export function shortenExpressions(text: string, model: StackModel): string {
  return text.replace(/\$\{([^{}]+)\}/g, (whole, inner: string) => {
    const reference = parseReference(whole);
    if (!reference) return whole;
    if (reference.type === 'azurerm_ai_foundry_project' && reference.attribute === 'project_id') {
      const project = model.projects.find((candidate) => candidate.projectIdReference === whole);
      return `<${project?.name ?? reference.name} id>`;
    }
    if (reference.attribute === 'id') return `${reference.type}.${reference.name}`;
    return inner;
  });
}
