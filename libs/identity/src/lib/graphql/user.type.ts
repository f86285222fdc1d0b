import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Role, type User } from '@gongkai/data';

registerEnumType(Role, { name: 'Role', description: '申请人 / 经办人 / 工作机构负责人 / 管理员' });

@ObjectType('User')
export class UserType {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field()
  displayName!: string;

  @Field(() => [Role])
  roles!: Role[];

  @Field(() => ID, { nullable: true })
  agencyId!: string | null;

  @Field(() => Date, { nullable: true, description: '停用时间；停用的账户不能登录' })
  disabledAt!: Date | null;

  static from(user: User): UserType {
    return Object.assign(new UserType(), {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      roles: user.roles,
      agencyId: user.agency?.id ?? null,
      disabledAt: user.disabledAt ?? null,
    });
  }
}
