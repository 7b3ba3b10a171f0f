import type { ApplicationOrder, ApplicationOrderField, ListPosition, PageRequest } from '../db/application-records';
import { ValidationError } from '../../workflows/errors';
import { isUuid } from './validators';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** The arguments of a connection field, as GitHub's and Shopify's APIs (and Relay) name them. */
export interface PagingArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/**
 * A cursor: the order it belongs to, the order key's value at the row and the row's id. Opaque
 * to clients (base64url of JSON), and checked when it comes back: a cursor from another order,
 * or one this API never gave out, is refused rather than answered with a wrong page.
 */
interface CursorBody {
  o: ApplicationOrderField;
  d: 'ASC' | 'DESC';
  k: string;
  i: string;
}

// what the list gives out: UTC to the microsecond (to the millisecond in the cursors of before)
const ISO_INSTANT = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}(\d{3})?Z$/;
const DECIMAL = /^\d{1,16}(\.\d{1,2})?$/;

function validKey(field: ApplicationOrderField, key: unknown): key is string {
  if (typeof key !== 'string') return false;
  if (field === 'AMOUNT') return DECIMAL.test(key);
  if (field === 'DEADLINE' && key === 'infinity') return true;
  return ISO_INSTANT.test(key) && !Number.isNaN(Date.parse(key)) && new Date(key).toISOString().slice(0, 23) === key.slice(0, 23);
}

export function encodeCursor(order: ApplicationOrder, position: ListPosition): string {
  const body: CursorBody = { o: order.field, d: order.direction, k: position.key, i: position.id };
  return Buffer.from(JSON.stringify(body)).toString('base64url');
}

function decodeCursor(argument: 'after' | 'before', cursor: string, order: ApplicationOrder): ListPosition {
  const refuse = (message: string) => ValidationError.single(argument, 'CURSOR_INVALID', message);
  let body: unknown;
  try {
    body = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw refuse('the cursor is not one this API gave out');
  }
  // the cursors given out before lists had orders: [submittedAt, id] of the newest-first list
  if (Array.isArray(body) && body.length === 2) body = { o: 'SUBMITTED_AT', d: 'DESC', k: body[0], i: body[1] };
  const { o, d, k, i } = (body ?? {}) as Partial<CursorBody>;
  if (o === undefined || d === undefined || !(o in ORDER_NAMES) || (d !== 'ASC' && d !== 'DESC') || !validKey(o, k) || !isUuid(i)) {
    throw refuse('the cursor is not one this API gave out');
  }
  if (o !== order.field || d !== order.direction) {
    throw refuse(`the cursor belongs to the order ${o} ${d}, not to ${order.field} ${order.direction}: a cursor pages only the order it came from`);
  }
  return { key: k, id: i };
}

const ORDER_NAMES: Record<ApplicationOrderField, true> = { SUBMITTED_AT: true, UPDATED_AT: true, DEADLINE: true, AMOUNT: true };

/**
 * The page a connection's arguments ask for: `first` (with `after`) pages forward, `last` (with
 * `before`) backward; neither means the first DEFAULT_PAGE_SIZE. Mixing the two directions is
 * refused, as GitHub's API does, rather than guessed at. One more row than the page is read, to
 * know whether there is another page in the direction of reading.
 */
export function pageRequestOf(args: PagingArgs, order: ApplicationOrder): PageRequest & { size: number } {
  const { first, after, last, before } = args;
  const given = (value: unknown) => value !== undefined && value !== null;
  if (given(first) && given(last)) throw ValidationError.single('last', 'PAGING_BOTH_WAYS', 'send first (with after) to page forward or last (with before) to page back, not both');
  if (given(after) && given(before)) throw ValidationError.single('before', 'PAGING_BOTH_WAYS', 'send after (with first) or before (with last), not both');
  if (given(before) && given(first)) throw ValidationError.single('before', 'PAGING_BOTH_WAYS', 'before pages back: send it with last, not first');
  if (given(after) && given(last)) throw ValidationError.single('after', 'PAGING_BOTH_WAYS', 'after pages forward: send it with first, not last');
  const backward = given(last) || given(before);
  const size = (backward ? last : first) ?? DEFAULT_PAGE_SIZE;
  if (size < 1 || size > MAX_PAGE_SIZE) {
    throw ValidationError.single(backward ? 'last' : 'first', 'PAGE_SIZE', `${backward ? 'last' : 'first'} must be between 1 and ${MAX_PAGE_SIZE}`);
  }
  const cursor = backward ? before : after;
  return {
    size,
    limit: size + 1,
    order,
    backward,
    ...(cursor ? { from: decodeCursor(backward ? 'before' : 'after', cursor, order) } : {}),
  };
}
