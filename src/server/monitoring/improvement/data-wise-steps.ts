/**
 * The Data Wise improvement process (Harvard Graduate School of Education), the optional
 * improvement cycle of the Koru framework: eight steps in three stages. The seed names the
 * process; the step names are the process's own. The web app shows them in the reader's language
 * by number.
 */
export const dataWiseStages = ['prepare', 'inquire', 'act'] as const;
export type DataWiseStage = (typeof dataWiseStages)[number];

export const dataWiseSteps: ReadonlyArray<{ number: number; stage: DataWiseStage; name: string }> = [
  { number: 1, stage: 'prepare', name: 'Organize for collaborative work' },
  { number: 2, stage: 'prepare', name: 'Build assessment literacy' },
  { number: 3, stage: 'inquire', name: 'Create a data overview' },
  { number: 4, stage: 'inquire', name: 'Dig into student data' },
  { number: 5, stage: 'inquire', name: 'Examine instruction' },
  { number: 6, stage: 'act', name: 'Develop an action plan' },
  { number: 7, stage: 'act', name: 'Plan to assess progress' },
  { number: 8, stage: 'act', name: 'Act and assess' },
];
