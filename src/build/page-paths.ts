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

/** Where a series' page goes in the output (the permalink of `series.njk`). */
export function seriesPagePath(slug: string): string {
  return `series/${slug}/index.html`
}

/** Where a year page of a split person page goes (the permalink of `person-year.njk`). */
export function personYearPagePath(slug: string, year: string): string {
  return `people/${slug}/${year}/index.html`
}

/** Where a year page of a split organisation page goes (the permalink of `organization-year.njk`). */
export function organizationYearPagePath(slug: string, year: string): string {
  return `organizations/${slug}/${year}/index.html`
}

/** Where a year page of a split series page goes (the permalink of `series-year.njk`). */
export function seriesYearPagePath(slug: string, year: string): string {
  return `series/${slug}/${year}/index.html`
}

/** Where a year page of a register goes (the permalinks of `decisions-year.njk`, `actions-year.njk`, `recommendations-year.njk`). */
export function registerYearPagePath(register: 'decisions' | 'actions' | 'recommendations', year: string): string {
  return `${register}/${year}/index.html`
}
