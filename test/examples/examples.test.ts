import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { App, Testing, TerraformStack } from 'cdktf';
import { addExampleStacks, EXAMPLE_STACKS } from '../../examples/app';
import { resourcesOf, TerraformJson, warningsOf } from '../helpers';

/** Every file below `dir`, as relative path -> contents. */
function readTree(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const entry of readdirSync(d).sort()) {
      const path = join(d, entry);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(dir, path), readFileSync(path));
    }
  };
  walk(dir);
  return files;
}

function synthAllStacks(): Record<string, { stack: TerraformStack; json: TerraformJson }> {
  const app = Testing.app();
  addExampleStacks(app);
  const result: Record<string, { stack: TerraformStack; json: TerraformJson }> = {};
  for (const name of Object.keys(EXAMPLE_STACKS)) {
    const stack = app.node.findChild(name) as TerraformStack;
    result[name] = { stack, json: JSON.parse(Testing.synth(stack, true)) };
  }
  return result;
}

describe('example stacks', () => {
  const stacks = synthAllStacks();

  test.each(Object.keys(EXAMPLE_STACKS))('%s matches its snapshot', (name) => {
    expect(stacks[name].json).toMatchSnapshot();
  });

  test('basic-hub: public access is an explicit, warned opt-in; two projects; a group is developer on one', () => {
    const { json, stack } = stacks['basic-hub'];
    expect(warningsOf(stack)).toEqual([expect.stringContaining('publicNetworkAccess is "Enabled"')]);
    expect(resourcesOf(json, 'azurerm_ai_foundry_project')).toHaveLength(2);
    const groupGrants = resourcesOf(json, 'azurerm_role_assignment').filter(([, a]) => a.principal_id === '${var.chatbot_developers_group_id}');
    expect(groupGrants.map(([, a]) => a.condition === undefined ? 'project role' : 'conditioned storage role').sort()).toEqual(['conditioned storage role', 'project role']);
  });

  test('existing-resources: creates no storage, key vault, registry or Application Insights', () => {
    const { json } = stacks['existing-resources'];
    for (const type of ['azurerm_storage_account', 'azurerm_key_vault', 'azurerm_container_registry', 'azurerm_application_insights']) {
      expect([type, resourcesOf(json, type)]).toEqual([type, []]);
    }
    expect(resourcesOf(json, 'azurerm_ai_foundry')).toHaveLength(1);
  });

  test('team-project: adds a project to a hub it does not manage', () => {
    const { json } = stacks['team-project'];
    expect(resourcesOf(json, 'azurerm_ai_foundry')).toEqual([]);
    expect(resourcesOf(json, 'azurerm_ai_foundry_project')).toHaveLength(1);
  });

  test('every example sets storage_use_azuread on its azurerm provider', () => {
    for (const name of Object.keys(EXAMPLE_STACKS)) {
      expect([name, stacks[name].json.provider?.azurerm[0].storage_use_azuread]).toEqual([name, true]);
    }
  });

  test('two synths of the same app are byte-identical', () => {
    const dirs = [mkdtempSync(join(tmpdir(), 'synth-a-')), mkdtempSync(join(tmpdir(), 'synth-b-'))];
    try {
      const trees = dirs.map((outdir) => {
        const app = new App({ outdir, skipValidation: false });
        addExampleStacks(app);
        app.synth();
        return readTree(outdir);
      });
      expect([...trees[0].keys()]).toEqual([...trees[1].keys()]);
      expect([...trees[0].keys()]).toEqual(expect.arrayContaining(Object.keys(EXAMPLE_STACKS).map((name) => join('stacks', name, 'cdk.tf.json'))));
      for (const [path, contents] of trees[0]) expect([path, contents.equals(trees[1].get(path)!)]).toEqual([path, true]);
    } finally {
      for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    }
  });
});
