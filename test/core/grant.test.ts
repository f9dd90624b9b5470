import { Testing, TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import { grant, grantId, roleDefinitionId } from '../../lib/core/grant';
import { Principal } from '../../lib/core/principal';
import { BuiltInRoles } from '../../lib/core/roles';
import { synthConformingJson } from '../helpers';

const STORAGE_ID = '/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/st1';
const GROUP = '99999999-8888-7777-6666-555555555555';

describe('roleDefinitionId', () => {
  test('uses the subscription of a literal scope', () => {
    expect(roleDefinitionId(STORAGE_ID, BuiltInRoles.READER)).toBe(
      '/subscriptions/11111111-2222-3333-4444-555555555555/providers/Microsoft.Authorization/roleDefinitions/acdd72a7-3385-48ef-bd42-f606fba81ae7',
    );
  });

  test('derives the subscription of a token scope in Terraform', () => {
    const stack = new TerraformStack(Testing.app(), 'roles');
    const scope = new TerraformVariable(stack, 'scope', { type: 'string' }).stringValue;
    grant(new Construct(stack, 'Owner'), 'g', { scopeId: scope, principal: Principal.group(GROUP), role: BuiltInRoles.READER });
    const assignment = Object.values(synthConformingJson(stack, false).resource.azurerm_role_assignment)[0] as Record<string, string>;
    expect(assignment.role_definition_id).toBe('/subscriptions/${element(split("/", var.scope), 2)}/providers/Microsoft.Authorization/roleDefinitions/acdd72a7-3385-48ef-bd42-f606fba81ae7');
  });
});

describe('grant', () => {
  const owner = () => new Construct(new TerraformStack(Testing.app(), 'grants'), 'Owner');

  test('Principal.group refuses an object id that is not a GUID, naming the factory', () => {
    expect(() => Principal.group('data-team@contoso.com')).toThrow(
      'Principal "Principal.group": objectId "data-team@contoso.com" must be a GUID such as 00000000-0000-0000-0000-000000000000',
    );
  });

  test('fails when a principal id is not a GUID', () => {
    expect(() => grant(owner(), 'g', { scopeId: STORAGE_ID, principal: { principalId: 'data-team@contoso.com', principalType: 'Group' }, role: BuiltInRoles.READER })).toThrow(
      'Construct "grants/Owner": principal id "data-team@contoso.com" must be a GUID such as 00000000-0000-0000-0000-000000000000 (the Entra object id, not a name or an email address).',
    );
  });

  test('fails when the same role is granted to the same principal twice', () => {
    const o = owner();
    grant(o, 'g', { scopeId: STORAGE_ID, principal: Principal.group(GROUP), role: BuiltInRoles.READER });
    expect(() => grant(o, 'g', { scopeId: STORAGE_ID, principal: Principal.group(GROUP), role: BuiltInRoles.READER })).toThrow(
      `role "Reader" is already granted to principal "${GROUP}" here (construct id "g"); grant each role once.`,
    );
  });

  test('fails when the same GUID is granted twice in different letter case', () => {
    const o = owner();
    grant(o, grantId(o, BuiltInRoles.READER, Principal.group(GROUP)), { scopeId: STORAGE_ID, principal: Principal.group(GROUP), role: BuiltInRoles.READER });
    const upper = Principal.group(GROUP.toUpperCase());
    expect(() => grant(o, grantId(o, BuiltInRoles.READER, upper), { scopeId: STORAGE_ID, principal: upper, role: BuiltInRoles.READER })).toThrow('is already granted');
  });

  test('skips the GUID check for unresolved principal ids', () => {
    const o = owner();
    const id = new TerraformVariable(o, 'group', { type: 'string' }).stringValue;
    expect(() => grant(o, 'g', { scopeId: STORAGE_ID, principal: Principal.group(id, 'team'), role: BuiltInRoles.READER })).not.toThrow();
  });
});
