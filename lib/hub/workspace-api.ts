/**
 * The ARM type and pinned api version the library uses for hub settings azurerm 4.55 lacks
 * (`systemDatastoresAuthMode`) and for reading an imported hub. `systemDatastoresAuthMode` is in
 * the preview API definitions that the azapi provider validates against; the feature it serves, a
 * hub on a storage account without shared keys, is itself in preview.
 */
export const HUB_WORKSPACE_API = {
  type: 'Microsoft.MachineLearningServices/workspaces',
  apiVersion: '2024-10-01-preview',
} as const;
