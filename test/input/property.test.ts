/**
 * Property-based input test (fast-check): random JavaScript values go into the props of every
 * public constructor and into the arguments of the main methods, the way plain JavaScript or
 * YAML-fed callers pass them. Build and synth must either succeed, or fail with the library's own
 * validation error naming a construct path:
 *   - a `ValidationError` (lib/core/validation.ts) whose message starts with `<Kind> "<path>"`, the
 *     path being its `constructPath`, or
 *   - cdktf's "Validation failed" error, every entry of which is a library message `<Kind> "<path>": ...`
 *     (the node validations the library registers);
 * and that path must start with the stack's path (`test/`). Anything else (TypeError,
 * ReferenceError, RangeError, an Error of cdktf, constructs or the provider bindings, or a plain
 * Error of the library) fails the property, and fast-check prints the shrunk counterexample.
 *
 * Each property starts from valid input and applies one to three mutations: set a prop (or a
 * nested entry) to an arbitrary or a targeted value, delete it, re-case / wrap / unwrap /
 * stringify / tokenize it, add an unknown prop, duplicate a list entry, or replace the whole props.
 * The seed is fixed, so every run is the same. Runs per entry point: see BASE_RUNS (200-300 each,
 * 5,150 in all); `FUZZ_RUNS_SCALE` and `FUZZ_SEED` explore more.
 */
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { TerraformStack, TerraformVariable, Testing, Token } from 'cdktf';
import fc from 'fast-check';
import * as path from 'path';
import {
  acknowledge, AiHub, AiHubProps, AiNetwork, AiNetworkProps, AiProject, AiProjectProps, AiSearch, AiSearchProps, AiServices, AiServicesProps,
  AZURERM_PROVIDER_DEFAULTS, BuiltInRoles, ExistingPrivateDnsZones, IPrincipal, ImportedAiHubAttributes, PrivateDnsZones, PrivateDnsZonesProps, Principal,
} from '../../lib';
import { ValidationError } from '../../lib/core/validation';

// ---------------------------------------------------------------------------------------------
// Settings

/** One seed for every property: runs are deterministic. `FUZZ_SEED=<n>` explores another seed. */
const SEED = process.env.FUZZ_SEED === undefined ? 20_250_611 : Number(process.env.FUZZ_SEED);

/** Runs per entry point (the fast ones get more). */
const BASE_RUNS = {
  hub: 250,
  hubExisting: 200,
  fromHubId: 300,
  fromHubAttributes: 300,
  project: 300,
  addProject: 300,
  services: 300,
  search: 300,
  network: 300,
  fromSubnetId: 300,
  privateDnsZones: 300,
  fromZoneIds: 300,
  inResourceGroup: 300,
  principal: 300,
  hubGrants: 300,
  projectGrants: 250,
  searchGrants: 300,
  connect: 250,
  acknowledge: 300,
} as const;

/** `FUZZ_RUNS_SCALE=<factor>` runs more (or fewer) inputs per entry point than the suite's default. */
const SCALE = process.env.FUZZ_RUNS_SCALE === undefined ? 1 : Number(process.env.FUZZ_RUNS_SCALE);
const RUNS = Object.fromEntries(Object.entries(BASE_RUNS).map(([name, runs]) => [name, Math.max(1, Math.round(runs * SCALE))])) as Record<keyof typeof BASE_RUNS, number>;

// cdktf warns on stderr about odd strings the fuzzer makes (`${...}` in a literal); they are not failures.
beforeAll(() => { jest.spyOn(console, 'warn').mockImplementation(() => undefined); });
afterAll(() => { jest.restoreAllMocks(); });

/** Per test: the runs themselves take a few seconds; shrinking a failure takes longer. */
const TIMEOUT = 120_000;

// ---------------------------------------------------------------------------------------------
// Fixtures

const SUBSCRIPTION = '00000000-0000-0000-0000-000000000000';
const GROUP = '11111111-2222-3333-4444-555555555555';
const RG_ID = `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg-shared`;
const idOf = (type: string, name: string) => `${RG_ID}/providers/${type}/${name}`;
const WORKSPACE_ID = idOf('Microsoft.OperationalInsights/workspaces', 'log-shared');
const STORAGE_ID = idOf('Microsoft.Storage/storageAccounts', 'stshared');
const HUB_ID = idOf('Microsoft.MachineLearningServices/workspaces', 'hub-shared');
const SUBNET_ID = idOf('Microsoft.Network/virtualNetworks', 'vnet-spoke/subnets/snet-pe');
const ROLE_DEFINITION_ID = `/subscriptions/${SUBSCRIPTION}/providers/Microsoft.Authorization/roleDefinitions/${GROUP}`;
const zoneId = (zone: string) => idOf('Microsoft.Network/privateDnsZones', zone);

/** Builds a stack named "test" with the recommended azurerm provider, then synthesizes it with validations. */
function synthStack(build: (stack: TerraformStack) => void): string {
  const app = Testing.app();
  const stack = new TerraformStack(app, 'test');
  new AzurermProvider(stack, 'azurerm', { ...AZURERM_PROVIDER_DEFAULTS });
  build(stack);
  return Testing.synth(stack, true);
}

/** A network and created DNS zones, for private endpoints. */
function networkWithZones(stack: TerraformStack) {
  const network = new AiNetwork(stack, 'Network', { baseName: 'sales', location: 'swedencentral', addressSpace: ['10.40.0.0/22'], privateEndpointSubnetPrefix: '10.40.0.0/24' });
  const dnsZones = new PrivateDnsZones(stack, 'Dns', { resourceGroupName: 'rg-dns' });
  return { stack, network, dnsZones, privateEndpoint: { subnet: network.privateEndpointSubnet, dnsZones } };
}

/** The standard props of a connected service. */
const serviceBase = { location: 'swedencentral', resourceGroupName: 'rg-sales', diagnostics: { logAnalyticsWorkspaceId: WORKSPACE_ID } };

/** A valid group principal, as Principal.group returns it. */
const validPrincipal = () => ({ principalId: GROUP, principalType: 'Group', key: 'data-team' });

// ---------------------------------------------------------------------------------------------
// Classifying the outcome

/**
 * Where an error was thrown: the first frame in the library's own source (`lib/...`, with its
 * function) and, when that is not the throwing frame, the first frame overall. The test files are
 * transpiled without source maps, so frames carry file and function, not lines.
 */
function whereThrown(error: unknown): string {
  const stack = error instanceof Error && typeof error.stack === 'string' ? error.stack : '';
  const root = path.resolve(__dirname, '../..');
  const frames = [...stack.matchAll(/^\s*at (?:(.+?) \()?((?:\/|[A-Za-z]:\\)[^():\s]+\.[jt]s):\d+:\d+\)?$/gm)]
    .map((m) => `${path.relative(root, m[2])}${m[1] === undefined ? '' : ` (${m[1]})`}`);
  const own = frames.find((f) => f.startsWith('lib/'));
  if (own === undefined) return frames[0] === undefined ? 'no stack' : `at ${frames[0]}`;
  return own === frames[0] ? `at ${own}` : `at ${own}, thrown in ${frames[0]}`;
}

/** Class name and first message line of whatever was thrown. */
function describeThrown(error: unknown): string {
  if (!(error instanceof Error)) return `a thrown ${typeof error}: ${String(error)}`;
  return `${error.constructor?.name ?? error.name}: ${String(error.message).split('\n')[0]}`;
}

/**
 * Why `error` is not the library's own validation error for a construct under `prefix`, or
 * undefined when it is.
 */
function notOwnError(error: unknown, prefix: string): string | undefined {
  if (error instanceof ValidationError) {
    const kind = /^[A-Z][A-Za-z0-9.]* "/.exec(error.message);
    if (kind === null || !error.message.slice(kind[0].length).startsWith(`${error.constructPath}"`)) {
      return `a ValidationError whose message does not start with <Kind> "${error.constructPath}"`;
    }
    if (!error.constructPath.startsWith(prefix)) return `a ValidationError naming "${error.constructPath}", which is not a construct under "${prefix}"`;
    return undefined;
  }
  if (error instanceof Error && error.message.includes('Validation failed')) {
    // cdktf lists each node's validation messages as `  [<node path>] <message>`.
    const entries = [...error.message.matchAll(/^ {2}\[[^\]\n]*\] (.*)$/gm)].map((m) => m[1]);
    if (entries.length === 0) return 'a cdktf validation failure without entries';
    for (const entry of entries) {
      const own = /^[A-Z][A-Za-z0-9.]* "(.*?)": /.exec(entry);
      if (own === null) return `a cdktf validation failure whose entry is not a library message: ${entry}`;
      if (!own[1].startsWith(prefix)) return `a cdktf validation failure naming "${own[1]}", which is not a construct under "${prefix}"`;
    }
    return undefined;
  }
  return 'not the library\'s validation error';
}

/** What fails the property: the build threw something other than the library's own error. */
class NotOwnError extends Error {
  /** @param thrown what the build threw, kept for debugging */
  constructor(problem: string, public readonly thrown: unknown) {
    super(`${problem}: ${describeThrown(thrown)}\n    ${whereThrown(thrown)}`);
    this.name = 'NotOwnError';
  }
}

/**
 * Runs a build and synth: passes when it succeeds or fails with the library's own validation
 * error naming a construct whose path starts with `expectedPathPrefix`; otherwise throws, saying
 * what was thrown and where.
 */
function expectOwnErrorOrSuccess(run: () => void, expectedPathPrefix: string): void {
  try {
    run();
  } catch (error) {
    const problem = notOwnError(error, expectedPathPrefix);
    if (problem !== undefined) throw new NotOwnError(problem, error);
  }
}

/** Asserts a property with the fixed seed; fast-check shrinks and prints a counterexample when it fails. */
function assertProperty<T>(arbitrary: fc.Arbitrary<T>, predicate: (value: T) => void, numRuns: number): void {
  fc.assert(fc.property(arbitrary, predicate), { numRuns, seed: SEED });
}

// ---------------------------------------------------------------------------------------------
// Shared arbitraries

/** A Terraform token of a type, made in the stack when the mutation is applied. */
class TokenOf {
  constructor(readonly type: 'string' | 'number' | 'list' | 'boolean') {}
  [fc.toStringMethod](): string {
    return `<${this.type} token>`;
  }
}

/** Values that break input handling often: wrong types, near-miss strings, edge numbers. */
const targetedValue: fc.Arbitrary<unknown> = fc.constantFrom<unknown>(
  undefined, null, true, false, 0, -0, -1, 1, 1.5, 1e9, NaN, Infinity, -Infinity,
  '', ' ', '0', '1', '-1', '443', '1e9', 'NaN', 'true', 'false', 'null', 'undefined',
  'enabled', 'ENABLED', 'Enabled', 'disabled', 'Disabled', 'standard', 'Standard', 'basic', 'S0', 's0', 'GlobalStandard', 'globalstandard',
  'canNotDelete', 'CanNotDelete', 'ReadOnly', 'low', 'Low', 'high', 'tcp', 'TCP', 'fqdn', 'Fqdn', 'ServiceTag', 'PrivateEndpoint', 'blob',
  'group', 'Group', 'User', 'ServicePrincipal', 'public-network-access', 'strict',
  'swedencentral', 'Sweden Central', 'SwedenCentral', 'mars',
  '10.0.0.0/24', '10.40.0.0/26', '10.0.0.0/33', '300.1.1.1/24', '10.0.0.1', '*', '0.0.0.0/0', 'VirtualNetwork', 'Internet',
  SUBSCRIPTION, GROUP.toUpperCase(), 'not-a-guid', RG_ID, WORKSPACE_ID, STORAGE_ID, HUB_ID, SUBNET_ID, ROLE_DEFINITION_ID, '/subscriptions//resourceGroups/',
  'a/b', 'a b', 'Name_With_Caps', '-x-', 'x--y', '${var.x}', '${', 'x'.repeat(300), 'é', '🙂', '\n', '__proto__', 'constructor', 'toString',
  [], [''], ['x'], ['x', 'x'], ['10.40.0.0/24'], [null], [undefined], [1], [[]], [{}], [, 'x'], new Array(2),
  {}, { extra: 1 }, { name: 'x' }, { level: 'CanNotDelete' },
  { enabled: false }, { principalId: GROUP, principalType: 'Group' }, { name: 'Reader', guid: GROUP },
  Object.create(null), new Date(0), new Map([['a', 1]]), new Set(['a']), /x/, Symbol('s'), 10n, () => 'x', new String('s'), new Number(1),
);

/** Arbitrary JavaScript values, nested two levels deep, including the odd ones. */
const arbitraryValue = fc.anything({
  maxDepth: 2, maxKeys: 4, withBigInt: true, withBoxedValues: true, withDate: true, withMap: true, withSet: true,
  withNullPrototype: true, withObjectString: true, withSparseArray: true, withTypedArray: true,
});

const tokenValue = fc.constantFrom(new TokenOf('string'), new TokenOf('number'), new TokenOf('list'), new TokenOf('boolean'));

/** Any value a prop can be set to. */
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: targetedValue },
  { weight: 4, arbitrary: arbitraryValue },
  { weight: 2, arbitrary: tokenValue },
);

/** Names of unknown props: misspellings, prototype members, anything. */
const unknownKey = fc.oneof(
  fc.constantFrom('locaton', 'Location', 'tag', 'nmae', 'extra', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', ''),
  fc.string({ maxLength: 8 }),
);

/** How `morph` changes the value at a path, from the value there. */
const MORPHS = ['lower', 'upper', 'wrap', 'unwrap', 'stringify', 'token', 'tokenConcat', 'negate', 'fraction', 'pad'] as const;
type Morph = (typeof MORPHS)[number];

type Path = readonly (string | number)[];
type Mutation =
  | { readonly op: 'set'; readonly path: Path; readonly value: unknown }
  | { readonly op: 'delete'; readonly path: Path }
  | { readonly op: 'morph'; readonly path: Path; readonly how: Morph }
  | { readonly op: 'add'; readonly path: Path; readonly key: string; readonly value: unknown }
  | { readonly op: 'duplicate'; readonly path: Path }
  | { readonly op: 'replace'; readonly value: unknown };

/** The paths in valid input that mutations aim at. */
interface Paths {
  /** Every value (the root too). */
  readonly all: Path[];
  /** Plain objects, for unknown props. */
  readonly objects: Path[];
  /** Arrays, for duplicated entries. */
  readonly arrays: Path[];
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && [Object.prototype, null].includes(Object.getPrototypeOf(value));

/** Walks plain objects and arrays of valid input (not constructs) to list the paths to mutate. */
function pathsOf(value: unknown, extra: Path[] = []): Paths {
  const paths: Paths = { all: [], objects: [], arrays: [] };
  const walk = (node: unknown, at: Path, depth: number) => {
    paths.all.push(at);
    if (depth > 5) return;
    if (Array.isArray(node)) {
      paths.arrays.push(at);
      node.forEach((item, i) => walk(item, [...at, i], depth + 1));
    } else if (isPlainObject(node)) {
      paths.objects.push(at);
      for (const [key, item] of Object.entries(node)) walk(item, [...at, key], depth + 1);
    }
  };
  walk(value, [], 0);
  paths.all.push(...extra);
  return paths;
}

/** One to three mutations of input with these paths. */
function mutationsOf(paths: Paths): fc.Arbitrary<Mutation[]> {
  const at = fc.constantFrom(...paths.all);
  const choices: Array<fc.WeightedArbitrary<Mutation>> = [
    { weight: 8, arbitrary: fc.record({ op: fc.constant('set' as const), path: at, value: anyValue }) },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('delete' as const), path: at }) },
    { weight: 3, arbitrary: fc.record({ op: fc.constant('morph' as const), path: at, how: fc.constantFrom(...MORPHS) }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('replace' as const), value: anyValue }) },
  ];
  if (paths.objects.length > 0) {
    choices.push({ weight: 2, arbitrary: fc.record({ op: fc.constant('add' as const), path: fc.constantFrom(...paths.objects), key: unknownKey, value: anyValue }) });
  }
  if (paths.arrays.length > 0) {
    choices.push({ weight: 1, arbitrary: fc.record({ op: fc.constant('duplicate' as const), path: fc.constantFrom(...paths.arrays) }) });
  }
  return fc.array(fc.oneof(...choices), { minLength: 1, maxLength: 3 });
}

/** Makes the Terraform tokens mutations ask for, as variables of one stack. */
class Tokens {
  private count = 0;
  constructor(private readonly stack: TerraformStack) {}
  public of(type: TokenOf['type']): unknown {
    const variable = new TerraformVariable(this.stack, `fuzz_${this.count++}`, { type: type === 'list' ? 'list(string)' : type === 'boolean' ? 'bool' : type });
    switch (type) {
      case 'string': return variable.stringValue;
      case 'number': return variable.numberValue;
      case 'list': return variable.listValue;
      case 'boolean': return Token.asAny(variable.booleanValue);
    }
  }
  /** A marker becomes a token; every other value stays as it is. */
  public materialize(value: unknown): unknown {
    return value instanceof TokenOf ? this.of(value.type) : value;
  }
}

/** Sets an own property, even one named `__proto__`. */
function setOwn(target: Record<string | number, unknown>, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

const DELETE = Symbol('delete');

/** Copies the containers along `at` and replaces the value there by `change(value)`; leaves input without that path alone. */
function updateAt(node: unknown, at: Path, change: (current: unknown) => unknown): unknown {
  if (at.length === 0) return change(node);
  if (!Array.isArray(node) && !isPlainObject(node)) return node;
  const [head, ...rest] = at;
  const copy: Record<string | number, unknown> = Array.isArray(node) ? [...node] as unknown as Record<number, unknown> : { ...node };
  const next = updateAt(copy[head], rest, change);
  if (next !== DELETE) setOwn(copy, head, next);
  else if (Array.isArray(copy)) copy.splice(Number(head), 1);
  else delete copy[head];
  return copy;
}

/** The value at a path changed by `how`; values it does not apply to stay as they are. */
function morph(value: unknown, how: Morph, tokens: Tokens): unknown {
  switch (how) {
    case 'lower': return typeof value === 'string' ? value.toLowerCase() : value;
    case 'upper': return typeof value === 'string' ? value.toUpperCase() : value;
    case 'wrap': return [value];
    case 'unwrap': return Array.isArray(value) ? value[0] : value;
    case 'stringify': {
      try {
        return JSON.stringify(value) ?? String(value);
      } catch {
        return Object.prototype.toString.call(value);
      }
    }
    case 'token': {
      if (Array.isArray(value)) return tokens.of('list');
      if (typeof value === 'number') return tokens.of('number');
      if (typeof value === 'boolean') return tokens.of('boolean');
      return tokens.of('string');
    }
    case 'tokenConcat': return `${typeof value === 'string' ? value : 'x'}-${tokens.of('string') as string}`;
    case 'negate': return typeof value === 'number' ? -value : value;
    case 'fraction': return typeof value === 'number' ? value + 0.5 : value;
    case 'pad': return typeof value === 'string' ? ` ${value} ` : value;
  }
}

/** Applies mutations to valid input, making the tokens they ask for in `stack`. */
function mutate(stack: TerraformStack, valid: unknown, mutations: readonly Mutation[]): unknown {
  const tokens = new Tokens(stack);
  return mutations.reduce<unknown>((input, m) => {
    switch (m.op) {
      case 'set': return updateAt(input, m.path, () => tokens.materialize(m.value));
      case 'delete': return updateAt(input, m.path, () => DELETE);
      case 'morph': return updateAt(input, m.path, (current) => morph(current, m.how, tokens));
      case 'add': return updateAt(input, m.path, (current) => {
        if (!isPlainObject(current)) return current;
        const copy = { ...current };
        setOwn(copy, m.key, tokens.materialize(m.value));
        return copy;
      });
      case 'duplicate': return updateAt(input, m.path, (current) => (Array.isArray(current) && current.length > 0 ? [...current, current[0]] : current));
      case 'replace': return tokens.materialize(m.value);
    }
  }, valid);
}

/** Calls `fn` with the input as its arguments when it is an argument list, else as its one argument. */
function callWith<T>(fn: (...args: any[]) => T, args: unknown): T {
  return Array.isArray(args) ? fn(...args) : fn(args);
}

// ---------------------------------------------------------------------------------------------
// Entry points

/**
 * An entry point to fuzz: `setup` makes what the input refers to, `valid` the valid input (props,
 * or an argument list), `build` uses the input. With `variants`, each run also picks one of them.
 */
interface Entry<C, V extends string = string> {
  readonly setup: (stack: TerraformStack) => C;
  readonly valid: (context: C, variant: V) => unknown;
  readonly build: (context: C, input: any, variant: V) => void;
  readonly variants?: readonly V[];
  /** Paths absent from the valid input that mutations may set (optional props left out). */
  readonly extraPaths?: Path[];
}

/** Checks that the valid input synthesizes, for every variant. */
function expectValidSynthesizes<C, V extends string>(entry: Entry<C, V>): void {
  for (const variant of entry.variants ?? ['' as V]) {
    synthStack((s) => { const c = entry.setup(s); entry.build(c, entry.valid(c, variant), variant); });
  }
}

/** The property: any mutation of the valid input synthesizes or fails with the library's own error. */
function fuzz<C, V extends string>(entry: Entry<C, V>, numRuns: number): void {
  const variants = entry.variants ?? ['' as V];
  const sample = sampleInput(entry, variants[0]);
  const input = fc.tuple(fc.constantFrom(...variants), mutationsOf(pathsOf(sample, entry.extraPaths)));
  assertProperty(input, ([variant, mutations]) => {
    expectOwnErrorOrSuccess(() => synthStack((s) => {
      const c = entry.setup(s);
      entry.build(c, mutate(s, entry.valid(c, variant), mutations), variant);
    }), 'test/');
  }, numRuns);
}

/** Valid input made in a scratch stack, to list its paths. */
function sampleInput<C, V extends string>(entry: Entry<C, V>, variant: V): unknown {
  const stack = new TerraformStack(Testing.app(), 'sample');
  return entry.valid(entry.setup(stack), variant);
}

/** The three tests of an entry point: valid input, token-valued input, and the property. */
function describeEntry<C, V extends string>(name: string, entry: Entry<C, V>, runs: number, tokenControl: (stack: TerraformStack) => void): void {
  describe(name, () => {
    test('valid input synthesizes', () => {
      expectValidSynthesizes(entry);
    });
    test('token-valued input synthesizes', () => {
      synthStack(tokenControl);
    });
    test(`random input synthesizes or fails with the library's own error (${runs} runs)`, () => {
      fuzz(entry, runs);
    }, TIMEOUT);
  });
}

/** A string variable's token. */
const stringToken = (s: TerraformStack, id: string) => new TerraformVariable(s, id, { type: 'string' }).stringValue;
const numberToken = (s: TerraformStack, id: string) => new TerraformVariable(s, id, { type: 'number' }).numberValue;

// --- AiHub ------------------------------------------------------------------------------------

const hubPrivate: Entry<ReturnType<typeof networkWithZones>> = {
  setup: networkWithZones,
  valid: (c) => ({
    baseName: 'sales-dev',
    location: 'swedencentral',
    friendlyName: 'Sales (dev)',
    description: 'Sales team hub',
    tags: { team: 'sales', stage: 'dev' },
    privateEndpoint: c.privateEndpoint,
    outboundRules: [
      { kind: 'Fqdn', name: 'allow-pypi', destination: 'pypi.org' },
      { kind: 'ServiceTag', name: 'allow-datasets', serviceTag: 'AzureOpenDatasets', protocol: 'TCP', portRanges: '443' },
      { kind: 'PrivateEndpoint', name: 'to-data', serviceResourceId: STORAGE_ID, subresource: 'blob', sparkEnabled: false },
    ],
    managedNetworkIsolationMode: 'AllowOnlyApprovedOutbound',
    publicNetworkAccess: 'Disabled',
    lock: { level: 'CanNotDelete', notes: 'Protected by the platform team' },
    diagnostics: { logAnalyticsWorkspaceId: WORKSPACE_ID },
    monitorPrivateLinkScope: { ingestionAccessMode: 'Open', queryAccessMode: 'Open' },
    storageReplication: 'ZRS',
    blobSoftDeleteRetentionDays: 14,
    keyVaultSku: 'standard',
    containerRegistrySku: 'Premium',
    logRetentionInDays: 90,
    highBusinessImpact: true,
    preventDestroy: true,
    projectPrincipalsManageContainers: false,
  }),
  build: (c, props) => { new AiHub(c.stack, 'Hub', props); },
  extraPaths: [
    ['name'], ['resourceGroupName'], ['resourceGroup'], ['identityName'], ['existingIdentity'], ['dependenciesWithPublicAccess'],
    ['storageAccountName'], ['keyVaultName'], ['containerRegistryName'], ['logAnalyticsWorkspaceName'], ['applicationInsightsName'], ['tenantId'],
    ['existingStorageAccountId'], ['existingKeyVaultId'], ['existingContainerRegistryId'], ['existingApplicationInsightsId'], ['existingLogAnalyticsWorkspaceId'],
    ['monitoringLocalAuthentication'], ['monitorPrivateLinkScope', 'existingScopeId'], ['monitorPrivateLinkScope', 'name'], ['diagnostics', 'enabled'],
  ],
};

const hubExisting: Entry<TerraformStack> = {
  setup: (s) => s,
  valid: () => ({
    baseName: 'finance',
    location: 'westeurope',
    resourceGroup: { name: 'rg-shared', id: RG_ID },
    publicNetworkAccess: 'Enabled',
    managedNetworkIsolationMode: 'AllowInternetOutbound',
    outboundRules: [{ kind: 'PrivateEndpoint', name: 'to-vault', serviceResourceId: idOf('Microsoft.KeyVault/vaults', 'kv-shared'), subresource: 'vault' }],
    existingStorageAccountId: STORAGE_ID,
    existingKeyVaultId: idOf('Microsoft.KeyVault/vaults', 'kv-shared'),
    existingContainerRegistryId: idOf('Microsoft.ContainerRegistry/registries', 'crshared'),
    existingApplicationInsightsId: idOf('Microsoft.Insights/components', 'appi-shared'),
    existingLogAnalyticsWorkspaceId: WORKSPACE_ID,
    existingIdentity: { resourceId: idOf('Microsoft.ManagedIdentity/userAssignedIdentities', 'id-shared'), principalId: GROUP },
    diagnostics: { enabled: false },
    highBusinessImpact: false,
    preventDestroy: false,
    projectPrincipalsManageContainers: true,
  }),
  build: (s, props) => { new AiHub(s, 'Hub', props); },
  extraPaths: [['dependenciesWithPublicAccess'], ['monitoringLocalAuthentication'], ['tenantId'], ['privateEndpoint'], ['monitorPrivateLinkScope']],
};

describeEntry('AiHub (private, every dependency created)', hubPrivate, RUNS.hub, (s) => {
  const { privateEndpoint } = networkWithZones(s);
  new AiHub(s, 'Hub', {
    baseName: 'sales-dev', location: stringToken(s, 'location'), privateEndpoint, description: stringToken(s, 'description'),
    tags: { owner: stringToken(s, 'owner') }, blobSoftDeleteRetentionDays: numberToken(s, 'days'), logRetentionInDays: numberToken(s, 'retention'),
    storageAccountName: stringToken(s, 'storage'), keyVaultName: Token.asString(stringToken(s, 'vault')),
  });
});

describeEntry('AiHub (public, existing dependencies)', hubExisting, RUNS.hubExisting, (s) => {
  new AiHub(s, 'Hub', {
    ...(hubExisting.valid(s, '') as AiHubProps),
    location: stringToken(s, 'location'),
    existingStorageAccountId: stringToken(s, 'storage'),
    existingIdentity: { resourceId: stringToken(s, 'identity'), principalId: stringToken(s, 'principal') },
  });
});

// --- Imported hubs ---------------------------------------------------------------------------

describeEntry('AiHub.fromHubId', {
  setup: (s) => s,
  valid: () => ['Shared', HUB_ID, { projectBlobDataRoleId: ROLE_DEFINITION_ID }],
  build: (s, args) => {
    const hub = callWith((...a: any[]) => (AiHub as any).fromHubId(s, ...a), args);
    hub.addProject('Research', {}).grantDeveloper(Principal.group(GROUP, 'team'));
    hub.grantReader(Principal.group(GROUP, 'team'));
  },
} satisfies Entry<TerraformStack>, RUNS.fromHubId, (s) => {
  AiHub.fromHubId(s, 'Shared', stringToken(s, 'hub'), { projectBlobDataRoleId: stringToken(s, 'role') }).addProject('Research', {});
});

describeEntry('AiHub.fromHubAttributes', {
  setup: (s) => s,
  valid: () => ({ resourceId: HUB_ID, storageAccountId: STORAGE_ID, location: 'swedencentral', logAnalyticsWorkspaceId: WORKSPACE_ID, preventDestroy: true, projectBlobDataRoleId: ROLE_DEFINITION_ID }),
  build: (s, attributes) => {
    const hub = AiHub.fromHubAttributes(s, 'Shared', attributes);
    hub.addProject('Research', {}).grantDeveloper(Principal.group(GROUP, 'team'));
    hub.grantInferenceDeploymentOperator(Principal.group(GROUP, 'team'));
  },
} satisfies Entry<TerraformStack>, RUNS.fromHubAttributes, (s) => {
  const attributes: ImportedAiHubAttributes = { resourceId: stringToken(s, 'hub'), storageAccountId: stringToken(s, 'storage'), location: stringToken(s, 'location'), logAnalyticsWorkspaceId: stringToken(s, 'log') };
  AiHub.fromHubAttributes(s, 'Shared', attributes).addProject('Research', {});
});

// --- Projects --------------------------------------------------------------------------------

/** A hub this stack creates (default settings). */
const minimalHub = (s: TerraformStack) => new AiHub(s, 'Hub', { baseName: 'sales', location: 'swedencentral' });

const projectOptions = () => ({
  name: 'proj-research',
  friendlyName: 'Research',
  description: 'Research projects',
  highBusinessImpact: true,
  dataContainers: ['samples', 'models'],
  preventDestroy: true,
  lock: { level: 'CanNotDelete', notes: 'Keep' },
  tags: { team: 'research' },
  diagnostics: { logAnalyticsWorkspaceId: WORKSPACE_ID },
});

describeEntry('AiProject', {
  setup: (s) => ({ stack: s, hub: minimalHub(s) }),
  valid: (c) => ({ hub: c.hub, ...projectOptions() }),
  build: (c, props) => { new AiProject(c.stack, 'Research', props); },
} satisfies Entry<{ stack: TerraformStack; hub: AiHub }>, RUNS.project, (s) => {
  const props: AiProjectProps = { hub: minimalHub(s), name: stringToken(s, 'name'), description: stringToken(s, 'description'), tags: { owner: stringToken(s, 'owner') }, diagnostics: { logAnalyticsWorkspaceId: stringToken(s, 'log') } };
  new AiProject(s, 'Research', props);
});

describeEntry('hub.addProject', {
  setup: minimalHub,
  valid: () => ['Research', projectOptions()],
  build: (hub, args) => { callWith((...a: any[]) => (hub as any).addProject(...a), args); },
} satisfies Entry<AiHub>, RUNS.addProject, (s) => {
  minimalHub(s).addProject('Research', { name: stringToken(s, 'name'), friendlyName: stringToken(s, 'friendly'), highBusinessImpact: Token.asAny(new TerraformVariable(s, 'hbi', { type: 'bool' }).booleanValue) as unknown as boolean });
});

// --- Services --------------------------------------------------------------------------------

describeEntry('AiServices', {
  setup: networkWithZones,
  valid: (c) => ({
    ...serviceBase,
    name: 'ais-sales',
    customSubdomainName: 'ais-sales-1234',
    sku: 'S0',
    publicNetworkAccess: 'Disabled',
    privateEndpoint: c.privateEndpoint,
    localAuthenticationEnabled: false,
    preventDestroy: true,
    lock: { level: 'CanNotDelete' },
    tags: { team: 'sales' },
    deployments: [
      { name: 'chat', model: { name: 'gpt-4o', version: '2024-11-20', format: 'OpenAI' }, sku: 'GlobalStandard', capacity: 50, versionUpgradeOption: 'NoAutoUpgrade', contentFilter: 'support' },
      { name: 'embeddings', model: { name: 'text-embedding-3-large', version: '1' }, sku: 'ProvisionedManaged', capacity: 50 },
    ],
    contentFilters: [{
      name: 'support',
      prompt: { Hate: { threshold: 'Medium', blocking: true }, Violence: { threshold: 'Low' } },
      completion: { SelfHarm: { threshold: 'High', blocking: true } },
      jailbreak: true,
      indirectAttack: true,
      protectedMaterial: true,
      blocklists: [{ name: 'competitors', terms: ['acme'], patterns: ['acme\\s+corp'], appliesTo: 'Both' }],
    }],
  }),
  build: (c, props) => { new AiServices(c.stack, 'Models', props); },
  extraPaths: [['diagnostics', 'enabled'], ['contentFilters', 0, 'prompt', 'Sexual'], ['contentFilters', 0, 'completion', 'Hate', 'blocking']],
} satisfies Entry<ReturnType<typeof networkWithZones>>, RUNS.services, (s) => {
  const props: AiServicesProps = {
    ...serviceBase, location: stringToken(s, 'location'), resourceGroupName: stringToken(s, 'rg'), name: 'ais-sales', customSubdomainName: stringToken(s, 'subdomain'),
    diagnostics: { logAnalyticsWorkspaceId: stringToken(s, 'log') },
    deployments: [{ name: 'chat', model: { name: stringToken(s, 'model'), version: stringToken(s, 'version') }, sku: 'GlobalStandard', capacity: numberToken(s, 'capacity') }],
  };
  new AiServices(s, 'Models', props);
});

describeEntry('AiSearch', {
  setup: networkWithZones,
  valid: (c) => ({
    ...serviceBase,
    name: 'srch-sales',
    sku: 'standard',
    replicaCount: 2,
    partitionCount: 1,
    semanticSearch: 'standard',
    publicNetworkAccess: 'Disabled',
    privateEndpoint: c.privateEndpoint,
    localAuthenticationEnabled: false,
    preventDestroy: true,
    lock: { level: 'CanNotDelete' },
    tags: { team: 'sales' },
  }),
  build: (c, props) => { new AiSearch(c.stack, 'Search', props); },
  extraPaths: [['diagnostics', 'enabled']],
} satisfies Entry<ReturnType<typeof networkWithZones>>, RUNS.search, (s) => {
  const props: AiSearchProps = { ...serviceBase, location: stringToken(s, 'location'), name: 'srch-sales', replicaCount: numberToken(s, 'replicas'), partitionCount: numberToken(s, 'partitions') };
  new AiSearch(s, 'Search', props);
});

// --- Networks and DNS ------------------------------------------------------------------------

describeEntry('AiNetwork', {
  setup: (s) => ({ stack: s, dnsZones: new PrivateDnsZones(s, 'Dns', { resourceGroupName: 'rg-dns' }) }),
  valid: () => ({
    baseName: 'sales',
    location: 'swedencentral',
    addressSpace: ['10.40.0.0/16'],
    privateEndpointSubnetPrefix: '10.40.0.0/24',
    privateEndpointSubnetName: 'snet-pe',
    privateEndpointClientPrefixes: ['VirtualNetwork', '10.0.0.0/8'],
    privateEndpointPorts: ['443', '8000-8080'],
    additionalSubnets: [{ name: 'snet-apps', addressPrefix: '10.40.1.0/24' }],
    name: 'vnet-sales',
    resourceGroupName: 'rg-sales-network',
    tags: { team: 'sales' },
  }),
  build: (c, props) => {
    const network = new AiNetwork(c.stack, 'Network', props);
    new AiSearch(c.stack, 'Search', { ...serviceBase, name: 'srch-sales', privateEndpoint: { subnet: network.privateEndpointSubnet, dnsZones: c.dnsZones } });
  },
  extraPaths: [['resourceGroup']],
} satisfies Entry<{ stack: TerraformStack; dnsZones: PrivateDnsZones }>, RUNS.network, (s) => {
  const props: AiNetworkProps = {
    baseName: 'sales', location: stringToken(s, 'location'), addressSpace: [stringToken(s, 'space')], privateEndpointSubnetPrefix: stringToken(s, 'prefix'),
    additionalSubnets: [{ name: 'snet-apps', addressPrefix: stringToken(s, 'apps') }], privateEndpointPorts: [stringToken(s, 'port')],
  };
  new AiNetwork(s, 'Network', props);
});

describeEntry('AiNetwork.fromSubnetId', {
  setup: (s) => ({ stack: s, dnsZones: new PrivateDnsZones(s, 'Dns', { resourceGroupName: 'rg-dns' }) }),
  valid: () => ['Spoke', SUBNET_ID, { location: 'swedencentral', addressPrefix: '10.1.2.0/26' }],
  build: (c, args) => {
    const subnet = callWith((...a: any[]) => (AiNetwork as any).fromSubnetId(c.stack, ...a), args);
    new AiSearch(c.stack, 'Search', { ...serviceBase, name: 'srch-sales', privateEndpoint: { subnet, dnsZones: c.dnsZones } });
  },
} satisfies Entry<{ stack: TerraformStack; dnsZones: PrivateDnsZones }>, RUNS.fromSubnetId, (s) => {
  const subnet = AiNetwork.fromSubnetId(s, 'Spoke', stringToken(s, 'subnet'), { location: stringToken(s, 'location'), addressPrefix: stringToken(s, 'prefix') });
  new AiSearch(s, 'Search', { ...serviceBase, name: 'srch-sales', privateEndpoint: { subnet, dnsZones: new PrivateDnsZones(s, 'Dns', { resourceGroupName: 'rg-dns' }) } });
});

describeEntry('PrivateDnsZones', {
  setup: networkWithZones,
  valid: () => ({ resourceGroupName: 'rg-dns-team', tags: { owner: 'platform' } }),
  build: (c, props) => {
    const dnsZones = new PrivateDnsZones(c.stack, 'TeamDns', props);
    new AiSearch(c.stack, 'Search', { ...serviceBase, name: 'srch-sales', privateEndpoint: { subnet: c.network.privateEndpointSubnet, dnsZones } });
  },
} satisfies Entry<ReturnType<typeof networkWithZones>>, RUNS.privateDnsZones, (s) => {
  const props: PrivateDnsZonesProps = { resourceGroupName: stringToken(s, 'rg'), tags: { owner: stringToken(s, 'owner') } };
  const { network } = networkWithZones(s);
  new AiSearch(s, 'Search', { ...serviceBase, name: 'srch-sales', privateEndpoint: { subnet: network.privateEndpointSubnet, dnsZones: new PrivateDnsZones(s, 'TeamDns', props) } });
});

const SEARCH_ZONE = 'privatelink.search.windows.net';
const ACCOUNT_ZONES = ['privatelink.cognitiveservices.azure.com', 'privatelink.openai.azure.com', 'privatelink.services.ai.azure.com'];

describeEntry('ExistingPrivateDnsZones.fromZoneIds', {
  setup: (s) => ({ stack: s, network: new AiNetwork(s, 'Network', { baseName: 'sales', location: 'swedencentral', addressSpace: ['10.40.0.0/22'], privateEndpointSubnetPrefix: '10.40.0.0/24' }) }),
  valid: () => Object.fromEntries([SEARCH_ZONE, ...ACCOUNT_ZONES].map((zone) => [zone, zoneId(zone)])),
  build: (c, zoneIds) => {
    const dnsZones = ExistingPrivateDnsZones.fromZoneIds(c.stack, 'Zones', zoneIds);
    const privateEndpoint = { subnet: c.network.privateEndpointSubnet, dnsZones };
    new AiSearch(c.stack, 'Search', { ...serviceBase, name: 'srch-sales', privateEndpoint });
    new AiServices(c.stack, 'Models', { ...serviceBase, name: 'ais-sales', privateEndpoint });
  },
} satisfies Entry<{ stack: TerraformStack; network: AiNetwork }>, RUNS.fromZoneIds, (s) => {
  const dnsZones = ExistingPrivateDnsZones.fromZoneIds(s, 'Zones', { [SEARCH_ZONE]: stringToken(s, 'zone') });
  const network = new AiNetwork(s, 'Network', { baseName: 'sales', location: 'swedencentral', addressSpace: ['10.40.0.0/22'], privateEndpointSubnetPrefix: '10.40.0.0/24' });
  new AiSearch(s, 'Search', { ...serviceBase, name: 'srch-sales', privateEndpoint: { subnet: network.privateEndpointSubnet, dnsZones } });
});

describeEntry('ExistingPrivateDnsZones.inResourceGroup', {
  setup: (s) => ({ stack: s, network: new AiNetwork(s, 'Network', { baseName: 'sales', location: 'swedencentral', addressSpace: ['10.40.0.0/22'], privateEndpointSubnetPrefix: '10.40.0.0/24' }) }),
  valid: () => ['Zones', RG_ID],
  build: (c, args) => {
    const dnsZones = callWith((...a: any[]) => (ExistingPrivateDnsZones as any).inResourceGroup(c.stack, ...a), args);
    new AiSearch(c.stack, 'Search', { ...serviceBase, name: 'srch-sales', privateEndpoint: { subnet: c.network.privateEndpointSubnet, dnsZones } });
  },
} satisfies Entry<{ stack: TerraformStack; network: AiNetwork }>, RUNS.inResourceGroup, (s) => {
  const dnsZones = ExistingPrivateDnsZones.inResourceGroup(s, 'Zones', stringToken(s, 'rg'));
  const network = new AiNetwork(s, 'Network', { baseName: 'sales', location: 'swedencentral', addressSpace: ['10.40.0.0/22'], privateEndpointSubnetPrefix: '10.40.0.0/24' });
  new AiSearch(s, 'Search', { ...serviceBase, name: 'srch-sales', privateEndpoint: { subnet: network.privateEndpointSubnet, dnsZones } });
});

// --- Principals and grants -------------------------------------------------------------------

describe('Principal.group / user / servicePrincipal', () => {
  const FACTORIES = ['group', 'user', 'servicePrincipal'] as const;
  const valid = [GROUP, 'data-team'];

  test('valid input makes a principal that can be granted', () => {
    synthStack((s) => {
      const hub = minimalHub(s);
      FACTORIES.forEach((f, i) => hub.grantReader(Principal[f](`${i}${GROUP.slice(1)}`, `key-${f}`)));
    });
  });

  test('token-valued input synthesizes', () => {
    synthStack((s) => { minimalHub(s).grantReader(Principal.group(stringToken(s, 'group'), 'data-team')); });
  });

  test(`random input: the factory refuses it with the library's error, or the principal synthesizes in a grant (${RUNS.principal} runs)`, () => {
    const input = fc.tuple(fc.constantFrom(...FACTORIES), mutationsOf(pathsOf(valid)));
    assertProperty(input, ([factory, mutations]) => {
      const app = Testing.app();
      const scratch = new TerraformStack(app, 'scratch');
      const args = mutate(scratch, valid, mutations);
      // The factory has no construct: its errors name `Principal.<factory>`.
      let principal: IPrincipal | undefined;
      expectOwnErrorOrSuccess(() => { principal = callWith((...a: any[]) => (Principal as any)[factory](...a), args); }, `Principal.${factory}`);
      if (principal === undefined) return;
      const made = principal;
      expectOwnErrorOrSuccess(() => synthStack((s) => { minimalHub(s).grantReader(made); }), 'test/');
    }, RUNS.principal);
  }, TIMEOUT);
});

const HUB_GRANTS = ['grant', 'grantOwner', 'grantContributor', 'grantDeveloper', 'grantReader', 'grantInferenceDeploymentOperator'] as const;

describeEntry('hub.grant*', {
  setup: minimalHub,
  variants: HUB_GRANTS,
  valid: (_, method) => (method === 'grant' ? [validPrincipal(), { ...BuiltInRoles.AZURE_AI_ADMINISTRATOR }] : [validPrincipal()]),
  build: (hub, args, method) => { callWith((...a: any[]) => (hub as any)[method](...a), args); },
} satisfies Entry<AiHub, (typeof HUB_GRANTS)[number]>, RUNS.hubGrants, (s) => {
  const hub = minimalHub(s);
  for (const method of HUB_GRANTS) {
    const principal = Principal.group(stringToken(s, `group_${method}`), `team-${method}`);
    if (method === 'grant') hub.grant(principal, BuiltInRoles.AZURE_AI_ADMINISTRATOR); else hub[method](principal);
  }
});

const PROJECT_GRANTS = ['grant', 'grantDeveloper', 'grantReader'] as const;

/** A hub with a project and a connected account, so that developer grants reach a service too. */
function projectWithService(s: TerraformStack) {
  const hub = minimalHub(s);
  const project = hub.addProject('Research', {});
  hub.connect(new AiServices(s, 'Models', { ...serviceBase, name: 'ais-sales' }));
  return project;
}

describeEntry('project.grant / grantDeveloper / grantReader', {
  setup: projectWithService,
  variants: PROJECT_GRANTS,
  valid: (_, method) => (method === 'grant' ? [validPrincipal(), { ...BuiltInRoles.READER }] : [validPrincipal()]),
  build: (project, args, method) => { callWith((...a: any[]) => (project as any)[method](...a), args); },
} satisfies Entry<AiProject, (typeof PROJECT_GRANTS)[number]>, RUNS.projectGrants, (s) => {
  const project = projectWithService(s);
  project.grantDeveloper(Principal.user(stringToken(s, 'user'), 'dev'));
  project.grant(Principal.user(stringToken(s, 'other'), 'other'), BuiltInRoles.READER);
});

const SEARCH_GRANTS = ['grantReadProjectData', 'grantReadStorage'] as const;

describeEntry('search.grantReadProjectData / grantReadStorage', {
  setup: (s) => ({ project: minimalHub(s).addProject('Research', {}), search: new AiSearch(s, 'Search', { ...serviceBase, name: 'srch-sales' }) }),
  variants: SEARCH_GRANTS,
  valid: (c, method) => (method === 'grantReadProjectData' ? [c.project, 'research'] : [STORAGE_ID, 'data']),
  build: (c, args, method) => { callWith((...a: any[]) => (c.search as any)[method](...a), args); },
} satisfies Entry<{ project: AiProject; search: AiSearch }, (typeof SEARCH_GRANTS)[number]>, RUNS.searchGrants, (s) => {
  const search = new AiSearch(s, 'Search', { ...serviceBase, name: 'srch-sales' });
  search.grantReadProjectData(minimalHub(s).addProject('Research', {}), 'research');
  search.grantReadStorage(stringToken(s, 'storage'), 'data');
});

// --- Connections -----------------------------------------------------------------------------

const CONNECTIONS = ['hub-models', 'hub-search', 'project-models', 'project-search'] as const;

describeEntry('hub.connect / project.connect', {
  setup: (s) => {
    const hub = minimalHub(s);
    return {
      hub,
      project: hub.addProject('Research', {}),
      models: new AiServices(s, 'Models', { ...serviceBase, name: 'ais-sales', localAuthenticationEnabled: true }),
      search: new AiSearch(s, 'Search', { ...serviceBase, name: 'srch-sales', localAuthenticationEnabled: true }),
    };
  },
  variants: CONNECTIONS,
  valid: (c, variant) => (variant.endsWith('models') ? [c.models, { name: 'conn-shared', openAiOnly: true }] : [c.search, { name: 'conn-shared' }]),
  build: (c, args, variant) => {
    const workspace = variant.startsWith('hub') ? c.hub : c.project;
    callWith((...a: any[]) => (workspace as any).connect(...a), args);
  },
  extraPaths: [[1, 'apiKey'], [1, 'openAiOnly']],
} satisfies Entry<{ hub: AiHub; project: AiProject; models: AiServices; search: AiSearch }, (typeof CONNECTIONS)[number]>, RUNS.connect, (s) => {
  const hub = minimalHub(s);
  const models = new AiServices(s, 'Models', { ...serviceBase, name: 'ais-sales', localAuthenticationEnabled: true });
  hub.connect(models, { apiKey: stringToken(s, 'key') });
  hub.addProject('Research', {}).connect(models, { name: 'conn-own', apiKey: stringToken(s, 'project_key') });
});

// --- Acknowledgements ------------------------------------------------------------------------

describeEntry('acknowledge', {
  setup: (s) => new AiHub(s, 'Hub', { baseName: 'sales', location: 'swedencentral', publicNetworkAccess: 'Enabled', highBusinessImpact: false }),
  valid: () => [
    { id: 'public-network-access', reason: 'Development hub without customer data.' },
    { id: 'low-business-impact', reason: 'No customer data.', appliesTo: undefined },
  ],
  build: (hub, acknowledgements) => { callWith((...a: any[]) => (acknowledge as any)(hub, ...a), acknowledgements); },
} satisfies Entry<AiHub>, RUNS.acknowledge, (s) => {
  const hub = new AiHub(s, 'Hub', { baseName: 'sales', location: 'swedencentral', publicNetworkAccess: 'Enabled' });
  acknowledge(hub, { id: 'public-network-access', reason: stringToken(s, 'reason') });
});
