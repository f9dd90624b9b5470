import { AiHub } from '../../lib';
import { onlyResource, resourcesOf, synth } from '../helpers';

const HUB_ID = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-sales-dev/providers/Microsoft.MachineLearningServices/workspaces/hub-sales-dev';
const STORAGE_ID = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-sales-dev/providers/Microsoft.Storage/storageAccounts/stsalesdev';

describe('AiHub.fromHubId', () => {
  const { json } = synth((s) => { AiHub.fromHubId(s, 'Shared', HUB_ID).addProject('Research', {}); });

  test('reads the hub\'s storage account and region at plan time through azapi', () => {
    const [[name, lookup]] = resourcesOf({ resource: json.data ?? {} }, 'azapi_resource');
    expect(lookup.resource_id).toBe(HUB_ID);
    expect(lookup.response_export_values).toEqual(['location', 'properties.storageAccount']);
    const project = onlyResource(json, 'azurerm_ai_foundry_project');
    expect(project.location).toBe(`\${data.azapi_resource.${name}.output.location}`);
    const storage = `\${data.azapi_resource.${name}.output.properties.storageAccount}`;
    const projectId = `\${azurerm_ai_foundry_project.${resourcesOf(json, 'azurerm_ai_foundry_project')[0][0]}.project_id}`;
    expect(resourcesOf(json, 'azurerm_role_assignment').map(([, a]) => a.scope).sort()).toEqual([storage, `${storage}/fileServices/default/fileshares/${projectId}-code`].sort());
  });

  test('creates a project under the hub without touching the hub', () => {
    expect(onlyResource(json, 'azurerm_ai_foundry_project').ai_services_hub_id).toBe(HUB_ID);
    expect(resourcesOf(json, 'azurerm_ai_foundry')).toEqual([]);
  });

  test('fails when the id is not a hub id', () => {
    expect(() => synth((s) => { AiHub.fromHubId(s, 'Shared', STORAGE_ID); })).toThrow(
      `AiHub "test/Shared": resourceId "${STORAGE_ID}" is not a resource id of type Microsoft.MachineLearningServices/workspaces`,
    );
  });
});

describe('AiHub.fromHubAttributes', () => {
  test('uses the given attributes with no lookup, and supports grants on the hub', () => {
    const { json } = synth((s) => {
      const hub = AiHub.fromHubAttributes(s, 'Shared', { resourceId: HUB_ID, storageAccountId: STORAGE_ID, location: 'swedencentral' });
      hub.grantReader({ principalId: '99999999-8888-7777-6666-555555555555', principalType: 'Group' });
      hub.addProject('Research', {});
    });
    expect(json.data).toBeUndefined();
    expect(onlyResource(json, 'azurerm_ai_foundry_project').location).toBe('swedencentral');
    const scopes = resourcesOf(json, 'azurerm_role_assignment').map(([, a]) => a.scope).sort();
    const share = `${STORAGE_ID}/fileServices/default/fileshares/\${azurerm_ai_foundry_project.${resourcesOf(json, 'azurerm_ai_foundry_project')[0][0]}.project_id}-code`;
    expect(scopes).toEqual([HUB_ID, STORAGE_ID, share].sort());
  });

  test('fails when the storage account id is of another type', () => {
    expect(() => synth((s) => { AiHub.fromHubAttributes(s, 'Shared', { resourceId: HUB_ID, storageAccountId: HUB_ID, location: 'westeurope' }); })).toThrow(
      'storageAccountId "' + HUB_ID + '" is not a resource id of type Microsoft.Storage/storageAccounts',
    );
  });
});
