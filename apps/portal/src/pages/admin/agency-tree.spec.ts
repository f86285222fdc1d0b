import { describe, expect, it } from '@jest/globals';
import { inTreeOrder } from './agency-tree.js';

describe('inTreeOrder', () => {
  it('puts each agency after its parent and before the next sibling, siblings by code with numbers in order', () => {
    const agencies = [
      { id: 'r', code: 'CS', parentId: null },
      { id: 'b', code: 'CS-10', parentId: 'r' },
      { id: 'b1', code: 'CS-10-A', parentId: 'b' },
      { id: 'a', code: 'CS-2', parentId: 'r' },
      { id: 'z', code: 'AB', parentId: null },
    ];
    expect(inTreeOrder(agencies).map((a) => a.code)).toEqual([
      'AB',
      'CS',
      'CS-2',
      'CS-10',
      'CS-10-A',
    ]);
  });

  it('takes an agency whose parent is not listed (a supervisor’s own) as a root', () => {
    const agencies = [
      { id: 'c', code: 'CS-JY-1', parentId: 'own' },
      { id: 'own', code: 'CS-JY', parentId: 'hidden' },
    ];
    expect(inTreeOrder(agencies).map((a) => a.code)).toEqual(['CS-JY', 'CS-JY-1']);
  });
});
