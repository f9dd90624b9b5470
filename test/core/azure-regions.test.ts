import { AZURE_CHINA_REGIONS, AZURE_REGIONS, closestRegions, isKnownRegion, normalizeRegion } from '../../lib/core/azure-regions';

describe('region lists', () => {
  test.each([
    ['AZURE_REGIONS', AZURE_REGIONS],
    ['AZURE_CHINA_REGIONS', AZURE_CHINA_REGIONS],
  ])('%s has unique lowercase alphanumeric names, sorted, each the normalized display name', (_label, regions) => {
    const names = regions.map((region) => region.name);
    expect(new Set(names).size).toBe(names.length);
    expect([...names].sort()).toEqual(names);
    for (const region of regions) {
      expect(region.name).toMatch(/^[a-z0-9]+$/);
      expect(normalizeRegion(region.displayName)).toBe(region.name);
    }
  });

  test('the public list has a sane size: 57 at the source commit; 50-80 leaves room for regions opening or retiring', () => {
    expect(AZURE_REGIONS.length).toBeGreaterThanOrEqual(50);
    expect(AZURE_REGIONS.length).toBeLessThanOrEqual(80);
  });

  test('the public and China lists do not overlap', () => {
    const publicNames = new Set(AZURE_REGIONS.map((region) => region.name));
    expect(AZURE_CHINA_REGIONS.filter((region) => publicNames.has(region.name))).toEqual([]);
  });
});

describe('normalizeRegion', () => {
  test('lowercases and removes spaces, like the azurerm provider', () => {
    expect(normalizeRegion('East US 2')).toBe('eastus2');
    expect(normalizeRegion(' West  Europe ')).toBe('westeurope');
  });

  test('removes only spaces, not other whitespace', () => {
    expect(normalizeRegion('west\teurope')).toBe('west\teurope');
  });
});

describe('isKnownRegion', () => {
  test.each(['eastus', 'westeurope', 'swedencentral', 'East US 2', 'West Europe', 'WESTEUROPE', 'westeurope ', 'australiacentral2'])(
    'knows %j',
    (value) => {
      expect(isKnownRegion(value)).toBe(true);
    },
  );

  test.each(['eastus3', 'westeuorpe', 'west-europe', 'west_europe', '', ' ', 'global', 'chinanorth3', 'usgovvirginia'])(
    'does not know %j in the public cloud',
    (value) => {
      expect(isKnownRegion(value)).toBe(false);
    },
  );

  test('checks another list when given one', () => {
    expect(isKnownRegion('China North 3', AZURE_CHINA_REGIONS)).toBe(true);
    expect(isKnownRegion('westeurope', AZURE_CHINA_REGIONS)).toBe(false);
  });
});

describe('closestRegions', () => {
  test('suggests the intended region first for common typos', () => {
    expect(closestRegions('westeuorpe')[0]).toBe('westeurope');
    expect(closestRegions('West Eurpoe')[0]).toBe('westeurope');
    expect(closestRegions('swedencentrl')[0]).toBe('swedencentral');
    expect(closestRegions('eastus3')).toEqual(['eastus', 'eastus2', 'westus3']);
  });

  test('returns count names, nearest first, ties by name', () => {
    expect(closestRegions('westus4', 2)).toEqual(['westus', 'westus2']);
    expect(closestRegions('westeurope', 1)).toEqual(['westeurope']);
    expect(closestRegions('westeurope', 0)).toEqual([]);
  });

  test('searches another list when given one', () => {
    expect(closestRegions('chinanorth4', 1, AZURE_CHINA_REGIONS)).toEqual(['chinanorth']);
  });
});
