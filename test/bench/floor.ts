/**
 * "cdktf's floor": the same Terraform JSON as a library stack, built from bare cdktf elements.
 *
 * Given the synthesized JSON of a stack, {@link buildFloorStack} re-creates it in a fresh stack
 * with one plain `TerraformResource` per resource and one `TerraformDataSource` per data source
 * (the body emitted as-is: no tokens, no validations, no aspects), one `TerraformProvider` per
 * provider block, the same backend, and one element carrying everything else verbatim (variables,
 * outputs, the rest of the stack's `//` metadata). A `moved` block into a resource is made the
 * way cdktf makes it, with `moveFromId` on that resource, so the floor pays what cdktf does for
 * one: on every synth of a stack with a move, cdktf runs `terraform version` (execSync, through a
 * shell) to check Terraform >= 1.5. Synthesizing that stack costs what cdktf itself costs for
 * this many elements and bytes: construct tree, `prepareStack`'s resolve pass, the final resolve,
 * `json-stable-stringify` and the file write. The library's time over the floor's is the
 * library's own overhead (its generated azurerm classes included).
 */
import { ref, TerraformBackend, TerraformDataSource, TerraformElement, TerraformProvider, TerraformRemoteState, TerraformResource, TerraformStack, Token } from 'cdktf';
import { Construct } from 'constructs';

type Body = Record<string, unknown>;
type Blocks = Record<string, Record<string, Body>>;

/** Terraform JSON as cdktf writes it. */
export interface TerraformJson {
  '//'?: Body;
  terraform?: { backend?: Record<string, Body>; required_providers?: Record<string, { source?: string; version?: string }> } & Body;
  provider?: Record<string, Body[]>;
  resource?: Blocks;
  data?: Blocks;
  [block: string]: unknown;
}

/** A resource whose attributes, meta-arguments and `//` metadata are given, already in Terraform's form. */
class FloorResource extends TerraformResource {
  constructor(scope: Construct, type: string, name: string, private readonly body: Body) {
    super(scope, `${type}.${name}`, { terraformResourceType: type });
    this.overrideLogicalId(name);
  }

  public get terraformMetaArguments(): Body {
    return {}; // depends_on, lifecycle, provider... are in the body already
  }

  protected get constructNodeMetadata(): Body {
    return (this.body['//'] as Body | undefined) ?? {};
  }

  protected synthesizeAttributes(): Body {
    return this.body;
  }
}

/** A data source, likewise. */
class FloorDataSource extends TerraformDataSource {
  constructor(scope: Construct, type: string, name: string, private readonly body: Body) {
    super(scope, `data.${type}.${name}`, { terraformResourceType: type });
    this.overrideLogicalId(name);
  }

  public get terraformMetaArguments(): Body {
    return {};
  }

  protected get constructNodeMetadata(): Body {
    return (this.body['//'] as Body | undefined) ?? {};
  }

  protected synthesizeAttributes(): Body {
    return this.body;
  }
}

/** A provider block (cdktf adds its `required_providers` entry). */
class FloorProvider extends TerraformProvider {
  constructor(scope: Construct, id: string, name: string, source: string | undefined, version: string | undefined, private readonly body: Body) {
    super(scope, id, { terraformResourceType: name, terraformProviderSource: source, terraformGeneratorMetadata: { providerName: name, providerVersionConstraint: version } });
  }

  protected synthesizeAttributes(): Body {
    return this.body;
  }
}

/** The backend block (a stack without one would get a default local backend). */
class FloorBackend extends TerraformBackend {
  constructor(scope: Construct, name: string, private readonly body: Body) {
    super(scope, 'backend', name);
  }

  protected synthesizeAttributes(): Body {
    return this.body;
  }

  public getRemoteStateDataSource(): TerraformRemoteState {
    throw new Error('not used by the benchmark');
  }
}

/** Every other top-level block (variables, outputs, moved blocks, `//` metadata), verbatim. */
class FloorRest extends TerraformElement {
  constructor(scope: Construct, private readonly rest: Body) {
    super(scope, 'rest');
  }

  public toTerraform(): Body {
    return this.rest;
  }
}

/** A whole-string reference to another block's attribute, e.g. `${azurerm_storage_account.Hub_X.id}`. */
const WHOLE_REFERENCE = /^\$\{((?:data\.)?[a-z0-9_]+\.[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_]+|\[[0-9]+\])+)\}$/;

/** `body` with each whole-string reference made a cdktf reference token again (see `withReferences`). */
function tokenizeReferences(value: unknown, stack: TerraformStack): unknown {
  if (typeof value === 'string') {
    const match = WHOLE_REFERENCE.exec(value);
    return match ? Token.asString(ref(match[1], stack)) : value;
  }
  if (Array.isArray(value)) return value.map((item) => tokenizeReferences(item, stack));
  if (value !== null && typeof value === 'object') {
    const out: Body = {};
    for (const [key, item] of Object.entries(value)) out[key] = key === '//' ? item : tokenizeReferences(item, stack);
    return out;
  }
  return value;
}

/** How the floor is built. */
export interface FloorOptions {
  /**
   * Make every attribute that is exactly one reference to another block (`${type.name.attr}`)
   * a cdktf reference token, as a construct that passes `resource.id` produces, instead of the
   * literal string. The JSON is the same; the difference in time is what cdktf's own reference
   * tokens cost, which no library that wires resources to each other avoids.
   */
  readonly withReferences?: boolean;
}

/**
 * Adds to `stack` (empty, with the library stack's name) bare elements that synthesize to `json`.
 * Bodies are used as given: pass a fresh parse per build.
 */
export function buildFloorStack(stack: TerraformStack, json: TerraformJson, options: FloorOptions = {}): void {
  const { resource, data, provider, terraform, ...rest } = json;
  if (options.withReferences) {
    for (const blocks of [resource, data]) {
      for (const byName of Object.values(blocks ?? {})) {
        for (const name of Object.keys(byName)) byName[name] = tokenizeReferences(byName[name], stack) as Body;
      }
    }
  }
  const { backend, required_providers: requiredProviders, ...otherTerraform } = terraform ?? {};
  const resources = new Map<string, FloorResource>();
  for (const [type, byName] of Object.entries(resource ?? {})) {
    for (const [name, body] of Object.entries(byName)) resources.set(`${type}.${name}`, new FloorResource(stack, type, name, body));
  }
  // Moves into a resource of the stack, as cdktf makes them; the stack's metadata lists them again.
  const moved = (rest.moved ?? []) as Array<{ from: string; to: string }>;
  const otherMoves = moved.filter((move) => {
    const into = resources.get(move.to);
    into?.moveFromId(move.from);
    return into === undefined;
  });
  if (otherMoves.length > 0) rest.moved = otherMoves;
  else delete rest.moved;
  // The stack writes version, name, backend, moves and imports into `//` itself, from the elements.
  const { version: _v, stackName: _n, backend: _b, cloud: _c, moved: _m, imports: _i, ...otherMetadata } = ((rest['//'] as Body | undefined)?.metadata ?? {}) as Body;
  rest['//'] = { ...(rest['//'] as Body | undefined), metadata: otherMetadata };
  for (const [type, byName] of Object.entries(data ?? {})) {
    for (const [name, body] of Object.entries(byName)) new FloorDataSource(stack, type, name, body);
  }
  for (const [name, bodies] of Object.entries(provider ?? {})) {
    const required = requiredProviders?.[name];
    bodies.forEach((body, i) => new FloorProvider(stack, `provider.${name}.${i}`, name, required?.source, required?.version, body));
  }
  for (const [name, body] of Object.entries(backend ?? {})) new FloorBackend(stack, name, body);
  new FloorRest(stack, Object.keys(otherTerraform).length > 0 ? { ...rest, terraform: otherTerraform } : rest);
}

/** Where two Terraform JSON documents differ: at most `limit` block addresses, for a report. */
export function jsonDifferences(expected: TerraformJson, actual: TerraformJson, limit = 5): string[] {
  const out: string[] = [];
  const keys = new Set([...Object.keys(expected), ...Object.keys(actual)]);
  for (const key of keys) {
    const a = expected[key] as Record<string, unknown> | undefined;
    const b = actual[key] as Record<string, unknown> | undefined;
    if (key === 'resource' || key === 'data') {
      const types = new Set([...Object.keys(a ?? {}), ...Object.keys(b ?? {})]);
      for (const type of types) {
        const ea = (a?.[type] ?? {}) as Record<string, unknown>;
        const eb = (b?.[type] ?? {}) as Record<string, unknown>;
        for (const name of new Set([...Object.keys(ea), ...Object.keys(eb)])) {
          if (JSON.stringify(ea[name]) !== JSON.stringify(eb[name])) out.push(`${key === 'data' ? 'data.' : ''}${type}.${name}: ${!(name in eb) ? 'missing' : !(name in ea) ? 'extra' : 'body differs'}`);
        }
      }
    } else if (JSON.stringify(a) !== JSON.stringify(b)) {
      out.push(`${key}: differs`);
    }
  }
  return out.length > limit ? [...out.slice(0, limit), `... ${out.length - limit} more`] : out;
}
