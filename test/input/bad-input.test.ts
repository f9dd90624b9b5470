/**
 * Bad input, table by table: every public constructor, factory and method is given values that
 * plain JavaScript or YAML-fed callers pass by mistake, and must refuse them with the library's
 * own error: a message naming the construct (`<Kind> "<path>": `) and quoting the offending value
 * (`the string "50"`, `"enabled"`, `null`, ...), never a TypeError and never silence.
 *
 * Each case is [description, build (or props mutation), expected `<Kind> "<path>"`, expected
 * fragments of the message]. The families are those of the input-checks issue:
 *   1. values accepted silently before (typos in regions and enums, missing required values,
 *      settings for resources the hub does not create, duplicates Azure refuses at apply, ...);
 *   2. values that used to end in a TypeError (undefined / null props, missing hub or subnet,
 *      strings where arrays are expected, null entries, roles given as strings, ...);
 *   3. values that used to get a vague message (numbers and booleans written as strings, a
 *      missing name reported as a token problem).
 * Controls at the end (not counted) check that valid and token-valued props still synthesize,
 * and that the documented opt-outs warn instead of failing.
 */
import { TerraformStack, TerraformVariable } from 'cdktf';
import {
  acknowledge, AiHub, AiHubProps, AiNetwork, AiNetworkProps, AiProject, AiSearch, AiSearchProps, AiServices, AiServicesProps,
  BuiltInRoles, dnsZonesManagedByPolicy, ExistingPrivateDnsZones, PrivateDnsZones, Principal,
} from '../../lib';
import { synth, warningsOf } from '../helpers';

// ---------------------------------------------------------------------------------------------
// Fixtures

const SUBSCRIPTION = '00000000-0000-0000-0000-000000000000';
const GROUP = '11111111-2222-3333-4444-555555555555';
const RG_ID = `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg-shared`;
const idOf = (type: string, name: string) => `${RG_ID}/providers/${type}/${name}`;
const WORKSPACE = idOf('Microsoft.OperationalInsights/workspaces', 'log-shared');
const STORAGE_ID = idOf('Microsoft.Storage/storageAccounts', 'stshared');
const KEY_VAULT_ID = idOf('Microsoft.KeyVault/vaults', 'kv-shared');
const REGISTRY_ID = idOf('Microsoft.ContainerRegistry/registries', 'crshared');
const IDENTITY_ID = idOf('Microsoft.ManagedIdentity/userAssignedIdentities', 'id-shared');
const HUB_ID = idOf('Microsoft.MachineLearningServices/workspaces', 'hub-shared');
const SUBNET_ID = idOf('Microsoft.Network/virtualNetworks', 'vnet-spoke/subnets/snet-pe');
const BLOB_ZONE = 'privatelink.blob.core.windows.net';

/** Valid base props, as in test/hub/validation.test.ts, test/services/*.test.ts and test/network/ai-network.test.ts. */
const HUB: AiHubProps = { baseName: 'sales-dev', location: 'swedencentral' };
const SERVICES: AiServicesProps = { name: 'ais-sales', location: 'swedencentral', resourceGroupName: 'rg-sales', diagnostics: { logAnalyticsWorkspaceId: WORKSPACE } };
const SEARCH: AiSearchProps = { name: 'srch-sales', location: 'swedencentral', resourceGroupName: 'rg-sales', diagnostics: { logAnalyticsWorkspaceId: WORKSPACE } };
const NETWORK: AiNetworkProps = { baseName: 'research', location: 'swedencentral', addressSpace: ['10.40.0.0/22'], privateEndpointSubnetPrefix: '10.40.0.0/26' };
const CHAT = { name: 'chat', model: { name: 'gpt-4o', version: '2024-11-20' }, sku: 'GlobalStandard', capacity: 10 };
const IMPORTED = { resourceId: HUB_ID, storageAccountId: STORAGE_ID, location: 'swedencentral' };

/** Props as plain JavaScript passes them: any value, any prop. */
type Loose = Record<string, any>;
/** A props mutation: merged over the base props, or built from the stack (for props that need constructs). */
type Mutation = Loose | ((s: TerraformStack) => Loose);
/** A case: description, mutation or build, expected `<Kind> "<path>"`, expected message fragments. */
type Case<T> = [string, T, string, string[]];

const apply = (base: Loose, mutation: Mutation, s: TerraformStack): Loose => ({ ...base, ...(typeof mutation === 'function' ? mutation(s) : mutation) });
/** An outbound rule mutation of the hub. */
const rule = (r: Loose): Loose => ({ outboundRules: [r] });
const serviceTagRule = (r: Loose): Loose => rule({ kind: 'ServiceTag', name: 'opendatasets', serviceTag: 'AzureOpenDatasets', protocol: 'TCP', portRanges: '443', ...r });
const deployment = (d: Loose): Loose => ({ deployments: [{ ...CHAT, ...d }] });
const filter = (f: Loose): Loose => ({ contentFilters: [{ name: 'lenient', ...f }] });
const blocklist = (b: Loose): Loose => filter({ blocklists: [{ name: 'words', terms: ['secret'], ...b }] });

/**
 * Runs `build` and asserts that it threw the library's error: not a TypeError, naming
 * `where` (`<Kind> "<path>"`, followed by `: `) and containing every fragment.
 */
function expectRejected(build: () => unknown, where: string, ...fragments: string[]): void {
  let thrown: unknown;
  let threw = false;
  try {
    build();
  } catch (error) {
    thrown = error;
    threw = true;
  }
  if (!threw) throw new Error(`expected ${where} to be rejected, but there was no error`);
  const message = thrown instanceof Error ? thrown.message : String(thrown);
  if (thrown instanceof TypeError) throw new Error(`expected the library's error for ${where}, got a TypeError: ${message}`);
  expect(message).toContain(`${where}: `);
  for (const fragment of fragments) expect(message).toContain(fragment);
}

/** Runs a table: builds the stack with `build(stack, mutation)` and expects it rejected. */
function runTable<T>(build: (s: TerraformStack, mutation: T) => void) {
  return (_: string, mutation: T, where: string, fragments: string[]) => {
    expectRejected(() => synth((s) => build(s, mutation)), where, ...fragments);
  };
}

/** A named table of cases (the name is the describe block's; it documents the table). */
const table = <T>(_name: string, cases: Array<Case<T>>): Array<Case<T>> => cases;

// ---------------------------------------------------------------------------------------------
// AiHub props

const hubCases = table<Mutation>('AiHub props', [
  // Family 1: regions and required values
  ['location with a typo', { location: 'westeuorpe' }, 'AiHub "test/Hub"', ['the string "westeuorpe"', 'did you mean "westeurope"']],
  ['location with another typo', { location: 'swedencentrl' }, 'AiHub "test/Hub"', ['the string "swedencentrl"', 'swedencentral']],
  ['location empty', { location: '' }, 'AiHub "test/Hub"', ['location is the string ""']],
  ['location of spaces', { location: '   ' }, 'AiHub "test/Hub"', ['the string "   "']],
  ['location missing', { location: undefined }, 'AiHub "test/Hub"', ['location is missing']],
  ['baseName missing', { baseName: undefined }, 'AiHub "test/Hub"', ['baseName is missing']],
  ['baseName empty', { baseName: '' }, 'AiHub "test/Hub"', ['baseName is the string ""']],
  // Family 1: unknown enum values
  ['storageReplication in lowercase', { storageReplication: 'lrs' }, 'AiHub "test/Hub"', ['the string "lrs"', 'write "LRS"']],
  ['storageReplication unknown', { storageReplication: 'ZRS2' }, 'AiHub "test/Hub"', ['the string "ZRS2"']],
  ['keyVaultSku capitalized', { keyVaultSku: 'Standard' }, 'AiHub "test/Hub"', ['the string "Standard"', 'write "standard"']],
  ['keyVaultSku unknown', { keyVaultSku: 'gold' }, 'AiHub "test/Hub"', ['the string "gold"']],
  ['containerRegistrySku in lowercase', { containerRegistrySku: 'premium' }, 'AiHub "test/Hub"', ['the string "premium"', 'write "Premium"']],
  ['containerRegistrySku unknown', { containerRegistrySku: 'Classic' }, 'AiHub "test/Hub"', ['the string "Classic"']],
  ['publicNetworkAccess "enabled" in lowercase', { publicNetworkAccess: 'enabled' }, 'AiHub "test/Hub"', ['the string "enabled"', 'write "Enabled"']],
  ['publicNetworkAccess "disabled" in lowercase', { publicNetworkAccess: 'disabled' }, 'AiHub "test/Hub"', ['the string "disabled"']],
  ['publicNetworkAccess as a boolean', { publicNetworkAccess: true }, 'AiHub "test/Hub"', ['the boolean true']],
  ['managedNetworkIsolationMode unknown', { managedNetworkIsolationMode: 'AllowOnlyApproved' }, 'AiHub "test/Hub"', ['the string "AllowOnlyApproved"']],
  ['managedNetworkIsolationMode in lowercase', { managedNetworkIsolationMode: 'allowinternetoutbound' }, 'AiHub "test/Hub"', ['the string "allowinternetoutbound"', 'write "AllowInternetOutbound"']],
  ['monitor scope ingestionAccessMode in lowercase', { monitorPrivateLinkScope: { ingestionAccessMode: 'open' } }, 'AiHub "test/Hub"', ['the string "open"']],
  ['monitor scope queryAccessMode unknown', { monitorPrivateLinkScope: { queryAccessMode: 'Private' } }, 'AiHub "test/Hub"', ['the string "Private"']],
  ['lock level ReadOnly', { lock: { level: 'ReadOnly' } }, 'AiHub "test/Hub"', ['the string "ReadOnly"']],
  ['lock level in lowercase', { lock: { level: 'cannotdelete' } }, 'AiHub "test/Hub"', ['the string "cannotdelete"', 'write "CanNotDelete"']],
  ['lock level missing', { lock: {} }, 'AiHub "test/Hub"', ['lock.level is missing']],
  ['dependenciesWithPublicAccess unknown entry', { dependenciesWithPublicAccess: ['Storage'] }, 'AiHub "test/Hub"', ['the string "Storage"']],
  // Family 1: settings for a resource the hub does not create
  ['storageAccountName with existingStorageAccountId', { storageAccountName: 'stmine', existingStorageAccountId: STORAGE_ID }, 'AiHub "test/Hub"', ['storageAccountName', '"stmine"']],
  ['storageReplication with existingStorageAccountId', { storageReplication: 'LRS', existingStorageAccountId: STORAGE_ID }, 'AiHub "test/Hub"', ['storageReplication', '"LRS"']],
  ['blobSoftDeleteRetentionDays with existingStorageAccountId', { blobSoftDeleteRetentionDays: 7, existingStorageAccountId: STORAGE_ID }, 'AiHub "test/Hub"', ['blobSoftDeleteRetentionDays', 'the number 7']],
  ['keyVaultSku with existingKeyVaultId', { keyVaultSku: 'premium', existingKeyVaultId: KEY_VAULT_ID }, 'AiHub "test/Hub"', ['keyVaultSku', '"premium"']],
  ['tenantId with existingKeyVaultId', { tenantId: GROUP, existingKeyVaultId: KEY_VAULT_ID }, 'AiHub "test/Hub"', ['tenantId', `"${GROUP}"`]],
  ['keyVaultName with existingKeyVaultId', { keyVaultName: 'kv-mine', existingKeyVaultId: KEY_VAULT_ID }, 'AiHub "test/Hub"', ['keyVaultName', '"kv-mine"']],
  ['containerRegistrySku with existingContainerRegistryId', { containerRegistrySku: 'Basic', existingContainerRegistryId: REGISTRY_ID }, 'AiHub "test/Hub"', ['containerRegistrySku', '"Basic"']],
  ['containerRegistryName with existingContainerRegistryId', { containerRegistryName: 'crmine', existingContainerRegistryId: REGISTRY_ID }, 'AiHub "test/Hub"', ['containerRegistryName', '"crmine"']],
  ['logRetentionInDays with existingLogAnalyticsWorkspaceId', { logRetentionInDays: 60, existingLogAnalyticsWorkspaceId: WORKSPACE }, 'AiHub "test/Hub"', ['logRetentionInDays', 'the number 60']],
  ['identityName with existingIdentity', { identityName: 'id-mine', existingIdentity: { resourceId: IDENTITY_ID, principalId: GROUP } }, 'AiHub "test/Hub"', ['identityName', '"id-mine"']],
  // Family 1: diagnostics turned off and given a workspace
  ['diagnostics enabled false with a workspace', { diagnostics: { enabled: false, logAnalyticsWorkspaceId: WORKSPACE } }, 'AiHub "test/Hub"', ['enabled false', `"${WORKSPACE}"`]],
  ['diagnostics workspace that is not a workspace id', { diagnostics: { logAnalyticsWorkspaceId: 'log-team' } }, 'AiHub "test/Hub"', ['"log-team"']],
  // Family 1: outbound rules and ports
  ['FQDN rule without destination', rule({ kind: 'Fqdn', name: 'pypi' }), 'AiHub "test/Hub"', ['destination is missing']],
  ['FQDN rule with an empty destination', rule({ kind: 'Fqdn', name: 'pypi', destination: '' }), 'AiHub "test/Hub"', ['the string ""']],
  ['FQDN rule with a URL as destination', rule({ kind: 'Fqdn', name: 'pypi', destination: 'https://pypi.org/simple' }), 'AiHub "test/Hub"', ['"https://pypi.org/simple"']],
  ['service tag rule with a port above 65535', serviceTagRule({ portRanges: '1-70000' }), 'AiHub "test/Hub"', ['"1-70000"']],
  ['service tag rule with port 70000', serviceTagRule({ portRanges: '70000' }), 'AiHub "test/Hub"', ['"70000"']],
  ['service tag rule with protocol in lowercase', serviceTagRule({ protocol: 'tcp' }), 'AiHub "test/Hub"', ['the string "tcp"']],
  ['service tag rule with a regional tag', serviceTagRule({ serviceTag: 'Storage.WestEurope' }), 'AiHub "test/Hub"', ['the string "Storage.WestEurope"']],
  ['outbound rule kind in lowercase', rule({ kind: 'fqdn', name: 'pypi', destination: 'pypi.org' }), 'AiHub "test/Hub"', ['the string "fqdn"', 'write "Fqdn"']],
  ['private endpoint rule to an AI Services account', rule({ kind: 'PrivateEndpoint', name: 'models', serviceResourceId: STORAGE_ID, subresource: 'account' }), 'AiHub "test/Hub"', ['the string "account"']],
  // Family 1: unknown and misspelt props
  ['misspelt publicNetworkAccess', { publicNetworkAcess: 'Enabled' }, 'AiHub "test/Hub"', ['"publicNetworkAcess"', 'did you mean "publicNetworkAccess"']],
  ['misspelt storageReplication', { storageReplicaton: 'LRS' }, 'AiHub "test/Hub"', ['"storageReplicaton"', 'did you mean "storageReplication"']],
  ['misspelt preventDestroy', { preventDestory: false }, 'AiHub "test/Hub"', ['"preventDestory"', 'did you mean "preventDestroy"']],
  ['misspelt lock notes', { lock: { level: 'CanNotDelete', note: 'why' } }, 'AiHub "test/Hub"', ['"note"', 'did you mean "notes"']],
  ['misspelt monitor scope prop', { monitorPrivateLinkScope: { existingScopeID: 'x' } }, 'AiHub "test/Hub"', ['"existingScopeID"', 'did you mean "existingScopeId"']],
  // Family 2: TypeError before
  ['location as a number', { location: 1 }, 'AiHub "test/Hub"', ['the number 1']],
  ['location null', { location: null }, 'AiHub "test/Hub"', ['location is null']],
  ['baseName as a number', { baseName: 5 }, 'AiHub "test/Hub"', ['the number 5']],
  ['name as a number', { name: 5 }, 'AiHub "test/Hub"', ['the number 5', 'write "5" in quotes']],
  ['outboundRules as a string', { outboundRules: 'x' }, 'AiHub "test/Hub"', ['the string "x"']],
  ['outboundRules with a null entry', { outboundRules: [null] }, 'AiHub "test/Hub"', ['outboundRules[0] is null']],
  ['outboundRules with a string entry', { outboundRules: ['pypi.org'] }, 'AiHub "test/Hub"', ['the string "pypi.org"']],
  ['dependenciesWithPublicAccess as a string', { dependenciesWithPublicAccess: 'KeyVault' }, 'AiHub "test/Hub"', ['the string "KeyVault"']],
  ['privateEndpoint without subnet', { privateEndpoint: { dnsZones: dnsZonesManagedByPolicy() } }, 'AiHub "test/Hub"', ['privateEndpoint.subnet is missing']],
  ['privateEndpoint with a null subnet', { privateEndpoint: { subnet: null, dnsZones: dnsZonesManagedByPolicy() } }, 'AiHub "test/Hub"', ['privateEndpoint.subnet is null']],
  ['privateEndpoint with a subnet name', { privateEndpoint: { subnet: 'snet-pe', dnsZones: dnsZonesManagedByPolicy() } }, 'AiHub "test/Hub"', ['the string "snet-pe"']],
  ['privateEndpoint without dnsZones', (s) => ({ privateEndpoint: { subnet: AiNetwork.fromSubnetId(s, 'Subnet', SUBNET_ID) } }), 'AiHub "test/Hub"', ['privateEndpoint.dnsZones is missing']],
  ['existingIdentity without principalId', { existingIdentity: { resourceId: IDENTITY_ID } }, 'AiHub "test/Hub"', ['existingIdentity.principalId is missing']],
  ['existingStorageAccountId that is a name', { existingStorageAccountId: 'stshared' }, 'AiHub "test/Hub"', ['"stshared"']],
  ['resourceGroup as a string', { resourceGroup: 'rg-sales' }, 'AiHub "test/Hub"', ['the string "rg-sales"']],
  ['tags as a string', { tags: 'team=sales' }, 'AiHub "test/Hub"', ['the string "team=sales"']],
  ['a tag value as a number', { tags: { costCenter: 42 } }, 'AiHub "test/Hub"', ['the number 42']],
  ['lock as a string', { lock: 'CanNotDelete' }, 'AiHub "test/Hub"', ['the string "CanNotDelete"']],
  ['diagnostics as a string', { diagnostics: 'off' }, 'AiHub "test/Hub"', ['the string "off"']],
  // Family 3: numbers and booleans as strings
  ['logRetentionInDays as a string', { logRetentionInDays: '90' }, 'AiHub "test/Hub"', ['must be a number', 'the string "90"', 'write 90 without quotes']],
  ['blobSoftDeleteRetentionDays as a string', { blobSoftDeleteRetentionDays: '30' }, 'AiHub "test/Hub"', ['must be a number', 'the string "30"']],
  ['preventDestroy as a string', { preventDestroy: 'false' }, 'AiHub "test/Hub"', ['must be true or false', 'the string "false"', 'write false without quotes']],
  ['highBusinessImpact as a string', { highBusinessImpact: 'true' }, 'AiHub "test/Hub"', ['the string "true"']],
  ['projectPrincipalsManageContainers as a number', { projectPrincipalsManageContainers: 1 }, 'AiHub "test/Hub"', ['the number 1']],
  ['monitoringLocalAuthentication as a string', { monitoringLocalAuthentication: 'no' }, 'AiHub "test/Hub"', ['the string "no"']],
  ['diagnostics enabled as a string', { diagnostics: { enabled: 'false' } }, 'AiHub "test/Hub"', ['the string "false"']],
]);

describe('AiHub props', () => {
  test.each(hubCases)('%s', runTable<Mutation>((s, m) => { new AiHub(s, 'Hub', apply(HUB, m, s) as AiHubProps); }));
});

// ---------------------------------------------------------------------------------------------
// AiHub construction, methods and projects

type Build = (s: TerraformStack) => void;
const hubIn = (s: TerraformStack, props: Loose = {}) => new AiHub(s, 'Hub', { ...HUB, ...props } as AiHubProps);
const group = (key: string) => Principal.group(GROUP, key);
const modelsIn = (s: TerraformStack, props: Loose = {}) => new AiServices(s, 'Models', { ...SERVICES, ...props } as AiServicesProps);
const searchIn = (s: TerraformStack, props: Loose = {}) => new AiSearch(s, 'Search', { ...SEARCH, ...props } as AiSearchProps);
const any = (value: unknown) => value as any;

const hubMethodCases = table<Build>('AiHub construction and methods', [
  ['props undefined', (s) => { new AiHub(s, 'Hub', any(undefined)); }, 'AiHub "test/Hub"', ['undefined']],
  ['props null', (s) => { new AiHub(s, 'Hub', any(null)); }, 'AiHub "test/Hub"', ['null']],
  ['props as a string', (s) => { new AiHub(s, 'Hub', any('sales-dev')); }, 'AiHub "test/Hub"', ['the string "sales-dev"']],
  ['scope undefined', () => { new AiHub(any(undefined), 'Hub', HUB); }, 'AiHub "Hub"', ['the scope is undefined']],
  ['the same id twice', (s) => { hubIn(s); hubIn(s, { baseName: 'sales-b' }); }, 'AiHub "test/Hub"', ['"Hub"', 'already used']],
  ['grant with a null principal', (s) => { hubIn(s).grant(any(null), BuiltInRoles.READER); }, 'AiHub "test/Hub"', ['principal is null']],
  ['grant with a role as a string', (s) => { hubIn(s).grant(group('a'), any('Reader')); }, 'AiHub "test/Hub"', ['the string "Reader"', 'BuiltInRoles.READER']],
  ['grant with an undefined role', (s) => { hubIn(s).grant(group('a'), any(undefined)); }, 'AiHub "test/Hub"', ['role is undefined']],
  ['grantDeveloper with a null principal', (s) => { hubIn(s).grantDeveloper(any(null)); }, 'AiHub "test/Hub"', ['principal is null']],
  ['grantReader with an undefined principal', (s) => { hubIn(s).grantReader(any(undefined)); }, 'AiHub "test/Hub"', ['principal is undefined']],
  ['grantInferenceDeploymentOperator with a null principal', (s) => { hubIn(s).grantInferenceDeploymentOperator(any(null)); }, 'AiHub "test/Hub"', ['principal is null']],
  ['grantOwner with an object id that is a name', (s) => { hubIn(s).grantOwner(any({ principalId: 'data-team', principalType: 'Group' })); }, 'AiHub "test/Hub"', ['"data-team"']],
  ['grantContributor with principalType in lowercase', (s) => { hubIn(s).grantContributor(any({ principalId: GROUP, principalType: 'group' })); }, 'AiHub "test/Hub"', ['the string "group"', 'write "Group"']],
  ['grantReader with an unknown principalType', (s) => { hubIn(s).grantReader(any({ principalId: GROUP, principalType: 'Users' })); }, 'AiHub "test/Hub"', ['the string "Users"']],
  ['the same principal, role and scope under two keys', (s) => { const hub = hubIn(s); hub.grant(group('a'), BuiltInRoles.READER); hub.grant(group('b'), BuiltInRoles.READER); }, 'AiHub "test/Hub"', ['already granted', `"${GROUP}"`]],
  ['connect(undefined)', (s) => { hubIn(s).connect(any(undefined)); }, 'AiHub "test/Hub"', ['service is undefined']],
  ['connect with a service name', (s) => { hubIn(s).connect(any('ais-sales')); }, 'AiHub "test/Hub"', ['the string "ais-sales"']],
  ['connect with an empty apiKey', (s) => { hubIn(s).connect(modelsIn(s, { localAuthenticationEnabled: true }), { apiKey: '' }); }, 'AiHub "test/Hub"', ['options.apiKey is the string ""']],
  ['connect an AiSearch with openAiOnly', (s) => { hubIn(s).connect(searchIn(s), { openAiOnly: true }); }, 'AiHub "test/Hub"', ['openAiOnly', 'the boolean true']],
  ['connect with options as a string', (s) => { hubIn(s).connect(modelsIn(s), any('conn-models')); }, 'AiHub "test/Hub"', ['the string "conn-models"']],
  ['connect with a misspelt option', (s) => { hubIn(s).connect(modelsIn(s), any({ apikey: 'k' })); }, 'AiHub "test/Hub"', ['"apikey"', 'did you mean "apiKey"']],
  ['connect with openAiOnly as a string', (s) => { hubIn(s).connect(modelsIn(s), any({ openAiOnly: 'true' })); }, 'AiHub "test/Hub"', ['the string "true"']],
  ['addProject with the same id twice', (s) => { const hub = hubIn(s); hub.addProject('A'); hub.addProject('A'); }, 'AiProject "test/Hub/A"', ['"A"', 'already used']],
  ['addProject with null options', (s) => { hubIn(s).addProject('A', any(null)); }, 'AiProject "test/Hub/A"', ['null']],
  ['addProject with a number as id', (s) => { hubIn(s).addProject(any(5)); }, 'AiProject "test/Hub/5"', ['the number 5']],
  ['acknowledge an unknown warning id', (s) => { acknowledge(hubIn(s), any({ id: 'public-network', reason: 'dev hub' })); }, 'AiHub "test/Hub"', ['"public-network"']],
  ['acknowledge with an empty reason', (s) => { acknowledge(hubIn(s), { id: 'public-network-access', reason: '' }); }, 'AiHub "test/Hub"', ['the reason ""']],
  ['acknowledge null', (s) => { acknowledge(hubIn(s), any(null)); }, 'AiHub "test/Hub"', ['null']],
  ['acknowledge a bare id string', (s) => { acknowledge(hubIn(s), any('public-network-access')); }, 'AiHub "test/Hub"', ['"public-network-access"']],
]);

describe('AiHub construction and methods', () => {
  test.each(hubMethodCases)('%s', runTable<Build>((s, build) => build(s)));
});

// ---------------------------------------------------------------------------------------------
// AiProject: new AiProject, hub.addProject and the project's methods

const projectPropCases = table<Mutation>('AiProject props (hub.addProject)', [
  ['name as a number', { name: 5 }, 'AiProject "test/Hub/A"', ['the number 5']],
  ['name empty', { name: '' }, 'AiProject "test/Hub/A"', ['name is the string ""']],
  ['dataContainers as a string', { dataContainers: 'docs' }, 'AiProject "test/Hub/A"', ['must be an array', 'the string "docs"', 'write ["docs"]']],
  ['dataContainers with a null entry', { dataContainers: [null] }, 'AiProject "test/Hub/A"', ['dataContainers[0] is null']],
  ['dataContainers with a number entry', { dataContainers: [7] }, 'AiProject "test/Hub/A"', ['the number 7']],
  ['dataContainers entry with capitals', { dataContainers: ['Docs'] }, 'AiProject "test/Hub/A"', ['"Docs"']],
  ['preventDestroy as a string', { preventDestroy: 'false' }, 'AiProject "test/Hub/A"', ['must be true or false', 'the string "false"']],
  ['highBusinessImpact as a string', { highBusinessImpact: 'no' }, 'AiProject "test/Hub/A"', ['the string "no"']],
  ['lock level ReadOnly', { lock: { level: 'ReadOnly' } }, 'AiProject "test/Hub/A"', ['the string "ReadOnly"']],
  ['lock level in lowercase', { lock: { level: 'cannotdelete' } }, 'AiProject "test/Hub/A"', ['the string "cannotdelete"']],
  ['lock without level', { lock: { notes: 'keep' } }, 'AiProject "test/Hub/A"', ['lock.level is missing']],
  ['diagnostics enabled false with a workspace', { diagnostics: { enabled: false, logAnalyticsWorkspaceId: WORKSPACE } }, 'AiProject "test/Hub/A"', ['enabled false', `"${WORKSPACE}"`]],
  ['diagnostics enabled as a string', { diagnostics: { enabled: 'false' } }, 'AiProject "test/Hub/A"', ['the string "false"']],
  ['tags as a string', { tags: 'team=a' }, 'AiProject "test/Hub/A"', ['the string "team=a"']],
  ['misspelt dataContainers', { dataContainer: ['docs'] }, 'AiProject "test/Hub/A"', ['"dataContainer"', 'did you mean "dataContainers"']],
  ['misspelt description', { descripton: 'team a' }, 'AiProject "test/Hub/A"', ['"descripton"', 'did you mean "description"']],
  ['a hub prop given to addProject', { hub: 'hub-sales-dev' }, 'AiProject "test/Hub/A"', ['"hub"']],
]);

describe('AiProject props (hub.addProject)', () => {
  test.each(projectPropCases)('%s', runTable<Mutation>((s, m) => { hubIn(s).addProject('A', apply({}, m, s)); }));
});

const projectCases = table<Build>('AiProject construction and methods', [
  ['new AiProject without hub', (s) => { new AiProject(s, 'P', any({})); }, 'AiProject "test/P"', ['hub is missing']],
  ['hub null', (s) => { new AiProject(s, 'P', any({ hub: null })); }, 'AiProject "test/P"', ['hub is null']],
  ['hub as a name', (s) => { new AiProject(s, 'P', any({ hub: 'hub-sales-dev' })); }, 'AiProject "test/P"', ['the string "hub-sales-dev"']],
  ['hub as a resource id', (s) => { new AiProject(s, 'P', any({ hub: HUB_ID })); }, 'AiProject "test/P"', [`the string ${JSON.stringify(HUB_ID)}`]],
  ['props undefined', (s) => { new AiProject(s, 'P', any(undefined)); }, 'AiProject "test/P"', ['undefined']],
  ['props null', (s) => { new AiProject(s, 'P', any(null)); }, 'AiProject "test/P"', ['null']],
  ['dataContainers as a string in new AiProject', (s) => { new AiProject(s, 'P', any({ hub: hubIn(s), dataContainers: 'docs' })); }, 'AiProject "test/P"', ['the string "docs"']],
  ['names that differ only in case', (s) => { const hub = hubIn(s); hub.addProject('A', { name: 'proj-x' }); hub.addProject('B', { name: 'Proj-X' }); }, 'AiProject "test/Hub/B"', ['"Proj-X"', 'already used']],
  ['default names that differ only in the id\'s case', (s) => { const hub = hubIn(s); hub.addProject('Alpha'); hub.addProject('ALPHA'); }, 'AiProject "test/Hub/ALPHA"', ['"proj-alpha"']],
  ['a project named like its hub in another case', (s) => { hubIn(s).addProject('A', { name: 'HUB-sales-dev' }); }, 'AiProject "test/Hub/A"', ['"HUB-sales-dev"', 'already used by hub "test/Hub"']],
  ['a project named like its imported hub', (s) => { AiHub.fromHubAttributes(s, 'Shared', IMPORTED).addProject('A', { name: 'Hub-Shared' }); }, 'AiProject "test/Shared/A"', ['"Hub-Shared"']],
  ['grant with a role as a string', (s) => { hubIn(s).addProject('P').grant(group('a'), any('Reader')); }, 'AiProject "test/Hub/P"', ['the string "Reader"', 'BuiltInRoles.READER']],
  ['grant with a role GUID as a string', (s) => { hubIn(s).addProject('P').grant(group('a'), any('acdd72a7-3385-48ef-bd42-f606fba81ae7')); }, 'AiProject "test/Hub/P"', ['"acdd72a7-3385-48ef-bd42-f606fba81ae7"', 'BuiltInRoles.READER']],
  ['grant with a role object without GUID', (s) => { hubIn(s).addProject('P').grant(group('a'), any({ name: 'Reader' })); }, 'AiProject "test/Hub/P"', ['an object {"name":"Reader"}']],
  ['grant with a null principal', (s) => { hubIn(s).addProject('P').grant(any(null), BuiltInRoles.READER); }, 'AiProject "test/Hub/P"', ['principal is null']],
  ['grantDeveloper with a null principal', (s) => { hubIn(s).addProject('P').grantDeveloper(any(null)); }, 'AiProject "test/Hub/P"', ['principal is null']],
  ['grantReader with an undefined principal', (s) => { hubIn(s).addProject('P').grantReader(any(undefined)); }, 'AiProject "test/Hub/P"', ['principal is undefined']],
  ['grantDeveloper with an object id as a string', (s) => { hubIn(s).addProject('P').grantDeveloper(any(GROUP)); }, 'AiProject "test/Hub/P"', [`the string "${GROUP}"`]],
  ['grantDeveloper with an empty key', (s) => { hubIn(s).addProject('P').grantDeveloper(any({ principalId: GROUP, principalType: 'Group', key: '' })); }, 'AiProject "test/Hub/P"', ['principal.key is the string ""']],
  ['grantReader with principalType unknown', (s) => { hubIn(s).addProject('P').grantReader(any({ principalId: GROUP, principalType: 'Team' })); }, 'AiProject "test/Hub/P"', ['the string "Team"']],
  ['the same principal, role and scope under two keys', (s) => { const p = hubIn(s).addProject('P'); p.grant(group('a'), BuiltInRoles.READER); p.grant(group('b'), BuiltInRoles.READER); }, 'AiProject "test/Hub/P"', ['already granted', `"${GROUP}"`]],
  ['the same group as developer of two projects of one hub', (s) => { const hub = hubIn(s); hub.addProject('A').grantDeveloper(group('devs')); hub.addProject('B').grantDeveloper(group('devs')); }, 'AiProject "test/Hub/B"', ['already granted', '"devs"']],
  ['the same group as reader of two projects of one hub', (s) => { const hub = hubIn(s); hub.addProject('A').grantReader(group('readers')); hub.addProject('B').grantReader(group('readers')); }, 'AiProject "test/Hub/B"', ['already granted', '"readers"']],
  ['connect(null)', (s) => { hubIn(s).addProject('P').connect(any(null)); }, 'AiProject "test/Hub/P"', ['service is null']],
  ['connect with an empty apiKey', (s) => { hubIn(s).addProject('P').connect(modelsIn(s, { localAuthenticationEnabled: true }), { apiKey: '' }); }, 'AiProject "test/Hub/P"', ['options.apiKey is the string ""']],
  ['connect an AiSearch with openAiOnly false', (s) => { hubIn(s).addProject('P').connect(searchIn(s), { openAiOnly: false }); }, 'AiProject "test/Hub/P"', ['openAiOnly', 'the boolean false']],
  ['connect with a name as a number', (s) => { hubIn(s).addProject('P').connect(modelsIn(s), any({ name: 5 })); }, 'AiProject "test/Hub/P"', ['the number 5']],
  ['connect the project itself', (s) => { const p = hubIn(s).addProject('P'); p.connect(any(p)); }, 'AiProject "test/Hub/P"', ['the construct "test/Hub/P"']],
]);

describe('AiProject construction and methods', () => {
  test.each(projectCases)('%s', runTable<Build>((s, build) => build(s)));
});

// ---------------------------------------------------------------------------------------------
// Imported hubs: AiHub.fromHubId and AiHub.fromHubAttributes

const importedCases = table<Build>('AiHub.fromHubId / fromHubAttributes', [
  ['location with a typo', (s) => { AiHub.fromHubAttributes(s, 'Shared', any({ ...IMPORTED, location: 'westeuorpe' })); }, 'AiHub "test/Shared"', ['the string "westeuorpe"', 'did you mean "westeurope"']],
  ['location empty', (s) => { AiHub.fromHubAttributes(s, 'Shared', any({ ...IMPORTED, location: '' })); }, 'AiHub "test/Shared"', ['location is the string ""']],
  ['location as a number', (s) => { AiHub.fromHubAttributes(s, 'Shared', any({ ...IMPORTED, location: 1 })); }, 'AiHub "test/Shared"', ['the number 1']],
  ['resourceId missing', (s) => { AiHub.fromHubAttributes(s, 'Shared', any({ storageAccountId: STORAGE_ID, location: 'swedencentral' })); }, 'AiHub "test/Shared"', ['resourceId is missing']],
  ['attributes undefined', (s) => { AiHub.fromHubAttributes(s, 'Shared', any(undefined)); }, 'AiHub "test/Shared"', ['undefined']],
  ['attributes null', (s) => { AiHub.fromHubAttributes(s, 'Shared', any(null)); }, 'AiHub "test/Shared"', ['null']],
  ['preventDestroy as a string', (s) => { AiHub.fromHubAttributes(s, 'Shared', any({ ...IMPORTED, preventDestroy: 'false' })); }, 'AiHub "test/Shared"', ['the string "false"']],
  ['logAnalyticsWorkspaceId that is a name', (s) => { AiHub.fromHubAttributes(s, 'Shared', any({ ...IMPORTED, logAnalyticsWorkspaceId: 'log-shared' })); }, 'AiHub "test/Shared"', ['"log-shared"']],
  ['misspelt storageAccountId', (s) => { AiHub.fromHubAttributes(s, 'Shared', any({ resourceId: HUB_ID, location: 'swedencentral', storageAcountId: STORAGE_ID })); }, 'AiHub "test/Shared"', ['"storageAcountId"', 'did you mean "storageAccountId"']],
  ['fromHubId with an undefined id', (s) => { AiHub.fromHubId(s, 'Shared', any(undefined)); }, 'AiHub "test/Shared"', ['resourceId is missing']],
  ['fromHubId with a hub name', (s) => { AiHub.fromHubId(s, 'Shared', 'hub-shared'); }, 'AiHub "test/Shared"', ['"hub-shared"']],
  ['fromHubId with a number', (s) => { AiHub.fromHubId(s, 'Shared', any(5)); }, 'AiHub "test/Shared"', ['the number 5']],
  ['fromHubId with null options', (s) => { AiHub.fromHubId(s, 'Shared', HUB_ID, any(null)); }, 'AiHub "test/Shared"', ['options', 'null']],
  ['fromHubId with a misspelt option', (s) => { AiHub.fromHubId(s, 'Shared', HUB_ID, any({ projectBlobDataRoleID: 'x' })); }, 'AiHub "test/Shared"', ['"projectBlobDataRoleID"', 'did you mean "projectBlobDataRoleId"']],
  ['fromHubId with the same id twice', (s) => { AiHub.fromHubId(s, 'Shared', HUB_ID); AiHub.fromHubId(s, 'Shared', HUB_ID); }, 'AiHub "test/Shared"', ['"Shared"', 'already used']],
  ['fromHubId with an undefined scope', () => { AiHub.fromHubId(any(undefined), 'Shared', HUB_ID); }, 'AiHub "Shared"', ['the scope is undefined']],
  ['fromHubAttributes with a null scope', () => { AiHub.fromHubAttributes(any(null), 'Shared', IMPORTED); }, 'AiHub "Shared"', ['the scope is null']],
]);

describe('AiHub.fromHubId / fromHubAttributes', () => {
  test.each(importedCases)('%s', runTable<Build>((s, build) => build(s)));
});

// ---------------------------------------------------------------------------------------------
// AiServices: the account, its deployments and content filters

const servicesCases = table<Mutation>('AiServices props', [
  // Family 1
  ['location with a typo', { location: 'westeuorpe' }, 'AiServices "test/Models"', ['the string "westeuorpe"', 'did you mean "westeurope"']],
  ['location empty', { location: '' }, 'AiServices "test/Models"', ['location is the string ""']],
  ['location missing', { location: undefined }, 'AiServices "test/Models"', ['location is missing']],
  ['name missing', { name: undefined }, 'AiServices "test/Models"', ['name is missing']],
  ['name empty', { name: '' }, 'AiServices "test/Models"', ['name is the string ""']],
  ['resourceGroupName missing', { resourceGroupName: undefined }, 'AiServices "test/Models"', ['resourceGroupName is missing']],
  ['resourceGroupName empty', { resourceGroupName: '' }, 'AiServices "test/Models"', ['resourceGroupName is the string ""']],
  ['publicNetworkAccess "enabled" in lowercase', { publicNetworkAccess: 'enabled' }, 'AiServices "test/Models"', ['the string "enabled"', 'write "Enabled"']],
  ['publicNetworkAccess as a boolean', { publicNetworkAccess: false }, 'AiServices "test/Models"', ['the boolean false']],
  ['sku in lowercase', { sku: 's0' }, 'AiServices "test/Models"', ['the string "s0"']],
  ['lock level ReadOnly', { lock: { level: 'ReadOnly' } }, 'AiServices "test/Models"', ['the string "ReadOnly"']],
  ['lock level in lowercase', { lock: { level: 'cannotdelete' } }, 'AiServices "test/Models"', ['the string "cannotdelete"']],
  ['diagnostics enabled false with a workspace', { diagnostics: { enabled: false, logAnalyticsWorkspaceId: WORKSPACE } }, 'AiServices "test/Models"', ['enabled false', `"${WORKSPACE}"`]],
  ['deployment sku in lowercase', deployment({ sku: 'globalstandard' }), 'AiServices "test/Models"', ['the string "globalstandard"', 'write "GlobalStandard"']],
  ['deployment sku unknown', deployment({ sku: 'Provisioned' }), 'AiServices "test/Models"', ['the string "Provisioned"']],
  ['deployment versionUpgradeOption misspelt', deployment({ versionUpgradeOption: 'OnceNewDefaultVersionAvailible' }), 'AiServices "test/Models"', ['the string "OnceNewDefaultVersionAvailible"']],
  ['deployment versionUpgradeOption unknown', deployment({ versionUpgradeOption: 'Never' }), 'AiServices "test/Models"', ['the string "Never"']],
  ['deployment model name missing', deployment({ model: { version: '2024-11-20' } }), 'AiServices "test/Models"', ['model.name is missing']],
  ['deployment model name empty', deployment({ model: { name: '' } }), 'AiServices "test/Models"', ['model.name is the string ""']],
  ['deployment model name of spaces', deployment({ model: { name: '  ' } }), 'AiServices "test/Models"', ['the string "  "']],
  ['deployment capacity above its sku\'s steps', deployment({ sku: 'ProvisionedManaged', capacity: 30 }), 'AiServices "test/Models"', ['capacity 30']],
  ['content filter blocking as a string', filter({ prompt: { Hate: { blocking: 'false' } } }), 'AiServices "test/Models"', ['must be true or false', 'the string "false"']],
  ['content filter blocking as a number', filter({ completion: { Sexual: { blocking: 0 } } }), 'AiServices "test/Models"', ['the number 0']],
  ['content filter threshold in lowercase', filter({ completion: { Violence: { threshold: 'low' } } }), 'AiServices "test/Models"', ['the string "low"', 'write "Low"']],
  ['content filter threshold unknown', filter({ prompt: { Hate: { threshold: 'Highest' } } }), 'AiServices "test/Models"', ['the string "Highest"']],
  ['content filter category misspelt', filter({ prompt: { Selfharm: { threshold: 'Low' } } }), 'AiServices "test/Models"', ['"Selfharm"', 'did you mean "SelfHarm"']],
  ['content filter jailbreak as a string', filter({ jailbreak: 'off' }), 'AiServices "test/Models"', ['the string "off"']],
  ['blocklist appliesTo in lowercase', blocklist({ appliesTo: 'prompt' }), 'AiServices "test/Models"', ['the string "prompt"', 'write "Prompt"']],
  ['blocklist appliesTo unknown', blocklist({ appliesTo: 'Input' }), 'AiServices "test/Models"', ['the string "Input"']],
  ['misspelt publicNetworkAccess', { publicNetworkAcess: 'Enabled' }, 'AiServices "test/Models"', ['"publicNetworkAcess"', 'did you mean "publicNetworkAccess"']],
  ['misspelt deployments', { deploymnets: [CHAT] }, 'AiServices "test/Models"', ['"deploymnets"', 'did you mean "deployments"']],
  ['misspelt deployment capacity', { deployments: [{ name: 'chat', model: { name: 'gpt-4o' }, sku: 'GlobalStandard', capacity: 10, capacty: 20 }] }, 'AiServices "test/Models"', ['"capacty"', 'did you mean "capacity"']],
  ['misspelt localAuthenticationEnabled', { localAuthentication: true }, 'AiServices "test/Models"', ['"localAuthentication"', 'did you mean "localAuthenticationEnabled"']],
  // Family 2
  ['location as a number', { location: 1 }, 'AiServices "test/Models"', ['the number 1']],
  ['location null', { location: null }, 'AiServices "test/Models"', ['location is null']],
  ['name as a number', { name: 5 }, 'AiServices "test/Models"', ['the number 5', 'write "5" in quotes']],
  ['name null', { name: null }, 'AiServices "test/Models"', ['name is null']],
  ['resourceGroupName as a number', { resourceGroupName: 7 }, 'AiServices "test/Models"', ['the number 7']],
  ['deployments as an object', { deployments: {} }, 'AiServices "test/Models"', ['must be an array', 'an object {}']],
  ['deployments as a string', { deployments: 'chat' }, 'AiServices "test/Models"', ['the string "chat"']],
  ['deployments with a null entry', { deployments: [null] }, 'AiServices "test/Models"', ['deployments[0] is null']],
  ['deployment without model', { deployments: [{ name: 'chat', sku: 'GlobalStandard', capacity: 10 }] }, 'AiServices "test/Models"', ['deployments[0].model is missing']],
  ['deployment with a null model', deployment({ model: null }), 'AiServices "test/Models"', ['deployments[0].model is null']],
  ['deployment with the model as a string', deployment({ model: 'gpt-4o' }), 'AiServices "test/Models"', ['the string "gpt-4o"']],
  ['deployment name as a number', deployment({ name: 5 }), 'AiServices "test/Models"', ['the number 5']],
  ['deployment sku missing', deployment({ sku: undefined }), 'AiServices "test/Models"', ['deployments[0].sku is missing']],
  ['deployment capacity missing', deployment({ capacity: undefined }), 'AiServices "test/Models"', ['deployments[0].capacity is missing']],
  ['deployment capacity null', deployment({ capacity: null }), 'AiServices "test/Models"', ['deployments[0].capacity is null']],
  ['deployment contentFilter as a number', deployment({ contentFilter: 1 }), 'AiServices "test/Models"', ['the number 1']],
  ['contentFilters as an object', { contentFilters: { name: 'lenient' } }, 'AiServices "test/Models"', ['an object {"name":"lenient"}']],
  ['contentFilters with a null entry', { contentFilters: [null] }, 'AiServices "test/Models"', ['contentFilters[0] is null']],
  ['content filter prompt as a string', filter({ prompt: 'strict' }), 'AiServices "test/Models"', ['the string "strict"']],
  ['blocklists with a null entry', filter({ blocklists: [null] }), 'AiServices "test/Models"', ['blocklists[0] is null']],
  ['blocklist terms as a string', blocklist({ terms: 'secret' }), 'AiServices "test/Models"', ['the string "secret"', 'write ["secret"]']],
  ['privateEndpoint without subnet', { privateEndpoint: { dnsZones: dnsZonesManagedByPolicy() } }, 'AiServices "test/Models"', ['privateEndpoint.subnet is missing']],
  ['privateEndpoint with an undefined subnet', { privateEndpoint: { subnet: undefined, dnsZones: dnsZonesManagedByPolicy() } }, 'AiServices "test/Models"', ['privateEndpoint.subnet is missing']],
  ['privateEndpoint with a subnet id string', { privateEndpoint: { subnet: SUBNET_ID, dnsZones: dnsZonesManagedByPolicy() } }, 'AiServices "test/Models"', [`the string "${SUBNET_ID.slice(0, 40)}`]],
  ['tags as an array', { tags: ['team'] }, 'AiServices "test/Models"', ['an array ["team"]']],
  // Family 3
  ['deployment capacity as a string', deployment({ capacity: '50' }), 'AiServices "test/Models"', ['capacity must be a number, not the string "50"', 'write 50 without quotes']],
  ['deployment capacity as a non-numeric string', deployment({ capacity: 'fifty' }), 'AiServices "test/Models"', ['must be a number', 'the string "fifty"']],
  ['preventDestroy as a string', { preventDestroy: 'false' }, 'AiServices "test/Models"', ['must be true or false', 'the string "false"', 'write false without quotes']],
  ['localAuthenticationEnabled as a string', { localAuthenticationEnabled: 'true' }, 'AiServices "test/Models"', ['the string "true"']],
  ['diagnostics enabled as a string', { diagnostics: { enabled: 'false' } }, 'AiServices "test/Models"', ['the string "false"']],
  ['deployment name missing is reported as missing', deployment({ name: undefined }), 'AiServices "test/Models"', ['deployments[0].name is missing']],
  ['content filter name missing is reported as missing', { contentFilters: [{ prompt: {} }] }, 'AiServices "test/Models"', ['contentFilters[0].name is missing']],
  ['blocklist name missing is reported as missing', filter({ blocklists: [{ terms: ['secret'] }] }), 'AiServices "test/Models"', ['blocklists[0].name is missing']],
]);

describe('AiServices props', () => {
  test.each(servicesCases)('%s', runTable<Mutation>((s, m) => { new AiServices(s, 'Models', apply(SERVICES, m, s) as AiServicesProps); }));
});

const servicesConstructionCases = table<Build>('AiServices construction', [
  ['props undefined', (s) => { new AiServices(s, 'Models', any(undefined)); }, 'AiServices "test/Models"', ['undefined']],
  ['props null', (s) => { new AiServices(s, 'Models', any(null)); }, 'AiServices "test/Models"', ['null']],
  ['the same id twice', (s) => { modelsIn(s); modelsIn(s, { name: 'ais-other' }); }, 'AiServices "test/Models"', ['"Models"', 'already used']],
  ['scope undefined', () => { new AiServices(any(undefined), 'Models', SERVICES); }, 'AiServices "Models"', ['the scope is undefined']],
]);

describe('AiServices construction', () => {
  test.each(servicesConstructionCases)('%s', runTable<Build>((s, build) => build(s)));
});

// ---------------------------------------------------------------------------------------------
// AiSearch

const searchCases = table<Mutation>('AiSearch props', [
  // Family 1
  ['location with a typo', { location: 'westeuorpe' }, 'AiSearch "test/Search"', ['the string "westeuorpe"', 'did you mean "westeurope"']],
  ['location empty', { location: '' }, 'AiSearch "test/Search"', ['location is the string ""']],
  ['location missing', { location: undefined }, 'AiSearch "test/Search"', ['location is missing']],
  ['name missing', { name: undefined }, 'AiSearch "test/Search"', ['name is missing']],
  ['name empty', { name: '' }, 'AiSearch "test/Search"', ['name is the string ""']],
  ['resourceGroupName missing', { resourceGroupName: undefined }, 'AiSearch "test/Search"', ['resourceGroupName is missing']],
  ['sku capitalized', { sku: 'Standard' }, 'AiSearch "test/Search"', ['the string "Standard"', 'write "standard"']],
  ['sku unknown', { sku: 'premium' }, 'AiSearch "test/Search"', ['the string "premium"']],
  ['semanticSearch capitalized', { semanticSearch: 'Standard' }, 'AiSearch "test/Search"', ['the string "Standard"']],
  ['semanticSearch unknown', { semanticSearch: 'enabled' }, 'AiSearch "test/Search"', ['the string "enabled"']],
  ['publicNetworkAccess "enabled" in lowercase', { publicNetworkAccess: 'enabled' }, 'AiSearch "test/Search"', ['the string "enabled"', 'write "Enabled"']],
  ['lock level ReadOnly', { lock: { level: 'ReadOnly' } }, 'AiSearch "test/Search"', ['the string "ReadOnly"']],
  ['lock level in lowercase', { lock: { level: 'cannotdelete' } }, 'AiSearch "test/Search"', ['the string "cannotdelete"']],
  ['diagnostics enabled false with a workspace', { diagnostics: { enabled: false, logAnalyticsWorkspaceId: WORKSPACE } }, 'AiSearch "test/Search"', ['enabled false', `"${WORKSPACE}"`]],
  ['misspelt replicaCount', { replicaCont: 2 }, 'AiSearch "test/Search"', ['"replicaCont"', 'did you mean "replicaCount"']],
  ['misspelt semanticSearch', { semanticSerach: 'free' }, 'AiSearch "test/Search"', ['"semanticSerach"', 'did you mean "semanticSearch"']],
  // Family 2
  ['location as a number', { location: 1 }, 'AiSearch "test/Search"', ['the number 1']],
  ['name as a number', { name: 5 }, 'AiSearch "test/Search"', ['the number 5']],
  ['name null', { name: null }, 'AiSearch "test/Search"', ['name is null']],
  ['semanticSearch as a boolean', { semanticSearch: true }, 'AiSearch "test/Search"', ['the boolean true']],
  ['replicaCount null', { replicaCount: null }, 'AiSearch "test/Search"', ['replicaCount is null']],
  ['privateEndpoint without subnet', { privateEndpoint: { dnsZones: dnsZonesManagedByPolicy() } }, 'AiSearch "test/Search"', ['privateEndpoint.subnet is missing']],
  // Family 3
  ['replicaCount as a string', { replicaCount: '2' }, 'AiSearch "test/Search"', ['must be a number', 'the string "2"', 'write 2 without quotes']],
  ['partitionCount as a string', { partitionCount: '1' }, 'AiSearch "test/Search"', ['must be a number', 'the string "1"']],
  ['preventDestroy as a string', { preventDestroy: 'false' }, 'AiSearch "test/Search"', ['must be true or false', 'the string "false"']],
  ['localAuthenticationEnabled as a string', { localAuthenticationEnabled: 'false' }, 'AiSearch "test/Search"', ['the string "false"']],
]);

describe('AiSearch props', () => {
  test.each(searchCases)('%s', runTable<Mutation>((s, m) => { new AiSearch(s, 'Search', apply(SEARCH, m, s) as AiSearchProps); }));
});

const searchMethodCases = table<Build>('AiSearch construction and methods', [
  ['props undefined', (s) => { new AiSearch(s, 'Search', any(undefined)); }, 'AiSearch "test/Search"', ['undefined']],
  ['props null', (s) => { new AiSearch(s, 'Search', any(null)); }, 'AiSearch "test/Search"', ['null']],
  ['the same id twice', (s) => { searchIn(s); searchIn(s, { name: 'srch-other' }); }, 'AiSearch "test/Search"', ['"Search"', 'already used']],
  ['grantReadStorage with a key vault id', (s) => { searchIn(s).grantReadStorage(KEY_VAULT_ID, 'k'); }, 'AiSearch "test/Search"', [`"${KEY_VAULT_ID}"`, 'Microsoft.Storage/storageAccounts']],
  ['grantReadStorage with an account name', (s) => { searchIn(s).grantReadStorage('stshared', 'k'); }, 'AiSearch "test/Search"', ['"stshared"']],
  ['grantReadStorage with an undefined id', (s) => { searchIn(s).grantReadStorage(any(undefined), 'k'); }, 'AiSearch "test/Search"', ['storageAccountId is undefined']],
  ['grantReadStorage with an undefined key', (s) => { searchIn(s).grantReadStorage(STORAGE_ID, any(undefined)); }, 'AiSearch "test/Search"', ['key is undefined']],
  ['grantReadStorage with an empty key', (s) => { searchIn(s).grantReadStorage(STORAGE_ID, ''); }, 'AiSearch "test/Search"', ['key is the string ""']],
  ['grantReadStorage of one account under two keys', (s) => { const search = searchIn(s); search.grantReadStorage(STORAGE_ID, 'a'); search.grantReadStorage(STORAGE_ID, 'b'); }, 'AiSearch "test/Search"', ['already granted', `"${STORAGE_ID}"`]],
  ['grantReadProjectData with null', (s) => { searchIn(s).grantReadProjectData(any(null)); }, 'AiSearch "test/Search"', ['project is null']],
  ['grantReadProjectData with a hub', (s) => { searchIn(s).grantReadProjectData(any(hubIn(s))); }, 'AiSearch "test/Search"', ['the construct "test/Hub"']],
  ['grantReadProjectData with an empty key', (s) => { searchIn(s).grantReadProjectData(hubIn(s).addProject('P'), ''); }, 'AiSearch "test/Search"', ['the string ""']],
  ['grantVectorizer with undefined', (s) => { searchIn(s).grantVectorizer(any(undefined)); }, 'AiSearch "test/Search"', ['services is undefined']],
  ['grantVectorizer with an account name', (s) => { searchIn(s).grantVectorizer(any('ais-sales')); }, 'AiSearch "test/Search"', ['the string "ais-sales"']],
]);

describe('AiSearch construction and methods', () => {
  test.each(searchMethodCases)('%s', runTable<Build>((s, build) => build(s)));
});

// ---------------------------------------------------------------------------------------------
// AiNetwork

const networkCases = table<Mutation>('AiNetwork props', [
  // Family 1
  ['location with a typo', { location: 'westeuorpe' }, 'AiNetwork "test/Network"', ['the string "westeuorpe"', 'did you mean "westeurope"']],
  ['location empty', { location: '' }, 'AiNetwork "test/Network"', ['location is the string ""']],
  ['location missing', { location: undefined }, 'AiNetwork "test/Network"', ['location is missing']],
  ['baseName missing', { baseName: undefined }, 'AiNetwork "test/Network"', ['baseName is missing']],
  ['addressSpace missing', { addressSpace: undefined }, 'AiNetwork "test/Network"', ['addressSpace is missing']],
  ['privateEndpointSubnetPrefix missing', { privateEndpointSubnetPrefix: undefined }, 'AiNetwork "test/Network"', ['privateEndpointSubnetPrefix is missing']],
  ['privateEndpointSubnetPrefix empty', { privateEndpointSubnetPrefix: '' }, 'AiNetwork "test/Network"', ['privateEndpointSubnetPrefix is the string ""']],
  ['addressSpace entry that is not a range', { addressSpace: ['10.40.0.0/33'] }, 'AiNetwork "test/Network"', ['"10.40.0.0/33"']],
  ['subnet outside the address space', { additionalSubnets: [{ name: 'snet-apps', addressPrefix: '10.50.0.0/24' }] }, 'AiNetwork "test/Network"', ['"10.50.0.0/24"']],
  ['additional subnet named GatewaySubnet', { additionalSubnets: [{ name: 'GatewaySubnet', addressPrefix: '10.40.1.0/27' }] }, 'AiNetwork "test/Network"', ['"GatewaySubnet"', 'reserved']],
  ['additional subnet named AzureFirewallSubnet', { additionalSubnets: [{ name: 'AzureFirewallSubnet', addressPrefix: '10.40.1.0/26' }] }, 'AiNetwork "test/Network"', ['"AzureFirewallSubnet"', 'reserved']],
  ['additional subnet named AzureBastionSubnet', { additionalSubnets: [{ name: 'AzureBastionSubnet', addressPrefix: '10.40.1.0/26' }] }, 'AiNetwork "test/Network"', ['"AzureBastionSubnet"', 'reserved']],
  ['additional subnet named RouteServerSubnet', { additionalSubnets: [{ name: 'RouteServerSubnet', addressPrefix: '10.40.1.0/27' }] }, 'AiNetwork "test/Network"', ['"RouteServerSubnet"', 'reserved']],
  ['additional subnet named gatewaysubnet in lowercase', { additionalSubnets: [{ name: 'gatewaysubnet', addressPrefix: '10.40.1.0/27' }] }, 'AiNetwork "test/Network"', ['"gatewaysubnet"', 'reserved']],
  ['private endpoint subnet named AzureBastionSubnet', { privateEndpointSubnetName: 'AzureBastionSubnet' }, 'AiNetwork "test/Network"', ['"AzureBastionSubnet"', 'reserved']],
  ['privateEndpointPorts above 65535', { privateEndpointPorts: ['70000'] }, 'AiNetwork "test/Network"', ['"70000"', '65535']],
  ['privateEndpointPorts range above 65535', { privateEndpointPorts: ['443-70000'] }, 'AiNetwork "test/Network"', ['"443-70000"']],
  ['privateEndpointPorts port 0', { privateEndpointPorts: ['0'] }, 'AiNetwork "test/Network"', ['"0"']],
  ['privateEndpointPorts descending range', { privateEndpointPorts: ['8080-8000'] }, 'AiNetwork "test/Network"', ['"8080-8000"']],
  ['privateEndpointClientPrefixes any address', { privateEndpointClientPrefixes: ['*'] }, 'AiNetwork "test/Network"', ['"*"']],
  ['misspelt addressSpace', { adressSpace: ['10.40.0.0/22'] }, 'AiNetwork "test/Network"', ['"adressSpace"', 'did you mean "addressSpace"']],
  ['misspelt privateEndpointPorts', { privateEndpointPort: ['443'] }, 'AiNetwork "test/Network"', ['"privateEndpointPort"', 'did you mean "privateEndpointPorts"']],
  // Family 2
  ['location as a number', { location: 1 }, 'AiNetwork "test/Network"', ['the number 1']],
  ['location null', { location: null }, 'AiNetwork "test/Network"', ['location is null']],
  ['baseName as a number', { baseName: 5 }, 'AiNetwork "test/Network"', ['the number 5']],
  ['addressSpace as a string', { addressSpace: '10.0.0.0/16' }, 'AiNetwork "test/Network"', ['must be an array', 'the string "10.0.0.0/16"', 'write ["10.0.0.0/16"]']],
  ['addressSpace with a null entry', { addressSpace: [null] }, 'AiNetwork "test/Network"', ['addressSpace[0] is null']],
  ['addressSpace with a number entry', { addressSpace: [10] }, 'AiNetwork "test/Network"', ['the number 10']],
  ['privateEndpointSubnetPrefix as a number', { privateEndpointSubnetPrefix: 24 }, 'AiNetwork "test/Network"', ['the number 24']],
  ['privateEndpointSubnetPrefix as an array', { privateEndpointSubnetPrefix: ['10.40.0.0/26'] }, 'AiNetwork "test/Network"', ['an array ["10.40.0.0/26"]']],
  ['privateEndpointPorts as a string', { privateEndpointPorts: '443' }, 'AiNetwork "test/Network"', ['the string "443"']],
  ['privateEndpointPorts with a number entry', { privateEndpointPorts: [443] }, 'AiNetwork "test/Network"', ['the number 443', 'write "443" in quotes']],
  ['privateEndpointClientPrefixes as a string', { privateEndpointClientPrefixes: 'VirtualNetwork' }, 'AiNetwork "test/Network"', ['the string "VirtualNetwork"']],
  ['additionalSubnets with a null entry', { additionalSubnets: [null] }, 'AiNetwork "test/Network"', ['additionalSubnets[0] is null']],
  ['additionalSubnets as an object', { additionalSubnets: { name: 'snet-apps', addressPrefix: '10.40.1.0/24' } }, 'AiNetwork "test/Network"', ['must be an array', 'an object {"name":"snet-apps"']],
  ['additional subnet without addressPrefix', { additionalSubnets: [{ name: 'snet-apps' }] }, 'AiNetwork "test/Network"', ['additionalSubnets[0].addressPrefix is missing']],
  ['additional subnet name missing is reported as missing', { additionalSubnets: [{ addressPrefix: '10.40.1.0/24' }] }, 'AiNetwork "test/Network"', ['additionalSubnets[0].name is missing']],
  ['tags as a number', { tags: 5 }, 'AiNetwork "test/Network"', ['the number 5']],
]);

describe('AiNetwork props', () => {
  test.each(networkCases)('%s', runTable<Mutation>((s, m) => { new AiNetwork(s, 'Network', apply(NETWORK, m, s) as AiNetworkProps); }));
});

const networkConstructionCases = table<Build>('AiNetwork construction and AiNetwork.fromSubnetId', [
  ['props undefined', (s) => { new AiNetwork(s, 'Network', any(undefined)); }, 'AiNetwork "test/Network"', ['undefined']],
  ['props null', (s) => { new AiNetwork(s, 'Network', any(null)); }, 'AiNetwork "test/Network"', ['null']],
  ['the same id twice', (s) => { new AiNetwork(s, 'Network', NETWORK); new AiNetwork(s, 'Network', { ...NETWORK, baseName: 'other' }); }, 'AiNetwork "test/Network"', ['"Network"', 'already used']],
  ['fromSubnetId location with a typo', (s) => { AiNetwork.fromSubnetId(s, 'Subnet', SUBNET_ID, { location: 'westeuorpe' }); }, 'ExistingSubnet "test/Subnet"', ['the string "westeuorpe"', 'did you mean "westeurope"']],
  ['fromSubnetId location empty', (s) => { AiNetwork.fromSubnetId(s, 'Subnet', SUBNET_ID, { location: '' }); }, 'ExistingSubnet "test/Subnet"', ['location is the string ""']],
  ['fromSubnetId location as a number', (s) => { AiNetwork.fromSubnetId(s, 'Subnet', SUBNET_ID, any({ location: 1 })); }, 'ExistingSubnet "test/Subnet"', ['the number 1']],
  ['fromSubnetId with an undefined id', (s) => { AiNetwork.fromSubnetId(s, 'Subnet', any(undefined)); }, 'ExistingSubnet "test/Subnet"', ['subnetId is missing']],
  ['fromSubnetId with a subnet name', (s) => { AiNetwork.fromSubnetId(s, 'Subnet', 'snet-pe'); }, 'ExistingSubnet "test/Subnet"', ['"snet-pe"']],
  ['fromSubnetId with a number', (s) => { AiNetwork.fromSubnetId(s, 'Subnet', any(5)); }, 'ExistingSubnet "test/Subnet"', ['the number 5']],
  ['fromSubnetId with null options', (s) => { AiNetwork.fromSubnetId(s, 'Subnet', SUBNET_ID, any(null)); }, 'ExistingSubnet "test/Subnet"', ['options is null']],
  ['fromSubnetId with a bad addressPrefix', (s) => { AiNetwork.fromSubnetId(s, 'Subnet', SUBNET_ID, { addressPrefix: '10.1.2.0/33' }); }, 'ExistingSubnet "test/Subnet"', ['"10.1.2.0/33"']],
  ['fromSubnetId with a misspelt option', (s) => { AiNetwork.fromSubnetId(s, 'Subnet', SUBNET_ID, any({ adressPrefix: '10.1.2.0/26' })); }, 'ExistingSubnet "test/Subnet"', ['"adressPrefix"', 'did you mean "addressPrefix"']],
  ['fromSubnetId with an undefined scope', () => { AiNetwork.fromSubnetId(any(undefined), 'Subnet', SUBNET_ID); }, 'ExistingSubnet "Subnet"', ['the scope is undefined']],
]);

describe('AiNetwork construction and AiNetwork.fromSubnetId', () => {
  test.each(networkConstructionCases)('%s', runTable<Build>((s, build) => build(s)));
});

// ---------------------------------------------------------------------------------------------
// DNS zones and principals

const dnsCases = table<Build>('PrivateDnsZones / ExistingPrivateDnsZones', [
  ['PrivateDnsZones props undefined', (s) => { new PrivateDnsZones(s, 'Dns', any(undefined)); }, 'PrivateDnsZones "test/Dns"', ['undefined']],
  ['PrivateDnsZones props null', (s) => { new PrivateDnsZones(s, 'Dns', any(null)); }, 'PrivateDnsZones "test/Dns"', ['null']],
  ['PrivateDnsZones resourceGroupName missing', (s) => { new PrivateDnsZones(s, 'Dns', any({})); }, 'PrivateDnsZones "test/Dns"', ['resourceGroupName is missing']],
  ['PrivateDnsZones resourceGroupName empty', (s) => { new PrivateDnsZones(s, 'Dns', { resourceGroupName: '' }); }, 'PrivateDnsZones "test/Dns"', ['resourceGroupName is the string ""']],
  ['PrivateDnsZones resourceGroupName as a number', (s) => { new PrivateDnsZones(s, 'Dns', any({ resourceGroupName: 5 })); }, 'PrivateDnsZones "test/Dns"', ['the number 5']],
  ['PrivateDnsZones misspelt prop', (s) => { new PrivateDnsZones(s, 'Dns', any({ resourceGroupName: 'rg-dns', tag: {} })); }, 'PrivateDnsZones "test/Dns"', ['"tag"', 'did you mean "tags"']],
  ['fromZoneIds undefined', (s) => { ExistingPrivateDnsZones.fromZoneIds(s, 'Zones', any(undefined)); }, 'ExistingPrivateDnsZones "test/Zones"', ['zoneIds', 'undefined']],
  ['fromZoneIds with a number as id', (s) => { ExistingPrivateDnsZones.fromZoneIds(s, 'Zones', any({ [BLOB_ZONE]: 5 })); }, 'ExistingPrivateDnsZones "test/Zones"', ['the number 5']],
  ['fromZoneIds with an unknown zone name', (s) => { ExistingPrivateDnsZones.fromZoneIds(s, 'Zones', any({ 'privatelink.blob.core.windows.com': idOf('Microsoft.Network/privateDnsZones', 'privatelink.blob.core.windows.com') })); }, 'ExistingPrivateDnsZones "test/Zones"', ['"privatelink.blob.core.windows.com"']],
  ['fromZoneIds with a zone name as id', (s) => { ExistingPrivateDnsZones.fromZoneIds(s, 'Zones', { [BLOB_ZONE]: BLOB_ZONE }); }, 'ExistingPrivateDnsZones "test/Zones"', [`"${BLOB_ZONE}"`]],
  ['inResourceGroup with a group name', (s) => { ExistingPrivateDnsZones.inResourceGroup(s, 'Zones', 'rg-dns'); }, 'ExistingPrivateDnsZones "test/Zones"', ['"rg-dns"']],
  ['inResourceGroup undefined', (s) => { ExistingPrivateDnsZones.inResourceGroup(s, 'Zones', any(undefined)); }, 'ExistingPrivateDnsZones "test/Zones"', ['resourceGroupId', 'undefined']],
  ['inResourceGroup with a number', (s) => { ExistingPrivateDnsZones.inResourceGroup(s, 'Zones', any(5)); }, 'ExistingPrivateDnsZones "test/Zones"', ['the number 5']],
  ['the same id twice', (s) => { new PrivateDnsZones(s, 'Dns', { resourceGroupName: 'rg-dns' }); new PrivateDnsZones(s, 'Dns', { resourceGroupName: 'rg-dns' }); }, 'PrivateDnsZones "test/Dns"', ['"Dns"', 'already used']],
]);

describe('PrivateDnsZones / ExistingPrivateDnsZones', () => {
  test.each(dnsCases)('%s', runTable<Build>((s, build) => build(s)));
});

const principalCases = table<Build>('Principal', [
  ['group with an empty object id', () => { Principal.group(''); }, 'Principal "Principal.group"', ['the string ""']],
  ['group with an undefined object id', () => { Principal.group(any(undefined)); }, 'Principal "Principal.group"', ['objectId is missing']],
  ['group with a null object id', () => { Principal.group(any(null)); }, 'Principal "Principal.group"', ['objectId is null']],
  ['group with a display name', () => { Principal.group('Data Team'); }, 'Principal "Principal.group"', ['"Data Team"']],
  ['user with an email address', () => { Principal.user('alice@contoso.com'); }, 'Principal "Principal.user"', ['"alice@contoso.com"']],
  ['servicePrincipal with a number', () => { Principal.servicePrincipal(any(5)); }, 'Principal "Principal.servicePrincipal"', ['the number 5']],
  ['group with an empty key', () => { Principal.group(GROUP, ''); }, 'Principal "Principal.group"', ['key is the string ""']],
  ['group with an empty key', () => { Principal.group(GROUP, ''); }, 'Principal "Principal.group"', ['the string ""']],
  ['user with a number as key', () => { Principal.user(GROUP, any(5)); }, 'Principal "Principal.user"', ['the number 5']],
]);

describe('Principal', () => {
  test.each(principalCases)('%s', runTable<Build>((s, build) => build(s)));
});

// ---------------------------------------------------------------------------------------------
// Checks that run at synth (node validations), whose messages cdktf wraps

const privateHubIn = (s: TerraformStack, subnet: import('../../lib').ISubnet) => hubIn(s, { privateEndpoint: { subnet, dnsZones: dnsZonesManagedByPolicy() } });

const synthTimeCases = table<Build>('synth-time checks', [
  ['hub made public by an override', (s) => { hubIn(s).resource.addOverride('public_network_access', 'Enabled'); }, 'AiHub "test/Hub"', ['public_network_access = "Enabled"']],
  ['hub storage made public by an override', (s) => { hubIn(s).storageAccount!.addOverride('public_network_access_enabled', true); }, 'AiHub "test/Hub"', ['public_network_access_enabled = true']],
  ['hub key vault firewall opened by an override', (s) => { hubIn(s).keyVault!.addOverride('network_acls.default_action', 'Allow'); }, 'AiHub "test/Hub"', ['default_action = "Allow"']],
  ['existing subnet too small for the hub\'s endpoints', (s) => { privateHubIn(s, AiNetwork.fromSubnetId(s, 'Subnet', SUBNET_ID, { addressPrefix: '10.1.2.0/29' })); }, 'ExistingSubnet "test/Subnet"', ['"snet-pe"', '10.1.2.0/29']],
  ['network subnet too small for the hub\'s endpoints', (s) => { privateHubIn(s, new AiNetwork(s, 'Network', { ...NETWORK, privateEndpointSubnetPrefix: '10.40.0.0/29' }).privateEndpointSubnet); }, 'AiNetwork "test/Network"', ['"snet-private-endpoints"', '10.40.0.0/29']],
]);

describe('synth-time checks', () => {
  test.each(synthTimeCases)('%s', runTable<Build>((s, build) => build(s)));
});

// ---------------------------------------------------------------------------------------------
// Documented opt-outs: allowed, with a warning instead of an error

describe('documented opt-outs warn instead of failing', () => {
  test.each([
    ['AiHub publicNetworkAccess "Enabled"', (s: TerraformStack) => { hubIn(s, { publicNetworkAccess: 'Enabled' }); }, '[public-network-access] AiHub "test/Hub"'],
    ['AiServices publicNetworkAccess "Enabled"', (s: TerraformStack) => { modelsIn(s, { publicNetworkAccess: 'Enabled' }); }, '[public-network-access] AiServices "test/Models"'],
    ['AiSearch publicNetworkAccess "Enabled"', (s: TerraformStack) => { searchIn(s, { publicNetworkAccess: 'Enabled' }); }, '[public-network-access] AiSearch "test/Search"'],
    ['AiServices diagnostics { enabled: false }', (s: TerraformStack) => { modelsIn(s, { diagnostics: { enabled: false } }); }, '[no-diagnostics] AiServices "test/Models"'],
    ['AiHub preventDestroy false', (s: TerraformStack) => { hubIn(s, { preventDestroy: false }); }, '[no-destroy-protection] AiHub "test/Hub"'],
  ])('%s', (_, build, warning) => {
    const { stack } = synth(build);
    expect(warningsOf(stack)).toContainEqual(expect.stringContaining(warning));
  });
});

// ---------------------------------------------------------------------------------------------
// Controls (not counted): valid and token-valued props synthesize

describe('controls', () => {
  test('valid props of every construct synthesize', () => {
    expect(() => synth((s) => {
      const hub = hubIn(s);
      const project = hub.addProject('A', { dataContainers: ['docs'] });
      const models = modelsIn(s, { deployments: [CHAT] });
      const search = searchIn(s);
      new AiNetwork(s, 'Network', NETWORK);
      hub.connect(models);
      project.connect(search);
      project.grantDeveloper(group('devs'));
      search.grantReadProjectData(project);
      search.grantReadStorage(STORAGE_ID, 'shared');
      search.grantVectorizer(models);
      AiHub.fromHubId(s, 'Shared', HUB_ID).addProject('B');
    })).not.toThrow();
  });

  test('a token location synthesizes on the hub, the services and the network', () => {
    expect(() => synth((s) => {
      const region = new TerraformVariable(s, 'region', { type: 'string' }).stringValue;
      hubIn(s, { location: region });
      modelsIn(s, { location: region });
      searchIn(s, { location: region });
      new AiNetwork(s, 'Network', { ...NETWORK, location: region });
      AiNetwork.fromSubnetId(s, 'Subnet', SUBNET_ID, { location: region });
    })).not.toThrow();
  });

  test('a token name synthesizes where a name may be a token', () => {
    expect(() => synth((s) => {
      const name = (id: string) => new TerraformVariable(s, id, { type: 'string' }).stringValue;
      hubIn(s, { name: name('hubName') });
      modelsIn(s, { name: name('modelsName'), customSubdomainName: 'ais-sales-custom' });
      searchIn(s, { name: name('searchName') });
    })).not.toThrow();
  });
});
