<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name></name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Please write your first name, or the name you use here. Newcomers welcome.</source>
        <translation>Escribe tu nombre de pila, o el nombre que usas aquí. Las personas nuevas son bienvenidas.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Here today (tick)</source>
        <translation>Presente hoy (marca)</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presente</translation>
    </message>
    <message>
        <source>Came late</source>
        <translation>Llegó tarde</translation>
    </message>
    <message>
        <source>Sent apologies</source>
        <translation>Se excusó</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>Sin marcar</translation>
    </message>
    <message>
        <source>Counted below, without a name</source>
        <translation>Se cuenta abajo, sin nombre</translation>
    </message>
    <message>
        <source>In the room: %1 (present %2, came late %3, newcomers %4). Sent apologies: %5.</source>
        <translation>En la sala: %1 (presentes %2, llegaron tarde %3, personas nuevas %4). Se excusaron: %5.</translation>
    </message>
    <message>
        <source>Another computer entered different counts for this meeting. Both are kept until someone chooses one on the Conflicts page.</source>
        <translation>Otra computadora anotó recuentos distintos para esta reunión. Se conservan los dos hasta que alguien elija uno en la página Conflictos.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>%1 has not agreed to keep their attendance history, so their name is not kept. Please add them to the counts below instead.</source>
        <translation>%1 no ha aceptado que se guarde su historial de asistencia, así que su nombre no se guarda. Por favor, cuenta a esta persona en los recuentos de abajo.</translation>
    </message>
    <message>
        <source>The counts are saved.</source>
        <translation>Los recuentos se han guardado.</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>Hoja de firmas</translation>
    </message>
    <message>
        <source>Sign-in sheet: %1</source>
        <translation>Hoja de firmas: %1</translation>
    </message>
    <message>
        <source>The sign-in sheet was sent to the printer.</source>
        <translation>La hoja de firmas se ha enviado a la impresora.</translation>
    </message>
    <message>
        <source>The notes of this meeting are saved.</source>
        <translation>Las notas de esta reunión se han guardado.</translation>
    </message>
    <message>
        <source>Your unsaved notes from before the app locked are back. Save them, or choose Reload to drop them.</source>
        <translation>Tus notas sin guardar de antes de que la aplicación se bloqueara están de vuelta. Guárdalas, o elige Recargar para descartarlas.</translation>
    </message>
    <message>
        <source>Done %1</source>
        <translation>Hecho el %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>Atrasado desde %1</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Para hoy</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Para el %1</translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2 (%3)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Nothing to follow up. Well done.</source>
        <translation>No hay seguimientos pendientes. ¡Bien hecho!</translation>
    </message>
    <message>
        <source>Open follow-ups: %1.</source>
        <translation>Seguimientos abiertos: %1.</translation>
    </message>
    <message>
        <source>%1 Overdue: %2.</source>
        <translation>%1 Atrasados: %2.</translation>
    </message>
    <message>
        <source>No meeting is planned yet.</source>
        <translation>Todavía no hay ninguna reunión prevista.</translation>
    </message>
    <message>
        <source>Next meeting: %1 at %2</source>
        <translation>Próxima reunión: %1 a las %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Meeting of %1</source>
        <translation>Reunión del %1</translation>
    </message>
    <message>
        <source>Follow-up added.</source>
        <translation>Seguimiento añadido.</translation>
    </message>
    <message>
        <source>Follow-up saved.</source>
        <translation>Seguimiento guardado.</translation>
    </message>
    <message>
        <source>Marked done: %1</source>
        <translation>Marcado como hecho: %1</translation>
    </message>
    <message>
        <source>Remove this follow-up?</source>
        <translation>¿Quitar este seguimiento?</translation>
    </message>
    <message>
        <source>Remove “%1”? Use this only for a follow-up added by mistake; when it is dealt with, mark it done instead.</source>
        <translation>¿Quitar «%1»? Usa esto solo para un seguimiento añadido por error; cuando esté resuelto, márcalo como hecho.</translation>
    </message>
    <message>
        <source>&amp;Remove it</source>
        <translation>&amp;Quitarlo</translation>
    </message>
    <message>
        <source>Follow-up removed.</source>
        <translation>Seguimiento quitado.</translation>
    </message>
    <message>
        <source>Your unsaved typing from before SafeSpace locked is back in the form. Save or add it, or choose New to start again.</source>
        <translation>Lo que escribiste antes de que SafeSpace se bloqueara y no guardaste ha vuelto al formulario. Guárdalo o añádelo, o elige Nuevo para empezar de nuevo.</translation>
    </message>
    <message>
        <source>Nothing in your journal was changed.</source>
        <extracomment>Far above any real journal (10,000 long entries are a few tens of MB).</extracomment>
        <translation>No se ha cambiado nada de tu diario.</translation>
    </message>
    <message>
        <source>That passphrase doesn&apos;t open this file. Please check it: it is the passphrase chosen when the backup was made.</source>
        <translation>Esa frase de contraseña no abre este archivo. Compruébala, por favor: es la que se eligió al hacer la copia de seguridad.</translation>
    </message>
    <message>
        <source>This file was made by a newer version of SafeSpace. Please update the app, then try again.</source>
        <translation>Este archivo se creó con una versión más reciente de SafeSpace. Actualiza la aplicación y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>This file&apos;s lock settings are outside the safe range, so it was not opened.</source>
        <translation>Los ajustes de bloqueo de este archivo están fuera del rango seguro, así que no se ha abierto.</translation>
    </message>
    <message>
        <source>This file can&apos;t be imported: it may be damaged, or it may not be a SafeSpace journal backup.</source>
        <translation>Este archivo no se puede importar: puede estar dañado, o puede que no sea una copia de seguridad de un diario de SafeSpace.</translation>
    </message>
    <message>
        <source>The file could not be read. If it is on a USB stick, check that the stick is still plugged in.</source>
        <translation>No se ha podido leer el archivo. Si está en una memoria USB, comprueba que sigue conectada.</translation>
    </message>
    <message>
        <source>%1   %2 Starred</source>
        <translation>%1   %2 Destacada</translation>
    </message>
    <message>
        <source>starred</source>
        <translation>destacada</translation>
    </message>
    <message>
        <source>tags: %1</source>
        <translation>etiquetas: %1</translation>
    </message>
    <message>
        <source>very low</source>
        <translation>muy bajo</translation>
    </message>
    <message>
        <source>low</source>
        <translation>bajo</translation>
    </message>
    <message>
        <source>getting by</source>
        <translation>más o menos</translation>
    </message>
    <message>
        <source>good</source>
        <translation>bien</translation>
    </message>
    <message>
        <source>really good</source>
        <translation>muy bien</translation>
    </message>
    <message>
        <source>No mood noted</source>
        <translation>Sin estado de ánimo anotado</translation>
    </message>
    <message>
        <source>Mood %1 of %2, %3</source>
        <translation>Ánimo %1 de %2, %3</translation>
    </message>
    <message>
        <source>(no words, a mood only)</source>
        <translation>(sin palabras, solo el estado de ánimo)</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 entrada</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 entradas</translation>
    </message>
    <message>
        <source>My reflections</source>
        <translation>Mis reflexiones</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>A private place for you: other facilitators cannot open it. Copying from the editor is blocked, so your words don&apos;t linger on this computer&apos;s shared clipboard. You can export your own reflections from My account.</source>
        <translation>Un lugar privado para ti: los demás facilitadores no pueden abrirlo. Copiar desde el editor está bloqueado, para que tus palabras no se queden en el portapapeles compartido de esta computadora. Puedes exportar tus reflexiones desde Mi cuenta.</translation>
    </message>
    <message>
        <source>Only you can open your journal: not a facilitator, not anyone else who uses this computer. Copying from the editor is blocked, so your words don&apos;t linger on this computer&apos;s shared clipboard. You can export your own journal from My account.</source>
        <translation>Solo tú puedes abrir tu diario: ni un facilitador ni nadie más que use esta computadora. Copiar desde el editor está bloqueado, para que tus palabras no se queden en el portapapeles compartido de esta computadora. Puedes exportar tu diario desde Mi cuenta.</translation>
    </message>
    <message>
        <source>Agenda segments</source>
        <translation>Partes del orden del día</translation>
    </message>
    <message>
        <source>Alt+Up and Alt+Down move the selected segment; Insert adds one; Delete removes it.</source>
        <translation>Alt+Arriba y Alt+Abajo mueven la parte seleccionada; Insert añade una; Supr la quita.</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Meeting status</source>
        <translation>Estado de la reunión</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>Mo&amp;ver…</translation>
    </message>
    <message>
        <source>&amp;Cancel meeting…</source>
        <translation>Cancelar &amp;la reunión…</translation>
    </message>
    <message>
        <source>Plan it again</source>
        <translation>Volver a planificarla</translation>
    </message>
    <message>
        <source>Fill from t&amp;emplate</source>
        <translation>Rellenar desde una plantilla</translation>
    </message>
    <message>
        <source>Save as template…</source>
        <translation>Guardar como plantilla…</translation>
    </message>
    <message>
        <source>Agenda (drag, or Alt+Up / Alt+Down to reorder):</source>
        <translation>Orden del día (arrastra, o usa Alt+Arriba / Alt+Abajo para reordenar):</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Remove segment</source>
        <translation>Quitar la parte</translation>
    </message>
    <message>
        <source>Alt+Up in the agenda list</source>
        <translation>Alt+Arriba en la lista del orden del día</translation>
    </message>
    <message>
        <source>Alt+Down in the agenda list</source>
        <translation>Alt+Abajo en la lista del orden del día</translation>
    </message>
    <message>
        <source>Delete in the agenda list</source>
        <translation>Supr en la lista del orden del día</translation>
    </message>
    <message>
        <source>Mem&amp;bers can see this segment</source>
        <translation>Los miem&amp;bros pueden verla</translation>
    </message>
    <message>
        <source>Link coping resources…</source>
        <translation>Vincular recursos de afrontamiento…</translation>
    </message>
    <message>
        <source>Sa&amp;ve segment</source>
        <translation>&amp;Guardar parte</translation>
    </message>
    <message>
        <source>&amp;Read aloud:</source>
        <translation>Leer en vo&amp;z alta:</translation>
    </message>
    <message>
        <source>Facilitator note (never sho&amp;wn to members):</source>
        <translation>Nota para facilitadores (nunca se muestra a los miembros):</translation>
    </message>
    <message>
        <source>Add topic</source>
        <translation>Añadir tema</translation>
    </message>
    <message>
        <source>Put on this agenda</source>
        <translation>Poner en este orden del día</translation>
    </message>
    <message>
        <source>Set topic aside</source>
        <translation>Dejar el tema aparte</translation>
    </message>
    <message>
        <source>Topic back&amp;log (raised at meetings or added by you):</source>
        <translation>Lista de te&amp;mas (propuestos en reuniones o añadidos por ti):</translation>
    </message>
    <message>
        <source>Print group agreement…</source>
        <translation>Imprimir el acuerdo del grupo…</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>Letra grande</translation>
    </message>
    <message>
        <source>Facilitators&apos; copy (with notes)</source>
        <translation>Copia para facilitadores (con notas)</translation>
    </message>
    <message>
        <source>Run t&amp;his meeting…</source>
        <translation>Dirigir &amp;esta reunión…</translation>
    </message>
    <message>
        <source>Open the meeting console and the room screen, with every action on a key</source>
        <translation>Abre la consola de la reunión y la pantalla de la sala, con cada acción en una tecla</translation>
    </message>
    <message>
        <source>The group&apos;s templates…</source>
        <translation>Las plantillas del grupo…</translation>
    </message>
    <message>
        <source>Planned time</source>
        <translation>Tiempo previsto</translation>
    </message>
    <message>
        <source>&amp;Add segment</source>
        <translation>Añadi&amp;r parte</translation>
    </message>
    <message>
        <source>Segment title</source>
        <translation>Título de la parte</translation>
    </message>
    <message>
        <source>Planned minutes</source>
        <translation>Minutos previstos</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Kind of segment</source>
        <translation>Tipo de parte</translation>
    </message>
    <message>
        <source>Members can see this segment</source>
        <translation>Los miembros pueden ver esta parte</translation>
    </message>
    <message>
        <source>Text to read aloud</source>
        <translation>Texto para leer en voz alta</translation>
    </message>
    <message>
        <source>Facilitator-only note</source>
        <translation>Nota solo para facilitadores</translation>
    </message>
    <message>
        <source>Linked resources</source>
        <translation>Recursos vinculados</translation>
    </message>
    <message>
        <source>Link coping resources to this segment</source>
        <translation>Vincular recursos de afrontamiento a esta parte</translation>
    </message>
    <message>
        <source>Save segment</source>
        <translation>Guardar parte</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Show the segment as it is saved now</source>
        <translation>Mostrar la parte tal como está guardada ahora</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Min&amp;utes:</source>
        <translation>Min&amp;utos:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Topic backlog</source>
        <translation>Lista de temas</translation>
    </message>
    <message>
        <source>New topic</source>
        <translation>Tema nuevo</translation>
    </message>
    <message>
        <source>A topic to talk about at a later meeting</source>
        <translation>Un tema para hablar en una reunión posterior</translation>
    </message>
    <message>
        <source>&amp;Print agenda…</source>
        <translation>&amp;Imprimir el orden del día…</translation>
    </message>
    <message>
        <source>Suggest a topic</source>
        <translation>Proponer un tema</translation>
    </message>
    <message>
        <source>Something you&apos;d like the group to talk about? Your name is not kept with it: facilitators only see the topic.</source>
        <translation>¿Hay algo de lo que te gustaría que hablara el grupo? Tu nombre no se guarda con ello: los facilitadores solo ven el tema.</translation>
    </message>
    <message>
        <source>A topic I&apos;d like</source>
        <translation>Un tema que me gustaría</translation>
    </message>
    <message>
        <source>S&amp;uggest</source>
        <translation>P&amp;roponer</translation>
    </message>
    <message>
        <source>Suggest this topic</source>
        <translation>Proponer este tema</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Change the schedule</source>
        <translation>Cambiar el calendario</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <source>Day of the week</source>
        <translation>Día de la semana</translation>
    </message>
    <message>
        <source>Which week of the month</source>
        <translation>Semana del mes</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <source>Usual length</source>
        <translation>Duración habitual</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>&amp;How often:</source>
        <translation>&amp;Frecuencia:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Día:</translation>
    </message>
    <message>
        <source>&amp;Week of the month (monthly):</source>
        <translation>&amp;Semana del mes (mensual):</translation>
    </message>
    <message>
        <source>&amp;Start time:</source>
        <translation>&amp;Hora de inicio:</translation>
    </message>
    <message>
        <source>Usual &amp;length:</source>
        <translation>D&amp;uración habitual:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <source>&amp;From (or the date, once only):</source>
        <translation>D&amp;esde (o la fecha, si es una sola vez):</translation>
    </message>
    <message>
        <source>Meetings before the date you choose stay as they were. Planned agendas of later meetings are kept too.</source>
        <translation>Las reuniones anteriores a la fecha que elijas se quedan como estaban. También se conservan los órdenes del día ya planificados de reuniones posteriores.</translation>
    </message>
    <message>
        <source>&amp;Save schedule</source>
        <translation>&amp;Guardar calendario</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Title (optional)</source>
        <translation>Título (opcional)</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Duración:</translation>
    </message>
    <message>
        <source>&amp;Title (optional):</source>
        <translation>&amp;Título (opcional):</translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <translation>%1, de %2 a %3</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Cancelada: %1</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1  Facilitators&apos; time (%2 min)</source>
        <translation>%1  Tiempo de facilitadores (%2 min)</translation>
    </message>
    <message>
        <source>%1  %2 (%3 min) — %4</source>
        <translation>%1  %2 (%3 min) — %4</translation>
    </message>
    <message>
        <source>Group agreement, version %1:</source>
        <translation>Acuerdo del grupo, versión %1:</translation>
    </message>
    <message>
        <source>Facilitator note: %1</source>
        <translation>Nota para facilitadores: %1</translation>
    </message>
    <message>
        <source>(Facilitators only.)</source>
        <translation>(Solo para facilitadores.)</translation>
    </message>
    <message>
        <source>Ends at %1. Planned %2 of %3 minutes.</source>
        <translation>Termina a las %1. Previstos %2 de %3 minutos.</translation>
    </message>
    <message>
        <source>Meeting agenda</source>
        <translation>Orden del día de la reunión</translation>
    </message>
    <message>
        <source>People who came: %1 (late: %2, new: %3).</source>
        <translation>Personas que vinieron: %1 (tarde: %2, nuevas: %3).</translation>
    </message>
    <message>
        <source>%1: %2 minutes planned, not reached.</source>
        <translation>%1: %2 minutos previstos; no se llegó a tratar.</translation>
    </message>
    <message>
        <source>%1: %2 minutes planned, %3 taken.</source>
        <translation>%1: %2 minutos previstos, %3 usados.</translation>
    </message>
    <message>
        <source>Passes in the rounds: %1 (it is always fine to pass).</source>
        <translation>Pases en las rondas: %1 (pasar siempre está bien).</translation>
    </message>
    <message>
        <source>Safety pauses: %1.</source>
        <translation>Pausas de seguridad: %1.</translation>
    </message>
    <message>
        <source>Average rating: %1 of 5, from %2 people.</source>
        <translation>Valoración media: %1 de 5, de %2 personas.</translation>
    </message>
    <message>
        <source>A few ratings were given; an average shows once there are three.</source>
        <translation>Hay algunas valoraciones; la media se muestra cuando haya tres.</translation>
    </message>
    <message>
        <source>Attendance and the notes are saved with the meeting.</source>
        <translation>La asistencia y las notas se guardan con la reunión.</translation>
    </message>
    <message>
        <source>What went well:</source>
        <translation>Lo que fue bien:</translation>
    </message>
    <message>
        <source>What was hard:</source>
        <translation>Lo que fue difícil:</translation>
    </message>
    <message>
        <source>The safety pause: what happened, what helped, what I would do again (no names):</source>
        <translation>La pausa de seguridad: qué pasó, qué ayudó, qué volvería a hacer (sin nombres):</translation>
    </message>
    <message>
        <source>How am I, right now:</source>
        <translation>Cómo estoy ahora mismo:</translation>
    </message>
    <message>
        <source>What I need, and who I can talk to:</source>
        <translation>Lo que necesito y con quién puedo hablar:</translation>
    </message>
    <message>
        <source>Who needs a follow-up (initials or a note to myself, no full names):</source>
        <translation>Quién necesita un seguimiento (iniciales o una nota para mí, sin nombres completos):</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Repaso</translation>
    </message>
    <message>
        <source>Debrief after the meeting on %1</source>
        <translation>Repaso después de la reunión del %1</translation>
    </message>
    <message>
        <source>A safety pause was used at this meeting. That can stay with you. A short debrief, on your own or with your co-facilitator, often helps: what went well, what was hard, and how you are. It stays in your own reflections.</source>
        <translation>En esta reunión se usó una pausa de seguridad. Eso puede quedarse contigo. Un breve repaso, a solas o con tu cofacilitador, suele ayudar: qué fue bien, qué fue difícil y cómo estás. Se guarda en tus propias reflexiones.</translation>
    </message>
    <message>
        <source>Would a short debrief help? A few lines on what went well, what was hard and how you are. It stays in your own reflections, which only you can open.</source>
        <translation>¿Te ayudaría un breve repaso? Unas líneas sobre qué fue bien, qué fue difícil y cómo estás. Se guarda en tus propias reflexiones, que solo tú puedes abrir.</translation>
    </message>
    <message>
        <source>Your debrief is kept in your reflections. Only you can open it.</source>
        <translation>Tu repaso se guarda en tus reflexiones. Solo tú puedes abrirlo.</translation>
    </message>
    <message>
        <source>That&apos;s fine. You can write a debrief any time from the Care kit.</source>
        <translation>No pasa nada. Puedes escribir un repaso cuando quieras desde el kit de cuidado.</translation>
    </message>
    <message>
        <source>No particular meeting</source>
        <translation>Ninguna reunión en particular</translation>
    </message>
    <message>
        <source>I leave meetings drained, and it lasts a long while.</source>
        <translation>Salgo de las reuniones sin energía, y me dura bastante tiempo.</translation>
    </message>
    <message>
        <source>Other people&apos;s stories stay with me at home.</source>
        <translation>Las historias de otras personas me acompañan en casa.</translation>
    </message>
    <message>
        <source>My sleep or appetite has changed.</source>
        <translation>Mi sueño o mi apetito han cambiado.</translation>
    </message>
    <message>
        <source>I dread the next meeting.</source>
        <translation>Me angustia pensar en la próxima reunión.</translation>
    </message>
    <message>
        <source>I feel numb, or short-tempered with people I care about.</source>
        <translation>Noto que casi no siento nada, o que tengo poca paciencia con la gente que quiero.</translation>
    </message>
    <message>
        <source>I carry this on my own, with nobody to talk to.</source>
        <translation>Cargo con esto a solas, sin nadie con quien hablar.</translation>
    </message>
    <message>
        <source>Not lately</source>
        <translation>Últimamente no</translation>
    </message>
    <message>
        <source>Sometimes</source>
        <translation>A veces</translation>
    </message>
    <message>
        <source>Often</source>
        <translation>A menudo</translation>
    </message>
    <message>
        <source>Some of this has been heavy lately. That is a common, human response to holding other people&apos;s pain, not a failing. Could you plan some rest, or step back from leading for a meeting or two?</source>
        <translation>Algo de esto te ha pesado últimamente. Es una respuesta común y humana cuando sostienes el dolor de otras personas, no un fallo. ¿Podrías planear algo de descanso, o dejar de dirigir durante una o dos reuniones?</translation>
    </message>
    <message>
        <source>You deserve support too. Think of one person you could talk to this week: your co-facilitator, a friend, a supervisor, or your own doctor or counsellor.</source>
        <translation>Tú también mereces apoyo. Piensa en una persona con quien podrías hablar esta semana: tu cofacilitador, una amistad, tu supervisor, o tu propio médico o terapeuta.</translation>
    </message>
    <message>
        <source>Dreading or feeling drained by meetings is a sign to share the load. The Rota shows who else could lead the next ones.</source>
        <translation>Sentir angustia o agotamiento por las reuniones es una señal para repartir la carga. La página Turnos muestra quién más podría dirigir las próximas.</translation>
    </message>
    <message>
        <source>Nothing stands out right now. Keep doing what helps you, and come back to this check whenever you like.</source>
        <translation>Ahora mismo no destaca nada. Sigue haciendo lo que te ayuda y vuelve a esta revisión cuando quieras.</translation>
    </message>
    <message>
        <source>If you are struggling to stay safe, please reach out now: the crisis lines are there for facilitators too.</source>
        <translation>Si te está costando mantenerte a salvo, busca ayuda ahora, por favor: las líneas de crisis también están para los facilitadores.</translation>
    </message>
    <message>
        <source>How I am doing, %1</source>
        <translation>Cómo me encuentro, %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>A note to myself:</source>
        <translation>Una nota para mí:</translation>
    </message>
    <message>
        <source>This check is kept in your reflections. Only you can open it.</source>
        <translation>Esta revisión se guarda en tus reflexiones. Solo tú puedes abrirla.</translation>
    </message>
    <message>
        <source>The new facilitator&apos;s computer has joined the group with a join kit.</source>
        <translation>La computadora del nuevo facilitador se ha unido al grupo con un kit de incorporación.</translation>
    </message>
    <message>
        <source>They have read the group agreement the group adopted.</source>
        <translation>Ha leído el acuerdo del grupo que el grupo aprobó.</translation>
    </message>
    <message>
        <source>They know where the coping resources live.</source>
        <translation>Sabe dónde están los recursos de afrontamiento.</translation>
    </message>
    <message>
        <source>They are on the rota, supporting before they lead.</source>
        <translation>Está en los turnos, apoyando antes de dirigir.</translation>
    </message>
    <message>
        <source>They know how backups are made and where they are kept.</source>
        <translation>Sabe cómo se hacen las copias de seguridad y dónde se guardan.</translation>
    </message>
    <message>
        <source>They have checked the crisis lines with you.</source>
        <translation>Ha revisado contigo las líneas de crisis.</translation>
    </message>
    <message>
        <source>&amp;Join kit</source>
        <translation>&amp;Kit de incorporación</translation>
    </message>
    <message>
        <source>Group &amp;agreement</source>
        <translation>&amp;Acuerdo del grupo</translation>
    </message>
    <message>
        <source>Coping &amp;resources</source>
        <translation>Recursos de a&amp;frontamiento</translation>
    </message>
    <message>
        <source>On the r&amp;ota</source>
        <translation>En los &amp;turnos</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>Copias de &amp;seguridad</translation>
    </message>
    <message>
        <source>&amp;Crisis lines</source>
        <translation>Líneas de cr&amp;isis</translation>
    </message>
    <message>
        <source>Open Sync</source>
        <translation>Abrir Sincronización</translation>
    </message>
    <message>
        <source>Open the agreement</source>
        <translation>Abrir el acuerdo</translation>
    </message>
    <message>
        <source>Open Coping resources</source>
        <translation>Abrir Recursos de afrontamiento</translation>
    </message>
    <message>
        <source>Open the Rota</source>
        <translation>Abrir Turnos</translation>
    </message>
    <message>
        <source>Open Backups</source>
        <translation>Abrir Copias de seguridad</translation>
    </message>
    <message>
        <source>Open Crisis lines</source>
        <translation>Abrir Líneas de crisis</translation>
    </message>
    <message>
        <source>Done on %1</source>
        <translation>Hecho el %1</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>Aún sin hacer</translation>
    </message>
    <message>
        <source>Everything on the checklist is done. Thank you for passing it on with care.</source>
        <translation>Toda la lista está hecha. Gracias por pasar el relevo con cuidado.</translation>
    </message>
    <message>
        <source>%1 of %2 done. Ticks are shared with every facilitator.</source>
        <translation>%1 de %2 hechos. Las marcas se comparten con todos los facilitadores.</translation>
    </message>
    <message>
        <source>Debrief after the meeting</source>
        <translation>Repaso después de la reunión</translation>
    </message>
    <message>
        <source>The group&apos;s templates</source>
        <translation>Las plantillas del grupo</translation>
    </message>
    <message>
        <source>Templates the group saved. The ready-made ones (SMART Recovery, NAMI Connection, DBSA, 12-step style, peer circle) stay as they are; fill an agenda from one and save it under a name of your own to change it.</source>
        <translation>Plantillas que ha guardado el grupo. Las que vienen hechas (SMART Recovery, NAMI Connection, DBSA, estilo 12 pasos, círculo de pares) no cambian; para adaptar una, rellena un orden del día con ella y guárdalo con un nombre propio.</translation>
    </message>
    <message>
        <source>The group&apos;s own templates</source>
        <translation>Las plantillas propias del grupo</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renombrar…</translation>
    </message>
    <message>
        <source>Use this &amp;agenda instead</source>
        <translation>Usar este &amp;orden del día en su lugar</translation>
    </message>
    <message>
        <source>Replace the template&apos;s parts with the agenda of the meeting on screen</source>
        <translation>Sustituir las partes de la plantilla por el orden del día de la reunión en pantalla</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>The group has not saved a template yet: use “Save as template…”.</source>
        <translation>El grupo aún no ha guardado ninguna plantilla: usa «Guardar como plantilla…».</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Change &amp;schedule…</source>
        <translation>&amp;Cambiar el calendario…</translation>
    </message>
    <message>
        <source>Add an e&amp;xtra meeting…</source>
        <translation>Añadir una reunión e&amp;xtra…</translation>
    </message>
    <message>
        <source>Next meetings</source>
        <translation>Próximas reuniones</translation>
    </message>
    <message>
        <source>&amp;Next meetings:</source>
        <translation>&amp;Próximas reuniones:</translation>
    </message>
    <message>
        <source>Past meetings</source>
        <translation>Reuniones pasadas</translation>
    </message>
    <message>
        <source>Pas&amp;t meetings:</source>
        <translation>Reunione&amp;s pasadas:</translation>
    </message>
    <message>
        <source>Meeting detail</source>
        <translation>Detalle de la reunión</translation>
    </message>
    <message>
        <source>A&amp;genda</source>
        <translation>Orden &amp;del día</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>Reading aloud</source>
        <translation>Lectura en voz alta</translation>
    </message>
    <message>
        <source>Group agreement</source>
        <translation>Acuerdo del grupo</translation>
    </message>
    <message>
        <source>Check-in round</source>
        <translation>Ronda de apertura</translation>
    </message>
    <message>
        <source>Agenda setting</source>
        <translation>Elegir los temas</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Descanso</translation>
    </message>
    <message>
        <source>Check-out round</source>
        <translation>Ronda de cierre</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Despedida</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Cada semana</translation>
    </message>
    <message>
        <source>Every other week</source>
        <translation>Cada dos semanas</translation>
    </message>
    <message>
        <source>Once a month</source>
        <translation>Una vez al mes</translation>
    </message>
    <message>
        <source>Once only</source>
        <translation>Solo una vez</translation>
    </message>
    <message>
        <source>first</source>
        <translation>primer</translation>
    </message>
    <message>
        <source>second</source>
        <translation>segundo</translation>
    </message>
    <message>
        <source>third</source>
        <translation>tercer</translation>
    </message>
    <message>
        <source>fourth</source>
        <translation>cuarto</translation>
    </message>
    <message>
        <source>last</source>
        <translation>último</translation>
    </message>
    <message>
        <source>No regular meetings are set up yet. Choose Change schedule to add them.</source>
        <translation>Aún no hay reuniones periódicas. Elige Cambiar el calendario para añadirlas.</translation>
    </message>
    <message>
        <source>, at %1</source>
        <translation>, en %1</translation>
    </message>
    <message>
        <source>Once, on %1</source>
        <translation>Una vez, el %1</translation>
    </message>
    <message>
        <source>The %1 %2 of every month</source>
        <translation>El %1 %2 de cada mes</translation>
    </message>
    <message>
        <source>Every other %1</source>
        <translation>Un %1 sí y otro no</translation>
    </message>
    <message>
        <source>Every %1</source>
        <translation>Cada %1</translation>
    </message>
    <message>
        <source>%1, %2 for %3 minutes%4.</source>
        <translation>%1, %2 durante %3 minutos%4.</translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <translation>%1, %2–%3</translation>
    </message>
    <message>
        <source>extra meeting</source>
        <translation>reunión extra</translation>
    </message>
    <message>
        <source>moved from %1</source>
        <translation>trasladada del %1</translation>
    </message>
    <message>
        <source>CANCELLED: %1</source>
        <translation>CANCELADA: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Cancelled. Members see the reason: %1</source>
        <translation>Cancelada. Los miembros ven el motivo: %1</translation>
    </message>
    <message>
        <source>Nothing is planned for this meeting yet.</source>
        <translation>Todavía no hay nada previsto para esta reunión.</translation>
    </message>
    <message>
        <source>Planned: %1 of %2 minutes. That is %3 minutes more than the meeting has.</source>
        <translation>Previsto: %1 de %2 minutos. Son %3 minutos más de los que tiene la reunión.</translation>
    </message>
    <message>
        <source>Planned: %1 of %2 minutes (%3 minutes to spare).</source>
        <translation>Previsto: %1 de %2 minutos (sobran %3 minutos).</translation>
    </message>
    <message>
        <source>Planned: %1 of %2 minutes. The times fit exactly.</source>
        <translation>Previsto: %1 de %2 minutos. Los tiempos encajan justo.</translation>
    </message>
    <message>
        <source>%1  %2 (%3 min)</source>
        <translation>%1  %2 (%3 min)</translation>
    </message>
    <message>
        <source>%1 · facilitators only</source>
        <translation>%1 · solo facilitadores</translation>
    </message>
    <message>
        <source>%1 · runs past the end</source>
        <translation>%1 · se pasa de la hora de fin</translation>
    </message>
    <message>
        <source>%1 · no agreement adopted yet</source>
        <translation>%1 · aún no hay acuerdo aprobado</translation>
    </message>
    <message>
        <source>%1 · shows agreement version %2</source>
        <translation>%1 · muestra la versión %2 del acuerdo</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Orden del día</translation>
    </message>
    <message>
        <source>&amp;Agenda of the selected meeting:</source>
        <translation>&amp;Orden del día de la reunión elegida:</translation>
    </message>
    <message>
        <source>their name, “%1”</source>
        <translation>su nombre, «%1»</translation>
    </message>
    <message>
        <source>their pronouns</source>
        <translation>sus pronombres</translation>
    </message>
    <message>
        <source>the facilitator note about them</source>
        <translation>la nota de los facilitadores sobre esta persona</translation>
    </message>
    <message>
        <source>their access needs</source>
        <translation>sus necesidades de accesibilidad</translation>
    </message>
    <message>
        <source>their contact details (phone, email, best time, messages)</source>
        <translation>sus datos de contacto (teléfono, correo, mejor hora, mensajes)</translation>
    </message>
    <message>
        <source>their private journal on this computer, and everything in it</source>
        <translation>su diario privado en esta computadora, y todo lo que contiene</translation>
    </message>
    <message>
        <source>any check-in pair they are in</source>
        <translation>cualquier pareja de apoyo de la que forme parte</translation>
    </message>
    <message>
        <source>their consents (the log keeps only dates, and shows the withdrawal)</source>
        <translation>sus consentimientos (el registro guarda solo las fechas y muestra la retirada)</translation>
    </message>
    <message>
        <source>joined %1</source>
        <translation>se unió el %1</translation>
    </message>
    <message>
        <source>no. %1</source>
        <translation>n.º %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Version %1, adopted %2</source>
        <translation>Versión %1, aprobada el %2</translation>
    </message>
    <message>
        <source>Draft: amending version %1</source>
        <translation>Borrador: modificación de la versión %1</translation>
    </message>
    <message>
        <source>Draft: not adopted yet</source>
        <translation>Borrador: aún no aprobado</translation>
    </message>
    <message>
        <source>Version %1 (current)</source>
        <translation>Versión %1 (actual)</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>adopted %1</source>
        <translation>aprobada el %1</translation>
    </message>
    <message>
        <source>Version %1, the current agreement</source>
        <translation>Versión %1, el acuerdo actual</translation>
    </message>
    <message>
        <source>Version %1, an earlier agreement</source>
        <translation>Versión %1, un acuerdo anterior</translation>
    </message>
    <message>
        <source>Adopted %1.</source>
        <translation>Aprobada el %1.</translation>
    </message>
    <message>
        <source>Adopted %1. Kept for the record; the group now uses a later version.</source>
        <translation>Aprobada el %1. Se conserva como registro; el grupo ahora usa una versión posterior.</translation>
    </message>
    <message>
        <source>No agreement at a meeting has been recorded for this version yet.</source>
        <translation>Todavía no se ha registrado el acuerdo en una reunión para esta versión.</translation>
    </message>
    <message>
        <source>Agreed at the meeting on %1: %2 of %3 present.</source>
        <translation>Acordado en la reunión del %1: %2 de %3 presentes.</translation>
    </message>
    <message>
        <source>Lines added: %1. Lines removed: %2.</source>
        <translation>Líneas añadidas: %1. Líneas quitadas: %2.</translation>
    </message>
    <message>
        <source>Compared with version %1.</source>
        <translation>Comparado con la versión %1.</translation>
    </message>
    <message>
        <source>Version 1 was written on a blank page, so every line is new.</source>
        <translation>La versión 1 se escribió en una página en blanco, así que todas las líneas son nuevas.</translation>
    </message>
    <message>
        <source>Compared with the “%1” template it started from.</source>
        <translation>Comparado con la plantilla «%1» de la que partió.</translation>
    </message>
    <message>
        <source>Compared with the template it started from.</source>
        <translation>Comparado con la plantilla de la que partió.</translation>
    </message>
    <message>
        <source>No differences: the wording is the same.</source>
        <translation>No hay diferencias: el texto es el mismo.</translation>
    </message>
    <message>
        <source>Draft for version %1</source>
        <translation>Borrador de la versión %1</translation>
    </message>
    <message>
        <source>Adopt as &amp;version %1…</source>
        <translation>Aprobar como &amp;versión %1…</translation>
    </message>
    <message>
        <source>Amending version %1.</source>
        <translation>Modificación de la versión %1.</translation>
    </message>
    <message>
        <source>Started from a blank page.</source>
        <translation>Se empezó con una página en blanco.</translation>
    </message>
    <message>
        <source>Started from the “%1” template.</source>
        <translation>Se empezó con la plantilla «%1».</translation>
    </message>
    <message>
        <source>Started from a template.</source>
        <translation>Se empezó con una plantilla.</translation>
    </message>
    <message>
        <source>Nothing here is final: the group&apos;s agreement only changes when you adopt this draft.</source>
        <translation>Nada de esto es definitivo: el acuerdo del grupo solo cambia cuando apruebas este borrador.</translation>
    </message>
    <message>
        <source>You have changes that are not saved yet.</source>
        <translation>Tienes cambios que aún no están guardados.</translation>
    </message>
    <message>
        <source>✓ Draft saved.</source>
        <translation>✓ Borrador guardado.</translation>
    </message>
    <message>
        <source>All changes are saved.</source>
        <translation>Todos los cambios están guardados.</translation>
    </message>
    <message>
        <source>Compared with the blank page you started from.</source>
        <translation>Comparado con la página en blanco con la que empezaste.</translation>
    </message>
    <message>
        <source>Compared with the template you started from.</source>
        <translation>Comparado con la plantilla con la que empezaste.</translation>
    </message>
    <message>
        <source>No changes yet.</source>
        <translation>Aún no hay cambios.</translation>
    </message>
    <message>
        <source>Please keep the agreement under %1 characters.</source>
        <translation>Mantén el acuerdo por debajo de %1 caracteres.</translation>
    </message>
    <message>
        <source>The draft is not saved yet. %1</source>
        <translation>El borrador aún no está guardado. %1</translation>
    </message>
    <message>
        <source>Not adopted yet. %1</source>
        <translation>Aún no aprobado. %1</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>Borrador guardado.</translation>
    </message>
    <message>
        <source>Draft started.</source>
        <translation>Borrador empezado.</translation>
    </message>
    <message>
        <source>Amendment started.</source>
        <translation>Modificación empezada.</translation>
    </message>
    <message>
        <source>You already have an amendment in progress. Here it is.</source>
        <translation>Ya tienes una modificación en curso. Aquí está.</translation>
    </message>
    <message>
        <source>Discard this draft?</source>
        <translation>¿Descartar este borrador?</translation>
    </message>
    <message>
        <source>The draft&apos;s wording will be gone. Adopted versions of the agreement are not affected.</source>
        <translation>El texto del borrador se perderá. Las versiones aprobadas del acuerdo no se ven afectadas.</translation>
    </message>
    <message>
        <source>&amp;Discard draft</source>
        <translation>&amp;Descartar borrador</translation>
    </message>
    <message>
        <source>Draft discarded.</source>
        <translation>Borrador descartado.</translation>
    </message>
    <message>
        <source>Back to the wording saved before. The kept changes are gone.</source>
        <translation>Has vuelto al texto guardado antes. Los cambios conservados se han perdido.</translation>
    </message>
    <message>
        <source>Adopt this draft as version %1?</source>
        <translation>¿Aprobar este borrador como versión %1?</translation>
    </message>
    <message>
        <source>Adopted versions are read-only: once adopted, nobody can change this wording. To change it later you start an amendment, and the group adopts a new version. Please adopt it when the group has agreed to it.</source>
        <translation>Las versiones aprobadas son de solo lectura: una vez aprobado, nadie puede cambiar este texto. Para cambiarlo más adelante, empiezas una modificación y el grupo aprueba una versión nueva. Apruébalo cuando el grupo esté de acuerdo con él.</translation>
    </message>
    <message>
        <source>&amp;Adopt as version %1</source>
        <translation>&amp;Aprobar como versión %1</translation>
    </message>
    <message>
        <source>✓ Adopted as version %1. When the group agrees to it at a meeting, you can record how many agreed.</source>
        <translation>✓ Aprobado como versión %1. Cuando el grupo lo acuerde en una reunión, puedes registrar cuántas personas estuvieron de acuerdo.</translation>
    </message>
    <message>
        <source>Agreement adopted as version %1.</source>
        <translation>Acuerdo aprobado como versión %1.</translation>
    </message>
    <message>
        <source>✓ Recorded: %1 of %2 present agreed.</source>
        <translation>✓ Registrado: %1 de %2 presentes estuvieron de acuerdo.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Enviado a la impresora.</translation>
    </message>
    <message>
        <source>Version %1, adopted %2.</source>
        <translation>Versión %1, aprobada el %2.</translation>
    </message>
    <message>
        <source>Handout</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lectura</translation>
    </message>
    <message>
        <source>Local service</source>
        <translation>Servicio local</translation>
    </message>
    <message>
        <source>Members and facilitators</source>
        <translation>Miembros y facilitadores</translation>
    </message>
    <message>
        <source>Facilitators only</source>
        <translation>Solo facilitadores</translation>
    </message>
    <message>
        <source>Details not checked yet</source>
        <translation>Datos sin comprobar todavía</translation>
    </message>
    <message>
        <source>Last checked %1</source>
        <translation>Comprobado por última vez el %1</translation>
    </message>
    <message>
        <source>%1 — due for a check</source>
        <translation>%1 — toca comprobarlo</translation>
    </message>
    <message>
        <source>facilitators only</source>
        <translation>solo facilitadores</translation>
    </message>
    <message>
        <source>content note: %1</source>
        <translation>aviso de contenido: %1</translation>
    </message>
    <message>
        <source>due for a check</source>
        <translation>toca comprobarlo</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Etiquetas: %1</translation>
    </message>
    <message>
        <source>An example that came with the app</source>
        <translation>Un ejemplo que viene con la aplicación</translation>
    </message>
    <message>
        <source>What it offers</source>
        <translation>Qué ofrece</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Horario</translation>
    </message>
    <message>
        <source>How to get there</source>
        <translation>Cómo llegar</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Accesibilidad</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 y %2 más</translation>
    </message>
    <message>
        <source>One resource is due for a check of its details: %1.</source>
        <translation>Toca comprobar los datos de un recurso: %1.</translation>
    </message>
    <message>
        <source>%1 resources are due for a check of their details: %2.</source>
        <translation>Toca comprobar los datos de %1 recursos: %2.</translation>
    </message>
    <message>
        <source>%1 resources</source>
        <translation>%1 recursos</translation>
    </message>
    <message>
        <source>Showing %1 of %2 resources</source>
        <translation>Mostrando %1 de %2 recursos</translation>
    </message>
    <message>
        <source>Content note: %1. You can choose whether to open it.</source>
        <translation>Aviso de contenido: %1. Puedes elegir si abrirlo.</translation>
    </message>
    <message>
        <source>Feeling safe sharing</source>
        <translation>Sentir seguridad al compartir</translation>
    </message>
    <message>
        <source>Feeling heard</source>
        <translation>Sentir que te escuchan</translation>
    </message>
    <message>
        <source>The group agreement is kept</source>
        <translation>Se respeta el acuerdo del grupo</translation>
    </message>
    <message>
        <source>Coming helps</source>
        <translation>Venir ayuda</translation>
    </message>
    <message>
        <source>Yes, always</source>
        <translation>Sí, siempre</translation>
    </message>
    <message>
        <source>Mostly</source>
        <translation>Casi siempre</translation>
    </message>
    <message>
        <source>Not really</source>
        <translation>No mucho</translation>
    </message>
    <message>
        <source>Nothing to show yet. Answers appear once at least %1 people have replied, so that nobody can be recognised.</source>
        <translation>Aún no hay nada que mostrar. Las respuestas aparecen cuando han respondido al menos %1 personas, para que no se pueda reconocer a nadie.</translation>
    </message>
    <message>
        <source>%1 replies. Average rating %2 out of 5.</source>
        <translation>%1 respuestas. Valoración media: %2 de 5.</translation>
    </message>
    <message>
        <source>Evaluation: nothing to show yet. Answers appear once at least %1 people have filled it in.</source>
        <translation>Evaluación: aún no hay nada que mostrar. Las respuestas aparecen cuando la han rellenado al menos %1 personas.</translation>
    </message>
    <message>
        <source>Evaluation: %1 people filled it in.</source>
        <translation>Evaluación: la han rellenado %1 personas.</translation>
    </message>
    <message numerus="yes">
        <source>%n people have now come to their third meeting.</source>
        <translation>
            <numerusform>%n persona ha venido ya a su tercera reunión.</numerusform>
            <numerusform>%n personas han venido ya a su tercera reunión.</numerusform>
        </translation>
    </message>
    <message>
        <source>Someone has now come to their third meeting.</source>
        <translation>Alguien ha venido ya a su tercera reunión.</translation>
    </message>
    <message numerus="yes">
        <source>%n people have now come to their sixth meeting.</source>
        <translation>
            <numerusform>%n persona ha venido ya a su sexta reunión.</numerusform>
            <numerusform>%n personas han venido ya a su sexta reunión.</numerusform>
        </translation>
    </message>
    <message>
        <source>Someone has now come to their sixth meeting.</source>
        <translation>Alguien ha venido ya a su sexta reunión.</translation>
    </message>
    <message>
        <source>No evaluation yet this quarter (since %1).</source>
        <translation>Aún no hay ninguna evaluación este trimestre (desde el %1).</translation>
    </message>
    <message>
        <source>An evaluation is suggested. %1</source>
        <translation>Se sugiere hacer una evaluación. %1</translation>
    </message>
    <message>
        <source>The feedback screen is starting…</source>
        <translation>La pantalla de opiniones se está iniciando…</translation>
    </message>
    <message>
        <source>Thank you. Your topic was added to the list for the facilitators, without your name.</source>
        <translation>Gracias. Tu tema se ha añadido a la lista para los facilitadores, sin tu nombre.</translation>
    </message>
    <message>
        <source>group-report-%1</source>
        <extracomment>What a report counts: it is made again when any of these change.</extracomment>
        <translation>informe-del-grupo-%1</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved the report to “%1”. Remember: it is not encrypted.</source>
        <translation>Informe guardado en «%1». Recuerda: no está cifrado.</translation>
    </message>
    <message>
        <source>The file could not be saved there, so nothing was written. Please check that the folder or USB stick is still there and has space, then try again.</source>
        <translation>No se pudo guardar el archivo ahí, así que no se ha escrito nada. Comprueba que la carpeta o la memoria USB sigue ahí y tiene espacio, y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Sent to the printer. Collect the pages straight away.</source>
        <translation>Enviado a la impresora. Recoge las páginas enseguida.</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Creado el</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>De un vistazo</translation>
    </message>
    <message>
        <source>When a session ended</source>
        <translation>Al terminar una sesión</translation>
    </message>
    <message>
        <source>Kept before a restore</source>
        <translation>Conservada antes de una restauración</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Hecha a mano</translation>
    </message>
    <message>
        <source>Chosen folder</source>
        <translation>Carpeta elegida</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Esta computadora</translation>
    </message>
    <message>
        <source>Backups go to this computer&apos;s data folder:
%1</source>
        <translation>Las copias de seguridad se guardan en la carpeta de datos de esta computadora:
%1</translation>
    </message>
    <message>
        <source>Backups go to the folder you chose:
%1</source>
        <translation>Las copias de seguridad se guardan en la carpeta que elegiste:
%1</translation>
    </message>
    <message>
        <source>The folder you chose is not there now (is the USB stick plugged in?):
%1
Until it is back, backups go to this computer&apos;s data folder.</source>
        <translation>La carpeta que elegiste no está disponible ahora (¿está conectada la memoria USB?):
%1
Hasta que vuelva a estar, las copias de seguridad se guardan en la carpeta de datos de esta computadora.</translation>
    </message>
    <message>
        <source>A folder chosen earlier could not be read with your keys, so the data folder is used. You can choose the folder again.</source>
        <translation>Una carpeta elegida antes no se pudo leer con tus llaves, así que se usa la carpeta de datos. Puedes volver a elegir la carpeta.</translation>
    </message>
    <message>
        <source>Backed up: %1 (%2). It is encrypted like the vault.</source>
        <translation>Copia de seguridad hecha: %1 (%2). Está cifrada igual que la caja fuerte.</translation>
    </message>
    <message>
        <source>Backups will go to this computer&apos;s data folder.</source>
        <translation>Las copias de seguridad se guardarán en la carpeta de datos de esta computadora.</translation>
    </message>
    <message>
        <source>Backups will go to %1 from now on.</source>
        <translation>A partir de ahora, las copias de seguridad se guardarán en %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Other records: %1</source>
        <translation>Otros registros: %1</translation>
    </message>
    <message>
        <source>Journal and safety-plan records: %1 (each opens only with its member&apos;s passphrase)</source>
        <translation>Registros de diarios y planes de seguridad: %1 (cada uno solo se abre con la frase de contraseña de su miembro)</translation>
    </message>
    <message>
        <source>Accounts: %1 facilitators, %2 members</source>
        <translation>Cuentas: %1 facilitadores, %2 miembros</translation>
    </message>
    <message>
        <source>This backup from %1 is whole: every page passed its check.</source>
        <translation>Esta copia de seguridad del %1 está completa: todas las páginas pasaron la comprobación.</translation>
    </message>
    <message>
        <source>All %1 group records opened with your keys. %2 journal records were counted but not opened: only each member can open their own.</source>
        <translation>Los %1 registros del grupo se abrieron con tus llaves. Se contaron %2 registros de diarios, pero no se abrieron: solo cada miembro puede abrir los suyos.</translation>
    </message>
    <message>
        <source>%1 records use a key you no longer hold, so they were not opened.</source>
        <translation>%1 registros usan una llave que ya no tienes, así que no se abrieron.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>This replaces the whole vault with the backup taken %1. Everything added or changed since then will be gone from the vault, for everyone. The vault as it is now is kept as a backup first, so you can go back.</source>
        <translation>Esto reemplaza toda la caja fuerte por la copia de seguridad hecha el %1. Todo lo que se haya añadido o cambiado desde entonces desaparecerá de la caja fuerte, para todo el mundo. Antes, la caja fuerte tal como está ahora se guarda como copia de seguridad, para que puedas volver atrás.</translation>
    </message>
    <message>
        <source>The backup was made by an older version of SafeSpace; it is brought up to date when it opens.</source>
        <translation>La copia de seguridad se hizo con una versión anterior de SafeSpace; se actualiza al abrirse.</translation>
    </message>
    <message>
        <source>The backup is ready. The vault closes now and opens again as it was then.</source>
        <translation>La copia de seguridad está lista. La caja fuerte se cierra ahora y vuelve a abrirse tal como estaba entonces.</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <source>No meetings held</source>
        <translation>No se celebraron reuniones</translation>
    </message>
    <message>
        <source>No ratings given</source>
        <translation>No se dieron valoraciones</translation>
    </message>
    <message>
        <source>%1. Made on %2.</source>
        <translation>%1. Creado el %2.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Reuniones celebradas</translation>
    </message>
    <message>
        <source>Average attendance (mean)</source>
        <translation>Asistencia media (promedio)</translation>
    </message>
    <message>
        <source>Typical attendance (median)</source>
        <translation>Asistencia típica (mediana)</translation>
    </message>
    <message>
        <source>Newcomers</source>
        <translation>Personas nuevas</translation>
    </message>
    <message>
        <source>Newcomers who keep their attendance history</source>
        <translation>Personas nuevas que conservan su historial de asistencia</translation>
    </message>
    <message>
        <source>…of them came back for a 3rd meeting</source>
        <translation>…de ellas, volvieron a una 3.ª reunión</translation>
    </message>
    <message>
        <source>…of them came back for a 4th meeting</source>
        <translation>…de ellas, volvieron a una 4.ª reunión</translation>
    </message>
    <message>
        <source>Average meeting rating (1 to 5)</source>
        <translation>Valoración media de las reuniones (de 1 a 5)</translation>
    </message>
    <message>
        <source>Ratings counted in that average</source>
        <translation>Valoraciones contadas en esa media</translation>
    </message>
    <message>
        <source>Safety pauses used</source>
        <translation>Pausas de seguridad usadas</translation>
    </message>
    <message>
        <source>Follow-ups opened</source>
        <translation>Seguimientos abiertos</translation>
    </message>
    <message>
        <source>…of them done</source>
        <translation>…de ellos, hechos</translation>
    </message>
    <message>
        <source>Evaluations received</source>
        <translation>Evaluaciones recibidas</translation>
    </message>
    <message>
        <source>fewer than 3</source>
        <translation>menos de 3</translation>
    </message>
    <message>
        <source>not shown</source>
        <translation>no se muestra</translation>
    </message>
    <message>
        <source>fewer than 3 ratings</source>
        <translation>menos de 3 valoraciones</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>%1 to %2 %3</source>
        <translation>%1 a %2 de %3</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>Quarter %1 of %2</source>
        <translation>Trimestre %1 de %2</translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation>Fechas elegidas</translation>
    </message>
    <message>
        <source>Group report, %1</source>
        <translation>Informe del grupo, %1</translation>
    </message>
    <message>
        <source>Numbers only: no names, aliases or notes. Any count below 3 reads “fewer than 3”, and a few other numbers read “not shown” so that nobody can work a small count out from the rest.</source>
        <translation>Solo números: ni nombres, ni alias, ni notas. Cualquier recuento por debajo de 3 aparece como «menos de 3», y algunos otros números aparecen como «no se muestra» para que nadie pueda deducir un recuento pequeño a partir del resto.</translation>
    </message>
    <message>
        <source>A meeting counts as held when attendance was recorded for it or it was run with the meeting console. Attendance is everyone in the room: present, late and newcomers.</source>
        <translation>Una reunión cuenta como celebrada cuando se registró su asistencia o se llevó con la consola de la reunión. La asistencia es todo el mundo en la sala: presentes, quienes llegaron tarde y personas nuevas.</translation>
    </message>
    <message>
        <source>Newcomers joined the group in this period. Whether they came back is known only for those who agreed to keep their attendance history.</source>
        <translation>Las personas nuevas se unieron al grupo en este período. Solo se sabe si volvieron en el caso de quienes aceptaron conservar su historial de asistencia.</translation>
    </message>
    <message>
        <source>Meetings are counted up to %1.</source>
        <translation>Las reuniones se cuentan hasta el %1.</translation>
    </message>
    <message>
        <source>The average rating uses only meetings with at least 3 ratings, so a meeting with fewer can&apos;t be worked out from it.</source>
        <translation>La valoración media usa solo reuniones con al menos 3 valoraciones, para que no se pueda deducir a partir de ella la valoración de una reunión con menos.</translation>
    </message>
    <message>
        <source>Attendance over time</source>
        <translation>Asistencia a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Ratings over time</source>
        <translation>Valoraciones a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Average rating</source>
        <translation>Valoración media</translation>
    </message>
    <message>
        <source>Save the report as a PDF</source>
        <translation>Guardar el informe como PDF</translation>
    </message>
    <message>
        <source>Save the report as a CSV file</source>
        <translation>Guardar el informe como archivo CSV</translation>
    </message>
    <message>
        <source>This file is not encrypted. It holds only the numbers on this page, with no names, but anyone who can open it learns about your group&apos;s meetings. Save it only where it needs to go, and delete it when you are done.</source>
        <translation>Este archivo no está cifrado. Solo contiene los números de esta página, sin nombres, pero cualquiera que pueda abrirlo sabrá cosas de las reuniones de tu grupo. Guárdalo solo donde tenga que ir, y bórralo cuando termines.</translation>
    </message>
    <message>
        <source>someone who has left</source>
        <translation>alguien que se ha ido</translation>
    </message>
    <message>
        <source>%1 — cancelled, nobody needed</source>
        <translation>%1 — cancelada, no hace falta nadie</translation>
    </message>
    <message>
        <source>nobody to lead yet</source>
        <translation>aún no hay nadie para dirigir</translation>
    </message>
    <message>
        <source>the lead is away and nobody covers yet</source>
        <translation>quien dirige no estará y aún no hay sustitución</translation>
    </message>
    <message>
        <source>the lead is no longer a facilitator</source>
        <translation>quien dirige ya no es facilitador</translation>
    </message>
    <message>
        <source>%1 — needs cover: %2</source>
        <translation>%1 — necesita sustitución: %2</translation>
    </message>
    <message>
        <source>%1 — leads: %2</source>
        <translation>%1 — dirige: %2</translation>
    </message>
    <message>
        <source>%1 · supports: %2</source>
        <translation>%1 · apoya: %2</translation>
    </message>
    <message>
        <source>%1 (covering)</source>
        <translation>%1 (sustituye)</translation>
    </message>
    <message>
        <source>No meetings are planned yet. Set the schedule on the Meetings page.</source>
        <translation>Aún no hay reuniones planificadas. Establece el calendario en la página Reuniones.</translation>
    </message>
    <message>
        <source>Every one of the next %1 meetings has someone to lead it.</source>
        <translation>Cada una de las próximas %1 reuniones tiene a alguien que la dirija.</translation>
    </message>
    <message>
        <source>1 of the next %1 meetings needs cover.</source>
        <translation>1 de las próximas %1 reuniones necesita sustitución.</translation>
    </message>
    <message>
        <source>%1 of the next %2 meetings need cover.</source>
        <translation>%1 de las próximas %2 reuniones necesitan sustitución.</translation>
    </message>
    <message>
        <source>%1 would lead %2 meetings in a row by %3. Leading takes a lot; could someone else take a turn? Sharing the lead helps everyone stay well.</source>
        <translation>%1 dirigiría %2 reuniones seguidas hasta el %3. Dirigir exige mucho; ¿podría otra persona tomar el turno? Compartir la dirección ayuda a que todo el mundo esté bien.</translation>
    </message>
    <message>
        <source>Rota: the meeting on %1 needs cover.</source>
        <translation>Turnos: la reunión del %1 necesita sustitución.</translation>
    </message>
    <message>
        <source>Rota: %1 meetings need cover, the first on %2.</source>
        <translation>Turnos: %1 reuniones necesitan sustitución, la primera el %2.</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Aún nadie</translation>
    </message>
    <message>
        <source>No cover needed</source>
        <translation>No hace falta sustitución</translation>
    </message>
    <message>
        <source>The rota for %1 is saved.</source>
        <translation>Los turnos del %1 están guardados.</translation>
    </message>
    <message>
        <source>Who leads on %1</source>
        <translation>Quién dirige el %1</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (tú)</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>To keep things private on a shared computer, the app locks itself after %1 without use. Lock it yourself whenever you step away.</source>
        <translation>Para mantener la privacidad en una computadora compartida, la aplicación se bloquea sola tras %1 sin uso. Bloquéala tú cuando te alejes.</translation>
    </message>
    <message>
        <source>Make a new recovery code?</source>
        <translation>¿Crear un código de recuperación nuevo?</translation>
    </message>
    <message>
        <source>Your old recovery code will stop working straight away. You will see the new one next, and you&apos;ll need to write it down before you carry on.</source>
        <translation>Tu código de recuperación anterior dejará de funcionar de inmediato. A continuación verás el nuevo, y tendrás que anotarlo antes de seguir.</translation>
    </message>
    <message>
        <source>Make a new code</source>
        <translation>Crear un código nuevo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Making your new recovery code…</source>
        <translation>Creando tu nuevo código de recuperación…</translation>
    </message>
    <message>
        <source>Your new recovery code is ready. The old one no longer works.</source>
        <translation>Tu nuevo código de recuperación está listo. El anterior ya no funciona.</translation>
    </message>
    <message>
        <source>No new code was made, and your old one still works. %1</source>
        <translation>No se creó ningún código nuevo, y el anterior sigue funcionando. %1</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>PNG picture</source>
        <translation>Imagen PNG</translation>
    </message>
    <message>
        <source>JPEG picture</source>
        <translation>Imagen JPEG</translation>
    </message>
    <message>
        <source>GIF picture</source>
        <translation>Imagen GIF</translation>
    </message>
    <message>
        <source>WebP picture</source>
        <translation>Imagen WebP</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>(not on this computer yet)</source>
        <translation>(aún no está en esta computadora)</translation>
    </message>
    <message>
        <source>%1. Added %2.</source>
        <translation>%1. Añadido el %2.</translation>
    </message>
    <message>
        <source>Choose a file to attach</source>
        <translation>Elige un archivo para adjuntar</translation>
    </message>
    <message>
        <source>PDFs, pictures and text (*.pdf *.png *.jpg *.jpeg *.gif *.webp *.txt *.md);;All files (*)</source>
        <translation>PDF, imágenes y texto (*.pdf *.png *.jpg *.jpeg *.gif *.webp *.txt *.md);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Adding “%1” to the vault…</source>
        <translation>Añadiendo «%1» a la caja fuerte…</translation>
    </message>
    <message>
        <source>“%1” is attached, kept encrypted inside the vault.</source>
        <translation>«%1» está adjunto y se guarda cifrado dentro de la caja fuerte.</translation>
    </message>
    <message>
        <source>Saving a copy of “%1”…</source>
        <translation>Guardando una copia de «%1»…</translation>
    </message>
    <message>
        <source>A readable copy of “%1” is in “%2”. Remember: that copy is not encrypted.</source>
        <translation>Hay una copia legible de «%1» en «%2». Recuerda: esa copia no está cifrada.</translation>
    </message>
    <message>
        <source>Save a readable copy?</source>
        <translation>¿Guardar una copia legible?</translation>
    </message>
    <message>
        <source>Inside SafeSpace, “%1” is encrypted. The copy you save will not be: anyone who can open that file — on this computer, a shared folder or a USB stick — can read it.

Choose a place only you control, and delete the copy when you no longer need it.</source>
        <translation>Dentro de SafeSpace, «%1» está cifrado. La copia que guardes no lo estará: cualquiera que pueda abrir ese archivo —en esta computadora, en una carpeta compartida o en una memoria USB— podrá leerlo.

Elige un lugar que solo tú controles, y borra la copia cuando ya no la necesites.</translation>
    </message>
    <message>
        <source>Choose where to save</source>
        <translation>Elige dónde guardar</translation>
    </message>
    <message>
        <source>Save a readable copy as</source>
        <translation>Guardar una copia legible como</translation>
    </message>
    <message>
        <source>Remove the attachment?</source>
        <translation>¿Quitar el archivo adjunto?</translation>
    </message>
    <message>
        <source>Remove “%1” from this resource? This can&apos;t be undone here.</source>
        <translation>¿Quitar «%1» de este recurso? Esto no se puede deshacer aquí.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>“%1” was removed.</source>
        <translation>Se quitó «%1».</translation>
    </message>
    <message>
        <source>Showing “%1”</source>
        <translation>Mostrando «%1»</translation>
    </message>
    <message>
        <source>“%1” can&apos;t be shown inside SafeSpace. You can save a copy instead.</source>
        <translation>«%1» no se puede mostrar dentro de SafeSpace. Puedes guardar una copia en su lugar.</translation>
    </message>
    <message>
        <source>The file of “%1” has not reached this computer yet. It comes with the next sync that includes attachments.</source>
        <translation>El archivo de «%1» aún no ha llegado a esta computadora. Llegará con la próxima sincronización que incluya archivos adjuntos.</translation>
    </message>
    <message>
        <source>“%1” failed its safety check: its stored copy is damaged, so it was not shown or saved. Other attachments are not affected. If you have the file elsewhere, remove this one and add it again.</source>
        <translation>«%1» no pasó su comprobación de seguridad: su copia guardada está dañada, así que no se mostró ni se guardó. Los demás archivos adjuntos no se ven afectados. Si tienes el archivo en otro lugar, quita este y vuelve a añadirlo.</translation>
    </message>
    <message>
        <source>The picture “%1” could not be shown. You can save a copy instead.</source>
        <translation>No se pudo mostrar la imagen «%1». Puedes guardar una copia en su lugar.</translation>
    </message>
    <message>
        <source>A record</source>
        <translation>Un registro</translation>
    </message>
    <message>
        <source>%1: %2 — %3 versions</source>
        <translation>%1: %2 — %3 versiones</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>esta computadora</translation>
    </message>
    <message>
        <source>another computer (%1)</source>
        <translation>otra computadora (%1)</translation>
    </message>
    <message>
        <source>Version %1 of %2: changed on %3, edited at %4</source>
        <translation>Versión %1 de %2: cambio de %3, editada el %4</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 «%2»</translation>
    </message>
    <message>
        <source>Saved your choice for %1 (%2). Other computers show it after their next sync.</source>
        <translation>Se guardó tu elección para %1 (%2). Las demás computadoras la mostrarán tras su próxima sincronización.</translation>
    </message>
    <message>
        <source>No conflicts. When two facilitators change the same thing on different computers between syncs, both versions wait here for you to choose.</source>
        <translation>No hay conflictos. Cuando dos facilitadores cambian lo mismo en computadoras distintas entre sincronizaciones, las dos versiones esperan aquí a que elijas.</translation>
    </message>
    <message>
        <source>1 conflict waits for you.</source>
        <translation>1 conflicto te espera.</translation>
    </message>
    <message>
        <source>%1 conflicts wait for you.</source>
        <translation>%1 conflictos te esperan.</translation>
    </message>
    <message>
        <source>Example only: edit it with a line you have checked.</source>
        <translation>Solo es un ejemplo: edítalo con una línea que hayas comprobado.</translation>
    </message>
    <message>
        <source>Needs checking: never checked.</source>
        <translation>Toca comprobarla: nunca se ha comprobado.</translation>
    </message>
    <message>
        <source>Needs checking: last checked %1, over six months ago.</source>
        <translation>Toca comprobarla: se comprobó por última vez el %1, hace más de seis meses.</translation>
    </message>
    <message>
        <source>Last checked %1.</source>
        <translation>Comprobada por última vez el %1.</translation>
    </message>
    <message>
        <source>There are no crisis lines yet. Please add the lines for your area, so people can find them with F1.</source>
        <translation>Aún no hay líneas de crisis. Añade las líneas de tu zona, para que la gente pueda encontrarlas con F1.</translation>
    </message>
    <message>
        <source>%1 of %2 lines need checking: they were never checked, or were last checked more than six months ago.</source>
        <translation>%1 de %2 líneas necesitan comprobación: nunca se comprobaron, o se comprobaron por última vez hace más de seis meses.</translation>
    </message>
    <message>
        <source>Every line was checked in the last six months. Thank you.</source>
        <translation>Todas las líneas se comprobaron en los últimos seis meses. Gracias.</translation>
    </message>
    <message>
        <source>Line added. Once you have checked the number, mark it as checked.</source>
        <translation>Línea añadida. Cuando hayas comprobado el número, márcala como comprobada.</translation>
    </message>
    <message>
        <source>Saved. The number changed, so please check it and mark it again.</source>
        <translation>Guardado. El número cambió, así que compruébalo y vuelve a marcarlo.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Marked “%1” as checked today.</source>
        <translation>«%1» marcada como comprobada hoy.</translation>
    </message>
    <message>
        <source>Delete crisis line</source>
        <translation>Eliminar línea de crisis</translation>
    </message>
    <message>
        <source>Delete “%1” from the crisis lines?</source>
        <translation>¿Eliminar «%1» de las líneas de crisis?</translation>
    </message>
    <message>
        <source>&amp;Delete line</source>
        <translation>&amp;Eliminar línea</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>Se eliminó «%1».</translation>
    </message>
    <message>
        <source>you</source>
        <translation>tú</translation>
    </message>
    <message>
        <source>removed from the group</source>
        <translation>quitado del grupo</translation>
    </message>
    <message>
        <source>has an account on this computer</source>
        <translation>tiene una cuenta en esta computadora</translation>
    </message>
    <message>
        <source>uses another computer</source>
        <translation>usa otra computadora</translation>
    </message>
    <message>
        <source>Remove a facilitator from the group</source>
        <translation>Quitar a un facilitador del grupo</translation>
    </message>
    <message>
        <source>Remove %1 from the group?

What happens:
• The group gets a new key. Everything saved from now on, and every sync file made from now on, uses it. The other facilitators receive it: on this computer the next time they unlock, on other computers with their next sync.
• %1 can no longer open the group&apos;s records on this computer, and sync files from their computer are refused from now on.
• %1 keeps what they already saw, and old sync files made before today can still be read with the old key: delete old sync files from sticks.

This cannot be undone. To work with them again, add them as a new facilitator.</source>
        <translation>¿Quitar a %1 del grupo?

Qué ocurre:
• El grupo recibe una llave nueva. Todo lo que se guarde a partir de ahora, y todos los archivos de sincronización que se creen a partir de ahora, la usan. Los demás facilitadores la reciben: en esta computadora, la próxima vez que desbloqueen; en otras computadoras, con su próxima sincronización.
• %1 ya no puede abrir los registros del grupo en esta computadora, y a partir de ahora se rechazan los archivos de sincronización de su computadora.
• %1 conserva lo que ya vio, y los archivos de sincronización antiguos, creados antes de hoy, aún se pueden leer con la llave anterior: borra los archivos de sincronización antiguos de las memorias USB.

Esto no se puede deshacer. Para volver a trabajar con esta persona, añádela como facilitador nuevo.</translation>
    </message>
    <message>
        <source>&amp;Remove and change the group key</source>
        <translation>&amp;Quitar y cambiar la llave del grupo</translation>
    </message>
    <message>
        <source>%1 was removed. The group now uses key number %2.</source>
        <translation>Se quitó a %1. El grupo usa ahora la llave número %2.</translation>
    </message>
    <message>
        <source>%1 could not be given the new key because they have not unlocked since this version was installed: add them again as a new facilitator.</source>
        <translation>No se pudo dar la llave nueva a %1 porque no ha desbloqueado desde que se instaló esta versión: vuelve a añadir a esta persona como facilitador nuevo.</translation>
    </message>
    <message>
        <source>You can&apos;t remove yourself. Ask another facilitator to do it.</source>
        <translation>No puedes quitar tu propia cuenta del grupo. Pide a otro facilitador que lo haga.</translation>
    </message>
    <message>
        <source>%1 was already removed.</source>
        <translation>%1 ya se había quitado.</translation>
    </message>
    <message>
        <source>removed: its sync files are refused</source>
        <translation>quitada: sus archivos de sincronización se rechazan</translation>
    </message>
    <message>
        <source>Remove a computer from the group</source>
        <translation>Quitar una computadora del grupo</translation>
    </message>
    <message>
        <source>Remove the computer “%1”?

What happens:
• Sync files made on that computer are refused from now on.
• The group gets a new key, used for everything saved and every sync file made from now on. The facilitators keep receiving it.
• If the computer was lost, its facilitator should also change their passphrase.

This cannot be undone.</source>
        <translation>¿Quitar la computadora «%1»?

Qué ocurre:
• A partir de ahora se rechazan los archivos de sincronización creados en esa computadora.
• El grupo recibe una llave nueva, que se usa para todo lo que se guarde y para todos los archivos de sincronización que se creen a partir de ahora. Los facilitadores siguen recibiéndola.
• Si la computadora se perdió, su facilitador también debería cambiar su frase de contraseña.

Esto no se puede deshacer.</translation>
    </message>
    <message>
        <source>&amp;Remove the computer and change the key</source>
        <translation>&amp;Quitar la computadora y cambiar la llave</translation>
    </message>
    <message>
        <source>This is the computer you are using. Remove it from another computer.</source>
        <translation>Esta es la computadora que estás usando. Quítala desde otra computadora.</translation>
    </message>
    <message>
        <source>“%1” was already removed.</source>
        <translation>«%1» ya se había quitado.</translation>
    </message>
    <message>
        <source>The key file was saved as %1. Give it to the other facilitators with the sync file.</source>
        <translation>El archivo de llave se guardó como %1. Dáselo a los demás facilitadores junto con el archivo de sincronización.</translation>
    </message>
    <message>
        <source>Use the new group key?</source>
        <translation>¿Usar la llave nueva del grupo?</translation>
    </message>
    <message>
        <source>This key file was made by %1.</source>
        <translation>Este archivo de llave lo creó %1.</translation>
    </message>
    <message>
        <source>It says these facilitators were removed: %1.</source>
        <translation>Indica que se quitó a estos facilitadores: %1.</translation>
    </message>
    <message>
        <source>Only use a key file you received from that facilitator yourself.</source>
        <translation>Usa solo un archivo de llave que hayas recibido en persona de ese facilitador.</translation>
    </message>
    <message>
        <source>&amp;Use the new key</source>
        <translation>&amp;Usar la llave nueva</translation>
    </message>
    <message>
        <source>You already had this key. Removals it lists now apply here too.</source>
        <translation>Ya tenías esta llave. Las bajas que indica ahora también se aplican aquí.</translation>
    </message>
    <message>
        <source>This computer now uses group key number %1.</source>
        <translation>Esta computadora usa ahora la llave del grupo número %1.</translation>
    </message>
    <message>
        <source>This link points to %1. The app never opens links.</source>
        <translation>Este enlace lleva a %1. La aplicación nunca abre enlaces.</translation>
    </message>
    <message>
        <source>Added to your favourites.</source>
        <translation>Añadido a tus favoritos.</translation>
    </message>
    <message>
        <source>Removed from your favourites.</source>
        <translation>Quitado de tus favoritos.</translation>
    </message>
    <message>
        <source>Thank you. Your suggestion was sent to the facilitators.</source>
        <translation>Gracias. Tu sugerencia se envió a los facilitadores.</translation>
    </message>
    <message>
        <source>%1 is %2, %3 is %4</source>
        <translation>%1 es %2, %3 es %4</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>the week of %1</source>
        <translation>la semana del %1</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation>MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>No moods recorded in this time.</source>
        <translation>No se registró ningún estado de ánimo en este tiempo.</translation>
    </message>
    <message>
        <source>Average mood by week, from %1 to %2 (%3).</source>
        <translation>Estado de ánimo medio por semana, desde %1 hasta %2 (%3).</translation>
    </message>
    <message>
        <source>Weeks with a mood recorded: %1 of %2.</source>
        <translation>Semanas con un estado de ánimo registrado: %1 de %2.</translation>
    </message>
    <message>
        <source>Average mood by month, from %1 to %2 (%3).</source>
        <translation>Estado de ánimo medio por mes, desde %1 hasta %2 (%3).</translation>
    </message>
    <message>
        <source>Months with a mood recorded: %1 of %2.</source>
        <translation>Meses con un estado de ánimo registrado: %1 de %2.</translation>
    </message>
    <message>
        <source>Lowest: %1 (%2), in %3.</source>
        <translation>Más bajo: %1 (%2), en %3.</translation>
    </message>
    <message>
        <source>Highest: %1 (%2), in %3.</source>
        <translation>Más alto: %1 (%2), en %3.</translation>
    </message>
    <message>
        <source>Most recent: %1 (%2), in %3.</source>
        <translation>Más reciente: %1 (%2), en %3.</translation>
    </message>
    <message>
        <source>Fewer than two members have said yes to check-in pairs so far. When someone agrees, record their consent on the Members page and they will appear here.</source>
        <translation>Hasta ahora, menos de dos miembros han dicho que sí a las parejas de apoyo. Cuando alguien acepte, registra su consentimiento en la página Miembros y aparecerá aquí.</translation>
    </message>
    <message>
        <source>%1 members have said yes to check-in pairs, and each of them is already paired with everyone they could be. When someone else agrees, record their consent on the Members page and they will appear here.</source>
        <translation>%1 miembros han dicho que sí a las parejas de apoyo, y cada uno ya forma pareja con todas las personas posibles. Cuando alguien más acepte, registra su consentimiento en la página Miembros y aparecerá aquí.</translation>
    </message>
    <message>
        <source>%1 members have said yes to check-in pairs. Choose two who would like to check in with each other.</source>
        <translation>%1 miembros han dicho que sí a las parejas de apoyo. Elige a dos personas a las que les gustaría apoyarse mutuamente.</translation>
    </message>
    <message>
        <source>Not in a pair yet: %1.</source>
        <translation>Aún sin pareja: %1.</translation>
    </message>
    <message>
        <source>%1 and %2 are now a check-in pair.</source>
        <translation>%1 y %2 son ahora una pareja de apoyo.</translation>
    </message>
    <message>
        <source>The pair of %1 and %2 has ended.</source>
        <translation>La pareja de %1 y %2 ha terminado.</translation>
    </message>
    <message>
        <source>The pair is back.</source>
        <translation>La pareja ha vuelto.</translation>
    </message>
    <message>
        <source>%1. %2.</source>
        <translation>%1. %2.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>No se pudo leer el archivo.</translation>
    </message>
    <message>
        <source>Importing resources…</source>
        <translation>Importando recursos…</translation>
    </message>
    <message>
        <source>Choose a folder of Markdown files</source>
        <translation>Elige una carpeta de archivos Markdown</translation>
    </message>
    <message>
        <source>SafeSpace resources %1</source>
        <translation>Recursos de SafeSpace %1</translation>
    </message>
    <message>
        <source>Exported %1 (%2) to the folder “%3”.</source>
        <translation>Exportación terminada: %1 (%2) en la carpeta «%3».</translation>
    </message>
    <message>
        <source>Exporting resources…</source>
        <translation>Exportando recursos…</translation>
    </message>
    <message>
        <source>Export the library</source>
        <translation>Exportar la biblioteca</translation>
    </message>
    <message>
        <source>This writes every resource, including those for facilitators only, and their files as ordinary readable files. Anyone who can open the place you choose can read them. Choose a place only you or your co-facilitators can reach, such as your own USB stick.</source>
        <translation>Esto escribe todos los recursos, incluidos los que son solo para facilitadores, y sus archivos como archivos normales y legibles. Cualquiera que pueda abrir el lugar que elijas podrá leerlos. Elige un lugar al que solo tú o tus cofacilitadores puedan acceder, como tu propia memoria USB.</translation>
    </message>
    <message>
        <source>&amp;Choose where to export…</source>
        <translation>&amp;Elegir dónde exportar…</translation>
    </message>
    <message>
        <source>Choose where to export the library</source>
        <translation>Elige dónde exportar la biblioteca</translation>
    </message>
    <message>
        <source>**%1:** %2</source>
        <translation>**%1:** %2</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>The PDF is a readable copy: anyone who can open the place you save it to can read it. Save it only where that is all right (for example your own USB stick).</source>
        <translation>El PDF es una copia legible: cualquiera que pueda abrir el lugar donde lo guardes podrá leerlo. Guárdalo solo donde eso no sea un problema (por ejemplo, en tu propia memoria USB).</translation>
    </message>
    <message>
        <source>&amp;Choose where to save…</source>
        <translation>&amp;Elegir dónde guardar…</translation>
    </message>
    <message>
        <source>Save handout as PDF</source>
        <translation>Guardar el material como PDF</translation>
    </message>
    <message>
        <source>The PDF could not be saved there. Please choose another place.</source>
        <translation>No se pudo guardar el PDF ahí. Elige otro lugar.</translation>
    </message>
    <message>
        <source>Saved the handout as %1.</source>
        <translation>Material guardado como %1.</translation>
    </message>
    <message>
        <source>%1 resources could not be opened (damaged).</source>
        <translation>No se pudieron abrir %1 recursos (dañados).</translation>
    </message>
    <message>
        <source>This link points to %1. The app never opens links; if you trust it, type it into a browser yourself.</source>
        <translation>Este enlace lleva a %1. La aplicación nunca abre enlaces; si confías en él, escríbelo tú en un navegador.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>Se guardó «%1».</translation>
    </message>
    <message>
        <source>Remove resource</source>
        <translation>Quitar recurso</translation>
    </message>
    <message>
        <source>Remove “%1” and its files from the library?</source>
        <translation>¿Quitar «%1» y sus archivos de la biblioteca?</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation>Se quitó «%1».</translation>
    </message>
    <message>
        <source>Added %1 example resources.</source>
        <translation>Se añadieron %1 recursos de ejemplo.</translation>
    </message>
    <message>
        <source>a resource that was removed</source>
        <translation>un recurso que se quitó</translation>
    </message>
    <message>
        <source>Correction to “%1”</source>
        <translation>Corrección de «%1»</translation>
    </message>
    <message>
        <source>New resource: %1</source>
        <translation>Recurso nuevo: %1</translation>
    </message>
    <message>
        <source>no name given</source>
        <translation>sin nombre</translation>
    </message>
    <message>
        <source>handled</source>
        <translation>atendida</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nueva</translation>
    </message>
    <message>
        <source>No suggestions yet.</source>
        <translation>Aún no hay sugerencias.</translation>
    </message>
    <message>
        <source>Carry on with the meeting?</source>
        <translation>¿Seguir con la reunión?</translation>
    </message>
    <message>
        <source>A meeting was running when SafeSpace locked. Carry on where you were? Its timers kept counting while it was locked.</source>
        <translation>Había una reunión en curso cuando SafeSpace se bloqueó. ¿Seguir donde estabas? Sus temporizadores siguieron contando mientras estaba bloqueada.</translation>
    </message>
    <message>
        <source>Start or pause the timer</source>
        <translation>Iniciar o pausar el temporizador</translation>
    </message>
    <message>
        <source>Next part of the meeting</source>
        <translation>Siguiente parte de la reunión</translation>
    </message>
    <message>
        <source>Next person</source>
        <translation>Siguiente persona</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Pasar</translation>
    </message>
    <message>
        <source>Come back to me</source>
        <translation>Vuelve a mí más tarde</translation>
    </message>
    <message>
        <source>Not here today</source>
        <translation>Hoy no está</translation>
    </message>
    <message>
        <source>Someone arrived late…</source>
        <translation>Alguien llegó tarde…</translation>
    </message>
    <message>
        <source>Raise a hand for the chosen person</source>
        <translation>Levantar la mano de la persona elegida</translation>
    </message>
    <message>
        <source>Take the chosen person&apos;s hand down</source>
        <translation>Bajar la mano de la persona elegida</translation>
    </message>
    <message>
        <source>Close or reopen the list of speakers</source>
        <translation>Cerrar o volver a abrir la lista de turnos de palabra</translation>
    </message>
    <message>
        <source>Safety pause</source>
        <translation>Pausa de seguridad</translation>
    </message>
    <message>
        <source>Show or hide the room screen</source>
        <translation>Mostrar u ocultar la pantalla de la sala</translation>
    </message>
    <message>
        <source>Move the room screen</source>
        <translation>Mover la pantalla de la sala</translation>
    </message>
    <message>
        <source>A rating of %1</source>
        <translation>Una puntuación de %1</translation>
    </message>
    <message>
        <source>End the meeting…</source>
        <translation>Terminar la reunión…</translation>
    </message>
    <message>
        <source>Warning signs that things are getting harder</source>
        <extracomment>Sections printed on the back of the card (the people to reach, and reasons for living).</extracomment>
        <translation>Señales de alerta de que las cosas se están poniendo más difíciles</translation>
    </message>
    <message>
        <source>Things I can do on my own to cope</source>
        <translation>Cosas que puedo hacer por mi cuenta para afrontarlo</translation>
    </message>
    <message>
        <source>People and places that take my mind off things</source>
        <translation>Personas y lugares que me ayudan a distraerme</translation>
    </message>
    <message>
        <source>People I can ask for help</source>
        <translation>Personas a las que puedo pedir ayuda</translation>
    </message>
    <message>
        <source>Professionals and services I can contact</source>
        <translation>Profesionales y servicios con los que puedo contactar</translation>
    </message>
    <message>
        <source>Making my surroundings safer</source>
        <translation>Hacer más seguro mi entorno</translation>
    </message>
    <message>
        <source>My reasons for living</source>
        <translation>Mis razones para vivir</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Señales de alerta</translation>
    </message>
    <message>
        <source>I can</source>
        <translation>Puedo</translation>
    </message>
    <message>
        <source>Take my mind off it</source>
        <translation>Distraerme</translation>
    </message>
    <message>
        <source>Ask for help</source>
        <translation>Pedir ayuda</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>Safer surroundings</source>
        <translation>Entorno más seguro</translation>
    </message>
    <message>
        <source>Reasons for living</source>
        <translation>Razones para vivir</translation>
    </message>
    <message>
        <source>My safety plan</source>
        <translation>Mi plan de seguridad</translation>
    </message>
    <message>
        <source>Keep it somewhere you can find it easily. Start at step 1 and go on until you feel safer.</source>
        <translation>Guárdalo en un lugar donde puedas encontrarlo fácilmente. Empieza por el paso 1 y sigue hasta que te sientas con más seguridad.</translation>
    </message>
    <message>
        <source>Cut along the solid line, then fold along the dashed line to fit your wallet.</source>
        <translation>Recorta por la línea continua y luego dobla por la línea discontinua para que quepa en tu cartera.</translation>
    </message>
    <message>
        <source>✓ Saved.</source>
        <translation>✓ Guardado.</translation>
    </message>
    <message>
        <source>Group settings saved.</source>
        <translation>Ajustes del grupo guardados.</translation>
    </message>
    <message>
        <source>Not saved yet. %1</source>
        <translation>Aún no guardado. %1</translation>
    </message>
    <message>
        <source>Change the language</source>
        <translation>Cambiar el idioma</translation>
    </message>
    <message>
        <source>Please close the other open window first (for example the meeting console), then choose the language again.</source>
        <translation>Primero cierra la otra ventana abierta (por ejemplo, la consola de la reunión) y luego vuelve a elegir el idioma.</translation>
    </message>
    <message>
        <source>The pages are redrawn in the new language. Something you typed is not saved yet: the journal, a member&apos;s form, the agreement and meeting notes keep it as a draft and offer it back; on other pages, save it first.</source>
        <translation>Las páginas se vuelven a mostrar en el idioma nuevo. Hay algo que escribiste que aún no está guardado: el diario, el formulario de un miembro, el acuerdo y las notas de la reunión lo conservan como borrador y te lo vuelven a ofrecer; en las demás páginas, guárdalo primero.</translation>
    </message>
    <message>
        <source>&amp;Change now</source>
        <translation>&amp;Cambiar ahora</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Ahora no</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Check-in pairs</source>
        <translation>Parejas de apoyo</translation>
    </message>
    <message>
        <source>Coping resources</source>
        <translation>Recursos de afrontamiento</translation>
    </message>
    <message>
        <source>Crisis lines</source>
        <translation>Líneas de crisis</translation>
    </message>
    <message>
        <source>Group settings</source>
        <translation>Ajustes del grupo</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>Facilitators and the computers they sync from</source>
        <translation>Los facilitadores y las computadoras desde las que sincronizan</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Rota</source>
        <translation>Turnos</translation>
    </message>
    <message>
        <source>Who leads each meeting</source>
        <translation>Quién dirige cada reunión</translation>
    </message>
    <message>
        <source>Care kit</source>
        <translation>Kit de cuidado</translation>
    </message>
    <message>
        <source>Looking after yourself</source>
        <translation>Cuidar de ti</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>Mi cuenta</translation>
    </message>
    <message>
        <source>Mood over time</source>
        <translation>El ánimo a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Your safety plan (F2 from anywhere)</source>
        <translation>Tu plan de seguridad (F2 desde cualquier lugar)</translation>
    </message>
    <message>
        <source>This vault is on a disk that can&apos;t be written to (for example a locked SD card or USB stick), so it is open for reading only. You can read, search, print and export; changes can&apos;t be saved until the vault is on a writable disk.</source>
        <translation>Esta caja fuerte está en un disco en el que no se puede escribir (por ejemplo, una tarjeta SD o una memoria USB bloqueada), así que está abierta solo para lectura. Puedes leer, buscar, imprimir y exportar; los cambios no se pueden guardar hasta que la caja fuerte esté en un disco en el que se pueda escribir.</translation>
    </message>
    <message>
        <source>Read-only vault</source>
        <translation>Caja fuerte de solo lectura</translation>
    </message>
    <message>
        <source>This file was made on this computer. There is nothing to import.</source>
        <translation>Este archivo se creó en esta computadora. No hay nada que importar.</translation>
    </message>
    <message>
        <source>This file was imported before. Importing it again changes nothing.</source>
        <translation>Este archivo ya se importó antes. Volver a importarlo no cambia nada.</translation>
    </message>
    <message>
        <source>This computer already has everything in this file. Nothing would change.</source>
        <translation>Esta computadora ya tiene todo lo que hay en este archivo. No cambiaría nada.</translation>
    </message>
    <message>
        <source>1 conflict</source>
        <translation>1 conflicto</translation>
    </message>
    <message>
        <source>%1 conflicts</source>
        <translation>%1 conflictos</translation>
    </message>
    <message>
        <source>%1 new, %2 changed, %3</source>
        <translation>%1 nuevos, %2 cambiados, %3</translation>
    </message>
    <message>
        <source>%1 deleted</source>
        <translation>%1 eliminados</translation>
    </message>
    <message>
        <source>%1 kept after a delete</source>
        <translation>%1 conservados tras una eliminación</translation>
    </message>
    <message>
        <source>Careful: this would hide %1 records. You will be asked to confirm.</source>
        <translation>Cuidado: esto ocultaría %1 registros. Se te pedirá que lo confirmes.</translation>
    </message>
    <message>
        <source>…and %1 more</source>
        <translation>…y %1 más</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Import %1: %2 new, %3 changed, %4 deleted, %5 conflicts</source>
        <translation>Importación %1: %2 nuevos, %3 cambiados, %4 eliminados, %5 conflictos</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>deshecha</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <extracomment>How much larger than the UI font the agreement is shown: it is read aloud from the screen.</extracomment>
        <translation>una fecha desconocida</translation>
    </message>
    <message>
        <source>+ Added:</source>
        <translation>+ Añadido:</translation>
    </message>
    <message>
        <source>− Removed:</source>
        <translation>− Quitado:</translation>
    </message>
</context>
<context>
    <name>AccountFlowScreen</name>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>Tu código de recuperación</translation>
    </message>
    <message>
        <source>The button becomes available once the group you type matches.</source>
        <translation>El botón se activa cuando coincide el grupo que escribes.</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <source>Your facilitator account</source>
        <translation>Tu cuenta de facilitador</translation>
    </message>
    <message>
        <source>You will type these two things to unlock the vault.</source>
        <translation>Escribirás estas dos cosas para desbloquear la caja fuerte.</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Your &amp;handle:</source>
        <translation>Tu &amp;alias:</translation>
    </message>
    <message>
        <source>A nickname you type to unlock, such as “robin”. It is never shown on the lock screen, so nobody can see who uses this vault.</source>
        <translation>Un apodo que escribes para desbloquear, como «robin». Nunca se muestra en la pantalla de bloqueo, así que nadie puede ver quién usa esta caja fuerte.</translation>
    </message>
    <message>
        <source>Nobody can reset your passphrase for you. In a moment you will get a recovery code to write down: it is the way back in if you forget.</source>
        <translation>Nadie puede restablecer tu frase de contraseña por ti. En un momento recibirás un código de recuperación para anotar: es la forma de volver a entrar si la olvidas.</translation>
    </message>
    <message>
        <source>About your passphrase</source>
        <translation>Sobre tu frase de contraseña</translation>
    </message>
</context>
<context>
    <name>AccountView</name>
    <message>
        <source>My account</source>
        <translation>Mi cuenta</translation>
    </message>
    <message>
        <source>Your handle</source>
        <translation>Tu alias</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitador</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Tu rol</translation>
    </message>
    <message>
        <source>Unlocked as:</source>
        <translation>Sesión abierta como:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <source>As a facilitator, your passphrase opens the group&apos;s roster and notes, so please keep it to yourself. Settings for the whole group are under Group settings.</source>
        <translation>Como facilitador, tu frase de contraseña abre la lista de miembros y las notas del grupo, así que guárdala solo para ti. Los ajustes de todo el grupo están en Ajustes del grupo.</translation>
    </message>
    <message>
        <source>&amp;Change passphrase…</source>
        <translation>&amp;Cambiar la frase de contraseña…</translation>
    </message>
    <message>
        <source>Your passphrase unlocks your space. You can change it whenever you like, for example if you think someone may have seen it.</source>
        <translation>Tu frase de contraseña desbloquea tu espacio. Puedes cambiarla cuando quieras, por ejemplo si crees que alguien la ha podido ver.</translation>
    </message>
    <message>
        <source>Make a new &amp;recovery code…</source>
        <translation>Crear un nuevo código de &amp;recuperación…</translation>
    </message>
    <message>
        <source>Your recovery code lets you back in if you forget your passphrase. If you have lost it, or think someone else has seen it, make a new one. The old code stops working straight away.</source>
        <translation>Tu código de recuperación te permite volver a entrar si olvidas tu frase de contraseña. Si lo has perdido, o crees que otra persona lo ha visto, crea uno nuevo. El código anterior deja de funcionar al momento.</translation>
    </message>
    <message>
        <source>E&amp;xport my journal…</source>
        <translation>E&amp;xportar mi diario…</translation>
    </message>
    <message>
        <source>&amp;Import a journal backup…</source>
        <translation>&amp;Importar una copia de mi diario…</translation>
    </message>
    <message>
        <source>Keep a private backup of your journal, move it to another computer, or save a readable copy of some entries. Bring a backup in here with “Import”.</source>
        <translation>Guarda una copia de seguridad privada de tu diario, llévala a otra computadora o guarda una copia legible de algunas entradas. Trae aquí una copia con «Importar».</translation>
    </message>
    <message>
        <source>Auto-lock</source>
        <translation>Bloqueo automático</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Bloquear ahora</translation>
    </message>
    <message>
        <source>Lock now (%1)</source>
        <translation>Bloquear ahora (%1)</translation>
    </message>
    <message>
        <source>or press %1 at any time</source>
        <translation>o pulsa %1 en cualquier momento</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <source>Your journal</source>
        <translation>Tu diario</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>Bloqueo</translation>
    </message>
    <message>
        <source>Your private space</source>
        <translation>Tu espacio privado</translation>
    </message>
    <message>
        <source>What you keep here is sealed with your own key, which only your passphrase can open. Facilitators cannot open it, and neither can anyone else who uses this computer. If nobody touches the keyboard or mouse for a few minutes, the app locks itself so your space stays yours.</source>
        <translation>Lo que guardas aquí está sellado con tu propia llave, que solo tu frase de contraseña puede abrir. Los facilitadores no pueden abrirlo, ni nadie más que use esta computadora. Si nadie toca el teclado ni el ratón durante unos minutos, la aplicación se bloquea sola para que tu espacio siga siendo tuyo.</translation>
    </message>
</context>
<context>
    <name>AddFacilitatorDialog</name>
    <message>
        <source>&amp;Add facilitator</source>
        <translation>&amp;Añadir facilitador</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>New facilitator&apos;s passphrase</source>
        <translation>Frase de contraseña del nuevo facilitador</translation>
    </message>
    <message>
        <source>Con&amp;firm passphrase:</source>
        <translation>Confi&amp;rmar la frase de contraseña:</translation>
    </message>
    <message>
        <source>Confirm the new facilitator&apos;s passphrase</source>
        <translation>Confirmar la frase de contraseña del nuevo facilitador</translation>
    </message>
    <message>
        <source>Add a facilitator</source>
        <translation>Añadir un facilitador</translation>
    </message>
    <message>
        <source>Please hand the keyboard to your co-facilitator</source>
        <translation>Pasa el teclado a la otra persona facilitadora, por favor</translation>
    </message>
    <message>
        <source>They choose their own handle and passphrase here, and nobody else needs to see them. Their passphrase opens the whole group&apos;s records, so it should be theirs alone. Afterwards they will get a recovery code to write down.</source>
        <translation>Aquí elige su propio alias y frase de contraseña, y nadie más necesita verlos. Su frase de contraseña abre todos los registros del grupo, así que debe ser solo suya. Después recibirá un código de recuperación para anotar.</translation>
    </message>
    <message>
        <source>New facilitator&apos;s handle</source>
        <translation>Alias del nuevo facilitador</translation>
    </message>
    <message>
        <source>&amp;Handle:</source>
        <translation>A&amp;lias:</translation>
    </message>
    <message>
        <source>A nickname they will type to unlock. It is never shown on the lock screen.</source>
        <translation>Un apodo que escribirá para desbloquear. Nunca se muestra en la pantalla de bloqueo.</translation>
    </message>
    <message>
        <source>Handle message</source>
        <translation>Mensaje sobre el alias</translation>
    </message>
    <message>
        <source>Setting up the new facilitator&apos;s keys…</source>
        <translation>Preparando las llaves del nuevo facilitador…</translation>
    </message>
    <message>
        <source>The new facilitator is set up. Now they copy down their recovery code.</source>
        <translation>El nuevo facilitador ya está listo. Ahora le toca anotar su código de recuperación.</translation>
    </message>
    <message>
        <source>Recovery code for the new facilitator</source>
        <translation>Código de recuperación del nuevo facilitador</translation>
    </message>
    <message>
        <source>The new facilitator has been added. They can unlock with their own handle and passphrase.</source>
        <translation>Se ha añadido el nuevo facilitador. Puede desbloquear con su propio alias y frase de contraseña.</translation>
    </message>
</context>
<context>
    <name>AgreementTemplateDialog</name>
    <message>
        <source>Start the group agreement</source>
        <translation>Empezar el acuerdo del grupo</translation>
    </message>
    <message>
        <source>How would you like to start?</source>
        <translation>¿Cómo te gustaría empezar?</translation>
    </message>
    <message>
        <source>Each template is a starting point written in plain words. You can change any line before the group adopts it.</source>
        <translation>Cada plantilla es un punto de partida escrito con palabras sencillas. Puedes cambiar cualquier línea antes de que el grupo la apruebe.</translation>
    </message>
    <message>
        <source>A blank page</source>
        <translation>Una página en blanco</translation>
    </message>
    <message>
        <source>Write your own agreement from scratch.</source>
        <translation>Escribe un acuerdo propio desde cero.</translation>
    </message>
    <message>
        <source>What it says:</source>
        <translation>Qué dice:</translation>
    </message>
    <message>
        <source>Template wording</source>
        <translation>Texto de la plantilla</translation>
    </message>
    <message>
        <source>&amp;Start draft</source>
        <translation>&amp;Empezar el borrador</translation>
    </message>
    <message>
        <source>You write each guideline on its own line.</source>
        <translation>Escribe cada pauta en su propia línea.</translation>
    </message>
</context>
<context>
    <name>AgreementView</name>
    <message>
        <source>Group agreement</source>
        <extracomment>A history row&apos;s key: (&quot;version&quot;, number) or (&quot;draft&quot;, draft id).</extracomment>
        <translation>Acuerdo del grupo</translation>
    </message>
    <message>
        <source>The guidelines your group agrees to and reads together at meetings. Adopted versions never change: to change the wording, start an amendment, and the group adopts it as a new version.</source>
        <translation>Las pautas que tu grupo acuerda y lee en las reuniones. Las versiones aprobadas no cambian nunca: para cambiar el texto, empieza una modificación y el grupo la aprueba como una nueva versión.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Cargando</translation>
    </message>
    <message>
        <source>When the app locked, this draft had changes that were not saved yet. They were kept safely and are back in the editor: save the draft to keep them, or go back to the wording saved before.</source>
        <translation>Cuando la aplicación se bloqueó, este borrador tenía cambios sin guardar. Se han conservado de forma segura y están de vuelta en el editor: guarda el borrador para quedártelos, o vuelve al texto guardado antes.</translation>
    </message>
    <message>
        <source>Changes kept when the app locked</source>
        <translation>Cambios conservados al bloquearse la aplicación</translation>
    </message>
    <message>
        <source>&amp;Go back to the saved wording</source>
        <translation>&amp;Volver al texto guardado</translation>
    </message>
    <message>
        <source>Show the saved version of this draft instead of what you typed</source>
        <translation>Mostrar la versión guardada de este borrador en lugar de lo que escribiste</translation>
    </message>
    <message>
        <source>Your group hasn&apos;t written its agreement in SafeSpace yet.</source>
        <translation>Tu grupo aún no ha escrito su acuerdo en SafeSpace.</translation>
    </message>
    <message>
        <source>A group agreement sets out how everyone looks after each other: keeping what is shared private, listening without judging, and letting everyone have a turn. You can start from one of three templates written in plain words, or from a blank page. Nothing is final until the group adopts it.</source>
        <translation>Un acuerdo del grupo recoge cómo nos cuidamos mutuamente: mantener en privado lo que se comparte, escuchar sin juzgar y dejar que cada persona tenga su turno. Puedes empezar con una de las tres plantillas escritas con palabras sencillas, o con una página en blanco. Nada es definitivo hasta que el grupo lo aprueba.</translation>
    </message>
    <message>
        <source>&amp;Start from a template…</source>
        <translation>&amp;Empezar con una plantilla…</translation>
    </message>
    <message>
        <source>Versions and drafts</source>
        <translation>Versiones y borradores</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>Start from a te&amp;mplate…</source>
        <translation>Empezar con una pla&amp;ntilla…</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Version and adoption date</source>
        <translation>Versión y fecha de aprobación</translation>
    </message>
    <message>
        <source>Agreement at meetings</source>
        <translation>El acuerdo en las reuniones</translation>
    </message>
    <message>
        <source>Adopted versions are read-only, so everyone can trust what was agreed. To change the wording, press “Amend…”.</source>
        <translation>Las versiones aprobadas son de solo lectura, para que todo el mundo pueda confiar en lo acordado. Para cambiar el texto, pulsa «Modificar…».</translation>
    </message>
    <message>
        <source>Agreement wording</source>
        <translation>Texto del acuerdo</translation>
    </message>
    <message>
        <source>Summary of differences</source>
        <translation>Resumen de las diferencias</translation>
    </message>
    <message>
        <source>Differences from the previous version</source>
        <translation>Diferencias con la versión anterior</translation>
    </message>
    <message>
        <source>Agreement or differences</source>
        <translation>Acuerdo o diferencias</translation>
    </message>
    <message>
        <source>The a&amp;greement</source>
        <translation>El &amp;acuerdo</translation>
    </message>
    <message>
        <source>Di&amp;fferences from the previous version</source>
        <translation>Di&amp;ferencias con la versión anterior</translation>
    </message>
    <message>
        <source>&amp;Amend…</source>
        <translation>&amp;Modificar…</translation>
    </message>
    <message>
        <source>Start a draft from this version&apos;s wording</source>
        <translation>Empezar un borrador con el texto de esta versión</translation>
    </message>
    <message>
        <source>&amp;Record agreement at a meeting…</source>
        <translation>&amp;Registrar el acuerdo en una reunión…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>About this draft</source>
        <translation>Sobre este borrador</translation>
    </message>
    <message>
        <source>Agreement title</source>
        <translation>Título del acuerdo</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Agreement wording, one guideline per line</source>
        <translation>Texto del acuerdo, una pauta por línea</translation>
    </message>
    <message>
        <source>&amp;Wording, one guideline per line:</source>
        <translation>T&amp;exto, una pauta por línea:</translation>
    </message>
    <message>
        <source>Summary of changes so far</source>
        <translation>Resumen de los cambios hasta ahora</translation>
    </message>
    <message>
        <source>Changes so far</source>
        <translation>Cambios hasta ahora</translation>
    </message>
    <message>
        <source>Wording or changes so far</source>
        <translation>Texto o cambios hasta ahora</translation>
    </message>
    <message>
        <source>W&amp;ording</source>
        <translation>Te&amp;xto</translation>
    </message>
    <message>
        <source>&amp;Changes so far</source>
        <translation>&amp;Cambios hasta ahora</translation>
    </message>
    <message>
        <source>Whether the draft is saved</source>
        <translation>Si el borrador está guardado</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>&amp;Guardar borrador</translation>
    </message>
    <message>
        <source>&amp;Discard draft…</source>
        <translation>&amp;Descartar borrador…</translation>
    </message>
    <message>
        <source>Adopt as &amp;version 1…</source>
        <translation>Apro&amp;bar como versión 1…</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Preparing the demo group…</source>
        <translation>Preparando el grupo de demostración…</translation>
    </message>
    <message>
        <source>Demo group</source>
        <translation>Grupo de demostración</translation>
    </message>
    <message>
        <source>This vault&apos;s disk can&apos;t be written to, so it opens for reading only.</source>
        <translation>No se puede escribir en el disco de esta caja fuerte, así que se abre solo para lectura.</translation>
    </message>
    <message>
        <source>Opening the vault…</source>
        <translation>Abriendo la caja fuerte…</translation>
    </message>
    <message>
        <source>1 failed attempt since your last unlock.</source>
        <translation>1 intento fallido desde la última vez que desbloqueaste.</translation>
    </message>
    <message>
        <source>%1 failed attempts since your last unlock.</source>
        <translation>%1 intentos fallidos desde la última vez que desbloqueaste.</translation>
    </message>
    <message>
        <source>facilitator</source>
        <translation>facilitador</translation>
    </message>
    <message>
        <source>member</source>
        <translation>miembro</translation>
    </message>
    <message>
        <source>Unlocked: %1 (%2)</source>
        <translation>Desbloqueado: %1 (%2)</translation>
    </message>
    <message>
        <source>The backup was restored. Please unlock again.</source>
        <translation>Se ha restaurado la copia de seguridad. Desbloquea de nuevo, por favor.</translation>
    </message>
    <message>
        <source>Locked.</source>
        <translation>Bloqueado.</translation>
    </message>
    <message>
        <source>SafeSpace</source>
        <translation>SafeSpace</translation>
    </message>
    <message>
        <source>About SafeSpace</source>
        <translation>Acerca de SafeSpace</translation>
    </message>
    <message>
        <source>SafeSpace Desktop %1

An offline companion for peer support groups. It never connects to the internet.</source>
        <translation>SafeSpace Desktop %1

Una aplicación sin conexión para grupos de apoyo mutuo. Nunca se conecta a internet.</translation>
    </message>
    <message>
        <source>How your privacy is protected</source>
        <translation>Cómo se protege tu privacidad</translation>
    </message>
    <message>
        <source>Everything you type is encrypted before it is saved on this computer.

Facilitators hold the key to the group&apos;s records. Each member&apos;s private space has its own key, protected only by that member&apos;s passphrase and recovery code, so no facilitator can open it.

The vault locks itself when nobody has used it for a few minutes. Press Ctrl+L to lock, or F12 to hide at once.

If you lose your passphrase, your recovery code lets you in once. Without either, a member&apos;s private space cannot be opened by anyone.

SafeSpace never connects to any network.</source>
        <translation>Todo lo que escribes se cifra antes de guardarse en esta computadora.

Los facilitadores tienen la llave de los registros del grupo. El espacio privado de cada miembro tiene su propia llave, protegida solo por la frase de contraseña y el código de recuperación de ese miembro, así que ningún facilitador puede abrirlo.

La caja fuerte se bloquea sola cuando nadie la ha usado durante unos minutos. Pulsa Ctrl+L para bloquear, o F12 para ocultarla al instante.

Si pierdes tu frase de contraseña, tu código de recuperación te deja entrar una vez. Sin ninguno de los dos, nadie puede abrir el espacio privado de un miembro.

SafeSpace nunca se conecta a ninguna red.</translation>
    </message>
</context>
<context>
    <name>AttachmentsView</name>
    <message>
        <source>Attachments</source>
        <translation>Archivos adjuntos</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Archivos adjuntos</translation>
    </message>
    <message>
        <source>No files are attached.</source>
        <translation>No hay archivos adjuntos.</translation>
    </message>
    <message>
        <source>No attachments</source>
        <translation>Sin adjuntos</translation>
    </message>
    <message>
        <source>&amp;Add a file…</source>
        <translation>&amp;Añadir un archivo…</translation>
    </message>
    <message>
        <source>PDFs, pictures (PNG, JPEG, GIF, WebP) and plain text, up to 25 MB</source>
        <translation>PDF, imágenes (PNG, JPEG, GIF, WebP) y texto sin formato, hasta 25 MB</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Guardar una &amp;copia…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Attachments message</source>
        <translation>Mensaje sobre los adjuntos</translation>
    </message>
    <message>
        <source>Shown attachment</source>
        <translation>Adjunto mostrado</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Text of the attachment</source>
        <translation>Texto del adjunto</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>C&amp;errar</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <source>People at this meeting; choose one for a hand or a late arrival</source>
        <translation>Personas en esta reunión; elige a una para una mano levantada o una llegada tarde</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>%1 here</source>
        <translation>Presentes: %1</translation>
    </message>
</context>
<context>
    <name>AttendanceView</name>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Mark who came. A name is kept only for members who agreed to keep their attendance history; everyone else is counted below without a name. In the list, press P for present, L for came late, A for sent apologies and Delete to clear.</source>
        <translation>Marca quién vino. Solo se guarda el nombre de los miembros que aceptaron guardar su historial de asistencia; a los demás se les cuenta abajo sin nombre. En la lista, pulsa P para presente, L para llegó tarde, A para se excusó y Supr para borrar la marca.</translation>
    </message>
    <message>
        <source>Attendance checklist</source>
        <translation>Lista de asistencia</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Select all rows</source>
        <translation>Seleccionar todas las filas</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>Pr&amp;esente</translation>
    </message>
    <message>
        <source>&amp;Came late</source>
        <translation>&amp;Llegó tarde</translation>
    </message>
    <message>
        <source>Sent &amp;apologies</source>
        <translation>Se excusó</translation>
    </message>
    <message>
        <source>Cl&amp;ear mark</source>
        <translation>&amp;Borrar marca</translation>
    </message>
    <message>
        <source>Counted without names</source>
        <translation>Contados sin nombre</translation>
    </message>
    <message>
        <source>Others present</source>
        <translation>Otras personas presentes</translation>
    </message>
    <message>
        <source>Others who came late</source>
        <translation>Otras personas que llegaron tarde</translation>
    </message>
    <message>
        <source>Others who sent apologies</source>
        <translation>Otras personas que se excusaron</translation>
    </message>
    <message>
        <source>Newcomers</source>
        <translation>Personas nuevas</translation>
    </message>
    <message>
        <source>Others p&amp;resent:</source>
        <translation>Ot&amp;ras personas presentes:</translation>
    </message>
    <message>
        <source>Others who ca&amp;me late:</source>
        <translation>Otras que llegaron &amp;tarde:</translation>
    </message>
    <message>
        <source>Ne&amp;wcomers:</source>
        <translation>Personas nue&amp;vas:</translation>
    </message>
    <message>
        <source>Sa&amp;ve counts</source>
        <translation>G&amp;uardar recuentos</translation>
    </message>
    <message>
        <source>&amp;Large print</source>
        <translation>Letra &amp;grande</translation>
    </message>
    <message>
        <source>Print sign-in s&amp;heet…</source>
        <translation>Imprimir hoja de &amp;firmas…</translation>
    </message>
    <message>
        <source>Others who sent apolog&amp;ies:</source>
        <translation>Otras &amp;que se excusaron:</translation>
    </message>
    <message>
        <source>Show the counts as saved now instead of yours</source>
        <translation>Mostrar los recuentos guardados ahora en lugar de los tuyos</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totales</translation>
    </message>
    <message>
        <source>The sheet lists first names or chosen names only, never surnames or contact details, with blank rows for newcomers. </source>
        <translation>La hoja muestra solo nombres de pila o nombres elegidos, nunca apellidos ni datos de contacto, con filas en blanco para las personas nuevas. </translation>
    </message>
    <message>
        <source>About the sign-in sheet</source>
        <translation>Sobre la hoja de firmas</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>People on the roster</source>
        <translation>Personas en la lista de miembros</translation>
    </message>
    <message>
        <source>Consent records</source>
        <translation>Registros de consentimiento</translation>
    </message>
    <message>
        <source>Consent wordings</source>
        <translation>Textos de consentimiento</translation>
    </message>
    <message>
        <source>Check-in pairs</source>
        <translation>Parejas de apoyo</translation>
    </message>
    <message>
        <source>Roster settings</source>
        <translation>Ajustes de la lista de miembros</translation>
    </message>
    <message>
        <source>Group agreement records</source>
        <translation>Registros del acuerdo del grupo</translation>
    </message>
    <message>
        <source>Group prompts</source>
        <translation>Preguntas de reflexión del grupo</translation>
    </message>
    <message>
        <source>Group settings</source>
        <translation>Ajustes del grupo</translation>
    </message>
    <message>
        <source>Facilitator records</source>
        <translation>Registros de facilitadores</translation>
    </message>
    <message>
        <source>Crisis lines</source>
        <translation>Líneas de crisis</translation>
    </message>
    <message>
        <source>Unsaved form drafts</source>
        <translation>Borradores de formularios sin guardar</translation>
    </message>
</context>
<context>
    <name>BackupsController</name>
    <message>
        <source>Backing up the vault…</source>
        <translation>Haciendo una copia de seguridad de la caja fuerte…</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Comprobando la copia de seguridad…</translation>
    </message>
    <message>
        <source>Choose a folder for backups</source>
        <translation>Elige una carpeta para las copias de seguridad</translation>
    </message>
    <message>
        <source>Preparing the restore…</source>
        <translation>Preparando la restauración…</translation>
    </message>
</context>
<context>
    <name>BackupsView</name>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>SafeSpace keeps a copy of this vault when a facilitator locks it or closes the app, at most once a day. Each copy is encrypted exactly like the vault: the group&apos;s records need a facilitator&apos;s passphrase, and each member&apos;s journal still opens only with that member&apos;s own passphrase. The newest copy of each of the last 7 days and of each of the last 4 weeks is kept.</source>
        <translation>SafeSpace guarda una copia de esta caja fuerte cuando un facilitador la bloquea o cierra la aplicación, como mucho una vez al día. Cada copia está cifrada igual que la caja fuerte: los registros del grupo necesitan la frase de contraseña de un facilitador, y el diario de cada miembro sigue abriéndose solo con la frase de contraseña de ese miembro. Se conserva la copia más reciente de cada uno de los últimos 7 días y de cada una de las últimas 4 semanas.</translation>
    </message>
    <message>
        <source>Where backups go</source>
        <translation>Dónde van las copias</translation>
    </message>
    <message>
        <source>C&amp;hoose a folder…</source>
        <translation>&amp;Elegir una carpeta…</translation>
    </message>
    <message>
        <source>Choose a folder for backups</source>
        <translation>Elige una carpeta para las copias de seguridad</translation>
    </message>
    <message>
        <source>For example a USB stick you keep safe, away from this computer</source>
        <translation>Por ejemplo, una memoria USB que guardes en un lugar seguro, lejos de esta computadora</translation>
    </message>
    <message>
        <source>&amp;Use this computer&apos;s data folder</source>
        <translation>&amp;Usar la carpeta de datos de esta computadora</translation>
    </message>
    <message>
        <source>Keep backups in this computer&apos;s data folder</source>
        <translation>Guardar las copias en la carpeta de datos de esta computadora</translation>
    </message>
    <message>
        <source>Backups of this vault</source>
        <translation>Copias de seguridad de esta caja fuerte</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>&amp;Backups, newest first:</source>
        <translation>&amp;Copias, de la más reciente a la más antigua:</translation>
    </message>
    <message>
        <source>There are no backups of this vault yet.</source>
        <translation>Aún no hay copias de seguridad de esta caja fuerte.</translation>
    </message>
    <message>
        <source>No backups yet</source>
        <translation>Aún no hay copias</translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translation>Hacer copia a&amp;hora</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Hacer copia ahora</translation>
    </message>
    <message>
        <source>&amp;Check this backup</source>
        <translation>Com&amp;probar esta copia</translation>
    </message>
    <message>
        <source>Check the chosen backup</source>
        <translation>Comprobar la copia elegida</translation>
    </message>
    <message>
        <source>&amp;Restore this backup…</source>
        <translation>&amp;Restaurar esta copia…</translation>
    </message>
    <message>
        <source>Restore the chosen backup</source>
        <translation>Restaurar la copia elegida</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>CalendarPanel</name>
    <message>
        <source>Calendar of entries</source>
        <translation>Calendario de entradas</translation>
    </message>
    <message>
        <source>Days with entries are bold and underlined. Pick a day to see its entries.</source>
        <translation>Los días con entradas aparecen en negrita y subrayados. Elige un día para ver sus entradas.</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Mes anterior</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mes siguiente</translation>
    </message>
    <message>
        <source>Days with entries in %1: %2.</source>
        <translation>Días con entradas en %1: %2.</translation>
    </message>
    <message>
        <source>No entries in %1.</source>
        <translation>No hay entradas en %1.</translation>
    </message>
</context>
<context>
    <name>CareView</name>
    <message>
        <source>Care kit</source>
        <translation>Kit de cuidado</translation>
    </message>
    <message>
        <source>Looking after the group starts with looking after yourself. What you write here stays in your own reflections; only the checklist is shared.</source>
        <translation>Cuidar del grupo empieza por cuidarte a ti. Lo que escribas aquí se queda en tus propias reflexiones; solo se comparte la lista del relevo.</translation>
    </message>
    <message>
        <source>Which meeting the debrief is about</source>
        <translation>De qué reunión trata el repaso</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>Reu&amp;nión:</translation>
    </message>
    <message>
        <source>After a meeting: a debrief</source>
        <translation>Después de una reunión: un repaso</translation>
    </message>
    <message>
        <source>Care kit sections</source>
        <translation>Secciones del kit de cuidado</translation>
    </message>
    <message>
        <source>&amp;Debrief</source>
        <translation>&amp;Repaso</translation>
    </message>
    <message>
        <source>&amp;Self-check</source>
        <translation>&amp;Cómo me encuentro</translation>
    </message>
    <message>
        <source>S&amp;uccession checklist</source>
        <translation>&amp;Lista del relevo</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nueva frase de contraseña:</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Con&amp;firm new passphrase:</source>
        <translation>Con&amp;firmar la nueva frase:</translation>
    </message>
    <message>
        <source>Confirm new passphrase</source>
        <translation>Confirmar la nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Type the passphrase you use now, then choose a new one. Everything you keep stays exactly as it is; only the lock on your keys changes.</source>
        <translation>Escribe la frase de contraseña que usas ahora y luego elige una nueva. Todo lo que guardas se queda exactamente igual; solo cambia el cierre de tus llaves.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>Frase de contraseña &amp;actual:</translation>
    </message>
    <message>
        <source>Protecting your keys with the new passphrase…</source>
        <translation>Protegiendo tus llaves con la nueva frase de contraseña…</translation>
    </message>
    <message>
        <source>Your passphrase has been changed. Use the new one next time you unlock.</source>
        <translation>Tu frase de contraseña se ha cambiado. Usa la nueva la próxima vez que desbloquees.</translation>
    </message>
    <message>
        <source>That isn&apos;t your current passphrase, so nothing has been changed. Please type the one you used to unlock today.</source>
        <translation>Esa no es tu frase de contraseña actual, así que no se ha cambiado nada. Escribe, por favor, la que usaste hoy para desbloquear.</translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <source>When someone new takes over: the succession checklist</source>
        <translation>Cuando alguien nuevo toma el relevo: la lista del relevo</translation>
    </message>
    <message>
        <source>Facilitators move on, and groups last when the next person is ready before they are needed. Tick each step when it is done.</source>
        <translation>Los facilitadores cambian, y los grupos perduran cuando la siguiente persona está preparada antes de que se la necesite. Marca cada paso cuando esté hecho.</translation>
    </message>
    <message>
        <source>Checklist progress</source>
        <translation>Progreso de la lista</translation>
    </message>
</context>
<context>
    <name>ClaimInvitationScreen</name>
    <message>
        <source>Set up your own space</source>
        <translation>Prepara tu propio espacio</translation>
    </message>
    <message>
        <source>A facilitator gave you an invitation code. With it you make your own account: a private journal and safety plan that only you can open.</source>
        <translation>Un facilitador te ha dado un código de invitación. Con él creas tu propia cuenta: un diario privado y un plan de seguridad que solo tú puedes abrir.</translation>
    </message>
    <message>
        <source>&amp;Create my account</source>
        <translation>&amp;Crear mi cuenta</translation>
    </message>
    <message>
        <source>Setting up your private space… this takes a few seconds.</source>
        <translation>Preparando tu espacio privado… tarda unos segundos.</translation>
    </message>
    <message>
        <source>Your account is ready. One last step: write down your handle, and your recovery code, which is the only way back in if you ever forget your passphrase.</source>
        <translation>Tu cuenta está lista. Un último paso: anota tu alias y tu código de recuperación, que es la única forma de volver a entrar si alguna vez olvidas tu frase de contraseña.</translation>
    </message>
    <message>
        <source>Continue to &amp;my space</source>
        <translation>Continuar a &amp;mi espacio</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Código de invitación</translation>
    </message>
    <message>
        <source>&amp;Invitation code:</source>
        <translation>Código de &amp;invitación:</translation>
    </message>
    <message>
        <source>It looks like ABCDE-12345. Capital letters and dashes don&apos;t matter.</source>
        <translation>Tiene este aspecto: ABCDE-12345. Las mayúsculas y los guiones dan igual.</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Choose a &amp;handle:</source>
        <translation>Elige un &amp;alias:</translation>
    </message>
    <message>
        <source>A nickname you type to unlock, such as “sunflower”; it need not be your name. The app adds a short number to it, which you will see next.</source>
        <translation>Un apodo que escribes para desbloquear, como «girasol»; no hace falta que sea tu nombre. La aplicación le añade un número corto, que verás a continuación.</translation>
    </message>
    <message>
        <source>Your journal is yours alone. Nobody — not even the facilitators — can read it or reset this passphrase. If you forget it, the recovery code you will see next is the only way back in.</source>
        <translation>Tu diario es solo tuyo. Nadie, ni siquiera los facilitadores, puede leerlo ni restablecer esta frase de contraseña. Si la olvidas, el código de recuperación que verás a continuación es la única forma de volver a entrar.</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <source>The button becomes available once your handle and the group you type match.</source>
        <translation>El botón se activa cuando coinciden tu alias y el grupo que escribes.</translation>
    </message>
    <message>
        <source>This is your handle. You type it, number and all, every time you unlock. Everyone&apos;s handle gets a number like this, so no two people share one.</source>
        <translation>Este es tu alias. Lo escribes, con el número incluido, cada vez que desbloqueas. El alias de cada persona lleva un número así, para que no haya dos iguales.</translation>
    </message>
    <message>
        <source>Your handle</source>
        <translation>Tu alias</translation>
    </message>
    <message>
        <source>To check you have it, please type your &amp;whole handle:</source>
        <translation>Para comprobar que lo tienes, escribe tu alias com&amp;pleto:</translation>
    </message>
    <message>
        <source>Your whole handle, typed again</source>
        <translation>Tu alias completo, escrito de nuevo</translation>
    </message>
    <message>
        <source>Handle check</source>
        <translation>Comprobación del alias</translation>
    </message>
    <message>
        <source>✓ That matches.</source>
        <translation>✓ Coincide.</translation>
    </message>
    <message>
        <source>That doesn&apos;t match yet — please check the number at the end.</source>
        <translation>Todavía no coincide: revisa el número del final.</translation>
    </message>
</context>
<context>
    <name>ClosingPanel</name>
    <message>
        <source>A safety pause was used today. A short debrief helps: what went well, what was hard, how you are, and who needs a follow-up.</source>
        <translation>Hoy se ha usado una pausa de seguridad. Un breve repaso ayuda: qué fue bien, qué fue difícil, cómo estás y quién necesita un seguimiento.</translation>
    </message>
    <message>
        <source>Would a short debrief help? It stays in your own reflections.</source>
        <translation>¿Te ayudaría un breve repaso? Se guarda en tus propias reflexiones.</translation>
    </message>
    <message>
        <source>Write a &amp;debrief in my reflections</source>
        <translation>Escribir un &amp;repaso en mis reflexiones</translation>
    </message>
    <message>
        <source>Write a debrief in my reflections</source>
        <translation>Escribir un repaso en mis reflexiones</translation>
    </message>
    <message>
        <source>Add a &amp;follow-up…</source>
        <translation>Añadir un &amp;seguimiento…</translation>
    </message>
    <message>
        <source>Add a follow-up on the Home page</source>
        <translation>Añadir un seguimiento en la página de Inicio</translation>
    </message>
    <message>
        <source>How the meeting went</source>
        <translation>Cómo fue la reunión</translation>
    </message>
</context>
<context>
    <name>CodePage</name>
    <message>
        <source>Your recovery code</source>
        <translation>Tu código de recuperación</translation>
    </message>
    <message>
        <source>Please write it down before you finish.</source>
        <translation>Anótalo, por favor, antes de terminar.</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitador</translation>
    </message>
    <message>
        <source>Consent record</source>
        <translation>Registro de consentimiento</translation>
    </message>
    <message>
        <source>Consent wording</source>
        <translation>Texto de consentimiento</translation>
    </message>
    <message>
        <source>Check-in pair</source>
        <translation>Pareja de apoyo</translation>
    </message>
    <message>
        <source>Roster settings</source>
        <translation>Ajustes de la lista de miembros</translation>
    </message>
    <message>
        <source>Group agreement draft</source>
        <translation>Borrador del acuerdo del grupo</translation>
    </message>
    <message>
        <source>Group agreement</source>
        <translation>Acuerdo del grupo</translation>
    </message>
    <message>
        <source>Agreement affirmation</source>
        <translation>Conformidad con el acuerdo</translation>
    </message>
    <message>
        <source>Group settings</source>
        <translation>Ajustes del grupo</translation>
    </message>
    <message>
        <source>Reflection prompt</source>
        <translation>Pregunta de reflexión</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Punto del orden del día</translation>
    </message>
    <message>
        <source>Coping resource</source>
        <translation>Recurso de afrontamiento</translation>
    </message>
    <message>
        <source>Notes after the meeting</source>
        <translation>Notas tras la reunión</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Meeting schedule</source>
        <translation>Calendario de reuniones</translation>
    </message>
    <message>
        <source>Agenda template</source>
        <translation>Plantilla de orden del día</translation>
    </message>
    <message>
        <source>Topic for a meeting</source>
        <translation>Tema para una reunión</translation>
    </message>
    <message>
        <source>Head counts of a meeting</source>
        <translation>Recuentos de asistencia de una reunión</translation>
    </message>
    <message>
        <source>How the meeting went</source>
        <translation>Cómo fue la reunión</translation>
    </message>
    <message>
        <source>Rota for a meeting</source>
        <translation>Turnos de una reunión</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Access note</source>
        <translation>Nota de accesibilidad</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Pronombres</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Nombre del grupo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <source>Kept text</source>
        <translation>Texto conservado</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presente</translation>
    </message>
    <message>
        <source>Came late</source>
        <translation>Llegó tarde</translation>
    </message>
    <message>
        <source>Sent apologies</source>
        <translation>Se excusó</translation>
    </message>
    <message>
        <source>Newcomers</source>
        <translation>Personas nuevas</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Próxima reunión</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Voluntarios</translation>
    </message>
    <message>
        <source>Final notes</source>
        <translation>Notas finales</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Leer en voz alta</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Dirige</translation>
    </message>
    <message>
        <source>Supports</source>
        <translation>Apoya</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Sustituye</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <source>Conflicts to resolve</source>
        <translation>Conflictos por resolver</translation>
    </message>
    <message>
        <source>Sometimes two facilitators change the same thing on different computers before they sync. Nothing is lost: both versions are kept here until you choose one, or write a version that combines them. Your choice reaches the other computers with the next sync.</source>
        <translation>A veces dos facilitadores cambian lo mismo en computadoras distintas antes de sincronizar. No se pierde nada: las dos versiones se guardan aquí hasta que elijas una, o escribas una versión que las combine. Tu elección llega a las demás computadoras en la próxima sincronización.</translation>
    </message>
    <message>
        <source>How many conflicts</source>
        <translation>Cuántos conflictos hay</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>C&amp;onflicts:</source>
        <translation>C&amp;onflictos:</translation>
    </message>
    <message>
        <source>Chosen conflict</source>
        <translation>Conflicto elegido</translation>
    </message>
    <message>
        <source>Or &amp;write a version that combines them:</source>
        <translation>O &amp;escribe una versión que las combine:</translation>
    </message>
    <message>
        <source>Combined version</source>
        <translation>Versión combinada</translation>
    </message>
    <message>
        <source>Start from &amp;both versions</source>
        <translation>Empezar con &amp;las dos versiones</translation>
    </message>
    <message>
        <source>Keep &amp;this combination</source>
        <translation>Quedarse con esta &amp;combinación</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>(shown for now)</source>
        <translation>(se muestra por ahora)</translation>
    </message>
    <message>
        <source>&amp;Keep version %1</source>
        <translation>&amp;Quedarse con la versión %1</translation>
    </message>
    <message>
        <source>Keep version %1 of %2</source>
        <translation>Quedarse con la versión %1 de %2</translation>
    </message>
</context>
<context>
    <name>ConsentActions</name>
    <message>
        <source>Withdraw…</source>
        <translation>Retirar…</translation>
    </message>
    <message>
        <source>Withdraw consent: %1</source>
        <translation>Retirar consentimiento: %1</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>No dado</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>Registrar consentimiento…</translation>
    </message>
    <message>
        <source>Record consent: %1</source>
        <translation>Registrar consentimiento: %1</translation>
    </message>
    <message>
        <source>Yes, since %1</source>
        <translation>Sí, desde el %1</translation>
    </message>
    <message>
        <source>%1, wording version %2</source>
        <translation>%1, versión del texto %2</translation>
    </message>
    <message>
        <source>Consent recorded: %1.</source>
        <translation>Consentimiento registrado: %1.</translation>
    </message>
    <message>
        <source>Withdraw consent?</source>
        <translation>¿Retirar el consentimiento?</translation>
    </message>
    <message>
        <source>Withdraw %1&apos;s consent to “%2”?

%3

This cannot be undone.</source>
        <translation>¿Retirar el consentimiento de %1 a «%2»?

%3

Esto no se puede deshacer.</translation>
    </message>
    <message>
        <source>&amp;Withdraw and erase</source>
        <translation>&amp;Retirar y borrar</translation>
    </message>
    <message>
        <source>Consent withdrawn: %1. What it covered was erased.</source>
        <translation>Consentimiento retirado: %1. Se ha borrado lo que cubría.</translation>
    </message>
</context>
<context>
    <name>ConsentLogModel</name>
    <message>
        <source>Purpose</source>
        <translation>Finalidad</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Dado</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>wording version %1</source>
        <translation>versión del texto %1</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <source>Read this with them. Yes and no are both fine.</source>
        <translation>Léelo con esta persona. Tanto sí como no está bien.</translation>
    </message>
    <message>
        <source>What they are asked: %1</source>
        <translation>Lo que se le pregunta: %1</translation>
    </message>
    <message>
        <source>&amp;Yes, they agree</source>
        <translation>&amp;Sí, está de acuerdo</translation>
    </message>
    <message>
        <source>No, not n&amp;ow</source>
        <translation>No, &amp;ahora no</translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation>Sí: %1</translation>
    </message>
    <message>
        <source>No: %1</source>
        <translation>No: %1</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Best time to reach them</source>
        <translation>Mejor momento para contactar</translation>
    </message>
    <message>
        <source>for example: weekday evenings</source>
        <translation>por ejemplo: tardes entre semana</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>No se ha preguntado</translation>
    </message>
    <message>
        <source>Yes, a message is OK</source>
        <translation>Sí, se puede dejar un mensaje</translation>
    </message>
    <message>
        <source>No messages, please</source>
        <translation>Sin mensajes, por favor</translation>
    </message>
    <message>
        <source>Is it OK to leave a message?</source>
        <translation>¿Se puede dejar un mensaje?</translation>
    </message>
    <message>
        <source>About contact details</source>
        <translation>Sobre los datos de contacto</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo:</translation>
    </message>
    <message>
        <source>Best &amp;time:</source>
        <translation>&amp;Mejor momento:</translation>
    </message>
    <message>
        <source>Leave a &amp;message?</source>
        <translation>¿Dejar un me&amp;nsaje?</translation>
    </message>
    <message>
        <source>Fill in only what they want to give. Every field is optional.</source>
        <translation>Rellena solo lo que quiera dar. Todos los campos son opcionales.</translation>
    </message>
    <message>
        <source>Contact details can only be kept if they say yes above, so these stay empty for now.</source>
        <translation>Los datos de contacto solo se pueden guardar si dice que sí arriba, así que por ahora se quedan vacíos.</translation>
    </message>
</context>
<context>
    <name>ConsentSection</name>
    <message>
        <source>What they agreed to, and the wording they were shown. Changes here are recorded straight away.</source>
        <translation>A qué ha dado su consentimiento, y el texto que se le mostró. Los cambios aquí se registran al momento.</translation>
    </message>
    <message>
        <source>%1: consent</source>
        <translation>%1: consentimiento</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>Registrar consentimiento…</translation>
    </message>
    <message>
        <source>Record consent: %1</source>
        <translation>Registrar consentimiento: %1</translation>
    </message>
    <message>
        <source>Consent log</source>
        <translation>Registro de consentimientos</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Aún no hay nada registrado.</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
</context>
<context>
    <name>ConsentWordingDialog</name>
    <message>
        <source>What newcomers are told</source>
        <translation>Lo que se cuenta a las personas nuevas</translation>
    </message>
    <message>
        <source>Newcomers see these texts when they are enrolled, in this order. Write them in plain, everyday words. Each time you save, a new version is kept; people who agreed earlier keep the version they were shown.</source>
        <translation>Las personas nuevas ven estos textos cuando se inscriben, en este orden. Escríbelos con palabras sencillas y cotidianas. Cada vez que guardas, se conserva una nueva versión; quienes aceptaron antes conservan la versión que se les mostró.</translation>
    </message>
    <message>
        <source>Which text</source>
        <translation>Qué texto</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;ítulo:</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>&amp;Wording:</source>
        <translation>Reda&amp;cción:</translation>
    </message>
    <message>
        <source>Save message</source>
        <translation>Mensaje de guardado</translation>
    </message>
    <message>
        <source>&amp;Save as a new version</source>
        <translation>&amp;Guardar como nueva versión</translation>
    </message>
    <message>
        <source>&amp;Undo my edits</source>
        <translation>&amp;Deshacer mis cambios</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recargar</translation>
    </message>
    <message>
        <source>Show the version saved meanwhile instead of what you typed</source>
        <translation>Mostrar la versión guardada entretanto en lugar de lo que escribiste</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Version %1, in use since %2.</source>
        <translation>Versión %1, en uso desde el %2.</translation>
    </message>
    <message>
        <source>Version %1, the text the app comes with.</source>
        <translation>Versión %1, el texto que trae la aplicación.</translation>
    </message>
    <message>
        <source>%1 earlier versions are kept.</source>
        <translation>Se conservan %1 versiones anteriores.</translation>
    </message>
    <message>
        <source>&amp;Save as version %1</source>
        <translation>&amp;Guardar como versión %1</translation>
    </message>
    <message>
        <source>Discard your edits?</source>
        <translation>¿Descartar tus cambios?</translation>
    </message>
    <message>
        <source>The text you changed is not saved yet. Discard your edits?</source>
        <translation>El texto que cambiaste aún no está guardado. ¿Descartar tus cambios?</translation>
    </message>
    <message>
        <source>&amp;Discard edits</source>
        <translation>&amp;Descartar cambios</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Seguir editando</translation>
    </message>
    <message>
        <source>✓ Saved as version %1.</source>
        <translation>✓ Guardado como versión %1.</translation>
    </message>
    <message>
        <source>Saved version %1 of “%2”.</source>
        <translation>Se ha guardado la versión %1 de «%2».</translation>
    </message>
    <message>
        <source>Close without saving?</source>
        <translation>¿Cerrar sin guardar?</translation>
    </message>
    <message>
        <source>The text you changed is not saved yet. Close without saving it?</source>
        <translation>El texto que cambiaste aún no está guardado. ¿Cerrar sin guardarlo?</translation>
    </message>
    <message>
        <source>&amp;Close without saving</source>
        <translation>&amp;Cerrar sin guardar</translation>
    </message>
</context>
<context>
    <name>Content</name>
    <message>
        <source>What is one small thing that went better than you expected today?</source>
        <translation>¿Qué es algo pequeño que hoy salió mejor de lo que esperabas?</translation>
    </message>
    <message>
        <source>Who made your day a little easier lately, and what did they do?</source>
        <translation>¿Quién te hizo el día un poco más fácil últimamente, y qué hizo?</translation>
    </message>
    <message>
        <source>Name something ordinary you would miss if it were gone.</source>
        <translation>Nombra algo cotidiano que echarías de menos si ya no estuviera.</translation>
    </message>
    <message>
        <source>What did your body let you do today that you are glad about?</source>
        <translation>¿Qué te permitió hacer hoy tu cuerpo que te alegra?</translation>
    </message>
    <message>
        <source>Think of a place where you feel at ease. What do you notice there?</source>
        <translation>Piensa en un lugar donde te sientas a gusto. ¿Qué notas allí?</translation>
    </message>
    <message>
        <source>What is a kindness you showed yourself this week?</source>
        <translation>¿Qué gesto amable tuviste contigo esta semana?</translation>
    </message>
    <message>
        <source>Which sound, smell or taste gave you a moment of comfort recently?</source>
        <translation>¿Qué sonido, olor o sabor te dio un momento de consuelo hace poco?</translation>
    </message>
    <message>
        <source>What do you know now that you did not know a year ago?</source>
        <translation>¿Qué sabes ahora que no sabías hace un año?</translation>
    </message>
    <message>
        <source>Write about a moment today when you smiled, however briefly.</source>
        <translation>Escribe sobre un momento de hoy en que sonreíste, aunque fuera brevemente.</translation>
    </message>
    <message>
        <source>When things feel heavy, what is one thing that helps, even a little?</source>
        <translation>Cuando las cosas pesan, ¿qué es algo que ayuda, aunque sea un poco?</translation>
    </message>
    <message>
        <source>What did you do today to look after yourself, however small?</source>
        <translation>¿Qué hiciste hoy para cuidarte, por pequeño que fuera?</translation>
    </message>
    <message>
        <source>Think of a time you got through something hard. What carried you?</source>
        <translation>Piensa en una vez en que superaste algo difícil. ¿Qué te sostuvo?</translation>
    </message>
    <message>
        <source>How does your body tell you that stress is building? How could you answer it gently?</source>
        <translation>¿Cómo te avisa tu cuerpo de que el estrés va en aumento? ¿Cómo podrías responderle con suavidad?</translation>
    </message>
    <message>
        <source>Notice three things you can see, two you can hear and one you can touch. How do you feel after noticing them?</source>
        <translation>Fíjate en tres cosas que puedas ver, dos que puedas oír y una que puedas tocar. ¿Cómo te sientes después de notarlas?</translation>
    </message>
    <message>
        <source>Which thought kept coming back today? What would you say to a friend who had it?</source>
        <translation>¿Qué pensamiento volvió una y otra vez hoy? ¿Qué le dirías a una amistad que lo tuviera?</translation>
    </message>
    <message>
        <source>What is one thing you could put down, just for tonight?</source>
        <translation>¿Qué es algo que podrías soltar, solo por esta noche?</translation>
    </message>
    <message>
        <source>What helps you rest? How could you make a little room for it tomorrow?</source>
        <translation>¿Qué te ayuda a descansar? ¿Cómo podrías hacerle un pequeño hueco mañana?</translation>
    </message>
    <message>
        <source>What is one small step you could take this week towards something that matters to you?</source>
        <translation>¿Qué pequeño paso podrías dar esta semana hacia algo que te importa?</translation>
    </message>
    <message>
        <source>Who do you feel most like yourself around? What makes that so?</source>
        <translation>¿Con quién te sientes más tú? ¿Qué hace que sea así?</translation>
    </message>
    <message>
        <source>Is there a conversation you keep putting off? What would you like to say?</source>
        <translation>¿Hay alguna conversación que sigues posponiendo? ¿Qué te gustaría decir?</translation>
    </message>
    <message>
        <source>Write about someone who believed in you. What did they see?</source>
        <translation>Escribe sobre alguien que creyó en ti. ¿Qué veía en ti?</translation>
    </message>
    <message>
        <source>How do you let people know you need support? Could it be easier?</source>
        <translation>¿Cómo haces saber a los demás que necesitas apoyo? ¿Podría ser más fácil?</translation>
    </message>
    <message>
        <source>Which boundary protects your energy? How did it hold up this week?</source>
        <translation>¿Qué límite protege tu energía? ¿Cómo resistió esta semana?</translation>
    </message>
    <message>
        <source>Think of someone you miss. What would you like them to know?</source>
        <translation>Piensa en alguien a quien echas de menos. ¿Qué te gustaría que supiera?</translation>
    </message>
    <message>
        <source>When did you last feel truly listened to? What did the other person do?</source>
        <translation>¿Cuándo fue la última vez que sentiste que te escuchaban de verdad? ¿Qué hizo la otra persona?</translation>
    </message>
    <message>
        <source>What kind of friend are you to yourself these days?</source>
        <translation>¿Qué clase de amistad te das a ti estos días?</translation>
    </message>
    <message>
        <source>What is one thing someone said at the meeting that stayed with you?</source>
        <translation>¿Qué es algo que alguien dijo en la reunión y que se quedó contigo?</translation>
    </message>
    <message>
        <source>How did you feel walking in, and how do you feel now?</source>
        <translation>¿Cómo te sentías al llegar y cómo te sientes ahora?</translation>
    </message>
    <message>
        <source>What did you share, or choose to keep to yourself? Both are fine. How does it sit with you?</source>
        <translation>¿Qué compartiste, o qué decidiste guardarte? Las dos cosas están bien. ¿Cómo te sientes con ello?</translation>
    </message>
    <message>
        <source>Is there something from the meeting you would like to try before the next one?</source>
        <translation>¿Hay algo de la reunión que te gustaría probar antes de la próxima?</translation>
    </message>
    <message>
        <source>Did something remind you that you are not alone? Write about it.</source>
        <translation>¿Hubo algo que te recordara que no estás a solas con esto? Escribe sobre ello.</translation>
    </message>
    <message>
        <source>What would you like to bring to the next meeting?</source>
        <translation>¿Qué te gustaría llevar a la próxima reunión?</translation>
    </message>
    <message>
        <source>What did you notice about the way you listened today?</source>
        <translation>¿Qué notaste hoy en tu forma de escuchar?</translation>
    </message>
    <message>
        <source>If you kept one take-away from today, what would it be?</source>
        <translation>Si te quedaras con una sola idea de hoy, ¿cuál sería?</translation>
    </message>
    <message>
        <source>What is making today hard? You can write it plainly: nobody else will read this.</source>
        <translation>¿Qué hace que hoy sea difícil? Puedes escribirlo tal cual: nadie más va a leer esto.</translation>
    </message>
    <message>
        <source>What do you need right now, even if you cannot have it yet?</source>
        <translation>¿Qué necesitas ahora mismo, aunque todavía no puedas tenerlo?</translation>
    </message>
    <message>
        <source>What has helped on hard days before, even a little?</source>
        <translation>¿Qué te ha ayudado antes en los días difíciles, aunque sea un poco?</translation>
    </message>
    <message>
        <source>Write a few kind words to yourself, the way you would to a friend having this day.</source>
        <translation>Escríbete unas palabras amables, como se las escribirías a una amistad que estuviera pasando un día así.</translation>
    </message>
    <message>
        <source>What is one small thing you could do in the next hour to look after yourself?</source>
        <translation>¿Qué es algo pequeño que podrías hacer en la próxima hora para cuidarte?</translation>
    </message>
    <message>
        <source>Who could you reach out to today, even just to say hello?</source>
        <translation>¿A quién podrías escribir o llamar hoy, aunque solo sea para saludar?</translation>
    </message>
    <message>
        <source>What would &apos;good enough&apos; look like for the rest of today?</source>
        <translation>¿Cómo sería «suficientemente bien» para el resto del día?</translation>
    </message>
    <message>
        <source>If this feeling were weather, what would it be? What might it turn into later?</source>
        <translation>Si este sentimiento fuera el tiempo que hace, ¿cómo sería? ¿En qué podría convertirse más tarde?</translation>
    </message>
    <message>
        <source>Look at your safety plan. Which step could you take right now?</source>
        <translation>Mira tu plan de seguridad. ¿Qué paso podrías dar ahora mismo?</translation>
    </message>
    <message>
        <source>Self-care check-in</source>
        <translation>Momento para cuidarte</translation>
    </message>
    <message>
        <source>How am I?


What was hard?


What do I need?

</source>
        <translation>¿Cómo estoy?


¿Qué fue difícil?


¿Qué necesito?

</translation>
    </message>
    <message>
        <source>Peer circle (informal, 90 min)</source>
        <translation>Círculo de apoyo mutuo (informal, 90 min)</translation>
    </message>
    <message>
        <source>A relaxed circle: welcome, agreement, check-in, topics, a break, check-out.</source>
        <translation>Un círculo tranquilo: bienvenida, acuerdo, ronda de apertura, temas, un descanso y ronda de cierre.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>Welcome, everyone, and a special welcome to anyone who is here for the first time. This is a peer support group: we are here as equals, to listen and to share what has helped us. Nobody has to speak, and you can leave or take a break whenever you need.</source>
        <translation>Bienvenida a todo el mundo, y una bienvenida especial a quien esté aquí por primera vez. Este es un grupo de apoyo mutuo: estamos aquí como iguales, para escuchar y compartir lo que nos ha ayudado. Nadie tiene que hablar, y puedes irte o tomarte un descanso siempre que lo necesites.</translation>
    </message>
    <message>
        <source>Our group agreement</source>
        <translation>Nuestro acuerdo del grupo</translation>
    </message>
    <message>
        <source>Let&apos;s remind ourselves of the agreement we made together. Please raise a hand if you are happy to keep to it today.</source>
        <translation>Recordemos el acuerdo que hicimos en grupo. Levanta la mano si te parece bien cumplirlo hoy.</translation>
    </message>
    <message>
        <source>Check-in round</source>
        <translation>Ronda de apertura</translation>
    </message>
    <message>
        <source>Let&apos;s go round the circle. Say your first name, and if you like, how your week has been and what you would like from today. You can always say “pass”.</source>
        <translation>Vamos a dar la vuelta al círculo. Di tu nombre de pila y, si quieres, cómo ha ido tu semana y qué te gustaría sacar de hoy. Siempre puedes decir «paso».</translation>
    </message>
    <message>
        <source>Choosing today&apos;s topics</source>
        <translation>Elegir los temas de hoy</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Descanso</translation>
    </message>
    <message>
        <source>Check-out round</source>
        <translation>Ronda de cierre</translation>
    </message>
    <message>
        <source>Before we close, let&apos;s go round once more: one thing you are taking away from today, or how you are feeling now. Passing is fine.</source>
        <translation>Antes de terminar, demos otra vuelta: algo que te llevas de hoy, o cómo te sientes ahora. Está bien pasar.</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Despedida</translation>
    </message>
    <message>
        <source>Thank you all for coming and for what you shared. Please keep what was said here in the room. If you need to talk to someone before the next meeting, a facilitator can help you find support.</source>
        <translation>Gracias a todo el mundo por venir y por lo que ha compartido. Por favor, que lo que se ha dicho aquí se quede en la sala. Si necesitas hablar con alguien antes de la próxima reunión, un facilitador puede ayudarte a encontrar apoyo.</translation>
    </message>
    <message>
        <source>Self-management recovery meeting (SMART Recovery structure, 90 min)</source>
        <translation>Reunión de recuperación y autogestión (estructura de SMART Recovery, 90 min)</translation>
    </message>
    <message>
        <source>Six timed parts, as SMART Recovery meetings run them: welcome, check-in, agenda setting, working time, passing the hat, check-out and closing.</source>
        <translation>Seis partes con tiempo, como las hacen las reuniones de SMART Recovery: bienvenida, ronda de apertura, elección de temas, tiempo de trabajo, pasar el sombrero, ronda de cierre y despedida.</translation>
    </message>
    <message>
        <source>Welcome and opening statement</source>
        <translation>Bienvenida y declaración de apertura</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Ronda de apertura</translation>
    </message>
    <message>
        <source>Each person says briefly how things have gone since we last met, what went well and what was hard. Please hold comments until everyone has checked in.</source>
        <translation>Cada persona cuenta brevemente cómo le ha ido desde la última reunión, qué fue bien y qué fue difícil. Por favor, guarda los comentarios hasta que todo el mundo haya hablado en la ronda.</translation>
    </message>
    <message>
        <source>Usually 10 to 20 minutes; note topics people raise for agenda setting.</source>
        <translation>Suele durar de 10 a 20 minutos; anota los temas que plantee la gente para la elección de temas.</translation>
    </message>
    <message>
        <source>Agenda setting</source>
        <translation>Elección de temas</translation>
    </message>
    <message>
        <source>Which of the things raised at check-in shall we work on together today?</source>
        <translation>De las cosas que salieron en la ronda de apertura, ¿en cuáles vamos a trabajar hoy en grupo?</translation>
    </message>
    <message>
        <source>Working time</source>
        <translation>Tiempo de trabajo</translation>
    </message>
    <message>
        <source>We work through the chosen topics together, using tools that help us manage urges, thoughts and feelings, and plan the week ahead.</source>
        <translation>Trabajamos en grupo los temas elegidos, con herramientas que nos ayudan a manejar los impulsos, los pensamientos y los sentimientos, y a planificar la semana.</translation>
    </message>
    <message>
        <source>Usually 40 to 50 minutes.</source>
        <translation>Suele durar de 40 a 50 minutos.</translation>
    </message>
    <message>
        <source>Passing the hat</source>
        <translation>Pasar el sombrero</translation>
    </message>
    <message>
        <source>The hat goes round for anyone who wants to help cover the room. Giving is entirely optional.</source>
        <translation>El sombrero pasa por el grupo para quien quiera ayudar a pagar la sala. Aportar es totalmente opcional.</translation>
    </message>
    <message>
        <source>Check-out and closing</source>
        <translation>Ronda de cierre y despedida</translation>
    </message>
    <message>
        <source>Recovery support circle (NAMI Connection structure, 90 min)</source>
        <translation>Círculo de apoyo para la recuperación (estructura de NAMI Connection, 90 min)</translation>
    </message>
    <message>
        <source>Welcome, principles read aloud, the group&apos;s guidelines, a short check-in for each person, discussion of the topics raised, and closing.</source>
        <translation>Bienvenida, lectura en voz alta de los principios, las pautas del grupo, una breve ronda de apertura para cada persona, conversación sobre los temas planteados y despedida.</translation>
    </message>
    <message>
        <source>Mention the limits of confidentiality.</source>
        <translation>Menciona los límites de la confidencialidad.</translation>
    </message>
    <message>
        <source>Our principles</source>
        <translation>Nuestros principios</translation>
    </message>
    <message>
        <source>We believe recovery is possible for everyone. We learn from each other&apos;s experience, we accept one another as we are, and we each choose our own path.</source>
        <translation>Creemos que la recuperación es posible para todo el mundo. Aprendemos de la experiencia de los demás, nos aceptamos tal como somos y cada persona elige su propio camino.</translation>
    </message>
    <message>
        <source>Our guidelines (group agreement)</source>
        <translation>Nuestras pautas (acuerdo del grupo)</translation>
    </message>
    <message>
        <source>At most 2 minutes each; a gentle timer helps. Note topics for the discussion.</source>
        <translation>Como máximo 2 minutos por persona; un temporizador discreto ayuda. Anota temas para la conversación.</translation>
    </message>
    <message>
        <source>Start with the topics raised at check-in.</source>
        <translation>Empieza con los temas planteados en la ronda de apertura.</translation>
    </message>
    <message>
        <source>Peer support group (DBSA structure, 90 min)</source>
        <translation>Grupo de apoyo mutuo (estructura de DBSA, 90 min)</translation>
    </message>
    <message>
        <source>Gathering, welcome, a review of what the group is for, the guidelines, check-in, discussion and a close.</source>
        <translation>Acogida, bienvenida, un repaso de para qué es el grupo, las pautas, ronda de apertura, conversación y cierre.</translation>
    </message>
    <message>
        <source>Gathering</source>
        <translation>Acogida</translation>
    </message>
    <message>
        <source>Greet people as they arrive; tea and sign-in.</source>
        <translation>Saluda a la gente a medida que llega; té y hoja de firmas.</translation>
    </message>
    <message>
        <source>What this group is for</source>
        <translation>Para qué es este grupo</translation>
    </message>
    <message>
        <source>This is a self-help group run by and for people living with mood conditions and those who support them. We share experience, not medical advice.</source>
        <translation>Este es un grupo de autoayuda dirigido por y para personas que viven con trastornos del estado de ánimo y quienes las apoyan. Compartimos experiencias, no consejos médicos.</translation>
    </message>
    <message>
        <source>Guidelines (group agreement)</source>
        <translation>Pautas (acuerdo del grupo)</translation>
    </message>
    <message>
        <source>Announce when 10 minutes are left.</source>
        <translation>Avisa cuando queden 10 minutos.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cierre</translation>
    </message>
    <message>
        <source>Twelve-step-style meeting script (60 min)</source>
        <translation>Guion de reunión al estilo de los doce pasos (60 min)</translation>
    </message>
    <message>
        <source>Moment of silence, preamble, readings, welcome to newcomers, the topic, sharing, the seventh tradition collection and closing.</source>
        <translation>Momento de silencio, preámbulo, lecturas, bienvenida a las personas nuevas, el tema, compartir, la colecta de la séptima tradición y cierre.</translation>
    </message>
    <message>
        <source>Opening and moment of silence</source>
        <translation>Apertura y momento de silencio</translation>
    </message>
    <message>
        <source>Welcome. Let&apos;s begin with a moment of silence for those still struggling.</source>
        <translation>Bienvenida a todo el mundo. Empecemos con un momento de silencio por quienes todavía están sufriendo.</translation>
    </message>
    <message>
        <source>Preamble</source>
        <translation>Preámbulo</translation>
    </message>
    <message>
        <source>We are a fellowship of people who share our experience, strength and hope with each other. The only requirement is a wish to recover; there are no fees.</source>
        <translation>Somos una comunidad de personas que comparten entre sí su experiencia, fortaleza y esperanza. El único requisito es el deseo de recuperarse; no hay cuotas.</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>Lecturas</translation>
    </message>
    <message>
        <source>Ask volunteers to read the group&apos;s chosen readings.</source>
        <translation>Pide a personas voluntarias que lean las lecturas elegidas por el grupo.</translation>
    </message>
    <message>
        <source>Welcome to newcomers</source>
        <translation>Bienvenida a las personas nuevas</translation>
    </message>
    <message>
        <source>Is anyone here for the first time? You are very welcome; you need not say anything.</source>
        <translation>¿Hay alguien aquí por primera vez? Te damos la bienvenida de corazón; no hace falta que digas nada.</translation>
    </message>
    <message>
        <source>Today&apos;s topic</source>
        <translation>El tema de hoy</translation>
    </message>
    <message>
        <source>Today&apos;s topic is:</source>
        <translation>El tema de hoy es:</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Compartir</translation>
    </message>
    <message>
        <source>Please keep shares to a few minutes so everyone has a turn, and avoid cross-talk.</source>
        <translation>Por favor, que cada intervención dure unos pocos minutos para que todo el mundo tenga su turno, y evitemos las conversaciones cruzadas.</translation>
    </message>
    <message>
        <source>Seventh tradition</source>
        <translation>Séptima tradición</translation>
    </message>
    <message>
        <source>We are self-supporting through our own contributions. Give only if you wish.</source>
        <translation>Nos mantenemos con nuestras propias contribuciones. Aporta solo si quieres.</translation>
    </message>
    <message>
        <source>A general agreement for a peer support circle.</source>
        <translation>Un acuerdo general para un círculo de apoyo mutuo.</translation>
    </message>
    <message>
        <source>What is shared here stays here. We may talk about what we learned, never about who said it.</source>
        <translation>Lo que se comparte aquí se queda aquí. Podemos hablar de lo que aprendimos, nunca de quién lo dijo.</translation>
    </message>
    <message>
        <source>We listen to understand, without judging, fixing or giving advice unless someone asks for it.</source>
        <translation>Escuchamos para comprender, sin juzgar, sin intentar arreglar y sin dar consejos a menos que alguien los pida.</translation>
    </message>
    <message>
        <source>We speak from our own experience and say “I” rather than “you” or “everyone”.</source>
        <translation>Hablamos desde nuestra propia experiencia y decimos «yo» en lugar de «tú» o «todo el mundo».</translation>
    </message>
    <message>
        <source>Everyone may pass. Listening quietly is a full part of the group.</source>
        <translation>Todo el mundo puede pasar. Escuchar en silencio es una forma plena de formar parte del grupo.</translation>
    </message>
    <message>
        <source>One person speaks at a time, and we leave room for people who have not spoken yet.</source>
        <translation>Habla una persona cada vez, y dejamos espacio a quienes aún no han hablado.</translation>
    </message>
    <message>
        <source>We respect differences in background, beliefs, identity and ways of coping.</source>
        <translation>Respetamos las diferencias de origen, creencias, identidad y formas de afrontar las cosas.</translation>
    </message>
    <message>
        <source>We leave out graphic detail about self-harm, suicide methods or trauma, so the room stays safe for everyone.</source>
        <translation>Evitamos los detalles explícitos sobre autolesiones, métodos de suicidio o traumas, para que la sala siga siendo segura para todo el mundo.</translation>
    </message>
    <message>
        <source>Anyone can step out for a break; a facilitator may check in with you quietly.</source>
        <translation>Cualquiera puede salir a tomarse un descanso; un facilitador puede acercarse discretamente a ver cómo estás.</translation>
    </message>
    <message>
        <source>If someone&apos;s safety is at serious risk, facilitators may need to get outside help, as the confidentiality statement explains.</source>
        <translation>Si la seguridad de alguien corre un riesgo grave, es posible que los facilitadores tengan que buscar ayuda externa, como explica la declaración de confidencialidad.</translation>
    </message>
    <message>
        <source>Our recovery group agreement</source>
        <translation>Nuestro acuerdo del grupo de recuperación</translation>
    </message>
    <message>
        <source>For groups where members support each other&apos;s recovery.</source>
        <translation>Para grupos en los que los miembros se apoyan mutuamente en su recuperación.</translation>
    </message>
    <message>
        <source>Everyone working on their recovery is welcome, at whatever stage they are.</source>
        <translation>Todas las personas que trabajan en su recuperación son bienvenidas, estén en la etapa que estén.</translation>
    </message>
    <message>
        <source>Names and stories stay in this room.</source>
        <translation>Los nombres y las historias se quedan en esta sala.</translation>
    </message>
    <message>
        <source>We share what has and has not worked for us, and trust each person to choose their own path.</source>
        <translation>Compartimos lo que nos ha funcionado y lo que no, y confiamos en que cada persona elija su propio camino.</translation>
    </message>
    <message>
        <source>A setback is not a failure. You are always welcome back.</source>
        <translation>Una recaída no es un fracaso. Siempre puedes volver, y te recibiremos con gusto.</translation>
    </message>
    <message>
        <source>We do not describe using in detail or name places or people to get substances from.</source>
        <translation>No describimos el consumo en detalle ni nombramos lugares o personas donde conseguir sustancias.</translation>
    </message>
    <message>
        <source>We do not recommend or criticise medicines or treatments; those choices belong to each person and the professionals they trust.</source>
        <translation>No recomendamos ni criticamos medicamentos ni tratamientos; esas decisiones corresponden a cada persona y a los profesionales en quienes confía.</translation>
    </message>
    <message>
        <source>We talk about our own experience and avoid lecturing, rescuing or talking over each other.</source>
        <translation>Hablamos de nuestra propia experiencia y evitamos sermonear, rescatar o interrumpirnos.</translation>
    </message>
    <message>
        <source>If you are worried about someone here, tell a facilitator.</source>
        <translation>Si te preocupa alguien de aquí, díselo a un facilitador.</translation>
    </message>
    <message>
        <source>Phones on silent, and we start and finish on time.</source>
        <translation>Teléfonos en silencio, y empezamos y terminamos a la hora.</translation>
    </message>
    <message>
        <source>Share the air</source>
        <translation>Compartir la palabra</translation>
    </message>
    <message>
        <source>A discussion-group agreement that keeps turns fair.</source>
        <translation>Un acuerdo para grupos de conversación que mantiene los turnos equilibrados.</translation>
    </message>
    <message>
        <source>Share the air: say your piece, then make room for others.</source>
        <translation>Compartir la palabra: di lo que quieras decir y luego deja espacio a los demás.</translation>
    </message>
    <message>
        <source>Keep each turn to a couple of minutes so everyone gets a chance.</source>
        <translation>Que cada turno dure un par de minutos para que todo el mundo tenga su oportunidad.</translation>
    </message>
    <message>
        <source>It is fine not to share; “pass” is always an answer.</source>
        <translation>No pasa nada por no compartir; «paso» siempre es una respuesta válida.</translation>
    </message>
    <message>
        <source>Speak for yourself: “I found…” rather than “you should…”.</source>
        <translation>Habla por ti: «a mí me pareció…» en lugar de «deberías…».</translation>
    </message>
    <message>
        <source>Disagree with ideas, never with people. Curiosity before criticism.</source>
        <translation>Discrepa de las ideas, nunca de las personas. Curiosidad antes que crítica.</translation>
    </message>
    <message>
        <source>No side conversations while someone is speaking.</source>
        <translation>Nada de conversaciones aparte mientras alguien está hablando.</translation>
    </message>
    <message>
        <source>What is said here stays here; what is learned here can leave with you.</source>
        <translation>Lo que se dice aquí se queda aquí; lo que se aprende aquí puede irse contigo.</translation>
    </message>
    <message>
        <source>The facilitator may gently move us on, to keep time and keep things fair.</source>
        <translation>El facilitador puede invitarnos con suavidad a avanzar, para respetar el tiempo y que todo sea equilibrado.</translation>
    </message>
    <message>
        <source>What stays in the room</source>
        <translation>Lo que se queda en la sala</translation>
    </message>
    <message>
        <source>What people share in this group stays in this group. We do not repeat who came or what anyone said, and we ask everyone here to do the same.
The facilitators keep a short list of members: a first name or a name you choose, and only the other details you agree to on the next pages. You can ask to see what we keep, to change it, or to have it removed, at any time.
There is one rare exception. If someone tells us that they or another person are in serious and immediate danger, a facilitator may need to get help from outside the group. Whenever we can, we will talk with that person first.
This is a peer support group. We listen and share what we have lived through; we are not a replacement for a doctor, a therapist or emergency services.</source>
        <translation>Lo que las personas comparten en este grupo se queda en este grupo. No contamos quién vino ni lo que dijo nadie, y pedimos a todas las personas aquí presentes que hagan lo mismo.
Los facilitadores llevan una breve lista de miembros: un nombre de pila o un nombre que tú elijas, y solo los demás datos que aceptes en las páginas siguientes. Puedes pedir ver lo que guardamos, cambiarlo o que se elimine, en cualquier momento.
Hay una excepción poco frecuente. Si alguien nos dice que está en un peligro grave e inmediato, o que otra persona lo está, es posible que un facilitador tenga que buscar ayuda fuera del grupo. Siempre que podamos, hablaremos primero con esa persona.
Este es un grupo de apoyo mutuo. Escuchamos y compartimos lo que hemos vivido; no sustituimos a un médico, a un terapeuta ni a los servicios de emergencia.</translation>
    </message>
    <message>
        <source>Contact between meetings</source>
        <translation>Contacto entre reuniones</translation>
    </message>
    <message>
        <source>May a facilitator get in touch with you between meetings, for example when a meeting moves or if you asked us to check in? If you say yes, you choose which details to give (a phone number, an email address or both), the best time to reach you, and whether we may leave a message. Saying no changes nothing about your place in the group. If you change your mind later, we delete these details.</source>
        <translation>¿Puede un facilitador ponerse en contacto contigo entre reuniones, por ejemplo cuando cambia una reunión o si nos pediste que te preguntáramos cómo estás? Si dices que sí, tú eliges qué datos das (un número de teléfono, una dirección de correo electrónico o ambos), el mejor momento para localizarte y si podemos dejarte un mensaje. Decir que no, no cambia en nada tu lugar en el grupo. Si más adelante cambias de opinión, borramos estos datos.</translation>
    </message>
    <message>
        <source>Keeping your attendance history</source>
        <translation>Conservar tu historial de asistencia</translation>
    </message>
    <message>
        <source>May we note which meetings you come to? It helps us remember when you joined and see how the group is doing. If you say no, we only count how many people came, without your name. You can change your mind at any time.</source>
        <translation>¿Podemos anotar a qué reuniones vienes? Nos ayuda a recordar cuándo te uniste y a ver cómo va el grupo. Si dices que no, solo contamos cuántas personas vinieron, sin tu nombre. Puedes cambiar de opinión en cualquier momento.</translation>
    </message>
    <message>
        <source>Check-in pairs</source>
        <translation>Parejas de apoyo</translation>
    </message>
    <message>
        <source>Some members like to be paired with another member to check in with each other between meetings. If you say yes, a facilitator may pair you with someone who has also said yes and tell them your first name, so the two of you can agree how to keep in touch. You can stop at any time, and your pairing ends straight away.</source>
        <translation>A algunos miembros les gusta formar pareja con otro miembro para preguntarse mutuamente cómo están entre reuniones. Si dices que sí, un facilitador puede emparejarte con alguien que también haya dicho que sí y decirle tu nombre de pila, para que ambas personas acuerden cómo mantenerse en contacto. Puedes dejarlo en cualquier momento, y el emparejamiento termina de inmediato.</translation>
    </message>
    <message>
        <source>Example: Grounding with your senses (5-4-3-2-1)</source>
        <translation>Ejemplo: Anclarte con tus sentidos (5-4-3-2-1)</translation>
    </message>
    <message>
        <source>*This is an example the app ships, written in our own words. Read it through, change what does not suit your group, or remove it.*

When feelings run high, noticing what is around you can help you settle.

1. Look for **five** things you can see.
2. Notice **four** things you can touch.
3. Listen for **three** things you can hear.
4. Find **two** things you can smell.
5. Name **one** thing you can taste.

Go slowly. There is no right answer, and you can stop at any point.</source>
        <translation>*Este es un ejemplo que incluye la aplicación, escrito con nuestras propias palabras. Léelo entero, cambia lo que no encaje con tu grupo o quítalo.*

Cuando las emociones están a flor de piel, fijarte en lo que te rodea puede ayudarte a calmarte.

1. Busca **cinco** cosas que puedas ver.
2. Fíjate en **cuatro** cosas que puedas tocar.
3. Escucha **tres** cosas que puedas oír.
4. Encuentra **dos** cosas que puedas oler.
5. Nombra **una** cosa que puedas saborear.

Ve despacio. No hay respuestas correctas, y puedes parar en cualquier momento.</translation>
    </message>
    <message>
        <source>Example: Looking after yourself after a hard meeting</source>
        <translation>Ejemplo: Cuidarte después de una reunión difícil</translation>
    </message>
    <message>
        <source>*This is an example the app ships, written in our own words. Read it through, change what does not suit your group, or remove it.*

Sometimes a meeting stirs things up. That is normal.

- Give yourself a little time before the next task.
- Drink some water and eat something if you can.
- Do one small thing you enjoy.
- If you feel low for a while, tell someone you trust, or look at your safety plan.</source>
        <translation>*Este es un ejemplo que incluye la aplicación, escrito con nuestras propias palabras. Léelo entero, cambia lo que no encaje con tu grupo o quítalo.*

A veces una reunión remueve cosas. Es normal.

- Date un poco de tiempo antes de la siguiente tarea.
- Bebe algo de agua y come algo si puedes.
- Haz una pequeña cosa que disfrutes.
- Si tienes el ánimo bajo durante un tiempo, cuéntaselo a alguien de confianza o mira tu plan de seguridad.</translation>
    </message>
    <message>
        <source>mentions feeling low</source>
        <translation>habla del ánimo bajo</translation>
    </message>
    <message>
        <source>Example: a local service (replace with one you have checked)</source>
        <translation>Ejemplo: un servicio local (sustitúyelo por uno que hayas comprobado)</translation>
    </message>
    <message>
        <source>*This is an example the app ships, written in our own words. Read it through, change what does not suit your group, or remove it.*

Write a few words about the service here, then fill in its details from something you have checked yourself, and mark it checked.</source>
        <translation>*Este es un ejemplo que incluye la aplicación, escrito con nuestras propias palabras. Léelo entero, cambia lo que no encaje con tu grupo o quítalo.*

Escribe aquí unas palabras sobre el servicio, luego completa sus datos a partir de algo que hayas comprobado tú y márcalo como comprobado.</translation>
    </message>
    <message>
        <source>Describe what the service offers, in your own words.</source>
        <translation>Describe lo que ofrece el servicio, con tus propias palabras.</translation>
    </message>
    <message>
        <source>Add the opening hours after checking them.</source>
        <translation>Añade el horario de atención después de comprobarlo.</translation>
    </message>
    <message>
        <source>Bus routes, parking, the nearest entrance: whatever helps people find it.</source>
        <translation>Líneas de autobús, aparcamiento, la entrada más cercana: lo que ayude a encontrarlo.</translation>
    </message>
    <message>
        <source>Step-free access, hearing loop, quiet room: whatever you know.</source>
        <translation>Acceso sin escalones, bucle magnético, sala tranquila: lo que sepas.</translation>
    </message>
    <message>
        <source>Example: Notes for facilitators on content notes</source>
        <translation>Ejemplo: Notas para facilitadores sobre los avisos de contenido</translation>
    </message>
    <message>
        <source>*This is an example the app ships, written in our own words. Read it through, change what does not suit your group, or remove it.*

A content note lets people choose when to read something difficult. Add one when a resource mentions self-harm, loss, abuse or other heavy topics, and keep it short and plain.</source>
        <translation>*Este es un ejemplo que incluye la aplicación, escrito con nuestras propias palabras. Léelo entero, cambia lo que no encaje con tu grupo o quítalo.*

Un aviso de contenido permite a las personas elegir cuándo leer algo difícil. Añade uno cuando un recurso hable de autolesiones, pérdidas, abusos u otros temas duros, y que sea breve y claro.</translation>
    </message>
    <message>
        <source>Example: your national crisis line</source>
        <translation>Ejemplo: tu línea de crisis nacional</translation>
    </message>
    <message>
        <source>(add the number after checking it)</source>
        <translation>(añade el número después de comprobarlo)</translation>
    </message>
    <message>
        <source>Replace this with a line you have checked yourself.</source>
        <translation>Sustitúyela por una línea que hayas comprobado tú.</translation>
    </message>
    <message>
        <source>Example: a local support service</source>
        <translation>Ejemplo: un servicio local de apoyo</translation>
    </message>
</context>
<context>
    <name>CrisisLinesDialog</name>
    <message>
        <source>Crisis lines</source>
        <translation>Líneas de crisis</translation>
    </message>
    <message>
        <source>If you are in danger right now, call your local emergency number.
You do not have to go through this alone. Any of the lines below will listen.</source>
        <translation>Si ahora mismo estás en peligro, llama a tu número local de emergencias.
No tienes que pasar por esto a solas. Cualquiera de estas líneas te escuchará.</translation>
    </message>
    <message>
        <source>If you are in danger right now</source>
        <translation>Si ahora mismo estás en peligro</translation>
    </message>
    <message>
        <source>No crisis lines have been added to this vault yet. Please ask a facilitator to add the lines for your area.</source>
        <translation>Aún no se han añadido líneas de crisis a esta caja fuerte. Pide a un facilitador que añada las líneas de tu zona.</translation>
    </message>
    <message>
        <source>No crisis lines yet</source>
        <translation>Aún no hay líneas de crisis</translation>
    </message>
    <message>
        <source>SafeSpace never calls or messages anyone. These numbers are here for you to call yourself, whenever you choose.</source>
        <translation>SafeSpace nunca llama ni envía mensajes a nadie. Estos números están aquí para que llames tú, cuando lo decidas.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>This is an example, not a real line. A facilitator will replace it with a line they have checked.</source>
        <translation>Esto es un ejemplo, no una línea real. Un facilitador lo sustituirá por una línea que haya comprobado.</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Ejemplo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horario</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Comprobada</translation>
    </message>
    <message>
        <source>Not yet verified — please check this number yourself.</source>
        <translation>Aún sin verificar: comprueba este número por tu cuenta, por favor.</translation>
    </message>
    <message>
        <source>Last checked %1.</source>
        <translation>Comprobada por última vez el %1.</translation>
    </message>
    <message>
        <source>That was over six months ago, so please check this number yourself.</source>
        <translation>De eso hace más de seis meses, así que comprueba este número por tu cuenta, por favor.</translation>
    </message>
</context>
<context>
    <name>CrisisLinesView</name>
    <message>
        <source>Crisis lines</source>
        <translation>Líneas de crisis</translation>
    </message>
    <message>
        <source>Anyone at this computer can open this list with F1, even before unlocking, so it is stored without encryption on purpose. Only add public phone lines here, never anything about a person. Numbers change: call or look up each line yourself, then mark it as checked.</source>
        <translation>Cualquiera en esta computadora puede abrir esta lista con F1, incluso antes de desbloquear, así que se guarda sin cifrar a propósito. Añade aquí solo líneas telefónicas públicas, nunca nada sobre una persona. Los números cambian: llama o busca cada línea por tu cuenta y luego márcala como comprobada.</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>Estado de la revisión</translation>
    </message>
    <message>
        <source>&amp;Lines, in the order people see them:</source>
        <translation>&amp;Líneas, en el orden en que las ve la gente:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horario</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>For example: National crisis line</source>
        <translation>Por ejemplo: Línea nacional de crisis</translation>
    </message>
    <message>
        <source>As people should dial it</source>
        <translation>Como hay que marcarlo</translation>
    </message>
    <message>
        <source>For example: Every day, 24 hours</source>
        <translation>Por ejemplo: Todos los días, 24 horas</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Telé&amp;fono:</translation>
    </message>
    <message>
        <source>H&amp;ours:</source>
        <translation>H&amp;orario:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>No&amp;ta:</translation>
    </message>
    <message>
        <source>&amp;Add as a new line</source>
        <translation>&amp;Añadir como línea nueva</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Guardar cambios</translation>
    </message>
    <message>
        <source>&amp;Mark as checked today</source>
        <translation>&amp;Marcar como comprobada hoy</translation>
    </message>
    <message>
        <source>&amp;Delete line</source>
        <translation>&amp;Eliminar línea</translation>
    </message>
    <message>
        <source>&amp;Clear the form</source>
        <translation>&amp;Vaciar el formulario</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Show the saved version of this line instead of what you typed</source>
        <translation>Mostrar la versión guardada de esta línea en lugar de lo que escribiste</translation>
    </message>
    <message>
        <source>Add or edit a line</source>
        <translation>Añadir o editar una línea</translation>
    </message>
</context>
<context>
    <name>DebriefPanel</name>
    <message>
        <source>A debrief for you</source>
        <translation>Un repaso para ti</translation>
    </message>
    <message>
        <source>About the debrief</source>
        <translation>Sobre el repaso</translation>
    </message>
    <message>
        <source>&amp;Write a debrief…</source>
        <translation>&amp;Escribir un repaso…</translation>
    </message>
    <message>
        <source>Write a debrief in my reflections</source>
        <translation>Escribir un repaso en mis reflexiones</translation>
    </message>
    <message>
        <source>N&amp;ot now</source>
        <translation>&amp;Ahora no</translation>
    </message>
    <message>
        <source>Not now, no debrief</source>
        <translation>Ahora no, sin repaso</translation>
    </message>
    <message>
        <source>Your debrief</source>
        <translation>Tu repaso</translation>
    </message>
    <message>
        <source>Your &amp;debrief (only you can open it):</source>
        <translation>Tu re&amp;paso (solo tú puedes abrirlo):</translation>
    </message>
    <message>
        <source>&amp;Keep it in my reflections</source>
        <translation>&amp;Guardarlo en mis reflexiones</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <source>Add the &amp;first member</source>
        <translation>Añadir el &amp;primer miembro</translation>
    </message>
    <message>
        <source>No one on the roster yet.</source>
        <translation>Todavía no hay nadie en la lista de miembros.</translation>
    </message>
    <message>
        <source>Add the first member to start your group&apos;s roster. An alias or a first name is enough, and only facilitators can see it.</source>
        <translation>Añade el primer miembro para empezar la lista de miembros de tu grupo. Basta con un seudónimo o un nombre de pila, y solo los facilitadores pueden verlo.</translation>
    </message>
    <message>
        <source>Nobody chosen</source>
        <translation>No hay nadie elegido</translation>
    </message>
    <message>
        <source>Choose someone in the list to see and edit their details, or add a new member.</source>
        <translation>Elige a alguien en la lista para ver y editar sus datos, o añade un miembro nuevo.</translation>
    </message>
</context>
<context>
    <name>DevicesView</name>
    <message>
        <source>Facilitators and devices</source>
        <translation>Facilitadores y dispositivos</translation>
    </message>
    <message>
        <source>Everyone listed here can open the group&apos;s records. When a facilitator leaves, or a computer with the group on it is lost, remove them: the group moves to a new key that only the remaining facilitators receive.</source>
        <translation>Todas las personas de esta lista pueden abrir los registros del grupo. Cuando un facilitador se va, o se pierde una computadora con el grupo, quítalos: el grupo pasa a una llave nueva que solo reciben los facilitadores que quedan.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Facilitadores</translation>
    </message>
    <message>
        <source>&amp;Facilitators:</source>
        <translation>&amp;Facilitadores:</translation>
    </message>
    <message>
        <source>&amp;Remove from the group…</source>
        <translation>&amp;Quitar del grupo…</translation>
    </message>
    <message>
        <source>Remove the chosen facilitator from the group</source>
        <translation>Quitar del grupo al facilitador elegido</translation>
    </message>
    <message>
        <source>Computers</source>
        <translation>Computadoras</translation>
    </message>
    <message>
        <source>C&amp;omputers that sync with this group:</source>
        <translation>&amp;Computadoras que se sincronizan con este grupo:</translation>
    </message>
    <message>
        <source>Remove this &amp;computer…</source>
        <translation>Quitar esta co&amp;mputadora…</translation>
    </message>
    <message>
        <source>Remove the chosen computer from the group</source>
        <translation>Quitar del grupo la computadora elegida</translation>
    </message>
    <message>
        <source>After someone is removed, the other facilitators&apos; computers need the new group key before they can read new sync files. Save a key file and put it next to the sync file (on the stick or in the shared folder). It is locked so that only the remaining facilitators can use it.</source>
        <translation>Después de quitar a alguien, las computadoras de los demás facilitadores necesitan la nueva llave del grupo para poder leer los nuevos archivos de sincronización. Guarda un archivo de llave y ponlo junto al archivo de sincronización (en la memoria USB o en la carpeta compartida). Está cerrado para que solo los facilitadores que quedan puedan usarlo.</translation>
    </message>
    <message>
        <source>&amp;Save a key file for other computers…</source>
        <translation>&amp;Guardar un archivo de llave para otras computadoras…</translation>
    </message>
    <message>
        <source>&amp;Open a key file from a facilitator…</source>
        <translation>&amp;Abrir un archivo de llave de un facilitador…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>The group key</source>
        <translation>La llave del grupo</translation>
    </message>
</context>
<context>
    <name>DraftBanner</name>
    <message>
        <source>Unsaved changes from before the app locked</source>
        <translation>Cambios sin guardar de antes de que la aplicación se bloqueara</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Recuperar</translation>
    </message>
    <message>
        <source>Restore my unsaved changes</source>
        <translation>Recuperar mis cambios sin guardar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Discard my unsaved changes</source>
        <translation>Descartar mis cambios sin guardar</translation>
    </message>
</context>
<context>
    <name>DraftCard</name>
    <message>
        <source>Welcome back</source>
        <translation>Hola de nuevo</translation>
    </message>
    <message>
        <source>Unfinished entry</source>
        <translation>Entrada sin terminar</translation>
    </message>
    <message>
        <source>It was kept sealed while you were away. Nobody else could read it.</source>
        <translation>Se ha guardado sellada mientras no estabas. Nadie más podía leerla.</translation>
    </message>
    <message>
        <source>&amp;Continue it</source>
        <translation>&amp;Continuarla</translation>
    </message>
    <message>
        <source>&amp;Discard it</source>
        <translation>&amp;Descartarla</translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <source>Not saved yet.</source>
        <translation>Aún sin guardar.</translation>
    </message>
    <message>
        <source>Not saved yet. A sealed draft was kept at %1.</source>
        <translation>Aún sin guardar. Se guardó un borrador sellado a las %1.</translation>
    </message>
    <message>
        <source>Not saved yet, and no draft could be kept: %1</source>
        <translation>Aún sin guardar, y no se pudo conservar ningún borrador: %1</translation>
    </message>
    <message>
        <source>You have an unfinished entry from %1. Would you like to continue it?</source>
        <translation>Tienes una entrada sin terminar del %1. ¿Quieres continuarla?</translation>
    </message>
    <message>
        <source>Not saved yet (brought back from your draft).</source>
        <translation>Aún sin guardar (recuperada de tu borrador).</translation>
    </message>
    <message>
        <source>The unfinished entry was discarded.</source>
        <translation>Se ha descartado la entrada sin terminar.</translation>
    </message>
</context>
<context>
    <name>EditableList</name>
    <message>
        <source>Nothing here yet.</source>
        <translation>Aquí no hay nada todavía.</translation>
    </message>
    <message>
        <source>Double-click or press F2 to change a line. Delete removes it; Ctrl+Up and Ctrl+Down move it.</source>
        <translation>Haz doble clic o pulsa F2 para cambiar una línea. Supr la quita; Ctrl+Arriba y Ctrl+Abajo la mueven.</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move up: %1</source>
        <translation>Subir: %1</translation>
    </message>
    <message>
        <source>Move the chosen line up (Ctrl+Up)</source>
        <translation>Subir la línea elegida (Ctrl+Arriba)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move down: %1</source>
        <translation>Bajar: %1</translation>
    </message>
    <message>
        <source>Move the chosen line down (Ctrl+Down)</source>
        <translation>Bajar la línea elegida (Ctrl+Abajo)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove a line from: %1</source>
        <translation>Quitar una línea de: %1</translation>
    </message>
    <message>
        <source>Remove the chosen line (Delete)</source>
        <translation>Quitar la línea elegida (Supr)</translation>
    </message>
    <message>
        <source>Type a line, then press Enter</source>
        <translation>Escribe una línea y pulsa Intro</translation>
    </message>
    <message>
        <source>New line for: %1</source>
        <translation>Nueva línea para: %1</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add to: %1</source>
        <translation>Añadir a: %1</translation>
    </message>
    <message>
        <source>This part is full</source>
        <translation>Esta parte está llena</translation>
    </message>
</context>
<context>
    <name>EditorPanel</name>
    <message>
        <source>New resource</source>
        <translation>Recurso nuevo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Who can read it</source>
        <translation>Quién puede leerlo</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Etiquetas, separadas por comas</translation>
    </message>
    <message>
        <source>Content note</source>
        <translation>Aviso de contenido</translation>
    </message>
    <message>
        <source>For example: mentions self-harm</source>
        <translation>Por ejemplo: menciona autolesiones</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Light formatting: *italic*, **bold**, lists starting with - or 1.</source>
        <translation>Formato sencillo: *cursiva*, **negrita**, listas que empiezan con - o 1.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>&amp;Who can read it:</source>
        <translation>&amp;Quién puede leerlo:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>&amp;Etiquetas:</translation>
    </message>
    <message>
        <source>Content &amp;note:</source>
        <translation>Aviso de co&amp;ntenido:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xto:</translation>
    </message>
    <message>
        <source>Service details</source>
        <translation>Datos del servicio</translation>
    </message>
    <message>
        <source>What it offers</source>
        <translation>Qué ofrece</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Horario</translation>
    </message>
    <message>
        <source>How to get there</source>
        <translation>Cómo llegar</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Accesibilidad</translation>
    </message>
    <message>
        <source>What it &amp;offers:</source>
        <translation>Qué &amp;ofrece:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Telé&amp;fono:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>Opening &amp;hours:</source>
        <translation>&amp;Horario:</translation>
    </message>
    <message>
        <source>How to &amp;get there:</source>
        <translation>Cómo &amp;llegar:</translation>
    </message>
    <message>
        <source>Acc&amp;essibility:</source>
        <translation>Acce&amp;sibilidad:</translation>
    </message>
    <message>
        <source>Details &amp;checked on</source>
        <translation>Datos &amp;comprobados el</translation>
    </message>
    <message>
        <source>Details checked</source>
        <translation>Datos comprobados</translation>
    </message>
    <message>
        <source>Date the details were checked</source>
        <translation>Fecha en que se comprobaron los datos</translation>
    </message>
    <message>
        <source>Check again after, in months</source>
        <translation>Volver a comprobar tras, en meses</translation>
    </message>
    <message>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <source>Check a&amp;gain after:</source>
        <translation>&amp;Volver a comprobar tras:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save resource</source>
        <translation>Guardar el recurso</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>C&amp;ancelar</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Cancelar la edición</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Show the saved version of this resource instead of what you typed</source>
        <translation>Mostrar la versión guardada de este recurso en lugar de lo que escribiste</translation>
    </message>
    <message>
        <source>Edit resource</source>
        <translation>Editar el recurso</translation>
    </message>
    <message>
        <source>Contact details (optional)</source>
        <translation>Datos de contacto (opcional)</translation>
    </message>
</context>
<context>
    <name>EnrolActions</name>
    <message>
        <source>%1 is on the roster. Welcome!</source>
        <translation>%1 ya está en la lista de miembros. ¡Le damos la bienvenida!</translation>
    </message>
</context>
<context>
    <name>EnrolmentWizard</name>
    <message>
        <source>Wording version %1</source>
        <translation>Versión del texto %1</translation>
    </message>
    <message>
        <source>Enrol a newcomer</source>
        <translation>Inscribir a una persona nueva</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>&amp;Inscribir</translation>
    </message>
</context>
<context>
    <name>EntryEditing</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>You have changes that are not saved yet. Save them first?</source>
        <translation>Tienes cambios que aún no están guardados. ¿Guardarlos antes?</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Entry saved.</source>
        <translation>Entrada guardada.</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Eliminar la entrada</translation>
    </message>
    <message>
        <source>Delete the entry for %1? It will be gone for good and cannot be undone.</source>
        <translation>¿Eliminar la entrada del %1? Desaparecerá para siempre y no se podrá deshacer.</translation>
    </message>
    <message>
        <source>Entry deleted.</source>
        <translation>Entrada eliminada.</translation>
    </message>
</context>
<context>
    <name>EntryListPanel</name>
    <message>
        <source>Search your journal</source>
        <translation>Buscar en tu diario</translation>
    </message>
    <message>
        <source>Search entries</source>
        <translation>Buscar entradas</translation>
    </message>
    <message>
        <source>Search as you type (Ctrl+F)</source>
        <translation>Busca mientras escribes (Ctrl+F)</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>L&amp;ist</source>
        <translation>L&amp;ista</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>&amp;Calendario</translation>
    </message>
    <message>
        <source>Show entries as a list</source>
        <translation>Mostrar las entradas como lista</translation>
    </message>
    <message>
        <source>Pick a day on a calendar</source>
        <translation>Elegir un día en un calendario</translation>
    </message>
    <message>
        <source>Filte&amp;rs</source>
        <translation>&amp;Filtros</translation>
    </message>
    <message>
        <source>Journal entries, newest first</source>
        <translation>Entradas del diario, de la más reciente a la más antigua</translation>
    </message>
    <message>
        <source>Number of entries shown</source>
        <translation>Número de entradas mostradas</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 el %2</translation>
    </message>
    <message>
        <source>%1 of %2 match</source>
        <translation>%1 de %2 coinciden</translation>
    </message>
    <message>
        <source>Filte&amp;rs (%1 on)</source>
        <translation>&amp;Filtros (%1 activos)</translation>
    </message>
    <message>
        <source>%1 filters are on</source>
        <translation>Hay %1 filtros activos</translation>
    </message>
    <message>
        <source>No filters are on</source>
        <translation>No hay filtros activos</translation>
    </message>
    <message>
        <source>Opening your journal…</source>
        <translation>Abriendo tu diario…</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>That file is no longer there. Please choose it again.</source>
        <translation>Ese archivo ya no está ahí. Elígelo de nuevo, por favor.</translation>
    </message>
    <message>
        <source>That file can&apos;t be read. Please check it opens, then try again.</source>
        <translation>No se puede leer ese archivo. Comprueba que se abre y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>That file is about %2 MB, and attachments can be up to %1 MB. A smaller copy (for example a scan at a lower resolution, or the pages you need) will fit.</source>
        <translation>Ese archivo ocupa unos %2 MB, y los adjuntos pueden ocupar hasta %1 MB. Una copia más pequeña (por ejemplo, un escaneo con menos resolución, o solo las páginas que necesitas) sí cabrá.</translation>
    </message>
    <message>
        <source>That file is empty, so there is nothing to attach.</source>
        <translation>Ese archivo está vacío, así que no hay nada que adjuntar.</translation>
    </message>
    <message>
        <source>SafeSpace can keep PDFs, pictures (PNG, JPEG, GIF, WebP) and plain text files. That file is another kind, so it was not added. Saving it as a PDF first usually works.</source>
        <translation>SafeSpace puede guardar PDF, imágenes (PNG, JPEG, GIF, WebP) y archivos de texto sin formato. Ese archivo es de otro tipo, así que no se ha añadido. Guardarlo antes como PDF suele funcionar.</translation>
    </message>
    <message>
        <source>That file changed while it was being added, so it was not kept. Please try again once it has finished saving.</source>
        <translation>Ese archivo cambió mientras se añadía, así que no se ha guardado. Vuelve a intentarlo cuando haya terminado de guardarse.</translation>
    </message>
    <message>
        <source>This kind of file can&apos;t be shown inside SafeSpace. You can save a copy instead.</source>
        <translation>Este tipo de archivo no se puede mostrar dentro de SafeSpace. Puedes guardar una copia.</translation>
    </message>
    <message>
        <source>This text is over %1 MB, too long to show here comfortably. You can save a copy instead.</source>
        <translation>Este texto ocupa más de %1 MB, demasiado para mostrarlo aquí con comodidad. Puedes guardar una copia.</translation>
    </message>
    <message>
        <source>There isn&apos;t enough space there for the copy. Nothing was saved; please free some space or choose another place.</source>
        <translation>No hay espacio suficiente ahí para la copia. No se ha guardado nada; libera algo de espacio o elige otro lugar.</translation>
    </message>
    <message>
        <source>That place can&apos;t be written to (it may be read-only). Nothing was saved; please choose another place.</source>
        <translation>No se puede escribir en ese lugar (puede que sea de solo lectura). No se ha guardado nada; elige otro lugar, por favor.</translation>
    </message>
    <message>
        <source>The copy could not be saved there. Nothing was left behind; please try again or choose another place.</source>
        <translation>No se ha podido guardar la copia ahí. No ha quedado nada a medias; vuelve a intentarlo o elige otro lugar.</translation>
    </message>
    <message>
        <source>That attachment is no longer there.</source>
        <translation>Ese adjunto ya no está.</translation>
    </message>
    <message>
        <source>This attachment&apos;s file has not reached this computer yet. It comes with the next sync that includes attachments.</source>
        <translation>El archivo de este adjunto aún no ha llegado a esta computadora. Llegará con la próxima sincronización que incluya adjuntos.</translation>
    </message>
    <message>
        <source>This file is not a SafeSpace backup. Nothing was changed.</source>
        <translation>Este archivo no es una copia de seguridad de SafeSpace. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>This backup is damaged, so it can&apos;t be used. Nothing was changed. Please choose another backup (an older one is often fine).</source>
        <translation>Esta copia de seguridad está dañada, así que no se puede usar. No se ha cambiado nada. Elige otra copia, por favor (una más antigua suele servir).</translation>
    </message>
    <message>
        <source>%1 records in this backup did not pass their check, so it can&apos;t be trusted for a restore. Nothing was changed. Please choose another backup.</source>
        <translation>%1 registros de esta copia no han pasado su comprobación, así que no es fiable para restaurar. No se ha cambiado nada. Elige otra copia, por favor.</translation>
    </message>
    <message>
        <source>This backup could not be read. If it is on a USB stick, check that the stick is plugged in, then try again. Nothing was changed.</source>
        <translation>No se ha podido leer esta copia de seguridad. Si está en una memoria USB, comprueba que está conectada y vuelve a intentarlo. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of SafeSpace. Please update SafeSpace on this computer first. Nothing was changed.</source>
        <translation>Esta copia de seguridad se hizo con una versión más reciente de SafeSpace. Actualiza primero SafeSpace en esta computadora. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>This backup belongs to a different vault, so it can&apos;t replace this one. Nothing was changed.</source>
        <translation>Esta copia de seguridad es de otra caja fuerte, así que no puede sustituir a esta. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The backup could not be written there (is the disk full, or the stick write-protected?). Nothing was changed.</source>
        <translation>No se ha podido escribir la copia ahí (¿está el disco lleno, o la memoria USB protegida contra escritura?). No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>SafeSpace is open with this data folder. Please close it first, then try again. Nothing was changed.</source>
        <translation>SafeSpace está abierto con esta carpeta de datos. Ciérralo primero y vuelve a intentarlo. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The vault file could not be found. Nothing was changed.</source>
        <translation>No se encuentra el archivo de la caja fuerte. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Please fill this in.</source>
        <translation>Rellena esto, por favor.</translation>
    </message>
    <message>
        <source>Please keep this under %1 characters.</source>
        <translation>Usa menos de %1 caracteres, por favor.</translation>
    </message>
    <message>
        <source>Please choose one of the options.</source>
        <translation>Elige una de las opciones, por favor.</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>La fecha no puede ser futura.</translation>
    </message>
    <message>
        <source>Please choose a later date.</source>
        <translation>Elige una fecha posterior, por favor.</translation>
    </message>
    <message>
        <source>Please enter a whole number.</source>
        <translation>Escribe un número entero, por favor.</translation>
    </message>
    <message>
        <source>Please choose a number from %1 to %2.</source>
        <translation>Elige un número del %1 al %2, por favor.</translation>
    </message>
    <message>
        <source>The number who agreed cannot be more than the number present.</source>
        <translation>El número de personas que estuvieron de acuerdo no puede ser mayor que el de presentes.</translation>
    </message>
    <message>
        <source>Please adopt an agreement before recording agreement to it.</source>
        <translation>Aprueba un acuerdo antes de registrar la conformidad con él.</translation>
    </message>
    <message>
        <source>There is no version %1 in this vault.</source>
        <translation>No hay ninguna versión %1 en esta caja fuerte.</translation>
    </message>
    <message>
        <source>This is an example. Please edit it with a line you have checked, then mark it as checked.</source>
        <translation>Esto es un ejemplo. Cámbialo por una línea que hayas comprobado y luego márcala como comprobada.</translation>
    </message>
    <message>
        <source>Please choose two different people.</source>
        <translation>Elige a dos personas distintas, por favor.</translation>
    </message>
    <message>
        <source>Only active members who agreed to check-in pairs can be paired.</source>
        <translation>Solo se pueden emparejar miembros activos que hayan aceptado las parejas de apoyo.</translation>
    </message>
    <message>
        <source>Please show the confidentiality statement before the consent choices.</source>
        <translation>Muestra la declaración de confidencialidad antes de las opciones de consentimiento.</translation>
    </message>
    <message>
        <source>Contact details can only be kept when the person has agreed to be contacted between meetings.</source>
        <translation>Los datos de contacto solo se pueden guardar cuando la persona ha aceptado que se la contacte entre reuniones.</translation>
    </message>
    <message>
        <source>This does not look right. Please check it.</source>
        <translation>Esto no parece correcto. Revísalo, por favor.</translation>
    </message>
    <message>
        <source>Please keep each line under %1 characters.</source>
        <translation>Usa menos de %1 caracteres en cada línea, por favor.</translation>
    </message>
    <message>
        <source>This section can hold up to %1 lines.</source>
        <translation>Esta sección admite hasta %1 líneas.</translation>
    </message>
    <message>
        <source>Please keep each one under %1 characters.</source>
        <translation>Usa menos de %1 caracteres en cada una, por favor.</translation>
    </message>
    <message>
        <source>Please use at most %1 of these on one entry.</source>
        <translation>Usa como mucho %1 de estos en una entrada, por favor.</translation>
    </message>
    <message>
        <source>Part of this text is damaged (this can happen when copying from another program), so it can&apos;t be saved. Please delete it and type it again.</source>
        <translation>Parte de este texto está dañada (puede pasar al copiar desde otro programa), así que no se puede guardar. Bórrala y vuelve a escribirla, por favor.</translation>
    </message>
    <message>
        <source>A vault already exists at that location.</source>
        <translation>Ya existe una caja fuerte en ese lugar.</translation>
    </message>
    <message>
        <source>Please enter a name.</source>
        <translation>Escribe un nombre, por favor.</translation>
    </message>
    <message>
        <source>Please give it a title.</source>
        <translation>Ponle un título, por favor.</translation>
    </message>
    <message>
        <source>Please write the text first.</source>
        <translation>Escribe primero el texto, por favor.</translation>
    </message>
    <message>
        <source>Please write something, or choose a mood, first.</source>
        <translation>Escribe algo, o elige un estado de ánimo, primero.</translation>
    </message>
    <message>
        <source>Please add the phone number before marking it.</source>
        <translation>Añade el número de teléfono antes de marcarla.</translation>
    </message>
    <message>
        <source>Please give this vault a label for the vault list.</source>
        <translation>Pon a esta caja fuerte una etiqueta para la lista de cajas fuertes.</translation>
    </message>
    <message>
        <source>Please enter the group&apos;s name.</source>
        <translation>Escribe el nombre del grupo, por favor.</translation>
    </message>
    <message>
        <source>Please choose a handle: a nickname only you will type.</source>
        <translation>Elige un alias: un apodo que solo escribirás tú.</translation>
    </message>
    <message>
        <source>Please keep the name under %1 characters.</source>
        <translation>Usa menos de %1 caracteres para el nombre, por favor.</translation>
    </message>
    <message>
        <source>Please keep pronouns under %1 characters.</source>
        <translation>Usa menos de %1 caracteres para los pronombres, por favor.</translation>
    </message>
    <message>
        <source>Please keep the note under %1 characters.</source>
        <translation>Usa menos de %1 caracteres para la nota, por favor.</translation>
    </message>
    <message>
        <source>Please keep access needs under %1 characters.</source>
        <translation>Usa menos de %1 caracteres para las necesidades de accesibilidad, por favor.</translation>
    </message>
    <message>
        <source>Please keep the best time under %1 characters.</source>
        <translation>Usa menos de %1 caracteres para el mejor momento, por favor.</translation>
    </message>
    <message>
        <source>Please keep the email address under %1 characters.</source>
        <translation>Usa menos de %1 caracteres para el correo electrónico, por favor.</translation>
    </message>
    <message>
        <source>Please keep the phone number under %1 characters.</source>
        <translation>Usa menos de %1 caracteres para el número de teléfono, por favor.</translation>
    </message>
    <message>
        <source>Please keep the opening hours under %1 characters.</source>
        <translation>Usa menos de %1 caracteres para el horario, por favor.</translation>
    </message>
    <message>
        <source>Please keep the title under %1 characters.</source>
        <translation>Usa menos de %1 caracteres para el título, por favor.</translation>
    </message>
    <message>
        <source>Please keep the text under %1 characters.</source>
        <translation>Usa menos de %1 caracteres para el texto, por favor.</translation>
    </message>
    <message>
        <source>This is very long. Please keep it under %1 characters.</source>
        <translation>Esto es muy largo. Usa menos de %1 caracteres, por favor.</translation>
    </message>
    <message>
        <source>Please keep the prompt under %1 characters.</source>
        <translation>Usa menos de %1 caracteres para la pregunta, por favor.</translation>
    </message>
    <message>
        <source>Please keep the handle under %1 characters.</source>
        <translation>Usa menos de %1 caracteres para el alias, por favor.</translation>
    </message>
    <message>
        <source>That email address does not look complete (it needs a name, @ and a domain).</source>
        <translation>Ese correo electrónico no parece completo (necesita un nombre, @ y un dominio).</translation>
    </message>
    <message>
        <source>A phone number may hold digits, spaces, +, -, brackets and an extension.</source>
        <translation>Un número de teléfono puede tener dígitos, espacios, +, -, paréntesis y una extensión.</translation>
    </message>
    <message>
        <source>Please choose member, co-facilitator or facilitator.</source>
        <translation>Elige miembro, cofacilitador o facilitador, por favor.</translation>
    </message>
    <message>
        <source>Please choose active, paused or left.</source>
        <translation>Elige activo, en pausa o se fue, por favor.</translation>
    </message>
    <message>
        <source>Please choose access needs from the list.</source>
        <translation>Elige las necesidades de accesibilidad de la lista, por favor.</translation>
    </message>
    <message>
        <source>Please answer yes or no.</source>
        <translation>Responde sí o no, por favor.</translation>
    </message>
    <message>
        <source>Please say whether consent was given in person or on paper.</source>
        <translation>Indica si el consentimiento se dio en persona o en papel.</translation>
    </message>
    <message>
        <source>There is no template with that name.</source>
        <translation>No hay ninguna plantilla con ese nombre.</translation>
    </message>
    <message>
        <source>The joining date cannot be in the future.</source>
        <translation>La fecha de incorporación no puede ser futura.</translation>
    </message>
    <message>
        <source>The adoption date cannot be in the future.</source>
        <translation>La fecha de aprobación no puede ser futura.</translation>
    </message>
    <message>
        <source>The meeting date cannot be in the future.</source>
        <translation>La fecha de la reunión no puede ser futura.</translation>
    </message>
    <message>
        <source>The date consent was given cannot be in the future.</source>
        <translation>La fecha del consentimiento no puede ser futura.</translation>
    </message>
    <message>
        <source>Please choose today or an earlier day.</source>
        <translation>Elige hoy o un día anterior, por favor.</translation>
    </message>
    <message>
        <source>Please enter between %1 and %2 people present.</source>
        <translation>Escribe entre %1 y %2 personas presentes.</translation>
    </message>
    <message>
        <source>Mood is a number from %1 to %2.</source>
        <translation>El estado de ánimo es un número del %1 al %2.</translation>
    </message>
    <message>
        <source>Months are %1 to %2.</source>
        <translation>Los meses van del %1 al %2.</translation>
    </message>
    <message>
        <source>Please choose between %1 and %2 months.</source>
        <translation>Elige entre %1 y %2 meses, por favor.</translation>
    </message>
    <message>
        <source>Auto-lock must be between 30 seconds and 60 minutes.</source>
        <translation>El bloqueo automático debe estar entre 30 segundos y 60 minutos.</translation>
    </message>
    <message>
        <source>There is no version %1 of the agreement.</source>
        <translation>No hay ninguna versión %1 del acuerdo.</translation>
    </message>
    <message>
        <source>That version of the wording does not exist.</source>
        <translation>Esa versión del texto no existe.</translation>
    </message>
    <message>
        <source>Please enter an alias or first name.</source>
        <translation>Escribe un seudónimo o un nombre de pila, por favor.</translation>
    </message>
    <message>
        <source>Please give the line a name.</source>
        <translation>Ponle un nombre a la línea, por favor.</translation>
    </message>
    <message>
        <source>Please give the template a name.</source>
        <translation>Ponle un nombre a la plantilla, por favor.</translation>
    </message>
    <message>
        <source>Please write the prompt.</source>
        <translation>Escribe la pregunta, por favor.</translation>
    </message>
    <message>
        <source>Please give the agreement a title.</source>
        <translation>Ponle un título al acuerdo, por favor.</translation>
    </message>
    <message>
        <source>The agreement is empty. Please write at least one line.</source>
        <translation>El acuerdo está vacío. Escribe al menos una línea, por favor.</translation>
    </message>
    <message>
        <source>Please keep the agreement under %1 characters.</source>
        <translation>Usa menos de %1 caracteres para el acuerdo, por favor.</translation>
    </message>
    <message>
        <source>Please give the text a short title.</source>
        <translation>Ponle al texto un título corto, por favor.</translation>
    </message>
    <message>
        <source>Please write the text people will be shown.</source>
        <translation>Escribe el texto que se mostrará a las personas.</translation>
    </message>
    <message>
        <source>This template is too long (the limit is %1 characters).</source>
        <translation>Esta plantilla es demasiado larga (el límite es de %1 caracteres).</translation>
    </message>
    <message>
        <source>This entry is very long. Please split it into two.</source>
        <translation>Esta entrada es muy larga. Divídela en dos, por favor.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB; a sign-up list is much smaller.</source>
        <translation>El archivo ocupa más de %1 MB; una lista de inscripción es mucho más pequeña.</translation>
    </message>
    <message>
        <source>The file says it is UTF-16 text but cannot be read.</source>
        <translation>El archivo dice ser texto UTF-16, pero no se puede leer.</translation>
    </message>
    <message>
        <source>This row is not readable text. Save the sheet as “CSV UTF-8” and try again.</source>
        <translation>Esta fila no es texto legible. Guarda la hoja como «CSV UTF-8» y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>This row is saved in a different text encoding from the rest of the file. Save the sheet as “CSV UTF-8” and try again.</source>
        <translation>Esta fila está guardada con una codificación de texto distinta a la del resto del archivo. Guarda la hoja como «CSV UTF-8» y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The file holds binary data; it is not a CSV sheet.</source>
        <translation>El archivo contiene datos binarios; no es una hoja CSV.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>The file has more than %1 rows.</source>
        <translation>El archivo tiene más de %1 filas.</translation>
    </message>
    <message>
        <source>This row cannot be read (a quote is never closed).</source>
        <translation>Esta fila no se puede leer (hay unas comillas que no se cierran).</translation>
    </message>
    <message>
        <source>The first row looks like a person&apos;s details, not column titles. Add a header row (for example Name, Pronouns, Phone, Email, Notes).</source>
        <translation>La primera fila parece contener los datos de una persona, no títulos de columna. Añade una fila de encabezado (por ejemplo Nombre, Pronombres, Teléfono, Correo, Notas).</translation>
    </message>
    <message>
        <source>This row has %1 cells but the header has %2. Check for a stray comma or a missing quote.</source>
        <translation>Esta fila tiene %1 celdas, pero el encabezado tiene %2. Busca una coma de más o unas comillas que falten.</translation>
    </message>
    <message>
        <source>There is no column called “%1” in the header row.</source>
        <translation>No hay ninguna columna llamada «%1» en la fila de encabezado.</translation>
    </message>
    <message>
        <source>More than one column is called “%1”.</source>
        <translation>Hay más de una columna llamada «%1».</translation>
    </message>
    <message>
        <source>Please choose which column holds the name.</source>
        <translation>Elige qué columna contiene el nombre, por favor.</translation>
    </message>
    <message>
        <source>The consent column should say yes or no (or be left empty for no).</source>
        <translation>La columna de consentimiento debe decir sí o no (o quedar vacía para no).</translation>
    </message>
    <message>
        <source>Contact details without a tick in the consent column: they cannot be kept. Remove them, or tick the column if the person agreed on paper.</source>
        <translation>Hay datos de contacto sin marca en la columna de consentimiento: no se pueden guardar. Quítalos, o marca la columna si la persona dio su conformidad en papel.</translation>
    </message>
    <message>
        <source>Contact details, but the sheet has no consent column: they can only be kept when the person agreed. Map the consent column or remove them.</source>
        <translation>Hay datos de contacto, pero la hoja no tiene columna de consentimiento: solo se pueden guardar si la persona dio su conformidad. Asigna la columna de consentimiento o quítalos.</translation>
    </message>
    <message>
        <source>Someone on the roster is also called “%1”. That is allowed; an initial may help tell them apart.</source>
        <translation>Alguien de la lista de miembros también se llama «%1». Está permitido; una inicial puede ayudar a distinguirlos.</translation>
    </message>
    <message>
        <source>Someone in row %2 is also called “%1”. That is allowed; an initial may help tell them apart.</source>
        <translation>Alguien en la fila %2 también se llama «%1». Está permitido; una inicial puede ayudar a distinguirlos.</translation>
    </message>
    <message>
        <source>The file has a header row but no people in it.</source>
        <translation>El archivo tiene una fila de encabezado, pero ninguna persona.</translation>
    </message>
    <message>
        <source>This file cannot be imported: it is not a well-formed sheet. Nothing was saved.</source>
        <translation>Este archivo no se puede importar: no es una hoja bien formada. No se ha guardado nada.</translation>
    </message>
    <message>
        <source>Some rows have problems (rows %1). Fix them, or import only the rows without problems. Nothing was saved.</source>
        <translation>Algunas filas tienen problemas (filas %1). Corrígelas, o importa solo las filas sin problemas. No se ha guardado nada.</translation>
    </message>
    <message>
        <source>Row %1: %2 Nothing was saved.</source>
        <translation>Fila %1: %2 No se ha guardado nada.</translation>
    </message>
    <message>
        <source>Row %1 has contact details without consent. Nothing was saved.</source>
        <translation>La fila %1 tiene datos de contacto sin consentimiento. No se ha guardado nada.</translation>
    </message>
    <message>
        <source>No name: every row needs a first name or alias.</source>
        <translation>Sin nombre: cada fila necesita un nombre de pila o un seudónimo.</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation>El nombre tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>The pronouns are longer than %1 characters.</source>
        <translation>Los pronombres tienen más de %1 caracteres.</translation>
    </message>
    <message>
        <source>The notes are longer than %1 characters.</source>
        <translation>Las notas tienen más de %1 caracteres.</translation>
    </message>
    <message>
        <source>That is no longer there.</source>
        <translation>Eso ya no está.</translation>
    </message>
    <message>
        <source>This file is not a SafeSpace vault.</source>
        <translation>Este archivo no es una caja fuerte de SafeSpace.</translation>
    </message>
    <message>
        <source>That member is no longer on the roster.</source>
        <translation>Ese miembro ya no está en la lista de miembros.</translation>
    </message>
    <message>
        <source>There is no adopted agreement yet.</source>
        <translation>Todavía no hay ningún acuerdo aprobado.</translation>
    </message>
    <message>
        <source>That draft is no longer there (it was adopted or discarded).</source>
        <translation>Ese borrador ya no está (se aprobó o se descartó).</translation>
    </message>
    <message>
        <source>That crisis line is no longer in the list.</source>
        <translation>Esa línea de crisis ya no está en la lista.</translation>
    </message>
    <message>
        <source>That check-in pair has already ended.</source>
        <translation>Esa pareja de apoyo ya ha terminado.</translation>
    </message>
    <message>
        <source>That prompt is not in the library.</source>
        <translation>Esa pregunta no está en la biblioteca.</translation>
    </message>
    <message>
        <source>That template no longer exists.</source>
        <translation>Esa plantilla ya no existe.</translation>
    </message>
    <message>
        <source>That group prompt was withdrawn.</source>
        <translation>Esa pregunta del grupo se retiró.</translation>
    </message>
    <message>
        <source>That entry is no longer in your journal.</source>
        <translation>Esa entrada ya no está en tu diario.</translation>
    </message>
    <message>
        <source>There is no active consent for that purpose to withdraw.</source>
        <translation>No hay ningún consentimiento activo para esa finalidad que retirar.</translation>
    </message>
    <message>
        <source>Only facilitators can do this.</source>
        <translation>Solo los facilitadores pueden hacer esto.</translation>
    </message>
    <message>
        <source>This person asked to be forgotten, so their entry can no longer be changed.</source>
        <translation>Esta persona pidió que se la olvidara, así que su ficha ya no se puede cambiar.</translation>
    </message>
    <message>
        <source>Adopted versions of the agreement cannot be changed. Start an amendment instead; the group can then adopt it as a new version.</source>
        <translation>Las versiones aprobadas del acuerdo no se pueden cambiar. Empieza una modificación; luego el grupo puede aprobarla como nueva versión.</translation>
    </message>
    <message>
        <source>They have already used their invitation: the journal is theirs now, and only they can open it.</source>
        <translation>Ya ha usado su invitación: el diario es suyo ahora, y solo esa persona puede abrirlo.</translation>
    </message>
    <message>
        <source>You don&apos;t have access to that.</source>
        <translation>No tienes acceso a eso.</translation>
    </message>
    <message>
        <source>Only a member&apos;s journal can be shredded.</source>
        <translation>Solo se puede destruir el diario de un miembro.</translation>
    </message>
    <message>
        <source>Please use at least %1 characters (this has %2). A few unrelated words with spaces are easy to remember and hard to guess.</source>
        <translation>Usa al menos %1 caracteres, por favor (esta tiene %2). Unas cuantas palabras sin relación, separadas por espacios, son fáciles de recordar y difíciles de adivinar.</translation>
    </message>
    <message>
        <source>Please keep it under %1 characters.</source>
        <translation>Usa menos de %1 caracteres, por favor.</translation>
    </message>
    <message>
        <source>That passphrase is too common, so it is easy to guess. Please choose another.</source>
        <translation>Esa frase de contraseña es demasiado común, así que es fácil de adivinar. Elige otra, por favor.</translation>
    </message>
    <message>
        <source>That recovery code has a typo somewhere. Please check each group of letters.</source>
        <translation>Ese código de recuperación tiene alguna errata. Revisa cada grupo de letras, por favor.</translation>
    </message>
    <message>
        <source>A recovery code has %1 letters and digits; this one has %2.</source>
        <translation>Un código de recuperación tiene %1 letras y dígitos; este tiene %2.</translation>
    </message>
    <message>
        <source>That recovery code holds a character recovery codes never use. Please check each group of letters.</source>
        <translation>Ese código de recuperación contiene un carácter que los códigos de recuperación nunca usan. Revisa cada grupo de letras, por favor.</translation>
    </message>
    <message>
        <source>The file is far too large to be a journal backup.</source>
        <translation>El archivo es demasiado grande para ser una copia de un diario.</translation>
    </message>
    <message>
        <source>The journal is too large for one backup file.</source>
        <translation>El diario es demasiado grande para un solo archivo de copia.</translation>
    </message>
    <message>
        <source>The file did not read back the same. Nothing was exported.</source>
        <translation>El archivo no se ha leído igual al comprobarlo. No se ha exportado nada.</translation>
    </message>
    <message>
        <source>The file holds a record this app cannot read.</source>
        <translation>El archivo contiene un registro que esta aplicación no puede leer.</translation>
    </message>
    <message>
        <source>The file holds an entry this app cannot accept.</source>
        <translation>El archivo contiene una entrada que esta aplicación no puede aceptar.</translation>
    </message>
    <message>
        <source>This is not a SafeSpace journal backup.</source>
        <translation>Esto no es una copia de seguridad de un diario de SafeSpace.</translation>
    </message>
    <message>
        <source>The file is damaged or incomplete.</source>
        <translation>El archivo está dañado o incompleto.</translation>
    </message>
    <message>
        <source>The file is damaged: its header does not match its checksum.</source>
        <translation>El archivo está dañado: su encabezado no coincide con su suma de comprobación.</translation>
    </message>
    <message>
        <source>The file is damaged: its key does not open.</source>
        <translation>El archivo está dañado: su llave no abre.</translation>
    </message>
    <message>
        <source>The file is damaged: a record is too large.</source>
        <translation>El archivo está dañado: un registro es demasiado grande.</translation>
    </message>
    <message>
        <source>The file is damaged: its trailer is unreadable.</source>
        <translation>El archivo está dañado: su parte final no se puede leer.</translation>
    </message>
    <message>
        <source>The file is damaged: records are missing.</source>
        <translation>El archivo está dañado: faltan registros.</translation>
    </message>
    <message>
        <source>The file is incomplete: it ends before its last record.</source>
        <translation>El archivo está incompleto: termina antes de su último registro.</translation>
    </message>
    <message>
        <source>Checking your passphrase…</source>
        <translation>Comprobando tu frase de contraseña…</translation>
    </message>
    <message>
        <source>Checking your current passphrase…</source>
        <translation>Comprobando tu frase de contraseña actual…</translation>
    </message>
    <message>
        <source>Protecting your keys…</source>
        <translation>Protegiendo tus llaves…</translation>
    </message>
    <message>
        <source>Protecting your keys with the new passphrase…</source>
        <translation>Protegiendo tus llaves con la nueva frase de contraseña…</translation>
    </message>
    <message>
        <source>Strengthening your key protection…</source>
        <translation>Reforzando la protección de tus llaves…</translation>
    </message>
    <message>
        <source>Creating the demo group…</source>
        <translation>Creando el grupo de demostración…</translation>
    </message>
    <message>
        <source>Adding a co-facilitator…</source>
        <translation>Añadiendo un cofacilitador…</translation>
    </message>
    <message>
        <source>Adding the fictional roster…</source>
        <translation>Añadiendo la lista de miembros ficticia…</translation>
    </message>
    <message>
        <source>Opening journal accounts for the fictional members…</source>
        <translation>Abriendo cuentas de diario para los miembros ficticios…</translation>
    </message>
    <message>
        <source>Writing the group agreement and consents…</source>
        <translation>Escribiendo el acuerdo del grupo y los consentimientos…</translation>
    </message>
    <message>
        <source>Writing River&apos;s fictional journal…</source>
        <translation>Escribiendo el diario ficticio de River…</translation>
    </message>
    <message>
        <source>The demo group is ready.</source>
        <translation>El grupo de demostración está listo.</translation>
    </message>
    <message>
        <source>This person has not agreed to keep their attendance history, so they can only be counted, without their name.</source>
        <translation>Esta persona no ha aceptado que se guarde su historial de asistencia, así que solo se la puede contar, sin su nombre.</translation>
    </message>
    <message>
        <source>Please choose a meeting.</source>
        <translation>Elige una reunión, por favor.</translation>
    </message>
    <message>
        <source>Please write what needs following up.</source>
        <translation>Escribe qué necesita seguimiento, por favor.</translation>
    </message>
    <message>
        <source>That follow-up was removed somewhere else.</source>
        <translation>Ese seguimiento se quitó en otro sitio.</translation>
    </message>
    <message>
        <source>Please enter a time of day, for example 18:30.</source>
        <translation>Escribe una hora del día, por ejemplo 18:30.</translation>
    </message>
    <message>
        <source>That meeting is no longer there.</source>
        <translation>Esa reunión ya no está.</translation>
    </message>
    <message>
        <source>That part of the agenda is no longer there.</source>
        <translation>Esa parte del orden del día ya no está.</translation>
    </message>
    <message>
        <source>That topic is no longer in the list.</source>
        <translation>Ese tema ya no está en la lista.</translation>
    </message>
    <message>
        <source>Scheduled meetings are cancelled rather than removed, so members see why.</source>
        <translation>Las reuniones programadas se cancelan en lugar de quitarse, para que los miembros vean el motivo.</translation>
    </message>
    <message>
        <source>That topic is already on an agenda or was set aside.</source>
        <translation>Ese tema ya está en un orden del día o se dejó aparte.</translation>
    </message>
    <message>
        <source>This facilitator account was removed from the group, so it can no longer open the group&apos;s records on this computer.</source>
        <translation>Esta cuenta de facilitador se quitó del grupo, así que ya no puede abrir los registros del grupo en esta computadora.</translation>
    </message>
    <message>
        <source>You can&apos;t remove yourself. Ask another facilitator to do it from their account.</source>
        <translation>No puedes quitar tu propia cuenta. Pide a otro facilitador que lo haga desde su cuenta.</translation>
    </message>
    <message>
        <source>This is the computer you are using. Remove it from another facilitator&apos;s computer instead.</source>
        <translation>Esta es la computadora que estás usando. Quítala desde la computadora de otro facilitador.</translation>
    </message>
    <message>
        <source>This key file is damaged or is not a SafeSpace key file. Nothing was changed.</source>
        <translation>Este archivo de llave está dañado o no es un archivo de llave de SafeSpace. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>This key file was not signed by a facilitator of this group, so it was not used. Nothing was changed.</source>
        <translation>Este archivo de llave no lo ha firmado un facilitador de este grupo, así que no se ha usado. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>That conflict has already been resolved (perhaps on another computer).</source>
        <translation>Ese conflicto ya se ha resuelto (quizá en otra computadora).</translation>
    </message>
    <message>
        <source>This key file holds no new key for you. Ask the facilitator who made it to save a new one after your computer&apos;s last sync reached them.</source>
        <translation>Este archivo de llave no contiene ninguna llave nueva para ti. Pide al facilitador que lo hizo que guarde uno nuevo cuando le haya llegado la última sincronización de tu computadora.</translation>
    </message>
    <message>
        <source>That handle and passphrase do not match. Please check them and try again.</source>
        <translation>Ese alias y esa frase de contraseña no coinciden. Revísalos y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>That recovery code does not open this account. It may already have been used.</source>
        <translation>Ese código de recuperación no abre esta cuenta. Puede que ya se haya usado.</translation>
    </message>
    <message>
        <source>Your passphrase is right, but the stored key behind it is damaged. Nothing has been changed. Please ask a facilitator for help.</source>
        <translation>Tu frase de contraseña es correcta, pero la llave guardada detrás está dañada. No se ha cambiado nada. Pide ayuda a un facilitador, por favor.</translation>
    </message>
    <message>
        <source>This vault&apos;s key settings are outside the safe range, so it was not opened.</source>
        <translation>Los ajustes de las llaves de esta caja fuerte están fuera del rango seguro, así que no se ha abierto.</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of SafeSpace. Please update the app.</source>
        <translation>Esta caja fuerte se creó con una versión más reciente de SafeSpace. Actualiza la aplicación, por favor.</translation>
    </message>
    <message>
        <source>The disk is full, so this change was not saved. Everything you saved before is safe. Free some space on the disk, then try again.</source>
        <translation>El disco está lleno, así que este cambio no se ha guardado. Todo lo que guardaste antes está a salvo. Libera espacio en el disco y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>This vault is on a disk that can&apos;t be written to (for example a locked SD card or USB stick), so it is open for reading only. Nothing was changed. You can still read, search, print and export.</source>
        <translation>Esta caja fuerte está en un disco en el que no se puede escribir (por ejemplo, una tarjeta SD o una memoria USB bloqueada), así que está abierta solo para lectura. No se ha cambiado nada. Aún puedes leer, buscar, imprimir y exportar.</translation>
    </message>
    <message>
        <source>This vault could not be brought up to date for this version of SafeSpace. Nothing in it was changed, and the file is exactly as it was.</source>
        <translation>No se ha podido poner al día esta caja fuerte para esta versión de SafeSpace. No se ha cambiado nada en ella, y el archivo está exactamente como estaba.</translation>
    </message>
    <message>
        <source>This file is not a SafeSpace vault, or it is missing.</source>
        <translation>Este archivo no es una caja fuerte de SafeSpace, o no se encuentra.</translation>
    </message>
    <message>
        <source>That handle is already taken in this vault. Please choose another.</source>
        <translation>Ese alias ya está en uso en esta caja fuerte. Elige otro, por favor.</translation>
    </message>
    <message>
        <source>That invitation code is not valid. Please ask a facilitator for a new one.</source>
        <translation>Ese código de invitación no es válido. Pide uno nuevo a un facilitador, por favor.</translation>
    </message>
    <message>
        <source>A record failed its safety check and was left untouched.</source>
        <translation>Un registro no ha pasado su comprobación de seguridad y se ha dejado intacto.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>La caja fuerte está bloqueada.</translation>
    </message>
    <message>
        <source>This can&apos;t be saved as it is. Please check it.</source>
        <translation>Esto no se puede guardar así. Revísalo, por favor.</translation>
    </message>
    <message>
        <source>This vault needs a small update for this version of SafeSpace, but its disk can&apos;t be written to. Unlock the stick or card (or copy the vault to this computer), then open it again. Nothing was changed.</source>
        <translation>Esta caja fuerte necesita una pequeña actualización para esta versión de SafeSpace, pero no se puede escribir en su disco. Desbloquea la memoria o la tarjeta (o copia la caja fuerte a esta computadora) y vuelve a abrirla. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The computer could not save the change (is the disk full?). Nothing was lost.</source>
        <translation>La computadora no ha podido guardar el cambio (¿está el disco lleno?). No se ha perdido nada.</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing was saved. Please try again.</source>
        <translation>Algo ha salido mal. No se ha guardado nada. Vuelve a intentarlo, por favor.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Someone on the roster is already called “%1”. You can keep the name; adding an initial (“%1 B.”) or a word may make it easier to tell them apart.</source>
        <translation>Alguien de la lista de miembros ya se llama «%1». Puedes mantener el nombre; añadir una inicial («%1 B.») o una palabra puede ayudar a distinguirlos.</translation>
    </message>
    <message>
        <source>Also on the roster: %1. Make sure people can tell them apart.</source>
        <translation>También en la lista de miembros: %1. Asegúrate de que se les pueda distinguir.</translation>
    </message>
    <message>
        <source>That resource is no longer in the library.</source>
        <translation>Ese recurso ya no está en la biblioteca.</translation>
    </message>
    <message>
        <source>That suggestion was removed.</source>
        <translation>Esa sugerencia se quitó.</translation>
    </message>
    <message>
        <source>Suggestions cannot be sent yet: a facilitator needs to open the resources library once first. Please try again after the next meeting.</source>
        <translation>Todavía no se pueden enviar sugerencias: un facilitador tiene que abrir antes la biblioteca de recursos una vez. Vuelve a intentarlo después de la próxima reunión.</translation>
    </message>
    <message>
        <source>Please choose a review interval of %1 to %2 months.</source>
        <translation>Elige un intervalo de revisión de %1 a %2 meses, por favor.</translation>
    </message>
    <message>
        <source>Please use at most %1 tags.</source>
        <translation>Usa como mucho %1 etiquetas, por favor.</translation>
    </message>
    <message>
        <source>Please keep each tag under %1 characters.</source>
        <translation>Usa menos de %1 caracteres en cada etiqueta, por favor.</translation>
    </message>
    <message>
        <source>The folder holds more than %1 Markdown files.</source>
        <translation>La carpeta contiene más de %1 archivos Markdown.</translation>
    </message>
    <message>
        <source>This file is larger than %1 MB; a resource is much smaller.</source>
        <translation>Este archivo ocupa más de %1 MB; un recurso es mucho más pequeño.</translation>
    </message>
    <message>
        <source>This file is not UTF-8 text. Save it as UTF-8 and try again.</source>
        <translation>Este archivo no es texto UTF-8. Guárdalo como UTF-8 y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The file “%1” is not in the same folder, so it was not attached.</source>
        <translation>El archivo «%1» no está en la misma carpeta, así que no se ha adjuntado.</translation>
    </message>
    <message>
        <source>Please give the resource a title.</source>
        <translation>Ponle un título al recurso, por favor.</translation>
    </message>
    <message>
        <source>Please write your suggestion first.</source>
        <translation>Escribe primero tu sugerencia, por favor.</translation>
    </message>
    <message>
        <source>Someone else changed this while you were editing it, so your changes were not saved. What you typed is still here: copy anything you want to keep, then choose Reload to see their version and make your changes again.</source>
        <translation>Otra persona cambió esto mientras lo editabas, así que tus cambios no se han guardado. Lo que escribiste sigue aquí: copia lo que quieras conservar y elige Recargar para ver su versión y volver a hacer tus cambios.</translation>
    </message>
    <message>
        <source>Someone else changed this person&apos;s details while you were editing them, so your changes were not saved. What you typed is still here: copy anything you want to keep, then choose Reload to see their version and make your changes again.</source>
        <translation>Otra persona cambió los datos de esta persona mientras los editabas, así que tus cambios no se han guardado. Lo que escribiste sigue aquí: copia lo que quieras conservar y elige Recargar para ver su versión y volver a hacer tus cambios.</translation>
    </message>
    <message>
        <source>Someone else changed this draft while you were editing it, so your changes were not saved. What you typed is still here: copy anything you want to keep, then choose Reload to see their version and make your changes again.</source>
        <translation>Otra persona cambió este borrador mientras lo editabas, así que tus cambios no se han guardado. Lo que escribiste sigue aquí: copia lo que quieras conservar y elige Recargar para ver su versión y volver a hacer tus cambios.</translation>
    </message>
    <message>
        <source>This entry was changed somewhere else while you were writing, so your changes were not saved. What you typed is still here: copy anything you want to keep, then choose Reload to see the saved entry and make your changes again.</source>
        <translation>Esta entrada se cambió en otro sitio mientras escribías, así que tus cambios no se han guardado. Lo que escribiste sigue aquí: copia lo que quieras conservar y elige Recargar para ver la entrada guardada y volver a hacer tus cambios.</translation>
    </message>
    <message>
        <source>Someone else changed the group settings while you were editing them, so your changes were not saved. What you typed is still here: note anything you want to keep, then choose Reload to see the saved settings and make your changes again.</source>
        <translation>Otra persona cambió los ajustes del grupo mientras los editabas, así que tus cambios no se han guardado. Lo que escribiste sigue aquí: anota lo que quieras conservar y elige Recargar para ver los ajustes guardados y volver a hacer tus cambios.</translation>
    </message>
    <message>
        <source>Someone else saved a new version of this text while you were editing it, so your changes were not saved. What you typed is still here: copy anything you want to keep, then choose Reload to see their version and make your changes again.</source>
        <translation>Otra persona guardó una nueva versión de este texto mientras lo editabas, así que tus cambios no se han guardado. Lo que escribiste sigue aquí: copia lo que quieras conservar y elige Recargar para ver su versión y volver a hacer tus cambios.</translation>
    </message>
    <message>
        <source>Your safety plan was changed somewhere else while you were editing it, so your changes were not saved. What you typed is still here: copy anything you want to keep, then choose Reload to see the saved plan and make your changes again.</source>
        <translation>Tu plan de seguridad se cambió en otro sitio mientras lo editabas, así que tus cambios no se han guardado. Lo que escribiste sigue aquí: copia lo que quieras conservar y elige Recargar para ver el plan guardado y volver a hacer tus cambios.</translation>
    </message>
    <message>
        <source>Someone else changed this crisis line while you were editing it, so your changes were not saved. What you typed is still here: copy anything you want to keep, then choose Reload to see their version and make your changes again.</source>
        <translation>Otra persona cambió esta línea de crisis mientras la editabas, así que tus cambios no se han guardado. Lo que escribiste sigue aquí: copia lo que quieras conservar y elige Recargar para ver su versión y volver a hacer tus cambios.</translation>
    </message>
    <message>
        <source>Someone else changed this meeting while you were editing it, so your changes were not saved. Choose Reload to see their version and make your change again.</source>
        <translation>Otra persona cambió esta reunión mientras la editabas, así que tus cambios no se han guardado. Elige Recargar para ver su versión y volver a hacer tu cambio.</translation>
    </message>
    <message>
        <source>Someone else changed this part of the agenda while you were editing it, so your changes were not saved. What you typed is still here: choose Reload to see their version and make your changes again.</source>
        <translation>Otra persona cambió esta parte del orden del día mientras la editabas, así que tus cambios no se han guardado. Lo que escribiste sigue aquí: elige Recargar para ver su versión y volver a hacer tus cambios.</translation>
    </message>
    <message>
        <source>Someone else changed this template while you were editing it, so your changes were not saved. Choose Reload to see their version.</source>
        <translation>Otra persona cambió esta plantilla mientras la editabas, así que tus cambios no se han guardado. Elige Recargar para ver su versión.</translation>
    </message>
    <message>
        <source>Someone else changed this topic first, so nothing was changed. Choose Reload to see the list as it is now.</source>
        <translation>Otra persona cambió este tema antes, así que no se ha cambiado nada. Elige Recargar para ver la lista tal como está ahora.</translation>
    </message>
    <message>
        <source>Someone else changed this resource while you were editing it, so your changes were not saved. What you typed is still here: copy anything you want to keep, then choose Reload to see their version and make your changes again.</source>
        <translation>Otra persona cambió este recurso mientras lo editabas, así que tus cambios no se han guardado. Lo que escribiste sigue aquí: copia lo que quieras conservar y elige Recargar para ver su versión y volver a hacer tus cambios.</translation>
    </message>
    <message>
        <source>Someone else changed this suggestion first, so your change was not saved. Choose Reload to see it as it is now.</source>
        <translation>Otra persona cambió esta sugerencia antes, así que tu cambio no se ha guardado. Elige Recargar para verla tal como está ahora.</translation>
    </message>
    <message>
        <source>Someone else changed this follow-up while you were editing it, so your changes were not saved. What you typed is still here: copy anything you want to keep, then choose Reload to see their version and make your changes again.</source>
        <translation>Otra persona cambió este seguimiento mientras lo editabas, así que tus cambios no se han guardado. Lo que escribiste sigue aquí: copia lo que quieras conservar y elige Recargar para ver su versión y volver a hacer tus cambios.</translation>
    </message>
    <message>
        <source>Someone else changed the notes of this meeting while you were writing, so your changes were not saved. What you typed is still here: copy anything you want to keep, then choose Reload to see their version and make your changes again.</source>
        <translation>Otra persona cambió las notas de esta reunión mientras escribías, así que tus cambios no se han guardado. Lo que escribiste sigue aquí: copia lo que quieras conservar y elige Recargar para ver su versión y volver a hacer tus cambios.</translation>
    </message>
    <message>
        <source>Someone else changed the counts of this meeting first, so yours were not saved. Choose Reload to see their numbers, then set them again.</source>
        <translation>Otra persona cambió antes los recuentos de esta reunión, así que los tuyos no se han guardado. Elige Recargar para ver sus números y vuelve a ponerlos.</translation>
    </message>
    <message>
        <source>This is not a SafeSpace sync file. Nothing was changed.</source>
        <translation>Esto no es un archivo de sincronización de SafeSpace. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>This is not a SafeSpace join kit. Nothing was changed.</source>
        <translation>Esto no es un kit de incorporación de SafeSpace. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>This sync file is incomplete. Perhaps the stick was removed while it was being copied. Nothing was changed; please copy it again.</source>
        <translation>Este archivo de sincronización está incompleto. Quizá se quitó la memoria USB mientras se copiaba. No se ha cambiado nada; cópialo de nuevo, por favor.</translation>
    </message>
    <message>
        <source>This sync file is damaged, so nothing was changed. Please export it again.</source>
        <translation>Este archivo de sincronización está dañado, así que no se ha cambiado nada. Expórtalo de nuevo, por favor.</translation>
    </message>
    <message>
        <source>Part of this sync file cannot be read, so nothing was changed.</source>
        <translation>Parte de este archivo de sincronización no se puede leer, así que no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>This sync file is not signed, so nothing was changed.</source>
        <translation>Este archivo de sincronización no está firmado, así que no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>This sync file&apos;s signature does not match the computer that made it. Nothing was changed.</source>
        <translation>La firma de este archivo de sincronización no coincide con la computadora que lo hizo. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>This sync file belongs to a different group. Nothing was changed.</source>
        <translation>Este archivo de sincronización es de otro grupo. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>This sync file is locked with a group key this computer does not have (the key may have been changed after a device was removed). Nothing was changed.</source>
        <translation>Este archivo de sincronización está cerrado con una llave del grupo que esta computadora no tiene (puede que la llave cambiara después de quitar un dispositivo). No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>This sync file comes from a computer that has not joined this group. Nothing was changed.</source>
        <translation>Este archivo de sincronización viene de una computadora que no se ha unido a este grupo. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>This sync file comes from “%1”, which was removed from the group. Nothing was changed.</source>
        <translation>Este archivo de sincronización viene de «%1», que se quitó del grupo. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>This sync file claims to come from this computer, but this computer did not make it. It may come from a copy of this vault. Nothing was changed.</source>
        <translation>Este archivo de sincronización dice venir de esta computadora, pero esta computadora no lo hizo. Puede venir de una copia de esta caja fuerte. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>This file was made by a newer version of SafeSpace. Please update, then try again. Nothing was changed.</source>
        <translation>Este archivo se hizo con una versión más reciente de SafeSpace. Actualiza y vuelve a intentarlo. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>This sync file needs a newer version of SafeSpace (data version %1). Please update, then try again. Nothing was changed.</source>
        <translation>Este archivo de sincronización necesita una versión más reciente de SafeSpace (versión de datos %1). Actualiza y vuelve a intentarlo. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>This file is far too large to be a sync file.</source>
        <translation>Este archivo es demasiado grande para ser un archivo de sincronización.</translation>
    </message>
    <message>
        <source>The computer that made this file seems to have its clock set more than a day ahead. Nothing was changed. Please check the date on that computer.</source>
        <translation>La computadora que hizo este archivo parece tener el reloj adelantado más de un día. No se ha cambiado nada. Revisa la fecha en esa computadora, por favor.</translation>
    </message>
    <message>
        <source>This import would hide %1 records. Nothing was changed. Please look at the preview and confirm if that is what you expect.</source>
        <translation>Esta importación ocultaría %1 registros. No se ha cambiado nada. Mira la vista previa y confirma si es lo que esperas.</translation>
    </message>
    <message>
        <source>This sync file was already imported. Nothing changed.</source>
        <translation>Este archivo de sincronización ya se importó. No ha cambiado nada.</translation>
    </message>
    <message>
        <source>The stick or disk is full. Nothing was saved there; please free some space and try again.</source>
        <translation>La memoria USB o el disco están llenos. No se ha guardado nada ahí; libera algo de espacio y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The stick or folder cannot be written to (is it locked or read-only?). Nothing was saved there.</source>
        <translation>No se puede escribir en la memoria USB o la carpeta (¿está bloqueada o es de solo lectura?). No se ha guardado nada ahí.</translation>
    </message>
    <message>
        <source>The stick or file is no longer there. Was it removed? Nothing was changed.</source>
        <translation>La memoria USB o el archivo ya no están. ¿Se ha quitado? No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The file could not be written. Nothing was left on the stick.</source>
        <translation>No se ha podido escribir el archivo. No ha quedado nada en la memoria USB.</translation>
    </message>
    <message>
        <source>The file did not read back correctly, so it was removed. Please try again, perhaps with another stick.</source>
        <translation>El archivo no se ha leído bien al comprobarlo, así que se ha quitado. Vuelve a intentarlo, quizá con otra memoria USB.</translation>
    </message>
    <message>
        <source>There is no import to undo, or changes were made after it, so it can no longer be undone.</source>
        <translation>No hay ninguna importación que deshacer, o se hicieron cambios después, así que ya no se puede deshacer.</translation>
    </message>
    <message>
        <source>This computer is already enrolled with another key.</source>
        <translation>Esta computadora ya está inscrita con otra llave.</translation>
    </message>
    <message>
        <source>Please choose a folder that does not hold the vault itself: a sync program copying the live vault could damage it.</source>
        <translation>Elige una carpeta que no contenga la propia caja fuerte: un programa de sincronización que copie la caja fuerte en uso podría dañarla.</translation>
    </message>
    <message>
        <source>Collecting the records…</source>
        <translation>Reuniendo los registros…</translation>
    </message>
    <message>
        <source>Writing the file and reading it back…</source>
        <translation>Escribiendo el archivo y volviendo a leerlo…</translation>
    </message>
    <message>
        <source>Done. It is safe to remove the stick.</source>
        <translation>Listo. Ya puedes quitar la memoria USB.</translation>
    </message>
    <message>
        <source>Please check who leads, supports, is away and covers.</source>
        <translation>Revisa quién dirige, quién apoya, quién no estará y quién sustituye.</translation>
    </message>
    <message>
        <source>Please choose a lead who is still a facilitator.</source>
        <translation>Elige para dirigir a alguien que siga siendo facilitador.</translation>
    </message>
    <message>
        <source>Please choose someone else to support: the lead cannot also support.</source>
        <translation>Elige a otra persona para apoyar: quien dirige no puede también apoyar.</translation>
    </message>
    <message>
        <source>Please choose cover from the facilitators who are not away: the lead cannot cover for themselves.</source>
        <translation>Elige la sustitución entre los facilitadores que sí estarán: quien dirige no puede sustituirse a sí mismo.</translation>
    </message>
    <message>
        <source>Only current facilitators can be marked away.</source>
        <translation>Solo se puede marcar como ausentes a los facilitadores actuales.</translation>
    </message>
    <message>
        <source>Someone else changed the rota for this meeting first, so your change was not saved. Your choices are still here: choose Reload to see theirs.</source>
        <translation>Otra persona cambió antes los turnos de esta reunión, así que tu cambio no se ha guardado. Tus elecciones siguen aquí: elige Recargar para ver las suyas.</translation>
    </message>
    <message>
        <source>Please choose how the meeting was for you, from 1 to 5.</source>
        <translation>Elige cómo fue la reunión para ti, del 1 al 5.</translation>
    </message>
    <message>
        <source>Please answer at least one question, or write what you would change.</source>
        <translation>Responde al menos a una pregunta, o escribe qué cambiarías.</translation>
    </message>
    <message>
        <source>Topic suggestions open once a facilitator has signed in on this computer. Please try again after the next meeting.</source>
        <translation>Las propuestas de temas se abren cuando un facilitador ha iniciado sesión en esta computadora. Vuelve a intentarlo después de la próxima reunión.</translation>
    </message>
    <message>
        <source>This form belongs to a different kiosk.</source>
        <translation>Este formulario pertenece a otra pantalla de opiniones.</translation>
    </message>
    <message>
        <source>Only a facilitator can close the feedback screen.</source>
        <translation>Solo un facilitador puede cerrar la pantalla de opiniones.</translation>
    </message>
</context>
<context>
    <name>EvaluationForm</name>
    <message>
        <source>I feel safe sharing in this group.</source>
        <translation>Siento que puedo compartir con seguridad en este grupo.</translation>
    </message>
    <message>
        <source>When I speak, I feel heard.</source>
        <translation>Cuando hablo, siento que me escuchan.</translation>
    </message>
    <message>
        <source>Our group agreement is kept, by all of us, facilitators too.</source>
        <translation>Todo el mundo respeta nuestro acuerdo del grupo, también los facilitadores.</translation>
    </message>
    <message>
        <source>Coming to the group helps me.</source>
        <translation>Venir al grupo me ayuda.</translation>
    </message>
    <message>
        <source>Answer only what you want to: any question can stay blank.</source>
        <translation>Responde solo lo que quieras: cualquier pregunta puede quedar en blanco.</translation>
    </message>
    <message>
        <source>One thing I would change</source>
        <translation>Algo que cambiaría</translation>
    </message>
    <message>
        <source>One thing I would change (optional)</source>
        <translation>Algo que cambiaría (opcional)</translation>
    </message>
    <message>
        <source>A topic I&apos;d like (optional)</source>
        <translation>Un tema que me gustaría (opcional)</translation>
    </message>
</context>
<context>
    <name>EvaluationReminder</name>
    <message>
        <source>Suggested evaluation</source>
        <translation>Evaluación sugerida</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <source>Select all rows</source>
        <translation>Seleccionar todas las filas</translation>
    </message>
</context>
<context>
    <name>FeedbackView</name>
    <message>
        <source>Feedback</source>
        <translation>Opiniones</translation>
    </message>
    <message>
        <source>After the meeting, let people say how it went, without names. The feedback screen fills the window and locks your session; people answer one after another; your passphrase closes it.</source>
        <translation>Después de la reunión, deja que la gente diga cómo fue, sin nombres. La pantalla de opiniones ocupa toda la ventana y bloquea tu sesión; las personas responden una tras otra; tu frase de contraseña la cierra.</translation>
    </message>
    <message>
        <source>Suggested evaluation</source>
        <translation>Evaluación sugerida</translation>
    </message>
    <message>
        <source>Start the feed&amp;back screen</source>
        <translation>&amp;Iniciar la pantalla de opiniones</translation>
    </message>
    <message>
        <source>Start the feedback screen</source>
        <translation>Iniciar la pantalla de opiniones</translation>
    </message>
    <message>
        <source>Start an &amp;evaluation</source>
        <translation>Iniciar una &amp;evaluación</translation>
    </message>
    <message>
        <source>Start an evaluation</source>
        <translation>Iniciar una evaluación</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Show the feedback again</source>
        <translation>Volver a mostrar las opiniones</translation>
    </message>
    <message>
        <source>Why nothing is shown</source>
        <translation>Por qué no se muestra nada</translation>
    </message>
    <message>
        <source>Ratings summary</source>
        <translation>Resumen de valoraciones</translation>
    </message>
    <message>
        <source>How many gave each rating</source>
        <translation>Cuántas personas dieron cada valoración</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Cuántas</translation>
    </message>
    <message>
        <source>What helped, in a random order</source>
        <translation>Lo que ayudó, en orden aleatorio</translation>
    </message>
    <message>
        <source>What could be better, in a random order</source>
        <translation>Lo que podría mejorar, en orden aleatorio</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Evaluation answers</source>
        <translation>Respuestas de la evaluación</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Yes, always</source>
        <translation>Sí, siempre</translation>
    </message>
    <message>
        <source>Mostly</source>
        <translation>Casi siempre</translation>
    </message>
    <message>
        <source>Sometimes</source>
        <translation>A veces</translation>
    </message>
    <message>
        <source>Not really</source>
        <translation>No mucho</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>What people would change, in a random order</source>
        <translation>Lo que la gente cambiaría, en orden aleatorio</translation>
    </message>
    <message>
        <source>What &amp;helped:</source>
        <translation>Lo &amp;que ayudó:</translation>
    </message>
    <message>
        <source>What co&amp;uld be better:</source>
        <translation>Lo que podría &amp;mejorar:</translation>
    </message>
    <message>
        <source>What people would &amp;change:</source>
        <translation>&amp;Lo que la gente cambiaría:</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search resources</source>
        <translation>Buscar recursos</translation>
    </message>
    <message>
        <source>Search titles, text, tags and services</source>
        <translation>Buscar en títulos, textos, etiquetas y servicios</translation>
    </message>
    <message>
        <source>Show kind</source>
        <translation>Mostrar tipo</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Show tag</source>
        <translation>Mostrar etiqueta</translation>
    </message>
    <message>
        <source>Show audience</source>
        <translation>Mostrar público</translation>
    </message>
    <message>
        <source>Everyone&apos;s and facilitators&apos;</source>
        <translation>Para todos y solo para facilitadores</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Ordenar por</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Last checked (oldest first)</source>
        <translation>Última comprobación (la más antigua primero)</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Todas las etiquetas</translation>
    </message>
</context>
<context>
    <name>FiltersPanel</name>
    <message>
        <source>Any time</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation>Últimas 4 semanas</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>Between two dates…</source>
        <translation>Entre dos fechas…</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Fechas:</translation>
    </message>
    <message>
        <source>From this day</source>
        <translation>Desde este día</translation>
    </message>
    <message>
        <source>Until this day</source>
        <translation>Hasta este día</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Cualquier etiqueta</translation>
    </message>
    <message>
        <source>Ta&amp;g:</source>
        <translation>&amp;Etiqueta:</translation>
    </message>
    <message>
        <source>Any mood</source>
        <translation>Cualquier estado de ánimo</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Estado de ánimo</translation>
    </message>
    <message>
        <source>Mood:</source>
        <translation>Estado de ánimo:</translation>
    </message>
    <message>
        <source>Starred only</source>
        <translation>Solo destacadas</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Set up a group vault</source>
        <translation>Preparar la caja fuerte de un grupo</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>&amp;Open my vault</source>
        <translation>&amp;Abrir mi caja fuerte</translation>
    </message>
</context>
<context>
    <name>FloorPanel</name>
    <message>
        <source>Raised hands, in the order they will be called</source>
        <translation>Manos levantadas, en el orden en que se darán los turnos</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Esperando</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Turnos</translation>
    </message>
    <message>
        <source>Talk time</source>
        <translation>Tiempo de palabra</translation>
    </message>
    <message>
        <source>Speaking: %1 (%2)</source>
        <translation>Habla: %1 (%2)</translation>
    </message>
    <message>
        <source>Nobody is speaking. Press Return for the next raised hand.</source>
        <translation>No habla nadie. Pulsa Intro para la siguiente mano levantada.</translation>
    </message>
    <message>
        <source>The list is closed.</source>
        <translation>La lista está cerrada.</translation>
    </message>
    <message>
        <source>%1 has had a large share of the time; you might invite quieter voices.</source>
        <translation>%1 ha tenido buena parte del tiempo; quizá puedas invitar a hablar a voces más calladas.</translation>
    </message>
</context>
<context>
    <name>ForgetMemberDialog</name>
    <message>
        <source>Forget this person</source>
        <translation>Olvidar a esta persona</translation>
    </message>
    <message>
        <source>Forget %1 for good?</source>
        <translation>¿Olvidar a %1 para siempre?</translation>
    </message>
    <message>
        <source>Use this when someone asks to be forgotten. These will be erased:</source>
        <translation>Usa esto cuando alguien pida que se le olvide. Se borrará lo siguiente:</translation>
    </message>
    <message>
        <source>What will be erased</source>
        <translation>Qué se borrará</translation>
    </message>
    <message>
        <source>Their entry stays as “Former member” with a number, with only the dates they joined and left, so attendance totals still add up.</source>
        <translation>Su ficha queda como «Antiguo miembro» con un número, solo con las fechas en que se unió y se fue, para que los totales de asistencia sigan cuadrando.</translation>
    </message>
    <message>
        <source>This cannot be undone. Once they are forgotten, nobody can bring these details back, not even from this computer&apos;s disk.</source>
        <translation>Esto no se puede deshacer. Una vez olvidada, nadie puede recuperar estos datos, ni siquiera desde el disco de esta computadora.</translation>
    </message>
    <message>
        <source>I &amp;understand that this cannot be undone</source>
        <translation>&amp;Entiendo que esto no se puede deshacer</translation>
    </message>
    <message>
        <source>&amp;Forget for good</source>
        <translation>&amp;Olvidar para siempre</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>GroupPromptRow</name>
    <message>
        <source>A prompt from your group, %1</source>
        <translation>Una pregunta de tu grupo, %1</translation>
    </message>
    <message>
        <source>Group prompt</source>
        <translation>Pregunta del grupo</translation>
    </message>
    <message>
        <source>Write about this</source>
        <translation>Escribir sobre esto</translation>
    </message>
    <message>
        <source>Write about this group prompt</source>
        <translation>Escribir sobre esta pregunta del grupo</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss this group prompt</source>
        <translation>Descartar esta pregunta del grupo</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Próxima reunión</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <source>Follow-ups summary</source>
        <translation>Resumen de seguimientos</translation>
    </message>
    <message>
        <source>Open follow-ups, overdue first</source>
        <translation>Seguimientos abiertos, los atrasados primero</translation>
    </message>
    <message>
        <source>Press Space to mark the chosen one done.</source>
        <translation>Pulsa Espacio para marcar como hecho el elegido.</translation>
    </message>
    <message>
        <source>&amp;Open follow-ups (Space marks one done):</source>
        <translation>&amp;Seguimientos abiertos (Espacio marca uno como hecho):</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Marcar como &amp;hecho</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>Qui&amp;tar…</translation>
    </message>
    <message>
        <source>Remove a follow-up added by mistake (not the same as done)</source>
        <translation>Quitar un seguimiento añadido por error (no es lo mismo que hecho)</translation>
    </message>
    <message>
        <source>Add or edit a follow-up</source>
        <translation>Añadir o editar un seguimiento</translation>
    </message>
    <message>
        <source>What needs following up</source>
        <translation>Qué necesita seguimiento</translation>
    </message>
    <message>
        <source>For example: stepped out, call tomorrow</source>
        <translation>Por ejemplo: salió de la sala, llamar mañana</translation>
    </message>
    <message>
        <source>Due &amp;by:</source>
        <translation>&amp;Para el:</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>About whom (optional)</source>
        <translation>Sobre quién (opcional)</translation>
    </message>
    <message>
        <source>From which meeting (optional)</source>
        <translation>De qué reunión (opcional)</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Qué:</translation>
    </message>
    <message>
        <source>About &amp;whom:</source>
        <translation>Sobre q&amp;uién:</translation>
    </message>
    <message>
        <source>From &amp;meeting:</source>
        <translation>De la &amp;reunión:</translation>
    </message>
    <message>
        <source>&amp;Add follow-up</source>
        <translation>&amp;Añadir seguimiento</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Guardar cambios</translation>
    </message>
    <message>
        <source>&amp;Clear the form</source>
        <translation>&amp;Vaciar el formulario</translation>
    </message>
    <message>
        <source>Show the saved follow-up instead of what you typed</source>
        <translation>Mostrar el seguimiento guardado en lugar de lo que escribiste</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Pronombres</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Datos de contacto</translation>
    </message>
    <message>
        <source>Agreed to contact</source>
        <translation>Acepta contacto</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Note: </source>
        <translation>Nota: </translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Sin problemas</translation>
    </message>
</context>
<context>
    <name>InvitationActions</name>
    <message>
        <source>Preparing a journal invitation…</source>
        <translation>Preparando una invitación al diario…</translation>
    </message>
    <message>
        <source>Give a new code?</source>
        <translation>¿Dar un código nuevo?</translation>
    </message>
    <message>
        <source>The code %1 was given will stop working, and a new one is shown for you to give them.</source>
        <translation>El código que se le dio a %1 dejará de funcionar, y se mostrará uno nuevo para que se lo des.</translation>
    </message>
    <message>
        <source>&amp;Give a new code</source>
        <translation>&amp;Dar un código nuevo</translation>
    </message>
    <message>
        <source>Preparing a new code…</source>
        <translation>Preparando un código nuevo…</translation>
    </message>
    <message>
        <source>Withdraw the invitation?</source>
        <translation>¿Retirar la invitación?</translation>
    </message>
    <message>
        <source>The code %1 was given will stop working. You can invite them again at any time.</source>
        <translation>El código que se le dio a %1 dejará de funcionar. Puedes volver a invitar a esta persona cuando quieras.</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Retirar</translation>
    </message>
    <message>
        <source>The invitation for %1 was withdrawn.</source>
        <translation>Se ha retirado la invitación de %1.</translation>
    </message>
</context>
<context>
    <name>InvitationCodeDialog</name>
    <message>
        <source>Journal invitation</source>
        <translation>Invitación al diario</translation>
    </message>
    <message>
        <source>An invitation for %1</source>
        <translation>Una invitación para %1</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Código de invitación</translation>
    </message>
    <message>
        <source>Give this code to %1. At the lock screen they choose &apos;I have an invitation code&apos;, then pick their own handle and passphrase. You will never see or set their passphrase.</source>
        <translation>Dale este código a %1. En la pantalla de bloqueo tendrá que elegir «Tengo un código de invitación» y luego su propio alias y frase de contraseña. Tú nunca verás ni pondrás su frase de contraseña.</translation>
    </message>
    <message>
        <source>The code works once. Nothing they write in their journal can be read by facilitators.</source>
        <translation>El código funciona una sola vez. Nada de lo que escriba en su diario pueden leerlo los facilitadores.</translation>
    </message>
    <message>
        <source>&amp;Let them set it up now</source>
        <translation>&amp;Que lo prepare ahora</translation>
    </message>
    <message>
        <source>Locks your session and opens the invitation screen for them.</source>
        <translation>Bloquea tu sesión y le abre la pantalla de invitación.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Hecho</translation>
    </message>
</context>
<context>
    <name>JoinGroupDialog</name>
    <message>
        <source>Join a group from a join kit</source>
        <translation>Unirse a un grupo con un kit de incorporación</translation>
    </message>
    <message>
        <source>Join your group on this computer</source>
        <translation>Únete a tu grupo en esta computadora</translation>
    </message>
    <message>
        <source>A facilitator made a join kit for you on their computer. Choose it, type the handle you want here and the passphrase the kit was made with.</source>
        <translation>Un facilitador ha preparado un kit de incorporación para ti en su computadora. Elígelo, escribe aquí el alias que quieras y la frase de contraseña con la que se hizo el kit.</translation>
    </message>
    <message>
        <source>Join kit file</source>
        <translation>Archivo del kit de incorporación</translation>
    </message>
    <message>
        <source>&amp;Choose the join kit…</source>
        <translation>&amp;Elegir el kit de incorporación…</translation>
    </message>
    <message>
        <source>Choose the join kit</source>
        <translation>Elegir el kit de incorporación</translation>
    </message>
    <message>
        <source>Your handle</source>
        <translation>Tu alias</translation>
    </message>
    <message>
        <source>Passphrase of the join kit</source>
        <translation>Frase de contraseña del kit de incorporación</translation>
    </message>
    <message>
        <source>Join kit:</source>
        <translation>Kit de incorporación:</translation>
    </message>
    <message>
        <source>&amp;Handle:</source>
        <translation>&amp;Alias:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>&amp;Join the group</source>
        <translation>&amp;Unirse al grupo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Join kits (*.ssjoin)</source>
        <translation>Kits de incorporación (*.ssjoin)</translation>
    </message>
    <message>
        <source>Opening the join kit and protecting your keys…</source>
        <translation>Abriendo el kit de incorporación y protegiendo tus llaves…</translation>
    </message>
    <message>
        <source>You have joined. Now copy down your recovery code.</source>
        <translation>Ya te has unido. Ahora anota tu código de recuperación.</translation>
    </message>
</context>
<context>
    <name>JoinKitDialog</name>
    <message>
        <source>&amp;Make the join kit</source>
        <translation>&amp;Crear el kit de incorporación</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>Passphrase of the facilitator joining</source>
        <translation>Frase de contraseña del facilitador que se une</translation>
    </message>
    <message>
        <source>Con&amp;firm passphrase:</source>
        <translation>Confi&amp;rmar la frase de contraseña:</translation>
    </message>
    <message>
        <source>Confirm the joining facilitator&apos;s passphrase</source>
        <translation>Confirmar la frase de contraseña del facilitador que se une</translation>
    </message>
    <message>
        <source>Join kit for a new computer</source>
        <translation>Kit de incorporación para una computadora nueva</translation>
    </message>
    <message>
        <source>Please hand the keyboard to the facilitator who will use the new computer</source>
        <translation>Pasa el teclado, por favor, al facilitador que usará la computadora nueva</translation>
    </message>
    <message>
        <source>The join kit holds the whole group, locked with this passphrase. On the new computer they open it with the same passphrase, which becomes theirs there. Carry it in person and delete it from the stick once the new computer has joined.</source>
        <translation>El kit de incorporación contiene todo el grupo, cerrado con esta frase de contraseña. En la computadora nueva se abre con la misma frase, que pasa a ser la suya allí. Llévalo en persona y bórralo de la memoria USB cuando la computadora nueva se haya unido.</translation>
    </message>
    <message>
        <source>Name of the new computer</source>
        <translation>Nombre de la computadora nueva</translation>
    </message>
    <message>
        <source>For example: Sam&apos;s laptop</source>
        <translation>Por ejemplo: Portátil de Sam</translation>
    </message>
    <message>
        <source>&amp;Name of the new computer:</source>
        <translation>&amp;Nombre de la computadora nueva:</translation>
    </message>
    <message>
        <source>Name message</source>
        <translation>Mensaje sobre el nombre</translation>
    </message>
    <message>
        <source>Making and checking the join kit…</source>
        <translation>Creando y comprobando el kit de incorporación…</translation>
    </message>
    <message>
        <source>Saved and checked: %1. It is safe to remove the stick.</source>
        <translation>Guardado y comprobado: %1. Ya puedes quitar la memoria USB.</translation>
    </message>
</context>
<context>
    <name>JournalController</name>
    <message>
        <source>Some entries could not be opened because they seem damaged. They have been left exactly as they were.</source>
        <translation>Algunas entradas no se han podido abrir porque parecen dañadas. Se han dejado exactamente como estaban.</translation>
    </message>
</context>
<context>
    <name>JournalEditor</name>
    <message>
        <source>Editor heading</source>
        <translation>Encabezado del editor</translation>
    </message>
    <message>
        <source>Prompt:</source>
        <translation>Pregunta:</translation>
    </message>
    <message>
        <source>Prompt you are writing about</source>
        <translation>Pregunta sobre la que escribes</translation>
    </message>
    <message>
        <source>Remove prompt</source>
        <translation>Quitar la pregunta</translation>
    </message>
    <message>
        <source>Remove the prompt from this entry</source>
        <translation>Quitar la pregunta de esta entrada</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Day this entry is about</source>
        <translation>Día del que trata esta entrada</translation>
    </message>
    <message>
        <source>You can choose an earlier day to write about a day that has passed.</source>
        <translation>Puedes elegir un día anterior para escribir sobre un día que ya pasó.</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Día:</translation>
    </message>
    <message>
        <source>Star this entr&amp;y</source>
        <translation>Dest&amp;acar esta entrada</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Destacada</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Mood: not noted</source>
        <translation>Ánimo: sin anotar</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Mood %1 of %2, %3</source>
        <translation>Ánimo %1 de %2, %3</translation>
    </message>
    <message>
        <source>&amp;Mood:</source>
        <translation>Estado de &amp;ánimo:</translation>
    </message>
    <message>
        <source>Write whatever you like. Only you can read this.

You can use Markdown if you know it: *italic*, **bold**, - lists.</source>
        <translation>Escribe lo que quieras. Solo tú puedes leerlo.

Si conoces Markdown, puedes usarlo: *cursiva*, **negrita**, - listas.</translation>
    </message>
    <message>
        <source>Entry text</source>
        <translation>Texto de la entrada</translation>
    </message>
    <message>
        <source>&amp;Entry:</source>
        <translation>&amp;Entrada:</translation>
    </message>
    <message>
        <source>for example: tired, hopeful</source>
        <translation>por ejemplo: cansancio, esperanza</translation>
    </message>
    <message>
        <source>Feelings, separated by commas</source>
        <translation>Sentimientos, separados por comas</translation>
    </message>
    <message>
        <source>&amp;Feelings:</source>
        <translation>&amp;Sentimientos:</translation>
    </message>
    <message>
        <source>for example: work, family</source>
        <translation>por ejemplo: trabajo, familia</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Etiquetas, separadas por comas</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>Eti&amp;quetas:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save this entry (Ctrl+S)</source>
        <translation>Guardar esta entrada (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;New entry</source>
        <translation>&amp;Nueva entrada</translation>
    </message>
    <message>
        <source>Start a new entry (Ctrl+N)</source>
        <translation>Empezar una entrada nueva (Ctrl+N)</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Delete this entry for good</source>
        <translation>Eliminar esta entrada para siempre</translation>
    </message>
    <message>
        <source>Saving status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Show the saved version of this entry instead of what you typed</source>
        <translation>Mostrar la versión guardada de esta entrada en lugar de lo que escribiste</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Entrada nueva</translation>
    </message>
    <message>
        <source>Entry for %1</source>
        <translation>Entrada del %1</translation>
    </message>
</context>
<context>
    <name>JournalExport</name>
    <message>
        <source>My journal</source>
        <translation>Mi diario</translation>
    </message>
</context>
<context>
    <name>JournalExportDialog</name>
    <message>
        <source>Export my journal</source>
        <translation>Exportar mi diario</translation>
    </message>
    <message>
        <source>Which kind of copy would you like?</source>
        <translation>¿Qué tipo de copia quieres?</translation>
    </message>
    <message>
        <source>A private &amp;backup file (encrypted)</source>
        <translation>Un archivo de copia de seguridad &amp;privado (cifrado)</translation>
    </message>
    <message>
        <source>To move your journal to another computer, or to keep a spare copy. It holds all your entries, your safety plan and your templates, locked with a passphrase you choose. Only that passphrase can open it.</source>
        <translation>Para llevar tu diario a otra computadora, o para tener una copia de repuesto. Contiene todas tus entradas, tu plan de seguridad y tus plantillas, cerrado con una frase de contraseña que eliges tú. Solo esa frase puede abrirlo.</translation>
    </message>
    <message>
        <source>A &amp;readable copy (NOT encrypted)</source>
        <translation>Una copia &amp;legible (NO cifrada)</translation>
    </message>
    <message>
        <source>The entries between two dates, as a Markdown or PDF file you can read, print or take to someone you trust. Anyone who gets this file can read it.</source>
        <translation>Las entradas entre dos fechas, como archivo Markdown o PDF que puedes leer, imprimir o llevar a alguien de confianza. Cualquiera que consiga este archivo puede leerlo.</translation>
    </message>
    <message>
        <source>Choose the passphrase that will open this file. It can be the one you unlock with, or a new one. You will need it to bring the file back in, so keep it somewhere safe.</source>
        <translation>Elige la frase de contraseña que abrirá este archivo. Puede ser la que usas para desbloquear, o una nueva. La necesitarás para volver a traer el archivo, así que guárdala en un lugar seguro.</translation>
    </message>
    <message>
        <source>&amp;Passphrase for the file:</source>
        <translation>&amp;Frase de contraseña del archivo:</translation>
    </message>
    <message>
        <source>Passphrase for the backup file</source>
        <translation>Frase de contraseña del archivo de copia</translation>
    </message>
    <message>
        <source>Type it a&amp;gain:</source>
        <translation>Escríbela &amp;otra vez:</translation>
    </message>
    <message>
        <source>Passphrase for the backup file, typed again</source>
        <translation>Frase de contraseña del archivo de copia, escrita otra vez</translation>
    </message>
    <message>
        <source>This copy is NOT encrypted</source>
        <translation>Esta copia NO está cifrada</translation>
    </message>
    <message>
        <source>Anyone who gets the file can read everything in it. If you can, save it straight onto your own USB stick rather than this computer, and delete it when you no longer need it.</source>
        <translation>Cualquiera que consiga el archivo puede leer todo lo que contiene. Si puedes, guárdalo directamente en tu propia memoria USB en lugar de en esta computadora, y bórralo cuando ya no lo necesites.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>D&amp;esde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>&amp;Markdown (.md)</source>
        <translation>&amp;Markdown (.md)</translation>
    </message>
    <message>
        <source>P&amp;DF</source>
        <translation>P&amp;DF</translation>
    </message>
    <message>
        <source>Entries in these dates</source>
        <translation>Entradas en estas fechas</translation>
    </message>
    <message>
        <source>Kind of file:</source>
        <translation>Tipo de archivo:</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Save readable &amp;copy…</source>
        <translation>Guardar &amp;copia legible…</translation>
    </message>
    <message>
        <source>&amp;Create backup file…</source>
        <translation>&amp;Crear archivo de copia…</translation>
    </message>
    <message>
        <source>The first day is after the last day. Please check the dates.</source>
        <translation>El primer día es posterior al último. Revisa las fechas, por favor.</translation>
    </message>
    <message>
        <source>There are no entries between these dates.</source>
        <translation>No hay entradas entre estas fechas.</translation>
    </message>
    <message>
        <source>1 entry between these dates.</source>
        <translation>1 entrada entre estas fechas.</translation>
    </message>
    <message>
        <source>%1 entries between these dates.</source>
        <translation>%1 entradas entre estas fechas.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>Guardado «%1».</translation>
    </message>
    <message>
        <source>The file could not be saved there, so nothing was written. Please check that the folder or USB stick is still there and has space, then try again.</source>
        <translation>No se ha podido guardar el archivo ahí, así que no se ha escrito nada. Comprueba que la carpeta o la memoria USB siguen ahí y tienen espacio, y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Sealing your journal: %1 of %2 records</source>
        <translation>Sellando tu diario: %1 de %2 registros</translation>
    </message>
    <message>
        <source>Locking your journal with the passphrase you chose… This can take a little while.</source>
        <translation>Cerrando tu diario con la frase de contraseña que elegiste… Puede tardar un poco.</translation>
    </message>
    <message>
        <source>Save your backup file</source>
        <translation>Guarda tu archivo de copia</translation>
    </message>
    <message>
        <source>SafeSpace journal backup (*.ssjournal)</source>
        <translation>Copia de seguridad del diario de SafeSpace (*.ssjournal)</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>No se ha guardado nada.</translation>
    </message>
    <message>
        <source>Your backup is saved as “%1”. To bring it into SafeSpace on another computer, choose “Import a journal backup…” on My account there, and type the passphrase you chose for the file.</source>
        <translation>Tu copia está guardada como «%1». Para traerla a SafeSpace en otra computadora, elige «Importar una copia de mi diario…» en Mi cuenta allí, y escribe la frase de contraseña que elegiste para el archivo.</translation>
    </message>
    <message>
        <source>The backup could not be made, and nothing was saved. %1</source>
        <translation>No se ha podido hacer la copia, y no se ha guardado nada. %1</translation>
    </message>
    <message>
        <source>Save a copy that is not encrypted?</source>
        <translation>¿Guardar una copia sin cifrar?</translation>
    </message>
    <message>
        <source>This copy is NOT encrypted: anyone who gets the file can read it. If you can, save it onto your own USB stick rather than this computer, and delete it when you no longer need it.</source>
        <translation>Esta copia NO está cifrada: cualquiera que consiga el archivo puede leerla. Si puedes, guárdala en tu propia memoria USB en lugar de en esta computadora, y bórrala cuando ya no la necesites.</translation>
    </message>
    <message>
        <source>Save the readable copy</source>
        <translation>Guardar la copia legible</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Markdown text (*.md)</source>
        <translation>Texto Markdown (*.md)</translation>
    </message>
    <message>
        <source>Saved “%1”. Remember: this copy is not encrypted. Delete it when you no longer need it.</source>
        <translation>Guardado «%1». Recuerda: esta copia no está cifrada. Bórrala cuando ya no la necesites.</translation>
    </message>
</context>
<context>
    <name>JournalImportDialog</name>
    <message>
        <source>Import a journal backup</source>
        <translation>Importar una copia de mi diario</translation>
    </message>
    <message>
        <source>Bring the entries from a private backup file into your journal, for example one you made on another computer. Entries you already have are kept and nothing is deleted. A safety plan and templates in the file are brought in too.</source>
        <translation>Trae a tu diario las entradas de un archivo de copia privado, por ejemplo uno que hiciste en otra computadora. Las entradas que ya tienes se conservan y no se borra nada. También se traen el plan de seguridad y las plantillas del archivo.</translation>
    </message>
    <message>
        <source>No file chosen yet</source>
        <translation>Aún no has elegido ningún archivo</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Archivo de copia</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>Elige un archivo de copia</translation>
    </message>
    <message>
        <source>Backup &amp;file:</source>
        <translation>&amp;Archivo de copia:</translation>
    </message>
    <message>
        <source>Passphrase for the backup file</source>
        <translation>Frase de contraseña del archivo de copia</translation>
    </message>
    <message>
        <source>&amp;Passphrase for the file:</source>
        <translation>&amp;Frase de contraseña del archivo:</translation>
    </message>
    <message>
        <source>The passphrase that was chosen when the backup was made.</source>
        <translation>La frase de contraseña que se eligió al hacer la copia.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Choose a journal backup</source>
        <translation>Elige una copia del diario</translation>
    </message>
    <message>
        <source>SafeSpace journal backup (*.ssjournal);;All files (*)</source>
        <translation>Copia de seguridad del diario de SafeSpace (*.ssjournal);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Opening the backup file… This can take a little while.</source>
        <translation>Abriendo el archivo de copia… Puede tardar un poco.</translation>
    </message>
    <message>
        <source>Your journal already had everything in this file. Nothing needed to change.</source>
        <translation>Tu diario ya tenía todo lo que hay en este archivo. No ha hecho falta cambiar nada.</translation>
    </message>
    <message>
        <source>Done: 1 entry added or updated.</source>
        <translation>Listo: 1 entrada añadida o actualizada.</translation>
    </message>
    <message>
        <source>Done: %1 entries added or updated.</source>
        <translation>Listo: %1 entradas añadidas o actualizadas.</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>A private journal (optional)</source>
        <translation>Un diario privado (opcional)</translation>
    </message>
    <message>
        <source>Members can keep a journal on this computer that only they open.</source>
        <translation>Los miembros pueden tener en esta computadora un diario que solo puede abrir cada miembro.</translation>
    </message>
    <message>
        <source>&amp;Yes, prepare a journal invitation for them when I save</source>
        <translation>&amp;Sí, preparar una invitación al diario para esta persona al guardar</translation>
    </message>
    <message>
        <source>If they would like one, you will get a one-time invitation code to give them. They then choose their own handle and passphrase; you never see it, and nobody else can read what they write.</source>
        <translation>Si le apetece tener uno, recibirás un código de invitación de un solo uso para dárselo. Después elige su propio alias y frase de contraseña; tú nunca la ves, y nadie más puede leer lo que escriba.</translation>
    </message>
    <message>
        <source>You can also invite them later from the Members page.</source>
        <translation>También puedes invitar a esta persona más tarde desde la página Miembros.</translation>
    </message>
</context>
<context>
    <name>JournalSection</name>
    <message>
        <source>Private journal</source>
        <translation>Diario privado</translation>
    </message>
    <message>
        <source>&amp;Invite to keep a journal…</source>
        <translation>&amp;Invitar a tener un diario…</translation>
    </message>
    <message>
        <source>G&amp;ive a new code…</source>
        <translation>&amp;Dar un código nuevo…</translation>
    </message>
    <message>
        <source>For a lost code: the old code stops working and a new one is shown.</source>
        <translation>Si se ha perdido el código: el antiguo deja de funcionar y se muestra uno nuevo.</translation>
    </message>
    <message>
        <source>Withdraw the invitation…</source>
        <translation>Retirar la invitación…</translation>
    </message>
    <message>
        <source>The code they were given stops working.</source>
        <translation>El código que se le dio deja de funcionar.</translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <source>About your journal&apos;s privacy</source>
        <translation>Sobre la privacidad de tu diario</translation>
    </message>
    <message>
        <source>&amp;Options…</source>
        <translation>&amp;Opciones…</translation>
    </message>
    <message>
        <source>Choose what your journal page shows</source>
        <translation>Elige qué muestra la página de tu diario</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>KeyMapPanel</name>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
</context>
<context>
    <name>KioskController</name>
    <message>
        <source>Please choose a number from 1 to 5 first.</source>
        <translation>Elige primero un número del 1 al 5.</translation>
    </message>
    <message>
        <source>Please answer at least one question, or write what you would change.</source>
        <translation>Responde al menos a una pregunta, o escribe qué cambiarías.</translation>
    </message>
    <message>
        <source>Thank you. Your words are saved, without your name. Take good care.</source>
        <translation>Gracias. Tus palabras se han guardado, sin tu nombre. Cuídate mucho.</translation>
    </message>
    <message>
        <source>Please type a facilitator&apos;s passphrase.</source>
        <translation>Escribe la frase de contraseña de un facilitador.</translation>
    </message>
</context>
<context>
    <name>KioskForm</name>
    <message>
        <source>A topic I&apos;d like</source>
        <translation>Un tema que me gustaría</translation>
    </message>
    <message>
        <source>Something you&apos;d like the group to talk about</source>
        <translation>Algo de lo que te gustaría que hablara el grupo</translation>
    </message>
</context>
<context>
    <name>KioskScreen</name>
    <message>
        <source>Anonymous feedback</source>
        <translation>Opiniones anónimas</translation>
    </message>
    <message>
        <source>How is the group going for you?</source>
        <translation>¿Cómo te está yendo en el grupo?</translation>
    </message>
    <message>
        <source>Thank you for coming today</source>
        <translation>Gracias por venir hoy</translation>
    </message>
    <message>
        <source>This is anonymous: no names, and nothing about who you are is kept. Facilitators only see answers once at least three people have replied, and never in the order they came.</source>
        <translation>Esto es anónimo: no se guardan nombres ni nada sobre quién eres. Los facilitadores solo ven las respuestas cuando han respondido al menos tres personas, y nunca en el orden en que llegaron.</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Fecha de la reunión</translation>
    </message>
    <message>
        <source>What needs attention</source>
        <translation>Lo que necesita atención</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Send my answers</source>
        <translation>Enviar mis respuestas</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Gracias</translation>
    </message>
    <message>
        <source>For facilitators</source>
        <translation>Para facilitadores</translation>
    </message>
    <message>
        <source>For facilitators: close this screen</source>
        <translation>Para facilitadores: cerrar esta pantalla</translation>
    </message>
    <message>
        <source>Close the feedback screen</source>
        <translation>Cerrar la pantalla de opiniones</translation>
    </message>
    <message>
        <source>A facilitator&apos;s passphrase closes this screen and opens the vault again. If someone else started it, type your own handle too.</source>
        <translation>La frase de contraseña de un facilitador cierra esta pantalla y vuelve a abrir la caja fuerte. Si otra persona la inició, escribe también tu alias.</translation>
    </message>
    <message>
        <source>Facilitator&apos;s passphrase</source>
        <translation>Frase de contraseña del facilitador</translation>
    </message>
    <message>
        <source>Handle (only if you did not start this screen)</source>
        <translation>Alias (solo si no iniciaste esta pantalla)</translation>
    </message>
    <message>
        <source>Only if you did not start this screen</source>
        <translation>Solo si no iniciaste esta pantalla</translation>
    </message>
    <message>
        <source>Why the screen is still open</source>
        <translation>Por qué la pantalla sigue abierta</translation>
    </message>
    <message>
        <source>&amp;Close the feedback screen</source>
        <translation>&amp;Cerrar la pantalla de opiniones</translation>
    </message>
    <message>
        <source>&amp;Back to the form</source>
        <translation>&amp;Volver al formulario</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>Volver al formulario</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Handle (optional)</source>
        <translation>&amp;Alias (opcional)</translation>
    </message>
</context>
<context>
    <name>LeavingActions</name>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Recuperar</translation>
    </message>
    <message>
        <source>Show them in the roster again.</source>
        <translation>Volver a mostrar a esta persona en la lista de miembros.</translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation>Arc&amp;hivar</translation>
    </message>
    <message>
        <source>Hide them from the roster. Nothing is deleted.</source>
        <translation>Ocultar a esta persona de la lista de miembros. No se borra nada.</translation>
    </message>
    <message>
        <source>Archive this member?</source>
        <translation>¿Archivar a este miembro?</translation>
    </message>
    <message>
        <source>Archive %1? They will be hidden from the roster, but nothing is deleted. You can restore them at any time with “Show archived”.</source>
        <translation>¿Archivar a %1? Su ficha se ocultará de la lista de miembros, pero no se borra nada. Puedes recuperarla cuando quieras con «Mostrar archivados».</translation>
    </message>
    <message>
        <source>%1 is archived. Nothing was deleted.</source>
        <translation>Se ha archivado a %1. No se ha borrado nada.</translation>
    </message>
    <message>
        <source>Archived. Nothing was deleted; you can restore them at any time.</source>
        <translation>Archivado. No se ha borrado nada; puedes recuperar su ficha cuando quieras.</translation>
    </message>
    <message>
        <source>%1 is back on the roster.</source>
        <translation>%1 vuelve a estar en la lista de miembros.</translation>
    </message>
    <message>
        <source>Restored to the roster.</source>
        <translation>De vuelta en la lista de miembros.</translation>
    </message>
    <message>
        <source>%1 is archived as having left.</source>
        <translation>Se ha archivado a %1 como persona que se fue.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>Estado de %1: %2.</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>Deshecho.</translation>
    </message>
    <message>
        <source>Forgotten. Their entry now reads “%1”, and their details are gone.</source>
        <translation>Se ha olvidado. Su ficha ahora dice «%1», y sus datos ya no están.</translation>
    </message>
    <message>
        <source>Erasing their details…</source>
        <translation>Borrando sus datos…</translation>
    </message>
    <message>
        <source>1 person left more than %1 ago. Time to review?</source>
        <translation>1 persona se fue hace más de %1. ¿Es momento de revisar?</translation>
    </message>
    <message>
        <source>%2 people left more than %1 ago. Time to review?</source>
        <translation>%2 personas se fueron hace más de %1. ¿Es momento de revisar?</translation>
    </message>
</context>
<context>
    <name>LeavingSection</name>
    <message>
        <source>Archive someone who has left: nothing is deleted and you can restore them. If they ask to be forgotten, Forget erases their details for good.</source>
        <translation>Archiva a alguien que se ha ido: no se borra nada y puedes recuperar su ficha. Si pide que se le olvide, Olvidar borra sus datos para siempre.</translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation>Arc&amp;hivar</translation>
    </message>
    <message>
        <source>&amp;Forget this person…</source>
        <translation>&amp;Olvidar a esta persona…</translation>
    </message>
    <message>
        <source>Erase their name and details for good. This cannot be undone.</source>
        <translation>Borrar su nombre y sus datos para siempre. Esto no se puede deshacer.</translation>
    </message>
    <message>
        <source>Leaving the group</source>
        <translation>Salida del grupo</translation>
    </message>
</context>
<context>
    <name>LengthLimitNote</name>
    <message>
        <source>Length limit</source>
        <translation>Límite de longitud</translation>
    </message>
    <message>
        <source>Only the first %1 characters fit here; the rest was left out.</source>
        <translation>Aquí solo caben los primeros %1 caracteres; el resto se ha quedado fuera.</translation>
    </message>
    <message>
        <source>That is the most this field holds (%1 characters).</source>
        <translation>Es lo máximo que admite este campo (%1 caracteres).</translation>
    </message>
</context>
<context>
    <name>ListPanel</name>
    <message>
        <source>Search by name, pronouns or note</source>
        <translation>Buscar por nombre, pronombres o nota</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <source>Search the roster</source>
        <translation>Buscar en la lista de miembros</translation>
    </message>
    <message>
        <source>Search the roster (%1)</source>
        <translation>Buscar en la lista de miembros (%1)</translation>
    </message>
    <message>
        <source>S&amp;earch:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Sho&amp;w archived</source>
        <translation>&amp;Mostrar archivados</translation>
    </message>
    <message>
        <source>Also list people who have left, and former members. Nothing archived is deleted.</source>
        <translation>Incluir también a quienes se fueron y a antiguos miembros. No se borra nada de lo archivado.</translation>
    </message>
    <message>
        <source>A&amp;dd member</source>
        <translation>&amp;Añadir miembro</translation>
    </message>
    <message>
        <source>Add someone to the roster (%1)</source>
        <translation>Añadir a alguien a la lista de miembros (%1)</translation>
    </message>
    <message>
        <source>E&amp;nrol a newcomer…</source>
        <translation>I&amp;nscribir a una persona nueva…</translation>
    </message>
    <message>
        <source>Walk a newcomer through what stays in the room and their consent choices, one at a time.</source>
        <translation>Acompaña a una persona nueva, paso a paso, por lo que se queda en la sala y sus opciones de consentimiento.</translation>
    </message>
    <message>
        <source>I&amp;mport sign-up sheet…</source>
        <translation>Im&amp;portar hoja de inscripción…</translation>
    </message>
    <message>
        <source>Add people from a paper sign-up list saved as CSV.</source>
        <translation>Añadir personas desde una lista de inscripción en papel guardada como CSV.</translation>
    </message>
    <message>
        <source>E&amp;xport roster (CSV)…</source>
        <translation>E&amp;xportar la lista (CSV)…</translation>
    </message>
    <message>
        <source>Save the roster as a CSV file (not encrypted).</source>
        <translation>Guardar la lista de miembros como archivo CSV (sin cifrar).</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Lista de miembros</translation>
    </message>
    <message>
        <source>Use the arrow keys to choose a member; their details open on the right.</source>
        <translation>Usa las flechas para elegir un miembro; sus datos se abren a la derecha.</translation>
    </message>
    <message>
        <source>Loading the roster…</source>
        <translation>Cargando la lista de miembros…</translation>
    </message>
    <message>
        <source>How many members are shown</source>
        <translation>Cuántos miembros se muestran</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Pronombres</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>SafeSpace</source>
        <translation>SafeSpace</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Caja fuerte</translation>
    </message>
    <message>
        <source>This vault is locked. Type your own handle and passphrase.</source>
        <translation>Esta caja fuerte está bloqueada. Escribe tu propio alias y tu frase de contraseña.</translation>
    </message>
    <message>
        <source>Your handle</source>
        <translation>Tu alias</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Tu frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>&amp;Handle</source>
        <translation>&amp;Alias</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase de contraseña</translation>
    </message>
    <message>
        <source>I forgot my passphrase</source>
        <translation>He olvidado mi frase de contraseña</translation>
    </message>
    <message>
        <source>I have an invitation code</source>
        <translation>Tengo un código de invitación</translation>
    </message>
    <message>
        <source>Choose another vault</source>
        <translation>Elegir otra caja fuerte</translation>
    </message>
    <message>
        <source>Crisis lines (F1)</source>
        <translation>Líneas de crisis (F1)</translation>
    </message>
    <message>
        <source>Crisis lines</source>
        <translation>Líneas de crisis</translation>
    </message>
    <message>
        <source>Phone lines you can call for support right now</source>
        <translation>Líneas de teléfono a las que puedes llamar ahora mismo para pedir apoyo</translation>
    </message>
    <message>
        <source>Demo passphrases</source>
        <translation>Frases de contraseña de demostración</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo only.&lt;/b&gt; This vault holds made-up people. Its passphrases are public:</source>
        <translation>&lt;b&gt;Solo de demostración.&lt;/b&gt; Esta caja fuerte contiene personas inventadas. Sus frases de contraseña son públicas:</translation>
    </message>
    <message>
        <source>Checking… this takes a moment on purpose, to slow down guessing.</source>
        <translation>Comprobando… tarda un momento a propósito, para frenar los intentos de adivinarla.</translation>
    </message>
    <message>
        <source>Please type your handle.</source>
        <translation>Escribe tu alias, por favor.</translation>
    </message>
    <message>
        <source>Please type your passphrase.</source>
        <translation>Escribe tu frase de contraseña, por favor.</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Ya puedes volver a intentarlo.</translation>
    </message>
    <message>
        <source>Too many attempts in a row. To keep this vault safe, please wait %1 s.</source>
        <translation>Demasiados intentos seguidos. Para mantener segura esta caja fuerte, espera %1 s, por favor.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>SafeSpace</source>
        <translation>SafeSpace</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>&amp;Hide now</source>
        <translation>&amp;Ocultar ahora</translation>
    </message>
    <message>
        <source>Lock at once and minimise the window (F12)</source>
        <translation>Bloquear al instante y minimizar la ventana (F12)</translation>
    </message>
    <message>
        <source>&amp;Choose another vault…</source>
        <translation>&amp;Elegir otra caja fuerte…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;About SafeSpace</source>
        <translation>&amp;Acerca de SafeSpace</translation>
    </message>
    <message>
        <source>How your &amp;privacy is protected</source>
        <translation>Cómo se protege tu &amp;privacidad</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>&amp;Caja fuerte</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Follow the s&amp;ystem</source>
        <translation>Seguir al &amp;sistema</translation>
    </message>
    <message>
        <source>Who is unlocked</source>
        <translation>Quién ha desbloqueado</translation>
    </message>
    <message>
        <source>Time until the vault locks itself</source>
        <translation>Tiempo hasta que la caja fuerte se bloquee sola</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Lock now (Ctrl+L)</source>
        <translation>Bloquear ahora (Ctrl+L)</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Bloquear ahora</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Hide now</source>
        <translation>Ocultar ahora</translation>
    </message>
    <message>
        <source>V&amp;iew</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Reducir</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Tamaño real</translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation>&amp;Colores</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Seguir al &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>C&amp;laro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>Alto &amp;contraste</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <source>Text %1 %</source>
        <translation>Texto %1 %</translation>
    </message>
    <message>
        <source>Locks in %1:%2 if idle</source>
        <translation>Se bloquea en %1:%2 si no se usa</translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <source>How was today&apos;s meeting for you?</source>
        <translation>¿Cómo fue para ti la reunión de hoy?</translation>
    </message>
    <message>
        <source>1 — hard for me</source>
        <translation>1 — difícil para mí</translation>
    </message>
    <message>
        <source>2 — not great</source>
        <translation>2 — no muy bien</translation>
    </message>
    <message>
        <source>3 — all right</source>
        <translation>3 — aceptable</translation>
    </message>
    <message>
        <source>4 — good</source>
        <translation>4 — bien</translation>
    </message>
    <message>
        <source>5 — very good</source>
        <translation>5 — muy bien</translation>
    </message>
    <message>
        <source>1 = hard for me</source>
        <translation>1 = difícil para mí</translation>
    </message>
    <message>
        <source>5 = very good</source>
        <translation>5 = muy bien</translation>
    </message>
    <message>
        <source>What helped</source>
        <translation>Lo que ayudó</translation>
    </message>
    <message>
        <source>What could be better</source>
        <translation>Lo que podría mejorar</translation>
    </message>
    <message>
        <source>What helped? (optional)</source>
        <translation>¿Qué ayudó? (opcional)</translation>
    </message>
    <message>
        <source>What could be better? (optional)</source>
        <translation>¿Qué podría mejorar? (opcional)</translation>
    </message>
    <message>
        <source>A topic I&apos;d like (optional)</source>
        <translation>Un tema que me gustaría (opcional)</translation>
    </message>
</context>
<context>
    <name>MeetingRecordView</name>
    <message>
        <source>Notes after the meeting</source>
        <translation>Notas tras la reunión</translation>
    </message>
    <message>
        <source>For facilitators only. Write the themes without names: what was talked about, not who said it.</source>
        <translation>Solo para facilitadores. Escribe los temas sin nombres: de qué se habló, no quién lo dijo.</translation>
    </message>
    <message>
        <source>Themes, without names</source>
        <translation>Temas, sin nombres</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Próxima reunión</translation>
    </message>
    <message>
        <source>Call for volunteers</source>
        <translation>Petición de voluntarios</translation>
    </message>
    <message>
        <source>Final notes</source>
        <translation>Notas finales</translation>
    </message>
    <message>
        <source>S&amp;ave notes</source>
        <translation>&amp;Guardar notas</translation>
    </message>
    <message>
        <source>T&amp;hemes, without names:</source>
        <translation>&amp;Temas, sin nombres:</translation>
    </message>
    <message>
        <source>Next &amp;meeting:</source>
        <translation>Próxima &amp;reunión:</translation>
    </message>
    <message>
        <source>F&amp;inal notes:</source>
        <translation>Notas &amp;finales:</translation>
    </message>
    <message>
        <source>Show the saved notes instead of what you typed</source>
        <translation>Mostrar las notas guardadas en lugar de lo que escribiste</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Call for &amp;volunteers:</source>
        <translation>Petición de &amp;voluntarios:</translation>
    </message>
</context>
<context>
    <name>MemberAgreementView</name>
    <message>
        <source>Group agreement</source>
        <extracomment>The agreement is read, not scanned: keep its lines to a comfortable length.</extracomment>
        <translation>Acuerdo del grupo</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Cargando</translation>
    </message>
    <message>
        <source>Your group hasn&apos;t written its agreement in SafeSpace yet.</source>
        <translation>Tu grupo aún no ha escrito su acuerdo en SafeSpace.</translation>
    </message>
    <message>
        <source>The group agreement is how everyone looks after each other at meetings. When your facilitators add it here, you can read it on this page at any time, and print it if you like.</source>
        <translation>El acuerdo del grupo recoge cómo nos cuidamos mutuamente en las reuniones. Cuando tus facilitadores lo añadan aquí, podrás leerlo en esta página cuando quieras, e imprimirlo si te apetece.</translation>
    </message>
    <message>
        <source>What your group has agreed, so that meetings feel safe for everyone. Your facilitators keep it up to date.</source>
        <translation>Lo que ha acordado tu grupo, para que las reuniones sean un lugar seguro para todo el mundo. Tus facilitadores lo mantienen al día.</translation>
    </message>
    <message>
        <source>Version and adoption date</source>
        <translation>Versión y fecha de aprobación</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
</context>
<context>
    <name>MemberForm</name>
    <message>
        <source>Alias or first name</source>
        <translation>Seudónimo o nombre de pila</translation>
    </message>
    <message>
        <source>Whatever they are comfortable sharing</source>
        <translation>Lo que le resulte cómodo compartir</translation>
    </message>
    <message>
        <source>About this name</source>
        <translation>Sobre este nombre</translation>
    </message>
    <message>
        <source>she/her</source>
        <translation>ella</translation>
    </message>
    <message>
        <source>he/him</source>
        <translation>él</translation>
    </message>
    <message>
        <source>they/them</source>
        <translation>elle</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Pronombres</translation>
    </message>
    <message>
        <source>Optional: choose or type</source>
        <translation>Opcional: elige o escribe</translation>
    </message>
    <message>
        <source>Role in the group</source>
        <translation>Rol en el grupo</translation>
    </message>
    <message>
        <source>Joined the group on</source>
        <translation>Se unió al grupo el</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Status since</source>
        <translation>Estado desde</translation>
    </message>
    <message>
        <source>since</source>
        <translation>desde</translation>
    </message>
    <message>
        <source>Other access needs</source>
        <translation>Otras necesidades de accesibilidad</translation>
    </message>
    <message>
        <source>Anything else, in their words</source>
        <translation>Cualquier otra cosa, con sus palabras</translation>
    </message>
    <message>
        <source>Facilitator note</source>
        <translation>Nota de facilitadores</translation>
    </message>
    <message>
        <source>Optional. Anything that helps you support them. Only facilitators see it.</source>
        <translation>Opcional. Cualquier cosa que te ayude a apoyar a esta persona. Solo la ven los facilitadores.</translation>
    </message>
    <message>
        <source>Role in the &amp;group</source>
        <translation>Rol en el &amp;grupo</translation>
    </message>
    <message>
        <source>&amp;Joined</source>
        <translation>Se &amp;unió</translation>
    </message>
    <message>
        <source>&amp;Alias or first name (required)</source>
        <translation>&amp;Seudónimo o nombre de pila (obligatorio)</translation>
    </message>
    <message>
        <source>&amp;Pronouns</source>
        <translation>&amp;Pronombres</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>Es&amp;tado</translation>
    </message>
    <message>
        <source>Access needs</source>
        <translation>Necesidades de accesibilidad</translation>
    </message>
    <message>
        <source>Facilitator n&amp;ote</source>
        <translation>N&amp;ota de facilitadores</translation>
    </message>
    <message>
        <source>Contact between meetings</source>
        <translation>Contacto entre reuniones</translation>
    </message>
    <message>
        <source>About contact details</source>
        <translation>Sobre los datos de contacto</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Best time to reach them</source>
        <translation>Mejor momento para contactar</translation>
    </message>
    <message>
        <source>for example: weekday evenings</source>
        <translation>por ejemplo: tardes entre semana</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>No se ha preguntado</translation>
    </message>
    <message>
        <source>Yes, a message is OK</source>
        <translation>Sí, se puede dejar un mensaje</translation>
    </message>
    <message>
        <source>No messages, please</source>
        <translation>Sin mensajes, por favor</translation>
    </message>
    <message>
        <source>Is it OK to leave a message?</source>
        <translation>¿Se puede dejar un mensaje?</translation>
    </message>
    <message>
        <source>Phone num&amp;ber</source>
        <translation>Número de telé&amp;fono</translation>
    </message>
    <message>
        <source>Emai&amp;l</source>
        <translation>Co&amp;rreo electrónico</translation>
    </message>
    <message>
        <source>Best time</source>
        <translation>Mejor momento</translation>
    </message>
    <message>
        <source>OK to leave a message?</source>
        <translation>¿Se puede dejar un mensaje?</translation>
    </message>
</context>
<context>
    <name>MemberPage</name>
    <message>
        <source>Once they are saved you can record their consent here. For a newcomer, “Enrol a newcomer…” goes through everything with them.</source>
        <translation>Cuando se guarden sus datos, podrás registrar aquí su consentimiento. Para una persona nueva, «Inscribir a una persona nueva…» lo recorre todo con ella.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save these details (%1)</source>
        <translation>Guardar estos datos (%1)</translation>
    </message>
    <message>
        <source>Dis&amp;card changes</source>
        <translation>&amp;Descartar cambios</translation>
    </message>
</context>
<context>
    <name>MemberResourcesView</name>
    <message>
        <source>Coping resources</source>
        <translation>Recursos de afrontamiento</translation>
    </message>
    <message>
        <source>Handouts, exercises, readings and local services your group shares. Your favourites are private: only you can see them.</source>
        <translation>Materiales, ejercicios, lecturas y servicios locales que comparte tu grupo. Tus favoritos son privados: solo tú puedes verlos.</translation>
    </message>
    <message>
        <source>Only my &amp;favourites</source>
        <translation>Solo mis &amp;favoritos</translation>
    </message>
    <message>
        <source>How many resources are shown</source>
        <translation>Cuántos recursos se muestran</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <source>Su&amp;ggest a resource…</source>
        <translation>&amp;Sugerir un recurso…</translation>
    </message>
    <message>
        <source>Suggest a co&amp;rrection…</source>
        <translation>Sugerir una co&amp;rrección…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Add to my f&amp;avourites</source>
        <translation>Añadir a mis f&amp;avoritos</translation>
    </message>
    <message>
        <source>Remove from my f&amp;avourites</source>
        <translation>Quitar de mis f&amp;avoritos</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Se fue</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Has a journal</source>
        <translation>Tiene diario</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invitado</translation>
    </message>
    <message>
        <source>Not invited</source>
        <translation>Sin invitar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Pronombres</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
</context>
<context>
    <name>MembersController</name>
    <message>
        <source>Added to the roster.</source>
        <translation>Añadido a la lista de miembros.</translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation>Cambios guardados.</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>¿Descartar los cambios?</translation>
    </message>
    <message>
        <source>You have changes here that are not saved yet. Discard them?</source>
        <translation>Aquí tienes cambios que aún no están guardados. ¿Descartarlos?</translation>
    </message>
</context>
<context>
    <name>MembersView</name>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Your group&apos;s roster. It is kept encrypted on this computer, and only facilitators can open it.</source>
        <translation>La lista de miembros de tu grupo. Se guarda cifrada en esta computadora, y solo los facilitadores pueden abrirla.</translation>
    </message>
</context>
<context>
    <name>MoodChart</name>
    <message>
        <source>Mood chart</source>
        <translation>Gráfico del estado de ánimo</translation>
    </message>
    <message>
        <source>Mood chart, average by week</source>
        <translation>Gráfico del estado de ánimo, media por semana</translation>
    </message>
    <message>
        <source>Mood chart, average by month</source>
        <translation>Gráfico del estado de ánimo, media por mes</translation>
    </message>
</context>
<context>
    <name>MoodTable</name>
    <message>
        <source>Mood table</source>
        <translation>Tabla del estado de ánimo</translation>
    </message>
    <message>
        <source>Week starting</source>
        <translation>Semana que empieza el</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Average mood</source>
        <translation>Ánimo medio</translation>
    </message>
    <message>
        <source>Entries with a mood</source>
        <translation>Entradas con estado de ánimo</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>Más bajo</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Más alto</translation>
    </message>
    <message>
        <source>Mood table, average by week</source>
        <translation>Tabla del estado de ánimo, media por semana</translation>
    </message>
    <message>
        <source>Mood table, average by month</source>
        <translation>Tabla del estado de ánimo, media por mes</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>MoodView</name>
    <message>
        <source>Mood over time</source>
        <extracomment>The chart is wider than a text column, but still readable in one glance.</extracomment>
        <translation>El ánimo a lo largo del tiempo</translation>
    </message>
    <message>
        <source>How your days have felt, from the moods you chose in your own journal entries. It is drawn only from what you wrote, and only you can see it.</source>
        <translation>Cómo te has sentido estos días, según los estados de ánimo que elegiste en tus propias entradas del diario. Se basa solo en lo que escribiste, y solo tú puedes verlo.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>By &amp;week</source>
        <translation>Por &amp;semana</translation>
    </message>
    <message>
        <source>By &amp;month</source>
        <translation>Por &amp;mes</translation>
    </message>
    <message>
        <source>◀ &amp;Earlier</source>
        <translation>◀ &amp;Antes</translation>
    </message>
    <message>
        <source>Show earlier</source>
        <translation>Mostrar lo anterior</translation>
    </message>
    <message>
        <source>&amp;Later ▶</source>
        <translation>&amp;Después ▶</translation>
    </message>
    <message>
        <source>Show later</source>
        <translation>Mostrar lo posterior</translation>
    </message>
    <message>
        <source>Show as a &amp;table</source>
        <translation>Mostrar como &amp;tabla</translation>
    </message>
    <message>
        <source>Show the same numbers as a table instead of a chart</source>
        <translation>Mostrar los mismos números como tabla en lugar de gráfico</translation>
    </message>
    <message>
        <source>Summary of the chart</source>
        <translation>Resumen del gráfico</translation>
    </message>
    <message>
        <source>No moods recorded yet</source>
        <translation>Aún no hay estados de ánimo anotados</translation>
    </message>
    <message>
        <source>When you write in your journal, you can choose how you feel, from 1 to 5 (%1). Once you have, this page shows how your weeks and months have been. There&apos;s no right or wrong here, and no need to choose a mood every time.</source>
        <translation>Cuando escribes en tu diario, puedes elegir cómo te sientes, del 1 al 5 (%1). Cuando lo hagas, esta página mostrará cómo han ido tus semanas y tus meses. Aquí no hay respuestas correctas ni incorrectas, y no hace falta elegir un estado de ánimo cada vez.</translation>
    </message>
    <message>
        <source>Reading your moods…</source>
        <translation>Leyendo tus estados de ánimo…</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Cargando</translation>
    </message>
    <message>
        <source>Each dot is the average of the moods you chose that week (%1). Where the line breaks, no mood was recorded.</source>
        <translation>Cada punto es la media de los estados de ánimo que elegiste esa semana (%1). Donde la línea se corta, no se anotó ningún estado de ánimo.</translation>
    </message>
    <message>
        <source>Each dot is the average of the moods you chose that month (%1). Where the line breaks, no mood was recorded.</source>
        <translation>Cada punto es la media de los estados de ánimo que elegiste ese mes (%1). Donde la línea se corta, no se anotó ningún estado de ánimo.</translation>
    </message>
</context>
<context>
    <name>NamePage</name>
    <message>
        <source>Welcome a newcomer</source>
        <translation>Dar la bienvenida a una persona nueva</translation>
    </message>
    <message>
        <source>An alias or a first name is all the roster needs. Nothing is saved yet.</source>
        <translation>A la lista de miembros le basta un seudónimo o un nombre de pila. Todavía no se ha guardado nada.</translation>
    </message>
    <message>
        <source>Alias or first name</source>
        <translation>Seudónimo o nombre de pila</translation>
    </message>
    <message>
        <source>Whatever they are comfortable sharing</source>
        <translation>Lo que le resulte cómodo compartir</translation>
    </message>
    <message>
        <source>&amp;Alias or first name:</source>
        <translation>&amp;Seudónimo o nombre de pila:</translation>
    </message>
    <message>
        <source>About this name</source>
        <translation>Sobre este nombre</translation>
    </message>
    <message>
        <source>she/her</source>
        <translation>ella</translation>
    </message>
    <message>
        <source>he/him</source>
        <translation>él</translation>
    </message>
    <message>
        <source>they/them</source>
        <translation>elle</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Pronombres</translation>
    </message>
    <message>
        <source>Optional: choose or type</source>
        <translation>Opcional: elige o escribe</translation>
    </message>
    <message>
        <source>&amp;Pronouns:</source>
        <translation>&amp;Pronombres:</translation>
    </message>
    <message>
        <source>Next they will see what stays in the room, then choose, one at a time, what else the group may keep. Saying no to any of it is fine.</source>
        <translation>Después verá lo que se queda en la sala, y luego elegirá, de uno en uno, qué más puede guardar el grupo. Decir que no a cualquiera de ellos está bien.</translation>
    </message>
</context>
<context>
    <name>NamesPage</name>
    <message>
        <source>Name the vault</source>
        <translation>Pon nombre a la caja fuerte</translation>
    </message>
    <message>
        <source>One label anyone at this PC can see, and one private name.</source>
        <translation>Una etiqueta que cualquiera en esta computadora puede ver, y un nombre privado.</translation>
    </message>
    <message>
        <source>Vault label</source>
        <translation>Etiqueta de la caja fuerte</translation>
    </message>
    <message>
        <source>for example: Tuesday group</source>
        <translation>por ejemplo: Grupo del martes</translation>
    </message>
    <message>
        <source>Vault &amp;label:</source>
        <translation>&amp;Etiqueta de la caja fuerte:</translation>
    </message>
    <message>
        <source>Anyone who opens SafeSpace on this computer may see this label, because the list of vaults is shown before anyone unlocks. Pick something that doesn&apos;t say what the group is about, such as “Tuesday group”.</source>
        <translation>Cualquiera que abra SafeSpace en esta computadora puede ver esta etiqueta, porque la lista de cajas fuertes se muestra antes de desbloquear. Elige algo que no diga de qué trata el grupo, como «Grupo del martes».</translation>
    </message>
    <message>
        <source>Group&apos;s name</source>
        <translation>Nombre del grupo</translation>
    </message>
    <message>
        <source>The &amp;group&apos;s name:</source>
        <translation>El &amp;nombre del grupo:</translation>
    </message>
    <message>
        <source>The group&apos;s real name is sealed inside the vault: only people who unlock it can see it. You can change it later.</source>
        <translation>El nombre real del grupo queda sellado dentro de la caja fuerte: solo lo ven quienes la desbloquean. Puedes cambiarlo más adelante.</translation>
    </message>
    <message>
        <source>Label advice</source>
        <translation>Consejo sobre la etiqueta</translation>
    </message>
    <message>
        <source>The label contains the group&apos;s name, so anyone at this PC could read it. You may want a more neutral label.</source>
        <translation>La etiqueta contiene el nombre del grupo, así que cualquiera en esta computadora podría leerlo. Quizá prefieras una etiqueta más neutra.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase, typed again</source>
        <translation>Frase de contraseña, escrita otra vez</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>Type it a&amp;gain:</source>
        <translation>Escríbela &amp;otra vez:</translation>
    </message>
    <message>
        <source>Passphrase advice</source>
        <translation>Consejo sobre la frase de contraseña</translation>
    </message>
    <message>
        <source>Whether the passphrases match</source>
        <translation>Si las frases de contraseña coinciden</translation>
    </message>
    <message>
        <source>&amp;Suggest a passphrase</source>
        <translation>&amp;Sugerir una frase de contraseña</translation>
    </message>
    <message>
        <source>Fill in a passphrase made of random everyday words</source>
        <translation>Rellenar con una frase de contraseña hecha de palabras cotidianas al azar</translation>
    </message>
    <message>
        <source>Here is a suggestion. Please type it again below: that helps you remember it.</source>
        <translation>Aquí tienes una sugerencia. Escríbela otra vez abajo, por favor: eso te ayuda a recordarla.</translation>
    </message>
    <message>
        <source>Fill in a passphrase made of random everyday words, shown so you can learn it</source>
        <translation>Rellenar con una frase de contraseña hecha de palabras cotidianas al azar, visible para que puedas aprenderla</translation>
    </message>
    <message>
        <source>Here is a suggestion, shown so you can learn it or copy it onto paper you keep private. Press “Hide” when you have it.</source>
        <translation>Aquí tienes una sugerencia, visible para que puedas aprenderla o copiarla en un papel que guardes en privado. Pulsa «Ocultar» cuando la tengas.</translation>
    </message>
    <message>
        <source>Use at least %1 characters. A few unrelated words with spaces are easy to remember and hard to guess.</source>
        <translation>Usa al menos %1 caracteres. Unas cuantas palabras sin relación, separadas por espacios, son fáciles de recordar y difíciles de adivinar.</translation>
    </message>
    <message>
        <source>✓ This passphrase is good to use.</source>
        <translation>✓ Esta frase de contraseña se puede usar.</translation>
    </message>
    <message>
        <source>✓ Both passphrases match.</source>
        <translation>✓ Las dos frases de contraseña coinciden.</translation>
    </message>
    <message>
        <source>Keep typing…</source>
        <translation>Sigue escribiendo…</translation>
    </message>
    <message>
        <source>These two don&apos;t match yet. Please check them.</source>
        <translation>Estas dos aún no coinciden. Revísalas, por favor.</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Roster notice</source>
        <translation>Aviso sobre la lista de miembros</translation>
    </message>
</context>
<context>
    <name>OnThisDayPanel</name>
    <message>
        <source>On this day</source>
        <translation>Tal día como hoy</translation>
    </message>
    <message>
        <source>Nothing from this day in earlier years.</source>
        <translation>No hay nada de este día en años anteriores.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Open the entry from %1</source>
        <translation>Abrir la entrada del %1</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>Please wait</source>
        <translation>Espera, por favor</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>OptionsPopup</name>
    <message>
        <source>Journal options</source>
        <translation>Opciones del diario</translation>
    </message>
    <message>
        <source>Show “On this day”: entries from this day in earlier years</source>
        <translation>Mostrar «Tal día como hoy»: entradas de este día en años anteriores</translation>
    </message>
    <message>
        <source>This is off unless you turn it on, because old entries can bring back hard days.</source>
        <translation>Está desactivado salvo que lo actives, porque las entradas antiguas pueden traer de vuelta días difíciles.</translation>
    </message>
    <message>
        <source>Show prompts that facilitators offer to the group</source>
        <translation>Mostrar las preguntas que los facilitadores proponen al grupo</translation>
    </message>
    <message>
        <source>What you write in answer stays in your journal. Nobody can see whether you answered.</source>
        <translation>Lo que escribas como respuesta se queda en tu diario. Nadie puede ver si has respondido.</translation>
    </message>
</context>
<context>
    <name>PairTableModel</name>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Checks in with</source>
        <translation>Se apoya con</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
</context>
<context>
    <name>PairsView</name>
    <message>
        <source>Check-in pairs</source>
        <extracomment>(member id, name shown) for the pickers.</extracomment>
        <translation>Parejas de apoyo</translation>
    </message>
    <message>
        <source>Two members who check in with each other between meetings. Only active members who said yes to check-in pairs are offered here; nobody else can be paired.</source>
        <translation>Dos miembros que se preguntan mutuamente cómo están entre reuniones. Aquí solo aparecen miembros activos que dijeron que sí a las parejas de apoyo; no se puede emparejar a nadie más.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Cargando</translation>
    </message>
    <message>
        <source>Current pairs</source>
        <translation>Parejas actuales</translation>
    </message>
    <message>
        <source>Current check-in pairs</source>
        <translation>Parejas de apoyo actuales</translation>
    </message>
    <message>
        <source>No pairs yet.</source>
        <translation>Aún no hay parejas.</translation>
    </message>
    <message>
        <source>&amp;End this pair</source>
        <translation>&amp;Terminar esta pareja</translation>
    </message>
    <message>
        <source>The two of them stay on the roster and can be paired again.</source>
        <translation>Las dos personas siguen en la lista de miembros y se pueden volver a emparejar.</translation>
    </message>
    <message>
        <source>Pair two people</source>
        <translation>Emparejar a dos personas</translation>
    </message>
    <message>
        <source>Who can be paired</source>
        <translation>Quién se puede emparejar</translation>
    </message>
    <message>
        <source>First person</source>
        <translation>Primera persona</translation>
    </message>
    <message>
        <source>Second person</source>
        <translation>Segunda persona</translation>
    </message>
    <message>
        <source>&amp;First person:</source>
        <translation>&amp;Primera persona:</translation>
    </message>
    <message>
        <source>&amp;Second person:</source>
        <translation>&amp;Segunda persona:</translation>
    </message>
    <message>
        <source>&amp;Pair them</source>
        <translation>&amp;Emparejarlas</translation>
    </message>
    <message>
        <source>Pairing message</source>
        <translation>Mensaje sobre el emparejamiento</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Mostrar la frase de contraseña</translation>
    </message>
    <message>
        <source>Show or hide what you typed</source>
        <translation>Mostrar u ocultar lo que escribiste</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
</context>
<context>
    <name>PickerDialog</name>
    <message>
        <source>Link resources</source>
        <translation>Vincular recursos</translation>
    </message>
    <message>
        <source>Tick the resources to link. Members see only the resources meant for members on their agenda.</source>
        <translation>Marca los recursos que quieras vincular. Los miembros ven en su orden del día solo los recursos pensados para miembros.</translation>
    </message>
    <message>
        <source>Resources to link</source>
        <translation>Recursos para vincular</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>&amp;Link these</source>
        <translation>&amp;Vincular estos</translation>
    </message>
    <message>
        <source>Link these resources</source>
        <translation>Vincular estos recursos</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Shared printers and their print queues may keep a copy of what they print. Collect the pages straight away.</source>
        <extracomment>Printed text is a little larger than the screen&apos;s UI font (people read it at arm&apos;s length).</extracomment>
        <translation>Las impresoras compartidas y sus colas de impresión pueden guardar una copia de lo que imprimen. Recoge las páginas enseguida.</translation>
    </message>
    <message>
        <source>SafeSpace printout</source>
        <translation>Impreso de SafeSpace</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
</context>
<context>
    <name>PromptPanel</name>
    <message>
        <source>Self-care check-in</source>
        <translation>Momento para cuidarte</translation>
    </message>
    <message>
        <source>How am I? What was hard? What do I need? Facilitators need support too: a few minutes for yourself after a meeting.</source>
        <translation>¿Cómo estoy? ¿Qué fue difícil? ¿Qué necesito? Los facilitadores también necesitan apoyo: unos minutos para ti después de una reunión.</translation>
    </message>
    <message>
        <source>Start a self-care chec&amp;k-in</source>
        <translation>Empezar un momento para &amp;cuidarme</translation>
    </message>
    <message>
        <source>Prompt of the day</source>
        <translation>Pregunta del día</translation>
    </message>
    <message>
        <source>&amp;Write about this</source>
        <translation>&amp;Escribir sobre esto</translation>
    </message>
    <message>
        <source>Write about the prompt of the day</source>
        <translation>Escribir sobre la pregunta del día</translation>
    </message>
    <message>
        <source>&amp;Prompts and templates…</source>
        <translation>&amp;Preguntas y plantillas…</translation>
    </message>
</context>
<context>
    <name>PromptsDialog</name>
    <message>
        <source>Gratitude</source>
        <translation>Gratitud</translation>
    </message>
    <message>
        <source>Coping</source>
        <translation>Afrontamiento</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Relaciones</translation>
    </message>
    <message>
        <source>After a meeting</source>
        <translation>Después de una reunión</translation>
    </message>
    <message>
        <source>Hard days</source>
        <translation>Días difíciles</translation>
    </message>
    <message>
        <source>Prompts and templates</source>
        <translation>Preguntas y plantillas</translation>
    </message>
    <message>
        <source>Prompt &amp;library</source>
        <translation>&amp;Biblioteca de preguntas</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>&amp;Plantillas</translation>
    </message>
    <message>
        <source>&amp;Offer to the group</source>
        <translation>Pr&amp;oponer al grupo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Prompts are gentle starting points. Pick one that suits today, or none at all.</source>
        <translation>Las preguntas son puntos de partida amables. Elige una que encaje con hoy, o ninguna.</translation>
    </message>
    <message>
        <source>Kinds of prompt</source>
        <translation>Tipos de pregunta</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>P&amp;rompts:</source>
        <translation>P&amp;reguntas:</translation>
    </message>
    <message>
        <source>&amp;Write about this</source>
        <translation>&amp;Escribir sobre esto</translation>
    </message>
    <message>
        <source>A template is a starting text for an entry, such as a few questions you like to answer. Your templates are sealed in your journal like your entries.</source>
        <translation>Una plantilla es un texto de partida para una entrada, como unas preguntas que te gusta responder. Tus plantillas quedan selladas en tu diario, igual que tus entradas.</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>&amp;Use this template</source>
        <translation>&amp;Usar esta plantilla</translation>
    </message>
    <message>
        <source>&amp;Delete template…</source>
        <translation>&amp;Eliminar plantilla…</translation>
    </message>
    <message>
        <source>Make a new template</source>
        <translation>Crear una plantilla nueva</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Nombre de la plantilla</translation>
    </message>
    <message>
        <source>for example: Evening review</source>
        <translation>por ejemplo: Repaso de la noche</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Template text</source>
        <translation>Texto de la plantilla</translation>
    </message>
    <message>
        <source>for example:
What went well today?
What was hard?</source>
        <translation>por ejemplo:
¿Qué fue bien hoy?
¿Qué fue difícil?</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xto:</translation>
    </message>
    <message>
        <source>&amp;Save template</source>
        <translation>&amp;Guardar plantilla</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>%1 (comes with the app)</source>
        <translation>%1 (viene con la aplicación)</translation>
    </message>
    <message>
        <source>You have no templates yet.</source>
        <translation>Aún no tienes plantillas.</translation>
    </message>
    <message>
        <source>Saved the template “%1”.</source>
        <translation>Se ha guardado la plantilla «%1».</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Eliminar plantilla</translation>
    </message>
    <message>
        <source>Delete the template “%1”? Entries you wrote with it stay as they are.</source>
        <translation>¿Eliminar la plantilla «%1»? Las entradas que escribiste con ella se quedan como están.</translation>
    </message>
    <message>
        <source>Deleted the template “%1”.</source>
        <translation>Se ha eliminado la plantilla «%1».</translation>
    </message>
    <message>
        <source>Offer a prompt to the group, for example a take-away from the last meeting. Members who chose to receive group prompts will see it in their journal. Their answers stay in their own journals: nobody, you included, can see who answered or what they wrote.</source>
        <translation>Propón una pregunta al grupo, por ejemplo algo para llevarse de la última reunión. Los miembros que eligieron recibir preguntas del grupo la verán en su diario. Sus respuestas se quedan en sus propios diarios: nadie, ni siquiera tú, puede ver quién respondió ni qué escribió.</translation>
    </message>
    <message>
        <source>Prompt to offer</source>
        <translation>Pregunta para proponer</translation>
    </message>
    <message>
        <source>for example: What is one thing you will carry into this week?</source>
        <translation>por ejemplo: ¿Qué te llevas contigo para esta semana?</translation>
    </message>
    <message>
        <source>&amp;Prompt:</source>
        <translation>Pregu&amp;nta:</translation>
    </message>
    <message>
        <source>Offer to the &amp;group</source>
        <translation>Proponer al &amp;grupo</translation>
    </message>
    <message>
        <source>Prompts offered to the group</source>
        <translation>Preguntas propuestas al grupo</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Retirar…</translation>
    </message>
    <message>
        <source>Offered now</source>
        <translation>Propuesta ahora</translation>
    </message>
    <message>
        <source>%1 (offered %2)</source>
        <translation>%1 (propuesta el %2)</translation>
    </message>
    <message>
        <source>No prompts are offered to the group.</source>
        <translation>No hay preguntas propuestas al grupo.</translation>
    </message>
    <message>
        <source>Offered. Members who receive group prompts will see it.</source>
        <translation>Propuesta. La verán los miembros que reciben preguntas del grupo.</translation>
    </message>
    <message>
        <source>Withdraw prompt</source>
        <translation>Retirar la pregunta</translation>
    </message>
    <message>
        <source>Withdraw this prompt? Members will no longer see it. Anything they already wrote stays in their own journals.</source>
        <translation>¿Retirar esta pregunta? Los miembros dejarán de verla. Lo que ya hayan escrito se queda en sus propios diarios.</translation>
    </message>
    <message>
        <source>Withdrawn.</source>
        <translation>Retirada.</translation>
    </message>
</context>
<context>
    <name>ProtectPage</name>
    <message>
        <source>Protecting your keys</source>
        <translation>Protegiendo tus llaves</translation>
    </message>
    <message>
        <source>This takes a few seconds.</source>
        <translation>Esto tarda unos segundos.</translation>
    </message>
    <message>
        <source>SafeSpace first measures how fast this computer is, so that it can make every guess at your passphrase slow and costly. Then it creates the vault and locks the group&apos;s keys with your passphrase.</source>
        <translation>SafeSpace mide primero lo rápido que es esta computadora, para que cada intento de adivinar tu frase de contraseña sea lento y costoso. Después crea la caja fuerte y cierra las llaves del grupo con tu frase de contraseña.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Progress protecting your keys</source>
        <translation>Progreso de la protección de tus llaves</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Qué ha salido mal</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Intentarlo de nuevo</translation>
    </message>
    <message>
        <source>Measuring how fast this computer is…</source>
        <translation>Midiendo lo rápido que es esta computadora…</translation>
    </message>
    <message>
        <source>Creating the vault and locking its keys…</source>
        <translation>Creando la caja fuerte y cerrando sus llaves…</translation>
    </message>
    <message>
        <source>✓ Your vault is ready.</source>
        <translation>✓ Tu caja fuerte está lista.</translation>
    </message>
    <message>
        <source>The vault was not created.</source>
        <translation>No se ha creado la caja fuerte.</translation>
    </message>
    <message>
        <source>You can try again, or go back and change what you typed.</source>
        <translation>Puedes intentarlo de nuevo, o volver atrás y cambiar lo que escribiste.</translation>
    </message>
</context>
<context>
    <name>ReadOnlyVault</name>
    <message>
        <source>This vault is read-only, so nothing can be changed here. Open it from a disk you can write to, to make changes.</source>
        <translation>Esta caja fuerte es de solo lectura, así que aquí no se puede cambiar nada. Para hacer cambios, ábrela desde un disco en el que se pueda escribir.</translation>
    </message>
</context>
<context>
    <name>ReaderPanel</name>
    <message>
        <source>Resource title</source>
        <translation>Título del recurso</translation>
    </message>
    <message>
        <source>About this resource</source>
        <translation>Sobre este recurso</translation>
    </message>
    <message>
        <source>Service details</source>
        <translation>Datos del servicio</translation>
    </message>
    <message>
        <source>Content note</source>
        <translation>Aviso de contenido</translation>
    </message>
    <message>
        <source>&amp;Open the resource</source>
        <translation>&amp;Abrir el recurso</translation>
    </message>
    <message>
        <source>Open the resource</source>
        <translation>Abrir el recurso</translation>
    </message>
    <message>
        <source>Resource text</source>
        <translation>Texto del recurso</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Choose a resource to read it here.</source>
        <translation>Elige un recurso para leerlo aquí.</translation>
    </message>
</context>
<context>
    <name>RecordAgreementDialog</name>
    <message>
        <source>Record agreement at a meeting</source>
        <translation>Registrar el acuerdo en una reunión</translation>
    </message>
    <message>
        <source>Agreement to version %1</source>
        <translation>Conformidad con la versión %1</translation>
    </message>
    <message>
        <source>How many people were at the meeting, and how many agreed to the group agreement (for example by a show of hands)? Only the two numbers are kept, never any names.</source>
        <translation>¿Cuántas personas había en la reunión, y cuántas estuvieron de acuerdo con el acuerdo del grupo (por ejemplo, a mano alzada)? Solo se guardan los dos números, nunca nombres.</translation>
    </message>
    <message>
        <source>Number of people present</source>
        <translation>Número de personas presentes</translation>
    </message>
    <message>
        <source>Number of people who agreed</source>
        <translation>Número de personas que estuvieron de acuerdo</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Fecha de la reunión</translation>
    </message>
    <message>
        <source>People &amp;present:</source>
        <translation>Personas &amp;presentes:</translation>
    </message>
    <message>
        <source>People who &amp;agreed:</source>
        <translation>Personas que estuvieron de &amp;acuerdo:</translation>
    </message>
    <message>
        <source>Meeting &amp;date:</source>
        <translation>&amp;Fecha de la reunión:</translation>
    </message>
    <message>
        <source>Problem with the numbers</source>
        <translation>Problema con los números</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Registrar</translation>
    </message>
</context>
<context>
    <name>RecordConsentDialog</name>
    <message>
        <source>Record consent</source>
        <translation>Registrar consentimiento</translation>
    </message>
    <message>
        <source>Show or read this to %1 in these words (version %2), and record their consent only if they say yes.</source>
        <translation>Muestra o lee esto a %1 con estas palabras (versión %2), y registra su consentimiento solo si dice que sí.</translation>
    </message>
    <message>
        <source>Wording shown, version %1</source>
        <translation>Texto mostrado, versión %1</translation>
    </message>
    <message>
        <source>In &amp;person</source>
        <translation>En &amp;persona</translation>
    </message>
    <message>
        <source>On pa&amp;per</source>
        <translation>En pap&amp;el</translation>
    </message>
    <message>
        <source>How they agreed:</source>
        <translation>Cómo dio su conformidad:</translation>
    </message>
    <message>
        <source>Date they agreed</source>
        <translation>Fecha en que dio su conformidad</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Record consent</source>
        <translation>&amp;Registrar consentimiento</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>RecoverAccountScreen</name>
    <message>
        <source>Use your recovery code</source>
        <translation>Usa tu código de recuperación</translation>
    </message>
    <message>
        <source>Forgot your passphrase? Your recovery code lets you in and you choose a new passphrase. Each code works only once, so afterwards you will get a new one to write down.</source>
        <translation>¿Has olvidado tu frase de contraseña? Tu código de recuperación te deja entrar y eliges una frase nueva. Cada código funciona una sola vez, así que después recibirás uno nuevo para anotar.</translation>
    </message>
    <message>
        <source>Set my new &amp;passphrase</source>
        <translation>Poner mi nueva &amp;frase de contraseña</translation>
    </message>
    <message>
        <source>Protecting your keys with the new passphrase… a few seconds.</source>
        <translation>Protegiendo tus llaves con la nueva frase de contraseña… unos segundos.</translation>
    </message>
    <message>
        <source>Your new passphrase is set. Your old recovery code no longer works: please replace it with this new one on your paper.</source>
        <translation>Tu nueva frase de contraseña ya está puesta. Tu código de recuperación antiguo ya no funciona: sustitúyelo en tu papel por este nuevo, por favor.</translation>
    </message>
    <message>
        <source>Continue to &amp;my space</source>
        <translation>Continuar a &amp;mi espacio</translation>
    </message>
    <message>
        <source>Your handle</source>
        <translation>Tu alias</translation>
    </message>
    <message>
        <source>Your &amp;handle:</source>
        <translation>Tu &amp;alias:</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <source>&amp;Recovery code:</source>
        <translation>Código de &amp;recuperación:</translation>
    </message>
    <message>
        <source>Recovery code check</source>
        <translation>Comprobación del código de recuperación</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nueva frase de contraseña:</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>%1 letters and digits in groups of four. Spaces, dashes and capital letters don&apos;t matter.</source>
        <translation>%1 letras y dígitos en grupos de cuatro. Los espacios, guiones y mayúsculas dan igual.</translation>
    </message>
    <message>
        <source>%1 of %2 letters and digits so far.</source>
        <translation>%1 de %2 letras y dígitos por ahora.</translation>
    </message>
    <message>
        <source>That is %1 letters and digits; a recovery code has %2.</source>
        <translation>Son %1 letras y dígitos; un código de recuperación tiene %2.</translation>
    </message>
    <message>
        <source>✓ That looks like a complete recovery code.</source>
        <translation>✓ Parece un código de recuperación completo.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>Your new recovery code</source>
        <translation>Tu nuevo código de recuperación</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>Ya lo he anotado</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePanel</name>
    <message>
        <source>This is your recovery code. Write it on paper now and keep it somewhere private. If you ever forget your passphrase, it lets you in once and then you choose a new passphrase. Nobody else can reset it for you.</source>
        <translation>Este es tu código de recuperación. Anótalo ahora en un papel y guárdalo en un lugar privado. Si alguna vez olvidas tu frase de contraseña, te deja entrar una vez y luego eliges una frase nueva. Nadie más puede restablecerla por ti.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <source>To check you have it, please type group %1 (counting from the left):</source>
        <translation>Para comprobar que lo tienes, escribe el grupo %1 (contando desde la izquierda):</translation>
    </message>
    <message>
        <source>Group %1 of your recovery code</source>
        <translation>Grupo %1 de tu código de recuperación</translation>
    </message>
    <message>
        <source>✓ That matches. Thank you.</source>
        <translation>✓ Coincide. Gracias.</translation>
    </message>
    <message>
        <source>That doesn&apos;t match yet — please check the group number.</source>
        <translation>Todavía no coincide: revisa el número del grupo.</translation>
    </message>
</context>
<context>
    <name>ReportExportDialog</name>
    <message>
        <source>Save the report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Counts below 3 read “fewer than 3” in the file too, and the same few numbers are “not shown”.</source>
        <translation>Los recuentos por debajo de 3 aparecen como «menos de 3» también en el archivo, y los mismos pocos números aparecen como «no se muestra».</translation>
    </message>
    <message>
        <source>I &amp;understand that this file is not encrypted</source>
        <translation>En&amp;tiendo que este archivo no está cifrado</translation>
    </message>
    <message>
        <source>I understand that this file is not encrypted</source>
        <translation>Entiendo que este archivo no está cifrado</translation>
    </message>
    <message>
        <source>&amp;Choose where to save…</source>
        <translation>&amp;Elegir dónde guardar…</translation>
    </message>
    <message>
        <source>Choose where to save</source>
        <translation>Elegir dónde guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>About these numbers</source>
        <translation>Sobre estos números</translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Anterior</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Período anterior</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>&amp;Siguiente ▶</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>Período siguiente</translation>
    </message>
    <message>
        <source>This &amp;quarter</source>
        <translation>Este &amp;trimestre</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Este trimestre</translation>
    </message>
    <message>
        <source>Period shown</source>
        <translation>Período mostrado</translation>
    </message>
    <message>
        <source>Kind of period</source>
        <translation>Tipo de período</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>D&amp;esde</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;hasta</translation>
    </message>
    <message>
        <source>Show &amp;dates</source>
        <translation>Mostrar &amp;fechas</translation>
    </message>
    <message>
        <source>Show these dates</source>
        <translation>Mostrar estas fechas</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Attendance over time</source>
        <translation>Asistencia a lo largo del tiempo</translation>
    </message>
    <message>
        <source>No meetings held</source>
        <translation>No se celebraron reuniones</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Attendance table</source>
        <translation>Tabla de asistencia</translation>
    </message>
    <message>
        <source>Ratings over time</source>
        <translation>Valoraciones a lo largo del tiempo</translation>
    </message>
    <message>
        <source>No ratings given</source>
        <translation>No se dieron valoraciones</translation>
    </message>
    <message>
        <source>Average rating</source>
        <translation>Valoración media</translation>
    </message>
    <message>
        <source>Ratings table</source>
        <translation>Tabla de valoraciones</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <source>No evaluations in this period.</source>
        <translation>No hay evaluaciones en este período.</translation>
    </message>
    <message>
        <source>How the numbers are counted</source>
        <translation>Cómo se cuentan los números</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Guardar como P&amp;DF…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Guardar como &amp;CSV…</translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <translation>Guardar como CSV</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>About printing</source>
        <translation>Sobre la impresión</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>De un vistazo</translation>
    </message>
</context>
<context>
    <name>Resources</name>
    <message>
        <source>Your unsaved typing from before SafeSpace locked is back. Save it, or choose Cancel to let it go.</source>
        <translation>Lo que escribiste antes de que SafeSpace se bloqueara y no guardaste ha vuelto. Guárdalo, o elige Cancelar para descartarlo.</translation>
    </message>
</context>
<context>
    <name>ResourcesView</name>
    <message>
        <source>Coping resources</source>
        <translation>Recursos de afrontamiento</translation>
    </message>
    <message>
        <source>Resources due for a check</source>
        <translation>Recursos que toca comprobar</translation>
    </message>
    <message>
        <source>How many resources are shown</source>
        <translation>Cuántos recursos se muestran</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <source>&amp;New resource</source>
        <translation>&amp;Nuevo recurso</translation>
    </message>
    <message>
        <source>&amp;Import a folder…</source>
        <translation>&amp;Importar una carpeta…</translation>
    </message>
    <message>
        <source>E&amp;xport the library…</source>
        <translation>E&amp;xportar la biblioteca…</translation>
    </message>
    <message>
        <source>Add &amp;the examples</source>
        <translation>Añadir los &amp;ejemplos</translation>
    </message>
    <message>
        <source>Adds a few example resources, clearly labelled, to change or remove</source>
        <translation>Añade algunos recursos de ejemplo, claramente marcados, para cambiarlos o quitarlos</translation>
    </message>
    <message>
        <source>Members&apos; su&amp;ggestions…</source>
        <translation>Su&amp;gerencias de los miembros…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Edi&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Mark details checked today</source>
        <translation>&amp;Marcar datos comprobados hoy</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Guardar como P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Large print</source>
        <translation>Letra &amp;grande</translation>
    </message>
    <message>
        <source>Print in large type</source>
        <translation>Imprimir con letra grande</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove resource</source>
        <translation>Quitar el recurso</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>What a restore does</source>
        <translation>Qué hace una restauración</translation>
    </message>
    <message>
        <source>What the backup holds</source>
        <translation>Qué contiene la copia</translation>
    </message>
    <message>
        <source>I understand: changes made since this backup will be replaced</source>
        <translation>Entiendo que los cambios hechos desde esta copia se sustituirán</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation>&amp;Restaurar esta copia</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Restaurar esta copia</translation>
    </message>
    <message>
        <source>Cancel, keep the vault as it is</source>
        <translation>Cancelar, dejar la caja fuerte como está</translation>
    </message>
    <message>
        <source>The backup holds</source>
        <translation>La copia contiene</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>1 month</source>
        <translation>1 mes</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 meses</translation>
    </message>
</context>
<context>
    <name>RetentionBanner</name>
    <message>
        <source>Retention reminder</source>
        <translation>Recordatorio de conservación de datos</translation>
    </message>
    <message>
        <source>Re&amp;view…</source>
        <translation>Re&amp;visar…</translation>
    </message>
    <message>
        <source>Review people who left a while ago</source>
        <translation>Revisar a las personas que se fueron hace tiempo</translation>
    </message>
</context>
<context>
    <name>RetentionReviewDialog</name>
    <message>
        <source>People who left a while ago</source>
        <translation>Personas que se fueron hace tiempo</translation>
    </message>
    <message>
        <source>Nobody is waiting for review now. Thank you for looking after this.</source>
        <translation>Ahora no hay nadie pendiente de revisión. Gracias por ocuparte de esto.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>These people left the group more than %1 ago. Unless they asked you to keep their details, you may want to forget them now. Nothing is forgotten without you choosing it.</source>
        <translation>Estas personas dejaron el grupo hace más de %1. Salvo que te pidieran guardar sus datos, quizá quieras olvidarlas ahora. No se olvida nada sin que tú lo elijas.</translation>
    </message>
    <message>
        <source>left on %1</source>
        <translation>se fue el %1</translation>
    </message>
    <message>
        <source>left, date not recorded</source>
        <translation>se fue, sin fecha registrada</translation>
    </message>
    <message>
        <source>Forget…</source>
        <translation>Olvidar…</translation>
    </message>
    <message>
        <source>Forget %1</source>
        <translation>Olvidar a %1</translation>
    </message>
</context>
<context>
    <name>RoomScreen</name>
    <message>
        <source>%1 — room screen</source>
        <translation>%1 — pantalla de la sala</translation>
    </message>
    <message>
        <source>Room screen</source>
        <translation>Pantalla de la sala</translation>
    </message>
    <message>
        <source>Let&apos;s take a pause.

Breathe in, breathe out. Take the time you need — we will carry on together in a moment.</source>
        <translation>Hagamos una pausa.

Inspira, espira. Tómate el tiempo que necesites: en un momento seguimos en grupo.</translation>
    </message>
    <message>
        <source>Thank you for coming. Take good care until next time.</source>
        <translation>Gracias por venir. Cuídate mucho hasta la próxima.</translation>
    </message>
    <message>
        <source>We will carry on in a moment</source>
        <translation>Seguiremos en un momento</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>Quedan %1</translation>
    </message>
    <message>
        <source>Taking a little longer</source>
        <translation>Tardando un poco más</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Ahora: %1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>A continuación: %1</translation>
    </message>
    <message>
        <source>%1 (%2 waiting)</source>
        <translation>%1 (%2 esperando)</translation>
    </message>
</context>
<context>
    <name>RosterExportDialog</name>
    <message>
        <source>Export the roster</source>
        <translation>Exportar la lista de miembros</translation>
    </message>
    <message>
        <source>Export the roster as a CSV file</source>
        <translation>Exportar la lista de miembros como archivo CSV</translation>
    </message>
    <message>
        <source>This file is not encrypted. Anyone who can open it can read every name and detail in it. Save it only where it needs to go, and delete it when you are done.</source>
        <translation>Este archivo no está cifrado. Cualquiera que pueda abrirlo puede leer todos los nombres y datos que contiene. Guárdalo solo donde tenga que ir, y bórralo cuando termines.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>The file always has names, pronouns, roles, status, dates and access needs. Former members are never included. Add only what the file is for:</source>
        <translation>El archivo siempre incluye nombres, pronombres, roles, estado, fechas y necesidades de accesibilidad. Nunca incluye a antiguos miembros. Añade solo lo que haga falta para el fin del archivo:</translation>
    </message>
    <message>
        <source>Include people who have &amp;left</source>
        <translation>Incluir a las personas que se han &amp;ido</translation>
    </message>
    <message>
        <source>Include &amp;contact details (only of people who agreed to be contacted)</source>
        <translation>Incluir los datos de &amp;contacto (solo de quienes aceptaron que se les contacte)</translation>
    </message>
    <message>
        <source>Include facilitator &amp;notes</source>
        <translation>Incluir las &amp;notas de facilitadores</translation>
    </message>
    <message>
        <source>I &amp;understand that this file is not encrypted</source>
        <translation>En&amp;tiendo que este archivo no está cifrado</translation>
    </message>
    <message>
        <source>&amp;Choose where to save…</source>
        <translation>&amp;Elegir dónde guardar…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <source>Row %1: %2</source>
        <translation>Fila %1: %2</translation>
    </message>
    <message>
        <source>Import a sign-up sheet</source>
        <translation>Importar una hoja de inscripción</translation>
    </message>
    <message>
        <source>From “%1”. Nothing is added to the roster until you choose Import at the bottom.</source>
        <translation>De «%1». No se añade nada a la lista de miembros hasta que elijas Importar, abajo.</translation>
    </message>
    <message>
        <source>How the file was read</source>
        <translation>Cómo se leyó el archivo</translation>
    </message>
    <message>
        <source>This file can&apos;t be imported as it is</source>
        <translation>Este archivo no se puede importar tal como está</translation>
    </message>
    <message>
        <source>Problems with the file</source>
        <translation>Problemas con el archivo</translation>
    </message>
    <message>
        <source>&amp;Name (needed):</source>
        <translation>&amp;Nombre (obligatorio):</translation>
    </message>
    <message>
        <source>&amp;Pronouns:</source>
        <translation>&amp;Pronombres:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo:</translation>
    </message>
    <message>
        <source>&amp;Best time to call:</source>
        <translation>&amp;Mejor hora para llamar:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>&amp;Agreed to be contacted:</source>
        <translation>&amp;Acepta que se le contacte:</translation>
    </message>
    <message>
        <source>(not in this sheet)</source>
        <translation>(no está en esta hoja)</translation>
    </message>
    <message>
        <source>Column for %1</source>
        <translation>Columna para %1</translation>
    </message>
    <message>
        <source>Contact details are kept only for people whose “agreed to be contacted” column says yes; that consent is recorded as given on paper.</source>
        <translation>Los datos de contacto solo se guardan para las personas cuya columna «acepta que se le contacte» dice sí; ese consentimiento se registra como dado en papel.</translation>
    </message>
    <message>
        <source>Preview of the people in the sheet</source>
        <translation>Vista previa de las personas de la hoja</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Resumen de la importación</translation>
    </message>
    <message>
        <source>&amp;Leave out the rows with problems</source>
        <translation>&amp;Dejar fuera las filas con problemas</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Which column holds what</source>
        <translation>Qué contiene cada columna</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>This sheet was not saved as UTF-8, so its letters were read as Western European (Windows) text, the way Excel on Windows saves a CSV file. Please check that the names below look right, especially letters like é, ñ or ë. If they don&apos;t, save the sheet as “CSV UTF-8” and import it again.</source>
        <translation>Esta hoja no se guardó como UTF-8, así que sus letras se han leído como texto de Europa occidental (Windows), que es como Excel en Windows guarda un archivo CSV. Comprueba que los nombres de abajo se ven bien, sobre todo letras como é, ñ o ë. Si no es así, guarda la hoja como «CSV UTF-8» e impórtala de nuevo.</translation>
    </message>
    <message>
        <source>This sheet did not say how its letters are stored, so it was read as Unicode (UTF-16) text. Please check that the names below look right.</source>
        <translation>Esta hoja no indicaba cómo se guardan sus letras, así que se ha leído como texto Unicode (UTF-16). Comprueba que los nombres de abajo se ven bien.</translation>
    </message>
    <message>
        <source>Nothing has been saved. Open the sheet in your spreadsheet program, fix what is listed here, save it as “CSV UTF-8”, and import it again.</source>
        <translation>No se ha guardado nada. Abre la hoja en tu programa de hojas de cálculo, corrige lo que aparece aquí, guárdala como «CSV UTF-8» e impórtala de nuevo.</translation>
    </message>
    <message>
        <source>Please check the column choices</source>
        <translation>Revisa qué columna has elegido para cada dato, por favor</translation>
    </message>
    <message>
        <source>&amp;Import 1 person</source>
        <translation>&amp;Importar 1 persona</translation>
    </message>
    <message>
        <source>&amp;Import %1 people</source>
        <translation>&amp;Importar %1 personas</translation>
    </message>
    <message>
        <source>Nothing can be imported from this file yet.</source>
        <translation>Todavía no se puede importar nada de este archivo.</translation>
    </message>
    <message>
        <source>%1 of %2 rows have a problem (marked ⚠ below). Fix them in the sheet and import it again, or leave those rows out.</source>
        <translation>%1 de %2 filas tienen algún problema (marcadas con ⚠ abajo). Corrígelas en la hoja e impórtala de nuevo, o deja fuera esas filas.</translation>
    </message>
    <message>
        <source>%1 rows with problems will be left out; the others are ready.</source>
        <translation>Se dejarán fuera %1 filas con problemas; las demás están listas.</translation>
    </message>
    <message>
        <source>Every row is ready. Check the names once more.</source>
        <translation>Todas las filas están listas. Revisa los nombres una vez más.</translation>
    </message>
</context>
<context>
    <name>RotaNotice</name>
    <message>
        <source>Meetings that need cover</source>
        <translation>Reuniones que necesitan sustitución</translation>
    </message>
    <message>
        <source>Open the ro&amp;ta</source>
        <translation>Abrir los &amp;turnos</translation>
    </message>
    <message>
        <source>Open the rota</source>
        <translation>Abrir los turnos</translation>
    </message>
</context>
<context>
    <name>RotaView</name>
    <message>
        <source>Rota</source>
        <translation>Turnos</translation>
    </message>
    <message>
        <source>Who leads and who supports each of the next meetings. Groups stay well when at least two people share the facilitating and take turns leading.</source>
        <translation>Quién dirige y quién apoya en cada una de las próximas reuniones. Los grupos se mantienen bien cuando al menos dos personas comparten la facilitación y se turnan para dirigir.</translation>
    </message>
    <message>
        <source>Rota summary</source>
        <translation>Resumen de los turnos</translation>
    </message>
    <message>
        <source>A note about sharing the lead</source>
        <translation>Una nota sobre compartir la dirección</translation>
    </message>
    <message>
        <source>The next meetings</source>
        <translation>Las próximas reuniones</translation>
    </message>
    <message>
        <source>The &amp;next meetings:</source>
        <translation>Las &amp;próximas reuniones:</translation>
    </message>
    <message>
        <source>Who leads</source>
        <translation>Quién dirige</translation>
    </message>
    <message>
        <source>Who supports</source>
        <translation>Quién apoya</translation>
    </message>
    <message>
        <source>Who covers for someone away</source>
        <translation>Quién sustituye a alguien ausente</translation>
    </message>
    <message>
        <source>Who is away</source>
        <translation>Quién no estará</translation>
    </message>
    <message>
        <source>&amp;Leads:</source>
        <translation>&amp;Dirige:</translation>
    </message>
    <message>
        <source>&amp;Supports:</source>
        <translation>&amp;Apoya:</translation>
    </message>
    <message>
        <source>Away:</source>
        <translation>No estará:</translation>
    </message>
    <message>
        <source>&amp;Cover:</source>
        <translation>&amp;Sustituye:</translation>
    </message>
    <message>
        <source>Save the &amp;rota for this meeting</source>
        <translation>Guardar los &amp;turnos de esta reunión</translation>
    </message>
    <message>
        <source>Show the saved rota instead of your choices</source>
        <translation>Mostrar los turnos guardados en lugar de tus elecciones</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>%1 is away</source>
        <translation>%1 no estará</translation>
    </message>
</context>
<context>
    <name>RoundPanel</name>
    <message>
        <source>Turns taken in this round</source>
        <translation>Turnos de esta ronda</translation>
    </message>
    <message>
        <source>Done so far:</source>
        <translation>Hasta ahora:</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Ahora: %1</translation>
    </message>
    <message>
        <source>Press Return to call the next person.</source>
        <translation>Pulsa Intro para dar paso a la siguiente persona.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 — a little over the suggested time</source>
        <translation>%1 — un poco más del tiempo sugerido</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>A continuación: %1</translation>
    </message>
    <message>
        <source>Nobody else is waiting.</source>
        <translation>No hay nadie más esperando.</translation>
    </message>
</context>
<context>
    <name>RunConsoleView</name>
    <message>
        <source>Agenda; the current part is selected</source>
        <translation>Orden del día; la parte actual está seleccionada</translation>
    </message>
    <message>
        <source>Your note for this part</source>
        <translation>Tu nota para esta parte</translation>
    </message>
    <message>
        <source>Facilitator notes for the meeting record (no names)</source>
        <translation>Notas de facilitadores para el acta de la reunión (sin nombres)</translation>
    </message>
    <message>
        <source>Themes, without names, for the meeting record</source>
        <translation>Temas, sin nombres, para el acta de la reunión</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Suggested length of a turn in a round</source>
        <translation>Duración sugerida de un turno en una ronda</translation>
    </message>
    <message>
        <source>&amp;Turn in a round:</source>
        <translation>&amp;Turno en una ronda:</translation>
    </message>
    <message>
        <source>Your note: %1</source>
        <translation>Tu nota: %1</translation>
    </message>
    <message>
        <source>%1 left in this part</source>
        <translation>Quedan %1 en esta parte</translation>
    </message>
    <message>
        <source>%1 over the plan for this part</source>
        <translation>%1 más de lo previsto para esta parte</translation>
    </message>
    <message>
        <source>(timer paused)</source>
        <translation>(temporizador en pausa)</translation>
    </message>
    <message>
        <source>Meeting: %1 left</source>
        <translation>Reunión: quedan %1</translation>
    </message>
    <message>
        <source>Meeting: %1 over</source>
        <translation>Reunión: %1 de más</translation>
    </message>
    <message>
        <source>The meeting has ended</source>
        <translation>La reunión ha terminado</translation>
    </message>
</context>
<context>
    <name>SafetyCard</name>
    <message>
        <source>Safety pause — the timers have stopped</source>
        <translation>Pausa de seguridad: los temporizadores se han detenido</translation>
    </message>
    <message>
        <source>1. Acknowledge what happened, gently: &quot;That sounds really hard. Let&apos;s pause for a moment.&quot;
2. Offer a way out without pressure: &quot;Anyone who wants to step out can; one of us will come with you.&quot;
3. Remind everyone of the group agreement: we listen without judging and what is said here stays here.
4. Notice who may need a follow-up after the meeting, and note it later — no names on screen.
If someone is in danger now, call the emergency number or a crisis line.</source>
        <translation>1. Reconoce lo que ha pasado, con delicadeza: «Eso suena muy duro. Hagamos una pausa un momento.»
2. Ofrece una salida sin presionar: «Quien quiera salir un rato puede hacerlo; alguien del equipo facilitador le acompañará.»
3. Recuerda a todo el grupo el acuerdo: escuchamos sin juzgar y lo que se dice aquí se queda aquí.
4. Fíjate en quién puede necesitar un seguimiento después de la reunión, y anótalo más tarde, sin nombres en pantalla.
Si alguien está en peligro ahora, llama al número de emergencias o a una línea de crisis.</translation>
    </message>
    <message>
        <source>Crisis lines (F1)</source>
        <translation>Líneas de crisis (F1)</translation>
    </message>
    <message>
        <source>Show the crisis lines</source>
        <translation>Mostrar las líneas de crisis</translation>
    </message>
    <message>
        <source>Carry on with the meeting (F9)</source>
        <translation>Seguir con la reunión (F9)</translation>
    </message>
    <message>
        <source>End the safety pause and carry on</source>
        <translation>Terminar la pausa de seguridad y seguir</translation>
    </message>
</context>
<context>
    <name>SafetyPlanController</name>
    <message>
        <source>You have changes that aren&apos;t saved yet.</source>
        <translation>Tienes cambios que aún no están guardados.</translation>
    </message>
    <message>
        <source>Nothing written yet.</source>
        <translation>Aún no hay nada escrito.</translation>
    </message>
    <message>
        <source>✓ Your plan is saved.</source>
        <translation>✓ Tu plan está guardado.</translation>
    </message>
    <message>
        <source>Your safety plan is saved. Only you can open it.</source>
        <translation>Tu plan de seguridad está guardado. Solo tú puedes abrirlo.</translation>
    </message>
    <message>
        <source>Your plan is empty. Add a few lines first, then print it.</source>
        <translation>Tu plan está vacío. Añade primero unas líneas y luego imprímelo.</translation>
    </message>
    <message>
        <source>Before you print</source>
        <translation>Antes de imprimir</translation>
    </message>
    <message>
        <source>Printing sends your safety plan to the printer. On a shared PC or printer, copies can stay in the print queue: collect it straight away.</source>
        <translation>Al imprimir, tu plan de seguridad se envía a la impresora. En una computadora o una impresora compartidas, pueden quedar copias en la cola de impresión: recógelo enseguida.</translation>
    </message>
    <message>
        <source>Continue to print</source>
        <translation>Seguir e imprimir</translation>
    </message>
    <message>
        <source>Nothing was printed.</source>
        <translation>No se ha imprimido nada.</translation>
    </message>
    <message>
        <source>SafeSpace printout</source>
        <translation>Impreso de SafeSpace</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>The printer could not be started. Nothing was printed.</source>
        <translation>No se ha podido poner en marcha la impresora. No se ha imprimido nada.</translation>
    </message>
    <message>
        <source>Sent to the printer. Please collect it straight away.</source>
        <translation>Enviado a la impresora. Recógelo enseguida, por favor.</translation>
    </message>
    <message>
        <source>Some lines did not fit on the card; the full plan has them all.</source>
        <translation>Algunas líneas no cabían en la tarjeta; el plan completo las tiene todas.</translation>
    </message>
</context>
<context>
    <name>SafetyPlanView</name>
    <message>
        <source>My safety plan</source>
        <translation>Mi plan de seguridad</translation>
    </message>
    <message>
        <source>A safety plan is a short list, in your own words, of what helps when things feel like too much. Fill in as much or as little as you like, and change it whenever you want. When you need it, start at the top and keep going until you feel safer.</source>
        <translation>Un plan de seguridad es una lista corta, con tus propias palabras, de lo que te ayuda cuando todo parece demasiado. Rellena tanto o tan poco como quieras, y cámbialo cuando quieras. Cuando te haga falta, empieza por arriba y sigue hasta que te sientas más a salvo.</translation>
    </message>
    <message>
        <source>Your plan is sealed with your own key, so only you can open it. This app never contacts anyone for you. Press F2 at any time to come back to this page. If you are in danger right now, please call your local emergency number.</source>
        <translation>Tu plan está sellado con tu propia llave, así que solo tú puedes abrirlo. Esta aplicación nunca contacta con nadie por ti. Pulsa F2 en cualquier momento para volver a esta página. Si ahora mismo estás en peligro, llama, por favor, a tu número local de emergencias.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Whether your plan is saved</source>
        <translation>Si tu plan está guardado</translation>
    </message>
    <message>
        <source>&amp;Save my plan</source>
        <translation>&amp;Guardar mi plan</translation>
    </message>
    <message>
        <source>&amp;Print the plan…</source>
        <translation>&amp;Imprimir el plan…</translation>
    </message>
    <message>
        <source>Print a &amp;wallet card…</source>
        <translation>Imprimir una &amp;tarjeta de bolsillo…</translation>
    </message>
    <message>
        <source>Printing asks first: shared printers can keep a copy.</source>
        <translation>Antes de imprimir se te pregunta: las impresoras compartidas pueden guardar una copia.</translation>
    </message>
    <message>
        <source>Show your plan as saved instead of what you typed</source>
        <translation>Mostrar tu plan tal como está guardado en lugar de lo que escribiste</translation>
    </message>
    <message>
        <source>Thoughts, feelings, situations or things you notice in yourself when things start to get harder.</source>
        <translation>Pensamientos, sentimientos, situaciones o cosas que notas en ti cuando todo empieza a ponerse más difícil.</translation>
    </message>
    <message>
        <source>Small things that help you feel a bit better by yourself, like a walk, music, a shower or slow breathing.</source>
        <translation>Pequeñas cosas que te ayudan a sentirte un poco mejor por tu cuenta, como un paseo, música, una ducha o respirar despacio.</translation>
    </message>
    <message>
        <source>People you can be around and places you can go that take your mind off things, even for a little while.</source>
        <translation>Personas con las que puedes estar y lugares a los que puedes ir que te ayudan a despejarte, aunque sea un rato.</translation>
    </message>
    <message>
        <source>People you trust and can ask for help. You could add how to reach them.</source>
        <translation>Personas en quienes confías y a las que puedes pedir ayuda. Puedes añadir cómo contactar con ellas.</translation>
    </message>
    <message>
        <source>Your doctor, a counsellor, a helpline or another service, with their number and when they are open.</source>
        <translation>Tu centro de salud, tu terapeuta, una línea de ayuda u otro servicio, con su número y su horario.</translation>
    </message>
    <message>
        <source>Things you can do, perhaps with someone&apos;s help, to make where you are safer while things are hard.</source>
        <translation>Cosas que puedes hacer, quizá con ayuda de alguien, para que el lugar donde estás sea más seguro mientras las cosas están difíciles.</translation>
    </message>
    <message>
        <source>The people, pets, hopes, plans and small things that matter to you and keep you going.</source>
        <translation>Las personas, mascotas, ilusiones, planes y pequeñas cosas que te importan y te ayudan a seguir adelante.</translation>
    </message>
    <message>
        <source>Opening your plan…</source>
        <translation>Abriendo tu plan…</translation>
    </message>
</context>
<context>
    <name>SavePage</name>
    <message>
        <source>Check and save</source>
        <translation>Revisar y guardar</translation>
    </message>
    <message>
        <source>This is what will be kept. Go back to change anything.</source>
        <translation>Esto es lo que se guardará. Vuelve atrás para cambiar lo que quieras.</translation>
    </message>
    <message>
        <source>What will be saved</source>
        <translation>Qué se guardará</translation>
    </message>
    <message>
        <source>In &amp;person</source>
        <translation>En &amp;persona</translation>
    </message>
    <message>
        <source>On pape&amp;r</source>
        <translation>En pape&amp;l</translation>
    </message>
    <message>
        <source>They gave their answers:</source>
        <translation>Dio sus respuestas:</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Nombre: %1</translation>
    </message>
    <message>
        <source>Pronouns: %1</source>
        <translation>Pronombres: %1</translation>
    </message>
    <message>
        <source>Shown what stays in the room (version %1)</source>
        <translation>Se le mostró lo que se queda en la sala (versión %1)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>%1: %2 (wording version %3)</source>
        <translation>%1: %2 (versión del texto %3)</translation>
    </message>
    <message>
        <source>messages OK</source>
        <translation>se pueden dejar mensajes</translation>
    </message>
    <message>
        <source>no messages</source>
        <translation>sin mensajes</translation>
    </message>
    <message>
        <source>Contact details: %1</source>
        <translation>Datos de contacto: %1</translation>
    </message>
    <message>
        <source>Journal invitation: %1</source>
        <translation>Invitación al diario: %1</translation>
    </message>
</context>
<context>
    <name>SelfCheckView</name>
    <message>
        <source>How am I doing? A short self-check</source>
        <translation>¿Cómo me encuentro? Una breve revisión personal</translation>
    </message>
    <message>
        <source>Holding other people&apos;s pain takes something out of anyone. These few questions are not a test and give no score: they only help you notice how you are. Nothing is kept unless you choose to keep it.</source>
        <translation>Sostener el dolor de otras personas le quita algo a cualquiera. Estas pocas preguntas no son un examen ni dan una puntuación: solo te ayudan a notar cómo estás. No se guarda nada a menos que tú decidas guardarlo.</translation>
    </message>
    <message>
        <source>&amp;Reflect on my answers</source>
        <translation>&amp;Pensar en mis respuestas</translation>
    </message>
    <message>
        <source>Reflections on your answers</source>
        <translation>Reflexiones sobre tus respuestas</translation>
    </message>
    <message>
        <source>If you are struggling to stay safe</source>
        <translation>Si te está costando mantenerte a salvo</translation>
    </message>
    <message>
        <source>Open the &amp;crisis lines</source>
        <translation>Abrir las líneas de cr&amp;isis</translation>
    </message>
    <message>
        <source>A note to myself (optional)</source>
        <translation>Una nota para mí (opcional)</translation>
    </message>
    <message>
        <source>A &amp;note to myself (optional):</source>
        <translation>Una n&amp;ota para mí (opcional):</translation>
    </message>
    <message>
        <source>&amp;Keep this check in my reflections</source>
        <translation>&amp;Guardar esta revisión en mis reflexiones</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Group settings</source>
        <translation>Ajustes del grupo</translation>
    </message>
    <message>
        <source>These settings apply to everyone in this group who uses this vault.</source>
        <translation>Estos ajustes se aplican a todas las personas de este grupo que usan esta caja fuerte.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Cargando</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Nombre del grupo</translation>
    </message>
    <message>
        <source>Vault label</source>
        <translation>Etiqueta de la caja fuerte</translation>
    </message>
    <message>
        <source>⚠ The label is not sealed: anyone at this computer can read it in the vault list before unlocking. Never put a person&apos;s name in it, and don&apos;t say what the group is about (for example “Room 2, Tuesdays”).</source>
        <translation>⚠ La etiqueta no está sellada: cualquiera en esta computadora puede leerla en la lista de cajas fuertes antes de desbloquear. No pongas nunca el nombre de una persona, y no digas de qué trata el grupo (por ejemplo, «Sala 2, martes»).</translation>
    </message>
    <message>
        <source>About the vault label</source>
        <translation>Sobre la etiqueta de la caja fuerte</translation>
    </message>
    <message>
        <source>Group &amp;name:</source>
        <translation>&amp;Nombre del grupo:</translation>
    </message>
    <message>
        <source>Kept sealed in the vault. Only people who have unlocked can read it, members included.</source>
        <translation>Se guarda sellado en la caja fuerte. Solo lo pueden leer quienes han desbloqueado, miembros incluidos.</translation>
    </message>
    <message>
        <source>Vault &amp;label:</source>
        <translation>&amp;Etiqueta de la caja fuerte:</translation>
    </message>
    <message>
        <source>Auto-lock for facilitators, in minutes</source>
        <translation>Bloqueo automático para facilitadores, en minutos</translation>
    </message>
    <message>
        <source>Auto-lock for members, in minutes</source>
        <translation>Bloqueo automático para miembros, en minutos</translation>
    </message>
    <message>
        <source>After this many minutes without anyone touching the keyboard or mouse, the app locks itself. On a shared computer, shorter is safer: if someone walks away without locking, the next person to sit down sees less.</source>
        <translation>Tras estos minutos sin que nadie toque el teclado ni el ratón, la aplicación se bloquea sola. En una computadora compartida, cuanto menos, más seguro: si alguien se va sin bloquear, la siguiente persona que se siente ve menos.</translation>
    </message>
    <message>
        <source>&amp;Facilitators:</source>
        <translation>&amp;Facilitadores:</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>&amp;Miembros:</translation>
    </message>
    <message>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <source>Remind me about people who left more than this many months ago</source>
        <translation>Avisarme de las personas que se fueron hace más de estos meses</translation>
    </message>
    <message>
        <source>Keep only what the group needs. The Members page reminds you about people who left more than this long ago, so you can forget them. Nothing is forgotten without you choosing it.</source>
        <translation>Guarda solo lo que el grupo necesita. La página Miembros te avisa de las personas que se fueron hace más de este tiempo, para que puedas olvidarlas. No se olvida nada sin que tú lo elijas.</translation>
    </message>
    <message>
        <source>&amp;Remind me after:</source>
        <translation>&amp;Avisarme tras:</translation>
    </message>
    <message>
        <source>&amp;Keep each meeting&apos;s talk-time totals: two numbers, never names</source>
        <translation>Guardar los &amp;totales de tiempo de palabra de cada reunión: dos números, nunca nombres</translation>
    </message>
    <message>
        <source>Keep each meeting&apos;s talk-time totals</source>
        <translation>Guardar los totales de tiempo de palabra de cada reunión</translation>
    </message>
    <message>
        <source>While a meeting runs, the console shows facilitators who has had the floor and for how long, so quieter voices get their turn. Those figures are forgotten when the meeting ends. If the group agrees, only how many turns and how many minutes in all are kept with the meeting.</source>
        <translation>Mientras transcurre una reunión, la consola muestra a los facilitadores quién ha tenido la palabra y durante cuánto tiempo, para que las voces más calladas tengan su turno. Esas cifras se olvidan al terminar la reunión. Si el grupo está de acuerdo, solo se guarda con la reunión cuántos turnos y cuántos minutos hubo en total.</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Guardar cambios</translation>
    </message>
    <message>
        <source>Save message</source>
        <translation>Mensaje de guardado</translation>
    </message>
    <message>
        <source>Show the group settings as saved instead of what you typed</source>
        <translation>Mostrar los ajustes del grupo tal como están guardados en lugar de lo que escribiste</translation>
    </message>
    <message>
        <source>&amp;Edit what newcomers are told…</source>
        <translation>E&amp;ditar lo que se cuenta a las personas nuevas…</translation>
    </message>
    <message>
        <source>The statement about what stays in the room, and the wording of each consent question. Every change is kept as a new version.</source>
        <translation>La declaración sobre lo que se queda en la sala, y el texto de cada pregunta de consentimiento. Cada cambio se guarda como una nueva versión.</translation>
    </message>
    <message>
        <source>&amp;Add a facilitator…</source>
        <translation>Añadir un fa&amp;cilitador…</translation>
    </message>
    <message>
        <source>Each facilitator has their own handle, passphrase and recovery code. Add a co-facilitator while they are here with you: they type their own details.</source>
        <translation>Cada facilitador tiene su propio alias, frase de contraseña y código de recuperación. Añade a un cofacilitador mientras está aquí contigo: escribe sus propios datos.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Auto-lock</source>
        <translation>Bloqueo automático</translation>
    </message>
    <message>
        <source>Retention reminder</source>
        <translation>Recordatorio de conservación de datos</translation>
    </message>
    <message>
        <source>Running meetings</source>
        <translation>Dirigir reuniones</translation>
    </message>
    <message>
        <source>What newcomers are told</source>
        <translation>Lo que se cuenta a las personas nuevas</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Facilitadores</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
</context>
<context>
    <name>SheetActions</name>
    <message>
        <source>Choose a sign-up sheet</source>
        <translation>Elige una hoja de inscripción</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>That file could not be opened. Is it still there, and can you open it?</source>
        <translation>No se ha podido abrir ese archivo. ¿Sigue ahí, y puedes abrirlo?</translation>
    </message>
    <message>
        <source>1 person was added from the sheet.</source>
        <translation>Se ha añadido 1 persona desde la hoja.</translation>
    </message>
    <message>
        <source>%1 people were added from the sheet.</source>
        <translation>Se han añadido %1 personas desde la hoja.</translation>
    </message>
    <message>
        <source>Rows left out: %1.</source>
        <translation>Filas que se han dejado fuera: %1.</translation>
    </message>
    <message>
        <source>Save the roster as</source>
        <translation>Guardar la lista de miembros como</translation>
    </message>
    <message>
        <source>roster.csv</source>
        <translation>lista_miembros.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Roster saved to “%1”. Remember: that file is not encrypted.</source>
        <translation>Lista de miembros guardada en «%1». Recuerda: ese archivo no está cifrado.</translation>
    </message>
    <message>
        <source>The roster file was not written. %1</source>
        <translation>No se ha escrito el archivo de la lista de miembros. %1</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation>Escribiendo el archivo…</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>SafeSpace</source>
        <extracomment>How long a second start keeps trying to reach the first (it may still be starting).</extracomment>
        <translation>SafeSpace</translation>
    </message>
    <message>
        <source>SafeSpace may still be open on another computer (%1) with this folder.</source>
        <translation>Puede que SafeSpace siga abierto en otra computadora (%1) con esta carpeta.</translation>
    </message>
    <message>
        <source>If it is closed there, for example because that computer stopped suddenly, you can open SafeSpace here.</source>
        <translation>Si allí está cerrado, por ejemplo porque esa computadora se apagó de repente, puedes abrir SafeSpace aquí.</translation>
    </message>
    <message>
        <source>Open here</source>
        <translation>Abrir aquí</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>StaleBanner</name>
    <message>
        <source>Your changes were not saved</source>
        <translation>Tus cambios no se han guardado</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recargar</translation>
    </message>
    <message>
        <source>Show the saved version of this person&apos;s details instead of what you typed</source>
        <translation>Mostrar la versión guardada de los datos de esta persona en lugar de lo que escribiste</translation>
    </message>
</context>
<context>
    <name>StaleEditBanner</name>
    <message>
        <source>Your changes were not saved</source>
        <translation>Tus cambios no se han guardado</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recargar</translation>
    </message>
</context>
<context>
    <name>StatementPage</name>
    <message>
        <source>What stays in the room</source>
        <translation>Lo que se queda en la sala</translation>
    </message>
    <message>
        <source>Please show or read this to them before anything else.</source>
        <translation>Muéstrale o léele esto antes que nada, por favor.</translation>
    </message>
    <message>
        <source>Confidentiality statement</source>
        <translation>Declaración de confidencialidad</translation>
    </message>
    <message>
        <source>I have &amp;shown or read this to them, and they have had a chance to ask</source>
        <translation>Se lo he &amp;mostrado o leído, y ha tenido ocasión de preguntar</translation>
    </message>
</context>
<context>
    <name>SuggestDialog</name>
    <message>
        <source>Suggest a correction</source>
        <translation>Sugerir una corrección</translation>
    </message>
    <message>
        <source>Suggest a resource</source>
        <translation>Sugerir un recurso</translation>
    </message>
    <message>
        <source>Your suggestion goes to the facilitators without your name, unless you add it below. Once sent, it cannot be read back on this computer, by you or anyone else but the facilitators.</source>
        <translation>Tu sugerencia llega a los facilitadores sin tu nombre, salvo que lo añadas abajo. Una vez enviada, no se puede volver a leer en esta computadora, ni por ti ni por nadie salvo los facilitadores.</translation>
    </message>
    <message>
        <source>Title of the resource</source>
        <translation>Título del recurso</translation>
    </message>
    <message>
        <source>Your suggestion</source>
        <translation>Tu sugerencia</translation>
    </message>
    <message>
        <source>Your name (optional)</source>
        <translation>Tu nombre (opcional)</translation>
    </message>
    <message>
        <source>Leave empty to send it without a name</source>
        <translation>Déjalo vacío para enviarla sin nombre</translation>
    </message>
    <message>
        <source>&amp;Title (optional):</source>
        <translation>&amp;Título (opcional):</translation>
    </message>
    <message>
        <source>What would you &amp;like to suggest?</source>
        <translation>¿Qué te &amp;gustaría sugerir?</translation>
    </message>
    <message>
        <source>Your &amp;name (optional):</source>
        <translation>Tu &amp;nombre (opcional):</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>&amp;Send to the facilitators</source>
        <translation>&amp;Enviar a los facilitadores</translation>
    </message>
    <message>
        <source>Send to the facilitators</source>
        <translation>Enviar a los facilitadores</translation>
    </message>
</context>
<context>
    <name>SuggestionsDialog</name>
    <message>
        <source>Members&apos; suggestions</source>
        <translation>Sugerencias de los miembros</translation>
    </message>
    <message>
        <source>Members can suggest a resource or a correction. A suggestion carries no name unless the member chose to add one.</source>
        <translation>Los miembros pueden sugerir un recurso o una corrección. Una sugerencia no lleva nombre salvo que el miembro haya elegido añadirlo.</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Sugerencias</translation>
    </message>
    <message>
        <source>Mark as &amp;handled</source>
        <translation>Marcar como &amp;atendida</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove suggestion</source>
        <translation>Quitar la sugerencia</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitador</translation>
    </message>
    <message>
        <source>Consent record</source>
        <translation>Registro de consentimiento</translation>
    </message>
    <message>
        <source>Consent wording</source>
        <translation>Texto de consentimiento</translation>
    </message>
    <message>
        <source>Check-in pair</source>
        <translation>Pareja de apoyo</translation>
    </message>
    <message>
        <source>Roster setting</source>
        <translation>Ajuste de la lista de miembros</translation>
    </message>
    <message>
        <source>Agreement draft</source>
        <translation>Borrador del acuerdo</translation>
    </message>
    <message>
        <source>Agreement version</source>
        <translation>Versión del acuerdo</translation>
    </message>
    <message>
        <source>Agreement at a meeting</source>
        <translation>Conformidad en una reunión</translation>
    </message>
    <message>
        <source>Group settings</source>
        <translation>Ajustes del grupo</translation>
    </message>
    <message>
        <source>Group prompt</source>
        <translation>Pregunta del grupo</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computadora</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>cambiado</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>kept: edited after it was deleted</source>
        <translation>conservado: se editó después de eliminarse</translation>
    </message>
    <message>
        <source>two versions to choose from</source>
        <translation>dos versiones para elegir</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>No shared folder chosen.</source>
        <translation>No se ha elegido ninguna carpeta compartida.</translation>
    </message>
    <message>
        <source>Where should the sync file go?</source>
        <translation>¿Dónde se guarda el archivo de sincronización?</translation>
    </message>
    <message>
        <source>Choose a sync file</source>
        <translation>Elige un archivo de sincronización</translation>
    </message>
    <message>
        <source>Sync files (*.ssbundle)</source>
        <translation>Archivos de sincronización (*.ssbundle)</translation>
    </message>
    <message>
        <source>Choose the shared folder</source>
        <translation>Elige la carpeta compartida</translation>
    </message>
    <message>
        <source>Writing the sync file and reading it back…</source>
        <translation>Escribiendo el archivo de sincronización y volviendo a leerlo…</translation>
    </message>
    <message>
        <source>Writing the sync file…</source>
        <translation>Escribiendo el archivo de sincronización…</translation>
    </message>
    <message>
        <source>Saved and checked: %1. It is safe to remove the stick.</source>
        <translation>Guardado y comprobado: %1. Ya puedes quitar la memoria USB.</translation>
    </message>
    <message>
        <source>Join kit saved and checked: %1. It is safe to remove the stick.</source>
        <translation>Kit de incorporación guardado y comprobado: %1. Ya puedes quitar la memoria USB.</translation>
    </message>
    <message>
        <source>Checking the sync file…</source>
        <translation>Comprobando el archivo de sincronización…</translation>
    </message>
    <message>
        <source>Nothing has changed yet. Look through the list, then apply or leave it.</source>
        <translation>Todavía no ha cambiado nada. Revisa la lista y luego aplica la importación o descártala.</translation>
    </message>
    <message>
        <source>Hide many records?</source>
        <translation>¿Ocultar muchos registros?</translation>
    </message>
    <message>
        <source>This import would hide %1 records on this computer. Apply it only if you expected that.</source>
        <translation>Esta importación ocultaría %1 registros en esta computadora. Aplícala solo si lo esperabas.</translation>
    </message>
    <message>
        <source>Hide them and import</source>
        <translation>Ocultarlos e importar</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Imported. You can undo this import until you change something.</source>
        <translation>Importado. Puedes deshacer esta importación hasta que cambies algo.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>No ha cambiado nada.</translation>
    </message>
    <message>
        <source>Not imported. Nothing was changed.</source>
        <translation>No se ha importado. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Undo the last import?</source>
        <translation>¿Deshacer la última importación?</translation>
    </message>
    <message>
        <source>This puts the group&apos;s records back as they were just before the last import.</source>
        <translation>Esto deja los registros del grupo como estaban justo antes de la última importación.</translation>
    </message>
    <message>
        <source>Undo the import</source>
        <translation>Deshacer la importación</translation>
    </message>
    <message>
        <source>The last import was undone.</source>
        <translation>Se ha deshecho la última importación.</translation>
    </message>
    <message>
        <source>Shared folder: %1</source>
        <translation>Carpeta compartida: %1</translation>
    </message>
    <message>
        <source>Syncing with the folder…</source>
        <translation>Sincronizando con la carpeta…</translation>
    </message>
    <message>
        <source>Imported %1 new sync files and wrote this computer&apos;s own.</source>
        <translation>Se han importado %1 archivos de sincronización nuevos y se ha escrito el de esta computadora.</translation>
    </message>
    <message>
        <source>Took the group&apos;s new key from the key file %1 signed.</source>
        <translation>Se tomó la llave nueva del grupo del archivo de llave firmado por %1.</translation>
    </message>
    <message>
        <source>%1 files would hide many records: import them one by one above.</source>
        <translation>%1 archivos ocultarían muchos registros: impórtalos de uno en uno arriba.</translation>
    </message>
    <message>
        <source>%1 files were not for this group or could not be read.</source>
        <translation>%1 archivos no eran de este grupo o no se han podido leer.</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <source>Sync with other facilitators</source>
        <translation>Sincronizar con otros facilitadores</translation>
    </message>
    <message>
        <source>Sync files carry the group&apos;s records between facilitators&apos; computers, on a USB stick or through a shared folder. They are encrypted and signed by this computer. Members&apos; journals never leave this computer.</source>
        <translation>Los archivos de sincronización llevan los registros del grupo entre las computadoras de los facilitadores, en una memoria USB o a través de una carpeta compartida. Están cifrados y firmados por esta computadora. Los diarios de los miembros nunca salen de esta computadora.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>&amp;Export a sync file…</source>
        <translation>&amp;Exportar un archivo de sincronización…</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Estado de la exportación</translation>
    </message>
    <message>
        <source>Make a &amp;join kit for a new computer…</source>
        <translation>Crear un &amp;kit de incorporación para una computadora nueva…</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Recibir</translation>
    </message>
    <message>
        <source>&amp;Import a sync file…</source>
        <translation>&amp;Importar un archivo de sincronización…</translation>
    </message>
    <message>
        <source>What importing would change</source>
        <translation>Qué cambiaría la importación</translation>
    </message>
    <message>
        <source>Records the import would change</source>
        <translation>Registros que cambiaría la importación</translation>
    </message>
    <message>
        <source>&amp;Apply this import</source>
        <translation>&amp;Aplicar esta importación</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t import</source>
        <translation>&amp;No importar</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>Estado de la importación</translation>
    </message>
    <message>
        <source>&amp;Undo the last import</source>
        <translation>&amp;Deshacer la última importación</translation>
    </message>
    <message>
        <source>Import &amp;log:</source>
        <translation>Re&amp;gistro de importaciones:</translation>
    </message>
    <message>
        <source>Import log</source>
        <translation>Registro de importaciones</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation>Carpeta compartida</translation>
    </message>
    <message>
        <source>If the facilitators share a folder (for example with Syncthing or a network drive), each computer writes its own sync files there and reads the others&apos;. Never choose the folder that holds this vault.</source>
        <translation>Si los facilitadores comparten una carpeta (por ejemplo, con Syncthing o una unidad de red), cada computadora escribe allí sus propios archivos de sincronización y lee los de los demás. No elijas nunca la carpeta que contiene esta caja fuerte.</translation>
    </message>
    <message>
        <source>C&amp;hoose the shared folder…</source>
        <translation>Elegir la carpeta &amp;compartida…</translation>
    </message>
    <message>
        <source>&amp;Sync with the folder now</source>
        <translation>&amp;Sincronizar con la carpeta ahora</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>What was just done</source>
        <translation>Lo que se acaba de hacer</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>Descartar este mensaje</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to SafeSpace</source>
        <translation>Te damos la bienvenida a SafeSpace</translation>
    </message>
    <message>
        <source>Let&apos;s set up a vault for your group. It takes a minute or two.</source>
        <translation>Vamos a preparar una caja fuerte para tu grupo. Solo lleva un par de minutos.</translation>
    </message>
    <message>
        <source>SafeSpace helps a peer support group keep its roster safely, and gives every member a private space that only they can open.</source>
        <translation>SafeSpace ayuda a un grupo de apoyo mutuo a guardar su lista de miembros de forma segura, y da a cada miembro un espacio privado que solo esa persona puede abrir.</translation>
    </message>
    <message>
        <source>Everything stays on this computer, locked with passphrases; the app never goes online.</source>
        <translation>Todo se queda en esta computadora, cerrado con frases de contraseña; la aplicación nunca se conecta a internet.</translation>
    </message>
    <message>
        <source>Facilitators can open the group&apos;s records, but each member&apos;s journal is locked with their own passphrase, so nobody else — not even a facilitator — can read it.</source>
        <translation>Los facilitadores pueden abrir los registros del grupo, pero el diario de cada miembro está cerrado con su propia frase de contraseña, así que nadie más, ni siquiera un facilitador, puede leerlo.</translation>
    </message>
    <message>
        <source>When nobody is using it, SafeSpace locks itself and its lock screen shows no names.</source>
        <translation>Cuando nadie lo está usando, SafeSpace se bloquea solo y su pantalla de bloqueo no muestra nombres.</translation>
    </message>
    <message>
        <source>Next you will give the vault a label, choose your own handle and passphrase, and write down a recovery code.</source>
        <translation>A continuación pondrás una etiqueta a la caja fuerte, elegirás tu propio alias y frase de contraseña, y anotarás un código de recuperación.</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>&amp;Vaults on this computer:</source>
        <translation>&amp;Cajas fuertes en esta computadora:</translation>
    </message>
    <message>
        <source>Vaults on this computer</source>
        <translation>Cajas fuertes en esta computadora</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Go to the lock screen of the chosen vault</source>
        <translation>Ir a la pantalla de bloqueo de la caja fuerte elegida</translation>
    </message>
    <message>
        <source>Other choices:</source>
        <translation>Otras opciones:</translation>
    </message>
    <message>
        <source>Create a new group vault…</source>
        <translation>Crear una caja fuerte nueva para un grupo…</translation>
    </message>
    <message>
        <source>For a facilitator starting a group on this computer. It takes a minute or two.</source>
        <translation>Para un facilitador que empieza un grupo en esta computadora. Lleva un par de minutos.</translation>
    </message>
    <message>
        <source>Create a new group vault</source>
        <translation>Crear una caja fuerte nueva para un grupo</translation>
    </message>
    <message>
        <source>Explore the demo group</source>
        <translation>Explorar el grupo de demostración</translation>
    </message>
    <message>
        <source>Fictional people, so you can look around freely. Their passphrases are shown on its unlock screen.</source>
        <translation>Personas ficticias, para que puedas curiosear con libertad. Sus frases de contraseña se muestran en su pantalla de desbloqueo.</translation>
    </message>
    <message>
        <source>Join a group from a join kit…</source>
        <translation>Unirse a un grupo con un kit de incorporación…</translation>
    </message>
    <message>
        <source>For a facilitator whose group already exists on another computer.</source>
        <translation>Para un facilitador cuyo grupo ya existe en otra computadora.</translation>
    </message>
    <message>
        <source>Join a group from a join kit</source>
        <translation>Unirse a un grupo con un kit de incorporación</translation>
    </message>
    <message>
        <source>Joining a group as a member? Open your group&apos;s vault and choose “I have an invitation code” — or ask a facilitator to help you start.</source>
        <translation>¿Te unes a un grupo como miembro? Abre la caja fuerte de tu grupo y elige «Tengo un código de invitación», o pide ayuda a un facilitador para empezar.</translation>
    </message>
    <message>
        <source>%1 (demo)</source>
        <translation>%1 (demostración)</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open</source>
        <translation>Pulsa Intro o haz doble clic para abrir</translation>
    </message>
    <message>
        <source>Welcome back</source>
        <translation>Hola de nuevo</translation>
    </message>
    <message>
        <source>Choose your group&apos;s vault to unlock it. Only neutral labels are shown here; names stay locked inside each vault.</source>
        <translation>Elige la caja fuerte de tu grupo para desbloquearla. Aquí solo se muestran etiquetas neutras; los nombres siguen guardados dentro de cada caja fuerte.</translation>
    </message>
    <message>
        <source>Welcome to SafeSpace</source>
        <translation>Te damos la bienvenida a SafeSpace</translation>
    </message>
    <message>
        <source>A private place for a peer support group: the group&apos;s roster for facilitators, and a private space for every member that only they can open. Everything stays on this computer, locked with passphrases, and the app never goes online.</source>
        <translation>Un lugar privado para un grupo de apoyo mutuo: la lista de miembros del grupo para los facilitadores, y un espacio privado para cada miembro que solo esa persona puede abrir. Todo se queda en esta computadora, cerrado con frases de contraseña, y la aplicación nunca se conecta a internet.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Open my safety plan</source>
        <translation>Abrir mi plan de seguridad</translation>
    </message>
    <message>
        <source>Crisis lines</source>
        <translation>Líneas de crisis</translation>
    </message>
</context>
<context>
    <name>_Plurals</name>
    <message numerus="yes">
        <source>Too many attempts in a row. Please wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Demasiados intentos seguidos. Espera %n segundo antes de volver a intentarlo, por favor.</numerusform>
            <numerusform>Demasiados intentos seguidos. Espera %n segundos antes de volver a intentarlo, por favor.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_ResourcePlurals</name>
    <message numerus="yes">
        <source>Imported %n resource(s).</source>
        <translation>
            <numerusform>Se importó %n recurso.</numerusform>
            <numerusform>Se importaron %n recursos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more problem(s).</source>
        <translation>
            <numerusform>…y %n problema más.</numerusform>
            <numerusform>…y %n problemas más.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n recurso</numerusform>
            <numerusform>%n recursos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n archivo</numerusform>
            <numerusform>%n archivos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>self.view</name>
    <message>
        <source>Save a key file</source>
        <translation>Guardar un archivo de llave</translation>
    </message>
    <message>
        <source>SafeSpace key files (*%1)</source>
        <translation>Archivos de llave de SafeSpace (*%1)</translation>
    </message>
    <message>
        <source>Open a key file</source>
        <translation>Abrir un archivo de llave</translation>
    </message>
    <message>
        <source>That was the last part. Press Ctrl+E to end the meeting.</source>
        <translation>Esa era la última parte. Pulsa Ctrl+E para terminar la reunión.</translation>
    </message>
    <message>
        <source>Choose the person in the list of people first.</source>
        <translation>Elige primero a la persona en la lista de personas.</translation>
    </message>
    <message>
        <source>Welcome, %1.</source>
        <translation>Te damos la bienvenida, %1.</translation>
    </message>
    <message>
        <source>The list of speakers is closed.</source>
        <translation>La lista de turnos de palabra está cerrada.</translation>
    </message>
    <message>
        <source>The list of speakers is open again.</source>
        <translation>La lista de turnos de palabra vuelve a estar abierta.</translation>
    </message>
    <message>
        <source>List closed. Has everyone who wants to had a turn?</source>
        <translation>Lista cerrada. ¿Ha tenido su turno cada persona que quería hablar?</translation>
    </message>
    <message>
        <source>Rating noted. %1 so far.</source>
        <translation>Valoración anotada. Van %1.</translation>
    </message>
    <message>
        <source>End the meeting?</source>
        <translation>¿Terminar la reunión?</translation>
    </message>
    <message>
        <source>The timers stop and the meeting&apos;s summary is shown.</source>
        <translation>Los temporizadores se detienen y se muestra el resumen de la reunión.</translation>
    </message>
    <message>
        <source>Talk-time totals are kept as two numbers, without names.</source>
        <translation>Los totales de tiempo de palabra se guardan como dos números, sin nombres.</translation>
    </message>
    <message>
        <source>Talk-time figures are forgotten.</source>
        <translation>Las cifras de tiempo de palabra se olvidan.</translation>
    </message>
    <message>
        <source>%1 — passed</source>
        <translation>%1 — pasó su turno</translation>
    </message>
    <message>
        <source>here</source>
        <translation>presente</translation>
    </message>
    <message>
        <source>arrived late</source>
        <translation>llegó tarde</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (primera vez)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — hand raised</source>
        <translation>%1 — mano levantada</translation>
    </message>
    <message>
        <source>About ten minutes of the meeting are left.</source>
        <translation>Quedan unos diez minutos de reunión.</translation>
    </message>
    <message>
        <source>This part has reached its planned time.</source>
        <translation>Esta parte ha llegado a su tiempo previsto.</translation>
    </message>
    <message>
        <source>This turn has reached the suggested time.</source>
        <translation>Este turno ha llegado al tiempo sugerido.</translation>
    </message>
    <message>
        <source>One voice has had a large share of the time.</source>
        <translation>Una voz ha tenido buena parte del tiempo.</translation>
    </message>
    <message>
        <source>Safety pause. The timers have stopped.</source>
        <translation>Pausa de seguridad. Los temporizadores se han detenido.</translation>
    </message>
    <message>
        <source>%1, your turn.</source>
        <translation>%1, tu turno.</translation>
    </message>
</context>
<context>
    <name>wording</name>
    <message>
        <source>No one in particular</source>
        <translation>Nadie en particular</translation>
    </message>
    <message>
        <source>No meeting</source>
        <translation>Sin reunión</translation>
    </message>
    <message>
        <source>Atten&amp;dance</source>
        <translation>&amp;Asistencia</translation>
    </message>
    <message>
        <source>N&amp;otes after the meeting</source>
        <translation>&amp;Notas tras la reunión</translation>
    </message>
    <message>
        <source>&amp;Feedback</source>
        <translation>&amp;Opiniones</translation>
    </message>
    <message>
        <source>Fill from a template</source>
        <translation>Rellenar desde una plantilla</translation>
    </message>
    <message>
        <source>Replace the %1 segments of this agenda with “%2”?</source>
        <translation>¿Sustituir las %1 partes de este orden del día por «%2»?</translation>
    </message>
    <message>
        <source>&amp;Replace agenda</source>
        <translation>&amp;Sustituir el orden del día</translation>
    </message>
    <message>
        <source>The agenda now follows “%1”.</source>
        <translation>El orden del día sigue ahora «%1».</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Guardar como plantilla</translation>
    </message>
    <message>
        <source>The group can use this agenda again for later meetings.</source>
        <translation>El grupo puede volver a usar este orden del día en reuniones posteriores.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Save template</source>
        <translation>&amp;Guardar plantilla</translation>
    </message>
    <message>
        <source>Saved the template “%1”.</source>
        <translation>Se ha guardado la plantilla «%1».</translation>
    </message>
    <message>
        <source>Move this meeting</source>
        <translation>Mover esta reunión</translation>
    </message>
    <message>
        <source>&amp;Move meeting</source>
        <translation>&amp;Mover la reunión</translation>
    </message>
    <message>
        <source>The meeting is changed.</source>
        <translation>La reunión se ha cambiado.</translation>
    </message>
    <message>
        <source>Cancel this meeting</source>
        <translation>Cancelar esta reunión</translation>
    </message>
    <message>
        <source>Members will see this reason next to the meeting.</source>
        <translation>Los miembros verán este motivo junto a la reunión.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>&amp;Cancel meeting</source>
        <translation>&amp;Cancelar la reunión</translation>
    </message>
    <message>
        <source>The meeting is cancelled.</source>
        <translation>La reunión se ha cancelado.</translation>
    </message>
    <message>
        <source>The meeting is planned again.</source>
        <translation>La reunión vuelve a estar planificada.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Enviado a la impresora.</translation>
    </message>
    <message>
        <source>Linked resources: %1</source>
        <translation>Recursos vinculados: %1</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>Parte nueva</translation>
    </message>
    <message>
        <source>Segment added. Type its title, then Ctrl+S.</source>
        <translation>Parte añadida. Escribe su título y pulsa Ctrl+S.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>Guardado «%1».</translation>
    </message>
    <message>
        <source>Remove segment</source>
        <translation>Quitar la parte</translation>
    </message>
    <message>
        <source>Remove “%1” from this agenda?</source>
        <translation>¿Quitar «%1» de este orden del día?</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation>Se ha quitado «%1».</translation>
    </message>
    <message>
        <source>“%1” is in the topic backlog.</source>
        <translation>«%1» está en la lista de temas.</translation>
    </message>
    <message>
        <source>“%1” is on the agenda.</source>
        <translation>«%1» está en el orden del día.</translation>
    </message>
    <message>
        <source>The schedule is saved.</source>
        <translation>El calendario se ha guardado.</translation>
    </message>
    <message>
        <source>Add an extra meeting</source>
        <translation>Añadir una reunión extra</translation>
    </message>
    <message>
        <source>&amp;Add meeting</source>
        <translation>&amp;Añadir reunión</translation>
    </message>
    <message>
        <source>The extra meeting is added.</source>
        <translation>Se ha añadido la reunión extra.</translation>
    </message>
    <message>
        <source>The meeting&apos;s agenda changed while SafeSpace was locked, so it starts again from the beginning.</source>
        <translation>El orden del día de la reunión cambió mientras SafeSpace estaba bloqueado, así que empieza otra vez desde el principio.</translation>
    </message>
    <message>
        <source>Meeting console — %1</source>
        <translation>Consola de la reunión — %1</translation>
    </message>
    <message>
        <source>Next meeting: %1.</source>
        <translation>Próxima reunión: %1.</translation>
    </message>
    <message>
        <source>Call for volunteers: %1</source>
        <translation>Petición de voluntarios: %1</translation>
    </message>
    <message>
        <source>one part</source>
        <translation>una parte</translation>
    </message>
    <message>
        <source>%1 parts</source>
        <translation>%1 partes</translation>
    </message>
    <message>
        <source>%1 — %2, %3 min</source>
        <translation>%1 — %2, %3 min</translation>
    </message>
    <message>
        <source>Rename the template</source>
        <translation>Renombrar la plantilla</translation>
    </message>
    <message>
        <source>A name the group will recognise.</source>
        <translation>Un nombre que el grupo reconozca.</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renombrar</translation>
    </message>
    <message>
        <source>Renamed to “%1”.</source>
        <translation>Renombrada como «%1».</translation>
    </message>
    <message>
        <source>Open a meeting with an agenda first.</source>
        <translation>Abre primero una reunión con orden del día.</translation>
    </message>
    <message>
        <source>“%1” now follows this agenda.</source>
        <translation>«%1» sigue ahora este orden del día.</translation>
    </message>
    <message>
        <source>Delete the template</source>
        <translation>Eliminar la plantilla</translation>
    </message>
    <message>
        <source>Delete “%1”? Agendas made from it stay as they are.</source>
        <translation>¿Eliminar «%1»? Los órdenes del día hechos con ella se quedan como están.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>Se ha eliminado «%1».</translation>
    </message>
    <message>
        <source>This meeting is cancelled: %1</source>
        <translation>Esta reunión está cancelada: %1</translation>
    </message>
    <message>
        <source>The facilitators have not shared an agenda for it yet.</source>
        <translation>Los facilitadores aún no han compartido un orden del día para ella.</translation>
    </message>
    <message>
        <source>%1 (%2 min) — %3</source>
        <translation>%1 (%2 min) — %3</translation>
    </message>
    <message>
        <source>%1  %2 (%3 min) — %4</source>
        <translation>%1  %2 (%3 min) — %4</translation>
    </message>
    <message>
        <source>Coping resources for this: %1</source>
        <translation>Recursos de afrontamiento para esto: %1</translation>
    </message>
    <message>
        <source>Please type a topic first.</source>
        <translation>Escribe primero un tema, por favor.</translation>
    </message>
    <message>
        <source>%1 Start it from the meeting&apos;s Feedback tab, under Meetings.</source>
        <translation>%1 Iníciala desde la pestaña Opiniones de la reunión, en Reuniones.</translation>
    </message>
</context>
</TS>
