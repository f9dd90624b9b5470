import { containerNamePrefixCondition } from '../../lib/core/abac';
import { BuiltInRoles } from '../../lib/core/roles';
import { conditionLimits, parseContainerCondition } from '../../lib/report/abac-condition';

const PREFIX = '${azurerm_ai_foundry_project.p.project_id}';
const BLOBS = 'Microsoft.Storage/storageAccounts/blobServices/containers/blobs';

describe('container-name condition', () => {
  test('reads the condition lib/core/abac.ts writes: every listed action, and the prefix', () => {
    const { expression } = containerNamePrefixCondition(BuiltInRoles.STORAGE_BLOB_DATA_CONTRIBUTOR, PREFIX);
    expect(parseContainerCondition(expression)).toEqual({
      limitedActions: [`${BLOBS}/read`, `${BLOBS}/write`, `${BLOBS}/delete`, `${BLOBS}/add/action`, `${BLOBS}/move/action`],
      prefix: PREFIX,
    });
  });

  test('reads one line, without the outer parentheses, and StringEquals', () => {
    expect(parseContainerCondition(`(!(ActionMatches{'${BLOBS}/read'})) OR (@Resource[Microsoft.Storage/storageAccounts/blobServices/containers:name] StringEquals '${PREFIX}-data')`))
      .toEqual({ limitedActions: [`${BLOBS}/read`], prefix: `${PREFIX}-data` });
  });

  test.each([
    ['another attribute', `((!(ActionMatches{'${BLOBS}/read'})) OR (@Resource[Microsoft.Storage/storageAccounts/blobServices/containers/blobs:path] StringStartsWith 'x'))`],
    ['a request attribute', `((!(ActionMatches{'${BLOBS}/read'})) OR (@Request[Microsoft.Storage/storageAccounts/blobServices/containers:name] StringStartsWith 'x'))`],
    ['another operator', `((!(ActionMatches{'${BLOBS}/read'})) OR (@Resource[Microsoft.Storage/storageAccounts/blobServices/containers:name] StringLike 'x*'))`],
    ['an extra clause', `((!(ActionMatches{'${BLOBS}/read'})) OR (@Resource[Microsoft.Storage/storageAccounts/blobServices/containers:name] StringStartsWith 'x') OR (true))`],
    ['an empty string', ''],
  ])('does not read %s (the report then treats the condition as not limiting)', (_what, condition) => {
    expect(parseContainerCondition(condition)).toBeUndefined();
  });

  test('compares action names ignoring case, never as a pattern', () => {
    const parsed = parseContainerCondition(`((!(ActionMatches{'${BLOBS}/READ'})) OR (@Resource[Microsoft.Storage/storageAccounts/blobServices/containers:name] StringStartsWith 'x'))`)!;
    expect(conditionLimits(parsed, `${BLOBS}/read`)).toBe(true);
    expect(conditionLimits(parsed, `${BLOBS}/write`)).toBe(false);
  });
});
