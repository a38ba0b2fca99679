import type {Language} from './language.js'

/** English cue words. */
const english: Language = {
  code: 'en',
  name: 'English',
  stopwords: [
    'the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'it', 'was', 'on', 'with', 'as', 'be', 'this', 'are', 'we',
    'will', 'have', 'has', 'not', 'at', 'by', 'from', 'an', 'or', 'should', 'would', 'there', 'about', 'which'
  ],
  attendance: {
    present: [
      'present', 'attendance', 'attendees', 'attendee list', 'attending', 'attended', 'participants', 'participating',
      'in attendance', 'members present', 'also present', 'also attending', 'those present', 'roll call',
      'late attendees', 'late arrivals', 'nominees present', 'members speaking', 'committee members present',
      'board members present', 'who is here', "who's here", 'people present', 'present in the room', 'on the call'
    ],
    apologies: ['apologies', 'apologies for absence', 'apologies received', 'regrets', 'sent regrets', 'excused'],
    absent: ['absent', 'absentees', 'not present', 'absent without apologies', 'unable to attend'],
    guests: ['guests', 'guests …', 'guest', 'observers', 'visitors', 'invited', 'also in attendance'],
    chair: ['chair', 'chairperson', 'chairman', 'chairwoman', 'chaired by …', 'presiding', 'presided by …', 'moderator', 'moderated by …', 'facilitator', 'facilitated by …', 'led by …', 'lead by …', 'host'],
    scribe: ['scribe', 'scribes', 'note taker', 'notetaker', 'note-taker', 'minute taker', 'minutes taken by …', 'minutes by …', 'notes by …', 'notes taken by …', 'recorder', 'recording secretary', 'taking notes']
  },
  logistics: {
    agenda: ['agenda', 'proposed agenda', 'draft agenda', 'main topics', 'topics', 'order of business', 'agenda topics'],
    links: ['links', 'link', 'resources', 'references', 'related links', 'documents', 'attachments', 'slides', 'github issue', 'working document', 'notes document', 'previous calls', 'previous meetings', 'previous minutes'],
    recording: ['recording', 'recordings', 'meeting recording', 'video', 'transcript', 'logs', 'log', 'irc log', 'irc logs', 'chat log', 'meeting log', 'meetbot'],
    schedule: [
      'date', 'time', 'date and time', 'when', 'where', 'venue', 'location', 'place', 'start', 'started', 'start time',
      'finish', 'finished', 'end', 'end time', 'close', 'closed', 'close of meeting', 'meeting close', 'meeting closed',
      'meeting opened', 'adjourned', 'adjournment',
      'call logistics', 'logistics', 'zoom instructions', 'zoom', 'dial in', 'dial-in', 'how to join',
      'joining instructions', 'meeting link', 'what', 'call details', 'meeting details'
    ],
    nextMeeting: ['next meeting', 'next * meeting', 'date of next meeting', 'next call', 'next * call', 'upcoming meeting'],
    other: ['disclaimer', 'credits', 'licence', 'license', 'copyright', 'footer']
  },
  containers: ['minutes', 'notes', 'meeting notes', 'meeting minutes', 'discussion', 'agenda and notes', 'agenda and minutes', 'agenda items', 'items', 'notes and actions', 'summary', 'proceedings'],
  titleWords: ['meeting', 'minutes', 'notes', 'telcon', 'teleconference', 'call', 'agm', 'session', 'record', 'standup', 'sync'],
  fieldLabels: [
    'note', 'notes', 'nb', 'ps', 'question', 'questions', 'answer', 'answers', 'q', 'a', 'comment', 'comments',
    'background', 'context', 'discussion', 'summary', 'update', 'updates', 'status', 'result', 'results', 'outcome',
    'conclusion', 'conclusions', 'proposal', 'proposals', 'proposed', 'recommendation', 'recommendations', 'suggestion',
    'suggestions', 'presenter', 'presenters', 'speaker', 'speakers', 'group', 'groups', 'decision', 'decisions', 'resolved', 'resolution', 'agreed',
    'action', 'actions', 'action item', 'action items', 'todo', 'todos', 'next steps', 'next step', 'goal', 'goals',
    'topic', 'topics', 'issue', 'issues', 'tracking issue', 'pr', 'pull request', 'link', 'links', 'url', 'source',
    'recording', 'video', 'slides', 'agenda', 'minutes', 'date', 'time', 'when', 'where', 'venue', 'location', 'place',
    'start', 'finish', 'end', 'duration', 'revenue', 'deposit', 'balance', 'expenditure', 'total', 'budget', 'cost',
    'price', 'example', 'examples', 'e g', 'eg', 'i e', 'ie', 'see', 'ref', 'reference', 'references', 'fyi', 'info',
    'important', 'warning', 'reminder', 'tip', 'idea', 'ideas', 'pros', 'cons', 'pro', 'con', 'option', 'options',
    'vote', 'votes', 'motion', 'moved', 'seconded', 'carried', 'passed', 'result', 'tally', 'quorum', 'present',
    'absent', 'apologies', 'regrets', 'attendees', 'attendance', 'participants', 'guests', 'chair', 'scribe',
    'owner', 'owners', 'due', 'deadline', 'priority', 'category', 'type', 'title', 'description', 'purpose', 'scope',
    'objective', 'objectives', 'meeting', 'call', 'phone', 'email', 'e-mail', 'web', 'website', 'address', 'contact',
    'problem', 'solution', 'plan', 'timeline', 'deliverables', 'risk', 'risks', 'feedback', 'concern', 'concerns',
    'announcement', 'announcements', 'news', 'report', 'reports', 'review', 'done', 'open', 'closed', 'new', 'old',
    'other', 'misc', 'aob', 'general', 'edit', 'edited', 'update', 'correction', 'clarification', 'requirement',
    'requirements', 'use case', 'use cases', 'term', 'definition', 'notes from', 'meeting notes', 'welcome', 'intro',
    'introduction', 'overview', 'current state', 'state', 'level', 'step', 'phase', 'version', 'release', 'timebox'
  ],
  attendanceNotes: [
    'arrived', 'arrived late', 'late', 'left', 'left early', 'left at', 'departed', 'remote', 'remotely', 'online',
    'in person', 'via phone', 'by phone', 'phone', 'via zoom', 'via video', 'part', 'partly', 'part time', 'from',
    'until', 'joined', 'joined late', 'for item', 'for items', 'observer', 'non-voting', 'voting', 'proxy', 'dial-in'
  ],
  honorifics: [
    {words: 'Mr', gender: 'm'}, {words: 'Mr.', gender: 'm'}, {words: 'Sir', gender: 'm'},
    {words: 'Ms', gender: 'f'}, {words: 'Ms.', gender: 'f'}, {words: 'Mrs', gender: 'f'}, {words: 'Mrs.', gender: 'f'},
    {words: 'Miss', gender: 'f'}, {words: 'Madam', gender: 'f'}, {words: 'Dame', gender: 'f'},
    {words: 'Mx'}, {words: 'Mx.'}, {words: 'Dr'}, {words: 'Dr.'}, {words: 'Prof'}, {words: 'Prof.'}, {words: 'Professor'},
    {words: 'H.E.'}, {words: 'H.E'}, {words: 'HE'}, {words: 'Excellency'},
    {words: 'His Excellency', gender: 'm'}, {words: 'Her Excellency', gender: 'f'},
    {words: 'Rev'}, {words: 'Rev.'}, {words: 'Reverend'}, {words: 'Ven.'}, {words: 'Venerable'},
    {words: 'Cllr'}, {words: 'Cllr.'}, {words: 'Councillor'}, {words: 'Councilor'},
    {words: 'Hon'}, {words: 'Hon.'}, {words: 'Honourable'}, {words: 'Honorable'},
    {words: 'The Honourable'}, {words: 'The Honorable'},
    // Khmer titles as the seed writes them in English.
    {words: 'Lok Chumteav', gender: 'f'}, {words: 'Lok Chumtiev', gender: 'f'}, {words: 'Lok', gender: 'm'},
    {words: 'Neak Oknha'}, {words: 'Oknha'}, {words: 'Samdech'}
  ],
  roles: [
    'chair', 'chairperson', 'chairman', 'chairwoman', 'co-chair', 'vice-chair', 'vice-chairman', 'secretary',
    'treasurer', 'president', 'vice-president', 'clerk', 'scribe', 'facilitator', 'moderator', 'host', 'guest',
    'observer', 'member', 'ocm', 'director', 'manager', 'lead', 'leader', 'co-lead', 'convenor', 'convener',
    'rapporteur', 'minute taker', 'note taker', 'notetaker', 'maintainer', 'liaison', 'staff', 'coordinator',
    'organiser', 'organizer', 'speaker', 'presenter', 'tac', 'board', 'secretariat', 'group', 'team', 'committee',
    'task force', 'taskforce', 'working group'
  ],
  speechVerbs: [
    'said', 'says', 'presented', 'presents', 'explained', 'explains', 'updated', 'updates', 'asked', 'asks', 'added',
    'adds', 'inquired', 'enquired', 'emphasised', 'emphasized', 'noted', 'notes', 'proposed', 'proposes', 'reported',
    'reports', 'welcomed', 'invited', 'discussed', 'outlined', 'suggested', 'suggests', 'stated', 'states', 'replied',
    'replies', 'responded', 'responds', 'thanked', 'chaired', 'opened', 'closed', 'moved', 'seconded', 'raised',
    'raises', 'commented', 'comments', 'highlighted', 'informed', 'requested', 'requests', 'recommended', 'recommends',
    'agreed', 'agrees', 'introduced', 'shared', 'shares', 'announced', 'announces', 'described', 'describes',
    'mentioned', 'mentions', 'expressed', 'stressed', 'underlined', 'underscored', 'clarified', 'clarifies',
    'confirmed', 'confirms', 'concluded', 'summarised', 'summarized', 'summarises', 'summarizes', 'queried',
    'questioned', 'questions', 'answered', 'answers', 'acknowledged', 'recalled', 'reminded', 'argued', 'argues',
    'observed', 'remarked', 'urged', 'encouraged', 'briefed', 'spoke', 'talked', 'gave', 'led', 'facilitated',
    'pointed', 'points', 'objected', 'objects', 'disagreed', 'disagrees', 'supported', 'supports', 'endorsed',
    'declared', 'reiterated', 'cautioned', 'warned', 'indicated', 'advised', 'elaborated', 'circulated', 'tabled',
    'thinks', 'thought', 'believes', 'feels', 'wonders', 'wondered', 'prefers', 'preferred', 'wants', 'wanted',
    'volunteered', 'volunteers', 'offered', 'offers', 'demoed', 'demonstrated', 'showed', 'shows', 'presenting',
    'explaining', 'reporting', 'summarizing', 'summarising', 'asking', 'noting', 'suggesting', 'proposing',
    'motions', 'moves', 'motioned', 'walked', 'reviewed', 'walks', 'provided', 'provides', 'gives',
    // The plural present, for subjects joined by "and" ("Michael and Delan agree").
    'agree', 'say', 'note', 'suggest', 'propose', 'think', 'feel', 'ask', 'explain', 'mention', 'report', 'disagree',
    'object', 'prefer', 'recommend', 'support', 'confirm', 'clarify', 'comment', 'present', 'volunteer'
  ],
  decisions: {
    markers: ['decision', 'decisions', 'decided', 'agreed', 'resolved', 'resolution', 'resolutions', 'conclusion', 'conclusions', 'consensus', 'outcome', 'verdict', 'agreement', 'determined'],
    sections: ['decision', 'decisions', 'decisions taken', 'decisions made', 'resolution', 'resolutions', 'conclusion', 'conclusions', 'outcome', 'outcomes', 'meeting conclusion', 'meeting conclusions', 'agreements', 'agreed', 'resolved'],
    phrases: [
      'it was agreed', 'it was resolved', 'it was decided', 'it was determined', 'it is agreed', 'it was * agreed',
      'we agreed', 'we decided', 'we resolved', 'we have decided', 'we have agreed', 'we will go with',
      'meeting * agreed', 'committee * agreed', 'group * agreed', 'members * agreed', 'participants * agreed',
      'board * agreed', 'council * agreed', 'stakeholders * agreed', 'taskforce * agreed', 'assembly * agreed',
      'all * agreed', 'everyone * agreed', 'meeting * resolved', 'committee * resolved', 'council * resolved',
      'board * resolved', 'members * resolved', 'meeting * decided', 'committee * decided', 'group * decided',
      'council * decided', 'board * decided', 'members * decided', 'participants * decided',
      'there was agreement', 'there was general agreement', 'there was consensus', 'there was broad agreement',
      'general agreement', 'consensus was', 'consensus to', 'no objections', 'no objection', 'without objection',
      'without dissent', 'no dissent',
      'was adopted', 'were adopted', 'was approved', 'were approved', 'was endorsed', 'were endorsed', 'was accepted',
      'were accepted', 'was ratified', 'were ratified', 'was carried', 'was passed', 'has been approved',
      'have been approved', 'has been adopted', 'have been adopted', 'has been selected', 'was * adopted', 'were * approved',
      'was * approved', 'was * accepted', 'motion carried', 'motion passed', 'motion passes', 'motion carries',
      'the plan stands', 'broadly agreed', 'generally agreed', 'unanimously agreed', 'unanimous * vote', 'is unanimous',
      'was unanimous', 'decided to', 'decided that', 'agreed that', 'have selected', 'were selected', 'we selected',
      'minutes * approved', 'minutes * adopted', 'agenda * adopted', 'agenda * approved'
    ],
    notDecisions: [
      'carried forward', 'carried over', 'brought forward', 'agreed to meet', 'agreed to reconvene', 'agreed to continue the discussion',
      'agreed to discuss', 'agreed to disagree', 'if approved', 'once approved', 'to be approved', 'to be adopted',
      'not yet approved', 'pending approval'
    ]
  },
  motions: {
    moved: ['moved', 'motion', 'proposed', 'proposal', 'proposer', 'mover'],
    seconded: ['seconded', 'seconded by', 'seconder'],
    carried: ['carried', 'carries', 'passed', 'passes', 'adopted', 'approved', 'accepted', 'agreed', 'resolved'],
    failed: ['failed', 'fails', 'defeated', 'lost', 'rejected', 'declined', 'not accepted', 'not approved', 'not carried', 'did not pass', 'does not pass', 'voted down'],
    withdrawn: ['withdrawn', 'withdrew', 'was withdrawn'],
    deferred: ['deferred', 'tabled', 'postponed', 'laid on the table', 'adjourned to', 'held over'],
    unanimous: ['unanimously', 'unanimous', 'nem con', 'without dissent', 'no dissent'],
    votesFor: ['for', 'yes', 'yea', 'yeas', 'aye', 'ayes', 'in favour', 'in favor', 'pro'],
    votesAgainst: ['against', 'no', 'nay', 'nays', 'noes', 'opposed', 'con'],
    votesAbstain: ['abstain', 'abstained', 'abstention', 'abstentions', 'present'],
    elected: ['was elected', 'were elected', 'is elected', 'elected as', 'was appointed', 'were appointed', 'appointed as', 'was selected as', 'was re-elected', 'were re-elected'],
    election: ['vote for the', 'vote for', 'election of the', 'election of', 'election for', 'elections for'],
    qualifiers: ['for', 'as', 'with', 'subject to', 'to', 'until', 'in']
  },
  actions: {
    markers: ['action', 'actions', 'action item', 'action items', 'action point', 'action points', 'todo', 'to do', 'to-do', 'task', 'follow-up', 'follow up', 'ar', 'ai'],
    sections: ['action', 'action item', 'action point', 'actions', 'action items', 'action points', 'new action items', 'open action items', 'outstanding action items', 'old action items', 'follow-up actions', 'follow-up', 'todos', 'to-dos', 'to do', 'tasks', 'next steps', 'action log', 'action register'],
    done: ['done', 'completed', 'complete', 'closed', 'finished', 'resolved'],
    inProgress: ['in process', 'in progress', 'ongoing', 'on going', 'standing', 'open', 'pending', 'started', 'underway'],
    everyone: ['all', 'everyone', 'everybody', 'all members', 'each member'],
    after: ['to', 'will', 'shall', 'needs to', 'need to', 'is to', 'are to', 'agreed to', 'volunteered to', 'volunteers to', 'offered to', 'will be'],
    due: ['by', 'due', 'due by', 'due date', 'before', 'until', 'till', 'deadline', 'no later than', 'not later than', 'by the end of'],
    obligations: ['still need to', 'need to', 'needs to', 'next step is to', 'next steps are to', 'the next step is to'],
    imperatives: ['review', 'ping', 'check', 'follow up', 'send', 'write up', 'prepare', 'circulate', 'ask', 'look into', 'investigate', 'remind', 'invite', 'reach out'],
    passive: ['to be', 'will be', 'shall be', 'are to be', 'is to be'],
    agent: ['by'],
    soon: ['next week', 'early next week', 'this week', 'soon', 'shortly', 'later', 'next month', 'tomorrow', 'in the next few days', 'before the next meeting', 'by the next meeting', 'by next call', 'when available', 'in due course'],
    notTasks: ['held', 'needed', 'required', 'decided', 'discussed', 'determined', 'confirmed', 'seen', 'known', 'allowed', 'able', 'used', 'given', 'done', 'based', 'involved', 'interested', 'affected', 'expected', 'considered', 'chaired', 'closed', 'open', 'opened', 'covered', 'present', 'absent', 'available', 'back'],
    months: [
      ['january', 'jan'], ['february', 'feb'], ['march', 'mar'], ['april', 'apr'], ['may'], ['june', 'jun'],
      ['july', 'jul'], ['august', 'aug'], ['september', 'sept', 'sep'], ['october', 'oct'], ['november', 'nov'], ['december', 'dec']
    ]
  }
}

export default english
