import { useLocation } from 'react-router';

/** The narrow centred card of the account pages (sign-up, its link, passwords). */
export const ACCOUNT_CARD = { maxWidth: 480, margin: '40px auto' } as const;

/**
 * The token of an e-mailed link (`#token=…`, a password reset or a sign-up): in the fragment,
 * which browsers never send to a server. Empty when the page was opened without one.
 */
export function useLinkToken(): string {
  const { hash } = useLocation();
  return new URLSearchParams(hash.replace(/^#/, '')).get('token') ?? '';
}
