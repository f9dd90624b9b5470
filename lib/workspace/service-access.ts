// Who gets which role on which connected service, resolved in one place whatever the order of
// `hub.connect`, `project.connect`, `addProject` and `grantDeveloper`:
//
// - a service the hub connects: the hub identity gets the connection's roles on it, and so do
//   every project of the hub and its developers (the developer roles), including projects and
//   developers added later;
// - a service a project connects: the project identity and its developers;
// - a key-based connection gives no roles.
//
// It also orders connections on a hub's managed network (see connectHub), keeps project names
// service keys unambiguous. Hubs and projects call it; neither calls the
// other's internals.
import { RoleAssignment } from '@cdktf/provider-azurerm/lib/role-assignment';
import { Construct, IConstruct } from 'constructs';
import { AzapiResource } from '../core/azapi';
import { ITerraformDependable } from '../core/cdktf';
import { IPrincipal } from '../core/principal';
import { ValidationError } from '../core/validation';
import { warn } from '../core/warnings';
import { approveConnectionEndpoint } from '../network/connection-endpoint-approval';
import { ConnectionTarget, IConnectableService, serviceNameKey } from '../services/connectable-service';
import { addConnection, ConnectionOptions } from '../services/connection';
import { grantServiceRoles } from '../services/service-roles';
import type { IAiHub } from './ai-hub-interface';

/** What the registry needs of a project: where its grants and connections go. */
export interface ProjectWorkspace extends IConstruct {
  /** The project's hub. */
  readonly hub: IAiHub;
  /** The project's resource id (the parent of its connections). */
  readonly resourceId: string;
}

/** The managed network of a hub this stack creates, as connections see it. */
export interface ManagedNetworkState {
  /** The hub identity, made approver on every connected service. */
  readonly identity: IPrincipal;
  /** The last change to the hub's managed network so far (rules, then connections, in order). */
  lastChange: ITerraformDependable;
}

interface SharedService {
  readonly service: IConnectableService;
  readonly target: ConnectionTarget;
  readonly entraId: boolean;
}

interface ProjectState {
  readonly project: ProjectWorkspace;
  /** The project identity, as its own grants name it. */
  readonly identity: IPrincipal;
  readonly developers: IPrincipal[];
  readonly services: Array<{ readonly service: IConnectableService; readonly target: ConnectionTarget }>;
}

/** A principal with roles on a hub and everything in it: every project and connected service, also later ones. */
interface HubMember {
  readonly principal: IPrincipal;
  /** Gives the member its roles on one project (called for each project, now and later). */
  readonly onProject: (project: ProjectWorkspace) => void;
  /** The roles the member gets on each connected service (none for readers). */
  readonly serviceRoles: boolean;
  readonly services: Set<IConnectableService>;
}

interface HubState {
  /** Undefined for a hub deployed elsewhere or without a managed network. */
  managedNetwork?: ManagedNetworkState;
  /** The services connected to the hub or its projects, by their name key. */
  readonly serviceKeys: Map<string, IConnectableService>;
  readonly approvers: Map<IConnectableService, RoleAssignment>;
  readonly shared: SharedService[];
  readonly projects: ProjectState[];
  readonly members: HubMember[];
}

/** The registry's state of each hub and project, keyed by the construct. */
const HUBS = new WeakMap<IConstruct, HubState>();
const PROJECTS = new WeakMap<IConstruct, ProjectState>();

function hubState(hub: IConstruct): HubState {
  let state = HUBS.get(hub);
  if (state === undefined) {
    state = { approvers: new Map(), serviceKeys: new Map(), shared: [], projects: [], members: [] };
    HUBS.set(hub, state);
  }
  return state;
}

/**
 * Records the managed network of a hub this stack creates: connections to it then make the hub
 * identity approver on the service and wait for every earlier change of the network.
 */
export function registerManagedNetwork(hub: IAiHub, network: ManagedNetworkState): void {
  hubState(hub).managedNetwork = network;
}

/**
 * Records a project and gives it the roles on every service its hub has connected so far.
 * @param identity the project identity, with the key its own grants are named by
 */
export function registerProject(project: ProjectWorkspace, identity: IPrincipal): void {
  const state: ProjectState = { project, identity, developers: [], services: [] };
  PROJECTS.set(project, state);
  const hub = hubState(project.hub);
  hub.projects.push(state);
  for (const member of hub.members) member.onProject(project);
  for (const shared of hub.shared) useService(state, shared.service, shared.target, shared.entraId);
}

/** The projects registered with a hub so far, in the order they were created. */
export function hubProjects(hub: IAiHub): readonly ProjectWorkspace[] {
  return hubState(hub).projects.map((state) => state.project);
}

/**
 * Gives a principal roles on a hub's projects and connected services, now and later: `onProject`
 * for each project, and (with `serviceRoles`) a project's service roles once per connected
 * service, granted by the hub (`Member-<service key>-<role>-<principal key>`). One assignment per
 * service, however many projects use it: Azure keeps one per principal, role and scope.
 */
export function addHubMember(hub: IAiHub, principal: IPrincipal, serviceRoles: boolean, onProject: (project: ProjectWorkspace) => void): void {
  const state = hubState(hub);
  const member: HubMember = { principal, onProject, serviceRoles, services: new Set() };
  state.members.push(member);
  for (const project of state.projects) onProject(project.project);
  for (const shared of state.shared) if (shared.entraId) memberUsesService(hub, member, shared.service, shared.target);
  for (const project of state.projects) for (const used of project.services) memberUsesService(hub, member, used.service, used.target);
}

function memberUsesService(hub: IAiHub, member: HubMember, service: IConnectableService, target: ConnectionTarget): void {
  if (!member.serviceRoles || member.services.has(service)) return;
  member.services.add(service);
  grantServiceRoles(hub as Construct, 'Member', service, target.projectRoles, member.principal, 'AI hub member');
}

/**
 * Connects a service to a hub (shared with all its projects) and gives the hub identity, every
 * project and their developers their roles on it.
 *
 * @param identity the hub identity, with the key the hub's own grants are named by
 * @param after what a hub connection waits for besides the managed network (the datastore setting)
 */
export function connectHub(hub: IAiHub, identity: IPrincipal, service: IConnectableService, options: ConnectionOptions, after: ITerraformDependable[]): AzapiResource {
  const state = hubState(hub);
  const { connection, target } = throughManagedNetwork(hub, state, service,
    (network) => addConnection(hub as Construct, 'AiHub', hub.resourceId, service, options, [...after, ...network]));
  const entraId = options.apiKey === undefined;
  if (entraId) grantServiceRoles(hub as Construct, 'IdentityRole', service, target.hubIdentityRoles, identity, 'AI hub identity');
  state.shared.push({ service, target, entraId });
  if (entraId) for (const member of state.members) memberUsesService(hub, member, service, target);
  for (const project of state.projects) useService(project, service, target, entraId);
  if (target.category === 'CognitiveSearch' && entraId) warnAboutSharedSearch(hub, state, service);
  return connection;
}

/**
 * Search roles can be scoped to one index, but a project's index names are chosen in the portal
 * after deployment, so every project of the hub gets index data access to the whole service: one
 * project's indexes are open to the others. Warned at synth time, once the projects are known.
 */
function warnAboutSharedSearch(hub: IAiHub, state: HubState, service: IConnectableService): void {
  const key = serviceNameKey(service);
  const sharers = () => state.projects.filter((p) => p.services.some((used) => used.service === service));
  warn(hub, 'AiHub', 'shared-search',
    () => `the search service "${key}" is connected to the hub, so projects ${sharers().map((p) => `"${p.project.node.id}"`).join(', ')} can read and write each other's indexes. ` +
      'Connect a search service to each project that needs its own indexes (project.connect), as the rag-hub example does, or acknowledge the sharing.',
    key,
    () => sharers().length > 1);
}

/** Connects a service to one project and gives the project identity and developers their roles on it. */
export function connectProject(project: ProjectWorkspace, service: IConnectableService, options: ConnectionOptions, after: ITerraformDependable[]): AzapiResource {
  const state = projectState(project);
  const { connection, target } = throughManagedNetwork(project.hub, hubState(project.hub), service,
    (network) => addConnection(project as unknown as Construct, 'AiProject', project.resourceId, service, options, [...after, ...network]));
  useService(state, service, target, options.apiKey === undefined);
  return connection;
}

/** Makes a principal a developer of a project: the developer roles on every service the project uses, now and later. */
export function addProjectDeveloper(project: ProjectWorkspace, principal: IPrincipal): RoleAssignment[] {
  const state = projectState(project);
  state.developers.push(principal);
  return state.services.flatMap(({ service, target }) => grantServiceRoles(project as unknown as Construct, 'Service', service, target.projectRoles, principal, 'AI project developer'));
}

function projectState(project: ProjectWorkspace): ProjectState {
  const state = PROJECTS.get(project);
  if (state === undefined) throw new ValidationError('AiProject', project, ['the project is not registered with its hub; create projects with hub.addProject or new AiProject.']);
  return state;
}

/** Gives a project identity and its developers their roles on a service, once per service. */
function useService(state: ProjectState, service: IConnectableService, target: ConnectionTarget, entraId: boolean): void {
  if (!entraId || state.services.some((used) => used.service === service)) return;
  state.services.push({ service, target });
  const owner = state.project as unknown as Construct;
  grantServiceRoles(owner, 'Service', service, target.projectRoles, state.identity, 'AI project identity');
  for (const developer of state.developers) grantServiceRoles(owner, 'Service', service, target.projectRoles, developer, 'AI project developer');
  for (const member of hubState(state.project.hub).members) memberUsesService(state.project.hub, member, service, target);
}

/**
 * With the managed network on, a connection makes the service create a private endpoint from it
 * to the connected service (see approveConnectionEndpoint): the hub identity is made approver on
 * the service first (once per service), and connections are created one after another, after the
 * hub's outbound rules, because the service rewrites the hub's whole rule set on every change
 * (Azure/terraform-provider-azapi#453). A hub deployed elsewhere manages its network there.
 */
function throughManagedNetwork<T extends { readonly connection: AzapiResource }>(hub: IAiHub, state: HubState, service: IConnectableService, create: (after: ITerraformDependable[]) => T): T {
  claimServiceKey(hub, state, service);
  const network = state.managedNetwork;
  if (network === undefined) return create([]);
  let approver = state.approvers.get(service);
  if (!approver) {
    approver = approveConnectionEndpoint(hub as Construct, serviceNameKey(service), service.resourceId, network.identity);
    state.approvers.set(service, approver);
  }
  const created = create([approver, network.lastChange]);
  network.lastChange = created.connection;
  return created;
}

/**
 * Two services whose paths below the stack differ only in separators or case (`a-b/c` and
 * `a/b-c`) would share a key, and with it construct ids and default connection names: fail with
 * a clear message instead of a duplicate-grant error.
 */
function claimServiceKey(hub: IAiHub, state: HubState, service: IConnectableService): void {
  const key = serviceNameKey(service);
  const earlier = state.serviceKeys.get(key);
  if (earlier !== undefined && earlier !== service) {
    throw new ValidationError('AiHub', hub, [
      `services "${earlier.node.path}" and "${service.node.path}" have the same key "${key}" (their paths below the stack differ only in separators or case), which names their connections and role assignments; give one of them another construct id.`,
    ]);
  }
  state.serviceKeys.set(key, service);
}
