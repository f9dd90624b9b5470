/** A resource group to place resources in; an `azurerm` `ResourceGroup` fits. */
export interface IResourceGroup {
  /** The resource group's name. */
  readonly name: string;
  /** The resource group's resource id. */
  readonly id: string;
}
