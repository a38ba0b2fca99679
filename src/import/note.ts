/** Something the importer could not settle and the secretary should look at in the written file. */
export interface ImportNote {
  /** Worded "Unexpected X, expected Y", with values in backticks. */
  reason: string
  /** Rule id, without the `minutebook:` source prefix. */
  ruleId: string
  /** Text that appears in the written Markdown at the place the note is about; the note is placed on its line. */
  anchor?: string
}
