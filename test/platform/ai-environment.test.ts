import { TerraformStack, TerraformVariable, Token } from 'cdktf';
import { AiEnvironment, AiEnvironmentProps, AiServices, Principal } from '../../lib';
import { infosOf, onlyResource, pinnedRoleId, resourcesOf, roleGuidOf, synth, warningsOf } from '../helpers';

const GROUP = '22222222-2222-4222-8222-000000001100';
const BASE: AiEnvironmentProps = {
  department: 'sales', stage: 'test', location: 'swedencentral', costCenter: 'CC-1100',
  budget: { amount: 500, startDate: '2027-01-01', contactEmails: ['finops@contoso.com'] },
};
const environment = (props: Partial<AiEnvironmentProps> = {}, extra?: (env: AiEnvironment, s: TerraformStack) => void) => synth((s) => {
  const env = new AiEnvironment(s, 'Env', { ...BASE, ...props });
  extra?.(env, s);
});

describe('AiEnvironment', () => {
  test('one hub per department and stage, in its own resource group, named and tagged consistently', () => {
    const { json } = environment();
    expect(onlyResource(json, 'azurerm_resource_group')).toMatchObject({ name: 'rg-sales-test', tags: { department: 'sales', stage: 'test', 'cost-center': 'CC-1100' } });
    expect(onlyResource(json, 'azurerm_ai_foundry')).toMatchObject({ name: 'hub-sales-test', tags: { department: 'sales', stage: 'test', 'cost-center': 'CC-1100' } });
  });

  test('a monthly budget on the resource group, alerting the contacts at the profile\'s thresholds and at a 100% forecast', () => {
    const { json } = environment({ budget: { ...BASE.budget, actionGroupIds: ['/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Insights/actionGroups/ag-finops'] } });
    const budget = onlyResource(json, 'azurerm_consumption_budget_resource_group');
    expect(budget).toMatchObject({ name: 'budget-sales-test', amount: 500, time_grain: 'Monthly', time_period: { start_date: '2027-01-01T00:00:00Z' } });
    expect(budget.resource_group_id).toMatch(/^\$\{azurerm_resource_group\..*\.id\}$/);
    expect(budget.notification.map((n: any) => `${n.threshold_type} ${n.operator} ${n.threshold}`)).toEqual([
      'Actual GreaterThanOrEqualTo 80', 'Actual GreaterThanOrEqualTo 100', 'Forecasted GreaterThanOrEqualTo 100',
    ]);
    for (const n of budget.notification) {
      expect(n.contact_emails).toEqual(['finops@contoso.com']);
      expect(n.contact_groups).toEqual([expect.stringContaining('/actionGroups/ag-finops')]);
    }
  });

  test('stage profiles: dev public (acknowledged) and unlocked, test and prod private and locked, retention growing', () => {
    const dev = environment({ stage: 'dev' });
    expect(onlyResource(dev.json, 'azurerm_ai_foundry').public_network_access).toBe('Enabled');
    expect(resourcesOf(dev.json, 'azurerm_management_lock')).toHaveLength(0);
    expect(onlyResource(dev.json, 'azurerm_log_analytics_workspace').retention_in_days).toBe(30);
    expect(warningsOf(dev.stack)).toEqual([]);
    expect(infosOf(dev.stack)).toEqual(expect.arrayContaining([expect.stringContaining('dev stage: public for fast iteration on non-confidential data')]));
    const prod = environment({ stage: 'prod' });
    expect(onlyResource(prod.json, 'azurerm_ai_foundry').public_network_access).toBe('Disabled');
    expect(resourcesOf(prod.json, 'azurerm_management_lock').map(([, lock]) => lock.lock_level)).toEqual(Array(5).fill('CanNotDelete'));
    expect(onlyResource(prod.json, 'azurerm_log_analytics_workspace').retention_in_days).toBe(365);
    expect(onlyResource(prod.json, 'azurerm_storage_account').blob_properties.delete_retention_policy.days).toBe(90);
  });

  test('each profile field can be overridden per environment', () => {
    const { json } = environment({ stage: 'prod', profile: { lock: false, logRetentionInDays: 730, budgetThresholds: [90] } });
    expect(resourcesOf(json, 'azurerm_management_lock')).toHaveLength(0);
    expect(onlyResource(json, 'azurerm_log_analytics_workspace').retention_in_days).toBe(730);
    expect(onlyResource(json, 'azurerm_consumption_budget_resource_group').notification.map((n: any) => n.threshold)).toEqual([90, 100]);
  });

  test('hub-wide developers: the hub, every project (also later ones) and every connected service once', () => {
    const { json } = environment({ access: { developers: [Principal.group(GROUP, 'sales-developers')] } }, (env, s) => {
      env.addProject('Early', {});
      const models = new AiServices(s, 'Models', { name: 'ais-sales', location: 'swedencentral', resourceGroupName: 'rg-sales-test', diagnostics: { enabled: false } });
      env.hub.connect(models);
      env.addProject('Late', {});
    });
    const grants = resourcesOf(json, 'azurerm_role_assignment').map(([, a]) => a).filter((a) => a.principal_id === GROUP);
    const roles = (scopeType: string) => grants.filter((a) => String(a.scope).startsWith(`\${${scopeType}.`)).map((a) => roleGuidOf(a));
    expect(roles('azurerm_ai_foundry')).toEqual([pinnedRoleId('Azure AI Developer')]);
    expect(roles('azurerm_ai_foundry_project')).toEqual([pinnedRoleId('Azure AI Developer'), pinnedRoleId('Azure AI Developer')]);
    // One blob assignment for the whole hub storage, without a container condition: every project's data is theirs.
    const storage = grants.filter((a) => /^\$\{azurerm_storage_account\.[^}]*\.id\}$/.test(a.scope));
    expect(storage).toHaveLength(1);
    expect(storage[0].condition).toBeUndefined();
    expect(grants.filter((a) => String(a.scope).includes('/fileshares/'))).toHaveLength(2);
    // The connected account's project roles, once each, although two projects use it.
    const onAccount = grants.filter((a) => String(a.scope).startsWith('${azurerm_ai_services.'));
    expect(onAccount.map((a) => String(a.role_definition_id).includes('ModelInferenceRole') ? 'model inference (custom)' : roleGuidOf(a)).sort())
      .toEqual([pinnedRoleId('Cognitive Services OpenAI User'), 'model inference (custom)'].sort());
  });

  test('outputs for team stacks, named after the environment', () => {
    const { json } = environment({}, (env) => { env.addProject('Chat', {}); });
    const outputs = (json as any).output;
    expect(Object.keys(outputs).sort()).toEqual(['sales_test_hub_id', 'sales_test_projects', 'sales_test_resource_group_name', 'sales_test_storage_account_id']);
    expect(outputs.sales_test_projects.value).toEqual({ 'proj-chat': { id: expect.stringContaining('azurerm_ai_foundry_project.'), project_id: expect.stringContaining('.project_id}') } });
  });

  test.each([
    ['a stage without a profile and no whole profile', { stage: 'qa' }, 'stage "qa" is not one of dev, test, prod, so `profile` must give every field'],
    ['a public profile without a reason', { profile: { publicNetworkAccess: 'Enabled' as const } }, 'the profile is public but has no publicAccessReason'],
    ['a budget that tells nobody', { budget: { amount: 10, startDate: '2027-01-01' } }, 'budget has no contactEmails and no actionGroupIds'],
    ['a budget starting mid-month', { budget: { ...BASE.budget, startDate: '2027-01-15' } }, 'budget.startDate is the string "2027-01-15"'],
    ['a budget amount as a string', { budget: { ...BASE.budget, amount: '500' as unknown as number } }, 'budget.amount must be a number, not the string "500"'],
    ['a threshold above 1000 percent', { budget: { ...BASE.budget, thresholds: [2000] } }, 'budget.thresholds[0] is the number 2000, but it must be a whole number from 0 to 1000 percent'],
    ['an e-mail that is not one', { budget: { ...BASE.budget, contactEmails: ['finops'] } }, 'budget.contactEmails[0] is the string "finops", which is not an e-mail address'],
    ['a hub prop the environment sets', { hub: { lock: { level: 'CanNotDelete' as const } } as never }, 'hub sets lock, which the environment sets'],
    ['a department with capitals', { department: 'Sales' }, 'department is the string "Sales"'],
    ['a region with a typo', { location: 'swedencentrl' }, 'location is the string "swedencentrl"'],
    ['a developer that is not a principal', { access: { developers: ['sales-developers' as never] } }, 'access.developers[0] must be a principal'],
  ])('refuses %s', (_, props, message) => {
    expect(() => environment(props as Partial<AiEnvironmentProps>)).toThrow(`AiEnvironment "test/Env": `);
    expect(() => environment(props as Partial<AiEnvironmentProps>)).toThrow(message);
  });

  test('an override left undefined keeps the stage\'s value; a stage named like an Object member is not a profile', () => {
    const { json } = environment({ stage: 'prod', profile: { lock: undefined, budgetThresholds: undefined } });
    expect(resourcesOf(json, 'azurerm_management_lock')).toHaveLength(5);
    expect(() => environment({ stage: 'constructor' })).toThrow('stage "constructor" is not one of dev, test, prod');
  });

  test('existing dependencies given through `hub` keep their owner\'s settings', () => {
    const workspace = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-central/providers/Microsoft.OperationalInsights/workspaces/log-central';
    const { json } = environment({ hub: { existingLogAnalyticsWorkspaceId: workspace } });
    expect(resourcesOf(json, 'azurerm_log_analytics_workspace')).toHaveLength(0);
    expect(onlyResource(json, 'azurerm_application_insights').workspace_id).toBe(workspace);
  });

  test('tags given as a map token are merged by Terraform, on the hub and its projects', () => {
    const { json } = environment({}, (env) => { env.addProject('Chat', { tags: { team: 'chat' } }); });
    expect(onlyResource(json, 'azurerm_ai_foundry_project').tags).toEqual({ department: 'sales', stage: 'test', 'cost-center': 'CC-1100', team: 'chat' });
    const tokenised = synth((s) => {
      const tags = new TerraformVariable(s, 'tags', { type: 'map(string)' });
      new AiEnvironment(s, 'Env', { ...BASE, tags: Token.asStringMap(tags.value) }).addProject('Chat', { tags: { team: 'chat' } });
    });
    expect(onlyResource(tokenised.json, 'azurerm_ai_foundry').tags).toBe('${merge(var.tags, {"department" = "sales", "stage" = "test", "cost-center" = "CC-1100"})}');
    expect(onlyResource(tokenised.json, 'azurerm_ai_foundry_project').tags).toMatch(/^\$\{merge\(merge\(var\.tags/);
  });

  test('the projects output lists every project of the hub, however it was added', () => {
    const { json } = environment({}, (env) => { env.addProject('ViaEnvironment', {}); env.hub.addProject('Direct', {}); });
    expect(Object.keys((json as any).output.sales_test_projects.value).sort()).toEqual(['proj-direct', 'proj-viaenvironment']);
  });

  test('two environments of one department and stage in one stack would share their outputs: refused', () => {
    expect(() => synth((s) => {
      new AiEnvironment(s, 'Europe', BASE);
      new AiEnvironment(s, 'Asia', { ...BASE, hub: { resourceGroupName: 'rg-sales-test-asia', name: 'hub-sales-test-asia' } });
    })).toThrow('AiEnvironment "test/Asia": the outputs "sales_test_*" are already made by the environment "test/Europe"');
  });

  test.each([
    ['more than five notifications', { thresholds: [10, 20, 30, 40, 50] }, 'budget has 6 notifications'],
    ['no notification at all', { thresholds: [], forecastThresholds: [] }, 'budget has 0 notifications'],
    ['a threshold listed twice', { thresholds: [80, 80] }, 'budget.thresholds lists 80 twice'],
  ])('budget: refuses %s', (_, budget, message) => {
    expect(() => environment({ budget: { ...BASE.budget, ...budget } })).toThrow(message);
  });

  test('budget contacts may be a list token (known at apply)', () => {
    const { json } = synth((s) => {
      const emails = new TerraformVariable(s, 'finops_emails', { type: 'list(string)' }).listValue;
      new AiEnvironment(s, 'Env', { ...BASE, budget: { amount: 100, startDate: '2027-01-01', contactEmails: emails } });
    });
    expect(onlyResource(json, 'azurerm_consumption_budget_resource_group').notification[0].contact_emails).toBe('${var.finops_emails}');
  });

  test('a department starting with a digit is refused (it names Terraform outputs)', () => {
    expect(() => environment({ department: '1sales' })).toThrow('department is the string "1sales"');
  });

  test('a hub-wide developer cannot also be granted on one project: Azure keeps one assignment per principal, role and scope', () => {
    expect(() => environment({ access: { developers: [Principal.group(GROUP, 'sales-developers')] } }, (env) => {
      env.addProject('Chat', {}).grantDeveloper(Principal.group(GROUP, 'chat-developers'));
    })).toThrow('RoleAssignmentExists');
  });
});
