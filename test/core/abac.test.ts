import { containerNamePrefixCondition } from '../../lib/core/abac';
import { BuiltInRoles } from '../../lib/core/roles';
import { conditionAllows } from '../condition-evaluator';

/**
 * The condition of shared/reference/abac.md, typed out by hand from the reference (not produced by
 * the code under test), for a workspace id `WSID`.
 */
const REFERENCE_CONDITION = `
(
 (
  !(ActionMatches{'Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read'})
  AND !(ActionMatches{'Microsoft.Storage/storageAccounts/blobServices/containers/blobs/write'})
  AND !(ActionMatches{'Microsoft.Storage/storageAccounts/blobServices/containers/blobs/delete'})
  AND !(ActionMatches{'Microsoft.Storage/storageAccounts/blobServices/containers/blobs/add/action'})
  AND !(ActionMatches{'Microsoft.Storage/storageAccounts/blobServices/containers/blobs/move/action'})
 )
 OR
 (
  @Resource[Microsoft.Storage/storageAccounts/blobServices/containers:name] StringStartsWithIgnoreCase 'WSID'
 )
)`;

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('containerNamePrefixCondition', () => {
  test('builds exactly the condition of the reference for Storage Blob Data Contributor', () => {
    const condition = containerNamePrefixCondition(BuiltInRoles.STORAGE_BLOB_DATA_CONTRIBUTOR, 'WSID');
    expect(condition.version).toBe('2.0');
    expect(squash(condition.expression)).toBe(squash(REFERENCE_CONDITION));
  });

  test('writes the condition byte for byte as deployed (condition is ForceNew in azurerm: any change replaces the grant)', () => {
    // Typed by hand: every space and line break matters.
    expect(containerNamePrefixCondition(BuiltInRoles.STORAGE_BLOB_DATA_READER, 'WSID').expression).toBe(
      "(\n (\n  !(ActionMatches{'Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read'})\n )\n OR\n (\n" +
      "  @Resource[Microsoft.Storage/storageAccounts/blobServices/containers:name] StringStartsWithIgnoreCase 'WSID'\n )\n)",
    );
    expect(containerNamePrefixCondition(BuiltInRoles.STORAGE_BLOB_DATA_CONTRIBUTOR, 'WSID').expression).toBe([
      '(',
      ' (',
      "  !(ActionMatches{'Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read'})",
      '  AND',
      "  !(ActionMatches{'Microsoft.Storage/storageAccounts/blobServices/containers/blobs/write'})",
      '  AND',
      "  !(ActionMatches{'Microsoft.Storage/storageAccounts/blobServices/containers/blobs/delete'})",
      '  AND',
      "  !(ActionMatches{'Microsoft.Storage/storageAccounts/blobServices/containers/blobs/add/action'})",
      '  AND',
      "  !(ActionMatches{'Microsoft.Storage/storageAccounts/blobServices/containers/blobs/move/action'})",
      ' )',
      ' OR',
      ' (',
      "  @Resource[Microsoft.Storage/storageAccounts/blobServices/containers:name] StringStartsWithIgnoreCase 'WSID'",
      ' )',
      ')',
    ].join('\n'));
  });

  test('lists every blob data action of the role, so none stays unrestricted', () => {
    const { expression } = containerNamePrefixCondition(BuiltInRoles.STORAGE_BLOB_DATA_CONTRIBUTOR, 'WSID');
    for (const action of ['read', 'write', 'delete', 'add/action', 'move/action']) {
      expect(expression).toContain(`ActionMatches{'Microsoft.Storage/storageAccounts/blobServices/containers/blobs/${action}'}`);
    }
  });

  test('the condition allows the prefixed containers and denies every other container', () => {
    const { expression } = containerNamePrefixCondition(BuiltInRoles.STORAGE_BLOB_DATA_CONTRIBUTOR, 'aaaa-1111');
    const write = 'Microsoft.Storage/storageAccounts/blobServices/containers/blobs/write';
    expect(conditionAllows(expression, write, 'aaaa-1111-blobstore')).toBe(true);
    expect(conditionAllows(expression, write, 'AAAA-1111-code')).toBe(true);
    expect(conditionAllows(expression, write, 'bbbb-2222-blobstore')).toBe(false);
    expect(conditionAllows(expression, write, 'shared')).toBe(false);
  });

  test('a reader condition lists only the read action', () => {
    const { expression } = containerNamePrefixCondition(BuiltInRoles.STORAGE_BLOB_DATA_READER, 'WSID');
    expect([...expression.matchAll(/ActionMatches/g)]).toHaveLength(1);
    expect(expression).toContain("blobs/read'");
  });

  test('fails when the role has no blob data actions to restrict', () => {
    expect(() => containerNamePrefixCondition(BuiltInRoles.CONTRIBUTOR, 'WSID')).toThrow(
      'containerNamePrefixCondition: role "Contributor" has no blob data actions in the catalog, so a container condition cannot restrict it; use a blob data role such as Storage Blob Data Contributor.',
    );
  });
});

describe('containerNamePrefixCondition input checks', () => {
  test.each(['', "x' OR 'a", 'x\\y'])('fails for the prefix %j, which would not isolate anything', (prefix) => {
    expect(() => containerNamePrefixCondition(BuiltInRoles.STORAGE_BLOB_DATA_CONTRIBUTOR, prefix)).toThrow(
      `containerNamePrefixCondition: prefix "${prefix}" would not isolate anything (empty, or containing a quote or backslash); pass a project's \`project_id\`.`,
    );
  });
});
