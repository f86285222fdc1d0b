import { ForbiddenException, Logger, UnauthorizedException } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { DomainError } from '@gongkai/rules';
import { formatGraphqlError } from './format-graphql-error.js';

const wrap = (original: Error) =>
  new GraphQLError(original.message, { originalError: original, path: ['op'] });

// The unexpected-error test logs by design; keep the test output readable.
Logger.overrideLogger(false);

describe('formatGraphqlError', () => {
  it('carries a domain error code and details to extensions.code', () => {
    const error = new DomainError('APPLICATION.VERSION_CONFLICT', '已被他人修改，请刷新', {
      version: 3,
    });
    const formatted = formatGraphqlError({ message: 'x' }, wrap(error));
    expect(formatted).toMatchObject({
      message: '已被他人修改，请刷新',
      extensions: { code: 'APPLICATION.VERSION_CONFLICT', version: 3 },
    });
  });

  it('keeps the error code when a detail is also called code', () => {
    const error = new DomainError('CALENDAR.INVALID_YEAR', '日历数据有误', { code: 'E_DAY' });
    expect(formatGraphqlError({ message: 'x' }, wrap(error)).extensions?.['code']).toBe(
      'CALENDAR.INVALID_YEAR',
    );
  });

  it('maps guard refusals to AUTH codes', () => {
    expect(
      formatGraphqlError({ message: 'x' }, wrap(new UnauthorizedException())).extensions?.['code'],
    ).toBe('AUTH.UNAUTHENTICATED');
    expect(
      formatGraphqlError({ message: 'x' }, wrap(new ForbiddenException())).extensions?.['code'],
    ).toBe('AUTH.FORBIDDEN');
  });

  it('hides the message and stack of anything unexpected', () => {
    const formatted = formatGraphqlError(
      {
        message: 'duplicate key value (id_number)=(110101199003077777)',
        extensions: { stacktrace: ['…'] },
      },
      wrap(new Error('duplicate key value (id_number)=(110101199003077777)')),
    );
    expect(formatted.message).not.toContain('110101');
    expect(formatted.extensions).toEqual({ code: 'INTERNAL' });
  });

  it('gives Apollo validation failures a stable code', () => {
    const formatted = formatGraphqlError(
      { message: 'Cannot query field "x"', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
      new GraphQLError('Cannot query field "x"'),
    );
    expect(formatted.extensions).toEqual({ code: 'GRAPHQL.VALIDATION_FAILED' });
  });
});
