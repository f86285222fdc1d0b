import type { EntityManager } from '@mikro-orm/core';
import { Seeder } from '@mikro-orm/seeder';
import { hashPassword } from '@gongkai/platform';
import { Agency } from '../entities/agency.entity.js';
import { Role, User } from '../entities/user.entity.js';

export const DEMO_PASSWORD = 'gongkai-demo';

/**
 * Demo data modelled on the seed document: 赤水市人民政府 with departments and a township, and one
 * user per role. Only `npm start` (the demo command) runs it, and only on an empty database.
 */
export class DemoSeeder extends Seeder {
  async run(em: EntityManager): Promise<void> {
    const city = new Agency({ code: 'CS', name: '赤水市人民政府' });
    const departments = [
      new Agency({ code: 'CS-JY', name: '赤水市教育局', parent: city }),
      new Agency({ code: 'CS-ZR', name: '赤水市自然资源局', parent: city }),
      new Agency({ code: 'CS-ST', name: '赤水市生态环境局', parent: city }),
      new Agency({ code: 'CS-TT', name: '赤水市天台镇人民政府', parent: city }),
    ];
    em.persist([city, ...departments]);

    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const users: [string, string, Role[], Agency | null][] = [
      ['admin@demo.gongkai.cn', '系统管理员', [Role.ADMIN], city],
      ['supervisor@demo.gongkai.cn', '王主任', [Role.SUPERVISOR], city],
      ['officer@demo.gongkai.cn', '李经办', [Role.OFFICER], city],
      ['officer2@demo.gongkai.cn', '张经办', [Role.OFFICER], city],
      ['applicant@demo.gongkai.cn', '陈申请', [Role.APPLICANT], null],
    ];
    for (const [email, displayName, roles, agency] of users) {
      em.persist(new User({ email, displayName, roles, passwordHash, agency }));
    }
    await em.flush();
  }
}
