import type { Principal } from '@gongkai/platform';
import { mayActFor } from './agency-access.js';

const root = { id: 'a', path: '/a/' };
const child = { id: 'b', path: '/a/b/' };
const sibling = { id: 'c', path: '/c/' };
const who = (roles: string[], agencyId: string | null): Principal => ({
  userId: 'u',
  roles,
  agencyId,
});

describe('mayActFor', () => {
  it('lets an officer act for their own agency only', () => {
    expect(mayActFor(who(['OFFICER'], 'a'), '/a/', root)).toBe(true);
    expect(mayActFor(who(['OFFICER'], 'a'), '/a/', child)).toBe(false);
    expect(mayActFor(who(['OFFICER'], 'a'), '/a/', sibling)).toBe(false);
  });

  it('lets a supervisor act for their agency and the agencies below it', () => {
    expect(mayActFor(who(['SUPERVISOR'], 'a'), '/a/', root)).toBe(true);
    expect(mayActFor(who(['SUPERVISOR'], 'a'), '/a/', child)).toBe(true);
    expect(mayActFor(who(['SUPERVISOR'], 'b'), '/a/b/', root)).toBe(false);
    expect(mayActFor(who(['SUPERVISOR'], 'a'), '/a/', sibling)).toBe(false);
  });

  it('refuses callers without an agency or without a staff role', () => {
    expect(mayActFor(who(['SUPERVISOR'], null), null, root)).toBe(false);
    expect(mayActFor(who(['ADMIN', 'APPLICANT'], 'a'), '/a/', root)).toBe(false);
  });
});
