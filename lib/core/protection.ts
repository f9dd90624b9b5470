import { TerraformResource } from './cdktf';

/**
 * Sets `lifecycle.prevent_destroy` on a stateful resource, so that a plan that would destroy it
 * (a rename, a removed construct, `cdktf destroy`) fails instead of deleting data.
 */
export function protectFromDestroy(resource: TerraformResource, enabled: boolean): void {
  if (enabled) resource.lifecycle = { ...resource.lifecycle, preventDestroy: true };
}
