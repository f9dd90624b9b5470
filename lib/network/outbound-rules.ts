import { MachineLearningWorkspaceNetworkOutboundRuleFqdn } from '@cdktf/provider-azurerm/lib/machine-learning-workspace-network-outbound-rule-fqdn';
import { MachineLearningWorkspaceNetworkOutboundRulePrivateEndpoint } from '@cdktf/provider-azurerm/lib/machine-learning-workspace-network-outbound-rule-private-endpoint';
import { MachineLearningWorkspaceNetworkOutboundRuleServiceTag } from '@cdktf/provider-azurerm/lib/machine-learning-workspace-network-outbound-rule-service-tag';
import { RoleAssignment } from '@cdktf/provider-azurerm/lib/role-assignment';
import { Construct } from 'constructs';
import { Annotations, ITerraformDependable, TerraformResource } from '../core/cdktf';
import { grant } from '../core/grant';
import { IPrincipal } from '../core/principal';
import { BuiltInRoles } from '../core/roles';
import { checkName, NameRules } from '../core/naming';
import { checkResourceId } from '../core/resource-id';
import { bool, Check, oneOf, optional, required, shape, str, tagged } from '../core/input';
import { isLiteral } from '../core/validation';
import { warn as emitWarning } from '../core/warnings';

/**
 * Isolation modes of a hub's managed network: the values azurerm v4.55.0 accepts in
 * `managed_network.isolation_mode` (internal/services/machinelearning/ai_foundry_resource.go, from
 * the machinelearningservices IsolationMode constants).
 */
export const MANAGED_NETWORK_ISOLATION_MODES = ['Disabled', 'AllowInternetOutbound', 'AllowOnlyApprovedOutbound'] as const;

/** Isolation modes of a hub's managed network. */
export type ManagedNetworkIsolationMode = (typeof MANAGED_NETWORK_ISOLATION_MODES)[number];

/**
 * Subresources azurerm 4.55 accepts in a managed-network private endpoint rule, with the resource
 * type each belongs to. A rule to an AI Services `account` or a Search `searchService` is not among
 * them (it needs AzAPI).
 */
export const OUTBOUND_RULE_PRIVATE_ENDPOINT_TARGETS = {
  vault: 'Microsoft.KeyVault/vaults',
  amlworkspace: 'Microsoft.MachineLearningServices/workspaces',
  blob: 'Microsoft.Storage/storageAccounts',
  table: 'Microsoft.Storage/storageAccounts',
  queue: 'Microsoft.Storage/storageAccounts',
  file: 'Microsoft.Storage/storageAccounts',
  web: 'Microsoft.Storage/storageAccounts',
  dfs: 'Microsoft.Storage/storageAccounts',
  redisCache: 'Microsoft.Cache/redis',
} as const;

/** A subresource a managed-network private endpoint rule may target. */
export type OutboundRulePrivateEndpointSubresource = keyof typeof OUTBOUND_RULE_PRIVATE_ENDPOINT_TARGETS;

/** The subresources of {@link OUTBOUND_RULE_PRIVATE_ENDPOINT_TARGETS}, in azurerm's order. */
export const OUTBOUND_RULE_PRIVATE_ENDPOINT_SUBRESOURCES = Object.keys(OUTBOUND_RULE_PRIVATE_ENDPOINT_TARGETS) as OutboundRulePrivateEndpointSubresource[];

/**
 * The service tags azurerm 4.55 accepts in a service tag rule (its schema checks this list, case
 * sensitive, without regional tags such as `Storage.WestEurope`).
 */
export const OUTBOUND_RULE_SERVICE_TAGS = [
  'AppConfiguration', 'AppService', 'AzureActiveDirectory', 'AzureAdvancedThreatProtection', 'AzureArcInfrastructure',
  'AzureAttestation', 'AzureBackup', 'AzureBotService', 'AzureContainerRegistry', 'AzureCosmosDB', 'AzureDataLake',
  'AzureDevSpaces', 'AzureInformationProtection', 'AzureIoTHub', 'AzureKeyVault', 'AzureManagedGrafana', 'AzureMonitor',
  'AzureOpenDatasets', 'AzurePlatformDNS', 'AzurePlatformIMDS', 'AzurePlatformLKM', 'AzureResourceManager', 'AzureSignalR',
  'AzureSiteRecovery', 'AzureSpringCloud', 'AzureStack', 'AzureUpdateDelivery', 'DataFactoryManagement', 'EventHub',
  'GuestAndHybridManagement', 'M365ManagementActivityApi', 'MicrosoftAzureFluidRelay', 'MicrosoftCloudAppSecurity',
  'MicrosoftContainerRegistry', 'PowerPlatformInfra', 'ServiceBus', 'Sql', 'Storage', 'WindowsAdminCenter',
  'AppServiceManagement', 'AutonomousDevelopmentPlatform', 'AzureActiveDirectoryDomainServices', 'AzureCloud',
  'AzureConnectors', 'AzureContainerAppsService', 'AzureDatabricks', 'AzureDeviceUpdate', 'AzureEventGrid',
  'AzureFrontDoor.Frontend', 'AzureFrontDoor.Backend', 'AzureFrontDoor.FirstParty', 'AzureHealthcareAPIs',
  'AzureLoadBalancer', 'AzureMachineLearning', 'AzureSphere', 'AzureWebPubSub', 'BatchNodeManagement', 'ChaosStudio',
  'CognitiveServicesFrontend', 'CognitiveServicesManagement', 'DataFactory', 'Dynamics365ForMarketingEmail',
  'Dynamics365BusinessCentral', 'EOPExternalPublishedIPs', 'Internet', 'LogicApps', 'Marketplace',
  'MicrosoftDefenderForEndpoint', 'PowerBI', 'PowerQueryOnline', 'ServiceFabric', 'SqlManagement', 'StorageSyncService',
  'WindowsVirtualDesktop', 'VirtualNetwork',
] as const;

/** A service tag a service tag rule may allow. */
export type OutboundRuleServiceTag = (typeof OUTBOUND_RULE_SERVICE_TAGS)[number];

/** Protocols of a service tag rule. */
export type OutboundRuleProtocol = (typeof OUTBOUND_RULE_PROTOCOLS)[number];

/** Service tags that match (nearly) every address: a rule to one undoes approved-outbound isolation. */
export const BROAD_SERVICE_TAGS: readonly string[] = ['Internet', 'AzureCloud'];

/**
 * Service tags of multi-tenant data services: a rule to one reaches every customer's accounts of
 * that service, which is a path for data to leave. Prefer a private endpoint rule to your resource.
 */
export const DATA_SERVICE_TAGS: readonly string[] = ['Storage', 'Sql', 'AzureCosmosDB', 'AzureDataLake', 'EventHub', 'ServiceBus'];

/** Domains shared by every customer's data services: a wildcard FQDN rule under one is an exfiltration path. */
export const SHARED_DATA_DOMAINS: readonly string[] = [
  'core.windows.net', 'database.windows.net', 'documents.azure.com', 'servicebus.windows.net', 'azurewebsites.net', 'azurecr.io',
];

/**
 * Outbound traffic to a host name. Valid only with `AllowOnlyApprovedOutbound`; the first FQDN rule
 * makes Azure deploy a managed firewall for the hub, which is billed.
 */
export interface FqdnOutboundRule {
  readonly kind: 'Fqdn';
  /** The rule's name, unique in the hub: 3-33 letters, digits, hyphens and underscores, starting with a letter or digit. */
  readonly name: string;
  /** The host, e.g. `pypi.org`, or a wildcard such as `*.pythonhosted.org`. */
  readonly destination: string;
}

/** A private endpoint from the managed network to a resource. Valid with either enabled mode. */
export interface PrivateEndpointOutboundRule {
  readonly kind: 'PrivateEndpoint';
  /** The rule's name, unique in the hub. */
  readonly name: string;
  /** The id of the resource the endpoint leads to. The hub identity gets the approver role on it. */
  readonly serviceResourceId: string;
  /** The subresource (group id); azurerm accepts only {@link OUTBOUND_RULE_PRIVATE_ENDPOINT_SUBRESOURCES}. */
  readonly subresource: OutboundRulePrivateEndpointSubresource;
  /** Also let serverless Spark jobs use the endpoint. @default false */
  readonly sparkEnabled?: boolean;
}

/** Outbound traffic to an Azure service tag. Valid only with `AllowOnlyApprovedOutbound`. */
export interface ServiceTagOutboundRule {
  readonly kind: 'ServiceTag';
  /** The rule's name, unique in the hub. */
  readonly name: string;
  /**
   * The service tag, e.g. `AzureOpenDatasets`. Tags that reach every address (`Internet`,
   * `AzureCloud`) or every customer's data services (`Storage`, `Sql`...) emit a warning.
   */
  readonly serviceTag: OutboundRuleServiceTag;
  /** The protocol. */
  readonly protocol: OutboundRuleProtocol;
  /** Ports: `443`, `80,443`, `8000-8080`, combinations of them, or `*`. */
  readonly portRanges: string;
}

/** One rule of a hub's managed network. */
export type OutboundRule = FqdnOutboundRule | PrivateEndpointOutboundRule | ServiceTagOutboundRule;

/** The protocols a service tag rule takes (azurerm v4.55.0 machine_learning_workspace_network_outbound_rule_service_tag_resource.go, `protocol`). */
export const OUTBOUND_RULE_PROTOCOLS = ['TCP', 'UDP', 'ICMP', '*'] as const;

/** The runtime check of one outbound rule (types, shapes and allowed values by `kind`). */
export const OUTBOUND_RULE: Check = tagged('kind', {
  Fqdn: shape({ kind: required(str()), name: required(str()), destination: required(str()) }),
  PrivateEndpoint: shape({
    kind: required(str()), name: required(str()), serviceResourceId: required(str()),
    subresource: required(oneOf(OUTBOUND_RULE_PRIVATE_ENDPOINT_SUBRESOURCES, 'a rule to an AI Services account or a Search service needs AzAPI')),
    sparkEnabled: optional(bool()),
  }),
  ServiceTag: shape({
    kind: required(str()), name: required(str()),
    serviceTag: required(oneOf(OUTBOUND_RULE_SERVICE_TAGS, 'the list is OUTBOUND_RULE_SERVICE_TAGS: case sensitive, no regional tags such as "Storage.WestEurope"')),
    protocol: required(oneOf(OUTBOUND_RULE_PROTOCOLS, 'use "TCP" for HTTPS')),
    portRanges: required(str()),
  }),
});

const FQDN = /^(\*\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/i;

/**
 * Checks outbound rules against the hub's isolation mode and azurerm's limits. Returns problems,
 * each naming the rule, the value, the rule broken and the fix.
 */
export function checkOutboundRules(rules: readonly OutboundRule[], mode: ManagedNetworkIsolationMode): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const rule of rules) {
    const label = `outbound rule "${rule.name}"`;
    if (!isLiteral(rule.name)) {
      problems.push(`an outbound rule has a Terraform expression as its name; rule names become Terraform addresses, so pass a plain string.`);
    } else {
      problems.push(...checkName(NameRules.outboundRule, rule.name, 'rename it').map((p) => `${label}: ${p}`));
      if (seen.has(rule.name.toLowerCase())) problems.push(`${label}: the name is used by two rules; rule names must be unique in a hub, so rename one.`);
      seen.add(rule.name.toLowerCase());
    }
    if (mode === 'Disabled') {
      problems.push(`${label}: the managed network is disabled (managedNetworkIsolationMode "Disabled"), so it has no outbound rules; choose "AllowOnlyApprovedOutbound" or remove the rule.`);
      continue;
    }
    switch (rule.kind) {
      case 'Fqdn':
        if (mode !== 'AllowOnlyApprovedOutbound') problems.push(`${label}: FQDN rules are valid only with managedNetworkIsolationMode "AllowOnlyApprovedOutbound" (the hub's is "${mode}", which already allows every internet destination); remove the rule or choose "AllowOnlyApprovedOutbound".`);
        if (isLiteral(rule.destination) && !FQDN.test(rule.destination)) problems.push(`${label}: destination "${rule.destination}" is not a host name (optionally with a leading "*."), e.g. "pypi.org"; give a host, not a URL or an address.`);
        break;
      case 'ServiceTag':
        if (mode !== 'AllowOnlyApprovedOutbound') problems.push(`${label}: service tag rules are valid only with managedNetworkIsolationMode "AllowOnlyApprovedOutbound" (the hub's is "${mode}"); remove the rule or choose "AllowOnlyApprovedOutbound".`);
        if (isLiteral(rule.portRanges) && !validPortRanges(rule.portRanges)) problems.push(`${label}: portRanges "${rule.portRanges}" must be "*" or comma-separated ports and ranges from 1 to 65535, e.g. "443" or "80,8000-8080".`);
        break;
      case 'PrivateEndpoint': {
        const resourceType = (OUTBOUND_RULE_PRIVATE_ENDPOINT_TARGETS as Record<string, string>)[rule.subresource];
        // The kind, the service tag, the protocol and the subresource are checked by OUTBOUND_RULE first.
        if (resourceType !== undefined) {
          problems.push(...checkResourceId(`${label}: serviceResourceId`, rule.serviceResourceId, resourceType)
            .map((p) => `${p} Subresource "${rule.subresource}" belongs to a ${resourceType} resource; give that resource's id or change the subresource.`));
        }
        break;
      }
    }
  }
  return problems;
}

/** True for `*` or a comma-separated list of ports and ascending port ranges within 1-65535. */
function validPortRanges(text: string): boolean {
  if (text === '*') return true;
  return text.split(',').every((part) => {
    const match = /^(\d{1,5})(?:-(\d{1,5}))?$/.exec(part.trim());
    if (!match) return false;
    const low = Number(match[1]);
    const high = match[2] === undefined ? low : Number(match[2]);
    return low >= 1 && high <= 65535 && low <= high;
  });
}

/** Emits the warnings and notes of valid rules: broad tags and domains, and the billed managed firewall. */
export function annotateOutboundRules(hub: Construct, rules: readonly OutboundRule[]): void {
  const warn = (rule: OutboundRule, message: string) => emitWarning(hub, 'AiHub', 'broad-outbound-rule', `outbound rule "${rule.name}" ${message}`, rule.name);
  for (const rule of rules) {
    if (rule.kind === 'ServiceTag' && BROAD_SERVICE_TAGS.includes(rule.serviceTag)) {
      warn(rule, `allows service tag "${rule.serviceTag}", which covers (nearly) every address and undoes approved-outbound isolation; allow the specific service tags or FQDNs instead.`);
    }
    if (rule.kind === 'ServiceTag' && DATA_SERVICE_TAGS.includes(rule.serviceTag)) {
      warn(rule, `allows service tag "${rule.serviceTag}", which reaches every customer's ${rule.serviceTag} accounts, a path for data to leave; use a private endpoint rule to your own resource instead.`);
    }
    if (rule.kind === 'Fqdn' && isLiteral(rule.destination) && rule.destination.startsWith('*.')) {
      const domain = rule.destination.slice(2).toLowerCase();
      if (SHARED_DATA_DOMAINS.some((shared) => domain === shared || shared.endsWith(`.${domain}`) || domain.endsWith(`.${shared}`))) {
        warn(rule, `allows "${rule.destination}", a domain shared by every customer's data services, a path for data to leave; name the host of your own resource, or use a private endpoint rule.`);
      }
    }
  }
  if (rules.some((rule) => rule.kind === 'Fqdn')) {
    Annotations.of(hub).addInfo(`AiHub "${hub.node.path}": FQDN outbound rules make Azure deploy a managed firewall for the hub's managed network, which is billed.`);
  }
}

/**
 * Makes the hub identity "Azure AI Enterprise Network Connection Approver" on a target of a
 * managed-network private endpoint rule (`IdentityRole-<key>-NetworkConnectionApprover`).
 */
export function grantNetworkConnectionApprover(hub: Construct, key: string, targetId: string, identity: IPrincipal, description: string): RoleAssignment {
  return grant(hub, `IdentityRole-${key}-NetworkConnectionApprover`, {
    scopeId: targetId,
    principal: identity,
    role: BuiltInRoles.AZURE_AI_ENTERPRISE_NETWORK_CONNECTION_APPROVER,
    description,
  });
}

/**
 * Creates the rules as azurerm resources (`OutboundRule-<name>`). For each private endpoint rule the
 * hub identity gets "Azure AI Enterprise Network Connection Approver" on the target (once per
 * target), which the managed network needs to approve the endpoint; the rule waits for that role.
 *
 * The rules are created one after another, each after the one before it and all after `after`:
 * the service rewrites the hub's whole rule set on every change, and rules written in parallel
 * have been seen to delete each other (Azure/terraform-provider-azapi#453).
 */
export function addOutboundRules(hub: Construct, workspaceId: string, identity: IPrincipal, rules: readonly OutboundRule[], after: ITerraformDependable[]): TerraformResource[] {
  const created: TerraformResource[] = [];
  // One approver role per target: rules to two subresources of one account (blob and dfs) share it.
  const approvers = new Map<string, TerraformResource>();
  const approverFor = (rule: PrivateEndpointOutboundRule): TerraformResource => {
    const target = isLiteral(rule.serviceResourceId) ? rule.serviceResourceId.toLowerCase() : rule.serviceResourceId;
    let approver = approvers.get(target);
    if (!approver) {
      // Named after the first rule to the target, so that the address does not depend on token numbering.
      approver = grantNetworkConnectionApprover(hub, `OutboundRule-${rule.name}`, rule.serviceResourceId, identity,
        `AI hub identity: approve the managed network's private endpoints to this resource (rule ${rule.name})`);
      approvers.set(target, approver);
    }
    return approver;
  };
  for (const rule of rules) {
    const id = `OutboundRule-${rule.name}`;
    const dependsOn = created.length === 0 ? after : [created[created.length - 1]];
    switch (rule.kind) {
      case 'Fqdn':
        created.push(new MachineLearningWorkspaceNetworkOutboundRuleFqdn(hub, id, { name: rule.name, workspaceId, destinationFqdn: rule.destination, dependsOn }));
        break;
      case 'ServiceTag':
        created.push(new MachineLearningWorkspaceNetworkOutboundRuleServiceTag(hub, id, {
          name: rule.name, workspaceId, serviceTag: rule.serviceTag, protocol: rule.protocol, portRanges: rule.portRanges, dependsOn,
        }));
        break;
      case 'PrivateEndpoint': {
        created.push(new MachineLearningWorkspaceNetworkOutboundRulePrivateEndpoint(hub, id, {
          name: rule.name, workspaceId, serviceResourceId: rule.serviceResourceId, subResourceTarget: rule.subresource,
          sparkEnabled: rule.sparkEnabled ?? false, dependsOn: [...dependsOn, approverFor(rule)],
        }));
        break;
      }
    }
  }
  return created;
}
