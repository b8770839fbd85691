# reachout: the words of the interface, in Romanian (ro).
#
# Translators: keep every { $variable } as it is; translate the words around it. Keys
# are not shown to anyone. Write as you would to a person who is upset and in a hurry:
# short sentences, plain words. Never translate links, e-mail addresses or numbers.
#
# Romanian plurals (CLDR): one = 1; few = 0, 2-19 and numbers ending in 01-19 (102, 119);
# other = 20-99, 100, 120... and these take "de" before the noun ("21 de răspunsuri").
# Machine translation (Claude), December 2026.

## Languages, as named in this language

lang-en = engleză
lang-ka = georgiană
lang-bn = bengali
lang-pl = poloneză
lang-sk = slovacă
lang-ro = română
lang-ru = rusă
lang-uk = ucraineană

## The first questions

picker-question = Cu ce aplicație sau site aveți nevoie de ajutor?
picker-help = Alegeți unde este contul sau problema. Puteți reveni și schimba alegerea mai târziu.
resume-question = Data trecută v-ați oprit la jumătatea drumului. Continuați de unde ați rămas?
# $platform: "Instagram"; $ago: "2 hours ago"; $count: answers given so far
resume-choice = { $count ->
    [one] Continuați sesiunea { $platform } de { $ago } (1 răspuns)
    [few] Continuați sesiunea { $platform } de { $ago } ({ $count } răspunsuri)
   *[other] Continuați sesiunea { $platform } de { $ago } ({ $count } de răspunsuri)
}
start-over = Începeți de la capăt

## How long ago (for saved sessions)

ago-now = chiar acum
ago-minutes = { $count ->
    [one] acum un minut
    [few] acum { $count } minute
   *[other] acum { $count } de minute
}
ago-hours = { $count ->
    [one] acum o oră
    [few] acum { $count } ore
   *[other] acum { $count } de ore
}
ago-days = { $count ->
    [one] acum o zi
    [few] acum { $count } zile
   *[other] acum { $count } de zile
}

## An outcome, as printed and saved

outcome-warning = Înainte să începeți:
outcome-action = Ce faceți acum:
outcome-prepare = Pregătiți:
outcome-channels = { $count ->
    [one] Unde primiți ajutor (o cale):
    [few] Unde primiți ajutor ({ $count } căi):
   *[other] Unde primiți ajutor ({ $count } de căi):
}
outcome-expect = La ce să vă așteptați:
outcome-answers = Răspunsurile dvs.:

## Kinds of channel

kind-form = Formular online
kind-web = Pagină web
kind-email = E-mail
kind-phone = Telefon
kind-postal = Scrisoare prin poștă
kind-in-app = Pas cu pas

## A channel's details

channel-step = Pasul { $number }: { $step }
channel-note = Notă: { $note }
channel-source = Sursa: { $source }
# $title: a page's own title, never translated; $url: its address
source-page = { $title } ({ $url })
# $language: the name of a language, e.g. "Georgian"
source-article = { $title } (un ghid practic în limba { $language })
# $date: when the source was last read, like 2026-12
channel-checked = Verificat { $date }: { $confidence }.
confidence-official = confirmat pe paginile platformei
confidence-seed = dintr-un ghid publicat, neconfirmat pe paginile platformei
confidence-third-party = apare doar pe alte site-uri; neconfirmat pe paginile platformei

## Line mode (--plain): typed words

# Words a person may type, separated by commas. The English ones always work too.
plain-words-back = i, înapoi, inapoi
plain-words-restart = r, reîncepe, reincepe, de la capăt, de la capat
plain-words-quit = s, stop, ieșire, iesire
plain-words-help = ?, a, ajutor
# $back, $restart, $quit: the first word of each list above
plain-help = Scrieți numărul răspunsului și apăsați Enter. Alte răspunsuri: { $back } vă duce cu o întrebare înapoi, { $restart } începe de la capăt, { $quit } salvează și iese, ? arată acest ajutor.
plain-no-back = Aceasta este prima întrebare; nu aveți unde să reveniți.
plain-restarting = Începem de la capăt.
plain-invalid = Vă rugăm să scrieți un număr de la 1 la { $count } sau { $back } ca să reveniți, { $restart } ca să începeți de la capăt, { $quit } ca să ieșiți, ? pentru ajutor.

## run (scripts)

# $platform: "Instagram"
run-pending = { $platform }: răspunsurile de până acum se opresc la o întrebare.

## The full-screen wizard: the frame

# the right end of the title bar
title-question = întrebarea { $number }
title-result = rezultat
title-search = căutare
crumb-hint = Răspundeți la câteva întrebări ca să găsiți ajutor.

## Messages in the status line

status-not-a-key = Tasta nu are niciun rol aici. Apăsați ? pentru ajutor.
status-no-such-answer = Nu există răspunsul { $number }; alegeți de la 1 la { $count }.
status-nothing-to-restart = Sunteți deja la prima întrebare; nu aveți ce relua.
# $kind: "Letter by post", "Step by step"
status-nothing-to-open = { $kind } nu are un link de deschis; apăsați c ca să îl copiați.
status-copied = Copiat: { $text }
status-copy-failed = Nu s-a putut copia: { $reason }
status-opening = Se deschide { $link }
status-saved = Salvat în { $path }
status-save-failed = Nu s-a putut salva: { $reason }
status-machine-translation = Traducere automată: linkurile și numerele sunt exacte, formularea poate fi stângace.

## Opening a link

open-not-a-link = Se pot deschide doar linkuri web, de e-mail și de telefon.
open-no-desktop = Nu există un browser aici (nicio sesiune grafică); apăsați c ca să copiați linkul.
# $program: "xdg-open"
open-not-installed = Linkurile nu se pot deschide: { $program } nu este instalat. Apăsați c ca să copiați.
open-cannot-start = { $program } nu a putut porni: { $reason }. Apăsați c ca să copiați.
open-failed = { $program } nu a putut deschide linkul ({ $status }). Apăsați c ca să îl copiați.

## An outcome on screen

screen-action = Ce faceți acum
screen-prepare = Pregătiți
screen-channels = Unde primiți ajutor
screen-ways = { $count ->
    [one] o cale
    [few] { $count } căi
   *[other] { $count } de căi
}
screen-expect = La ce să vă așteptați
screen-warning = Înainte să începeți
card-copy-open = c copiere · o deschidere
card-copy = c copiere

## Search

search-prompt = Căutare:
search-all = { $total ->
    [one] Un singur răspuns. Scrieți cuvinte ca: spart, decedat, drepturi de autor.
    [few] Toate cele { $total } răspunsuri. Scrieți cuvinte ca: spart, decedat, drepturi de autor.
   *[other] Toate cele { $total } de răspunsuri. Scrieți cuvinte ca: spart, decedat, drepturi de autor.
}
search-none = Nu se potrivește nimic. Încercați mai puține cuvinte sau altele, ca: spart, decedat, drepturi de autor.
search-some = { $total ->
    [one] Potriviri: { $count } din 1 răspuns.
    [few] Potriviri: { $count } din { $total } răspunsuri.
   *[other] Potriviri: { $count } din { $total } de răspunsuri.
}
search-first-question = (prima întrebare)

## Dialogs

confirm-restart-title = Începeți de la capăt?
confirm-restart-text = Răspunsurile de până acum se șterg și reveniți la prima întrebare.
confirm-quit-title = Ieșiți din reachout?
confirm-quit-text = Sunteți la prima întrebare.
confirm-yes = da
confirm-no = nu
help-title-scroll = Ajutor · ↑↓ derulare · Esc închide
help-title = Ajutor · Esc închide
too-small-title = Terminal prea mic
too-small-text = reachout are nevoie de { $width }×{ $height }; acesta are { $cols }×{ $rows }. Măriți fereastra sau apăsați q ca să ieșiți.

## Keys: what they are called and what they do

key-enter = Enter
key-backspace = Backspace
key-esc = Esc
key-tab = Tab
key-shift-tab = Shift-Tab
key-page-up = PgUp
key-page-down = PgDn
key-space = Spațiu
key-home = Home
key-end = End
key-ctrl-c = Ctrl-C
key-ctrl-w = Ctrl-W
key-ctrl-u = Ctrl-U
key-type = scrieți

does-move = mutare
does-choose = alegere
does-back = înapoi
does-next-card = cardul următor
does-pick = alegere
does-choose-number = alegere după număr
does-up = mutare în sus
does-down = mutare în jos
does-choose-highlighted = alegeți răspunsul evidențiat
does-go-back = înapoi cu o întrebare
does-next-way = calea următoare de a primi ajutor
does-previous-way = calea anterioară de a primi ajutor
does-copy = copiere
does-open = deschidere
does-save = salvare
does-search = căutare
does-start-over = de la capăt
does-help = ajutor
does-quit = ieșire
does-language = limbă
does-words = cuvinte de căutat
does-previous-match = rezultatul anterior
does-next-match = rezultatul următor
does-go-there = mergeți acolo
does-delete-letter = șterge o literă
does-delete-word = șterge un cuvânt
does-clear = golire
does-close = închidere
does-close-help = închide ajutorul
does-yes = da
does-no = nu
does-scroll-up = derulare în sus
does-scroll-down = derulare în jos
does-top = mergeți la început
does-bottom = mergeți la sfârșit
does-quit-now = ieșire imediată

help-on-question = La o întrebare
help-on-outcome = La un răspuns
help-in-search = În căutare
help-untranslated = [EN] marchează un text care nu are încă traducere: este afișat în engleză.

## Choosing the language

language-title = Limbă · Enter alege · Esc închide
help-intro = Răspundeți la fiecare întrebare cu numărul răspunsului sau mergeți la el și apăsați Enter. La sfârșit vedeți unde primiți ajutor: copiați o adresă cu c, deschideți un link cu o, salvați totul într-un fișier cu s. Apăsați L ca să alegeți altă limbă; răspunsurile rămân.
help-mouse = Mouse: faceți clic pe un răspuns ca să îl alegeți; rotița derulează. Ca să selectați text cu mouse-ul, țineți apăsat Shift în timp ce trageți (în majoritatea terminalelor).
help-copy = Copierea îi cere terminalului să pună textul în clipboard; funcționează și prin SSH. Unele terminale, și tmux dacă nu este configurat pentru asta, ignoră cererea: atunci selectați textul cu mouse-ul și copiați-l dvs.
