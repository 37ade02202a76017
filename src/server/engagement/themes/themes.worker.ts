import { runThemeTask, type ThemeTask } from '../../../core/engagement/themes/theme-tasks.js';
import { answerFromWorker } from './worker-task.js';

// The theme finder in a worker thread (see worker-runner.ts): one task per worker.
answerFromWorker((input: ThemeTask) => runThemeTask(input));
