import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { LocalDateScalar } from '@gongkai/platform';
import { ApplicationType } from './application.type.js';
import { LegalReceipt } from './legal-receipt.type.js';

@InputType()
export class ConfirmReceiptInput {
  @Field(() => ID)
  applicationId!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: '确认之日；默认今日' })
  confirmedOn?: string | null;

  @Field(() => Int, {
    description: '所见的版本号；期间被他人修改则拒绝（APPLICATION.VERSION_CONFLICT）',
  })
  expectedVersion!: number;
}

@ObjectType()
export class ConfirmReceiptPayload {
  @Field(() => ApplicationType)
  application!: ApplicationType;

  @Field(() => LegalReceipt)
  receipt!: LegalReceipt;
}
