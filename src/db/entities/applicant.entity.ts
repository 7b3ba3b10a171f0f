import { Check, Entity, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import type { ApplicantCategory, Locality } from '../../../workflows/rules/categories';
import { Region } from './region.entity';

@Entity({ tableName: 'applicant' })
@Check({ name: 'applicant_iin_format_check', expression: "iin ~ '^[0-9]{12}$'" })
export class Applicant {
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string;

  @Property({ type: 'character', length: 12, unique: true })
  iin!: string;

  @Property({ type: 'text' })
  fullName!: string;

  /** from the IIN */
  @Property({ type: 'date' })
  birthDate!: string;

  @Property({ type: 'text' })
  sex!: 'male' | 'female';

  @Property({ type: 'text[]', default: '{}' })
  categories: ApplicantCategory[] = [];

  @Property({ type: 'text' })
  locality!: Locality;

  @ManyToOne(() => Region, { ref: true, fieldName: 'region_code' })
  region!: Ref<Region>;

  @Property({ type: 'text' })
  settlement!: string;

  @Property({ type: 'text', nullable: true })
  phone: string | null = null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
