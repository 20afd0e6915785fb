import { unavailableStage } from '../../lib/action/stage';
import { getInputs } from './inputs';

export const stage = unavailableStage('analyze', 3, getInputs);
export const run = stage.run;
