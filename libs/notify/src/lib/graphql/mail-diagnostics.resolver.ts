import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Role } from '@gongkai/data';
import { Roles } from '@gongkai/platform';
import { SendTestEmailUseCase } from '../mail/send-test-email.use-case.js';
import { SendTestEmailInput, SendTestEmailPayload } from './send-test-email.input.js';

@Resolver()
export class MailDiagnosticsResolver {
  constructor(private readonly sendTestEmailUseCase: SendTestEmailUseCase) {}

  @Roles(Role.ADMIN)
  @Mutation(() => SendTestEmailPayload, {
    description: 'Admin: send a test e-mail through the worker.',
  })
  async sendTestEmail(@Args('input') input: SendTestEmailInput): Promise<SendTestEmailPayload> {
    const message = await this.sendTestEmailUseCase.execute(input);
    return { emailMessageId: message.id };
  }
}
