import { TerraformVariable } from 'cdktf';
import { AiHub } from '../../lib';
import { onlyResource, pinnedRoleId, refTo, resourcesOf, roleGuidOf, synth, warningsOf } from '../helpers';

// Storage Blob Data Contributor per Microsoft Learn, "Azure built-in roles for Storage" (written
// out by hand): the five data actions the custom role keeps, and the two container actions it drops.
const CONTAINERS = 'Microsoft.Storage/storageAccounts/blobServices/containers';
const BLOB_DATA_ACTIONS = ['delete', 'read', 'write', 'move/action', 'add/action'].map((a) => `${CONTAINERS}/blobs/${a}`);
const HUB_ID = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-sales-dev/providers/Microsoft.MachineLearningServices/workspaces/hub-sales-dev';
const STORAGE_ID = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-sales-dev/providers/Microsoft.Storage/storageAccounts/stsalesdev';
/** The hub stack's role, passed in as a variable (as a cross-stack reference would be). */
const sharedRoleId = (s: any) => new TerraformVariable(s, 'hub_project_blob_role', { type: 'string' }).stringValue;
const DEVELOPERS = { principalId: '11111111-1111-1111-1111-111111111111', principalType: 'Group', key: 'devs' } as const;

/** The role assignments on the storage account itself (not on a file share). */
const storageGrants = (json: any, storage: string) => resourcesOf(json, 'azurerm_role_assignment').map(([, a]) => a).filter((a) => a.scope === storage);

describe('project blob role (no container create or delete)', () => {
  const { json } = synth((s) => {
    const hub = new AiHub(s, 'Hub', { baseName: 'sales-dev', location: 'swedencentral' });
    hub.addProject('Alpha', {}).grantDeveloper(DEVELOPERS);
    hub.addProject('Beta', {});
  });
  const storage = refTo(json, 'azurerm_storage_account', 'Hub/StorageAccount', 'id');
  const role = onlyResource(json, 'azurerm_role_definition');

  test('keeps the five blob data actions and reads containers, but cannot write or delete them', () => {
    expect(role.permissions).toEqual([{
      actions: [`${CONTAINERS}/read`, 'Microsoft.Storage/storageAccounts/blobServices/generateUserDelegationKey/action'],
      data_actions: expect.arrayContaining(BLOB_DATA_ACTIONS),
    }]);
    expect(role.permissions[0].data_actions).toHaveLength(5);
    expect(JSON.stringify(role)).not.toMatch(/containers\/(write|delete)|\*/);
  });

  test('is defined once per hub, on the storage account only, with a tenant-unique name', () => {
    expect(role.scope).toBe(storage);
    expect(role.assignable_scopes).toEqual([storage]);
    expect(role.name).toMatch(/^AI project blob data \(stsalesdev[0-9a-z]+\)$/);
    expect(role.name).toContain(onlyResource(json, 'azurerm_storage_account').name);
  });

  test('every project-side storage grant uses it, under a condition; the hub identity keeps the built-in role', () => {
    const hubIdentity = refTo(json, 'azurerm_user_assigned_identity', 'Hub/Identity', 'principal_id');
    const definition = refTo(json, 'azurerm_role_definition', 'Hub/ProjectBlobDataRole', 'role_definition_resource_id');
    const grants = storageGrants(json, storage);
    const projectSide = grants.filter((a) => a.principal_id !== hubIdentity);
    expect(projectSide).toHaveLength(3); // two project identities and one developer group
    for (const a of projectSide) {
      expect(a.role_definition_id).toBe(definition);
      expect(a.condition).toContain('containers/blobs/move/action');
    }
    expect(grants.filter((a) => a.principal_id === hubIdentity).map(roleGuidOf)).toContain(pinnedRoleId('Storage Blob Data Contributor'));
  });

  test('is not defined for a hub without projects', () => {
    const { json: bare } = synth((s) => { new AiHub(s, 'Hub', { baseName: 'sales-dev', location: 'swedencentral' }); });
    expect(resourcesOf(bare, 'azurerm_role_definition')).toEqual([]);
  });
});

describe('projectPrincipalsManageContainers', () => {
  test('true gives project principals Storage Blob Data Contributor, still conditioned, and warns', () => {
    const { json, stack } = synth((s) => {
      new AiHub(s, 'Hub', { baseName: 'sales-dev', location: 'swedencentral', projectPrincipalsManageContainers: true }).addProject('Alpha', {});
    });
    expect(resourcesOf(json, 'azurerm_role_definition')).toEqual([]);
    const identity = refTo(json, 'azurerm_ai_foundry_project', 'Alpha/Project', 'identity[0].principal_id');
    const [grant] = storageGrants(json, refTo(json, 'azurerm_storage_account', 'Hub/StorageAccount', 'id')).filter((a) => a.principal_id === identity);
    expect(roleGuidOf(grant)).toBe(pinnedRoleId('Storage Blob Data Contributor'));
    expect(grant.condition).toContain('StringStartsWithIgnoreCase');
    expect(warningsOf(stack)).toEqual([expect.stringMatching(/^\[container-management\] AiHub "test\/Hub": projectPrincipalsManageContainers is true: .*delete another project's containers/)]);
  });

  test('a value that is not a boolean (plain JavaScript) is refused', () => {
    expect(() => synth((s) => { new AiHub(s, 'Hub', { baseName: 'sales-dev', location: 'swedencentral', projectPrincipalsManageContainers: 'yes' as unknown as boolean }); }))
      .toThrow('AiHub "test/Hub": projectPrincipalsManageContainers must be true or false, not the string "yes".');
  });
});

describe('project blob role of an imported hub', () => {
  test('projectBlobDataRoleId shares the hub stack\'s role: no definition here', () => {
    const { json } = synth((s) => {
      AiHub.fromHubAttributes(s, 'Shared', { resourceId: HUB_ID, storageAccountId: STORAGE_ID, location: 'swedencentral', projectBlobDataRoleId: sharedRoleId(s) }).addProject('Research', {});
    });
    expect(resourcesOf(json, 'azurerm_role_definition')).toEqual([]);
    expect(storageGrants(json, STORAGE_ID).map((a) => a.role_definition_id)).toEqual(['${var.hub_project_blob_role}']);
  });

  test('fromHubId passes projectBlobDataRoleId through', () => {
    const { json } = synth((s) => { AiHub.fromHubId(s, 'Shared', HUB_ID, { projectBlobDataRoleId: sharedRoleId(s) }).addProject('Research', {}); });
    expect(resourcesOf(json, 'azurerm_role_definition')).toEqual([]);
    const grants = resourcesOf(json, 'azurerm_role_assignment').map(([, a]) => a).filter((a) => !String(a.scope).includes('/fileshares/'));
    expect(grants.map((a) => a.role_definition_id)).toEqual(['${var.hub_project_blob_role}']);
  });

  test('without it, the stack defines its own role, named after the account and this construct\'s path', () => {
    const { json } = synth((s) => {
      AiHub.fromHubAttributes(s, 'Shared', { resourceId: HUB_ID, storageAccountId: STORAGE_ID, location: 'swedencentral' }).addProject('Research', {});
    });
    const role = onlyResource(json, 'azurerm_role_definition');
    expect(role.name).toBe('AI project blob data (stsalesdev, test/Shared)');
    expect(role.scope).toBe(STORAGE_ID);
    expect(role.assignable_scopes).toEqual([STORAGE_ID]);
  });

  test('a looked-up storage account names the role by an expression on its id', () => {
    const { json } = synth((s) => { AiHub.fromHubId(s, 'Shared', HUB_ID).addProject('Research', {}); });
    expect(onlyResource(json, 'azurerm_role_definition').name).toMatch(/^AI project blob data \(\$\{element\(split\("\/", data\.azapi_resource\.[A-Za-z0-9_]+\.output\.properties\.storageAccount\), 8\)\}, test\/Shared\)$/);
  });

  test('a projectBlobDataRoleId that is not a role definition id is refused', () => {
    expect(() => synth((s) => { AiHub.fromHubId(s, 'Shared', HUB_ID, { projectBlobDataRoleId: '44444444-4444-4444-4444-444444444444' }); })).toThrow(
      'AiHub "test/Shared": projectBlobDataRoleId "44444444-4444-4444-4444-444444444444" is not a role definition id; pass the hub stack\'s `hub.projectBlobDataRole.definitionResourceId`',
    );
  });
});
