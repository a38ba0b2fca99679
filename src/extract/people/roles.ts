import type {Token} from './tokens.js'

// Words that end a job title ("Project Advisor", "Director General", "Chair").
const heads = new Set([
  'chair', 'chairperson', 'chairman', 'chairwoman', 'co-chair', 'vice-chair', 'director', 'director-general',
  'general', 'manager', 'advisor', 'adviser', 'officer', 'coordinator', 'co-ordinator', 'representative',
  'president', 'vice-president', 'secretary', 'secretary-general', 'minister', 'ambassador', 'head', 'consultant',
  'specialist', 'chief', 'member', 'lead', 'leader', 'founder', 'co-founder', 'ceo', 'coo', 'cfo', 'treasurer',
  'counsellor', 'counselor', 'attaché', 'attache', 'commissioner', 'governor', 'delegate', 'analyst', 'expert',
  'associate', 'assistant', 'administrator', 'facilitator', 'trainer', 'researcher', 'lawyer', 'judge',
  'prosecutor', 'investigator', 'editor', 'partner', 'principal', 'fellow', 'rapporteur', 'envoy', 'attorney',
  'official', 'engineer', 'economist', 'advocate', 'supervisor', 'executive', 'superintendent', 'mayor',
  'spokesperson', 'spokesman', 'spokeswoman', 'clerk', 'registrar', 'auditor', 'inspector', 'commander',
  'rector', 'dean', 'chancellor', 'vice-chancellor', 'deputy', 'focal', 'point', 'worker', 'volunteer', 'intern'
])

// Words that may stand before a head inside a title ("Regional Program Manager").
const modifiers = new Set([
  'regional', 'national', 'country', 'program', 'programme', 'programs', 'programmes', 'project', 'projects',
  'senior', 'junior', 'deputy', 'assistant', 'executive', 'general', 'technical', 'legal', 'chief', 'vice',
  'acting', 'associate', 'field', 'communications', 'communication', 'finance', 'financial', 'operations',
  'operating', 'policy', 'research', 'protection', 'child', 'team', 'area', 'provincial', 'managing', 'permanent',
  'under', 'special', 'principal', 'lead', 'health', 'education', 'advocacy', 'monitoring', 'evaluation',
  'liaison', 'information', 'office', 'human', 'resources', 'administrative', 'development', 'coordination',
  'training', 'case', 'social', 'outreach', 'gender', 'security', 'resident', 'first', 'second', 'third',
  'political', 'economic', 'public', 'relations', 'press', 'media', 'justice', 'rights', 'anti-trafficking',
  'trafficking', 'migration', 'labour', 'labor', 'youth', 'founding', 'board', 'committee', 'steering',
  'interim', 'co', 'country-level', 'programme-level', 'research', 'data', 'it', 'logistics', 'safeguarding',
  'secretary', 'director', 'focal', 'national-level', 'district', 'municipal', 'state', 'federal', 'medical'
])

function word(token: Token | undefined): string {
  return token ? token.text.toLowerCase() : ''
}

/** True when a word can be part of a job title (head or modifier). */
export function isRoleWord(text: string): boolean {
  const lower = text.toLowerCase()
  return heads.has(lower) || modifiers.has(lower)
}

/** True when tokens [start, end) form a job title: title words only, the last one a head ("Project Advisor"). */
export function isRole(tokens: readonly Token[], start: number, end: number): boolean {
  if (end <= start || !heads.has(word(tokens[end - 1]))) return false
  for (let index = start; index < end; index++) if (!isRoleWord(tokens[index]!.text)) return false
  return true
}

/** Start index of the longest title that ends at `end` ("UNIAP Regional Program Manager" -> at "Regional"), or -1. */
export function trailingRoleStart(tokens: readonly Token[], start: number, end: number): number {
  if (end <= start || !heads.has(word(tokens[end - 1]))) return -1
  let index = end - 1
  while (index > start && isRoleWord(tokens[index - 1]!.text)) index--
  return index
}

/** True when the words name the chair of the meeting ("Chair", "Chairperson", "Chairman"). */
export function isChairTitle(text: string): boolean {
  return /^(?:chair|chairperson|chairman|chairwoman|chair person)$/iu.test(text)
}
