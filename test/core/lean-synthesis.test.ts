import { RoleAssignment } from '@cdktf/provider-azurerm/lib/role-assignment';
import { Testing, TerraformResource, TerraformStack } from 'cdktf';
import '../../lib';

/** The attributes `toTerraform` hands to cdktf's resolver for one resource. */
function attributesOf(resource: TerraformResource): Record<string, unknown> {
  const json = resource.toTerraform() as { resource: Record<string, Record<string, Record<string, unknown>>> };
  return json.resource[resource.terraformResourceType][resource.friendlyUniqueId];
}

describe('lean synthesis', () => {
  test('a generated provider class hands cdktf no undefined attributes (the JSON is the same without them)', () => {
    const stack = new TerraformStack(Testing.app(), 'test');
    const assignment = new RoleAssignment(stack, 'Assignment', { scope: '/subscriptions/0', roleDefinitionName: 'Reader', principalId: '00000000-0000-0000-0000-000000000001' });
    const attributes = attributesOf(assignment);
    expect(Object.keys(attributes).filter((key) => attributes[key] === undefined)).toEqual([]);
    expect(attributes).toMatchObject({ scope: '/subscriptions/0', role_definition_name: 'Reader', principal_id: '00000000-0000-0000-0000-000000000001' });
  });

  test('a resource without generator metadata (not a provider class) is left as it is', () => {
    const stack = new TerraformStack(Testing.app(), 'test');
    class Bare extends TerraformResource {
      protected synthesizeAttributes() { return { kept: 'x', unset: undefined }; }
    }
    const bare = new Bare(stack, 'Bare', { terraformResourceType: 'null_resource' });
    expect(Object.keys(attributesOf(bare))).toContain('unset');
  });
});
