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
  ]
}

export default spanish
