/** A test-only evaluator of the ABAC condition shape the library produces (shared/reference/abac.md). */

export const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * Decides one request under a condition of the documented shape "(not one of the listed actions)
 * OR (container name starts with the prefix)". Throws if the condition has another shape.
 */
export function conditionAllows(expression: string, action: string, container: string): boolean {
  const shape = /^\( \( (!\(ActionMatches\{'[^']+'\}\)(?: AND !\(ActionMatches\{'[^']+'\}\))*) \) OR \( @Resource\[Microsoft\.Storage\/storageAccounts\/blobServices\/containers:name\] StringStartsWithIgnoreCase '([^']+)' \) \)$/;
  const match = shape.exec(squash(expression));
  if (!match) throw new Error(`condition does not have the documented shape: ${expression}`);
  const listed = [...match[1].matchAll(/ActionMatches\{'([^']+)'\}/g)].map((m) => m[1]);
  return !listed.includes(action) || container.toLowerCase().startsWith(match[2].toLowerCase());
}
