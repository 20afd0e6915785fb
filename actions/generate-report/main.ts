import { unavailableStage } from '../../lib/action/stage';
import { getInputs } from './inputs';

export const stage = unavailableStage('generate-report', 5, getInputs);
export const run = stage.run;
