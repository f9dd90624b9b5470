/**
 * Whose data a resource holds. A project's data is: the blob containers of its hub's storage
 * whose names start with its `project_id`, its file share `<project_id>-code`, the services
 * connected to it alone, and the project itself. A service connected at the hub is shared by all
 * of the hub's projects. Everything here reads the stack model only.
 */
import { sameId } from './terraform-json';
import { Hub, Project, Resource, StackModel } from './stack-model';

/** Whose data an access reaches. */
export type DataOwners =
  /** No project's data (a service connected to no project, a storage account no hub uses). */
  | { readonly kind: 'none' }
  /** The data of these projects only. */
  | { readonly kind: 'projects'; readonly projects: readonly Project[] }
  /**
   * The data of every project of these hubs, including projects other stacks add to them: a
   * grant not limited to one project.
   */
  | { readonly kind: 'every-project'; readonly hubs: readonly Hub[] }
  /** A resource all projects of these hubs use (a hub-level connection, the hub's registry). */
  | { readonly kind: 'shared'; readonly hubs: readonly Hub[]; readonly projects: readonly Project[] };

/** Nobody's project data. */
export const NO_OWNERS: DataOwners = { kind: 'none' };

/** The projects of some hubs that the stack declares. */
export function projectsOfHubs(hubs: readonly Hub[], model: StackModel): Project[] {
  return model.projects.filter((project) => project.hubId !== undefined && hubs.some((hub) => sameId(hub.id, project.hubId!)));
}

/** The hubs whose storage account this is. */
export function hubsUsingStorage(resource: Resource, model: StackModel): Hub[] {
  return model.hubs.filter((hub) => hub.storageAccountId !== undefined && sameId(hub.storageAccountId, resource.id));
}

/** The project whose containers and shares a name (or name prefix) denotes: it starts with the project's `project_id`. */
export function projectOfName(name: string, model: StackModel): Project | undefined {
  return model.projects.find((project) => name.startsWith(project.projectIdReference));
}

/** Data of every project of `hubs`, or nobody's when no hub uses the resource. */
export function everyProjectOf(hubs: readonly Hub[]): DataOwners {
  return hubs.length > 0 ? { kind: 'every-project', hubs } : NO_OWNERS;
}

/**
 * Whose data a connected service (AI Services, AI Search) holds: shared by a hub's projects if
 * connected at a hub, else the projects it is connected to, else nobody's.
 */
export function connectedServiceOwners(resource: Resource, model: StackModel): DataOwners {
  const parents = model.connections.filter((connection) => connection.targetId !== undefined && sameId(connection.targetId, resource.id))
    .map((connection) => connection.parentId);
  const hubs = model.hubs.filter((hub) => parents.some((parent) => sameId(parent, hub.id)));
  const projects = model.projects.filter((project) => parents.some((parent) => sameId(parent, project.id)));
  if (hubs.length > 0) return { kind: 'shared', hubs, projects: unique([...projectsOfHubs(hubs, model), ...projects]) };
  return projects.length > 0 ? { kind: 'projects', projects } : NO_OWNERS;
}

/**
 * The hubs a dependency (key vault, registry, Application Insights, Log Analytics) belongs to.
 * A Log Analytics workspace is no hub attribute: it belongs to the hubs in its resource group.
 */
export function hubsUsingDependency(resource: Resource, model: StackModel): Hub[] {
  const ids = (hub: Hub) => [hub.keyVaultId, hub.containerRegistryId, hub.applicationInsightsId];
  const direct = model.hubs.filter((hub) => ids(hub).some((id) => id !== undefined && sameId(id, resource.id)));
  if (direct.length > 0 || resource.kind !== 'log-analytics' || resource.resourceGroup === undefined) return direct;
  return model.hubs.filter((hub) => model.resources.some((candidate) => sameId(candidate.id, hub.id) && candidate.resourceGroup === resource.resourceGroup));
}

/** Shared by all projects of `hubs`, or nobody's when there is no hub. */
export function sharedBy(hubs: readonly Hub[], model: StackModel): DataOwners {
  return hubs.length > 0 ? { kind: 'shared', hubs, projects: projectsOfHubs(hubs, model) } : NO_OWNERS;
}

/** The owners in words, for the report: "project proj-a", "every project of hub-x", "shared by proj-a, proj-b". */
export function ownersText(owners: DataOwners): string {
  switch (owners.kind) {
    case 'none': return 'no project';
    case 'projects': return `${owners.projects.length > 1 ? 'projects' : 'project'} ${names(owners.projects)}`;
    case 'every-project': return `every project of ${names(owners.hubs)}`;
    case 'shared': return owners.projects.length > 0 ? `shared by ${names(owners.projects)}` : `shared by the projects of ${names(owners.hubs)}`;
  }
}

function names(items: ReadonlyArray<{ readonly name: string }>): string {
  return items.map((item) => item.name).join(', ');
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
