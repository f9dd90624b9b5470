import { Testing, TerraformStack } from 'cdktf';
import { AzapiResourceData } from '../../lib/core/azapi';

describe('AzapiResourceData', () => {
  test('fails when asked for a value it does not export, naming the exported ones', () => {
    const stack = new TerraformStack(Testing.app(), 'azapi');
    const lookup = new AzapiResourceData(stack, 'Lookup', { type: 'Microsoft.Storage/storageAccounts', apiVersion: '2023-05-01', resourceId: 'x', exportValues: ['location'] });
    expect(() => lookup.output('properties.primaryEndpoints')).toThrow(
      'AzapiResourceData "azapi/Lookup": "properties.primaryEndpoints" is not in exportValues (location); add it there.',
    );
  });
});
