import { ConsumptionBudgetResourceGroup } from '@cdktf/provider-azurerm/lib/consumption-budget-resource-group';
import { Construct } from 'constructs';
import { Check, describeValue, isToken, list, num, optional, repeatedEntries, required, shape, str } from '../core/input';

/** A list written out at synth time (not a list token). */
const isLiteralList = (value: readonly string[] | undefined): value is readonly string[] => value !== undefined && !isToken(value);
import { isLiteral } from '../core/validation';

/** A monthly cost budget on an environment's resource group, with alerts. */
export interface EnvironmentBudgetProps {
  /** The monthly amount, in the billing account's currency (at least 1). */
  readonly amount: number;
  /**
   * The first month the budget counts, as `YYYY-MM-01` (azurerm requires the first day of a month,
   * on or after 2017-06-01). A fixed date, so that every synth writes the same JSON. Azure refuses
   * a monthly budget whose start is before the month it is created in, and `start_date` forces a
   * new budget when changed: set it to the month of the first deployment and keep it.
   */
  readonly startDate: string;
  /** Who is told: e-mail addresses. At least one of `contactEmails` and `actionGroupIds` is required. */
  readonly contactEmails?: readonly string[];
  /** Who is told: action group ids (for paging, tickets or automation). */
  readonly actionGroupIds?: readonly string[];
  /** Alerts on actual cost, in percent of the amount. @default the stage profile's `budgetThresholds` */
  readonly thresholds?: readonly number[];
  /** Alerts on forecast cost, in percent of the amount. @default [100] */
  readonly forecastThresholds?: readonly number[];
}

/** Alert thresholds: whole percents of the amount, 0-1000 (azurerm v4.55.0 consumption_budget_base.go, `threshold`). */
export const BUDGET_THRESHOLDS: Check = list(num({ integer: true, min: 0, max: 1000, unit: 'percent' }));

/** The runtime check of `EnvironmentBudgetProps`. */
export const ENVIRONMENT_BUDGET: Check = shape({
  amount: required(num({ min: 1 })),
  startDate: required(str()),
  contactEmails: optional(list(str(), { allowListToken: true })),
  actionGroupIds: optional(list(str(), { allowListToken: true })),
  thresholds: optional(BUDGET_THRESHOLDS),
  forecastThresholds: optional(BUDGET_THRESHOLDS),
}, 'an object such as { amount: 500, startDate: "2027-01-01", contactEmails: ["finops@contoso.com"] }');

const START_DATE = /^(\d{4})-(\d{2})-01$/;

/**
 * Notifications per budget: at most five (Azure's Microsoft.Consumption/budgets type
 * definitions, `properties.notifications`: "Budget can have up to five notifications"), at least one
 * (azurerm v4.55.0 consumption_budget_base.go, `notification` MinItems 1).
 */
export const BUDGET_NOTIFICATIONS = { min: 1, max: 5 } as const;
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/** The rules of a budget the shape check cannot see. Returns problems. */
export function checkEnvironmentBudget(budget: EnvironmentBudgetProps, defaultThresholdCount: number): string[] {
  const problems: string[] = [];
  const start = START_DATE.exec(budget.startDate);
  // azurerm v4.55.0 internal/services/consumption/validate/time_period.go: the first day of a month, on or after 2017-06-01.
  if (isLiteral(budget.startDate) && (start === null || Number(start[2]) < 1 || Number(start[2]) > 12 || `${start[1]}-${start[2]}` < '2017-06')) {
    problems.push(`budget.startDate is ${describeValue(budget.startDate)}; give the first day of a month on or after 2017-06-01 as YYYY-MM-01, e.g. "2027-01-01".`);
  }
  if (isLiteralList(budget.contactEmails ?? []) && isLiteralList(budget.actionGroupIds ?? []) && (budget.contactEmails ?? []).length === 0 && (budget.actionGroupIds ?? []).length === 0) {
    problems.push('budget has no contactEmails and no actionGroupIds, so its alerts would reach nobody; give at least one.');
  }
  const counts = { Actual: budget.thresholds?.length, Forecasted: (budget.forecastThresholds ?? [100]).length };
  const total = (counts.Actual ?? defaultThresholdCount) + counts.Forecasted;
  if (total < BUDGET_NOTIFICATIONS.min || total > BUDGET_NOTIFICATIONS.max) {
    problems.push(`budget has ${total} notifications (thresholds and forecastThresholds); Azure takes ${BUDGET_NOTIFICATIONS.min} to ${BUDGET_NOTIFICATIONS.max} per budget.`);
  }
  for (const [label, values] of [['thresholds', budget.thresholds ?? []], ['forecastThresholds', budget.forecastThresholds ?? []]] as const) {
    // azurerm keeps notifications in a set: a repeated threshold would silently become one.
    const repeated = repeatedEntries(values);
    if (repeated.length > 0) problems.push(`budget.${label} lists ${repeated.join(', ')} twice; list each threshold once.`);
  }
  (isLiteralList(budget.contactEmails) ? budget.contactEmails : []).forEach((email, i) => {
    if (isLiteral(email) && !EMAIL.test(email)) problems.push(`budget.contactEmails[${i}] is ${describeValue(email)}, which is not an e-mail address.`);
  });
  return problems;
}

/**
 * Creates the budget (`Budget`) on a resource group: one notification per threshold, actual cost
 * first, then forecast, each to every contact. Notification fields are those of azurerm v4.55.0
 * consumption_budget_base.go (`operator` GreaterThanOrEqualTo, `threshold_type` Actual or
 * Forecasted, `threshold` 0-1000 percent).
 */
export function addEnvironmentBudget(scope: Construct, name: string, resourceGroupId: string, budget: EnvironmentBudgetProps, defaultThresholds: readonly number[]): ConsumptionBudgetResourceGroup {
  const contacts = {
    contactEmails: budget.contactEmails && budget.contactEmails.length > 0 ? [...budget.contactEmails] : undefined,
    contactGroups: budget.actionGroupIds && budget.actionGroupIds.length > 0 ? [...budget.actionGroupIds] : undefined,
  };
  const notification = (threshold: number, thresholdType: 'Actual' | 'Forecasted') => ({
    enabled: true, threshold, thresholdType, operator: 'GreaterThanOrEqualTo', ...contacts,
  });
  return new ConsumptionBudgetResourceGroup(scope, 'Budget', {
    name,
    resourceGroupId,
    amount: budget.amount,
    timeGrain: 'Monthly',
    timePeriod: { startDate: `${budget.startDate}T00:00:00Z` },
    notification: [
      ...(budget.thresholds ?? defaultThresholds).map((t) => notification(t, 'Actual')),
      ...(budget.forecastThresholds ?? [100]).map((t) => notification(t, 'Forecasted')),
    ],
  });
}
