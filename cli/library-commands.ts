/** `assay sarif merge|validate`: the shared SARIF library on the command line. */
export const SARIF_COMMAND = {
  name: 'sarif',
  description: "Merge SARIF files into one log GitHub code scanning accepts, or check files against the schema and GitHub's rules.",
};

/** Commands that are not actions. */
export const LIBRARY_COMMANDS = [SARIF_COMMAND];
