import type {Language} from './language.js'

/** Spanish cue words. */
const spanish: Language = {
  code: 'es',
  name: 'Spanish',
  stopwords: [
    'el', 'la', 'los', 'las', 'de', 'del', 'y', 'que', 'en', 'un', 'una', 'es', 'por', 'con', 'para', 'se', 'no', 'su',
    'al', 'lo', 'como', 'más', 'pero', 'sus', 'le', 'ha', 'este', 'esta', 'son', 'fue'
  ],
  attendance: {
    present: ['asistentes', 'asistencia', 'presentes', 'participantes', 'lista de asistencia', 'miembros presentes', 'asisten', 'asistieron'],
    apologies: ['excusas', 'excusados', 'excusadas', 'disculpas', 'se excusan', 'ausencias justificadas', 'ausentes con excusa'],
    absent: ['ausentes', 'ausente', 'no asistieron', 'inasistencias'],
    guests: ['invitados', 'invitadas', 'invitado', 'observadores'],
    chair: ['presidente', 'presidenta', 'preside', 'presidida por …', 'moderador', 'moderadora', 'moderada por …'],
    scribe: ['secretario', 'secretaria', 'secretario de actas', 'secretaria de actas', 'relator', 'relatora', 'toma de notas', 'acta redactada por']
  },
  logistics: {
    agenda: ['orden del día', 'agenda', 'temas', 'puntos del orden del día'],
    links: ['enlaces', 'enlace', 'documentos', 'recursos', 'anexos'],
    recording: ['grabación', 'video', 'vídeo', 'transcripción'],
    schedule: ['fecha', 'hora', 'lugar', 'sede', 'inicio', 'fin', 'cierre', 'apertura', 'levantamiento de la sesión'],
    nextMeeting: ['próxima reunión', 'próxima sesión', 'fecha de la próxima reunión', 'próxima * reunión'],
    other: ['aviso legal', 'licencia']
  },
  containers: ['acta', 'notas', 'discusión', 'desarrollo de la sesión', 'desarrollo', 'deliberaciones'],
  titleWords: ['reunión', 'acta', 'sesión', 'asamblea', 'junta', 'comité'],
  fieldLabels: [
    'nota', 'notas', 'pregunta', 'preguntas', 'respuesta', 'comentario', 'comentarios', 'resumen', 'estado', 'resultado',
    'conclusión', 'propuesta', 'decisión', 'decisiones', 'acuerdo', 'acuerdos', 'votación', 'acción', 'acciones',
    'tareas', 'próximos pasos', 'objetivo', 'tema', 'enlace', 'fecha', 'hora', 'lugar', 'inicio', 'fin', 'ejemplo',
    'a favor', 'en contra', 'abstenciones', 'presentes', 'ausentes', 'orden del día', 'informe', 'varios'
  ],
  attendanceNotes: ['en línea', 'a distancia', 'por teléfono', 'tarde', 'llegó', 'se retiró', 'desde', 'hasta'],
  honorifics: [{words: 'Sr.', gender: 'm'}, {words: 'Sr', gender: 'm'}, {words: 'Sra.', gender: 'f'}, {words: 'Sra', gender: 'f'}, {words: 'Srta.', gender: 'f'}, {words: 'Don', gender: 'm'}, {words: 'Doña', gender: 'f'}, {words: 'Dña.', gender: 'f'}, {words: 'Lic.'}, {words: 'Ing.'}],
  roles: ['presidente', 'presidenta', 'vicepresidente', 'vicepresidenta', 'secretario', 'secretaria', 'tesorero', 'tesorera', 'vocal', 'director', 'directora', 'coordinador', 'coordinadora', 'miembro', 'invitado', 'invitada', 'moderador', 'moderadora'],
  speechVerbs: [
    'dijo', 'dice', 'presentó', 'presenta', 'explicó', 'explica', 'informó', 'informa', 'señaló', 'señala', 'indicó',
    'indica', 'preguntó', 'pregunta', 'propuso', 'propone', 'sugirió', 'sugiere', 'mencionó', 'menciona', 'comentó',
    'comenta', 'añadió', 'añade', 'agregó', 'agrega', 'respondió', 'responde', 'destacó', 'destaca', 'recordó',
    'recuerda', 'agradeció', 'agradece', 'expuso', 'expone', 'aclaró', 'aclara', 'manifestó', 'manifiesta', 'opina', 'opinó'
  ],
  decisions: {
    markers: ['acuerdo', 'acuerdos', 'decisión', 'decisiones', 'resolución', 'resoluciones', 'conclusión', 'conclusiones', 'se acuerda'],
    sections: ['acuerdo', 'acuerdos', 'decisión', 'decisiones', 'resoluciones', 'conclusiones', 'acuerdos adoptados'],
    phrases: [
      'se acordó', 'se acuerda', 'se decidió', 'se decide', 'se resolvió', 'se resuelve', 'se aprobó', 'se aprueba',
      'fue aprobado', 'fue aprobada', 'fueron aprobados', 'aprobado por unanimidad', 'aprobada por unanimidad',
      'aprobado por mayoría', 'aprobada por mayoría', 'queda aprobado', 'queda aprobada', 'hemos decidido',
      'hemos acordado', 'sin objeciones', 'fue elegido', 'fue elegida', 'aplazado', 'aplazada', 'rechazado', 'rechazada'
    ],
    notDecisions: ['se decidirá', 'queda pendiente', 'por decidir', 'a aprobar']
  },
  motions: {
    moved: ['moción', 'propuesta', 'propuesto'],
    seconded: ['secundado por', 'secundada por', 'apoyado por', 'apoyada por'],
    carried: ['aprobado', 'aprobada', 'aprobados', 'aprobadas', 'aceptado', 'aceptada', 'adoptado', 'adoptada'],
    failed: ['rechazado', 'rechazada', 'no aprobado', 'no aprobada'],
    withdrawn: ['retirado', 'retirada'],
    deferred: ['aplazado', 'aplazada', 'pospuesto', 'pospuesta'],
    unanimous: ['por unanimidad', 'unánime', 'unánimemente'],
    votesFor: ['a favor', 'sí', 'si'],
    votesAgainst: ['en contra', 'no'],
    votesAbstain: ['abstención', 'abstenciones'],
    elected: ['fue elegido', 'fue elegida', 'es elegido', 'es elegida', 'elegido', 'elegida', 'nombrado', 'nombrada'],
    election: ['elección de', 'elección del', 'elecciones'],
    qualifiers: ['para', 'con', 'como', 'a', 'hasta', 'en']
  },
  actions: {
    markers: ['acción', 'acciones', 'tarea', 'tareas', 'pendiente', 'pendientes'],
    sections: ['tareas', 'acciones', 'pendientes', 'próximos pasos', 'seguimiento', 'compromisos'],
    done: ['hecho', 'hecha', 'terminado', 'terminada', 'completado', 'completada'],
    inProgress: ['en curso', 'en proceso', 'pendiente', 'abierto'],
    everyone: ['todos', 'todas'],
    after: ['va a', 'van a', 'debe', 'deben', 'se encargará de', 'se encarga de', 'enviará', 'revisará', 'preparará', 'hará', 'contactará'],
    due: ['antes del', 'antes de', 'para el', 'hasta el', 'a más tardar el', 'plazo'],
    obligations: ['queda pendiente', 'falta'],
    imperatives: ['revisar', 'enviar', 'contactar', 'preparar', 'redactar', 'consultar', 'verificar', 'invitar'],
    passive: ['será', 'serán', 'debe ser', 'deben ser'],
    agent: ['por'],
    soon: ['pronto', 'más tarde', 'la próxima semana', 'próximamente', 'en la próxima reunión', 'este mes'],
    notTasks: ['decidido', 'decidida', 'discutido', 'discutida', 'celebrada', 'celebrado', 'necesario', 'posible'],
    months: [
      ['enero', 'ene'], ['febrero', 'feb'], ['marzo', 'mar'], ['abril', 'abr'], ['mayo', 'may'], ['junio', 'jun'],
      ['julio', 'jul'], ['agosto', 'ago'], ['septiembre', 'setiembre', 'sep'], ['octubre', 'oct'], ['noviembre', 'nov'], ['diciembre', 'dic']
    ]
  }
}

export default spanish
