import { AiFoundry } from '@cdktf/provider-azurerm/lib/ai-foundry';
import { ApplicationInsights } from '@cdktf/provider-azurerm/lib/application-insights';
import { ContainerRegistry } from '@cdktf/provider-azurerm/lib/container-registry';
import { KeyVault } from '@cdktf/provider-azurerm/lib/key-vault';
import { LogAnalyticsWorkspace } from '@cdktf/provider-azurerm/lib/log-analytics-workspace';
import { PrivateEndpoint } from '@cdktf/provider-azurerm/lib/private-endpoint';
import { RoleAssignment } from '@cdktf/provider-azurerm/lib/role-assignment';
import { ResourceGroup } from '@cdktf/provider-azurerm/lib/resource-group';
import { StorageAccount } from '@cdktf/provider-azurerm/lib/storage-account';
import { Construct } from 'constructs';
import { AzapiResource, AzapiUpdateResource } from '../core/azapi';
import { ITerraformDependable, TerraformResource, TerraformStack } from '../core/cdktf';
import { grant } from '../core/grant';
import { checkInput, checkScope, optional, shape, str } from '../core/input';
import { applyPosture, ManagedResource } from '../core/posture';
import { stackHasPrivateEndpointTo } from '../core/private-endpoint';
import { constructNameKey } from '../core/construct-key';
import { ManagedIdentity } from '../core/principal';
import { defineProjectBlobDataRole } from '../core/project-blob-data-role';
import { BuiltInRoles, Role } from '../core/roles';
import { IResourceGroup } from '../core/resource-group';
import { formatProblems, ValidationError } from '../core/validation';
import { warn } from '../core/warnings';
import { addOutboundRules } from '../network/outbound-rules';
import { checkConnectArguments, ConnectionOptions } from '../services/connection';
import type { IConnectableService } from '../services/connectable-service';
import { HubProjectDefaults } from '../workspace/ai-hub-interface';
import { connectHub, registerManagedNetwork } from '../workspace/service-access';
import { claimHubName, resourceGroupKey } from '../workspace/workspace-names';
import { AiHubBase } from './ai-hub-base';
import { AiHubProps } from './ai-hub-props';
import { AI_HUB_PROPS } from './ai-hub-input';
import { APPLICATION_INSIGHTS, LOG_ANALYTICS_WORKSPACE } from './monitoring';
import { CONTAINER_REGISTRY } from './container-registry';
import { DependencyNetworkPosture } from './hub-dependency';
import { createHubIdentity, existingHubIdentity, HubIdentity } from './identity';
import { dependencyIsPublic, existingIdOf, HUB_DEPENDENCY_DESCRIPTORS, resolveHubSettings } from './hub-settings';
import { checkPrivateHubPosture } from './private-hub-check';
import { ImportedAiHub, ImportedAiHubAttributes } from './imported-ai-hub';
import { KEY_VAULT } from './key-vault';
import { linkMonitoringToPrivateLinkScope } from './monitor-private-link-scope';
import { STORAGE_ACCOUNT } from './storage-account';
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
   * `options.projectBlobDataRoleId` shares the hub stack's project blob role (see ImportedAiHubAttributes).
   */
  public static fromHubId(scope: Construct, id: string, resourceId: string, options: { readonly projectBlobDataRoleId?: string } = {}): ImportedAiHub {
    checkScope('AiHub', scope, id);
    checkInput(scope, 'AiHub', options, shape({ projectBlobDataRoleId: optional(str()) }, 'an object such as { projectBlobDataRoleId }'), 'options', `${scope.node.path}/${id}`);
    return new ImportedAiHub(scope, id, { resourceId, projectBlobDataRoleId: options.projectBlobDataRoleId });
  }

  /** A hub deployed elsewhere, described by its attributes (no lookup at plan time). */
  public static fromHubAttributes(scope: Construct, id: string, attributes: ImportedAiHubAttributes): ImportedAiHub {
    return new ImportedAiHub(scope, id, attributes);
  }

  /** The `azurerm_ai_foundry` resource: the escape hatch for `addOverride`. */
  public readonly resource: AiFoundry;
  public readonly resourceId: string;
  /** The hub's Azure name. */
  public readonly name: string;
  public readonly location: string;
  /** The resource group that holds the hub and its dependencies. */
  public readonly resourceGroupName: string;
  /** That resource group's id (for budgets and grants on the group). */
  public readonly resourceGroupId: string;
  /** The hub's primary identity, which holds its roles on the dependencies. */
  public readonly identity: ManagedIdentity;
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
  /** The private endpoints the hub created, by label (`Hub`, `StorageBlob`, `StorageFile`, `KeyVault`, `ContainerRegistry`, `MonitorPrivateLinkScope`). */
  public readonly privateEndpoints: Readonly<Record<string, PrivateEndpoint>>;
  /**
   * The monitor private link scope the hub's Log Analytics workspace and Application Insights are
   * linked to (created, joined from an earlier hub of the stack, or given); none for a public hub.
   */
  public readonly monitorPrivateLinkScopeId?: string;
  /** The managed network's outbound rules, by rule name. */
  public readonly outboundRules: Readonly<Record<string, TerraformResource>>;
  /** The hub identity as the hub's own grants name it. */
  private readonly roleHolder: HubIdentity;
  /** Whether project principals get the built-in blob role; the name of the storage account the hub created. */
  private readonly blobRoleSettings: { readonly builtIn: boolean; readonly storageName?: string };

  constructor(scope: Construct, id: string, props: AiHubProps) {
    super(checkScope('AiHub', scope, id), id);
    checkInput(this, 'AiHub', props, AI_HUB_PROPS);
    const s = resolveHubSettings(this, props);
    const { names } = s;
    this.location = props.location;
    const managed: ManagedResource[] = [];

    const createdGroup = props.resourceGroup ? undefined : new ResourceGroup(this, 'ResourceGroup', { name: names.resourceGroup, location: props.location });
    if (createdGroup) managed.push({ resource: createdGroup, taggable: true, holdsData: false });
    const resourceGroup: IResourceGroup = props.resourceGroup ?? (createdGroup as ResourceGroup);
    this.resourceGroupName = resourceGroup.name;
    this.resourceGroupId = resourceGroup.id;

    // Each dependency: the given id, or the resource its descriptor creates.
    const ids: Record<string, string> = {};
    const created: Record<string, TerraformResource> = {};
    for (const descriptor of HUB_DEPENDENCY_DESCRIPTORS) {
      const existing = existingIdOf(props, descriptor);
      if (existing !== undefined) {
        ids[descriptor.label] = existing;
        continue;
      }
      const dependency = descriptor.create({
        hub: this,
        name: names.dependencies[descriptor.label],
        location: props.location,
        resourceGroupName: resourceGroup.name,
        publicNetworkAccess: dependencyIsPublic(s, descriptor),
        denyByDefault: !s.publicNetworkAccess,
        resolvedIds: ids,
        localAuthentication: s.monitoringLocalAuthentication,
      }, props);
      managed.push(dependency);
      ids[descriptor.label] = dependency.resource.id;
      created[descriptor.label] = dependency.resource;
    }
    this.logAnalyticsWorkspaceId = ids[LOG_ANALYTICS_WORKSPACE.label];
    this.applicationInsightsId = ids[APPLICATION_INSIGHTS.label];
    this.storageAccountId = ids[STORAGE_ACCOUNT.label];
    this.keyVaultId = ids[KEY_VAULT.label];
    this.containerRegistryId = ids[CONTAINER_REGISTRY.label];
    this.logAnalyticsWorkspace = created[LOG_ANALYTICS_WORKSPACE.label] as LogAnalyticsWorkspace | undefined;
    this.applicationInsights = created[APPLICATION_INSIGHTS.label] as ApplicationInsights | undefined;
    this.storageAccount = created[STORAGE_ACCOUNT.label] as StorageAccount | undefined;
    this.keyVault = created[KEY_VAULT.label] as KeyVault | undefined;
    this.containerRegistry = created[CONTAINER_REGISTRY.label] as ContainerRegistry | undefined;
    this.blobRoleSettings = { builtIn: s.projectPrincipalsManageContainers, storageName: this.storageAccount ? names.dependencies[STORAGE_ACCOUNT.label] : undefined };

    let identity: HubIdentity;
    if (props.existingIdentity) {
      identity = existingHubIdentity(props.existingIdentity);
    } else {
      const newIdentity = createHubIdentity(this, names.identity, props.location, resourceGroup.name);
      managed.push({ resource: newIdentity.resource, taggable: true, holdsData: false });
      identity = newIdentity.principal;
    }
    // The hub's own grants keep the key they have always had; the public key names grants made
    // elsewhere, unique per hub.
    this.identity = { ...identity, key: `${constructNameKey(this)}-identity` };
    this.roleHolder = identity;

    // Azure checks the identity's access to the dependencies while it creates the hub.
    const dependencyRoles: RoleAssignment[] = HUB_DEPENDENCY_DESCRIPTORS.flatMap((d) => d.hubIdentityRoles.map((role) =>
      grant(this, `IdentityRole-${d.label}-${role.name.replace(/[^A-Za-z0-9]/g, '')}`, {
        scopeId: ids[d.label], principal: identity, role, description: `AI hub identity: ${role.name} on its ${d.label}`,
      })));

    this.resource = new AiFoundry(this, 'Hub', {
      name: names.hub,
      location: props.location,
      resourceGroupName: resourceGroup.name,
      friendlyName: props.friendlyName ?? names.hub,
      description: props.description,
      storageAccountId: this.storageAccountId,
      keyVaultId: this.keyVaultId,
      containerRegistryId: this.containerRegistryId,
      applicationInsightsId: this.applicationInsightsId,
      identity: { type: 'UserAssigned', identityIds: [identity.resourceId] },
      primaryUserAssignedIdentity: identity.resourceId,
      publicNetworkAccess: s.publicNetworkAccess ? 'Enabled' : 'Disabled',
      managedNetwork: { isolationMode: s.isolationMode },
      highBusinessImpactEnabled: s.highBusinessImpact,
      dependsOn: dependencyRoles,
    });
    this.resourceId = this.resource.id;
    this.name = names.hub;
    const earlierName = claimHubName(this, resourceGroupKey(resourceGroup.name, props.resourceGroup, this), names.hub);
    if (earlierName !== undefined) {
      throw new ValidationError('AiHub', this, [`hub name "${names.hub}" is already used by ${earlierName} in the same resource group (hubs and projects share one name space per resource group, compared without case); set \`name\` or \`baseName\` apart.`]);
    }
    if (!s.publicNetworkAccess && !props.privateEndpoint) {
      warn(this, 'AiHub', 'unreachable-private-hub',
        'the hub is private, has no `privateEndpoint`, and no private endpoint in its stack targets it, so nobody can reach it (portal, SDK, CLI) until one is made; ' +
          'set `privateEndpoint`, or acknowledge the warning naming where the endpoints are made (e.g. the network team\'s stack).',
        undefined,
        () => !stackHasPrivateEndpointTo(TerraformStack.of(this), this.resourceId));
    }

    grant(this, 'IdentityRole-Hub-Contributor', {
      scopeId: this.resourceId, principal: identity, role: BuiltInRoles.CONTRIBUTOR,
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
      resourceId: this.resourceId,
      body: { properties: { systemDatastoresAuthMode: 'Identity' } },
      dependsOn: [this.resource, ...dependencyRoles],
    });

    // The hub's endpoint waits for the datastore update, which rewrites the workspace. The hub
    // comes first, so its endpoint takes the first addresses of the subnet.
    managed.unshift({
      resource: this.resource,
      taggable: true,
      holdsData: true,
      lockId: 'Lock-Hub',
      diagnostics: [{ id: 'Diagnostics-Hub', resourceId: this.resourceId, logs: true }],
      privateEndpoints: [{ id: 'PrivateEndpoint-Hub', resourceName: names.hub, subresource: 'amlworkspace', dependsOn: [datastoreAuth] }],
    });

    if (!s.publicNetworkAccess) {
      const checked: Array<[DependencyNetworkPosture, TerraformResource]> = HUB_DEPENDENCY_DESCRIPTORS
        .flatMap((d) => d.networkPosture && created[d.label] ? [[d.networkPosture, created[d.label]] as [DependencyNetworkPosture, TerraformResource]] : []);
      this.node.addValidation({
        validate: () => {
          const problems = checkPrivateHubPosture(this.resource, checked, s.dependenciesWithPublicAccess);
          return problems.length === 0 ? [] : [formatProblems('AiHub', this, problems)];
        },
      });
    }

    // The datastore update rewrites the workspace; rules written at the same time could be lost.
    const rules = addOutboundRules(this, this.resourceId, identity, props.outboundRules ?? [], [datastoreAuth]);
    this.outboundRules = Object.fromEntries((props.outboundRules ?? []).map((rule, i) => [rule.name, rules[i]]));
    if (s.isolationMode !== 'Disabled') {
      registerManagedNetwork(this, { identity, lastChange: rules.length > 0 ? rules[rules.length - 1] : datastoreAuth });
    }

    // Projects store data through the hub's datastores, so they wait for the identity mode; the
    // datastore update itself waits for the identity's roles, so that one dependency orders
    // projects after the roles too (one depends_on entry per project instead of eight).
    this.projectDependencies = [datastoreAuth];
    const diagnosticsWorkspaceId = s.diagnosticsEnabled ? props.diagnostics?.logAnalyticsWorkspaceId ?? this.logAnalyticsWorkspaceId : undefined;
    this.projectDefaults = { preventDestroy: s.preventDestroy, highBusinessImpact: s.highBusinessImpact, diagnosticsWorkspaceId, tags: props.tags };

    // Private monitoring: the created workspace and Application Insights take no internet traffic,
    // so networks reach them through a monitor private link scope.
    const scopeProps = props.monitorPrivateLinkScope ?? {};
    const monitoring = [LOG_ANALYTICS_WORKSPACE, APPLICATION_INSIGHTS].filter((d) => created[d.label] !== undefined).map((d) => ({ label: d.label, resourceId: ids[d.label] }));
    if (!s.publicNetworkAccess && monitoring.length > 0 && (scopeProps.existingScopeId !== undefined || props.privateEndpoint !== undefined)) {
      const scope = linkMonitoringToPrivateLinkScope(this, scopeProps, {
        name: names.monitorPrivateLinkScope, hubName: names.hub, resourceGroupName: resourceGroup.name, resources: monitoring,
      });
      this.monitorPrivateLinkScopeId = scope.scopeId;
      if (scope.created !== undefined) managed.push(scope.created);
    }

    const endpoints = applyPosture(this, managed, {
      tags: props.tags,
      diagnosticsWorkspaceId,
      preventDestroy: s.preventDestroy,
      lock: props.lock,
      privateEndpoint: props.privateEndpoint && { ...props.privateEndpoint, location: props.location, resourceGroupName: resourceGroup.name },
    });
    this.privateEndpoints = Object.fromEntries(Object.entries(endpoints).map(([id, endpoint]) => [id.replace(/^PrivateEndpoint-/, ''), endpoint]));
  }

  protected defineProjectBlobDataRole(): Role {
    return this.blobRoleSettings.builtIn
      ? BuiltInRoles.STORAGE_BLOB_DATA_CONTRIBUTOR
      : defineProjectBlobDataRole(this, { id: this.storageAccountId, name: this.blobRoleSettings.storageName });
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
    checkConnectArguments(this, 'AiHub', service, options);
    return connectHub(this, this.roleHolder, service, options, this.projectDependencies);
  }
}
