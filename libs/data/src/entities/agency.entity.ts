import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Opt, Ref } from '@mikro-orm/core';

/**
 * An administrative agency (行政机关). Agencies form a tree: a government, its departments and
 * townships. `path` is the materialized chain of ids from the root (`/root/child/`), so "this
 * agency and its subtree" is one indexed prefix match.
 */
@Entity({ tableName: 'agency' })
export class Agency {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Short code used in tracking numbers and public URLs, e.g. `CS` or `CS-JY`. */
  @Property({ length: 32, unique: true })
  code!: string;

  @Property({ length: 200 })
  name!: string;

  @ManyToOne(() => Agency, { nullable: true, ref: true, deleteRule: 'restrict', index: true })
  parent?: Ref<Agency> | null;

  @Index({
    name: 'agency_path_prefix_idx',
    expression: 'create index "agency_path_prefix_idx" on "agency" ("path" text_pattern_ops)',
  })
  @Property({ length: 1000 })
  path!: string;

  @Property({ type: 'timestamptz' })
  createdAt: Date & Opt = new Date();

  constructor(props: { code: string; name: string; parent?: Agency | null; id?: string }) {
    if (props.id) this.id = props.id;
    this.code = props.code;
    this.name = props.name;
    this.parent = props.parent ? (props.parent as unknown as Ref<Agency>) : null;
    this.path = `${props.parent ? props.parent.path : '/'}${this.id}/`;
  }
}
