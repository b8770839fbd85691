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
plain-words-save = z, zapisz
# $back, $restart, $quit: the first word of each list above
plain-help = Wpisz numer odpowiedzi i naciśnij Enter; przy pierwszym pytaniu możesz też wpisać nazwę aplikacji. Inne możliwości: { $back } cofa o jedno pytanie, { $restart } zaczyna od nowa, { $quit } zapisuje i kończy, ? pokazuje tę pomoc, a / z kilkoma słowami (np.: / zhakowane zdjęcia) przeszukuje wszystkie odpowiedzi.
plain-no-back = To pierwsze pytanie; nie ma do czego wracać.
plain-restarting = Zaczynamy od nowa.
plain-search-found = { $count ->
    [one] 1 odpowiedź zawiera te słowa:
    [few] { $count } odpowiedzi zawierają te słowa, od najlepiej pasującej:
    [many] { $count } odpowiedzi zawiera te słowa, od najlepiej pasującej:
   *[other] { $count } odpowiedzi zawiera te słowa, od najlepiej pasującej:
}
plain-search-partial = { $count ->
    [one] Żadna odpowiedź nie zawiera wszystkich tych słów; ta zawiera niektóre z nich:
    [few] Żadna odpowiedź nie zawiera wszystkich tych słów; te zawierają niektóre z nich, od najlepiej pasującej:
    [many] Żadna odpowiedź nie zawiera wszystkich tych słów; te zawierają niektóre z nich, od najlepiej pasującej:
   *[other] Żadna odpowiedź nie zawiera wszystkich tych słów; te zawierają niektóre z nich, od najlepiej pasującej:
}
plain-search-none = Nic nie pasuje. Spróbuj innych słów, np.: / zhakowane, / zmarł, / prawa autorskie.
plain-search-pick = Wpisz numer odpowiedzi, aby do niej przejść, albo naciśnij samo Enter, aby wrócić do pytania.
# after an outcome; "s" is the first word of plain-words-save (in Polish: "z"; "s" works too)
plain-save-offer = Zapisać ten wynik do pliku? Wpisz literę z i naciśnij Enter albo naciśnij samo Enter, aby zakończyć.
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
status-copied = Skopiowano do schowka: { $text }
# the text itself is shown on the lines below this message
status-sent-to-terminal = Wysłano do schowka terminala — jeśli nic się nie wkleja, zaznacz myszą tekst poniżej i skopiuj go:
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
# on a short screen, in place of the list, which follows the ways to get help
screen-prepare-later = { $count ->
    [one] Przygotuj: 1 rzecz, wymienioną niżej.
    [few] Przygotuj: { $count } rzeczy, wymienione niżej.
    [many] Przygotuj: { $count } rzeczy, wymienionych niżej.
   *[other] Przygotuj: { $count } rzeczy, wymienionych niżej.
}
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
search-partial = { $count ->
    [one] Żadna odpowiedź nie zawiera wszystkich tych słów; ta zawiera niektóre z nich.
    [few] Żadna odpowiedź nie zawiera wszystkich tych słów; te { $count } zawierają niektóre z nich, od najlepiej pasującej.
    [many] Żadna odpowiedź nie zawiera wszystkich tych słów; tych { $count } zawiera niektóre z nich, od najlepiej pasującej.
   *[other] Żadna odpowiedź nie zawiera wszystkich tych słów; tych { $count } zawiera niektóre z nich, od najlepiej pasującej.
}

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
does-next-way = następny sposób uzyskania pomocy (po ostatnim — pierwszy)
does-previous-way = poprzedni sposób uzyskania pomocy (przed pierwszym — ostatni)
does-next-way-down = następny sposób uzyskania pomocy, potem dalej w dół
does-previous-way-up = poprzedni sposób uzyskania pomocy, potem dalej w górę
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
help-copy = Kopiowanie klawiszem c: na komputerze z pulpitem graficznym tekst trafia prosto do schowka. W innych miejscach, na przykład przez SSH, reachout prosi terminal o skopiowanie tekstu i nie może wiedzieć, czy terminal to zrobił: niektóre terminale, a także tmux bez odpowiedniej konfiguracji, ignorują tę prośbę. Dlatego tekst jest też pokazany na dole ekranu: zaznacz go myszą i skopiuj samodzielnie.

## Saved sessions: resuming, the list of them, and what is said about saving

ago-weeks = { $count ->
    [one] tydzień temu
    [few] { $count } tygodnie temu
    [many] { $count } tygodni temu
   *[other] { $count } tygodnia temu
}
# a session saved long ago: its date, like 2026-05-01 (reads after "from" and "saved")
ago-date = { $date }

# the right end of the title bar on the resume question and the list of saved sessions
title-saved = zapisane sesje
# The resume question's third choice, when more than one session is saved
resume-see-all = Zobacz wszystkie zapisane sesje
# Under the resume question. $answers: the platform, then each answer chosen, like
# "Instagram › I was hacked › No, I can't log in"
resume-answers = Twoje dotychczasowe odpowiedzi: { $answers }
saved-question = Którą zapisaną sesję chcesz otworzyć?
saved-help = Od najnowszej. Niedokończona sesja wznowi się tam, gdzie przerwano; zakończona ponownie pokaże swój wynik. Nic nie zostanie usunięte.
# One saved session in the list. $platform: "Instagram"; $ago: "2 hours ago";
# $answer: the last answer chosen, or the result of a finished session;
# $state: unfinished, open (in another window now), aside (set aside by starting over) or finished
saved-session = { $state ->
    [finished] { $platform }, zakończona { $ago }: { $answer }
    [aside] { $platform }, odłożona, zapisana { $ago }: { $answer }
    [open] { $platform }, otwarta w innym oknie, zapisana { $ago }: { $answer }
   *[unfinished] { $platform }, niedokończona, zapisana { $ago }: { $answer }
}

# $platform: "Instagram"; $count: how many of the saved answers still apply
guide-updated-all = Przewodnik { $platform } został od tego czasu zaktualizowany; wszystkie Twoje odpowiedzi są nadal aktualne.
guide-updated = { $count ->
    [0] Przewodnik { $platform } został zaktualizowany; żadna z Twoich odpowiedzi nie jest już aktualna.
    [one] Przewodnik { $platform } został zaktualizowany; Twoja pierwsza odpowiedź jest nadal aktualna.
    [few] Przewodnik { $platform } został zaktualizowany; Twoje pierwsze { $count } odpowiedzi są nadal aktualne.
    [many] Przewodnik { $platform } został zaktualizowany; Twoich pierwszych { $count } odpowiedzi jest nadal aktualnych.
   *[other] Przewodnik { $platform } został zaktualizowany; Twoich pierwszych { $count } odpowiedzi jest nadal aktualnych.
}
guide-misfit = { $count ->
    [0] Niektóre zapisane odpowiedzi nie pasują do przewodnika { $platform }; żadna z Twoich odpowiedzi nie jest już aktualna.
    [one] Niektóre zapisane odpowiedzi nie pasują do przewodnika { $platform }; Twoja pierwsza odpowiedź jest nadal aktualna.
    [few] Niektóre zapisane odpowiedzi nie pasują do przewodnika { $platform }; Twoje pierwsze { $count } odpowiedzi są nadal aktualne.
    [many] Niektóre zapisane odpowiedzi nie pasują do przewodnika { $platform }; Twoich pierwszych { $count } odpowiedzi jest nadal aktualnych.
   *[other] Niektóre zapisane odpowiedzi nie pasują do przewodnika { $platform }; Twoich pierwszych { $count } odpowiedzi jest nadal aktualnych.
}
session-no-longer-fits = Twoja zapisana sesja { $platform } nie pasuje już do zaktualizowanego przewodnika, więc zaczynasz od nowa; `reachout sessions` nadal ją wyświetla.
session-none-to-resume = Nie ma niedokończonej sesji do wznowienia; zaczynamy nową.
session-open-elsewhere = Twoja sesja { $platform } jest otwarta w innym oknie. Możesz poczekać, aż zostanie tam zamknięta, i kontynuować tutaj albo zacząć od nowa.
session-wait = { $count ->
    [one] Poczekaj na drugie okno, potem kontynuuj sesję { $platform } (1 odpowiedź)
    [few] Poczekaj na drugie okno, potem kontynuuj sesję { $platform } ({ $count } odpowiedzi)
    [many] Poczekaj na drugie okno, potem kontynuuj sesję { $platform } ({ $count } odpowiedzi)
   *[other] Poczekaj na drugie okno, potem kontynuuj sesję { $platform } ({ $count } odpowiedzi)
}
session-still-open = Twoja sesja { $platform } jest nadal otwarta w innym oknie; odpowiedzi z tego okna zostaną zapisane, gdy zostanie tam zamknięta.
session-kept-apart = Twoja sesja { $platform } była nadal otwarta w innym oknie, więc odpowiedzi z tego okna zostały zachowane jako nowa sesja.

# Saving that did not happen. $path: a folder or file; $reason: one of the why-… below,
# or the system's own words; $env: REACHOUT_STATE_DIR
session-no-home = Nie można zapisać Twoich odpowiedzi: nie ma katalogu domowego, w którym można je przechować. Kontynuujemy bez zapisywania; ustaw zmienną { $env } na katalog, aby je zachować.
session-no-state-dir = Nie można zapisać Twoich odpowiedzi: ten system nie ma katalogu stanu. Kontynuujemy bez zapisywania; ustaw zmienną { $env } na katalog, aby je zachować.
session-cannot-read-dir = Nie można odczytać zapisanych sesji w { $path }: { $reason }. Kontynuujemy bez zapisywania.
session-cannot-save = Nie można zapisać Twoich odpowiedzi w { $path }: { $reason }. Kontynuujemy bez zapisywania.
session-cannot-set-aside = Nie można odłożyć niedokończonej sesji { $path }: { $reason }.
session-folder-refused = Twoje odpowiedzi nie są zapisywane: { $reason }.
session-disk-full = Nie udało się zapisać Twoich odpowiedzi: dysk jest pełny. Zostaną zapisane, gdy zwolni się miejsce.
# $max: 10000
session-too-long = Nie udało się zapisać Twoich odpowiedzi: ta ścieżka pytań jest dłuższa, niż może pomieścić sesja ({ $max } odpowiedzi); odpowiedzi zapisane wcześniej zostają zachowane.

# Why something could not be done, as the end of a sentence ("…: permission denied")
why-not-found = nie istnieje
why-permission-denied = brak uprawnień
why-is-directory = to jest katalog
why-read-only = dysk jest tylko do odczytu
why-disk-full = dysk jest pełny
why-too-long = ta ścieżka pytań jest dłuższa, niż może pomieścić sesja ({ $max } odpowiedzi)
why-foreign-folder = { $path } należy do innego użytkownika; ustaw zmienną { $env } na własny folder
why-open-folder = inni użytkownicy mogą zmieniać { $path }; ogranicz dostęp poleceniem `chmod 700 { $path }` albo ustaw zmienną { $env } na własny folder
why-symlink = { $path } jest dowiązaniem symbolicznym, za którym reachout nie podąża; usuń je
why-not-folder = { $path } nie jest folderem; usuń ten plik

# A session file that cannot be used; one of damaged-kept or damaged-not-moved follows.
# $file: its path
damaged-empty = Plik sesji { $file } jest pusty.
damaged-truncated = Plik sesji { $file } jest urwany; nie został zapisany w całości.
damaged-too-large = Plik sesji { $file } jest większy niż jakakolwiek sesja (rozmiar w bajtach: { $size }).
damaged-too-many = Plik sesji { $file } zawiera { $count } odpowiedzi, więcej, niż może pomieścić sesja ({ $max }).
damaged-not-text = Plik sesji { $file } nie jest sesją reachout (to nie jest tekst).
damaged-not-session = Plik sesji { $file } nie jest sesją reachout (nie zaczyna się od `Session(`).
# $found, $format: numbers of file formats
damaged-newer = Plik sesji { $file } został zapisany przez nowszą wersję reachout (format { $found }; ta wersja czyta format { $format }).
# $reason: where and what, in the words of the file format's reader
damaged-shape = Plik sesji { $file } nie jest sesją zrozumiałą dla tej wersji reachout: { $reason }.
damaged-symlink = Plik sesji { $file } jest dowiązaniem symbolicznym, za którym reachout nie podąża.
damaged-not-regular = { $kind ->
    [directory] Plik sesji { $file } nie jest zwykłym plikiem (to katalog).
    [pipe] Plik sesji { $file } nie jest zwykłym plikiem (to potok nazwany).
    [socket] Plik sesji { $file } nie jest zwykłym plikiem (to gniazdo).
    [device] Plik sesji { $file } nie jest zwykłym plikiem (to urządzenie).
   *[other] Plik sesji { $file } nie jest zwykłym plikiem.
}
damaged-other-user = Plik sesji { $file } należy do innego użytkownika.
damaged-open-to-others = Plik sesji { $file } może być zmieniany przez innych użytkowników.
damaged-unreadable = Nie można odczytać pliku sesji { $file }: { $reason }.
damaged-kept = Został zachowany jako { $kept } i nie jest używany.
damaged-not-moved = Nie udało się go odłożyć ({ $reason }); nie jest używany.

# When reachout stops before a result. $ending: quit, input-ended or stopped
bye-saved = { $ending ->
    [input-ended] Dane wejściowe skończyły się, zanim padła odpowiedź na ostatnie pytanie. Twoje odpowiedzi są zapisane; uruchom `reachout --resume`, aby kontynuować.
    [stopped] Zatrzymano. Twoje odpowiedzi są zapisane; uruchom `reachout --resume`, aby kontynuować.
   *[quit] Twoje odpowiedzi są zapisane; uruchom `reachout --resume`, aby kontynuować.
}
bye-unsaved = { $ending ->
    [input-ended] Dane wejściowe skończyły się, zanim padła odpowiedź na ostatnie pytanie. Nie udało się zapisać Twoich odpowiedzi.
    [stopped] Zatrzymano. Nie udało się zapisać Twoich odpowiedzi.
   *[quit] Nie udało się zapisać Twoich odpowiedzi.
}
# $reason: why-disk-full or why-too-long
bye-unsaved-because = { $ending ->
    [input-ended] Dane wejściowe skończyły się, zanim padła odpowiedź na ostatnie pytanie. Nie udało się zapisać Twoich odpowiedzi: { $reason }.
    [stopped] Zatrzymano. Nie udało się zapisać Twoich odpowiedzi: { $reason }.
   *[quit] Nie udało się zapisać Twoich odpowiedzi: { $reason }.
}
bye-input-ended = Dane wejściowe skończyły się, zanim padła odpowiedź na ostatnie pytanie.
bye-stopped = Zatrzymano.
bye-outcome-unsaved = Wynik jest gotowy, ale nie udało się zapisać Twoich odpowiedzi.
bye-outcome-unsaved-because = Wynik jest gotowy, ale nie udało się zapisać Twoich odpowiedzi: { $reason }.

## reachout sessions: the list, opening one, clearing them

sessions-none = Brak zapisanych sesji w { $path }.
sessions-heading = Zapisane sesje w { $path }, od najnowszej:
# the columns of the list of saved sessions
sessions-head-number = #
sessions-head-platform = PLATFORMA
sessions-head-answers = ODPOWIEDZI
sessions-head-saved = ZAPISANO
sessions-head-state = STAN
sessions-state-finished = zakończona
sessions-state-aside = odłożona (zaczęto od nowa)
sessions-state-next = niedokończona; `reachout --resume` ją wznowi
sessions-state-unfinished = niedokończona
sessions-open-hint = `reachout sessions open NUMBER` ponownie otwiera sesję o tym numerze.
sessions-damaged = { $count ->
    [one] Jest tam też 1 uszkodzony plik, którego nie udało się odczytać; `reachout sessions clear` go usuwa.
    [few] Są tam też { $count } uszkodzone pliki, których nie udało się odczytać; `reachout sessions clear` je usuwa.
    [many] Jest tam też { $count } uszkodzonych plików, których nie udało się odczytać; `reachout sessions clear` je usuwa.
   *[other] Jest tam też { $count } uszkodzonych plików, których nie udało się odczytać; `reachout sessions clear` je usuwa.
}
# After "error: ". $reason: why-no-home or why-no-state-dir; $env: REACHOUT_STATE_DIR
sessions-nowhere = nie można ustalić, gdzie są przechowywane sesje: { $reason }. Ustaw zmienną { $env } na katalog.
why-no-home = nie ma katalogu domowego, w którym można je przechować
why-no-state-dir = ten system nie ma katalogu stanu
sessions-cannot-read = nie można odczytać zapisanych sesji w { $path }: { $reason }.
# $number: what was typed after `sessions open`; $count: how many sessions there are
sessions-no-such = { $count ->
    [0] nie ma żadnej zapisanej sesji do otwarcia.
    [one] nie ma sesji { $number }: zapisana jest tylko 1 (`reachout sessions` ją wyświetla).
    [few] nie ma sesji { $number }: wybierz od 1 do { $count } (`reachout sessions` je wyświetla).
    [many] nie ma sesji { $number }: wybierz od 1 do { $count } (`reachout sessions` je wyświetla).
   *[other] nie ma sesji { $number }: wybierz od 1 do { $count } (`reachout sessions` je wyświetla).
}
sessions-not-loaded = sesja { $number } dotyczy platformy { $platform }, dla której ta wersja reachout nie ma przewodnika.

# What `sessions clear` removes. $sessions: saved sessions; $others: damaged or
# leftover files (one of them may be 0, not both)
# Polish: written in the accusative (what is removed), for clear-confirm and clear-refused.
sessions-files = { $others ->
    [0] { $sessions ->
        [one] 1 zapisaną sesję
        [few] { $sessions } zapisane sesje
        [many] { $sessions } zapisanych sesji
       *[other] { $sessions } zapisanej sesji
    }
   *[other] { $sessions ->
        [0] { $others ->
            [one] 1 uszkodzony lub zbędny plik
            [few] { $others } uszkodzone lub zbędne pliki
            [many] { $others } uszkodzonych lub zbędnych plików
           *[other] { $others } uszkodzonego lub zbędnego pliku
        }
        [one] 1 zapisaną sesję i { $others ->
            [one] 1 uszkodzony lub zbędny plik
            [few] { $others } uszkodzone lub zbędne pliki
            [many] { $others } uszkodzonych lub zbędnych plików
           *[other] { $others } uszkodzonego lub zbędnego pliku
        }
        [few] { $sessions } zapisane sesje i { $others ->
            [one] 1 uszkodzony lub zbędny plik
            [few] { $others } uszkodzone lub zbędne pliki
            [many] { $others } uszkodzonych lub zbędnych plików
           *[other] { $others } uszkodzonego lub zbędnego pliku
        }
        [many] { $sessions } zapisanych sesji i { $others ->
            [one] 1 uszkodzony lub zbędny plik
            [few] { $others } uszkodzone lub zbędne pliki
            [many] { $others } uszkodzonych lub zbędnych plików
           *[other] { $others } uszkodzonego lub zbędnego pliku
        }
       *[other] { $sessions } zapisanej sesji i { $others ->
            [one] 1 uszkodzony lub zbędny plik
            [few] { $others } uszkodzone lub zbędne pliki
            [many] { $others } uszkodzonych lub zbędnych plików
           *[other] { $others } uszkodzonego lub zbędnego pliku
        }
    }
}
clear-confirm = Usunąć { sessions-files } z { $path }? Tego nie można cofnąć. [t/N]
# What counts as yes to that question, separated by commas (the English ones work too)
clear-yes-words = t, tak
# After "error: "
clear-refused = aby usunąć { sessions-files }, potrzebne jest potwierdzenie, a dane wejściowe nie pochodzą z terminala. Dodaj --yes, aby usunąć bez pytania.
clear-nothing = Nic nie zostało usunięte.
clear-cannot = nie udało się usunąć zapisanych sesji w { $path }: { $reason }.
# $count: files removed; $leftovers: how many of them an interrupted save left
clear-removed = { $leftovers ->
    [0] { $count ->
        [one] Usunięto 1 plik z { $path }.
        [few] Usunięto { $count } pliki z { $path }.
        [many] Usunięto { $count } plików z { $path }.
       *[other] Usunięto { $count } pliku z { $path }.
    }
    [one] { $count ->
        [one] Usunięto 1 plik z { $path } (pozostałość po przerwanym zapisie).
        [few] Usunięto { $count } pliki z { $path } (w tym 1 po przerwanym zapisie).
        [many] Usunięto { $count } plików z { $path } (w tym 1 po przerwanym zapisie).
       *[other] Usunięto { $count } pliku z { $path } (w tym 1 po przerwanym zapisie).
    }
   *[other] { $count ->
        [few] Usunięto { $count } pliki z { $path } (w tym { $leftovers } po przerwanych zapisach).
        [many] Usunięto { $count } plików z { $path } (w tym { $leftovers } po przerwanych zapisach).
       *[other] Usunięto { $count } pliku z { $path } (w tym { $leftovers } po przerwanych zapisach).
    }
}
clear-kept-open = Nie usunięto { $file }: ta sesja jest otwarta w innym oknie.
clear-failed = Nie udało się usunąć { $file }: { $reason }.

## Writing the message for them (a draft on a way to get help)

# the card header and the footer, when the selected card has a message to write
card-write = w napisz wiadomość
does-write = napisz wiadomość
draft-none = Tu nie ma wiadomości do napisania.
draft-not-this-card = Ten sposób uzyskania pomocy nie ma wiadomości do napisania; Tab przechodzi do następnego.
title-message = wiadomość
# the first line of each question: $number of $count
draft-question-count = Pisanie wiadomości · pytanie { $number } z { $count }
draft-optional = To pole możesz zostawić puste.
hint-date = Wpisz datę w formacie rok-miesiąc-dzień, na przykład { $today }.
hint-email = Adres e-mail, np. name@example.com.
hint-phone = Z + i numerem kierunkowym kraju, na przykład +995 555 12 34 56.
hint-username = Nazwa konta, z @ albo bez.
hint-url = Pełny adres strony, zaczynający się od https://.

# Why an answer will not do: one sentence each
answer-empty = Ta odpowiedź trafi do wiadomości; wpisz ją.
answer-not-a-date = To nie jest data; wpisz ją w formacie rok-miesiąc-dzień, na przykład { $today }.
answer-in-the-future = Ta data jest późniejsza niż dzisiejsza; podaj dzień, w którym to się stało.
answer-not-an-email = To nie jest adres e-mail; adres wygląda tak: name@example.com.
answer-not-a-phone = To nie jest numer telefonu; wpisz go z + i numerem kierunkowym kraju, np. +995 555 12 34 56.
answer-not-a-username = Nazwa konta zawiera tylko litery, cyfry, kropki, myślniki i podkreślenia, np. @ana.k.
answer-not-a-url = To nie jest adres strony; podaj pełny adres, zaczynający się od https://.
answer-not-a-choice = Wybierz jedną z odpowiedzi, wpisując jej numer od 1 do { $count }.
answer-too-long = To za długie do wiadomości; skróć tekst, aby miał mniej znaków niż { $max }.

# The finished message
message-title = Twoja wiadomość ({ $platform })
message-answers = Twoje odpowiedzi
message-change-hint = ↑↓ wybiera odpowiedź, a Enter ją zmienia; wiadomość powyżej zmienia się razem z nią.
# $language: "English", "Russian"
message-sent = Wiadomość do wysłania (język: { $language })
message-translation = Tłumaczenie dla Ciebie (język: { $language }) — tej części nie wysyłaj
message-not-translated = Ta wiadomość nie ma jeszcze wersji w języku: { $language }, więc jest napisana po angielsku.
message-where-email = Wyślij ją e-mailem na adres { $address }.
message-where-form = Skopiuj ją i wklej do formularza: { $url }
message-where-postal = Wydrukuj ją, podpisz i wyślij pocztą na adres podany u góry.
message-where-in-app = Skopiuj ją i wklej do formularza pomocy technicznej w aplikacji { $platform }.
message-to = Do: { $address }
message-subject = Temat: { $subject }
message-missing = Pozostało do odpowiedzi: { $fields }
message-privacy = Odpowiedzi podane tutaj są zapisywane z Twoją sesją tylko za Twoją zgodą; `reachout sessions clear` je usuwa.
message-file-translation = ---- To nie jest część wiadomości: tłumaczenie dla Ciebie (język: { $language }) ----
mailto-too-long = Ta wiadomość jest za długa na link pocztowy; naciśnij c, aby ją skopiować, i wklej ją do nowego e-maila na adres { $address }.
mailto-not-email = W programie pocztowym otwiera się tylko e-mail; naciśnij c, aby skopiować wiadomość.
status-saved-two = Zapisano w { $path } i { $other }
status-copied-message = { $count ->
    [one] Skopiowano wiadomość (1 znak); wklej ją tam, gdzie ma trafić.
    [few] Skopiowano wiadomość ({ $count } znaki); wklej ją tam, gdzie ma trafić.
    [many] Skopiowano wiadomość ({ $count } znaków); wklej ją tam, gdzie ma trafić.
   *[other] Skopiowano wiadomość ({ $count } znaku); wklej ją tam, gdzie ma trafić.
}
status-sent-message = { $count ->
    [one] Wysłano wiadomość (1 znak) do schowka terminala. Jeśli nic się nie wkleja, naciśnij s, aby zapisać ją do pliku; zostanie też wyświetlona w terminalu, gdy zakończysz.
    [few] Wysłano wiadomość ({ $count } znaki) do schowka terminala. Jeśli nic się nie wkleja, naciśnij s, aby zapisać ją do pliku; zostanie też wyświetlona w terminalu, gdy zakończysz.
    [many] Wysłano wiadomość ({ $count } znaków) do schowka terminala. Jeśli nic się nie wkleja, naciśnij s, aby zapisać ją do pliku; zostanie też wyświetlona w terminalu, gdy zakończysz.
   *[other] Wysłano wiadomość ({ $count } znaku) do schowka terminala. Jeśli nic się nie wkleja, naciśnij s, aby zapisać ją do pliku; zostanie też wyświetlona w terminalu, gdy zakończysz.
}

does-change-answer = zmień tę odpowiedź
does-next-question = następne pytanie
does-previous-question = poprzednie pytanie
does-copy-message = kopiuj wiadomość
does-copy-subject = kopiuj temat
does-save-message = zapisz jako plik
does-back-to-result = wróć do wyniku
does-cursor = przesuń kursor w odpowiedzi
does-pick-answer = wybierz odpowiedź
help-on-message = Pisanie wiadomości

# Asked once, before the first question of a message
consent-title = Zachować Twoje odpowiedzi?
consent-text = To, co wpisujesz do wiadomości, może być osobiste. Zachować to razem z zapisaną sesją, aby było dostępne, jeśli wrócisz? Jeśli nie, reachout zapomni to, gdy zakończysz.

## Line mode: writing the message

plain-draft-question = Czy reachout ma napisać za Ciebie wiadomość?
plain-draft-help = Zada kilka pytań i napisze wiadomość; nic nie zostanie wysłane.
# $number: the way's number above; $kind: "Email"; $label: the way's own name
plain-draft-choice = Napisz wiadomość dla sposobu { $number } ({ $kind }: { $label })
plain-draft-skip = Nie, dziękuję
plain-draft-field = Pytanie { $number } z { $count }: { $ask }
plain-draft-skip-empty = Naciśnij Enter na pustym wierszu, aby to pominąć.
plain-draft-what-now = Co dalej?
plain-draft-save = Zapisz jako plik
plain-draft-change = Zmień odpowiedź
plain-draft-another = Napisz kolejną wiadomość
plain-draft-done = Gotowe
plain-draft-which = Którą odpowiedź chcesz zmienić?
plain-consent-yes = Tak, zachowaj je z moją sesją
plain-consent-no = Nie, zapomnij o nich, gdy zakończę
plain-saved = Zapisano w { $path }
plain-save-failed = Nie udało się zapisać: { $reason }
# when a typed answer is needed: $back and $quit are the words above
plain-draft-help-words = Wpisz odpowiedź i naciśnij Enter. { $back } cofa o jedno pytanie, { $quit } przerywa.
# a question answered before: $answer is that answer
plain-draft-now = Obecnie: { $answer }. Naciśnij Enter, aby to zostawić.
message-no-subject = Tylko e-mail ma temat; c kopiuje wiadomość.
# an unselected card whose way carries a message to write
card-has-message = ✎ wiadomość do napisania
does-type-answer = Twoja odpowiedź
help-answering = Odpowiadanie na pytania do wiadomości
message-left-empty = (pozostawione puste)
does-change = zmień
does-open-message = otwórz w programie pocztowym albo otwórz formularz

## Messages of the commands

# $name: what the person typed, in quotes; $names: the platforms, one a line
error-no-guide = reachout nie ma przewodnika dla { $name }. Znane platformy:{ $names }
# $close: the platform whose name is closest to what was typed
error-no-guide-close = reachout nie ma przewodnika dla { $name }. Czy chodziło o { $close }? Znane platformy:{ $names }
# $reason: what went wrong, as the system says it
error-full-screen = Nie udało się pokazać trybu pełnoekranowego: { $reason }. Twoje dotychczasowe odpowiedzi są zapisane; uruchom `reachout --plain`, aby odpowiadać wiersz po wierszu.
# the column heads of `reachout list`
list-platform = PLATFORMA
list-names = NAZWY
list-situations = SYTUACJE
# `reachout list` on a narrow terminal: a platform and how many situations it covers
list-platform-count = { $count ->
    [one] { $platform } (1 sytuacja)
    [few] { $platform } ({ $count } sytuacje)
    [many] { $platform } ({ $count } sytuacji)
   *[other] { $platform } ({ $count } sytuacji)
}
