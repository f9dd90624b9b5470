import { ContainerRegistry } from '@cdktf/provider-azurerm/lib/container-registry';
import { oneOf, optional, str } from '../core/input';
import { compactName, NameRules } from '../core/naming';
import { BuiltInRoles } from '../core/roles';
import { HubDependencyDescriptor } from './hub-dependency';

/**
 * Container registry SKUs: the values azurerm accepts in `sku` (azurerm v4.55.0
 * internal/services/containers/container_registry_resource.go). Only Premium supports private
 * endpoints and disabling public access.
 */
export const CONTAINER_REGISTRY_SKUS = ['Basic', 'Standard', 'Premium'] as const;

/** Container registry SKUs. */
export type ContainerRegistrySku = (typeof CONTAINER_REGISTRY_SKUS)[number];

/** The hub's props about its container registry. */
export interface HubContainerRegistryProps {
  /** Name of the container registry. @default `cr<baseName><hash>` (global) */
  readonly containerRegistryName?: string;
  /**
   * SKU of the container registry. Only Premium can disable public access or take private endpoints,
   * so a private hub (the default) needs it.
   * @default 'Premium'
   */
  readonly containerRegistrySku?: ContainerRegistrySku;
  /** Use this container registry (resource id) instead of creating one. */
  readonly existingContainerRegistryId?: string;
}

/** What the registry's checks read of the hub's other props. */
interface RegistryCheckProps extends HubContainerRegistryProps {
  readonly privateEndpoint?: unknown;
  readonly dependenciesWithPublicAccess?: readonly string[];
}

/** Defaults of the container registry props. */
export const CONTAINER_REGISTRY_DEFAULTS = { containerRegistrySku: 'Premium' } as const;

/**
 * The hub's registry for environment images: no admin user, no anonymous pull, no export when
 * private, a deny-by-default firewall when the hub is private. Only the Premium SKU has a firewall,
 * private endpoints and a way to turn public access off (Microsoft Learn, "Azure Container Registry
 * service tiers").
 *
 * Hub identity role (Microsoft Learn, "Set up authentication between Azure Machine Learning and
 * other services", user-assigned managed identity): Contributor.
 */
export const CONTAINER_REGISTRY: HubDependencyDescriptor<RegistryCheckProps> = {
  label: 'ContainerRegistry',
  armType: 'Microsoft.ContainerRegistry/registries',
  nameProp: 'containerRegistryName',
  existingIdProp: 'existingContainerRegistryId',
  nameRule: NameRules.containerRegistry,
  propChecks: {
    containerRegistryName: optional(str()),
    containerRegistrySku: optional(oneOf(CONTAINER_REGISTRY_SKUS)),
    existingContainerRegistryId: optional(str()),
  },
  createOnlyProps: ['containerRegistryName', 'containerRegistrySku'],
  defaultName: (base, suffix) => compactName('cr', base, suffix, NameRules.containerRegistry.maxLength),
  hubIdentityRoles: [BuiltInRoles.CONTRIBUTOR],
  networkPosture: { optOut: 'ContainerRegistry', publicAccessAttributes: ['public_network_access_enabled'], firewallBlock: 'network_rule_set' },

  check(props, hubIsPublic) {
    const sku = props.containerRegistrySku ?? CONTAINER_REGISTRY_DEFAULTS.containerRegistrySku;
    // An existing registry's SKU and network are its owner's.
    if (sku === 'Premium' || props.existingContainerRegistryId !== undefined) return [];
    const problems: string[] = [];
    if (!hubIsPublic) {
      problems.push(`containerRegistrySku "${sku}" cannot disable public network access, which a private hub (publicNetworkAccess "Disabled", the default) requires of its registry; use "Premium", or pass an existing registry in \`existingContainerRegistryId\`.`);
    }
    if (props.privateEndpoint !== undefined) {
      problems.push(`containerRegistrySku "${sku}" cannot take a private endpoint, which \`privateEndpoint\` asks for; use "Premium", or pass an existing registry in \`existingContainerRegistryId\`.`);
    }
    if (!hubIsPublic && (props.dependenciesWithPublicAccess ?? []).includes('ContainerRegistry')) {
      problems.push('dependenciesWithPublicAccess lists "ContainerRegistry", but only a Premium registry has a firewall to deny other traffic by default; keep the default "Premium" SKU.');
    }
    return problems;
  },

  create(c, props) {
    const sku = props.containerRegistrySku ?? CONTAINER_REGISTRY_DEFAULTS.containerRegistrySku;
    const registry = new ContainerRegistry(c.hub, 'ContainerRegistry', {
      name: c.name,
      location: c.location,
      resourceGroupName: c.resourceGroupName,
      sku,
      adminEnabled: false,
      anonymousPullEnabled: false,
      publicNetworkAccessEnabled: c.publicNetworkAccess,
      // Blocks exporting images out of a private registry; Azure accepts it only without public access.
      exportPolicyEnabled: c.publicNetworkAccess ? undefined : false,
      networkRuleBypassOption: 'AzureServices',
      // Only Premium has a firewall; without the block Azure's default action is Allow.
      networkRuleSet: c.denyByDefault && sku === 'Premium' ? [{ defaultAction: 'Deny' }] : undefined,
    });
    return {
      resource: registry,
      taggable: true,
      holdsData: true,
      lockId: 'Lock-ContainerRegistry',
      diagnostics: [{ id: 'Diagnostics-ContainerRegistry', resourceId: registry.id, logs: true }],
      privateEndpoints: [{ id: 'PrivateEndpoint-ContainerRegistry', resourceName: c.name, subresource: 'registry' }],
    };
  },
};
