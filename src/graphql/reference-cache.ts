import type { MikroORM } from '@mikro-orm/postgresql';
import { FiscalYear, MicrocreditTerms, Region } from '../db/entities';
import type { MicrocreditTermsType } from './kinds/microcredit/microcredit.type';
import type { FiscalYearType, RegionType } from './types/reference.type';
import { fiscalYearView, microcreditTermsView, regionView } from './views';

/** The reference data as the API shows it: small, read by most pages, changed by an administrator now and then. */
export interface ReferenceData {
  /** by code */
  regions: RegionType[];
  regionByCode: ReadonlyMap<string, RegionType>;
  /** newest first */
  fiscalYears: FiscalYearType[];
  fiscalYearByYear: ReadonlyMap<number, FiscalYearType>;
  /** each year's products, by product */
  termsByYear: ReadonlyMap<number, MicrocreditTermsType[]>;
}

/**
 * Regions, fiscal years and microcredit terms, served from memory. Every write to their tables
 * notifies every replica at commit (a trigger, migration reference_notify, so no writer can
 * forget it: the admin mutation, the seed of a starting replica, a hand-run fix); the change
 * feed hears it and the next read loads them again. A replica that lost its feed connection
 * may have missed a notification: it reads them again when the feed is back, and does not
 * keep what it reads meanwhile.
 *
 * The replica that made a change also drops its copy as soon as the change commits, so an
 * administrator reads what they have just written without waiting for the notification.
 */
export class ReferenceCache {
  /** dropped by every invalidation, so a load that began before one is not kept */
  private current: Promise<ReferenceData> | null = null;
  /** what `current` resolved to, once it has: a field of every row of a page reads it without waiting */
  private loaded: ReferenceData | null = null;

  constructor(
    private readonly orm: MikroORM,
    /** whether changes are being heard now; while not, nothing is kept */
    private readonly listening: () => boolean = () => true,
  ) {}

  get(): Promise<ReferenceData> {
    if (this.current) return this.current;
    const loading = this.load();
    if (this.listening()) {
      this.current = loading;
      loading.then(
        (data) => {
          if (this.current === loading) this.loaded = data;
        },
        () => {
          if (this.current === loading) this.current = null;
        },
      );
    }
    return loading;
  }

  /** The data when it is in memory now, or null: then `get()` reads it. */
  peek(): ReferenceData | null {
    return this.loaded;
  }

  /** Forgets the data; the next read loads it again. */
  invalidate(): void {
    this.current = null;
    this.loaded = null;
  }

  private async load(): Promise<ReferenceData> {
    const em = this.orm.em.fork();
    const [regions, years, terms] = await Promise.all([
      em.find(Region, {}, { orderBy: { code: 'asc' } }),
      em.find(FiscalYear, {}, { orderBy: { year: 'desc' } }),
      em.find(MicrocreditTerms, {}, { orderBy: { year: 'asc', product: 'asc' } }),
    ]);
    const regionViews = regions.map(regionView);
    const yearViews = years.map(fiscalYearView);
    const termsByYear = new Map<number, MicrocreditTermsType[]>();
    for (const row of terms) {
      const list = termsByYear.get(row.year) ?? [];
      list.push(microcreditTermsView(row));
      termsByYear.set(row.year, list);
    }
    return {
      regions: regionViews,
      regionByCode: new Map(regionViews.map((r) => [r.code, r])),
      fiscalYears: yearViews,
      fiscalYearByYear: new Map(yearViews.map((y) => [y.year, y])),
      termsByYear,
    };
  }
}
