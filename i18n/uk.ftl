# reachout: the words of the interface, in uk.
#
# Translators: keep every { $variable } as it is; translate the words around it. Keys
# are not shown to anyone. Write as you would to a person who is upset and in a hurry:
# short sentences, plain words. Never translate links, e-mail addresses or numbers.

## Languages, as named in this language

lang-en = англійська
lang-ka = грузинська
lang-bn = бенгальська
lang-pl = польська
lang-sk = словацька
lang-ro = румунська
lang-ru = російська
lang-uk = українська

## The first questions

picker-question = З яким застосунком чи сайтом вам потрібна допомога?
picker-help = Виберіть, де акаунт або проблема. Пізніше ви зможете повернутися й змінити вибір.
resume-question = Минулого разу ви зупинилися на півдорозі. Продовжити з того самого місця?
# $platform: "Instagram"; $ago: "2 hours ago"; $count: answers given so far
resume-choice = { $count ->
    [one] Продовжити сеанс { $platform } ({ $ago }, { $count } відповідь)
    [few] Продовжити сеанс { $platform } ({ $ago }, { $count } відповіді)
    [many] Продовжити сеанс { $platform } ({ $ago }, { $count } відповідей)
   *[other] Продовжити сеанс { $platform } ({ $ago }, { $count } відповіді)
}
start-over = Почати спочатку

## How long ago (for saved sessions)

ago-now = щойно
ago-minutes = { $count ->
    [one] { $count } хвилину тому
    [few] { $count } хвилини тому
    [many] { $count } хвилин тому
   *[other] { $count } хвилини тому
}
ago-hours = { $count ->
    [one] { $count } годину тому
    [few] { $count } години тому
    [many] { $count } годин тому
   *[other] { $count } години тому
}
ago-days = { $count ->
    [one] { $count } день тому
    [few] { $count } дні тому
    [many] { $count } днів тому
   *[other] { $count } дня тому
}

## An outcome, as printed and saved

outcome-warning = Перш ніж почати:
outcome-action = Що робити зараз:
outcome-prepare = Підготуйте:
outcome-channels = { $count ->
    [one] Де отримати допомогу ({ $count } спосіб):
    [few] Де отримати допомогу ({ $count } способи):
    [many] Де отримати допомогу ({ $count } способів):
   *[other] Де отримати допомогу ({ $count } способу):
}
outcome-expect = Чого очікувати:
outcome-answers = Ваші відповіді:

## Kinds of channel

kind-form = Онлайн-форма
kind-web = Вебсторінка
kind-email = Електронна пошта
kind-phone = Телефон
kind-postal = Лист поштою
kind-in-app = Крок за кроком

## A channel's details

channel-step = Крок { $number }: { $step }
channel-note = Примітка: { $note }
channel-source = Джерело: { $source }
# $title: a page's own title, never translated; $url: its address
source-page = { $title } ({ $url })
# $language: the name of a language, e.g. "Georgian"
source-article = { $title } (інструкція, мова: { $language })
# $date: when the source was last read, like 2026-12
channel-checked = Перевірено { $date }: { $confidence }.
confidence-official = підтверджено на сторінках самої платформи
confidence-seed = з опублікованої інструкції, не підтверджено на сторінках самої платформи
confidence-third-party = згадують лише інші сайти; не підтверджено на сторінках самої платформи

## Line mode (--plain): typed words

# Words a person may type, separated by commas. The English ones always work too.
plain-words-back = н, назад
plain-words-restart = з, знову, спочатку
plain-words-quit = в, вийти, вихід
plain-words-help = ?, д, допомога
plain-words-save = зб, так, зберегти
# $back, $restart, $quit: the first word of each list above
plain-help = Введіть номер своєї відповіді й натисніть Enter; на першому запитанні можна також ввести назву застосунку. Інші відповіді: { $back } — повернутися на одне запитання назад, { $restart } — почати спочатку, { $quit } — зберегти й вийти, ? — показати цю довідку, а / з кількома словами (наприклад: / зламали фото) — шукати серед усіх відповідей.
plain-no-back = Це перше запитання; назад повертатися нікуди.
plain-restarting = Починаємо спочатку.
plain-search-found = { $count ->
    [1] Ці слова є в 1 відповіді:
    [one] Ці слова є в { $count } відповіді, найкращі — першими:
    [few] Ці слова є в { $count } відповідях, найкращі — першими:
    [many] Ці слова є в { $count } відповідях, найкращі — першими:
   *[other] Ці слова є в { $count } відповіді, найкращі — першими:
}
plain-search-partial = { $count ->
    [1] Жодна відповідь не містить усіх цих слів; у цій є деякі з них:
    [one] Жодна відповідь не містить усіх цих слів; деякі з них є в { $count } відповіді, найближчі — першими:
    [few] Жодна відповідь не містить усіх цих слів; деякі з них є в { $count } відповідях, найближчі — першими:
    [many] Жодна відповідь не містить усіх цих слів; деякі з них є в { $count } відповідях, найближчі — першими:
   *[other] Жодна відповідь не містить усіх цих слів; деякі з них є в { $count } відповіді, найближчі — першими:
}
plain-search-none = Нічого не знайдено. Спробуйте інші слова, наприклад: / зламали, / помер, / авторські права.
plain-search-pick = Введіть номер відповіді, щоб перейти до неї, або просто натисніть Enter, щоб повернутися до запитання.
# after an outcome; "s" is the first word of plain-words-save
plain-save-offer = Зберегти цю відповідь у файл? Введіть зб або так і натисніть Enter; щоб завершити, просто натисніть Enter.
plain-invalid = Введіть число від 1 до { $count } або { $back }, щоб повернутися назад, { $restart }, щоб почати спочатку, { $quit }, щоб вийти, ? — довідка.

## run (scripts)

# $platform: "Instagram"
run-pending = { $platform }: відповіді, надані досі, зупиняються на запитанні.

## The full-screen wizard: the frame

# the right end of the title bar
title-question = запитання { $number }
title-result = результат
title-search = пошук
crumb-hint = Дайте відповідь на кілька запитань, щоб знайти допомогу.

## Messages in the status line

status-not-a-key = Ця клавіша тут не діє. Натисніть ?, щоб побачити довідку.
status-no-such-answer = Відповіді { $number } немає; виберіть від 1 до { $count }.
status-nothing-to-restart = Це вже перше запитання; починати спочатку нема чого.
# $kind: "Letter by post", "Step by step"
status-nothing-to-open = «{ $kind }»: немає посилання, яке можна відкрити; натисніть c, щоб скопіювати.
status-copied = Скопійовано в буфер обміну: { $text }
# the text itself is shown on the lines below this message
status-sent-to-terminal = Надіслано в буфер обміну термінала. Якщо нічого не вставляється, виділіть текст нижче мишею й скопіюйте його:
status-copy-failed = Не вдалося скопіювати: { $reason }
status-opening = Відкриваємо { $link }
status-saved = Збережено у { $path }
status-save-failed = Не вдалося зберегти: { $reason }
status-machine-translation = Машинний переклад: посилання й номери точні, але формулювання можуть бути незграбними.

## Opening a link

open-not-a-link = Відкрити можна лише вебпосилання, адреси пошти й номери телефонів.
open-no-desktop = Тут немає браузера (немає графічного сеансу); натисніть c, щоб скопіювати посилання.
# $program: "xdg-open"
open-not-installed = Не вдається відкривати посилання: { $program } не встановлено. Натисніть c, щоб скопіювати.
open-cannot-start = Не вдалося запустити { $program }: { $reason }. Натисніть c, щоб скопіювати.
open-failed = { $program } не зміг відкрити посилання ({ $status }). Натисніть c, щоб скопіювати його.

## An outcome on screen

screen-action = Що робити зараз
screen-prepare = Підготуйте
screen-channels = Де отримати допомогу
screen-ways = { $count ->
    [one] { $count } спосіб
    [few] { $count } способи
    [many] { $count } способів
   *[other] { $count } способу
}
screen-expect = Чого очікувати
# on a short screen, in place of the list, which follows the ways to get help
screen-prepare-later = { $count ->
    [one] Підготуйте: { $count } пункт, перелік — нижче.
    [few] Підготуйте: { $count } пункти, перелік — нижче.
    [many] Підготуйте: { $count } пунктів, перелік — нижче.
   *[other] Підготуйте: { $count } пункту, перелік — нижче.
}
screen-warning = Перш ніж почати
card-copy-open = c копіювати · o відкрити
card-copy = c копіювати

## Search

search-prompt = Пошук:
search-all = Усього відповідей: { $total }. Введіть слова, наприклад: зламали, помер, авторські права.
search-none = Нічого не знайдено. Спробуйте менше слів або інші, наприклад: зламали, помер, авторські права.
search-some = { $total ->
    [one] Збігів: { $count } з { $total }.
    [few] Збігів: { $count } з { $total }.
    [many] Збігів: { $count } з { $total }.
   *[other] Збігів: { $count } з { $total }.
}
search-first-question = (перше запитання)
search-partial = { $count ->
    [1] Жодна відповідь не містить усіх цих слів; у цій є деякі з них.
    [one] Жодна відповідь не містить усіх цих слів; деякі з них є в { $count } відповіді, найближчі — першими.
    [few] Жодна відповідь не містить усіх цих слів; деякі з них є в { $count } відповідях, найближчі — першими.
    [many] Жодна відповідь не містить усіх цих слів; деякі з них є в { $count } відповідях, найближчі — першими.
   *[other] Жодна відповідь не містить усіх цих слів; деякі з них є в { $count } відповіді, найближчі — першими.
}

## Dialogs

confirm-restart-title = Почати спочатку?
confirm-restart-text = Ваші відповіді буде стерто, і ви повернетеся до першого запитання.
confirm-quit-title = Вийти з reachout?
confirm-quit-text = Ви на першому запитанні.
confirm-yes = так
confirm-no = ні
help-title-scroll = Довідка · ↑↓ прокрутка · Esc закриває
help-title = Довідка · Esc закриває
too-small-title = Термінал замалий
too-small-text = reachout потрібно { $width }×{ $height }, а тут { $cols }×{ $rows }. Збільште вікно або натисніть q, щоб вийти.

## Keys: what they are called and what they do

key-enter = Enter
key-backspace = Backspace
key-esc = Esc
key-tab = Tab
key-shift-tab = Shift-Tab
key-page-up = PgUp
key-page-down = PgDn
key-space = Пробіл
key-home = Home
key-end = End
key-ctrl-c = Ctrl-C
key-ctrl-w = Ctrl-W
key-ctrl-u = Ctrl-U
key-type = друкуйте

does-move = рух
does-choose = вибрати
does-back = назад
does-next-card = наступна картка
does-pick = вибрати
does-choose-number = вибрати за номером
does-up = вгору
does-down = вниз
does-choose-highlighted = вибрати виділену відповідь
does-go-back = на одне запитання назад
does-next-way = наступний спосіб отримати допомогу (після останнього — перший)
does-previous-way = попередній спосіб отримати допомогу (перед першим — останній)
does-next-way-down = наступний спосіб отримати допомогу, далі — нижче
does-previous-way-up = попередній спосіб отримати допомогу, далі — вище
does-copy = копіювати
does-open = відкрити
does-save = зберегти
does-search = пошук
does-start-over = почати спочатку
does-help = довідка
does-quit = вийти
does-language = мова
does-words = слова для пошуку
does-previous-match = попередній збіг
does-next-match = наступний збіг
does-go-there = перейти туди
does-delete-letter = стерти літеру
does-delete-word = стерти слово
does-clear = очистити
does-close = закрити
does-close-help = закрити довідку
does-yes = так
does-no = ні
does-scroll-up = прокрутити вгору
does-scroll-down = прокрутити вниз
does-top = на початок
does-bottom = у кінець
does-quit-now = вийти негайно

help-on-question = На запитанні
help-on-outcome = На відповіді
help-in-search = У пошуку
help-untranslated = [EN] позначає текст, який ще не перекладено: його показано англійською.

## Choosing the language

language-title = Мова · Enter вибирає · Esc закриває
help-intro = Відповідайте на кожне запитання номером відповіді або перейдіть до неї й натисніть Enter. Наприкінці ви побачите, де отримати допомогу: скопіюйте адресу клавішею c, відкрийте посилання клавішею o, збережіть усе у файл клавішею s. Натисніть L, щоб вибрати іншу мову; ваші відповіді збережуться.
help-mouse = Миша: клацніть відповідь, щоб її вибрати; коліщатко прокручує. Щоб виділити текст мишею, утримуйте Shift під час перетягування (у більшості терміналів).
help-copy = Копіювання клавішею c: на комп'ютері з графічним середовищем текст одразу потрапляє в буфер обміну. В інших випадках, наприклад через SSH, reachout просить термінал скопіювати текст і не може знати, чи це вдалося: деякі термінали, а також tmux, якщо його не налаштовано для цього, ігнорують такий запит. Тому текст також показано внизу екрана: виділіть його мишею й скопіюйте самі.

## Saved sessions: resuming, the list of them, and what is said about saving

ago-weeks = { $count ->
    [one] { $count } тиждень тому
    [few] { $count } тижні тому
    [many] { $count } тижнів тому
   *[other] { $count } тижня тому
}
# a session saved long ago: its date, like 2026-05-01 (reads after "from" and "saved")
ago-date = { $date }

# the right end of the title bar on the resume question and the list of saved sessions
title-saved = збережені сеанси
# The resume question's third choice, when more than one session is saved
resume-see-all = Переглянути всі збережені сеанси
# Under the resume question. $answers: the platform, then each answer chosen, like
# "Instagram › I was hacked › No, I can't log in"
resume-answers = Відповіді, які ви вже дали: { $answers }
saved-question = Який збережений сеанс відкрити?
saved-help = Спочатку найновіші. Незавершений сеанс продовжиться з того місця, де ви зупинилися; завершений знову покаже свій результат. Нічого не видаляється.
# One saved session in the list. $platform: "Instagram"; $ago: "2 hours ago";
# $answer: the last answer chosen, or the result of a finished session;
# $state: unfinished, open (in another window now), aside (set aside by starting over) or finished
saved-session = { $state ->
    [finished] { $platform }, завершено { $ago }: { $answer }
    [aside] { $platform }, відкладено, збережено { $ago }: { $answer }
    [open] { $platform }, відкрито в іншому вікні, збережено { $ago }: { $answer }
   *[unfinished] { $platform }, не завершено, збережено { $ago }: { $answer }
}

# $platform: "Instagram"; $count: how many of the saved answers still apply
guide-updated-all = Інструкцію для { $platform } відтоді оновлено; усі ваші відповіді досі підходять.
guide-updated = { $count ->
    [0] Інструкцію для { $platform } оновлено; жодна з ваших відповідей більше не підходить.
    [1] Інструкцію для { $platform } оновлено; досі підходить лише ваша перша відповідь.
   *[other] Інструкцію для { $platform } оновлено; досі підходять лише перші { $count } з ваших відповідей.
}
guide-misfit = { $count ->
    [0] Деякі збережені відповіді не підходять до інструкції для { $platform }; жодна з ваших відповідей більше не підходить.
    [1] Деякі збережені відповіді не підходять до інструкції для { $platform }; досі підходить лише ваша перша відповідь.
   *[other] Деякі збережені відповіді не підходять до інструкції для { $platform }; досі підходять лише перші { $count } з ваших відповідей.
}
session-no-longer-fits = Ваш збережений сеанс { $platform } більше не підходить до оновленої інструкції, тому ви починаєте заново; `reachout sessions` і далі показує його у списку.
session-none-to-resume = Немає незавершеного сеансу, який можна продовжити; починаємо новий.
session-open-elsewhere = Ваш сеанс { $platform } відкрито в іншому вікні. Можна зачекати, поки його там закриють, і продовжити тут, або почати спочатку.
session-wait = { $count ->
    [one] Зачекати на інше вікно, потім продовжити сеанс { $platform } ({ $count } відповідь)
    [few] Зачекати на інше вікно, потім продовжити сеанс { $platform } ({ $count } відповіді)
    [many] Зачекати на інше вікно, потім продовжити сеанс { $platform } ({ $count } відповідей)
   *[other] Зачекати на інше вікно, потім продовжити сеанс { $platform } ({ $count } відповіді)
}
session-still-open = Ваш сеанс { $platform } досі відкрито в іншому вікні; ваші відповіді тут буде збережено, коли його там закриють.
session-kept-apart = Ваш сеанс { $platform } ще був відкритий в іншому вікні, тому ваші відповіді тут збережено як новий сеанс.

# Saving that did not happen. $path: a folder or file; $reason: one of the why-… below,
# or the system's own words; $env: REACHOUT_STATE_DIR
session-no-home = Не вдається зберегти ваші відповіді: немає домашньої папки, де їх можна зберігати. Продовжуємо без збереження; щоб зберігати їх, задайте в { $env } шлях до папки.
session-no-state-dir = Не вдається зберегти ваші відповіді: у цій системі немає папки для даних стану. Продовжуємо без збереження; щоб зберігати їх, задайте в { $env } шлях до папки.
session-cannot-read-dir = Не вдається прочитати збережені сеанси в { $path }: { $reason }. Продовжуємо без збереження.
session-cannot-save = Не вдається зберегти ваші відповіді в { $path }: { $reason }. Продовжуємо без збереження.
session-cannot-set-aside = Не вдається відкласти незавершений сеанс { $path }: { $reason }.
session-folder-refused = Ваші відповіді не збережено: { $reason }.
session-disk-full = Не вдалося зберегти ваші відповіді: диск заповнений. Їх буде збережено, коли з'явиться місце.
# $max: 10000
session-too-long = Не вдалося зберегти ваші відповіді: тут більше відповідей, ніж може вмістити сеанс (щонайбільше { $max }); раніше збережені відповіді залишаються.

# Why something could not be done, as the end of a sentence ("…: permission denied")
why-not-found = не існує
why-permission-denied = доступ заборонено
why-is-directory = це папка
why-read-only = диск доступний лише для читання
why-disk-full = диск заповнений
why-too-long = тут більше відповідей, ніж може вмістити сеанс (щонайбільше { $max })
why-foreign-folder = { $path } належить іншому користувачеві; задайте в { $env } шлях до власної папки
why-open-folder = інші користувачі можуть змінювати { $path }; закрийте доступ до цієї папки командою `chmod 700 { $path }` або задайте в { $env } шлях до власної папки
why-symlink = { $path } — символьне посилання, за яким reachout не переходить; видаліть його
why-not-folder = { $path } — не папка; видаліть його

# A session file that cannot be used; one of damaged-kept or damaged-not-moved follows.
# $file: its path
damaged-empty = Файл сеансу { $file } порожній.
damaged-truncated = Файл сеансу { $file } обірваний: його не було збережено повністю.
damaged-too-large = Файл сеансу { $file } більший за будь-який сеанс (розмір у байтах: { $size }).
damaged-too-many = Файл сеансу { $file } містить більше відповідей ({ $count }), ніж може вмістити сеанс ({ $max }).
damaged-not-text = Файл сеансу { $file } не є сеансом reachout (це не текст).
damaged-not-session = Файл сеансу { $file } не є сеансом reachout (він не починається з `Session(`).
# $found, $format: numbers of file formats
damaged-newer = Файл сеансу { $file } збережено новішою версією reachout (формат { $found }; ця версія читає формат { $format }).
# $reason: where and what, in the words of the file format's reader
damaged-shape = Файл сеансу { $file } не є сеансом, який розуміє ця версія reachout: { $reason }.
damaged-symlink = Файл сеансу { $file } — символьне посилання, за яким reachout не переходить.
damaged-not-regular = { $kind ->
    [directory] Файл сеансу { $file } не є звичайним файлом (це папка).
    [pipe] Файл сеансу { $file } не є звичайним файлом (це іменований канал).
    [socket] Файл сеансу { $file } не є звичайним файлом (це сокет).
    [device] Файл сеансу { $file } не є звичайним файлом (це пристрій).
   *[other] Файл сеансу { $file } не є звичайним файлом.
}
damaged-other-user = Файл сеансу { $file } належить іншому користувачеві.
damaged-open-to-others = Файл сеансу { $file } можуть змінювати інші користувачі.
damaged-unreadable = Не вдається прочитати файл сеансу { $file }: { $reason }.
damaged-kept = Його залишено під назвою { $kept }; він не використовується.
damaged-not-moved = Його не вдалося відкласти ({ $reason }); він не використовується.

# When reachout stops before a result. $ending: quit, input-ended or stopped
bye-saved = { $ending ->
    [input-ended] Введення закінчилося раніше, ніж ви відповіли на останнє запитання. Ваші відповіді збережено; щоб продовжити, виконайте `reachout --resume`.
    [stopped] Зупинено. Ваші відповіді збережено; щоб продовжити, виконайте `reachout --resume`.
   *[quit] Ваші відповіді збережено; щоб продовжити, виконайте `reachout --resume`.
}
bye-unsaved = { $ending ->
    [input-ended] Введення закінчилося раніше, ніж ви відповіли на останнє запитання. Ваші відповіді не вдалося зберегти.
    [stopped] Зупинено. Ваші відповіді не вдалося зберегти.
   *[quit] Ваші відповіді не вдалося зберегти.
}
# $reason: why-disk-full or why-too-long
bye-unsaved-because = { $ending ->
    [input-ended] Введення закінчилося раніше, ніж ви відповіли на останнє запитання. Ваші відповіді не вдалося зберегти: { $reason }.
    [stopped] Зупинено. Ваші відповіді не вдалося зберегти: { $reason }.
   *[quit] Ваші відповіді не вдалося зберегти: { $reason }.
}
bye-input-ended = Введення закінчилося раніше, ніж ви відповіли на останнє запитання.
bye-stopped = Зупинено.
bye-outcome-unsaved = Ви дійшли до результату, але ваші відповіді не вдалося зберегти.
bye-outcome-unsaved-because = Ви дійшли до результату, але ваші відповіді не вдалося зберегти: { $reason }.

## reachout sessions: the list, opening one, clearing them

sessions-none = У { $path } немає збережених сеансів.
sessions-heading = Збережені сеанси в { $path }, спочатку найновіші:
# the columns of the list of saved sessions
sessions-head-number = #
sessions-head-platform = ПЛАТФОРМА
sessions-head-answers = ВІДПОВІДІ
sessions-head-saved = ЗБЕРЕЖЕНО
sessions-head-state = СТАН
sessions-state-finished = завершено
sessions-state-aside = відкладено (ви почали спочатку)
sessions-state-next = не завершено; `reachout --resume` продовжить його
sessions-state-unfinished = не завершено
sessions-open-hint = `reachout sessions open NUMBER` знову відкриває один із них (NUMBER — номер сеансу).
sessions-damaged = { $count ->
    [one] Там також є { $count } пошкоджений файл, який не вдалося прочитати; `reachout sessions clear` видаляє його.
    [few] Там також є { $count } пошкоджені файли, які не вдалося прочитати; `reachout sessions clear` видаляє їх.
    [many] Там також є { $count } пошкоджених файлів, які не вдалося прочитати; `reachout sessions clear` видаляє їх.
   *[other] Там також є пошкоджені файли, які не вдалося прочитати ({ $count }); `reachout sessions clear` видаляє їх.
}
# After "error: ". $reason: why-no-home or why-no-state-dir; $env: REACHOUT_STATE_DIR
sessions-nowhere = не вдається знайти, де зберігаються сеанси: { $reason }. Задайте в { $env } шлях до папки.
why-no-home = немає домашньої папки, де їх можна зберігати
why-no-state-dir = у цій системі немає папки для даних стану
sessions-cannot-read = не вдається прочитати збережені сеанси в { $path }: { $reason }.
# $number: what was typed after `sessions open`; $count: how many sessions there are
sessions-no-such = { $count ->
    [0] немає жодного збереженого сеансу, який можна відкрити.
    [1] сеансу { $number } немає: збережено лише один (`reachout sessions` показує його).
   *[other] сеансу { $number } немає: виберіть від 1 до { $count } (`reachout sessions` показує їх список).
}
sessions-not-loaded = сеанс { $number } стосується { $platform }, а для цієї платформи в цій версії reachout немає інструкції.

# What `sessions clear` removes. $sessions: saved sessions; $others: damaged or
# leftover files (one of them may be 0, not both)
sessions-files = { $others ->
    [0] { $sessions ->
        [one] { $sessions } збережений сеанс
        [few] { $sessions } збережені сеанси
        [many] { $sessions } збережених сеансів
       *[other] { $sessions } збереженого сеансу
    }
   *[other] { $sessions ->
        [0] { $others ->
            [one] { $others } пошкоджений чи залишковий файл
            [few] { $others } пошкоджені чи залишкові файли
            [many] { $others } пошкоджених чи залишкових файлів
           *[other] { $others } пошкодженого чи залишкового файлу
        }
        [one] { $sessions } збережений сеанс і { $others ->
            [one] { $others } пошкоджений чи залишковий файл
            [few] { $others } пошкоджені чи залишкові файли
            [many] { $others } пошкоджених чи залишкових файлів
           *[other] { $others } пошкодженого чи залишкового файлу
        }
        [few] { $sessions } збережені сеанси і { $others ->
            [one] { $others } пошкоджений чи залишковий файл
            [few] { $others } пошкоджені чи залишкові файли
            [many] { $others } пошкоджених чи залишкових файлів
           *[other] { $others } пошкодженого чи залишкового файлу
        }
        [many] { $sessions } збережених сеансів і { $others ->
            [one] { $others } пошкоджений чи залишковий файл
            [few] { $others } пошкоджені чи залишкові файли
            [many] { $others } пошкоджених чи залишкових файлів
           *[other] { $others } пошкодженого чи залишкового файлу
        }
       *[other] { $sessions } збереженого сеансу і { $others ->
            [one] { $others } пошкоджений чи залишковий файл
            [few] { $others } пошкоджені чи залишкові файли
            [many] { $others } пошкоджених чи залишкових файлів
           *[other] { $others } пошкодженого чи залишкового файлу
        }
    }
}
clear-confirm = Видалити { sessions-files } з { $path }? Це не можна скасувати. [y/N]
# What counts as yes to that question, separated by commas (the English ones work too)
clear-yes-words = т, так
# After "error: "
clear-refused = без підтвердження не видаляємо { sessions-files }: введення надходить не з термінала. Додайте --yes, щоб видалити.
clear-nothing = Нічого не видалено.
clear-cannot = не вдалося видалити збережені сеанси в { $path }: { $reason }.
# $count: files removed; $leftovers: how many of them an interrupted save left
clear-removed = { $leftovers ->
    [0] { $count ->
        [one] Видалено { $count } файл з { $path }.
        [few] Видалено { $count } файли з { $path }.
        [many] Видалено { $count } файлів з { $path }.
       *[other] Видалено { $count } файлу з { $path }.
    }
   *[other] { $count ->
        [one] Видалено { $count } файл з { $path } (з них залишилося після перерваного збереження: { $leftovers }).
        [few] Видалено { $count } файли з { $path } (з них залишилося після перерваного збереження: { $leftovers }).
        [many] Видалено { $count } файлів з { $path } (з них залишилося після перерваного збереження: { $leftovers }).
       *[other] Видалено { $count } файлу з { $path } (з них залишилося після перерваного збереження: { $leftovers }).
    }
}
clear-kept-open = { $file } залишено: його відкрито в іншому вікні.
clear-failed = Не вдалося видалити { $file }: { $reason }.
## Writing the message for them (a draft on a way to get help)

# the card header and the footer, when the selected card has a message to write
card-write = w написати повідомлення
does-write = написати повідомлення
draft-none = Тут немає повідомлення, яке треба написати.
draft-not-this-card = Для цього способу отримати допомогу немає повідомлення, яке треба написати; Tab переходить до наступного.
title-message = повідомлення
# the first line of each question: $number of $count
draft-question-count = Пишемо повідомлення · запитання { $number } з { $count }
draft-optional = Це можна залишити порожнім.
hint-date = Напишіть дату у форматі рік-місяць-день, наприклад { $today }.
hint-email = Адреса електронної пошти, наприклад name@example.com.
hint-phone = З + і кодом країни, наприклад +995 555 12 34 56.
hint-username = Ім'я акаунта, з @ або без.
hint-url = Повна вебадреса, що починається з https://.

# Why an answer will not do: one sentence each
answer-empty = Ця відповідь потрапить у повідомлення; будь ласка, введіть її.
answer-not-a-date = Це не дата; напишіть її у форматі рік-місяць-день, наприклад { $today }.
answer-in-the-future = Ця дата пізніша за сьогоднішню; вкажіть день, коли це сталося.
answer-not-an-email = Це не адреса електронної пошти; вона має такий вигляд: name@example.com.
answer-not-a-phone = Це не номер телефону; напишіть його з + і кодом країни, наприклад +995 555 12 34 56.
answer-not-a-username = Ім'я акаунта містить лише літери, цифри, крапки, дефіси й підкреслення, наприклад @ana.k.
answer-not-a-url = Це не вебадреса; вкажіть повну адресу, що починається з https://.
answer-not-a-choice = Виберіть одну з відповідей за її номером, від 1 до { $count }.
answer-too-long = Це задовго для повідомлення; будь ласка, скоротіть: має бути менше ніж { $max } символів.

# The finished message
message-title = Ваше повідомлення для { $platform }
message-answers = Ваші відповіді
message-change-hint = ↑↓ вибирає відповідь, Enter змінює її; повідомлення вище змінюється разом із нею.
# $language: "English", "Russian"
message-sent = Повідомлення в тому вигляді, в якому його буде надіслано (мова: { $language })
message-translation = Те саме, щоб ви могли прочитати (мова: { $language }). Цю частину не надсилайте.
message-not-translated = Цього повідомлення ще немає в перекладі (мова: { $language }), тому його написано англійською.
message-where-email = Надішліть його електронною поштою на адресу { $address }.
message-where-form = Скопіюйте його й вставте у форму: { $url }
message-where-postal = Роздрукуйте його, підпишіть і надішліть поштою на адресу, вказану вгорі.
message-where-in-app = Скопіюйте його й вставте у форму підтримки { $platform } у застосунку.
message-to = Кому: { $address }
message-subject = Тема: { $subject }
message-missing = Ще треба відповісти: { $fields }
message-privacy = Ваші відповіді тут зберігаються разом із вашим сеансом, лише якщо ви погодилися; `reachout sessions clear` видаляє їх.
message-file-translation = ---- Це не частина повідомлення: те саме, щоб ви могли прочитати (мова: { $language }) ----
mailto-too-long = Це повідомлення задовге для поштового посилання; натисніть c, щоб скопіювати його, і вставте в новий лист на адресу { $address }.
mailto-not-email = У поштовій програмі відкривається лише електронний лист; натисніть c, щоб скопіювати повідомлення.
status-saved-two = Збережено у { $path } і { $other }
status-copied-message = Повідомлення скопійовано (символів: { $count }); вставте його туди, куди потрібно.
status-sent-message = Повідомлення (символів: { $count }) надіслано в буфер обміну термінала. Якщо нічого не вставляється, натисніть s, щоб зберегти його у файл; після виходу його також буде виведено в терміналі.

does-change-answer = змінити цю відповідь
does-next-question = наступне запитання
does-previous-question = попереднє запитання
does-copy-message = копіювати повідомлення
does-copy-subject = копіювати тему
does-save-message = зберегти у файл
does-back-to-result = назад до результату
does-cursor = рух у відповіді
does-pick-answer = вибрати відповідь
help-on-message = Написання повідомлення

# Asked once, before the first question of a message
consent-title = Зберегти ваші відповіді?
consent-text = Те, що ви вводите для повідомлення, може бути особистим. Зберігати це разом із вашим збереженим сеансом, щоб воно було там, якщо ви повернетеся? Якщо ні, усе це буде забуто, коли ви вийдете.

## Line mode: writing the message

plain-draft-question = Хочете, щоб reachout написав повідомлення за вас?
plain-draft-help = Він поставить кілька запитань і напише повідомлення; нічого не надсилається.
# $number: the way's number above; $kind: "Email"; $label: the way's own name
plain-draft-choice = Написати повідомлення для способу { $number } ({ $kind }: { $label })
plain-draft-skip = Ні, дякую
plain-draft-field = Запитання { $number } з { $count }: { $ask }
plain-draft-skip-empty = Натисніть Enter на порожньому рядку, щоб пропустити.
plain-draft-what-now = Що далі?
plain-draft-save = Зберегти у файл
plain-draft-change = Змінити відповідь
plain-draft-another = Написати ще одне повідомлення
plain-draft-done = Готово
plain-draft-which = Яку відповідь ви хочете змінити?
plain-consent-yes = Так, зберегти їх разом із моїм сеансом
plain-consent-no = Ні, забути їх, коли я вийду
plain-saved = Збережено у { $path }
plain-save-failed = Не вдалося зберегти: { $reason }
# when a typed answer is needed: $back and $quit are the words above
plain-draft-help-words = Введіть відповідь і натисніть Enter. { $back } — повернутися на одне запитання назад, { $quit } — зупинитися.
# a question answered before: $answer is that answer
plain-draft-now = Зараз: { $answer }. Натисніть Enter, щоб залишити її.
message-no-subject = Тема є лише в електронного листа; c копіює повідомлення.
# an unselected card whose way carries a message to write
card-has-message = ✎ можна написати повідомлення
does-type-answer = ваша відповідь
help-answering = Відповіді на запитання для повідомлення
message-left-empty = (залишено порожнім)
does-change = змінити
does-open-message = відкрити з ним поштову програму або форму

## Messages of the commands

# $name: what the person typed, in quotes; $names: the platforms, one a line
error-no-guide = reachout не має інструкції для { $name }. Є інструкції для таких платформ:{ $names }
# $close: the platform whose name is closest to what was typed
error-no-guide-close = reachout не має інструкції для { $name }. Можливо, ви мали на увазі { $close }? Є інструкції для таких платформ:{ $names }
# $reason: what went wrong, as the system says it
error-full-screen = Не вдалося показати повноекранний режим: { $reason }. Ваші відповіді збережено; виконайте `reachout --plain`, щоб відповідати рядок за рядком.
# the column heads of `reachout list`
list-platform = ПЛАТФОРМА
list-names = НАЗВИ
list-situations = СИТУАЦІЇ
# `reachout list` on a narrow terminal: a platform and how many situations it covers
list-platform-count = { $count ->
    [one] { $platform } ({ $count } ситуація)
    [few] { $platform } ({ $count } ситуації)
    [many] { $platform } ({ $count } ситуацій)
   *[other] { $platform } ({ $count } ситуації)
}
