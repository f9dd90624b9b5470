import { ApplicationInsights } from '@cdktf/provider-azurerm/lib/application-insights';
import { LogAnalyticsWorkspace } from '@cdktf/provider-azurerm/lib/log-analytics-workspace';
import { Construct } from 'constructs';
import { Placement } from './placement';

/** What the hub decides about its Log Analytics workspace. */
export interface HubLogAnalyticsSettings extends Placement {
  readonly retentionInDays: number;
}

/** The Log Analytics workspace that receives the hub's diagnostics and backs Application Insights. */
export function createHubLogAnalyticsWorkspace(scope: Construct, id: string, s: HubLogAnalyticsSettings): LogAnalyticsWorkspace {
  return new LogAnalyticsWorkspace(scope, id, {
    name: s.name,
    location: s.location,
    resourceGroupName: s.resourceGroupName,
    sku: 'PerGB2018',
    retentionInDays: s.retentionInDays,
    tags: s.tags,
  });
}

/** What the hub decides about its Application Insights. */
export interface HubApplicationInsightsSettings extends Placement {
  readonly workspaceId: string;
}

/** A workspace-based Application Insights (classic, workspace-less ones are retired). */
export function createHubApplicationInsights(scope: Construct, id: string, s: HubApplicationInsightsSettings): ApplicationInsights {
  return new ApplicationInsights(scope, id, {
    name: s.name,
    location: s.location,
    resourceGroupName: s.resourceGroupName,
    applicationType: 'web',
    workspaceId: s.workspaceId,
    tags: s.tags,
  });
}
