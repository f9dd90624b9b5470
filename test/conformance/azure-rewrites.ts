/**
 * Values Azure accepts on write but reads back differently. azurerm (and azapi) compare what they
 * read with the configuration, so writing such a value makes every later plan show a change (and
 * for a ForceNew attribute, a replacement). The library must write the form Azure returns.
 */
export interface AzureRewrite {
  /** The Terraform resource type. */
  readonly resourceType: string;
  /** The attribute path (`.` for nested blocks). */
  readonly attribute: string;
  /** Only resources for which this holds (e.g. a diagnostic setting on a storage service). */
  readonly appliesTo?: (body: Record<string, any>) => boolean;
  /** The value as written, which Azure rewrites. */
  readonly written: string | RegExp;
  /** What Azure returns instead. */
  readonly readBack: string;
  /** Where this is recorded. */
  readonly evidence: string;
}

/** A diagnostic setting on one of a storage account's services. */
const onStorageService = (body: Record<string, any>) => /^\$\{azurerm_storage_account\.[^.]+\.id\}\/(blob|file|queue|table)Services\/default$/.test(String(body.target_resource_id));

/** The rewrites the library's resources can meet. */
export const AZURE_REWRITES: readonly AzureRewrite[] = [
  {
    resourceType: 'azurerm_monitor_diagnostic_setting',
    attribute: 'enabled_metric.category',
    appliesTo: onStorageService,
    written: 'AllMetrics',
    readBack: 'the concrete categories Capacity and Transaction (Azure Files also SLI)',
    evidence: 'Azure/terraform-azurerm-avm-res-storage-storageaccount, locals.diagnostics.tf at commit 0862d40 ("Azure expands AllMetrics into concrete metric categories when diagnostic settings are read at Storage service scopes"), PR #380 fixing issue #318 (a change in every plan); azurerm v4.55.0 keeps every category the API returns (monitor_diagnostic_setting_resource.go, flatten of enabled_metric)',
  },
  {
    resourceType: 'azurerm_role_assignment',
    attribute: 'role_definition_id',
    written: /^\/providers\/Microsoft\.Authorization\/roleDefinitions\//,
    readBack: '/subscriptions/<subscription id>/providers/Microsoft.Authorization/roleDefinitions/<guid>',
    evidence: 'azurerm v4.55.0 internal/services/authorization/role_assignment_resource.go stores the API\'s role definition id verbatim on read (ForceNew, only case differences suppressed); hashicorp/terraform-provider-azurerm#4258 and #19847',
  },
];
