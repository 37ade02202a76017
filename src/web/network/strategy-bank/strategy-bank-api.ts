/** The strategy bank's endpoints and shapes, as the API contract describes them. */

export interface BankStrategy {
  id: string;
  networkId: string;
  networkName: string;
  title: string;
  summary: string;
  essaTier: 1 | 2 | 3 | 4;
  studyCitation: string;
  studyUrl: string | null;
  problems: string[];
  cost: string;
  measures: Array<{ name: string; unit?: string }>;
  actions: string[];
  use: { districtCount: number; statuses: Record<string, number>; namedDistricts: Array<{ name: string; status: string }> };
  version: number;
}

export interface StrategyAdoption {
  id: string;
  strategyId: string;
  planId: string;
  elementKey: string;
  elementId: string;
  namedWithConsent: boolean;
}

export const strategyBankApi = {
  ofNetwork: (networkId: string) => `/api/networks/${networkId}/strategies`,
  strategy: (networkId: string, strategyId: string) => `/api/networks/${networkId}/strategies/${strategyId}`,
  ofDistrict: (districtId: string) => `/api/districts/${districtId}/strategy-bank`,
  adopt: (districtId: string, strategyId: string) => `/api/districts/${districtId}/strategy-bank/${strategyId}/adoptions`,
};
