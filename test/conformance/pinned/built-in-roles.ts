/**
 * Built-in role definition ids, typed by hand from Microsoft Learn "Azure built-in roles"
 * (https://learn.microsoft.com/azure/role-based-access-control/built-in-roles; source
 * MicrosoftDocs/azure-docs articles/role-based-access-control/built-in-roles.md at commit
 * 00a583295ba737a5caf885472cb3bca3624e9cde, ms.date 04/09/2026), one row per role the library may
 * assign. Never generated from lib/core/roles.ts: this is what that table is checked against.
 */
export const PINNED_ROLE_IDS: Readonly<Record<string, string>> = {
  'Owner': '8e3af657-a8ff-443c-a75c-2fe8c4bcb635',
  'Contributor': 'b24988ac-6180-42a0-ab88-20f7382dd24c',
  'Reader': 'acdd72a7-3385-48ef-bd42-f606fba81ae7',
  'Azure AI Administrator': 'b78c5d69-af96-48a3-bf8d-a8b4d589de94',
  'Azure AI Developer': '64702f94-c441-49e6-a78b-ef80e0188fee',
  'Azure AI Inference Deployment Operator': '3afb7f49-54cb-416e-8c09-6dc049efa503',
  'Azure AI Enterprise Network Connection Approver': 'b556d68e-0be0-4f35-a333-ad7ee1ce17ea',
  'Storage Blob Data Reader': '2a2b9908-6ea1-4ae2-8e65-a410df84e7d1',
  'Storage Blob Data Contributor': 'ba92f5b4-2d11-453d-a403-e96b0029c9fe',
  'Storage File Data Privileged Contributor': '69566ab7-960f-475b-8e7c-b3118f30c6bd',
  // Learn "Azure built-in roles for Storage" (built-in-roles/storage), added 2026-11-21.
  'Storage File Data Privileged Reader': 'b8eda974-7b85-4f76-af95-65846b26df6d',
  'Cognitive Services User': 'a97b65f3-24c7-4388-baec-2e87135dc908',
  'Cognitive Services OpenAI User': '5e0bd9bd-7b93-4f28-af87-19fc36ad61bd',
  'Search Index Data Reader': '1407120a-92aa-4202-b7e9-c0e197c71c8f',
  'Search Index Data Contributor': '8ebe5a00-799e-43f5-93ac-243d3dce84a7',
  'Search Service Contributor': '7ca78c08-252a-4471-8644-bb5ff32d4ba0',
  'Key Vault Administrator': '00482a5a-887f-4fb3-b363-3b7fe8e74483',
  // Learn "Azure built-in roles for Monitor" (built-in-roles/monitor), added 2026-11-21.
  'Monitoring Metrics Publisher': '3913510d-42f4-4e42-8a64-420c390055eb',
  'AcrPull': '7f951dda-4ed3-4680-a7ca-43fe172d538d',
  'AcrPush': '8311e382-0749-4cb8-b61a-304f252e45ec',
};

/**
 * The blob data actions (DataActions) of the blob roles, typed by hand from Learn "Azure built-in
 * roles for Storage" (https://learn.microsoft.com/azure/role-based-access-control/built-in-roles/storage;
 * source articles/role-based-access-control/built-in-roles/storage.md at commit
 * 1b4e136a1da731e1ed16444eb6ce5701bcd8c0f4). A container condition must name every one of them.
 */
export const PINNED_BLOB_DATA_ACTIONS: Readonly<Record<string, readonly string[]>> = {
  'Storage Blob Data Contributor': [
    'Microsoft.Storage/storageAccounts/blobServices/containers/blobs/delete',
    'Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read',
    'Microsoft.Storage/storageAccounts/blobServices/containers/blobs/write',
    'Microsoft.Storage/storageAccounts/blobServices/containers/blobs/move/action',
    'Microsoft.Storage/storageAccounts/blobServices/containers/blobs/add/action',
  ],
  'Storage Blob Data Reader': [
    'Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read',
  ],
};
