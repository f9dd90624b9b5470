import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { VENDORED_RESOURCE_TYPES } from './vendored-resource-types';

/**
 * A checker for azapi request bodies against the vendored Azure type definitions (Bicep types
 * format, see PROVENANCE.md). It follows the rules the azapi provider applies at plan time
 * (github.com/Azure/terraform-provider-azapi, internal/azure/types/*.go and
 * internal/services/resource.go at the vendored commit):
 *
 * - a property the type does not define is an error, unless the object allows additional ones;
 * - a read-only property (flag 2) may not be written, unless it is also required;
 * - a required property (flag 1) must be present when a resource is created (`name` comes from the
 *   resource's `name` argument, which is checked against the body's `name` type);
 * - strings are checked for `minLength`, `maxLength` and `pattern`; string literals are compared
 *   exactly (case-sensitive); a union must match one of its members; a discriminated object must
 *   name one of its kinds;
 * - stricter than azapi: an extensible enum (string literals plus any string, `modelAsString` in
 *   the API specs) must get one of its documented literals, since the library never means to send
 *   an undocumented value;
 * - an unknown value (here: a string holding a Terraform expression `${...}`) is not checked.
 *
 * `azapi_update_resource` bodies are merged into an existing resource, so required properties are
 * not demanded of them; everything else is checked the same way.
 */

interface Ref { readonly $ref: string }
interface Property { readonly type: Ref; readonly flags: number }
type TypeNode =
  | { readonly $type: 'StringType'; readonly pattern?: string; readonly minLength?: number; readonly maxLength?: number; readonly sensitive?: boolean }
  | { readonly $type: 'StringLiteralType'; readonly value: string }
  | { readonly $type: 'IntegerType'; readonly minValue?: number; readonly maxValue?: number }
  | { readonly $type: 'BooleanType' }
  | { readonly $type: 'AnyType' }
  | { readonly $type: 'ArrayType'; readonly itemType: Ref; readonly minLength?: number; readonly maxLength?: number }
  | { readonly $type: 'UnionType'; readonly elements: readonly Ref[] }
  | { readonly $type: 'ObjectType'; readonly name: string; readonly properties: Record<string, Property>; readonly additionalProperties?: Ref }
  | { readonly $type: 'DiscriminatedObjectType'; readonly name: string; readonly discriminator: string; readonly baseProperties: Record<string, Property>; readonly elements: Record<string, Ref> }
  | { readonly $type: 'ResourceType'; readonly name: string; readonly body: Ref; readonly readableScopes?: number; readonly writableScopes?: number }
  | { readonly $type: 'ResourceFunctionType' };

const REQUIRED = 1;
const READ_ONLY = 2;

/** How a body is used: to create a resource, or merged into an existing one. */
export type BodyUse = 'create' | 'update';

/** One vendored file and the body type of one resource type in it. */
interface ResourceDefinition {
  readonly file: string;
  readonly types: readonly TypeNode[];
  readonly body: Ref;
}

let definitions: Map<string, ResourceDefinition> | undefined;

/** Every vendored resource type, by `<type>@<api version>`. Loaded once per test file. */
export function vendoredResourceTypes(): ReadonlyMap<string, ResourceDefinition> {
  if (definitions) return definitions;
  definitions = new Map();
  for (const file of Object.keys(VENDORED_RESOURCE_TYPES)) {
    const types = JSON.parse(readFileSync(join(__dirname, file), 'utf8')) as TypeNode[];
    for (const node of types) {
      if (node.$type === 'ResourceType') definitions.set(node.name, { file, types, body: node.body });
    }
  }
  return definitions;
}

/** True for a value Terraform knows only at plan time: a string holding an expression. */
function isUnknown(value: unknown): boolean {
  return typeof value === 'string' && value.includes('${');
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

class Checker {
  constructor(private readonly definition: ResourceDefinition, private readonly use: BodyUse) {}

  private resolve(ref: Ref): TypeNode {
    const node = this.definition.types[Number(ref.$ref.slice(2))];
    if (!node) throw new Error(`${this.definition.file}: dangling reference ${ref.$ref}`);
    return node;
  }

  /** Problems of `value` against the type at `ref`, each prefixed with its path. */
  public check(ref: Ref, value: unknown, path: string): string[] {
    if (value === null || value === undefined || isUnknown(value)) return [];
    const type = this.resolve(ref);
    switch (type.$type) {
      case 'AnyType':
        return [];
      case 'BooleanType':
        return typeof value === 'boolean' ? [] : [`${path}: expected a boolean, got ${kindOf(value)} ${JSON.stringify(value)}`];
      case 'IntegerType':
        if (typeof value !== 'number' || !Number.isInteger(value)) return [`${path}: expected an integer, got ${kindOf(value)} ${JSON.stringify(value)}`];
        if (type.minValue !== undefined && value < type.minValue) return [`${path}: ${value} is below the minimum ${type.minValue}`];
        if (type.maxValue !== undefined && value > type.maxValue) return [`${path}: ${value} is above the maximum ${type.maxValue}`];
        return [];
      case 'StringType':
        return this.checkString(type, value, path);
      case 'StringLiteralType':
        return value === type.value ? [] : [`${path}: expected "${type.value}", got ${JSON.stringify(value)}`];
      case 'UnionType':
        return this.checkUnion(type.elements, value, path);
      case 'ArrayType': {
        if (!Array.isArray(value)) return [`${path}: expected an array, got ${kindOf(value)} ${JSON.stringify(value)}`];
        const problems = value.flatMap((item, i) => this.check(type.itemType, item, `${path}[${i}]`));
        if (type.minLength !== undefined && value.length < type.minLength) problems.push(`${path}: at least ${type.minLength} items expected, got ${value.length}`);
        if (type.maxLength !== undefined && value.length > type.maxLength) problems.push(`${path}: at most ${type.maxLength} items expected, got ${value.length}`);
        return problems;
      }
      case 'ObjectType':
        return this.checkObject(type.properties, type.additionalProperties, value, path, type.name);
      case 'DiscriminatedObjectType':
        return this.checkDiscriminated(type, value, path);
      default:
        return [`${path}: the definition has a ${type.$type} here, which no request body can hold`];
    }
  }

  private checkString(type: Extract<TypeNode, { $type: 'StringType' }>, value: unknown, path: string): string[] {
    if (typeof value !== 'string') return [`${path}: expected a string, got ${kindOf(value)} ${JSON.stringify(value)}`];
    if (type.minLength !== undefined && value.length < type.minLength) return [`${path}: "${value}" is shorter than ${type.minLength} characters`];
    if (type.maxLength !== undefined && value.length > type.maxLength) return [`${path}: "${value}" is longer than ${type.maxLength} characters`];
    if (type.pattern !== undefined && !new RegExp(type.pattern).test(value)) return [`${path}: "${value}" does not match the pattern ${type.pattern}`];
    return [];
  }

  private checkUnion(elements: readonly Ref[], value: unknown, path: string): string[] {
    const members = elements.map((e) => this.resolve(e));
    const literals = members.filter((t): t is Extract<TypeNode, { $type: 'StringLiteralType' }> => t.$type === 'StringLiteralType');
    // An extensible enum (the literals plus any string) accepts any string in the API, but the
    // library only means to send the values the API documents.
    const extensibleEnum = literals.length > 0 && members.every((t) => t.$type === 'StringLiteralType' || (t.$type === 'StringType' && t.pattern === undefined));
    if (extensibleEnum && typeof value === 'string' && !literals.some((l) => l.value === value)) {
      return [`${path}: ${JSON.stringify(value)} is not one of ${literals.map((l) => `"${l.value}"`).join(', ')}`];
    }
    if (elements.some((element) => this.check(element, value, path).length === 0)) return [];
    if (literals.length > 0) return [`${path}: ${JSON.stringify(value)} is not one of ${literals.map((l) => `"${l.value}"`).join(', ')}`];
    return [`${path}: ${JSON.stringify(value)} matches none of the allowed types`];
  }

  private checkObject(properties: Record<string, Property>, additional: Ref | undefined, value: unknown, path: string, typeName: string): string[] {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return [`${path}: expected an object (${typeName}), got ${kindOf(value)} ${JSON.stringify(value)}`];
    const problems: string[] = [];
    const body = value as Record<string, unknown>;
    for (const [key, item] of Object.entries(body)) {
      if (item === undefined) continue;
      const property = properties[key];
      const itemPath = path === '' ? key : `${path}.${key}`;
      if (property) {
        if (property.flags & READ_ONLY) {
          if (!(property.flags & REQUIRED)) problems.push(`${itemPath}: read-only, it must not be written`);
          continue;
        }
        problems.push(...this.check(property.type, item, itemPath));
      } else if (additional) {
        problems.push(...this.check(additional, item, itemPath));
      } else {
        problems.push(`${itemPath}: not a property of ${typeName} (known: ${Object.keys(properties).sort().join(', ')})`);
      }
    }
    if (this.use === 'create') {
      for (const [key, property] of Object.entries(properties)) {
        // azapi sets location and tags from their own arguments (or the parent's), so it does not ask for them.
        const fromArguments = path === '' && (key === 'location' || key === 'tags');
        if ((property.flags & REQUIRED) && !(property.flags & READ_ONLY) && body[key] === undefined && !fromArguments) {
          problems.push(`${path === '' ? key : `${path}.${key}`}: required, but missing`);
        }
      }
    }
    return problems;
  }

  private checkDiscriminated(type: Extract<TypeNode, { $type: 'DiscriminatedObjectType' }>, value: unknown, path: string): string[] {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return [`${path}: expected an object (${type.name}), got ${kindOf(value)} ${JSON.stringify(value)}`];
    const kind = (value as Record<string, unknown>)[type.discriminator];
    const discriminatorPath = path === '' ? type.discriminator : `${path}.${type.discriminator}`;
    if (kind === undefined) return [`${discriminatorPath}: required to choose the kind of ${type.name} (${Object.keys(type.elements).join(', ')})`];
    if (isUnknown(kind)) return [];
    const element = typeof kind === 'string' ? type.elements[kind] : undefined;
    if (!element) return [`${discriminatorPath}: ${JSON.stringify(kind)} is not one of ${Object.keys(type.elements).map((k) => `"${k}"`).join(', ')}`];
    const shape = this.resolve(element);
    if (shape.$type !== 'ObjectType') return [`${path}: kind ${kind} of ${type.name} is a ${shape.$type}`];
    return this.checkObject({ ...type.baseProperties, ...shape.properties }, shape.additionalProperties, value, path, shape.name);
  }

  /** The type at a dotted path of the body, for `response_export_values`. */
  public typeAt(ref: Ref, path: readonly string[]): TypeNode | undefined {
    let type = this.resolve(ref);
    for (const key of path) {
      if (type.$type === 'ObjectType') {
        const property = type.properties[key];
        if (!property) return undefined;
        type = this.resolve(property.type);
      } else if (type.$type === 'DiscriminatedObjectType') {
        const property = type.baseProperties[key]
          ?? Object.values(type.elements).map((e) => this.resolve(e)).flatMap((e) => (e.$type === 'ObjectType' && e.properties[key] ? [e.properties[key]] : []))[0];
        if (!property) return undefined;
        type = this.resolve(property.type);
      } else {
        return undefined;
      }
    }
    return type;
  }
}

/** Finds the definition of `typeAtVersion` (e.g. `Microsoft.X/y@2024-10-01`), or explains why there is none. */
function definitionOf(typeAtVersion: string): ResourceDefinition | string {
  const definition = vendoredResourceTypes().get(typeAtVersion);
  if (definition) return definition;
  return `type "${typeAtVersion}" has no vendored definition (test/conformance/azure-types); vendor it from the azapi provider's embedded types, or use a type@api-version that is vendored (${[...vendoredResourceTypes().keys()].join(', ')})`;
}

/**
 * Checks an azapi body, and for a created resource its `name`, against the definition of
 * `typeAtVersion`. Returns the problems, each naming the property path.
 */
export function checkAzapiBody(typeAtVersion: string, body: unknown, use: BodyUse, name?: unknown): string[] {
  const definition = definitionOf(typeAtVersion);
  if (typeof definition === 'string') return [definition];
  const checker = new Checker(definition, use);
  const withName = use === 'create' && typeof body === 'object' && body !== null ? { ...body, name } : body;
  return checker.check(definition.body, withName, '');
}

/** Checks that every `response_export_values` path of a data source exists in the type's definition. */
export function checkExportPaths(typeAtVersion: string, paths: readonly string[]): string[] {
  const definition = definitionOf(typeAtVersion);
  if (typeof definition === 'string') return [definition];
  const checker = new Checker(definition, 'update');
  return paths.filter((p) => checker.typeAt(definition.body, p.split('.')) === undefined)
    .map((p) => `response_export_values: "${p}" is not a property path of ${typeAtVersion}`);
}

/** The `name` type of a resource type: what Azure accepts as its name. */
function nameTypeOf(definition: ResourceDefinition): Ref | undefined {
  const body = definition.types[Number(definition.body.$ref.slice(2))];
  return body.$type === 'ObjectType' ? body.properties.name?.type : undefined;
}

/** The pattern of a resource type's names, e.g. of `.../outboundRules@2024-10-01`. */
export function namePatternOf(typeAtVersion: string): string | undefined {
  const definition = definitionOf(typeAtVersion);
  if (typeof definition === 'string') throw new Error(definition);
  const ref = nameTypeOf(definition);
  const type = ref && definition.types[Number(ref.$ref.slice(2))];
  return type?.$type === 'StringType' ? type.pattern : undefined;
}

/** Checks a name against the `name` type of `typeAtVersion`; returns the problems. */
export function checkResourceName(typeAtVersion: string, name: unknown): string[] {
  const definition = definitionOf(typeAtVersion);
  if (typeof definition === 'string') return [definition];
  const ref = nameTypeOf(definition);
  return ref ? new Checker(definition, 'update').check(ref, name, 'name') : [];
}
