import { TerraformStack } from 'cdktf';
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

  test('a hub-wide developer cannot also be granted on one project: Azure keeps one assignment per principal, role and scope', () => {
    expect(() => environment({ access: { developers: [Principal.group(GROUP, 'sales-developers')] } }, (env) => {
      env.addProject('Chat', {}).grantDeveloper(Principal.group(GROUP, 'chat-developers'));
    })).toThrow('RoleAssignmentExists');
  });
});
