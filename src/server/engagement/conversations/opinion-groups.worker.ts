import { computeOpinionGroups, type OpinionGroupsInput } from '../../../core/engagement/opinion-groups/index.js';
import { answerFromWorker } from '../themes/worker-task.js';

// The opinion groups of a large conversation in a worker thread (see themes/worker-runner.ts): one computation per worker.
answerFromWorker((input: OpinionGroupsInput) => computeOpinionGroups(input));
