import { IConstruct } from 'constructs';
import { addAspect } from './aspects';
import { TerraformDataSource, TerraformResource } from './cdktf';

/**
 * `cdktf synth --hcl` support. cdktf 0.21 renders HCL from each resource's
 * `synthesizeHclAttributes()` (cdktf/lib/hcl/render.js), with three faults that would make the
 * HCL say something else than the JSON:
 *
 * - a string with a line break becomes a heredoc, which adds a trailing newline (the library's
 *   ABAC conditions are multi-line);
 * - a backslash is written as is, so HCL reads it as the start of an escape sequence, and a quote
 *   in a string that also holds `${...}` is not escaped;
 * - an optional nested block that is `null` becomes an empty block (`ip_rule {}`), which has none
 *   of its required arguments.
 *
 * The functions here write every string as one escaped line and drop null blocks, so the HCL of a
 * stack converts back (with `@cdktf/hcl2json`) to exactly its JSON.
 */

/** Escapes the literal parts of a Terraform string template for an HCL quoted string; `${...}` is kept. */
export function hclEscape(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    if (text.startsWith('${', i)) {
      const end = interpolationEnd(text, i + 2);
      out += text.slice(i, end);
      i = end;
      continue;
    }
    const c = text[i];
    out += c === '\\' ? '\\\\' : c === '"' ? '\\"' : c === '\n' ? '\\n' : c === '\r' ? '\\r' : c === '\t' ? '\\t' : c;
    i++;
  }
  return out;
}

/** The index just past the `}` that closes an interpolation whose expression starts at `start`. */
function interpolationEnd(text: string, start: number): number {
  let depth = 1;
  let quoted = false;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '\\') i++;
      else if (c === '"') quoted = false;
    } else if (c === '"') {
      quoted = true;
    } else if (c === '{') {
      depth++;
    } else if (c === '}' && --depth === 0) {
      return i + 1;
    }
  }
  return text.length;
}

/**
 * A JSON value (an azapi body) prepared for cdktf's untyped HCL renderer
 * (`renderFuzzyJsonExpression`), so that it renders as the same HCL object: strings quoted and
 * escaped here (the renderer would turn "443" into a number and write `"` and `\` unescaped),
 * undefined properties left out as in JSON. A string holding `${...}` is passed escaped but
 * unquoted, because the renderer quotes those itself.
 */
export function hclObjectValue(value: unknown): unknown {
  if (typeof value === 'string') return value.includes('${') ? hclEscape(value) : `"${hclEscape(value)}"`;
  if (Array.isArray(value)) return value.map(hclObjectValue);
  if (value === null) throw new Error('an azapi body holds null, which cdktf cannot write as HCL; leave the property out instead.');
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined).map(([k, v]) => [k, hclObjectValue(v)]));
  }
  return value;
}

/** A typed HCL attribute as the generated bindings describe it. */
interface HclAttribute {
  value?: unknown;
  isBlock?: boolean;
  type?: string;
  storageClassType?: string;
}

/** Escapes the strings of a typed attribute map (recursing into nested blocks) and drops null blocks. */
function exactAttributes(attributes: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, raw] of Object.entries(attributes)) {
    const attribute = raw as HclAttribute | undefined;
    if (typeof attribute !== 'object' || attribute === null || !('value' in attribute)) {
      out[name] = raw;
      continue;
    }
    const { value } = attribute;
    if (attribute.isBlock && value === null) continue;
    out[name] = { ...attribute, value: exactValue(attribute, value) };
  }
  return out;
}

function exactValue(attribute: HclAttribute, value: unknown): unknown {
  if (typeof value === 'string') return attribute.storageClassType === 'string' || attribute.storageClassType === 'stringList' || attribute.type === 'map' ? hclEscape(value) : value;
  if (Array.isArray(value)) return value.map((item) => exactValue(attribute, item));
  if (attribute.isBlock && typeof value === 'object' && value !== null) return exactAttributes(value as Record<string, unknown>);
  if (attribute.type === 'map' && typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, typeof v === 'string' ? hclEscape(v) : v]));
  }
  return value;
}

const PATCHED = new WeakSet<IConstruct>();

/**
 * Makes one resource or data source render its typed strings and blocks exactly in HCL (the
 * library's own azapi classes call it on themselves; the aspect below covers the bindings').
 */
export function renderExactly(element: TerraformResource | TerraformDataSource): void {
  if (PATCHED.has(element)) return;
  PATCHED.add(element);
  const typed = element as unknown as { synthesizeHclAttributes(): Record<string, unknown> };
  const original = typed.synthesizeHclAttributes.bind(element);
  typed.synthesizeHclAttributes = () => exactAttributes(original());
}

const SCOPES = new WeakSet<IConstruct>();

/**
 * Makes every resource and data source below `scope` (one of the library's constructs) render
 * exactly in HCL; an aspect, so that resources added after construction are covered too.
 */
export function renderExactHcl(scope: IConstruct): void {
  // One aspect per outermost library construct: a hub's aspect covers its projects already, and an
  // aspect per project would be visited by every node below it.
  if (scope.node.scopes.some((s) => SCOPES.has(s))) return;
  SCOPES.add(scope);
  addAspect(scope, {
    visit(node: IConstruct) {
      // The static checks work across copies of cdktf, unlike instanceof.
      if (TerraformResource.isTerraformResource(node) || TerraformDataSource.isTerraformDataSource(node)) renderExactly(node);
    },
  });
}
