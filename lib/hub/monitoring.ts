import { ApplicationInsights } from '@cdktf/provider-azurerm/lib/application-insights';
import { LogAnalyticsWorkspace } from '@cdktf/provider-azurerm/lib/log-analytics-workspace';
import { bool, Field, num, optional, str } from '../core/input';
import { NameRules } from '../core/naming';
import { BuiltInRoles } from '../core/roles';
import { checkIntegerRange } from '../core/validation';
import { HubDependencyDescriptor } from './hub-dependency';

/** The hub's props about its Log Analytics workspace and Application Insights. */
export interface HubMonitoringProps {
  /** Name of the Log Analytics workspace. @default `log-<baseName>` */
  readonly logAnalyticsWorkspaceName?: string;
  /** Days the workspace keeps data (30-730). @default 90 */
  readonly logRetentionInDays?: number;
  /** Use this Log Analytics workspace (resource id) for diagnostics and Application Insights. */
  readonly existingLogAnalyticsWorkspaceId?: string;
  /** Name of Application Insights. @default `appi-<baseName>` */
  readonly applicationInsightsName?: string;
  /** Use this Application Insights (resource id) instead of creating one. */
  readonly existingApplicationInsightsId?: string;
  /**
   * Keep key (local) authentication on the Log Analytics workspace and Application Insights the
   * hub creates. Off by default: keys bypass role assignments, and PSRule for Azure flags them
   * (`Azure.AppInsights.LocalAuth`). Senders then authenticate with Entra ID and need Monitoring
   * Metrics Publisher on Application Insights, which the hub and project identities get. Turning it
   * on warns (`local-authentication`): do so only if a tracing client can send with a connection
   * string alone (see the README, "To verify on first apply").
   * @default false
   */
  readonly monitoringLocalAuthentication?: boolean;
}

/** The runtime checks of the monitoring props (shared by the workspace's and Application Insights' descriptors). */
const MONITORING_PROP_CHECKS: Readonly<Record<keyof HubMonitoringProps, Field>> = {
  logAnalyticsWorkspaceName: optional(str()),
  logRetentionInDays: optional(num()),
  existingLogAnalyticsWorkspaceId: optional(str()),
  applicationInsightsName: optional(str()),
  existingApplicationInsightsId: optional(str()),
  monitoringLocalAuthentication: optional(bool()),
};

/** Defaults of the monitoring props. */
export const MONITORING_DEFAULTS = { logRetentionInDays: 90 } as const;

/**
 * The Log Analytics workspace that receives the hub's diagnostics and backs Application Insights.
 * Retention 30-730 days: the range azurerm v4.55.0 validates for `retention_in_days`
 * (internal/services/loganalytics/log_analytics_workspace_resource.go).
 */
export const LOG_ANALYTICS_WORKSPACE: HubDependencyDescriptor<HubMonitoringProps> = {
  label: 'LogAnalyticsWorkspace',
  armType: 'Microsoft.OperationalInsights/workspaces',
  nameProp: 'logAnalyticsWorkspaceName',
  existingIdProp: 'existingLogAnalyticsWorkspaceId',
  nameRule: NameRules.logAnalyticsWorkspace,
  propChecks: MONITORING_PROP_CHECKS,
  createOnlyProps: ['logAnalyticsWorkspaceName', 'logRetentionInDays'],
  defaultName: (base) => `log-${base}`,
  hubIdentityRoles: [],
  // internet_ingestion_enabled / internet_query_enabled: Optional, default true (azurerm v4.55.0
  // log_analytics_workspace_resource.go); false limits both to networks of a monitor private link
  // scope (Microsoft Learn, "Design your Azure Private Link setup", control network access).
  networkPosture: { optOut: 'LogAnalyticsWorkspace', publicAccessAttributes: ['internet_ingestion_enabled', 'internet_query_enabled'] },

  check: (props) => checkIntegerRange('logRetentionInDays', props.logRetentionInDays, 30, 730, 'the PerGB2018 workspace keeps data 30-730 days'),

  create(c, props) {
    const workspace = new LogAnalyticsWorkspace(c.hub, 'LogAnalyticsWorkspace', {
      name: c.name,
      location: c.location,
      resourceGroupName: c.resourceGroupName,
      sku: 'PerGB2018',
      retentionInDays: props.logRetentionInDays ?? MONITORING_DEFAULTS.logRetentionInDays,
      // Keyless: Entra ID only. azurerm v4.55.0 log_analytics_workspace_resource.go: in 4.x
      // `local_authentication_enabled` is Optional+Computed (no default, Azure's being enabled), and
      // `local_authentication_disabled` is deprecated; set explicitly so a change outside Terraform
      // shows as a diff.
      localAuthenticationEnabled: c.localAuthentication,
      internetIngestionEnabled: c.publicNetworkAccess,
      internetQueryEnabled: c.publicNetworkAccess,
    });
    return {
      resource: workspace,
      taggable: true,
      holdsData: true,
      lockId: 'Lock-LogAnalyticsWorkspace',
      diagnostics: [{ id: 'Diagnostics-LogAnalyticsWorkspace', resourceId: workspace.id, logs: true }],
    };
  },
};

/**
 * A workspace-based Application Insights (classic, workspace-less ones are retired). Its telemetry
 * already lands in the workspace; exporting its logs again would double the ingestion cost, so
 * only metrics are sent.
 *
 * Hub identity role (Microsoft Learn, "Set up authentication between Azure Machine Learning and
 * other services", user-assigned managed identity): Contributor.
 */
export const APPLICATION_INSIGHTS: HubDependencyDescriptor<HubMonitoringProps> = {
  label: 'ApplicationInsights',
  armType: 'Microsoft.Insights/components',
  nameProp: 'applicationInsightsName',
  existingIdProp: 'existingApplicationInsightsId',
  nameRule: NameRules.applicationInsights,
  propChecks: MONITORING_PROP_CHECKS,
  createOnlyProps: ['applicationInsightsName'],
  defaultName: (base) => `appi-${base}`,
  // Monitoring Metrics Publisher: sending telemetry to a component without local authentication
  // (Microsoft Learn, "Microsoft Entra authentication for Application Insights").
  hubIdentityRoles: [BuiltInRoles.CONTRIBUTOR, BuiltInRoles.MONITORING_METRICS_PUBLISHER],
  // Same switches as the workspace (azurerm v4.55.0 application_insights_resource.go, both default true).
  networkPosture: { optOut: 'ApplicationInsights', publicAccessAttributes: ['internet_ingestion_enabled', 'internet_query_enabled'] },

  check: () => [],

  create(c) {
    const insights = new ApplicationInsights(c.hub, 'ApplicationInsights', {
      name: c.name,
      location: c.location,
      resourceGroupName: c.resourceGroupName,
      applicationType: 'web',
      workspaceId: c.resolvedIds[LOG_ANALYTICS_WORKSPACE.label],
      // Keyless ingestion and query (azurerm v4.55.0 application_insights_resource.go:
      // `local_authentication_disabled`, default false; note the polarity differs from Log
      // Analytics). Senders then need Monitoring Metrics Publisher on the component.
      localAuthenticationDisabled: !c.localAuthentication,
      internetIngestionEnabled: c.publicNetworkAccess,
      internetQueryEnabled: c.publicNetworkAccess,
    });
    return {
      resource: insights,
      taggable: true,
      holdsData: false,
      diagnostics: [{ id: 'Diagnostics-ApplicationInsights', resourceId: insights.id, logs: false }],
    };
  },
};
