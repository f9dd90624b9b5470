/**
 * Private DNS zones per private endpoint subresource (Azure public cloud), typed by hand from
 * Microsoft Learn "Azure Private Endpoint private DNS zone values"
 * (https://learn.microsoft.com/azure/private-link/private-endpoint-dns, as updated 2026-05-07).
 * The registry's regional data records go into privatelink.azurecr.io too (the page's footnote 1:
 * "do not deploy this as an additional zone"). Never generated from lib/core/private-link.ts.
 */
export const PINNED_PRIVATE_DNS_ZONES: Readonly<Record<string, readonly string[]>> = {
  amlworkspace: ['privatelink.api.azureml.ms', 'privatelink.notebooks.azure.net'],
  blob: ['privatelink.blob.core.windows.net'],
  file: ['privatelink.file.core.windows.net'],
  queue: ['privatelink.queue.core.windows.net'],
  table: ['privatelink.table.core.windows.net'],
  dfs: ['privatelink.dfs.core.windows.net'],
  vault: ['privatelink.vaultcore.azure.net'],
  registry: ['privatelink.azurecr.io'],
  account: ['privatelink.cognitiveservices.azure.com', 'privatelink.openai.azure.com', 'privatelink.services.ai.azure.com'],
  searchService: ['privatelink.search.windows.net'],
  // Azure Monitor (Microsoft.Insights/privateLinkScopes), "plus blob" as the page's row lists it.
  azuremonitor: ['privatelink.monitor.azure.com', 'privatelink.oms.opinsights.azure.com', 'privatelink.ods.opinsights.azure.com', 'privatelink.agentsvc.azure-automation.net', 'privatelink.blob.core.windows.net'],
};
