# reachout: the words of the interface, in Polish (pl).
# Machine translation (Claude), December 2026; not reviewed by a native speaker.
#
# Translators: keep every { $variable } as it is; translate the words around it. Keys
# are not shown to anyone. Write as you would to a person who is upset and in a hurry:
# short sentences, plain words. Never translate links, e-mail addresses or numbers.
# Polish plurals (CLDR): one (1), few (2-4, 22-24...), many (0, 5-21, 25...), other (fractions).

## Languages, as named in this language

lang-en = angielski
lang-ka = gruziński
lang-bn = bengalski
lang-pl = polski
lang-sk = słowacki
lang-ro = rumuński
lang-ru = rosyjski
lang-uk = ukraiński

## The first questions

picker-question = W jakiej aplikacji lub serwisie potrzebujesz pomocy?
picker-help = Wybierz, gdzie jest konto lub problem. Możesz później wrócić i to zmienić.
resume-question = Ostatnio przerwano w połowie. Kontynuować od tego miejsca?
# $platform: "Instagram"; $ago: "2 hours ago"; $count: answers given so far
resume-choice = { $count ->
    [one] Kontynuuj sesję { $platform } ({ $ago }, 1 odpowiedź)
    [few] Kontynuuj sesję { $platform } ({ $ago }, { $count } odpowiedzi)
    [many] Kontynuuj sesję { $platform } ({ $ago }, { $count } odpowiedzi)
   *[other] Kontynuuj sesję { $platform } ({ $ago }, { $count } odpowiedzi)
}
start-over = Zacznij od nowa

## How long ago (for saved sessions)

ago-now = przed chwilą
ago-minutes = { $count ->
    [one] minutę temu
    [few] { $count } minuty temu
    [many] { $count } minut temu
   *[other] { $count } minuty temu
}
ago-hours = { $count ->
    [one] godzinę temu
    [few] { $count } godziny temu
    [many] { $count } godzin temu
   *[other] { $count } godziny temu
}
ago-days = { $count ->
    [one] dzień temu
    [few] { $count } dni temu
    [many] { $count } dni temu
   *[other] { $count } dnia temu
}

## An outcome, as printed and saved

outcome-warning = Zanim zaczniesz:
outcome-action = Co zrobić teraz:
outcome-prepare = Przygotuj:
outcome-channels = { $count ->
    [one] Gdzie szukać pomocy (1 sposób):
    [few] Gdzie szukać pomocy ({ $count } sposoby):
    [many] Gdzie szukać pomocy ({ $count } sposobów):
   *[other] Gdzie szukać pomocy ({ $count } sposobu):
}
outcome-expect = Czego się spodziewać:
outcome-answers = Twoje odpowiedzi:

## Kinds of channel

kind-form = Formularz internetowy
kind-web = Strona internetowa
kind-email = E-mail
kind-phone = Telefon
kind-postal = List pocztą
kind-in-app = Krok po kroku

## A channel's details

channel-step = Krok { $number }: { $step }
channel-note = Uwaga: { $note }
channel-source = Źródło: { $source }
# $title: a page's own title, never translated; $url: its address
source-page = { $title } ({ $url })
# $language: the name of a language, e.g. "Georgian"
source-article = { $title } (poradnik, język { $language })
# $date: when the source was last read, like 2026-12
channel-checked = Sprawdzono { $date }: { $confidence }.
confidence-official = potwierdzone na własnych stronach platformy
confidence-seed = z opublikowanego poradnika, niepotwierdzone na własnych stronach platformy
confidence-third-party = podają to tylko inne strony; niepotwierdzone na własnych stronach platformy

## Line mode (--plain): typed words

# Words a person may type, separated by commas. The English ones always work too.
plain-words-back = w, wstecz, cofnij
plain-words-restart = n, od nowa, zacznij od nowa
plain-words-quit = k, koniec, wyjdź, wyjdz
plain-words-help = ?, p, pomoc
# $back, $restart, $quit: the first word of each list above
plain-help = Wpisz numer odpowiedzi i naciśnij Enter. Inne możliwości: { $back } cofa o jedno pytanie, { $restart } zaczyna od nowa, { $quit } zapisuje i kończy, ? pokazuje tę pomoc.
plain-no-back = To pierwsze pytanie; nie ma do czego wracać.
plain-restarting = Zaczynamy od nowa.
plain-invalid = Wpisz numer od 1 do { $count } albo { $back }, aby wrócić, { $restart }, aby zacząć od nowa, { $quit }, aby zakończyć, ? po pomoc.

## run (scripts)

# $platform: "Instagram"
run-pending = { $platform }: dotychczasowe odpowiedzi kończą się na pytaniu.

## The full-screen wizard: the frame

# the right end of the title bar
title-question = pytanie { $number }
title-result = wynik
title-search = szukaj
crumb-hint = Odpowiedz na kilka pytań, aby znaleźć pomoc.

## Messages in the status line

status-not-a-key = Ten klawisz tu nie działa. Naciśnij ?, aby zobaczyć pomoc.
status-no-such-answer = Nie ma odpowiedzi { $number }; wybierz od 1 do { $count }.
status-nothing-to-restart = To już jest pierwsze pytanie; nie ma czego zaczynać od nowa.
# $kind: "Letter by post", "Step by step"
status-nothing-to-open = { $kind }: nie ma linku do otwarcia; naciśnij c, aby skopiować.
status-copied = Skopiowano: { $text }
status-copy-failed = Nie udało się skopiować: { $reason }
status-opening = Otwieranie: { $link }
status-saved = Zapisano w { $path }
status-save-failed = Nie udało się zapisać: { $reason }
status-machine-translation = Tłumaczenie maszynowe: linki i numery są dokładne, ale sformułowania mogą być niezgrabne.

## Opening a link

open-not-a-link = Można otwierać tylko linki do stron, poczty i telefonu.
open-no-desktop = Brak przeglądarki (brak sesji graficznej); naciśnij c, aby skopiować link.
# $program: "xdg-open"
open-not-installed = Nie można otwierać linków: { $program } nie jest zainstalowany. Naciśnij c, aby skopiować.
open-cannot-start = Nie udało się uruchomić { $program }: { $reason }. Naciśnij c, aby skopiować.
open-failed = { $program } nie otworzył linku ({ $status }). Naciśnij c, aby go skopiować.

## An outcome on screen

screen-action = Co zrobić teraz
screen-prepare = Przygotuj
screen-channels = Gdzie szukać pomocy
screen-ways = { $count ->
    [one] 1 sposób
    [few] { $count } sposoby
    [many] { $count } sposobów
   *[other] { $count } sposobu
}
screen-expect = Czego się spodziewać
screen-warning = Zanim zaczniesz
card-copy-open = c kopiuj · o otwórz
card-copy = c kopiuj

## Search

search-prompt = Szukaj:
search-all = Wszystkie odpowiedzi: { $total }. Wpisz słowa, np.: zhakowane, zmarł, prawa autorskie.
search-none = Nic nie pasuje. Spróbuj mniej słów lub innych, np.: zhakowane, zmarł, prawa autorskie.
search-some = { $total ->
    [one] Pasujące odpowiedzi: { $count } z 1.
    [few] Pasujące odpowiedzi: { $count } z { $total }.
    [many] Pasujące odpowiedzi: { $count } z { $total }.
   *[other] Pasujące odpowiedzi: { $count } z { $total }.
}
search-first-question = (pierwsze pytanie)

## Dialogs

confirm-restart-title = Zacząć od nowa?
confirm-restart-text = Dotychczasowe odpowiedzi zostaną wyczyszczone i wrócisz do pierwszego pytania.
confirm-quit-title = Zakończyć reachout?
confirm-quit-text = Jesteś przy pierwszym pytaniu.
confirm-yes = tak
confirm-no = nie
help-title-scroll = Pomoc · ↑↓ przewijanie · Esc zamyka
help-title = Pomoc · Esc zamyka
too-small-title = Za mały terminal
too-small-text = reachout potrzebuje { $width }×{ $height }; ten ma { $cols }×{ $rows }. Powiększ okno albo naciśnij q, aby zakończyć.

## Keys: what they are called and what they do

key-enter = Enter
key-backspace = Backspace
key-esc = Esc
key-tab = Tab
key-shift-tab = Shift-Tab
key-page-up = PgUp
key-page-down = PgDn
key-space = Spacja
key-home = Home
key-end = End
key-ctrl-c = Ctrl-C
key-ctrl-w = Ctrl-W
key-ctrl-u = Ctrl-U
key-type = pisz

does-move = przejdź
does-choose = wybierz
does-back = wstecz
does-next-card = następna karta
does-pick = wybierz
does-choose-number = wybierz numerem
does-up = w górę
does-down = w dół
does-choose-highlighted = wybierz zaznaczoną odpowiedź
does-go-back = wróć o jedno pytanie
does-next-way = następny sposób uzyskania pomocy
does-previous-way = poprzedni sposób uzyskania pomocy
does-copy = kopiuj
does-open = otwórz
does-save = zapisz
does-search = szukaj
does-start-over = zacznij od nowa
does-help = pomoc
does-quit = zakończ
does-language = język
does-words = słowa do wyszukania
does-previous-match = poprzedni wynik
does-next-match = następny wynik
does-go-there = przejdź tam
does-delete-letter = usuń literę
does-delete-word = usuń słowo
does-clear = wyczyść
does-close = zamknij
does-close-help = zamknij pomoc
does-yes = tak
does-no = nie
does-scroll-up = przewiń w górę
does-scroll-down = przewiń w dół
does-top = na górę
does-bottom = na dół
does-quit-now = zakończ natychmiast

help-on-question = Przy pytaniu
help-on-outcome = Przy odpowiedzi
help-in-search = W wyszukiwaniu
help-untranslated = [EN] oznacza tekst, który nie ma jeszcze tłumaczenia: jest pokazany po angielsku.

## Choosing the language

language-title = Język · Enter wybiera · Esc zamyka
help-intro = Odpowiedz na każde pytanie numerem odpowiedzi albo przejdź do niej i naciśnij Enter. Na końcu zobaczysz, gdzie szukać pomocy: skopiuj adres klawiszem c, otwórz link klawiszem o, zapisz wszystko do pliku klawiszem s. Naciśnij L, aby wybrać inny język; Twoje odpowiedzi zostaną.
help-mouse = Mysz: kliknij odpowiedź, aby ją wybrać; kółko przewija. Aby zaznaczyć tekst myszą, przytrzymaj Shift podczas przeciągania (w większości terminali).
help-copy = Kopiowanie prosi terminal o umieszczenie tekstu w schowku; działa to też przez SSH. Niektóre terminale, a także tmux bez odpowiedniej konfiguracji, ignorują tę prośbę: wtedy zaznacz tekst myszą i skopiuj go samodzielnie.
