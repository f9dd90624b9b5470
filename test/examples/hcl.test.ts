import { Testing, TerraformStack } from 'cdktf';
import { addExampleStacks, EXAMPLE_STACKS } from '../../examples/app';
import { AiServices } from '../../lib';
import { AzapiResource } from '../../lib/core/azapi';
import { hclAsJson, hclDifferences } from '../conformance/hcl-round-trip';
import { synth, synthConformingJson } from '../helpers';

// `cdktf synth --hcl` must say what the JSON says: every example's HCL, converted back to JSON by
// the CLI's own converter, equals its JSON synth resource by resource.
describe('HCL output', () => {
  const app = Testing.app();
  addExampleStacks(app);

  test.each(Object.keys(EXAMPLE_STACKS))('%s: the HCL converts back to the JSON, resource by resource', async (name) => {
    const stack = app.node.findChild(name) as TerraformStack;
    const json = synthConformingJson(stack);
    const hcl = await hclAsJson(stack);
    expect(hclDifferences(json, hcl)).toEqual([]);
    // Every AzAPI block carries its type and, for resources, its body.
    for (const [kind, type] of [['resource', 'azapi_resource'], ['resource', 'azapi_update_resource'], ['data', 'azapi_resource']] as const) {
      for (const [address, block] of Object.entries<any>(hcl[kind]?.[type] ?? {})) {
        expect([address, typeof block[0].type]).toEqual([address, 'string']);
        if (kind === 'resource') expect([address, typeof block[0].body]).toEqual([address, 'object']);
      }
    }
  });

  test('strings that cdktf alone would mangle survive: quotes, backslashes, line breaks, numbers as text, references inside text', async () => {
    const { stack, json } = synth((s) => {
      const models = new AiServices(s, 'Models', {
        name: 'ais-hcl', location: 'swedencentral', resourceGroupName: 'rg', diagnostics: { enabled: false },
        contentFilters: [{ name: 'branded', blocklists: [{ name: 'tricky', terms: ['say "hi"', '443', '{not json', '[x'], patterns: ['fabrikam\\w+\\s*"\\d"'] }] }],
      });
      new AzapiResource(s, 'Raw', {
        type: 'Microsoft.CognitiveServices/accounts/raiBlocklists', apiVersion: '2024-10-01', name: 'raw', parentId: models.resourceId,
        body: { properties: { description: `line one\nline "two" in ${models.resourceId}\\end` } },
      });
    });
    expect(hclDifferences(json, await hclAsJson(stack))).toEqual([]);
  });

  test('the comparison finds a difference (it can fail)', async () => {
    const { stack, json } = synth((s) => {
      new AiServices(s, 'Models', { name: 'ais-hcl', location: 'swedencentral', resourceGroupName: 'rg', diagnostics: { enabled: false } });
    });
    const hcl = await hclAsJson(stack);
    const [address] = Object.keys(hcl.resource.azurerm_ai_services);
    hcl.resource.azurerm_ai_services[address][0].sku_name = 'S1';
    expect(hclDifferences(json, hcl)).toEqual([expect.stringContaining(`resource.azurerm_ai_services.${address}:`)]);
  });
});
