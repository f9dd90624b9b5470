// Public exports of the library. Everything else is internal.
export { containerNamePrefixCondition } from './core/abac';
export type { RoleAssignmentCondition } from './core/abac';
export { AZAPI_PROVIDER } from './core/azapi';
export { AZURERM_PROVIDER_DEFAULTS } from './core/azurerm-provider';
export type { DiagnosticsProps } from './core/diagnostics';
export type { LockProps } from './core/lock';
export { acknowledge, WARNINGS } from './core/warnings';
export { ValidationError } from './core/validation';
export { ADDITIONAL_REGIONS_CONTEXT } from './core/input';
export { AZURE_CHINA_REGIONS, AZURE_REGIONS } from './core/azure-regions';
export type { AzureRegion } from './core/azure-regions';
export { TAG_LIMITS } from './core/standard-props-checks';
export { LOCK_LEVELS } from './core/lock';
export type { LockLevel } from './core/lock';
export type { Acknowledgement, AcknowledgeableWarningId, WarningId } from './core/warnings';
export { NameRules, uniqueSuffix } from './core/naming';
export type { IPrivateDnsZones, ISubnet, PrivateDnsZoneMode, PrivateEndpointProps } from './core/private-endpoint';
export { PRIVATE_DNS_ZONE_NAMES, PRIVATE_LINK_SUBRESOURCES } from './core/private-link';
export type { PrivateDnsZoneName, PrivateLinkSubresource } from './core/private-link';
export type { IResourceGroup } from './core/resource-group';
export type { NameRule } from './core/naming';
export { Principal, PRINCIPAL_TYPES } from './core/principal';
export type { IPrincipal, ManagedIdentity, PrincipalType } from './core/principal';
export { BuiltInRoles } from './core/roles';
export type { BuiltInRole } from './core/roles';
export { AiHub } from './hub/ai-hub';
export type { HubProjectDefaults, IAiHub } from './workspace/ai-hub-interface';
export type { AiHubProps, HubDependency, PublicNetworkAccess } from './hub/ai-hub-props';
export type { HubContainerRegistryProps } from './hub/container-registry';
export type { HubKeyVaultProps } from './hub/key-vault';
export type { HubMonitoringProps } from './hub/monitoring';
export type { HubStorageAccountProps } from './hub/storage-account';
export { CONTAINER_REGISTRY_SKUS } from './hub/container-registry';
export type { ContainerRegistrySku } from './hub/container-registry';
export { HUB_DEFAULTS, HUB_DEPENDENCIES, HUB_IDENTITY_DEPENDENCY_ROLES } from './hub/hub-settings';
export type { ExistingIdentityProps } from './hub/identity';
export { ImportedAiHub } from './hub/imported-ai-hub';
export type { ImportedAiHubAttributes } from './hub/imported-ai-hub';
export { KEY_VAULT_SKUS } from './hub/key-vault';
export type { KeyVaultSku } from './hub/key-vault';
export { STORAGE_REPLICATIONS } from './hub/storage-account';
export type { StorageReplication } from './hub/storage-account';
export { AiNetwork, PRIVATE_ENDPOINT_SUBNET_NAME, RESERVED_SUBNET_NAMES } from './network/ai-network';
export type { AiNetworkProps, SubnetSpec } from './network/ai-network';
export { ExistingPrivateDnsZones } from './network/existing-private-dns-zones';
export type { PrivateDnsZoneIds } from './network/existing-private-dns-zones';
export { ExistingSubnet } from './network/existing-subnet';
export type { ExistingSubnetOptions } from './network/existing-subnet';
export {
  BROAD_SERVICE_TAGS, DATA_SERVICE_TAGS, MANAGED_NETWORK_ISOLATION_MODES, OUTBOUND_RULE_PRIVATE_ENDPOINT_SUBRESOURCES, OUTBOUND_RULE_PROTOCOLS, OUTBOUND_RULE_PRIVATE_ENDPOINT_TARGETS,
  OUTBOUND_RULE_SERVICE_TAGS, SHARED_DATA_DOMAINS,
} from './network/outbound-rules';
export type {
  FqdnOutboundRule, ManagedNetworkIsolationMode, OutboundRule, OutboundRuleProtocol, OutboundRulePrivateEndpointSubresource,
  OutboundRuleServiceTag, PrivateEndpointOutboundRule, ServiceTagOutboundRule,
} from './network/outbound-rules';
export { dnsZonesManagedByPolicy } from './network/policy-managed-dns-zones';
export { DEFAULT_PRIVATE_ENDPOINT_CLIENTS } from './network/private-endpoint-subnet-rules';
export type { PrivateEndpointClients } from './network/private-endpoint-subnet-rules';
export { PrivateDnsZones } from './network/private-dns-zones';
export type { PrivateDnsZonesProps } from './network/private-dns-zones';
export { AiProject } from './project/ai-project';
export { AiSearch, MAX_SEARCH_UNITS, SEARCH_SKU_LIMITS, SEMANTIC_SEARCH_PLANS } from './services/ai-search';
export type { AiSearchProps, ProjectData, SearchSku } from './services/ai-search';
export { AI_SERVICES_SKUS, AiServices } from './services/ai-services';
export type { AiServicesProps } from './services/ai-services';
export type { ConnectionCategory, ConnectionTarget, IConnectableService } from './services/connectable-service';
export { AZURE_OPENAI_API_VERSION, CONNECTION_API } from './services/connection';
export type { ConnectionOptions } from './services/connection';
export { BLOCKLIST_TARGETS, CONTENT_FILTER_BASE_POLICY, HARM_CATEGORIES, RAI_API, SEVERITY_THRESHOLDS, STRICT_CONTENT_FILTER } from './services/content-filter';
export type { ContentFilterBlocklist, ContentFilterProps, HarmCategory, HarmFilter, SeverityThreshold } from './services/content-filter';
export { DEPLOYMENT_SKUS, VERSION_UPGRADE_OPTIONS } from './services/model-deployment';
export type { DeploymentSku, ModelDeploymentProps, VersionUpgradeOption } from './services/model-deployment';
export type { ConnectedServiceProps } from './services/service-posture';
export type { AiProjectOptions, AiProjectProps } from './project/ai-project';
export { SERVICE_CONTAINER_SUFFIXES, SERVICE_FILE_SHARE_SUFFIXES } from './project/containers';
export type { ServiceContainerSuffix, ServiceFileShareSuffix } from './project/containers';
