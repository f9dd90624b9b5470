import { ResourceGroup } from '@cdktf/provider-azurerm/lib/resource-group';
import { RoleAssignment } from '@cdktf/provider-azurerm/lib/role-assignment';
import { App, Fn, LocalBackend, TerraformStack, Testing } from 'cdktf';
import { memoizedString } from '../../lib/core/memoized-token';

/** Attribute `name` of every resource of `type` in a synthesized stack. */
function attributes(stack: TerraformStack, type: string, name: string): unknown[] {
  const json = JSON.parse(Testing.synth(stack)) as { resource: Record<string, Record<string, Record<string, unknown>>> };
  return Object.values(json.resource[type]).map((body) => body[name]);
}

describe('memoizedString', () => {
  test('resolves to exactly what the function call it wraps resolves to, at every occurrence', () => {
    const stack = new TerraformStack(Testing.app(), 'test');
    const group = new ResourceGroup(stack, 'Group', { name: 'rg', location: 'swedencentral' });
    const memoized = memoizedString(Fn.element(Fn.split('/', group.id), 2));
    for (const id of ['A', 'B', 'C']) {
      new RoleAssignment(stack, id, { scope: group.id, roleDefinitionId: `/subscriptions/${memoized}/x`, principalId: '00000000-0000-0000-0000-000000000001' });
    }
    new RoleAssignment(stack, 'Plain', { scope: group.id, roleDefinitionId: `/subscriptions/${Fn.element(Fn.split('/', group.id), 2)}/x`, principalId: '00000000-0000-0000-0000-000000000001' });
    expect(attributes(stack, 'azurerm_role_assignment', 'role_definition_id')).toEqual(
      Array(4).fill('/subscriptions/${element(split("/", azurerm_resource_group.Group.id), 2)}/x'),
    );
  });

  test('used in another stack, it still becomes that stack\'s remote-state reference (resolved per stack)', () => {
    const app = new App({ outdir: Testing.app().outdir, skipValidation: true }); // no provider blocks needed here
    const origin = new TerraformStack(app, 'origin');
    new LocalBackend(origin, { path: 'origin.tfstate' });
    const group = new ResourceGroup(origin, 'Group', { name: 'rg', location: 'swedencentral' });
    const memoized = memoizedString(Fn.element(Fn.split('/', group.id), 2));
    new RoleAssignment(origin, 'Here', { scope: group.id, roleDefinitionId: memoized, principalId: '00000000-0000-0000-0000-000000000001' });
    const consumer = new TerraformStack(app, 'consumer');
    new RoleAssignment(consumer, 'There', { scope: group.id, roleDefinitionId: memoized, principalId: '00000000-0000-0000-0000-000000000001' });
    app.synth();
    const read = (name: string) => JSON.parse(require('fs').readFileSync(`${app.outdir}/stacks/${name}/cdk.tf.json`, 'utf8'));
    expect(read('origin').resource.azurerm_role_assignment.Here.role_definition_id).toBe('${element(split("/", azurerm_resource_group.Group.id), 2)}');
    expect(read('consumer').resource.azurerm_role_assignment.There.role_definition_id).toMatch(/^\$\{element\(split\("\/", data\.terraform_remote_state\.cross-stack-reference-input-origin\.outputs\.[^)]+\), 2\)\}$/);
  });

  test('a string that is not exactly one token is refused', () => {
    expect(() => memoizedString('plain')).toThrow(/exactly one token/);
  });
});
