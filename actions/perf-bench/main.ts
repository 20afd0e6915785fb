import { unavailableStage } from '../../lib/action/stage';
import { getInputs } from './inputs';

export const stage = unavailableStage('perf-bench', 6, getInputs);
export const run = stage.run;
