import { randomUUID } from 'node:crypto';
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/** How long the link of an applicant's sign-up works. */
export const SIGNUP_VALID_HOURS = 24;

/**
 * An applicant account asked for and not yet confirmed: the account exists only once the link
 * e-mailed to the address comes back (`confirmApplicantSignup`), which deletes the row in the
 * transaction that creates the account. Nothing secret is stored: the link's token is the row's
 * id and a keyed hash of it under DATA_ENCRYPTION_KEY. Unconfirmed rows are deleted once they
 * have expired (`accounts.purge-expired-signups`, daily).
 */
@Entity({ tableName: 'applicant_signup' })
export class ApplicantSignup {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Lower-cased and trimmed, as `app_user.email`. A link locks and deletes the address's rows. */
  @Index()
  @Property({ type: 'text' })
  email!: string;

  @Property({ type: 'text' })
  displayName!: string;

  /** argon2id hash (PHC string) of the password chosen at sign-up. Never logged, never exposed. */
  @Property({ type: 'text', hidden: true, lazy: true })
  passwordHash!: string;

  @Property({ type: 'timestamptz' })
  requestedAt!: Date;

  /** The purge deletes by it. */
  @Index()
  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  constructor(props: { email: string; displayName: string; passwordHash: string; now: Date }) {
    this.email = props.email.trim().toLowerCase();
    this.displayName = props.displayName;
    this.passwordHash = props.passwordHash;
    this.requestedAt = props.now;
    this.expiresAt = new Date(props.now.getTime() + SIGNUP_VALID_HOURS * 3_600_000);
  }
}
