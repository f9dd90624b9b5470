import { Check, bool, list, oneOf, optional, region, required, resourceIdOf, shape, str, Field } from '../core/input';
import { OBJECT_ID } from '../core/principal';
import {
  DIAGNOSTICS, LOCK, PRIVATE_ENDPOINT, PUBLIC_NETWORK_ACCESS, RESOURCE_GROUP, TAGS,
} from '../core/standard-props-checks';
import { MANAGED_NETWORK_ISOLATION_MODES, OUTBOUND_RULE } from '../network/outbound-rules';
import { HUB_DEPENDENCY_DESCRIPTORS, HUB_DEPENDENCIES } from './hub-settings';
import { MONITOR_PRIVATE_LINK_SCOPE_PROPS } from './monitor-private-link-scope';

/** The hub's own props, besides those of its dependencies (which their descriptors check). */
const HUB_OWN_PROPS: Readonly<Record<string, Field>> = {
  baseName: required(str({ literalBecause: 'every default resource name is derived from it at synth time' })),
  location: required(region()),
  resourceGroup: optional(RESOURCE_GROUP),
  tags: optional(TAGS),
  name: optional(str()),
  resourceGroupName: optional(str()),
  friendlyName: optional(str()),
  description: optional(str({ nonEmpty: false })),
  publicNetworkAccess: optional(PUBLIC_NETWORK_ACCESS),
  privateEndpoint: optional(PRIVATE_ENDPOINT),
  dependenciesWithPublicAccess: optional(list(oneOf(HUB_DEPENDENCIES))),
  monitorPrivateLinkScope: optional(MONITOR_PRIVATE_LINK_SCOPE_PROPS),
  managedNetworkIsolationMode: optional(oneOf(MANAGED_NETWORK_ISOLATION_MODES)),
  outboundRules: optional(list(OUTBOUND_RULE)),
  highBusinessImpact: optional(bool()),
  projectPrincipalsManageContainers: optional(bool()),
  preventDestroy: optional(bool()),
  lock: optional(LOCK),
  diagnostics: optional(DIAGNOSTICS),
  identityName: optional(str()),
  existingIdentity: optional(shape({
    resourceId: required(resourceIdOf('Microsoft.ManagedIdentity/userAssignedIdentities')),
    principalId: required(OBJECT_ID),
  }, 'an object such as { resourceId, principalId }')),
};

/**
 * The runtime check of `AiHubProps`: the hub's own props and each dependency's (from its
 * descriptor), so that a prop the hub does not read is refused instead of silently ignored.
 */
export const AI_HUB_PROPS: Check = shape(Object.assign({}, ...HUB_DEPENDENCY_DESCRIPTORS.map((d) => d.propChecks), HUB_OWN_PROPS), 'an object of AiHubProps');
