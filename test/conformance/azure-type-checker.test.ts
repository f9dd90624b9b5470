import { checkAzapiBody, checkExportPaths, vendoredResourceTypes } from './azure-types/azure-type-checker';
import { VENDORED_RESOURCE_TYPES } from './azure-types/vendored-resource-types';

// The checker is the judge of every azapi block the tests synthesize, so it is tested itself:
// each rule with a body that breaks it, against the vendored definitions.
const CONNECTIONS = 'Microsoft.MachineLearningServices/workspaces/connections@2024-10-01';
const OUTBOUND_RULES = 'Microsoft.MachineLearningServices/workspaces/outboundRules@2024-10-01';
const WORKSPACES_PREVIEW = 'Microsoft.MachineLearningServices/workspaces@2024-10-01-preview';
const RAI_POLICIES = 'Microsoft.CognitiveServices/accounts/raiPolicies@2024-10-01';
const SEARCH_ID = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Search/searchServices/s';

const aadConnection = {
  properties: { category: 'CognitiveSearch', target: 'https://s.search.windows.net', authType: 'AAD', isSharedToAll: true, metadata: { ApiType: 'Azure', ResourceId: SEARCH_ID } },
};

describe('the Azure type checker', () => {
  test('every vendored resource type is loaded from its file', () => {
    expect([...vendoredResourceTypes().keys()].sort()).toEqual(Object.values(VENDORED_RESOURCE_TYPES).flat().sort());
  });

  test('accepts a valid connection body', () => {
    expect(checkAzapiBody(CONNECTIONS, aadConnection, 'create', 'conn-search')).toEqual([]);
  });

  test('rejects a property the type does not define', () => {
    expect(checkAzapiBody(CONNECTIONS, { properties: { ...aadConnection.properties, categroy: 'x' } }, 'create', 'conn-search')).toEqual([
      expect.stringMatching(/^properties\.categroy: not a property of AADAuthTypeWorkspaceConnectionProperties \(known: .*category.*\)$/),
    ]);
  });

  test('rejects a value outside an enum', () => {
    expect(checkAzapiBody(CONNECTIONS, { properties: { ...aadConnection.properties, category: 'AiServices' } }, 'create', 'conn-search')).toEqual([
      expect.stringMatching(/^properties\.category: "AiServices" is not one of .*"AIServices"/),
    ]);
  });

  test('rejects a value of the wrong type', () => {
    expect(checkAzapiBody(CONNECTIONS, { properties: { ...aadConnection.properties, isSharedToAll: 'true' } }, 'create', 'conn-search')).toEqual([
      'properties.isSharedToAll: expected a boolean, got string "true"',
    ]);
  });

  test('rejects a name that does not match the type\'s pattern', () => {
    expect(checkAzapiBody(OUTBOUND_RULES, { properties: { type: 'FQDN', category: 'UserDefined', destination: 'pypi.org' } }, 'create', 'pe-a-service-with-a-very-long-construct-id')).toEqual([
      'name: "pe-a-service-with-a-very-long-construct-id" does not match the pattern ^[a-zA-Z0-9][a-zA-Z0-9_-]{2,32}$',
    ]);
  });

  test('rejects an unknown kind of a discriminated object, and a missing discriminator', () => {
    expect(checkAzapiBody(OUTBOUND_RULES, { properties: { type: 'Fqdn', destination: 'pypi.org' } }, 'create', 'allow-pypi')).toEqual([
      'properties.type: "Fqdn" is not one of "FQDN", "PrivateEndpoint", "ServiceTag"',
    ]);
    expect(checkAzapiBody(CONNECTIONS, { properties: { category: 'CognitiveSearch' } }, 'create', 'conn-search')).toEqual([
      expect.stringMatching(/^properties\.authType: required to choose the kind of WorkspaceConnectionPropertiesV2/),
    ]);
  });

  test('rejects a read-only property', () => {
    expect(checkAzapiBody(WORKSPACES_PREVIEW, { properties: { workspaceId: '00000000-0000-0000-0000-000000000000' } }, 'update')).toEqual([
      'properties.workspaceId: read-only, it must not be written',
    ]);
  });

  test('asks for required properties when a resource is created, not when one is updated', () => {
    expect(checkAzapiBody(CONNECTIONS, {}, 'create', 'conn-search')).toEqual(['properties: required, but missing']);
    expect(checkAzapiBody(WORKSPACES_PREVIEW, {}, 'update')).toEqual([]);
  });

  test('checks every item of an array', () => {
    const filter = { name: 'Hate', enabled: true, blocking: true, severityThreshold: 'Low', source: 'Prompt' };
    expect(checkAzapiBody(RAI_POLICIES, { properties: { basePolicyName: 'Microsoft.DefaultV2', contentFilters: [filter, { ...filter, source: 'Response' }] } }, 'create', 'strict')).toEqual([
      'properties.contentFilters[1].source: "Response" is not one of "Prompt", "Completion"',
    ]);
  });

  test('skips values Terraform knows only at plan time', () => {
    expect(checkAzapiBody(CONNECTIONS, { properties: { ...aadConnection.properties, category: '${var.category}' } }, 'create', '${var.name}')).toEqual([]);
  });

  test('rejects a type@api-version that is not vendored', () => {
    expect(checkAzapiBody('Microsoft.MachineLearningServices/workspaces/connections@2025-01-01-preview', aadConnection, 'create', 'c')).toEqual([
      expect.stringContaining('type "Microsoft.MachineLearningServices/workspaces/connections@2025-01-01-preview" has no vendored definition'),
    ]);
  });

  test('checks the paths a data source exports', () => {
    expect(checkExportPaths(WORKSPACES_PREVIEW, ['location', 'properties.storageAccount'])).toEqual([]);
    expect(checkExportPaths(WORKSPACES_PREVIEW, ['properties.storageAccountId'])).toEqual([
      `response_export_values: "properties.storageAccountId" is not a property path of ${WORKSPACES_PREVIEW}`,
    ]);
  });
});
