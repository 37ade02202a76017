/** The review API's shapes (src/server/network/review-queue/ and rubrics/) and its paths. */

export interface RubricLevel {
  label: string;
  description: string;
}

export interface RubricCriterion {
  label: string;
  description: string;
  levels: RubricLevel[];
}

export interface Rubric {
  id: string;
  networkId: string;
  templateId: string;
  deliverableKey: string;
  name: string;
  criteria: RubricCriterion[];
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface ReviewQueueItem {
  districtId: string;
  districtName: string;
  cycleId: string;
  cycleName: string;
  templateId: string;
  deliverableId: string;
  version: number;
  letter: string | null;
  name: string;
  templateKey: string | null;
  linksTo: string | null;
  dueDate: string;
  waitingSince: string;
  rubric: Rubric | null;
}

export interface ReviewPointer {
  districtId: string;
  cycleId: string;
  deliverableId: string;
}

export interface ReviewQueue {
  items: ReviewQueueItem[];
  next: ReviewPointer | null;
}

export interface ReviewRecord {
  id: string;
  decision: 'approve' | 'request_changes';
  districtId: string;
  districtName: string;
  cycleId: string;
  deliverableId: string;
  letter: string | null;
  name: string;
  reviewer: string;
  comment: string | null;
  rubric: { name: string; scores: Array<{ criterion: string; level: string; note: string | null }> } | null;
  at: string;
}

/** A template with its deliverables, as GET /api/process-templates/{id} gives it (what the rubric editor needs). */
export interface TemplateDeliverables {
  id: string;
  name: string;
  deliverables: Array<{ id: string; letter?: string | null; name: string }>;
}

export const reviewApi = {
  queue: (networkId: string, after?: string) => `/api/networks/${networkId}/review-queue${after ? `?after=${encodeURIComponent(after)}` : ''}`,
  reviews: (networkId: string) => `/api/networks/${networkId}/reviews`,
  rubrics: (networkId: string) => `/api/networks/${networkId}/rubrics`,
  rubric: (networkId: string, rubricId: string) => `/api/networks/${networkId}/rubrics/${rubricId}`,
  templates: () => '/api/process-templates',
  template: (templateId: string) => `/api/process-templates/${encodeURIComponent(templateId)}`,
};

export const reviewPaths = {
  queue: (organizationId: string) => `/o/${organizationId}/review`,
  rubrics: (organizationId: string) => `/o/${organizationId}/review/rubrics`,
  review: (organizationId: string, pointer: ReviewPointer) => `/o/${organizationId}/review/${pointer.districtId}/${pointer.cycleId}/${pointer.deliverableId}`,
};

/** "F. Organizational diagnostic report", or the name alone for a deliverable without a letter. */
export const deliverableTitle = (item: { letter: string | null; name: string }) => (item.letter ? `${item.letter}. ${item.name}` : item.name);
