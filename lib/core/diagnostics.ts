import { MonitorDiagnosticSetting } from '@cdktf/provider-azurerm/lib/monitor-diagnostic-setting';
import { Construct } from 'constructs';

/**
 * The `diagnostics` standard interface: where a construct sends the logs and metrics of every
 * resource it creates.
 */
export interface DiagnosticsProps {
  /**
   * Send diagnostics at all. Turning them off emits a warning annotation.
   * @default true
   */
  readonly enabled?: boolean;
  /**
   * The Log Analytics workspace that receives them.
   * @default the workspace the hub creates (or the one it was given)
   */
  readonly logAnalyticsWorkspaceId?: string;
}

/** What a resource can send: some (a storage account root) have metrics but no logs. */
export interface DiagnosticTarget {
  /** The resource (or sub-resource, such as `<storage id>/blobServices/default`). */
  readonly resourceId: string;
  /** Whether the resource type has log categories. */
  readonly logs: boolean;
  /**
   * The metric categories to enable, as Azure reads them back (a setting written otherwise shows
   * as a change in every plan).
   * @default ALL_METRICS
   */
  readonly metricCategories?: readonly string[];
}

/**
 * The one metric category of most resource types: every platform metric. Microsoft Learn,
 * "Diagnostic settings in Azure Monitor": "For Metrics, select AllMetrics". Storage differs (see
 * STORAGE_METRIC_CATEGORIES in hub/storage-account.ts).
 */
export const ALL_METRICS: readonly string[] = ['AllMetrics'];

/** The name of every diagnostic setting the library creates (unique per target resource). */
export const DIAGNOSTIC_SETTING_NAME = 'diag-to-log-analytics';

/** Sends all log category groups (`allLogs`) and the metric categories of `target` to a Log Analytics workspace. */
export function addDiagnosticSetting(scope: Construct, id: string, target: DiagnosticTarget, workspaceId: string): MonitorDiagnosticSetting {
  return new MonitorDiagnosticSetting(scope, id, {
    name: DIAGNOSTIC_SETTING_NAME,
    targetResourceId: target.resourceId,
    logAnalyticsWorkspaceId: workspaceId,
    enabledLog: target.logs ? [{ categoryGroup: 'allLogs' }] : undefined,
    enabledMetric: (target.metricCategories ?? ALL_METRICS).map((category) => ({ category })),
  });
}
