/**
 * Reading values out of a synthesized Terraform JSON file (`cdk.tf.json`) that nobody has
 * validated: every accessor accepts anything and returns `undefined` rather than throwing, so an
 * odd or hand-edited file produces a note in the report, never a TypeError.
 */

/** A JSON object (not an array, not null). */
export type JsonObject = Record<string, unknown>;

/** True if `value` is a JSON object. */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `value[key]` if `value` is an object and the entry is a string. */
export function stringField(value: unknown, key: string): string | undefined {
  if (!isObject(value)) return undefined;
  const field = value[key];
  return typeof field === 'string' ? field : undefined;
}

/** The entries of a JSON object, sorted by key so that every walk over a file is deterministic. */
export function sortedEntries(value: unknown): Array<[string, unknown]> {
  if (!isObject(value)) return [];
  return Object.keys(value).sort().map((key) => [key, value[key]]);
}

/**
 * The resources (or data sources) of one type: `json.resource[type]` as sorted
 * `[name, body]` pairs, skipping bodies that are not objects.
 */
export function blocksOfType(json: JsonObject, section: 'resource' | 'data', type: string): Array<[string, JsonObject]> {
  const byType = json[section];
  if (!isObject(byType)) return [];
  return sortedEntries(byType[type]).filter((entry): entry is [string, JsonObject] => isObject(entry[1]));
}

/** A block written as one object or as a list of objects (Terraform JSON accepts both): always a list. */
export function blockList(value: unknown): JsonObject[] {
  if (Array.isArray(value)) return value.filter(isObject);
  return isObject(value) ? [value] : [];
}

/** A list of strings; anything else in the list is dropped. */
export function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** The construct path cdktf records in `//.metadata.path`, when the file has it. */
export function constructPath(body: JsonObject): string | undefined {
  const comment = body['//'];
  return isObject(comment) ? stringField(comment.metadata, 'path') : undefined;
}

/**
 * A whole-string Terraform reference such as `${azurerm_storage_account.hub.id}`: the part
 * between `${` and `}`, split at its first two dots. `data.` references keep `data` in the type
 * (`data.azapi_resource`). Anything else (a literal, an expression with functions) gives
 * `undefined`.
 */
export interface Reference {
  /** `azurerm_storage_account`, or `data.azapi_resource`, or `var`. */
  readonly type: string;
  /** The resource name (`hub`), or the variable name for `var`. */
  readonly name: string;
  /** What follows the name: `id`, `identity[0].principal_id`, or `""` for `var.x`. */
  readonly attribute: string;
}

const REFERENCE = /^\$\{((?:data\.)?[A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)(?:\.([^{}]+))?\}$/;

/** Parses a whole-string reference; see {@link Reference}. */
export function parseReference(expression: string): Reference | undefined {
  const match = REFERENCE.exec(expression);
  if (!match) return undefined;
  return { type: match[1], name: match[2], attribute: match[3] ?? '' };
}

/** True if `value` contains a Terraform interpolation (`${...}`), so it is not a literal. */
export function isExpression(value: string): boolean {
  return value.includes('${');
}

/**
 * Whether two resource ids denote the same resource: Terraform expressions must be equal as
 * written; literal ARM ids are compared ignoring case and a trailing slash, as ARM does.
 */
export function sameId(a: string, b: string): boolean {
  if (isExpression(a) || isExpression(b)) return a === b;
  return normalizeArmId(a) === normalizeArmId(b);
}

/** A literal ARM id in the form used for comparisons: lower case, no trailing slash. */
export function normalizeArmId(id: string): string {
  return id.replace(/\/+$/, '').toLowerCase();
}

/**
 * If `scope` is `base` or lies below it (`base/...`), the part below it (`""` for `base` itself,
 * else starting with `/`); otherwise `undefined`.
 */
export function pathBelow(scope: string, base: string): string | undefined {
  if (sameId(scope, base)) return '';
  const literal = !isExpression(base) && !isExpression(scope);
  const prefix = literal ? normalizeArmId(base) + '/' : base + '/';
  const subject = literal ? scope.toLowerCase() : scope;
  return subject.startsWith(prefix) ? scope.slice(prefix.length - 1) : undefined;
}
