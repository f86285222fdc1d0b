import { Field, ObjectType } from '@nestjs/graphql';
import { ObtainingMethod, RequestedForm } from '@gongkai/data';
import './enums.js';

@ObjectType('RequestedInformation')
export class RequestedInformationType {
  @Field()
  description!: string;

  @Field(() => String, { nullable: true })
  documentNumbers!: string | null;

  @Field(() => String, { nullable: true })
  issuingBody!: string | null;

  @Field(() => RequestedForm)
  requestedForm!: RequestedForm;

  @Field(() => ObtainingMethod)
  obtainingMethod!: ObtainingMethod;
}
