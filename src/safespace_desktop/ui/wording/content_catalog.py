"""Built-in texts a person reads, listed for Qt Linguist (generated: do not edit).

Regenerate with ``python scripts/lib/content_catalog.py`` (scripts/update-translations
does it first). Sources: services/prompts.py, core/meetings/templates.py,
core/agreement.py, services/agreement.py, core/consent.py, services/resources/examples.py
and services/crisis_lines.py.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP

CONTENT_TEXTS: tuple[object, ...] = (
    QT_TRANSLATE_NOOP(
        "Content", "What is one small thing that went better than you expected today?"
    ),
    QT_TRANSLATE_NOOP("Content", "Who made your day a little easier lately, and what did they do?"),
    QT_TRANSLATE_NOOP("Content", "Name something ordinary you would miss if it were gone."),
    QT_TRANSLATE_NOOP("Content", "What did your body let you do today that you are glad about?"),
    QT_TRANSLATE_NOOP(
        "Content", "Think of a place where you feel at ease. What do you notice there?"
    ),
    QT_TRANSLATE_NOOP("Content", "What is a kindness you showed yourself this week?"),
    QT_TRANSLATE_NOOP(
        "Content", "Which sound, smell or taste gave you a moment of comfort recently?"
    ),
    QT_TRANSLATE_NOOP("Content", "What do you know now that you did not know a year ago?"),
    QT_TRANSLATE_NOOP("Content", "Write about a moment today when you smiled, however briefly."),
    QT_TRANSLATE_NOOP(
        "Content", "When things feel heavy, what is one thing that helps, even a little?"
    ),
    QT_TRANSLATE_NOOP("Content", "What did you do today to look after yourself, however small?"),
    QT_TRANSLATE_NOOP(
        "Content", "Think of a time you got through something hard. What carried you?"
    ),
    QT_TRANSLATE_NOOP(
        "Content",
        "How does your body tell you that stress is building? How could you answer it gently?",
    ),
    QT_TRANSLATE_NOOP(
        "Content",
        "Notice three things you can see, two you can hear and one you can touch. How do you feel after noticing them?",
    ),
    QT_TRANSLATE_NOOP(
        "Content",
        "Which thought kept coming back today? What would you say to a friend who had it?",
    ),
    QT_TRANSLATE_NOOP("Content", "What is one thing you could put down, just for tonight?"),
    QT_TRANSLATE_NOOP(
        "Content", "What helps you rest? How could you make a little room for it tomorrow?"
    ),
    QT_TRANSLATE_NOOP(
        "Content",
        "What is one small step you could take this week towards something that matters to you?",
    ),
    QT_TRANSLATE_NOOP("Content", "Who do you feel most like yourself around? What makes that so?"),
    QT_TRANSLATE_NOOP(
        "Content", "Is there a conversation you keep putting off? What would you like to say?"
    ),
    QT_TRANSLATE_NOOP("Content", "Write about someone who believed in you. What did they see?"),
    QT_TRANSLATE_NOOP(
        "Content", "How do you let people know you need support? Could it be easier?"
    ),
    QT_TRANSLATE_NOOP(
        "Content", "Which boundary protects your energy? How did it hold up this week?"
    ),
    QT_TRANSLATE_NOOP("Content", "Think of someone you miss. What would you like them to know?"),
    QT_TRANSLATE_NOOP(
        "Content", "When did you last feel truly listened to? What did the other person do?"
    ),
    QT_TRANSLATE_NOOP("Content", "What kind of friend are you to yourself these days?"),
    QT_TRANSLATE_NOOP(
        "Content", "What is one thing someone said at the meeting that stayed with you?"
    ),
    QT_TRANSLATE_NOOP("Content", "How did you feel walking in, and how do you feel now?"),
    QT_TRANSLATE_NOOP(
        "Content",
        "What did you share, or choose to keep to yourself? Both are fine. How does it sit with you?",
    ),
    QT_TRANSLATE_NOOP(
        "Content", "Is there something from the meeting you would like to try before the next one?"
    ),
    QT_TRANSLATE_NOOP(
        "Content", "Did something remind you that you are not alone? Write about it."
    ),
    QT_TRANSLATE_NOOP("Content", "What would you like to bring to the next meeting?"),
    QT_TRANSLATE_NOOP("Content", "What did you notice about the way you listened today?"),
    QT_TRANSLATE_NOOP("Content", "If you kept one take-away from today, what would it be?"),
    QT_TRANSLATE_NOOP(
        "Content",
        "What is making today hard? You can write it plainly: nobody else will read this.",
    ),
    QT_TRANSLATE_NOOP("Content", "What do you need right now, even if you cannot have it yet?"),
    QT_TRANSLATE_NOOP("Content", "What has helped on hard days before, even a little?"),
    QT_TRANSLATE_NOOP(
        "Content",
        "Write a few kind words to yourself, the way you would to a friend having this day.",
    ),
    QT_TRANSLATE_NOOP(
        "Content", "What is one small thing you could do in the next hour to look after yourself?"
    ),
    QT_TRANSLATE_NOOP("Content", "Who could you reach out to today, even just to say hello?"),
    QT_TRANSLATE_NOOP("Content", "What would 'good enough' look like for the rest of today?"),
    QT_TRANSLATE_NOOP(
        "Content", "If this feeling were weather, what would it be? What might it turn into later?"
    ),
    QT_TRANSLATE_NOOP("Content", "Look at your safety plan. Which step could you take right now?"),
    QT_TRANSLATE_NOOP("Content", "Self-care check-in"),
    QT_TRANSLATE_NOOP("Content", "How am I?\n\n\nWhat was hard?\n\n\nWhat do I need?\n\n"),
    QT_TRANSLATE_NOOP("Content", "Peer circle (informal, 90 min)"),
    QT_TRANSLATE_NOOP(
        "Content", "A relaxed circle: welcome, agreement, check-in, topics, a break, check-out."
    ),
    QT_TRANSLATE_NOOP("Content", "Welcome"),
    QT_TRANSLATE_NOOP(
        "Content",
        "Welcome, everyone, and a special welcome to anyone who is here for the first time. This is a peer support group: we are here as equals, to listen and to share what has helped us. Nobody has to speak, and you can leave or take a break whenever you need.",
    ),
    QT_TRANSLATE_NOOP("Content", "Our group agreement"),
    QT_TRANSLATE_NOOP(
        "Content",
        "Let's remind ourselves of the agreement we made together. Please raise a hand if you are happy to keep to it today.",
    ),
    QT_TRANSLATE_NOOP("Content", "Check-in round"),
    QT_TRANSLATE_NOOP(
        "Content",
        "Let's go round the circle. Say your first name, and if you like, how your week has been and what you would like from today. You can always say “pass”.",
    ),
    QT_TRANSLATE_NOOP("Content", "Choosing today's topics"),
    QT_TRANSLATE_NOOP("Content", "Discussion"),
    QT_TRANSLATE_NOOP("Content", "Break"),
    QT_TRANSLATE_NOOP("Content", "Check-out round"),
    QT_TRANSLATE_NOOP(
        "Content",
        "Before we close, let's go round once more: one thing you are taking away from today, or how you are feeling now. Passing is fine.",
    ),
    QT_TRANSLATE_NOOP("Content", "Closing"),
    QT_TRANSLATE_NOOP(
        "Content",
        "Thank you all for coming and for what you shared. Please keep what was said here in the room. If you need to talk to someone before the next meeting, a facilitator can help you find support.",
    ),
    QT_TRANSLATE_NOOP(
        "Content", "Self-management recovery meeting (SMART Recovery structure, 90 min)"
    ),
    QT_TRANSLATE_NOOP(
        "Content",
        "Six timed parts, as SMART Recovery meetings run them: welcome, check-in, agenda setting, working time, passing the hat, check-out and closing.",
    ),
    QT_TRANSLATE_NOOP("Content", "Welcome and opening statement"),
    QT_TRANSLATE_NOOP("Content", "Check-in"),
    QT_TRANSLATE_NOOP(
        "Content",
        "Each person says briefly how things have gone since we last met, what went well and what was hard. Please hold comments until everyone has checked in.",
    ),
    QT_TRANSLATE_NOOP(
        "Content", "Usually 10 to 20 minutes; note topics people raise for agenda setting."
    ),
    QT_TRANSLATE_NOOP("Content", "Agenda setting"),
    QT_TRANSLATE_NOOP(
        "Content", "Which of the things raised at check-in shall we work on together today?"
    ),
    QT_TRANSLATE_NOOP("Content", "Working time"),
    QT_TRANSLATE_NOOP(
        "Content",
        "We work through the chosen topics together, using tools that help us manage urges, thoughts and feelings, and plan the week ahead.",
    ),
    QT_TRANSLATE_NOOP("Content", "Usually 40 to 50 minutes."),
    QT_TRANSLATE_NOOP("Content", "Passing the hat"),
    QT_TRANSLATE_NOOP(
        "Content",
        "The hat goes round for anyone who wants to help cover the room. Giving is entirely optional.",
    ),
    QT_TRANSLATE_NOOP("Content", "Check-out and closing"),
    QT_TRANSLATE_NOOP("Content", "Recovery support circle (NAMI Connection structure, 90 min)"),
    QT_TRANSLATE_NOOP(
        "Content",
        "Welcome, principles read aloud, the group's guidelines, a short check-in for each person, discussion of the topics raised, and closing.",
    ),
    QT_TRANSLATE_NOOP("Content", "Mention the limits of confidentiality."),
    QT_TRANSLATE_NOOP("Content", "Our principles"),
    QT_TRANSLATE_NOOP(
        "Content",
        "We believe recovery is possible for everyone. We learn from each other's experience, we accept one another as we are, and we each choose our own path.",
    ),
    QT_TRANSLATE_NOOP("Content", "Our guidelines (group agreement)"),
    QT_TRANSLATE_NOOP(
        "Content", "At most 2 minutes each; a gentle timer helps. Note topics for the discussion."
    ),
    QT_TRANSLATE_NOOP("Content", "Start with the topics raised at check-in."),
    QT_TRANSLATE_NOOP("Content", "Peer support group (DBSA structure, 90 min)"),
    QT_TRANSLATE_NOOP(
        "Content",
        "Gathering, welcome, a review of what the group is for, the guidelines, check-in, discussion and a close.",
    ),
    QT_TRANSLATE_NOOP("Content", "Gathering"),
    QT_TRANSLATE_NOOP("Content", "Greet people as they arrive; tea and sign-in."),
    QT_TRANSLATE_NOOP("Content", "What this group is for"),
    QT_TRANSLATE_NOOP(
        "Content",
        "This is a self-help group run by and for people living with mood conditions and those who support them. We share experience, not medical advice.",
    ),
    QT_TRANSLATE_NOOP("Content", "Guidelines (group agreement)"),
    QT_TRANSLATE_NOOP("Content", "Announce when 10 minutes are left."),
    QT_TRANSLATE_NOOP("Content", "Close"),
    QT_TRANSLATE_NOOP("Content", "Twelve-step-style meeting script (60 min)"),
    QT_TRANSLATE_NOOP(
        "Content",
        "Moment of silence, preamble, readings, welcome to newcomers, the topic, sharing, the seventh tradition collection and closing.",
    ),
    QT_TRANSLATE_NOOP("Content", "Opening and moment of silence"),
    QT_TRANSLATE_NOOP(
        "Content", "Welcome. Let's begin with a moment of silence for those still struggling."
    ),
    QT_TRANSLATE_NOOP("Content", "Preamble"),
    QT_TRANSLATE_NOOP(
        "Content",
        "We are a fellowship of people who share our experience, strength and hope with each other. The only requirement is a wish to recover; there are no fees.",
    ),
    QT_TRANSLATE_NOOP("Content", "Readings"),
    QT_TRANSLATE_NOOP("Content", "Ask volunteers to read the group's chosen readings."),
    QT_TRANSLATE_NOOP("Content", "Welcome to newcomers"),
    QT_TRANSLATE_NOOP(
        "Content",
        "Is anyone here for the first time? You are very welcome; you need not say anything.",
    ),
    QT_TRANSLATE_NOOP("Content", "Today's topic"),
    QT_TRANSLATE_NOOP("Content", "Today's topic is:"),
    QT_TRANSLATE_NOOP("Content", "Sharing"),
    QT_TRANSLATE_NOOP(
        "Content",
        "Please keep shares to a few minutes so everyone has a turn, and avoid cross-talk.",
    ),
    QT_TRANSLATE_NOOP("Content", "Seventh tradition"),
    QT_TRANSLATE_NOOP(
        "Content", "We are self-supporting through our own contributions. Give only if you wish."
    ),
    QT_TRANSLATE_NOOP("Content", "A general agreement for a peer support circle."),
    QT_TRANSLATE_NOOP(
        "Content",
        "What is shared here stays here. We may talk about what we learned, never about who said it.",
    ),
    QT_TRANSLATE_NOOP(
        "Content",
        "We listen to understand, without judging, fixing or giving advice unless someone asks for it.",
    ),
    QT_TRANSLATE_NOOP(
        "Content", "We speak from our own experience and say “I” rather than “you” or “everyone”."
    ),
    QT_TRANSLATE_NOOP(
        "Content", "Everyone may pass. Listening quietly is a full part of the group."
    ),
    QT_TRANSLATE_NOOP(
        "Content",
        "One person speaks at a time, and we leave room for people who have not spoken yet.",
    ),
    QT_TRANSLATE_NOOP(
        "Content", "We respect differences in background, beliefs, identity and ways of coping."
    ),
    QT_TRANSLATE_NOOP(
        "Content",
        "We leave out graphic detail about self-harm, suicide methods or trauma, so the room stays safe for everyone.",
    ),
    QT_TRANSLATE_NOOP(
        "Content", "Anyone can step out for a break; a facilitator may check in with you quietly."
    ),
    QT_TRANSLATE_NOOP(
        "Content",
        "If someone's safety is at serious risk, facilitators may need to get outside help, as the confidentiality statement explains.",
    ),
    QT_TRANSLATE_NOOP("Content", "Our recovery group agreement"),
    QT_TRANSLATE_NOOP("Content", "For groups where members support each other's recovery."),
    QT_TRANSLATE_NOOP(
        "Content", "Everyone working on their recovery is welcome, at whatever stage they are."
    ),
    QT_TRANSLATE_NOOP("Content", "Names and stories stay in this room."),
    QT_TRANSLATE_NOOP(
        "Content",
        "We share what has and has not worked for us, and trust each person to choose their own path.",
    ),
    QT_TRANSLATE_NOOP("Content", "A setback is not a failure. You are always welcome back."),
    QT_TRANSLATE_NOOP(
        "Content",
        "We do not describe using in detail or name places or people to get substances from.",
    ),
    QT_TRANSLATE_NOOP(
        "Content",
        "We do not recommend or criticise medicines or treatments; those choices belong to each person and the professionals they trust.",
    ),
    QT_TRANSLATE_NOOP(
        "Content",
        "We talk about our own experience and avoid lecturing, rescuing or talking over each other.",
    ),
    QT_TRANSLATE_NOOP("Content", "If you are worried about someone here, tell a facilitator."),
    QT_TRANSLATE_NOOP("Content", "Phones on silent, and we start and finish on time."),
    QT_TRANSLATE_NOOP("Content", "Share the air"),
    QT_TRANSLATE_NOOP("Content", "A discussion-group agreement that keeps turns fair."),
    QT_TRANSLATE_NOOP("Content", "Share the air: say your piece, then make room for others."),
    QT_TRANSLATE_NOOP(
        "Content", "Keep each turn to a couple of minutes so everyone gets a chance."
    ),
    QT_TRANSLATE_NOOP("Content", "It is fine not to share; “pass” is always an answer."),
    QT_TRANSLATE_NOOP("Content", "Speak for yourself: “I found…” rather than “you should…”."),
    QT_TRANSLATE_NOOP(
        "Content", "Disagree with ideas, never with people. Curiosity before criticism."
    ),
    QT_TRANSLATE_NOOP("Content", "No side conversations while someone is speaking."),
    QT_TRANSLATE_NOOP(
        "Content", "What is said here stays here; what is learned here can leave with you."
    ),
    QT_TRANSLATE_NOOP(
        "Content", "The facilitator may gently move us on, to keep time and keep things fair."
    ),
    QT_TRANSLATE_NOOP("Content", "What stays in the room"),
    QT_TRANSLATE_NOOP(
        "Content",
        "What people share in this group stays in this group. We do not repeat who came or what anyone said, and we ask everyone here to do the same.\nThe facilitators keep a short list of members: a first name or a name you choose, and only the other details you agree to on the next pages. You can ask to see what we keep, to change it, or to have it removed, at any time.\nThere is one rare exception. If someone tells us that they or another person are in serious and immediate danger, a facilitator may need to get help from outside the group. Whenever we can, we will talk with that person first.\nThis is a peer support group. We listen and share what we have lived through; we are not a replacement for a doctor, a therapist or emergency services.",
    ),
    QT_TRANSLATE_NOOP("Content", "Contact between meetings"),
    QT_TRANSLATE_NOOP(
        "Content",
        "May a facilitator get in touch with you between meetings, for example when a meeting moves or if you asked us to check in? If you say yes, you choose which details to give (a phone number, an email address or both), the best time to reach you, and whether we may leave a message. Saying no changes nothing about your place in the group. If you change your mind later, we delete these details.",
    ),
    QT_TRANSLATE_NOOP("Content", "Keeping your attendance history"),
    QT_TRANSLATE_NOOP(
        "Content",
        "May we note which meetings you come to? It helps us remember when you joined and see how the group is doing. If you say no, we only count how many people came, without your name. You can change your mind at any time.",
    ),
    QT_TRANSLATE_NOOP("Content", "Check-in pairs"),
    QT_TRANSLATE_NOOP(
        "Content",
        "Some members like to be paired with another member to check in with each other between meetings. If you say yes, a facilitator may pair you with someone who has also said yes and tell them your first name, so the two of you can agree how to keep in touch. You can stop at any time, and your pairing ends straight away.",
    ),
    QT_TRANSLATE_NOOP("Content", "Example: Grounding with your senses (5-4-3-2-1)"),
    QT_TRANSLATE_NOOP(
        "Content",
        "*This is an example the app ships, written in our own words. Read it through, change what does not suit your group, or remove it.*\n\nWhen feelings run high, noticing what is around you can help you settle.\n\n1. Look for **five** things you can see.\n2. Notice **four** things you can touch.\n3. Listen for **three** things you can hear.\n4. Find **two** things you can smell.\n5. Name **one** thing you can taste.\n\nGo slowly. There is no right answer, and you can stop at any point.",
    ),
    QT_TRANSLATE_NOOP("Content", "Example: Looking after yourself after a hard meeting"),
    QT_TRANSLATE_NOOP(
        "Content",
        "*This is an example the app ships, written in our own words. Read it through, change what does not suit your group, or remove it.*\n\nSometimes a meeting stirs things up. That is normal.\n\n- Give yourself a little time before the next task.\n- Drink some water and eat something if you can.\n- Do one small thing you enjoy.\n- If you feel low for a while, tell someone you trust, or look at your safety plan.",
    ),
    QT_TRANSLATE_NOOP("Content", "mentions feeling low"),
    QT_TRANSLATE_NOOP("Content", "Example: a local service (replace with one you have checked)"),
    QT_TRANSLATE_NOOP(
        "Content",
        "*This is an example the app ships, written in our own words. Read it through, change what does not suit your group, or remove it.*\n\nWrite a few words about the service here, then fill in its details from something you have checked yourself, and mark it checked.",
    ),
    QT_TRANSLATE_NOOP("Content", "Describe what the service offers, in your own words."),
    QT_TRANSLATE_NOOP("Content", "Add the opening hours after checking them."),
    QT_TRANSLATE_NOOP(
        "Content", "Bus routes, parking, the nearest entrance: whatever helps people find it."
    ),
    QT_TRANSLATE_NOOP("Content", "Step-free access, hearing loop, quiet room: whatever you know."),
    QT_TRANSLATE_NOOP("Content", "Example: Notes for facilitators on content notes"),
    QT_TRANSLATE_NOOP(
        "Content",
        "*This is an example the app ships, written in our own words. Read it through, change what does not suit your group, or remove it.*\n\nA content note lets people choose when to read something difficult. Add one when a resource mentions self-harm, loss, abuse or other heavy topics, and keep it short and plain.",
    ),
    QT_TRANSLATE_NOOP("Content", "Example: your national crisis line"),
    QT_TRANSLATE_NOOP("Content", "(add the number after checking it)"),
    QT_TRANSLATE_NOOP("Content", "Replace this with a line you have checked yourself."),
    QT_TRANSLATE_NOOP("Content", "Example: a local support service"),
)
