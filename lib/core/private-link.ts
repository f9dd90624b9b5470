/**
 * What Azure needs to know about each private endpoint subresource (group id) the library uses:
 * the private DNS zones its records go into (Azure public cloud) and the fewest private IP
 * addresses one endpoint takes from its subnet. Source: shared/reference/private-networking.md and
 * Microsoft's "Azure Private Endpoint private DNS zone values" page.
 *
 * This table is the one place these facts live: endpoints, DNS zone groups, created zones,
 * subnet size checks and the tests all read it.
 */
export const PRIVATE_LINK_SUBRESOURCES = {
  /** An AI Foundry hub (Azure Machine Learning workspace): addresses for its API and its notebooks endpoint. */
  amlworkspace: { zones: ['privatelink.api.azureml.ms', 'privatelink.notebooks.azure.net'], minimumAddresses: 2 },
  /** Storage account, blob service. */
  blob: { zones: ['privatelink.blob.core.windows.net'], minimumAddresses: 1 },
  /** Storage account, file service. */
  file: { zones: ['privatelink.file.core.windows.net'], minimumAddresses: 1 },
  /** Storage account, queue service. */
  queue: { zones: ['privatelink.queue.core.windows.net'], minimumAddresses: 1 },
  /** Storage account, table service. */
  table: { zones: ['privatelink.table.core.windows.net'], minimumAddresses: 1 },
  /** Storage account, Data Lake Storage Gen2 endpoint. */
  dfs: { zones: ['privatelink.dfs.core.windows.net'], minimumAddresses: 1 },
  /** Key vault. */
  vault: { zones: ['privatelink.vaultcore.azure.net'], minimumAddresses: 1 },
  /** Container registry (Premium only): one address for the registry, one for its regional data endpoint. */
  registry: { zones: ['privatelink.azurecr.io'], minimumAddresses: 2 },
  /** AI Services or Azure OpenAI account. */
  account: {
    zones: ['privatelink.cognitiveservices.azure.com', 'privatelink.openai.azure.com', 'privatelink.services.ai.azure.com'],
    minimumAddresses: 1,
  },
  /** AI Search service. */
  searchService: { zones: ['privatelink.search.windows.net'], minimumAddresses: 1 },
  /**
   * Azure Monitor private link scope (`Microsoft.Insights/privateLinkScopes`). The blob zone holds
   * the agents' solution-pack storage records (Learn, "Configure private link for Azure Monitor");
   * it is the storage accounts' zone too, made once. Microsoft publishes no address count for this
   * endpoint, which takes addresses for global, regional and per-workspace records: 1 is a lower
   * bound only (README, "To verify on first apply").
   */
  azuremonitor: {
    zones: ['privatelink.monitor.azure.com', 'privatelink.oms.opinsights.azure.com', 'privatelink.ods.opinsights.azure.com', 'privatelink.agentsvc.azure-automation.net', 'privatelink.blob.core.windows.net'],
    minimumAddresses: 1,
  },
} as const satisfies Record<string, { readonly zones: readonly string[]; readonly minimumAddresses: number }>;

/** A private endpoint subresource (group id) the library knows, e.g. `blob` or `amlworkspace`. */
export type PrivateLinkSubresource = keyof typeof PRIVATE_LINK_SUBRESOURCES;

/** A private DNS zone some subresource needs, e.g. `privatelink.blob.core.windows.net`. */
export type PrivateDnsZoneName = (typeof PRIVATE_LINK_SUBRESOURCES)[PrivateLinkSubresource]['zones'][number];

/** Every private DNS zone of the table, each once, in table order. */
export const PRIVATE_DNS_ZONE_NAMES: readonly PrivateDnsZoneName[] = [
  ...new Set(Object.values(PRIVATE_LINK_SUBRESOURCES).flatMap((s) => s.zones)),
];

/** The zones of one subresource. */
export function dnsZonesOf(subresource: PrivateLinkSubresource): readonly PrivateDnsZoneName[] {
  return PRIVATE_LINK_SUBRESOURCES[subresource].zones;
}
