import { IConstruct } from 'constructs';
import { Token, Tokenization } from './cdktf';
import { checkResourceId } from './resource-id';
import { AZURE_CHINA_REGIONS, AZURE_REGIONS, closestRegions, isKnownRegion, normalizeRegion } from './azure-regions';
import { ValidationError } from './validation';

/**
 * Runtime checks of the values a caller passes, for callers TypeScript does not protect: plain
 * JavaScript, and values read from YAML or JSON. Each check looks at one value of any type, adds
 * a problem for each rule it breaks (naming the value's path, quoting the value with its type, and
 * saying how to fix it), and returns whether later checks may rely on the value's shape.
 *
 * Only an unresolved Terraform token skips a check: a missing value is reported as missing.
 */
export type Check = (value: unknown, label: string, problems: string[]) => boolean;

/** A prop of an object shape: its check, and whether it must be given. */
export interface Field {
  readonly check: Check;
  readonly required: boolean;
}

/** A prop that must be given. */
export function required(check: Check): Field {
  return { check, required: true };
}

/** A prop that may be left out (`undefined`); `null` is refused, since it is never a default. */
export function optional(check: Check): Field {
  return { check, required: false };
}

/** True for an unresolved Terraform token (string, number, list or resolvable object). */
export function isToken(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  try {
    return Token.isUnresolved(value);
  } catch {
    return false;
  }
}

/** True for the string a list token is made of (`#{TfToken[...]}`): a list, not a string. */
export function isListTokenString(value: unknown): boolean {
  return typeof value === 'string' && !Token.isUnresolved(value) && isToken([value]);
}

/**
 * Quotes a value with its type for messages, e.g. `the string "50"`, `the number 0`, `null`,
 * `an array ["docs"]`. Long values are cut (strings beyond 240 characters, objects beyond 60).
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  // Resource ids stay whole (up to 240 characters); other long values are cut.
  const cut = (text: string, max = 60) => (text.length > max ? `${text.slice(0, max - 3)}...` : text);
  switch (typeof value) {
    case 'string': return `the string ${cut(JSON.stringify(value), 240)}`;
    case 'number': return Number.isNaN(value) ? 'NaN' : `the number ${String(value)}`;
    case 'boolean': return `the boolean ${String(value)}`;
    case 'bigint': return `the bigint ${String(value)}n`;
    case 'symbol': return 'a symbol';
    case 'function': return 'a function';
    default: break;
  }
  const path = constructPathOf(value);
  if (path !== undefined) return `the construct "${path}"`;
  let json: string | undefined;
  try {
    json = JSON.stringify(value);
  } catch {
    json = undefined;
  }
  if (Array.isArray(value)) return json === undefined ? 'an array' : `an array ${cut(json)}`;
  return json === undefined ? 'an object' : `an object ${cut(json)}`;
}

/** The construct path of a construct-like value, if it is one. */
function constructPathOf(value: unknown): string | undefined {
  const node = (value as { node?: { path?: unknown } }).node;
  return typeof node === 'object' && node !== null && typeof node.path === 'string' ? node.path : undefined;
}

/** True for an object that is not an array, a function or null. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Options of {@link str}. */
export interface StringOptions {
  /** Refuse `""` and strings of spaces only. @default true */
  readonly nonEmpty?: boolean;
  /**
   * Refuse tokens, saying why a literal is needed (e.g. "it becomes a Terraform address").
   * @default tokens pass
   */
  readonly literalBecause?: string;
}

/** A string; tokens pass unless `literalBecause` is set. */
export function str(options: StringOptions = {}): Check {
  return (value, label, problems) => {
    if (isListTokenString(value)) {
      problems.push(`${label} is an element of a Terraform list token, not a string; pass a string (or a string token such as Fn.element(list, 0)).`);
      return false;
    }
    if (isToken(value) && typeof value === 'string') {
      if (options.literalBecause === undefined) return true;
      problems.push(`${label} is a Terraform token, but it must be a plain string known at synth time: ${options.literalBecause}.`);
      return false;
    }
    if (typeof value !== 'string') {
      problems.push(`${label} must be a string, not ${describeValue(value)}${typeof value === 'number' ? `; write "${String(value)}" in quotes` : ''}.`);
      return false;
    }
    if ((options.nonEmpty ?? true) && value.trim() === '') {
      problems.push(`${label} is ${describeValue(value)}; give a non-empty value${value === '' ? '' : ' (not only spaces)'}, or leave the prop out where it has a default.`);
      return false;
    }
    return true;
  };
}

/** One of a list of strings (case-sensitive, as Azure and azurerm compare them); tokens pass. */
export function oneOf(values: readonly string[], fix?: string): Check {
  return (value, label, problems) => {
    if (!str()(value, label, problems)) return false;
    if (isToken(value) || values.includes(value as string)) return true;
    const text = value as string;
    const sameButCase = values.find((v) => v.toLowerCase() === text.toLowerCase());
    const hint = sameButCase !== undefined ? ` (values are case-sensitive: write "${sameButCase}")` : '';
    const list = values.length <= 12
      ? `one of ${values.map((v) => `"${v}"`).join(', ')}`
      : `one of the ${values.length} accepted values (closest: ${closest(text, values, 3).map((v) => `"${v}"`).join(', ')})`;
    problems.push(`${label} is ${describeValue(value)}, which is not ${list}${hint}${fix ? `; ${fix}` : ''}.`);
    return false;
  };
}

/** `true` or `false`. */
export function bool(): Check {
  return (value, label, problems) => {
    if (typeof value === 'boolean' || isToken(value)) return true;
    const hint = value === 'true' || value === 'false' ? `; write ${value} without quotes` : '';
    problems.push(`${label} must be true or false, not ${describeValue(value)}${hint}.`);
    return false;
  };
}

/** A finite number, whole when `integer`; range checks are left to the construct's own rules. */
export function num(options: { readonly integer?: boolean; readonly min?: number; readonly max?: number; readonly unit?: string } = {}): Check {
  return (value, label, problems) => {
    if (isToken(value) && typeof value === 'number') return true;
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      const looksNumeric = typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value));
      problems.push(`${label} must be a number, not ${describeValue(value)}${looksNumeric ? `; write ${Number(value)} without quotes` : ''}.`);
      return false;
    }
    const whole = options.integer ? 'a whole number' : 'a number';
    const unit = options.unit ? ` ${options.unit}` : '';
    if ((options.integer && !Number.isInteger(value)) || (options.min !== undefined && value < options.min) || (options.max !== undefined && value > options.max)) {
      const range = options.min !== undefined && options.max !== undefined ? ` from ${options.min} to ${options.max}` : options.min !== undefined ? ` of at least ${options.min}` : '';
      problems.push(`${label} is ${describeValue(value)}, but it must be ${whole}${range}${unit}.`);
      return false;
    }
    return true;
  };
}

/**
 * An array whose entries pass `entry` (checked one by one; holes and `null` entries refused). A list
 * token passes only with `allowListToken`: most lists are read entry by entry at synth time (each
 * entry a resource, a rule or a check), which a list known only at apply cannot give.
 */
export function list(entry: Check, options: { readonly nonEmpty?: string; readonly allowListToken?: boolean } = {}): Check {
  return (value, label, problems) => {
    if (isToken(value) && Array.isArray(value)) {
      if (options.allowListToken) return true;
      problems.push(`${label} is a Terraform list token, but it must be a list written out at synth time: each entry is read then; write the entries out.`);
      return false;
    }
    if (!Array.isArray(value)) {
      const hint = typeof value === 'string' ? `; write [${JSON.stringify(value)}] for one entry` : '';
      problems.push(`${label} must be an array, not ${describeValue(value)}${hint}.`);
      return false;
    }
    if (value.length === 0 && options.nonEmpty !== undefined) {
      problems.push(`${label} is empty; ${options.nonEmpty}.`);
      return false;
    }
    let ok = true;
    // An index loop, not forEach: forEach skips the holes of a sparse array.
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      const itemLabel = `${label}[${i}]`;
      if (item === undefined || item === null) {
        problems.push(`${itemLabel} is ${describeValue(item)}; remove the entry or give a value.`);
        ok = false;
        continue;
      }
      ok = entry(item, itemLabel, problems) && ok;
    }
    return ok;
  };
}

/** A plain object whose values pass `entry`, e.g. tags. */
export function record(entry: Check, keyCheck?: (key: string) => string | undefined): Check {
  return (value, label, problems) => {
    // A map token (Token.asStringMap) passes; a bare resolvable (a variable's value) could be of any type.
    if (isToken(value) && isPlainObject(value) && !Tokenization.isResolvable(value)) return true;
    if (!isPlainObject(value) || isToken(value)) {
      const hint = isToken(value) ? '; for a map known only at apply, pass Token.asStringMap(value)' : '';
      problems.push(`${label} must be an object of names and values, not ${describeValue(value)}${hint}.`);
      return false;
    }
    let ok = true;
    for (const [key, item] of Object.entries(value)) {
      const keyProblem = keyCheck?.(key);
      if (keyProblem !== undefined) {
        problems.push(`${label} key ${JSON.stringify(key)} ${keyProblem}.`);
        ok = false;
      }
      ok = entry(item, `${label}.${key}`, problems) && ok;
    }
    return ok;
  };
}

/**
 * A plain object with the given props. A prop it does not know is refused with the closest known
 * name: a misspelt prop would otherwise leave its default in place without a word.
 *
 * @param what what the object is, for "must be an object" messages, e.g. "the hub's props"
 * @param allowOtherProps accept props not listed (for interfaces other objects implement, such as principals)
 */
export function shape(fields: Readonly<Record<string, Field>>, what = 'an object', allowOtherProps = false): Check {
  const known = Object.keys(fields);
  return (value, label, problems) => {
    if (!isPlainObject(value)) {
      problems.push(`${label} must be ${what}, not ${describeValue(value)}.`);
      return false;
    }
    let ok = true;
    for (const [name, field] of Object.entries(fields)) {
      const prop = value[name];
      const propLabel = label === '' ? name : `${label}.${name}`;
      if (prop === undefined) {
        if (field.required) {
          problems.push(`${propLabel} is missing; it is required.`);
          ok = false;
        }
        continue;
      }
      if (prop === null) {
        problems.push(`${propLabel} is null; ${field.required ? 'give a value' : 'leave the prop out to use its default'}.`);
        ok = false;
        continue;
      }
      ok = field.check(prop, propLabel, problems) && ok;
    }
    for (const name of allowOtherProps ? [] : Object.keys(value)) {
      if (Object.prototype.hasOwnProperty.call(fields, name) || value[name] === undefined) continue;
      const nearest = closest(name, known, 1)[0];
      const where = label === '' ? '' : ` in ${label}`;
      const lower = name.toLowerCase();
      const prefixOf = known.find((k) => k.toLowerCase().startsWith(lower) || lower.startsWith(k.toLowerCase()));
      const guess = nearest !== undefined && editDistance(lower, nearest.toLowerCase()) <= Math.max(2, Math.floor(name.length / 3)) ? nearest : prefixOf;
      const hint = guess !== undefined ? `; did you mean "${guess}"?` : `; the known props are ${known.join(', ')}.`;
      problems.push(`"${name}"${where} is not a known prop, so its value would be ignored${hint}`);
      ok = false;
    }
    return ok;
  };
}

/** One of several object shapes, told apart by the string prop `key` (e.g. an outbound rule's `kind`). */
export function tagged(key: string, variants: Readonly<Record<string, Check>>): Check {
  return (value, label, problems) => {
    if (!isPlainObject(value)) {
      problems.push(`${label} must be an object, not ${describeValue(value)}.`);
      return false;
    }
    const variant = value[key];
    if (!oneOf(Object.keys(variants))(variant, `${label}.${key}`, problems)) return false;
    if (isToken(variant)) {
      problems.push(`${label}.${key} is a Terraform token, but it must be a plain string known at synth time: it picks the kind of resource to create.`);
      return false;
    }
    return variants[variant as string](value, label, problems);
  };
}

/** Passes when `test` holds; otherwise adds `${label} ${expected}, not <value>`. */
export function satisfies(test: (value: unknown) => boolean, expected: string): Check {
  return (value, label, problems) => {
    if (test(value)) return true;
    problems.push(`${label} ${expected}, not ${describeValue(value)}.`);
    return false;
  };
}

/** Both checks, the second only when the first passed. */
export function both(first: Check, second: Check): Check {
  return (value, label, problems) => first(value, label, problems) && second(value, label, problems);
}

/**
 * The context key (cdktf.json `context`, or `app.node.setContext`) that lists more region names
 * the library should accept: Azure Government regions, or regions newer than azure-regions.ts.
 */
export const ADDITIONAL_REGIONS_CONTEXT = 'cdktf-azure-ai-hub:additionalRegions';

/** The regions of the public and China clouds (azure-regions.ts). */
const KNOWN_REGIONS = [...AZURE_REGIONS, ...AZURE_CHINA_REGIONS];

/** Region names the construct being checked adds through {@link ADDITIONAL_REGIONS_CONTEXT}; set by checkInput. */
let additionalRegions: readonly string[] = [];

/** An Azure region, e.g. `swedencentral` or `Sweden Central` (checked against azure-regions.ts); tokens pass. */
export function region(): Check {
  return (value, label, problems) => {
    if (!str()(value, label, problems)) return false;
    if (isToken(value) || isKnownRegion(value as string, KNOWN_REGIONS) || additionalRegions.includes(normalizeRegion(value as string))) return true;
    const nearest = closestRegions(value as string, 3, KNOWN_REGIONS);
    problems.push(`${label} is ${describeValue(value)}, which is not an Azure region the library knows${nearest.length > 0 ? `; did you mean ${nearest.map((r) => `"${r}"`).join(', ')}?` : '.'} ` +
      `For a region missing from its list (Azure Government, or a region newer than the library), add its name to the context "${ADDITIONAL_REGIONS_CONTEXT}" in cdktf.json.`);
    return false;
  };
}

/** The additional region names a construct's context gives, normalized; a bad context value is reported. */
function regionsFromContext(construct: IConstruct, problems: string[]): readonly string[] {
  const value: unknown = construct.node.tryGetContext(ADDITIONAL_REGIONS_CONTEXT);
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
    problems.push(`the context "${ADDITIONAL_REGIONS_CONTEXT}" is ${describeValue(value)}; give an array of region names, e.g. ["usgovvirginia"].`);
    return [];
  }
  return value.map((v: string) => normalizeRegion(v));
}

/** The resource id of an ARM resource type, e.g. `Microsoft.Storage/storageAccounts`; tokens pass. */
export function resourceIdOf(providerType: string): Check {
  return (value, label, problems) => {
    if (!str()(value, label, problems)) return false;
    if ((value as string).includes('"')) {
      problems.push(`${label} is ${describeValue(value)}, which holds a double quote; no resource id does, so pass the id itself.`);
      return false;
    }
    const found = checkResourceId(label, value as string, providerType);
    problems.push(...found);
    return found.length === 0;
  };
}

/** The object shape of a construct the library created (or one implementing the same interface). */
export function constructWith(what: string, members: Readonly<Record<string, 'string' | 'function' | 'object' | 'boolean'>>, fix: string): Check {
  return (value, label, problems) => {
    const ok = isPlainObject(value) && Object.entries(members).every(([name, type]) => {
      const member = (value as Record<string, unknown>)[name];
      return type === 'object' ? typeof member === 'object' && member !== null : typeof member === type;
    });
    if (!ok) problems.push(`${label} must be ${what}, not ${describeValue(value)}; ${fix}.`);
    return ok;
  };
}

/**
 * Checks a construct's props (or a method's arguments) against a shape and throws one
 * {@link ValidationError} listing every problem. Type and shape problems come first and alone:
 * the construct's own rules (names, ranges, conflicts) need values of the right type, and are
 * checked, all together, once the shapes are right.
 *
 * @param label the argument's name in messages (empty for a constructor's props)
 * @param path the path to name instead of the construct's (a static factory checks its arguments
 *   before the construct exists, and passes the scope and the path the construct would have)
 */
export function checkInput(construct: IConstruct, kind: string, value: unknown, check: Check, label = '', path?: string): void {
  const problems: string[] = [];
  additionalRegions = regionsFromContext(construct, problems);
  try {
    if (label === '' && (value === undefined || value === null)) {
      problems.push(`the props are ${describeValue(value)}; pass an object with the construct's props.`);
    } else {
      check(value, label, problems);
    }
  } finally {
    additionalRegions = [];
  }
  if (problems.length > 0) throw new ValidationError(kind, construct, problems, path);
}

/**
 * Checks the scope and id a construct is created with, before the constructs package sees them:
 * a missing scope, an empty id or an id used twice get the library's message, not a TypeError or
 * the constructs package's own. Returns the scope, for `super(checkScope(...), id)`.
 */
export function checkScope<T>(kind: string, scope: T, id: unknown): T {
  const node = (scope as { node?: { path?: unknown; tryFindChild?: unknown } } | undefined)?.node;
  if (scope === undefined || scope === null || typeof node !== 'object' || node === null || typeof node.tryFindChild !== 'function') {
    throw new ValidationError(kind, undefined, [`the scope is ${describeValue(scope)}, not a construct; pass the stack or construct to create it in, e.g. new ${kind}(stack, 'Id', props).`], idText(id));
  }
  const parent = scope as unknown as IConstruct;
  const problems: string[] = [];
  if (typeof id !== 'string' || id.trim() === '') {
    problems.push(`the construct id is ${describeValue(id)}; pass a non-empty string (it becomes part of Terraform addresses).`);
  } else if (isToken(id) || isListTokenString(id)) {
    problems.push('the construct id is a Terraform token; pass a plain string (it becomes part of Terraform addresses, which must not depend on values known only at apply).');
  } else if (parent.node.tryFindChild(id) !== undefined) {
    problems.push(`the construct id "${id}" is already used by another construct in "${parent.node.path || '(app)'}"; give each construct its own id (ids are Terraform addresses, so keep existing ones unchanged).`);
  }
  if (problems.length > 0) {
    throw new ValidationError(kind, undefined, problems, parent.node.path === '' ? idText(id) : `${parent.node.path}/${idText(id)}`);
  }
  return scope;
}

/** A construct id as text for paths in messages, whatever the caller passed (never throws). */
export function idText(id: unknown): string {
  if (typeof id === 'string') return id;
  try {
    return String(id);
  } catch {
    return describeValue(id);
  }
}

/** The values a list holds more than once, each once, in the order of their second appearance. */
export function repeatedEntries<T>(values: readonly T[]): T[] {
  return [...new Set(values.filter((value, i) => values.indexOf(value) !== i))];
}

/** The `count` candidates closest to `value` by edit distance. */
export function closest(value: string, candidates: readonly string[], count: number): string[] {
  return candidates
    .map((candidate) => ({ candidate, distance: editDistance(value.toLowerCase(), candidate.toLowerCase()) }))
    .sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate))
    .slice(0, count)
    .map((c) => c.candidate);
}

/** Levenshtein distance between two strings. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
