import { unavailableStage } from '../../lib/action/stage';
import { getInputs } from './inputs';

export const stage = unavailableStage('publish-portal', 7, getInputs);
export const run = stage.run;
