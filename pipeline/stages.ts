import type { Stage } from '../lib/action/stage';
import { stage as analyze } from '../actions/analyze/main';
import { stage as generateReport } from '../actions/generate-report/main';
import { stage as perfBench } from '../actions/perf-bench/main';
import { stage as publishPortal } from '../actions/publish-portal/main';
import { stage as securityScan } from '../actions/security-scan/main';

/** Every action, in the order the pipeline runs them. */
export const STAGES: readonly Stage[] = [analyze, securityScan, perfBench, generateReport, publishPortal];
