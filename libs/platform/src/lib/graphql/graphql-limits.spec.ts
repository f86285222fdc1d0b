import { buildSchema, parse, validate } from 'graphql';
import { GRAPHQL_LIMITS, graphqlValidationRules } from './graphql.module.js';

const schema = buildSchema(`
  type Node { id: ID! child: Node children(first: Int): [Node!]! }
  type Query { node: Node }
`);

const nested = (depth: number) =>
  `{ node ${'{ child '.repeat(depth - 1)}{ id }${' }'.repeat(depth - 1)} }`;

describe('GraphQL depth and cost limits', () => {
  // Development rules name the limit; production rules give a bare refusal.
  const rules = graphqlValidationRules(false);

  it('accepts queries within the depth limit', () => {
    expect(validate(schema, parse(nested(GRAPHQL_LIMITS.maxDepth - 1)), rules)).toEqual([]);
  });

  it('rejects a query deeper than the limit', () => {
    const errors = validate(schema, parse(nested(GRAPHQL_LIMITS.maxDepth + 2)), rules);
    expect(errors.map((e) => e.message).join(' ')).toMatch(/depth limit of 10/i);
    expect(
      validate(schema, parse(nested(GRAPHQL_LIMITS.maxDepth + 2)), graphqlValidationRules(true)),
    ).toHaveLength(1);
  });

  it('rejects a query whose cost is over the limit', () => {
    const wide = `{ node { ${Array.from({ length: 400 }, (_, i) => `a${i}: children { id child { id } }`).join(' ')} } }`;
    const errors = validate(schema, parse(wide), rules);
    expect(errors.map((e) => e.message).join(' ')).toMatch(/cost/i);
  });
});
