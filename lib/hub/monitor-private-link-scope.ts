import { MonitorPrivateLinkScope } from '@cdktf/provider-azurerm/lib/monitor-private-link-scope';
import { MonitorPrivateLinkScopedService } from '@cdktf/provider-azurerm/lib/monitor-private-link-scoped-service';
import { Construct } from 'constructs';
import { Annotations, TerraformStack } from '../core/cdktf';
import { Check, oneOf, optional, shape, str } from '../core/input';
import { ManagedResource } from '../core/posture';
import { checkResourceId, resourceIdSegment } from '../core/resource-id';

/**
 * How clients on networks connected to the scope reach Azure Monitor resources: `Open` lets them
 * reach resources outside the scope too, `PrivateOnly` only those in it. The two values azurerm
 * v4.55.0 accepts (monitor_private_link_scope_resource.go, from the 2021-07-01-preview API's
 * AccessMode constants).
 */
export type MonitorAccessMode = (typeof MONITOR_ACCESS_MODES)[number];

/** The access modes, as azurerm writes them. */
export const MONITOR_ACCESS_MODES = ['Open', 'PrivateOnly'] as const;

/** The runtime check of `monitorPrivateLinkScope` (types and allowed values). */
export const MONITOR_PRIVATE_LINK_SCOPE_PROPS: Check = shape({
  existingScopeId: optional(str()),
  name: optional(str()),
  ingestionAccessMode: optional(oneOf(MONITOR_ACCESS_MODES)),
  queryAccessMode: optional(oneOf(MONITOR_ACCESS_MODES)),
});

/** A private hub's Azure Monitor private link scope (AMPLS). */
export interface HubMonitorPrivateLinkScopeProps {
  /**
   * Add the hub's Log Analytics workspace and Application Insights to this existing scope instead
   * of creating one: Microsoft advises one scope per DNS (a second one overrides the first's
   * records and breaks monitoring for every network sharing that DNS), so a network with a central
   * scope uses that. The library then makes no scope, endpoint or zone for monitoring.
   * @default a scope of the hub's own, when the hub has `privateEndpoint`
   */
  readonly existingScopeId?: string;
  /** Name of the scope the hub creates. @default `ampls-<baseName>` */
  readonly name?: string;
  /**
   * Ingestion access mode of the created scope. Microsoft advises starting with `Open` and moving
   * to `PrivateOnly` once every Azure Monitor resource the networks use is in the scope, since
   * `PrivateOnly` blocks the others for every network sharing the DNS.
   * @default 'Open'
   */
  readonly ingestionAccessMode?: MonitorAccessMode;
  /** Query access mode of the created scope; as `ingestionAccessMode`. @default 'Open' */
  readonly queryAccessMode?: MonitorAccessMode;
}

/** The monitoring resources a private hub links to a scope, by a label for construct ids. */
export interface ScopedMonitoringResource {
  /** `LogAnalyticsWorkspace` or `ApplicationInsights`. */
  readonly label: string;
  /** The resource id. */
  readonly resourceId: string;
}

/** Checks the scope props of a hub (the name is checked with the hub's other names). Returns problems. */
export function checkMonitorPrivateLinkScope(props: HubMonitorPrivateLinkScopeProps | undefined, hubIsPrivate: boolean): string[] {
  if (props === undefined) return [];
  const problems: string[] = [];
  if (!hubIsPrivate) {
    problems.push('monitorPrivateLinkScope applies only to a private hub, and publicNetworkAccess is "Enabled", so monitoring stays public; remove monitorPrivateLinkScope.');
  }
  problems.push(...checkResourceId('monitorPrivateLinkScope.existingScopeId', props.existingScopeId, 'Microsoft.Insights/privateLinkScopes'));
  if (props.existingScopeId !== undefined) {
    for (const prop of ['name', 'ingestionAccessMode', 'queryAccessMode'] as const) {
      if (props[prop] !== undefined) problems.push(`monitorPrivateLinkScope.${prop} is set with existingScopeId; the existing scope's owner decides it, so remove ${prop}.`);
    }
  }
  return problems;
}

/** A scope monitoring resources are linked to: its name and resource group. */
interface ScopeReference {
  readonly id: string;
  readonly name: string;
  readonly resourceGroupName: string;
  /** The hub that created it, when this stack did. */
  readonly createdBy?: string;
}

/** The scope the first private hub of each stack created; later hubs join it (one scope per DNS). */
const STACK_SCOPES = new WeakMap<TerraformStack, ScopeReference>();

/** What {@link linkMonitoringToPrivateLinkScope} made. */
export interface LinkedScope {
  /** The scope's resource id (created, joined or given). */
  readonly scopeId: string;
  /** The created scope with its private endpoint spec, for the hub's posture; none when joined or given. */
  readonly created?: ManagedResource;
}

/**
 * Links a private hub's Log Analytics workspace and Application Insights to a monitor private link
 * scope, so that with internet ingestion and query off they are reached through the scope's
 * private endpoint (Microsoft Learn, "Configure private link for Azure Monitor": a scope, its
 * scoped resources, one endpoint with group id `azuremonitor`).
 *
 * The scope is the given one, else the one an earlier hub of this stack created, else a new one
 * (returned as a managed resource, whose endpoint and DNS zones the hub's posture makes with its
 * other endpoints). Microsoft Learn, "Design your Azure Private Link setup": use a single scope for
 * all networks that share a DNS, since each scope's endpoint rewrites the same global records; the
 * zones the library creates are shared by every hub of a stack.
 */
export function linkMonitoringToPrivateLinkScope(hub: Construct, props: HubMonitorPrivateLinkScopeProps, context: {
  /** The name of the scope to create. */
  readonly name: string;
  /** The hub's name, which prefixes the scoped resources' names (unique in a shared scope). */
  readonly hubName: string;
  readonly resourceGroupName: string;
  readonly resources: readonly ScopedMonitoringResource[];
}): LinkedScope {
  const stack = TerraformStack.of(hub);
  let scope: ScopeReference;
  let created: MonitorPrivateLinkScope | undefined;
  if (props.existingScopeId !== undefined) {
    // /subscriptions/<s>/resourceGroups/<rg>/providers/Microsoft.Insights/privateLinkScopes/<name>
    scope = { id: props.existingScopeId, resourceGroupName: resourceIdSegment(props.existingScopeId, 4), name: resourceIdSegment(props.existingScopeId, 8) };
  } else if (STACK_SCOPES.has(stack)) {
    scope = STACK_SCOPES.get(stack)!;
    Annotations.of(hub).addInfo(`AiHub "${hub.node.path}": its Log Analytics workspace and Application Insights join the monitor private link scope of AiHub "${scope.createdBy}" (one scope per DNS); they are reached through that hub's endpoint, so this hub's network must reach it (peering) or use a DNS and scope of its own (\`monitorPrivateLinkScope.existingScopeId\`).`);
  } else {
    created = new MonitorPrivateLinkScope(hub, 'MonitorPrivateLinkScope', {
      name: context.name,
      resourceGroupName: context.resourceGroupName,
      ingestionAccessMode: props.ingestionAccessMode ?? 'Open',
      queryAccessMode: props.queryAccessMode ?? 'Open',
    });
    scope = { id: created.id, name: created.name, resourceGroupName: context.resourceGroupName, createdBy: hub.node.path };
    STACK_SCOPES.set(stack, scope);
  }
  for (const resource of context.resources) {
    // The scoped service lives in the scope's resource group (azurerm v4.55.0
    // monitor_private_link_scoped_service_resource.go builds its id from it).
    new MonitorPrivateLinkScopedService(hub, `MonitorPrivateLinkScope-${resource.label}`, {
      name: `${context.hubName}-${resource.label}`,
      resourceGroupName: scope.resourceGroupName,
      scopeName: scope.name,
      linkedResourceId: resource.resourceId,
    });
  }
  return {
    scopeId: scope.id,
    created: created && {
      resource: created,
      taggable: true,
      holdsData: false,
      privateEndpoints: [{ id: 'PrivateEndpoint-MonitorPrivateLinkScope', resourceName: context.name, subresource: 'azuremonitor' }],
    },
  };
}
