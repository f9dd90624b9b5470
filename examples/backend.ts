import { LocalBackend, TerraformStack } from 'cdktf';

/**
 * Gives an example stack a local state file in the project root. cdktf's default local backend
 * writes an absolute path, which would make the synthesized JSON differ from one checkout to the
 * next; `cdktf deploy` runs Terraform in `cdktf.out/stacks/<name>`, hence the `../../..`.
 * Real stacks use a remote backend (azurerm, for example) instead.
 */
export function useExampleStateFile(stack: TerraformStack, name: string): void {
  new LocalBackend(stack, { path: `../../../terraform.${name}.tfstate` });
}
