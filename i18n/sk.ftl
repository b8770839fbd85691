# reachout: the words of the interface, in Slovak (sk).
# Machine translation (Claude), December 2026; not reviewed by a native speaker.
#
# Translators: keep every { $variable } as it is; translate the words around it. Keys
# are not shown to anyone. Write as you would to a person who is upset and in a hurry:
# short sentences, plain words. Never translate links, e-mail addresses or numbers.
# Slovak plurals (CLDR): one (1), few (2-4), many (fractions), other (0, 5 and more).

## Languages, as named in this language

lang-en = angličtina
lang-ka = gruzínčina
lang-bn = bengálčina
lang-pl = poľština
lang-sk = slovenčina
lang-ro = rumunčina
lang-ru = ruština
lang-uk = ukrajinčina

## The first questions

picker-question = S akou aplikáciou alebo stránkou potrebujete pomôcť?
picker-help = Vyberte, kde je účet alebo problém. Neskôr sa môžete vrátiť a zmeniť to.
resume-question = Minule ste skončili v polovici. Chcete pokračovať tam, kde ste prestali?
# $platform: "Instagram"; $ago: "2 hours ago"; $count: answers given so far
resume-choice = { $count ->
    [one] Pokračovať v relácii { $platform } ({ $ago }, 1 odpoveď)
    [few] Pokračovať v relácii { $platform } ({ $ago }, { $count } odpovede)
    [many] Pokračovať v relácii { $platform } ({ $ago }, { $count } odpovede)
   *[other] Pokračovať v relácii { $platform } ({ $ago }, { $count } odpovedí)
}
start-over = Začať odznova

## How long ago (for saved sessions)

ago-now = práve teraz
ago-minutes = { $count ->
    [one] pred minútou
    [few] pred { $count } minútami
    [many] pred { $count } minúty
   *[other] pred { $count } minútami
}
ago-hours = { $count ->
    [one] pred hodinou
    [few] pred { $count } hodinami
    [many] pred { $count } hodiny
   *[other] pred { $count } hodinami
}
ago-days = { $count ->
    [one] pred 1 dňom
    [few] pred { $count } dňami
    [many] pred { $count } dňa
   *[other] pred { $count } dňami
}

## An outcome, as printed and saved

outcome-warning = Skôr ako začnete:
outcome-action = Čo urobiť teraz:
outcome-prepare = Pripravte si:
outcome-channels = { $count ->
    [one] Kde nájsť pomoc (1 spôsob):
    [few] Kde nájsť pomoc ({ $count } spôsoby):
    [many] Kde nájsť pomoc ({ $count } spôsobu):
   *[other] Kde nájsť pomoc ({ $count } spôsobov):
}
outcome-expect = Čo očakávať:
outcome-answers = Vaše odpovede:

## Kinds of channel

kind-form = Online formulár
kind-web = Webová stránka
kind-email = E-mail
kind-phone = Telefón
kind-postal = List poštou
kind-in-app = Krok za krokom

## A channel's details

channel-step = Krok { $number }: { $step }
channel-note = Poznámka: { $note }
channel-source = Zdroj: { $source }
# $title: a page's own title, never translated; $url: its address
source-page = { $title } ({ $url })
# $language: the name of a language, e.g. "Georgian"
source-article = { $title } (návod, jazyk: { $language })
# $date: when the source was last read, like 2026-12
channel-checked = Overené { $date }: { $confidence }.
confidence-official = potvrdené na vlastných stránkach platformy
confidence-seed = z publikovaného návodu, nepotvrdené na vlastných stránkach platformy
confidence-third-party = uvádzajú to iba iné webové stránky; nepotvrdené na vlastných stránkach platformy

## Line mode (--plain): typed words

# Words a person may type, separated by commas. The English ones always work too.
plain-words-back = s, späť, spat, naspäť, naspat
plain-words-restart = n, nanovo, odznova, od začiatku, od zaciatku
plain-words-quit = k, koniec, ukončiť, ukoncit
plain-words-help = ?, p, pomoc
plain-words-save = u, uložiť, ulozit
# $back, $restart, $quit: the first word of each list above
plain-help = Napíšte číslo svojej odpovede a stlačte Enter; pri prvej otázke môžete napísať aj názov aplikácie. Ďalšie možnosti: { $back } vráti o jednu otázku späť, { $restart } začne odznova, { $quit } uloží a skončí, ? zobrazí túto pomoc a / s niekoľkými slovami (napríklad: / hacknuté fotky) prehľadá všetky odpovede.
plain-no-back = Toto je prvá otázka; nie je kam sa vrátiť.
plain-restarting = Začíname odznova.
plain-search-found = { $count ->
    [one] Tieto slová obsahuje 1 odpoveď:
    [few] Tieto slová obsahujú { $count } odpovede, najlepšia je prvá:
    [many] Tieto slová obsahuje { $count } odpovede, najlepšia je prvá:
   *[other] Tieto slová obsahuje { $count } odpovedí, najlepšia je prvá:
}
plain-search-partial = { $count ->
    [one] Žiadna odpoveď neobsahuje všetky tieto slová; táto obsahuje niektoré z nich:
    [few] Žiadna odpoveď neobsahuje všetky tieto slová; tieto obsahujú niektoré z nich, najbližšia je prvá:
    [many] Žiadna odpoveď neobsahuje všetky tieto slová; tieto obsahujú niektoré z nich, najbližšia je prvá:
   *[other] Žiadna odpoveď neobsahuje všetky tieto slová; tieto obsahujú niektoré z nich, najbližšia je prvá:
}
plain-search-none = Nič nezodpovedá. Skúste iné slová, napríklad: / hacknutý, / zomrel, / autorské práva.
plain-search-pick = Napíšte číslo odpovede, na ktorú chcete prejsť, alebo stlačte len Enter a vrátite sa k otázke.
# after an outcome; "s" is the first word of plain-words-save
plain-save-offer = Uložiť túto odpoveď do súboru? Napíšte u a stlačte Enter, alebo stlačte len Enter a skončíte.
plain-invalid = Napíšte číslo od 1 do { $count }, alebo { $back } na návrat, { $restart } na začatie odznova, { $quit } na ukončenie, ? pre pomoc.

## run (scripts)

# $platform: "Instagram"
run-pending = { $platform }: doterajšie odpovede končia pri otázke.

## The full-screen wizard: the frame

# the right end of the title bar
title-question = otázka { $number }
title-result = výsledok
title-search = hľadanie
crumb-hint = Odpovedzte na pár otázok a nájdete pomoc.

## Messages in the status line

status-not-a-key = Tento kláves tu nefunguje. Stlačte ? pre pomoc.
status-no-such-answer = Odpoveď { $number } neexistuje; vyberte 1 až { $count }.
status-nothing-to-restart = Toto je už prvá otázka; nie je čo začínať odznova.
# $kind: "Letter by post", "Step by step"
status-nothing-to-open = { $kind } nemá odkaz na otvorenie; stlačte c a skopírujte ho.
status-copied = Skopírované do schránky: { $text }
# the text itself is shown on the lines below this message
status-sent-to-terminal = Odoslané do schránky terminálu. Ak sa nič nevloží, označte text nižšie myšou a skopírujte ho:
status-copy-failed = Nepodarilo sa skopírovať: { $reason }
status-opening = Otvára sa { $link }
status-saved = Uložené do { $path }
status-save-failed = Nepodarilo sa uložiť: { $reason }
status-machine-translation = Strojový preklad: odkazy a čísla sú presné, formulácie môžu byť nešikovné.

## Opening a link

open-not-a-link = Otvoriť sa dajú iba webové, e-mailové a telefónne odkazy.
open-no-desktop = Nie je tu prehliadač (žiadna grafická relácia); stlačte c a skopírujte odkaz.
# $program: "xdg-open"
open-not-installed = Odkazy sa nedajú otvoriť: { $program } nie je nainštalovaný. Stlačte c a skopírujte.
open-cannot-start = { $program } sa nepodarilo spustiť: { $reason }. Stlačte c a skopírujte.
open-failed = { $program } nedokázal otvoriť odkaz ({ $status }). Stlačte c a skopírujte ho.

## An outcome on screen

screen-action = Čo urobiť teraz
screen-prepare = Pripravte si
screen-channels = Kde nájsť pomoc
screen-ways = { $count ->
    [one] 1 spôsob
    [few] { $count } spôsoby
    [many] { $count } spôsobu
   *[other] { $count } spôsobov
}
screen-expect = Čo očakávať
# on a short screen, in place of the list, which follows the ways to get help
screen-prepare-later = { $count ->
    [one] Pripravte si: 1 vec, zoznam je nižšie.
    [few] Pripravte si: { $count } veci, zoznam je nižšie.
    [many] Pripravte si: { $count } veci, zoznam je nižšie.
   *[other] Pripravte si: { $count } vecí, zoznam je nižšie.
}
screen-warning = Skôr ako začnete
card-copy-open = c kopírovať · o otvoriť
card-copy = c kopírovať

## Search

search-prompt = Hľadať:
search-all = Všetky odpovede ({ $total }). Napíšte slová, napríklad: hacknutý, zomrel, autorské práva.
search-none = Nič nezodpovedá. Skúste menej alebo iné slová, napríklad: hacknutý, zomrel, autorské práva.
search-some = { $total ->
    [one] Zodpovedá: { $count } z 1 odpovede.
   *[other] Zodpovedá: { $count } z { $total } odpovedí.
}
search-first-question = (prvá otázka)
search-partial = { $count ->
    [one] Žiadna odpoveď neobsahuje všetky tieto slová; táto obsahuje niektoré z nich.
    [few] Žiadna odpoveď neobsahuje všetky tieto slová; tieto { $count } obsahujú niektoré z nich, najbližšia je prvá.
    [many] Žiadna odpoveď neobsahuje všetky tieto slová; týchto { $count } obsahuje niektoré z nich, najbližšia je prvá.
   *[other] Žiadna odpoveď neobsahuje všetky tieto slová; týchto { $count } obsahuje niektoré z nich, najbližšia je prvá.
}

## Dialogs

confirm-restart-title = Začať odznova?
confirm-restart-text = Vaše doterajšie odpovede sa vymažú a vrátite sa na prvú otázku.
confirm-quit-title = Ukončiť reachout?
confirm-quit-text = Ste pri prvej otázke.
confirm-yes = áno
confirm-no = nie
help-title-scroll = Pomoc · ↑↓ posúvanie · Esc zavrie
help-title = Pomoc · Esc zavrie
too-small-title = Terminál je príliš malý
too-small-text = reachout potrebuje { $width }×{ $height }; toto je { $cols }×{ $rows }. Zväčšite okno alebo stlačte q a ukončite.

## Keys: what they are called and what they do

key-enter = Enter
key-backspace = Backspace
key-esc = Esc
key-tab = Tab
key-shift-tab = Shift-Tab
key-page-up = PgUp
key-page-down = PgDn
key-space = Medzerník
key-home = Home
key-end = End
key-ctrl-c = Ctrl-C
key-ctrl-w = Ctrl-W
key-ctrl-u = Ctrl-U
key-type = píšte

does-move = pohyb
does-choose = výber
does-back = späť
does-next-card = ďalšia karta
does-pick = vybrať
does-choose-number = výber podľa čísla
does-up = posun hore
does-down = posun dole
does-choose-highlighted = vybrať označenú odpoveď
does-go-back = o jednu otázku späť
does-next-way = ďalší spôsob pomoci (z posledného na prvý)
does-previous-way = predchádzajúci spôsob pomoci (z prvého na posledný)
does-next-way-down = ďalší spôsob pomoci, potom ďalej nadol
does-previous-way-up = predchádzajúci spôsob pomoci, potom ďalej nahor
does-copy = kopírovať
does-open = otvoriť
does-save = uložiť
does-search = hľadať
does-start-over = začať odznova
does-help = pomoc
does-quit = ukončiť
does-language = jazyk
does-words = slová na hľadanie
does-previous-match = predchádzajúca zhoda
does-next-match = ďalšia zhoda
does-go-there = prejsť tam
does-delete-letter = zmazať písmeno
does-delete-word = zmazať slovo
does-clear = vymazať
does-close = zavrieť
does-close-help = zavrieť pomoc
does-yes = áno
does-no = nie
does-scroll-up = posunúť hore
does-scroll-down = posunúť dole
does-top = na začiatok
does-bottom = na koniec
does-quit-now = ukončiť hneď

help-on-question = Pri otázke
help-on-outcome = Pri odpovedi
help-in-search = Pri hľadaní
help-untranslated = [EN] označuje text, ktorý ešte nie je preložený: zobrazuje sa v angličtine.

## Choosing the language

language-title = Jazyk · Enter vyberie · Esc zavrie
help-intro = Na každú otázku odpovedzte číslom odpovede alebo sa na ňu presuňte a stlačte Enter. Na konci uvidíte, kde nájsť pomoc: adresu skopírujete klávesom c, odkaz otvoríte klávesom o, všetko uložíte do súboru klávesom s. Klávesom L vyberiete iný jazyk; vaše odpovede zostanú.
help-mouse = Myš: kliknutím na odpoveď ju vyberiete; kolieskom posúvate. Ak chcete označiť text myšou, pri ťahaní držte Shift (vo väčšine terminálov).
help-copy = Kopírovanie klávesom c: na počítači s grafickým prostredím ide text priamo do schránky. Inde, napríklad cez SSH, reachout požiada terminál, aby text skopíroval, a nevie zistiť, či sa to podarilo: niektoré terminály a tmux (ak nie je na to nastavený) túto požiadavku ignorujú. Preto sa text zobrazí aj v dolnej časti obrazovky: označte ho myšou a skopírujte ho sami.

## Saved sessions: resuming, the list of them, and what is said about saving

ago-weeks = { $count ->
    [one] pred týždňom
    [few] pred { $count } týždňami
    [many] pred { $count } týždňa
   *[other] pred { $count } týždňami
}
# a session saved long ago: its date, like 2026-05-01 (reads after "from" and "saved")
ago-date = { $date }

# the right end of the title bar on the resume question and the list of saved sessions
title-saved = uložené relácie
# The resume question's third choice, when more than one session is saved
resume-see-all = Zobraziť všetky uložené relácie
# Under the resume question. $answers: the platform, then each answer chosen, like
# "Instagram › I was hacked › No, I can't log in"
resume-answers = Vaše doterajšie odpovede: { $answers }
saved-question = Ktorú uloženú reláciu chcete otvoriť?
saved-help = Najnovšie sú prvé. Nedokončená relácia pokračuje tam, kde ste prestali; dokončená znova ukáže svoj výsledok. Nič sa nevymaže.
# One saved session in the list. $platform: "Instagram"; $ago: "2 hours ago";
# $answer: the last answer chosen, or the result of a finished session;
# $state: unfinished, open (in another window now), aside (set aside by starting over) or finished
saved-session = { $state ->
    [finished] { $platform }, dokončená { $ago }: { $answer }
    [aside] { $platform }, odložená, uložená { $ago }: { $answer }
    [open] { $platform }, otvorená v inom okne, uložená { $ago }: { $answer }
   *[unfinished] { $platform }, nedokončená, uložená { $ago }: { $answer }
}

# $platform: "Instagram"; $count: how many of the saved answers still apply
guide-updated-all = Návod pre { $platform } sa medzitým aktualizoval; všetky vaše odpovede stále platia.
guide-updated = { $count ->
    [0] Návod pre { $platform } sa aktualizoval; žiadna z vašich odpovedí už neplatí.
    [one] Návod pre { $platform } sa aktualizoval; vaša prvá odpoveď stále platí.
    [few] Návod pre { $platform } sa aktualizoval; vaše prvé { $count } odpovede stále platia.
    [many] Návod pre { $platform } sa aktualizoval; z vašich odpovedí stále platí prvých { $count }.
   *[other] Návod pre { $platform } sa aktualizoval; prvých { $count } vašich odpovedí stále platí.
}
guide-misfit = { $count ->
    [0] Niektoré uložené odpovede nezodpovedajú návodu pre { $platform }; žiadna z vašich odpovedí už neplatí.
    [one] Niektoré uložené odpovede nezodpovedajú návodu pre { $platform }; vaša prvá odpoveď stále platí.
    [few] Niektoré uložené odpovede nezodpovedajú návodu pre { $platform }; vaše prvé { $count } odpovede stále platia.
    [many] Niektoré uložené odpovede nezodpovedajú návodu pre { $platform }; z vašich odpovedí stále platí prvých { $count }.
   *[other] Niektoré uložené odpovede nezodpovedajú návodu pre { $platform }; prvých { $count } vašich odpovedí stále platí.
}
session-no-longer-fits = Vaša uložená relácia { $platform } už nezodpovedá aktualizovanému návodu, preto začínate odznova; príkaz `reachout sessions` ju stále zobrazuje.
session-none-to-resume = Nie je žiadna nedokončená relácia, v ktorej by sa dalo pokračovať; začína sa nová.
session-open-elsewhere = Vaša relácia { $platform } je otvorená v inom okne. Môžete počkať, kým sa tam zatvorí, a pokračovať tu, alebo začať odznova.
session-wait = { $count ->
    [one] Počkať na druhé okno a potom pokračovať v relácii { $platform } (1 odpoveď)
    [few] Počkať na druhé okno a potom pokračovať v relácii { $platform } ({ $count } odpovede)
    [many] Počkať na druhé okno a potom pokračovať v relácii { $platform } ({ $count } odpovede)
   *[other] Počkať na druhé okno a potom pokračovať v relácii { $platform } ({ $count } odpovedí)
}
session-still-open = Vaša relácia { $platform } je stále otvorená v inom okne; vaše odpovede z tohto okna sa uložia, keď sa tam zatvorí.
session-kept-apart = Vaša relácia { $platform } bola ešte otvorená v inom okne, preto sa vaše odpovede z tohto okna uchovajú ako nová relácia.

# Saving that did not happen. $path: a folder or file; $reason: one of the why-… below,
# or the system's own words; $env: REACHOUT_STATE_DIR
session-no-home = Vaše odpovede sa nedajú uložiť: nie je tu domovský priečinok, kde by sa uchovali. Pokračuje sa bez ukladania; ak ich chcete uchovať, nastavte { $env } na nejaký priečinok.
session-no-state-dir = Vaše odpovede sa nedajú uložiť: tento systém nemá priečinok na stavové údaje. Pokračuje sa bez ukladania; ak ich chcete uchovať, nastavte { $env } na nejaký priečinok.
session-cannot-read-dir = Uložené relácie v { $path } sa nedajú prečítať: { $reason }. Pokračuje sa bez ukladania.
session-cannot-save = Vaše odpovede sa nedajú uložiť do { $path }: { $reason }. Pokračuje sa bez ukladania.
session-cannot-set-aside = Nedokončenú reláciu { $path } sa nepodarilo odložiť: { $reason }.
session-folder-refused = Vaše odpovede sa neukladajú: { $reason }.
session-disk-full = Vaše odpovede sa nepodarilo uložiť: disk je plný. Uložia sa, keď bude miesto.
# $max: 10000
session-too-long = Vaše odpovede sa nepodarilo uložiť: tento postup je dlhší, než dokáže relácia uchovať ({ $max } odpovedí); odpovede uložené predtým zostávajú.

# Why something could not be done, as the end of a sentence ("…: permission denied")
why-not-found = neexistuje
why-permission-denied = prístup bol zamietnutý
why-is-directory = je to priečinok
why-read-only = disk je iba na čítanie
why-disk-full = disk je plný
why-too-long = tento postup je dlhší, než dokáže relácia uchovať ({ $max } odpovedí)
why-foreign-folder = { $path } patrí inému používateľovi; nastavte { $env } na vlastný priečinok
why-open-folder = { $path } môžu meniť iní používatelia; sprístupnite ho iba sebe príkazom `chmod 700 { $path }` alebo nastavte { $env } na vlastný priečinok
why-symlink = { $path } je symbolický odkaz, ktorý reachout nesleduje; odstráňte ho
why-not-folder = { $path } nie je priečinok; odstráňte ho

# A session file that cannot be used; one of damaged-kept or damaged-not-moved follows.
# $file: its path
damaged-empty = Súbor relácie { $file } je prázdny.
damaged-truncated = Súbor relácie { $file } je neúplný; neuložil sa celý.
damaged-too-large = Súbor relácie { $file } je väčší než akákoľvek relácia ({ $size } bajtov).
damaged-too-many = Súbor relácie { $file } obsahuje { $count } odpovedí, viac, než dokáže relácia uchovať ({ $max }).
damaged-not-text = Súbor relácie { $file } nie je relácia reachout (nie je to text).
damaged-not-session = Súbor relácie { $file } nie je relácia reachout (nezačína sa reťazcom `Session(`).
# $found, $format: numbers of file formats
damaged-newer = Súbor relácie { $file } uložila novšia verzia reachout (formát { $found }; táto verzia číta formát { $format }).
# $reason: where and what, in the words of the file format's reader
damaged-shape = Súbor relácie { $file } nie je relácia, ktorej táto verzia reachout rozumie: { $reason }.
damaged-symlink = Súbor relácie { $file } je symbolický odkaz, ktorý reachout nesleduje.
damaged-not-regular = { $kind ->
    [directory] Súbor relácie { $file } nie je bežný súbor (je to priečinok).
    [pipe] Súbor relácie { $file } nie je bežný súbor (je to pomenovaná rúra).
    [socket] Súbor relácie { $file } nie je bežný súbor (je to soket).
    [device] Súbor relácie { $file } nie je bežný súbor (je to zariadenie).
   *[other] Súbor relácie { $file } nie je bežný súbor.
}
damaged-other-user = Súbor relácie { $file } patrí inému používateľovi.
damaged-open-to-others = Súbor relácie { $file } môžu meniť iní používatelia.
damaged-unreadable = Súbor relácie { $file } sa nedá prečítať: { $reason }.
damaged-kept = Zostáva uložený ako { $kept } a nepoužije sa.
damaged-not-moved = Nepodarilo sa ho odložiť ({ $reason }); nepoužije sa.

# When reachout stops before a result. $ending: quit, input-ended or stopped
bye-saved = { $ending ->
    [input-ended] Vstup sa skončil skôr, než ste odpovedali na poslednú otázku. Vaše odpovede sú uložené; ak chcete pokračovať, spustite `reachout --resume`.
    [stopped] Zastavené. Vaše odpovede sú uložené; ak chcete pokračovať, spustite `reachout --resume`.
   *[quit] Vaše odpovede sú uložené; ak chcete pokračovať, spustite `reachout --resume`.
}
bye-unsaved = { $ending ->
    [input-ended] Vstup sa skončil skôr, než ste odpovedali na poslednú otázku. Vaše odpovede sa nepodarilo uložiť.
    [stopped] Zastavené. Vaše odpovede sa nepodarilo uložiť.
   *[quit] Vaše odpovede sa nepodarilo uložiť.
}
# $reason: why-disk-full or why-too-long
bye-unsaved-because = { $ending ->
    [input-ended] Vstup sa skončil skôr, než ste odpovedali na poslednú otázku. Vaše odpovede sa nepodarilo uložiť: { $reason }.
    [stopped] Zastavené. Vaše odpovede sa nepodarilo uložiť: { $reason }.
   *[quit] Vaše odpovede sa nepodarilo uložiť: { $reason }.
}
bye-input-ended = Vstup sa skončil skôr, než ste odpovedali na poslednú otázku.
bye-stopped = Zastavené.
bye-outcome-unsaved = Dostali ste sa k výsledku, ale vaše odpovede sa nepodarilo uložiť.
bye-outcome-unsaved-because = Dostali ste sa k výsledku, ale vaše odpovede sa nepodarilo uložiť: { $reason }.

## reachout sessions: the list, opening one, clearing them

sessions-none = V { $path } nie sú žiadne uložené relácie.
sessions-heading = Uložené relácie v { $path }, najnovšie prvé:
# the columns of the list of saved sessions
sessions-head-number = #
sessions-head-platform = PLATFORMA
sessions-head-answers = ODPOVEDE
sessions-head-saved = ULOŽENÉ
sessions-head-state = STAV
sessions-state-finished = dokončená
sessions-state-aside = odložená (začali ste odznova)
sessions-state-next = nedokončená; `reachout --resume` v nej pokračuje
sessions-state-unfinished = nedokončená
sessions-open-hint = Reláciu znova otvoríte príkazom `reachout sessions open NUMBER` (namiesto NUMBER napíšte jej číslo zo zoznamu).
sessions-damaged = { $count ->
    [one] Je tam aj 1 poškodený súbor, ktorý sa nedal prečítať; `reachout sessions clear` ho odstráni.
    [few] Sú tam aj { $count } poškodené súbory, ktoré sa nedali prečítať; `reachout sessions clear` ich odstráni.
    [many] Je tam aj { $count } poškodeného súboru, ktorý sa nedal prečítať; `reachout sessions clear` ho odstráni.
   *[other] Je tam aj { $count } poškodených súborov, ktoré sa nedali prečítať; `reachout sessions clear` ich odstráni.
}
# After "error: ". $reason: why-no-home or why-no-state-dir; $env: REACHOUT_STATE_DIR
sessions-nowhere = nedá sa zistiť, kde sa relácie uchovávajú: { $reason }. Nastavte { $env } na nejaký priečinok.
why-no-home = nie je tu domovský priečinok, kde by sa uchovali
why-no-state-dir = tento systém nemá priečinok na stavové údaje
sessions-cannot-read = uložené relácie v { $path } sa nedajú prečítať: { $reason }.
# $number: what was typed after `sessions open`; $count: how many sessions there are
sessions-no-such = { $count ->
    [0] nie je žiadna uložená relácia, ktorú by sa dalo otvoriť.
    [one] relácia { $number } neexistuje: uložená je iba 1 (`reachout sessions` ju zobrazí).
    [few] relácia { $number } neexistuje: vyberte 1 až { $count } (`reachout sessions` ich vypíše).
    [many] relácia { $number } neexistuje: vyberte 1 až { $count } (`reachout sessions` ich vypíše).
   *[other] relácia { $number } neexistuje: vyberte 1 až { $count } (`reachout sessions` ich vypíše).
}
sessions-not-loaded = relácia { $number } je pre platformu { $platform }, pre ktorú táto verzia reachout nemá návod.

# What `sessions clear` removes. $sessions: saved sessions; $others: damaged or
# leftover files (one of them may be 0, not both)
sessions-files = { $others ->
    [0] { $sessions ->
        [one] 1 uloženú reláciu
        [few] { $sessions } uložené relácie
        [many] { $sessions } uloženej relácie
       *[other] { $sessions } uložených relácií
    }
   *[other] { $sessions ->
        [0] { $others ->
            [one] 1 poškodený alebo zvyškový súbor
            [few] { $others } poškodené alebo zvyškové súbory
            [many] { $others } poškodeného alebo zvyškového súboru
           *[other] { $others } poškodených alebo zvyškových súborov
        }
        [one] 1 uloženú reláciu a { $others ->
            [one] 1 poškodený alebo zvyškový súbor
            [few] { $others } poškodené alebo zvyškové súbory
            [many] { $others } poškodeného alebo zvyškového súboru
           *[other] { $others } poškodených alebo zvyškových súborov
        }
        [few] { $sessions } uložené relácie a { $others ->
            [one] 1 poškodený alebo zvyškový súbor
            [few] { $others } poškodené alebo zvyškové súbory
            [many] { $others } poškodeného alebo zvyškového súboru
           *[other] { $others } poškodených alebo zvyškových súborov
        }
        [many] { $sessions } uloženej relácie a { $others ->
            [one] 1 poškodený alebo zvyškový súbor
            [few] { $others } poškodené alebo zvyškové súbory
            [many] { $others } poškodeného alebo zvyškového súboru
           *[other] { $others } poškodených alebo zvyškových súborov
        }
       *[other] { $sessions } uložených relácií a { $others ->
            [one] 1 poškodený alebo zvyškový súbor
            [few] { $others } poškodené alebo zvyškové súbory
            [many] { $others } poškodeného alebo zvyškového súboru
           *[other] { $others } poškodených alebo zvyškových súborov
        }
    }
}
clear-confirm = Odstrániť { sessions-files } z { $path }? Toto sa nedá vrátiť späť. [a/N]
# What counts as yes to that question, separated by commas (the English ones work too)
clear-yes-words = a, áno, ano
# After "error: "
clear-refused = bez potvrdenia neodstránim { sessions-files }: vstup nie je terminál. Ak ich chcete odstrániť, pridajte --yes.
clear-nothing = Nič sa neodstránilo.
clear-cannot = uložené relácie v { $path } sa nepodarilo odstrániť: { $reason }.
# $count: files removed; $leftovers: how many of them an interrupted save left
clear-removed = { $leftovers ->
    [0] { $count ->
        [one] Z { $path } sa odstránil 1 súbor.
        [few] Z { $path } sa odstránili { $count } súbory.
        [many] Z { $path } sa odstránilo { $count } súboru.
       *[other] Z { $path } sa odstránilo { $count } súborov.
    }
    [one] { $count ->
        [one] Z { $path } sa odstránil 1 súbor (zostal po prerušenom ukladaní).
        [few] Z { $path } sa odstránili { $count } súbory (z toho 1 zostal po prerušenom ukladaní).
        [many] Z { $path } sa odstránilo { $count } súboru (z toho 1 zostal po prerušenom ukladaní).
       *[other] Z { $path } sa odstránilo { $count } súborov (z toho 1 zostal po prerušenom ukladaní).
    }
   *[other] { $count ->
        [few] Z { $path } sa odstránili { $count } súbory (z toho { $leftovers } po prerušených ukladaniach).
        [many] Z { $path } sa odstránilo { $count } súboru (z toho { $leftovers } po prerušených ukladaniach).
       *[other] Z { $path } sa odstránilo { $count } súborov (z toho { $leftovers } po prerušených ukladaniach).
    }
}
clear-kept-open = Ponechané: { $file } je otvorený v inom okne.
clear-failed = { $file } sa nepodarilo odstrániť: { $reason }.
## Writing the message for them (a draft on a way to get help)

# the card header and the footer, when the selected card has a message to write
card-write = w napísať správu
does-write = napísať správu
draft-none = Tu nie je žiadna správa na napísanie.
draft-not-this-card = Pri tomto spôsobe pomoci sa správa nepíše; Tab prejde na ďalší.
title-message = správa
# the first line of each question: $number of $count
draft-question-count = Písanie správy · otázka { $number } z { $count }
draft-optional = Túto odpoveď môžete nechať prázdnu.
hint-date = Dátum napíšte ako rok-mesiac-deň, napríklad { $today }.
hint-email = E-mailová adresa, napríklad name@example.com.
hint-phone = So znakom + a predvoľbou krajiny, napríklad +995 555 12 34 56.
hint-username = Názov účtu, so znakom @ alebo bez neho.
hint-url = Celá webová adresa, ktorá sa začína https://.

# Why an answer will not do: one sentence each
answer-empty = Táto odpoveď ide do správy; napíšte ju, prosím.
answer-not-a-date = To nie je dátum; napíšte ho ako rok-mesiac-deň, napríklad { $today }.
answer-in-the-future = Tento dátum je v budúcnosti; zadajte deň, keď sa to stalo.
answer-not-an-email = To nie je e-mailová adresa; vyzerá napríklad takto: name@example.com.
answer-not-a-phone = To nie je telefónne číslo; napíšte ho so znakom + a predvoľbou krajiny, napríklad +995 555 12 34 56.
answer-not-a-username = Názov účtu obsahuje iba písmená, číslice, bodky, pomlčky a podčiarkovníky, napríklad @ana.k.
answer-not-a-url = To nie je webová adresa; zadajte celú adresu, ktorá sa začína https://.
answer-not-a-choice = Vyberte jednu z odpovedí podľa jej čísla, od 1 do { $count }.
answer-too-long = Na správu je to príliš dlhé; skráťte to na menej ako { $max } znakov.

# The finished message
message-title = Vaša správa pre { $platform }
message-answers = Vaše odpovede
message-change-hint = ↑↓ vyberie odpoveď a Enter ju zmení; správa vyššie sa zmení spolu s ňou.
# $language: "English", "Russian"
message-sent = Správa tak, ako sa odošle ({ $language })
message-translation = Preklad len pre vás ({ $language }); túto časť neposielajte
message-not-translated = Táto správa zatiaľ nemá verziu v tomto jazyku ({ $language }), preto je napísaná po anglicky.
message-where-email = Pošlite ju e-mailom na { $address }.
message-where-form = Skopírujte ju a vložte do formulára: { $url }
message-where-postal = Vytlačte ju, podpíšte a pošlite poštou na adresu uvedenú hore.
message-where-in-app = Skopírujte ju a vložte do formulára podpory v aplikácii { $platform }.
message-to = Komu: { $address }
message-subject = Predmet: { $subject }
message-missing = Ešte treba odpovedať: { $fields }
message-privacy = Vaše odpovede na tieto otázky sa ukladajú s vašou reláciou, iba ak ste s tým súhlasili; príkaz `reachout sessions clear` ich odstráni.
message-file-translation = ---- Toto nie je súčasť správy: preklad len pre vás ({ $language }) ----
mailto-too-long = Táto správa je na e-mailový odkaz príliš dlhá; stlačte c, skopírujte ju a vložte do nového e-mailu na { $address }.
mailto-not-email = V e-mailovom programe sa dá otvoriť iba e-mail; stlačte c a skopírujte správu.
status-saved-two = Uložené do { $path } a { $other }
status-copied-message = { $count ->
    [one] Správa je skopírovaná (1 znak); vložte ju tam, kam patrí.
    [few] Správa je skopírovaná ({ $count } znaky); vložte ju tam, kam patrí.
    [many] Správa je skopírovaná ({ $count } znaku); vložte ju tam, kam patrí.
   *[other] Správa je skopírovaná ({ $count } znakov); vložte ju tam, kam patrí.
}
status-sent-message = { $count ->
    [one] Správa (1 znak) bola odoslaná do schránky terminálu. Ak sa nič nevloží, stlačte s a uložte ju ako súbor; pri ukončení sa aj vypíše v termináli.
    [few] Správa ({ $count } znaky) bola odoslaná do schránky terminálu. Ak sa nič nevloží, stlačte s a uložte ju ako súbor; pri ukončení sa aj vypíše v termináli.
    [many] Správa ({ $count } znaku) bola odoslaná do schránky terminálu. Ak sa nič nevloží, stlačte s a uložte ju ako súbor; pri ukončení sa aj vypíše v termináli.
   *[other] Správa ({ $count } znakov) bola odoslaná do schránky terminálu. Ak sa nič nevloží, stlačte s a uložte ju ako súbor; pri ukončení sa aj vypíše v termináli.
}

does-change-answer = zmeniť túto odpoveď
does-next-question = ďalšia otázka
does-previous-question = predchádzajúca otázka
does-copy-message = kopírovať správu
does-copy-subject = kopírovať predmet
does-save-message = uložiť ako súbor
does-back-to-result = späť na výsledok
does-cursor = pohyb v odpovedi
does-pick-answer = vybrať odpoveď
help-on-message = Písanie správy

# Asked once, before the first question of a message
consent-title = Ponechať vaše odpovede?
consent-text = To, čo napíšete do správy, môže byť osobné. Ponechať to s vašou uloženou reláciou, aby ste to tu mali, ak sa vrátite? Ak nie, pri ukončení sa to zahodí.

## Line mode: writing the message

plain-draft-question = Chcete, aby reachout napísal správu za vás?
plain-draft-help = Položí niekoľko otázok a napíše správu; nič sa neodošle.
# $number: the way's number above; $kind: "Email"; $label: the way's own name
plain-draft-choice = Napísať správu pre spôsob { $number } ({ $kind }: { $label })
plain-draft-skip = Nie, ďakujem
plain-draft-field = Otázka { $number } z { $count }: { $ask }
plain-draft-skip-empty = Ak ju chcete vynechať, stlačte Enter na prázdnom riadku.
plain-draft-what-now = Čo teraz?
plain-draft-save = Uložiť ako súbor
plain-draft-change = Zmeniť odpoveď
plain-draft-another = Napísať ďalšiu správu
plain-draft-done = Hotovo
plain-draft-which = Ktorú odpoveď chcete zmeniť?
plain-consent-yes = Áno, ponechať ich s mojou reláciou
plain-consent-no = Nie, pri ukončení ich zahodiť
plain-saved = Uložené do { $path }
plain-save-failed = Nepodarilo sa uložiť: { $reason }
# when a typed answer is needed: $back and $quit are the words above
plain-draft-help-words = Napíšte svoju odpoveď a stlačte Enter. { $back } vráti o jednu otázku späť, { $quit } skončí.
# a question answered before: $answer is that answer
plain-draft-now = Teraz: { $answer }. Ak to chcete ponechať, stlačte Enter.
message-no-subject = Predmet má iba e-mail; c skopíruje správu.
# an unselected card whose way carries a message to write
card-has-message = ✎ správa na napísanie
does-type-answer = vaša odpoveď
help-answering = Odpovedanie na otázky správy
message-left-empty = (ponechané prázdne)
does-change = zmeniť
does-open-message = otvoriť ju v e-mailovom programe alebo vo formulári

## Messages of the commands

# $name: what the person typed, in quotes; $names: the platforms, one a line
error-no-guide = reachout nemá návod pre { $name }. Pozná tieto:{ $names }
# $close: the platform whose name is closest to what was typed
error-no-guide-close = reachout nemá návod pre { $name }. Mysleli ste { $close }? Pozná tieto:{ $names }
# $reason: what went wrong, as the system says it
error-full-screen = Celoobrazovkový režim sa nepodarilo zobraziť: { $reason }. Vaše doterajšie odpovede sú uložené; ak chcete odpovedať riadok po riadku, spustite `reachout --plain`.
# the column heads of `reachout list`
list-platform = PLATFORMA
list-names = NÁZVY
list-situations = SITUÁCIE
# `reachout list` on a narrow terminal: a platform and how many situations it covers
list-platform-count = { $count ->
    [one] { $platform } (1 situácia)
    [few] { $platform } ({ $count } situácie)
    [many] { $platform } ({ $count } situácie)
   *[other] { $platform } ({ $count } situácií)
}
