import { AzurermBackend, TerraformStack } from 'cdktf';

/**
 * The state of the examples: one state file per stack (`<stack>.tfstate`) in a storage account of
 * the platform team, reached with Entra ID (`use_azuread_auth`: the account needs no keys, and the
 * deploying identity needs Storage Blob Data Contributor on the container). Pipelines sign in with
 * OIDC workload identity federation (`ARM_USE_OIDC=true`, see examples/pipelines), so nothing here
 * is a secret. Replace the names with your state account's.
 */
export const EXAMPLE_STATE = {
  resourceGroupName: 'rg-terraform-state',
  storageAccountName: 'stplatformtfstate',
  containerName: 'tfstate',
} as const;

/** Gives an example stack its own state file in the shared state container. */
export function useExampleBackend(stack: TerraformStack, name: string): void {
  new AzurermBackend(stack, { ...EXAMPLE_STATE, key: `${name}.tfstate`, useAzureadAuth: true });
}
