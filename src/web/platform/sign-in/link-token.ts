/**
 * The secret of an e-mailed link (password reset, invitation). The mails put it in the address's
 * fragment (`/reset-password#token=…`), which browsers never send to a server: it reaches no access
 * log and no Referer header. The page reads it here and sends it in a POST body.
 */
export function linkTokenFrom(hash: string): string {
  return new URLSearchParams(hash.replace(/^#/, '')).get('token') ?? '';
}

/** The fragment an invitation or reset link carries its token in. */
export function linkTokenFragment(token: string): string {
  return `#token=${encodeURIComponent(token)}`;
}
