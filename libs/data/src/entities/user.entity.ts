import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Opt, Ref } from '@mikro-orm/core';
import { Agency } from './agency.entity.js';

export enum Role {
  APPLICANT = 'APPLICANT',
  OFFICER = 'OFFICER',
  SUPERVISOR = 'SUPERVISOR',
  ADMIN = 'ADMIN',
}

/** A person who signs in: an applicant with an account, a case officer, a supervisor, an admin. */
@Entity({ tableName: 'app_user' })
export class User {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Stored lower-cased; unique. */
  @Property({ length: 254, unique: true })
  email!: string;

  @Property({ length: 100 })
  displayName!: string;

  @Enum({ items: () => Role, array: true })
  roles: Role[] = [];

  /** Officers, supervisors and admins belong to an agency; applicants do not. */
  @ManyToOne(() => Agency, { nullable: true, ref: true, deleteRule: 'restrict', index: true })
  agency?: Ref<Agency> | null;

  /** argon2id hash (PHC string). Never logged, never exposed. */
  @Property({ type: 'text', hidden: true, lazy: true })
  passwordHash!: string;

  @Property({ type: 'timestamptz', nullable: true })
  disabledAt?: Date | null;

  /**
   * Raised whenever the password changes: access tokens carry the value they were issued under,
   * and one issued under an older value is refused (within the 5 s the api trusts an account
   * read), so a reset or a change signs every other device out at once.
   */
  @Property({ type: 'integer', default: 0 })
  credentialsVersion: number & Opt = 0;

  @Property({ type: 'timestamptz' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();

  constructor(props: {
    email: string;
    displayName: string;
    roles: Role[];
    passwordHash: string;
    agency?: Agency | null;
  }) {
    this.email = props.email.trim().toLowerCase();
    this.displayName = props.displayName;
    this.roles = [...props.roles];
    this.passwordHash = props.passwordHash;
    this.agency = props.agency ? (props.agency as unknown as Ref<Agency>) : null;
  }
}
