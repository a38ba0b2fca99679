import type {Language} from './language.js'

/** German cue words. */
const german: Language = {
  code: 'de',
  name: 'German',
  stopwords: [
    'der', 'die', 'das', 'und', 'ist', 'nicht', 'ein', 'eine', 'zu', 'den', 'von', 'mit', 'sich', 'auf', 'für', 'dem',
    'wird', 'werden', 'auch', 'es', 'wir', 'noch', 'wie', 'oder', 'aber', 'bei', 'nach', 'dass', 'sind', 'über'
  ],
  attendance: {
    present: ['anwesend', 'anwesende', 'anwesenheit', 'teilnehmer', 'teilnehmende', 'teilnehmerinnen', 'teilnehmer innen', 'anwesenheitsliste', 'stimmberechtigt anwesend', 'ebenfalls anwesend'],
    apologies: ['entschuldigt', 'entschuldigt fehlend', 'abgemeldet', 'absagen', 'entschuldigungen'],
    absent: ['abwesend', 'nicht anwesend', 'fehlend', 'unentschuldigt', 'unentschuldigt fehlend'],
    guests: ['gäste', 'gast', 'zuhörer', 'beobachter'],
    chair: ['vorsitz', 'vorsitzende', 'vorsitzender', 'sitzungsleitung', 'versammlungsleitung', 'versammlungsleiter', 'leitung', 'moderation', 'geleitet von …', 'moderiert von …'],
    scribe: ['protokollant', 'protokollantin', 'protokollführung', 'protokollführer', 'protokollführerin', 'schriftführer', 'schriftführerin', 'protokoll geführt von']
  },
  logistics: {
    agenda: ['tagesordnung', 'tagesordnungspunkte', 'agenda', 'themen', 'vorgeschlagene tagesordnung'],
    links: ['links', 'link', 'dokumente', 'unterlagen', 'anhänge', 'live kollaboration', 'folien'],
    recording: ['aufzeichnung', 'mitschnitt', 'aufnahme'],
    schedule: ['termin', 'datum', 'zeit', 'uhrzeit', 'ort', 'wann', 'wo', 'beginn', 'sitzungsbeginn', 'ende', 'sitzungsende', 'schluss', 'einwahl', 'einwahldaten', 'raum'],
    nextMeeting: ['nächstes treffen', 'nächste sitzung', 'nächster termin', 'nächste * sitzung', 'nächstes * treffen', 'termin der nächsten sitzung'],
    other: ['impressum', 'lizenz', 'hinweis']
  },
  containers: ['protokoll', 'notizen', 'mitschrift', 'diskussion', 'regelmäßige tops', 'tops', 'tagesordnungspunkte', 'protokoll pad', 'berichte und diskussion'],
  titleWords: ['treffen', 'sitzung', 'protokoll', 'versammlung', 'mitgliederversammlung', 'vorstandssitzung', 'besprechung', 'gründungsversammlung'],
  fieldLabels: [
    'hinweis', 'anmerkung', 'anmerkungen', 'notiz', 'frage', 'fragen', 'antwort', 'ergebnis', 'ergebnisse', 'beschluss',
    'beschlüsse', 'abstimmung', 'diskussion', 'zusammenfassung', 'status', 'stand', 'sitzungsbeginn', 'sitzungsende',
    'beginn', 'ende', 'termin', 'ort', 'datum', 'zeit', 'aufgabe', 'aufgaben', 'todo', 'todos', 'vorschlag', 'antrag',
    'begründung', 'hintergrund', 'ziel', 'ziele', 'idee', 'ideen', 'problem', 'lösung', 'kosten', 'budget', 'link',
    'links', 'quelle', 'siehe', 'zb', 'z b', 'bzw', 'ja', 'nein', 'enthaltung', 'enthaltungen', 'anwesend', 'abwesend',
    'nächste schritte', 'tagesordnung', 'protokoll', 'bericht', 'berichte', 'sonstiges', 'neu', 'alt', 'offen', 'erledigt',
    'amt', 'kandidat', 'kandidaten', 'kandidatin', 'gewählt', 'wahl', 'ergebnis', 'stimmen', 'pro', 'contra', 'dafür', 'dagegen'
  ],
  attendanceNotes: ['ab', 'bis', 'später', 'verspätet', 'online', 'remote', 'telefonisch', 'per telefon', 'zeitweise', 'gast'],
  honorifics: [{words: 'Herr', gender: 'm'}, {words: 'Hr.', gender: 'm'}, {words: 'Frau', gender: 'f'}, {words: 'Fr.', gender: 'f'}, {words: 'Prof.'}, {words: 'Dr.'}],
  roles: ['vorsitzende', 'vorsitzender', 'stellvertretende', 'stellvertretender', 'kassenwart', 'kassenwartin', 'schatzmeister', 'schatzmeisterin', 'schriftführer', 'schriftführerin', 'protokollant', 'protokollantin', 'vorstand', 'vorstandsmitglied', 'beisitzer', 'beisitzerin', 'mitglied', 'gast', 'moderation', 'sitzungsleitung', 'kassenprüfer', 'kassenprüferin'],
  speechVerbs: [
    'sagt', 'sagte', 'berichtet', 'berichtete', 'erklärt', 'erklärte', 'erläutert', 'erläuterte', 'stellt', 'stellte',
    'fragt', 'fragte', 'schlägt', 'schlug', 'meint', 'meinte', 'betont', 'betonte', 'merkt', 'merkte', 'ergänzt',
    'ergänzte', 'weist', 'wies', 'informiert', 'informierte', 'präsentiert', 'präsentierte', 'beantragt', 'beantragte',
    'kritisiert', 'kritisierte', 'begrüßt', 'begrüßte', 'eröffnet', 'eröffnete', 'schließt', 'schloss', 'antwortet',
    'antwortete', 'findet', 'fand', 'bittet', 'bat', 'möchte', 'wünscht', 'wünschte', 'bemerkt', 'bemerkte', 'zeigt',
    'zeigte', 'erzählt', 'erzählte', 'gibt', 'gab'
  ]
}

export default german
