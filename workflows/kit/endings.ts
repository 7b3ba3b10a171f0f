/** The ends every kind has: screened out, rejected, withdrawn. A kind adds its own after them. */
export const ENDINGS = {
  ineligible: { type: 'final' },
  rejected: { type: 'final' },
  withdrawn: { type: 'final' },
} as const;
