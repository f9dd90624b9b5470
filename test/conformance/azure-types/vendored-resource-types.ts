/**
 * The resource types (`<type>@<api version>`) whose definitions are vendored in this folder, by
 * file. Every azapi block a test synthesizes must name one of them; add a type here (and run
 * vendor.ts) when the library starts to use a new one.
 */
export const VENDORED_RESOURCE_TYPES: Readonly<Record<string, readonly string[]>> = {
  'machinelearningservices@2024-10-01-preview.json': [
    'Microsoft.MachineLearningServices/workspaces@2024-10-01-preview',
  ],
  'machinelearningservices@2024-10-01.json': [
    'Microsoft.MachineLearningServices/workspaces/connections@2024-10-01',
    'Microsoft.MachineLearningServices/workspaces/outboundRules@2024-10-01',
  ],
  'cognitiveservices@2024-10-01.json': [
    'Microsoft.CognitiveServices/accounts/raiPolicies@2024-10-01',
    'Microsoft.CognitiveServices/accounts/raiBlocklists@2024-10-01',
    'Microsoft.CognitiveServices/accounts/raiBlocklists/raiBlocklistItems@2024-10-01',
  ],
};
