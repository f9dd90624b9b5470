import { Fn, TerraformStack, TerraformVariable, Testing, Token } from 'cdktf';
import { AiHub, AiNetwork, Principal, ValidationError } from '../../lib';
import { describeValue, editDistance } from '../../lib/core/input';
import { onlyResource, synth } from '../helpers';

const HUB = { baseName: 'sales-dev', location: 'swedencentral' };

describe('regions', () => {
  test('a region missing from the library\'s list is accepted once the app lists it in the context key', () => {
    const build = (context?: Record<string, unknown>) => {
      const app = Testing.app({ context });
      const stack = new TerraformStack(app, 'gov');
      return () => new AiHub(stack, 'Hub', { ...HUB, location: 'usgovvirginia' });
    };
    expect(build()).toThrow('AiHub "gov/Hub": location is the string "usgovvirginia", which is not an Azure region the library knows');
    expect(build({ 'cdktf-azure-ai-hub:additionalRegions': ['US Gov Virginia'] })).not.toThrow();
  });

  test('a context value that is not a list of names is reported, naming the key', () => {
    const app = Testing.app({ context: { 'cdktf-azure-ai-hub:additionalRegions': 'usgovvirginia' } });
    const stack = new TerraformStack(app, 'gov');
    expect(() => new AiHub(stack, 'Hub', HUB)).toThrow('the context "cdktf-azure-ai-hub:additionalRegions" is the string "usgovvirginia"; give an array of region names');
  });

  test('display names and China regions are accepted; a token skips the check', () => {
    const { json } = synth((s) => {
      new AiHub(s, 'West', { baseName: 'west', location: 'West Europe' });
      new AiHub(s, 'China', { baseName: 'china', location: 'chinanorth3' });
      new AiHub(s, 'Token', { baseName: 'token', location: new TerraformVariable(s, 'location', { type: 'string' }).stringValue });
    });
    expect(Object.values(json.resource.azurerm_ai_foundry).map((h) => h.location).sort()).toEqual(['${var.location}', 'West Europe', 'chinanorth3']);
  });
});

describe('tokens', () => {
  test('a map token passes as tags; a bare variable value does not, with the fix', () => {
    const { json } = synth((s) => {
      const tags = new TerraformVariable(s, 'tags', { type: 'map(string)' });
      new AiNetwork(s, 'Network', { baseName: 'net', location: 'swedencentral', addressSpace: ['10.0.0.0/24'], privateEndpointSubnetPrefix: '10.0.0.0/26', tags: Token.asStringMap(tags.value) });
    });
    expect(onlyResource(json, 'azurerm_virtual_network').tags).toBe('${var.tags}');
    expect(() => synth((s) => {
      const flag = new TerraformVariable(s, 'flag', { type: 'bool' });
      new AiNetwork(s, 'Network', { baseName: 'net', location: 'swedencentral', addressSpace: ['10.0.0.0/24'], privateEndpointSubnetPrefix: '10.0.0.0/26', tags: flag.value });
    })).toThrow('pass Token.asStringMap(value)');
  });

  test('a list token is accepted where the list goes to Terraform whole, and refused where entries are read at synth', () => {
    expect(() => synth((s) => {
      const ranges = new TerraformVariable(s, 'ranges', { type: 'list(string)' }).listValue;
      new AiNetwork(s, 'Network', { baseName: 'net', location: 'swedencentral', addressSpace: ranges, privateEndpointSubnetPrefix: '10.0.0.0/26' });
    })).not.toThrow();
    expect(() => synth((s) => {
      const containers = new TerraformVariable(s, 'containers', { type: 'list(string)' }).listValue;
      new AiHub(s, 'Hub', HUB).addProject('Team', { dataContainers: containers });
    })).toThrow('AiProject "test/Hub/Team": dataContainers is a Terraform list token, but it must be a list written out at synth time');
  });

  test('an element of a list token is not a string', () => {
    expect(() => synth((s) => {
      const names = new TerraformVariable(s, 'names', { type: 'list(string)' }).listValue;
      new AiHub(s, 'Hub', { ...HUB, name: names[0] });
    })).toThrow('AiHub "test/Hub": name is an element of a Terraform list token, not a string');
    expect(() => synth((s) => {
      const names = new TerraformVariable(s, 'names', { type: 'list(string)' }).listValue;
      new AiHub(s, 'Hub', { ...HUB, name: Fn.element(names, 0) });
    })).not.toThrow();
  });
});

describe('names and imports that used to work keep working', () => {
  test('the same hub imported twice in one stack, and a network named by a token', () => {
    const HUB_ID = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.MachineLearningServices/workspaces/hub-ai';
    expect(() => synth((s) => {
      AiHub.fromHubId(s, 'TeamA', HUB_ID).addProject('A', {});
      AiHub.fromHubId(s, 'TeamB', HUB_ID).addProject('B', {});
    })).not.toThrow();
    expect(() => synth((s) => {
      const name = new TerraformVariable(s, 'vnet_name', { type: 'string' }).stringValue;
      new AiNetwork(s, 'Network', { baseName: 'net', location: 'swedencentral', addressSpace: ['10.0.0.0/24'], privateEndpointSubnetPrefix: '10.0.0.0/26', name });
    })).not.toThrow();
  });

  test('principal keys with spaces or punctuation are accepted (cdktf keeps their letters and digits in addresses)', () => {
    expect(() => synth((s) => {
      new AiHub(s, 'Hub', HUB).addProject('Chat', {}).grantDeveloper(Principal.group('11111111-2222-3333-4444-555555555555', 'Team (EU)'));
    })).not.toThrow();
  });
});

describe('unknown props', () => {
  test('props named like members of every object are unknown too', () => {
    const props = { ...HUB, constructor: 'x', toString: 'y' };
    expect(() => synth((s) => { new AiHub(s, 'Hub', props as never); }))
      .toThrow(/"constructor" is not a known prop[\s\S]*"toString" is not a known prop/);
  });

  test('the error is a ValidationError with the path and every problem', () => {
    let error: unknown;
    try {
      synth((s) => { new AiHub(s, 'Hub', { ...HUB, publicNetworkAcess: 'Enabled', location: 'westeuorpe' } as never); });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).constructPath).toBe('test/Hub');
    expect((error as ValidationError).problems).toEqual([
      expect.stringContaining('location is the string "westeuorpe", which is not an Azure region the library knows; did you mean "westeurope"'),
      '"publicNetworkAcess" is not a known prop, so its value would be ignored; did you mean "publicNetworkAccess"?',
    ]);
  });
});

describe('describeValue and editDistance', () => {
  test.each([
    [undefined, 'undefined'], [null, 'null'], ['50', 'the string "50"'], [50, 'the number 50'], [Number.NaN, 'NaN'], [true, 'the boolean true'],
    [['docs'], 'an array ["docs"]'], [{ a: 1 }, 'an object {"a":1}'], [() => 1, 'a function'], [Object.create(null), 'an object {}'],
  ])('%p is %s', (value, text) => {
    expect(describeValue(value)).toBe(text);
  });

  test('a construct is named by its path; a cyclic object does not throw', () => {
    const stack = new TerraformStack(Testing.app(), 'named');
    expect(describeValue(stack)).toBe('the construct "named"');
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(describeValue(cyclic)).toBe('an object');
  });

  test('edit distance counts insertions, deletions and substitutions', () => {
    expect(editDistance('westeuorpe', 'westeurope')).toBe(2);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });
});
