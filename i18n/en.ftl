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

## Saved sessions: resuming, the list of them, and what is said about saving

ago-weeks = { $count ->
    [one] 1 week ago
   *[other] { $count } weeks ago
}
# a session saved long ago: its date, like 2026-05-01 (reads after "from" and "saved")
ago-date = { $date }

# the right end of the title bar on the resume question and the list of saved sessions
title-saved = saved sessions
# The resume question's third choice, when more than one session is saved
resume-see-all = See all saved sessions
# Under the resume question. $answers: the platform, then each answer chosen, like
# "Instagram › I was hacked › No, I can't log in"
resume-answers = Your answers so far: { $answers }
saved-question = Which saved session do you want to open?
saved-help = Newest first. An unfinished session goes on where you stopped; a finished one shows its result again. Nothing is deleted.
# One saved session in the list. $platform: "Instagram"; $ago: "2 hours ago";
# $answer: the last answer chosen, or the result of a finished session;
# $state: unfinished, open (in another window now), aside (set aside by starting over) or finished
saved-session = { $state ->
    [finished] { $platform }, finished { $ago }: { $answer }
    [aside] { $platform }, set aside, saved { $ago }: { $answer }
    [open] { $platform }, open in another window, saved { $ago }: { $answer }
   *[unfinished] { $platform }, unfinished, saved { $ago }: { $answer }
}

# $platform: "Instagram"; $count: how many of the saved answers still apply
guide-updated-all = The { $platform } guide was updated since; all your answers still apply.
guide-updated = { $count ->
    [0] The { $platform } guide was updated; none of your answers still apply.
    [one] The { $platform } guide was updated; your first answer still applies.
   *[other] The { $platform } guide was updated; your first { $count } answers still apply.
}
guide-misfit = { $count ->
    [0] Some saved answers do not fit the { $platform } guide; none of your answers still apply.
    [one] Some saved answers do not fit the { $platform } guide; your first answer still applies.
   *[other] Some saved answers do not fit the { $platform } guide; your first { $count } answers still apply.
}
session-no-longer-fits = Your saved { $platform } session no longer fits the updated guide, so you start afresh; `reachout sessions` still lists it.
session-none-to-resume = There is no unfinished session to resume; starting a new one.
session-open-elsewhere = Your { $platform } session is open in another window; you can wait until it is closed there and continue here, or start over.
session-wait = { $count ->
    [one] Wait for the other window, then continue your { $platform } session (1 answer)
   *[other] Wait for the other window, then continue your { $platform } session ({ $count } answers)
}
session-still-open = Your { $platform } session is still open in another window; your answers here are saved when it is closed there.
session-kept-apart = Your { $platform } session was still open in another window, so your answers here are kept as a new session.

# Saving that did not happen. $path: a folder or file; $reason: one of the why-… below,
# or the system's own words; $env: REACHOUT_STATE_DIR
session-no-home = Cannot save your answers: there is no home directory to keep them in. Going on without saving; set { $env } to a directory to keep them.
session-no-state-dir = Cannot save your answers: this system has no state directory. Going on without saving; set { $env } to a directory to keep them.
session-cannot-read-dir = Cannot read the saved sessions in { $path }: { $reason }. Going on without saving.
session-cannot-save = Cannot save your answers in { $path }: { $reason }. Going on without saving.
session-cannot-set-aside = Cannot set the unfinished session { $path } aside: { $reason }.
session-folder-refused = Your answers are not saved: { $reason }.
session-disk-full = Your answers could not be saved: the disk is full. They will be saved when there is space.
# $max: 10000
session-too-long = Your answers could not be saved: this walk is longer than a session can hold ({ $max } answers); the answers saved before are kept.

# Why something could not be done, as the end of a sentence ("…: permission denied")
why-not-found = it does not exist
why-permission-denied = permission denied
why-is-directory = it is a directory
why-read-only = the disk is read-only
why-disk-full = the disk is full
why-too-long = this walk is longer than a session can hold ({ $max } answers)
why-foreign-folder = { $path } belongs to another user; set { $env } to a folder of your own
why-open-folder = other users can change { $path }; make it private with `chmod 700 { $path }`, or set { $env } to a folder of your own
why-symlink = { $path } is a symbolic link, which reachout does not follow; remove it
why-not-folder = { $path } is not a folder; remove it

# A session file that cannot be used; one of damaged-kept or damaged-not-moved follows.
# $file: its path
damaged-empty = The session file { $file } is empty.
damaged-truncated = The session file { $file } is cut short; it was not saved completely.
damaged-too-large = The session file { $file } is larger than any session ({ $size } bytes).
damaged-too-many = The session file { $file } holds { $count } answers, more than a session can hold ({ $max }).
damaged-not-text = The session file { $file } is not a reachout session (it is not text).
damaged-not-session = The session file { $file } is not a reachout session (it does not start with `Session(`).
# $found, $format: numbers of file formats
damaged-newer = The session file { $file } was saved by a newer reachout (format { $found }; this one reads format { $format }).
# $reason: where and what, in the words of the file format's reader
damaged-shape = The session file { $file } is not a session this reachout understands: { $reason }.
damaged-symlink = The session file { $file } is a symbolic link, which reachout does not follow.
damaged-not-regular = { $kind ->
    [directory] The session file { $file } is not a regular file (it is a directory).
    [pipe] The session file { $file } is not a regular file (it is a named pipe).
    [socket] The session file { $file } is not a regular file (it is a socket).
    [device] The session file { $file } is not a regular file (it is a device).
   *[other] The session file { $file } is not a regular file.
}
damaged-other-user = The session file { $file } belongs to another user.
damaged-open-to-others = The session file { $file } can be changed by other users.
damaged-unreadable = The session file { $file } cannot be read: { $reason }.
damaged-kept = It is kept as { $kept } and not used.
damaged-not-moved = It could not be set aside ({ $reason }); it is not used.

# When reachout stops before a result. $ending: quit, input-ended or stopped
bye-saved = { $ending ->
    [input-ended] Input ended before the last question was answered. Your answers are saved; run `reachout --resume` to continue.
    [stopped] Stopped. Your answers are saved; run `reachout --resume` to continue.
   *[quit] Your answers are saved; run `reachout --resume` to continue.
}
bye-unsaved = { $ending ->
    [input-ended] Input ended before the last question was answered. Your answers could not be saved.
    [stopped] Stopped. Your answers could not be saved.
   *[quit] Your answers could not be saved.
}
# $reason: why-disk-full or why-too-long
bye-unsaved-because = { $ending ->
    [input-ended] Input ended before the last question was answered. Your answers could not be saved: { $reason }.
    [stopped] Stopped. Your answers could not be saved: { $reason }.
   *[quit] Your answers could not be saved: { $reason }.
}
bye-input-ended = Input ended before the last question was answered.
bye-stopped = Stopped.
bye-outcome-unsaved = You reached the result, but your answers could not be saved.
bye-outcome-unsaved-because = You reached the result, but your answers could not be saved: { $reason }.

## reachout sessions: the list, opening one, clearing them

sessions-none = No saved sessions in { $path }.
sessions-heading = Saved sessions in { $path }, newest first:
# the columns of the list of saved sessions
sessions-head-number = #
sessions-head-platform = PLATFORM
sessions-head-answers = ANSWERS
sessions-head-saved = SAVED
sessions-head-state = STATE
sessions-state-finished = finished
sessions-state-aside = set aside (started over)
sessions-state-next = unfinished; `reachout --resume` continues it
sessions-state-unfinished = unfinished
sessions-open-hint = `reachout sessions open NUMBER` opens one of them again.
sessions-damaged = { $count ->
    [one] 1 damaged file that could not be read is kept there too; `reachout sessions clear` removes it.
   *[other] { $count } damaged files that could not be read are kept there too; `reachout sessions clear` removes them.
}
# After "error: ". $reason: why-no-home or why-no-state-dir; $env: REACHOUT_STATE_DIR
sessions-nowhere = cannot find where sessions are kept: { $reason }. Set { $env } to a directory.
why-no-home = there is no home directory to keep them in
why-no-state-dir = this system has no state directory
sessions-cannot-read = cannot read the saved sessions in { $path }: { $reason }.
# $number: what was typed after `sessions open`; $count: how many sessions there are
sessions-no-such = { $count ->
    [0] there is no saved session to open.
    [one] there is no session { $number }: only 1 is saved (`reachout sessions` lists it).
   *[other] there is no session { $number }: choose 1 to { $count } (`reachout sessions` lists them).
}
sessions-not-loaded = session { $number } is for { $platform }, which this reachout has no guide for.

# What `sessions clear` removes. $sessions: saved sessions; $others: damaged or
# leftover files (one of them may be 0, not both)
sessions-files = { $others ->
    [0] { $sessions ->
        [one] 1 saved session
       *[other] { $sessions } saved sessions
    }
   *[other] { $sessions ->
        [0] { $others ->
            [one] 1 damaged or leftover file
           *[other] { $others } damaged or leftover files
        }
        [one] 1 saved session and { $others ->
            [one] 1 damaged or leftover file
           *[other] { $others } damaged or leftover files
        }
       *[other] { $sessions } saved sessions and { $others ->
            [one] 1 damaged or leftover file
           *[other] { $others } damaged or leftover files
        }
    }
}
clear-confirm = Remove { sessions-files } from { $path }? This cannot be undone. [y/N]
# What counts as yes to that question, separated by commas (the English ones work too)
clear-yes-words = y, yes
# After "error: "
clear-refused = not removing { sessions-files } without confirmation: input is not a terminal. Add --yes to remove them.
clear-nothing = Nothing was removed.
clear-cannot = could not remove the saved sessions in { $path }: { $reason }.
# $count: files removed; $leftovers: how many of them an interrupted save left
clear-removed = { $leftovers ->
    [0] { $count ->
        [one] Removed 1 file from { $path }.
       *[other] Removed { $count } files from { $path }.
    }
    [one] { $count ->
        [one] Removed 1 file from { $path } (1 left by an interrupted save).
       *[other] Removed { $count } files from { $path } (1 left by an interrupted save).
    }
   *[other] Removed { $count } files from { $path } ({ $leftovers } left by interrupted saves).
}
clear-kept-open = Kept { $file }: it is open in another window.
clear-failed = { $file } could not be removed: { $reason }.
## Writing the message for them (a draft on a way to get help)

# the card header and the footer, when the selected card has a message to write
card-write = w write the message
does-write = write the message
draft-none = There is no message to write here.
draft-not-this-card = This way to get help has no message to write; Tab goes to the next one.
title-message = message
# the first line of each question: $number of $count
draft-question-count = Writing the message · question { $number } of { $count }
draft-optional = You can leave this one empty.
hint-date = Write the date as year-month-day, for example { $today }.
hint-email = An e-mail address, like name@example.com.
hint-phone = With + and the country code, for example +995 555 12 34 56.
hint-username = The account name, with or without @.
hint-url = The whole web address, starting with https://.

# Why an answer will not do: one sentence each
answer-empty = This answer goes into the message; please type it.
answer-not-a-date = That is not a date; write it as year-month-day, for example { $today }.
answer-in-the-future = That date is after today; please give the day it happened.
answer-not-an-email = That is not an e-mail address; it looks like name@example.com.
answer-not-a-phone = That is not a phone number; write it with + and the country code, like +995 555 12 34 56.
answer-not-a-username = An account name has only letters, digits, dots, dashes and underscores, like @ana.k.
answer-not-a-url = That is not a web address; give the whole address, starting with https://.
answer-not-a-choice = Please choose one of the answers by its number, from 1 to { $count }.
answer-too-long = That is too long for the message; please keep it under { $max } characters.

# The finished message
message-title = Your message to { $platform }
message-answers = Your answers
message-change-hint = ↑↓ picks an answer and Enter changes it; the message above changes with it.
# $language: "English", "Russian"
message-sent = The message, as it will be sent ({ $language })
message-translation = The same in { $language }, for you to read (do not send this part)
message-not-translated = There is no { $language } version of this message yet, so it is written in English.
message-where-email = Send it by e-mail to { $address }.
message-where-form = Copy it and paste it into the form: { $url }
message-where-postal = Print it, sign it and send it by post to the address at the top.
message-where-in-app = Copy it and paste it into { $platform }'s support form in the app.
message-to = To: { $address }
message-subject = Subject: { $subject }
message-missing = Still to answer: { $fields }
message-privacy = Your answers here are saved with your session only if you agreed; `reachout sessions clear` removes them.
message-file-translation = ---- Not part of the message: the same in { $language }, for you to read ----
mailto-too-long = This message is too long for a mail link; press c to copy it and paste it into a new e-mail to { $address }.
mailto-not-email = Only an e-mail opens in a mail program; press c to copy the message.
status-saved-two = Saved to { $path } and { $other }
status-copied-message = Copied the message ({ $count } characters); paste it where it goes.
status-sent-message = Sent the message ({ $count } characters) to the terminal's clipboard. If nothing pastes, press s to save it as a file; it is also printed in the terminal when you quit.

does-change-answer = change this answer
does-next-question = next question
does-previous-question = previous question
does-copy-message = copy the message
does-copy-subject = copy the subject
does-save-message = save it as a file
does-back-to-result = back to the result
does-cursor = move in the answer
does-pick-answer = pick an answer
help-on-message = Writing a message

# Asked once, before the first question of a message
consent-title = Keep your answers?
consent-text = What you type for the message can be personal. Keep it with your saved session, so it is there if you come back? If not, it is forgotten when you quit.

## Line mode: writing the message

plain-draft-question = Do you want reachout to write the message for you?
plain-draft-help = It asks a few questions and writes the message; nothing is sent.
# $number: the way's number above; $kind: "Email"; $label: the way's own name
plain-draft-choice = Write the message for way { $number } ({ $kind }: { $label })
plain-draft-skip = No, thank you
plain-draft-field = Question { $number } of { $count }: { $ask }
plain-draft-skip-empty = Press Enter on an empty line to leave it out.
plain-draft-what-now = What now?
plain-draft-save = Save it as a file
plain-draft-change = Change an answer
plain-draft-another = Write another message
plain-draft-done = Done
plain-draft-which = Which answer do you want to change?
plain-consent-yes = Yes, keep them with my session
plain-consent-no = No, forget them when I quit
plain-saved = Saved to { $path }
plain-save-failed = Could not save: { $reason }
# when a typed answer is needed: $back and $quit are the words above
plain-draft-help-words = Type your answer and press Enter. { $back } goes back one question, { $quit } stops.
# a question answered before: $answer is that answer
plain-draft-now = Now: { $answer }. Press Enter to keep it.
message-no-subject = Only an e-mail has a subject; c copies the message.
# an unselected card whose way carries a message to write
card-has-message = ✎ a message to write
does-type-answer = your answer
help-answering = Answering the message's questions
message-left-empty = (left empty)
does-change = change
does-open-message = open the mail program with it, or the form

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
