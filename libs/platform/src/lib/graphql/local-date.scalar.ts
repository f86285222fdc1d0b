import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { isLocalDate } from '@gongkai/rules';

function invalid(): GraphQLError {
  // No echo of the value: inputs can be personal data (HOUSE-STYLE rule 5).
  return new GraphQLError('LocalDate must be a calendar date written YYYY-MM-DD.', {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

function checked(value: unknown): string {
  if (typeof value !== 'string' || !isLocalDate(value)) throw invalid();
  return value;
}

/**
 * Legal dates (DESIGN.md §5): a calendar day in Asia/Shanghai, `YYYY-MM-DD`, with no time and
 * no zone. Instants stay `DateTime`.
 */
export const LocalDateScalar = new GraphQLScalarType<string, string>({
  name: 'LocalDate',
  description:
    'A calendar date in Asia/Shanghai written YYYY-MM-DD, e.g. 2024-09-27 (receipt and due dates).',
  serialize: checked,
  parseValue: checked,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw invalid();
    return checked(ast.value);
  },
});
