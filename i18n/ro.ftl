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
plain-words-save = s, salvează, salveaza, salvare, da
# $back, $restart, $quit: the first word of each list above
plain-help = Scrieți numărul răspunsului și apăsați Enter; la prima întrebare puteți scrie și numele aplicației. Alte răspunsuri: { $back } vă duce cu o întrebare înapoi, { $restart } începe de la capăt, { $quit } salvează și iese, ? arată acest ajutor, iar / urmat de câteva cuvinte (de exemplu: / cont spart) caută în toate răspunsurile.
plain-no-back = Aceasta este prima întrebare; nu aveți unde să reveniți.
plain-restarting = Începem de la capăt.
plain-search-found = { $count ->
    [one] Un răspuns conține aceste cuvinte:
    [few] { $count } răspunsuri conțin aceste cuvinte, cele mai potrivite mai întâi:
   *[other] { $count } de răspunsuri conțin aceste cuvinte, cele mai potrivite mai întâi:
}
plain-search-partial = { $count ->
    [one] Niciun răspuns nu conține toate aceste cuvinte; acesta conține o parte din ele:
    [few] Niciun răspuns nu conține toate aceste cuvinte; acestea conțin o parte din ele, cele mai apropiate mai întâi:
   *[other] Niciun răspuns nu conține toate aceste cuvinte; acestea conțin o parte din ele, cele mai apropiate mai întâi:
}
plain-search-none = Nu se potrivește nimic. Încercați alte cuvinte, ca: / spart, / decedat, / drepturi de autor.
plain-search-pick = Scrieți numărul unui răspuns ca să mergeți acolo sau apăsați doar Enter ca să reveniți la întrebare.
# after an outcome; "s" is the first word of plain-words-save
plain-save-offer = Salvați acest răspuns într-un fișier? Scrieți s și apăsați Enter sau apăsați doar Enter ca să terminați.
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
status-copied = Copiat în clipboard: { $text }
# the text itself is shown on the lines below this message
status-sent-to-terminal = Trimis către clipboardul terminalului. Dacă nu se lipește nimic, selectați cu mouse-ul textul de mai jos și copiați-l:
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
# on a short screen, in place of the list, which follows the ways to get help
screen-prepare-later = { $count ->
    [one] Pregătiți: un lucru, enumerat mai jos.
    [few] Pregătiți: { $count } lucruri, enumerate mai jos.
   *[other] Pregătiți: { $count } de lucruri, enumerate mai jos.
}
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
search-partial = { $count ->
    [one] Niciun răspuns nu conține toate aceste cuvinte; acesta conține o parte din ele.
    [few] Niciun răspuns nu conține toate aceste cuvinte; aceste { $count } răspunsuri conțin o parte din ele, cele mai apropiate mai întâi.
   *[other] Niciun răspuns nu conține toate aceste cuvinte; aceste { $count } de răspunsuri conțin o parte din ele, cele mai apropiate mai întâi.
}

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
does-next-way = calea următoare de a primi ajutor (după ultima, prima)
does-previous-way = calea anterioară de a primi ajutor (înainte de prima, ultima)
does-next-way-down = calea următoare de a primi ajutor, apoi mai jos
does-previous-way-up = calea anterioară de a primi ajutor, apoi mai sus
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
help-copy = Copierea cu c: pe un computer cu interfață grafică, textul ajunge direct în clipboard. În alte cazuri, de exemplu prin SSH, reachout îi cere terminalului să îl copieze și nu poate ști dacă a făcut-o: unele terminale, și tmux dacă nu este configurat pentru asta, ignoră cererea. De aceea textul este afișat și în partea de jos a ecranului: selectați-l cu mouse-ul și copiați-l dvs.

## Saved sessions: resuming, the list of them, and what is said about saving

ago-weeks = { $count ->
    [one] acum o săptămână
    [few] acum { $count } săptămâni
   *[other] acum { $count } de săptămâni
}
# a session saved long ago: its date, like 2026-05-01 (reads after "from" and "saved")
ago-date = { $date }

# the right end of the title bar on the resume question and the list of saved sessions
title-saved = sesiuni salvate
# The resume question's third choice, when more than one session is saved
resume-see-all = Vedeți toate sesiunile salvate
# Under the resume question. $answers: the platform, then each answer chosen, like
# "Instagram › I was hacked › No, I can't log in"
resume-answers = Răspunsurile dvs. de până acum: { $answers }
saved-question = Ce sesiune salvată doriți să deschideți?
saved-help = Cele mai noi sunt primele. O sesiune neterminată continuă de unde v-ați oprit; una terminată vă arată din nou rezultatul. Nu se șterge nimic.
# One saved session in the list. $platform: "Instagram"; $ago: "2 hours ago";
# $answer: the last answer chosen, or the result of a finished session;
# $state: unfinished, open (in another window now), aside (set aside by starting over) or finished
saved-session = { $state ->
    [finished] { $platform }, terminată { $ago }: { $answer }
    [aside] { $platform }, pusă deoparte, salvată { $ago }: { $answer }
    [open] { $platform }, deschisă în altă fereastră, salvată { $ago }: { $answer }
   *[unfinished] { $platform }, neterminată, salvată { $ago }: { $answer }
}

# $platform: "Instagram"; $count: how many of the saved answers still apply
guide-updated-all = Ghidul pentru { $platform } a fost actualizat între timp; toate răspunsurile dvs. sunt încă valabile.
guide-updated = { $count ->
    [0] Ghidul pentru { $platform } a fost actualizat; niciunul dintre răspunsurile dvs. nu mai este valabil.
    [one] Ghidul pentru { $platform } a fost actualizat; primul dvs. răspuns este încă valabil.
    [few] Ghidul pentru { $platform } a fost actualizat; primele { $count } răspunsuri ale dvs. sunt încă valabile.
   *[other] Ghidul pentru { $platform } a fost actualizat; primele { $count } de răspunsuri ale dvs. sunt încă valabile.
}
guide-misfit = { $count ->
    [0] Unele răspunsuri salvate nu se potrivesc cu ghidul pentru { $platform }; niciunul dintre răspunsurile dvs. nu mai este valabil.
    [one] Unele răspunsuri salvate nu se potrivesc cu ghidul pentru { $platform }; primul dvs. răspuns este încă valabil.
    [few] Unele răspunsuri salvate nu se potrivesc cu ghidul pentru { $platform }; primele { $count } răspunsuri ale dvs. sunt încă valabile.
   *[other] Unele răspunsuri salvate nu se potrivesc cu ghidul pentru { $platform }; primele { $count } de răspunsuri ale dvs. sunt încă valabile.
}
session-no-longer-fits = Sesiunea dvs. { $platform } salvată nu se mai potrivește cu ghidul actualizat, așa că începeți din nou; `reachout sessions` o afișează în continuare.
session-none-to-resume = Nu există nicio sesiune neterminată de reluat; începem una nouă.
session-open-elsewhere = Sesiunea dvs. { $platform } este deschisă în altă fereastră. Puteți aștepta să fie închisă acolo și să continuați aici sau puteți începe de la capăt.
session-wait = { $count ->
    [one] Așteptați să se închidă cealaltă fereastră, apoi continuați sesiunea { $platform } (1 răspuns)
    [few] Așteptați să se închidă cealaltă fereastră, apoi continuați sesiunea { $platform } ({ $count } răspunsuri)
   *[other] Așteptați să se închidă cealaltă fereastră, apoi continuați sesiunea { $platform } ({ $count } de răspunsuri)
}
session-still-open = Sesiunea dvs. { $platform } este încă deschisă în altă fereastră; răspunsurile de aici se salvează când este închisă acolo.
session-kept-apart = Sesiunea dvs. { $platform } era încă deschisă în altă fereastră, așa că răspunsurile de aici sunt păstrate ca sesiune nouă.

# Saving that did not happen. $path: a folder or file; $reason: one of the why-… below,
# or the system's own words; $env: REACHOUT_STATE_DIR
session-no-home = Răspunsurile dvs. nu se pot salva: nu există un director personal (home) în care să fie păstrate. Continuăm fără salvare; ca să le păstrați, setați { $env } la un director.
session-no-state-dir = Răspunsurile dvs. nu se pot salva: acest sistem nu are un director de stare. Continuăm fără salvare; ca să le păstrați, setați { $env } la un director.
session-cannot-read-dir = Sesiunile salvate din { $path } nu pot fi citite: { $reason }. Continuăm fără salvare.
session-cannot-save = Răspunsurile dvs. nu se pot salva în { $path }: { $reason }. Continuăm fără salvare.
session-cannot-set-aside = Sesiunea neterminată { $path } nu poate fi pusă deoparte: { $reason }.
session-folder-refused = Răspunsurile dvs. nu sunt salvate: { $reason }.
session-disk-full = Răspunsurile dvs. nu au putut fi salvate: discul este plin. Vor fi salvate când va exista spațiu.
# $max: 10000
session-too-long = Răspunsurile dvs. nu au putut fi salvate: acest parcurs este mai lung decât poate cuprinde o sesiune ({ $max } de răspunsuri); răspunsurile salvate înainte se păstrează.

# Why something could not be done, as the end of a sentence ("…: permission denied")
why-not-found = nu există
why-permission-denied = permisiune refuzată
why-is-directory = este un director
why-read-only = discul este doar pentru citire
why-disk-full = discul este plin
why-too-long = acest parcurs este mai lung decât poate cuprinde o sesiune ({ $max } de răspunsuri)
why-foreign-folder = { $path } aparține altui utilizator; setați { $env } la un folder al dvs.
why-open-folder = alți utilizatori pot modifica { $path }; faceți-l privat cu `chmod 700 { $path }` sau setați { $env } la un folder al dvs.
why-symlink = { $path } este o legătură simbolică, pe care reachout nu o urmează; ștergeți-o
why-not-folder = { $path } nu este un folder; ștergeți-l

# A session file that cannot be used; one of damaged-kept or damaged-not-moved follows.
# $file: its path
damaged-empty = Fișierul de sesiune { $file } este gol.
damaged-truncated = Fișierul de sesiune { $file } este incomplet; nu a fost salvat în întregime.
damaged-too-large = { $size ->
    [one] Fișierul de sesiune { $file } este mai mare decât orice sesiune (1 octet).
    [few] Fișierul de sesiune { $file } este mai mare decât orice sesiune ({ $size } octeți).
   *[other] Fișierul de sesiune { $file } este mai mare decât orice sesiune ({ $size } de octeți).
}
damaged-too-many = { $count ->
    [one] Fișierul de sesiune { $file } conține 1 răspuns, mai multe decât poate cuprinde o sesiune ({ $max }).
    [few] Fișierul de sesiune { $file } conține { $count } răspunsuri, mai multe decât poate cuprinde o sesiune ({ $max }).
   *[other] Fișierul de sesiune { $file } conține { $count } de răspunsuri, mai multe decât poate cuprinde o sesiune ({ $max }).
}
damaged-not-text = Fișierul de sesiune { $file } nu este o sesiune reachout (nu este text).
damaged-not-session = Fișierul de sesiune { $file } nu este o sesiune reachout (nu începe cu `Session(`).
# $found, $format: numbers of file formats
damaged-newer = Fișierul de sesiune { $file } a fost salvat de o versiune mai nouă de reachout (formatul { $found }; aceasta citește formatul { $format }).
# $reason: where and what, in the words of the file format's reader
damaged-shape = Fișierul de sesiune { $file } nu este o sesiune pe care această versiune de reachout o înțelege: { $reason }.
damaged-symlink = Fișierul de sesiune { $file } este o legătură simbolică, pe care reachout nu o urmează.
damaged-not-regular = { $kind ->
    [directory] Fișierul de sesiune { $file } nu este un fișier obișnuit (este un director).
    [pipe] Fișierul de sesiune { $file } nu este un fișier obișnuit (este un pipe cu nume).
    [socket] Fișierul de sesiune { $file } nu este un fișier obișnuit (este un socket).
    [device] Fișierul de sesiune { $file } nu este un fișier obișnuit (este un dispozitiv).
   *[other] Fișierul de sesiune { $file } nu este un fișier obișnuit.
}
damaged-other-user = Fișierul de sesiune { $file } aparține altui utilizator.
damaged-open-to-others = Fișierul de sesiune { $file } poate fi modificat de alți utilizatori.
damaged-unreadable = Fișierul de sesiune { $file } nu poate fi citit: { $reason }.
damaged-kept = Este păstrat ca { $kept } și nu este folosit.
damaged-not-moved = Nu a putut fi pus deoparte ({ $reason }); nu este folosit.

# When reachout stops before a result. $ending: quit, input-ended or stopped
bye-saved = { $ending ->
    [input-ended] Intrarea s-a terminat înainte de răspunsul la ultima întrebare. Răspunsurile dvs. sunt salvate; rulați `reachout --resume` ca să continuați.
    [stopped] Oprit. Răspunsurile dvs. sunt salvate; rulați `reachout --resume` ca să continuați.
   *[quit] Răspunsurile dvs. sunt salvate; rulați `reachout --resume` ca să continuați.
}
bye-unsaved = { $ending ->
    [input-ended] Intrarea s-a terminat înainte de răspunsul la ultima întrebare. Răspunsurile dvs. nu au putut fi salvate.
    [stopped] Oprit. Răspunsurile dvs. nu au putut fi salvate.
   *[quit] Răspunsurile dvs. nu au putut fi salvate.
}
# $reason: why-disk-full or why-too-long
bye-unsaved-because = { $ending ->
    [input-ended] Intrarea s-a terminat înainte de răspunsul la ultima întrebare. Răspunsurile dvs. nu au putut fi salvate: { $reason }.
    [stopped] Oprit. Răspunsurile dvs. nu au putut fi salvate: { $reason }.
   *[quit] Răspunsurile dvs. nu au putut fi salvate: { $reason }.
}
bye-input-ended = Intrarea s-a terminat înainte de răspunsul la ultima întrebare.
bye-stopped = Oprit.
bye-outcome-unsaved = Ați ajuns la rezultat, dar răspunsurile dvs. nu au putut fi salvate.
bye-outcome-unsaved-because = Ați ajuns la rezultat, dar răspunsurile dvs. nu au putut fi salvate: { $reason }.

## reachout sessions: the list, opening one, clearing them

sessions-none = Nu există sesiuni salvate în { $path }.
sessions-heading = Sesiunile salvate în { $path }, cele mai noi primele:
# the columns of the list of saved sessions
sessions-head-number = #
sessions-head-platform = PLATFORMĂ
sessions-head-answers = RĂSPUNSURI
sessions-head-saved = SALVATĂ
sessions-head-state = STARE
sessions-state-finished = terminată
sessions-state-aside = pusă deoparte (ați început de la capăt)
sessions-state-next = neterminată; `reachout --resume` o continuă
sessions-state-unfinished = neterminată
sessions-open-hint = `reachout sessions open NUMBER` redeschide una dintre ele (NUMBER = numărul din listă).
sessions-damaged = { $count ->
    [one] Acolo este păstrat și un fișier deteriorat care nu a putut fi citit; `reachout sessions clear` îl șterge.
    [few] Acolo sunt păstrate și { $count } fișiere deteriorate care nu au putut fi citite; `reachout sessions clear` le șterge.
   *[other] Acolo sunt păstrate și { $count } de fișiere deteriorate care nu au putut fi citite; `reachout sessions clear` le șterge.
}
# After "error: ". $reason: why-no-home or why-no-state-dir; $env: REACHOUT_STATE_DIR
sessions-nowhere = nu se poate găsi locul unde sunt păstrate sesiunile: { $reason }. Setați { $env } la un director.
why-no-home = nu există un director personal (home) în care să fie păstrate
why-no-state-dir = acest sistem nu are un director de stare
sessions-cannot-read = sesiunile salvate din { $path } nu pot fi citite: { $reason }.
# $number: what was typed after `sessions open`; $count: how many sessions there are
sessions-no-such = { $count ->
    [0] nu există nicio sesiune salvată de deschis.
    [one] nu există sesiunea { $number }: este salvată doar una (`reachout sessions` o afișează).
    [few] nu există sesiunea { $number }: alegeți de la 1 la { $count } (`reachout sessions` le afișează).
   *[other] nu există sesiunea { $number }: alegeți de la 1 la { $count } (`reachout sessions` le afișează).
}
sessions-not-loaded = sesiunea { $number } este pentru { $platform }, iar această versiune de reachout nu are un ghid pentru { $platform }.

# What `sessions clear` removes. $sessions: saved sessions; $others: damaged or
# leftover files (one of them may be 0, not both)
sessions-files = { $others ->
    [0] { $sessions ->
        [one] o sesiune salvată
        [few] { $sessions } sesiuni salvate
       *[other] { $sessions } de sesiuni salvate
    }
   *[other] { $sessions ->
        [0] { $others ->
            [one] un fișier deteriorat sau rămas în urmă
            [few] { $others } fișiere deteriorate sau rămase în urmă
           *[other] { $others } de fișiere deteriorate sau rămase în urmă
        }
        [one] o sesiune salvată și { $others ->
            [one] un fișier deteriorat sau rămas în urmă
            [few] { $others } fișiere deteriorate sau rămase în urmă
           *[other] { $others } de fișiere deteriorate sau rămase în urmă
        }
        [few] { $sessions } sesiuni salvate și { $others ->
            [one] un fișier deteriorat sau rămas în urmă
            [few] { $others } fișiere deteriorate sau rămase în urmă
           *[other] { $others } de fișiere deteriorate sau rămase în urmă
        }
       *[other] { $sessions } de sesiuni salvate și { $others ->
            [one] un fișier deteriorat sau rămas în urmă
            [few] { $others } fișiere deteriorate sau rămase în urmă
           *[other] { $others } de fișiere deteriorate sau rămase în urmă
        }
    }
}
clear-confirm = Ștergeți { sessions-files } din { $path }? Ștergerea nu poate fi anulată. [d/N]
# What counts as yes to that question, separated by commas (the English ones work too)
clear-yes-words = d, da
# After "error: "
clear-refused = reachout nu șterge { sessions-files } fără confirmare: intrarea nu este un terminal. Adăugați --yes ca să confirmați ștergerea.
clear-nothing = Nu s-a șters nimic.
clear-cannot = sesiunile salvate din { $path } nu au putut fi șterse: { $reason }.
# $count: files removed; $leftovers: how many of them an interrupted save left
clear-removed = { $leftovers ->
    [0] { $count ->
        [one] S-a șters un fișier din { $path }.
        [few] S-au șters { $count } fișiere din { $path }.
       *[other] S-au șters { $count } de fișiere din { $path }.
    }
    [one] { $count ->
        [one] S-a șters un fișier din { $path } (rămas în urmă de o salvare întreruptă).
        [few] S-au șters { $count } fișiere din { $path } (unul rămas în urmă de o salvare întreruptă).
       *[other] S-au șters { $count } de fișiere din { $path } (unul rămas în urmă de o salvare întreruptă).
    }
   *[other] { $count ->
        [few] S-au șters { $count } fișiere din { $path } ({ $leftovers } rămase în urmă de salvări întrerupte).
       *[other] S-au șters { $count } de fișiere din { $path } ({ $leftovers } rămase în urmă de salvări întrerupte).
    }
}
clear-kept-open = { $file } a fost păstrat: este deschis în altă fereastră.
clear-failed = { $file } nu a putut fi șters: { $reason }.
## Writing the message for them (a draft on a way to get help)

# the card header and the footer, when the selected card has a message to write
card-write = w scrierea mesajului
does-write = scrierea mesajului
draft-none = Aici nu există niciun mesaj de scris.
draft-not-this-card = Pentru această cale de a primi ajutor nu există un mesaj de scris; Tab trece la următoarea.
title-message = mesaj
# the first line of each question: $number of $count
draft-question-count = Scrierea mesajului · întrebarea { $number } din { $count }
draft-optional = Puteți lăsa acest răspuns gol.
hint-date = Scrieți data ca an-lună-zi, de exemplu { $today }.
hint-email = O adresă de e-mail, ca name@example.com.
hint-phone = Cu + și prefixul țării, de exemplu +995 555 12 34 56.
hint-username = Numele contului, cu sau fără @.
hint-url = Adresa web completă, care începe cu https://.

# Why an answer will not do: one sentence each
answer-empty = Acest răspuns intră în mesaj; vă rugăm să îl scrieți.
answer-not-a-date = Aceasta nu este o dată; scrieți-o ca an-lună-zi, de exemplu { $today }.
answer-in-the-future = Această dată este după ziua de azi; vă rugăm să scrieți ziua în care s-a întâmplat.
answer-not-an-email = Aceasta nu este o adresă de e-mail; o adresă arată așa: name@example.com.
answer-not-a-phone = Acesta nu este un număr de telefon; scrieți-l cu + și prefixul țării, ca +995 555 12 34 56.
answer-not-a-username = Un nume de cont conține doar litere, cifre, puncte, cratime și liniuțe de subliniere, ca @ana.k.
answer-not-a-url = Aceasta nu este o adresă web; scrieți adresa completă, care începe cu https://.
answer-not-a-choice = Vă rugăm să alegeți unul dintre răspunsuri după număr, de la 1 la { $count }.
answer-too-long = { $max ->
    [one] Textul este prea lung pentru mesaj; vă rugăm să nu depășiți 1 caracter.
    [few] Textul este prea lung pentru mesaj; vă rugăm să rămâneți sub { $max } caractere.
   *[other] Textul este prea lung pentru mesaj; vă rugăm să rămâneți sub { $max } de caractere.
}

# The finished message
message-title = Mesajul dvs. către { $platform }
message-answers = Răspunsurile dvs.
message-change-hint = ↑↓ alege un răspuns, iar Enter îl schimbă; mesajul de mai sus se schimbă odată cu el.
# $language: "English", "Russian"
message-sent = Mesajul, așa cum va fi trimis (în { $language })
message-translation = Același text în { $language }, ca să îl citiți (nu trimiteți această parte)
message-not-translated = Acest mesaj nu există încă în { $language }, așa că este scris în engleză.
message-where-email = Trimiteți-l prin e-mail la { $address }.
message-where-form = Copiați-l și lipiți-l în formular: { $url }
message-where-postal = Tipăriți-l, semnați-l și trimiteți-l prin poștă la adresa de sus.
message-where-in-app = Copiați-l și lipiți-l în formularul de asistență { $platform } din aplicație.
message-to = Către: { $address }
message-subject = Subiect: { $subject }
message-missing = Mai aveți de răspuns la: { $fields }
message-privacy = Răspunsurile de aici se salvează împreună cu sesiunea doar dacă ați fost de acord; `reachout sessions clear` le șterge.
message-file-translation = ---- Nu face parte din mesaj: același text în { $language }, ca să îl citiți ----
mailto-too-long = Mesajul este prea lung pentru un link de e-mail; apăsați c ca să îl copiați, apoi lipiți-l într-un e-mail nou către { $address }.
mailto-not-email = Doar un e-mail se deschide într-un program de e-mail; apăsați c ca să copiați mesajul.
status-saved-two = Salvat în { $path } și { $other }
status-copied-message = { $count ->
    [one] Mesajul a fost copiat (1 caracter); lipiți-l unde trebuie.
    [few] Mesajul a fost copiat ({ $count } caractere); lipiți-l unde trebuie.
   *[other] Mesajul a fost copiat ({ $count } de caractere); lipiți-l unde trebuie.
}
status-sent-message = { $count ->
    [one] Mesajul (1 caracter) a fost trimis către clipboardul terminalului. Dacă nu se lipește nimic, apăsați s ca să îl salvați ca fișier; este afișat și în terminal când ieșiți.
    [few] Mesajul ({ $count } caractere) a fost trimis către clipboardul terminalului. Dacă nu se lipește nimic, apăsați s ca să îl salvați ca fișier; este afișat și în terminal când ieșiți.
   *[other] Mesajul ({ $count } de caractere) a fost trimis către clipboardul terminalului. Dacă nu se lipește nimic, apăsați s ca să îl salvați ca fișier; este afișat și în terminal când ieșiți.
}

does-change-answer = schimbați acest răspuns
does-next-question = întrebarea următoare
does-previous-question = întrebarea anterioară
does-copy-message = copiați mesajul
does-copy-subject = copiați subiectul
does-save-message = salvați-l ca fișier
does-back-to-result = înapoi la rezultat
does-cursor = mutare în răspuns
does-pick-answer = alegeți un răspuns
help-on-message = La scrierea unui mesaj

# Asked once, before the first question of a message
consent-title = Păstrați răspunsurile?
consent-text = Ce scrieți pentru mesaj poate fi personal. Îl păstrați împreună cu sesiunea salvată, ca să îl regăsiți dacă reveniți? Dacă nu, se pierde când ieșiți.

## Line mode: writing the message

plain-draft-question = Doriți ca reachout să scrie mesajul pentru dvs.?
plain-draft-help = Vă pune câteva întrebări și scrie mesajul; nu se trimite nimic.
# $number: the way's number above; $kind: "Email"; $label: the way's own name
plain-draft-choice = Da, mesajul pentru calea { $number } ({ $kind }: { $label })
plain-draft-skip = Nu, mulțumesc
plain-draft-field = Întrebarea { $number } din { $count }: { $ask }
plain-draft-skip-empty = Apăsați Enter fără să scrieți nimic ca să o săriți.
plain-draft-what-now = Ce doriți să faceți acum?
plain-draft-save = Salvați-l ca fișier
plain-draft-change = Schimbați un răspuns
plain-draft-another = Scrieți alt mesaj
plain-draft-done = Gata
plain-draft-which = Ce răspuns doriți să schimbați?
plain-consent-yes = Da, păstrați-le în sesiunea mea
plain-consent-no = Nu, să se piardă când ies
plain-saved = Salvat în { $path }
plain-save-failed = Nu s-a putut salva: { $reason }
# when a typed answer is needed: $back and $quit are the words above
plain-draft-help-words = Scrieți răspunsul și apăsați Enter. { $back } vă duce cu o întrebare înapoi, { $quit } oprește.
# a question answered before: $answer is that answer
plain-draft-now = Răspunsul de acum: { $answer }. Apăsați Enter ca să îl păstrați.
message-no-subject = Doar un e-mail are subiect; c copiază mesajul.
# an unselected card whose way carries a message to write
card-has-message = ✎ un mesaj de scris
does-type-answer = răspunsul dvs.
help-answering = Răspunsul la întrebările mesajului
message-left-empty = (lăsat gol)
does-change = schimbare
does-open-message = deschideți-l în programul de e-mail sau deschideți formularul

## Messages of the commands

# $name: what the person typed, in quotes; $names: the platforms, one a line
error-no-guide = reachout nu are un ghid pentru { $name }. Cunoaște aceste platforme:{ $names }
# $close: the platform whose name is closest to what was typed
error-no-guide-close = reachout nu are un ghid pentru { $name }. Ați vrut să scrieți { $close }? Cunoaște aceste platforme:{ $names }
# $reason: what went wrong, as the system says it
error-full-screen = Ecranul complet nu a putut fi afișat: { $reason }. Răspunsurile dvs. de până acum sunt salvate; rulați `reachout --plain` ca să răspundeți rând cu rând.
# the column heads of `reachout list`
list-platform = PLATFORMĂ
list-names = NUME
list-situations = SITUAȚII
# `reachout list` on a narrow terminal: a platform and how many situations it covers
list-platform-count = { $count ->
    [one] { $platform } (o situație)
    [few] { $platform } ({ $count } situații)
   *[other] { $platform } ({ $count } de situații)
}
