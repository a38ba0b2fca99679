/** Where a meeting's page goes in the output (the permalink of `meeting.njk`). */
export function meetingPagePath(slug: string): string {
  return `meetings/${slug}/index.html`
}

/** Where a person's page goes in the output (the permalink of `person.njk`). */
export function personPagePath(slug: string): string {
  return `people/${slug}/index.html`
}

/** Where an organisation's page goes in the output (the permalink of `organization.njk`). */
export function organizationPagePath(slug: string): string {
  return `organizations/${slug}/index.html`
}
