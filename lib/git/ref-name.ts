/** git check-ref-format's rules for a branch name, the ones a typo can break. */
export function isValidBranchName(branch: string): boolean {
  return !!branch && !/(^[-/.])|([/.]$)|\.\.|[\s~^:?*[\\]|@\{|\/\/|\.lock$|[\x00-\x1f\x7f]/.test(branch);
}
