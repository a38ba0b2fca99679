import type {Language} from './language.js'

/** French cue words. */
const french: Language = {
  code: 'fr',
  name: 'French',
  stopwords: [
    'le', 'la', 'les', 'de', 'des', 'du', 'et', 'est', 'un', 'une', 'en', 'que', 'qui', 'dans', 'pour', 'pas', 'sur',
    'au', 'aux', 'avec', 'ce', 'cette', 'sont', 'ont', 'nous', 'il', 'elle', 'par', 'plus', 'être'
  ],
  attendance: {
    present: ['présent', 'présents', 'présente', 'présentes', 'présences', 'participants', 'participantes', 'participant', 'liste de présence', 'membres présents', 'étaient présents', 'assistance'],
    apologies: ['excusé', 'excusés', 'excusée', 'excusées', 'absents excusés', 'regrets', 'excuses'],
    absent: ['absent', 'absents', 'absente', 'absentes', 'absences'],
    guests: ['invité', 'invités', 'invitée', 'invitées', 'observateurs', 'observatrices'],
    chair: ['président', 'présidente', 'présidence', 'président de séance', 'présidente de séance', 'animation', 'animateur', 'animatrice', 'coprésidents', 'coprésident', 'coprésidente', 'présidée par …', 'animée par …'],
    scribe: ['secrétaire', 'secrétaire de séance', 'rapporteur', 'rapporteuse', 'prise de notes', 'procès-verbal rédigé par', 'compte rendu par']
  },
  logistics: {
    agenda: ["ordre du jour", "l'ordre du jour", "l ordre du jour", "ordre du jour et présentations", "l'ordre du jour et présentations", 'sujets', 'points à l ordre du jour'],
    links: ['liens', 'lien', 'documents', 'ressources', 'english', 'version anglaise', 'pièces jointes'],
    recording: ['enregistrement', 'vidéo', 'transcription'],
    schedule: ['date', 'heure', 'lieu', 'endroit', 'quand', 'où', 'début', 'fin', 'clôture', 'ouverture', 'levée de la séance', 'logistique'],
    nextMeeting: ['prochaine réunion', 'prochaine * réunion', 'date de la prochaine réunion', 'prochaine rencontre'],
    other: ['avis de non-responsabilité', 'licence', 'mentions légales']
  },
  containers: ['procès-verbal', 'procès verbal', 'compte rendu', 'compte-rendu', 'notes', 'discussion', 'points de discussion', 'thèmes de la discussion', 'délibérations'],
  titleWords: ['réunion', 'rencontre', 'procès-verbal', 'procès verbal', 'compte rendu', 'séance', 'assemblée', 'conseil', 'groupe de travail'],
  fieldLabels: [
    'note', 'notes', 'remarque', 'remarques', 'question', 'questions', 'réponse', 'commentaire', 'commentaires',
    'contexte', 'résumé', 'statut', 'état', 'résultat', 'conclusion', 'proposition', 'décision', 'décisions', 'vote',
    'action', 'actions', 'mesure', 'mesures', 'mesures de suivi', 'suivi', 'prochaines étapes', 'objectif', 'objectifs',
    'sujet', 'lien', 'liens', 'date', 'heure', 'lieu', 'début', 'fin', 'exemple', 'exemples', 'voir', 'par exemple',
    'pour', 'contre', 'abstention', 'abstentions', 'présents', 'absents', 'participants', 'ordre du jour', 'discussion',
    'problème', 'solution', 'budget', 'coût', 'rapport', 'divers', 'nouveau', 'ouvert', 'fermé', 'fait'
  ],
  attendanceNotes: ['en ligne', 'à distance', 'par téléphone', 'en retard', 'arrivé', 'arrivée', 'parti', 'partie', 'à partir de', "jusqu'à", 'observateur'],
  honorifics: [{words: 'M.', gender: 'm'}, {words: 'Mme', gender: 'f'}, {words: 'Mme.', gender: 'f'}, {words: 'Madame', gender: 'f'}, {words: 'Monsieur', gender: 'm'}, {words: 'Mlle', gender: 'f'}, {words: 'Me'}, {words: 'Pr'}],
  roles: ['président', 'présidente', 'vice-président', 'vice-présidente', 'secrétaire', 'trésorier', 'trésorière', 'directeur', 'directrice', 'gestionnaire', 'coprésident', 'coprésidente', 'responsable', 'membre', 'invité', 'invitée', 'animateur', 'animatrice', 'rapporteur', 'conseiller', 'conseillère'],
  speechVerbs: [
    'a dit', 'dit', 'a présenté', 'présente', 'a expliqué', 'explique', 'a indiqué', 'indique', 'a précisé', 'précise',
    'a souligné', 'souligne', 'a demandé', 'demande', 'a proposé', 'propose', 'a suggéré', 'suggère', 'a mentionné',
    'mentionne', 'a rappelé', 'rappelle', 'a répondu', 'répond', 'a informé', 'informe', 'a noté', 'note', 'a ajouté',
    'ajoute', 'a fait', 'fait', 'a signalé', 'signale', 'a confirmé', 'confirme', 'a annoncé', 'annonce', 'a remercié',
    'remercie', 'a ouvert', 'ouvre', 'a clos', 'a partagé', 'partage', 'aimerait', 'souhaite', 'a souhaité', 'pense',
    'estime', 'a estimé', 'a recommandé', 'recommande'
  ],
  decisions: {
    markers: ['décision', 'décisions', 'résolution', 'résolutions', 'conclusion', 'conclusions', 'décidé', 'adopté', 'accord', 'consensus'],
    sections: ['décision', 'décisions', 'résolution', 'résolutions', 'conclusion', 'conclusions', 'décisions prises', 'relevé de décisions'],
    phrases: [
      'il a été décidé', 'il est décidé', 'il a été convenu', 'il est convenu', 'il a été résolu', 'nous avons décidé',
      'nous avons convenu', 'a été adopté', 'a été adoptée', 'ont été adoptés', 'ont été adoptées', 'est adopté', 'est adoptée',
      'adopté à l unanimité', "adopté à l'unanimité", 'adoptée à l unanimité', "adoptée à l'unanimité", 'approuvé à la majorité',
      'approuvée à la majorité', 'a été approuvé', 'a été approuvée', 'est approuvé', 'est approuvée', 'le conseil décide',
      'le comité décide', 'le groupe décide', 'décide de', 'consensus', 'sans objection', 'reporté', 'reportée', 'reportés', 'reportées', 'rejeté', 'rejetée', 'est élu', 'est élue'
    ],
    notDecisions: ['sera décidé', 'à décider', 'reste à décider', 'à approuver']
  },
  motions: {
    moved: ['proposition', 'proposé', 'proposée', 'motion'],
    seconded: ['appuyé par', 'appuyée par', 'secondé par', 'secondée par'],
    carried: ['adopté', 'adoptée', 'adoptés', 'adoptées', 'approuvé', 'approuvée', 'accepté', 'acceptée'],
    failed: ['rejeté', 'rejetée', 'refusé', 'refusée', 'non adopté', 'non adoptée'],
    withdrawn: ['retiré', 'retirée'],
    deferred: ['reporté', 'reportée', 'ajourné', 'ajournée', 'remis à plus tard'],
    unanimous: ['à l unanimité', "à l'unanimité", 'unanime', 'unanimement'],
    votesFor: ['pour', 'oui'],
    votesAgainst: ['contre', 'non'],
    votesAbstain: ['abstention', 'abstentions'],
    elected: ['est élu', 'est élue', 'a été élu', 'a été élue', 'élu', 'élue', 'élus', 'nommé', 'nommée'],
    election: ['élection du', 'élection de la', 'élection des', 'élection', 'vote pour'],
    qualifiers: ['pour', 'avec', 'comme', 'sous réserve de', 'à', 'au', 'jusqu’à', 'en']
  },
  actions: {
    markers: ['action', 'actions', 'à faire', 'tâche', 'suivi', 'mesure'],
    sections: ['mesures de suivi', 'actions', 'suivi', 'suivis', 'tâches', 'actions à mener', 'prochaines étapes', 'à faire'],
    done: ['fait', 'faite', 'terminé', 'terminée', 'réalisé', 'réalisée', 'fermé'],
    inProgress: ['en cours', 'en attente', 'ouvert'],
    everyone: ['tous', 'toutes', 'tout le monde', 'chacun'],
    after: ['va', 'vont', 'doit', 'doivent', 'devra', 'devront', 'se charge de', 'va envoyer', 'enverra', 'communiquera', 'demandera', 'travaillera', 'travailleront', 'préparera', 'fera', 'examinera'],
    due: ['avant le', 'avant', "d'ici le", 'd ici le', "d'ici", 'au plus tard le', 'pour le', 'échéance'],
    obligations: ['reste à', 'il reste à'],
    imperatives: ['vérifier', 'envoyer', 'contacter', 'préparer', 'rédiger', 'relancer', 'examiner', 'diffuser', 'inviter'],
    passive: ['sera', 'seront', 'doit être', 'doivent être'],
    agent: ['par'],
    soon: ['bientôt', 'plus tard', 'la semaine prochaine', 'ce mois-ci', 'prochainement', 'à la prochaine réunion'],
    notTasks: ['décidé', 'décidée', 'discuté', 'discutée', 'tenu', 'tenue', 'nécessaire', 'possible'],
    months: [
      ['janvier', 'janv'], ['février', 'févr', 'fevrier'], ['mars'], ['avril', 'avr'], ['mai'], ['juin'],
      ['juillet', 'juil'], ['août', 'aout'], ['septembre', 'sept'], ['octobre', 'oct'], ['novembre', 'nov'], ['décembre', 'déc', 'decembre']
    ]
  }
}

export default french
