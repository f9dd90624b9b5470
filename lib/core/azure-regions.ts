/**
 * Azure region names, so that a `location` with a typo fails at synth time instead of at apply time.
 *
 * Public cloud (AZURE_REGIONS, 57 regions):
 *   Source: the Microsoft Learn page "Azure regions list", https://learn.microsoft.com/azure/reliability/regions-list,
 *   kept in github.com/MicrosoftDocs/reliability-docs, articles/reliability/regions-list.md, as of commit
 *   c7803c506e09cb705dd2dd45c338c480a0500e27 (2026-07-28, "India South Central GA"; the file is unchanged at the
 *   repository head read for this list, e92155a11a1c0304ccf1b7fb2b0e135c87d0194a, 2026-08-20).
 *   Every row of the page's "All" table is here: its "Programmatic name" column is `name` and its "Region" column is
 *   `displayName`. The page marks 8 regions as access-restricted (a subscription must request access); they are kept,
 *   because a customer who has access deploys there with the same `location`: australiacentral2, brazilsoutheast,
 *   francesouth, germanynorth, norwaywest, southafricawest, switzerlandwest, uaecentral. No row was marked
 *   "coming soon" at that commit.
 *   Left out, because the page gives them no row and no programmatic name: logical (non-regional) locations such as
 *   geography names, canary/EUAP regions, and regions named only as another region's pair (Sweden South, the
 *   restricted pair of Sweden Central). A deployment to one of those is reported as unknown.
 *
 * Azure operated by 21Vianet (AZURE_CHINA_REGIONS, 6 regions):
 *   Source: https://docs.azure.cn/en-us/reliability/regions-list (programmatic names; China East 3 is marked
 *   access-restricted), which agrees with https://learn.microsoft.com/azure/china/overview-regions; both read
 *   2026-11-21 from stored copies, which carry no date of their own.
 *
 * Azure Government: not included. The region list above links to a list of US Government regions, but no current copy
 *   of it with programmatic names could be read; the one list with such names found (the `AzureLocation` enumeration
 *   of the Azure SDK for .NET) also carries US Gov Iowa, which the Government pages read here do not show. With no
 *   reliable current source, the Government names are left out; add them when one is found.
 */

/** An Azure region: its programmatic `location` value and the name the portal shows. */
export interface AzureRegion {
  /** Programmatic name, the canonical `location` value (e.g. `westeurope`). */
  readonly name: string;
  /** Display name (e.g. `West Europe`); normalizing it gives `name`. */
  readonly displayName: string;
}

/** Regions of the Azure public cloud that a customer can deploy to, sorted by name. */
export const AZURE_REGIONS: readonly AzureRegion[] = [
  { name: 'australiacentral', displayName: 'Australia Central' },
  { name: 'australiacentral2', displayName: 'Australia Central 2' },
  { name: 'australiaeast', displayName: 'Australia East' },
  { name: 'australiasoutheast', displayName: 'Australia Southeast' },
  { name: 'austriaeast', displayName: 'Austria East' },
  { name: 'belgiumcentral', displayName: 'Belgium Central' },
  { name: 'brazilsouth', displayName: 'Brazil South' },
  { name: 'brazilsoutheast', displayName: 'Brazil Southeast' },
  { name: 'canadacentral', displayName: 'Canada Central' },
  { name: 'canadaeast', displayName: 'Canada East' },
  { name: 'centralindia', displayName: 'Central India' },
  { name: 'centralus', displayName: 'Central US' },
  { name: 'chilecentral', displayName: 'Chile Central' },
  { name: 'denmarkeast', displayName: 'Denmark East' },
  { name: 'eastasia', displayName: 'East Asia' },
  { name: 'eastus', displayName: 'East US' },
  { name: 'eastus2', displayName: 'East US 2' },
  { name: 'francecentral', displayName: 'France Central' },
  { name: 'francesouth', displayName: 'France South' },
  { name: 'germanynorth', displayName: 'Germany North' },
  { name: 'germanywestcentral', displayName: 'Germany West Central' },
  { name: 'indiasouthcentral', displayName: 'India South Central' },
  { name: 'indonesiacentral', displayName: 'Indonesia Central' },
  { name: 'israelcentral', displayName: 'Israel Central' },
  { name: 'italynorth', displayName: 'Italy North' },
  { name: 'japaneast', displayName: 'Japan East' },
  { name: 'japanwest', displayName: 'Japan West' },
  { name: 'koreacentral', displayName: 'Korea Central' },
  { name: 'koreasouth', displayName: 'Korea South' },
  { name: 'malaysiawest', displayName: 'Malaysia West' },
  { name: 'mexicocentral', displayName: 'Mexico Central' },
  { name: 'newzealandnorth', displayName: 'New Zealand North' },
  { name: 'northcentralus', displayName: 'North Central US' },
  { name: 'northeurope', displayName: 'North Europe' },
  { name: 'norwayeast', displayName: 'Norway East' },
  { name: 'norwaywest', displayName: 'Norway West' },
  { name: 'polandcentral', displayName: 'Poland Central' },
  { name: 'qatarcentral', displayName: 'Qatar Central' },
  { name: 'southafricanorth', displayName: 'South Africa North' },
  { name: 'southafricawest', displayName: 'South Africa West' },
  { name: 'southcentralus', displayName: 'South Central US' },
  { name: 'southeastasia', displayName: 'Southeast Asia' },
  { name: 'southindia', displayName: 'South India' },
  { name: 'spaincentral', displayName: 'Spain Central' },
  { name: 'swedencentral', displayName: 'Sweden Central' },
  { name: 'switzerlandnorth', displayName: 'Switzerland North' },
  { name: 'switzerlandwest', displayName: 'Switzerland West' },
  { name: 'uaecentral', displayName: 'UAE Central' },
  { name: 'uaenorth', displayName: 'UAE North' },
  { name: 'uksouth', displayName: 'UK South' },
  { name: 'ukwest', displayName: 'UK West' },
  { name: 'westcentralus', displayName: 'West Central US' },
  { name: 'westeurope', displayName: 'West Europe' },
  { name: 'westindia', displayName: 'West India' },
  { name: 'westus', displayName: 'West US' },
  { name: 'westus2', displayName: 'West US 2' },
  { name: 'westus3', displayName: 'West US 3' },
];

/** Regions of Azure operated by 21Vianet (Azure China, azurerm `environment = "china"`), sorted by name. */
export const AZURE_CHINA_REGIONS: readonly AzureRegion[] = [
  { name: 'chinaeast', displayName: 'China East' },
  { name: 'chinaeast2', displayName: 'China East 2' },
  { name: 'chinaeast3', displayName: 'China East 3' },
  { name: 'chinanorth', displayName: 'China North' },
  { name: 'chinanorth2', displayName: 'China North 2' },
  { name: 'chinanorth3', displayName: 'China North 3' },
];

/**
 * Normalizes a location the way the azurerm provider does: lowercase, then remove every space (only U+0020; tabs and
 * other whitespace stay). Mirrors `Normalize` in github.com/hashicorp/go-azure-helpers, resourcemanager/location/normalize.go
 * (v0.75.1, vendored by hashicorp/terraform-provider-azurerm at tag v4.55.0, commit 37bf7f03b661b804a59fd62fd6f6e6b8ee4a69df),
 * which the provider's location `StateFunc` and `DiffSuppressFunc` use; v4.55.0 has no `NormalizeLocation` of its own.
 */
export function normalizeRegion(value: string): string {
  return value.toLowerCase().replaceAll(' ', '');
}

/**
 * Whether `value` names a known region: true when it normalizes to a region's name, so both `westeurope` and
 * `West Europe` are known. Checks the public cloud unless another list is given (e.g. AZURE_CHINA_REGIONS).
 */
export function isKnownRegion(value: string, regions: readonly AzureRegion[] = AZURE_REGIONS): boolean {
  const normalized = normalizeRegion(value);
  return normalized !== '' && regions.some((region) => region.name === normalized);
}

/**
 * The `count` region names nearest to `value` (normalized first) by edit distance, nearest first and ties by name,
 * for "did you mean" hints. Swapping two adjacent letters counts as one edit.
 */
export function closestRegions(value: string, count = 3, regions: readonly AzureRegion[] = AZURE_REGIONS): string[] {
  const normalized = normalizeRegion(value);
  return regions
    .map((region) => ({ name: region.name, distance: editDistance(normalized, region.name) }))
    .sort((a, b) => a.distance - b.distance || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .slice(0, Math.max(0, count))
    .map((candidate) => candidate.name);
}

/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent transpositions each cost 1. */
function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push([i]);
  }
  for (let j = 1; j <= b.length; j++) {
    rows[0][j] = j;
  }
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, rows[i - 2][j - 2] + 1);
      }
      rows[i][j] = best;
    }
  }
  return rows[a.length][b.length];
}
