import { AzurermProvider, AzurermProviderConfig } from '@cdktf/provider-azurerm/lib/provider';
import { TerraformProvider, TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import { AiHub, AiHubProps } from '../../lib';
import { synth } from '../helpers';

const base: AiHubProps = { baseName: 'sales-dev', location: 'swedencentral' };
const hubWith = (props: Partial<AiHubProps>, options = {}) => () => synth((s) => { new AiHub(s, 'Hub', { ...base, ...props }); }, options);

/** Synthesizes a stack whose azurerm provider is built by `providers` instead of the library defaults. */
const withProviders = (providers: (s: TerraformStack) => void, props: Partial<AiHubProps> = {}) => () => synth((s) => {
  providers(s);
  new AiHub(s, 'Hub', { ...base, ...props });
}, { provider: false });
const plainProvider = (config: Partial<AzurermProviderConfig> = {}) => (s: TerraformStack) => { new AzurermProvider(s, 'azurerm', { features: [{}], ...config }); };

describe('AiHub validation', () => {
  test('fails when the base name has characters Azure names cannot carry', () => {
    expect(hubWith({ baseName: 'Sales_Dev' })).toThrow('AiHub "test/Hub": baseName "Sales_Dev" must be 1-24 lowercase letters, digits and single hyphens');
  });

  test('fails when an explicit storage account name breaks the Azure rule, naming path, value, rule and fix', () => {
    expect(hubWith({ storageAccountName: 'My_Storage' })).toThrow(
      'AiHub "test/Hub": storage account name "My_Storage" must use lowercase letters and digits only (Azure: unique in Azure (global)); change `storageAccountName`.',
    );
  });

  test('collects every problem of the construct into one error', () => {
    expect(hubWith({ keyVaultName: 'kv_bad', containerRegistryName: 'cr', name: 'x' })).toThrow(
      /AiHub "test\/Hub": 4 problems:\n  - hub or project name "x" is 1 characters long[^\n]*\n  - hub or project name "x" must use[^\n]*\n  - key vault name "kv_bad" must use[^\n]*\n  - container registry name "cr" is 2 characters long but must be 5-50/,
    );
  });

  test('fails when the base name is longer than 24 characters (every derived name must fit its rule)', () => {
    expect(hubWith({ baseName: 'a'.repeat(25) })).toThrow('baseName "aaaaaaaaaaaaaaaaaaaaaaaaa" must be 1-24 lowercase letters');
  });

  test('refuses a name for a dependency it reuses instead of creating (the name would be ignored)', () => {
    expect(hubWith({ storageAccountName: 'Bad_Name', existingStorageAccountId: '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/st1' })).toThrow(
      'AiHub "test/Hub": storageAccountName is the string "Bad_Name", but existingStorageAccountId makes the hub use an existing StorageAccount instead of creating one, so storageAccountName would be ignored',
    );
  });

  test('fails when an existing resource id is of the wrong type', () => {
    expect(hubWith({ existingKeyVaultId: '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/st1' })).toThrow(
      'existingKeyVaultId "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/st1" is not a resource id of type Microsoft.KeyVault/vaults; expected /subscriptions/<subscription id>/resourceGroups/<group>/providers/Microsoft.KeyVault/vaults/<name>.',
    );
  });

  test('fails when an existing identity has a principal id that is not a GUID', () => {
    expect(hubWith({ existingIdentity: { resourceId: '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id1', principalId: 'hub-identity' } })).toThrow(
      'existingIdentity.principalId "hub-identity" must be a GUID',
    );
  });

  test('fails when soft delete retention is out of range', () => {
    expect(hubWith({ blobSoftDeleteRetentionDays: 0 })).toThrow('blobSoftDeleteRetentionDays 0 must be a whole number from 1 to 365; Azure keeps deleted blobs and containers 1-365 days.');
    // Checked with an existing account too: a bad value never passes silently.
    expect(hubWith({ blobSoftDeleteRetentionDays: 0, existingStorageAccountId: '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/stshared' })).toThrow('blobSoftDeleteRetentionDays 0 must be a whole number from 1 to 365');
  });

  test('fails when log retention is out of range', () => {
    expect(hubWith({ logRetentionInDays: 7 })).toThrow('logRetentionInDays 7 must be a whole number from 30 to 730');
  });

  test('fails when a private hub would get a registry that cannot disable public access', () => {
    expect(hubWith({ containerRegistrySku: 'Standard' })).toThrow(
      'containerRegistrySku "Standard" cannot disable public network access, which a private hub (publicNetworkAccess "Disabled", the default) requires of its registry; use "Premium", or pass an existing registry in `existingContainerRegistryId`.',
    );
    expect(hubWith({ containerRegistrySku: 'Standard', publicNetworkAccess: 'Enabled' })).not.toThrow();
  });

  test('fails when both resourceGroup and resourceGroupName are given', () => {
    expect(hubWith({ resourceGroup: { name: 'rg-x', id: '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-x' }, resourceGroupName: 'rg-y' })).toThrow(
      'both `resourceGroup` and `resourceGroupName` are set',
    );
  });

  test('checks the provider once per stack, naming the first hub that creates storage, however many hubs there are', () => {
    const build = () => synth((s) => {
      plainProvider()(s);
      new AiHub(s, 'Shared', { ...base, baseName: 'shared', existingStorageAccountId: '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/stshared' });
      for (const name of ['HubA', 'HubB']) new AiHub(s, name, { ...base, baseName: name.toLowerCase() });
    }, { provider: false });
    let message = '';
    try { build(); } catch (e) { message = String((e as Error).message); }
    expect(message.match(/does not set `storageUseAzuread: true`/g)).toHaveLength(1);
    expect(message).toContain('AiHub "test/HubA": the hub storage account has shared key access disabled');
  });

  test('fails synth when the azurerm provider does not use Entra ID for storage', () => {
    expect(withProviders(plainProvider())).toThrow('the default azurerm provider of the stack does not set `storageUseAzuread: true`');
  });

  test('skips name checks for unresolved tokens', () => {
    expect(() => synth((s) => {
      const name = new TerraformVariable(s, 'storage_name', { type: 'string' }).stringValue;
      new AiHub(s, 'Hub', { ...base, storageAccountName: name, keyVaultName: name, existingApplicationInsightsId: name });
    })).not.toThrow();
  });

  test('fails when the base name is a token, since default names are derived at synth time', () => {
    expect(() => synth((s) => {
      new AiHub(s, 'Hub', { ...base, baseName: new TerraformVariable(s, 'base', { type: 'string' }).stringValue });
    })).toThrow('baseName is a Terraform token, but it must be a plain string known at synth time');
  });
});

describe('AiHub provider checks', () => {
  test('fails when only an aliased azurerm provider uses Entra ID for storage', () => {
    expect(withProviders((s) => {
      plainProvider()(s);
      new AzurermProvider(s, 'other', { features: [{}], alias: 'other', storageUseAzuread: true });
    })).toThrow('the default azurerm provider of the stack does not set `storageUseAzuread: true`');
  });

  test('skips the check when the setting is a Terraform token', () => {
    expect(withProviders((s) => {
      plainProvider({ storageUseAzuread: new TerraformVariable(s, 'use_azuread', { type: 'bool' }).booleanValue })(s);
    })).not.toThrow();
  });

  test('does not check the provider when the hub reuses an existing storage account', () => {
    expect(withProviders(plainProvider())).toThrow('storageUseAzuread');
    expect(withProviders(plainProvider(), {
      existingStorageAccountId: '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/st1',
    })).not.toThrow();
  });

  test('the recommended provider settings keep Terraform off the storage data plane', () => {
    const { json } = synth((s) => { new AiHub(s, 'Hub', base); });
    const azurerm = json.provider!.azurerm[0];
    expect(azurerm.storage_use_azuread).toBe(true);
    expect(azurerm.features[0].storage).toEqual([{ data_plane_available: false }]);
    expect(azurerm.features[0].key_vault).toEqual([{ purge_soft_delete_on_destroy: false, recover_soft_deleted_key_vaults: true }]);
  });

  test('a stack that declares its own azapi provider gets no second one', () => {
    const { json } = synth((s) => {
      class UserAzapi extends TerraformProvider {
        constructor(scope: Construct, id: string) {
          super(scope, id, { terraformResourceType: 'azapi', terraformGeneratorMetadata: { providerName: 'azapi', providerVersionConstraint: '2.7.0' }, terraformProviderSource: 'Azure/azapi' });
        }
        protected synthesizeAttributes() { return {}; }
      }
      new UserAzapi(s, 'MyAzapi');
      new AiHub(s, 'Hub', base);
    });
    expect(json.provider!.azapi).toHaveLength(1);
    expect(json.terraform!.required_providers.azapi.version).toBe('2.7.0');
  });
});

describe('AiHub validation, remaining checks', () => {
  const WRONG = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/st1';

  test('fails when the existing identity id is not a user-assigned identity', () => {
    expect(hubWith({ existingIdentity: { resourceId: WRONG, principalId: '12345678-1234-1234-1234-123456789012' } })).toThrow(
      `existingIdentity.resourceId "${WRONG}" is not a resource id of type Microsoft.ManagedIdentity/userAssignedIdentities`,
    );
  });

  test('fails when the diagnostics destination is not a Log Analytics workspace', () => {
    expect(hubWith({ diagnostics: { logAnalyticsWorkspaceId: WRONG } })).toThrow(
      `diagnostics.logAnalyticsWorkspaceId "${WRONG}" is not a resource id of type Microsoft.OperationalInsights/workspaces`,
    );
  });

  test('skips range checks for unresolved numbers', () => {
    expect(() => synth((s) => {
      const days = new TerraformVariable(s, 'days', { type: 'number' }).numberValue;
      new AiHub(s, 'Hub', { ...base, blobSoftDeleteRetentionDays: days, logRetentionInDays: days });
    })).not.toThrow();
  });

  test('skips id checks of an imported hub for unresolved ids', () => {
    expect(() => synth((s) => {
      const id = new TerraformVariable(s, 'hub_id', { type: 'string' }).stringValue;
      AiHub.fromHubId(s, 'Shared', id).addProject('Alpha', {});
      AiHub.fromHubAttributes(s, 'Other', { resourceId: id, storageAccountId: id, location: 'swedencentral' });
    })).not.toThrow();
  });
});
