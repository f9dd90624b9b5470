import { Construct } from 'constructs';
import { Annotations } from '../core/cdktf';
import { describeValue } from '../core/input';
import { checkBaseName, checkName, NameRule, NameRules, uniqueSuffix } from '../core/naming';
import { checkResourceId } from '../core/resource-id';
import { BuiltInRole } from '../core/roles';
import { ValidationProblems } from '../core/validation';
import { warnAboutPostureOptOuts } from '../core/posture-warnings';
import { warn as emitWarning } from '../core/warnings';
import { annotateOutboundRules, checkOutboundRules, ManagedNetworkIsolationMode } from '../network/outbound-rules';
import type { AiHubProps } from './ai-hub-props';
import { CONTAINER_REGISTRY, CONTAINER_REGISTRY_DEFAULTS } from './container-registry';
import { HubDependency, HubDependencyDescriptor } from './hub-dependency';
import { KEY_VAULT, KEY_VAULT_DEFAULTS } from './key-vault';
import { APPLICATION_INSIGHTS, LOG_ANALYTICS_WORKSPACE, MONITORING_DEFAULTS } from './monitoring';
import { STORAGE_ACCOUNT, STORAGE_ACCOUNT_DEFAULTS } from './storage-account';
import { checkMonitorPrivateLinkScope } from './monitor-private-link-scope';

/**
 * The hub's dependencies, in the order the hub creates them (Application Insights needs the
 * workspace). Each descriptor holds everything about its dependency; the hub iterates over them.
 */
export const HUB_DEPENDENCY_DESCRIPTORS: ReadonlyArray<HubDependencyDescriptor<AiHubProps>> = [
  LOG_ANALYTICS_WORKSPACE, APPLICATION_INSIGHTS, STORAGE_ACCOUNT, KEY_VAULT, CONTAINER_REGISTRY,
];

/** The roles the hub identity gets on each dependency (created or existing), from the descriptors. */
export const HUB_IDENTITY_DEPENDENCY_ROLES: ReadonlyArray<{ readonly dependency: string; readonly role: BuiltInRole }> =
  HUB_DEPENDENCY_DESCRIPTORS.flatMap((d) => d.hubIdentityRoles.map((role) => ({ dependency: d.label, role })));

/** The names of what the hub itself creates besides its dependencies. */
export interface HubNames {
  readonly resourceGroup: string;
  readonly hub: string;
  readonly identity: string;
  /** The monitor private link scope a private hub creates. */
  readonly monitorPrivateLinkScope: string;
  /** Each created dependency's name, by descriptor label. */
  readonly dependencies: Readonly<Record<string, string>>;
}

/** A hub's props after validation, with every default filled in. */
export interface HubSettings {
  readonly names: HubNames;
  readonly publicNetworkAccess: boolean;
  readonly isolationMode: ManagedNetworkIsolationMode;
  readonly highBusinessImpact: boolean;
  readonly preventDestroy: boolean;
  readonly diagnosticsEnabled: boolean;
  /** Created dependencies that keep public network access under a private hub (explicit opt-outs). */
  readonly dependenciesWithPublicAccess: ReadonlySet<HubDependency>;
  /** Whether the created Log Analytics workspace and Application Insights keep key authentication (explicit opt-in). */
  readonly monitoringLocalAuthentication: boolean;
  /** Whether project principals get the built-in Storage Blob Data Contributor (explicit opt-in). */
  readonly projectPrincipalsManageContainers: boolean;
}

/** The dependencies that can be opted out of a private hub's network posture. */
export const HUB_DEPENDENCIES: readonly HubDependency[] = HUB_DEPENDENCY_DESCRIPTORS.flatMap((d) => d.networkPosture ? [d.networkPosture.optOut] : []);

/** Whether a created dependency accepts public traffic: when the hub does, or when opted out. */
export function dependencyIsPublic(s: HubSettings, descriptor: HubDependencyDescriptor<AiHubProps>): boolean {
  const optOut = descriptor.networkPosture?.optOut;
  return s.publicNetworkAccess || (optOut !== undefined && s.dependenciesWithPublicAccess.has(optOut));
}

/** The existing resource id a hub was given for a dependency, if any. */
export function existingIdOf(props: AiHubProps, descriptor: HubDependencyDescriptor<AiHubProps>): string | undefined {
  return props[descriptor.existingIdProp] as string | undefined;
}

/** Defaults of the hub, in one place so that the README table and the tests can point at them. */
export const HUB_DEFAULTS = {
  publicNetworkAccess: 'Disabled',
  managedNetworkIsolationMode: 'AllowOnlyApprovedOutbound',
  highBusinessImpact: true,
  preventDestroy: true,
  ...STORAGE_ACCOUNT_DEFAULTS,
  ...KEY_VAULT_DEFAULTS,
  ...CONTAINER_REGISTRY_DEFAULTS,
  ...MONITORING_DEFAULTS,
} as const;

/**
 * Validates a hub's props, collecting every problem into one error, emits the warnings of explicit
 * insecure opt-ins, and returns the settings with defaults applied.
 */
export function resolveHubSettings(hub: Construct, props: AiHubProps): HubSettings {
  const problems = new ValidationProblems(hub, 'AiHub');
  const baseProblems = checkBaseName(props.baseName, 'baseName');
  problems.addAll(baseProblems);
  const base = baseProblems.length === 0 ? props.baseName : undefined;
  const suffix = uniqueSuffix(hub);
  const publicNetworkAccess = (props.publicNetworkAccess ?? HUB_DEFAULTS.publicNetworkAccess) === 'Enabled';

  const pick = (explicit: string | undefined, derived: string | undefined, prop: string, rule: NameRule, used: boolean): string => {
    const name = explicit ?? derived ?? '';
    if (used && (explicit !== undefined || derived !== undefined)) {
      problems.addAll(checkName(rule, name, explicit !== undefined ? `change \`${prop}\`` : `set \`${prop}\` explicitly or shorten \`baseName\``));
    }
    return name;
  };
  const resourceGroup = pick(props.resourceGroupName, base && `rg-${base}`, 'resourceGroupName', NameRules.resourceGroup, !props.resourceGroup);
  const hubName = pick(props.name, base && `hub-${base}`, 'name', NameRules.workspace, true);
  const dependencyNames: Record<string, string> = {};
  for (const d of HUB_DEPENDENCY_DESCRIPTORS) {
    const existing = existingIdOf(props, d);
    dependencyNames[d.label] = pick(props[d.nameProp] as string | undefined, base && d.defaultName(base, suffix), d.nameProp, d.nameRule, existing === undefined);
    problems.addAll(checkResourceId(d.existingIdProp, existing, d.armType));
    problems.addAll(d.check(props, publicNetworkAccess));
    if (existing !== undefined) {
      for (const prop of d.createOnlyProps.filter((p) => props[p] !== undefined)) {
        problems.add(`${prop} is ${describeValue(props[prop])}, but ${d.existingIdProp} makes the hub use an existing ${d.label} instead of creating one, so ${prop} would be ignored; remove ${prop}, or ${d.existingIdProp} to let the hub create it.`);
      }
    }
  }
  problems.addIf(props.monitoringLocalAuthentication !== undefined && props.existingLogAnalyticsWorkspaceId !== undefined && props.existingApplicationInsightsId !== undefined,
    `monitoringLocalAuthentication is ${describeValue(props.monitoringLocalAuthentication)}, but the hub creates neither the Log Analytics workspace nor Application Insights (both are existing), so it would be ignored; remove it.`);
  problems.addIf(props.identityName !== undefined && props.existingIdentity !== undefined,
    `identityName is ${describeValue(props.identityName)}, but existingIdentity makes the hub use that identity instead of creating one, so identityName would be ignored; remove identityName.`);
  const identity = pick(props.identityName, base && `id-${base}`, 'identityName', NameRules.userAssignedIdentity, !props.existingIdentity);

  problems.addIf(props.resourceGroup !== undefined && props.resourceGroupName !== undefined,
    'both `resourceGroup` and `resourceGroupName` are set; pass `resourceGroup` to use an existing group, or `resourceGroupName` to name the one the hub creates, not both.');

  problems.addAll(checkMonitorPrivateLinkScope(props.monitorPrivateLinkScope, !publicNetworkAccess));
  const createsScope = !publicNetworkAccess && props.monitorPrivateLinkScope?.existingScopeId === undefined;
  const monitorPrivateLinkScope = pick(props.monitorPrivateLinkScope?.name, base && `ampls-${base}`, 'monitorPrivateLinkScope.name', NameRules.monitorPrivateLinkScope, createsScope);

  const isolationMode = props.managedNetworkIsolationMode ?? HUB_DEFAULTS.managedNetworkIsolationMode;
  problems.addAll(checkOutboundRules(props.outboundRules ?? [], isolationMode));

  const dependenciesWithPublicAccess = new Set(props.dependenciesWithPublicAccess ?? []);
  problems.addIf(publicNetworkAccess && dependenciesWithPublicAccess.size > 0,
    'dependenciesWithPublicAccess applies only to a private hub, and publicNetworkAccess is "Enabled", so every created dependency is public already; remove dependenciesWithPublicAccess.');
  for (const dependency of dependenciesWithPublicAccess) {
    const descriptor = HUB_DEPENDENCY_DESCRIPTORS.find((d) => d.networkPosture?.optOut === dependency);
    if (descriptor === undefined) {
      problems.add(`dependenciesWithPublicAccess lists "${dependency}", which is not one of ${HUB_DEPENDENCIES.join(', ')}.`);
    } else if (existingIdOf(props, descriptor) !== undefined) {
      problems.add(`dependenciesWithPublicAccess lists "${dependency}", but the hub uses an existing one (${descriptor.existingIdProp}), whose network access its owner decides; remove it from the list.`);
    }
  }

  problems.throwIfAny();

  const highBusinessImpact = props.highBusinessImpact ?? HUB_DEFAULTS.highBusinessImpact;
  const preventDestroy = props.preventDestroy ?? HUB_DEFAULTS.preventDestroy;
  const diagnosticsEnabled = props.diagnostics?.enabled ?? true;
  const monitoringLocalAuthentication = props.monitoringLocalAuthentication === true;
  const projectPrincipalsManageContainers = props.projectPrincipalsManageContainers === true;
  warnAboutOptOuts(hub, { publicNetworkAccess, isolationMode, highBusinessImpact, preventDestroy, diagnosticsEnabled, dependenciesWithPublicAccess, monitoringLocalAuthentication, projectPrincipalsManageContainers });
  annotateOutboundRules(hub, props.outboundRules ?? []);
  const existingWithoutEndpoint = HUB_DEPENDENCY_DESCRIPTORS.filter((d) => d.networkPosture !== undefined && existingIdOf(props, d) !== undefined).map((d) => d.label);
  if (props.privateEndpoint && existingWithoutEndpoint.length > 0) {
    const one = existingWithoutEndpoint.length === 1;
    Annotations.of(hub).addInfo(`AiHub "${hub.node.path}": the existing ${existingWithoutEndpoint.join(', ')} get${one ? 's' : ''} no private endpoint from the hub; ${one ? 'its owner must make it' : 'their owners must make them'} reachable from the hub's network.`);
  }

  return {
    names: { resourceGroup, hub: hubName, identity, monitorPrivateLinkScope, dependencies: dependencyNames },
    publicNetworkAccess,
    isolationMode,
    highBusinessImpact,
    preventDestroy,
    diagnosticsEnabled,
    dependenciesWithPublicAccess,
    monitoringLocalAuthentication,
    projectPrincipalsManageContainers,
  };
}

/** Emits one warning per explicit insecure opt-in, so that it shows in every synth until acknowledged. */
function warnAboutOptOuts(hub: Construct, s: Omit<HubSettings, 'names'>): void {
  warnAboutPostureOptOuts(hub, 'AiHub', {
    publicNetworkAccess: s.publicNetworkAccess ? { exposed: 'the hub, its storage account, key vault and container registry accept', privateAlternative: 'private endpoints' } : undefined,
    lowBusinessImpact: s.highBusinessImpact ? undefined : 'the service collects more diagnostic data and does not encrypt local scratch disks',
    noDestroyProtection: s.preventDestroy ? undefined : 'the hub, its storage, key vault, registry and projects, with their data',
    noDiagnostics: s.diagnosticsEnabled ? undefined : 'the hub\'s resources',
  });
  if (s.isolationMode !== 'AllowOnlyApprovedOutbound') {
    emitWarning(hub, 'AiHub', 'open-outbound', `managedNetworkIsolationMode is "${s.isolationMode}": compute in the hub can reach ${s.isolationMode === 'Disabled' ? 'networks without a managed network' : 'any internet destination'}. "AllowOnlyApprovedOutbound" limits outbound traffic to approved destinations.`);
  }
  for (const dependency of s.dependenciesWithPublicAccess) {
    const hasFirewall = HUB_DEPENDENCY_DESCRIPTORS.find((d) => d.networkPosture?.optOut === dependency)?.networkPosture?.firewallBlock !== undefined;
    const exposure = hasFirewall
      ? 'accepts traffic from public networks that its firewall allows. Reach it through a private endpoint instead where you can.'
      : 'accepts ingestion and queries from public networks (it has no firewall). Reach it through the monitor private link scope instead where you can.';
    emitWarning(hub, 'AiHub', 'public-dependency', `dependenciesWithPublicAccess lists "${dependency}": the hub is private but its ${dependency} ${exposure}`, dependency);
  }
  if (s.monitoringLocalAuthentication) {
    emitWarning(hub, 'AiHub', 'local-authentication', 'monitoringLocalAuthentication is true: keys reach the Log Analytics workspace and Application Insights without Entra ID or role assignments. Keep it off (the default) unless a tracing client cannot send with Entra ID.');
  }
  if (s.projectPrincipalsManageContainers) {
    emitWarning(hub, 'AiHub', 'container-management', 'projectPrincipalsManageContainers is true: project identities and developers hold Storage Blob Data Contributor, whose container create and delete no ABAC condition limits, so any project can delete another project\'s containers. Keep it off (the default) unless a feature fails without it.');
  }
}
