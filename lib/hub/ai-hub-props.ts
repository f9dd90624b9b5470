import type { DiagnosticsProps } from '../core/diagnostics';
import type { LockProps } from '../core/lock';
import type { PrivateEndpointProps } from '../core/private-endpoint';
import type { IResourceGroup } from '../core/resource-group';
import type { ManagedNetworkIsolationMode, OutboundRule } from '../network/outbound-rules';
import type { PublicNetworkAccess } from '../core/posture';
import type { HubContainerRegistryProps } from './container-registry';
import type { HubDependency } from './hub-dependency';
import type { ExistingIdentityProps } from './identity';
import type { HubKeyVaultProps } from './key-vault';
import type { HubMonitoringProps } from './monitoring';
import type { HubMonitorPrivateLinkScopeProps } from './monitor-private-link-scope';
import type { HubStorageAccountProps } from './storage-account';

export type { HubDependency, IResourceGroup, ManagedNetworkIsolationMode, PublicNetworkAccess };

/** Props of {@link AiHub}. Every default is the one a security review would pick. */
export interface AiHubProps extends HubStorageAccountProps, HubKeyVaultProps, HubContainerRegistryProps, HubMonitoringProps {
  /**
   * Base name from which every default resource name is derived (`hub-<baseName>`,
   * `st<baseName><hash>`...): 1-24 lowercase letters, digits and single hyphens, e.g. `sales-dev`.
   */
  readonly baseName: string;
  /** Azure region, e.g. `swedencentral`. */
  readonly location: string;
  /**
   * The resource group to place the hub and everything it creates in.
   * @default a new resource group `rg-<baseName>` (one per hub keeps its costs apart)
   */
  readonly resourceGroup?: IResourceGroup;
  /** Tags for every taggable resource the hub creates. @default no tags */
  readonly tags?: Record<string, string>;

  /** The hub's Azure name. @default `hub-<baseName>` */
  readonly name?: string;
  /** Name of the resource group the hub creates (ignored with `resourceGroup`). @default `rg-<baseName>` */
  readonly resourceGroupName?: string;
  /** Display name in the Azure AI Foundry portal. @default the hub name */
  readonly friendlyName?: string;
  /** Description shown in the portal. @default none */
  readonly description?: string;

  /**
   * Public network access of the hub and of the dependencies it creates. `Enabled` is an explicit
   * opt-in and emits a warning annotation.
   * @default 'Disabled': reachable only through private endpoints; the storage account, key vault
   *   and registry the hub creates have public network access disabled too
   */
  readonly publicNetworkAccess?: PublicNetworkAccess;
  /**
   * The standard private endpoint interface (same prop on every construct): here it gives private
   * endpoints to the hub (`amlworkspace`) and to the storage account (`blob`, `file`), key vault
   * (`vault`) and container registry (`registry`) it creates, all in one subnet, with DNS from
   * created zones, existing zones or Azure Policy. Existing dependencies keep whatever endpoints
   * their owners gave them. The endpoints are exposed as `hub.privateEndpoints`.
   * @default no private endpoints: a private hub is then reachable only through endpoints you
   *   create elsewhere (an info annotation says so)
   */
  readonly privateEndpoint?: PrivateEndpointProps;
  /**
   * Created dependencies that keep public network access although the hub is private, e.g. the
   * registry for build agents outside the network. Their firewalls still deny by default and let
   * trusted Azure services through; add IP rules through the escape hatch
   * (`hub.containerRegistry.addOverride(...)`). Each one emits a warning.
   * @default none: every created dependency of a private hub has public network access disabled,
   *   and synth fails if one is made public another way (an override)
   */
  readonly dependenciesWithPublicAccess?: readonly HubDependency[];
  /**
   * A private hub's Log Analytics workspace and Application Insights have internet ingestion and
   * query off, so they are reached through an Azure Monitor private link scope: one the hub creates
   * (with its private endpoint and DNS zones, from `privateEndpoint`), or an existing one
   * (`existingScopeId`, for networks with a central scope). List them in
   * `dependenciesWithPublicAccess` to keep them public instead (warns).
   * @default with `privateEndpoint`: a scope `ampls-<baseName>`, access modes `Open`; without it and
   *   without `existingScopeId`: no scope (the hub is unreachable until endpoints are made elsewhere)
   */
  readonly monitorPrivateLinkScope?: HubMonitorPrivateLinkScopeProps;
  /**
   * Isolation mode of the hub's managed network. Anything else than the default emits a warning.
   * @default 'AllowOnlyApprovedOutbound': outbound traffic only to approved destinations
   */
  readonly managedNetworkIsolationMode?: ManagedNetworkIsolationMode;
  /**
   * Outbound rules of the managed network: FQDN and service tag rules (only with
   * `AllowOnlyApprovedOutbound`) and private endpoint rules. For a private endpoint rule the hub
   * identity gets "Azure AI Enterprise Network Connection Approver" on the target.
   * @default none: only the rules Azure adds for the hub's own dependencies
   */
  readonly outboundRules?: readonly OutboundRule[];
  /**
   * High business impact: the service collects less diagnostic data and encrypts local scratch
   * disks. Turning it off emits a warning.
   * @default true
   */
  readonly highBusinessImpact?: boolean;
  /**
   * Give project identities and developers the built-in Storage Blob Data Contributor on the
   * shared storage (still limited to their containers' blobs by the ABAC condition) instead of the
   * library's custom role. The built-in role also creates and deletes containers, which no
   * condition can limit, so any project could delete another project's containers. Turning it on
   * warns (`container-management`); do so only if a feature fails without it, and say which.
   * @default false: a custom role per hub storage account with the same blob data actions,
   *   container read and user delegation keys, and no container write or delete
   */
  readonly projectPrincipalsManageContainers?: boolean;

  /**
   * Protect storage, key vault, registry, Log Analytics workspace, hub and projects with
   * `lifecycle.prevent_destroy`.
   * @default true
   */
  readonly preventDestroy?: boolean;
  /**
   * A `CanNotDelete` management lock on the stateful resources the hub creates (storage, key vault,
   * registry, Log Analytics workspace, hub); projects take their own `lock`. @default no lock
   */
  readonly lock?: LockProps;
  /** Where diagnostics of every created resource go. @default enabled, to the hub's Log Analytics workspace */
  readonly diagnostics?: DiagnosticsProps;

  /** Name of the hub's user-assigned identity. @default `id-<baseName>` */
  readonly identityName?: string;
  /** Use this user-assigned identity instead of creating one; it still receives the hub's roles. */
  readonly existingIdentity?: ExistingIdentityProps;
}
