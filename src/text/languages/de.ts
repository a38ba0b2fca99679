import type {Language} from './language.js'

/** German cue words. */
const german: Language = {
  code: 'de',
  name: 'German',
  capitalisesNouns: true,
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
  ],
  decisions: {
    markers: ['beschluss', 'beschlüsse', 'beschlossen', 'entscheidung', 'entschieden', 'ergebnis', 'einigung', 'fazit', 'konsens'],
    sections: ['beschluss', 'beschlüsse', 'beschlüsse und ergebnisse', 'ergebnisse', 'entscheidungen', 'ergebnis'],
    phrases: [
      'wurde beschlossen', 'wurde entschieden', 'es wurde beschlossen', 'es wurde entschieden', 'wir haben beschlossen',
      'wir haben entschieden', 'wir beschließen', 'beschließt', 'beschließen', 'einstimmig angenommen', 'wird angenommen',
      'wurde angenommen', 'werden angenommen', 'angenommen', 'nimmt * an', 'genehmigt', 'wurde genehmigt', 'einigung auf',
      'einigen uns', 'haben uns geeinigt', 'konsens', 'ohne gegenstimme', 'vertagt', 'wird vertagt', 'wurde vertagt',
      'abgelehnt', 'gewählt', 'wir nehmen'
    ],
    notDecisions: ['wird später entschieden', 'noch nicht entschieden', 'soll entschieden werden', 'beim nächsten treffen geklärt']
  },
  motions: {
    moved: ['antrag', 'antragsteller', 'antragstellerin', 'vorschlag'],
    seconded: ['unterstützt von', 'unterstützt durch'],
    carried: ['angenommen', 'einstimmig angenommen', 'beschlossen', 'genehmigt', 'zugestimmt'],
    failed: ['abgelehnt', 'nicht angenommen', 'gescheitert'],
    withdrawn: ['zurückgezogen'],
    deferred: ['vertagt', 'verschoben', 'zurückgestellt'],
    unanimous: ['einstimmig', 'ohne gegenstimme', 'ohne gegenstimmen'],
    votesFor: ['ja', 'dafür', 'pro', 'ja-stimmen'],
    votesAgainst: ['nein', 'dagegen', 'contra', 'gegenstimmen', 'nein-stimmen'],
    votesAbstain: ['enthaltung', 'enthaltungen', 'enthalten'],
    elected: ['gewählt', 'wurde gewählt', 'ist gewählt', 'zum vorsitzenden gewählt', 'zur vorsitzenden gewählt'],
    election: ['wahl des', 'wahl der', 'wahl', 'vorstandswahl', 'wahlen'],
    qualifiers: ['für', 'mit', 'als', 'vorbehaltlich', 'auf', 'bis', 'in']
  },
  actions: {
    markers: ['aufgabe', 'aufgaben', 'todo', 'to-do', 'to do', 'erledigen', 'maßnahme'],
    sections: ['aufgaben', 'todos', 'to-dos', 'offene punkte', 'offene aufgaben', 'maßnahmen', 'nächste schritte'],
    done: ['erledigt', 'fertig', 'abgeschlossen'],
    inProgress: ['in arbeit', 'läuft', 'offen', 'in bearbeitung'],
    everyone: ['alle', 'jeder', 'jede'],
    after: [
      'wird', 'werden', 'soll', 'sollte', 'will', 'kümmert sich', 'kümmern sich', 'übernimmt', 'übernehmen', 'prüft',
      'prüfen', 'klärt', 'klären', 'macht', 'machen', 'schreibt', 'fragt', 'scannt', 'pusht', 'organisiert', 'bestellt',
      'besorgt', 'schickt', 'verschickt', 'bereitet', 'baut', 'überlegt sich', 'meldet sich', 'fährt'
    ],
    due: ['bis', 'bis zum', 'bis spätestens', 'spätestens', 'vor dem', 'frist'],
    obligations: ['müssen noch', 'muss noch', 'sollte jemand', 'muss jemand', 'sollte mal rein'],
    imperatives: ['prüfen', 'klären', 'nachfragen', 'anfragen', 'einladen'],
    passive: ['wird', 'werden', 'soll', 'sollen'],
    agent: ['von'],
    soon: ['später', 'bald', 'demnächst', 'nächste woche', 'nächsten monat', 'beim nächsten treffen', 'morgen'],
    notTasks: ['entschieden', 'diskutiert', 'besprochen', 'geklärt', 'gesehen', 'benötigt', 'gebraucht'],
    months: [
      ['januar', 'jan', 'jänner'], ['februar', 'feb'], ['märz', 'mär', 'maerz'], ['april', 'apr'], ['mai'], ['juni', 'jun'],
      ['juli', 'jul'], ['august', 'aug'], ['september', 'sep', 'sept'], ['oktober', 'okt'], ['november', 'nov'], ['dezember', 'dez']
    ]
  }
}

export default german
