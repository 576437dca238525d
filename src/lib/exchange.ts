/**
 * The one exchange rate used for the English "≈ USD" equivalents of VND amounts. It is ours, not the
 * sources': a round editorial rate, close to commercial bank rates at the start of 2025, stated with its date
 * on the about page. Equivalents are indicative; the VND amount is what the source says.
 */
export const EXCHANGE_RATE = {
  vndPerUsd: 25_400,
  asOf: '2025-01-02',
} as const;
