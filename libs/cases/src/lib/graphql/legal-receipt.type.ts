import { Field, ObjectType } from '@nestjs/graphql';
import { LocalDateScalar } from '@gongkai/platform';
import { LegalReceiptStatus } from './enums.js';

@ObjectType({ description: '收到申请之日如何确定（条例第三十一条）' })
export class LegalReceipt {
  @Field(() => LegalReceiptStatus)
  status!: LegalReceiptStatus;

  @Field(() => LocalDateScalar, { nullable: true, description: '收到申请之日；待确认时为空' })
  receivedOn!: string | null;

  @Field({ description: '适用的条款，如 31(2)' })
  article!: string;

  @Field({ description: '推算说明' })
  explanation!: string;
}
