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
kind-email = Email
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
plain-words-save = s, save
# $back, $restart, $quit: the first word of each list above
plain-help = Type the number of your answer and press Enter; on the first question you can also type the app's name. Other answers: { $back } goes back one question, { $restart } starts over, { $quit } saves and quits, ? shows this help, and / with some words (like: / hacked photos) searches every answer.
plain-no-back = This is the first question; there is nothing to go back to.
plain-restarting = Starting over.
plain-search-found = { $count ->
    [one] 1 answer has these words:
   *[other] { $count } answers have these words, the best first:
}
plain-search-partial = { $count ->
    [one] No answer has all these words; this one has some of them:
   *[other] No answer has all these words; these have some of them, the closest first:
}
plain-search-none = Nothing matches. Try other words, like: / hacked, / died, / copyright.
plain-search-pick = Type the number of an answer to go there, or just Enter to go back to the question.
# after an outcome; "s" is the first word of plain-words-save
plain-save-offer = Save this answer to a file? Type s and Enter, or just Enter to finish.
plain-invalid = Please type a number from 1 to { $count }, or { $back } to go back, { $restart } to start over, { $quit } to quit, ? for help.

## run (scripts)

# $platform: "Instagram"
run-pending = { $platform }: the answers so far stop at a question.

## The full-screen wizard: the frame

# the right end of the title bar
title-question = question { $number }
title-result = result
title-search = search
crumb-hint = Answer a few questions to find help.

## Messages in the status line

status-not-a-key = Not a key here. Press ? for help.
status-no-such-answer = There is no answer { $number }; choose 1 to { $count }.
status-nothing-to-restart = This is the first question already; nothing to start over.
# $kind: "Letter by post", "Step by step"
status-nothing-to-open = { $kind } has no link to open; press c to copy it.
status-copied = Copied to the clipboard: { $text }
# the text itself is shown on the lines below this message
status-sent-to-terminal = Sent to the terminal's clipboard — if nothing pastes, select the text below with the mouse and copy it:
status-copy-failed = Could not copy: { $reason }
status-opening = Opening { $link }
status-saved = Saved to { $path }
status-save-failed = Could not save: { $reason }
status-machine-translation = Machine-made translation: the links and numbers are exact, the wording may be clumsy.

## Opening a link

open-not-a-link = Only web, mail and phone links can be opened.
open-no-desktop = No browser here (no desktop session); press c to copy the link.
# $program: "xdg-open"
open-not-installed = Cannot open links: { $program } is not installed. Press c to copy.
open-cannot-start = { $program } could not start: { $reason }. Press c to copy.
open-failed = { $program } could not open the link ({ $status }). Press c to copy it.

## An outcome on screen

screen-action = What to do now
screen-prepare = Have this ready
screen-channels = Where to get help
screen-ways = { $count ->
    [one] 1 way
   *[other] { $count } ways
}
screen-expect = What to expect
# on a short screen, in place of the list, which follows the ways to get help
screen-prepare-later = { $count ->
    [one] Have this ready: 1 thing, listed further down.
   *[other] Have this ready: { $count } things, listed further down.
}
screen-warning = Before you start
card-copy-open = c copy · o open
card-copy = c copy

## Search

search-prompt = Search:
search-all = All { $total } answers. Type words like: hacked, died, copyright.
search-none = Nothing matches. Try fewer or other words, like: hacked, died, copyright.
search-some = { $total ->
    [one] { $count } of 1 answer matches.
   *[other] { $count } of { $total } answers match.
}
search-first-question = (the first question)
search-partial = { $count ->
    [one] No answer has all these words; this one has some of them.
   *[other] No answer has all these words; these { $count } have some of them, the closest first.
}

## Dialogs

confirm-restart-title = Start over?
confirm-restart-text = Your answers so far are cleared and you go back to the first question.
confirm-quit-title = Quit reachout?
confirm-quit-text = You are at the first question.
confirm-yes = yes
confirm-no = no
help-title-scroll = Help · ↑↓ scroll · Esc closes
help-title = Help · Esc closes
too-small-title = Terminal too small
too-small-text = reachout needs { $width }×{ $height }; this is { $cols }×{ $rows }. Make the window bigger, or press q to quit.

## Keys: what they are called and what they do

key-enter = Enter
key-backspace = Backspace
key-esc = Esc
key-tab = Tab
key-shift-tab = Shift-Tab
key-page-up = PgUp
key-page-down = PgDn
key-space = Space
key-home = Home
key-end = End
key-ctrl-c = Ctrl-C
key-ctrl-w = Ctrl-W
key-ctrl-u = Ctrl-U
key-type = type

does-move = move
does-choose = choose
does-back = back
does-next-card = next card
does-pick = pick
does-choose-number = choose by number
does-up = move up
does-down = move down
does-choose-highlighted = choose the highlighted answer
does-go-back = go back one question
does-next-way = next way to get help (after the last, the first)
does-previous-way = previous way to get help (before the first, the last)
does-next-way-down = next way to get help, then further down
does-previous-way-up = previous way to get help, then further up
does-copy = copy
does-open = open
does-save = save
does-search = search
does-start-over = start over
does-help = help
does-quit = quit
does-language = language
does-words = words to find
does-previous-match = previous match
does-next-match = next match
does-go-there = go there
does-delete-letter = delete a letter
does-delete-word = delete a word
does-clear = clear
does-close = close
does-close-help = close help
does-yes = yes
does-no = no
does-scroll-up = scroll up
does-scroll-down = scroll down
does-top = go to the top
does-bottom = go to the bottom
does-quit-now = quit at once

help-on-question = On a question
help-on-outcome = On an answer
help-in-search = In search
help-untranslated = [EN] marks a text that has no translation yet: it is shown in English.

## Choosing the language

language-title = Language · Enter chooses · Esc closes
help-intro = Answer each question with the number of the answer, or move to it and press Enter. At the end you see where to get help: copy an address with c, open a link with o, save it all to a file with s. Press L to choose another language; your answers stay.
help-mouse = Mouse: click an answer to choose it; the wheel scrolls. To select text with the mouse, hold Shift while you drag (most terminals).
help-copy = Copying with c: on a computer with a desktop, the text goes straight to the clipboard. Elsewhere, for example over SSH, reachout asks your terminal to copy it, and cannot know whether it did: some terminals, and tmux unless it is set up for it, ignore the request. So the text is also shown at the bottom of the screen: select it with the mouse and copy it yourself.

## Messages of the commands

# $name: what the person typed, in quotes; $names: the platforms, one a line
error-no-guide = reachout has no guide for { $name }. It knows these:{ $names }
# $close: the platform whose name is closest to what was typed
error-no-guide-close = reachout has no guide for { $name }. Did you mean { $close }? It knows these:{ $names }
# $reason: what went wrong, as the system says it
error-full-screen = The full screen could not be shown: { $reason }. Your answers so far are saved; run `reachout --plain` to answer line by line.
# the column heads of `reachout list`
list-platform = PLATFORM
list-names = NAMES
list-situations = SITUATIONS
# `reachout list` on a narrow terminal: a platform and how many situations it covers
list-platform-count = { $count ->
    [one] { $platform } (1 situation)
   *[other] { $platform } ({ $count } situations)
}
