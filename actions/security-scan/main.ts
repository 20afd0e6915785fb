import { unavailableStage } from '../../lib/action/stage';
import { getInputs } from './inputs';

export const stage = unavailableStage('security-scan', 4, getInputs);
export const run = stage.run;
