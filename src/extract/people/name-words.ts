import {isHonorificWord} from '../../text/honorifics.js'
import {isRoleWord} from './roles.js'

// Capitalised words that start sentences or name things rather than people; a guessed name never contains one.
const notNames = new Set(
  (
    'the a an this that these those it its he she they we i you our their his her him them us in on at after ' +
    'before during for from of to with by as and but or if when while then there here however also all both each ' +
    'some many most several other another further finally next first second third last new following please see ' +
    'thanks thank welcome dear yes no not one two three four five any every such overall meanwhile moreover ' +
    'furthermore additionally subsequently lastly firstly secondly regarding concerning following according ' +
    'meeting meetings group groups working committee council board government governments ministry ministries ' +
    'department office secretariat taskforce task force agency agencies delegation delegates participants ' +
    'members stakeholders officials staff team teams partners donors organisation organization organisations ' +
    'organizations ngo ngos un embassy embassies police project program programme agenda item items minutes ' +
    'action actions decision decisions recommendation recommendations note notes summary update updates report ' +
    'reports presentation discussion discussions question questions comments comment answer points key outcome ' +
    'outcomes date time venue location attendees apologies present absent chairperson chairman everyone nobody ' +
    'participants speakers audience attendance agreed resolved resolution conclusion motion carried coffee break ' +
    'lunch other business closed closing opening welcome introduction introductions review adoption reports small ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
    'september october november december day week month year morning afternoon evening today tomorrow yesterday ' +
    'phase national provincial international regional local ministers network centre center committee forum ' +
    'province district village commune city capital kingdom republic royal united nations union association ' +
    'foundation institute university school hospital court bank fund society alliance coalition initiative ' +
    'mr ms mrs dr prof sir madam dear hello hi okay ok ' +
    // Articles and pronouns of the other languages, which open sentences as capitals do.
    'der die das dem den des ein eine einer eines wir ihr sie er es man le la les un une des nous vous ils elles on ' +
    'el los las unos unas nosotros ellos ellas'
  ).split(' ')
)

const particles = new Set(['van', 'von', 'de', 'da', 'del', 'della', 'der', 'di', 'du', 'la', 'le', 'bin', 'binti', 'ibn', 'al', 'el', 'dos', 'das', 'ter', 'ten'])

const initial = /^(?:\p{Lu}\.)+$|^\p{Lu}$/u
const capitalised = /^\p{Lu}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*$/u
const possessive = /['’]s$/u

/** True when a word may be part of a name guessed from capitals: "Kristy", "McGeoghan", "O’Brien", "K.". */
export function isNameWord(text: string): boolean {
  if (initial.test(text)) return true
  if (!capitalised.test(text) || !/\p{Ll}/u.test(text) || possessive.test(text)) return false
  const lower = text.toLowerCase()
  return !notNames.has(lower) && !isRoleWord(lower) && !isHonorificWord(text)
}

/** True when a lowercase word may join the parts of a name ("van", "de", "bin"). */
export function isParticle(text: string): boolean {
  return particles.has(text)
}
