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
# $back, $restart, $quit: the first word of each list above
plain-help = Введіть номер своєї відповіді й натисніть Enter. Інші відповіді: { $back } — повернутися на одне запитання назад, { $restart } — почати спочатку, { $quit } — зберегти й вийти, ? — показати цю довідку.
plain-no-back = Це перше запитання; назад повертатися нікуди.
plain-restarting = Починаємо спочатку.
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
status-copied = Скопійовано: { $text }
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
does-next-way = наступний спосіб отримати допомогу
does-previous-way = попередній спосіб отримати допомогу
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
help-copy = Копіювання просить термінал помістити текст у буфер обміну; це працює й через SSH. Деякі термінали, а також tmux, якщо його не налаштовано для цього, ігнорують такий запит: тоді виділіть текст мишею й скопіюйте його самі.
