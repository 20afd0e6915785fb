#!/usr/bin/env node
// The `assay` command runs the committed bundle, so a clone works without a build step.
import '../dist/cli/index.js';
