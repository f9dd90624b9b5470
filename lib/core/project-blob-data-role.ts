import { RoleDefinition } from '@cdktf/provider-azurerm/lib/role-definition';
import { Construct } from 'constructs';
import { resourceIdSegment } from './resource-id';
import { BLOB_CONTRIBUTOR_ACTIONS, CustomRole } from './roles';

const CONTAINERS = 'Microsoft.Storage/storageAccounts/blobServices/containers';

/**
 * The control-plane actions of the project blob role: Storage Blob Data Contributor's, less
 * `containers/write` and `containers/delete` (Microsoft Learn, "Azure built-in roles for Storage").
 * An ABAC condition cannot limit them (Microsoft Learn, "Authorize access to Azure Blob Storage
 * using Azure role assignment conditions", supported operations: conditions do not apply to
 * management actions through the storage resource provider), so with the built-in role a project
 * principal could create or delete any project's container.
 */
export const PROJECT_BLOB_CONTROL_ACTIONS = [
  `${CONTAINERS}/read`,
  'Microsoft.Storage/storageAccounts/blobServices/generateUserDelegationKey/action',
] as const;

/** The short name of the project blob role in construct ids and descriptions. */
export const PROJECT_BLOB_DATA_ROLE_NAME = 'AI Project Blob Data';

/**
 * Defines the role project principals hold on a hub's shared storage account: the five blob data
 * actions of Storage Blob Data Contributor (so the container-name condition lists exactly them),
 * reading containers and user delegation keys, and no container write or delete.
 *
 * The definition is scoped and assignable to the storage account alone. Microsoft Learn
 * ("Understand Azure role definitions", AssignableScopes) allows a resource in AssignableScopes but
 * recommends wider scopes only because a tenant holds at most 5,000 custom roles; one role per hub
 * storage account keeps it from being assigned anywhere else. Role names are unique per tenant
 * ("Azure custom roles"), so the name holds the storage account's globally unique name and, for a
 * hub imported into another stack, a qualifier of that stack.
 *
 * @param storage the account's id, and its name when known (else read from the id)
 */
export function defineProjectBlobDataRole(owner: Construct, storage: { readonly id: string; readonly name?: string }, nameQualifier?: string): CustomRole {
  const storageAccountId = storage.id;
  const storageName = storage.name ?? resourceIdSegment(storageAccountId, 8);
  const definition = new RoleDefinition(owner, 'ProjectBlobDataRole', {
    name: `AI project blob data (${storageName}${nameQualifier === undefined ? '' : `, ${nameQualifier}`})`,
    scope: storageAccountId,
    description: 'Read and write blobs in an AI project\'s own containers (with an ABAC condition on each assignment); no container create or delete.',
    permissions: [{ actions: [...PROJECT_BLOB_CONTROL_ACTIONS], dataActions: [...BLOB_CONTRIBUTOR_ACTIONS] }],
    assignableScopes: [storageAccountId],
  });
  // role_definition_resource_id is the subscription-scoped id Azure returns, the form role
  // assignments read back (azurerm v4.55.0 role_definition_resource.go).
  return { name: PROJECT_BLOB_DATA_ROLE_NAME, definitionResourceId: definition.roleDefinitionResourceId, blobDataActions: BLOB_CONTRIBUTOR_ACTIONS };
}
