import { AiFoundry } from '@cdktf/provider-azurerm/lib/ai-foundry';
import { PrivateEndpoint } from '@cdktf/provider-azurerm/lib/private-endpoint';
import { ApplicationInsights } from '@cdktf/provider-azurerm/lib/application-insights';
import { ContainerRegistry } from '@cdktf/provider-azurerm/lib/container-registry';
import { DataAzurermClientConfig } from '@cdktf/provider-azurerm/lib/data-azurerm-client-config';
import { KeyVault } from '@cdktf/provider-azurerm/lib/key-vault';
import { LogAnalyticsWorkspace } from '@cdktf/provider-azurerm/lib/log-analytics-workspace';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { RoleAssignment } from '@cdktf/provider-azurerm/lib/role-assignment';
import { ResourceGroup } from '@cdktf/provider-azurerm/lib/resource-group';
import { StorageAccount } from '@cdktf/provider-azurerm/lib/storage-account';
import { Construct } from 'constructs';
import { AzapiResource, AzapiUpdateResource } from '../core/azapi';
import { ITerraformDependable, TerraformResource, TerraformStack, Token } from '../core/cdktf';
import { addDiagnosticSetting, DiagnosticTarget } from '../core/diagnostics';
import { grant } from '../core/grant';
import { addLock } from '../core/lock';
import { protectFromDestroy } from '../core/protection';
import { BuiltInRoles } from '../core/roles';
import { formatProblems } from '../core/validation';
import { addOutboundRules } from '../network/outbound-rules';
import { approveConnectionEndpoint } from '../network/connection-endpoint-approval';
import type { AiProject } from '../project/ai-project';
import { ConnectionTarget, IConnectableService, serviceKey } from '../services/connectable-service';
import { addConnection, ConnectionOptions } from '../services/connection';
import { grantServiceRoles } from '../services/service-roles';
import { AiHubBase } from './ai-hub-base';
import { HubProjectDefaults, IAiHub } from './ai-hub-interface';
import { AiHubProps, HubDependency, ManagedNetworkIsolationMode } from './ai-hub-props';
import { createHubContainerRegistry } from './container-registry';
import { createHubIdentity, HubIdentity } from './identity';
import { grantHubIdentityDependencyRoles } from './hub-identity-roles';
import { addHubPrivateEndpoints, HubEndpointTarget } from './hub-private-endpoints';
import { dependencyIsPublic, resolveHubSettings } from './hub-settings';
import { checkPrivateHubPosture } from './private-hub-check';
import { ImportedAiHub, ImportedAiHubAttributes } from './imported-ai-hub';
import { createHubKeyVault } from './key-vault';
import { createHubApplicationInsights, createHubLogAnalyticsWorkspace } from './monitoring';
import { createHubStorageAccount, STORAGE_METRIC_CATEGORIES } from './storage-account';
import { HUB_WORKSPACE_API } from './workspace-api';

/**
 * An Azure AI Foundry hub (hub-based projects, formerly Azure AI Studio) with everything it needs,
 * secure by default: storage account, key vault, container registry, Log Analytics with
 * Application Insights, a user-assigned identity with the roles Microsoft documents, diagnostics,
 * destroy protection and an optional lock. Each dependency can be an existing resource instead.
 *
 * Construct ids below are Terraform addresses: changing one replaces a live resource.
 */
export class AiHub extends AiHubBase {
  /**
   * A hub deployed elsewhere, by resource id. Its storage account and region are read at plan time
   * through the azapi provider (`data "azapi_resource"`), so only the id is needed.
   */
  public static fromHubId(scope: Construct, id: string, hubId: string): IAiHub {
    return new ImportedAiHub(scope, id, { hubId });
  }

  /** A hub deployed elsewhere, described by its attributes (no lookup at plan time). */
  public static fromHubAttributes(scope: Construct, id: string, attributes: ImportedAiHubAttributes): IAiHub {
    return new ImportedAiHub(scope, id, attributes);
  }

  /** The `azurerm_ai_foundry` resource: the escape hatch for `addOverride`. */
  public readonly resource: AiFoundry;
  public readonly hubId: string;
  /** The hub's name. */
  public readonly hubName: string;
  public readonly location: string;
  /** The resource group that holds the hub and its dependencies. */
  public readonly resourceGroupName: string;
  /** The hub's primary identity, which holds its roles on the dependencies. */
  public readonly identity: HubIdentity;
  public readonly storageAccountId: string;
  /** The key vault the hub uses. */
  public readonly keyVaultId: string;
  /** The container registry the hub uses. */
  public readonly containerRegistryId: string;
  /** The Application Insights the hub uses. */
  public readonly applicationInsightsId: string;
  /** The Log Analytics workspace the hub created or was given. */
  public readonly logAnalyticsWorkspaceId: string;
  public readonly projectDefaults: HubProjectDefaults;
  public readonly projectDependencies: ITerraformDependable[];
  /** The storage account, when the hub created it. */
  public readonly storageAccount?: StorageAccount;
  /** The key vault, when the hub created it. */
  public readonly keyVault?: KeyVault;
  /** The container registry, when the hub created it. */
  public readonly containerRegistry?: ContainerRegistry;
  /** The Log Analytics workspace, when the hub created it. */
  public readonly logAnalyticsWorkspace?: LogAnalyticsWorkspace;
  /** Application Insights, when the hub created it. */
  public readonly applicationInsights?: ApplicationInsights;
  /** The private endpoints the hub created, by label (`Hub`, `StorageBlob`, `StorageFile`, `KeyVault`, `ContainerRegistry`). */
  public readonly privateEndpoints: Readonly<Record<string, PrivateEndpoint>>;
  /** The managed network's outbound rules, by rule name. */
  public readonly outboundRules: Readonly<Record<string, TerraformResource>>;
  private readonly isolationMode: ManagedNetworkIsolationMode;
  private readonly projects: AiProject[] = [];
  private readonly sharedServices: Array<{ readonly service: IConnectableService; readonly target: ConnectionTarget; readonly entraId: boolean }> = [];
  private readonly endpointApprovers = new Map<IConnectableService, RoleAssignment>();
  private lastManagedNetworkChange: ITerraformDependable;

  constructor(scope: Construct, id: string, props: AiHubProps) {
    super(scope, id);
    const s = resolveHubSettings(this, props);
    const { names } = s;
    const tags = props.tags;
    this.location = props.location;

    const resourceGroup = props.resourceGroup ?? new ResourceGroup(this, 'ResourceGroup', { name: names.resourceGroup, location: props.location, tags });
    this.resourceGroupName = resourceGroup.name;
    const placement = { location: props.location, resourceGroupName: resourceGroup.name, tags };

    // Resources this hub creates, for diagnostics, destroy protection and locks.
    const stateful: Array<TerraformResource & { readonly id: string }> = [];
    const diagnosticTargets: Array<[string, DiagnosticTarget]> = [];

    if (props.existingLogAnalyticsWorkspaceId) {
      this.logAnalyticsWorkspaceId = props.existingLogAnalyticsWorkspaceId;
    } else {
      this.logAnalyticsWorkspace = createHubLogAnalyticsWorkspace(this, 'LogAnalyticsWorkspace', { ...placement, name: names.logAnalyticsWorkspace, retentionInDays: s.logRetentionInDays });
      this.logAnalyticsWorkspaceId = this.logAnalyticsWorkspace.id;
      stateful.push(this.logAnalyticsWorkspace);
      diagnosticTargets.push(['LogAnalyticsWorkspace', { resourceId: this.logAnalyticsWorkspace.id, logs: true }]);
    }

    if (props.existingApplicationInsightsId) {
      this.applicationInsightsId = props.existingApplicationInsightsId;
    } else {
      this.applicationInsights = createHubApplicationInsights(this, 'ApplicationInsights', { ...placement, name: names.applicationInsights, workspaceId: this.logAnalyticsWorkspaceId });
      this.applicationInsightsId = this.applicationInsights.id;
      // Workspace-based: its telemetry already lands in the workspace; exporting logs again would
      // double the ingestion cost, so only metrics are sent.
      diagnosticTargets.push(['ApplicationInsights', { resourceId: this.applicationInsights.id, logs: false }]);
    }

    if (props.existingStorageAccountId) {
      this.storageAccountId = props.existingStorageAccountId;
    } else {
      this.storageAccount = createHubStorageAccount(this, 'StorageAccount', {
        ...placement, name: names.storageAccount, replication: s.storageReplication,
        publicNetworkAccess: dependencyIsPublic(s, 'StorageAccount'), denyByDefault: !s.publicNetworkAccess, softDeleteRetentionDays: s.blobSoftDeleteRetentionDays,
      });
      this.storageAccountId = this.storageAccount.id;
      stateful.push(this.storageAccount);
      const metricCategories = STORAGE_METRIC_CATEGORIES;
      diagnosticTargets.push(
        ['StorageAccount', { resourceId: this.storageAccount.id, logs: false, metricCategories }],
        ['StorageBlobService', { resourceId: `${this.storageAccount.id}/blobServices/default`, logs: true, metricCategories }],
        ['StorageFileService', { resourceId: `${this.storageAccount.id}/fileServices/default`, logs: true, metricCategories }],
      );
      this.node.addValidation({ validate: () => this.checkProviderUsesAzureAd() });
    }

    if (props.existingKeyVaultId) {
      this.keyVaultId = props.existingKeyVaultId;
    } else {
      const tenantId = props.tenantId ?? new DataAzurermClientConfig(this, 'ClientConfig').tenantId;
      this.keyVault = createHubKeyVault(this, 'KeyVault', { ...placement, name: names.keyVault, tenantId, sku: s.keyVaultSku, publicNetworkAccess: dependencyIsPublic(s, 'KeyVault'), denyByDefault: !s.publicNetworkAccess });
      this.keyVaultId = this.keyVault.id;
      stateful.push(this.keyVault);
      diagnosticTargets.push(['KeyVault', { resourceId: this.keyVault.id, logs: true }]);
    }

    if (props.existingContainerRegistryId) {
      this.containerRegistryId = props.existingContainerRegistryId;
    } else {
      this.containerRegistry = createHubContainerRegistry(this, 'ContainerRegistry', { ...placement, name: names.containerRegistry, sku: s.containerRegistrySku, publicNetworkAccess: dependencyIsPublic(s, 'ContainerRegistry'), denyByDefault: !s.publicNetworkAccess });
      this.containerRegistryId = this.containerRegistry.id;
      stateful.push(this.containerRegistry);
      diagnosticTargets.push(['ContainerRegistry', { resourceId: this.containerRegistry.id, logs: true }]);
    }

    this.identity = props.existingIdentity
      ? { id: props.existingIdentity.id, principalId: props.existingIdentity.principalId, principalType: 'ServicePrincipal', key: 'hub-identity' }
      : createHubIdentity(this, 'Identity', names.identity, props.location, resourceGroup.name, tags);

    const dependencyRoles = grantHubIdentityDependencyRoles(this, this.identity, {
      storageAccountId: this.storageAccountId,
      keyVaultId: this.keyVaultId,
      containerRegistryId: this.containerRegistryId,
      applicationInsightsId: this.applicationInsightsId,
    });

    this.resource = new AiFoundry(this, 'Hub', {
      ...placement,
      name: names.hub,
      friendlyName: props.friendlyName ?? names.hub,
      description: props.description,
      storageAccountId: this.storageAccountId,
      keyVaultId: this.keyVaultId,
      containerRegistryId: this.containerRegistryId,
      applicationInsightsId: this.applicationInsightsId,
      identity: { type: 'UserAssigned', identityIds: [this.identity.id] },
      primaryUserAssignedIdentity: this.identity.id,
      publicNetworkAccess: s.publicNetworkAccess ? 'Enabled' : 'Disabled',
      managedNetwork: { isolationMode: s.isolationMode },
      highBusinessImpactEnabled: s.highBusinessImpact,
      // Azure checks the identity's access to the dependencies while it creates the hub.
      dependsOn: dependencyRoles,
    });
    this.hubId = this.resource.id;
    this.hubName = this.resource.name;
    stateful.push(this.resource);
    diagnosticTargets.push(['Hub', { resourceId: this.resource.id, logs: true }]);

    grant(this, 'IdentityRole-Hub-Contributor', {
      scopeId: this.hubId, principal: this.identity, role: BuiltInRoles.CONTRIBUTOR,
      description: 'AI hub identity: Contributor on its hub',
    });

    // azurerm 4.55 cannot set the system datastores' auth mode. With shared keys disabled on the
    // storage account the hub must reach it with its identity, so set it through azapi.
    // azapi_update_resource re-applies the value if anything resets it. The value is the API's
    // enum literal "Identity" (AccessKey | Identity | UserDelegationSAS in the azapi provider's
    // embedded types for workspaces@2024-10-01-preview, and in go-azure-sdk machinelearningservices
    // 2025-06-01 constants.go vendored by azurerm v4.55.0); samples that write "identity" rely on
    // the service ignoring case.
    const datastoreAuth = new AzapiUpdateResource(this, 'IdentityBasedDatastores', {
      ...HUB_WORKSPACE_API,
      resourceId: this.hubId,
      body: { properties: { systemDatastoresAuthMode: 'Identity' } },
      dependsOn: [this.resource, ...dependencyRoles],
    });

    // The hub's endpoint waits for the datastore update, which rewrites the workspace.
    const endpointTargets: HubEndpointTarget[] = [{ label: 'Hub', resourceName: names.hub, resourceId: this.hubId, subresource: 'amlworkspace', dependsOn: [datastoreAuth] }];
    if (this.storageAccount) {
      endpointTargets.push(
        { label: 'StorageBlob', resourceName: names.storageAccount, resourceId: this.storageAccount.id, subresource: 'blob' },
        { label: 'StorageFile', resourceName: names.storageAccount, resourceId: this.storageAccount.id, subresource: 'file' },
      );
    }
    if (this.keyVault) endpointTargets.push({ label: 'KeyVault', resourceName: names.keyVault, resourceId: this.keyVault.id, subresource: 'vault' });
    if (this.containerRegistry) endpointTargets.push({ label: 'ContainerRegistry', resourceName: names.containerRegistry, resourceId: this.containerRegistry.id, subresource: 'registry' });
    this.privateEndpoints = props.privateEndpoint
      ? addHubPrivateEndpoints(this, props.privateEndpoint, { location: props.location, resourceGroupName: resourceGroup.name, tags }, endpointTargets)
      : {};

    if (!s.publicNetworkAccess) {
      const created: Array<[HubDependency, TerraformResource]> = [];
      if (this.storageAccount) created.push(['StorageAccount', this.storageAccount]);
      if (this.keyVault) created.push(['KeyVault', this.keyVault]);
      if (this.containerRegistry) created.push(['ContainerRegistry', this.containerRegistry]);
      this.node.addValidation({
        validate: () => {
          const problems = checkPrivateHubPosture(this.resource, created, s.dependenciesWithPublicAccess);
          return problems.length === 0 ? [] : [formatProblems('AiHub', this, problems)];
        },
      });
    }

    // The datastore update rewrites the workspace; rules written at the same time could be lost.
    const rules = addOutboundRules(this, this.hubId, this.identity, props.outboundRules ?? [], [datastoreAuth]);
    this.outboundRules = Object.fromEntries((props.outboundRules ?? []).map((rule, i) => [rule.name, rules[i]]));
    this.lastManagedNetworkChange = rules.length > 0 ? rules[rules.length - 1] : datastoreAuth;
    this.isolationMode = s.isolationMode;

    // Projects store data through the hub's datastores, so they wait for the identity mode.
    this.projectDependencies = [datastoreAuth, ...dependencyRoles];
    const diagnosticsWorkspaceId = s.diagnosticsEnabled ? props.diagnostics?.logAnalyticsWorkspaceId ?? this.logAnalyticsWorkspaceId : undefined;
    this.projectDefaults = { preventDestroy: s.preventDestroy, highBusinessImpact: s.highBusinessImpact, diagnosticsWorkspaceId, tags };

    if (diagnosticsWorkspaceId !== undefined) {
      for (const [name, target] of diagnosticTargets) addDiagnosticSetting(this, `Diagnostics-${name}`, target, diagnosticsWorkspaceId);
    }
    for (const resource of stateful) protectFromDestroy(resource, s.preventDestroy);
    if (props.lock) {
      for (const resource of stateful) addLock(this, `Lock-${resource.node.id}`, resource.id, props.lock);
    }
  }

  /**
   * Connects a service to the hub, shared with all its projects: a workspace connection with
   * Entra ID (unless `apiKey` is given, which warns). The hub identity and every project of the
   * hub get the roles the connection needs on the service, and developers of those projects the
   * roles they need to build with it. With the managed network on, the connection makes the
   * service create a private endpoint from the managed network to the service; the hub identity
   * is made approver on the service for it.
   */
  public connect(service: IConnectableService, options: ConnectionOptions = {}): AzapiResource {
    const { connection, target } = this._connectThroughManagedNetwork(service,
      (after) => addConnection(this, 'AiHub', this.hubId, service, options, [...this.projectDependencies, ...after]));
    const entraId = options.apiKey === undefined;
    if (entraId) grantServiceRoles(this, 'IdentityRole', service, target.workspaceRoles, this.identity, 'AI hub identity');
    this.sharedServices.push({ service, target, entraId });
    for (const project of this.projects) project._useService(service, target, entraId);
    return connection;
  }

  /** @internal */
  public _attachProject(project: AiProject): void {
    this.projects.push(project);
    for (const { service, target, entraId } of this.sharedServices) project._useService(service, target, entraId);
  }

  /**
   * With the managed network on, a connection makes the service create a private endpoint from it
   * to the connected service (see approveConnectionEndpoint): the hub identity is made approver on
   * the service first (once per service), and connections are created one after another, after
   * the hub's outbound rules, because the service rewrites the hub's whole rule set on every change
   * (Azure/terraform-provider-azapi#453). @internal
   */
  public _connectThroughManagedNetwork<T extends { readonly connection: AzapiResource }>(service: IConnectableService, create: (after: ITerraformDependable[]) => T): T {
    if (this.isolationMode === 'Disabled') return create([]);
    let approver = this.endpointApprovers.get(service);
    if (!approver) {
      approver = approveConnectionEndpoint(this, serviceKey(service), service.resourceId, this.identity);
      this.endpointApprovers.set(service, approver);
    }
    const created = create([approver, this.lastManagedNetworkChange]);
    this.lastManagedNetworkChange = created.connection;
    return created;
  }

  /**
   * A storage account without shared keys makes the azurerm provider fail when it reads data-plane
   * properties with keys, unless its default (un-aliased) provider uses Entra ID
   * (`storage_use_azuread = true`). A token value is left to Terraform.
   */
  private checkProviderUsesAzureAd(): string[] {
    const stack = TerraformStack.of(this);
    const defaults = stack.node.findAll().filter((c): c is AzurermProvider => c instanceof AzurermProvider && c.alias === undefined);
    const setting = defaults[0]?.storageUseAzuread;
    if (defaults.length === 0 || setting === true || Token.isUnresolved(setting)) return [];
    return [formatProblems('AiHub', this, [
      'the hub storage account has shared key access disabled, but the default azurerm provider of the stack does not set `storageUseAzuread: true`, so Terraform would fail reading the account with keys; add `storageUseAzuread: true` (or spread AZURERM_PROVIDER_DEFAULTS) into the AzurermProvider.',
    ])];
  }
}
