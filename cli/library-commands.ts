/** Commands that are not actions: `assay sarif merge|validate` exposes the shared SARIF library. */
export const LIBRARY_COMMANDS = [
  {
    name: 'sarif',
    description: "Merge SARIF files into one log GitHub code scanning accepts, or check files against the schema and GitHub's rules.",
  },
];
