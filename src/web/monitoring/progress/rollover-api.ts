/** The year-end rollover endpoints of one plan, as the rollover area of the server answers them. */
export const rolloverApi = {
  preview: (planId: string, year: string) => `/api/plans/${planId}/rollover/preview?year=${encodeURIComponent(year)}`,
  close: (planId: string) => `/api/plans/${planId}/rollover`,
  list: (planId: string) => `/api/plans/${planId}/rollovers`,
};

/** An action still open at the year's end, and where its due date moves. */
export interface CarriedAction {
  key: string;
  title: string;
  status: string | null;
  fromDue: string;
  toDue: string;
}

export interface RolloverPreview {
  yearLabel: string;
  yearEndsOn: string;
  carried: CarriedAction[];
}

export interface YearClosure {
  id: string;
  yearLabel: string;
  yearEndsOn: string;
  summary: {
    goals: { key: string; title: string; status: string; explanation: string }[];
    measures: { key: string; name: string; status: string; actual: number | null; expected: number | null; periodLabel: string | null }[];
  };
  carried: CarriedAction[];
  closedBy: string;
  createdAt: string;
}
