import { Testing, TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import { checkBaseName, checkName, compactName, hyphenatedName, NameRules, uniqueSuffix } from '../../lib/core/naming';

describe('checkName', () => {
  test('accepts a valid storage account name', () => {
    expect(checkName(NameRules.storageAccount, 'stsalesdev1a2b3c', 'fix it')).toEqual([]);
  });

  test('fails when a storage account name has uppercase letters or underscores, naming value, rule and fix', () => {
    const [problem] = checkName(NameRules.storageAccount, 'My_Storage', 'change `storageAccountName`');
    expect(problem).toBe('storage account name "My_Storage" must use lowercase letters and digits only (Azure: unique in Azure (global)); change `storageAccountName`.');
  });

  test('fails when a key vault name is too long', () => {
    const problems = checkName(NameRules.keyVault, 'kv-this-name-is-far-too-long', 'change `keyVaultName`');
    expect(problems).toEqual(['key vault name "kv-this-name-is-far-too-long" is 28 characters long but must be 3-24 (Azure: unique in Azure (global; a deleted name stays taken until purged)); change `keyVaultName`.']);
  });

  test('fails when a key vault name has consecutive hyphens', () => {
    expect(checkName(NameRules.keyVault, 'kv--sales', 'fix')[0]).toMatch(/key vault name "kv--sales" must use letters, digits and single hyphens/);
  });

  test('skips unresolved tokens', () => {
    const stack = new TerraformStack(Testing.app(), 'names');
    const token = new TerraformVariable(stack, 'storage_name', { type: 'string' }).stringValue;
    expect(checkName(NameRules.storageAccount, token, 'fix')).toEqual([]);
  });
});

describe('checkBaseName', () => {
  test('fails for uppercase base names with the allowed alphabet and an example', () => {
    expect(checkBaseName('Sales_Dev', 'name')).toEqual([
      'name "Sales_Dev" must be 1-24 lowercase letters, digits and single hyphens (it prefixes every resource name, e.g. "sales-dev"); choose a shorter or simpler base name.',
    ]);
  });
});

describe('derived names', () => {
  test('compact names drop hyphens and cut the base so the hash suffix always fits', () => {
    expect(compactName('st', 'sales-dev', 'abc123', 24)).toBe('stsalesdevabc123');
    const long = compactName('st', 'a-very-long-department-name', 'abc123', 24);
    expect(long).toHaveLength(24);
    expect(long.endsWith('abc123')).toBe(true);
  });

  test('hyphenated names never leave a dangling hyphen before the suffix', () => {
    // 14 characters fit between "kv-" and "-abc123"; the 14th of this base is a hyphen.
    const name = hyphenatedName('kv', 'abcdefghijklm-x', 'abc123', 24);
    expect(name).toBe('kv-abcdefghijklm-abc123');
    expect(checkName(NameRules.keyVault, name, 'fix')).toEqual([]);
  });

  test('the unique suffix is a hash of the construct path: stable, and different per stack', () => {
    const a1 = new Construct(new TerraformStack(Testing.app(), 'stack-a'), 'hub');
    const a2 = new Construct(new TerraformStack(Testing.app(), 'stack-a'), 'hub');
    const b = new Construct(new TerraformStack(Testing.app(), 'stack-b'), 'hub');
    expect(uniqueSuffix(a1)).toMatch(/^[0-9a-f]{6}$/);
    expect(uniqueSuffix(a1)).toBe(uniqueSuffix(a2));
    expect(uniqueSuffix(a1)).not.toBe(uniqueSuffix(b));
  });
});
