import { TerraformOutput, TerraformVariable } from 'cdktf';
import { AiHub, AiProject, AiProjectOptions } from '../../lib';
import { onlyResource, refTo, resourcesOf, synth, warningsOf } from '../helpers';

const hubProps = { baseName: 'sales-dev', location: 'swedencentral' };
const projectWith = (options: AiProjectOptions) => () => synth((s) => { new AiHub(s, 'Hub', hubProps).addProject('Alpha', options); });

describe('AiProject', () => {
  test('is an azurerm_ai_foundry_project of the hub, in its region, with a system-assigned identity', () => {
    const { json } = synth((s) => { new AiHub(s, 'Hub', hubProps).addProject('Alpha', { description: 'Team alpha' }); });
    const project = onlyResource(json, 'azurerm_ai_foundry_project');
    expect(project.name).toBe('proj-alpha');
    expect(project.friendly_name).toBe('proj-alpha');
    expect(project.location).toBe('swedencentral');
    expect(project.ai_services_hub_id).toBe(refTo(json, 'azurerm_ai_foundry', 'Hub/Hub', 'id'));
    expect(project.identity).toEqual({ type: 'SystemAssigned' });
    expect(project.high_business_impact_enabled).toBe(true);
    expect(project.lifecycle).toEqual({ prevent_destroy: true });
  });

  test('sends its logs and metrics to the hub workspace', () => {
    const { json } = synth((s) => { new AiHub(s, 'Hub', hubProps).addProject('Alpha', {}); });
    const setting = resourcesOf(json, 'azurerm_monitor_diagnostic_setting').map(([, d]) => d)
      .find((d) => d.target_resource_id === refTo(json, 'azurerm_ai_foundry_project', 'Alpha/Project', 'id'))!;
    expect(setting.log_analytics_workspace_id).toBe(refTo(json, 'azurerm_log_analytics_workspace', 'Hub/LogAnalyticsWorkspace', 'id'));
    expect(setting.enabled_log).toEqual([{ category_group: 'allLogs' }]);
  });

  test('fails when its own diagnostics workspace is not a Log Analytics workspace id, like the hub and services', () => {
    expect(() => synth((s) => { new AiHub(s, 'Hub', hubProps).addProject('Alpha', { diagnostics: { logAnalyticsWorkspaceId: 'log-team' } }); }))
      .toThrow('AiProject "test/Hub/Alpha": diagnostics.logAnalyticsWorkspaceId "log-team" is not a resource id of type Microsoft.OperationalInsights/workspaces');
  });

  test('exposes the names of the containers the service creates, as references to its project_id', () => {
    let project!: AiProject;
    const { json } = synth((s) => {
      project = new AiHub(s, 'Hub', hubProps).addProject('Alpha', { dataContainers: ['raw'] });
      new TerraformOutput(s, 'containers', { value: [...Object.values(project.serviceContainerNames), ...project.dataContainerNames] });
      new TerraformOutput(s, 'shares', { value: Object.values(project.serviceFileShareNames) });
    });
    const projectId = refTo(json, 'azurerm_ai_foundry_project', 'Alpha/Project', 'project_id');
    // Learn, "Create a project" (hub), "Access project resources": two blob containers and one file share.
    expect(Object.keys(project.serviceContainerNames)).toEqual(['azureml', 'azureml-blobstore']);
    expect((json as any).output.shares.value).toEqual([`${projectId}-code`]);
    expect((json as any).output.containers.value).toEqual([
      ...['azureml', 'azureml-blobstore'].map((suffix) => `${projectId}-${suffix}`),
      // Data container names reference the container, so users of the name depend on it existing.
      refTo(json, 'azurerm_storage_container', 'Alpha/DataContainer-raw', 'name'),
    ]);
    // The service creates its own containers; declaring them too would collide on apply.
    expect(resourcesOf(json, 'azurerm_storage_container')).toHaveLength(1);
  });

  test('follows the hub\'s destroy protection, and can opt out with a warning on the hub', () => {
    const { json } = synth((s) => { new AiHub(s, 'Hub', { ...hubProps, preventDestroy: false }).addProject('Alpha', { dataContainers: ['raw'] }); });
    expect(onlyResource(json, 'azurerm_ai_foundry_project').lifecycle).toBeUndefined();
    expect(onlyResource(json, 'azurerm_storage_container').lifecycle).toBeUndefined();
  });

  test('warns when the project itself opts out of destroy protection or diagnostics', () => {
    const { json, stack } = synth((s) => { new AiHub(s, 'Hub', hubProps).addProject('Alpha', { preventDestroy: false, diagnostics: { enabled: false } }); });
    expect(onlyResource(json, 'azurerm_ai_foundry_project').lifecycle).toBeUndefined();
    const projectSettings = resourcesOf(json, 'azurerm_monitor_diagnostic_setting').filter(([, d]) => d.target_resource_id === refTo(json, 'azurerm_ai_foundry_project', 'Alpha/Project', 'id'));
    expect(projectSettings).toEqual([]);
    expect(warningsOf(stack)).toEqual([
      '[no-destroy-protection] AiProject "test/Hub/Alpha": preventDestroy is false: a plan may destroy the project and its data containers.',
      '[no-diagnostics] AiProject "test/Hub/Alpha": diagnostics are disabled: no logs or metrics of the project reach Log Analytics.',
    ]);
  });

  test('is created only after the hub uses identity-based datastores and its identity holds its roles', () => {
    const { json } = synth((s) => { new AiHub(s, 'Hub', hubProps).addProject('Alpha', {}); });
    // The project waits for the datastore update, which waits for the hub identity's seven
    // dependency roles: the order holds through that one entry.
    const update = `azapi_update_resource.${resourcesOf(json, 'azapi_update_resource')[0][0]}`;
    expect(onlyResource(json, 'azurerm_ai_foundry_project').depends_on).toEqual([update]);
    const updateDependsOn: string[] = resourcesOf(json, 'azapi_update_resource')[0][1].depends_on;
    expect(updateDependsOn.filter((d) => d.startsWith('azurerm_role_assignment.'))).toHaveLength(8);
    expect(updateDependsOn).toContain(`azurerm_ai_foundry.${resourcesOf(json, 'azurerm_ai_foundry')[0][0]}`);
  });

  test('inherits the hub\'s tags, high business impact and diagnostics destination', () => {
    const central = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-sec/providers/Microsoft.OperationalInsights/workspaces/log-central';
    const { json, stack } = synth((s) => {
      new AiHub(s, 'Hub', { ...hubProps, tags: { owner: 'platform', stage: 'dev' }, highBusinessImpact: false, diagnostics: { logAnalyticsWorkspaceId: central } })
        .addProject('Alpha', { tags: { stage: 'test', team: 'alpha' } });
    });
    const project = onlyResource(json, 'azurerm_ai_foundry_project');
    expect(project.tags).toEqual({ owner: 'platform', stage: 'test', team: 'alpha' });
    expect(project.high_business_impact_enabled).toBe(false);
    const setting = resourcesOf(json, 'azurerm_monitor_diagnostic_setting').map(([, d]) => d)
      .find((d) => d.target_resource_id === refTo(json, 'azurerm_ai_foundry_project', 'Alpha/Project', 'id'))!;
    expect(setting.log_analytics_workspace_id).toBe(central);
    // The hub warned about high business impact; the project that merely inherits it does not warn again.
    expect(warningsOf(stack).filter((w) => w.startsWith('AiProject'))).toEqual([]);
  });

  test('sends no diagnostics when the hub turned them off', () => {
    const { json } = synth((s) => { new AiHub(s, 'Hub', { ...hubProps, diagnostics: { enabled: false } }).addProject('Alpha', {}); });
    expect(resourcesOf(json, 'azurerm_monitor_diagnostic_setting')).toEqual([]);
  });

  test('takes a lock when asked for', () => {
    const { json } = synth((s) => { new AiHub(s, 'Hub', hubProps).addProject('Alpha', { lock: { level: 'CanNotDelete', notes: 'team data' } }); });
    const lock = onlyResource(json, 'azurerm_management_lock');
    expect(lock.scope).toBe(refTo(json, 'azurerm_ai_foundry_project', 'Alpha/Project', 'id'));
    expect(lock.notes).toBe('team data');
  });

  test('warns when high business impact is turned off', () => {
    const { json, stack } = synth((s) => { new AiHub(s, 'Hub', hubProps).addProject('Alpha', { highBusinessImpact: false }); });
    expect(onlyResource(json, 'azurerm_ai_foundry_project').high_business_impact_enabled).toBe(false);
    expect(warningsOf(stack)).toEqual(['[low-business-impact] AiProject "test/Hub/Alpha": highBusinessImpact is false: the service collects more diagnostic data for this project.']);
  });
});

describe('AiProject validation', () => {
  test('fails when the project name breaks the workspace naming rule', () => {
    expect(projectWith({ name: 'p' })).toThrow('AiProject "test/Hub/Alpha": 2 problems:\n  - hub or project name "p" is 1 characters long but must be 3-33');
  });

  test('fails when a name derived from a long construct id is too long, suggesting an explicit name', () => {
    expect(() => synth((s) => { new AiHub(s, 'Hub', hubProps).addProject('ThisIsAVeryLongProjectConstructId', {}); })).toThrow(
      'hub or project name "proj-thisisaverylongprojectconstructid" is 38 characters long but must be 3-33 (Azure: unique in resource group (hubs and projects share one namespace)); set `name` explicitly.',
    );
  });

  test('fails when two projects of one hub share a name', () => {
    expect(() => synth((s) => {
      const hub = new AiHub(s, 'Hub', hubProps);
      hub.addProject('Alpha', { name: 'proj-team' });
      new AiProject(s, 'Beta', { hub, name: 'proj-team' });
    })).toThrow('AiProject "test/Beta": project name "proj-team" is already used by project "test/Hub/Alpha" in the same resource group (hubs and projects share one name space per resource group, compared without case); give each project its own `name`.');
  });

  test('fails when a data container reuses a suffix the service creates', () => {
    expect(projectWith({ dataContainers: ['blobstore'] })).toThrow(
      'dataContainers entry "blobstore" is reserved for a store the service creates itself (azureml, azureml-blobstore, code, blobstore, file); choose another suffix, e.g. "blobstore-data".',
    );
  });

  test('fails when a data container suffix is too long or badly formed', () => {
    expect(projectWith({ dataContainers: ['x'.repeat(27)] })).toThrow('must be 1-26 lowercase letters, digits and single hyphens (the container is "<project id>-xxxxxxxxxxxxxxxxxxxxxxxxxxx", at most 63 characters)');
    expect(projectWith({ dataContainers: ['Raw_Data'] })).toThrow('dataContainers entry "Raw_Data" must be 1-26 lowercase letters');
  });

  test('fails when a data container is listed twice', () => {
    expect(projectWith({ dataContainers: ['raw', 'raw'] })).toThrow('dataContainers lists "raw" twice; list each container once.');
  });

  test('fails when a data container suffix is a token', () => {
    expect(() => synth((s) => {
      new AiHub(s, 'Hub', hubProps).addProject('Alpha', { dataContainers: [new TerraformVariable(s, 'suffix', { type: 'string' }).stringValue] });
    })).toThrow('dataContainers[0] is a Terraform token, but it must be a plain string known at synth time');
  });

  test('skips the name check for an unresolved project name', () => {
    expect(() => synth((s) => {
      new AiHub(s, 'Hub', hubProps).addProject('Alpha', { name: new TerraformVariable(s, 'project_name', { type: 'string' }).stringValue });
    })).not.toThrow();
  });

  test('fails when a principal given by token has no key to name its role assignments', () => {
    expect(() => synth((s) => {
      const project = new AiHub(s, 'Hub', hubProps).addProject('Alpha', {});
      project.grantDeveloper({ principalId: new TerraformVariable(s, 'group', { type: 'string' }).stringValue, principalType: 'Group' });
    })).toThrow('AiProject "test/Hub/Alpha": a principal whose principalId is a Terraform token needs a `key` that names its role assignments');
  });
});
