import { AiHub } from '../../lib';
import { grantProjectStorageAccess } from '../../lib/core/project-storage-grant';
import { BuiltInRoles } from '../../lib/core/roles';
import { onlyResource, resourcesOf, synth, warningsOf } from '../helpers';

const base = { baseName: 'sales-dev', location: 'swedencentral' };

describe('keyless monitoring', () => {
  test('Log Analytics and Application Insights turn local (key) authentication off, each with its own attribute polarity', () => {
    const { json } = synth((s) => { new AiHub(s, 'Hub', base); });
    // azurerm v4.55.0: local_authentication_enabled on the workspace, local_authentication_disabled on the component.
    expect(onlyResource(json, 'azurerm_log_analytics_workspace').local_authentication_enabled).toBe(false);
    expect(onlyResource(json, 'azurerm_application_insights').local_authentication_disabled).toBe(true);
  });

  test('keeping keys is an explicit opt-in that warns', () => {
    const { json, stack } = synth((s) => { new AiHub(s, 'Hub', { ...base, monitoringLocalAuthentication: true }); });
    expect(onlyResource(json, 'azurerm_log_analytics_workspace').local_authentication_enabled).toBe(true);
    expect(onlyResource(json, 'azurerm_application_insights').local_authentication_disabled).toBe(false);
    expect(warningsOf(stack)).toEqual([expect.stringMatching(/^\[local-authentication\] AiHub "test\/Hub": monitoringLocalAuthentication is true/)]);
  });

  test('a non-boolean from plain JavaScript is refused', () => {
    expect(() => synth((s) => { new AiHub(s, 'Hub', { ...base, monitoringLocalAuthentication: 'no' as unknown as boolean }); })).toThrow('monitoringLocalAuthentication must be true or false, not the string "no".');
  });
});

describe('conditioned storage grants', () => {
  test('carry a plan-time precondition that the project id is a GUID', () => {
    const { json } = synth((s) => { new AiHub(s, 'Hub', base).addProject('Alpha', {}); });
    const conditioned = resourcesOf(json, 'azurerm_role_assignment').filter(([, a]) => a.condition !== undefined);
    expect(conditioned.length).toBeGreaterThan(0);
    for (const [, a] of conditioned) {
      const [precondition] = a.lifecycle.precondition;
      expect(precondition.condition).toMatch(/^\$\{can\(regex\("\^\[0-9a-fA-F\]\{8\}-\[0-9a-fA-F\]\{4\}-\[0-9a-fA-F\]\{4\}-\[0-9a-fA-F\]\{4\}-\[0-9a-fA-F\]\{12\}\$", azurerm_ai_foundry_project\.[A-Za-z0-9_]+\.project_id\)\)\}$/);
      expect(precondition.error_message).toContain('not a GUID');
    }
  });

  test('a literal project id that is not a GUID is refused at synth time', () => {
    expect(() => synth((s) => {
      const hub = new AiHub(s, 'Hub', base);
      grantProjectStorageAccess(hub, { storageAccountId: hub.storageAccountId, projectId: '' }, { principalId: '11111111-1111-1111-1111-111111111111', principalType: 'Group' }, BuiltInRoles.STORAGE_BLOB_DATA_READER);
    })).toThrow('project id (the container prefix of the storage condition) "" must be a GUID');
  });
});
