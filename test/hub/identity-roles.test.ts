import { AiHub, Principal } from '../../lib';
import { onlyResource, pinnedRoleId, refToOnly, resourcesOf, roleGuidOf, synth } from '../helpers';

describe('AiHub identity roles', () => {
  const { json } = synth((s) => { new AiHub(s, 'Hub', { baseName: 'sales-dev', location: 'swedencentral' }); });
  const identity = `\${azurerm_user_assigned_identity.${resourcesOf(json, 'azurerm_user_assigned_identity')[0][0]}.principal_id}`;
  const identityRoles = resourcesOf(json, 'azurerm_role_assignment').filter(([, a]) => a.principal_id === identity);

  test('the hub identity holds exactly the roles Microsoft documents for a user-assigned hub identity, and may publish telemetry', () => {
    const held = identityRoles.map(([, a]) => `${a.scope} ${roleGuidOf(a)}`).sort();
    expect(held).toEqual([
      `${refToOnly(json, 'azurerm_storage_account')} ${pinnedRoleId('Contributor')}`,
      `${refToOnly(json, 'azurerm_storage_account')} ${pinnedRoleId('Storage Blob Data Contributor')}`,
      `${refToOnly(json, 'azurerm_storage_account')} ${pinnedRoleId('Storage File Data Privileged Contributor')}`,
      `${refToOnly(json, 'azurerm_key_vault')} ${pinnedRoleId('Contributor')}`,
      `${refToOnly(json, 'azurerm_key_vault')} ${pinnedRoleId('Key Vault Administrator')}`,
      `${refToOnly(json, 'azurerm_container_registry')} ${pinnedRoleId('Contributor')}`,
      `${refToOnly(json, 'azurerm_application_insights')} ${pinnedRoleId('Contributor')}`,
      // Sending telemetry with Entra ID once local authentication is off (Learn, "Microsoft Entra authentication for Application Insights").
      `${refToOnly(json, 'azurerm_application_insights')} ${pinnedRoleId('Monitoring Metrics Publisher')}`,
      `${refToOnly(json, 'azurerm_ai_foundry')} ${pinnedRoleId('Contributor')}`,
    ].sort());
    for (const [, a] of identityRoles) {
      expect(a.principal_type).toBe('ServicePrincipal');
      expect(a.skip_service_principal_aad_check).toBe(true);
    }
  });

  test('the hub is created only after its identity holds its roles on the dependencies', () => {
    const hub = onlyResource(json, 'azurerm_ai_foundry');
    const dependencyRoles = identityRoles.filter(([, a]) => a.scope !== refToOnly(json, 'azurerm_ai_foundry')).map(([name]) => `azurerm_role_assignment.${name}`);
    expect(dependencyRoles).toHaveLength(8);
    expect([...hub.depends_on].sort()).toEqual(dependencyRoles.sort());
  });

  test('role definition ids are subscription-scoped, taken from the scope\'s own subscription', () => {
    for (const [, a] of identityRoles) {
      expect(a.role_definition_id).toMatch(/^\/subscriptions\/\$\{element\(split\("\/", [^)]+\), 2\)\}\/providers\/Microsoft\.Authorization\/roleDefinitions\/[0-9a-f-]{36}$/);
    }
  });

  test('people and groups get four hub roles at hub scope, and the deployment operator on the hub\'s resource group', () => {
    const group = Principal.group('99999999-8888-7777-6666-555555555555', 'ai-team');
    const result = synth((s) => {
      const hub = new AiHub(s, 'Hub', { baseName: 'sales-dev', location: 'swedencentral' });
      hub.grantOwner(group);
      hub.grantContributor(group);
      hub.grantDeveloper(group);
      hub.grantReader(group);
      hub.grantInferenceDeploymentOperator(group);
    }).json;
    const grants = resourcesOf(result, 'azurerm_role_assignment').filter(([, a]) => a.principal_id === group.principalId).map(([, a]) => a);
    expect(grants.map(roleGuidOf).sort()).toEqual([
      pinnedRoleId('Owner'), pinnedRoleId('Contributor'), pinnedRoleId('Azure AI Developer'),
      pinnedRoleId('Reader'), pinnedRoleId('Azure AI Inference Deployment Operator'),
    ].sort());
    const hubId = `\${azurerm_ai_foundry.${resourcesOf(result, 'azurerm_ai_foundry')[0][0]}.id}`;
    for (const a of grants) {
      // Microsoft.Resources/deployments/* acts in resource groups, so the operator is granted there.
      const expected = roleGuidOf(a) === pinnedRoleId('Azure AI Inference Deployment Operator')
        ? `/subscriptions/\${element(split("/", ${hubId.slice(2, -1)}), 2)}/resourceGroups/\${element(split("/", ${hubId.slice(2, -1)}), 4)}`
        : hubId;
      expect(a.scope).toBe(expected);
      expect(a.principal_type).toBe('Group');
    }
  });
});
