import { Construct } from 'constructs';
import { Annotations } from '../core/cdktf';
import { checkBaseName, checkName, compactName, hyphenatedName, NameRule, NameRules, uniqueSuffix } from '../core/naming';
import { checkResourceId } from '../core/resource-id';
import { checkGuid, checkIntegerRange, ValidationProblems } from '../core/validation';
import { annotateOutboundRules, checkOutboundRules, ManagedNetworkIsolationMode } from '../network/outbound-rules';
import type { AiHubProps, HubDependency } from './ai-hub-props';
import type { ContainerRegistrySku } from './container-registry';
import type { KeyVaultSku } from './key-vault';
import type { StorageReplication } from './storage-account';

/** The names of everything a hub may create. */
export interface HubNames {
  readonly resourceGroup: string;
  readonly hub: string;
  readonly storageAccount: string;
  readonly keyVault: string;
  readonly containerRegistry: string;
  readonly logAnalyticsWorkspace: string;
  readonly applicationInsights: string;
  readonly identity: string;
}

/** A hub's props after validation, with every default filled in. */
export interface HubSettings {
  readonly names: HubNames;
  readonly publicNetworkAccess: boolean;
  readonly isolationMode: ManagedNetworkIsolationMode;
  readonly highBusinessImpact: boolean;
  readonly preventDestroy: boolean;
  readonly diagnosticsEnabled: boolean;
  readonly storageReplication: StorageReplication;
  readonly blobSoftDeleteRetentionDays: number;
  readonly keyVaultSku: KeyVaultSku;
  readonly containerRegistrySku: ContainerRegistrySku;
  readonly logRetentionInDays: number;
  /** Created dependencies that keep public network access under a private hub (explicit opt-outs). */
  readonly dependenciesWithPublicAccess: ReadonlySet<HubDependency>;
}

/** The dependencies that can be opted out of a private hub's network posture. */
export const HUB_DEPENDENCIES: readonly HubDependency[] = ['StorageAccount', 'KeyVault', 'ContainerRegistry'];

/** Whether a created dependency accepts public traffic: when the hub does, or when opted out. */
export function dependencyIsPublic(s: HubSettings, dependency: HubDependency): boolean {
  return s.publicNetworkAccess || s.dependenciesWithPublicAccess.has(dependency);
}

/** Defaults of the hub, in one place so that the README table and the tests can point at them. */
export const HUB_DEFAULTS = {
  publicNetworkAccess: 'Disabled',
  managedNetworkIsolationMode: 'AllowOnlyApprovedOutbound',
  highBusinessImpact: true,
  preventDestroy: true,
  storageReplication: 'ZRS',
  blobSoftDeleteRetentionDays: 30,
  keyVaultSku: 'standard',
  containerRegistrySku: 'Premium',
  logRetentionInDays: 90,
} as const;

/** Derives the default names from the base name, with a hash suffix on globally unique ones. */
function defaultNames(hub: Construct, base: string): HubNames {
  const suffix = uniqueSuffix(hub);
  return {
    resourceGroup: `rg-${base}`,
    hub: `hub-${base}`,
    storageAccount: compactName('st', base, suffix, NameRules.storageAccount.maxLength),
    keyVault: hyphenatedName('kv', base, suffix, NameRules.keyVault.maxLength),
    containerRegistry: compactName('cr', base, suffix, NameRules.containerRegistry.maxLength),
    logAnalyticsWorkspace: `log-${base}`,
    applicationInsights: `appi-${base}`,
    identity: `id-${base}`,
  };
}

/**
 * Validates a hub's props, collecting every problem into one error, emits the warnings of explicit
 * insecure opt-ins, and returns the settings with defaults applied.
 */
export function resolveHubSettings(hub: Construct, props: AiHubProps): HubSettings {
  const problems = new ValidationProblems(hub, 'AiHub');
  const baseProblems = checkBaseName(props.name, 'name');
  problems.addAll(baseProblems);
  const derived = baseProblems.length === 0 ? defaultNames(hub, props.name) : undefined;

  const names: Record<keyof HubNames, string> = {} as Record<keyof HubNames, string>;
  const pick = (key: keyof HubNames, explicit: string | undefined, prop: string, rule: NameRule, used: boolean) => {
    names[key] = explicit ?? derived?.[key] ?? '';
    if (!used) return;
    const fix = explicit !== undefined ? `change \`${prop}\`` : `set \`${prop}\` explicitly or shorten \`name\``;
    if (explicit !== undefined || derived !== undefined) problems.addAll(checkName(rule, names[key], fix));
  };
  pick('resourceGroup', props.resourceGroupName, 'resourceGroupName', NameRules.resourceGroup, !props.resourceGroup);
  pick('hub', props.hubName, 'hubName', NameRules.workspace, true);
  pick('storageAccount', props.storageAccountName, 'storageAccountName', NameRules.storageAccount, !props.existingStorageAccountId);
  pick('keyVault', props.keyVaultName, 'keyVaultName', NameRules.keyVault, !props.existingKeyVaultId);
  pick('containerRegistry', props.containerRegistryName, 'containerRegistryName', NameRules.containerRegistry, !props.existingContainerRegistryId);
  pick('logAnalyticsWorkspace', props.logAnalyticsWorkspaceName, 'logAnalyticsWorkspaceName', NameRules.logAnalyticsWorkspace, !props.existingLogAnalyticsWorkspaceId);
  pick('applicationInsights', props.applicationInsightsName, 'applicationInsightsName', NameRules.applicationInsights, !props.existingApplicationInsightsId);
  pick('identity', props.identityName, 'identityName', NameRules.userAssignedIdentity, !props.existingIdentity);

  problems.addIf(props.resourceGroup !== undefined && props.resourceGroupName !== undefined,
    'both `resourceGroup` and `resourceGroupName` are set; pass `resourceGroup` to use an existing group, or `resourceGroupName` to name the one the hub creates, not both.');

  problems.addAll(checkResourceId('existingStorageAccountId', props.existingStorageAccountId, 'Microsoft.Storage/storageAccounts'));
  problems.addAll(checkResourceId('existingKeyVaultId', props.existingKeyVaultId, 'Microsoft.KeyVault/vaults'));
  problems.addAll(checkResourceId('existingContainerRegistryId', props.existingContainerRegistryId, 'Microsoft.ContainerRegistry/registries'));
  problems.addAll(checkResourceId('existingApplicationInsightsId', props.existingApplicationInsightsId, 'Microsoft.Insights/components'));
  problems.addAll(checkResourceId('existingLogAnalyticsWorkspaceId', props.existingLogAnalyticsWorkspaceId, 'Microsoft.OperationalInsights/workspaces'));
  if (props.existingIdentity) {
    problems.addAll(checkResourceId('existingIdentity.id', props.existingIdentity.id, 'Microsoft.ManagedIdentity/userAssignedIdentities'));
    problems.addAll(checkGuid('existingIdentity.principalId', props.existingIdentity.principalId));
  }
  if (props.diagnostics?.logAnalyticsWorkspaceId !== undefined) {
    problems.addAll(checkResourceId('diagnostics.logAnalyticsWorkspaceId', props.diagnostics.logAnalyticsWorkspaceId, 'Microsoft.OperationalInsights/workspaces'));
  }

  const blobSoftDeleteRetentionDays = props.blobSoftDeleteRetentionDays ?? HUB_DEFAULTS.blobSoftDeleteRetentionDays;
  problems.addAll(checkIntegerRange('blobSoftDeleteRetentionDays', blobSoftDeleteRetentionDays, 1, 365, 'Azure keeps deleted blobs and containers 1-365 days'));
  const logRetentionInDays = props.logRetentionInDays ?? HUB_DEFAULTS.logRetentionInDays;
  problems.addAll(checkIntegerRange('logRetentionInDays', logRetentionInDays, 30, 730, 'the PerGB2018 workspace keeps data 30-730 days'));

  const publicNetworkAccess = (props.publicNetworkAccess ?? HUB_DEFAULTS.publicNetworkAccess) === 'Enabled';
  const containerRegistrySku = props.containerRegistrySku ?? HUB_DEFAULTS.containerRegistrySku;
  problems.addIf(!publicNetworkAccess && !props.existingContainerRegistryId && containerRegistrySku !== 'Premium',
    `containerRegistrySku "${containerRegistrySku}" cannot disable public network access, which a private hub (publicNetworkAccess "Disabled", the default) requires of its registry; use "Premium", or pass an existing registry in \`existingContainerRegistryId\`.`);

  problems.addIf(props.privateEndpoint !== undefined && !props.existingContainerRegistryId && containerRegistrySku !== 'Premium',
    `containerRegistrySku "${containerRegistrySku}" cannot take a private endpoint, which \`privateEndpoint\` asks for; use "Premium", or pass an existing registry in \`existingContainerRegistryId\`.`);

  const isolationMode = props.managedNetworkIsolationMode ?? HUB_DEFAULTS.managedNetworkIsolationMode;
  problems.addAll(checkOutboundRules(props.outboundRules ?? [], isolationMode));

  const dependenciesWithPublicAccess = new Set(props.dependenciesWithPublicAccess ?? []);
  const existing: Record<HubDependency, string | undefined> = {
    StorageAccount: props.existingStorageAccountId,
    KeyVault: props.existingKeyVaultId,
    ContainerRegistry: props.existingContainerRegistryId,
  };
  problems.addIf(publicNetworkAccess && dependenciesWithPublicAccess.size > 0,
    'dependenciesWithPublicAccess applies only to a private hub, and publicNetworkAccess is "Enabled", so every created dependency is public already; remove dependenciesWithPublicAccess.');
  for (const dependency of dependenciesWithPublicAccess) {
    if (!HUB_DEPENDENCIES.includes(dependency)) {
      problems.add(`dependenciesWithPublicAccess lists "${dependency}", which is not one of ${HUB_DEPENDENCIES.join(', ')}.`);
    } else if (existing[dependency] !== undefined) {
      problems.add(`dependenciesWithPublicAccess lists "${dependency}", but the hub uses an existing one (existing${dependency}Id), whose network access its owner decides; remove it from the list.`);
    }
  }
  problems.addIf(!publicNetworkAccess && dependenciesWithPublicAccess.has('ContainerRegistry') && !props.existingContainerRegistryId && containerRegistrySku !== 'Premium',
    'dependenciesWithPublicAccess lists "ContainerRegistry", but only a Premium registry has a firewall to deny other traffic by default; keep the default "Premium" SKU.');

  problems.throwIfAny();

  const highBusinessImpact = props.highBusinessImpact ?? HUB_DEFAULTS.highBusinessImpact;
  const preventDestroy = props.preventDestroy ?? HUB_DEFAULTS.preventDestroy;
  const diagnosticsEnabled = props.diagnostics?.enabled ?? true;
  warnAboutOptOuts(hub, { publicNetworkAccess, isolationMode, highBusinessImpact, preventDestroy, diagnosticsEnabled, dependenciesWithPublicAccess });
  annotateOutboundRules(hub, props.outboundRules ?? []);
  const existingWithoutEndpoint = HUB_DEPENDENCIES.filter((d) => existing[d] !== undefined);
  if (props.privateEndpoint && existingWithoutEndpoint.length > 0) {
    const one = existingWithoutEndpoint.length === 1;
    Annotations.of(hub).addInfo(`AiHub "${hub.node.path}": the existing ${existingWithoutEndpoint.join(', ')} get${one ? 's' : ''} no private endpoint from the hub; ${one ? 'its owner must make it' : 'their owners must make them'} reachable from the hub's network.`);
  }
  if (!publicNetworkAccess && !props.privateEndpoint) {
    Annotations.of(hub).addInfo(`AiHub "${hub.node.path}": the hub is private and has no \`privateEndpoint\`, so it is reachable only through endpoints created elsewhere.`);
  }

  return {
    names,
    publicNetworkAccess,
    isolationMode,
    highBusinessImpact,
    preventDestroy,
    diagnosticsEnabled,
    storageReplication: props.storageReplication ?? HUB_DEFAULTS.storageReplication,
    blobSoftDeleteRetentionDays,
    keyVaultSku: props.keyVaultSku ?? HUB_DEFAULTS.keyVaultSku,
    containerRegistrySku,
    logRetentionInDays,
    dependenciesWithPublicAccess,
  };
}

/** Emits one warning annotation per explicit insecure opt-in, so that it shows in every synth. */
function warnAboutOptOuts(hub: Construct, s: Pick<HubSettings, 'publicNetworkAccess' | 'isolationMode' | 'highBusinessImpact' | 'preventDestroy' | 'diagnosticsEnabled' | 'dependenciesWithPublicAccess'>): void {
  const warn = (message: string) => Annotations.of(hub).addWarning(`AiHub "${hub.node.path}": ${message}`);
  if (s.publicNetworkAccess) {
    warn('publicNetworkAccess is "Enabled": the hub, its storage account, key vault and container registry accept traffic from public networks. Use "Disabled" with private endpoints for anything beyond development.');
  }
  if (s.isolationMode !== 'AllowOnlyApprovedOutbound') {
    warn(`managedNetworkIsolationMode is "${s.isolationMode}": compute in the hub can reach ${s.isolationMode === 'Disabled' ? 'networks without a managed network' : 'any internet destination'}. "AllowOnlyApprovedOutbound" limits outbound traffic to approved destinations.`);
  }
  if (!s.highBusinessImpact) {
    warn('highBusinessImpact is false: the service collects more diagnostic data and does not encrypt local scratch disks.');
  }
  if (!s.preventDestroy) {
    warn('preventDestroy is false: a plan may destroy the hub, its storage, key vault, registry and projects, with their data.');
  }
  for (const dependency of s.dependenciesWithPublicAccess) {
    warn(`dependenciesWithPublicAccess lists "${dependency}": the hub is private but its ${dependency} accepts traffic from public networks that its firewall allows. Reach it through a private endpoint instead where you can.`);
  }
  if (!s.diagnosticsEnabled) {
    warn('diagnostics are disabled: no logs or metrics of the hub\'s resources reach Log Analytics.');
  }
}
