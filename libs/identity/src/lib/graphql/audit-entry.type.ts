import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AuditAction } from '@gongkai/data';
import { type AuditEntryRow } from '../admin/list-audit-entries.query.js';
import { UsersPageInfo } from './admin.input.js';

registerEnumType(AuditAction, {
  name: 'AuditAction',
  description: 'What an audit entry records (agencies, accounts, passwords, the working calendar).',
});

@ObjectType('AuditChange', { description: 'One changed field; role lists are comma-separated.' })
export class AuditChangeType {
  @Field()
  field!: string;

  @Field(() => String, { nullable: true })
  before!: string | null;

  @Field(() => String, { nullable: true })
  after!: string | null;
}

@ObjectType('AuditEntry')
export class AuditEntryType {
  @Field(() => ID)
  id!: string;

  @Field()
  occurredAt!: Date;

  @Field(() => AuditAction)
  action!: AuditAction;

  @Field(() => ID, { description: 'The account that made the change.' })
  actorId!: string;

  @Field(() => String, { nullable: true, description: "The actor's e-mail, as it is now." })
  actorEmail!: string | null;

  @Field(() => ID, { nullable: true, description: 'The account changed, if any.' })
  targetUserId!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The changed account's e-mail, as it is now.",
  })
  targetEmail!: string | null;

  @Field(() => ID, { nullable: true })
  agencyId!: string | null;

  @Field(() => String, { nullable: true })
  agencyCode!: string | null;

  @Field(() => [AuditChangeType])
  changes!: AuditChangeType[];

  static from(row: AuditEntryRow): AuditEntryType {
    return Object.assign(new AuditEntryType(), row, {
      changes: row.changes.map((c) => Object.assign(new AuditChangeType(), c)),
    });
  }
}

@ObjectType('AuditEntryConnection')
export class AuditEntryConnection {
  @Field(() => [AuditEntryType])
  nodes!: AuditEntryType[];

  @Field(() => UsersPageInfo)
  pageInfo!: UsersPageInfo;
}
