/** A consultancy's client engagements, as the API contract describes them. */
export interface HoursEntry {
  id: string;
  coachId: string | null;
  coachName: string;
  workedOn: string;
  hours: number;
  activity: string;
}

export interface ClientEngagement {
  id: string;
  networkId: string;
  networkName: string;
  districtId: string;
  districtName: string;
  title: string;
  startsOn: string;
  endsOn: string;
  scope: Array<{ month: string; services: string; outcomes: string }>;
  bank: { purchased: number; used: number; remaining: number; overBy: number; byCoach: Array<{ coachName: string; hours: number }>; byMonth: Array<{ month: string; hours: number }> };
  entries: HoursEntry[];
  version: number;
}

export const clientsApi = {
  ofNetwork: (networkId: string) => `/api/networks/${networkId}/clients`,
  engagement: (networkId: string, engagementId: string) => `/api/networks/${networkId}/clients/${engagementId}`,
  hours: (networkId: string, engagementId: string) => `/api/networks/${networkId}/clients/${engagementId}/hours`,
  entry: (networkId: string, engagementId: string, entryId: string) => `/api/networks/${networkId}/clients/${engagementId}/hours/${entryId}`,
  ofDistrict: (districtId: string) => `/api/districts/${districtId}/engagements`,
};
