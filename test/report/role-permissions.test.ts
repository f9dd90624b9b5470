import { BuiltInRoles } from '../../lib/core/roles';
import { capabilitiesOf, permittedBlobActions } from '../../lib/report/capabilities';
import { BUILT_IN_ROLES, builtInRoleByGuid, builtInRoleByName, operationMatches, permits, RoleDefinition } from '../../lib/report/role-permissions';

function role(guid: string): RoleDefinition {
  const found = builtInRoleByGuid(guid);
  if (!found) throw new Error(`no built-in role ${guid}`);
  return found;
}

const labels = (definition: RoleDefinition, kind: Parameters<typeof capabilitiesOf>[1]) => capabilitiesOf(definition, kind).map((c) => c.label);

describe('operation matching', () => {
  test.each([
    ['*', 'Microsoft.Storage/storageAccounts/listkeys/action', true],
    ['Microsoft.Search/searchServices/*', 'Microsoft.Search/searchServices/listAdminKeys/action', true],
    ['Microsoft.Storage/storageAccounts/blobServices/containers/blobs/*', 'Microsoft.Storage/storageAccounts/blobServices/containers/blobs/tags/write', true],
    ['Microsoft.CognitiveServices/*/read', 'Microsoft.CognitiveServices/accounts/read', true],
    ['*/read', 'Microsoft.Storage/storageAccounts/listkeys/action', false],
    ['microsoft.search/SEARCHSERVICES/indexes/documents/read', 'Microsoft.Search/searchServices/indexes/documents/read', true],
    ['Microsoft.Search/searchServices/indexes/documents/read', 'Microsoft.Search/searchServices/indexes/documents/readX', false],
    ['Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read', 'Microsoft.Storage/storageAccounts.blobServices/containers/blobs/read', false],
  ])('%s matches %s: %s', (pattern, operation, expected) => {
    expect(operationMatches(pattern, operation)).toBe(expected);
  });

  test('NotActions take operations back out of actions (Contributor cannot assign roles)', () => {
    const contributor = role('b24988ac-6180-42a0-ab88-20f7382dd24c');
    expect(permits(contributor, 'control', 'Microsoft.Storage/storageAccounts/listkeys/action')).toBe(true);
    expect(permits(contributor, 'control', 'Microsoft.Authorization/roleAssignments/write')).toBe(false);
    expect(permits(contributor, 'data', 'Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read')).toBe(false);
  });

  test('NotDataActions take data actions back out (OpenAI User cannot read stored completions)', () => {
    const openAiUser = role('5e0bd9bd-7b93-4f28-af87-19fc36ad61bd');
    expect(permits(openAiUser, 'data', 'Microsoft.CognitiveServices/accounts/OpenAI/deployments/chat/completions/action')).toBe(true);
    expect(permits(openAiUser, 'data', 'Microsoft.CognitiveServices/accounts/OpenAI/stored-completions/read')).toBe(false);
  });
});

describe('built-in role table', () => {
  test('has every role of the library catalog (lib/core/roles.ts), under the same name', () => {
    const missing = Object.values(BuiltInRoles).filter((builtIn) => builtInRoleByGuid(builtIn.guid)?.name !== builtIn.name);
    expect(missing.map((builtIn) => `${builtIn.name} ${builtIn.guid}`)).toEqual([]);
  });

  test('keys its roles by lower-case GUID, each role once', () => {
    const guids = [...BUILT_IN_ROLES.keys()];
    expect(guids.every((guid) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(guid))).toBe(true);
    expect(new Set([...BUILT_IN_ROLES.values()].map((r) => r.name)).size).toBe(guids.length);
    expect(builtInRoleByName('storage blob data reader')?.guid).toBe('2a2b9908-6ea1-4ae2-8e65-a410df84e7d1');
  });
});

describe('capabilities derived from the definitions', () => {
  test('Storage Blob Data Contributor: the five blob data actions, the only ones an ABAC condition must list', () => {
    expect(permittedBlobActions(role('ba92f5b4-2d11-453d-a403-e96b0029c9fe')).map((a) => a.action.replace(/.*\/blobs\//, ''))).toEqual([
      'read', 'write', 'add/action', 'move/action', 'delete',
    ]);
  });

  test('Storage Blob Data Owner: its wildcard covers tags and permissions too', () => {
    expect(permittedBlobActions(role('b7e6dc6d-f1e8-4753-8033-0f276bb0955b'))).toHaveLength(12);
  });

  test('AI Services: Cognitive Services User has all data and keys; OpenAI User inference only; Azure AI Developer OpenAI data without keys', () => {
    expect(labels(role('a97b65f3-24c7-4388-baec-2e87135dc908'), 'ai-services')).toEqual(['all data actions', 'account keys']);
    expect(labels(role('5e0bd9bd-7b93-4f28-af87-19fc36ad61bd'), 'ai-services')).toEqual(['inference']);
    expect(labels(role('64702f94-c441-49e6-a78b-ef80e0188fee'), 'ai-services')).toEqual(['inference', 'read stored completions']);
    expect(labels(role('a001fd3d-188f-4b5d-821b-7da978bf7442'), 'ai-services')).toEqual(['inference', 'read stored completions', 'manage deployments']);
  });

  test('AI Search: Search Service Contributor has admin keys and index management but no document access', () => {
    expect(labels(role('7ca78c08-252a-4471-8644-bb5ff32d4ba0'), 'search')).toEqual(['create and delete indexes', 'admin keys (every index)']);
    expect(labels(role('8ebe5a00-799e-43f5-93ac-243d3dce84a7'), 'search')).toEqual(['index read', 'index write']);
  });

  test('Owner and Contributor are owner-like; only Owner assigns roles', () => {
    expect(labels(role('8e3af657-a8ff-443c-a75c-2fe8c4bcb635'), 'registry')).toEqual([
      'all management operations (owner-like)', 'assign roles (can grant itself any access here)', 'pull images', 'push images',
    ]);
    expect(labels(role('b24988ac-6180-42a0-ab88-20f7382dd24c'), 'registry')).toEqual(['all management operations (owner-like)', 'pull images', 'push images']);
    expect(labels(role('acdd72a7-3385-48ef-bd42-f606fba81ae7'), 'log-analytics')).toEqual(['query logs']);
    expect(labels(role('73c42c96-874c-492b-b04d-ab87d138a893'), 'log-analytics')).toEqual(['query logs']);
  });

  test('Key Vault: Secrets User reads secrets; Administrator everything of the data plane', () => {
    expect(labels(role('4633458b-17de-408a-b874-0445c86b69e6'), 'key-vault')).toEqual(['read secrets']);
    expect(labels(role('00482a5a-887f-4fb3-b363-3b7fe8e74483'), 'key-vault')).toEqual(['read secrets', 'write secrets', 'use keys', 'manage keys']);
  });
});
