/** A district's logo as image bytes, for the title page of its documents. */
export interface OrganizationLogo {
  data: Buffer;
  type: 'png' | 'jpg';
  width: number;
  height: number;
}

/**
 * The hook for a district's own logo. Districts cannot upload one yet, so this answers null and
 * the documents draw the district's initials in a circle instead.
 */
export function logoFor(_organization: { id: string; name: string }): OrganizationLogo | null {
  return null;
}
