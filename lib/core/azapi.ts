import { Construct } from 'constructs';
import { ITerraformDependable, TerraformDataSource, TerraformProvider, TerraformResource, TerraformStack } from './cdktf';
import { hclObjectValue, renderExactly } from './hcl';

/**
 * A small typed L1 for the `Azure/azapi` provider, for the few settings azurerm 4.55 lacks.
 *
 * The provider is declared only in stacks that use one of these classes (once per stack, with the
 * construct id `azapi`), so stacks without them carry no extra provider.
 */
export const AZAPI_PROVIDER = {
  source: 'Azure/azapi',
  version: '~> 2.5',
} as const;

const METADATA = { providerName: 'azapi', providerVersionConstraint: AZAPI_PROVIDER.version };

/** The `provider "azapi" {}` block; it authenticates like azurerm (environment, CLI, OIDC). */
class AzapiProvider extends TerraformProvider {
  constructor(scope: Construct, id: string) {
    super(scope, id, { terraformResourceType: 'azapi', terraformGeneratorMetadata: METADATA, terraformProviderSource: AZAPI_PROVIDER.source });
  }

  protected synthesizeAttributes(): { [name: string]: unknown } {
    return {};
  }
}

/** Stacks already given (or found with) an azapi provider: the tree is searched once per stack. */
const STACKS_WITH_AZAPI = new WeakSet<TerraformStack>();

/**
 * Declares the azapi provider in the stack of `scope`, unless the stack already has one (the
 * library's or the user's own, under any construct id): two un-aliased blocks would conflict.
 */
function ensureAzapiProvider(scope: Construct): void {
  const stack = TerraformStack.of(scope);
  if (STACKS_WITH_AZAPI.has(stack)) return;
  STACKS_WITH_AZAPI.add(stack);
  const existing = stack.node.findAll().some((c) => TerraformProvider.isTerraformProvider(c) && c.terraformResourceType === 'azapi');
  if (!existing) new AzapiProvider(stack, 'azapi');
}

/** An ARM resource type at a pinned api version, e.g. `Microsoft.MachineLearningServices/workspaces@2024-10-01-preview`. */
export interface AzapiResourceType {
  /** The ARM resource type. */
  readonly type: string;
  /** The pinned api version; pinned so that the same code always sends the same request. */
  readonly apiVersion: string;
}

/** The `type` argument of every azapi resource and data source: `<type>@<api version>`. */
function typeAtVersion(t: AzapiResourceType): string {
  return `${t.type}@${t.apiVersion}`;
}

/**
 * Describes attributes to cdktf's HCL renderer (`cdktf synth --hcl`), which writes only what
 * `synthesizeHclAttributes` returns: strings and string lists typed as such, and bodies as HCL
 * objects (azapi 2.x takes `body` as a dynamic value, not a JSON string). Undefined attributes are
 * left out, as in JSON.
 */
function hclAttributes(attributes: Record<string, string | readonly string[] | Record<string, unknown> | undefined>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined) continue;
    if (typeof value === 'string') out[name] = { value, isBlock: false, type: 'simple', storageClassType: 'string' };
    else if (Array.isArray(value)) out[name] = { value, isBlock: false, type: 'list', storageClassType: 'stringList' };
    else out[name] = { value: hclObjectValue(value), isBlock: false, type: 'any' };
  }
  return out;
}

/** Props of {@link AzapiUpdateResource}. */
export interface AzapiUpdateResourceProps extends AzapiResourceType {
  /** The id of the existing resource to update. */
  readonly resourceId: string;
  /** The properties to set (merged into the resource by a PATCH-like update). */
  readonly body: Record<string, unknown>;
  /** Resources that must exist before the update runs. */
  readonly dependsOn?: ITerraformDependable[];
}

/** `azapi_update_resource`: sets properties on a resource that another provider manages. */
export class AzapiUpdateResource extends TerraformResource {
  private readonly props: AzapiUpdateResourceProps;

  constructor(scope: Construct, id: string, props: AzapiUpdateResourceProps) {
    ensureAzapiProvider(scope);
    super(scope, id, { terraformResourceType: 'azapi_update_resource', terraformGeneratorMetadata: METADATA, dependsOn: props.dependsOn });
    this.props = props;
    renderExactly(this);
  }

  protected synthesizeAttributes(): { [name: string]: unknown } {
    return {
      type: typeAtVersion(this.props),
      resource_id: this.props.resourceId,
      body: this.props.body,
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: unknown } {
    return hclAttributes(this.synthesizeAttributes() as Parameters<typeof hclAttributes>[0]);
  }
}

/** Props of {@link AzapiResourceData}. */
export interface AzapiResourceDataProps extends AzapiResourceType {
  /** The id of the resource to read. */
  readonly resourceId: string;
  /** The paths of the response to expose, e.g. `properties.storageAccount`. */
  readonly exportValues: string[];
}

/** `data "azapi_resource"`: reads properties of a resource deployed elsewhere. */
export class AzapiResourceData extends TerraformDataSource {
  private readonly props: AzapiResourceDataProps;

  constructor(scope: Construct, id: string, props: AzapiResourceDataProps) {
    ensureAzapiProvider(scope);
    super(scope, id, { terraformResourceType: 'azapi_resource', terraformGeneratorMetadata: METADATA });
    this.props = props;
    renderExactly(this);
  }

  /** A reference to an exported value of the response, e.g. `output('properties.storageAccount')`. */
  public output(path: string): string {
    if (!this.props.exportValues.includes(path)) {
      throw new Error(`AzapiResourceData "${this.node.path}": "${path}" is not in exportValues (${this.props.exportValues.join(', ')}); add it there.`);
    }
    return this.getStringAttribute(`output.${path}`);
  }

  protected synthesizeAttributes(): { [name: string]: unknown } {
    return {
      type: typeAtVersion(this.props),
      resource_id: this.props.resourceId,
      response_export_values: this.props.exportValues,
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: unknown } {
    return hclAttributes(this.synthesizeAttributes() as Parameters<typeof hclAttributes>[0]);
  }
}

/** Props of {@link AzapiResource}. */
export interface AzapiResourceProps extends AzapiResourceType {
  /** The resource's name. */
  readonly name: string;
  /** The id of the parent resource (a workspace for a connection). */
  readonly parentId: string;
  /** The request body: `{ properties: {...} }`. */
  readonly body: Record<string, unknown>;
  /**
   * Secret parts of the request body, deep-merged into `body` when the request is sent. azapi
   * (2.4+) keeps them write-only: never in the plan or the state; Terraform 1.11+ is needed.
   */
  readonly sensitiveBody?: Record<string, unknown>;
  /** Resources that must exist before this one. */
  readonly dependsOn?: ITerraformDependable[];
}

/** `azapi_resource`: a resource azurerm 4.55 cannot create, at a pinned api version. */
export class AzapiResource extends TerraformResource {
  private readonly props: AzapiResourceProps;

  constructor(scope: Construct, id: string, props: AzapiResourceProps) {
    ensureAzapiProvider(scope);
    super(scope, id, { terraformResourceType: 'azapi_resource', terraformGeneratorMetadata: METADATA, dependsOn: props.dependsOn });
    this.props = props;
    renderExactly(this);
  }

  /** The resource id Azure gives it. */
  public get id(): string {
    return this.getStringAttribute('id');
  }

  protected synthesizeAttributes(): { [name: string]: unknown } {
    return {
      type: typeAtVersion(this.props),
      name: this.props.name,
      parent_id: this.props.parentId,
      body: this.props.body,
      sensitive_body: this.props.sensitiveBody,
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: unknown } {
    return hclAttributes(this.synthesizeAttributes() as Parameters<typeof hclAttributes>[0]);
  }
}
