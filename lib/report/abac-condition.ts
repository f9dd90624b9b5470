/**
 * Reading the ABAC container-name condition of a storage role assignment (the shape
 * `lib/core/abac.ts` writes):
 *
 *   ( ( !(ActionMatches{'<action>'}) AND !(ActionMatches{'<action>'}) ... )
 *     OR
 *     ( @Resource[Microsoft.Storage/storageAccounts/blobServices/containers:name] StringStartsWithIgnoreCase '<prefix>' ) )
 *
 * It reads: "the request is none of the listed actions, or the container's name starts with the
 * prefix". So the listed actions are allowed only on matching containers, and every other action
 * of the role is not limited at all.
 */

/** What a recognised container-name condition limits. */
export interface ContainerCondition {
  /** The actions the condition limits to matching containers, as written. */
  readonly limitedActions: readonly string[];
  /** The container-name prefix (a Terraform expression such as `${...project_id}`, or a literal). */
  readonly prefix: string;
}

const CONTAINER_NAME = /@Resource\[Microsoft\.Storage\/storageAccounts\/blobServices\/containers:name\]/i;
const NOT_ACTION = /!\s*\(\s*ActionMatches\s*\{\s*'([^']+)'\s*\}\s*\)/gi;
/** `(!(A) AND !(B) ...) OR (@Resource[...] <operator> '<value>')`, with optional outer parentheses. */
const SHAPE = new RegExp([
  '^\\(?\\s*',
  '\\(\\s*((?:!\\s*\\(\\s*ActionMatches\\s*\\{\\s*\'[^\']+\'\\s*\\}\\s*\\)\\s*(?:AND\\s*)?)+)\\)',
  '\\s*OR\\s*',
  '\\(\\s*(@Resource\\[[^\\]]+\\])\\s+(StringStartsWithIgnoreCase|StringStartsWith|StringEqualsIgnoreCase|StringEquals)\\s+\'([^\']*)\'\\s*\\)',
  '\\s*\\)?$',
].join(''), 'i');

/**
 * Parses a condition of the shape above. Returns `undefined` for anything else (another
 * attribute, another operator, `@Request` attributes, extra clauses): the caller then treats the
 * condition as not limiting which containers are reached, which can only overstate access.
 *
 * `StringEquals` on the name is read as a prefix too: a name equal to the value also starts with it.
 */
export function parseContainerCondition(condition: string): ContainerCondition | undefined {
  const match = SHAPE.exec(condition.trim());
  if (!match || !CONTAINER_NAME.test(match[2])) return undefined;
  const limitedActions = [...match[1].matchAll(NOT_ACTION)].map((action) => action[1]);
  return { limitedActions, prefix: match[4] };
}

/** Whether the condition limits `action` (ActionMatches compares whole action names, ignoring case). */
export function conditionLimits(condition: ContainerCondition, action: string): boolean {
  return condition.limitedActions.some((limited) => limited.toLowerCase() === action.toLowerCase());
}
