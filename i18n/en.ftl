# reachout: the words of the interface, in English (the source language).
#
# Translators: keep every { $variable } as it is; translate the words around it. Keys
# are not shown to anyone. Write as you would to a person who is upset and in a hurry:
# short sentences, plain words. Never translate links, e-mail addresses or numbers.

## Languages, as named in this language

lang-en = English
lang-ka = Georgian
lang-bn = Bengali
lang-pl = Polish
lang-sk = Slovak
lang-ro = Romanian
lang-ru = Russian
lang-uk = Ukrainian

## The first questions

picker-question = Which app or site do you need help with?
picker-help = Choose where the account or the problem is. You can go back and change it later.
resume-question = You stopped partway last time. Continue where you left off?
# $platform: "Instagram"; $ago: "2 hours ago"; $count: answers given so far
resume-choice = { $count ->
    [one] Continue your { $platform } session from { $ago } (1 answer)
   *[other] Continue your { $platform } session from { $ago } ({ $count } answers)
}
start-over = Start over

## How long ago (for saved sessions)

ago-now = just now
ago-minutes = { $count ->
    [one] 1 minute ago
   *[other] { $count } minutes ago
}
ago-hours = { $count ->
    [one] 1 hour ago
   *[other] { $count } hours ago
}
ago-days = { $count ->
    [one] 1 day ago
   *[other] { $count } days ago
}

## An outcome, as printed and saved

outcome-warning = Before you start:
outcome-action = What to do now:
outcome-prepare = Have this ready:
outcome-channels = { $count ->
    [one] Where to get help (1 way):
   *[other] Where to get help ({ $count } ways):
}
outcome-expect = What to expect:
outcome-answers = Your answers:

## Kinds of channel

kind-form = Online form
kind-web = Web page
kind-email = E-mail
kind-phone = Phone
kind-postal = Letter by post
kind-in-app = Step by step

## A channel's details

channel-step = Step { $number }: { $step }
channel-note = Note: { $note }
channel-source = Source: { $source }
# $title: a page's own title, never translated; $url: its address
source-page = { $title } ({ $url })
# $language: the name of a language, e.g. "Georgian"
source-article = { $title } (a how-to article in { $language })
# $date: when the source was last read, like 2026-12
channel-checked = Checked { $date }: { $confidence }.
confidence-official = confirmed on the platform's own pages
confidence-seed = from a published guide, not confirmed on the platform's own pages
confidence-third-party = only other websites mention it; not confirmed on the platform's own pages

## Line mode (--plain): typed words

# Words a person may type, separated by commas. The English ones always work too.
plain-words-back = b, back
plain-words-restart = r, restart, start over
plain-words-quit = q, quit, exit
plain-words-help = ?, h, help
# $back, $restart, $quit: the first word of each list above
plain-help = Type the number of your answer and press Enter. Other answers: { $back } goes back one question, { $restart } starts over, { $quit } saves and quits, ? shows this help.
plain-no-back = This is the first question; there is nothing to go back to.
plain-restarting = Starting over.
plain-invalid = Please type a number from 1 to { $count }, or { $back } to go back, { $restart } to start over, { $quit } to quit, ? for help.

## run (scripts)

# $platform: "Instagram"
run-pending = { $platform }: the answers so far stop at a question.
