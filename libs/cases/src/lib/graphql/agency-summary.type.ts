import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('AgencySummary')
export class AgencySummaryType {
  @Field(() => ID)
  id!: string;

  @Field()
  code!: string;

  @Field()
  name!: string;
}
