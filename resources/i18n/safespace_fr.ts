<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name></name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Please write your first name, or the name you use here. Newcomers welcome.</source>
        <translation>Écrivez votre prénom, ou le nom que vous utilisez ici. Les nouvelles personnes sont les bienvenues.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Here today (tick)</source>
        <translation>Ici aujourd’hui (cochez)</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Came late</source>
        <translation>Arrivée en retard</translation>
    </message>
    <message>
        <source>Sent apologies</source>
        <translation>Absence excusée</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>Non indiqué</translation>
    </message>
    <message>
        <source>Counted below, without a name</source>
        <translation>Dans les chiffres ci-dessous, sans nom</translation>
    </message>
    <message>
        <source>In the room: %1 (present %2, came late %3, newcomers %4). Sent apologies: %5.</source>
        <translation>Dans la salle&#xa0;: %1 (présences %2, retards %3, nouvelles personnes %4). Absences excusées&#xa0;: %5.</translation>
    </message>
    <message>
        <source>Another computer entered different counts for this meeting. Both are kept until someone chooses one on the Conflicts page.</source>
        <translation>Un autre ordinateur a saisi des chiffres différents pour cette réunion. Les deux sont gardés jusqu’à ce que quelqu’un choisisse sur la page Conflits.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 has not agreed to keep their attendance history, so their name is not kept. Please add them to the counts below instead.</source>
        <translation>%1 n’a pas accepté que l’on garde son historique de présence&#xa0;: son nom n’est donc pas conservé. Ajoutez plutôt cette personne aux chiffres ci-dessous.</translation>
    </message>
    <message>
        <source>The counts are saved.</source>
        <translation>Les chiffres sont enregistrés.</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>Feuille de présence</translation>
    </message>
    <message>
        <source>Sign-in sheet: %1</source>
        <translation>Feuille de présence&#xa0;: %1</translation>
    </message>
    <message>
        <source>The sign-in sheet was sent to the printer.</source>
        <translation>La feuille de présence a été envoyée à l’imprimante.</translation>
    </message>
    <message>
        <source>The notes of this meeting are saved.</source>
        <translation>Les notes de cette réunion sont enregistrées.</translation>
    </message>
    <message>
        <source>Your unsaved notes from before the app locked are back. Save them, or choose Reload to drop them.</source>
        <translation>Vos notes non enregistrées avant le verrouillage de l’application sont revenues. Enregistrez-les, ou choisissez Recharger pour les abandonner.</translation>
    </message>
    <message>
        <source>Done %1</source>
        <translation>Fait le %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Sans date</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>En retard depuis le %1</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>À faire aujourd’hui</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>À faire pour le %1</translation>
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
        <translation>Aucun suivi en attente. Bravo.</translation>
    </message>
    <message>
        <source>Open follow-ups: %1.</source>
        <translation>Suivis en cours&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 Overdue: %2.</source>
        <translation>%1 En retard&#xa0;: %2.</translation>
    </message>
    <message>
        <source>No meeting is planned yet.</source>
        <translation>Aucune réunion n’est encore prévue.</translation>
    </message>
    <message>
        <source>Next meeting: %1 at %2</source>
        <translation>Prochaine réunion&#xa0;: %1 à %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Meeting of %1</source>
        <translation>Réunion du %1</translation>
    </message>
    <message>
        <source>Follow-up added.</source>
        <translation>Suivi ajouté.</translation>
    </message>
    <message>
        <source>Follow-up saved.</source>
        <translation>Suivi enregistré.</translation>
    </message>
    <message>
        <source>Marked done: %1</source>
        <translation>Marqué comme fait&#xa0;: %1</translation>
    </message>
    <message>
        <source>Remove this follow-up?</source>
        <translation>Supprimer ce suivi&#xa0;?</translation>
    </message>
    <message>
        <source>Remove “%1”? Use this only for a follow-up added by mistake; when it is dealt with, mark it done instead.</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»&#xa0;? Faites-le seulement pour un suivi ajouté par erreur&#xa0;; une fois la chose réglée, marquez-le plutôt comme fait.</translation>
    </message>
    <message>
        <source>&amp;Remove it</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Follow-up removed.</source>
        <translation>Suivi supprimé.</translation>
    </message>
    <message>
        <source>Your unsaved typing from before SafeSpace locked is back in the form. Save or add it, or choose New to start again.</source>
        <translation>Ce que vous aviez saisi sans l’enregistrer avant le verrouillage de SafeSpace est revenu dans le formulaire. Enregistrez-le ou ajoutez-le, ou choisissez Nouveau pour recommencer.</translation>
    </message>
    <message>
        <source>Nothing in your journal was changed.</source>
        <extracomment>Far above any real journal (10,000 long entries are a few tens of MB).</extracomment>
        <translation>Rien n’a été modifié dans votre journal.</translation>
    </message>
    <message>
        <source>That passphrase doesn&apos;t open this file. Please check it: it is the passphrase chosen when the backup was made.</source>
        <translation>Cette phrase secrète n’ouvre pas ce fichier. Vérifiez-la&#xa0;: c’est celle choisie au moment de la sauvegarde.</translation>
    </message>
    <message>
        <source>This file was made by a newer version of SafeSpace. Please update the app, then try again.</source>
        <translation>Ce fichier a été créé par une version plus récente de SafeSpace. Mettez l’application à jour, puis réessayez.</translation>
    </message>
    <message>
        <source>This file&apos;s lock settings are outside the safe range, so it was not opened.</source>
        <translation>Les réglages de verrouillage de ce fichier sont hors des limites sûres&#xa0;: il n’a donc pas été ouvert.</translation>
    </message>
    <message>
        <source>This file can&apos;t be imported: it may be damaged, or it may not be a SafeSpace journal backup.</source>
        <translation>Impossible d’importer ce fichier&#xa0;: il est peut-être abîmé, ou ce n’est peut-être pas une sauvegarde de journal SafeSpace.</translation>
    </message>
    <message>
        <source>The file could not be read. If it is on a USB stick, check that the stick is still plugged in.</source>
        <translation>Le fichier n’a pas pu être lu. S’il se trouve sur une clé USB, vérifiez qu’elle est toujours branchée.</translation>
    </message>
    <message>
        <source>%1   %2 Starred</source>
        <translation>%1   %2 Favori</translation>
    </message>
    <message>
        <source>starred</source>
        <translation>favori</translation>
    </message>
    <message>
        <source>tags: %1</source>
        <translation>étiquettes&#xa0;: %1</translation>
    </message>
    <message>
        <source>very low</source>
        <translation>très bas</translation>
    </message>
    <message>
        <source>low</source>
        <translation>bas</translation>
    </message>
    <message>
        <source>getting by</source>
        <translation>ça va à peu près</translation>
    </message>
    <message>
        <source>good</source>
        <translation>bien</translation>
    </message>
    <message>
        <source>really good</source>
        <translation>vraiment bien</translation>
    </message>
    <message>
        <source>No mood noted</source>
        <translation>Aucune humeur notée</translation>
    </message>
    <message>
        <source>Mood %1 of %2, %3</source>
        <translation>Humeur %1 sur %2, %3</translation>
    </message>
    <message>
        <source>(no words, a mood only)</source>
        <translation>(pas de mots, seulement une humeur)</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 entrée</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 entrées</translation>
    </message>
    <message>
        <source>My reflections</source>
        <translation>Mes réflexions</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>A private place for you: other facilitators cannot open it. Copying from the editor is blocked, so your words don&apos;t linger on this computer&apos;s shared clipboard. You can export your own reflections from My account.</source>
        <translation>Un espace privé pour vous&#xa0;: les autres membres de l’équipe d’animation ne peuvent pas l’ouvrir. La copie depuis l’éditeur est bloquée, pour que vos mots ne restent pas dans le presse-papiers partagé de cet ordinateur. Vous pouvez exporter vos réflexions depuis Mon compte.</translation>
    </message>
    <message>
        <source>Only you can open your journal: not a facilitator, not anyone else who uses this computer. Copying from the editor is blocked, so your words don&apos;t linger on this computer&apos;s shared clipboard. You can export your own journal from My account.</source>
        <translation>Vous êtes la seule personne à pouvoir ouvrir votre journal&#xa0;: ni l’équipe d’animation, ni personne d’autre qui utilise cet ordinateur. La copie depuis l’éditeur est bloquée, pour que vos mots ne restent pas dans le presse-papiers partagé de cet ordinateur. Vous pouvez exporter votre journal depuis Mon compte.</translation>
    </message>
    <message>
        <source>Agenda segments</source>
        <translation>Points de l’ordre du jour</translation>
    </message>
    <message>
        <source>Alt+Up and Alt+Down move the selected segment; Insert adds one; Delete removes it.</source>
        <translation>Alt+Haut et Alt+Bas déplacent le point sélectionné&#xa0;; Inser en ajoute un&#xa0;; Suppr le retire.</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Meeting status</source>
        <translation>État de la réunion</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>&amp;Déplacer…</translation>
    </message>
    <message>
        <source>&amp;Cancel meeting…</source>
        <translation>Annuler &amp;la réunion…</translation>
    </message>
    <message>
        <source>Plan it again</source>
        <translation>Prévoir à nouveau</translation>
    </message>
    <message>
        <source>Fill from t&amp;emplate</source>
        <translation>Remplir depuis un &amp;modèle</translation>
    </message>
    <message>
        <source>Save as template…</source>
        <translation>Enregistrer comme modèle…</translation>
    </message>
    <message>
        <source>Agenda (drag, or Alt+Up / Alt+Down to reorder):</source>
        <translation>Ordre du jour (glissez, ou Alt+Haut / Alt+Bas pour réordonner)&#xa0;:</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Remove segment</source>
        <translation>Retirer le point</translation>
    </message>
    <message>
        <source>Alt+Up in the agenda list</source>
        <translation>Alt+Haut dans la liste de l’ordre du jour</translation>
    </message>
    <message>
        <source>Alt+Down in the agenda list</source>
        <translation>Alt+Bas dans la liste de l’ordre du jour</translation>
    </message>
    <message>
        <source>Delete in the agenda list</source>
        <translation>Suppr dans la liste de l’ordre du jour</translation>
    </message>
    <message>
        <source>Mem&amp;bers can see this segment</source>
        <translation>Les mem&amp;bres peuvent voir ce point</translation>
    </message>
    <message>
        <source>Link coping resources…</source>
        <translation>Lier des ressources…</translation>
    </message>
    <message>
        <source>Sa&amp;ve segment</source>
        <translation>Enre&amp;gistrer le point</translation>
    </message>
    <message>
        <source>&amp;Read aloud:</source>
        <translation>Lire à voix &amp;haute&#xa0;:</translation>
    </message>
    <message>
        <source>Facilitator note (never sho&amp;wn to members):</source>
        <translation>No&amp;te pour l’animation (jamais montrée aux membres)&#xa0;:</translation>
    </message>
    <message>
        <source>Add topic</source>
        <translation>Ajouter le sujet</translation>
    </message>
    <message>
        <source>Put on this agenda</source>
        <translation>Mettre à l’ordre du jour</translation>
    </message>
    <message>
        <source>Set topic aside</source>
        <translation>Mettre le sujet de côté</translation>
    </message>
    <message>
        <source>Topic back&amp;log (raised at meetings or added by you):</source>
        <translation>Sujets en attente (proposés en réunion ou ajoutés par vous)&#xa0;:</translation>
    </message>
    <message>
        <source>Print group agreement…</source>
        <translation>Imprimer la charte du groupe…</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>Gros caractères</translation>
    </message>
    <message>
        <source>Facilitators&apos; copy (with notes)</source>
        <translation>Exemplaire de l’animation (avec les notes)</translation>
    </message>
    <message>
        <source>Run t&amp;his meeting…</source>
        <translation>An&amp;imer cette réunion…</translation>
    </message>
    <message>
        <source>Open the meeting console and the room screen, with every action on a key</source>
        <translation>Ouvrir la console de réunion et l’écran de la salle, avec chaque action sur une touche</translation>
    </message>
    <message>
        <source>The group&apos;s templates…</source>
        <translation>Les modèles du groupe…</translation>
    </message>
    <message>
        <source>Planned time</source>
        <translation>Durée prévue</translation>
    </message>
    <message>
        <source>&amp;Add segment</source>
        <translation>&amp;Ajouter un point</translation>
    </message>
    <message>
        <source>Segment title</source>
        <translation>Titre du point</translation>
    </message>
    <message>
        <source>Planned minutes</source>
        <translation>Minutes prévues</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Kind of segment</source>
        <translation>Type de point</translation>
    </message>
    <message>
        <source>Members can see this segment</source>
        <translation>Les membres peuvent voir ce point</translation>
    </message>
    <message>
        <source>Text to read aloud</source>
        <translation>Texte à lire à voix haute</translation>
    </message>
    <message>
        <source>Facilitator-only note</source>
        <translation>Note réservée à l’animation</translation>
    </message>
    <message>
        <source>Linked resources</source>
        <translation>Ressources liées</translation>
    </message>
    <message>
        <source>Link coping resources to this segment</source>
        <translation>Lier des ressources d’entraide à ce point</translation>
    </message>
    <message>
        <source>Save segment</source>
        <translation>Enregistrer le point</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Show the segment as it is saved now</source>
        <translation>Afficher le point tel qu’il est enregistré</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Min&amp;utes:</source>
        <translation>Min&amp;utes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>Topic backlog</source>
        <translation>Sujets en attente</translation>
    </message>
    <message>
        <source>New topic</source>
        <translation>Nouveau sujet</translation>
    </message>
    <message>
        <source>A topic to talk about at a later meeting</source>
        <translation>Un sujet à aborder lors d’une prochaine réunion</translation>
    </message>
    <message>
        <source>&amp;Print agenda…</source>
        <translation>Imprimer l’ordre du &amp;jour…</translation>
    </message>
    <message>
        <source>Suggest a topic</source>
        <translation>Proposer un sujet</translation>
    </message>
    <message>
        <source>Something you&apos;d like the group to talk about? Your name is not kept with it: facilitators only see the topic.</source>
        <translation>Un sujet dont vous aimeriez que le groupe parle&#xa0;? Votre nom n’est pas gardé avec&#xa0;: l’équipe d’animation ne voit que le sujet.</translation>
    </message>
    <message>
        <source>A topic I&apos;d like</source>
        <translation>Un sujet qui m’intéresse</translation>
    </message>
    <message>
        <source>S&amp;uggest</source>
        <translation>Pro&amp;poser</translation>
    </message>
    <message>
        <source>Suggest this topic</source>
        <translation>Proposer ce sujet</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Change the schedule</source>
        <translation>Modifier le calendrier</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>Day of the week</source>
        <translation>Jour de la semaine</translation>
    </message>
    <message>
        <source>Which week of the month</source>
        <translation>Semaine du mois</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Heure de début</translation>
    </message>
    <message>
        <source>Usual length</source>
        <translation>Durée habituelle</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>From</source>
        <translation>À partir du</translation>
    </message>
    <message>
        <source>&amp;How often:</source>
        <translation>&amp;Fréquence&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Jour&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Week of the month (monthly):</source>
        <translation>&amp;Semaine du mois (mensuel)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Start time:</source>
        <translation>&amp;Heure de début&#xa0;:</translation>
    </message>
    <message>
        <source>Usual &amp;length:</source>
        <translation>Durée &amp;habituelle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;From (or the date, once only):</source>
        <translation>À &amp;partir du (ou la date, pour une seule fois)&#xa0;:</translation>
    </message>
    <message>
        <source>Meetings before the date you choose stay as they were. Planned agendas of later meetings are kept too.</source>
        <translation>Les réunions avant la date choisie restent telles quelles. Les ordres du jour prévus des réunions suivantes sont aussi conservés.</translation>
    </message>
    <message>
        <source>&amp;Save schedule</source>
        <translation>&amp;Enregistrer le calendrier</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Title (optional)</source>
        <translation>Titre (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Durée&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Title (optional):</source>
        <translation>&amp;Titre (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <translation>%1, de %2 à %3</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Annulée&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1  Facilitators&apos; time (%2 min)</source>
        <translation>%1  Temps de l’équipe d’animation (%2 min)</translation>
    </message>
    <message>
        <source>%1  %2 (%3 min) — %4</source>
        <translation>%1  %2 (%3 min) — %4</translation>
    </message>
    <message>
        <source>Group agreement, version %1:</source>
        <translation>Charte du groupe, version %1&#xa0;:</translation>
    </message>
    <message>
        <source>Facilitator note: %1</source>
        <translation>Note pour l’animation&#xa0;: %1</translation>
    </message>
    <message>
        <source>(Facilitators only.)</source>
        <translation>(Réservé à l’équipe d’animation.)</translation>
    </message>
    <message>
        <source>Ends at %1. Planned %2 of %3 minutes.</source>
        <translation>Se termine à %1. Prévu&#xa0;: %2 minutes sur %3.</translation>
    </message>
    <message>
        <source>Meeting agenda</source>
        <translation>Ordre du jour de la réunion</translation>
    </message>
    <message>
        <source>People who came: %1 (late: %2, new: %3).</source>
        <translation>Personnes venues&#xa0;: %1 (en retard&#xa0;: %2, nouvelles personnes&#xa0;: %3).</translation>
    </message>
    <message>
        <source>%1: %2 minutes planned, not reached.</source>
        <translation>%1&#xa0;: %2 minutes prévues, non abordé.</translation>
    </message>
    <message>
        <source>%1: %2 minutes planned, %3 taken.</source>
        <translation>%1&#xa0;: %2 minutes prévues, %3 utilisées.</translation>
    </message>
    <message>
        <source>Passes in the rounds: %1 (it is always fine to pass).</source>
        <translation>Personnes ayant passé leur tour&#xa0;: %1 (on a toujours le droit de passer).</translation>
    </message>
    <message>
        <source>Safety pauses: %1.</source>
        <translation>Pauses de sécurité&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Average rating: %1 of 5, from %2 people.</source>
        <translation>Note moyenne&#xa0;: %1 sur 5, donnée par %2 personnes.</translation>
    </message>
    <message>
        <source>A few ratings were given; an average shows once there are three.</source>
        <translation>Quelques notes ont été données&#xa0;; une moyenne s’affiche à partir de trois.</translation>
    </message>
    <message>
        <source>Attendance and the notes are saved with the meeting.</source>
        <translation>Les présences et les notes sont enregistrées avec la réunion.</translation>
    </message>
    <message>
        <source>What went well:</source>
        <translation>Ce qui s’est bien passé&#xa0;:</translation>
    </message>
    <message>
        <source>What was hard:</source>
        <translation>Ce qui a été difficile&#xa0;:</translation>
    </message>
    <message>
        <source>The safety pause: what happened, what helped, what I would do again (no names):</source>
        <translation>La pause de sécurité&#xa0;: ce qui s’est passé, ce qui a aidé, ce que je referais (sans noms)&#xa0;:</translation>
    </message>
    <message>
        <source>How am I, right now:</source>
        <translation>Comment je vais, là, maintenant&#xa0;:</translation>
    </message>
    <message>
        <source>What I need, and who I can talk to:</source>
        <translation>Ce dont j’ai besoin, et à qui je peux en parler&#xa0;:</translation>
    </message>
    <message>
        <source>Who needs a follow-up (initials or a note to myself, no full names):</source>
        <translation>Qui a besoin d’un suivi (initiales ou note pour moi-même, pas de noms complets)&#xa0;:</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Bilan</translation>
    </message>
    <message>
        <source>Debrief after the meeting on %1</source>
        <translation>Bilan après la réunion du %1</translation>
    </message>
    <message>
        <source>A safety pause was used at this meeting. That can stay with you. A short debrief, on your own or with your co-facilitator, often helps: what went well, what was hard, and how you are. It stays in your own reflections.</source>
        <translation>Une pause de sécurité a eu lieu pendant cette réunion. Cela peut rester en vous. Un court bilan, de votre côté ou avec la personne qui co-anime avec vous, aide souvent&#xa0;: ce qui s’est bien passé, ce qui a été difficile, et comment vous allez. Il reste dans vos propres réflexions.</translation>
    </message>
    <message>
        <source>Would a short debrief help? A few lines on what went well, what was hard and how you are. It stays in your own reflections, which only you can open.</source>
        <translation>Un court bilan vous ferait-il du bien&#xa0;? Quelques lignes sur ce qui s’est bien passé, ce qui a été difficile et comment vous allez. Il reste dans vos propres réflexions, que personne d’autre que vous ne peut ouvrir.</translation>
    </message>
    <message>
        <source>Your debrief is kept in your reflections. Only you can open it.</source>
        <translation>Votre bilan est gardé dans vos réflexions. Personne d’autre que vous ne peut l’ouvrir.</translation>
    </message>
    <message>
        <source>That&apos;s fine. You can write a debrief any time from the Care kit.</source>
        <translation>Pas de souci. Vous pouvez écrire un bilan à tout moment depuis la trousse de soutien.</translation>
    </message>
    <message>
        <source>No particular meeting</source>
        <translation>Aucune réunion en particulier</translation>
    </message>
    <message>
        <source>I leave meetings drained, and it lasts a long while.</source>
        <translation>Je sors des réunions sans énergie, et cela dure longtemps.</translation>
    </message>
    <message>
        <source>Other people&apos;s stories stay with me at home.</source>
        <translation>Les histoires des autres me suivent jusque chez moi.</translation>
    </message>
    <message>
        <source>My sleep or appetite has changed.</source>
        <translation>Mon sommeil ou mon appétit ont changé.</translation>
    </message>
    <message>
        <source>I dread the next meeting.</source>
        <translation>J’appréhende la prochaine réunion.</translation>
    </message>
    <message>
        <source>I feel numb, or short-tempered with people I care about.</source>
        <translation>Je ne ressens plus grand-chose, ou je m’agace vite avec les personnes qui me sont chères.</translation>
    </message>
    <message>
        <source>I carry this on my own, with nobody to talk to.</source>
        <translation>Je porte tout cela sans personne à qui en parler.</translation>
    </message>
    <message>
        <source>Not lately</source>
        <translation>Pas ces temps-ci</translation>
    </message>
    <message>
        <source>Sometimes</source>
        <translation>Parfois</translation>
    </message>
    <message>
        <source>Often</source>
        <translation>Souvent</translation>
    </message>
    <message>
        <source>Some of this has been heavy lately. That is a common, human response to holding other people&apos;s pain, not a failing. Could you plan some rest, or step back from leading for a meeting or two?</source>
        <translation>Certaines choses ont pesé lourd ces derniers temps. C’est une réaction courante et humaine quand on accueille la peine des autres, pas un échec. Pourriez-vous prévoir du repos, ou laisser l’animation à quelqu’un d’autre pour une réunion ou deux&#xa0;?</translation>
    </message>
    <message>
        <source>You deserve support too. Think of one person you could talk to this week: your co-facilitator, a friend, a supervisor, or your own doctor or counsellor.</source>
        <translation>Vous aussi, vous méritez du soutien. Pensez à une personne à qui parler cette semaine&#xa0;: la personne qui co-anime avec vous, une personne proche, une personne qui vous supervise, ou votre médecin ou votre thérapeute.</translation>
    </message>
    <message>
        <source>Dreading or feeling drained by meetings is a sign to share the load. The Rota shows who else could lead the next ones.</source>
        <translation>Appréhender les réunions ou en sortir sans énergie est un signe qu’il est temps de partager la charge. Le planning montre qui d’autre pourrait animer les prochaines.</translation>
    </message>
    <message>
        <source>Nothing stands out right now. Keep doing what helps you, and come back to this check whenever you like.</source>
        <translation>Rien de particulier ne ressort pour l’instant. Continuez ce qui vous fait du bien, et revenez à ce point quand vous le souhaitez.</translation>
    </message>
    <message>
        <source>If you are struggling to stay safe, please reach out now: the crisis lines are there for facilitators too.</source>
        <translation>Si vous avez du mal à rester en sécurité, demandez de l’aide maintenant&#xa0;: les lignes d’écoute sont aussi là pour l’équipe d’animation.</translation>
    </message>
    <message>
        <source>How I am doing, %1</source>
        <translation>Comment je vais, %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>A note to myself:</source>
        <translation>Une note pour moi&#xa0;:</translation>
    </message>
    <message>
        <source>This check is kept in your reflections. Only you can open it.</source>
        <translation>Ce point est gardé dans vos réflexions. Personne d’autre que vous ne peut l’ouvrir.</translation>
    </message>
    <message>
        <source>The new facilitator&apos;s computer has joined the group with a join kit.</source>
        <translation>L’ordinateur de la nouvelle personne qui anime a rejoint le groupe avec un kit d’arrivée.</translation>
    </message>
    <message>
        <source>They have read the group agreement the group adopted.</source>
        <translation>La personne a lu la charte adoptée par le groupe.</translation>
    </message>
    <message>
        <source>They know where the coping resources live.</source>
        <translation>La personne sait où se trouvent les ressources d’entraide.</translation>
    </message>
    <message>
        <source>They are on the rota, supporting before they lead.</source>
        <translation>La personne est inscrite au planning, en soutien avant d’animer.</translation>
    </message>
    <message>
        <source>They know how backups are made and where they are kept.</source>
        <translation>La personne sait comment les sauvegardes sont faites et où elles sont rangées.</translation>
    </message>
    <message>
        <source>They have checked the crisis lines with you.</source>
        <translation>La personne a vérifié les lignes d’écoute avec vous.</translation>
    </message>
    <message>
        <source>&amp;Join kit</source>
        <translation>&amp;Kit d’arrivée</translation>
    </message>
    <message>
        <source>Group &amp;agreement</source>
        <translation>C&amp;harte du groupe</translation>
    </message>
    <message>
        <source>Coping &amp;resources</source>
        <translation>Ressources d’&amp;entraide</translation>
    </message>
    <message>
        <source>On the r&amp;ota</source>
        <translation>Inscrite au p&amp;lanning</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>Sau&amp;vegardes</translation>
    </message>
    <message>
        <source>&amp;Crisis lines</source>
        <translation>Lignes d’éc&amp;oute</translation>
    </message>
    <message>
        <source>Open Sync</source>
        <translation>Ouvrir la synchronisation</translation>
    </message>
    <message>
        <source>Open the agreement</source>
        <translation>Ouvrir la charte</translation>
    </message>
    <message>
        <source>Open Coping resources</source>
        <translation>Ouvrir les ressources d’entraide</translation>
    </message>
    <message>
        <source>Open the Rota</source>
        <translation>Ouvrir le planning</translation>
    </message>
    <message>
        <source>Open Backups</source>
        <translation>Ouvrir les sauvegardes</translation>
    </message>
    <message>
        <source>Open Crisis lines</source>
        <translation>Ouvrir les lignes d’écoute</translation>
    </message>
    <message>
        <source>Done on %1</source>
        <translation>Fait le %1</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>Pas encore fait</translation>
    </message>
    <message>
        <source>Everything on the checklist is done. Thank you for passing it on with care.</source>
        <translation>Tout est fait sur la liste. Merci d’avoir passé le relais avec soin.</translation>
    </message>
    <message>
        <source>%1 of %2 done. Ticks are shared with every facilitator.</source>
        <translation>Fait&#xa0;: %1 sur %2. Les coches sont partagées avec toute l’équipe d’animation.</translation>
    </message>
    <message>
        <source>Debrief after the meeting</source>
        <translation>Bilan après la réunion</translation>
    </message>
    <message>
        <source>The group&apos;s templates</source>
        <translation>Les modèles du groupe</translation>
    </message>
    <message>
        <source>Templates the group saved. The ready-made ones (SMART Recovery, NAMI Connection, DBSA, 12-step style, peer circle) stay as they are; fill an agenda from one and save it under a name of your own to change it.</source>
        <translation>Les modèles enregistrés par le groupe. Les modèles fournis (SMART Recovery, NAMI Connection, DBSA, style 12 étapes, cercle de pairs) restent tels quels&#xa0;; remplissez un ordre du jour à partir de l’un d’eux, puis enregistrez-le sous un nom à vous pour le modifier.</translation>
    </message>
    <message>
        <source>The group&apos;s own templates</source>
        <translation>Les modèles propres au groupe</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>Use this &amp;agenda instead</source>
        <translation>Utiliser cet &amp;ordre du jour à la place</translation>
    </message>
    <message>
        <source>Replace the template&apos;s parts with the agenda of the meeting on screen</source>
        <translation>Remplacer les points du modèle par l’ordre du jour de la réunion affichée</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>The group has not saved a template yet: use “Save as template…”.</source>
        <translation>Le groupe n’a pas encore enregistré de modèle&#xa0;: utilisez «&#xa0;Enregistrer comme modèle…&#xa0;».</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Change &amp;schedule…</source>
        <translation>Modifier le &amp;calendrier…</translation>
    </message>
    <message>
        <source>Add an e&amp;xtra meeting…</source>
        <translation>Ajouter une réunion e&amp;xceptionnelle…</translation>
    </message>
    <message>
        <source>Next meetings</source>
        <translation>Prochaines réunions</translation>
    </message>
    <message>
        <source>&amp;Next meetings:</source>
        <translation>Prochaines &amp;réunions&#xa0;:</translation>
    </message>
    <message>
        <source>Past meetings</source>
        <translation>Réunions passées</translation>
    </message>
    <message>
        <source>Pas&amp;t meetings:</source>
        <translation>Réunion&amp;s passées&#xa0;:</translation>
    </message>
    <message>
        <source>Meeting detail</source>
        <translation>Détail de la réunion</translation>
    </message>
    <message>
        <source>A&amp;genda</source>
        <translation>&amp;Ordre du jour</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Reading aloud</source>
        <translation>Lecture à voix haute</translation>
    </message>
    <message>
        <source>Group agreement</source>
        <translation>Charte du groupe</translation>
    </message>
    <message>
        <source>Check-in round</source>
        <translation>Tour de météo</translation>
    </message>
    <message>
        <source>Agenda setting</source>
        <translation>Choix des sujets</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Échange</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Check-out round</source>
        <translation>Tour de clôture</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Chaque semaine</translation>
    </message>
    <message>
        <source>Every other week</source>
        <translation>Une semaine sur deux</translation>
    </message>
    <message>
        <source>Once a month</source>
        <translation>Une fois par mois</translation>
    </message>
    <message>
        <source>Once only</source>
        <translation>Une seule fois</translation>
    </message>
    <message>
        <source>first</source>
        <translation>premier</translation>
    </message>
    <message>
        <source>second</source>
        <translation>deuxième</translation>
    </message>
    <message>
        <source>third</source>
        <translation>troisième</translation>
    </message>
    <message>
        <source>fourth</source>
        <translation>quatrième</translation>
    </message>
    <message>
        <source>last</source>
        <translation>dernier</translation>
    </message>
    <message>
        <source>No regular meetings are set up yet. Choose Change schedule to add them.</source>
        <translation>Aucune réunion régulière n’est encore prévue. Choisissez Modifier le calendrier pour en ajouter.</translation>
    </message>
    <message>
        <source>, at %1</source>
        <translation>, à %1</translation>
    </message>
    <message>
        <source>Once, on %1</source>
        <translation>Une fois, le %1</translation>
    </message>
    <message>
        <source>The %1 %2 of every month</source>
        <translation>Le %1 %2 de chaque mois</translation>
    </message>
    <message>
        <source>Every other %1</source>
        <translation>Un %1 sur deux</translation>
    </message>
    <message>
        <source>Every %1</source>
        <translation>Chaque %1</translation>
    </message>
    <message>
        <source>%1, %2 for %3 minutes%4.</source>
        <translation>%1, %2 pendant %3 minutes%4.</translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <translation>%1, %2–%3</translation>
    </message>
    <message>
        <source>extra meeting</source>
        <translation>réunion exceptionnelle</translation>
    </message>
    <message>
        <source>moved from %1</source>
        <translation>déplacée du %1</translation>
    </message>
    <message>
        <source>CANCELLED: %1</source>
        <translation>ANNULÉE&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Cancelled. Members see the reason: %1</source>
        <translation>Annulée. Les membres voient la raison&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing is planned for this meeting yet.</source>
        <translation>Rien n’est encore prévu pour cette réunion.</translation>
    </message>
    <message>
        <source>Planned: %1 of %2 minutes. That is %3 minutes more than the meeting has.</source>
        <translation>Prévu&#xa0;: %1 minutes sur %2. C’est %3 minutes de plus que la durée de la réunion.</translation>
    </message>
    <message>
        <source>Planned: %1 of %2 minutes (%3 minutes to spare).</source>
        <translation>Prévu&#xa0;: %1 minutes sur %2 (%3 minutes de marge).</translation>
    </message>
    <message>
        <source>Planned: %1 of %2 minutes. The times fit exactly.</source>
        <translation>Prévu&#xa0;: %1 minutes sur %2. Les durées tombent juste.</translation>
    </message>
    <message>
        <source>%1  %2 (%3 min)</source>
        <translation>%1  %2 (%3 min)</translation>
    </message>
    <message>
        <source>%1 · facilitators only</source>
        <translation>%1 · réservé à l’animation</translation>
    </message>
    <message>
        <source>%1 · runs past the end</source>
        <translation>%1 · dépasse la fin</translation>
    </message>
    <message>
        <source>%1 · no agreement adopted yet</source>
        <translation>%1 · aucune charte adoptée pour l’instant</translation>
    </message>
    <message>
        <source>%1 · shows agreement version %2</source>
        <translation>%1 · affiche la version %2 de la charte</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>&amp;Agenda of the selected meeting:</source>
        <translation>&amp;Ordre du jour de la réunion sélectionnée&#xa0;:</translation>
    </message>
    <message>
        <source>their name, “%1”</source>
        <translation>son nom, «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>their pronouns</source>
        <translation>ses pronoms</translation>
    </message>
    <message>
        <source>the facilitator note about them</source>
        <translation>la note de l’équipe d’animation à son sujet</translation>
    </message>
    <message>
        <source>their access needs</source>
        <translation>ses besoins d’accessibilité</translation>
    </message>
    <message>
        <source>their contact details (phone, email, best time, messages)</source>
        <translation>ses coordonnées (téléphone, e-mail, meilleur moment, messages)</translation>
    </message>
    <message>
        <source>their private journal on this computer, and everything in it</source>
        <translation>son journal privé sur cet ordinateur, et tout ce qu’il contient</translation>
    </message>
    <message>
        <source>any check-in pair they are in</source>
        <translation>tout binôme de soutien dont la personne fait partie</translation>
    </message>
    <message>
        <source>their consents (the log keeps only dates, and shows the withdrawal)</source>
        <translation>ses consentements (le registre ne garde que les dates, et indique le retrait)</translation>
    </message>
    <message>
        <source>joined %1</source>
        <translation>arrivée en %1</translation>
    </message>
    <message>
        <source>no. %1</source>
        <translation>n° %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Version %1, adopted %2</source>
        <translation>Version %1, adoptée le %2</translation>
    </message>
    <message>
        <source>Draft: amending version %1</source>
        <translation>Brouillon&#xa0;: révision de la version %1</translation>
    </message>
    <message>
        <source>Draft: not adopted yet</source>
        <translation>Brouillon&#xa0;: pas encore adopté</translation>
    </message>
    <message>
        <source>Version %1 (current)</source>
        <translation>Version %1 (en vigueur)</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>adopted %1</source>
        <translation>adoptée le %1</translation>
    </message>
    <message>
        <source>Version %1, the current agreement</source>
        <translation>Version %1, la charte en vigueur</translation>
    </message>
    <message>
        <source>Version %1, an earlier agreement</source>
        <translation>Version %1, une charte antérieure</translation>
    </message>
    <message>
        <source>Adopted %1.</source>
        <translation>Adoptée le %1.</translation>
    </message>
    <message>
        <source>Adopted %1. Kept for the record; the group now uses a later version.</source>
        <translation>Adoptée le %1. Conservée pour mémoire&#xa0;; le groupe utilise désormais une version plus récente.</translation>
    </message>
    <message>
        <source>No agreement at a meeting has been recorded for this version yet.</source>
        <translation>Aucun accord en réunion n’a encore été noté pour cette version.</translation>
    </message>
    <message>
        <source>Agreed at the meeting on %1: %2 of %3 present.</source>
        <translation>Adoptée lors de la réunion du %1&#xa0;: %2 personnes présentes sur %3.</translation>
    </message>
    <message>
        <source>Lines added: %1. Lines removed: %2.</source>
        <translation>Lignes ajoutées&#xa0;: %1. Lignes retirées&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Compared with version %1.</source>
        <translation>Comparée à la version %1.</translation>
    </message>
    <message>
        <source>Version 1 was written on a blank page, so every line is new.</source>
        <translation>La version 1 a été écrite sur une page blanche&#xa0;: toutes les lignes sont donc nouvelles.</translation>
    </message>
    <message>
        <source>Compared with the “%1” template it started from.</source>
        <translation>Comparée au modèle «&#xa0;%1&#xa0;» dont elle est partie.</translation>
    </message>
    <message>
        <source>Compared with the template it started from.</source>
        <translation>Comparée au modèle dont elle est partie.</translation>
    </message>
    <message>
        <source>No differences: the wording is the same.</source>
        <translation>Aucune différence&#xa0;: le texte est le même.</translation>
    </message>
    <message>
        <source>Draft for version %1</source>
        <translation>Brouillon de la version %1</translation>
    </message>
    <message>
        <source>Adopt as &amp;version %1…</source>
        <translation>Adopter comme &amp;version %1…</translation>
    </message>
    <message>
        <source>Amending version %1.</source>
        <translation>Révision de la version %1.</translation>
    </message>
    <message>
        <source>Started from a blank page.</source>
        <translation>Commencé à partir d’une page blanche.</translation>
    </message>
    <message>
        <source>Started from the “%1” template.</source>
        <translation>Commencé à partir du modèle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Started from a template.</source>
        <translation>Commencé à partir d’un modèle.</translation>
    </message>
    <message>
        <source>Nothing here is final: the group&apos;s agreement only changes when you adopt this draft.</source>
        <translation>Rien n’est définitif ici&#xa0;: la charte du groupe ne change que lorsque vous adoptez ce brouillon.</translation>
    </message>
    <message>
        <source>You have changes that are not saved yet.</source>
        <translation>Certaines modifications ne sont pas encore enregistrées.</translation>
    </message>
    <message>
        <source>✓ Draft saved.</source>
        <translation>✓ Brouillon enregistré.</translation>
    </message>
    <message>
        <source>All changes are saved.</source>
        <translation>Toutes les modifications sont enregistrées.</translation>
    </message>
    <message>
        <source>Compared with the blank page you started from.</source>
        <translation>Comparé à la page blanche de départ.</translation>
    </message>
    <message>
        <source>Compared with the template you started from.</source>
        <translation>Comparé au modèle de départ.</translation>
    </message>
    <message>
        <source>No changes yet.</source>
        <translation>Aucune modification pour l’instant.</translation>
    </message>
    <message>
        <source>Please keep the agreement under %1 characters.</source>
        <translation>Merci de garder la charte sous %1 caractères.</translation>
    </message>
    <message>
        <source>The draft is not saved yet. %1</source>
        <translation>Le brouillon n’est pas encore enregistré. %1</translation>
    </message>
    <message>
        <source>Not adopted yet. %1</source>
        <translation>Pas encore adopté. %1</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>Brouillon enregistré.</translation>
    </message>
    <message>
        <source>Draft started.</source>
        <translation>Brouillon commencé.</translation>
    </message>
    <message>
        <source>Amendment started.</source>
        <translation>Révision commencée.</translation>
    </message>
    <message>
        <source>You already have an amendment in progress. Here it is.</source>
        <translation>Vous avez déjà une révision en cours. La voici.</translation>
    </message>
    <message>
        <source>Discard this draft?</source>
        <translation>Abandonner ce brouillon&#xa0;?</translation>
    </message>
    <message>
        <source>The draft&apos;s wording will be gone. Adopted versions of the agreement are not affected.</source>
        <translation>Le texte du brouillon sera perdu. Les versions adoptées de la charte ne sont pas touchées.</translation>
    </message>
    <message>
        <source>&amp;Discard draft</source>
        <translation>&amp;Abandonner le brouillon</translation>
    </message>
    <message>
        <source>Draft discarded.</source>
        <translation>Brouillon abandonné.</translation>
    </message>
    <message>
        <source>Back to the wording saved before. The kept changes are gone.</source>
        <translation>Retour au texte enregistré auparavant. Les modifications gardées ont disparu.</translation>
    </message>
    <message>
        <source>Adopt this draft as version %1?</source>
        <translation>Adopter ce brouillon comme version %1&#xa0;?</translation>
    </message>
    <message>
        <source>Adopted versions are read-only: once adopted, nobody can change this wording. To change it later you start an amendment, and the group adopts a new version. Please adopt it when the group has agreed to it.</source>
        <translation>Les versions adoptées sont en lecture seule&#xa0;: une fois adopté, ce texte ne peut plus être modifié par personne. Pour le changer plus tard, vous commencez une révision, et le groupe adopte une nouvelle version. Adoptez-le lorsque le groupe l’a accepté.</translation>
    </message>
    <message>
        <source>&amp;Adopt as version %1</source>
        <translation>&amp;Adopter comme version %1</translation>
    </message>
    <message>
        <source>✓ Adopted as version %1. When the group agrees to it at a meeting, you can record how many agreed.</source>
        <translation>✓ Adopté comme version %1. Quand le groupe l’accepte en réunion, vous pouvez noter combien de personnes l’ont accepté.</translation>
    </message>
    <message>
        <source>Agreement adopted as version %1.</source>
        <translation>Charte adoptée comme version %1.</translation>
    </message>
    <message>
        <source>✓ Recorded: %1 of %2 present agreed.</source>
        <translation>✓ Noté&#xa0;: %1 des %2 personnes présentes ont donné leur accord.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Envoyé à l’imprimante.</translation>
    </message>
    <message>
        <source>Version %1, adopted %2.</source>
        <translation>Version %1, adoptée le %2.</translation>
    </message>
    <message>
        <source>Handout</source>
        <translation>Fiche à distribuer</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Local service</source>
        <translation>Service local</translation>
    </message>
    <message>
        <source>Members and facilitators</source>
        <translation>Membres et animation</translation>
    </message>
    <message>
        <source>Facilitators only</source>
        <translation>Réservé à l’animation</translation>
    </message>
    <message>
        <source>Details not checked yet</source>
        <translation>Informations pas encore vérifiées</translation>
    </message>
    <message>
        <source>Last checked %1</source>
        <translation>Dernière vérification le %1</translation>
    </message>
    <message>
        <source>%1 — due for a check</source>
        <translation>%1 — à vérifier</translation>
    </message>
    <message>
        <source>facilitators only</source>
        <translation>réservé à l’animation</translation>
    </message>
    <message>
        <source>content note: %1</source>
        <translation>avertissement de contenu&#xa0;: %1</translation>
    </message>
    <message>
        <source>due for a check</source>
        <translation>à vérifier</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Étiquettes&#xa0;: %1</translation>
    </message>
    <message>
        <source>An example that came with the app</source>
        <translation>Un exemple fourni avec l’application</translation>
    </message>
    <message>
        <source>What it offers</source>
        <translation>Ce que ça propose</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Horaires d’ouverture</translation>
    </message>
    <message>
        <source>How to get there</source>
        <translation>Comment s’y rendre</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Accessibilité</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 et %2 autres</translation>
    </message>
    <message>
        <source>One resource is due for a check of its details: %1.</source>
        <translation>Les informations d’une ressource sont à vérifier&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 resources are due for a check of their details: %2.</source>
        <translation>Les informations de %1 ressources sont à vérifier&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 resources</source>
        <translation>%1 ressources</translation>
    </message>
    <message>
        <source>Showing %1 of %2 resources</source>
        <translation>%1 ressources affichées sur %2</translation>
    </message>
    <message>
        <source>Content note: %1. You can choose whether to open it.</source>
        <translation>Avertissement de contenu&#xa0;: %1. Vous pouvez choisir de l’ouvrir ou non.</translation>
    </message>
    <message>
        <source>Feeling safe sharing</source>
        <translation>Se sentir en sécurité pour parler</translation>
    </message>
    <message>
        <source>Feeling heard</source>
        <translation>Sentir sa parole entendue</translation>
    </message>
    <message>
        <source>The group agreement is kept</source>
        <translation>La charte du groupe est respectée</translation>
    </message>
    <message>
        <source>Coming helps</source>
        <translation>Venir fait du bien</translation>
    </message>
    <message>
        <source>Yes, always</source>
        <translation>Oui, toujours</translation>
    </message>
    <message>
        <source>Mostly</source>
        <translation>La plupart du temps</translation>
    </message>
    <message>
        <source>Not really</source>
        <translation>Pas vraiment</translation>
    </message>
    <message>
        <source>Nothing to show yet. Answers appear once at least %1 people have replied, so that nobody can be recognised.</source>
        <translation>Rien à afficher pour l’instant. Les réponses apparaissent dès qu’au moins %1 personnes ont répondu, pour qu’on ne puisse reconnaître personne.</translation>
    </message>
    <message>
        <source>%1 replies. Average rating %2 out of 5.</source>
        <translation>%1 réponses. Note moyenne&#xa0;: %2 sur 5.</translation>
    </message>
    <message>
        <source>Evaluation: nothing to show yet. Answers appear once at least %1 people have filled it in.</source>
        <translation>Évaluation&#xa0;: rien à afficher pour l’instant. Les réponses apparaissent dès qu’au moins %1 personnes l’ont remplie.</translation>
    </message>
    <message>
        <source>Evaluation: %1 people filled it in.</source>
        <translation>Évaluation&#xa0;: %1 personnes l’ont remplie.</translation>
    </message>
    <message numerus="yes">
        <source>%n people have now come to their third meeting.</source>
        <translation>
            <numerusform>%n personne vient de participer à sa troisième réunion.</numerusform>
            <numerusform>%n personnes viennent de participer à leur troisième réunion.</numerusform>
        </translation>
    </message>
    <message>
        <source>Someone has now come to their third meeting.</source>
        <translation>Une personne vient de participer à sa troisième réunion.</translation>
    </message>
    <message numerus="yes">
        <source>%n people have now come to their sixth meeting.</source>
        <translation>
            <numerusform>%n personne vient de participer à sa sixième réunion.</numerusform>
            <numerusform>%n personnes viennent de participer à leur sixième réunion.</numerusform>
        </translation>
    </message>
    <message>
        <source>Someone has now come to their sixth meeting.</source>
        <translation>Une personne vient de participer à sa sixième réunion.</translation>
    </message>
    <message>
        <source>No evaluation yet this quarter (since %1).</source>
        <translation>Pas encore d’évaluation ce trimestre (depuis le %1).</translation>
    </message>
    <message>
        <source>An evaluation is suggested. %1</source>
        <translation>Une évaluation est suggérée. %1</translation>
    </message>
    <message>
        <source>The feedback screen is starting…</source>
        <translation>L’écran d’avis démarre…</translation>
    </message>
    <message>
        <source>Thank you. Your topic was added to the list for the facilitators, without your name.</source>
        <translation>Merci. Votre sujet a été ajouté à la liste pour l’équipe d’animation, sans votre nom.</translation>
    </message>
    <message>
        <source>group-report-%1</source>
        <extracomment>What a report counts: it is made again when any of these change.</extracomment>
        <translation>rapport-du-groupe-%1</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved the report to “%1”. Remember: it is not encrypted.</source>
        <translation>Rapport enregistré dans «&#xa0;%1&#xa0;». Attention&#xa0;: il n’est pas chiffré.</translation>
    </message>
    <message>
        <source>The file could not be saved there, so nothing was written. Please check that the folder or USB stick is still there and has space, then try again.</source>
        <translation>Le fichier n’a pas pu être enregistré à cet endroit&#xa0;: rien n’a donc été écrit. Vérifiez que le dossier ou la clé USB est toujours là et a de la place, puis réessayez.</translation>
    </message>
    <message>
        <source>Sent to the printer. Collect the pages straight away.</source>
        <translation>Envoyé à l’imprimante. Récupérez les pages tout de suite.</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Fait le</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>En bref</translation>
    </message>
    <message>
        <source>When a session ended</source>
        <translation>À la fin d’une session</translation>
    </message>
    <message>
        <source>Kept before a restore</source>
        <translation>Gardée avant une restauration</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Faite à la main</translation>
    </message>
    <message>
        <source>Chosen folder</source>
        <translation>Dossier choisi</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>Backups go to this computer&apos;s data folder:
%1</source>
        <translation>Les sauvegardes vont dans le dossier de données de cet ordinateur&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Backups go to the folder you chose:
%1</source>
        <translation>Les sauvegardes vont dans le dossier que vous avez choisi&#xa0;:
%1</translation>
    </message>
    <message>
        <source>The folder you chose is not there now (is the USB stick plugged in?):
%1
Until it is back, backups go to this computer&apos;s data folder.</source>
        <translation>Le dossier que vous avez choisi n’est pas accessible pour l’instant (la clé USB est-elle branchée&#xa0;?)&#xa0;:
%1
En attendant son retour, les sauvegardes vont dans le dossier de données de cet ordinateur.</translation>
    </message>
    <message>
        <source>A folder chosen earlier could not be read with your keys, so the data folder is used. You can choose the folder again.</source>
        <translation>Un dossier choisi auparavant n’a pas pu être lu avec vos clés&#xa0;: le dossier de données est donc utilisé. Vous pouvez choisir ce dossier à nouveau.</translation>
    </message>
    <message>
        <source>Backed up: %1 (%2). It is encrypted like the vault.</source>
        <translation>Sauvegarde faite&#xa0;: %1 (%2). Elle est chiffrée comme le coffre.</translation>
    </message>
    <message>
        <source>Backups will go to this computer&apos;s data folder.</source>
        <translation>Les sauvegardes iront dans le dossier de données de cet ordinateur.</translation>
    </message>
    <message>
        <source>Backups will go to %1 from now on.</source>
        <translation>Les sauvegardes iront désormais dans %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Other records: %1</source>
        <translation>Autres éléments&#xa0;: %1</translation>
    </message>
    <message>
        <source>Journal and safety-plan records: %1 (each opens only with its member&apos;s passphrase)</source>
        <translation>Éléments de journal et de plan de sécurité&#xa0;: %1 (chacun ne s’ouvre qu’avec la phrase secrète de son membre)</translation>
    </message>
    <message>
        <source>Accounts: %1 facilitators, %2 members</source>
        <translation>Comptes&#xa0;: %1 dans l’équipe d’animation, %2 membres</translation>
    </message>
    <message>
        <source>This backup from %1 is whole: every page passed its check.</source>
        <translation>Cette sauvegarde du %1 est complète&#xa0;: chaque page a passé sa vérification.</translation>
    </message>
    <message>
        <source>All %1 group records opened with your keys. %2 journal records were counted but not opened: only each member can open their own.</source>
        <translation>Les %1 éléments du groupe se sont ouverts avec vos clés. %2 éléments de journal ont été comptés mais pas ouverts&#xa0;: seul chaque membre peut ouvrir les siens.</translation>
    </message>
    <message>
        <source>%1 records use a key you no longer hold, so they were not opened.</source>
        <translation>%1 éléments utilisent une clé que vous n’avez plus&#xa0;: ils n’ont donc pas été ouverts.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>This replaces the whole vault with the backup taken %1. Everything added or changed since then will be gone from the vault, for everyone. The vault as it is now is kept as a backup first, so you can go back.</source>
        <translation>Le coffre entier sera remplacé par la sauvegarde du %1. Tout ce qui a été ajouté ou modifié depuis disparaîtra du coffre, pour tout le monde. Le coffre tel qu’il est maintenant est d’abord gardé en sauvegarde, pour que vous puissiez y revenir.</translation>
    </message>
    <message>
        <source>The backup was made by an older version of SafeSpace; it is brought up to date when it opens.</source>
        <translation>La sauvegarde a été faite par une version plus ancienne de SafeSpace&#xa0;; elle est mise à jour à l’ouverture.</translation>
    </message>
    <message>
        <source>The backup is ready. The vault closes now and opens again as it was then.</source>
        <translation>La sauvegarde est prête. Le coffre se ferme maintenant et se rouvre tel qu’il était à ce moment-là.</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <source>No meetings held</source>
        <translation>Aucune réunion tenue</translation>
    </message>
    <message>
        <source>No ratings given</source>
        <translation>Aucune note donnée</translation>
    </message>
    <message>
        <source>%1. Made on %2.</source>
        <translation>%1. Fait le %2.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Réunions tenues</translation>
    </message>
    <message>
        <source>Average attendance (mean)</source>
        <translation>Présence moyenne (moyenne arithmétique)</translation>
    </message>
    <message>
        <source>Typical attendance (median)</source>
        <translation>Présence type (médiane)</translation>
    </message>
    <message>
        <source>Newcomers</source>
        <translation>Nouvelles personnes</translation>
    </message>
    <message>
        <source>Newcomers who keep their attendance history</source>
        <translation>Nouvelles personnes qui gardent leur historique de présences</translation>
    </message>
    <message>
        <source>…of them came back for a 3rd meeting</source>
        <translation>…dont revenues pour une 3e réunion</translation>
    </message>
    <message>
        <source>…of them came back for a 4th meeting</source>
        <translation>…dont revenues pour une 4e réunion</translation>
    </message>
    <message>
        <source>Average meeting rating (1 to 5)</source>
        <translation>Note moyenne des réunions (de 1 à 5)</translation>
    </message>
    <message>
        <source>Ratings counted in that average</source>
        <translation>Notes prises en compte dans cette moyenne</translation>
    </message>
    <message>
        <source>Safety pauses used</source>
        <translation>Pauses de sécurité utilisées</translation>
    </message>
    <message>
        <source>Follow-ups opened</source>
        <translation>Suivis ouverts</translation>
    </message>
    <message>
        <source>…of them done</source>
        <translation>…dont terminés</translation>
    </message>
    <message>
        <source>Evaluations received</source>
        <translation>Évaluations reçues</translation>
    </message>
    <message>
        <source>fewer than 3</source>
        <translation>moins de 3</translation>
    </message>
    <message>
        <source>not shown</source>
        <translation>non affiché</translation>
    </message>
    <message>
        <source>fewer than 3 ratings</source>
        <translation>moins de 3 notes</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1 to %2 %3</source>
        <translation>%1 au %2 %3</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 au %2</translation>
    </message>
    <message>
        <source>Quarter %1 of %2</source>
        <translation>Trimestre %1 de l’année %2</translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation>Dates choisies</translation>
    </message>
    <message>
        <source>Group report, %1</source>
        <translation>Rapport du groupe, %1</translation>
    </message>
    <message>
        <source>Numbers only: no names, aliases or notes. Any count below 3 reads “fewer than 3”, and a few other numbers read “not shown” so that nobody can work a small count out from the rest.</source>
        <translation>Uniquement des chiffres&#xa0;: aucun nom, pseudonyme ni note. Tout nombre inférieur à 3 s’affiche «&#xa0;moins de 3&#xa0;», et quelques autres nombres s’affichent «&#xa0;non affiché&#xa0;» pour que personne ne puisse retrouver un petit nombre à partir des autres.</translation>
    </message>
    <message>
        <source>A meeting counts as held when attendance was recorded for it or it was run with the meeting console. Attendance is everyone in the room: present, late and newcomers.</source>
        <translation>Une réunion compte comme tenue quand les présences ont été notées ou qu’elle a été menée avec la console de réunion. La présence compte toutes les personnes dans la salle&#xa0;: présentes, arrivées en retard et nouvelles personnes.</translation>
    </message>
    <message>
        <source>Newcomers joined the group in this period. Whether they came back is known only for those who agreed to keep their attendance history.</source>
        <translation>Les nouvelles personnes ont rejoint le groupe pendant cette période. On sait si elles sont revenues seulement pour celles qui ont accepté de garder leur historique de présences.</translation>
    </message>
    <message>
        <source>Meetings are counted up to %1.</source>
        <translation>Les réunions sont comptées jusqu’au %1.</translation>
    </message>
    <message>
        <source>The average rating uses only meetings with at least 3 ratings, so a meeting with fewer can&apos;t be worked out from it.</source>
        <translation>La note moyenne n’utilise que les réunions ayant au moins 3 notes, pour qu’on ne puisse pas en déduire celles d’une réunion qui en a moins.</translation>
    </message>
    <message>
        <source>Attendance over time</source>
        <translation>Présences dans le temps</translation>
    </message>
    <message>
        <source>Ratings over time</source>
        <translation>Notes dans le temps</translation>
    </message>
    <message>
        <source>Average rating</source>
        <translation>Note moyenne</translation>
    </message>
    <message>
        <source>Save the report as a PDF</source>
        <translation>Enregistrer le rapport en PDF</translation>
    </message>
    <message>
        <source>Save the report as a CSV file</source>
        <translation>Enregistrer le rapport en fichier CSV</translation>
    </message>
    <message>
        <source>This file is not encrypted. It holds only the numbers on this page, with no names, but anyone who can open it learns about your group&apos;s meetings. Save it only where it needs to go, and delete it when you are done.</source>
        <translation>Ce fichier n’est pas chiffré. Il ne contient que les chiffres de cette page, sans aucun nom, mais toute personne qui peut l’ouvrir apprend des choses sur les réunions de votre groupe. Enregistrez-le seulement là où il doit aller, et supprimez-le quand vous n’en avez plus besoin.</translation>
    </message>
    <message>
        <source>someone who has left</source>
        <translation>une personne qui est partie</translation>
    </message>
    <message>
        <source>%1 — cancelled, nobody needed</source>
        <translation>%1 — annulée, aucune animation nécessaire</translation>
    </message>
    <message>
        <source>nobody to lead yet</source>
        <translation>personne pour animer pour l’instant</translation>
    </message>
    <message>
        <source>the lead is away and nobody covers yet</source>
        <translation>la personne qui anime est absente et personne ne la remplace encore</translation>
    </message>
    <message>
        <source>the lead is no longer a facilitator</source>
        <translation>la personne prévue pour animer ne fait plus partie de l’équipe d’animation</translation>
    </message>
    <message>
        <source>%1 — needs cover: %2</source>
        <translation>%1 — remplacement nécessaire&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 — leads: %2</source>
        <translation>%1 — anime&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 · supports: %2</source>
        <translation>%1 · en soutien&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (covering)</source>
        <translation>%1 (remplace)</translation>
    </message>
    <message>
        <source>No meetings are planned yet. Set the schedule on the Meetings page.</source>
        <translation>Aucune réunion n’est encore prévue. Fixez le calendrier sur la page Réunions.</translation>
    </message>
    <message>
        <source>Every one of the next %1 meetings has someone to lead it.</source>
        <translation>Chacune des %1 prochaines réunions a quelqu’un pour l’animer.</translation>
    </message>
    <message>
        <source>1 of the next %1 meetings needs cover.</source>
        <translation>1 des %1 prochaines réunions a besoin d’un remplacement.</translation>
    </message>
    <message>
        <source>%1 of the next %2 meetings need cover.</source>
        <translation>%1 des %2 prochaines réunions ont besoin d’un remplacement.</translation>
    </message>
    <message>
        <source>%1 would lead %2 meetings in a row by %3. Leading takes a lot; could someone else take a turn? Sharing the lead helps everyone stay well.</source>
        <translation>%1 animerait %2 réunions d’affilée d’ici le %3. Animer demande beaucoup&#xa0;; quelqu’un d’autre pourrait-il prendre le relais&#xa0;? Partager l’animation aide tout le monde à rester en forme.</translation>
    </message>
    <message>
        <source>Rota: the meeting on %1 needs cover.</source>
        <translation>Planning&#xa0;: la réunion du %1 a besoin d’un remplacement.</translation>
    </message>
    <message>
        <source>Rota: %1 meetings need cover, the first on %2.</source>
        <translation>Planning&#xa0;: %1 réunions ont besoin d’un remplacement, la première le %2.</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Personne pour l’instant</translation>
    </message>
    <message>
        <source>No cover needed</source>
        <translation>Pas de remplacement nécessaire</translation>
    </message>
    <message>
        <source>The rota for %1 is saved.</source>
        <translation>Le planning du %1 est enregistré.</translation>
    </message>
    <message>
        <source>Who leads on %1</source>
        <translation>Qui anime le %1</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (vous)</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>To keep things private on a shared computer, the app locks itself after %1 without use. Lock it yourself whenever you step away.</source>
        <translation>Pour préserver la confidentialité sur un ordinateur partagé, l’application se verrouille après %1 sans utilisation. Verrouillez-la vous-même dès que vous vous éloignez.</translation>
    </message>
    <message>
        <source>Make a new recovery code?</source>
        <translation>Créer un nouveau code de secours&#xa0;?</translation>
    </message>
    <message>
        <source>Your old recovery code will stop working straight away. You will see the new one next, and you&apos;ll need to write it down before you carry on.</source>
        <translation>Votre ancien code de secours cessera de fonctionner immédiatement. Vous verrez le nouveau juste après, et vous devrez le noter avant de continuer.</translation>
    </message>
    <message>
        <source>Make a new code</source>
        <translation>Créer un nouveau code</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Making your new recovery code…</source>
        <translation>Création de votre nouveau code de secours…</translation>
    </message>
    <message>
        <source>Your new recovery code is ready. The old one no longer works.</source>
        <translation>Votre nouveau code de secours est prêt. L’ancien ne fonctionne plus.</translation>
    </message>
    <message>
        <source>No new code was made, and your old one still works. %1</source>
        <translation>Aucun nouveau code n’a été créé, et votre ancien code fonctionne toujours. %1</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>PNG picture</source>
        <translation>Image PNG</translation>
    </message>
    <message>
        <source>JPEG picture</source>
        <translation>Image JPEG</translation>
    </message>
    <message>
        <source>GIF picture</source>
        <translation>Image GIF</translation>
    </message>
    <message>
        <source>WebP picture</source>
        <translation>Image WebP</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 Ko</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>(not on this computer yet)</source>
        <translation>(pas encore sur cet ordinateur)</translation>
    </message>
    <message>
        <source>%1. Added %2.</source>
        <translation>%1. Ajouté le %2.</translation>
    </message>
    <message>
        <source>Choose a file to attach</source>
        <translation>Choisir un fichier à joindre</translation>
    </message>
    <message>
        <source>PDFs, pictures and text (*.pdf *.png *.jpg *.jpeg *.gif *.webp *.txt *.md);;All files (*)</source>
        <translation>PDF, images et texte (*.pdf *.png *.jpg *.jpeg *.gif *.webp *.txt *.md);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Adding “%1” to the vault…</source>
        <translation>Ajout de «&#xa0;%1&#xa0;» au coffre…</translation>
    </message>
    <message>
        <source>“%1” is attached, kept encrypted inside the vault.</source>
        <translation>«&#xa0;%1&#xa0;» est joint et reste chiffré dans le coffre.</translation>
    </message>
    <message>
        <source>Saving a copy of “%1”…</source>
        <translation>Enregistrement d’une copie de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>A readable copy of “%1” is in “%2”. Remember: that copy is not encrypted.</source>
        <translation>Une copie lisible de «&#xa0;%1&#xa0;» se trouve dans «&#xa0;%2&#xa0;». N’oubliez pas&#xa0;: cette copie n’est pas chiffrée.</translation>
    </message>
    <message>
        <source>Save a readable copy?</source>
        <translation>Enregistrer une copie lisible&#xa0;?</translation>
    </message>
    <message>
        <source>Inside SafeSpace, “%1” is encrypted. The copy you save will not be: anyone who can open that file — on this computer, a shared folder or a USB stick — can read it.

Choose a place only you control, and delete the copy when you no longer need it.</source>
        <translation>Dans SafeSpace, «&#xa0;%1&#xa0;» est chiffré. La copie que vous enregistrez ne le sera pas&#xa0;: toute personne qui peut ouvrir ce fichier — sur cet ordinateur, dans un dossier partagé ou sur une clé USB — peut la lire.

Choisissez un endroit auquel personne d’autre que vous n’a accès, et supprimez la copie quand vous n’en avez plus besoin.</translation>
    </message>
    <message>
        <source>Choose where to save</source>
        <translation>Choisir où enregistrer</translation>
    </message>
    <message>
        <source>Save a readable copy as</source>
        <translation>Enregistrer une copie lisible sous</translation>
    </message>
    <message>
        <source>Remove the attachment?</source>
        <translation>Retirer la pièce jointe&#xa0;?</translation>
    </message>
    <message>
        <source>Remove “%1” from this resource? This can&apos;t be undone here.</source>
        <translation>Retirer «&#xa0;%1&#xa0;» de cette ressource&#xa0;? Cette action ne peut pas être annulée ici.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>“%1” was removed.</source>
        <translation>«&#xa0;%1&#xa0;» a été retiré.</translation>
    </message>
    <message>
        <source>Showing “%1”</source>
        <translation>Affichage de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>“%1” can&apos;t be shown inside SafeSpace. You can save a copy instead.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être affiché dans SafeSpace. Vous pouvez plutôt en enregistrer une copie.</translation>
    </message>
    <message>
        <source>The file of “%1” has not reached this computer yet. It comes with the next sync that includes attachments.</source>
        <translation>Le fichier de «&#xa0;%1&#xa0;» n’est pas encore arrivé sur cet ordinateur. Il viendra avec la prochaine synchronisation qui inclut les pièces jointes.</translation>
    </message>
    <message>
        <source>“%1” failed its safety check: its stored copy is damaged, so it was not shown or saved. Other attachments are not affected. If you have the file elsewhere, remove this one and add it again.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas passé sa vérification de sécurité&#xa0;: sa copie enregistrée est endommagée, il n’a donc été ni affiché ni enregistré. Les autres pièces jointes ne sont pas touchées. Si vous avez ce fichier ailleurs, retirez celui-ci et ajoutez-le à nouveau.</translation>
    </message>
    <message>
        <source>The picture “%1” could not be shown. You can save a copy instead.</source>
        <translation>L’image «&#xa0;%1&#xa0;» n’a pas pu être affichée. Vous pouvez plutôt en enregistrer une copie.</translation>
    </message>
    <message>
        <source>A record</source>
        <translation>Un élément</translation>
    </message>
    <message>
        <source>%1: %2 — %3 versions</source>
        <translation>%1&#xa0;: %2 — %3 versions</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <source>another computer (%1)</source>
        <translation>un autre ordinateur (%1)</translation>
    </message>
    <message>
        <source>Version %1 of %2: changed on %3, edited at %4</source>
        <translation>Version %1 sur %2&#xa0;: modifiée sur %3, le %4</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Saved your choice for %1 (%2). Other computers show it after their next sync.</source>
        <translation>Votre choix pour %1 (%2) est enregistré. Les autres ordinateurs l’afficheront après leur prochaine synchronisation.</translation>
    </message>
    <message>
        <source>No conflicts. When two facilitators change the same thing on different computers between syncs, both versions wait here for you to choose.</source>
        <translation>Aucun conflit. Quand deux personnes de l’équipe d’animation modifient la même chose sur des ordinateurs différents entre deux synchronisations, les deux versions vous attendent ici pour que vous choisissiez.</translation>
    </message>
    <message>
        <source>1 conflict waits for you.</source>
        <translation>1 conflit vous attend.</translation>
    </message>
    <message>
        <source>%1 conflicts wait for you.</source>
        <translation>%1 conflits vous attendent.</translation>
    </message>
    <message>
        <source>Example only: edit it with a line you have checked.</source>
        <translation>Exemple seulement&#xa0;: remplacez-le par une ligne que vous avez vérifiée.</translation>
    </message>
    <message>
        <source>Needs checking: never checked.</source>
        <translation>À vérifier&#xa0;: jamais vérifiée.</translation>
    </message>
    <message>
        <source>Needs checking: last checked %1, over six months ago.</source>
        <translation>À vérifier&#xa0;: dernière vérification le %1, il y a plus de six mois.</translation>
    </message>
    <message>
        <source>Last checked %1.</source>
        <translation>Dernière vérification le %1.</translation>
    </message>
    <message>
        <source>There are no crisis lines yet. Please add the lines for your area, so people can find them with F1.</source>
        <translation>Il n’y a encore aucune ligne d’écoute. Ajoutez les lignes de votre région, pour que chacun puisse les trouver avec F1.</translation>
    </message>
    <message>
        <source>%1 of %2 lines need checking: they were never checked, or were last checked more than six months ago.</source>
        <translation>%1 lignes sur %2 sont à vérifier&#xa0;: elles n’ont jamais été vérifiées, ou leur dernière vérification date de plus de six mois.</translation>
    </message>
    <message>
        <source>Every line was checked in the last six months. Thank you.</source>
        <translation>Chaque ligne a été vérifiée au cours des six derniers mois. Merci.</translation>
    </message>
    <message>
        <source>Line added. Once you have checked the number, mark it as checked.</source>
        <translation>Ligne ajoutée. Une fois le numéro vérifié, marquez la ligne comme vérifiée.</translation>
    </message>
    <message>
        <source>Saved. The number changed, so please check it and mark it again.</source>
        <translation>Enregistré. Le numéro a changé&#xa0;: vérifiez-le et marquez la ligne de nouveau.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Marked “%1” as checked today.</source>
        <translation>«&#xa0;%1&#xa0;» marquée comme vérifiée aujourd’hui.</translation>
    </message>
    <message>
        <source>Delete crisis line</source>
        <translation>Supprimer la ligne d’écoute</translation>
    </message>
    <message>
        <source>Delete “%1” from the crisis lines?</source>
        <translation>Supprimer «&#xa0;%1&#xa0;» des lignes d’écoute&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Delete line</source>
        <translation>&amp;Supprimer la ligne</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>«&#xa0;%1&#xa0;» supprimée.</translation>
    </message>
    <message>
        <source>you</source>
        <translation>vous</translation>
    </message>
    <message>
        <source>removed from the group</source>
        <translation>ne fait plus partie du groupe</translation>
    </message>
    <message>
        <source>has an account on this computer</source>
        <translation>a un compte sur cet ordinateur</translation>
    </message>
    <message>
        <source>uses another computer</source>
        <translation>utilise un autre ordinateur</translation>
    </message>
    <message>
        <source>Remove a facilitator from the group</source>
        <translation>Retirer une personne de l’équipe d’animation</translation>
    </message>
    <message>
        <source>Remove %1 from the group?

What happens:
• The group gets a new key. Everything saved from now on, and every sync file made from now on, uses it. The other facilitators receive it: on this computer the next time they unlock, on other computers with their next sync.
• %1 can no longer open the group&apos;s records on this computer, and sync files from their computer are refused from now on.
• %1 keeps what they already saw, and old sync files made before today can still be read with the old key: delete old sync files from sticks.

This cannot be undone. To work with them again, add them as a new facilitator.</source>
        <translation>Retirer %1 du groupe&#xa0;?

Ce qui se passe&#xa0;:
• Le groupe reçoit une nouvelle clé. Tout ce qui est enregistré à partir de maintenant, et chaque fichier de synchronisation créé à partir de maintenant, l’utilise. Les autres personnes de l’équipe d’animation la reçoivent&#xa0;: sur cet ordinateur à leur prochain déverrouillage, sur les autres ordinateurs à leur prochaine synchronisation.
• %1 ne peut plus ouvrir les dossiers du groupe sur cet ordinateur, et les fichiers de synchronisation venant de son ordinateur sont désormais refusés.
• %1 garde ce qui a déjà été consulté, et les anciens fichiers de synchronisation créés avant aujourd’hui restent lisibles avec l’ancienne clé&#xa0;: supprimez les anciens fichiers de synchronisation des clés USB.

Cette action est définitive. Pour travailler de nouveau avec cette personne, ajoutez-la comme nouvelle personne de l’équipe d’animation.</translation>
    </message>
    <message>
        <source>&amp;Remove and change the group key</source>
        <translation>&amp;Retirer et changer la clé du groupe</translation>
    </message>
    <message>
        <source>%1 was removed. The group now uses key number %2.</source>
        <translation>%1 ne fait plus partie du groupe. Le groupe utilise maintenant la clé numéro %2.</translation>
    </message>
    <message>
        <source>%1 could not be given the new key because they have not unlocked since this version was installed: add them again as a new facilitator.</source>
        <translation>%1 n’a pas pu recevoir la nouvelle clé, car cette personne n’a pas déverrouillé depuis l’installation de cette version&#xa0;: ajoutez-la de nouveau comme nouvelle personne de l’équipe d’animation.</translation>
    </message>
    <message>
        <source>You can&apos;t remove yourself. Ask another facilitator to do it.</source>
        <translation>Vous ne pouvez pas vous retirer vous-même. Demandez à une autre personne de l’équipe d’animation de le faire.</translation>
    </message>
    <message>
        <source>%1 was already removed.</source>
        <translation>%1 ne faisait déjà plus partie du groupe.</translation>
    </message>
    <message>
        <source>removed: its sync files are refused</source>
        <translation>retiré&#xa0;: ses fichiers de synchronisation sont refusés</translation>
    </message>
    <message>
        <source>Remove a computer from the group</source>
        <translation>Retirer un ordinateur du groupe</translation>
    </message>
    <message>
        <source>Remove the computer “%1”?

What happens:
• Sync files made on that computer are refused from now on.
• The group gets a new key, used for everything saved and every sync file made from now on. The facilitators keep receiving it.
• If the computer was lost, its facilitator should also change their passphrase.

This cannot be undone.</source>
        <translation>Retirer l’ordinateur «&#xa0;%1&#xa0;»&#xa0;?

Ce qui se passe&#xa0;:
• Les fichiers de synchronisation créés sur cet ordinateur sont désormais refusés.
• Le groupe reçoit une nouvelle clé, utilisée pour tout ce qui est enregistré et chaque fichier de synchronisation créé à partir de maintenant. L’équipe d’animation continue de la recevoir.
• Si l’ordinateur a été perdu, la personne de l’équipe d’animation qui l’utilisait devrait aussi changer sa phrase secrète.

Cette action est définitive.</translation>
    </message>
    <message>
        <source>&amp;Remove the computer and change the key</source>
        <translation>&amp;Retirer l’ordinateur et changer la clé</translation>
    </message>
    <message>
        <source>This is the computer you are using. Remove it from another computer.</source>
        <translation>C’est l’ordinateur que vous utilisez. Retirez-le depuis un autre ordinateur.</translation>
    </message>
    <message>
        <source>“%1” was already removed.</source>
        <translation>«&#xa0;%1&#xa0;» a déjà été retiré.</translation>
    </message>
    <message>
        <source>The key file was saved as %1. Give it to the other facilitators with the sync file.</source>
        <translation>Le fichier de clé a été enregistré sous %1. Donnez-le aux autres personnes de l’équipe d’animation avec le fichier de synchronisation.</translation>
    </message>
    <message>
        <source>Use the new group key?</source>
        <translation>Utiliser la nouvelle clé du groupe&#xa0;?</translation>
    </message>
    <message>
        <source>This key file was made by %1.</source>
        <translation>Ce fichier de clé a été créé par %1.</translation>
    </message>
    <message>
        <source>It says these facilitators were removed: %1.</source>
        <translation>Il indique que ces personnes ont été retirées de l’équipe d’animation&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Only use a key file you received from that facilitator yourself.</source>
        <translation>N’utilisez qu’un fichier de clé que vous avez reçu vous-même de cette personne.</translation>
    </message>
    <message>
        <source>&amp;Use the new key</source>
        <translation>&amp;Utiliser la nouvelle clé</translation>
    </message>
    <message>
        <source>You already had this key. Removals it lists now apply here too.</source>
        <translation>Vous aviez déjà cette clé. Les retraits qu’elle indique s’appliquent maintenant ici aussi.</translation>
    </message>
    <message>
        <source>This computer now uses group key number %1.</source>
        <translation>Cet ordinateur utilise maintenant la clé du groupe numéro %1.</translation>
    </message>
    <message>
        <source>This link points to %1. The app never opens links.</source>
        <translation>Ce lien mène à %1. L’application n’ouvre jamais les liens.</translation>
    </message>
    <message>
        <source>Added to your favourites.</source>
        <translation>Ajouté à vos favoris.</translation>
    </message>
    <message>
        <source>Removed from your favourites.</source>
        <translation>Retiré de vos favoris.</translation>
    </message>
    <message>
        <source>Thank you. Your suggestion was sent to the facilitators.</source>
        <translation>Merci. Votre suggestion a été transmise à l’équipe d’animation.</translation>
    </message>
    <message>
        <source>%1 is %2, %3 is %4</source>
        <translation>%1 signifie %2, %3 signifie %4</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>the week of %1</source>
        <translation>la semaine du %1</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <source>No moods recorded in this time.</source>
        <translation>Aucune humeur notée sur cette période.</translation>
    </message>
    <message>
        <source>Average mood by week, from %1 to %2 (%3).</source>
        <translation>Humeur moyenne par semaine, du %1 au %2 (%3).</translation>
    </message>
    <message>
        <source>Weeks with a mood recorded: %1 of %2.</source>
        <translation>Semaines avec une humeur notée&#xa0;: %1 sur %2.</translation>
    </message>
    <message>
        <source>Average mood by month, from %1 to %2 (%3).</source>
        <translation>Humeur moyenne par mois, du %1 au %2 (%3).</translation>
    </message>
    <message>
        <source>Months with a mood recorded: %1 of %2.</source>
        <translation>Mois avec une humeur notée&#xa0;: %1 sur %2.</translation>
    </message>
    <message>
        <source>Lowest: %1 (%2), in %3.</source>
        <translation>Plus basse&#xa0;: %1 (%2), %3.</translation>
    </message>
    <message>
        <source>Highest: %1 (%2), in %3.</source>
        <translation>Plus haute&#xa0;: %1 (%2), %3.</translation>
    </message>
    <message>
        <source>Most recent: %1 (%2), in %3.</source>
        <translation>Plus récente&#xa0;: %1 (%2), %3.</translation>
    </message>
    <message>
        <source>Fewer than two members have said yes to check-in pairs so far. When someone agrees, record their consent on the Members page and they will appear here.</source>
        <translation>Moins de deux membres ont accepté les binômes de soutien pour l’instant. Quand une personne accepte, notez son consentement sur la page Membres&#xa0;: elle apparaîtra ici.</translation>
    </message>
    <message>
        <source>%1 members have said yes to check-in pairs, and each of them is already paired with everyone they could be. When someone else agrees, record their consent on the Members page and they will appear here.</source>
        <translation>%1 membres ont accepté les binômes de soutien, et chacun est déjà en binôme avec toutes les personnes possibles. Quand une autre personne accepte, notez son consentement sur la page Membres&#xa0;: elle apparaîtra ici.</translation>
    </message>
    <message>
        <source>%1 members have said yes to check-in pairs. Choose two who would like to check in with each other.</source>
        <translation>%1 membres ont accepté les binômes de soutien. Choisissez deux personnes qui aimeraient prendre des nouvelles l’une de l’autre.</translation>
    </message>
    <message>
        <source>Not in a pair yet: %1.</source>
        <translation>Pas encore en binôme&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 and %2 are now a check-in pair.</source>
        <translation>%1 et %2 forment maintenant un binôme de soutien.</translation>
    </message>
    <message>
        <source>The pair of %1 and %2 has ended.</source>
        <translation>Le binôme de %1 et %2 a pris fin.</translation>
    </message>
    <message>
        <source>The pair is back.</source>
        <translation>Le binôme est rétabli.</translation>
    </message>
    <message>
        <source>%1. %2.</source>
        <translation>%1. %2.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Le fichier n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>Importing resources…</source>
        <translation>Importation des ressources…</translation>
    </message>
    <message>
        <source>Choose a folder of Markdown files</source>
        <translation>Choisir un dossier de fichiers Markdown</translation>
    </message>
    <message>
        <source>SafeSpace resources %1</source>
        <translation>Ressources SafeSpace %1</translation>
    </message>
    <message>
        <source>Exported %1 (%2) to the folder “%3”.</source>
        <translation>Export terminé&#xa0;: %1 (%2) dans le dossier «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>Exporting resources…</source>
        <translation>Exportation des ressources…</translation>
    </message>
    <message>
        <source>Export the library</source>
        <translation>Exporter la bibliothèque</translation>
    </message>
    <message>
        <source>This writes every resource, including those for facilitators only, and their files as ordinary readable files. Anyone who can open the place you choose can read them. Choose a place only you or your co-facilitators can reach, such as your own USB stick.</source>
        <translation>Toutes les ressources, y compris celles réservées à l’animation, et leurs fichiers seront écrits sous forme de fichiers ordinaires et lisibles. Toute personne qui peut ouvrir l’endroit choisi pourra les lire. Choisissez un endroit que personne d’autre que vous et les personnes qui co-animent avec vous ne peut atteindre, comme votre propre clé USB.</translation>
    </message>
    <message>
        <source>&amp;Choose where to export…</source>
        <translation>&amp;Choisir où exporter…</translation>
    </message>
    <message>
        <source>Choose where to export the library</source>
        <translation>Choisir où exporter la bibliothèque</translation>
    </message>
    <message>
        <source>**%1:** %2</source>
        <translation>**%1&#xa0;:** %2</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>The PDF is a readable copy: anyone who can open the place you save it to can read it. Save it only where that is all right (for example your own USB stick).</source>
        <translation>Le PDF est une copie lisible&#xa0;: toute personne qui peut ouvrir l’endroit où vous l’enregistrez peut le lire. Enregistrez-le seulement là où cela ne pose pas de problème (par exemple sur votre propre clé USB).</translation>
    </message>
    <message>
        <source>&amp;Choose where to save…</source>
        <translation>&amp;Choisir où enregistrer…</translation>
    </message>
    <message>
        <source>Save handout as PDF</source>
        <translation>Enregistrer la fiche à distribuer en PDF</translation>
    </message>
    <message>
        <source>The PDF could not be saved there. Please choose another place.</source>
        <translation>Le PDF n’a pas pu être enregistré à cet endroit. Choisissez un autre endroit.</translation>
    </message>
    <message>
        <source>Saved the handout as %1.</source>
        <translation>Fiche enregistrée sous %1.</translation>
    </message>
    <message>
        <source>%1 resources could not be opened (damaged).</source>
        <translation>%1 ressources n’ont pas pu être ouvertes (endommagées).</translation>
    </message>
    <message>
        <source>This link points to %1. The app never opens links; if you trust it, type it into a browser yourself.</source>
        <translation>Ce lien mène à %1. L’application n’ouvre jamais les liens&#xa0;; si vous lui faites confiance, tapez-le vous-même dans un navigateur.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>Enregistré&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Remove resource</source>
        <translation>Retirer la ressource</translation>
    </message>
    <message>
        <source>Remove “%1” and its files from the library?</source>
        <translation>Retirer «&#xa0;%1&#xa0;» et ses fichiers de la bibliothèque&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation>Retiré&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Added %1 example resources.</source>
        <translation>%1 ressources d’exemple ajoutées.</translation>
    </message>
    <message>
        <source>a resource that was removed</source>
        <translation>une ressource qui a été retirée</translation>
    </message>
    <message>
        <source>Correction to “%1”</source>
        <translation>Correction de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>New resource: %1</source>
        <translation>Nouvelle ressource&#xa0;: %1</translation>
    </message>
    <message>
        <source>no name given</source>
        <translation>aucun nom donné</translation>
    </message>
    <message>
        <source>handled</source>
        <translation>traitée</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouvelle</translation>
    </message>
    <message>
        <source>No suggestions yet.</source>
        <translation>Aucune suggestion pour l’instant.</translation>
    </message>
    <message>
        <source>Carry on with the meeting?</source>
        <translation>Reprendre la réunion&#xa0;?</translation>
    </message>
    <message>
        <source>A meeting was running when SafeSpace locked. Carry on where you were? Its timers kept counting while it was locked.</source>
        <translation>Une réunion était en cours quand SafeSpace s’est verrouillé. Reprendre là où vous en étiez&#xa0;? Ses minuteurs ont continué de tourner pendant le verrouillage.</translation>
    </message>
    <message>
        <source>Start or pause the timer</source>
        <translation>Lancer ou mettre en pause le minuteur</translation>
    </message>
    <message>
        <source>Next part of the meeting</source>
        <translation>Partie suivante de la réunion</translation>
    </message>
    <message>
        <source>Next person</source>
        <translation>Personne suivante</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Passer</translation>
    </message>
    <message>
        <source>Come back to me</source>
        <translation>Revenir vers moi plus tard</translation>
    </message>
    <message>
        <source>Not here today</source>
        <translation>Pas là aujourd’hui</translation>
    </message>
    <message>
        <source>Someone arrived late…</source>
        <translation>Quelqu’un est arrivé en retard…</translation>
    </message>
    <message>
        <source>Raise a hand for the chosen person</source>
        <translation>Lever la main pour la personne choisie</translation>
    </message>
    <message>
        <source>Take the chosen person&apos;s hand down</source>
        <translation>Baisser la main de la personne choisie</translation>
    </message>
    <message>
        <source>Close or reopen the list of speakers</source>
        <translation>Fermer ou rouvrir la liste des prises de parole</translation>
    </message>
    <message>
        <source>Safety pause</source>
        <translation>Pause de sécurité</translation>
    </message>
    <message>
        <source>Show or hide the room screen</source>
        <translation>Afficher ou masquer l’écran de la salle</translation>
    </message>
    <message>
        <source>Move the room screen</source>
        <translation>Déplacer l’écran de la salle</translation>
    </message>
    <message>
        <source>A rating of %1</source>
        <translation>Une note de %1</translation>
    </message>
    <message>
        <source>End the meeting…</source>
        <translation>Terminer la réunion…</translation>
    </message>
    <message>
        <source>Warning signs that things are getting harder</source>
        <extracomment>Sections printed on the back of the card (the people to reach, and reasons for living).</extracomment>
        <translation>Les signes d’alerte que les choses deviennent plus difficiles</translation>
    </message>
    <message>
        <source>Things I can do on my own to cope</source>
        <translation>Ce que je peux faire de mon côté pour tenir le coup</translation>
    </message>
    <message>
        <source>People and places that take my mind off things</source>
        <translation>Les personnes et les lieux qui me changent les idées</translation>
    </message>
    <message>
        <source>People I can ask for help</source>
        <translation>Les personnes à qui je peux demander de l’aide</translation>
    </message>
    <message>
        <source>Professionals and services I can contact</source>
        <translation>Les professionnels et les services que je peux contacter</translation>
    </message>
    <message>
        <source>Making my surroundings safer</source>
        <translation>Rendre mon environnement plus sûr</translation>
    </message>
    <message>
        <source>My reasons for living</source>
        <translation>Mes raisons de vivre</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Signes d’alerte</translation>
    </message>
    <message>
        <source>I can</source>
        <translation>Je peux</translation>
    </message>
    <message>
        <source>Take my mind off it</source>
        <translation>Me changer les idées</translation>
    </message>
    <message>
        <source>Ask for help</source>
        <translation>Demander de l’aide</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Safer surroundings</source>
        <translation>Environnement plus sûr</translation>
    </message>
    <message>
        <source>Reasons for living</source>
        <translation>Raisons de vivre</translation>
    </message>
    <message>
        <source>My safety plan</source>
        <translation>Mon plan de sécurité</translation>
    </message>
    <message>
        <source>Keep it somewhere you can find it easily. Start at step 1 and go on until you feel safer.</source>
        <translation>Gardez-le dans un endroit où vous le retrouverez facilement. Commencez à l’étape 1 et continuez jusqu’à ce que vous vous sentiez plus en sécurité.</translation>
    </message>
    <message>
        <source>Cut along the solid line, then fold along the dashed line to fit your wallet.</source>
        <translation>Découpez le long du trait plein, puis pliez le long des pointillés pour le glisser dans votre portefeuille.</translation>
    </message>
    <message>
        <source>✓ Saved.</source>
        <translation>✓ Enregistré.</translation>
    </message>
    <message>
        <source>Group settings saved.</source>
        <translation>Réglages du groupe enregistrés.</translation>
    </message>
    <message>
        <source>Not saved yet. %1</source>
        <translation>Pas encore enregistré. %1</translation>
    </message>
    <message>
        <source>Change the language</source>
        <translation>Changer de langue</translation>
    </message>
    <message>
        <source>Please close the other open window first (for example the meeting console), then choose the language again.</source>
        <translation>Fermez d’abord l’autre fenêtre ouverte (par exemple la console de réunion), puis choisissez à nouveau la langue.</translation>
    </message>
    <message>
        <source>The pages are redrawn in the new language. Something you typed is not saved yet: the journal, a member&apos;s form, the agreement and meeting notes keep it as a draft and offer it back; on other pages, save it first.</source>
        <translation>Les pages sont redessinées dans la nouvelle langue. Quelque chose que vous avez tapé n’est pas encore enregistré&#xa0;: le journal, la fiche d’un membre, la charte et les notes de réunion le gardent comme brouillon et vous le proposent à nouveau&#xa0;; sur les autres pages, enregistrez-le d’abord.</translation>
    </message>
    <message>
        <source>&amp;Change now</source>
        <translation>&amp;Changer maintenant</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Pas maintenant</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Check-in pairs</source>
        <translation>Binômes de soutien</translation>
    </message>
    <message>
        <source>Coping resources</source>
        <translation>Ressources d’entraide</translation>
    </message>
    <message>
        <source>Crisis lines</source>
        <translation>Lignes d’écoute</translation>
    </message>
    <message>
        <source>Group settings</source>
        <translation>Réglages du groupe</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>Facilitators and the computers they sync from</source>
        <translation>L’équipe d’animation et les ordinateurs depuis lesquels elle synchronise</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Rota</source>
        <translation>Planning</translation>
    </message>
    <message>
        <source>Who leads each meeting</source>
        <translation>Qui anime chaque réunion</translation>
    </message>
    <message>
        <source>Care kit</source>
        <translation>Trousse de soutien</translation>
    </message>
    <message>
        <source>Looking after yourself</source>
        <translation>Prendre soin de vous</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>Mon compte</translation>
    </message>
    <message>
        <source>Mood over time</source>
        <translation>Humeur au fil du temps</translation>
    </message>
    <message>
        <source>Your safety plan (F2 from anywhere)</source>
        <translation>Votre plan de sécurité (F2 depuis n’importe où)</translation>
    </message>
    <message>
        <source>This vault is on a disk that can&apos;t be written to (for example a locked SD card or USB stick), so it is open for reading only. You can read, search, print and export; changes can&apos;t be saved until the vault is on a writable disk.</source>
        <translation>Ce coffre se trouve sur un disque où l’on ne peut pas écrire (par exemple une carte SD ou une clé USB verrouillée)&#xa0;: il est donc ouvert en lecture seule. Vous pouvez lire, chercher, imprimer et exporter&#xa0;; les modifications ne pourront pas être enregistrées tant que le coffre ne sera pas sur un disque accessible en écriture.</translation>
    </message>
    <message>
        <source>Read-only vault</source>
        <translation>Coffre en lecture seule</translation>
    </message>
    <message>
        <source>This file was made on this computer. There is nothing to import.</source>
        <translation>Ce fichier a été créé sur cet ordinateur. Il n’y a rien à importer.</translation>
    </message>
    <message>
        <source>This file was imported before. Importing it again changes nothing.</source>
        <translation>Ce fichier a déjà été importé. L’importer à nouveau ne change rien.</translation>
    </message>
    <message>
        <source>This computer already has everything in this file. Nothing would change.</source>
        <translation>Cet ordinateur a déjà tout ce que contient ce fichier. Rien ne changerait.</translation>
    </message>
    <message>
        <source>1 conflict</source>
        <translation>1 conflit</translation>
    </message>
    <message>
        <source>%1 conflicts</source>
        <translation>%1 conflits</translation>
    </message>
    <message>
        <source>%1 new, %2 changed, %3</source>
        <translation>%1 nouveaux, %2 modifiés, %3</translation>
    </message>
    <message>
        <source>%1 deleted</source>
        <translation>%1 supprimés</translation>
    </message>
    <message>
        <source>%1 kept after a delete</source>
        <translation>%1 gardés après une suppression</translation>
    </message>
    <message>
        <source>Careful: this would hide %1 records. You will be asked to confirm.</source>
        <translation>Attention&#xa0;: cela masquerait %1 éléments. Une confirmation vous sera demandée.</translation>
    </message>
    <message>
        <source>…and %1 more</source>
        <translation>…et %1 autres</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Import %1: %2 new, %3 changed, %4 deleted, %5 conflicts</source>
        <translation>Importation nº %1&#xa0;: %2 nouveaux, %3 modifiés, %4 supprimés, %5 conflits</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>envoyée par %1</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <extracomment>How much larger than the UI font the agreement is shown: it is read aloud from the screen.</extracomment>
        <translation>une date inconnue</translation>
    </message>
    <message>
        <source>+ Added:</source>
        <translation>+ Ajouté&#xa0;:</translation>
    </message>
    <message>
        <source>− Removed:</source>
        <translation>− Retiré&#xa0;:</translation>
    </message>
</context>
<context>
    <name>AccountFlowScreen</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>Votre code de secours</translation>
    </message>
    <message>
        <source>The button becomes available once the group you type matches.</source>
        <translation>Le bouton devient disponible quand le nom du groupe saisi correspond.</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <source>Your facilitator account</source>
        <translation>Votre compte d’animation</translation>
    </message>
    <message>
        <source>You will type these two things to unlock the vault.</source>
        <translation>Vous taperez ces deux éléments pour déverrouiller le coffre.</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Pseudo</translation>
    </message>
    <message>
        <source>Your &amp;handle:</source>
        <translation>Votre &amp;pseudo&#xa0;:</translation>
    </message>
    <message>
        <source>A nickname you type to unlock, such as “robin”. It is never shown on the lock screen, so nobody can see who uses this vault.</source>
        <translation>Un surnom que vous tapez pour déverrouiller, par exemple «&#xa0;robin&#xa0;». Il n’apparaît jamais sur l’écran de verrouillage&#xa0;: personne ne peut voir qui utilise ce coffre.</translation>
    </message>
    <message>
        <source>Nobody can reset your passphrase for you. In a moment you will get a recovery code to write down: it is the way back in if you forget.</source>
        <translation>Personne ne peut réinitialiser votre phrase secrète à votre place. Dans un instant, vous recevrez un code de secours à noter&#xa0;: c’est votre moyen de revenir si vous l’oubliez.</translation>
    </message>
    <message>
        <source>About your passphrase</source>
        <translation>À propos de votre phrase secrète</translation>
    </message>
</context>
<context>
    <name>AccountView</name>
    <message>
        <source>My account</source>
        <translation>Mon compte</translation>
    </message>
    <message>
        <source>Your handle</source>
        <translation>Votre pseudo</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Animation</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Votre rôle</translation>
    </message>
    <message>
        <source>Unlocked as:</source>
        <translation>Déverrouillé en tant que&#xa0;:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>As a facilitator, your passphrase opens the group&apos;s roster and notes, so please keep it to yourself. Settings for the whole group are under Group settings.</source>
        <translation>En tant que personne qui anime, votre phrase secrète ouvre la liste des membres et les notes du groupe&#xa0;: gardez-la pour vous. Les réglages de tout le groupe se trouvent dans Réglages du groupe.</translation>
    </message>
    <message>
        <source>&amp;Change passphrase…</source>
        <translation>&amp;Changer la phrase secrète…</translation>
    </message>
    <message>
        <source>Your passphrase unlocks your space. You can change it whenever you like, for example if you think someone may have seen it.</source>
        <translation>Votre phrase secrète déverrouille votre espace. Vous pouvez la changer quand vous voulez, par exemple si vous pensez que quelqu’un l’a vue.</translation>
    </message>
    <message>
        <source>Make a new &amp;recovery code…</source>
        <translation>Créer un nouveau code de &amp;secours…</translation>
    </message>
    <message>
        <source>Your recovery code lets you back in if you forget your passphrase. If you have lost it, or think someone else has seen it, make a new one. The old code stops working straight away.</source>
        <translation>Votre code de secours vous permet de revenir si vous oubliez votre phrase secrète. Si vous l’avez perdu, ou si vous pensez que quelqu’un d’autre l’a vu, créez-en un nouveau. L’ancien code cesse aussitôt de fonctionner.</translation>
    </message>
    <message>
        <source>E&amp;xport my journal…</source>
        <translation>E&amp;xporter mon journal…</translation>
    </message>
    <message>
        <source>&amp;Import a journal backup…</source>
        <translation>&amp;Importer une sauvegarde de journal…</translation>
    </message>
    <message>
        <source>Keep a private backup of your journal, move it to another computer, or save a readable copy of some entries. Bring a backup in here with “Import”.</source>
        <translation>Gardez une sauvegarde privée de votre journal, transférez-le vers un autre ordinateur, ou enregistrez une copie lisible de certaines entrées. Pour ramener une sauvegarde ici, utilisez «&#xa0;Importer&#xa0;».</translation>
    </message>
    <message>
        <source>Auto-lock</source>
        <translation>Verrouillage automatique</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Verrouiller maintenant</translation>
    </message>
    <message>
        <source>Lock now (%1)</source>
        <translation>Verrouiller maintenant (%1)</translation>
    </message>
    <message>
        <source>or press %1 at any time</source>
        <translation>ou appuyez sur %1 à tout moment</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Code de secours</translation>
    </message>
    <message>
        <source>Your journal</source>
        <translation>Votre journal</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>Verrouillage</translation>
    </message>
    <message>
        <source>Your private space</source>
        <translation>Votre espace privé</translation>
    </message>
    <message>
        <source>What you keep here is sealed with your own key, which only your passphrase can open. Facilitators cannot open it, and neither can anyone else who uses this computer. If nobody touches the keyboard or mouse for a few minutes, the app locks itself so your space stays yours.</source>
        <translation>Ce que vous gardez ici est scellé avec votre propre clé, que seule votre phrase secrète peut ouvrir. L’équipe d’animation ne peut pas l’ouvrir, pas plus que les autres personnes qui utilisent cet ordinateur. Si personne ne touche au clavier ni à la souris pendant quelques minutes, l’application se verrouille d’elle-même pour que votre espace reste le vôtre.</translation>
    </message>
</context>
<context>
    <name>AddFacilitatorDialog</name>
    <message>
        <source>&amp;Add facilitator</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>New facilitator&apos;s passphrase</source>
        <translation>Phrase secrète de la nouvelle personne</translation>
    </message>
    <message>
        <source>Con&amp;firm passphrase:</source>
        <translation>Con&amp;firmer la phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Confirm the new facilitator&apos;s passphrase</source>
        <translation>Confirmer la phrase secrète de la nouvelle personne</translation>
    </message>
    <message>
        <source>Add a facilitator</source>
        <translation>Ajouter une personne qui anime</translation>
    </message>
    <message>
        <source>Please hand the keyboard to your co-facilitator</source>
        <translation>Passez le clavier à la personne qui co-anime avec vous</translation>
    </message>
    <message>
        <source>They choose their own handle and passphrase here, and nobody else needs to see them. Their passphrase opens the whole group&apos;s records, so it should be theirs alone. Afterwards they will get a recovery code to write down.</source>
        <translation>Elle choisit ici son propre pseudo et sa phrase secrète, et personne d’autre n’a besoin de les voir. Sa phrase secrète ouvre tous les dossiers du groupe&#xa0;: elle doit être la sienne seulement. Ensuite, elle recevra un code de secours à noter.</translation>
    </message>
    <message>
        <source>New facilitator&apos;s handle</source>
        <translation>Pseudo de la nouvelle personne</translation>
    </message>
    <message>
        <source>&amp;Handle:</source>
        <translation>P&amp;seudo&#xa0;:</translation>
    </message>
    <message>
        <source>A nickname they will type to unlock. It is never shown on the lock screen.</source>
        <translation>Un surnom qu’elle tapera pour déverrouiller. Il n’apparaît jamais sur l’écran de verrouillage.</translation>
    </message>
    <message>
        <source>Handle message</source>
        <translation>Message sur le pseudo</translation>
    </message>
    <message>
        <source>Setting up the new facilitator&apos;s keys…</source>
        <translation>Préparation des clés de la nouvelle personne…</translation>
    </message>
    <message>
        <source>The new facilitator is set up. Now they copy down their recovery code.</source>
        <translation>La nouvelle personne est prête. Elle note maintenant son code de secours.</translation>
    </message>
    <message>
        <source>Recovery code for the new facilitator</source>
        <translation>Code de secours de la nouvelle personne</translation>
    </message>
    <message>
        <source>The new facilitator has been added. They can unlock with their own handle and passphrase.</source>
        <translation>La nouvelle personne a été ajoutée à l’équipe d’animation. Elle peut déverrouiller avec son propre pseudo et sa phrase secrète.</translation>
    </message>
</context>
<context>
    <name>AgreementTemplateDialog</name>
    <message>
        <source>Start the group agreement</source>
        <translation>Commencer la charte du groupe</translation>
    </message>
    <message>
        <source>How would you like to start?</source>
        <translation>Comment voulez-vous commencer&#xa0;?</translation>
    </message>
    <message>
        <source>Each template is a starting point written in plain words. You can change any line before the group adopts it.</source>
        <translation>Chaque modèle est un point de départ écrit avec des mots simples. Vous pouvez changer n’importe quelle ligne avant que le groupe l’adopte.</translation>
    </message>
    <message>
        <source>A blank page</source>
        <translation>Une page blanche</translation>
    </message>
    <message>
        <source>Write your own agreement from scratch.</source>
        <translation>Écrire votre propre charte à partir de zéro.</translation>
    </message>
    <message>
        <source>What it says:</source>
        <translation>Ce qu’il contient&#xa0;:</translation>
    </message>
    <message>
        <source>Template wording</source>
        <translation>Texte du modèle</translation>
    </message>
    <message>
        <source>&amp;Start draft</source>
        <translation>&amp;Commencer le brouillon</translation>
    </message>
    <message>
        <source>You write each guideline on its own line.</source>
        <translation>Vous écrivez chaque règle sur sa propre ligne.</translation>
    </message>
</context>
<context>
    <name>AgreementView</name>
    <message>
        <source>Group agreement</source>
        <extracomment>A history row&apos;s key: (&quot;version&quot;, number) or (&quot;draft&quot;, draft id).</extracomment>
        <translation>Charte du groupe</translation>
    </message>
    <message>
        <source>The guidelines your group agrees to and reads together at meetings. Adopted versions never change: to change the wording, start an amendment, and the group adopts it as a new version.</source>
        <translation>Les règles que votre groupe adopte et lit ensemble en réunion. Les versions adoptées ne changent jamais&#xa0;: pour modifier le texte, commencez une révision, et le groupe l’adopte comme nouvelle version.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <source>When the app locked, this draft had changes that were not saved yet. They were kept safely and are back in the editor: save the draft to keep them, or go back to the wording saved before.</source>
        <translation>Quand l’application s’est verrouillée, ce brouillon contenait des modifications pas encore enregistrées. Elles ont été gardées en sécurité et sont de retour dans l’éditeur&#xa0;: enregistrez le brouillon pour les conserver, ou revenez au texte enregistré avant.</translation>
    </message>
    <message>
        <source>Changes kept when the app locked</source>
        <translation>Modifications gardées lors du verrouillage</translation>
    </message>
    <message>
        <source>&amp;Go back to the saved wording</source>
        <translation>&amp;Revenir au texte enregistré</translation>
    </message>
    <message>
        <source>Show the saved version of this draft instead of what you typed</source>
        <translation>Afficher la version enregistrée de ce brouillon au lieu de ce que vous avez tapé</translation>
    </message>
    <message>
        <source>Your group hasn&apos;t written its agreement in SafeSpace yet.</source>
        <translation>Votre groupe n’a pas encore écrit sa charte dans SafeSpace.</translation>
    </message>
    <message>
        <source>A group agreement sets out how everyone looks after each other: keeping what is shared private, listening without judging, and letting everyone have a turn. You can start from one of three templates written in plain words, or from a blank page. Nothing is final until the group adopts it.</source>
        <translation>Une charte du groupe décrit comment chacun et chacune prend soin des autres&#xa0;: garder privé ce qui est partagé, écouter sans juger, laisser à tout le monde son tour de parole. Vous pouvez partir de l’un des trois modèles écrits avec des mots simples, ou d’une page blanche. Rien n’est définitif tant que le groupe ne l’a pas adoptée.</translation>
    </message>
    <message>
        <source>&amp;Start from a template…</source>
        <translation>&amp;Partir d’un modèle…</translation>
    </message>
    <message>
        <source>Versions and drafts</source>
        <translation>Versions et brouillons</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>Start from a te&amp;mplate…</source>
        <translation>Partir d’un &amp;modèle…</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Version and adoption date</source>
        <translation>Version et date d’adoption</translation>
    </message>
    <message>
        <source>Agreement at meetings</source>
        <translation>La charte en réunion</translation>
    </message>
    <message>
        <source>Adopted versions are read-only, so everyone can trust what was agreed. To change the wording, press “Amend…”.</source>
        <translation>Les versions adoptées sont en lecture seule, pour que tout le monde puisse se fier à ce qui a été convenu. Pour modifier le texte, appuyez sur «&#xa0;Réviser…&#xa0;».</translation>
    </message>
    <message>
        <source>Agreement wording</source>
        <translation>Texte de la charte</translation>
    </message>
    <message>
        <source>Summary of differences</source>
        <translation>Résumé des différences</translation>
    </message>
    <message>
        <source>Differences from the previous version</source>
        <translation>Différences avec la version précédente</translation>
    </message>
    <message>
        <source>Agreement or differences</source>
        <translation>Charte ou différences</translation>
    </message>
    <message>
        <source>The a&amp;greement</source>
        <translation>La &amp;charte</translation>
    </message>
    <message>
        <source>Di&amp;fferences from the previous version</source>
        <translation>Di&amp;fférences avec la version précédente</translation>
    </message>
    <message>
        <source>&amp;Amend…</source>
        <translation>Ré&amp;viser…</translation>
    </message>
    <message>
        <source>Start a draft from this version&apos;s wording</source>
        <translation>Commencer un brouillon à partir du texte de cette version</translation>
    </message>
    <message>
        <source>&amp;Record agreement at a meeting…</source>
        <translation>&amp;Noter l’adoption en réunion…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>About this draft</source>
        <translation>À propos de ce brouillon</translation>
    </message>
    <message>
        <source>Agreement title</source>
        <translation>Titre de la charte</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Agreement wording, one guideline per line</source>
        <translation>Texte de la charte, une règle par ligne</translation>
    </message>
    <message>
        <source>&amp;Wording, one guideline per line:</source>
        <translation>Te&amp;xte, une règle par ligne&#xa0;:</translation>
    </message>
    <message>
        <source>Summary of changes so far</source>
        <translation>Résumé des modifications jusqu’ici</translation>
    </message>
    <message>
        <source>Changes so far</source>
        <translation>Modifications jusqu’ici</translation>
    </message>
    <message>
        <source>Wording or changes so far</source>
        <translation>Texte ou modifications jusqu’ici</translation>
    </message>
    <message>
        <source>W&amp;ording</source>
        <translation>Te&amp;xte</translation>
    </message>
    <message>
        <source>&amp;Changes so far</source>
        <translation>Modifications &amp;jusqu’ici</translation>
    </message>
    <message>
        <source>Whether the draft is saved</source>
        <translation>Indique si le brouillon est enregistré</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>&amp;Enregistrer le brouillon</translation>
    </message>
    <message>
        <source>&amp;Discard draft…</source>
        <translation>&amp;Abandonner le brouillon…</translation>
    </message>
    <message>
        <source>Adopt as &amp;version 1…</source>
        <translation>Adopter comme &amp;version 1…</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Preparing the demo group…</source>
        <translation>Préparation du groupe de démonstration…</translation>
    </message>
    <message>
        <source>Demo group</source>
        <translation>Groupe de démonstration</translation>
    </message>
    <message>
        <source>This vault&apos;s disk can&apos;t be written to, so it opens for reading only.</source>
        <translation>Impossible d’écrire sur le disque de ce coffre&#xa0;: il s’ouvre donc en lecture seule.</translation>
    </message>
    <message>
        <source>Opening the vault…</source>
        <translation>Ouverture du coffre…</translation>
    </message>
    <message>
        <source>1 failed attempt since your last unlock.</source>
        <translation>1 tentative échouée depuis votre dernier déverrouillage.</translation>
    </message>
    <message>
        <source>%1 failed attempts since your last unlock.</source>
        <translation>%1 tentatives échouées depuis votre dernier déverrouillage.</translation>
    </message>
    <message>
        <source>facilitator</source>
        <translation>animation</translation>
    </message>
    <message>
        <source>member</source>
        <translation>membre</translation>
    </message>
    <message>
        <source>Unlocked: %1 (%2)</source>
        <translation>Déverrouillé&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>The backup was restored. Please unlock again.</source>
        <translation>La sauvegarde a été restaurée. Déverrouillez à nouveau.</translation>
    </message>
    <message>
        <source>Locked.</source>
        <translation>Verrouillé.</translation>
    </message>
    <message>
        <source>SafeSpace</source>
        <translation>SafeSpace</translation>
    </message>
    <message>
        <source>About SafeSpace</source>
        <translation>À propos de SafeSpace</translation>
    </message>
    <message>
        <source>SafeSpace Desktop %1

An offline companion for peer support groups. It never connects to the internet.</source>
        <translation>SafeSpace Desktop %1

Un compagnon hors ligne pour les groupes de soutien entre pairs. Il ne se connecte jamais à Internet.</translation>
    </message>
    <message>
        <source>How your privacy is protected</source>
        <translation>Comment votre vie privée est protégée</translation>
    </message>
    <message>
        <source>Everything you type is encrypted before it is saved on this computer.

Facilitators hold the key to the group&apos;s records. Each member&apos;s private space has its own key, protected only by that member&apos;s passphrase and recovery code, so no facilitator can open it.

The vault locks itself when nobody has used it for a few minutes. Press Ctrl+L to lock, or F12 to hide at once.

If you lose your passphrase, your recovery code lets you in once. Without either, a member&apos;s private space cannot be opened by anyone.

SafeSpace never connects to any network.</source>
        <translation>Tout ce que vous tapez est chiffré avant d’être enregistré sur cet ordinateur.

L’équipe d’animation détient la clé des dossiers du groupe. L’espace privé de chaque membre a sa propre clé, protégée uniquement par la phrase secrète et le code de secours de ce membre&#xa0;: personne de l’équipe d’animation ne peut l’ouvrir.

Le coffre se verrouille de lui-même quand personne ne l’a utilisé pendant quelques minutes. Appuyez sur Ctrl+L pour verrouiller, ou sur F12 pour masquer immédiatement.

Si vous perdez votre phrase secrète, votre code de secours vous permet d’entrer une fois. Sans l’un ni l’autre, personne ne peut ouvrir l’espace privé d’un membre.

SafeSpace ne se connecte jamais à aucun réseau.</translation>
    </message>
</context>
<context>
    <name>AttachmentsView</name>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Fichiers joints</translation>
    </message>
    <message>
        <source>No files are attached.</source>
        <translation>Aucun fichier n’est joint.</translation>
    </message>
    <message>
        <source>No attachments</source>
        <translation>Aucune pièce jointe</translation>
    </message>
    <message>
        <source>&amp;Add a file…</source>
        <translation>&amp;Ajouter un fichier…</translation>
    </message>
    <message>
        <source>PDFs, pictures (PNG, JPEG, GIF, WebP) and plain text, up to 25 MB</source>
        <translation>PDF, images (PNG, JPEG, GIF, WebP) et texte simple, jusqu’à 25 Mo</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>Affic&amp;her</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Attachments message</source>
        <translation>Message sur les pièces jointes</translation>
    </message>
    <message>
        <source>Shown attachment</source>
        <translation>Pièce jointe affichée</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Text of the attachment</source>
        <translation>Texte de la pièce jointe</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Fermer</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <source>People at this meeting; choose one for a hand or a late arrival</source>
        <translation>Personnes à cette réunion&#xa0;; choisissez-en une pour une main levée ou une arrivée en retard</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>%1 here</source>
        <translation>%1 sur place</translation>
    </message>
</context>
<context>
    <name>AttendanceView</name>
    <message>
        <source>Attendance</source>
        <translation>Présences</translation>
    </message>
    <message>
        <source>Mark who came. A name is kept only for members who agreed to keep their attendance history; everyone else is counted below without a name. In the list, press P for present, L for came late, A for sent apologies and Delete to clear.</source>
        <translation>Indiquez qui est là. Un nom n’est gardé que pour les membres qui ont accepté que l’on conserve leur historique de présence&#xa0;; les autres sont comptés plus bas, sans nom. Dans la liste, appuyez sur P pour présence, L pour arrivée en retard, A pour absence excusée et Suppr pour effacer.</translation>
    </message>
    <message>
        <source>Attendance checklist</source>
        <translation>Liste des présences</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Select all rows</source>
        <translation>Sélectionner toutes les lignes</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>Prés&amp;ence</translation>
    </message>
    <message>
        <source>&amp;Came late</source>
        <translation>Arrivée en re&amp;tard</translation>
    </message>
    <message>
        <source>Sent &amp;apologies</source>
        <translation>A&amp;bsence excusée</translation>
    </message>
    <message>
        <source>Cl&amp;ear mark</source>
        <translation>E&amp;ffacer l’indication</translation>
    </message>
    <message>
        <source>Counted without names</source>
        <translation>Personnes comptées sans nom</translation>
    </message>
    <message>
        <source>Others present</source>
        <translation>Autres personnes présentes</translation>
    </message>
    <message>
        <source>Others who came late</source>
        <translation>Autres personnes arrivées en retard</translation>
    </message>
    <message>
        <source>Others who sent apologies</source>
        <translation>Autres personnes excusées</translation>
    </message>
    <message>
        <source>Newcomers</source>
        <translation>Nouvelles personnes</translation>
    </message>
    <message>
        <source>Others p&amp;resent:</source>
        <translation>&amp;Autres personnes présentes&#xa0;:</translation>
    </message>
    <message>
        <source>Others who ca&amp;me late:</source>
        <translation>Autres personnes arrivées en retar&amp;d&#xa0;:</translation>
    </message>
    <message>
        <source>Ne&amp;wcomers:</source>
        <translation>Nouve&amp;lles personnes&#xa0;:</translation>
    </message>
    <message>
        <source>Sa&amp;ve counts</source>
        <translation>Enregistrer les c&amp;hiffres</translation>
    </message>
    <message>
        <source>&amp;Large print</source>
        <translation>&amp;Gros caractères</translation>
    </message>
    <message>
        <source>Print sign-in s&amp;heet…</source>
        <translation>&amp;Imprimer la feuille de présence…</translation>
    </message>
    <message>
        <source>Others who sent apolog&amp;ies:</source>
        <translation>A&amp;utres personnes excusées&#xa0;:</translation>
    </message>
    <message>
        <source>Show the counts as saved now instead of yours</source>
        <translation>Afficher les chiffres tels qu’enregistrés au lieu des vôtres</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <source>The sheet lists first names or chosen names only, never surnames or contact details, with blank rows for newcomers. </source>
        <translation>La feuille n’indique que les prénoms ou noms choisis, jamais les noms de famille ni les coordonnées, avec des lignes vides pour les nouvelles personnes. </translation>
    </message>
    <message>
        <source>About the sign-in sheet</source>
        <translation>À propos de la feuille de présence</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>People on the roster</source>
        <translation>Personnes inscrites</translation>
    </message>
    <message>
        <source>Consent records</source>
        <translation>Registres de consentement</translation>
    </message>
    <message>
        <source>Consent wordings</source>
        <translation>Textes de consentement</translation>
    </message>
    <message>
        <source>Check-in pairs</source>
        <translation>Binômes de soutien</translation>
    </message>
    <message>
        <source>Roster settings</source>
        <translation>Réglages de la liste des membres</translation>
    </message>
    <message>
        <source>Group agreement records</source>
        <translation>Registres de la charte du groupe</translation>
    </message>
    <message>
        <source>Group prompts</source>
        <translation>Pistes d’écriture du groupe</translation>
    </message>
    <message>
        <source>Group settings</source>
        <translation>Réglages du groupe</translation>
    </message>
    <message>
        <source>Facilitator records</source>
        <translation>Dossiers de l’équipe d’animation</translation>
    </message>
    <message>
        <source>Crisis lines</source>
        <translation>Lignes d’écoute</translation>
    </message>
    <message>
        <source>Unsaved form drafts</source>
        <translation>Brouillons de formulaires non enregistrés</translation>
    </message>
</context>
<context>
    <name>BackupsController</name>
    <message>
        <source>Backing up the vault…</source>
        <translation>Sauvegarde du coffre…</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Vérification de la sauvegarde…</translation>
    </message>
    <message>
        <source>Choose a folder for backups</source>
        <translation>Choisissez un dossier pour les sauvegardes</translation>
    </message>
    <message>
        <source>Preparing the restore…</source>
        <translation>Préparation de la restauration…</translation>
    </message>
</context>
<context>
    <name>BackupsView</name>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>SafeSpace keeps a copy of this vault when a facilitator locks it or closes the app, at most once a day. Each copy is encrypted exactly like the vault: the group&apos;s records need a facilitator&apos;s passphrase, and each member&apos;s journal still opens only with that member&apos;s own passphrase. The newest copy of each of the last 7 days and of each of the last 4 weeks is kept.</source>
        <translation>SafeSpace garde une copie de ce coffre quand une personne de l’équipe d’animation le verrouille ou ferme l’application, une fois par jour au plus. Chaque copie est chiffrée exactement comme le coffre&#xa0;: les dossiers du groupe demandent la phrase secrète d’une personne de l’équipe d’animation, et le journal de chaque membre ne s’ouvre toujours qu’avec la phrase secrète de ce membre. La copie la plus récente de chacun des 7 derniers jours et de chacune des 4 dernières semaines est conservée.</translation>
    </message>
    <message>
        <source>Where backups go</source>
        <translation>Où vont les sauvegardes</translation>
    </message>
    <message>
        <source>C&amp;hoose a folder…</source>
        <translation>C&amp;hoisir un dossier…</translation>
    </message>
    <message>
        <source>Choose a folder for backups</source>
        <translation>Choisir un dossier pour les sauvegardes</translation>
    </message>
    <message>
        <source>For example a USB stick you keep safe, away from this computer</source>
        <translation>Par exemple une clé USB que vous gardez en lieu sûr, loin de cet ordinateur</translation>
    </message>
    <message>
        <source>&amp;Use this computer&apos;s data folder</source>
        <translation>&amp;Utiliser le dossier de données de cet ordinateur</translation>
    </message>
    <message>
        <source>Keep backups in this computer&apos;s data folder</source>
        <translation>Garder les sauvegardes dans le dossier de données de cet ordinateur</translation>
    </message>
    <message>
        <source>Backups of this vault</source>
        <translation>Sauvegardes de ce coffre</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>&amp;Backups, newest first:</source>
        <translation>&amp;Sauvegardes, les plus récentes d’abord&#xa0;:</translation>
    </message>
    <message>
        <source>There are no backups of this vault yet.</source>
        <translation>Il n’y a pas encore de sauvegarde de ce coffre.</translation>
    </message>
    <message>
        <source>No backups yet</source>
        <translation>Pas encore de sauvegarde</translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translation>Sauvegarder &amp;maintenant</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>&amp;Check this backup</source>
        <translation>&amp;Vérifier cette sauvegarde</translation>
    </message>
    <message>
        <source>Check the chosen backup</source>
        <translation>Vérifier la sauvegarde choisie</translation>
    </message>
    <message>
        <source>&amp;Restore this backup…</source>
        <translation>&amp;Restaurer cette sauvegarde…</translation>
    </message>
    <message>
        <source>Restore the chosen backup</source>
        <translation>Restaurer la sauvegarde choisie</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>CalendarPanel</name>
    <message>
        <source>Calendar of entries</source>
        <translation>Calendrier des entrées</translation>
    </message>
    <message>
        <source>Days with entries are bold and underlined. Pick a day to see its entries.</source>
        <translation>Les jours avec des entrées sont en gras et soulignés. Choisissez un jour pour voir ses entrées.</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Mois précédent</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mois suivant</translation>
    </message>
    <message>
        <source>Days with entries in %1: %2.</source>
        <translation>Jours avec des entrées en %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>No entries in %1.</source>
        <translation>Aucune entrée en %1.</translation>
    </message>
</context>
<context>
    <name>CareView</name>
    <message>
        <source>Care kit</source>
        <translation>Trousse de soutien</translation>
    </message>
    <message>
        <source>Looking after the group starts with looking after yourself. What you write here stays in your own reflections; only the checklist is shared.</source>
        <translation>Prendre soin du groupe commence par prendre soin de vous. Ce que vous écrivez ici reste dans vos propres réflexions&#xa0;; seule la liste de passation est partagée.</translation>
    </message>
    <message>
        <source>Which meeting the debrief is about</source>
        <translation>La réunion concernée par le bilan</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Réunion&#xa0;:</translation>
    </message>
    <message>
        <source>After a meeting: a debrief</source>
        <translation>Après une réunion&#xa0;: un bilan</translation>
    </message>
    <message>
        <source>Care kit sections</source>
        <translation>Sections de la trousse de soutien</translation>
    </message>
    <message>
        <source>&amp;Debrief</source>
        <translation>&amp;Bilan</translation>
    </message>
    <message>
        <source>&amp;Self-check</source>
        <translation>&amp;Point sur moi</translation>
    </message>
    <message>
        <source>S&amp;uccession checklist</source>
        <translation>Liste de pa&amp;ssation</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nouvelle phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>Con&amp;firm new passphrase:</source>
        <translation>Con&amp;firmer la nouvelle phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Confirm new passphrase</source>
        <translation>Confirmer la nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>Type the passphrase you use now, then choose a new one. Everything you keep stays exactly as it is; only the lock on your keys changes.</source>
        <translation>Tapez la phrase secrète que vous utilisez maintenant, puis choisissez-en une nouvelle. Tout ce que vous gardez reste exactement tel quel&#xa0;; seul le verrou de vos clés change.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Phrase secrète actuelle</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>Phrase secrète a&amp;ctuelle&#xa0;:</translation>
    </message>
    <message>
        <source>Protecting your keys with the new passphrase…</source>
        <translation>Protection de vos clés avec la nouvelle phrase secrète…</translation>
    </message>
    <message>
        <source>Your passphrase has been changed. Use the new one next time you unlock.</source>
        <translation>Votre phrase secrète a été changée. Utilisez la nouvelle la prochaine fois que vous déverrouillez.</translation>
    </message>
    <message>
        <source>That isn&apos;t your current passphrase, so nothing has been changed. Please type the one you used to unlock today.</source>
        <translation>Ce n’est pas votre phrase secrète actuelle&#xa0;: rien n’a donc été changé. Tapez celle que vous avez utilisée pour déverrouiller aujourd’hui.</translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <source>When someone new takes over: the succession checklist</source>
        <translation>Quand quelqu’un prend le relais&#xa0;: la liste de passation</translation>
    </message>
    <message>
        <source>Facilitators move on, and groups last when the next person is ready before they are needed. Tick each step when it is done.</source>
        <translation>Les personnes qui animent finissent par passer la main, et les groupes durent quand la relève est prête avant d’en avoir besoin. Cochez chaque étape une fois faite.</translation>
    </message>
    <message>
        <source>Checklist progress</source>
        <translation>Avancement de la liste</translation>
    </message>
</context>
<context>
    <name>ClaimInvitationScreen</name>
    <message>
        <source>Set up your own space</source>
        <translation>Créer votre propre espace</translation>
    </message>
    <message>
        <source>A facilitator gave you an invitation code. With it you make your own account: a private journal and safety plan that only you can open.</source>
        <translation>Une personne de l’équipe d’animation vous a donné un code d’invitation. Avec ce code, vous créez votre propre compte&#xa0;: un journal privé et un plan de sécurité que vous êtes la seule personne à pouvoir ouvrir.</translation>
    </message>
    <message>
        <source>&amp;Create my account</source>
        <translation>&amp;Créer mon compte</translation>
    </message>
    <message>
        <source>Setting up your private space… this takes a few seconds.</source>
        <translation>Création de votre espace privé… cela prend quelques secondes.</translation>
    </message>
    <message>
        <source>Your account is ready. One last step: write down your handle, and your recovery code, which is the only way back in if you ever forget your passphrase.</source>
        <translation>Votre compte est prêt. Une dernière étape&#xa0;: notez votre pseudo, ainsi que votre code de secours, qui est le seul moyen de revenir si vous oubliez un jour votre phrase secrète.</translation>
    </message>
    <message>
        <source>Continue to &amp;my space</source>
        <translation>Continuer vers &amp;mon espace</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Code d’invitation</translation>
    </message>
    <message>
        <source>&amp;Invitation code:</source>
        <translation>Code d’&amp;invitation&#xa0;:</translation>
    </message>
    <message>
        <source>It looks like ABCDE-12345. Capital letters and dashes don&apos;t matter.</source>
        <translation>Il ressemble à ABCDE-12345. Les majuscules et les tirets n’ont pas d’importance.</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Pseudo</translation>
    </message>
    <message>
        <source>Choose a &amp;handle:</source>
        <translation>Choisissez un &amp;pseudo&#xa0;:</translation>
    </message>
    <message>
        <source>A nickname you type to unlock, such as “sunflower”; it need not be your name. The app adds a short number to it, which you will see next.</source>
        <translation>Un surnom que vous tapez pour déverrouiller, par exemple «&#xa0;tournesol&#xa0;»&#xa0;; pas besoin que ce soit votre nom. L’application y ajoute un petit numéro, que vous verrez ensuite.</translation>
    </message>
    <message>
        <source>Your journal is yours alone. Nobody — not even the facilitators — can read it or reset this passphrase. If you forget it, the recovery code you will see next is the only way back in.</source>
        <translation>Votre journal n’appartient qu’à vous. Personne — pas même l’équipe d’animation — ne peut le lire ni réinitialiser cette phrase secrète. Si vous l’oubliez, le code de secours que vous allez voir est le seul moyen de revenir.</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <source>The button becomes available once your handle and the group you type match.</source>
        <translation>Le bouton devient disponible quand votre pseudo et le nom du groupe saisis correspondent.</translation>
    </message>
    <message>
        <source>This is your handle. You type it, number and all, every time you unlock. Everyone&apos;s handle gets a number like this, so no two people share one.</source>
        <translation>Voici votre pseudo. Vous le tapez en entier, numéro compris, à chaque déverrouillage. Le pseudo de chaque personne reçoit un numéro comme celui-ci, pour que deux personnes n’aient jamais le même.</translation>
    </message>
    <message>
        <source>Your handle</source>
        <translation>Votre pseudo</translation>
    </message>
    <message>
        <source>To check you have it, please type your &amp;whole handle:</source>
        <translation>Pour vérifier que vous l’avez bien, tapez votre pseudo en en&amp;tier&#xa0;:</translation>
    </message>
    <message>
        <source>Your whole handle, typed again</source>
        <translation>Votre pseudo complet, tapé à nouveau</translation>
    </message>
    <message>
        <source>Handle check</source>
        <translation>Vérification du pseudo</translation>
    </message>
    <message>
        <source>✓ That matches.</source>
        <translation>✓ Ça correspond.</translation>
    </message>
    <message>
        <source>That doesn&apos;t match yet — please check the number at the end.</source>
        <translation>Ça ne correspond pas encore — vérifiez le numéro à la fin.</translation>
    </message>
</context>
<context>
    <name>ClosingPanel</name>
    <message>
        <source>A safety pause was used today. A short debrief helps: what went well, what was hard, how you are, and who needs a follow-up.</source>
        <translation>Une pause de sécurité a eu lieu aujourd’hui. Un court bilan aide&#xa0;: ce qui s’est bien passé, ce qui a été difficile, comment vous allez, et qui a besoin d’un suivi.</translation>
    </message>
    <message>
        <source>Would a short debrief help? It stays in your own reflections.</source>
        <translation>Un court bilan vous ferait-il du bien&#xa0;? Il reste dans vos propres réflexions.</translation>
    </message>
    <message>
        <source>Write a &amp;debrief in my reflections</source>
        <translation>Écrire un &amp;bilan dans mes réflexions</translation>
    </message>
    <message>
        <source>Write a debrief in my reflections</source>
        <translation>Écrire un bilan dans mes réflexions</translation>
    </message>
    <message>
        <source>Add a &amp;follow-up…</source>
        <translation>Ajouter un &amp;suivi…</translation>
    </message>
    <message>
        <source>Add a follow-up on the Home page</source>
        <translation>Ajouter un suivi sur la page d’accueil</translation>
    </message>
    <message>
        <source>How the meeting went</source>
        <translation>Comment la réunion s’est passée</translation>
    </message>
</context>
<context>
    <name>CodePage</name>
    <message>
        <source>Your recovery code</source>
        <translation>Votre code de secours</translation>
    </message>
    <message>
        <source>Please write it down before you finish.</source>
        <translation>Notez-le avant de terminer.</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Animation</translation>
    </message>
    <message>
        <source>Consent record</source>
        <translation>Registre de consentement</translation>
    </message>
    <message>
        <source>Consent wording</source>
        <translation>Texte de consentement</translation>
    </message>
    <message>
        <source>Check-in pair</source>
        <translation>Binôme de soutien</translation>
    </message>
    <message>
        <source>Roster settings</source>
        <translation>Réglages de la liste des membres</translation>
    </message>
    <message>
        <source>Group agreement draft</source>
        <translation>Brouillon de la charte du groupe</translation>
    </message>
    <message>
        <source>Group agreement</source>
        <translation>Charte du groupe</translation>
    </message>
    <message>
        <source>Agreement affirmation</source>
        <translation>Adhésion à la charte</translation>
    </message>
    <message>
        <source>Group settings</source>
        <translation>Réglages du groupe</translation>
    </message>
    <message>
        <source>Reflection prompt</source>
        <translation>Piste de réflexion</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Point de l’ordre du jour</translation>
    </message>
    <message>
        <source>Coping resource</source>
        <translation>Ressource d’entraide</translation>
    </message>
    <message>
        <source>Notes after the meeting</source>
        <translation>Notes après la réunion</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Meeting schedule</source>
        <translation>Calendrier des réunions</translation>
    </message>
    <message>
        <source>Agenda template</source>
        <translation>Modèle d’ordre du jour</translation>
    </message>
    <message>
        <source>Topic for a meeting</source>
        <translation>Sujet d’une réunion</translation>
    </message>
    <message>
        <source>Head counts of a meeting</source>
        <translation>Effectifs d’une réunion</translation>
    </message>
    <message>
        <source>How the meeting went</source>
        <translation>Déroulement de la réunion</translation>
    </message>
    <message>
        <source>Rota for a meeting</source>
        <translation>Planning d’une réunion</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Access note</source>
        <translation>Note d’accessibilité</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Pronoms</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Nom du groupe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>Kept text</source>
        <translation>Texte conservé</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Came late</source>
        <translation>Arrivée en retard</translation>
    </message>
    <message>
        <source>Sent apologies</source>
        <translation>Absence excusée</translation>
    </message>
    <message>
        <source>Newcomers</source>
        <translation>Nouvelles personnes</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Prochaine réunion</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Bénévoles</translation>
    </message>
    <message>
        <source>Final notes</source>
        <translation>Notes finales</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>À lire à voix haute</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Anime</translation>
    </message>
    <message>
        <source>Supports</source>
        <translation>Soutient</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Remplacement</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <source>Conflicts to resolve</source>
        <translation>Conflits à résoudre</translation>
    </message>
    <message>
        <source>Sometimes two facilitators change the same thing on different computers before they sync. Nothing is lost: both versions are kept here until you choose one, or write a version that combines them. Your choice reaches the other computers with the next sync.</source>
        <translation>Il arrive que deux personnes de l’équipe d’animation modifient la même chose sur deux ordinateurs différents avant de synchroniser. Rien n’est perdu&#xa0;: les deux versions sont gardées ici jusqu’à ce que vous en choisissiez une, ou que vous écriviez une version qui les réunit. Votre choix arrive sur les autres ordinateurs à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>How many conflicts</source>
        <translation>Nombre de conflits</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>C&amp;onflicts:</source>
        <translation>C&amp;onflits&#xa0;:</translation>
    </message>
    <message>
        <source>Chosen conflict</source>
        <translation>Conflit choisi</translation>
    </message>
    <message>
        <source>Or &amp;write a version that combines them:</source>
        <translation>Ou &amp;écrivez une version qui les réunit&#xa0;:</translation>
    </message>
    <message>
        <source>Combined version</source>
        <translation>Version réunie</translation>
    </message>
    <message>
        <source>Start from &amp;both versions</source>
        <translation>Partir des &amp;deux versions</translation>
    </message>
    <message>
        <source>Keep &amp;this combination</source>
        <translation>Garder cette &amp;combinaison</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>(shown for now)</source>
        <translation>(affiché pour l’instant)</translation>
    </message>
    <message>
        <source>&amp;Keep version %1</source>
        <translation>&amp;Garder la version %1</translation>
    </message>
    <message>
        <source>Keep version %1 of %2</source>
        <translation>Garder la version %1 sur %2</translation>
    </message>
</context>
<context>
    <name>ConsentActions</name>
    <message>
        <source>Withdraw…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <source>Withdraw consent: %1</source>
        <translation>Retirer le consentement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Non donné</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>Noter un consentement…</translation>
    </message>
    <message>
        <source>Record consent: %1</source>
        <translation>Noter le consentement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Yes, since %1</source>
        <translation>Oui, depuis le %1</translation>
    </message>
    <message>
        <source>%1, wording version %2</source>
        <translation>%1, texte version %2</translation>
    </message>
    <message>
        <source>Consent recorded: %1.</source>
        <translation>Consentement noté&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Withdraw consent?</source>
        <translation>Retirer le consentement&#xa0;?</translation>
    </message>
    <message>
        <source>Withdraw %1&apos;s consent to “%2”?

%3

This cannot be undone.</source>
        <translation>Retirer le consentement de %1 à «&#xa0;%2&#xa0;»&#xa0;?

%3

Cette action est définitive.</translation>
    </message>
    <message>
        <source>&amp;Withdraw and erase</source>
        <translation>&amp;Retirer et effacer</translation>
    </message>
    <message>
        <source>Consent withdrawn: %1. What it covered was erased.</source>
        <translation>Consentement retiré&#xa0;: %1. Ce qu’il couvrait a été effacé.</translation>
    </message>
</context>
<context>
    <name>ConsentLogModel</name>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Donné</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>wording version %1</source>
        <translation>texte version %1</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <source>Read this with them. Yes and no are both fine.</source>
        <translation>Lisez ceci avec la personne. Oui et non sont tous deux des réponses valables.</translation>
    </message>
    <message>
        <source>What they are asked: %1</source>
        <translation>Ce qui lui est demandé&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Yes, they agree</source>
        <translation>&amp;Oui, c’est d’accord</translation>
    </message>
    <message>
        <source>No, not n&amp;ow</source>
        <translation>Non, pas &amp;maintenant</translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation>Oui&#xa0;: %1</translation>
    </message>
    <message>
        <source>No: %1</source>
        <translation>Non&#xa0;: %1</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Best time to reach them</source>
        <translation>Meilleur moment pour la joindre</translation>
    </message>
    <message>
        <source>for example: weekday evenings</source>
        <translation>par exemple&#xa0;: en soirée en semaine</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Pas demandé</translation>
    </message>
    <message>
        <source>Yes, a message is OK</source>
        <translation>Oui, un message est possible</translation>
    </message>
    <message>
        <source>No messages, please</source>
        <translation>Pas de message, s’il vous plaît</translation>
    </message>
    <message>
        <source>Is it OK to leave a message?</source>
        <translation>Peut-on laisser un message&#xa0;?</translation>
    </message>
    <message>
        <source>About contact details</source>
        <translation>À propos des coordonnées</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>Best &amp;time:</source>
        <translation>Meilleu&amp;r moment&#xa0;:</translation>
    </message>
    <message>
        <source>Leave a &amp;message?</source>
        <translation>Laisser un me&amp;ssage&#xa0;?</translation>
    </message>
    <message>
        <source>Fill in only what they want to give. Every field is optional.</source>
        <translation>Remplissez seulement ce que la personne veut donner. Chaque champ est facultatif.</translation>
    </message>
    <message>
        <source>Contact details can only be kept if they say yes above, so these stay empty for now.</source>
        <translation>Les coordonnées ne peuvent être gardées que si la personne dit oui ci-dessus&#xa0;: ces champs restent donc vides pour l’instant.</translation>
    </message>
</context>
<context>
    <name>ConsentSection</name>
    <message>
        <source>What they agreed to, and the wording they were shown. Changes here are recorded straight away.</source>
        <translation>Ce que la personne a accepté, et le texte qu’on lui a montré. Les changements faits ici sont notés immédiatement.</translation>
    </message>
    <message>
        <source>%1: consent</source>
        <translation>%1&#xa0;: consentement</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>Noter un consentement…</translation>
    </message>
    <message>
        <source>Record consent: %1</source>
        <translation>Noter le consentement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Consent log</source>
        <translation>Registre des consentements</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Rien n’est encore noté.</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
</context>
<context>
    <name>ConsentWordingDialog</name>
    <message>
        <source>What newcomers are told</source>
        <translation>Ce qui est dit aux nouvelles personnes</translation>
    </message>
    <message>
        <source>Newcomers see these texts when they are enrolled, in this order. Write them in plain, everyday words. Each time you save, a new version is kept; people who agreed earlier keep the version they were shown.</source>
        <translation>Les nouvelles personnes voient ces textes lors de leur inscription, dans cet ordre. Écrivez-les avec des mots simples, de tous les jours. À chaque enregistrement, une nouvelle version est gardée&#xa0;; les personnes qui ont accepté avant gardent la version qu’on leur a montrée.</translation>
    </message>
    <message>
        <source>Which text</source>
        <translation>Quel texte</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texte&#xa0;:</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Formulation</translation>
    </message>
    <message>
        <source>&amp;Wording:</source>
        <translation>&amp;Formulation&#xa0;:</translation>
    </message>
    <message>
        <source>Save message</source>
        <translation>Message d’enregistrement</translation>
    </message>
    <message>
        <source>&amp;Save as a new version</source>
        <translation>&amp;Enregistrer comme nouvelle version</translation>
    </message>
    <message>
        <source>&amp;Undo my edits</source>
        <translation>A&amp;nnuler mes modifications</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Show the version saved meanwhile instead of what you typed</source>
        <translation>Afficher la version enregistrée entre-temps au lieu de ce que vous avez tapé</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Version %1, in use since %2.</source>
        <translation>Version %1, utilisée depuis le %2.</translation>
    </message>
    <message>
        <source>Version %1, the text the app comes with.</source>
        <translation>Version %1, le texte fourni avec l’application.</translation>
    </message>
    <message>
        <source>%1 earlier versions are kept.</source>
        <translation>%1 versions antérieures sont conservées.</translation>
    </message>
    <message>
        <source>&amp;Save as version %1</source>
        <translation>&amp;Enregistrer comme version %1</translation>
    </message>
    <message>
        <source>Discard your edits?</source>
        <translation>Abandonner vos modifications&#xa0;?</translation>
    </message>
    <message>
        <source>The text you changed is not saved yet. Discard your edits?</source>
        <translation>Le texte que vous avez modifié n’est pas encore enregistré. Abandonner vos modifications&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Discard edits</source>
        <translation>&amp;Abandonner les modifications</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Continuer à modifier</translation>
    </message>
    <message>
        <source>✓ Saved as version %1.</source>
        <translation>✓ Enregistré comme version %1.</translation>
    </message>
    <message>
        <source>Saved version %1 of “%2”.</source>
        <translation>Version %1 de «&#xa0;%2&#xa0;» enregistrée.</translation>
    </message>
    <message>
        <source>Close without saving?</source>
        <translation>Fermer sans enregistrer&#xa0;?</translation>
    </message>
    <message>
        <source>The text you changed is not saved yet. Close without saving it?</source>
        <translation>Le texte que vous avez modifié n’est pas encore enregistré. Fermer sans l’enregistrer&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Close without saving</source>
        <translation>&amp;Fermer sans enregistrer</translation>
    </message>
</context>
<context>
    <name>Content</name>
    <message>
        <source>What is one small thing that went better than you expected today?</source>
        <translation>Quelle petite chose s’est mieux passée que prévu aujourd’hui&#xa0;?</translation>
    </message>
    <message>
        <source>Who made your day a little easier lately, and what did they do?</source>
        <translation>Qui vous a rendu la vie un peu plus facile ces derniers temps, et qu’a fait cette personne&#xa0;?</translation>
    </message>
    <message>
        <source>Name something ordinary you would miss if it were gone.</source>
        <translation>Nommez une chose ordinaire qui vous manquerait si elle disparaissait.</translation>
    </message>
    <message>
        <source>What did your body let you do today that you are glad about?</source>
        <translation>Qu’est-ce que votre corps vous a permis de faire aujourd’hui, qui vous fait plaisir&#xa0;?</translation>
    </message>
    <message>
        <source>Think of a place where you feel at ease. What do you notice there?</source>
        <translation>Pensez à un endroit où vous vous sentez à l’aise. Que remarquez-vous là-bas&#xa0;?</translation>
    </message>
    <message>
        <source>What is a kindness you showed yourself this week?</source>
        <translation>Quelle gentillesse vous êtes-vous accordée cette semaine&#xa0;?</translation>
    </message>
    <message>
        <source>Which sound, smell or taste gave you a moment of comfort recently?</source>
        <translation>Quel son, quelle odeur ou quel goût vous a apporté un moment de réconfort récemment&#xa0;?</translation>
    </message>
    <message>
        <source>What do you know now that you did not know a year ago?</source>
        <translation>Que savez-vous aujourd’hui que vous ne saviez pas il y a un an&#xa0;?</translation>
    </message>
    <message>
        <source>Write about a moment today when you smiled, however briefly.</source>
        <translation>Écrivez sur un moment d’aujourd’hui où vous avez souri, même brièvement.</translation>
    </message>
    <message>
        <source>When things feel heavy, what is one thing that helps, even a little?</source>
        <translation>Quand tout semble lourd, quelle chose vous aide, même un peu&#xa0;?</translation>
    </message>
    <message>
        <source>What did you do today to look after yourself, however small?</source>
        <translation>Qu’avez-vous fait aujourd’hui pour prendre soin de vous, même si c’est peu de chose&#xa0;?</translation>
    </message>
    <message>
        <source>Think of a time you got through something hard. What carried you?</source>
        <translation>Pensez à une fois où vous avez traversé quelque chose de difficile. Qu’est-ce qui vous a donné la force de continuer&#xa0;?</translation>
    </message>
    <message>
        <source>How does your body tell you that stress is building? How could you answer it gently?</source>
        <translation>Comment votre corps vous signale-t-il que le stress monte&#xa0;? Comment pourriez-vous lui répondre avec douceur&#xa0;?</translation>
    </message>
    <message>
        <source>Notice three things you can see, two you can hear and one you can touch. How do you feel after noticing them?</source>
        <translation>Remarquez trois choses que vous voyez, deux que vous entendez et une que vous pouvez toucher. Comment vous sentez-vous après les avoir remarquées&#xa0;?</translation>
    </message>
    <message>
        <source>Which thought kept coming back today? What would you say to a friend who had it?</source>
        <translation>Quelle pensée est revenue sans cesse aujourd’hui&#xa0;? Que diriez-vous à une personne amie qui l’aurait&#xa0;?</translation>
    </message>
    <message>
        <source>What is one thing you could put down, just for tonight?</source>
        <translation>Quelle chose pourriez-vous poser, juste pour ce soir&#xa0;?</translation>
    </message>
    <message>
        <source>What helps you rest? How could you make a little room for it tomorrow?</source>
        <translation>Qu’est-ce qui vous aide à vous reposer&#xa0;? Comment pourriez-vous lui faire un peu de place demain&#xa0;?</translation>
    </message>
    <message>
        <source>What is one small step you could take this week towards something that matters to you?</source>
        <translation>Quel petit pas pourriez-vous faire cette semaine vers quelque chose qui compte pour vous&#xa0;?</translation>
    </message>
    <message>
        <source>Who do you feel most like yourself around? What makes that so?</source>
        <translation>Avec qui vous sentez-vous le plus vous-même&#xa0;? Qu’est-ce qui fait que c’est ainsi&#xa0;?</translation>
    </message>
    <message>
        <source>Is there a conversation you keep putting off? What would you like to say?</source>
        <translation>Y a-t-il une conversation que vous repoussez sans cesse&#xa0;? Qu’aimeriez-vous dire&#xa0;?</translation>
    </message>
    <message>
        <source>Write about someone who believed in you. What did they see?</source>
        <translation>Écrivez sur quelqu’un qui a cru en vous. Que voyait cette personne&#xa0;?</translation>
    </message>
    <message>
        <source>How do you let people know you need support? Could it be easier?</source>
        <translation>Comment faites-vous savoir aux autres que vous avez besoin de soutien&#xa0;? Cela pourrait-il être plus simple&#xa0;?</translation>
    </message>
    <message>
        <source>Which boundary protects your energy? How did it hold up this week?</source>
        <translation>Quelle limite protège votre énergie&#xa0;? Comment a-t-elle tenu cette semaine&#xa0;?</translation>
    </message>
    <message>
        <source>Think of someone you miss. What would you like them to know?</source>
        <translation>Pensez à quelqu’un qui vous manque. Qu’aimeriez-vous que cette personne sache&#xa0;?</translation>
    </message>
    <message>
        <source>When did you last feel truly listened to? What did the other person do?</source>
        <translation>À quand remonte la dernière fois où quelqu’un a vraiment pris le temps de vous écouter&#xa0;? Qu’a fait cette personne&#xa0;?</translation>
    </message>
    <message>
        <source>What kind of friend are you to yourself these days?</source>
        <translation>Quelle sorte d’amitié vous offrez-vous à vous-même ces temps-ci&#xa0;?</translation>
    </message>
    <message>
        <source>What is one thing someone said at the meeting that stayed with you?</source>
        <translation>Quelle parole entendue à la réunion vous est restée&#xa0;?</translation>
    </message>
    <message>
        <source>How did you feel walking in, and how do you feel now?</source>
        <translation>Comment vous sentiez-vous en arrivant, et comment vous sentez-vous maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>What did you share, or choose to keep to yourself? Both are fine. How does it sit with you?</source>
        <translation>Qu’avez-vous partagé, ou choisi de garder pour vous&#xa0;? Les deux sont très bien. Comment le vivez-vous&#xa0;?</translation>
    </message>
    <message>
        <source>Is there something from the meeting you would like to try before the next one?</source>
        <translation>Y a-t-il quelque chose de la réunion que vous aimeriez essayer avant la prochaine&#xa0;?</translation>
    </message>
    <message>
        <source>Did something remind you that you are not alone? Write about it.</source>
        <translation>Quelque chose vous a-t-il rappelé que vous n’êtes pas seul ou seule&#xa0;? Écrivez à ce sujet.</translation>
    </message>
    <message>
        <source>What would you like to bring to the next meeting?</source>
        <translation>Qu’aimeriez-vous apporter à la prochaine réunion&#xa0;?</translation>
    </message>
    <message>
        <source>What did you notice about the way you listened today?</source>
        <translation>Qu’avez-vous remarqué dans votre façon d’écouter aujourd’hui&#xa0;?</translation>
    </message>
    <message>
        <source>If you kept one take-away from today, what would it be?</source>
        <translation>Si vous ne gardiez qu’une chose de cette journée, laquelle serait-ce&#xa0;?</translation>
    </message>
    <message>
        <source>What is making today hard? You can write it plainly: nobody else will read this.</source>
        <translation>Qu’est-ce qui rend cette journée difficile&#xa0;? Vous pouvez l’écrire simplement&#xa0;: personne d’autre ne le lira.</translation>
    </message>
    <message>
        <source>What do you need right now, even if you cannot have it yet?</source>
        <translation>De quoi avez-vous besoin en ce moment, même si vous ne pouvez pas encore l’avoir&#xa0;?</translation>
    </message>
    <message>
        <source>What has helped on hard days before, even a little?</source>
        <translation>Qu’est-ce qui vous a fait du bien les jours difficiles, même un peu&#xa0;?</translation>
    </message>
    <message>
        <source>Write a few kind words to yourself, the way you would to a friend having this day.</source>
        <translation>Écrivez-vous quelques mots bienveillants, comme vous le feriez pour une personne amie qui vivrait cette journée.</translation>
    </message>
    <message>
        <source>What is one small thing you could do in the next hour to look after yourself?</source>
        <translation>Quelle petite chose pourriez-vous faire dans l’heure qui vient pour prendre soin de vous&#xa0;?</translation>
    </message>
    <message>
        <source>Who could you reach out to today, even just to say hello?</source>
        <translation>Vers qui pourriez-vous vous tourner aujourd’hui, même juste pour dire bonjour&#xa0;?</translation>
    </message>
    <message>
        <source>What would &apos;good enough&apos; look like for the rest of today?</source>
        <translation>À quoi ressemblerait «&#xa0;assez bien&#xa0;» pour le reste de la journée&#xa0;?</translation>
    </message>
    <message>
        <source>If this feeling were weather, what would it be? What might it turn into later?</source>
        <translation>Si ce sentiment était une météo, quel temps ferait-il&#xa0;? En quoi pourrait-il se changer plus tard&#xa0;?</translation>
    </message>
    <message>
        <source>Look at your safety plan. Which step could you take right now?</source>
        <translation>Regardez votre plan de sécurité. Quelle étape pourriez-vous suivre dès maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>Self-care check-in</source>
        <translation>Petit point sur soi</translation>
    </message>
    <message>
        <source>How am I?


What was hard?


What do I need?

</source>
        <translation>Comment je vais&#xa0;?


Qu’est-ce qui a été difficile&#xa0;?


De quoi ai-je besoin&#xa0;?

</translation>
    </message>
    <message>
        <source>Peer circle (informal, 90 min)</source>
        <translation>Cercle de pairs (informel, 90 min)</translation>
    </message>
    <message>
        <source>A relaxed circle: welcome, agreement, check-in, topics, a break, check-out.</source>
        <translation>Un cercle détendu&#xa0;: accueil, charte, tour de météo, sujets, pause, tour de clôture.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Welcome, everyone, and a special welcome to anyone who is here for the first time. This is a peer support group: we are here as equals, to listen and to share what has helped us. Nobody has to speak, and you can leave or take a break whenever you need.</source>
        <translation>Bienvenue à toutes et à tous, et un accueil tout particulier aux personnes qui viennent pour la première fois. Ceci est un groupe de soutien entre pairs&#xa0;: nous sommes ici d’égal à égal, pour écouter et partager ce qui nous a aidés. Personne n’est obligé de parler, et vous pouvez partir ou faire une pause dès que vous en avez besoin.</translation>
    </message>
    <message>
        <source>Our group agreement</source>
        <translation>Notre charte du groupe</translation>
    </message>
    <message>
        <source>Let&apos;s remind ourselves of the agreement we made together. Please raise a hand if you are happy to keep to it today.</source>
        <translation>Rappelons-nous la charte que nous avons établie ensemble. Levez la main si vous êtes d’accord pour la respecter aujourd’hui.</translation>
    </message>
    <message>
        <source>Check-in round</source>
        <translation>Tour de météo</translation>
    </message>
    <message>
        <source>Let&apos;s go round the circle. Say your first name, and if you like, how your week has been and what you would like from today. You can always say “pass”.</source>
        <translation>Faisons le tour du cercle. Dites votre prénom et, si vous le souhaitez, comment s’est passée votre semaine et ce que vous attendez de cette réunion. Vous pouvez toujours dire «&#xa0;je passe&#xa0;».</translation>
    </message>
    <message>
        <source>Choosing today&apos;s topics</source>
        <translation>Choix des sujets du jour</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Check-out round</source>
        <translation>Tour de clôture</translation>
    </message>
    <message>
        <source>Before we close, let&apos;s go round once more: one thing you are taking away from today, or how you are feeling now. Passing is fine.</source>
        <translation>Avant de nous quitter, faisons un dernier tour&#xa0;: une chose que vous retenez d’aujourd’hui, ou comment vous vous sentez maintenant. Vous pouvez passer votre tour.</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <source>Thank you all for coming and for what you shared. Please keep what was said here in the room. If you need to talk to someone before the next meeting, a facilitator can help you find support.</source>
        <translation>Merci à toutes et à tous de votre présence et de ce que vous avez partagé. Merci de garder entre nous ce qui s’est dit ici. Si vous avez besoin de parler à quelqu’un avant la prochaine réunion, une personne de l’équipe d’animation peut vous aider à trouver du soutien.</translation>
    </message>
    <message>
        <source>Self-management recovery meeting (SMART Recovery structure, 90 min)</source>
        <translation>Réunion de rétablissement par l’autogestion (structure SMART Recovery, 90 min)</translation>
    </message>
    <message>
        <source>Six timed parts, as SMART Recovery meetings run them: welcome, check-in, agenda setting, working time, passing the hat, check-out and closing.</source>
        <translation>Six parties minutées, comme dans les réunions SMART Recovery&#xa0;: accueil, tour de météo, choix de l’ordre du jour, temps de travail, passage du chapeau, tour de clôture et clôture.</translation>
    </message>
    <message>
        <source>Welcome and opening statement</source>
        <translation>Accueil et déclaration d’ouverture</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Tour de météo</translation>
    </message>
    <message>
        <source>Each person says briefly how things have gone since we last met, what went well and what was hard. Please hold comments until everyone has checked in.</source>
        <translation>Chaque personne dit brièvement comment les choses se sont passées depuis la dernière réunion, ce qui a bien marché et ce qui a été difficile. Merci de garder vos commentaires jusqu’à ce que tout le monde ait fait son tour de météo.</translation>
    </message>
    <message>
        <source>Usually 10 to 20 minutes; note topics people raise for agenda setting.</source>
        <translation>En général 10 à 20 minutes&#xa0;; notez les sujets que les personnes évoquent, pour le choix de l’ordre du jour.</translation>
    </message>
    <message>
        <source>Agenda setting</source>
        <translation>Choix de l’ordre du jour</translation>
    </message>
    <message>
        <source>Which of the things raised at check-in shall we work on together today?</source>
        <translation>Parmi les points soulevés pendant le tour de météo, sur lesquels allons-nous travailler ensemble aujourd’hui&#xa0;?</translation>
    </message>
    <message>
        <source>Working time</source>
        <translation>Temps de travail</translation>
    </message>
    <message>
        <source>We work through the chosen topics together, using tools that help us manage urges, thoughts and feelings, and plan the week ahead.</source>
        <translation>Nous travaillons ensemble sur les sujets choisis, avec des outils qui nous aident à gérer les envies, les pensées et les émotions, et à préparer la semaine à venir.</translation>
    </message>
    <message>
        <source>Usually 40 to 50 minutes.</source>
        <translation>En général 40 à 50 minutes.</translation>
    </message>
    <message>
        <source>Passing the hat</source>
        <translation>Passage du chapeau</translation>
    </message>
    <message>
        <source>The hat goes round for anyone who wants to help cover the room. Giving is entirely optional.</source>
        <translation>Le chapeau circule pour les personnes qui veulent aider à payer la salle. Donner est entièrement facultatif.</translation>
    </message>
    <message>
        <source>Check-out and closing</source>
        <translation>Tour de clôture et fin de la réunion</translation>
    </message>
    <message>
        <source>Recovery support circle (NAMI Connection structure, 90 min)</source>
        <translation>Cercle de soutien au rétablissement (structure NAMI Connection, 90 min)</translation>
    </message>
    <message>
        <source>Welcome, principles read aloud, the group&apos;s guidelines, a short check-in for each person, discussion of the topics raised, and closing.</source>
        <translation>Accueil, principes lus à voix haute, règles du groupe, un court tour de météo pour chaque personne, discussion des sujets soulevés, et clôture.</translation>
    </message>
    <message>
        <source>Mention the limits of confidentiality.</source>
        <translation>Mentionnez les limites de la confidentialité.</translation>
    </message>
    <message>
        <source>Our principles</source>
        <translation>Nos principes</translation>
    </message>
    <message>
        <source>We believe recovery is possible for everyone. We learn from each other&apos;s experience, we accept one another as we are, and we each choose our own path.</source>
        <translation>Nous croyons que le rétablissement est possible pour tout le monde. Nous apprenons de l’expérience des uns et des autres, nous nous acceptons tels que nous sommes, et chaque personne choisit son propre chemin.</translation>
    </message>
    <message>
        <source>Our guidelines (group agreement)</source>
        <translation>Nos règles (charte du groupe)</translation>
    </message>
    <message>
        <source>At most 2 minutes each; a gentle timer helps. Note topics for the discussion.</source>
        <translation>2 minutes au plus par personne&#xa0;; un minuteur discret aide. Notez les sujets pour la discussion.</translation>
    </message>
    <message>
        <source>Start with the topics raised at check-in.</source>
        <translation>Commencez par les sujets soulevés pendant le tour de météo.</translation>
    </message>
    <message>
        <source>Peer support group (DBSA structure, 90 min)</source>
        <translation>Groupe de soutien entre pairs (structure DBSA, 90 min)</translation>
    </message>
    <message>
        <source>Gathering, welcome, a review of what the group is for, the guidelines, check-in, discussion and a close.</source>
        <translation>Arrivée, accueil, rappel de la raison d’être du groupe, règles, tour de météo, discussion et fin.</translation>
    </message>
    <message>
        <source>Gathering</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>Greet people as they arrive; tea and sign-in.</source>
        <translation>Accueillez les personnes à leur arrivée&#xa0;; thé et feuille de présence.</translation>
    </message>
    <message>
        <source>What this group is for</source>
        <translation>La raison d’être de ce groupe</translation>
    </message>
    <message>
        <source>This is a self-help group run by and for people living with mood conditions and those who support them. We share experience, not medical advice.</source>
        <translation>Ce groupe d’entraide est animé par et pour des personnes qui vivent avec un trouble de l’humeur, et par et pour celles qui les soutiennent. Nous partageons notre expérience, pas des conseils médicaux.</translation>
    </message>
    <message>
        <source>Guidelines (group agreement)</source>
        <translation>Règles (charte du groupe)</translation>
    </message>
    <message>
        <source>Announce when 10 minutes are left.</source>
        <translation>Annoncez quand il reste 10 minutes.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Twelve-step-style meeting script (60 min)</source>
        <translation>Déroulé de réunion de type douze étapes (60 min)</translation>
    </message>
    <message>
        <source>Moment of silence, preamble, readings, welcome to newcomers, the topic, sharing, the seventh tradition collection and closing.</source>
        <translation>Moment de silence, préambule, lectures, accueil des nouvelles personnes, sujet, partages, collecte de la septième tradition et clôture.</translation>
    </message>
    <message>
        <source>Opening and moment of silence</source>
        <translation>Ouverture et moment de silence</translation>
    </message>
    <message>
        <source>Welcome. Let&apos;s begin with a moment of silence for those still struggling.</source>
        <translation>Bienvenue. Commençons par un moment de silence pour celles et ceux qui souffrent encore.</translation>
    </message>
    <message>
        <source>Preamble</source>
        <translation>Préambule</translation>
    </message>
    <message>
        <source>We are a fellowship of people who share our experience, strength and hope with each other. The only requirement is a wish to recover; there are no fees.</source>
        <translation>Nous sommes une association de personnes qui partagent entre elles leur expérience, leur force et leur espoir. La seule condition est le désir de se rétablir&#xa0;; il n’y a pas de cotisation.</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>Lectures</translation>
    </message>
    <message>
        <source>Ask volunteers to read the group&apos;s chosen readings.</source>
        <translation>Demandez à des volontaires de lire les textes choisis par le groupe.</translation>
    </message>
    <message>
        <source>Welcome to newcomers</source>
        <translation>Accueil des nouvelles personnes</translation>
    </message>
    <message>
        <source>Is anyone here for the first time? You are very welcome; you need not say anything.</source>
        <translation>Y a-t-il quelqu’un ici pour la première fois&#xa0;? Bienvenue à vous&#xa0;; vous n’avez besoin de rien dire.</translation>
    </message>
    <message>
        <source>Today&apos;s topic</source>
        <translation>Le sujet du jour</translation>
    </message>
    <message>
        <source>Today&apos;s topic is:</source>
        <translation>Le sujet du jour est&#xa0;:</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Partages</translation>
    </message>
    <message>
        <source>Please keep shares to a few minutes so everyone has a turn, and avoid cross-talk.</source>
        <translation>Merci de limiter vos partages à quelques minutes pour que tout le monde ait son tour, et d’éviter les échanges croisés.</translation>
    </message>
    <message>
        <source>Seventh tradition</source>
        <translation>Septième tradition</translation>
    </message>
    <message>
        <source>We are self-supporting through our own contributions. Give only if you wish.</source>
        <translation>Nous subvenons à nos besoins grâce à nos propres contributions. Ne donnez que si vous le souhaitez.</translation>
    </message>
    <message>
        <source>A general agreement for a peer support circle.</source>
        <translation>Une charte générale pour un cercle de soutien entre pairs.</translation>
    </message>
    <message>
        <source>What is shared here stays here. We may talk about what we learned, never about who said it.</source>
        <translation>Ce qui est partagé ici reste ici. Nous pouvons parler de ce que nous avons appris, jamais de qui l’a dit.</translation>
    </message>
    <message>
        <source>We listen to understand, without judging, fixing or giving advice unless someone asks for it.</source>
        <translation>Nous écoutons pour comprendre, sans juger, sans chercher à réparer et sans donner de conseils, sauf si quelqu’un en demande.</translation>
    </message>
    <message>
        <source>We speak from our own experience and say “I” rather than “you” or “everyone”.</source>
        <translation>Nous parlons à partir de notre propre expérience et disons «&#xa0;je&#xa0;» plutôt que «&#xa0;tu&#xa0;», «&#xa0;vous&#xa0;» ou «&#xa0;tout le monde&#xa0;».</translation>
    </message>
    <message>
        <source>Everyone may pass. Listening quietly is a full part of the group.</source>
        <translation>Tout le monde peut passer son tour. Écouter en silence, c’est faire pleinement partie du groupe.</translation>
    </message>
    <message>
        <source>One person speaks at a time, and we leave room for people who have not spoken yet.</source>
        <translation>Une seule personne parle à la fois, et nous laissons de la place à celles et ceux qui n’ont pas encore parlé.</translation>
    </message>
    <message>
        <source>We respect differences in background, beliefs, identity and ways of coping.</source>
        <translation>Nous respectons les différences d’origine, de convictions, d’identité et de façons de faire face.</translation>
    </message>
    <message>
        <source>We leave out graphic detail about self-harm, suicide methods or trauma, so the room stays safe for everyone.</source>
        <translation>Nous évitons les détails crus sur l’automutilation, les moyens de suicide ou les traumatismes, pour que le groupe reste un lieu sûr pour tout le monde.</translation>
    </message>
    <message>
        <source>Anyone can step out for a break; a facilitator may check in with you quietly.</source>
        <translation>Chaque personne peut sortir faire une pause&#xa0;; une personne de l’équipe d’animation peut venir discrètement prendre de vos nouvelles.</translation>
    </message>
    <message>
        <source>If someone&apos;s safety is at serious risk, facilitators may need to get outside help, as the confidentiality statement explains.</source>
        <translation>Si la sécurité de quelqu’un est gravement menacée, l’équipe d’animation peut devoir faire appel à une aide extérieure, comme l’explique la déclaration de confidentialité.</translation>
    </message>
    <message>
        <source>Our recovery group agreement</source>
        <translation>Notre charte de groupe de rétablissement</translation>
    </message>
    <message>
        <source>For groups where members support each other&apos;s recovery.</source>
        <translation>Pour les groupes où les membres se soutiennent mutuellement dans leur rétablissement.</translation>
    </message>
    <message>
        <source>Everyone working on their recovery is welcome, at whatever stage they are.</source>
        <translation>Toute personne qui travaille à son rétablissement est la bienvenue, quelle que soit l’étape où elle en est.</translation>
    </message>
    <message>
        <source>Names and stories stay in this room.</source>
        <translation>Les noms et les histoires restent dans cette pièce.</translation>
    </message>
    <message>
        <source>We share what has and has not worked for us, and trust each person to choose their own path.</source>
        <translation>Nous partageons ce qui a marché et ce qui n’a pas marché pour nous, et nous faisons confiance à chaque personne pour choisir son propre chemin.</translation>
    </message>
    <message>
        <source>A setback is not a failure. You are always welcome back.</source>
        <translation>Un revers n’est pas un échec. La porte vous est toujours ouverte.</translation>
    </message>
    <message>
        <source>We do not describe using in detail or name places or people to get substances from.</source>
        <translation>Nous ne décrivons pas la consommation en détail et ne citons ni lieux ni personnes auprès desquels se procurer des substances.</translation>
    </message>
    <message>
        <source>We do not recommend or criticise medicines or treatments; those choices belong to each person and the professionals they trust.</source>
        <translation>Nous ne recommandons ni ne critiquons les médicaments ou les traitements&#xa0;; ces choix appartiennent à chaque personne et aux professionnels en qui elle a confiance.</translation>
    </message>
    <message>
        <source>We talk about our own experience and avoid lecturing, rescuing or talking over each other.</source>
        <translation>Nous parlons de notre propre expérience et évitons de faire la morale, de vouloir sauver les autres ou de nous couper la parole.</translation>
    </message>
    <message>
        <source>If you are worried about someone here, tell a facilitator.</source>
        <translation>Si vous vous inquiétez pour quelqu’un ici, parlez-en à une personne de l’équipe d’animation.</translation>
    </message>
    <message>
        <source>Phones on silent, and we start and finish on time.</source>
        <translation>Téléphones en silencieux, et nous commençons et terminons à l’heure.</translation>
    </message>
    <message>
        <source>Share the air</source>
        <translation>Partager le temps de parole</translation>
    </message>
    <message>
        <source>A discussion-group agreement that keeps turns fair.</source>
        <translation>Une charte de groupe de discussion qui garde les tours de parole équitables.</translation>
    </message>
    <message>
        <source>Share the air: say your piece, then make room for others.</source>
        <translation>Partagez le temps de parole&#xa0;: dites ce que vous avez à dire, puis laissez de la place aux autres.</translation>
    </message>
    <message>
        <source>Keep each turn to a couple of minutes so everyone gets a chance.</source>
        <translation>Limitez chaque prise de parole à deux ou trois minutes, pour que tout le monde ait sa chance.</translation>
    </message>
    <message>
        <source>It is fine not to share; “pass” is always an answer.</source>
        <translation>Ne pas partager, c’est très bien aussi&#xa0;; «&#xa0;je passe&#xa0;» est toujours une réponse.</translation>
    </message>
    <message>
        <source>Speak for yourself: “I found…” rather than “you should…”.</source>
        <translation>Parlez pour vous&#xa0;: «&#xa0;j’ai trouvé…&#xa0;» plutôt que «&#xa0;vous devriez…&#xa0;».</translation>
    </message>
    <message>
        <source>Disagree with ideas, never with people. Curiosity before criticism.</source>
        <translation>Contestez les idées, jamais les personnes. La curiosité avant la critique.</translation>
    </message>
    <message>
        <source>No side conversations while someone is speaking.</source>
        <translation>Pas de conversations en aparté pendant que quelqu’un parle.</translation>
    </message>
    <message>
        <source>What is said here stays here; what is learned here can leave with you.</source>
        <translation>Ce qui se dit ici reste ici&#xa0;; ce qui s’apprend ici peut repartir avec vous.</translation>
    </message>
    <message>
        <source>The facilitator may gently move us on, to keep time and keep things fair.</source>
        <translation>La personne qui anime peut doucement nous inviter à avancer, pour tenir le temps et garder les choses équitables.</translation>
    </message>
    <message>
        <source>What stays in the room</source>
        <translation>Ce qui reste entre nous</translation>
    </message>
    <message>
        <source>What people share in this group stays in this group. We do not repeat who came or what anyone said, and we ask everyone here to do the same.
The facilitators keep a short list of members: a first name or a name you choose, and only the other details you agree to on the next pages. You can ask to see what we keep, to change it, or to have it removed, at any time.
There is one rare exception. If someone tells us that they or another person are in serious and immediate danger, a facilitator may need to get help from outside the group. Whenever we can, we will talk with that person first.
This is a peer support group. We listen and share what we have lived through; we are not a replacement for a doctor, a therapist or emergency services.</source>
        <translation>Ce que les personnes partagent dans ce groupe reste dans ce groupe. Nous ne répétons ni qui est venu, ni ce que quelqu’un a dit, et nous demandons à chaque personne ici d’en faire autant.
L’équipe d’animation tient une courte liste des membres&#xa0;: un prénom ou un nom que vous choisissez, et uniquement les autres informations auxquelles vous consentez dans les pages suivantes. Vous pouvez à tout moment demander à voir ce que nous conservons, à le faire modifier ou à le faire supprimer.
Il existe une exception, rare. Si une personne nous dit qu’elle-même ou quelqu’un d’autre est en danger grave et immédiat, une personne de l’équipe d’animation peut devoir chercher de l’aide en dehors du groupe. Chaque fois que cela sera possible, nous en parlerons d’abord avec cette personne.
Ceci est un groupe de soutien entre pairs. Nous écoutons et partageons ce que nous avons vécu&#xa0;; nous ne remplaçons pas un médecin, un thérapeute ni les services d’urgence.</translation>
    </message>
    <message>
        <source>Contact between meetings</source>
        <translation>Contact entre les réunions</translation>
    </message>
    <message>
        <source>May a facilitator get in touch with you between meetings, for example when a meeting moves or if you asked us to check in? If you say yes, you choose which details to give (a phone number, an email address or both), the best time to reach you, and whether we may leave a message. Saying no changes nothing about your place in the group. If you change your mind later, we delete these details.</source>
        <translation>Une personne de l’équipe d’animation peut-elle vous contacter entre les réunions, par exemple quand une réunion est déplacée ou si vous nous avez demandé de prendre de vos nouvelles&#xa0;? Si vous dites oui, vous choisissez les coordonnées à donner (un numéro de téléphone, une adresse e-mail ou les deux), le meilleur moment pour vous joindre, et si nous pouvons laisser un message. Dire non ne change rien à votre place dans le groupe. Si vous changez d’avis plus tard, nous supprimons ces coordonnées.</translation>
    </message>
    <message>
        <source>Keeping your attendance history</source>
        <translation>Conserver l’historique de vos présences</translation>
    </message>
    <message>
        <source>May we note which meetings you come to? It helps us remember when you joined and see how the group is doing. If you say no, we only count how many people came, without your name. You can change your mind at any time.</source>
        <translation>Pouvons-nous noter les réunions auxquelles vous venez&#xa0;? Cela nous aide à nous souvenir de la date de votre arrivée et à voir comment va le groupe. Si vous dites non, nous comptons seulement combien de personnes sont venues, sans votre nom. Vous pouvez changer d’avis à tout moment.</translation>
    </message>
    <message>
        <source>Check-in pairs</source>
        <translation>Binômes de soutien</translation>
    </message>
    <message>
        <source>Some members like to be paired with another member to check in with each other between meetings. If you say yes, a facilitator may pair you with someone who has also said yes and tell them your first name, so the two of you can agree how to keep in touch. You can stop at any time, and your pairing ends straight away.</source>
        <translation>Certains membres aiment former un binôme avec un autre membre, pour prendre des nouvelles l’un de l’autre entre les réunions. Si vous dites oui, une personne de l’équipe d’animation peut vous associer à quelqu’un qui a aussi dit oui et lui donner votre prénom, pour que vous puissiez convenir ensemble de la façon de rester en contact. Vous pouvez arrêter à tout moment, et votre binôme prend alors fin immédiatement.</translation>
    </message>
    <message>
        <source>Example: Grounding with your senses (5-4-3-2-1)</source>
        <translation>Exemple&#xa0;: S’ancrer par les sens (5-4-3-2-1)</translation>
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
        <translation>*Ceci est un exemple fourni avec l’application, rédigé avec nos propres mots. Lisez-le en entier, modifiez ce qui ne convient pas à votre groupe, ou supprimez-le.*

Quand les émotions sont fortes, remarquer ce qui vous entoure peut vous aider à vous apaiser.

1. Cherchez **cinq** choses que vous pouvez voir.
2. Remarquez **quatre** choses que vous pouvez toucher.
3. Tendez l’oreille à **trois** choses que vous pouvez entendre.
4. Trouvez **deux** choses dont vous pouvez sentir l’odeur.
5. Nommez **une** chose dont vous pouvez sentir le goût.

Allez doucement. Il n’y a pas de bonne réponse, et vous pouvez vous arrêter à tout moment.</translation>
    </message>
    <message>
        <source>Example: Looking after yourself after a hard meeting</source>
        <translation>Exemple&#xa0;: Prendre soin de soi après une réunion difficile</translation>
    </message>
    <message>
        <source>*This is an example the app ships, written in our own words. Read it through, change what does not suit your group, or remove it.*

Sometimes a meeting stirs things up. That is normal.

- Give yourself a little time before the next task.
- Drink some water and eat something if you can.
- Do one small thing you enjoy.
- If you feel low for a while, tell someone you trust, or look at your safety plan.</source>
        <translation>*Ceci est un exemple fourni avec l’application, rédigé avec nos propres mots. Lisez-le en entier, modifiez ce qui ne convient pas à votre groupe, ou supprimez-le.*

Il arrive qu’une réunion remue des choses. C’est normal.

- Accordez-vous un peu de temps avant la tâche suivante.
- Buvez un peu d’eau et mangez quelque chose si vous le pouvez.
- Faites une petite chose qui vous fait plaisir.
- Si vous avez le moral en baisse pendant un moment, parlez-en à une personne de confiance, ou regardez votre plan de sécurité.</translation>
    </message>
    <message>
        <source>mentions feeling low</source>
        <translation>évoque le moral en baisse</translation>
    </message>
    <message>
        <source>Example: a local service (replace with one you have checked)</source>
        <translation>Exemple&#xa0;: un service local (à remplacer par un service que vous avez vérifié)</translation>
    </message>
    <message>
        <source>*This is an example the app ships, written in our own words. Read it through, change what does not suit your group, or remove it.*

Write a few words about the service here, then fill in its details from something you have checked yourself, and mark it checked.</source>
        <translation>*Ceci est un exemple fourni avec l’application, rédigé avec nos propres mots. Lisez-le en entier, modifiez ce qui ne convient pas à votre groupe, ou supprimez-le.*

Écrivez ici quelques mots sur le service, puis complétez ses coordonnées à partir d’une source que vous avez vérifiée vous-même, et marquez-le comme vérifié.</translation>
    </message>
    <message>
        <source>Describe what the service offers, in your own words.</source>
        <translation>Décrivez ce que propose le service, avec vos propres mots.</translation>
    </message>
    <message>
        <source>Add the opening hours after checking them.</source>
        <translation>Ajoutez les horaires d’ouverture après les avoir vérifiés.</translation>
    </message>
    <message>
        <source>Bus routes, parking, the nearest entrance: whatever helps people find it.</source>
        <translation>Lignes de bus, stationnement, entrée la plus proche&#xa0;: tout ce qui aide à le trouver.</translation>
    </message>
    <message>
        <source>Step-free access, hearing loop, quiet room: whatever you know.</source>
        <translation>Accès de plain-pied, boucle magnétique, salle calme&#xa0;: tout ce que vous savez.</translation>
    </message>
    <message>
        <source>Example: Notes for facilitators on content notes</source>
        <translation>Exemple&#xa0;: Notes pour l’équipe d’animation sur les avertissements de contenu</translation>
    </message>
    <message>
        <source>*This is an example the app ships, written in our own words. Read it through, change what does not suit your group, or remove it.*

A content note lets people choose when to read something difficult. Add one when a resource mentions self-harm, loss, abuse or other heavy topics, and keep it short and plain.</source>
        <translation>*Ceci est un exemple fourni avec l’application, rédigé avec nos propres mots. Lisez-le en entier, modifiez ce qui ne convient pas à votre groupe, ou supprimez-le.*

Un avertissement de contenu permet aux personnes de choisir à quel moment lire quelque chose de difficile. Ajoutez-en un quand une ressource évoque l’automutilation, le deuil, la maltraitance ou d’autres sujets lourds, et gardez-le court et simple.</translation>
    </message>
    <message>
        <source>Example: your national crisis line</source>
        <translation>Exemple&#xa0;: votre ligne d’écoute nationale</translation>
    </message>
    <message>
        <source>(add the number after checking it)</source>
        <translation>(ajoutez le numéro après l’avoir vérifié)</translation>
    </message>
    <message>
        <source>Replace this with a line you have checked yourself.</source>
        <translation>Remplacez ceci par une ligne que vous avez vérifiée vous-même.</translation>
    </message>
    <message>
        <source>Example: a local support service</source>
        <translation>Exemple&#xa0;: un service de soutien local</translation>
    </message>
</context>
<context>
    <name>CrisisLinesDialog</name>
    <message>
        <source>Crisis lines</source>
        <translation>Lignes d’écoute</translation>
    </message>
    <message>
        <source>If you are in danger right now, call your local emergency number.
You do not have to go through this alone. Any of the lines below will listen.</source>
        <translation>Si vous êtes en danger en ce moment, appelez le numéro d’urgence local.
Vous n’avez pas à traverser cela sans soutien. Chacune des lignes ci-dessous vous écoutera.</translation>
    </message>
    <message>
        <source>If you are in danger right now</source>
        <translation>Si vous êtes en danger en ce moment</translation>
    </message>
    <message>
        <source>No crisis lines have been added to this vault yet. Please ask a facilitator to add the lines for your area.</source>
        <translation>Aucune ligne d’écoute n’a encore été ajoutée à ce coffre. Demandez à une personne de l’équipe d’animation d’ajouter les lignes de votre région.</translation>
    </message>
    <message>
        <source>No crisis lines yet</source>
        <translation>Pas encore de ligne d’écoute</translation>
    </message>
    <message>
        <source>SafeSpace never calls or messages anyone. These numbers are here for you to call yourself, whenever you choose.</source>
        <translation>SafeSpace n’appelle jamais personne et n’envoie aucun message. Ces numéros sont là pour que vous appeliez vous-même, quand vous le souhaitez.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>This is an example, not a real line. A facilitator will replace it with a line they have checked.</source>
        <translation>Ceci est un exemple, pas une vraie ligne. Une personne de l’équipe d’animation la remplacera par une ligne qu’elle a vérifiée.</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Exemple</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horaires</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Vérifiée</translation>
    </message>
    <message>
        <source>Not yet verified — please check this number yourself.</source>
        <translation>Ligne pas encore vérifiée — vérifiez ce numéro vous-même.</translation>
    </message>
    <message>
        <source>Last checked %1.</source>
        <translation>Dernière vérification le %1.</translation>
    </message>
    <message>
        <source>That was over six months ago, so please check this number yourself.</source>
        <translation>C’était il y a plus de six mois&#xa0;: vérifiez ce numéro vous-même.</translation>
    </message>
</context>
<context>
    <name>CrisisLinesView</name>
    <message>
        <source>Crisis lines</source>
        <translation>Lignes d’écoute</translation>
    </message>
    <message>
        <source>Anyone at this computer can open this list with F1, even before unlocking, so it is stored without encryption on purpose. Only add public phone lines here, never anything about a person. Numbers change: call or look up each line yourself, then mark it as checked.</source>
        <translation>Toute personne devant cet ordinateur peut ouvrir cette liste avec F1, même avant de déverrouiller&#xa0;: elle est donc volontairement enregistrée sans chiffrement. N’ajoutez ici que des lignes téléphoniques publiques, jamais rien qui concerne une personne. Les numéros changent&#xa0;: appelez ou recherchez chaque ligne vous-même, puis marquez-la comme vérifiée.</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>État de la vérification</translation>
    </message>
    <message>
        <source>&amp;Lines, in the order people see them:</source>
        <translation>&amp;Lignes, dans l’ordre où on les voit&#xa0;:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horaires</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>For example: National crisis line</source>
        <translation>Par exemple&#xa0;: Ligne nationale d’écoute</translation>
    </message>
    <message>
        <source>As people should dial it</source>
        <translation>Comme on doit le composer</translation>
    </message>
    <message>
        <source>For example: Every day, 24 hours</source>
        <translation>Par exemple&#xa0;: Tous les jours, 24 h/24</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>H&amp;ours:</source>
        <translation>&amp;Horaires&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add as a new line</source>
        <translation>&amp;Ajouter comme nouvelle ligne</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Mark as checked today</source>
        <translation>&amp;Marquer comme vérifiée aujourd’hui</translation>
    </message>
    <message>
        <source>&amp;Delete line</source>
        <translation>&amp;Supprimer la ligne</translation>
    </message>
    <message>
        <source>&amp;Clear the form</source>
        <translation>&amp;Vider le formulaire</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Show the saved version of this line instead of what you typed</source>
        <translation>Afficher la version enregistrée de cette ligne au lieu de ce que vous avez tapé</translation>
    </message>
    <message>
        <source>Add or edit a line</source>
        <translation>Ajouter ou modifier une ligne</translation>
    </message>
</context>
<context>
    <name>DebriefPanel</name>
    <message>
        <source>A debrief for you</source>
        <translation>Un bilan pour vous</translation>
    </message>
    <message>
        <source>About the debrief</source>
        <translation>À propos du bilan</translation>
    </message>
    <message>
        <source>&amp;Write a debrief…</source>
        <translation>É&amp;crire un bilan…</translation>
    </message>
    <message>
        <source>Write a debrief in my reflections</source>
        <translation>Écrire un bilan dans mes réflexions</translation>
    </message>
    <message>
        <source>N&amp;ot now</source>
        <translation>Pas &amp;maintenant</translation>
    </message>
    <message>
        <source>Not now, no debrief</source>
        <translation>Pas maintenant, pas de bilan</translation>
    </message>
    <message>
        <source>Your debrief</source>
        <translation>Votre bilan</translation>
    </message>
    <message>
        <source>Your &amp;debrief (only you can open it):</source>
        <translation>Votre &amp;bilan (personne d’autre que vous ne peut l’ouvrir)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Keep it in my reflections</source>
        <translation>&amp;Le garder dans mes réflexions</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <source>Add the &amp;first member</source>
        <translation>Ajouter le &amp;premier membre</translation>
    </message>
    <message>
        <source>No one on the roster yet.</source>
        <translation>La liste des membres est encore vide.</translation>
    </message>
    <message>
        <source>Add the first member to start your group&apos;s roster. An alias or a first name is enough, and only facilitators can see it.</source>
        <translation>Ajoutez le premier membre pour commencer la liste des membres de votre groupe. Un pseudonyme ou un prénom suffit, et seule l’équipe d’animation peut le voir.</translation>
    </message>
    <message>
        <source>Nobody chosen</source>
        <translation>Aucune personne choisie</translation>
    </message>
    <message>
        <source>Choose someone in the list to see and edit their details, or add a new member.</source>
        <translation>Choisissez quelqu’un dans la liste pour voir et modifier ses informations, ou ajoutez un nouveau membre.</translation>
    </message>
</context>
<context>
    <name>DevicesView</name>
    <message>
        <source>Facilitators and devices</source>
        <translation>Équipe d’animation et appareils</translation>
    </message>
    <message>
        <source>Everyone listed here can open the group&apos;s records. When a facilitator leaves, or a computer with the group on it is lost, remove them: the group moves to a new key that only the remaining facilitators receive.</source>
        <translation>Toutes les personnes listées ici peuvent ouvrir les dossiers du groupe. Quand une personne quitte l’équipe d’animation, ou qu’un ordinateur contenant le groupe est perdu, retirez-les&#xa0;: le groupe passe à une nouvelle clé que seules les personnes restantes de l’équipe d’animation reçoivent.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Équipe d’animation</translation>
    </message>
    <message>
        <source>&amp;Facilitators:</source>
        <translation>Équipe d’&amp;animation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Remove from the group…</source>
        <translation>&amp;Retirer du groupe…</translation>
    </message>
    <message>
        <source>Remove the chosen facilitator from the group</source>
        <translation>Retirer du groupe la personne choisie</translation>
    </message>
    <message>
        <source>Computers</source>
        <translation>Ordinateurs</translation>
    </message>
    <message>
        <source>C&amp;omputers that sync with this group:</source>
        <translation>&amp;Ordinateurs qui se synchronisent avec ce groupe&#xa0;:</translation>
    </message>
    <message>
        <source>Remove this &amp;computer…</source>
        <translation>Retirer cet &amp;ordinateur…</translation>
    </message>
    <message>
        <source>Remove the chosen computer from the group</source>
        <translation>Retirer du groupe l’ordinateur choisi</translation>
    </message>
    <message>
        <source>After someone is removed, the other facilitators&apos; computers need the new group key before they can read new sync files. Save a key file and put it next to the sync file (on the stick or in the shared folder). It is locked so that only the remaining facilitators can use it.</source>
        <translation>Après un retrait, les ordinateurs des autres personnes de l’équipe d’animation ont besoin de la nouvelle clé du groupe pour lire les nouveaux fichiers de synchronisation. Enregistrez un fichier de clé et placez-le à côté du fichier de synchronisation (sur la clé USB ou dans le dossier partagé). Il est verrouillé pour que seules les personnes restantes de l’équipe d’animation puissent l’utiliser.</translation>
    </message>
    <message>
        <source>&amp;Save a key file for other computers…</source>
        <translation>&amp;Enregistrer un fichier de clé pour les autres ordinateurs…</translation>
    </message>
    <message>
        <source>&amp;Open a key file from a facilitator…</source>
        <translation>Ou&amp;vrir un fichier de clé reçu de l’équipe d’animation…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>The group key</source>
        <translation>La clé du groupe</translation>
    </message>
</context>
<context>
    <name>DraftBanner</name>
    <message>
        <source>Unsaved changes from before the app locked</source>
        <translation>Modifications non enregistrées d’avant le verrouillage</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Restore my unsaved changes</source>
        <translation>Restaurer mes modifications non enregistrées</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Discard my unsaved changes</source>
        <translation>Abandonner mes modifications non enregistrées</translation>
    </message>
</context>
<context>
    <name>DraftCard</name>
    <message>
        <source>Welcome back</source>
        <translation>Bon retour</translation>
    </message>
    <message>
        <source>Unfinished entry</source>
        <translation>Entrée inachevée</translation>
    </message>
    <message>
        <source>It was kept sealed while you were away. Nobody else could read it.</source>
        <translation>Elle est restée scellée pendant votre absence. Personne d’autre n’a pu la lire.</translation>
    </message>
    <message>
        <source>&amp;Continue it</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>&amp;Discard it</source>
        <translation>&amp;Abandonner</translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <source>Not saved yet.</source>
        <translation>Pas encore enregistrée.</translation>
    </message>
    <message>
        <source>Not saved yet. A sealed draft was kept at %1.</source>
        <translation>Pas encore enregistrée. Un brouillon scellé a été gardé à %1.</translation>
    </message>
    <message>
        <source>Not saved yet, and no draft could be kept: %1</source>
        <translation>Pas encore enregistrée, et aucun brouillon n’a pu être gardé&#xa0;: %1</translation>
    </message>
    <message>
        <source>You have an unfinished entry from %1. Would you like to continue it?</source>
        <translation>Vous avez une entrée inachevée (%1). Voulez-vous la reprendre&#xa0;?</translation>
    </message>
    <message>
        <source>Not saved yet (brought back from your draft).</source>
        <translation>Pas encore enregistrée (reprise depuis votre brouillon).</translation>
    </message>
    <message>
        <source>The unfinished entry was discarded.</source>
        <translation>L’entrée inachevée a été abandonnée.</translation>
    </message>
</context>
<context>
    <name>EditableList</name>
    <message>
        <source>Nothing here yet.</source>
        <translation>Rien ici pour l’instant.</translation>
    </message>
    <message>
        <source>Double-click or press F2 to change a line. Delete removes it; Ctrl+Up and Ctrl+Down move it.</source>
        <translation>Double-cliquez ou appuyez sur F2 pour modifier une ligne. Suppr la retire&#xa0;; Ctrl+Haut et Ctrl+Bas la déplacent.</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move up: %1</source>
        <translation>Monter&#xa0;: %1</translation>
    </message>
    <message>
        <source>Move the chosen line up (Ctrl+Up)</source>
        <translation>Monter la ligne choisie (Ctrl+Haut)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move down: %1</source>
        <translation>Descendre&#xa0;: %1</translation>
    </message>
    <message>
        <source>Move the chosen line down (Ctrl+Down)</source>
        <translation>Descendre la ligne choisie (Ctrl+Bas)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove a line from: %1</source>
        <translation>Retirer une ligne de&#xa0;: %1</translation>
    </message>
    <message>
        <source>Remove the chosen line (Delete)</source>
        <translation>Retirer la ligne choisie (Suppr)</translation>
    </message>
    <message>
        <source>Type a line, then press Enter</source>
        <translation>Tapez une ligne, puis appuyez sur Entrée</translation>
    </message>
    <message>
        <source>New line for: %1</source>
        <translation>Nouvelle ligne pour&#xa0;: %1</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add to: %1</source>
        <translation>Ajouter à&#xa0;: %1</translation>
    </message>
    <message>
        <source>This part is full</source>
        <translation>Cette partie est pleine</translation>
    </message>
</context>
<context>
    <name>EditorPanel</name>
    <message>
        <source>New resource</source>
        <translation>Nouvelle ressource</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Who can read it</source>
        <translation>Qui peut la lire</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Étiquettes, séparées par des virgules</translation>
    </message>
    <message>
        <source>Content note</source>
        <translation>Avertissement de contenu</translation>
    </message>
    <message>
        <source>For example: mentions self-harm</source>
        <translation>Par exemple&#xa0;: parle d’automutilation</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Light formatting: *italic*, **bold**, lists starting with - or 1.</source>
        <translation>Mise en forme simple&#xa0;: *italique*, **gras**, listes commençant par - ou 1.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Who can read it:</source>
        <translation>&amp;Qui peut la lire&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>É&amp;tiquettes&#xa0;:</translation>
    </message>
    <message>
        <source>Content &amp;note:</source>
        <translation>Avertissement de &amp;contenu&#xa0;:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xte&#xa0;:</translation>
    </message>
    <message>
        <source>Service details</source>
        <translation>Informations sur le service</translation>
    </message>
    <message>
        <source>What it offers</source>
        <translation>Ce que ça propose</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Horaires d’ouverture</translation>
    </message>
    <message>
        <source>How to get there</source>
        <translation>Comment s’y rendre</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Accessibilité</translation>
    </message>
    <message>
        <source>What it &amp;offers:</source>
        <translation>Ce que ça pr&amp;opose&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Télé&amp;phone&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dresse&#xa0;:</translation>
    </message>
    <message>
        <source>Opening &amp;hours:</source>
        <translation>&amp;Horaires d’ouverture&#xa0;:</translation>
    </message>
    <message>
        <source>How to &amp;get there:</source>
        <translation>Comment s’y &amp;rendre&#xa0;:</translation>
    </message>
    <message>
        <source>Acc&amp;essibility:</source>
        <translation>Acc&amp;essibilité&#xa0;:</translation>
    </message>
    <message>
        <source>Details &amp;checked on</source>
        <translation>Informations &amp;vérifiées le</translation>
    </message>
    <message>
        <source>Details checked</source>
        <translation>Informations vérifiées</translation>
    </message>
    <message>
        <source>Date the details were checked</source>
        <translation>Date de vérification des informations</translation>
    </message>
    <message>
        <source>Check again after, in months</source>
        <translation>Vérifier à nouveau après, en mois</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>Check a&amp;gain after:</source>
        <translation>Vérifier à nouvea&amp;u après&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save resource</source>
        <translation>Enregistrer la ressource</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Annuler la modification</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Show the saved version of this resource instead of what you typed</source>
        <translation>Afficher la version enregistrée de cette ressource au lieu de ce que vous avez tapé</translation>
    </message>
    <message>
        <source>Edit resource</source>
        <translation>Modifier la ressource</translation>
    </message>
    <message>
        <source>Contact details (optional)</source>
        <translation>Coordonnées (facultatif)</translation>
    </message>
</context>
<context>
    <name>EnrolActions</name>
    <message>
        <source>%1 is on the roster. Welcome!</source>
        <translation>%1 figure maintenant sur la liste. Bienvenue&#xa0;!</translation>
    </message>
</context>
<context>
    <name>EnrolmentWizard</name>
    <message>
        <source>Wording version %1</source>
        <translation>Texte version %1</translation>
    </message>
    <message>
        <source>Enrol a newcomer</source>
        <translation>Inscrire une nouvelle personne</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>&amp;Inscrire</translation>
    </message>
</context>
<context>
    <name>EntryEditing</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>You have changes that are not saved yet. Save them first?</source>
        <translation>Certaines modifications ne sont pas encore enregistrées. Les enregistrer d’abord&#xa0;?</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistrée.</translation>
    </message>
    <message>
        <source>Entry saved.</source>
        <translation>Entrée enregistrée.</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Supprimer l’entrée</translation>
    </message>
    <message>
        <source>Delete the entry for %1? It will be gone for good and cannot be undone.</source>
        <translation>Supprimer l’entrée du %1&#xa0;? Elle disparaîtra pour de bon, sans retour possible.</translation>
    </message>
    <message>
        <source>Entry deleted.</source>
        <translation>Entrée supprimée.</translation>
    </message>
</context>
<context>
    <name>EntryListPanel</name>
    <message>
        <source>Search your journal</source>
        <translation>Chercher dans votre journal</translation>
    </message>
    <message>
        <source>Search entries</source>
        <translation>Chercher dans les entrées</translation>
    </message>
    <message>
        <source>Search as you type (Ctrl+F)</source>
        <translation>Recherche au fil de la frappe (Ctrl+F)</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation>C&amp;hercher&#xa0;:</translation>
    </message>
    <message>
        <source>L&amp;ist</source>
        <translation>L&amp;iste</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>&amp;Calendrier</translation>
    </message>
    <message>
        <source>Show entries as a list</source>
        <translation>Afficher les entrées sous forme de liste</translation>
    </message>
    <message>
        <source>Pick a day on a calendar</source>
        <translation>Choisir un jour dans un calendrier</translation>
    </message>
    <message>
        <source>Filte&amp;rs</source>
        <translation>Filt&amp;res</translation>
    </message>
    <message>
        <source>Journal entries, newest first</source>
        <translation>Entrées du journal, les plus récentes d’abord</translation>
    </message>
    <message>
        <source>Number of entries shown</source>
        <translation>Nombre d’entrées affichées</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 of %2 match</source>
        <translation>%1 sur %2 correspondent</translation>
    </message>
    <message>
        <source>Filte&amp;rs (%1 on)</source>
        <translation>Filt&amp;res (%1 actifs)</translation>
    </message>
    <message>
        <source>%1 filters are on</source>
        <translation>%1 filtres sont actifs</translation>
    </message>
    <message>
        <source>No filters are on</source>
        <translation>Aucun filtre n’est actif</translation>
    </message>
    <message>
        <source>Opening your journal…</source>
        <translation>Ouverture de votre journal…</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>That file is no longer there. Please choose it again.</source>
        <translation>Ce fichier n’est plus là. Choisissez-le à nouveau.</translation>
    </message>
    <message>
        <source>That file can&apos;t be read. Please check it opens, then try again.</source>
        <translation>Impossible de lire ce fichier. Vérifiez qu’il s’ouvre, puis réessayez.</translation>
    </message>
    <message>
        <source>That file is about %2 MB, and attachments can be up to %1 MB. A smaller copy (for example a scan at a lower resolution, or the pages you need) will fit.</source>
        <translation>Ce fichier fait environ %2 Mo, et les pièces jointes sont limitées à %1 Mo. Une copie plus légère (par exemple un scan en plus basse résolution, ou seulement les pages utiles) passera.</translation>
    </message>
    <message>
        <source>That file is empty, so there is nothing to attach.</source>
        <translation>Ce fichier est vide&#xa0;: il n’y a rien à joindre.</translation>
    </message>
    <message>
        <source>SafeSpace can keep PDFs, pictures (PNG, JPEG, GIF, WebP) and plain text files. That file is another kind, so it was not added. Saving it as a PDF first usually works.</source>
        <translation>SafeSpace peut garder des PDF, des images (PNG, JPEG, GIF, WebP) et des fichiers texte simples. Ce fichier est d’un autre type&#xa0;: il n’a donc pas été ajouté. L’enregistrer d’abord en PDF fonctionne en général.</translation>
    </message>
    <message>
        <source>That file changed while it was being added, so it was not kept. Please try again once it has finished saving.</source>
        <translation>Ce fichier a changé pendant son ajout&#xa0;: il n’a donc pas été gardé. Réessayez quand il aura fini d’être enregistré.</translation>
    </message>
    <message>
        <source>This kind of file can&apos;t be shown inside SafeSpace. You can save a copy instead.</source>
        <translation>Ce type de fichier ne peut pas être affiché dans SafeSpace. Vous pouvez plutôt en enregistrer une copie.</translation>
    </message>
    <message>
        <source>This text is over %1 MB, too long to show here comfortably. You can save a copy instead.</source>
        <translation>Ce texte dépasse %1 Mo&#xa0;: il est trop long pour être affiché confortablement ici. Vous pouvez plutôt en enregistrer une copie.</translation>
    </message>
    <message>
        <source>There isn&apos;t enough space there for the copy. Nothing was saved; please free some space or choose another place.</source>
        <translation>Il n’y a pas assez de place à cet endroit pour la copie. Rien n’a été enregistré&#xa0;; libérez de la place ou choisissez un autre endroit.</translation>
    </message>
    <message>
        <source>That place can&apos;t be written to (it may be read-only). Nothing was saved; please choose another place.</source>
        <translation>Impossible d’écrire à cet endroit (il est peut-être en lecture seule). Rien n’a été enregistré&#xa0;; choisissez un autre endroit.</translation>
    </message>
    <message>
        <source>The copy could not be saved there. Nothing was left behind; please try again or choose another place.</source>
        <translation>La copie n’a pas pu être enregistrée à cet endroit. Rien n’est resté en route&#xa0;; réessayez ou choisissez un autre endroit.</translation>
    </message>
    <message>
        <source>That attachment is no longer there.</source>
        <translation>Cette pièce jointe n’est plus là.</translation>
    </message>
    <message>
        <source>This attachment&apos;s file has not reached this computer yet. It comes with the next sync that includes attachments.</source>
        <translation>Le fichier de cette pièce jointe n’est pas encore arrivé sur cet ordinateur. Il viendra avec la prochaine synchronisation qui inclut les pièces jointes.</translation>
    </message>
    <message>
        <source>This file is not a SafeSpace backup. Nothing was changed.</source>
        <translation>Ce fichier n’est pas une sauvegarde SafeSpace. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>This backup is damaged, so it can&apos;t be used. Nothing was changed. Please choose another backup (an older one is often fine).</source>
        <translation>Cette sauvegarde est abîmée&#xa0;: elle ne peut pas être utilisée. Rien n’a été modifié. Choisissez une autre sauvegarde (une plus ancienne convient souvent).</translation>
    </message>
    <message>
        <source>%1 records in this backup did not pass their check, so it can&apos;t be trusted for a restore. Nothing was changed. Please choose another backup.</source>
        <translation>%1 dossiers de cette sauvegarde n’ont pas passé leur vérification&#xa0;: on ne peut donc pas s’y fier pour une restauration. Rien n’a été modifié. Choisissez une autre sauvegarde.</translation>
    </message>
    <message>
        <source>This backup could not be read. If it is on a USB stick, check that the stick is plugged in, then try again. Nothing was changed.</source>
        <translation>Impossible de lire cette sauvegarde. Si elle se trouve sur une clé USB, vérifiez que la clé est branchée, puis réessayez. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of SafeSpace. Please update SafeSpace on this computer first. Nothing was changed.</source>
        <translation>Cette sauvegarde a été créée par une version plus récente de SafeSpace. Mettez d’abord SafeSpace à jour sur cet ordinateur. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>This backup belongs to a different vault, so it can&apos;t replace this one. Nothing was changed.</source>
        <translation>Cette sauvegarde appartient à un autre coffre&#xa0;: elle ne peut pas remplacer celui-ci. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The backup could not be written there (is the disk full, or the stick write-protected?). Nothing was changed.</source>
        <translation>La sauvegarde n’a pas pu être écrite à cet endroit (le disque est-il plein, ou la clé USB protégée en écriture&#xa0;?). Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>SafeSpace is open with this data folder. Please close it first, then try again. Nothing was changed.</source>
        <translation>SafeSpace est ouvert avec ce dossier de données. Fermez-le d’abord, puis réessayez. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The vault file could not be found. Nothing was changed.</source>
        <translation>Le fichier du coffre est introuvable. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Please fill this in.</source>
        <translation>Merci de remplir ce champ.</translation>
    </message>
    <message>
        <source>Please keep this under %1 characters.</source>
        <translation>Merci de rester sous %1 caractères.</translation>
    </message>
    <message>
        <source>Please choose one of the options.</source>
        <translation>Merci de choisir l’une des options.</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>La date ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>Please choose a later date.</source>
        <translation>Merci de choisir une date plus tardive.</translation>
    </message>
    <message>
        <source>Please enter a whole number.</source>
        <translation>Merci de saisir un nombre entier.</translation>
    </message>
    <message>
        <source>Please choose a number from %1 to %2.</source>
        <translation>Merci de choisir un nombre entre %1 et %2.</translation>
    </message>
    <message>
        <source>The number who agreed cannot be more than the number present.</source>
        <translation>Le nombre de personnes d’accord ne peut pas dépasser le nombre de personnes présentes.</translation>
    </message>
    <message>
        <source>Please adopt an agreement before recording agreement to it.</source>
        <translation>Adoptez d’abord une charte avant de noter l’accord des personnes.</translation>
    </message>
    <message>
        <source>There is no version %1 in this vault.</source>
        <translation>Il n’y a pas de version %1 dans ce coffre.</translation>
    </message>
    <message>
        <source>This is an example. Please edit it with a line you have checked, then mark it as checked.</source>
        <translation>Ceci est un exemple. Remplacez-le par une ligne que vous avez vérifiée, puis marquez-la comme vérifiée.</translation>
    </message>
    <message>
        <source>Please choose two different people.</source>
        <translation>Merci de choisir deux personnes différentes.</translation>
    </message>
    <message>
        <source>Only active members who agreed to check-in pairs can be paired.</source>
        <translation>Seuls les membres actifs qui ont accepté les binômes de soutien peuvent être mis en binôme.</translation>
    </message>
    <message>
        <source>Please show the confidentiality statement before the consent choices.</source>
        <translation>Montrez la déclaration de confidentialité avant les choix de consentement.</translation>
    </message>
    <message>
        <source>Contact details can only be kept when the person has agreed to be contacted between meetings.</source>
        <translation>Les coordonnées ne peuvent être gardées que si la personne a accepté d’être contactée entre les réunions.</translation>
    </message>
    <message>
        <source>This does not look right. Please check it.</source>
        <translation>Cela ne semble pas correct. Merci de vérifier.</translation>
    </message>
    <message>
        <source>Please keep each line under %1 characters.</source>
        <translation>Merci de garder chaque ligne sous %1 caractères.</translation>
    </message>
    <message>
        <source>This section can hold up to %1 lines.</source>
        <translation>Cette section peut contenir jusqu’à %1 lignes.</translation>
    </message>
    <message>
        <source>Please keep each one under %1 characters.</source>
        <translation>Merci de garder chacune sous %1 caractères.</translation>
    </message>
    <message>
        <source>Please use at most %1 of these on one entry.</source>
        <translation>Merci d’en utiliser au plus %1 sur une même entrée.</translation>
    </message>
    <message>
        <source>Part of this text is damaged (this can happen when copying from another program), so it can&apos;t be saved. Please delete it and type it again.</source>
        <translation>Une partie de ce texte est abîmée (cela peut arriver en copiant depuis un autre programme)&#xa0;: il ne peut donc pas être enregistré. Effacez-la et tapez-la à nouveau.</translation>
    </message>
    <message>
        <source>A vault already exists at that location.</source>
        <translation>Un coffre existe déjà à cet endroit.</translation>
    </message>
    <message>
        <source>Please enter a name.</source>
        <translation>Merci de saisir un nom.</translation>
    </message>
    <message>
        <source>Please give it a title.</source>
        <translation>Merci de lui donner un titre.</translation>
    </message>
    <message>
        <source>Please write the text first.</source>
        <translation>Merci d’écrire d’abord le texte.</translation>
    </message>
    <message>
        <source>Please write something, or choose a mood, first.</source>
        <translation>Merci d’écrire quelque chose, ou de choisir une humeur, d’abord.</translation>
    </message>
    <message>
        <source>Please add the phone number before marking it.</source>
        <translation>Merci d’ajouter le numéro de téléphone avant de la marquer.</translation>
    </message>
    <message>
        <source>Please give this vault a label for the vault list.</source>
        <translation>Merci de donner à ce coffre un nom pour la liste des coffres.</translation>
    </message>
    <message>
        <source>Please enter the group&apos;s name.</source>
        <translation>Merci de saisir le nom du groupe.</translation>
    </message>
    <message>
        <source>Please choose a handle: a nickname only you will type.</source>
        <translation>Merci de choisir un pseudo&#xa0;: un surnom que vous serez la seule personne à taper.</translation>
    </message>
    <message>
        <source>Please keep the name under %1 characters.</source>
        <translation>Merci de garder le nom sous %1 caractères.</translation>
    </message>
    <message>
        <source>Please keep pronouns under %1 characters.</source>
        <translation>Merci de garder les pronoms sous %1 caractères.</translation>
    </message>
    <message>
        <source>Please keep the note under %1 characters.</source>
        <translation>Merci de garder la note sous %1 caractères.</translation>
    </message>
    <message>
        <source>Please keep access needs under %1 characters.</source>
        <translation>Merci de garder les besoins d’accessibilité sous %1 caractères.</translation>
    </message>
    <message>
        <source>Please keep the best time under %1 characters.</source>
        <translation>Merci de garder le meilleur moment sous %1 caractères.</translation>
    </message>
    <message>
        <source>Please keep the email address under %1 characters.</source>
        <translation>Merci de garder l’adresse e-mail sous %1 caractères.</translation>
    </message>
    <message>
        <source>Please keep the phone number under %1 characters.</source>
        <translation>Merci de garder le numéro de téléphone sous %1 caractères.</translation>
    </message>
    <message>
        <source>Please keep the opening hours under %1 characters.</source>
        <translation>Merci de garder les horaires d’ouverture sous %1 caractères.</translation>
    </message>
    <message>
        <source>Please keep the title under %1 characters.</source>
        <translation>Merci de garder le titre sous %1 caractères.</translation>
    </message>
    <message>
        <source>Please keep the text under %1 characters.</source>
        <translation>Merci de garder le texte sous %1 caractères.</translation>
    </message>
    <message>
        <source>This is very long. Please keep it under %1 characters.</source>
        <translation>C’est très long. Merci de rester sous %1 caractères.</translation>
    </message>
    <message>
        <source>Please keep the prompt under %1 characters.</source>
        <translation>Merci de garder la piste sous %1 caractères.</translation>
    </message>
    <message>
        <source>Please keep the handle under %1 characters.</source>
        <translation>Merci de garder le pseudo sous %1 caractères.</translation>
    </message>
    <message>
        <source>That email address does not look complete (it needs a name, @ and a domain).</source>
        <translation>Cette adresse e-mail ne semble pas complète (il faut un nom, un @ et un domaine).</translation>
    </message>
    <message>
        <source>A phone number may hold digits, spaces, +, -, brackets and an extension.</source>
        <translation>Un numéro de téléphone peut contenir des chiffres, des espaces, +, -, des parenthèses et un numéro de poste.</translation>
    </message>
    <message>
        <source>Please choose member, co-facilitator or facilitator.</source>
        <translation>Merci de choisir membre, co-animation ou animation.</translation>
    </message>
    <message>
        <source>Please choose active, paused or left.</source>
        <translation>Merci de choisir actif, en pause ou parti.</translation>
    </message>
    <message>
        <source>Please choose access needs from the list.</source>
        <translation>Merci de choisir les besoins d’accessibilité dans la liste.</translation>
    </message>
    <message>
        <source>Please answer yes or no.</source>
        <translation>Merci de répondre oui ou non.</translation>
    </message>
    <message>
        <source>Please say whether consent was given in person or on paper.</source>
        <translation>Merci d’indiquer si le consentement a été donné en personne ou sur papier.</translation>
    </message>
    <message>
        <source>There is no template with that name.</source>
        <translation>Il n’y a pas de modèle portant ce nom.</translation>
    </message>
    <message>
        <source>The joining date cannot be in the future.</source>
        <translation>La date d’arrivée ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>The adoption date cannot be in the future.</source>
        <translation>La date d’adoption ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>The meeting date cannot be in the future.</source>
        <translation>La date de la réunion ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>The date consent was given cannot be in the future.</source>
        <translation>La date du consentement ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>Please choose today or an earlier day.</source>
        <translation>Merci de choisir aujourd’hui ou un jour passé.</translation>
    </message>
    <message>
        <source>Please enter between %1 and %2 people present.</source>
        <translation>Merci d’indiquer entre %1 et %2 personnes présentes.</translation>
    </message>
    <message>
        <source>Mood is a number from %1 to %2.</source>
        <translation>L’humeur est un nombre de %1 à %2.</translation>
    </message>
    <message>
        <source>Months are %1 to %2.</source>
        <translation>Les mois vont de %1 à %2.</translation>
    </message>
    <message>
        <source>Please choose between %1 and %2 months.</source>
        <translation>Merci de choisir entre %1 et %2 mois.</translation>
    </message>
    <message>
        <source>Auto-lock must be between 30 seconds and 60 minutes.</source>
        <translation>Le verrouillage automatique doit se situer entre 30 secondes et 60 minutes.</translation>
    </message>
    <message>
        <source>There is no version %1 of the agreement.</source>
        <translation>Il n’y a pas de version %1 de la charte.</translation>
    </message>
    <message>
        <source>That version of the wording does not exist.</source>
        <translation>Cette version du texte n’existe pas.</translation>
    </message>
    <message>
        <source>Please enter an alias or first name.</source>
        <translation>Merci de saisir un pseudonyme ou un prénom.</translation>
    </message>
    <message>
        <source>Please give the line a name.</source>
        <translation>Merci de donner un nom à la ligne.</translation>
    </message>
    <message>
        <source>Please give the template a name.</source>
        <translation>Merci de donner un nom au modèle.</translation>
    </message>
    <message>
        <source>Please write the prompt.</source>
        <translation>Merci d’écrire la piste.</translation>
    </message>
    <message>
        <source>Please give the agreement a title.</source>
        <translation>Merci de donner un titre à la charte.</translation>
    </message>
    <message>
        <source>The agreement is empty. Please write at least one line.</source>
        <translation>La charte est vide. Écrivez au moins une ligne.</translation>
    </message>
    <message>
        <source>Please keep the agreement under %1 characters.</source>
        <translation>Merci de garder la charte sous %1 caractères.</translation>
    </message>
    <message>
        <source>Please give the text a short title.</source>
        <translation>Merci de donner un titre court au texte.</translation>
    </message>
    <message>
        <source>Please write the text people will be shown.</source>
        <translation>Merci d’écrire le texte qui sera montré aux personnes.</translation>
    </message>
    <message>
        <source>This template is too long (the limit is %1 characters).</source>
        <translation>Ce modèle est trop long (la limite est de %1 caractères).</translation>
    </message>
    <message>
        <source>This entry is very long. Please split it into two.</source>
        <translation>Cette entrée est très longue. Merci de la diviser en deux.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB; a sign-up list is much smaller.</source>
        <translation>Le fichier fait plus de %1 Mo&#xa0;; une liste d’inscription est bien plus petite.</translation>
    </message>
    <message>
        <source>The file says it is UTF-16 text but cannot be read.</source>
        <translation>Le fichier se présente comme du texte UTF-16, mais il ne peut pas être lu.</translation>
    </message>
    <message>
        <source>This row is not readable text. Save the sheet as “CSV UTF-8” and try again.</source>
        <translation>Cette ligne n’est pas du texte lisible. Enregistrez la feuille en «&#xa0;CSV UTF-8&#xa0;» et réessayez.</translation>
    </message>
    <message>
        <source>This row is saved in a different text encoding from the rest of the file. Save the sheet as “CSV UTF-8” and try again.</source>
        <translation>Cette ligne est enregistrée dans un autre encodage que le reste du fichier. Enregistrez la feuille en «&#xa0;CSV UTF-8&#xa0;» et réessayez.</translation>
    </message>
    <message>
        <source>The file holds binary data; it is not a CSV sheet.</source>
        <translation>Le fichier contient des données binaires&#xa0;: ce n’est pas une feuille CSV.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The file has more than %1 rows.</source>
        <translation>Le fichier contient plus de %1 lignes.</translation>
    </message>
    <message>
        <source>This row cannot be read (a quote is never closed).</source>
        <translation>Cette ligne ne peut pas être lue (un guillemet n’est jamais fermé).</translation>
    </message>
    <message>
        <source>The first row looks like a person&apos;s details, not column titles. Add a header row (for example Name, Pronouns, Phone, Email, Notes).</source>
        <translation>La première ligne ressemble aux informations d’une personne, pas à des titres de colonnes. Ajoutez une ligne d’en-tête (par exemple Nom, Pronoms, Téléphone, E-mail, Notes).</translation>
    </message>
    <message>
        <source>This row has %1 cells but the header has %2. Check for a stray comma or a missing quote.</source>
        <translation>Cette ligne a %1 cellules mais l’en-tête en a %2. Cherchez une virgule en trop ou un guillemet manquant.</translation>
    </message>
    <message>
        <source>There is no column called “%1” in the header row.</source>
        <translation>Il n’y a pas de colonne appelée «&#xa0;%1&#xa0;» dans la ligne d’en-tête.</translation>
    </message>
    <message>
        <source>More than one column is called “%1”.</source>
        <translation>Plusieurs colonnes s’appellent «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Please choose which column holds the name.</source>
        <translation>Merci de choisir la colonne qui contient le nom.</translation>
    </message>
    <message>
        <source>The consent column should say yes or no (or be left empty for no).</source>
        <translation>La colonne de consentement doit indiquer oui ou non (ou rester vide pour non).</translation>
    </message>
    <message>
        <source>Contact details without a tick in the consent column: they cannot be kept. Remove them, or tick the column if the person agreed on paper.</source>
        <translation>Coordonnées sans coche dans la colonne de consentement&#xa0;: elles ne peuvent pas être gardées. Retirez-les, ou cochez la colonne si la personne a donné son accord sur papier.</translation>
    </message>
    <message>
        <source>Contact details, but the sheet has no consent column: they can only be kept when the person agreed. Map the consent column or remove them.</source>
        <translation>Coordonnées présentes, mais la feuille n’a pas de colonne de consentement&#xa0;: elles ne peuvent être gardées que si la personne a donné son accord. Associez la colonne de consentement ou retirez-les.</translation>
    </message>
    <message>
        <source>Someone on the roster is also called “%1”. That is allowed; an initial may help tell them apart.</source>
        <translation>Une personne de la liste s’appelle aussi «&#xa0;%1&#xa0;». C’est permis&#xa0;; une initiale peut aider à les distinguer.</translation>
    </message>
    <message>
        <source>Someone in row %2 is also called “%1”. That is allowed; an initial may help tell them apart.</source>
        <translation>Une personne à la ligne %2 s’appelle aussi «&#xa0;%1&#xa0;». C’est permis&#xa0;; une initiale peut aider à les distinguer.</translation>
    </message>
    <message>
        <source>The file has a header row but no people in it.</source>
        <translation>Le fichier a une ligne d’en-tête mais aucune personne.</translation>
    </message>
    <message>
        <source>This file cannot be imported: it is not a well-formed sheet. Nothing was saved.</source>
        <translation>Impossible d’importer ce fichier&#xa0;: ce n’est pas une feuille correctement formée. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Some rows have problems (rows %1). Fix them, or import only the rows without problems. Nothing was saved.</source>
        <translation>Certaines lignes posent problème (lignes %1). Corrigez-les, ou importez seulement les lignes sans problème. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Row %1: %2 Nothing was saved.</source>
        <translation>Ligne %1&#xa0;: %2 Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Row %1 has contact details without consent. Nothing was saved.</source>
        <translation>La ligne %1 contient des coordonnées sans consentement. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>No name: every row needs a first name or alias.</source>
        <translation>Pas de nom&#xa0;: chaque ligne doit avoir un prénom ou un pseudonyme.</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation>Le nom dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>The pronouns are longer than %1 characters.</source>
        <translation>Les pronoms dépassent %1 caractères.</translation>
    </message>
    <message>
        <source>The notes are longer than %1 characters.</source>
        <translation>Les notes dépassent %1 caractères.</translation>
    </message>
    <message>
        <source>That is no longer there.</source>
        <translation>Cet élément n’est plus là.</translation>
    </message>
    <message>
        <source>This file is not a SafeSpace vault.</source>
        <translation>Ce fichier n’est pas un coffre SafeSpace.</translation>
    </message>
    <message>
        <source>That member is no longer on the roster.</source>
        <translation>Ce membre n’est plus sur la liste.</translation>
    </message>
    <message>
        <source>There is no adopted agreement yet.</source>
        <translation>Aucune charte n’est encore adoptée.</translation>
    </message>
    <message>
        <source>That draft is no longer there (it was adopted or discarded).</source>
        <translation>Ce brouillon n’est plus là (il a été adopté ou abandonné).</translation>
    </message>
    <message>
        <source>That crisis line is no longer in the list.</source>
        <translation>Cette ligne d’écoute n’est plus dans la liste.</translation>
    </message>
    <message>
        <source>That check-in pair has already ended.</source>
        <translation>Ce binôme de soutien a déjà pris fin.</translation>
    </message>
    <message>
        <source>That prompt is not in the library.</source>
        <translation>Cette piste n’est pas dans la bibliothèque.</translation>
    </message>
    <message>
        <source>That template no longer exists.</source>
        <translation>Ce modèle n’existe plus.</translation>
    </message>
    <message>
        <source>That group prompt was withdrawn.</source>
        <translation>Cette piste du groupe a été retirée.</translation>
    </message>
    <message>
        <source>That entry is no longer in your journal.</source>
        <translation>Cette entrée n’est plus dans votre journal.</translation>
    </message>
    <message>
        <source>There is no active consent for that purpose to withdraw.</source>
        <translation>Il n’y a pas de consentement actif à retirer pour cet objet.</translation>
    </message>
    <message>
        <source>Only facilitators can do this.</source>
        <translation>Seule l’équipe d’animation peut faire cela.</translation>
    </message>
    <message>
        <source>This person asked to be forgotten, so their entry can no longer be changed.</source>
        <translation>Cette personne a demandé à être oubliée&#xa0;: sa fiche ne peut donc plus être modifiée.</translation>
    </message>
    <message>
        <source>Adopted versions of the agreement cannot be changed. Start an amendment instead; the group can then adopt it as a new version.</source>
        <translation>Les versions adoptées de la charte ne peuvent pas être modifiées. Commencez plutôt une révision&#xa0;; le groupe pourra ensuite l’adopter comme nouvelle version.</translation>
    </message>
    <message>
        <source>They have already used their invitation: the journal is theirs now, and only they can open it.</source>
        <translation>Cette personne a déjà utilisé son invitation&#xa0;: le journal est désormais le sien, et elle seule peut l’ouvrir.</translation>
    </message>
    <message>
        <source>You don&apos;t have access to that.</source>
        <translation>Vous n’avez pas accès à cela.</translation>
    </message>
    <message>
        <source>Only a member&apos;s journal can be shredded.</source>
        <translation>Seul le journal d’un membre peut être détruit.</translation>
    </message>
    <message>
        <source>Please use at least %1 characters (this has %2). A few unrelated words with spaces are easy to remember and hard to guess.</source>
        <translation>Utilisez au moins %1 caractères (il y en a %2). Quelques mots sans rapport entre eux, séparés par des espaces, sont faciles à retenir et difficiles à deviner.</translation>
    </message>
    <message>
        <source>Please keep it under %1 characters.</source>
        <translation>Merci de rester sous %1 caractères.</translation>
    </message>
    <message>
        <source>That passphrase is too common, so it is easy to guess. Please choose another.</source>
        <translation>Cette phrase secrète est trop courante&#xa0;: elle est facile à deviner. Choisissez-en une autre.</translation>
    </message>
    <message>
        <source>That recovery code has a typo somewhere. Please check each group of letters.</source>
        <translation>Ce code de secours contient une faute de frappe quelque part. Vérifiez chaque groupe de lettres.</translation>
    </message>
    <message>
        <source>A recovery code has %1 letters and digits; this one has %2.</source>
        <translation>Un code de secours compte %1 lettres et chiffres&#xa0;; celui-ci en a %2.</translation>
    </message>
    <message>
        <source>That recovery code holds a character recovery codes never use. Please check each group of letters.</source>
        <translation>Ce code de secours contient un caractère que les codes de secours n’utilisent jamais. Vérifiez chaque groupe de lettres.</translation>
    </message>
    <message>
        <source>The file is far too large to be a journal backup.</source>
        <translation>Ce fichier est bien trop gros pour être une sauvegarde de journal.</translation>
    </message>
    <message>
        <source>The journal is too large for one backup file.</source>
        <translation>Le journal est trop gros pour un seul fichier de sauvegarde.</translation>
    </message>
    <message>
        <source>The file did not read back the same. Nothing was exported.</source>
        <translation>La relecture du fichier ne donne pas le même contenu. Rien n’a été exporté.</translation>
    </message>
    <message>
        <source>The file holds a record this app cannot read.</source>
        <translation>Le fichier contient un élément que cette application ne peut pas lire.</translation>
    </message>
    <message>
        <source>The file holds an entry this app cannot accept.</source>
        <translation>Le fichier contient une entrée que cette application ne peut pas accepter.</translation>
    </message>
    <message>
        <source>This is not a SafeSpace journal backup.</source>
        <translation>Ce n’est pas une sauvegarde de journal SafeSpace.</translation>
    </message>
    <message>
        <source>The file is damaged or incomplete.</source>
        <translation>Le fichier est abîmé ou incomplet.</translation>
    </message>
    <message>
        <source>The file is damaged: its header does not match its checksum.</source>
        <translation>Le fichier est abîmé&#xa0;: son en-tête ne correspond pas à sa somme de contrôle.</translation>
    </message>
    <message>
        <source>The file is damaged: its key does not open.</source>
        <translation>Le fichier est abîmé&#xa0;: sa clé ne s’ouvre pas.</translation>
    </message>
    <message>
        <source>The file is damaged: a record is too large.</source>
        <translation>Le fichier est abîmé&#xa0;: un élément est trop gros.</translation>
    </message>
    <message>
        <source>The file is damaged: its trailer is unreadable.</source>
        <translation>Le fichier est abîmé&#xa0;: sa fin est illisible.</translation>
    </message>
    <message>
        <source>The file is damaged: records are missing.</source>
        <translation>Le fichier est abîmé&#xa0;: des éléments manquent.</translation>
    </message>
    <message>
        <source>The file is incomplete: it ends before its last record.</source>
        <translation>Le fichier est incomplet&#xa0;: il s’arrête avant son dernier élément.</translation>
    </message>
    <message>
        <source>Checking your passphrase…</source>
        <translation>Vérification de votre phrase secrète…</translation>
    </message>
    <message>
        <source>Checking your current passphrase…</source>
        <translation>Vérification de votre phrase secrète actuelle…</translation>
    </message>
    <message>
        <source>Protecting your keys…</source>
        <translation>Protection de vos clés…</translation>
    </message>
    <message>
        <source>Protecting your keys with the new passphrase…</source>
        <translation>Protection de vos clés avec la nouvelle phrase secrète…</translation>
    </message>
    <message>
        <source>Strengthening your key protection…</source>
        <translation>Renforcement de la protection de vos clés…</translation>
    </message>
    <message>
        <source>Creating the demo group…</source>
        <translation>Création du groupe de démonstration…</translation>
    </message>
    <message>
        <source>Adding a co-facilitator…</source>
        <translation>Ajout d’une personne en co-animation…</translation>
    </message>
    <message>
        <source>Adding the fictional roster…</source>
        <translation>Ajout de la liste fictive des membres…</translation>
    </message>
    <message>
        <source>Opening journal accounts for the fictional members…</source>
        <translation>Ouverture des comptes de journal des membres fictifs…</translation>
    </message>
    <message>
        <source>Writing the group agreement and consents…</source>
        <translation>Rédaction de la charte du groupe et des consentements…</translation>
    </message>
    <message>
        <source>Writing River&apos;s fictional journal…</source>
        <translation>Rédaction du journal fictif de River…</translation>
    </message>
    <message>
        <source>The demo group is ready.</source>
        <translation>Le groupe de démonstration est prêt.</translation>
    </message>
    <message>
        <source>This person has not agreed to keep their attendance history, so they can only be counted, without their name.</source>
        <translation>Cette personne n’a pas accepté que l’on garde son historique de présence&#xa0;: elle peut seulement être comptée, sans son nom.</translation>
    </message>
    <message>
        <source>Please choose a meeting.</source>
        <translation>Merci de choisir une réunion.</translation>
    </message>
    <message>
        <source>Please write what needs following up.</source>
        <translation>Merci d’écrire ce qui demande un suivi.</translation>
    </message>
    <message>
        <source>That follow-up was removed somewhere else.</source>
        <translation>Ce suivi a été supprimé ailleurs.</translation>
    </message>
    <message>
        <source>Please enter a time of day, for example 18:30.</source>
        <translation>Merci de saisir une heure, par exemple 18:30.</translation>
    </message>
    <message>
        <source>That meeting is no longer there.</source>
        <translation>Cette réunion n’est plus là.</translation>
    </message>
    <message>
        <source>That part of the agenda is no longer there.</source>
        <translation>Ce point de l’ordre du jour n’est plus là.</translation>
    </message>
    <message>
        <source>That topic is no longer in the list.</source>
        <translation>Ce sujet n’est plus dans la liste.</translation>
    </message>
    <message>
        <source>Scheduled meetings are cancelled rather than removed, so members see why.</source>
        <translation>Les réunions prévues sont annulées plutôt que supprimées, pour que les membres voient pourquoi.</translation>
    </message>
    <message>
        <source>That topic is already on an agenda or was set aside.</source>
        <translation>Ce sujet est déjà à un ordre du jour ou a été mis de côté.</translation>
    </message>
    <message>
        <source>This facilitator account was removed from the group, so it can no longer open the group&apos;s records on this computer.</source>
        <translation>Ce compte d’animation a été retiré du groupe&#xa0;: il ne peut donc plus ouvrir les dossiers du groupe sur cet ordinateur.</translation>
    </message>
    <message>
        <source>You can&apos;t remove yourself. Ask another facilitator to do it from their account.</source>
        <translation>Vous ne pouvez pas vous retirer vous-même. Demandez à une autre personne de l’équipe d’animation de le faire depuis son compte.</translation>
    </message>
    <message>
        <source>This is the computer you are using. Remove it from another facilitator&apos;s computer instead.</source>
        <translation>C’est l’ordinateur que vous utilisez. Retirez-le plutôt depuis l’ordinateur d’une autre personne de l’équipe d’animation.</translation>
    </message>
    <message>
        <source>This key file is damaged or is not a SafeSpace key file. Nothing was changed.</source>
        <translation>Ce fichier de clé est abîmé, ou ce n’est pas un fichier de clé SafeSpace. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>This key file was not signed by a facilitator of this group, so it was not used. Nothing was changed.</source>
        <translation>Ce fichier de clé n’a pas été signé par une personne de l’équipe d’animation de ce groupe&#xa0;: il n’a donc pas été utilisé. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>That conflict has already been resolved (perhaps on another computer).</source>
        <translation>Ce conflit a déjà été résolu (peut-être sur un autre ordinateur).</translation>
    </message>
    <message>
        <source>This key file holds no new key for you. Ask the facilitator who made it to save a new one after your computer&apos;s last sync reached them.</source>
        <translation>Ce fichier de clé ne contient pas de nouvelle clé pour vous. Demandez à la personne qui l’a créé d’en enregistrer un nouveau une fois que la dernière synchronisation de votre ordinateur lui est parvenue.</translation>
    </message>
    <message>
        <source>That handle and passphrase do not match. Please check them and try again.</source>
        <translation>Ce pseudo et cette phrase secrète ne correspondent pas. Vérifiez-les et réessayez.</translation>
    </message>
    <message>
        <source>That recovery code does not open this account. It may already have been used.</source>
        <translation>Ce code de secours n’ouvre pas ce compte. Il a peut-être déjà été utilisé.</translation>
    </message>
    <message>
        <source>Your passphrase is right, but the stored key behind it is damaged. Nothing has been changed. Please ask a facilitator for help.</source>
        <translation>Votre phrase secrète est correcte, mais la clé enregistrée derrière elle est abîmée. Rien n’a été modifié. Demandez de l’aide à l’équipe d’animation.</translation>
    </message>
    <message>
        <source>This vault&apos;s key settings are outside the safe range, so it was not opened.</source>
        <translation>Les réglages de clé de ce coffre sont hors des limites sûres&#xa0;: il n’a donc pas été ouvert.</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of SafeSpace. Please update the app.</source>
        <translation>Ce coffre a été créé par une version plus récente de SafeSpace. Mettez l’application à jour.</translation>
    </message>
    <message>
        <source>The disk is full, so this change was not saved. Everything you saved before is safe. Free some space on the disk, then try again.</source>
        <translation>Le disque est plein&#xa0;: cette modification n’a donc pas été enregistrée. Tout ce que vous avez enregistré avant est en sécurité. Libérez de la place sur le disque, puis réessayez.</translation>
    </message>
    <message>
        <source>This vault is on a disk that can&apos;t be written to (for example a locked SD card or USB stick), so it is open for reading only. Nothing was changed. You can still read, search, print and export.</source>
        <translation>Ce coffre se trouve sur un disque où l’on ne peut pas écrire (par exemple une carte SD ou une clé USB verrouillée)&#xa0;: il est donc ouvert en lecture seule. Rien n’a été modifié. Vous pouvez toujours lire, chercher, imprimer et exporter.</translation>
    </message>
    <message>
        <source>This vault could not be brought up to date for this version of SafeSpace. Nothing in it was changed, and the file is exactly as it was.</source>
        <translation>Ce coffre n’a pas pu être mis à jour pour cette version de SafeSpace. Rien n’y a été modifié, et le fichier est exactement tel qu’il était.</translation>
    </message>
    <message>
        <source>This file is not a SafeSpace vault, or it is missing.</source>
        <translation>Ce fichier n’est pas un coffre SafeSpace, ou il est introuvable.</translation>
    </message>
    <message>
        <source>That handle is already taken in this vault. Please choose another.</source>
        <translation>Ce pseudo est déjà pris dans ce coffre. Choisissez-en un autre.</translation>
    </message>
    <message>
        <source>That invitation code is not valid. Please ask a facilitator for a new one.</source>
        <translation>Ce code d’invitation n’est pas valable. Demandez-en un nouveau à l’équipe d’animation.</translation>
    </message>
    <message>
        <source>A record failed its safety check and was left untouched.</source>
        <translation>Un élément n’a pas passé son contrôle de sécurité et n’a pas été touché.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>Le coffre est verrouillé.</translation>
    </message>
    <message>
        <source>This can&apos;t be saved as it is. Please check it.</source>
        <translation>Impossible d’enregistrer ceci tel quel. Merci de vérifier.</translation>
    </message>
    <message>
        <source>This vault needs a small update for this version of SafeSpace, but its disk can&apos;t be written to. Unlock the stick or card (or copy the vault to this computer), then open it again. Nothing was changed.</source>
        <translation>Ce coffre a besoin d’une petite mise à jour pour cette version de SafeSpace, mais on ne peut pas écrire sur son disque. Déverrouillez la clé USB ou la carte (ou copiez le coffre sur cet ordinateur), puis rouvrez-le. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The computer could not save the change (is the disk full?). Nothing was lost.</source>
        <translation>L’ordinateur n’a pas pu enregistrer la modification (le disque est-il plein&#xa0;?). Rien n’a été perdu.</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing was saved. Please try again.</source>
        <translation>Un problème est survenu. Rien n’a été enregistré. Réessayez.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Someone on the roster is already called “%1”. You can keep the name; adding an initial (“%1 B.”) or a word may make it easier to tell them apart.</source>
        <translation>Une personne de la liste s’appelle déjà «&#xa0;%1&#xa0;». Vous pouvez garder ce nom&#xa0;; ajouter une initiale («&#xa0;%1 B.&#xa0;») ou un mot peut aider à les distinguer.</translation>
    </message>
    <message>
        <source>Also on the roster: %1. Make sure people can tell them apart.</source>
        <translation>Aussi sur la liste&#xa0;: %1. Veillez à ce qu’on puisse les distinguer.</translation>
    </message>
    <message>
        <source>That resource is no longer in the library.</source>
        <translation>Cette ressource n’est plus dans la bibliothèque.</translation>
    </message>
    <message>
        <source>That suggestion was removed.</source>
        <translation>Cette suggestion a été retirée.</translation>
    </message>
    <message>
        <source>Suggestions cannot be sent yet: a facilitator needs to open the resources library once first. Please try again after the next meeting.</source>
        <translation>Les suggestions ne peuvent pas encore être envoyées&#xa0;: une personne de l’équipe d’animation doit d’abord ouvrir une fois la bibliothèque de ressources. Réessayez après la prochaine réunion.</translation>
    </message>
    <message>
        <source>Please choose a review interval of %1 to %2 months.</source>
        <translation>Merci de choisir un délai de vérification de %1 à %2 mois.</translation>
    </message>
    <message>
        <source>Please use at most %1 tags.</source>
        <translation>Merci d’utiliser au plus %1 étiquettes.</translation>
    </message>
    <message>
        <source>Please keep each tag under %1 characters.</source>
        <translation>Merci de garder chaque étiquette sous %1 caractères.</translation>
    </message>
    <message>
        <source>The folder holds more than %1 Markdown files.</source>
        <translation>Le dossier contient plus de %1 fichiers Markdown.</translation>
    </message>
    <message>
        <source>This file is larger than %1 MB; a resource is much smaller.</source>
        <translation>Ce fichier dépasse %1 Mo&#xa0;; une ressource est bien plus petite.</translation>
    </message>
    <message>
        <source>This file is not UTF-8 text. Save it as UTF-8 and try again.</source>
        <translation>Ce fichier n’est pas du texte UTF-8. Enregistrez-le en UTF-8 et réessayez.</translation>
    </message>
    <message>
        <source>The file “%1” is not in the same folder, so it was not attached.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» n’est pas dans le même dossier&#xa0;: il n’a donc pas été joint.</translation>
    </message>
    <message>
        <source>Please give the resource a title.</source>
        <translation>Merci de donner un titre à la ressource.</translation>
    </message>
    <message>
        <source>Please write your suggestion first.</source>
        <translation>Écrivez d’abord votre suggestion.</translation>
    </message>
    <message>
        <source>Someone else changed this while you were editing it, so your changes were not saved. What you typed is still here: copy anything you want to keep, then choose Reload to see their version and make your changes again.</source>
        <translation>Quelqu’un d’autre a modifié cet élément pendant que vous le modifiiez&#xa0;: vos changements n’ont donc pas été enregistrés. Ce que vous avez tapé est toujours là&#xa0;: copiez ce que vous voulez garder, puis choisissez Recharger pour voir sa version et refaire vos changements.</translation>
    </message>
    <message>
        <source>Someone else changed this person&apos;s details while you were editing them, so your changes were not saved. What you typed is still here: copy anything you want to keep, then choose Reload to see their version and make your changes again.</source>
        <translation>Quelqu’un d’autre a modifié les informations de cette personne pendant que vous les modifiiez&#xa0;: vos changements n’ont donc pas été enregistrés. Ce que vous avez tapé est toujours là&#xa0;: copiez ce que vous voulez garder, puis choisissez Recharger pour voir sa version et refaire vos changements.</translation>
    </message>
    <message>
        <source>Someone else changed this draft while you were editing it, so your changes were not saved. What you typed is still here: copy anything you want to keep, then choose Reload to see their version and make your changes again.</source>
        <translation>Quelqu’un d’autre a modifié ce brouillon pendant que vous le modifiiez&#xa0;: vos changements n’ont donc pas été enregistrés. Ce que vous avez tapé est toujours là&#xa0;: copiez ce que vous voulez garder, puis choisissez Recharger pour voir sa version et refaire vos changements.</translation>
    </message>
    <message>
        <source>This entry was changed somewhere else while you were writing, so your changes were not saved. What you typed is still here: copy anything you want to keep, then choose Reload to see the saved entry and make your changes again.</source>
        <translation>Cette entrée a été modifiée ailleurs pendant que vous écriviez&#xa0;: vos changements n’ont donc pas été enregistrés. Ce que vous avez tapé est toujours là&#xa0;: copiez ce que vous voulez garder, puis choisissez Recharger pour voir l’entrée enregistrée et refaire vos changements.</translation>
    </message>
    <message>
        <source>Someone else changed the group settings while you were editing them, so your changes were not saved. What you typed is still here: note anything you want to keep, then choose Reload to see the saved settings and make your changes again.</source>
        <translation>Quelqu’un d’autre a modifié les réglages du groupe pendant que vous les modifiiez&#xa0;: vos changements n’ont donc pas été enregistrés. Ce que vous avez tapé est toujours là&#xa0;: notez ce que vous voulez garder, puis choisissez Recharger pour voir les réglages enregistrés et refaire vos changements.</translation>
    </message>
    <message>
        <source>Someone else saved a new version of this text while you were editing it, so your changes were not saved. What you typed is still here: copy anything you want to keep, then choose Reload to see their version and make your changes again.</source>
        <translation>Quelqu’un d’autre a enregistré une nouvelle version de ce texte pendant que vous le modifiiez&#xa0;: vos changements n’ont donc pas été enregistrés. Ce que vous avez tapé est toujours là&#xa0;: copiez ce que vous voulez garder, puis choisissez Recharger pour voir sa version et refaire vos changements.</translation>
    </message>
    <message>
        <source>Your safety plan was changed somewhere else while you were editing it, so your changes were not saved. What you typed is still here: copy anything you want to keep, then choose Reload to see the saved plan and make your changes again.</source>
        <translation>Votre plan de sécurité a été modifié ailleurs pendant que vous le modifiiez&#xa0;: vos changements n’ont donc pas été enregistrés. Ce que vous avez tapé est toujours là&#xa0;: copiez ce que vous voulez garder, puis choisissez Recharger pour voir le plan enregistré et refaire vos changements.</translation>
    </message>
    <message>
        <source>Someone else changed this crisis line while you were editing it, so your changes were not saved. What you typed is still here: copy anything you want to keep, then choose Reload to see their version and make your changes again.</source>
        <translation>Quelqu’un d’autre a modifié cette ligne d’écoute pendant que vous la modifiiez&#xa0;: vos changements n’ont donc pas été enregistrés. Ce que vous avez tapé est toujours là&#xa0;: copiez ce que vous voulez garder, puis choisissez Recharger pour voir sa version et refaire vos changements.</translation>
    </message>
    <message>
        <source>Someone else changed this meeting while you were editing it, so your changes were not saved. Choose Reload to see their version and make your change again.</source>
        <translation>Quelqu’un d’autre a modifié cette réunion pendant que vous la modifiiez&#xa0;: vos changements n’ont donc pas été enregistrés. Choisissez Recharger pour voir sa version et refaire votre changement.</translation>
    </message>
    <message>
        <source>Someone else changed this part of the agenda while you were editing it, so your changes were not saved. What you typed is still here: choose Reload to see their version and make your changes again.</source>
        <translation>Quelqu’un d’autre a modifié ce point de l’ordre du jour pendant que vous le modifiiez&#xa0;: vos changements n’ont donc pas été enregistrés. Ce que vous avez tapé est toujours là&#xa0;: choisissez Recharger pour voir sa version et refaire vos changements.</translation>
    </message>
    <message>
        <source>Someone else changed this template while you were editing it, so your changes were not saved. Choose Reload to see their version.</source>
        <translation>Quelqu’un d’autre a modifié ce modèle pendant que vous le modifiiez&#xa0;: vos changements n’ont donc pas été enregistrés. Choisissez Recharger pour voir sa version.</translation>
    </message>
    <message>
        <source>Someone else changed this topic first, so nothing was changed. Choose Reload to see the list as it is now.</source>
        <translation>Quelqu’un d’autre a modifié ce sujet en premier&#xa0;: rien n’a donc été changé. Choisissez Recharger pour voir la liste telle qu’elle est maintenant.</translation>
    </message>
    <message>
        <source>Someone else changed this resource while you were editing it, so your changes were not saved. What you typed is still here: copy anything you want to keep, then choose Reload to see their version and make your changes again.</source>
        <translation>Quelqu’un d’autre a modifié cette ressource pendant que vous la modifiiez&#xa0;: vos changements n’ont donc pas été enregistrés. Ce que vous avez tapé est toujours là&#xa0;: copiez ce que vous voulez garder, puis choisissez Recharger pour voir sa version et refaire vos changements.</translation>
    </message>
    <message>
        <source>Someone else changed this suggestion first, so your change was not saved. Choose Reload to see it as it is now.</source>
        <translation>Quelqu’un d’autre a modifié cette suggestion en premier&#xa0;: votre changement n’a donc pas été enregistré. Choisissez Recharger pour la voir telle qu’elle est maintenant.</translation>
    </message>
    <message>
        <source>Someone else changed this follow-up while you were editing it, so your changes were not saved. What you typed is still here: copy anything you want to keep, then choose Reload to see their version and make your changes again.</source>
        <translation>Quelqu’un d’autre a modifié ce suivi pendant que vous le modifiiez&#xa0;: vos changements n’ont donc pas été enregistrés. Ce que vous avez tapé est toujours là&#xa0;: copiez ce que vous voulez garder, puis choisissez Recharger pour voir sa version et refaire vos changements.</translation>
    </message>
    <message>
        <source>Someone else changed the notes of this meeting while you were writing, so your changes were not saved. What you typed is still here: copy anything you want to keep, then choose Reload to see their version and make your changes again.</source>
        <translation>Quelqu’un d’autre a modifié les notes de cette réunion pendant que vous écriviez&#xa0;: vos changements n’ont donc pas été enregistrés. Ce que vous avez tapé est toujours là&#xa0;: copiez ce que vous voulez garder, puis choisissez Recharger pour voir sa version et refaire vos changements.</translation>
    </message>
    <message>
        <source>Someone else changed the counts of this meeting first, so yours were not saved. Choose Reload to see their numbers, then set them again.</source>
        <translation>Quelqu’un d’autre a modifié les chiffres de cette réunion en premier&#xa0;: les vôtres n’ont donc pas été enregistrés. Choisissez Recharger pour voir ses chiffres, puis saisissez-les à nouveau.</translation>
    </message>
    <message>
        <source>This is not a SafeSpace sync file. Nothing was changed.</source>
        <translation>Ce n’est pas un fichier de synchronisation SafeSpace. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>This is not a SafeSpace join kit. Nothing was changed.</source>
        <translation>Ce n’est pas un kit d’arrivée SafeSpace. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>This sync file is incomplete. Perhaps the stick was removed while it was being copied. Nothing was changed; please copy it again.</source>
        <translation>Ce fichier de synchronisation est incomplet. La clé USB a peut-être été retirée pendant la copie. Rien n’a été modifié&#xa0;; copiez-le à nouveau.</translation>
    </message>
    <message>
        <source>This sync file is damaged, so nothing was changed. Please export it again.</source>
        <translation>Ce fichier de synchronisation est abîmé&#xa0;: rien n’a donc été modifié. Exportez-le à nouveau.</translation>
    </message>
    <message>
        <source>Part of this sync file cannot be read, so nothing was changed.</source>
        <translation>Une partie de ce fichier de synchronisation est illisible&#xa0;: rien n’a donc été modifié.</translation>
    </message>
    <message>
        <source>This sync file is not signed, so nothing was changed.</source>
        <translation>Ce fichier de synchronisation n’est pas signé&#xa0;: rien n’a donc été modifié.</translation>
    </message>
    <message>
        <source>This sync file&apos;s signature does not match the computer that made it. Nothing was changed.</source>
        <translation>La signature de ce fichier de synchronisation ne correspond pas à l’ordinateur qui l’a créé. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>This sync file belongs to a different group. Nothing was changed.</source>
        <translation>Ce fichier de synchronisation appartient à un autre groupe. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>This sync file is locked with a group key this computer does not have (the key may have been changed after a device was removed). Nothing was changed.</source>
        <translation>Ce fichier de synchronisation est verrouillé avec une clé de groupe que cet ordinateur n’a pas (la clé a peut-être changé après le retrait d’un appareil). Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>This sync file comes from a computer that has not joined this group. Nothing was changed.</source>
        <translation>Ce fichier de synchronisation vient d’un ordinateur qui n’a pas rejoint ce groupe. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>This sync file comes from “%1”, which was removed from the group. Nothing was changed.</source>
        <translation>Ce fichier de synchronisation vient de «&#xa0;%1&#xa0;», qui a été retiré du groupe. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>This sync file claims to come from this computer, but this computer did not make it. It may come from a copy of this vault. Nothing was changed.</source>
        <translation>Ce fichier de synchronisation prétend venir de cet ordinateur, mais cet ordinateur ne l’a pas créé. Il vient peut-être d’une copie de ce coffre. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>This file was made by a newer version of SafeSpace. Please update, then try again. Nothing was changed.</source>
        <translation>Ce fichier a été créé par une version plus récente de SafeSpace. Faites la mise à jour, puis réessayez. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>This sync file needs a newer version of SafeSpace (data version %1). Please update, then try again. Nothing was changed.</source>
        <translation>Ce fichier de synchronisation demande une version plus récente de SafeSpace (version de données %1). Faites la mise à jour, puis réessayez. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>This file is far too large to be a sync file.</source>
        <translation>Ce fichier est bien trop gros pour être un fichier de synchronisation.</translation>
    </message>
    <message>
        <source>The computer that made this file seems to have its clock set more than a day ahead. Nothing was changed. Please check the date on that computer.</source>
        <translation>L’horloge de l’ordinateur qui a créé ce fichier semble avoir plus d’un jour d’avance. Rien n’a été modifié. Vérifiez la date sur cet ordinateur-là.</translation>
    </message>
    <message>
        <source>This import would hide %1 records. Nothing was changed. Please look at the preview and confirm if that is what you expect.</source>
        <translation>Cette importation masquerait %1 éléments. Rien n’a été modifié. Regardez l’aperçu et confirmez si c’est bien ce que vous attendez.</translation>
    </message>
    <message>
        <source>This sync file was already imported. Nothing changed.</source>
        <translation>Ce fichier de synchronisation a déjà été importé. Rien n’a changé.</translation>
    </message>
    <message>
        <source>The stick or disk is full. Nothing was saved there; please free some space and try again.</source>
        <translation>La clé USB ou le disque est plein. Rien n’y a été enregistré&#xa0;; libérez de la place et réessayez.</translation>
    </message>
    <message>
        <source>The stick or folder cannot be written to (is it locked or read-only?). Nothing was saved there.</source>
        <translation>Impossible d’écrire sur la clé USB ou dans le dossier (est-il verrouillé ou en lecture seule&#xa0;?). Rien n’y a été enregistré.</translation>
    </message>
    <message>
        <source>The stick or file is no longer there. Was it removed? Nothing was changed.</source>
        <translation>La clé USB ou le fichier n’est plus là. A-t-il été retiré&#xa0;? Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The file could not be written. Nothing was left on the stick.</source>
        <translation>Le fichier n’a pas pu être écrit. Rien n’est resté sur la clé USB.</translation>
    </message>
    <message>
        <source>The file did not read back correctly, so it was removed. Please try again, perhaps with another stick.</source>
        <translation>La relecture du fichier a échoué&#xa0;: il a donc été supprimé. Réessayez, peut-être avec une autre clé USB.</translation>
    </message>
    <message>
        <source>There is no import to undo, or changes were made after it, so it can no longer be undone.</source>
        <translation>Il n’y a pas d’importation à annuler, ou des modifications ont été faites depuis&#xa0;: elle ne peut plus être annulée.</translation>
    </message>
    <message>
        <source>This computer is already enrolled with another key.</source>
        <translation>Cet ordinateur est déjà inscrit avec une autre clé.</translation>
    </message>
    <message>
        <source>Please choose a folder that does not hold the vault itself: a sync program copying the live vault could damage it.</source>
        <translation>Choisissez un dossier qui ne contient pas le coffre lui-même&#xa0;: un programme de synchronisation qui copierait le coffre en cours d’utilisation pourrait l’abîmer.</translation>
    </message>
    <message>
        <source>Collecting the records…</source>
        <translation>Rassemblement des éléments…</translation>
    </message>
    <message>
        <source>Writing the file and reading it back…</source>
        <translation>Écriture du fichier et relecture…</translation>
    </message>
    <message>
        <source>Done. It is safe to remove the stick.</source>
        <translation>Terminé. Vous pouvez retirer la clé USB en toute sécurité.</translation>
    </message>
    <message>
        <source>Please check who leads, supports, is away and covers.</source>
        <translation>Vérifiez qui anime, qui est en soutien, qui s’absente et qui remplace.</translation>
    </message>
    <message>
        <source>Please choose a lead who is still a facilitator.</source>
        <translation>Choisissez pour animer une personne qui fait toujours partie de l’équipe d’animation.</translation>
    </message>
    <message>
        <source>Please choose someone else to support: the lead cannot also support.</source>
        <translation>Choisissez quelqu’un d’autre en soutien&#xa0;: la personne qui anime ne peut pas aussi être en soutien.</translation>
    </message>
    <message>
        <source>Please choose cover from the facilitators who are not away: the lead cannot cover for themselves.</source>
        <translation>Choisissez le remplacement parmi les personnes de l’équipe d’animation qui ne sont pas absentes&#xa0;: la personne qui anime ne peut pas se remplacer elle-même.</translation>
    </message>
    <message>
        <source>Only current facilitators can be marked away.</source>
        <translation>Seules les personnes qui font actuellement partie de l’équipe d’animation peuvent être indiquées absentes.</translation>
    </message>
    <message>
        <source>Someone else changed the rota for this meeting first, so your change was not saved. Your choices are still here: choose Reload to see theirs.</source>
        <translation>Quelqu’un d’autre a modifié le planning de cette réunion avant vous, donc votre modification n’a pas été enregistrée. Vos choix sont toujours là&#xa0;: choisissez Recharger pour voir les siens.</translation>
    </message>
    <message>
        <source>Please choose how the meeting was for you, from 1 to 5.</source>
        <translation>Choisissez comment s’est passée la réunion pour vous, de 1 à 5.</translation>
    </message>
    <message>
        <source>Please answer at least one question, or write what you would change.</source>
        <translation>Répondez à au moins une question, ou écrivez ce que vous changeriez.</translation>
    </message>
    <message>
        <source>Topic suggestions open once a facilitator has signed in on this computer. Please try again after the next meeting.</source>
        <translation>Les propositions de sujets s’ouvrent dès qu’une personne de l’équipe d’animation s’est connectée sur cet ordinateur. Réessayez après la prochaine réunion.</translation>
    </message>
    <message>
        <source>This form belongs to a different kiosk.</source>
        <translation>Ce formulaire appartient à un autre écran d’avis.</translation>
    </message>
    <message>
        <source>Only a facilitator can close the feedback screen.</source>
        <translation>Seule une personne de l’équipe d’animation peut fermer l’écran d’avis.</translation>
    </message>
</context>
<context>
    <name>EvaluationForm</name>
    <message>
        <source>I feel safe sharing in this group.</source>
        <translation>Je me sens en sécurité pour parler dans ce groupe.</translation>
    </message>
    <message>
        <source>When I speak, I feel heard.</source>
        <translation>Quand je parle, j’ai le sentiment qu’on m’entend.</translation>
    </message>
    <message>
        <source>Our group agreement is kept, by all of us, facilitators too.</source>
        <translation>Notre charte est respectée, par nous tous, équipe d’animation comprise.</translation>
    </message>
    <message>
        <source>Coming to the group helps me.</source>
        <translation>Venir au groupe me fait du bien.</translation>
    </message>
    <message>
        <source>Answer only what you want to: any question can stay blank.</source>
        <translation>Répondez seulement à ce que vous voulez&#xa0;: chaque question peut rester vide.</translation>
    </message>
    <message>
        <source>One thing I would change</source>
        <translation>Une chose que je changerais</translation>
    </message>
    <message>
        <source>One thing I would change (optional)</source>
        <translation>Une chose que je changerais (facultatif)</translation>
    </message>
    <message>
        <source>A topic I&apos;d like (optional)</source>
        <translation>Un sujet qui m’intéresse (facultatif)</translation>
    </message>
</context>
<context>
    <name>EvaluationReminder</name>
    <message>
        <source>Suggested evaluation</source>
        <translation>Évaluation suggérée</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <source>Select all rows</source>
        <translation>Sélectionner toutes les lignes</translation>
    </message>
</context>
<context>
    <name>FeedbackView</name>
    <message>
        <source>Feedback</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>After the meeting, let people say how it went, without names. The feedback screen fills the window and locks your session; people answer one after another; your passphrase closes it.</source>
        <translation>Après la réunion, laissez les personnes dire comment ça s’est passé, sans nom. L’écran d’avis occupe toute la fenêtre et verrouille votre session&#xa0;; les personnes répondent l’une après l’autre&#xa0;; votre phrase secrète le ferme.</translation>
    </message>
    <message>
        <source>Suggested evaluation</source>
        <translation>Évaluation suggérée</translation>
    </message>
    <message>
        <source>Start the feed&amp;back screen</source>
        <translation>Lancer l’écran d’&amp;avis</translation>
    </message>
    <message>
        <source>Start the feedback screen</source>
        <translation>Lancer l’écran d’avis</translation>
    </message>
    <message>
        <source>Start an &amp;evaluation</source>
        <translation>&amp;Lancer une évaluation</translation>
    </message>
    <message>
        <source>Start an evaluation</source>
        <translation>Lancer une évaluation</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Show the feedback again</source>
        <translation>Afficher à nouveau les avis</translation>
    </message>
    <message>
        <source>Why nothing is shown</source>
        <translation>Pourquoi rien n’est affiché</translation>
    </message>
    <message>
        <source>Ratings summary</source>
        <translation>Résumé des notes</translation>
    </message>
    <message>
        <source>How many gave each rating</source>
        <translation>Combien ont donné chaque note</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Combien</translation>
    </message>
    <message>
        <source>What helped, in a random order</source>
        <translation>Ce qui a aidé, dans un ordre aléatoire</translation>
    </message>
    <message>
        <source>What could be better, in a random order</source>
        <translation>Ce qui pourrait être mieux, dans un ordre aléatoire</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Evaluation answers</source>
        <translation>Réponses à l’évaluation</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Yes, always</source>
        <translation>Oui, toujours</translation>
    </message>
    <message>
        <source>Mostly</source>
        <translation>La plupart du temps</translation>
    </message>
    <message>
        <source>Sometimes</source>
        <translation>Parfois</translation>
    </message>
    <message>
        <source>Not really</source>
        <translation>Pas vraiment</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <source>What people would change, in a random order</source>
        <translation>Ce que les personnes changeraient, dans un ordre aléatoire</translation>
    </message>
    <message>
        <source>What &amp;helped:</source>
        <translation>Ce qui a ai&amp;dé&#xa0;:</translation>
    </message>
    <message>
        <source>What co&amp;uld be better:</source>
        <translation>Ce qui pourrait être &amp;mieux&#xa0;:</translation>
    </message>
    <message>
        <source>What people would &amp;change:</source>
        <translation>Ce &amp;que les personnes changeraient&#xa0;:</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search resources</source>
        <translation>Chercher des ressources</translation>
    </message>
    <message>
        <source>Search titles, text, tags and services</source>
        <translation>Chercher dans les titres, le texte, les étiquettes et les services</translation>
    </message>
    <message>
        <source>Show kind</source>
        <translation>Afficher le type</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Show tag</source>
        <translation>Afficher l’étiquette</translation>
    </message>
    <message>
        <source>Show audience</source>
        <translation>Afficher le public</translation>
    </message>
    <message>
        <source>Everyone&apos;s and facilitators&apos;</source>
        <translation>Tout le monde et équipe d’animation</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Trier par</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Last checked (oldest first)</source>
        <translation>Dernière vérification (la plus ancienne d’abord)</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Chercher&#xa0;:</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
</context>
<context>
    <name>FiltersPanel</name>
    <message>
        <source>Any time</source>
        <translation>N’importe quand</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation>4 dernières semaines</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>Between two dates…</source>
        <translation>Entre deux dates…</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Dates&#xa0;:</translation>
    </message>
    <message>
        <source>From this day</source>
        <translation>À partir de ce jour</translation>
    </message>
    <message>
        <source>Until this day</source>
        <translation>Jusqu’à ce jour</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>Ta&amp;g:</source>
        <translation>Éti&amp;quette&#xa0;:</translation>
    </message>
    <message>
        <source>Any mood</source>
        <translation>Toutes les humeurs</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Humeur</translation>
    </message>
    <message>
        <source>Mood:</source>
        <translation>Humeur&#xa0;:</translation>
    </message>
    <message>
        <source>Starred only</source>
        <translation>Favoris seulement</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Set up a group vault</source>
        <translation>Créer un coffre de groupe</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>&amp;Open my vault</source>
        <translation>&amp;Ouvrir mon coffre</translation>
    </message>
</context>
<context>
    <name>FloorPanel</name>
    <message>
        <source>Raised hands, in the order they will be called</source>
        <translation>Mains levées, dans l’ordre où la parole sera donnée</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Prises de parole</translation>
    </message>
    <message>
        <source>Talk time</source>
        <translation>Temps de parole</translation>
    </message>
    <message>
        <source>Speaking: %1 (%2)</source>
        <translation>À la parole&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Nobody is speaking. Press Return for the next raised hand.</source>
        <translation>Personne ne parle. Appuyez sur Entrée pour la prochaine main levée.</translation>
    </message>
    <message>
        <source>The list is closed.</source>
        <translation>La liste est close.</translation>
    </message>
    <message>
        <source>%1 has had a large share of the time; you might invite quieter voices.</source>
        <translation>%1 a eu une grande part du temps&#xa0;; vous pourriez inviter les voix plus discrètes.</translation>
    </message>
</context>
<context>
    <name>ForgetMemberDialog</name>
    <message>
        <source>Forget this person</source>
        <translation>Oublier cette personne</translation>
    </message>
    <message>
        <source>Forget %1 for good?</source>
        <translation>Oublier %1 pour de bon&#xa0;?</translation>
    </message>
    <message>
        <source>Use this when someone asks to be forgotten. These will be erased:</source>
        <translation>À utiliser quand une personne demande à être oubliée. Ceci sera effacé&#xa0;:</translation>
    </message>
    <message>
        <source>What will be erased</source>
        <translation>Ce qui sera effacé</translation>
    </message>
    <message>
        <source>Their entry stays as “Former member” with a number, with only the dates they joined and left, so attendance totals still add up.</source>
        <translation>Sa fiche reste sous la forme «&#xa0;Ancien membre&#xa0;» avec un numéro, avec seulement ses dates d’arrivée et de départ, pour que les totaux de présence restent justes.</translation>
    </message>
    <message>
        <source>This cannot be undone. Once they are forgotten, nobody can bring these details back, not even from this computer&apos;s disk.</source>
        <translation>C’est définitif. Une fois la personne oubliée, personne ne pourra récupérer ces informations, pas même depuis le disque de cet ordinateur.</translation>
    </message>
    <message>
        <source>I &amp;understand that this cannot be undone</source>
        <translation>Je &amp;comprends que c’est définitif</translation>
    </message>
    <message>
        <source>&amp;Forget for good</source>
        <translation>&amp;Oublier pour de bon</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>GroupPromptRow</name>
    <message>
        <source>A prompt from your group, %1</source>
        <translation>Une piste de votre groupe, %1</translation>
    </message>
    <message>
        <source>Group prompt</source>
        <translation>Piste du groupe</translation>
    </message>
    <message>
        <source>Write about this</source>
        <translation>Écrire à ce sujet</translation>
    </message>
    <message>
        <source>Write about this group prompt</source>
        <translation>Écrire à partir de cette piste du groupe</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Écarter</translation>
    </message>
    <message>
        <source>Dismiss this group prompt</source>
        <translation>Écarter cette piste du groupe</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Prochaine réunion</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <source>Follow-ups summary</source>
        <translation>Résumé des suivis</translation>
    </message>
    <message>
        <source>Open follow-ups, overdue first</source>
        <translation>Suivis en cours, les retards d’abord</translation>
    </message>
    <message>
        <source>Press Space to mark the chosen one done.</source>
        <translation>Appuyez sur Espace pour marquer comme fait le suivi choisi.</translation>
    </message>
    <message>
        <source>&amp;Open follow-ups (Space marks one done):</source>
        <translation>&amp;Suivis en cours (Espace en marque un comme fait)&#xa0;:</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Marquer comme &amp;fait</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>Suppri&amp;mer…</translation>
    </message>
    <message>
        <source>Remove a follow-up added by mistake (not the same as done)</source>
        <translation>Supprimer un suivi ajouté par erreur (ce n’est pas la même chose que fait)</translation>
    </message>
    <message>
        <source>Add or edit a follow-up</source>
        <translation>Ajouter ou modifier un suivi</translation>
    </message>
    <message>
        <source>What needs following up</source>
        <translation>Ce qui demande un suivi</translation>
    </message>
    <message>
        <source>For example: stepped out, call tomorrow</source>
        <translation>Par exemple&#xa0;: a quitté la salle, appeler demain</translation>
    </message>
    <message>
        <source>Due &amp;by:</source>
        <translation>À faire &amp;pour le&#xa0;:</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>About whom (optional)</source>
        <translation>Personne concernée (facultatif)</translation>
    </message>
    <message>
        <source>From which meeting (optional)</source>
        <translation>Réunion d’origine (facultatif)</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Quoi&#xa0;:</translation>
    </message>
    <message>
        <source>About &amp;whom:</source>
        <translation>Q&amp;ui&#xa0;:</translation>
    </message>
    <message>
        <source>From &amp;meeting:</source>
        <translation>&amp;Réunion&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add follow-up</source>
        <translation>&amp;Ajouter le suivi</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Clear the form</source>
        <translation>&amp;Vider le formulaire</translation>
    </message>
    <message>
        <source>Show the saved follow-up instead of what you typed</source>
        <translation>Afficher le suivi enregistré au lieu de ce que vous avez tapé</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Pronoms</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>Agreed to contact</source>
        <translation>Accord pour un contact</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Note: </source>
        <translation>Note&#xa0;: </translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
</context>
<context>
    <name>InvitationActions</name>
    <message>
        <source>Preparing a journal invitation…</source>
        <translation>Préparation d’une invitation au journal…</translation>
    </message>
    <message>
        <source>Give a new code?</source>
        <translation>Donner un nouveau code&#xa0;?</translation>
    </message>
    <message>
        <source>The code %1 was given will stop working, and a new one is shown for you to give them.</source>
        <translation>Le code donné à %1 cessera de fonctionner, et un nouveau code s’affichera pour que vous le lui donniez.</translation>
    </message>
    <message>
        <source>&amp;Give a new code</source>
        <translation>&amp;Donner un nouveau code</translation>
    </message>
    <message>
        <source>Preparing a new code…</source>
        <translation>Préparation d’un nouveau code…</translation>
    </message>
    <message>
        <source>Withdraw the invitation?</source>
        <translation>Retirer l’invitation&#xa0;?</translation>
    </message>
    <message>
        <source>The code %1 was given will stop working. You can invite them again at any time.</source>
        <translation>Le code donné à %1 cessera de fonctionner. Vous pourrez l’inviter à nouveau à tout moment.</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>The invitation for %1 was withdrawn.</source>
        <translation>L’invitation de %1 a été retirée.</translation>
    </message>
</context>
<context>
    <name>InvitationCodeDialog</name>
    <message>
        <source>Journal invitation</source>
        <translation>Invitation au journal</translation>
    </message>
    <message>
        <source>An invitation for %1</source>
        <translation>Une invitation pour %1</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Code d’invitation</translation>
    </message>
    <message>
        <source>Give this code to %1. At the lock screen they choose &apos;I have an invitation code&apos;, then pick their own handle and passphrase. You will never see or set their passphrase.</source>
        <translation>Donnez ce code à %1. Sur l’écran de verrouillage, la personne choisit «&#xa0;J’ai un code d’invitation&#xa0;», puis choisit son propre pseudo et sa phrase secrète. Vous ne verrez ni ne définirez jamais sa phrase secrète.</translation>
    </message>
    <message>
        <source>The code works once. Nothing they write in their journal can be read by facilitators.</source>
        <translation>Le code ne fonctionne qu’une fois. Rien de ce que la personne écrit dans son journal ne peut être lu par l’équipe d’animation.</translation>
    </message>
    <message>
        <source>&amp;Let them set it up now</source>
        <translation>&amp;La laisser s’installer maintenant</translation>
    </message>
    <message>
        <source>Locks your session and opens the invitation screen for them.</source>
        <translation>Verrouille votre session et ouvre pour elle l’écran d’invitation.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Terminé</translation>
    </message>
</context>
<context>
    <name>JoinGroupDialog</name>
    <message>
        <source>Join a group from a join kit</source>
        <translation>Rejoindre un groupe avec un kit d’arrivée</translation>
    </message>
    <message>
        <source>Join your group on this computer</source>
        <translation>Rejoindre votre groupe sur cet ordinateur</translation>
    </message>
    <message>
        <source>A facilitator made a join kit for you on their computer. Choose it, type the handle you want here and the passphrase the kit was made with.</source>
        <translation>Une personne de l’équipe d’animation a préparé un kit d’arrivée pour vous sur son ordinateur. Choisissez-le, tapez ici le pseudo que vous voulez et la phrase secrète avec laquelle le kit a été créé.</translation>
    </message>
    <message>
        <source>Join kit file</source>
        <translation>Fichier du kit d’arrivée</translation>
    </message>
    <message>
        <source>&amp;Choose the join kit…</source>
        <translation>&amp;Choisir le kit d’arrivée…</translation>
    </message>
    <message>
        <source>Choose the join kit</source>
        <translation>Choisir le kit d’arrivée</translation>
    </message>
    <message>
        <source>Your handle</source>
        <translation>Votre pseudo</translation>
    </message>
    <message>
        <source>Passphrase of the join kit</source>
        <translation>Phrase secrète du kit d’arrivée</translation>
    </message>
    <message>
        <source>Join kit:</source>
        <translation>Kit d’arrivée&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Handle:</source>
        <translation>&amp;Pseudo&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>Phrase &amp;secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>&amp;Join the group</source>
        <translation>&amp;Rejoindre le groupe</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Join kits (*.ssjoin)</source>
        <translation>Kits d’arrivée (*.ssjoin)</translation>
    </message>
    <message>
        <source>Opening the join kit and protecting your keys…</source>
        <translation>Ouverture du kit d’arrivée et protection de vos clés…</translation>
    </message>
    <message>
        <source>You have joined. Now copy down your recovery code.</source>
        <translation>Vous avez rejoint le groupe. Notez maintenant votre code de secours.</translation>
    </message>
</context>
<context>
    <name>JoinKitDialog</name>
    <message>
        <source>&amp;Make the join kit</source>
        <translation>&amp;Créer le kit d’arrivée</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Passphrase of the facilitator joining</source>
        <translation>Phrase secrète de la personne qui rejoint l’équipe d’animation</translation>
    </message>
    <message>
        <source>Con&amp;firm passphrase:</source>
        <translation>Con&amp;firmer la phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Confirm the joining facilitator&apos;s passphrase</source>
        <translation>Confirmer la phrase secrète de la personne qui rejoint</translation>
    </message>
    <message>
        <source>Join kit for a new computer</source>
        <translation>Kit d’arrivée pour un nouvel ordinateur</translation>
    </message>
    <message>
        <source>Please hand the keyboard to the facilitator who will use the new computer</source>
        <translation>Passez le clavier à la personne de l’équipe d’animation qui utilisera le nouvel ordinateur</translation>
    </message>
    <message>
        <source>The join kit holds the whole group, locked with this passphrase. On the new computer they open it with the same passphrase, which becomes theirs there. Carry it in person and delete it from the stick once the new computer has joined.</source>
        <translation>Le kit d’arrivée contient tout le groupe, verrouillé avec cette phrase secrète. Sur le nouvel ordinateur, la personne l’ouvre avec la même phrase secrète, qui devient la sienne sur cet ordinateur. Transportez-le en main propre et effacez-le de la clé USB une fois que le nouvel ordinateur a rejoint le groupe.</translation>
    </message>
    <message>
        <source>Name of the new computer</source>
        <translation>Nom du nouvel ordinateur</translation>
    </message>
    <message>
        <source>For example: Sam&apos;s laptop</source>
        <translation>Par exemple&#xa0;: portable de Sam</translation>
    </message>
    <message>
        <source>&amp;Name of the new computer:</source>
        <translation>&amp;Nom du nouvel ordinateur&#xa0;:</translation>
    </message>
    <message>
        <source>Name message</source>
        <translation>Message sur le nom</translation>
    </message>
    <message>
        <source>Making and checking the join kit…</source>
        <translation>Création et vérification du kit d’arrivée…</translation>
    </message>
    <message>
        <source>Saved and checked: %1. It is safe to remove the stick.</source>
        <translation>Enregistré et vérifié&#xa0;: %1. Vous pouvez retirer la clé USB en toute sécurité.</translation>
    </message>
</context>
<context>
    <name>JournalController</name>
    <message>
        <source>Some entries could not be opened because they seem damaged. They have been left exactly as they were.</source>
        <translation>Certaines entrées n’ont pas pu être ouvertes car elles semblent abîmées. Elles ont été laissées exactement telles quelles.</translation>
    </message>
</context>
<context>
    <name>JournalEditor</name>
    <message>
        <source>Editor heading</source>
        <translation>En-tête de l’éditeur</translation>
    </message>
    <message>
        <source>Prompt:</source>
        <translation>Piste&#xa0;:</translation>
    </message>
    <message>
        <source>Prompt you are writing about</source>
        <translation>Piste à partir de laquelle vous écrivez</translation>
    </message>
    <message>
        <source>Remove prompt</source>
        <translation>Retirer la piste</translation>
    </message>
    <message>
        <source>Remove the prompt from this entry</source>
        <translation>Retirer la piste de cette entrée</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Day this entry is about</source>
        <translation>Jour dont parle cette entrée</translation>
    </message>
    <message>
        <source>You can choose an earlier day to write about a day that has passed.</source>
        <translation>Vous pouvez choisir un jour antérieur pour écrire sur un jour passé.</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Jour&#xa0;:</translation>
    </message>
    <message>
        <source>Star this entr&amp;y</source>
        <translation>Mettre en &amp;favori</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Favori</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Mood: not noted</source>
        <translation>Humeur&#xa0;: non notée</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Mood %1 of %2, %3</source>
        <translation>Humeur %1 sur %2, %3</translation>
    </message>
    <message>
        <source>&amp;Mood:</source>
        <translation>&amp;Humeur&#xa0;:</translation>
    </message>
    <message>
        <source>Write whatever you like. Only you can read this.

You can use Markdown if you know it: *italic*, **bold**, - lists.</source>
        <translation>Écrivez ce que vous voulez. Personne d’autre que vous ne peut lire ceci.

Vous pouvez utiliser Markdown si vous connaissez&#xa0;: *italique*, **gras**, - listes.</translation>
    </message>
    <message>
        <source>Entry text</source>
        <translation>Texte de l’entrée</translation>
    </message>
    <message>
        <source>&amp;Entry:</source>
        <translation>&amp;Entrée&#xa0;:</translation>
    </message>
    <message>
        <source>for example: tired, hopeful</source>
        <translation>par exemple&#xa0;: fatigue, espoir</translation>
    </message>
    <message>
        <source>Feelings, separated by commas</source>
        <translation>Ressentis, séparés par des virgules</translation>
    </message>
    <message>
        <source>&amp;Feelings:</source>
        <translation>&amp;Ressentis&#xa0;:</translation>
    </message>
    <message>
        <source>for example: work, family</source>
        <translation>par exemple&#xa0;: travail, famille</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Étiquettes, séparées par des virgules</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>Éti&amp;quettes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Enregi&amp;strer</translation>
    </message>
    <message>
        <source>Save this entry (Ctrl+S)</source>
        <translation>Enregistrer cette entrée (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;New entry</source>
        <translation>&amp;Nouvelle entrée</translation>
    </message>
    <message>
        <source>Start a new entry (Ctrl+N)</source>
        <translation>Commencer une nouvelle entrée (Ctrl+N)</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>Suppri&amp;mer…</translation>
    </message>
    <message>
        <source>Delete this entry for good</source>
        <translation>Supprimer cette entrée pour de bon</translation>
    </message>
    <message>
        <source>Saving status</source>
        <translation>État de l’enregistrement</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Show the saved version of this entry instead of what you typed</source>
        <translation>Afficher la version enregistrée de cette entrée au lieu de ce que vous avez tapé</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Nouvelle entrée</translation>
    </message>
    <message>
        <source>Entry for %1</source>
        <translation>Entrée du %1</translation>
    </message>
</context>
<context>
    <name>JournalExport</name>
    <message>
        <source>My journal</source>
        <translation>Mon journal</translation>
    </message>
</context>
<context>
    <name>JournalExportDialog</name>
    <message>
        <source>Export my journal</source>
        <translation>Exporter mon journal</translation>
    </message>
    <message>
        <source>Which kind of copy would you like?</source>
        <translation>Quel type de copie voulez-vous&#xa0;?</translation>
    </message>
    <message>
        <source>A private &amp;backup file (encrypted)</source>
        <translation>Un fichier de &amp;sauvegarde privé (chiffré)</translation>
    </message>
    <message>
        <source>To move your journal to another computer, or to keep a spare copy. It holds all your entries, your safety plan and your templates, locked with a passphrase you choose. Only that passphrase can open it.</source>
        <translation>Pour transférer votre journal vers un autre ordinateur, ou garder une copie de secours. Il contient toutes vos entrées, votre plan de sécurité et vos modèles, verrouillés avec une phrase secrète que vous choisissez. Seule cette phrase secrète peut l’ouvrir.</translation>
    </message>
    <message>
        <source>A &amp;readable copy (NOT encrypted)</source>
        <translation>Une copie &amp;lisible (NON chiffrée)</translation>
    </message>
    <message>
        <source>The entries between two dates, as a Markdown or PDF file you can read, print or take to someone you trust. Anyone who gets this file can read it.</source>
        <translation>Les entrées entre deux dates, dans un fichier Markdown ou PDF que vous pouvez lire, imprimer ou montrer à une personne de confiance. Toute personne qui obtient ce fichier peut le lire.</translation>
    </message>
    <message>
        <source>Choose the passphrase that will open this file. It can be the one you unlock with, or a new one. You will need it to bring the file back in, so keep it somewhere safe.</source>
        <translation>Choisissez la phrase secrète qui ouvrira ce fichier. Ce peut être celle qui vous sert à déverrouiller, ou une nouvelle. Vous en aurez besoin pour réimporter le fichier&#xa0;: gardez-la en lieu sûr.</translation>
    </message>
    <message>
        <source>&amp;Passphrase for the file:</source>
        <translation>&amp;Phrase secrète du fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Passphrase for the backup file</source>
        <translation>Phrase secrète du fichier de sauvegarde</translation>
    </message>
    <message>
        <source>Type it a&amp;gain:</source>
        <translation>Tapez-la à &amp;nouveau&#xa0;:</translation>
    </message>
    <message>
        <source>Passphrase for the backup file, typed again</source>
        <translation>Phrase secrète du fichier de sauvegarde, tapée à nouveau</translation>
    </message>
    <message>
        <source>This copy is NOT encrypted</source>
        <translation>Cette copie n’est PAS chiffrée</translation>
    </message>
    <message>
        <source>Anyone who gets the file can read everything in it. If you can, save it straight onto your own USB stick rather than this computer, and delete it when you no longer need it.</source>
        <translation>Toute personne qui obtient le fichier peut lire tout son contenu. Si possible, enregistrez-le directement sur votre propre clé USB plutôt que sur cet ordinateur, et supprimez-le quand vous n’en avez plus besoin.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Attention</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>D&amp;u&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au&#xa0;:</translation>
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
        <translation>Entrées sur ces dates</translation>
    </message>
    <message>
        <source>Kind of file:</source>
        <translation>Type de fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Save readable &amp;copy…</source>
        <translation>Enregistrer la &amp;copie lisible…</translation>
    </message>
    <message>
        <source>&amp;Create backup file…</source>
        <translation>C&amp;réer le fichier de sauvegarde…</translation>
    </message>
    <message>
        <source>The first day is after the last day. Please check the dates.</source>
        <translation>Le premier jour est après le dernier jour. Vérifiez les dates.</translation>
    </message>
    <message>
        <source>There are no entries between these dates.</source>
        <translation>Il n’y a aucune entrée entre ces dates.</translation>
    </message>
    <message>
        <source>1 entry between these dates.</source>
        <translation>1 entrée entre ces dates.</translation>
    </message>
    <message>
        <source>%1 entries between these dates.</source>
        <translation>%1 entrées entre ces dates.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>«&#xa0;%1&#xa0;» enregistré.</translation>
    </message>
    <message>
        <source>The file could not be saved there, so nothing was written. Please check that the folder or USB stick is still there and has space, then try again.</source>
        <translation>Le fichier n’a pas pu être enregistré à cet endroit&#xa0;: rien n’a donc été écrit. Vérifiez que le dossier ou la clé USB est toujours là et a de la place, puis réessayez.</translation>
    </message>
    <message>
        <source>Sealing your journal: %1 of %2 records</source>
        <translation>Scellement de votre journal&#xa0;: %1 éléments sur %2</translation>
    </message>
    <message>
        <source>Locking your journal with the passphrase you chose… This can take a little while.</source>
        <translation>Verrouillage de votre journal avec la phrase secrète choisie… Cela peut prendre un petit moment.</translation>
    </message>
    <message>
        <source>Save your backup file</source>
        <translation>Enregistrer votre fichier de sauvegarde</translation>
    </message>
    <message>
        <source>SafeSpace journal backup (*.ssjournal)</source>
        <translation>Sauvegarde de journal SafeSpace (*.ssjournal)</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Your backup is saved as “%1”. To bring it into SafeSpace on another computer, choose “Import a journal backup…” on My account there, and type the passphrase you chose for the file.</source>
        <translation>Votre sauvegarde est enregistrée sous «&#xa0;%1&#xa0;». Pour la ramener dans SafeSpace sur un autre ordinateur, choisissez «&#xa0;Importer une sauvegarde de journal…&#xa0;» dans Mon compte sur cet ordinateur-là, et tapez la phrase secrète choisie pour le fichier.</translation>
    </message>
    <message>
        <source>The backup could not be made, and nothing was saved. %1</source>
        <translation>La sauvegarde n’a pas pu être créée, et rien n’a été enregistré. %1</translation>
    </message>
    <message>
        <source>Save a copy that is not encrypted?</source>
        <translation>Enregistrer une copie non chiffrée&#xa0;?</translation>
    </message>
    <message>
        <source>This copy is NOT encrypted: anyone who gets the file can read it. If you can, save it onto your own USB stick rather than this computer, and delete it when you no longer need it.</source>
        <translation>Cette copie n’est PAS chiffrée&#xa0;: toute personne qui obtient le fichier peut le lire. Si possible, enregistrez-la sur votre propre clé USB plutôt que sur cet ordinateur, et supprimez-la quand vous n’en avez plus besoin.</translation>
    </message>
    <message>
        <source>Save the readable copy</source>
        <translation>Enregistrer la copie lisible</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Markdown text (*.md)</source>
        <translation>Texte Markdown (*.md)</translation>
    </message>
    <message>
        <source>Saved “%1”. Remember: this copy is not encrypted. Delete it when you no longer need it.</source>
        <translation>«&#xa0;%1&#xa0;» enregistré. Rappel&#xa0;: cette copie n’est pas chiffrée. Supprimez-la quand vous n’en avez plus besoin.</translation>
    </message>
</context>
<context>
    <name>JournalImportDialog</name>
    <message>
        <source>Import a journal backup</source>
        <translation>Importer une sauvegarde de journal</translation>
    </message>
    <message>
        <source>Bring the entries from a private backup file into your journal, for example one you made on another computer. Entries you already have are kept and nothing is deleted. A safety plan and templates in the file are brought in too.</source>
        <translation>Ramenez dans votre journal les entrées d’un fichier de sauvegarde privé, par exemple un fichier créé sur un autre ordinateur. Les entrées que vous avez déjà sont conservées et rien n’est supprimé. Le plan de sécurité et les modèles contenus dans le fichier sont aussi importés.</translation>
    </message>
    <message>
        <source>No file chosen yet</source>
        <translation>Aucun fichier choisi pour l’instant</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Fichier de sauvegarde</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>Choisir un fichier de sauvegarde</translation>
    </message>
    <message>
        <source>Backup &amp;file:</source>
        <translation>&amp;Fichier de sauvegarde&#xa0;:</translation>
    </message>
    <message>
        <source>Passphrase for the backup file</source>
        <translation>Phrase secrète du fichier de sauvegarde</translation>
    </message>
    <message>
        <source>&amp;Passphrase for the file:</source>
        <translation>&amp;Phrase secrète du fichier&#xa0;:</translation>
    </message>
    <message>
        <source>The passphrase that was chosen when the backup was made.</source>
        <translation>La phrase secrète choisie au moment de la sauvegarde.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Choose a journal backup</source>
        <translation>Choisir une sauvegarde de journal</translation>
    </message>
    <message>
        <source>SafeSpace journal backup (*.ssjournal);;All files (*)</source>
        <translation>Sauvegarde de journal SafeSpace (*.ssjournal);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Opening the backup file… This can take a little while.</source>
        <translation>Ouverture du fichier de sauvegarde… Cela peut prendre un petit moment.</translation>
    </message>
    <message>
        <source>Your journal already had everything in this file. Nothing needed to change.</source>
        <translation>Votre journal contenait déjà tout ce qui se trouve dans ce fichier. Rien n’a eu besoin de changer.</translation>
    </message>
    <message>
        <source>Done: 1 entry added or updated.</source>
        <translation>Terminé&#xa0;: 1 entrée ajoutée ou mise à jour.</translation>
    </message>
    <message>
        <source>Done: %1 entries added or updated.</source>
        <translation>Terminé&#xa0;: %1 entrées ajoutées ou mises à jour.</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>A private journal (optional)</source>
        <translation>Un journal privé (facultatif)</translation>
    </message>
    <message>
        <source>Members can keep a journal on this computer that only they open.</source>
        <translation>Les membres peuvent tenir sur cet ordinateur un journal privé, que personne d’autre ne peut ouvrir.</translation>
    </message>
    <message>
        <source>&amp;Yes, prepare a journal invitation for them when I save</source>
        <translation>&amp;Oui, préparer une invitation au journal pour cette personne à l’enregistrement</translation>
    </message>
    <message>
        <source>If they would like one, you will get a one-time invitation code to give them. They then choose their own handle and passphrase; you never see it, and nobody else can read what they write.</source>
        <translation>Si la personne le souhaite, vous recevrez un code d’invitation à usage unique à lui donner. Elle choisit ensuite son propre pseudo et sa phrase secrète&#xa0;; vous ne voyez jamais cette phrase secrète, et personne d’autre ne peut lire ce qu’elle écrit.</translation>
    </message>
    <message>
        <source>You can also invite them later from the Members page.</source>
        <translation>Vous pouvez aussi l’inviter plus tard depuis la page Membres.</translation>
    </message>
</context>
<context>
    <name>JournalSection</name>
    <message>
        <source>Private journal</source>
        <translation>Journal privé</translation>
    </message>
    <message>
        <source>&amp;Invite to keep a journal…</source>
        <translation>&amp;Inviter à tenir un journal…</translation>
    </message>
    <message>
        <source>G&amp;ive a new code…</source>
        <translation>&amp;Donner un nouveau code…</translation>
    </message>
    <message>
        <source>For a lost code: the old code stops working and a new one is shown.</source>
        <translation>Pour un code perdu&#xa0;: l’ancien code cesse de fonctionner et un nouveau s’affiche.</translation>
    </message>
    <message>
        <source>Withdraw the invitation…</source>
        <translation>Retirer l’invitation…</translation>
    </message>
    <message>
        <source>The code they were given stops working.</source>
        <translation>Le code qui lui a été donné cesse de fonctionner.</translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <source>About your journal&apos;s privacy</source>
        <translation>À propos de la confidentialité de votre journal</translation>
    </message>
    <message>
        <source>&amp;Options…</source>
        <translation>&amp;Options…</translation>
    </message>
    <message>
        <source>Choose what your journal page shows</source>
        <translation>Choisir ce qu’affiche la page de votre journal</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>KeyMapPanel</name>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>KioskController</name>
    <message>
        <source>Please choose a number from 1 to 5 first.</source>
        <translation>Choisissez d’abord un chiffre de 1 à 5.</translation>
    </message>
    <message>
        <source>Please answer at least one question, or write what you would change.</source>
        <translation>Répondez à au moins une question, ou écrivez ce que vous changeriez.</translation>
    </message>
    <message>
        <source>Thank you. Your words are saved, without your name. Take good care.</source>
        <translation>Merci. Vos mots sont enregistrés, sans votre nom. Prenez bien soin de vous.</translation>
    </message>
    <message>
        <source>Please type a facilitator&apos;s passphrase.</source>
        <translation>Saisissez la phrase secrète d’une personne de l’équipe d’animation.</translation>
    </message>
</context>
<context>
    <name>KioskForm</name>
    <message>
        <source>A topic I&apos;d like</source>
        <translation>Un sujet qui m’intéresse</translation>
    </message>
    <message>
        <source>Something you&apos;d like the group to talk about</source>
        <translation>Un sujet dont vous aimeriez que le groupe parle</translation>
    </message>
</context>
<context>
    <name>KioskScreen</name>
    <message>
        <source>Anonymous feedback</source>
        <translation>Avis anonymes</translation>
    </message>
    <message>
        <source>How is the group going for you?</source>
        <translation>Comment se passe le groupe pour vous&#xa0;?</translation>
    </message>
    <message>
        <source>Thank you for coming today</source>
        <translation>Merci de votre présence aujourd’hui</translation>
    </message>
    <message>
        <source>This is anonymous: no names, and nothing about who you are is kept. Facilitators only see answers once at least three people have replied, and never in the order they came.</source>
        <translation>C’est anonyme&#xa0;: aucun nom, et rien sur qui vous êtes n’est gardé. L’équipe d’animation ne voit les réponses qu’une fois qu’au moins trois personnes ont répondu, et jamais dans l’ordre où elles sont arrivées.</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Date de la réunion</translation>
    </message>
    <message>
        <source>What needs attention</source>
        <translation>Ce qui demande votre attention</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Send my answers</source>
        <translation>Envoyer mes réponses</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Merci</translation>
    </message>
    <message>
        <source>For facilitators</source>
        <translation>Pour l’équipe d’animation</translation>
    </message>
    <message>
        <source>For facilitators: close this screen</source>
        <translation>Pour l’équipe d’animation&#xa0;: fermer cet écran</translation>
    </message>
    <message>
        <source>Close the feedback screen</source>
        <translation>Fermer l’écran d’avis</translation>
    </message>
    <message>
        <source>A facilitator&apos;s passphrase closes this screen and opens the vault again. If someone else started it, type your own handle too.</source>
        <translation>La phrase secrète d’une personne de l’équipe d’animation ferme cet écran et rouvre le coffre. Si quelqu’un d’autre l’a lancé, saisissez aussi votre pseudo.</translation>
    </message>
    <message>
        <source>Facilitator&apos;s passphrase</source>
        <translation>Phrase secrète d’une personne qui anime</translation>
    </message>
    <message>
        <source>Handle (only if you did not start this screen)</source>
        <translation>Pseudo (seulement si vous n’avez pas lancé cet écran)</translation>
    </message>
    <message>
        <source>Only if you did not start this screen</source>
        <translation>Seulement si vous n’avez pas lancé cet écran</translation>
    </message>
    <message>
        <source>Why the screen is still open</source>
        <translation>Pourquoi l’écran est toujours ouvert</translation>
    </message>
    <message>
        <source>&amp;Close the feedback screen</source>
        <translation>&amp;Fermer l’écran d’avis</translation>
    </message>
    <message>
        <source>&amp;Back to the form</source>
        <translation>&amp;Retour au formulaire</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>Retour au formulaire</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Handle (optional)</source>
        <translation>Pse&amp;udo (facultatif)</translation>
    </message>
</context>
<context>
    <name>LeavingActions</name>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Show them in the roster again.</source>
        <translation>Afficher à nouveau la personne dans la liste des membres.</translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation>Arc&amp;hiver</translation>
    </message>
    <message>
        <source>Hide them from the roster. Nothing is deleted.</source>
        <translation>Masquer la personne dans la liste des membres. Rien n’est supprimé.</translation>
    </message>
    <message>
        <source>Archive this member?</source>
        <translation>Archiver ce membre&#xa0;?</translation>
    </message>
    <message>
        <source>Archive %1? They will be hidden from the roster, but nothing is deleted. You can restore them at any time with “Show archived”.</source>
        <translation>Archiver %1&#xa0;? La personne sera masquée de la liste des membres, mais rien n’est supprimé. Vous pouvez la restaurer à tout moment avec «&#xa0;Afficher les archives&#xa0;».</translation>
    </message>
    <message>
        <source>%1 is archived. Nothing was deleted.</source>
        <translation>La fiche de %1 est archivée. Rien n’a été supprimé.</translation>
    </message>
    <message>
        <source>Archived. Nothing was deleted; you can restore them at any time.</source>
        <translation>Fiche archivée. Rien n’a été supprimé&#xa0;; vous pouvez restaurer la personne à tout moment.</translation>
    </message>
    <message>
        <source>%1 is back on the roster.</source>
        <translation>%1 est de retour sur la liste des membres.</translation>
    </message>
    <message>
        <source>Restored to the roster.</source>
        <translation>De retour sur la liste des membres.</translation>
    </message>
    <message>
        <source>%1 is archived as having left.</source>
        <translation>La fiche de %1 est archivée&#xa0;: cette personne a quitté le groupe.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>Nouveau statut pour %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Forgotten. Their entry now reads “%1”, and their details are gone.</source>
        <translation>Oubli effectué. Sa fiche indique maintenant «&#xa0;%1&#xa0;», et ses informations ont disparu.</translation>
    </message>
    <message>
        <source>Erasing their details…</source>
        <translation>Effacement de ses informations…</translation>
    </message>
    <message>
        <source>1 person left more than %1 ago. Time to review?</source>
        <translation>1 personne est partie il y a plus de %1. Le moment de faire le point&#xa0;?</translation>
    </message>
    <message>
        <source>%2 people left more than %1 ago. Time to review?</source>
        <translation>%2 personnes sont parties il y a plus de %1. Le moment de faire le point&#xa0;?</translation>
    </message>
</context>
<context>
    <name>LeavingSection</name>
    <message>
        <source>Archive someone who has left: nothing is deleted and you can restore them. If they ask to be forgotten, Forget erases their details for good.</source>
        <translation>Archivez une personne qui est partie&#xa0;: rien n’est supprimé et vous pouvez la restaurer. Si elle demande à être oubliée, Oublier efface ses informations pour de bon.</translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation>Arc&amp;hiver</translation>
    </message>
    <message>
        <source>&amp;Forget this person…</source>
        <translation>&amp;Oublier cette personne…</translation>
    </message>
    <message>
        <source>Erase their name and details for good. This cannot be undone.</source>
        <translation>Effacer son nom et ses informations pour de bon. C’est définitif.</translation>
    </message>
    <message>
        <source>Leaving the group</source>
        <translation>Départ du groupe</translation>
    </message>
</context>
<context>
    <name>LengthLimitNote</name>
    <message>
        <source>Length limit</source>
        <translation>Limite de longueur</translation>
    </message>
    <message>
        <source>Only the first %1 characters fit here; the rest was left out.</source>
        <translation>Seuls les %1 premiers caractères tiennent ici&#xa0;; le reste a été laissé de côté.</translation>
    </message>
    <message>
        <source>That is the most this field holds (%1 characters).</source>
        <translation>C’est le maximum que ce champ peut contenir (%1 caractères).</translation>
    </message>
</context>
<context>
    <name>ListPanel</name>
    <message>
        <source>Search by name, pronouns or note</source>
        <translation>Chercher par nom, pronoms ou note</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <source>Search the roster</source>
        <translation>Chercher dans la liste des membres</translation>
    </message>
    <message>
        <source>Search the roster (%1)</source>
        <translation>Chercher dans la liste des membres (%1)</translation>
    </message>
    <message>
        <source>S&amp;earch:</source>
        <translation>C&amp;hercher&#xa0;:</translation>
    </message>
    <message>
        <source>Sho&amp;w archived</source>
        <translation>Afficher les &amp;archives</translation>
    </message>
    <message>
        <source>Also list people who have left, and former members. Nothing archived is deleted.</source>
        <translation>Afficher aussi les personnes parties et les anciens membres. Rien de ce qui est archivé n’est supprimé.</translation>
    </message>
    <message>
        <source>A&amp;dd member</source>
        <translation>A&amp;jouter un membre</translation>
    </message>
    <message>
        <source>Add someone to the roster (%1)</source>
        <translation>Ajouter quelqu’un à la liste des membres (%1)</translation>
    </message>
    <message>
        <source>E&amp;nrol a newcomer…</source>
        <translation>I&amp;nscrire une nouvelle personne…</translation>
    </message>
    <message>
        <source>Walk a newcomer through what stays in the room and their consent choices, one at a time.</source>
        <translation>Accompagner une nouvelle personne, étape par étape, dans ce qui reste entre nous et ses choix de consentement.</translation>
    </message>
    <message>
        <source>I&amp;mport sign-up sheet…</source>
        <translation>I&amp;mporter une liste d’inscription…</translation>
    </message>
    <message>
        <source>Add people from a paper sign-up list saved as CSV.</source>
        <translation>Ajouter des personnes depuis une liste d’inscription papier enregistrée en CSV.</translation>
    </message>
    <message>
        <source>E&amp;xport roster (CSV)…</source>
        <translation>E&amp;xporter la liste (CSV)…</translation>
    </message>
    <message>
        <source>Save the roster as a CSV file (not encrypted).</source>
        <translation>Enregistrer la liste des membres dans un fichier CSV (non chiffré).</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Liste des membres</translation>
    </message>
    <message>
        <source>Use the arrow keys to choose a member; their details open on the right.</source>
        <translation>Utilisez les flèches pour choisir un membre&#xa0;; ses informations s’ouvrent à droite.</translation>
    </message>
    <message>
        <source>Loading the roster…</source>
        <translation>Chargement de la liste des membres…</translation>
    </message>
    <message>
        <source>How many members are shown</source>
        <translation>Nombre de membres affichés</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Pronoms</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
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
        <translation>Coffre</translation>
    </message>
    <message>
        <source>This vault is locked. Type your own handle and passphrase.</source>
        <translation>Ce coffre est verrouillé. Tapez votre propre pseudo et votre phrase secrète.</translation>
    </message>
    <message>
        <source>Your handle</source>
        <translation>Votre pseudo</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Votre phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>&amp;Handle</source>
        <translation>P&amp;seudo</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Phrase secrète</translation>
    </message>
    <message>
        <source>I forgot my passphrase</source>
        <translation>J’ai oublié ma phrase secrète</translation>
    </message>
    <message>
        <source>I have an invitation code</source>
        <translation>J’ai un code d’invitation</translation>
    </message>
    <message>
        <source>Choose another vault</source>
        <translation>Choisir un autre coffre</translation>
    </message>
    <message>
        <source>Crisis lines (F1)</source>
        <translation>Lignes d’écoute (F1)</translation>
    </message>
    <message>
        <source>Crisis lines</source>
        <translation>Lignes d’écoute</translation>
    </message>
    <message>
        <source>Phone lines you can call for support right now</source>
        <translation>Des lignes téléphoniques à appeler pour du soutien, dès maintenant</translation>
    </message>
    <message>
        <source>Demo passphrases</source>
        <translation>Phrases secrètes de démo</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo only.&lt;/b&gt; This vault holds made-up people. Its passphrases are public:</source>
        <translation>&lt;b&gt;Démonstration uniquement.&lt;/b&gt; Ce coffre contient des personnes inventées. Ses phrases secrètes sont publiques&#xa0;:</translation>
    </message>
    <message>
        <source>Checking… this takes a moment on purpose, to slow down guessing.</source>
        <translation>Vérification… cela prend un moment exprès, pour freiner les tentatives au hasard.</translation>
    </message>
    <message>
        <source>Please type your handle.</source>
        <translation>Tapez votre pseudo.</translation>
    </message>
    <message>
        <source>Please type your passphrase.</source>
        <translation>Tapez votre phrase secrète.</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Vous pouvez réessayer maintenant.</translation>
    </message>
    <message>
        <source>Too many attempts in a row. To keep this vault safe, please wait %1 s.</source>
        <translation>Trop de tentatives d’affilée. Pour protéger ce coffre, patientez %1 s.</translation>
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
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>&amp;Hide now</source>
        <translation>&amp;Masquer maintenant</translation>
    </message>
    <message>
        <source>Lock at once and minimise the window (F12)</source>
        <translation>Verrouiller tout de suite et réduire la fenêtre (F12)</translation>
    </message>
    <message>
        <source>&amp;Choose another vault…</source>
        <translation>&amp;Choisir un autre coffre…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;About SafeSpace</source>
        <translation>À &amp;propos de SafeSpace</translation>
    </message>
    <message>
        <source>How your &amp;privacy is protected</source>
        <translation>Comment votre &amp;vie privée est protégée</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>C&amp;offre</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Follow the s&amp;ystem</source>
        <translation>Suivre le &amp;système</translation>
    </message>
    <message>
        <source>Who is unlocked</source>
        <translation>Qui est déverrouillé</translation>
    </message>
    <message>
        <source>Time until the vault locks itself</source>
        <translation>Temps avant le verrouillage automatique du coffre</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <source>Lock now (Ctrl+L)</source>
        <translation>Verrouiller maintenant (Ctrl+L)</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Verrouiller maintenant</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Hide now</source>
        <translation>Masquer maintenant</translation>
    </message>
    <message>
        <source>V&amp;iew</source>
        <translation>A&amp;ffichage</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation>&amp;Couleurs</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Suivre le s&amp;ystème</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>Contraste é&amp;levé</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <source>Text %1 %</source>
        <translation>Texte %1 %</translation>
    </message>
    <message>
        <source>Locks in %1:%2 if idle</source>
        <translation>Verrouillage dans %1:%2 sans activité</translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <source>How was today&apos;s meeting for you?</source>
        <translation>Comment s’est passée la réunion d’aujourd’hui pour vous&#xa0;?</translation>
    </message>
    <message>
        <source>1 — hard for me</source>
        <translation>1 — difficile pour moi</translation>
    </message>
    <message>
        <source>2 — not great</source>
        <translation>2 — pas terrible</translation>
    </message>
    <message>
        <source>3 — all right</source>
        <translation>3 — ça allait</translation>
    </message>
    <message>
        <source>4 — good</source>
        <translation>4 — bien</translation>
    </message>
    <message>
        <source>5 — very good</source>
        <translation>5 — très bien</translation>
    </message>
    <message>
        <source>1 = hard for me</source>
        <translation>1 = difficile pour moi</translation>
    </message>
    <message>
        <source>5 = very good</source>
        <translation>5 = très bien</translation>
    </message>
    <message>
        <source>What helped</source>
        <translation>Ce qui a aidé</translation>
    </message>
    <message>
        <source>What could be better</source>
        <translation>Ce qui pourrait être mieux</translation>
    </message>
    <message>
        <source>What helped? (optional)</source>
        <translation>Qu’est-ce qui a aidé&#xa0;? (facultatif)</translation>
    </message>
    <message>
        <source>What could be better? (optional)</source>
        <translation>Qu’est-ce qui pourrait être mieux&#xa0;? (facultatif)</translation>
    </message>
    <message>
        <source>A topic I&apos;d like (optional)</source>
        <translation>Un sujet qui m’intéresse (facultatif)</translation>
    </message>
</context>
<context>
    <name>MeetingRecordView</name>
    <message>
        <source>Notes after the meeting</source>
        <translation>Notes après la réunion</translation>
    </message>
    <message>
        <source>For facilitators only. Write the themes without names: what was talked about, not who said it.</source>
        <translation>Réservé à l’équipe d’animation. Écrivez les thèmes sans noms&#xa0;: ce dont on a parlé, pas qui l’a dit.</translation>
    </message>
    <message>
        <source>Themes, without names</source>
        <translation>Thèmes, sans noms</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Prochaine réunion</translation>
    </message>
    <message>
        <source>Call for volunteers</source>
        <translation>Appel à bénévoles</translation>
    </message>
    <message>
        <source>Final notes</source>
        <translation>Notes finales</translation>
    </message>
    <message>
        <source>S&amp;ave notes</source>
        <translation>&amp;Enregistrer les notes</translation>
    </message>
    <message>
        <source>T&amp;hemes, without names:</source>
        <translation>&amp;Thèmes, sans noms&#xa0;:</translation>
    </message>
    <message>
        <source>Next &amp;meeting:</source>
        <translation>Proc&amp;haine réunion&#xa0;:</translation>
    </message>
    <message>
        <source>F&amp;inal notes:</source>
        <translation>Notes &amp;finales&#xa0;:</translation>
    </message>
    <message>
        <source>Show the saved notes instead of what you typed</source>
        <translation>Afficher les notes enregistrées au lieu de ce que vous avez tapé</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Call for &amp;volunteers:</source>
        <translation>Appel à &amp;bénévoles&#xa0;:</translation>
    </message>
</context>
<context>
    <name>MemberAgreementView</name>
    <message>
        <source>Group agreement</source>
        <extracomment>The agreement is read, not scanned: keep its lines to a comfortable length.</extracomment>
        <translation>Charte du groupe</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <source>Your group hasn&apos;t written its agreement in SafeSpace yet.</source>
        <translation>Votre groupe n’a pas encore écrit sa charte dans SafeSpace.</translation>
    </message>
    <message>
        <source>The group agreement is how everyone looks after each other at meetings. When your facilitators add it here, you can read it on this page at any time, and print it if you like.</source>
        <translation>La charte du groupe décrit comment chacun et chacune prend soin des autres en réunion. Quand l’équipe d’animation l’aura ajoutée ici, vous pourrez la lire sur cette page à tout moment, et l’imprimer si vous le souhaitez.</translation>
    </message>
    <message>
        <source>What your group has agreed, so that meetings feel safe for everyone. Your facilitators keep it up to date.</source>
        <translation>Ce que votre groupe a convenu, pour que les réunions soient sûres pour tout le monde. L’équipe d’animation la tient à jour.</translation>
    </message>
    <message>
        <source>Version and adoption date</source>
        <translation>Version et date d’adoption</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
</context>
<context>
    <name>MemberForm</name>
    <message>
        <source>Alias or first name</source>
        <translation>Pseudonyme ou prénom</translation>
    </message>
    <message>
        <source>Whatever they are comfortable sharing</source>
        <translation>Ce que la personne souhaite partager</translation>
    </message>
    <message>
        <source>About this name</source>
        <translation>À propos de ce nom</translation>
    </message>
    <message>
        <source>she/her</source>
        <translation>elle</translation>
    </message>
    <message>
        <source>he/him</source>
        <translation>il</translation>
    </message>
    <message>
        <source>they/them</source>
        <translation>iel</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Pronoms</translation>
    </message>
    <message>
        <source>Optional: choose or type</source>
        <translation>Facultatif&#xa0;: choisir ou taper</translation>
    </message>
    <message>
        <source>Role in the group</source>
        <translation>Rôle dans le groupe</translation>
    </message>
    <message>
        <source>Joined the group on</source>
        <translation>Arrivée dans le groupe le</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Status since</source>
        <translation>Statut depuis le</translation>
    </message>
    <message>
        <source>since</source>
        <translation>depuis le</translation>
    </message>
    <message>
        <source>Other access needs</source>
        <translation>Autres besoins d’accessibilité</translation>
    </message>
    <message>
        <source>Anything else, in their words</source>
        <translation>Tout autre besoin, avec ses mots</translation>
    </message>
    <message>
        <source>Facilitator note</source>
        <translation>Note de l’équipe d’animation</translation>
    </message>
    <message>
        <source>Optional. Anything that helps you support them. Only facilitators see it.</source>
        <translation>Facultatif. Tout ce qui vous aide à soutenir la personne. Seule l’équipe d’animation la voit.</translation>
    </message>
    <message>
        <source>Role in the &amp;group</source>
        <translation>Rôle dans le &amp;groupe</translation>
    </message>
    <message>
        <source>&amp;Joined</source>
        <translation>&amp;Arrivée</translation>
    </message>
    <message>
        <source>&amp;Alias or first name (required)</source>
        <translation>P&amp;seudonyme ou prénom (obligatoire)</translation>
    </message>
    <message>
        <source>&amp;Pronouns</source>
        <translation>&amp;Pronoms</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatut</translation>
    </message>
    <message>
        <source>Access needs</source>
        <translation>Besoins d’accessibilité</translation>
    </message>
    <message>
        <source>Facilitator n&amp;ote</source>
        <translation>N&amp;ote de l’équipe d’animation</translation>
    </message>
    <message>
        <source>Contact between meetings</source>
        <translation>Contact entre les réunions</translation>
    </message>
    <message>
        <source>About contact details</source>
        <translation>À propos des coordonnées</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Best time to reach them</source>
        <translation>Meilleur moment pour la joindre</translation>
    </message>
    <message>
        <source>for example: weekday evenings</source>
        <translation>par exemple&#xa0;: en soirée en semaine</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Pas demandé</translation>
    </message>
    <message>
        <source>Yes, a message is OK</source>
        <translation>Oui, un message est possible</translation>
    </message>
    <message>
        <source>No messages, please</source>
        <translation>Pas de message, s’il vous plaît</translation>
    </message>
    <message>
        <source>Is it OK to leave a message?</source>
        <translation>Peut-on laisser un message&#xa0;?</translation>
    </message>
    <message>
        <source>Phone num&amp;ber</source>
        <translation>Numéro de télép&amp;hone</translation>
    </message>
    <message>
        <source>Emai&amp;l</source>
        <translation>E-mai&amp;l</translation>
    </message>
    <message>
        <source>Best time</source>
        <translation>Meilleur moment</translation>
    </message>
    <message>
        <source>OK to leave a message?</source>
        <translation>Peut-on laisser un message&#xa0;?</translation>
    </message>
</context>
<context>
    <name>MemberPage</name>
    <message>
        <source>Once they are saved you can record their consent here. For a newcomer, “Enrol a newcomer…” goes through everything with them.</source>
        <translation>Une fois ses informations enregistrées, vous pourrez noter ici son consentement. Pour une nouvelle personne, «&#xa0;Inscrire une nouvelle personne…&#xa0;» passe tout en revue avec elle.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save these details (%1)</source>
        <translation>Enregistrer ces informations (%1)</translation>
    </message>
    <message>
        <source>Dis&amp;card changes</source>
        <translation>A&amp;bandonner les modifications</translation>
    </message>
</context>
<context>
    <name>MemberResourcesView</name>
    <message>
        <source>Coping resources</source>
        <translation>Ressources d’entraide</translation>
    </message>
    <message>
        <source>Handouts, exercises, readings and local services your group shares. Your favourites are private: only you can see them.</source>
        <translation>Fiches, exercices, lectures et services locaux que votre groupe partage. Vos favoris sont privés&#xa0;: personne d’autre que vous ne les voit.</translation>
    </message>
    <message>
        <source>Only my &amp;favourites</source>
        <translation>Seulement mes &amp;favoris</translation>
    </message>
    <message>
        <source>How many resources are shown</source>
        <translation>Nombre de ressources affichées</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>Su&amp;ggest a resource…</source>
        <translation>&amp;Suggérer une ressource…</translation>
    </message>
    <message>
        <source>Suggest a co&amp;rrection…</source>
        <translation>Suggérer une co&amp;rrection…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Add to my f&amp;avourites</source>
        <translation>Ajouter à mes f&amp;avoris</translation>
    </message>
    <message>
        <source>Remove from my f&amp;avourites</source>
        <translation>Retirer de mes f&amp;avoris</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Parti</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Has a journal</source>
        <translation>A un journal</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invitation envoyée</translation>
    </message>
    <message>
        <source>Not invited</source>
        <translation>Pas d’invitation</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Pronoms</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
</context>
<context>
    <name>MembersController</name>
    <message>
        <source>Added to the roster.</source>
        <translation>Personne ajoutée à la liste des membres.</translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation>Modifications enregistrées.</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Abandonner les modifications&#xa0;?</translation>
    </message>
    <message>
        <source>You have changes here that are not saved yet. Discard them?</source>
        <translation>Certaines modifications ici ne sont pas encore enregistrées. Les abandonner&#xa0;?</translation>
    </message>
</context>
<context>
    <name>MembersView</name>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Your group&apos;s roster. It is kept encrypted on this computer, and only facilitators can open it.</source>
        <translation>La liste des membres de votre groupe. Elle est chiffrée sur cet ordinateur, et seule l’équipe d’animation peut l’ouvrir.</translation>
    </message>
</context>
<context>
    <name>MoodChart</name>
    <message>
        <source>Mood chart</source>
        <translation>Graphique de l’humeur</translation>
    </message>
    <message>
        <source>Mood chart, average by week</source>
        <translation>Graphique de l’humeur, moyenne par semaine</translation>
    </message>
    <message>
        <source>Mood chart, average by month</source>
        <translation>Graphique de l’humeur, moyenne par mois</translation>
    </message>
</context>
<context>
    <name>MoodTable</name>
    <message>
        <source>Mood table</source>
        <translation>Tableau de l’humeur</translation>
    </message>
    <message>
        <source>Week starting</source>
        <translation>Semaine du</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Average mood</source>
        <translation>Humeur moyenne</translation>
    </message>
    <message>
        <source>Entries with a mood</source>
        <translation>Entrées avec une humeur</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>La plus basse</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>La plus haute</translation>
    </message>
    <message>
        <source>Mood table, average by week</source>
        <translation>Tableau de l’humeur, moyenne par semaine</translation>
    </message>
    <message>
        <source>Mood table, average by month</source>
        <translation>Tableau de l’humeur, moyenne par mois</translation>
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
        <translation>Humeur au fil du temps</translation>
    </message>
    <message>
        <source>How your days have felt, from the moods you chose in your own journal entries. It is drawn only from what you wrote, and only you can see it.</source>
        <translation>Comment vos journées ont été ressenties, d’après les humeurs choisies dans vos propres entrées de journal. Ce graphique vient uniquement de ce que vous avez écrit, et personne d’autre que vous ne peut le voir.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>By &amp;week</source>
        <translation>Par &amp;semaine</translation>
    </message>
    <message>
        <source>By &amp;month</source>
        <translation>Par &amp;mois</translation>
    </message>
    <message>
        <source>◀ &amp;Earlier</source>
        <translation>◀ &amp;Plus tôt</translation>
    </message>
    <message>
        <source>Show earlier</source>
        <translation>Afficher plus tôt</translation>
    </message>
    <message>
        <source>&amp;Later ▶</source>
        <translation>Plus ta&amp;rd ▶</translation>
    </message>
    <message>
        <source>Show later</source>
        <translation>Afficher plus tard</translation>
    </message>
    <message>
        <source>Show as a &amp;table</source>
        <translation>Afficher sous forme de &amp;tableau</translation>
    </message>
    <message>
        <source>Show the same numbers as a table instead of a chart</source>
        <translation>Afficher les mêmes chiffres sous forme de tableau plutôt que de graphique</translation>
    </message>
    <message>
        <source>Summary of the chart</source>
        <translation>Résumé du graphique</translation>
    </message>
    <message>
        <source>No moods recorded yet</source>
        <translation>Aucune humeur notée pour l’instant</translation>
    </message>
    <message>
        <source>When you write in your journal, you can choose how you feel, from 1 to 5 (%1). Once you have, this page shows how your weeks and months have been. There&apos;s no right or wrong here, and no need to choose a mood every time.</source>
        <translation>Quand vous écrivez dans votre journal, vous pouvez indiquer comment vous vous sentez, de 1 à 5 (%1). Une fois que vous l’avez fait, cette page montre comment se sont passés vos semaines et vos mois. Il n’y a ni bonne ni mauvaise réponse, et pas besoin de choisir une humeur à chaque fois.</translation>
    </message>
    <message>
        <source>Reading your moods…</source>
        <translation>Lecture de vos humeurs…</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <source>Each dot is the average of the moods you chose that week (%1). Where the line breaks, no mood was recorded.</source>
        <translation>Chaque point est la moyenne des humeurs choisies cette semaine-là (%1). Là où la ligne s’interrompt, aucune humeur n’a été notée.</translation>
    </message>
    <message>
        <source>Each dot is the average of the moods you chose that month (%1). Where the line breaks, no mood was recorded.</source>
        <translation>Chaque point est la moyenne des humeurs choisies ce mois-là (%1). Là où la ligne s’interrompt, aucune humeur n’a été notée.</translation>
    </message>
</context>
<context>
    <name>NamePage</name>
    <message>
        <source>Welcome a newcomer</source>
        <translation>Accueillir une nouvelle personne</translation>
    </message>
    <message>
        <source>An alias or a first name is all the roster needs. Nothing is saved yet.</source>
        <translation>Un pseudonyme ou un prénom, c’est tout ce dont la liste a besoin. Rien n’est encore enregistré.</translation>
    </message>
    <message>
        <source>Alias or first name</source>
        <translation>Pseudonyme ou prénom</translation>
    </message>
    <message>
        <source>Whatever they are comfortable sharing</source>
        <translation>Ce que la personne souhaite partager</translation>
    </message>
    <message>
        <source>&amp;Alias or first name:</source>
        <translation>P&amp;seudonyme ou prénom&#xa0;:</translation>
    </message>
    <message>
        <source>About this name</source>
        <translation>À propos de ce nom</translation>
    </message>
    <message>
        <source>she/her</source>
        <translation>elle</translation>
    </message>
    <message>
        <source>he/him</source>
        <translation>il</translation>
    </message>
    <message>
        <source>they/them</source>
        <translation>iel</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Pronoms</translation>
    </message>
    <message>
        <source>Optional: choose or type</source>
        <translation>Facultatif&#xa0;: choisir ou taper</translation>
    </message>
    <message>
        <source>&amp;Pronouns:</source>
        <translation>&amp;Pronoms&#xa0;:</translation>
    </message>
    <message>
        <source>Next they will see what stays in the room, then choose, one at a time, what else the group may keep. Saying no to any of it is fine.</source>
        <translation>Ensuite, la personne verra ce qui reste entre nous, puis choisira, un point à la fois, ce que le groupe peut garder d’autre. Dire non à n’importe lequel de ces points est tout à fait possible.</translation>
    </message>
</context>
<context>
    <name>NamesPage</name>
    <message>
        <source>Name the vault</source>
        <translation>Nommer le coffre</translation>
    </message>
    <message>
        <source>One label anyone at this PC can see, and one private name.</source>
        <translation>Un nom visible par toute personne devant cet ordinateur, et un nom privé.</translation>
    </message>
    <message>
        <source>Vault label</source>
        <translation>Nom visible du coffre</translation>
    </message>
    <message>
        <source>for example: Tuesday group</source>
        <translation>par exemple&#xa0;: groupe du mardi</translation>
    </message>
    <message>
        <source>Vault &amp;label:</source>
        <translation>Nom &amp;visible du coffre&#xa0;:</translation>
    </message>
    <message>
        <source>Anyone who opens SafeSpace on this computer may see this label, because the list of vaults is shown before anyone unlocks. Pick something that doesn&apos;t say what the group is about, such as “Tuesday group”.</source>
        <translation>Toute personne qui ouvre SafeSpace sur cet ordinateur peut voir ce nom, car la liste des coffres s’affiche avant tout déverrouillage. Choisissez un nom qui ne dit pas de quoi parle le groupe, par exemple «&#xa0;groupe du mardi&#xa0;».</translation>
    </message>
    <message>
        <source>Group&apos;s name</source>
        <translation>Nom du groupe</translation>
    </message>
    <message>
        <source>The &amp;group&apos;s name:</source>
        <translation>Le nom du &amp;groupe&#xa0;:</translation>
    </message>
    <message>
        <source>The group&apos;s real name is sealed inside the vault: only people who unlock it can see it. You can change it later.</source>
        <translation>Le vrai nom du groupe est scellé dans le coffre&#xa0;: seules les personnes qui le déverrouillent peuvent le voir. Vous pourrez le changer plus tard.</translation>
    </message>
    <message>
        <source>Label advice</source>
        <translation>Conseil sur le nom visible</translation>
    </message>
    <message>
        <source>The label contains the group&apos;s name, so anyone at this PC could read it. You may want a more neutral label.</source>
        <translation>Le nom visible contient le nom du groupe&#xa0;: toute personne devant cet ordinateur pourrait le lire. Un nom plus neutre serait peut-être préférable.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Passphrase, typed again</source>
        <translation>Phrase secrète, tapée à nouveau</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Type it a&amp;gain:</source>
        <translation>Tapez-la à &amp;nouveau&#xa0;:</translation>
    </message>
    <message>
        <source>Passphrase advice</source>
        <translation>Conseil sur la phrase secrète</translation>
    </message>
    <message>
        <source>Whether the passphrases match</source>
        <translation>Indique si les phrases secrètes correspondent</translation>
    </message>
    <message>
        <source>&amp;Suggest a passphrase</source>
        <translation>&amp;Suggérer une phrase secrète</translation>
    </message>
    <message>
        <source>Fill in a passphrase made of random everyday words</source>
        <translation>Remplir avec une phrase secrète faite de mots courants pris au hasard</translation>
    </message>
    <message>
        <source>Here is a suggestion. Please type it again below: that helps you remember it.</source>
        <translation>Voici une suggestion. Tapez-la à nouveau ci-dessous&#xa0;: cela vous aide à la retenir.</translation>
    </message>
    <message>
        <source>Fill in a passphrase made of random everyday words, shown so you can learn it</source>
        <translation>Remplir avec une phrase secrète faite de mots courants pris au hasard, affichée pour que vous puissiez l’apprendre</translation>
    </message>
    <message>
        <source>Here is a suggestion, shown so you can learn it or copy it onto paper you keep private. Press “Hide” when you have it.</source>
        <translation>Voici une suggestion, affichée pour que vous puissiez l’apprendre ou la recopier sur un papier que vous gardez en privé. Appuyez sur «&#xa0;Masquer&#xa0;» quand vous l’avez.</translation>
    </message>
    <message>
        <source>Use at least %1 characters. A few unrelated words with spaces are easy to remember and hard to guess.</source>
        <translation>Utilisez au moins %1 caractères. Quelques mots sans rapport entre eux, séparés par des espaces, sont faciles à retenir et difficiles à deviner.</translation>
    </message>
    <message>
        <source>✓ This passphrase is good to use.</source>
        <translation>✓ Cette phrase secrète convient.</translation>
    </message>
    <message>
        <source>✓ Both passphrases match.</source>
        <translation>✓ Les deux phrases secrètes correspondent.</translation>
    </message>
    <message>
        <source>Keep typing…</source>
        <translation>Continuez à taper…</translation>
    </message>
    <message>
        <source>These two don&apos;t match yet. Please check them.</source>
        <translation>Les deux ne correspondent pas encore. Vérifiez-les.</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Roster notice</source>
        <translation>Avis sur la liste des membres</translation>
    </message>
</context>
<context>
    <name>OnThisDayPanel</name>
    <message>
        <source>On this day</source>
        <translation>Ce jour-là</translation>
    </message>
    <message>
        <source>Nothing from this day in earlier years.</source>
        <translation>Rien de ce jour-là les années précédentes.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Open the entry from %1</source>
        <translation>Ouvrir l’entrée du %1</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>Please wait</source>
        <translation>Veuillez patienter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>OptionsPopup</name>
    <message>
        <source>Journal options</source>
        <translation>Options du journal</translation>
    </message>
    <message>
        <source>Show “On this day”: entries from this day in earlier years</source>
        <translation>Afficher «&#xa0;Ce jour-là&#xa0;»&#xa0;: les entrées de ce même jour les années précédentes</translation>
    </message>
    <message>
        <source>This is off unless you turn it on, because old entries can bring back hard days.</source>
        <translation>Cette option est désactivée sauf si vous l’activez, car d’anciennes entrées peuvent rappeler des jours difficiles.</translation>
    </message>
    <message>
        <source>Show prompts that facilitators offer to the group</source>
        <translation>Afficher les pistes que l’équipe d’animation propose au groupe</translation>
    </message>
    <message>
        <source>What you write in answer stays in your journal. Nobody can see whether you answered.</source>
        <translation>Ce que vous écrivez en réponse reste dans votre journal. Personne ne peut savoir si vous avez répondu.</translation>
    </message>
</context>
<context>
    <name>PairTableModel</name>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Checks in with</source>
        <translation>Prend des nouvelles de</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
</context>
<context>
    <name>PairsView</name>
    <message>
        <source>Check-in pairs</source>
        <extracomment>(member id, name shown) for the pickers.</extracomment>
        <translation>Binômes de soutien</translation>
    </message>
    <message>
        <source>Two members who check in with each other between meetings. Only active members who said yes to check-in pairs are offered here; nobody else can be paired.</source>
        <translation>Deux membres qui prennent des nouvelles l’un de l’autre entre les réunions. Seuls les membres actifs qui ont dit oui aux binômes de soutien sont proposés ici&#xa0;; personne d’autre ne peut être mis en binôme.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <source>Current pairs</source>
        <translation>Binômes actuels</translation>
    </message>
    <message>
        <source>Current check-in pairs</source>
        <translation>Binômes de soutien actuels</translation>
    </message>
    <message>
        <source>No pairs yet.</source>
        <translation>Pas encore de binôme.</translation>
    </message>
    <message>
        <source>&amp;End this pair</source>
        <translation>&amp;Terminer ce binôme</translation>
    </message>
    <message>
        <source>The two of them stay on the roster and can be paired again.</source>
        <translation>Les deux personnes restent sur la liste des membres et peuvent être remises en binôme.</translation>
    </message>
    <message>
        <source>Pair two people</source>
        <translation>Former un binôme</translation>
    </message>
    <message>
        <source>Who can be paired</source>
        <translation>Qui peut être mis en binôme</translation>
    </message>
    <message>
        <source>First person</source>
        <translation>Première personne</translation>
    </message>
    <message>
        <source>Second person</source>
        <translation>Deuxième personne</translation>
    </message>
    <message>
        <source>&amp;First person:</source>
        <translation>&amp;Première personne&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Second person:</source>
        <translation>&amp;Deuxième personne&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Pair them</source>
        <translation>&amp;Former le binôme</translation>
    </message>
    <message>
        <source>Pairing message</source>
        <translation>Message sur le binôme</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Afficher la phrase secrète</translation>
    </message>
    <message>
        <source>Show or hide what you typed</source>
        <translation>Afficher ou masquer ce que vous avez tapé</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
</context>
<context>
    <name>PickerDialog</name>
    <message>
        <source>Link resources</source>
        <translation>Lier des ressources</translation>
    </message>
    <message>
        <source>Tick the resources to link. Members see only the resources meant for members on their agenda.</source>
        <translation>Cochez les ressources à lier. Les membres ne voient, dans leur ordre du jour, que les ressources qui leur sont destinées.</translation>
    </message>
    <message>
        <source>Resources to link</source>
        <translation>Ressources à lier</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>&amp;Link these</source>
        <translation>&amp;Lier celles-ci</translation>
    </message>
    <message>
        <source>Link these resources</source>
        <translation>Lier ces ressources</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Shared printers and their print queues may keep a copy of what they print. Collect the pages straight away.</source>
        <extracomment>Printed text is a little larger than the screen&apos;s UI font (people read it at arm&apos;s length).</extracomment>
        <translation>Les imprimantes partagées et leurs files d’attente peuvent garder une copie de ce qu’elles impriment. Récupérez les pages tout de suite.</translation>
    </message>
    <message>
        <source>SafeSpace printout</source>
        <translation>Impression SafeSpace</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
</context>
<context>
    <name>PromptPanel</name>
    <message>
        <source>Self-care check-in</source>
        <translation>Petit point sur soi</translation>
    </message>
    <message>
        <source>How am I? What was hard? What do I need? Facilitators need support too: a few minutes for yourself after a meeting.</source>
        <translation>Comment je vais&#xa0;? Qu’est-ce qui a été difficile&#xa0;? De quoi ai-je besoin&#xa0;? Les personnes qui animent ont aussi besoin de soutien&#xa0;: quelques minutes pour vous après une réunion.</translation>
    </message>
    <message>
        <source>Start a self-care chec&amp;k-in</source>
        <translation>Faire un petit point sur &amp;moi</translation>
    </message>
    <message>
        <source>Prompt of the day</source>
        <translation>Piste du jour</translation>
    </message>
    <message>
        <source>&amp;Write about this</source>
        <translation>&amp;Écrire à ce sujet</translation>
    </message>
    <message>
        <source>Write about the prompt of the day</source>
        <translation>Écrire à partir de la piste du jour</translation>
    </message>
    <message>
        <source>&amp;Prompts and templates…</source>
        <translation>&amp;Pistes et modèles…</translation>
    </message>
</context>
<context>
    <name>PromptsDialog</name>
    <message>
        <source>Gratitude</source>
        <translation>Gratitude</translation>
    </message>
    <message>
        <source>Coping</source>
        <translation>Faire face</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Relations</translation>
    </message>
    <message>
        <source>After a meeting</source>
        <translation>Après une réunion</translation>
    </message>
    <message>
        <source>Hard days</source>
        <translation>Jours difficiles</translation>
    </message>
    <message>
        <source>Prompts and templates</source>
        <translation>Pistes et modèles</translation>
    </message>
    <message>
        <source>Prompt &amp;library</source>
        <translation>&amp;Bibliothèque de pistes</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>&amp;Modèles</translation>
    </message>
    <message>
        <source>&amp;Offer to the group</source>
        <translation>&amp;Proposer au groupe</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Prompts are gentle starting points. Pick one that suits today, or none at all.</source>
        <translation>Les pistes sont des points de départ en douceur. Choisissez-en une qui convient à aujourd’hui, ou aucune.</translation>
    </message>
    <message>
        <source>Kinds of prompt</source>
        <translation>Types de pistes</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Pistes</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;rompts:</source>
        <translation>P&amp;istes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Write about this</source>
        <translation>&amp;Écrire à ce sujet</translation>
    </message>
    <message>
        <source>A template is a starting text for an entry, such as a few questions you like to answer. Your templates are sealed in your journal like your entries.</source>
        <translation>Un modèle est un texte de départ pour une entrée, par exemple quelques questions auxquelles vous aimez répondre. Vos modèles sont scellés dans votre journal, comme vos entrées.</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>&amp;Use this template</source>
        <translation>&amp;Utiliser ce modèle</translation>
    </message>
    <message>
        <source>&amp;Delete template…</source>
        <translation>&amp;Supprimer le modèle…</translation>
    </message>
    <message>
        <source>Make a new template</source>
        <translation>Créer un nouveau modèle</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Nom du modèle</translation>
    </message>
    <message>
        <source>for example: Evening review</source>
        <translation>par exemple&#xa0;: bilan du soir</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Template text</source>
        <translation>Texte du modèle</translation>
    </message>
    <message>
        <source>for example:
What went well today?
What was hard?</source>
        <translation>par exemple&#xa0;:
Qu’est-ce qui s’est bien passé aujourd’hui&#xa0;?
Qu’est-ce qui a été difficile&#xa0;?</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save template</source>
        <translation>&amp;Enregistrer le modèle</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>%1 (comes with the app)</source>
        <translation>%1 (fourni avec l’application)</translation>
    </message>
    <message>
        <source>You have no templates yet.</source>
        <translation>Vous n’avez pas encore de modèle.</translation>
    </message>
    <message>
        <source>Saved the template “%1”.</source>
        <translation>Modèle «&#xa0;%1&#xa0;» enregistré.</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Supprimer le modèle</translation>
    </message>
    <message>
        <source>Delete the template “%1”? Entries you wrote with it stay as they are.</source>
        <translation>Supprimer le modèle «&#xa0;%1&#xa0;»&#xa0;? Les entrées écrites avec lui restent telles quelles.</translation>
    </message>
    <message>
        <source>Deleted the template “%1”.</source>
        <translation>Modèle «&#xa0;%1&#xa0;» supprimé.</translation>
    </message>
    <message>
        <source>Offer a prompt to the group, for example a take-away from the last meeting. Members who chose to receive group prompts will see it in their journal. Their answers stay in their own journals: nobody, you included, can see who answered or what they wrote.</source>
        <translation>Proposez une piste au groupe, par exemple une idée à retenir de la dernière réunion. Les membres qui ont choisi de recevoir les pistes du groupe la verront dans leur journal. Leurs réponses restent dans leur propre journal&#xa0;: personne, vous y compris, ne peut voir qui a répondu ni ce qui a été écrit.</translation>
    </message>
    <message>
        <source>Prompt to offer</source>
        <translation>Piste à proposer</translation>
    </message>
    <message>
        <source>for example: What is one thing you will carry into this week?</source>
        <translation>par exemple&#xa0;: Qu’allez-vous emporter avec vous cette semaine&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Prompt:</source>
        <translation>Pis&amp;te&#xa0;:</translation>
    </message>
    <message>
        <source>Offer to the &amp;group</source>
        <translation>Proposer au &amp;groupe</translation>
    </message>
    <message>
        <source>Prompts offered to the group</source>
        <translation>Pistes proposées au groupe</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Retirer…</translation>
    </message>
    <message>
        <source>Offered now</source>
        <translation>Proposées actuellement</translation>
    </message>
    <message>
        <source>%1 (offered %2)</source>
        <translation>%1 (proposée le %2)</translation>
    </message>
    <message>
        <source>No prompts are offered to the group.</source>
        <translation>Aucune piste n’est proposée au groupe.</translation>
    </message>
    <message>
        <source>Offered. Members who receive group prompts will see it.</source>
        <translation>Proposée. Les membres qui reçoivent les pistes du groupe la verront.</translation>
    </message>
    <message>
        <source>Withdraw prompt</source>
        <translation>Retirer la piste</translation>
    </message>
    <message>
        <source>Withdraw this prompt? Members will no longer see it. Anything they already wrote stays in their own journals.</source>
        <translation>Retirer cette piste&#xa0;? Les membres ne la verront plus. Ce qu’ils ont déjà écrit reste dans leur propre journal.</translation>
    </message>
    <message>
        <source>Withdrawn.</source>
        <translation>Retirée.</translation>
    </message>
</context>
<context>
    <name>ProtectPage</name>
    <message>
        <source>Protecting your keys</source>
        <translation>Protection de vos clés</translation>
    </message>
    <message>
        <source>This takes a few seconds.</source>
        <translation>Cela prend quelques secondes.</translation>
    </message>
    <message>
        <source>SafeSpace first measures how fast this computer is, so that it can make every guess at your passphrase slow and costly. Then it creates the vault and locks the group&apos;s keys with your passphrase.</source>
        <translation>SafeSpace mesure d’abord la vitesse de cet ordinateur, afin de rendre chaque tentative de deviner votre phrase secrète lente et coûteuse. Ensuite, il crée le coffre et verrouille les clés du groupe avec votre phrase secrète.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Progress protecting your keys</source>
        <translation>Progression de la protection de vos clés</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Ce qui n’a pas fonctionné</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Measuring how fast this computer is…</source>
        <translation>Mesure de la vitesse de cet ordinateur…</translation>
    </message>
    <message>
        <source>Creating the vault and locking its keys…</source>
        <translation>Création du coffre et verrouillage de ses clés…</translation>
    </message>
    <message>
        <source>✓ Your vault is ready.</source>
        <translation>✓ Votre coffre est prêt.</translation>
    </message>
    <message>
        <source>The vault was not created.</source>
        <translation>Le coffre n’a pas été créé.</translation>
    </message>
    <message>
        <source>You can try again, or go back and change what you typed.</source>
        <translation>Vous pouvez réessayer, ou revenir en arrière pour changer ce que vous avez tapé.</translation>
    </message>
</context>
<context>
    <name>ReadOnlyVault</name>
    <message>
        <source>This vault is read-only, so nothing can be changed here. Open it from a disk you can write to, to make changes.</source>
        <translation>Ce coffre est en lecture seule&#xa0;: rien ne peut être modifié ici. Pour faire des modifications, ouvrez-le depuis un disque où l’on peut écrire.</translation>
    </message>
</context>
<context>
    <name>ReaderPanel</name>
    <message>
        <source>Resource title</source>
        <translation>Titre de la ressource</translation>
    </message>
    <message>
        <source>About this resource</source>
        <translation>À propos de cette ressource</translation>
    </message>
    <message>
        <source>Service details</source>
        <translation>Informations sur le service</translation>
    </message>
    <message>
        <source>Content note</source>
        <translation>Avertissement de contenu</translation>
    </message>
    <message>
        <source>&amp;Open the resource</source>
        <translation>&amp;Ouvrir la ressource</translation>
    </message>
    <message>
        <source>Open the resource</source>
        <translation>Ouvrir la ressource</translation>
    </message>
    <message>
        <source>Resource text</source>
        <translation>Texte de la ressource</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Choose a resource to read it here.</source>
        <translation>Choisissez une ressource pour la lire ici.</translation>
    </message>
</context>
<context>
    <name>RecordAgreementDialog</name>
    <message>
        <source>Record agreement at a meeting</source>
        <translation>Noter l’adoption en réunion</translation>
    </message>
    <message>
        <source>Agreement to version %1</source>
        <translation>Accord sur la version %1</translation>
    </message>
    <message>
        <source>How many people were at the meeting, and how many agreed to the group agreement (for example by a show of hands)? Only the two numbers are kept, never any names.</source>
        <translation>Combien de personnes étaient à la réunion, et combien ont donné leur accord à la charte du groupe (par exemple à main levée)&#xa0;? Seuls les deux nombres sont gardés, jamais aucun nom.</translation>
    </message>
    <message>
        <source>Number of people present</source>
        <translation>Nombre de personnes présentes</translation>
    </message>
    <message>
        <source>Number of people who agreed</source>
        <translation>Nombre de personnes d’accord</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Date de la réunion</translation>
    </message>
    <message>
        <source>People &amp;present:</source>
        <translation>Personnes &amp;présentes&#xa0;:</translation>
    </message>
    <message>
        <source>People who &amp;agreed:</source>
        <translation>Personnes d’&amp;accord&#xa0;:</translation>
    </message>
    <message>
        <source>Meeting &amp;date:</source>
        <translation>&amp;Date de la réunion&#xa0;:</translation>
    </message>
    <message>
        <source>Problem with the numbers</source>
        <translation>Problème avec les nombres</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Noter</translation>
    </message>
</context>
<context>
    <name>RecordConsentDialog</name>
    <message>
        <source>Record consent</source>
        <translation>Noter le consentement</translation>
    </message>
    <message>
        <source>Show or read this to %1 in these words (version %2), and record their consent only if they say yes.</source>
        <translation>Montrez ou lisez ceci à %1 avec ces mots (version %2), et notez son consentement seulement si la personne dit oui.</translation>
    </message>
    <message>
        <source>Wording shown, version %1</source>
        <translation>Texte montré, version %1</translation>
    </message>
    <message>
        <source>In &amp;person</source>
        <translation>En &amp;personne</translation>
    </message>
    <message>
        <source>On pa&amp;per</source>
        <translation>Sur pa&amp;pier</translation>
    </message>
    <message>
        <source>How they agreed:</source>
        <translation>Accord donné&#xa0;:</translation>
    </message>
    <message>
        <source>Date they agreed</source>
        <translation>Date de l’accord</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Record consent</source>
        <translation>&amp;Noter le consentement</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>RecoverAccountScreen</name>
    <message>
        <source>Use your recovery code</source>
        <translation>Utiliser votre code de secours</translation>
    </message>
    <message>
        <source>Forgot your passphrase? Your recovery code lets you in and you choose a new passphrase. Each code works only once, so afterwards you will get a new one to write down.</source>
        <translation>Phrase secrète oubliée&#xa0;? Votre code de secours vous permet d’entrer et de choisir une nouvelle phrase secrète. Chaque code ne fonctionne qu’une fois&#xa0;: vous en recevrez ensuite un nouveau à noter.</translation>
    </message>
    <message>
        <source>Set my new &amp;passphrase</source>
        <translation>Définir ma nouvelle &amp;phrase secrète</translation>
    </message>
    <message>
        <source>Protecting your keys with the new passphrase… a few seconds.</source>
        <translation>Protection de vos clés avec la nouvelle phrase secrète… quelques secondes.</translation>
    </message>
    <message>
        <source>Your new passphrase is set. Your old recovery code no longer works: please replace it with this new one on your paper.</source>
        <translation>Votre nouvelle phrase secrète est définie. Votre ancien code de secours ne fonctionne plus&#xa0;: remplacez-le sur votre papier par celui-ci.</translation>
    </message>
    <message>
        <source>Continue to &amp;my space</source>
        <translation>Continuer vers &amp;mon espace</translation>
    </message>
    <message>
        <source>Your handle</source>
        <translation>Votre pseudo</translation>
    </message>
    <message>
        <source>Your &amp;handle:</source>
        <translation>Votre ps&amp;eudo&#xa0;:</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Code de secours</translation>
    </message>
    <message>
        <source>&amp;Recovery code:</source>
        <translation>&amp;Code de secours&#xa0;:</translation>
    </message>
    <message>
        <source>Recovery code check</source>
        <translation>Vérification du code de secours</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nouvelle phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>%1 letters and digits in groups of four. Spaces, dashes and capital letters don&apos;t matter.</source>
        <translation>%1 lettres et chiffres en groupes de quatre. Les espaces, les tirets et les majuscules n’ont pas d’importance.</translation>
    </message>
    <message>
        <source>%1 of %2 letters and digits so far.</source>
        <translation>%1 lettres et chiffres sur %2 pour l’instant.</translation>
    </message>
    <message>
        <source>That is %1 letters and digits; a recovery code has %2.</source>
        <translation>Cela fait %1 lettres et chiffres&#xa0;; un code de secours en compte %2.</translation>
    </message>
    <message>
        <source>✓ That looks like a complete recovery code.</source>
        <translation>✓ Cela ressemble à un code de secours complet.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>Your new recovery code</source>
        <translation>Votre nouveau code de secours</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>Je l’ai noté</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePanel</name>
    <message>
        <source>This is your recovery code. Write it on paper now and keep it somewhere private. If you ever forget your passphrase, it lets you in once and then you choose a new passphrase. Nobody else can reset it for you.</source>
        <translation>Voici votre code de secours. Écrivez-le sur papier maintenant et gardez-le en lieu privé. Si vous oubliez un jour votre phrase secrète, il vous permet d’entrer une fois, puis de choisir une nouvelle phrase secrète. Personne d’autre ne peut la réinitialiser pour vous.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Code de secours</translation>
    </message>
    <message>
        <source>To check you have it, please type group %1 (counting from the left):</source>
        <translation>Pour vérifier que vous l’avez, tapez le groupe %1 (en comptant depuis la gauche)&#xa0;:</translation>
    </message>
    <message>
        <source>Group %1 of your recovery code</source>
        <translation>Groupe %1 de votre code de secours</translation>
    </message>
    <message>
        <source>✓ That matches. Thank you.</source>
        <translation>✓ Ça correspond. Merci.</translation>
    </message>
    <message>
        <source>That doesn&apos;t match yet — please check the group number.</source>
        <translation>Ça ne correspond pas encore — vérifiez le numéro du groupe.</translation>
    </message>
</context>
<context>
    <name>ReportExportDialog</name>
    <message>
        <source>Save the report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Attention</translation>
    </message>
    <message>
        <source>Counts below 3 read “fewer than 3” in the file too, and the same few numbers are “not shown”.</source>
        <translation>Dans le fichier aussi, les nombres inférieurs à 3 s’affichent «&#xa0;moins de 3&#xa0;», et les mêmes quelques nombres sont «&#xa0;non affiché&#xa0;».</translation>
    </message>
    <message>
        <source>I &amp;understand that this file is not encrypted</source>
        <translation>Je &amp;comprends que ce fichier n’est pas chiffré</translation>
    </message>
    <message>
        <source>I understand that this file is not encrypted</source>
        <translation>Je comprends que ce fichier n’est pas chiffré</translation>
    </message>
    <message>
        <source>&amp;Choose where to save…</source>
        <translation>C&amp;hoisir où enregistrer…</translation>
    </message>
    <message>
        <source>Choose where to save</source>
        <translation>Choisir où enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>About these numbers</source>
        <translation>À propos de ces chiffres</translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Précédente</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Période précédente</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>&amp;Suivante ▶</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>Période suivante</translation>
    </message>
    <message>
        <source>This &amp;quarter</source>
        <translation>Ce &amp;trimestre</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Ce trimestre</translation>
    </message>
    <message>
        <source>Period shown</source>
        <translation>Période affichée</translation>
    </message>
    <message>
        <source>Kind of period</source>
        <translation>Type de période</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>D&amp;u</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;au</translation>
    </message>
    <message>
        <source>Show &amp;dates</source>
        <translation>Affic&amp;her les dates</translation>
    </message>
    <message>
        <source>Show these dates</source>
        <translation>Afficher ces dates</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <source>Attendance over time</source>
        <translation>Présences dans le temps</translation>
    </message>
    <message>
        <source>No meetings held</source>
        <translation>Aucune réunion tenue</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Attendance table</source>
        <translation>Tableau des présences</translation>
    </message>
    <message>
        <source>Ratings over time</source>
        <translation>Notes dans le temps</translation>
    </message>
    <message>
        <source>No ratings given</source>
        <translation>Aucune note donnée</translation>
    </message>
    <message>
        <source>Average rating</source>
        <translation>Note moyenne</translation>
    </message>
    <message>
        <source>Ratings table</source>
        <translation>Tableau des notes</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <source>No evaluations in this period.</source>
        <translation>Aucune évaluation pendant cette période.</translation>
    </message>
    <message>
        <source>How the numbers are counted</source>
        <translation>Comment les chiffres sont comptés</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en PD&amp;F…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Enregistrer en &amp;CSV…</translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <translation>Enregistrer en CSV</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>About printing</source>
        <translation>À propos de l’impression</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>En bref</translation>
    </message>
</context>
<context>
    <name>Resources</name>
    <message>
        <source>Your unsaved typing from before SafeSpace locked is back. Save it, or choose Cancel to let it go.</source>
        <translation>Ce que vous aviez saisi sans l’enregistrer avant le verrouillage de SafeSpace est revenu. Enregistrez-le, ou choisissez Annuler pour l’abandonner.</translation>
    </message>
</context>
<context>
    <name>ResourcesView</name>
    <message>
        <source>Coping resources</source>
        <translation>Ressources d’entraide</translation>
    </message>
    <message>
        <source>Resources due for a check</source>
        <translation>Ressources à vérifier</translation>
    </message>
    <message>
        <source>How many resources are shown</source>
        <translation>Nombre de ressources affichées</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>&amp;New resource</source>
        <translation>&amp;Nouvelle ressource</translation>
    </message>
    <message>
        <source>&amp;Import a folder…</source>
        <translation>&amp;Importer un dossier…</translation>
    </message>
    <message>
        <source>E&amp;xport the library…</source>
        <translation>E&amp;xporter la bibliothèque…</translation>
    </message>
    <message>
        <source>Add &amp;the examples</source>
        <translation>&amp;Ajouter les exemples</translation>
    </message>
    <message>
        <source>Adds a few example resources, clearly labelled, to change or remove</source>
        <translation>Ajoute quelques ressources d’exemple, clairement signalées, à modifier ou supprimer</translation>
    </message>
    <message>
        <source>Members&apos; su&amp;ggestions…</source>
        <translation>Su&amp;ggestions des membres…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>&amp;Mark details checked today</source>
        <translation>Marquer les informations &amp;vérifiées aujourd’hui</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primer…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Large print</source>
        <translation>&amp;Gros caractères</translation>
    </message>
    <message>
        <source>Print in large type</source>
        <translation>Imprimer en gros caractères</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Remove resource</source>
        <translation>Retirer la ressource</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>What a restore does</source>
        <translation>Ce que fait une restauration</translation>
    </message>
    <message>
        <source>What the backup holds</source>
        <translation>Ce que contient la sauvegarde</translation>
    </message>
    <message>
        <source>I understand: changes made since this backup will be replaced</source>
        <translation>Je comprends&#xa0;: les modifications faites depuis cette sauvegarde seront remplacées</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation>&amp;Restaurer cette sauvegarde</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Restaurer cette sauvegarde</translation>
    </message>
    <message>
        <source>Cancel, keep the vault as it is</source>
        <translation>Annuler, garder le coffre tel quel</translation>
    </message>
    <message>
        <source>The backup holds</source>
        <translation>La sauvegarde contient</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>1 month</source>
        <translation>1 mois</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 mois</translation>
    </message>
</context>
<context>
    <name>RetentionBanner</name>
    <message>
        <source>Retention reminder</source>
        <translation>Rappel de conservation</translation>
    </message>
    <message>
        <source>Re&amp;view…</source>
        <translation>&amp;Passer en revue…</translation>
    </message>
    <message>
        <source>Review people who left a while ago</source>
        <translation>Passer en revue les personnes parties depuis un moment</translation>
    </message>
</context>
<context>
    <name>RetentionReviewDialog</name>
    <message>
        <source>People who left a while ago</source>
        <translation>Personnes parties depuis un moment</translation>
    </message>
    <message>
        <source>Nobody is waiting for review now. Thank you for looking after this.</source>
        <translation>Personne n’est en attente de revue pour l’instant. Merci de veiller à cela.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>These people left the group more than %1 ago. Unless they asked you to keep their details, you may want to forget them now. Nothing is forgotten without you choosing it.</source>
        <translation>Ces personnes ont quitté le groupe il y a plus de %1. Sauf si elles vous ont demandé de garder leurs informations, vous pouvez choisir de les oublier maintenant. Rien n’est oublié sans votre choix.</translation>
    </message>
    <message>
        <source>left on %1</source>
        <translation>départ le %1</translation>
    </message>
    <message>
        <source>left, date not recorded</source>
        <translation>départ, date non notée</translation>
    </message>
    <message>
        <source>Forget…</source>
        <translation>Oublier…</translation>
    </message>
    <message>
        <source>Forget %1</source>
        <translation>Oublier %1</translation>
    </message>
</context>
<context>
    <name>RoomScreen</name>
    <message>
        <source>%1 — room screen</source>
        <translation>%1 — écran de la salle</translation>
    </message>
    <message>
        <source>Room screen</source>
        <translation>Écran de la salle</translation>
    </message>
    <message>
        <source>Let&apos;s take a pause.

Breathe in, breathe out. Take the time you need — we will carry on together in a moment.</source>
        <translation>Faisons une pause.

Inspirez, expirez. Prenez le temps qu’il vous faut — nous reprendrons ensemble dans un moment.</translation>
    </message>
    <message>
        <source>Thank you for coming. Take good care until next time.</source>
        <translation>Merci pour votre présence. Prenez bien soin de vous jusqu’à la prochaine fois.</translation>
    </message>
    <message>
        <source>We will carry on in a moment</source>
        <translation>Nous reprenons dans un moment</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>Reste %1</translation>
    </message>
    <message>
        <source>Taking a little longer</source>
        <translation>Cela prend un peu plus de temps</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Maintenant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Ensuite&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (%2 waiting)</source>
        <translation>%1 (%2 en attente)</translation>
    </message>
</context>
<context>
    <name>RosterExportDialog</name>
    <message>
        <source>Export the roster</source>
        <translation>Exporter la liste des membres</translation>
    </message>
    <message>
        <source>Export the roster as a CSV file</source>
        <translation>Exporter la liste des membres dans un fichier CSV</translation>
    </message>
    <message>
        <source>This file is not encrypted. Anyone who can open it can read every name and detail in it. Save it only where it needs to go, and delete it when you are done.</source>
        <translation>Ce fichier n’est pas chiffré. Toute personne qui peut l’ouvrir peut lire chaque nom et chaque information qu’il contient. Enregistrez-le seulement là où il doit aller, et supprimez-le quand vous avez terminé.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Attention</translation>
    </message>
    <message>
        <source>The file always has names, pronouns, roles, status, dates and access needs. Former members are never included. Add only what the file is for:</source>
        <translation>Le fichier contient toujours les noms, pronoms, rôles, statuts, dates et besoins d’accessibilité. Les anciens membres n’y figurent jamais. N’ajoutez que ce dont le fichier a besoin&#xa0;:</translation>
    </message>
    <message>
        <source>Include people who have &amp;left</source>
        <translation>Inclure les personnes &amp;parties</translation>
    </message>
    <message>
        <source>Include &amp;contact details (only of people who agreed to be contacted)</source>
        <translation>Inclure les &amp;coordonnées (seulement des personnes qui ont accepté d’être contactées)</translation>
    </message>
    <message>
        <source>Include facilitator &amp;notes</source>
        <translation>Inclure les &amp;notes de l’équipe d’animation</translation>
    </message>
    <message>
        <source>I &amp;understand that this file is not encrypted</source>
        <translation>Je &amp;comprends que ce fichier n’est pas chiffré</translation>
    </message>
    <message>
        <source>&amp;Choose where to save…</source>
        <translation>C&amp;hoisir où enregistrer…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <source>Row %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Import a sign-up sheet</source>
        <translation>Importer une liste d’inscription</translation>
    </message>
    <message>
        <source>From “%1”. Nothing is added to the roster until you choose Import at the bottom.</source>
        <translation>Depuis «&#xa0;%1&#xa0;». Rien n’est ajouté à la liste des membres tant que vous n’avez pas choisi Importer en bas.</translation>
    </message>
    <message>
        <source>How the file was read</source>
        <translation>Comment le fichier a été lu</translation>
    </message>
    <message>
        <source>This file can&apos;t be imported as it is</source>
        <translation>Ce fichier ne peut pas être importé tel quel</translation>
    </message>
    <message>
        <source>Problems with the file</source>
        <translation>Problèmes avec le fichier</translation>
    </message>
    <message>
        <source>&amp;Name (needed):</source>
        <translation>&amp;Nom (obligatoire)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Pronouns:</source>
        <translation>&amp;Pronoms&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Best time to call:</source>
        <translation>&amp;Meilleur moment pour appeler&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Agreed to be contacted:</source>
        <translation>&amp;Accord pour un contact&#xa0;:</translation>
    </message>
    <message>
        <source>(not in this sheet)</source>
        <translation>(absent de cette feuille)</translation>
    </message>
    <message>
        <source>Column for %1</source>
        <translation>Colonne pour %1</translation>
    </message>
    <message>
        <source>Contact details are kept only for people whose “agreed to be contacted” column says yes; that consent is recorded as given on paper.</source>
        <translation>Les coordonnées ne sont gardées que pour les personnes dont la colonne «&#xa0;accord pour un contact&#xa0;» indique oui&#xa0;; ce consentement est noté comme donné sur papier.</translation>
    </message>
    <message>
        <source>Preview of the people in the sheet</source>
        <translation>Aperçu des personnes de la feuille</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Résumé de l’importation</translation>
    </message>
    <message>
        <source>&amp;Leave out the rows with problems</source>
        <translation>&amp;Laisser de côté les lignes qui posent problème</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Which column holds what</source>
        <translation>Quelle colonne contient quoi</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>This sheet was not saved as UTF-8, so its letters were read as Western European (Windows) text, the way Excel on Windows saves a CSV file. Please check that the names below look right, especially letters like é, ñ or ë. If they don&apos;t, save the sheet as “CSV UTF-8” and import it again.</source>
        <translation>Cette feuille n’a pas été enregistrée en UTF-8&#xa0;: ses lettres ont donc été lues comme du texte d’Europe occidentale (Windows), comme Excel sous Windows enregistre un fichier CSV. Vérifiez que les noms ci-dessous s’affichent correctement, surtout les lettres comme é, ñ ou ë. Sinon, enregistrez la feuille en «&#xa0;CSV UTF-8&#xa0;» et importez-la à nouveau.</translation>
    </message>
    <message>
        <source>This sheet did not say how its letters are stored, so it was read as Unicode (UTF-16) text. Please check that the names below look right.</source>
        <translation>Cette feuille n’indiquait pas comment ses lettres sont enregistrées&#xa0;: elle a donc été lue comme du texte Unicode (UTF-16). Vérifiez que les noms ci-dessous s’affichent correctement.</translation>
    </message>
    <message>
        <source>Nothing has been saved. Open the sheet in your spreadsheet program, fix what is listed here, save it as “CSV UTF-8”, and import it again.</source>
        <translation>Rien n’a été enregistré. Ouvrez la feuille dans votre tableur, corrigez ce qui est indiqué ici, enregistrez-la en «&#xa0;CSV UTF-8&#xa0;», et importez-la à nouveau.</translation>
    </message>
    <message>
        <source>Please check the column choices</source>
        <translation>Vérifiez les choix de colonnes</translation>
    </message>
    <message>
        <source>&amp;Import 1 person</source>
        <translation>&amp;Importer 1 personne</translation>
    </message>
    <message>
        <source>&amp;Import %1 people</source>
        <translation>&amp;Importer %1 personnes</translation>
    </message>
    <message>
        <source>Nothing can be imported from this file yet.</source>
        <translation>Rien ne peut encore être importé depuis ce fichier.</translation>
    </message>
    <message>
        <source>%1 of %2 rows have a problem (marked ⚠ below). Fix them in the sheet and import it again, or leave those rows out.</source>
        <translation>%1 lignes sur %2 posent problème (marquées ⚠ ci-dessous). Corrigez-les dans la feuille et importez-la à nouveau, ou laissez ces lignes de côté.</translation>
    </message>
    <message>
        <source>%1 rows with problems will be left out; the others are ready.</source>
        <translation>%1 lignes qui posent problème seront laissées de côté&#xa0;; les autres sont prêtes.</translation>
    </message>
    <message>
        <source>Every row is ready. Check the names once more.</source>
        <translation>Toutes les lignes sont prêtes. Vérifiez les noms une dernière fois.</translation>
    </message>
</context>
<context>
    <name>RotaNotice</name>
    <message>
        <source>Meetings that need cover</source>
        <translation>Réunions à remplacer</translation>
    </message>
    <message>
        <source>Open the ro&amp;ta</source>
        <translation>Ouvrir le p&amp;lanning</translation>
    </message>
    <message>
        <source>Open the rota</source>
        <translation>Ouvrir le planning</translation>
    </message>
</context>
<context>
    <name>RotaView</name>
    <message>
        <source>Rota</source>
        <translation>Planning</translation>
    </message>
    <message>
        <source>Who leads and who supports each of the next meetings. Groups stay well when at least two people share the facilitating and take turns leading.</source>
        <translation>Qui anime et qui est en soutien à chacune des prochaines réunions. Les groupes se portent bien quand au moins deux personnes partagent l’animation et animent à tour de rôle.</translation>
    </message>
    <message>
        <source>Rota summary</source>
        <translation>Résumé du planning</translation>
    </message>
    <message>
        <source>A note about sharing the lead</source>
        <translation>Une note sur le partage de l’animation</translation>
    </message>
    <message>
        <source>The next meetings</source>
        <translation>Les prochaines réunions</translation>
    </message>
    <message>
        <source>The &amp;next meetings:</source>
        <translation>Les &amp;prochaines réunions&#xa0;:</translation>
    </message>
    <message>
        <source>Who leads</source>
        <translation>Qui anime</translation>
    </message>
    <message>
        <source>Who supports</source>
        <translation>Qui est en soutien</translation>
    </message>
    <message>
        <source>Who covers for someone away</source>
        <translation>Qui remplace une personne absente</translation>
    </message>
    <message>
        <source>Who is away</source>
        <translation>Qui s’absente</translation>
    </message>
    <message>
        <source>&amp;Leads:</source>
        <translation>&amp;Anime&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Supports:</source>
        <translation>En &amp;soutien&#xa0;:</translation>
    </message>
    <message>
        <source>Away:</source>
        <translation>Absence&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Cover:</source>
        <translation>Re&amp;mplace&#xa0;:</translation>
    </message>
    <message>
        <source>Save the &amp;rota for this meeting</source>
        <translation>Enregistrer le p&amp;lanning de cette réunion</translation>
    </message>
    <message>
        <source>Show the saved rota instead of your choices</source>
        <translation>Afficher le planning enregistré au lieu de vos choix</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>%1 is away</source>
        <translation>%1 s’absente</translation>
    </message>
</context>
<context>
    <name>RoundPanel</name>
    <message>
        <source>Turns taken in this round</source>
        <translation>Prises de parole dans ce tour de table</translation>
    </message>
    <message>
        <source>Done so far:</source>
        <translation>Ont déjà parlé&#xa0;:</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Maintenant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Press Return to call the next person.</source>
        <translation>Appuyez sur Entrée pour appeler la personne suivante.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 — a little over the suggested time</source>
        <translation>%1 — un peu au-delà du temps suggéré</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Ensuite&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nobody else is waiting.</source>
        <translation>Personne d’autre n’attend.</translation>
    </message>
</context>
<context>
    <name>RunConsoleView</name>
    <message>
        <source>Agenda; the current part is selected</source>
        <translation>Ordre du jour&#xa0;; le point en cours est sélectionné</translation>
    </message>
    <message>
        <source>Your note for this part</source>
        <translation>Votre note pour cette partie</translation>
    </message>
    <message>
        <source>Facilitator notes for the meeting record (no names)</source>
        <translation>Notes de l’équipe d’animation pour le compte rendu (sans noms)</translation>
    </message>
    <message>
        <source>Themes, without names, for the meeting record</source>
        <translation>Thèmes, sans noms, pour le compte rendu</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Suggested length of a turn in a round</source>
        <translation>Durée suggérée d’une prise de parole dans un tour de table</translation>
    </message>
    <message>
        <source>&amp;Turn in a round:</source>
        <translation>Durée d’un &amp;tour de parole&#xa0;:</translation>
    </message>
    <message>
        <source>Your note: %1</source>
        <translation>Votre note&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 left in this part</source>
        <translation>Reste %1 pour ce point</translation>
    </message>
    <message>
        <source>%1 over the plan for this part</source>
        <translation>%1 de dépassement pour ce point</translation>
    </message>
    <message>
        <source>(timer paused)</source>
        <translation>(minuteur en pause)</translation>
    </message>
    <message>
        <source>Meeting: %1 left</source>
        <translation>Réunion&#xa0;: reste %1</translation>
    </message>
    <message>
        <source>Meeting: %1 over</source>
        <translation>Réunion&#xa0;: %1 de dépassement</translation>
    </message>
    <message>
        <source>The meeting has ended</source>
        <translation>La réunion est terminée</translation>
    </message>
</context>
<context>
    <name>SafetyCard</name>
    <message>
        <source>Safety pause — the timers have stopped</source>
        <translation>Pause de sécurité — les minuteurs sont arrêtés</translation>
    </message>
    <message>
        <source>1. Acknowledge what happened, gently: &quot;That sounds really hard. Let&apos;s pause for a moment.&quot;
2. Offer a way out without pressure: &quot;Anyone who wants to step out can; one of us will come with you.&quot;
3. Remind everyone of the group agreement: we listen without judging and what is said here stays here.
4. Notice who may need a follow-up after the meeting, and note it later — no names on screen.
If someone is in danger now, call the emergency number or a crisis line.</source>
        <translation>1. Reconnaissez ce qui s’est passé, avec douceur&#xa0;: «&#xa0;Ça a l’air vraiment difficile. Faisons une petite pause.&#xa0;»
2. Proposez une porte de sortie, sans pression&#xa0;: «&#xa0;Si vous voulez sortir un moment, c’est possible&#xa0;; quelqu’un de l’équipe vous accompagnera.&#xa0;»
3. Rappelez à tout le monde la charte du groupe&#xa0;: on écoute sans juger, et ce qui se dit ici reste ici.
4. Repérez qui pourrait avoir besoin d’un suivi après la réunion, et notez-le plus tard — pas de noms à l’écran.
Si quelqu’un est en danger maintenant, appelez le numéro d’urgence ou une ligne d’écoute.</translation>
    </message>
    <message>
        <source>Crisis lines (F1)</source>
        <translation>Lignes d’écoute (F1)</translation>
    </message>
    <message>
        <source>Show the crisis lines</source>
        <translation>Afficher les lignes d’écoute</translation>
    </message>
    <message>
        <source>Carry on with the meeting (F9)</source>
        <translation>Reprendre la réunion (F9)</translation>
    </message>
    <message>
        <source>End the safety pause and carry on</source>
        <translation>Terminer la pause de sécurité et reprendre</translation>
    </message>
</context>
<context>
    <name>SafetyPlanController</name>
    <message>
        <source>You have changes that aren&apos;t saved yet.</source>
        <translation>Certaines modifications ne sont pas encore enregistrées.</translation>
    </message>
    <message>
        <source>Nothing written yet.</source>
        <translation>Rien d’écrit pour l’instant.</translation>
    </message>
    <message>
        <source>✓ Your plan is saved.</source>
        <translation>✓ Votre plan est enregistré.</translation>
    </message>
    <message>
        <source>Your safety plan is saved. Only you can open it.</source>
        <translation>Votre plan de sécurité est enregistré. Personne d’autre que vous ne peut l’ouvrir.</translation>
    </message>
    <message>
        <source>Your plan is empty. Add a few lines first, then print it.</source>
        <translation>Votre plan est vide. Ajoutez d’abord quelques lignes, puis imprimez-le.</translation>
    </message>
    <message>
        <source>Before you print</source>
        <translation>Avant d’imprimer</translation>
    </message>
    <message>
        <source>Printing sends your safety plan to the printer. On a shared PC or printer, copies can stay in the print queue: collect it straight away.</source>
        <translation>L’impression envoie votre plan de sécurité à l’imprimante. Sur un ordinateur ou une imprimante partagés, des copies peuvent rester dans la file d’attente&#xa0;: récupérez-le tout de suite.</translation>
    </message>
    <message>
        <source>Continue to print</source>
        <translation>Continuer vers l’impression</translation>
    </message>
    <message>
        <source>Nothing was printed.</source>
        <translation>Rien n’a été imprimé.</translation>
    </message>
    <message>
        <source>SafeSpace printout</source>
        <translation>Impression SafeSpace</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>The printer could not be started. Nothing was printed.</source>
        <translation>L’imprimante n’a pas pu être lancée. Rien n’a été imprimé.</translation>
    </message>
    <message>
        <source>Sent to the printer. Please collect it straight away.</source>
        <translation>Envoyé à l’imprimante. Récupérez-le tout de suite.</translation>
    </message>
    <message>
        <source>Some lines did not fit on the card; the full plan has them all.</source>
        <translation>Certaines lignes ne tenaient pas sur la carte&#xa0;; le plan complet les contient toutes.</translation>
    </message>
</context>
<context>
    <name>SafetyPlanView</name>
    <message>
        <source>My safety plan</source>
        <translation>Mon plan de sécurité</translation>
    </message>
    <message>
        <source>A safety plan is a short list, in your own words, of what helps when things feel like too much. Fill in as much or as little as you like, and change it whenever you want. When you need it, start at the top and keep going until you feel safer.</source>
        <translation>Un plan de sécurité est une courte liste, avec vos propres mots, de ce qui aide quand tout semble trop lourd. Remplissez-en autant ou aussi peu que vous voulez, et modifiez-le quand vous le souhaitez. Quand vous en avez besoin, commencez en haut et continuez jusqu’à vous sentir plus en sécurité.</translation>
    </message>
    <message>
        <source>Your plan is sealed with your own key, so only you can open it. This app never contacts anyone for you. Press F2 at any time to come back to this page. If you are in danger right now, please call your local emergency number.</source>
        <translation>Votre plan est scellé avec votre propre clé&#xa0;: personne d’autre que vous ne peut l’ouvrir. Cette application ne contacte jamais personne à votre place. Appuyez sur F2 à tout moment pour revenir à cette page. Si vous êtes en danger en ce moment, appelez le numéro d’urgence local.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Whether your plan is saved</source>
        <translation>Indique si votre plan est enregistré</translation>
    </message>
    <message>
        <source>&amp;Save my plan</source>
        <translation>&amp;Enregistrer mon plan</translation>
    </message>
    <message>
        <source>&amp;Print the plan…</source>
        <translation>&amp;Imprimer le plan…</translation>
    </message>
    <message>
        <source>Print a &amp;wallet card…</source>
        <translation>Imprimer une &amp;carte de poche…</translation>
    </message>
    <message>
        <source>Printing asks first: shared printers can keep a copy.</source>
        <translation>L’impression demande d’abord confirmation&#xa0;: les imprimantes partagées peuvent garder une copie.</translation>
    </message>
    <message>
        <source>Show your plan as saved instead of what you typed</source>
        <translation>Afficher votre plan tel qu’enregistré au lieu de ce que vous avez tapé</translation>
    </message>
    <message>
        <source>Thoughts, feelings, situations or things you notice in yourself when things start to get harder.</source>
        <translation>Les pensées, émotions, situations ou signes que vous remarquez en vous quand les choses commencent à devenir plus difficiles.</translation>
    </message>
    <message>
        <source>Small things that help you feel a bit better by yourself, like a walk, music, a shower or slow breathing.</source>
        <translation>De petites choses qui vous aident à vous sentir un peu mieux par vous-même, comme une promenade, de la musique, une douche ou une respiration lente.</translation>
    </message>
    <message>
        <source>People you can be around and places you can go that take your mind off things, even for a little while.</source>
        <translation>Des personnes à côté de qui vous pouvez être et des lieux où aller qui vous changent les idées, même un petit moment.</translation>
    </message>
    <message>
        <source>People you trust and can ask for help. You could add how to reach them.</source>
        <translation>Des personnes de confiance à qui demander de l’aide. Vous pouvez ajouter comment les joindre.</translation>
    </message>
    <message>
        <source>Your doctor, a counsellor, a helpline or another service, with their number and when they are open.</source>
        <translation>Votre médecin, votre psy, une ligne d’écoute ou un autre service, avec leur numéro et leurs horaires.</translation>
    </message>
    <message>
        <source>Things you can do, perhaps with someone&apos;s help, to make where you are safer while things are hard.</source>
        <translation>Ce que vous pouvez faire, peut-être avec l’aide de quelqu’un, pour rendre l’endroit où vous êtes plus sûr quand c’est difficile.</translation>
    </message>
    <message>
        <source>The people, pets, hopes, plans and small things that matter to you and keep you going.</source>
        <translation>Les personnes, les animaux, les espoirs, les projets et les petites choses qui comptent pour vous et vous aident à tenir.</translation>
    </message>
    <message>
        <source>Opening your plan…</source>
        <translation>Ouverture de votre plan…</translation>
    </message>
</context>
<context>
    <name>SavePage</name>
    <message>
        <source>Check and save</source>
        <translation>Vérifier et enregistrer</translation>
    </message>
    <message>
        <source>This is what will be kept. Go back to change anything.</source>
        <translation>Voici ce qui sera gardé. Revenez en arrière pour changer quoi que ce soit.</translation>
    </message>
    <message>
        <source>What will be saved</source>
        <translation>Ce qui sera enregistré</translation>
    </message>
    <message>
        <source>In &amp;person</source>
        <translation>En &amp;personne</translation>
    </message>
    <message>
        <source>On pape&amp;r</source>
        <translation>Sur papie&amp;r</translation>
    </message>
    <message>
        <source>They gave their answers:</source>
        <translation>La personne a donné ses réponses&#xa0;:</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Nom&#xa0;: %1</translation>
    </message>
    <message>
        <source>Pronouns: %1</source>
        <translation>Pronoms&#xa0;: %1</translation>
    </message>
    <message>
        <source>Shown what stays in the room (version %1)</source>
        <translation>A vu ce qui reste entre nous (version %1)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>%1: %2 (wording version %3)</source>
        <translation>%1&#xa0;: %2 (texte version %3)</translation>
    </message>
    <message>
        <source>messages OK</source>
        <translation>messages possibles</translation>
    </message>
    <message>
        <source>no messages</source>
        <translation>pas de message</translation>
    </message>
    <message>
        <source>Contact details: %1</source>
        <translation>Coordonnées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Journal invitation: %1</source>
        <translation>Invitation au journal&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SelfCheckView</name>
    <message>
        <source>How am I doing? A short self-check</source>
        <translation>Comment je vais&#xa0;? Un petit point sur moi</translation>
    </message>
    <message>
        <source>Holding other people&apos;s pain takes something out of anyone. These few questions are not a test and give no score: they only help you notice how you are. Nothing is kept unless you choose to keep it.</source>
        <translation>Accueillir la peine des autres coûte quelque chose à chacun. Ces quelques questions ne sont pas un test et ne donnent aucun score&#xa0;: elles vous aident seulement à remarquer comment vous allez. Rien n’est gardé sauf si vous choisissez de le garder.</translation>
    </message>
    <message>
        <source>&amp;Reflect on my answers</source>
        <translation>&amp;Réfléchir à mes réponses</translation>
    </message>
    <message>
        <source>Reflections on your answers</source>
        <translation>Réflexions sur vos réponses</translation>
    </message>
    <message>
        <source>If you are struggling to stay safe</source>
        <translation>Si vous avez du mal à rester en sécurité</translation>
    </message>
    <message>
        <source>Open the &amp;crisis lines</source>
        <translation>Ouvrir les &amp;lignes d’écoute</translation>
    </message>
    <message>
        <source>A note to myself (optional)</source>
        <translation>Une note pour moi (facultatif)</translation>
    </message>
    <message>
        <source>A &amp;note to myself (optional):</source>
        <translation>Une &amp;note pour moi (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Keep this check in my reflections</source>
        <translation>&amp;Garder ce point dans mes réflexions</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Group settings</source>
        <translation>Réglages du groupe</translation>
    </message>
    <message>
        <source>These settings apply to everyone in this group who uses this vault.</source>
        <translation>Ces réglages s’appliquent à toutes les personnes de ce groupe qui utilisent ce coffre.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Nom du groupe</translation>
    </message>
    <message>
        <source>Vault label</source>
        <translation>Nom visible du coffre</translation>
    </message>
    <message>
        <source>⚠ The label is not sealed: anyone at this computer can read it in the vault list before unlocking. Never put a person&apos;s name in it, and don&apos;t say what the group is about (for example “Room 2, Tuesdays”).</source>
        <translation>⚠ Le nom visible n’est pas scellé&#xa0;: toute personne devant cet ordinateur peut le lire dans la liste des coffres avant de déverrouiller. N’y mettez jamais le nom d’une personne, et ne dites pas de quoi parle le groupe (par exemple «&#xa0;Salle 2, le mardi&#xa0;»).</translation>
    </message>
    <message>
        <source>About the vault label</source>
        <translation>À propos du nom visible du coffre</translation>
    </message>
    <message>
        <source>Group &amp;name:</source>
        <translation>&amp;Nom du groupe&#xa0;:</translation>
    </message>
    <message>
        <source>Kept sealed in the vault. Only people who have unlocked can read it, members included.</source>
        <translation>Gardé scellé dans le coffre. Seules les personnes qui ont déverrouillé peuvent le lire, membres compris.</translation>
    </message>
    <message>
        <source>Vault &amp;label:</source>
        <translation>Nom &amp;visible du coffre&#xa0;:</translation>
    </message>
    <message>
        <source>Auto-lock for facilitators, in minutes</source>
        <translation>Verrouillage automatique pour l’équipe d’animation, en minutes</translation>
    </message>
    <message>
        <source>Auto-lock for members, in minutes</source>
        <translation>Verrouillage automatique pour les membres, en minutes</translation>
    </message>
    <message>
        <source>After this many minutes without anyone touching the keyboard or mouse, the app locks itself. On a shared computer, shorter is safer: if someone walks away without locking, the next person to sit down sees less.</source>
        <translation>Après ce nombre de minutes sans que personne ne touche au clavier ni à la souris, l’application se verrouille d’elle-même. Sur un ordinateur partagé, plus court est plus sûr&#xa0;: si quelqu’un s’éloigne sans verrouiller, la personne suivante qui s’assoit en voit moins.</translation>
    </message>
    <message>
        <source>&amp;Facilitators:</source>
        <translation>&amp;Équipe d’animation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>&amp;Membres&#xa0;:</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>Remind me about people who left more than this many months ago</source>
        <translation>Me rappeler les personnes parties depuis plus de ce nombre de mois</translation>
    </message>
    <message>
        <source>Keep only what the group needs. The Members page reminds you about people who left more than this long ago, so you can forget them. Nothing is forgotten without you choosing it.</source>
        <translation>Ne gardez que ce dont le groupe a besoin. La page Membres vous rappelle les personnes parties depuis plus longtemps que cela, pour que vous puissiez les oublier. Rien n’est oublié sans votre choix.</translation>
    </message>
    <message>
        <source>&amp;Remind me after:</source>
        <translation>Me &amp;rappeler après&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Keep each meeting&apos;s talk-time totals: two numbers, never names</source>
        <translation>&amp;Garder le total du temps de parole de chaque réunion&#xa0;: deux nombres, jamais de noms</translation>
    </message>
    <message>
        <source>Keep each meeting&apos;s talk-time totals</source>
        <translation>Garder le total du temps de parole de chaque réunion</translation>
    </message>
    <message>
        <source>While a meeting runs, the console shows facilitators who has had the floor and for how long, so quieter voices get their turn. Those figures are forgotten when the meeting ends. If the group agrees, only how many turns and how many minutes in all are kept with the meeting.</source>
        <translation>Pendant une réunion, la console montre à l’équipe d’animation qui a eu la parole et combien de temps, pour que les voix plus discrètes aient leur tour. Ces chiffres sont oubliés à la fin de la réunion. Si le groupe est d’accord, seuls le nombre de prises de parole et le nombre total de minutes sont gardés avec la réunion.</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save message</source>
        <translation>Message d’enregistrement</translation>
    </message>
    <message>
        <source>Show the group settings as saved instead of what you typed</source>
        <translation>Afficher les réglages du groupe tels qu’enregistrés au lieu de ce que vous avez tapé</translation>
    </message>
    <message>
        <source>&amp;Edit what newcomers are told…</source>
        <translation>M&amp;odifier ce qui est dit aux nouvelles personnes…</translation>
    </message>
    <message>
        <source>The statement about what stays in the room, and the wording of each consent question. Every change is kept as a new version.</source>
        <translation>La déclaration sur ce qui reste entre nous, et le texte de chaque question de consentement. Chaque modification est gardée comme nouvelle version.</translation>
    </message>
    <message>
        <source>&amp;Add a facilitator…</source>
        <translation>&amp;Ajouter une personne qui anime…</translation>
    </message>
    <message>
        <source>Each facilitator has their own handle, passphrase and recovery code. Add a co-facilitator while they are here with you: they type their own details.</source>
        <translation>Chaque personne de l’équipe d’animation a son propre pseudo, sa phrase secrète et son code de secours. Ajoutez la personne qui co-anime avec vous pendant qu’elle est à vos côtés&#xa0;: elle tape elle-même ses informations.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Auto-lock</source>
        <translation>Verrouillage automatique</translation>
    </message>
    <message>
        <source>Retention reminder</source>
        <translation>Rappel de conservation</translation>
    </message>
    <message>
        <source>Running meetings</source>
        <translation>Déroulement des réunions</translation>
    </message>
    <message>
        <source>What newcomers are told</source>
        <translation>Ce qui est dit aux nouvelles personnes</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Équipe d’animation</translation>
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
        <translation>Choisir une liste d’inscription</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>That file could not be opened. Is it still there, and can you open it?</source>
        <translation>Ce fichier n’a pas pu être ouvert. Est-il toujours là, et pouvez-vous l’ouvrir&#xa0;?</translation>
    </message>
    <message>
        <source>1 person was added from the sheet.</source>
        <translation>1 personne a été ajoutée depuis la feuille.</translation>
    </message>
    <message>
        <source>%1 people were added from the sheet.</source>
        <translation>%1 personnes ont été ajoutées depuis la feuille.</translation>
    </message>
    <message>
        <source>Rows left out: %1.</source>
        <translation>Lignes laissées de côté&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Save the roster as</source>
        <translation>Enregistrer la liste des membres sous</translation>
    </message>
    <message>
        <source>roster.csv</source>
        <translation>liste-membres.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Roster saved to “%1”. Remember: that file is not encrypted.</source>
        <translation>Liste des membres enregistrée dans «&#xa0;%1&#xa0;». Rappel&#xa0;: ce fichier n’est pas chiffré.</translation>
    </message>
    <message>
        <source>The roster file was not written. %1</source>
        <translation>Le fichier de la liste des membres n’a pas été écrit. %1</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation>Écriture du fichier…</translation>
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
        <translation>SafeSpace est peut-être encore ouvert sur un autre ordinateur (%1) avec ce dossier.</translation>
    </message>
    <message>
        <source>If it is closed there, for example because that computer stopped suddenly, you can open SafeSpace here.</source>
        <translation>S’il y est fermé, par exemple parce que cet ordinateur s’est arrêté brusquement, vous pouvez ouvrir SafeSpace ici.</translation>
    </message>
    <message>
        <source>Open here</source>
        <translation>Ouvrir ici</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>StaleBanner</name>
    <message>
        <source>Your changes were not saved</source>
        <translation>Vos modifications n’ont pas été enregistrées</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Show the saved version of this person&apos;s details instead of what you typed</source>
        <translation>Afficher la version enregistrée des informations de cette personne au lieu de ce que vous avez tapé</translation>
    </message>
</context>
<context>
    <name>StaleEditBanner</name>
    <message>
        <source>Your changes were not saved</source>
        <translation>Vos modifications n’ont pas été enregistrées</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
</context>
<context>
    <name>StatementPage</name>
    <message>
        <source>What stays in the room</source>
        <translation>Ce qui reste entre nous</translation>
    </message>
    <message>
        <source>Please show or read this to them before anything else.</source>
        <translation>Montrez ou lisez ceci à la personne avant toute autre chose.</translation>
    </message>
    <message>
        <source>Confidentiality statement</source>
        <translation>Déclaration de confidentialité</translation>
    </message>
    <message>
        <source>I have &amp;shown or read this to them, and they have had a chance to ask</source>
        <translation>Je l’ai &amp;montrée ou lue à la personne, et elle a pu poser ses questions</translation>
    </message>
</context>
<context>
    <name>SuggestDialog</name>
    <message>
        <source>Suggest a correction</source>
        <translation>Suggérer une correction</translation>
    </message>
    <message>
        <source>Suggest a resource</source>
        <translation>Suggérer une ressource</translation>
    </message>
    <message>
        <source>Your suggestion goes to the facilitators without your name, unless you add it below. Once sent, it cannot be read back on this computer, by you or anyone else but the facilitators.</source>
        <translation>Votre suggestion est envoyée à l’équipe d’animation sans votre nom, sauf si vous l’ajoutez ci-dessous. Une fois envoyée, elle ne peut plus être relue sur cet ordinateur, ni par vous ni par personne d’autre que l’équipe d’animation.</translation>
    </message>
    <message>
        <source>Title of the resource</source>
        <translation>Titre de la ressource</translation>
    </message>
    <message>
        <source>Your suggestion</source>
        <translation>Votre suggestion</translation>
    </message>
    <message>
        <source>Your name (optional)</source>
        <translation>Votre nom (facultatif)</translation>
    </message>
    <message>
        <source>Leave empty to send it without a name</source>
        <translation>Laissez vide pour l’envoyer sans nom</translation>
    </message>
    <message>
        <source>&amp;Title (optional):</source>
        <translation>&amp;Titre (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>What would you &amp;like to suggest?</source>
        <translation>Que voulez-vous &amp;suggérer&#xa0;?</translation>
    </message>
    <message>
        <source>Your &amp;name (optional):</source>
        <translation>Votre &amp;nom (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>&amp;Send to the facilitators</source>
        <translation>&amp;Envoyer à l’équipe d’animation</translation>
    </message>
    <message>
        <source>Send to the facilitators</source>
        <translation>Envoyer à l’équipe d’animation</translation>
    </message>
</context>
<context>
    <name>SuggestionsDialog</name>
    <message>
        <source>Members&apos; suggestions</source>
        <translation>Suggestions des membres</translation>
    </message>
    <message>
        <source>Members can suggest a resource or a correction. A suggestion carries no name unless the member chose to add one.</source>
        <translation>Les membres peuvent suggérer une ressource ou une correction. Une suggestion ne porte aucun nom, sauf si le membre a choisi d’en ajouter un.</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>Mark as &amp;handled</source>
        <translation>Marquer comme &amp;traitée</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Remove suggestion</source>
        <translation>Retirer la suggestion</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Animation</translation>
    </message>
    <message>
        <source>Consent record</source>
        <translation>Registre de consentement</translation>
    </message>
    <message>
        <source>Consent wording</source>
        <translation>Texte de consentement</translation>
    </message>
    <message>
        <source>Check-in pair</source>
        <translation>Binôme de soutien</translation>
    </message>
    <message>
        <source>Roster setting</source>
        <translation>Réglage de la liste des membres</translation>
    </message>
    <message>
        <source>Agreement draft</source>
        <translation>Brouillon de la charte</translation>
    </message>
    <message>
        <source>Agreement version</source>
        <translation>Version de la charte</translation>
    </message>
    <message>
        <source>Agreement at a meeting</source>
        <translation>Charte en réunion</translation>
    </message>
    <message>
        <source>Group settings</source>
        <translation>Réglages du groupe</translation>
    </message>
    <message>
        <source>Group prompt</source>
        <translation>Piste du groupe</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Ordinateur</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>kept: edited after it was deleted</source>
        <translation>gardé&#xa0;: modifié après sa suppression</translation>
    </message>
    <message>
        <source>two versions to choose from</source>
        <translation>deux versions au choix</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>No shared folder chosen.</source>
        <translation>Aucun dossier partagé choisi.</translation>
    </message>
    <message>
        <source>Where should the sync file go?</source>
        <translation>Où placer le fichier de synchronisation&#xa0;?</translation>
    </message>
    <message>
        <source>Choose a sync file</source>
        <translation>Choisir un fichier de synchronisation</translation>
    </message>
    <message>
        <source>Sync files (*.ssbundle)</source>
        <translation>Fichiers de synchronisation (*.ssbundle)</translation>
    </message>
    <message>
        <source>Choose the shared folder</source>
        <translation>Choisir le dossier partagé</translation>
    </message>
    <message>
        <source>Writing the sync file and reading it back…</source>
        <translation>Écriture du fichier de synchronisation et relecture…</translation>
    </message>
    <message>
        <source>Writing the sync file…</source>
        <translation>Écriture du fichier de synchronisation…</translation>
    </message>
    <message>
        <source>Saved and checked: %1. It is safe to remove the stick.</source>
        <translation>Enregistré et vérifié&#xa0;: %1. Vous pouvez retirer la clé USB en toute sécurité.</translation>
    </message>
    <message>
        <source>Join kit saved and checked: %1. It is safe to remove the stick.</source>
        <translation>Kit d’arrivée enregistré et vérifié&#xa0;: %1. Vous pouvez retirer la clé USB en toute sécurité.</translation>
    </message>
    <message>
        <source>Checking the sync file…</source>
        <translation>Vérification du fichier de synchronisation…</translation>
    </message>
    <message>
        <source>Nothing has changed yet. Look through the list, then apply or leave it.</source>
        <translation>Rien n’a encore changé. Parcourez la liste, puis appliquez-la ou laissez-la.</translation>
    </message>
    <message>
        <source>Hide many records?</source>
        <translation>Masquer de nombreux éléments&#xa0;?</translation>
    </message>
    <message>
        <source>This import would hide %1 records on this computer. Apply it only if you expected that.</source>
        <translation>Cette importation masquerait %1 éléments sur cet ordinateur. Ne l’appliquez que si vous vous y attendiez.</translation>
    </message>
    <message>
        <source>Hide them and import</source>
        <translation>Les masquer et importer</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>Imported. You can undo this import until you change something.</source>
        <translation>Importé. Vous pouvez annuler cette importation tant que vous ne modifiez rien.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Rien n’a changé.</translation>
    </message>
    <message>
        <source>Not imported. Nothing was changed.</source>
        <translation>Non importé. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Undo the last import?</source>
        <translation>Annuler la dernière importation&#xa0;?</translation>
    </message>
    <message>
        <source>This puts the group&apos;s records back as they were just before the last import.</source>
        <translation>Cela remet les dossiers du groupe tels qu’ils étaient juste avant la dernière importation.</translation>
    </message>
    <message>
        <source>Undo the import</source>
        <translation>Annuler l’importation</translation>
    </message>
    <message>
        <source>The last import was undone.</source>
        <translation>La dernière importation a été annulée.</translation>
    </message>
    <message>
        <source>Shared folder: %1</source>
        <translation>Dossier partagé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Syncing with the folder…</source>
        <translation>Synchronisation avec le dossier…</translation>
    </message>
    <message>
        <source>Imported %1 new sync files and wrote this computer&apos;s own.</source>
        <translation>%1 nouveaux fichiers de synchronisation importés, et celui de cet ordinateur écrit.</translation>
    </message>
    <message>
        <source>Took the group&apos;s new key from the key file %1 signed.</source>
        <translation>Nouvelle clé du groupe prise dans le fichier de clé signé par %1.</translation>
    </message>
    <message>
        <source>%1 files would hide many records: import them one by one above.</source>
        <translation>%1 fichiers masqueraient de nombreux éléments&#xa0;: importez-les un par un ci-dessus.</translation>
    </message>
    <message>
        <source>%1 files were not for this group or could not be read.</source>
        <translation>%1 fichiers n’étaient pas destinés à ce groupe ou n’ont pas pu être lus.</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <source>Sync with other facilitators</source>
        <translation>Synchroniser avec l’équipe d’animation</translation>
    </message>
    <message>
        <source>Sync files carry the group&apos;s records between facilitators&apos; computers, on a USB stick or through a shared folder. They are encrypted and signed by this computer. Members&apos; journals never leave this computer.</source>
        <translation>Les fichiers de synchronisation transportent les dossiers du groupe d’un ordinateur de l’équipe d’animation à l’autre, sur une clé USB ou par un dossier partagé. Ils sont chiffrés et signés par cet ordinateur. Les journaux des membres ne quittent jamais cet ordinateur.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>&amp;Export a sync file…</source>
        <translation>&amp;Exporter un fichier de synchronisation…</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>État de l’exportation</translation>
    </message>
    <message>
        <source>Make a &amp;join kit for a new computer…</source>
        <translation>Créer un &amp;kit d’arrivée pour un nouvel ordinateur…</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Recevoir</translation>
    </message>
    <message>
        <source>&amp;Import a sync file…</source>
        <translation>&amp;Importer un fichier de synchronisation…</translation>
    </message>
    <message>
        <source>What importing would change</source>
        <translation>Ce que l’importation changerait</translation>
    </message>
    <message>
        <source>Records the import would change</source>
        <translation>Éléments que l’importation changerait</translation>
    </message>
    <message>
        <source>&amp;Apply this import</source>
        <translation>&amp;Appliquer cette importation</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t import</source>
        <translation>&amp;Ne pas importer</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>État de l’importation</translation>
    </message>
    <message>
        <source>&amp;Undo the last import</source>
        <translation>Annu&amp;ler la dernière importation</translation>
    </message>
    <message>
        <source>Import &amp;log:</source>
        <translation>&amp;Journal des importations&#xa0;:</translation>
    </message>
    <message>
        <source>Import log</source>
        <translation>Journal des importations</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation>Dossier partagé</translation>
    </message>
    <message>
        <source>If the facilitators share a folder (for example with Syncthing or a network drive), each computer writes its own sync files there and reads the others&apos;. Never choose the folder that holds this vault.</source>
        <translation>Si l’équipe d’animation partage un dossier (par exemple avec Syncthing ou un lecteur réseau), chaque ordinateur y écrit ses propres fichiers de synchronisation et lit ceux des autres. Ne choisissez jamais le dossier qui contient ce coffre.</translation>
    </message>
    <message>
        <source>C&amp;hoose the shared folder…</source>
        <translation>C&amp;hoisir le dossier partagé…</translation>
    </message>
    <message>
        <source>&amp;Sync with the folder now</source>
        <translation>&amp;Synchroniser avec le dossier maintenant</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>What was just done</source>
        <translation>Ce qui vient d’être fait</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Écarter</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>Écarter ce message</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to SafeSpace</source>
        <translation>Bienvenue dans SafeSpace</translation>
    </message>
    <message>
        <source>Let&apos;s set up a vault for your group. It takes a minute or two.</source>
        <translation>Créons un coffre pour votre groupe. Cela prend une minute ou deux.</translation>
    </message>
    <message>
        <source>SafeSpace helps a peer support group keep its roster safely, and gives every member a private space that only they can open.</source>
        <translation>SafeSpace aide un groupe de soutien entre pairs à garder sa liste des membres en sécurité, et donne à chaque membre un espace privé que personne d’autre ne peut ouvrir.</translation>
    </message>
    <message>
        <source>Everything stays on this computer, locked with passphrases; the app never goes online.</source>
        <translation>Tout reste sur cet ordinateur, verrouillé par des phrases secrètes&#xa0;; l’application ne va jamais en ligne.</translation>
    </message>
    <message>
        <source>Facilitators can open the group&apos;s records, but each member&apos;s journal is locked with their own passphrase, so nobody else — not even a facilitator — can read it.</source>
        <translation>L’équipe d’animation peut ouvrir les dossiers du groupe, mais le journal de chaque membre est verrouillé avec sa propre phrase secrète&#xa0;: personne d’autre — pas même l’équipe d’animation — ne peut le lire.</translation>
    </message>
    <message>
        <source>When nobody is using it, SafeSpace locks itself and its lock screen shows no names.</source>
        <translation>Quand personne ne l’utilise, SafeSpace se verrouille de lui-même, et son écran de verrouillage n’affiche aucun nom.</translation>
    </message>
    <message>
        <source>Next you will give the vault a label, choose your own handle and passphrase, and write down a recovery code.</source>
        <translation>Vous allez ensuite donner un nom visible au coffre, choisir votre propre pseudo et votre phrase secrète, et noter un code de secours.</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>&amp;Vaults on this computer:</source>
        <translation>&amp;Coffres sur cet ordinateur&#xa0;:</translation>
    </message>
    <message>
        <source>Vaults on this computer</source>
        <translation>Coffres sur cet ordinateur</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Go to the lock screen of the chosen vault</source>
        <translation>Aller à l’écran de verrouillage du coffre choisi</translation>
    </message>
    <message>
        <source>Other choices:</source>
        <translation>Autres choix&#xa0;:</translation>
    </message>
    <message>
        <source>Create a new group vault…</source>
        <translation>Créer un nouveau coffre de groupe…</translation>
    </message>
    <message>
        <source>For a facilitator starting a group on this computer. It takes a minute or two.</source>
        <translation>Pour une personne qui lance un groupe sur cet ordinateur. Cela prend une minute ou deux.</translation>
    </message>
    <message>
        <source>Create a new group vault</source>
        <translation>Créer un nouveau coffre de groupe</translation>
    </message>
    <message>
        <source>Explore the demo group</source>
        <translation>Découvrir le groupe de démonstration</translation>
    </message>
    <message>
        <source>Fictional people, so you can look around freely. Their passphrases are shown on its unlock screen.</source>
        <translation>Des personnes fictives, pour explorer librement. Leurs phrases secrètes sont affichées sur l’écran de déverrouillage.</translation>
    </message>
    <message>
        <source>Join a group from a join kit…</source>
        <translation>Rejoindre un groupe avec un kit d’arrivée…</translation>
    </message>
    <message>
        <source>For a facilitator whose group already exists on another computer.</source>
        <translation>Pour une personne de l’équipe d’animation dont le groupe existe déjà sur un autre ordinateur.</translation>
    </message>
    <message>
        <source>Join a group from a join kit</source>
        <translation>Rejoindre un groupe avec un kit d’arrivée</translation>
    </message>
    <message>
        <source>Joining a group as a member? Open your group&apos;s vault and choose “I have an invitation code” — or ask a facilitator to help you start.</source>
        <translation>Vous rejoignez un groupe en tant que membre&#xa0;? Ouvrez le coffre de votre groupe et choisissez «&#xa0;J’ai un code d’invitation&#xa0;» — ou demandez de l’aide à l’équipe d’animation pour commencer.</translation>
    </message>
    <message>
        <source>%1 (demo)</source>
        <translation>%1 (démo)</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open</source>
        <translation>Appuyez sur Entrée ou double-cliquez pour ouvrir</translation>
    </message>
    <message>
        <source>Welcome back</source>
        <translation>Bon retour</translation>
    </message>
    <message>
        <source>Choose your group&apos;s vault to unlock it. Only neutral labels are shown here; names stay locked inside each vault.</source>
        <translation>Choisissez le coffre de votre groupe pour le déverrouiller. Seuls des noms neutres s’affichent ici&#xa0;; les vrais noms restent verrouillés dans chaque coffre.</translation>
    </message>
    <message>
        <source>Welcome to SafeSpace</source>
        <translation>Bienvenue dans SafeSpace</translation>
    </message>
    <message>
        <source>A private place for a peer support group: the group&apos;s roster for facilitators, and a private space for every member that only they can open. Everything stays on this computer, locked with passphrases, and the app never goes online.</source>
        <translation>Un espace privé pour un groupe de soutien entre pairs&#xa0;: la liste des membres pour l’équipe d’animation, et pour chaque membre un espace privé que personne d’autre ne peut ouvrir. Tout reste sur cet ordinateur, verrouillé par des phrases secrètes, et l’application ne va jamais en ligne.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Open my safety plan</source>
        <translation>Ouvrir mon plan de sécurité</translation>
    </message>
    <message>
        <source>Crisis lines</source>
        <translation>Lignes d’écoute</translation>
    </message>
</context>
<context>
    <name>_Plurals</name>
    <message numerus="yes">
        <source>Too many attempts in a row. Please wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Trop de tentatives d’affilée. Patientez %n seconde avant de réessayer.</numerusform>
            <numerusform>Trop de tentatives d’affilée. Patientez %n secondes avant de réessayer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_ResourcePlurals</name>
    <message numerus="yes">
        <source>Imported %n resource(s).</source>
        <translation>
            <numerusform>%n ressource importée.</numerusform>
            <numerusform>%n ressources importées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more problem(s).</source>
        <translation>
            <numerusform>…et %n autre problème.</numerusform>
            <numerusform>…et %n autres problèmes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n ressource</numerusform>
            <numerusform>%n ressources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>self.view</name>
    <message>
        <source>Save a key file</source>
        <translation>Enregistrer un fichier de clé</translation>
    </message>
    <message>
        <source>SafeSpace key files (*%1)</source>
        <translation>Fichiers de clé SafeSpace (*%1)</translation>
    </message>
    <message>
        <source>Open a key file</source>
        <translation>Ouvrir un fichier de clé</translation>
    </message>
    <message>
        <source>That was the last part. Press Ctrl+E to end the meeting.</source>
        <translation>C’était le dernier point. Appuyez sur Ctrl+E pour terminer la réunion.</translation>
    </message>
    <message>
        <source>Choose the person in the list of people first.</source>
        <translation>Choisissez d’abord la personne dans la liste des personnes.</translation>
    </message>
    <message>
        <source>Welcome, %1.</source>
        <translation>Bienvenue, %1.</translation>
    </message>
    <message>
        <source>The list of speakers is closed.</source>
        <translation>La liste des prises de parole est close.</translation>
    </message>
    <message>
        <source>The list of speakers is open again.</source>
        <translation>La liste des prises de parole est à nouveau ouverte.</translation>
    </message>
    <message>
        <source>List closed. Has everyone who wants to had a turn?</source>
        <translation>Liste close. Tout le monde a-t-il pu prendre la parole s’il le souhaitait&#xa0;?</translation>
    </message>
    <message>
        <source>Rating noted. %1 so far.</source>
        <translation>Note enregistrée. %1 jusqu’ici.</translation>
    </message>
    <message>
        <source>End the meeting?</source>
        <translation>Terminer la réunion&#xa0;?</translation>
    </message>
    <message>
        <source>The timers stop and the meeting&apos;s summary is shown.</source>
        <translation>Les minuteurs s’arrêtent et le résumé de la réunion s’affiche.</translation>
    </message>
    <message>
        <source>Talk-time totals are kept as two numbers, without names.</source>
        <translation>Le total du temps de parole est gardé sous forme de deux nombres, sans noms.</translation>
    </message>
    <message>
        <source>Talk-time figures are forgotten.</source>
        <translation>Les chiffres du temps de parole sont oubliés.</translation>
    </message>
    <message>
        <source>%1 — passed</source>
        <translation>%1 — a passé son tour</translation>
    </message>
    <message>
        <source>here</source>
        <translation>sur place</translation>
    </message>
    <message>
        <source>arrived late</source>
        <translation>arrivée en retard</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (première fois)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — hand raised</source>
        <translation>%1 — main levée</translation>
    </message>
    <message>
        <source>About ten minutes of the meeting are left.</source>
        <translation>Il reste environ dix minutes de réunion.</translation>
    </message>
    <message>
        <source>This part has reached its planned time.</source>
        <translation>Ce point a atteint sa durée prévue.</translation>
    </message>
    <message>
        <source>This turn has reached the suggested time.</source>
        <translation>Cette prise de parole a atteint le temps suggéré.</translation>
    </message>
    <message>
        <source>One voice has had a large share of the time.</source>
        <translation>Une voix a eu une grande part du temps.</translation>
    </message>
    <message>
        <source>Safety pause. The timers have stopped.</source>
        <translation>Pause de sécurité. Les minuteurs sont arrêtés.</translation>
    </message>
    <message>
        <source>%1, your turn.</source>
        <translation>%1, à vous.</translation>
    </message>
</context>
<context>
    <name>wording</name>
    <message>
        <source>No one in particular</source>
        <translation>Personne en particulier</translation>
    </message>
    <message>
        <source>No meeting</source>
        <translation>Aucune réunion</translation>
    </message>
    <message>
        <source>Atten&amp;dance</source>
        <translation>&amp;Présences</translation>
    </message>
    <message>
        <source>N&amp;otes after the meeting</source>
        <translation>&amp;Notes après la réunion</translation>
    </message>
    <message>
        <source>&amp;Feedback</source>
        <translation>A&amp;vis</translation>
    </message>
    <message>
        <source>Fill from a template</source>
        <translation>Remplir depuis un modèle</translation>
    </message>
    <message>
        <source>Replace the %1 segments of this agenda with “%2”?</source>
        <translation>Remplacer les %1 points de cet ordre du jour par «&#xa0;%2&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Replace agenda</source>
        <translation>&amp;Remplacer l’ordre du jour</translation>
    </message>
    <message>
        <source>The agenda now follows “%1”.</source>
        <translation>L’ordre du jour suit maintenant «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Enregistrer comme modèle</translation>
    </message>
    <message>
        <source>The group can use this agenda again for later meetings.</source>
        <translation>Le groupe pourra réutiliser cet ordre du jour pour les prochaines réunions.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save template</source>
        <translation>&amp;Enregistrer le modèle</translation>
    </message>
    <message>
        <source>Saved the template “%1”.</source>
        <translation>Modèle «&#xa0;%1&#xa0;» enregistré.</translation>
    </message>
    <message>
        <source>Move this meeting</source>
        <translation>Déplacer cette réunion</translation>
    </message>
    <message>
        <source>&amp;Move meeting</source>
        <translation>&amp;Déplacer la réunion</translation>
    </message>
    <message>
        <source>The meeting is changed.</source>
        <translation>La réunion est modifiée.</translation>
    </message>
    <message>
        <source>Cancel this meeting</source>
        <translation>Annuler cette réunion</translation>
    </message>
    <message>
        <source>Members will see this reason next to the meeting.</source>
        <translation>Les membres verront cette raison à côté de la réunion.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Raison&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Cancel meeting</source>
        <translation>&amp;Annuler la réunion</translation>
    </message>
    <message>
        <source>The meeting is cancelled.</source>
        <translation>La réunion est annulée.</translation>
    </message>
    <message>
        <source>The meeting is planned again.</source>
        <translation>La réunion est à nouveau prévue.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Envoyé à l’imprimante.</translation>
    </message>
    <message>
        <source>Linked resources: %1</source>
        <translation>Ressources liées&#xa0;: %1</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>Nouveau point</translation>
    </message>
    <message>
        <source>Segment added. Type its title, then Ctrl+S.</source>
        <translation>Point ajouté. Tapez son titre, puis Ctrl+S.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>«&#xa0;%1&#xa0;» enregistré.</translation>
    </message>
    <message>
        <source>Remove segment</source>
        <translation>Retirer le point</translation>
    </message>
    <message>
        <source>Remove “%1” from this agenda?</source>
        <translation>Retirer «&#xa0;%1&#xa0;» de cet ordre du jour&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation>«&#xa0;%1&#xa0;» retiré.</translation>
    </message>
    <message>
        <source>“%1” is in the topic backlog.</source>
        <translation>«&#xa0;%1&#xa0;» est dans les sujets en attente.</translation>
    </message>
    <message>
        <source>“%1” is on the agenda.</source>
        <translation>«&#xa0;%1&#xa0;» est à l’ordre du jour.</translation>
    </message>
    <message>
        <source>The schedule is saved.</source>
        <translation>Le calendrier est enregistré.</translation>
    </message>
    <message>
        <source>Add an extra meeting</source>
        <translation>Ajouter une réunion exceptionnelle</translation>
    </message>
    <message>
        <source>&amp;Add meeting</source>
        <translation>&amp;Ajouter la réunion</translation>
    </message>
    <message>
        <source>The extra meeting is added.</source>
        <translation>La réunion exceptionnelle est ajoutée.</translation>
    </message>
    <message>
        <source>The meeting&apos;s agenda changed while SafeSpace was locked, so it starts again from the beginning.</source>
        <translation>L’ordre du jour de la réunion a changé pendant que SafeSpace était verrouillé&#xa0;: elle reprend donc depuis le début.</translation>
    </message>
    <message>
        <source>Meeting console — %1</source>
        <translation>Console de réunion — %1</translation>
    </message>
    <message>
        <source>Next meeting: %1.</source>
        <translation>Prochaine réunion&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Call for volunteers: %1</source>
        <translation>Appel à bénévoles&#xa0;: %1</translation>
    </message>
    <message>
        <source>one part</source>
        <translation>un point</translation>
    </message>
    <message>
        <source>%1 parts</source>
        <translation>%1 points</translation>
    </message>
    <message>
        <source>%1 — %2, %3 min</source>
        <translation>%1 — %2, %3 min</translation>
    </message>
    <message>
        <source>Rename the template</source>
        <translation>Renommer le modèle</translation>
    </message>
    <message>
        <source>A name the group will recognise.</source>
        <translation>Un nom que le groupe reconnaîtra.</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <source>Renamed to “%1”.</source>
        <translation>Renommé en «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Open a meeting with an agenda first.</source>
        <translation>Ouvrez d’abord une réunion qui a un ordre du jour.</translation>
    </message>
    <message>
        <source>“%1” now follows this agenda.</source>
        <translation>«&#xa0;%1&#xa0;» suit maintenant cet ordre du jour.</translation>
    </message>
    <message>
        <source>Delete the template</source>
        <translation>Supprimer le modèle</translation>
    </message>
    <message>
        <source>Delete “%1”? Agendas made from it stay as they are.</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»&#xa0;? Les ordres du jour créés à partir de lui restent tels quels.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>«&#xa0;%1&#xa0;» supprimé.</translation>
    </message>
    <message>
        <source>This meeting is cancelled: %1</source>
        <translation>Cette réunion est annulée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The facilitators have not shared an agenda for it yet.</source>
        <translation>L’équipe d’animation n’a pas encore partagé d’ordre du jour pour cette réunion.</translation>
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
        <translation>Ressources d’entraide pour ce point&#xa0;: %1</translation>
    </message>
    <message>
        <source>Please type a topic first.</source>
        <translation>Saisissez d’abord un sujet.</translation>
    </message>
    <message>
        <source>%1 Start it from the meeting&apos;s Feedback tab, under Meetings.</source>
        <translation>%1 Lancez-le depuis l’onglet Avis de la réunion, dans Réunions.</translation>
    </message>
</context>
</TS>
