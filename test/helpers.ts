import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { AnnotationMetadataEntryType, App, Testing, TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';
import { AZURERM_PROVIDER_DEFAULTS } from '../lib';
import { conformanceProblems } from './conformance/conformance';
import { PINNED_ROLE_IDS } from './conformance/pinned/built-in-roles';

/** Synthesized Terraform JSON, as far as the tests read it. */
export interface TerraformJson {
  resource: Record<string, Record<string, Record<string, any>>>;
  data?: Record<string, Record<string, Record<string, any>>>;
  provider?: Record<string, any[]>;
  terraform?: Record<string, any>;
  moved?: Array<{ from: string; to: string }>;
}

/** The result of synthesizing one stack. */
export interface Synthesized {
  stack: TerraformStack;
  json: TerraformJson;
}

/** Options of {@link synth}. */
export interface SynthOptions {
  /** Add the azurerm provider with the library's recommended settings. @default true */
  readonly provider?: boolean;
}

/** Builds a stack named "test" with `build`, runs its validations, and parses the output. */
export function synth(build: (stack: TerraformStack) => void, options: SynthOptions = {}): Synthesized {
  const app = Testing.app();
  const stack = new TerraformStack(app, 'test');
  if (options.provider ?? true) new AzurermProvider(stack, 'azurerm', { ...AZURERM_PROVIDER_DEFAULTS });
  build(stack);
  return { stack, json: synthConformingJson(stack) };
}

/**
 * Synthesizes a stack (running its validations) and parses the output, failing when the output
 * does not conform to the definitions the library did not write (see test/conformance): every
 * stack a test builds is checked this way.
 */
export function synthConformingJson(stack: TerraformStack, runValidations = true): TerraformJson {
  const json = JSON.parse(Testing.synth(stack, runValidations)) as TerraformJson;
  const problems = conformanceProblems(json);
  if (problems.length > 0) throw new Error(`stack "${stack.node.id}" does not conform:\n  ${problems.join('\n  ')}`);
  return json;
}

/** Every resource of a type, as [Terraform name, body] pairs. */
export function resourcesOf(json: TerraformJson, type: string): Array<[string, Record<string, any>]> {
  return Object.entries(json.resource?.[type] ?? {});
}

/** The one resource of a type; fails when there is not exactly one. */
export function onlyResource(json: TerraformJson, type: string): Record<string, any> {
  const all = resourcesOf(json, type);
  if (all.length !== 1) throw new Error(`expected exactly one ${type}, found ${all.length}`);
  return all[0][1];
}

/**
 * The [Terraform name, body] of the resource whose construct path (below the stack) ends with
 * `pathSuffix`, e.g. `Chatbot/Project`. cdktf names resources `<path joined by _>_<hash>`, dropping
 * a path component that repeats the one before it (`Hub/Hub` becomes `Hub`).
 */
export function findAt(json: TerraformJson, type: string, pathSuffix: string): [string, Record<string, any>] {
  const escaped = pathSuffix.split('/').filter((p, i, all) => p !== all[i - 1]).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('_');
  const pattern = new RegExp(`(^|_)${escaped}_[0-9A-F]{8}$`);
  const match = resourcesOf(json, type).filter(([name]) => pattern.test(name));
  if (match.length !== 1) throw new Error(`expected one ${type} at */${pathSuffix}, found ${match.length}`);
  return match[0];
}

/** The body of the resource at a construct path (see {@link findAt}). */
export function resourceAt(json: TerraformJson, type: string, pathSuffix: string): Record<string, any> {
  return findAt(json, type, pathSuffix)[1];
}

/** The Terraform reference `${type.name.attribute}` of the resource at a construct path. */
export function refTo(json: TerraformJson, type: string, pathSuffix: string, attribute: string): string {
  return '${' + `${type}.${findAt(json, type, pathSuffix)[0]}.${attribute}` + '}';
}

/** The Terraform reference `${type.name.attribute}` of the only resource of a type. */
export function refToOnly(json: TerraformJson, type: string, attribute = 'id'): string {
  const all = resourcesOf(json, type);
  if (all.length !== 1) throw new Error(`expected exactly one ${type}, found ${all.length}`);
  return '${' + `${type}.${all[0][0]}.${attribute}` + '}';
}

/** The info annotations of a construct tree. */
export function infosOf(root: IConstruct): string[] {
  return root.node.findAll().flatMap((c) => c.node.metadata.filter((m) => m.type === AnnotationMetadataEntryType.INFO).map((m) => String(m.data)));
}

/**
 * The warning annotations of a construct tree. Most tests build a private hub without endpoints
 * for brevity, so `[unreachable-private-hub]` is left out unless `all` is set (its own tests set it).
 */
export function warningsOf(root: IConstruct, options: { all?: boolean } = {}): string[] {
  const warnings = root.node.findAll().flatMap((c) => c.node.metadata.filter((m) => m.type === AnnotationMetadataEntryType.WARN).map((m) => String(m.data)));
  return options.all ? warnings : warnings.filter((w) => !w.startsWith('[unreachable-private-hub]'));
}

/** The role definition GUID at the end of a role assignment's `role_definition_id`. */
export function roleGuidOf(assignment: Record<string, any>): string {
  return String(assignment.role_definition_id).split('/').pop()!;
}

/** An app for tests that synthesize several stacks. */
export function testApp(): App {
  return Testing.app();
}

/** The GUID of a built-in role by its name, from the hand-pinned table (never from lib/core/roles.ts). */
export function pinnedRoleId(name: string): string {
  const id = PINNED_ROLE_IDS[name];
  if (!id) throw new Error(`no pinned role definition id for "${name}"; add it to test/conformance/pinned/built-in-roles.ts from Microsoft Learn`);
  return id;
}

/** The name of a built-in role by its GUID, from the hand-pinned table. */
export function pinnedRoleName(guid: string): string {
  const entry = Object.entries(PINNED_ROLE_IDS).find(([, id]) => id === guid);
  if (!entry) throw new Error(`role definition ${guid} is not in test/conformance/pinned/built-in-roles.ts`);
  return entry[0];
}
