import { Field, InputType } from '@nestjs/graphql';
import { ObtainingMethod, RequestedForm } from '@gongkai/data';
import './enums.js';

@InputType({ description: '所需信息及获取方式（条例第二十九条第二款第二、三项）' })
export class RequestedInformationInput {
  @Field({ description: '所需政府信息的名称或内容描述（至多 4000 字）' })
  description!: string;

  @Field(() => String, { nullable: true, description: '文号' })
  documentNumbers?: string | null;

  @Field(() => String, { nullable: true, description: '制作或保存机关' })
  issuingBody?: string | null;

  @Field(() => RequestedForm)
  requestedForm!: RequestedForm;

  @Field(() => ObtainingMethod)
  obtainingMethod!: ObtainingMethod;
}
