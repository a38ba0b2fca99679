import {compareStrings} from '../text/compare.js'
import type {ActionEntry, Archive, DecisionEntry, RecommendationItemGroup} from './types.js'
import {groupByYear, yearOf, yearPlaces, type YearPlace} from './year-pages.js'

/** One year page of the decisions register: the year's decisions and, apart, its motions not carried. */
export interface DecisionYear extends YearPlace {
  decisions: DecisionEntry[]
  motionsNotCarried: DecisionEntry[]
}

/** One year page of the actions register: the actions raised at the year's meetings, open and done. */
export interface ActionYear extends YearPlace {
  actions: ActionEntry[]
}

/** One year page of the recommendations register: the year's agenda items with recommendations. */
export interface RecommendationYear extends YearPlace {
  recommendations: RecommendationItemGroup[]
}

/**
 * The registers split by the year of the meeting that recorded each entry, oldest year first: one page per year,
 * so a register's pages stay the size of a year however long the archive grows, and an edit changes one year's page.
 */
export interface RegisterYears {
  decisions: DecisionYear[]
  actions: ActionYear[]
  recommendations: RecommendationYear[]
}

/** The year pages of the registers of `archive` (a year with no entry in a register has no page in it). */
export function registerYears(archive: Pick<Archive, 'decisions' | 'motionsNotCarried' | 'actions' | 'recommendations'>): RegisterYears {
  const decisions = groupByYear(archive.decisions, yearOf)
  const notCarried = groupByYear(archive.motionsNotCarried, yearOf)
  const decisionYears = [...new Set([...decisions.keys(), ...notCarried.keys()])].sort(compareStrings)
  const actions = groupByYear(archive.actions, yearOf)
  const recommendations = groupByYear(archive.recommendations, yearOf)
  return {
    decisions: yearPlaces(decisionYears).map((place) => ({...place, decisions: decisions.get(place.year) ?? [], motionsNotCarried: notCarried.get(place.year) ?? []})),
    actions: yearPlaces([...actions.keys()]).map((place) => ({...place, actions: actions.get(place.year)!})),
    recommendations: yearPlaces([...recommendations.keys()]).map((place) => ({...place, recommendations: recommendations.get(place.year)!}))
  }
}
