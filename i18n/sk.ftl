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
# $back, $restart, $quit: the first word of each list above
plain-help = Napíšte číslo svojej odpovede a stlačte Enter. Ďalšie možnosti: { $back } vráti o jednu otázku späť, { $restart } začne odznova, { $quit } uloží a skončí, ? zobrazí túto pomoc.
plain-no-back = Toto je prvá otázka; nie je kam sa vrátiť.
plain-restarting = Začíname odznova.
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
status-copied = Skopírované: { $text }
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
does-next-way = ďalší spôsob pomoci
does-previous-way = predchádzajúci spôsob pomoci
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
help-copy = Kopírovanie požiada terminál, aby vložil text do schránky; funguje to aj cez SSH. Niektoré terminály a tmux (ak nie je na to nastavený) túto požiadavku ignorujú: vtedy text označte myšou a skopírujte ho sami.
