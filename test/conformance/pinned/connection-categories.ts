/**
 * The connection category for each kind of endpoint a connection points at, typed by hand.
 * The categories are literals of the `category` enum of workspaces/connections@2024-10-01 (the
 * azapi provider's embedded types). The pairing with endpoints follows Microsoft's own templates:
 * Azure/azure-quickstart-templates quickstarts/microsoft.machinelearningservices/
 * aistudio-network-restricted (an AI Services account's endpoint https://<name>.cognitiveservices.azure.com/
 * as "AIServices"; a search service as "CognitiveSearch"), and the Azure Verified Module
 * Azure/terraform-azurerm-avm-res-machinelearningservices-workspace, examples/private_ai_search
 * ("CognitiveSearch" at https://<name>.search.windows.net). Azure OpenAI endpoints
 * (https://<name>.openai.azure.com/) are "AzureOpenAI".
 */
export const PINNED_CONNECTION_CATEGORIES: ReadonlyArray<{ readonly host: RegExp; readonly category: string }> = [
  { host: /^https:\/\/[a-z0-9-]+\.cognitiveservices\.azure\.com\/$/, category: 'AIServices' },
  { host: /^https:\/\/[a-z0-9-]+\.openai\.azure\.com\/$/, category: 'AzureOpenAI' },
  { host: /^https:\/\/[a-z0-9-]+\.search\.windows\.net$/, category: 'CognitiveSearch' },
];
