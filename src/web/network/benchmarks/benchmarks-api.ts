/** The benchmarks' endpoints and shapes, as the server's schema (network/benchmarks) describes them. */

export type BenchmarkDirection = 'increase' | 'decrease';
export type Standing = 'top_quarter' | 'upper_middle' | 'lower_middle' | 'bottom_quarter';
export type DistrictLocale = 'city' | 'suburb' | 'town' | 'rural';

export interface Benchmark {
  id: string;
  networkId: string;
  name: string;
  description: string;
  unit: string;
  direction: BenchmarkDirection;
  version: number;
}

/** isShown false: not enough districts stand behind it, and no figure is given. */
export interface Distribution {
  isShown: boolean;
  count: number | null;
  min?: number;
  q1?: number;
  median?: number;
  q3?: number;
  max?: number;
  reader?: { value: number; betterThanPercent: number; standing: Standing } | null;
  noProfile?: true;
}

export interface NamedValue {
  districtName: string;
  value: number;
  periodLabel: string;
}

export interface BenchmarkResults {
  benchmark: Benchmark;
  sharingCount: number;
  distribution: Distribution;
  namedDistricts: NamedValue[];
}

export type OwnValue = { status: 'shared'; value: number; periodLabel: string } | { status: 'withheld' | 'no_result' | 'measure_missing' };

export interface DistrictBenchmark {
  benchmark: Benchmark;
  sharingCount: number;
  share: { planId: string; planTitle: string; measureKey: string; measureName: string; namedWithConsent: boolean; own: OwnValue } | null;
  distribution: Distribution | null;
  similar: Distribution | null;
  namedDistricts: NamedValue[];
}

export interface DistrictProfile {
  enrolment: number | null;
  povertyPercent: number | null;
  locale: DistrictLocale | null;
}

export const benchmarksApi = {
  ofNetwork: (networkId: string) => `/api/networks/${networkId}/benchmarks`,
  benchmark: (networkId: string, benchmarkId: string) => `/api/networks/${networkId}/benchmarks/${benchmarkId}`,
  results: (networkId: string, benchmarkId: string) => `/api/networks/${networkId}/benchmarks/${benchmarkId}/results`,
  ofDistrict: (districtId: string) => `/api/districts/${districtId}/benchmarks`,
  share: (districtId: string, benchmarkId: string) => `/api/districts/${districtId}/benchmarks/${benchmarkId}/share`,
  profile: (districtId: string) => `/api/districts/${districtId}/profile`,
};
