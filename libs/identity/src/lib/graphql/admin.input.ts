import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Role } from '@gongkai/data';
import { UserType } from './user.type.js';

@InputType()
export class CreateAgencyInput {
  @Field({ description: '机关代码：大写字母、数字和连字符，最多 32 位，如 CS-JY' })
  code!: string;

  @Field({ description: '机关名称，最多 200 字' })
  name!: string;

  @Field(() => ID, { nullable: true, description: '上级机关；留空为根机关' })
  parentId?: string | null;
}

@InputType()
export class CreateUserInput {
  @Field()
  email!: string;

  @Field({ description: '姓名（显示用），最多 100 字' })
  name!: string;

  @Field({ description: '初始密码，10–128 个字符' })
  password!: string;

  @Field(() => [Role])
  roles!: Role[];

  @Field(() => ID, {
    nullable: true,
    description: '所属机关：经办人、负责人和管理员必填，仅为申请人时留空',
  })
  agencyId?: string | null;
}

@InputType()
export class DisableUserInput {
  @Field(() => ID)
  userId!: string;
}

@InputType()
export class UpdateUserRolesInput {
  @Field(() => ID)
  userId!: string;

  @Field(() => [Role], { description: '新的全部角色（替换原有角色）' })
  roles!: Role[];

  @Field(() => ID, { nullable: true, description: '角色所属机关；仅为申请人时留空' })
  agencyId?: string | null;
}

@ObjectType()
export class UsersPageInfo {
  @Field(() => String, { nullable: true })
  endCursor!: string | null;

  @Field()
  hasNextPage!: boolean;
}

@ObjectType()
export class UserConnection {
  @Field(() => [UserType])
  nodes!: UserType[];

  @Field(() => UsersPageInfo)
  pageInfo!: UsersPageInfo;
}
