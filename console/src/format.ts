/** AWAITING_REVIEW → "awaiting review"; awaitingReview → "awaiting review" */
export function words(name: string | null | undefined): string {
  if (!name) return '';
  const spaced = name.includes('_') ? name.toLowerCase().replace(/_/g, ' ') : name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return spaced;
}

/** "555600.00" → "555 600.00 ₸": money stays a decimal string, never a float */
export function money(amount: string | null | undefined): string {
  if (amount == null) return '—';
  const [whole = '0', cents = '00'] = amount.split('.');
  const negative = whole.startsWith('-');
  const digits = negative ? whole.slice(1) : whole;
  return `${negative ? '−' : ''}${digits.replace(/\B(?=(\d{3})+(?!\d))/g, ' ')}.${cents.padEnd(2, '0')} ₸`;
}

export function dateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

/** today as YYYY-MM-DD in the programme's zone (Asia/Almaty, UTC+5) */
export function today(): string {
  return new Date(Date.now() + 5 * 3600_000).toISOString().slice(0, 10);
}
