/**
 * The content filters of the Cognitive Services API, by the name the API gives them, and whether
 * they have severity levels. Typed by hand from the catalog example
 * specification/cognitiveservices/resource-manager/Microsoft.CognitiveServices/stable/2024-10-01/
 * examples/ListRaiContentFilters.json in Azure/azure-rest-api-specs (commit
 * ac1085af9359af22923dc55e7cf36c7d04dc1123; identical at 2025-06-01): `isMultiLevelFilter` is true
 * for the harm filters only. Microsoft Learn lists the shields' severity threshold as "N/A".
 */
export const PINNED_CONTENT_FILTERS: Readonly<Record<string, { readonly multiLevel: boolean }>> = {
  'Hate': { multiLevel: true },
  'Sexual': { multiLevel: true },
  'Violence': { multiLevel: true },
  'Selfharm': { multiLevel: true },
  'Jailbreak': { multiLevel: false },
  'Protected Material Text': { multiLevel: false },
  'Protected Material Code': { multiLevel: false },
  'Profanity': { multiLevel: false },
  'Indirect Attack': { multiLevel: false },
};
