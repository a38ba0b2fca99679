import type {Person, Speaker} from '../../model/meeting.js'

/** A Person with only the fields that have a value (exactOptionalPropertyTypes: no `undefined` fields). */
export function makePerson(name: string, role: string | undefined, organization: string | undefined): Person {
  return {
    name,
    ...(role === undefined ? {} : {role}),
    ...(organization === undefined ? {} : {organization})
  }
}

/** The Person part of a Speaker, as items list them. */
export function speakerPerson(speaker: Speaker): Person {
  return makePerson(speaker.name, speaker.role, speaker.organization)
}
