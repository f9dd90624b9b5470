import { PrivateEndpoint } from '@cdktf/provider-azurerm/lib/private-endpoint';
import { Construct } from 'constructs';
import { ITerraformDependable, TerraformResource } from './cdktf';
import { addDiagnosticSetting, DiagnosticTarget } from './diagnostics';
import { addLock, LockProps } from './lock';
import { addPrivateEndpoint, PrivateEndpointProps } from './private-endpoint';
import { PrivateLinkSubresource } from './private-link';

/** Whether a resource can be reached from public networks. */
export type PublicNetworkAccess = 'Enabled' | 'Disabled';

/** A Terraform resource with an `id` attribute and (when its schema has one) a `tags` map. */
export type IdentifiedResource = TerraformResource & { readonly id: string };

/** A resource whose schema has `tags`; every azurerm binding of a taggable resource has this setter. */
interface TaggableResource {
  tags: { [key: string]: string };
}

/** One diagnostic setting: its construct id and what it sends. */
export interface DiagnosticSpec extends DiagnosticTarget {
  /** Construct id of the setting (a Terraform address), e.g. `Diagnostics-KeyVault`. */
  readonly id: string;
}

/** One private endpoint a construct gives a resource when it is asked for endpoints. */
export interface PrivateEndpointSpec {
  /** Construct id of the endpoint (a Terraform address), e.g. `PrivateEndpoint-KeyVault`. */
  readonly id: string;
  /** The target resource's Azure name (the endpoint is named after it). */
  readonly resourceName: string;
  /** The subresource (group id), which also decides the DNS zones. */
  readonly subresource: PrivateLinkSubresource;
  /** What the endpoint must wait for beyond its target. */
  readonly dependsOn?: ITerraformDependable[];
}

/**
 * One resource a construct manages and the traits that decide its posture. Each construct lists
 * its resources this way; {@link applyPosture} turns the traits into tags, diagnostic settings,
 * `prevent_destroy`, locks and private endpoints the same way for every construct.
 */
export interface ManagedResource {
  /** The resource. */
  readonly resource: IdentifiedResource;
  /** Its schema has `tags`: it gets the construct's tags. */
  readonly taggable: boolean;
  /** It holds data: `prevent_destroy` when the construct protects its resources. */
  readonly holdsData: boolean;
  /** Construct id of its management lock when the construct asks for one; no lock when absent. */
  readonly lockId?: string;
  /** Its diagnostic settings (none when absent, or when the construct sends no diagnostics). */
  readonly diagnostics?: readonly DiagnosticSpec[];
  /** Its private endpoints (created only when the construct has `privateEndpoint`). */
  readonly privateEndpoints?: readonly PrivateEndpointSpec[];
}

/** The posture a construct's props ask for, after validation and defaults. */
export interface PostureSettings {
  /** Tags of every taggable resource, endpoints included. */
  readonly tags?: Record<string, string>;
  /** Where diagnostics go; none when undefined. */
  readonly diagnosticsWorkspaceId?: string;
  /** `lifecycle.prevent_destroy` on every resource that holds data. */
  readonly preventDestroy: boolean;
  /** A management lock on every lockable resource. */
  readonly lock?: LockProps;
  /** Private endpoints for every resource that has endpoint specs, in the construct's region and resource group. */
  readonly privateEndpoint?: PrivateEndpointProps & { readonly location: string; readonly resourceGroupName: string };
}

/**
 * The one place that applies posture: tags, diagnostic settings, destroy protection, management
 * locks and private endpoints, for the resources `owner` declares. Returns the private endpoints
 * by construct id.
 */
export function applyPosture(owner: Construct, resources: readonly ManagedResource[], settings: PostureSettings): Record<string, PrivateEndpoint> {
  const endpoints: Record<string, PrivateEndpoint> = {};
  for (const managed of resources) {
    if (managed.taggable && settings.tags !== undefined) (managed.resource as unknown as TaggableResource).tags = settings.tags;
    if (managed.holdsData && settings.preventDestroy) {
      managed.resource.lifecycle = { ...managed.resource.lifecycle, preventDestroy: true };
    }
  }
  if (settings.diagnosticsWorkspaceId !== undefined) {
    for (const spec of resources.flatMap((r) => r.diagnostics ?? [])) addDiagnosticSetting(owner, spec.id, spec, settings.diagnosticsWorkspaceId);
  }
  if (settings.privateEndpoint !== undefined) {
    for (const managed of resources) {
      for (const spec of managed.privateEndpoints ?? []) {
        endpoints[spec.id] = addPrivateEndpoint(owner, spec.id, settings.privateEndpoint, {
          resourceName: spec.resourceName, resourceId: managed.resource.id, subresource: spec.subresource,
          location: settings.privateEndpoint.location, resourceGroupName: settings.privateEndpoint.resourceGroupName, tags: settings.tags, dependsOn: spec.dependsOn,
        });
      }
    }
  }
  if (settings.lock !== undefined) {
    for (const managed of resources) if (managed.lockId !== undefined) addLock(owner, managed.lockId, managed.resource.id, settings.lock);
  }
  return endpoints;
}
