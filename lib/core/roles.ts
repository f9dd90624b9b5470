import { Check, describeValue, isPlainObject } from './input';
import { checkGuid } from './validation';
/**
 * The Azure built-in roles the library assigns. Role definition ids are the same in every
 * subscription; see shared/reference/roles.md and Microsoft's "Azure built-in roles" page.
 */
export interface BuiltInRole {
  /** The role's display name, as in the Azure portal. */
  readonly name: string;
  /** The role definition GUID. */
  readonly guid: string;
  /**
   * The blob data actions the role grants, for roles an ABAC container condition can restrict.
   * A condition must list every one of them: an action left out stays unrestricted.
   */
  readonly blobDataActions?: readonly string[];
}

/**
 * A role the library defines itself (an `azurerm_role_definition` in the stack), for least
 * privilege where no built-in role fits.
 */
export interface CustomRole {
  /** A short, stable name: it goes into construct ids and descriptions (the Azure name is the definition's). */
  readonly name: string;
  /** The definition's resource id (`role_definition_resource_id`), the form role assignments take. */
  readonly definitionResourceId: string;
  /** As for built-in roles: the blob data actions a container condition must list. */
  readonly blobDataActions?: readonly string[];
}

/** A built-in or custom role. */
export type Role = BuiltInRole | CustomRole;

const BLOBS = 'Microsoft.Storage/storageAccounts/blobServices/containers/blobs';

/** The five blob data actions of Storage Blob Data Contributor (shared/reference/abac.md). */
export const BLOB_CONTRIBUTOR_ACTIONS = [
  `${BLOBS}/read`,
  `${BLOBS}/write`,
  `${BLOBS}/delete`,
  `${BLOBS}/add/action`,
  `${BLOBS}/move/action`,
] as const;

/** Typed catalog of the built-in roles the library uses. */
export const BuiltInRoles = {
  OWNER: { name: 'Owner', guid: '8e3af657-a8ff-443c-a75c-2fe8c4bcb635' },
  CONTRIBUTOR: { name: 'Contributor', guid: 'b24988ac-6180-42a0-ab88-20f7382dd24c' },
  READER: { name: 'Reader', guid: 'acdd72a7-3385-48ef-bd42-f606fba81ae7' },
  AZURE_AI_ADMINISTRATOR: { name: 'Azure AI Administrator', guid: 'b78c5d69-af96-48a3-bf8d-a8b4d589de94' },
  AZURE_AI_DEVELOPER: { name: 'Azure AI Developer', guid: '64702f94-c441-49e6-a78b-ef80e0188fee' },
  AZURE_AI_INFERENCE_DEPLOYMENT_OPERATOR: { name: 'Azure AI Inference Deployment Operator', guid: '3afb7f49-54cb-416e-8c09-6dc049efa503' },
  AZURE_AI_ENTERPRISE_NETWORK_CONNECTION_APPROVER: { name: 'Azure AI Enterprise Network Connection Approver', guid: 'b556d68e-0be0-4f35-a333-ad7ee1ce17ea' },
  STORAGE_BLOB_DATA_READER: {
    name: 'Storage Blob Data Reader', guid: '2a2b9908-6ea1-4ae2-8e65-a410df84e7d1',
    blobDataActions: [`${BLOBS}/read`],
  },
  STORAGE_BLOB_DATA_CONTRIBUTOR: {
    name: 'Storage Blob Data Contributor', guid: 'ba92f5b4-2d11-453d-a403-e96b0029c9fe',
    blobDataActions: BLOB_CONTRIBUTOR_ACTIONS,
  },
  STORAGE_FILE_DATA_PRIVILEGED_CONTRIBUTOR: { name: 'Storage File Data Privileged Contributor', guid: '69566ab7-960f-475b-8e7c-b3118f30c6bd' },
  // Learn, "Azure built-in roles for Storage": file read with backup semantics (OAuth over REST).
  STORAGE_FILE_DATA_PRIVILEGED_READER: { name: 'Storage File Data Privileged Reader', guid: 'b8eda974-7b85-4f76-af95-65846b26df6d' },
  COGNITIVE_SERVICES_USER: { name: 'Cognitive Services User', guid: 'a97b65f3-24c7-4388-baec-2e87135dc908' },
  COGNITIVE_SERVICES_OPENAI_USER: { name: 'Cognitive Services OpenAI User', guid: '5e0bd9bd-7b93-4f28-af87-19fc36ad61bd' },
  SEARCH_INDEX_DATA_READER: { name: 'Search Index Data Reader', guid: '1407120a-92aa-4202-b7e9-c0e197c71c8f' },
  SEARCH_INDEX_DATA_CONTRIBUTOR: { name: 'Search Index Data Contributor', guid: '8ebe5a00-799e-43f5-93ac-243d3dce84a7' },
  SEARCH_SERVICE_CONTRIBUTOR: { name: 'Search Service Contributor', guid: '7ca78c08-252a-4471-8644-bb5ff32d4ba0' },
  KEY_VAULT_ADMINISTRATOR: { name: 'Key Vault Administrator', guid: '00482a5a-887f-4fb3-b363-3b7fe8e74483' },
  // Microsoft Learn, "Azure built-in roles for Monitor": publishes telemetry to Application Insights with Entra ID.
  MONITORING_METRICS_PUBLISHER: { name: 'Monitoring Metrics Publisher', guid: '3913510d-42f4-4e42-8a64-420c390055eb' },
  ACR_PULL: { name: 'AcrPull', guid: '7f951dda-4ed3-4680-a7ca-43fe172d538d' },
  ACR_PUSH: { name: 'AcrPush', guid: '8311e382-0749-4cb8-b61a-304f252e45ec' },
} as const satisfies Record<string, BuiltInRole>;

/**
 * Checks a built-in role from any caller: an object with a `name` and a GUID `guid`, such as
 * `BuiltInRoles.READER`. A role name given as a string is refused, naming the catalog entry.
 */
export const checkBuiltInRole: Check = (value, label, problems) => {
  if (typeof value === 'string') {
    const entry = Object.entries(BuiltInRoles).find(([, role]) => role.name.toLowerCase() === value.toLowerCase() || role.guid === value.toLowerCase());
    problems.push(`${label} must be a role object from BuiltInRoles, not ${describeValue(value)}${entry ? `; write BuiltInRoles.${entry[0]}` : ''}.`);
    return false;
  }
  if (!isPlainObject(value) || typeof value.name !== 'string' || typeof value.guid !== 'string' || checkGuid('', value.guid).length > 0) {
    problems.push(`${label} must be a built-in role such as BuiltInRoles.READER (an object with its name and role definition GUID), not ${describeValue(value)}.`);
    return false;
  }
  return true;
};
