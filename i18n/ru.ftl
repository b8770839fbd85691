# reachout: the words of the interface, in Russian (ru).
#
# Translators: keep every { $variable } as it is; translate the words around it. Keys
# are not shown to anyone. Write as you would to a person who is upset and in a hurry:
# short sentences, plain words. Never translate links, e-mail addresses or numbers.

## Languages, as named in this language

lang-en = Английский
lang-ka = Грузинский
lang-bn = Бенгальский
lang-pl = Польский
lang-sk = Словацкий
lang-ro = Румынский
lang-ru = Русский
lang-uk = Украинский

## The first questions

picker-question = С каким приложением или сайтом вам нужна помощь?
picker-help = Выберите, где находится аккаунт или где возникла проблема. Потом можно вернуться и изменить выбор.
resume-question = В прошлый раз вы остановились на полпути. Продолжить с того же места?
# $platform: "Instagram"; $ago: "2 hours ago"; $count: answers given so far
resume-choice = { $count ->
    [one] Продолжить сеанс { $platform } (сохранён { $ago }, { $count } ответ)
    [few] Продолжить сеанс { $platform } (сохранён { $ago }, { $count } ответа)
    [many] Продолжить сеанс { $platform } (сохранён { $ago }, { $count } ответов)
   *[other] Продолжить сеанс { $platform } (сохранён { $ago }, { $count } ответа)
}
start-over = Начать заново

## How long ago (for saved sessions)

ago-now = только что
ago-minutes = { $count ->
    [one] { $count } минуту назад
    [few] { $count } минуты назад
    [many] { $count } минут назад
   *[other] { $count } минуты назад
}
ago-hours = { $count ->
    [one] { $count } час назад
    [few] { $count } часа назад
    [many] { $count } часов назад
   *[other] { $count } часа назад
}
ago-days = { $count ->
    [one] { $count } день назад
    [few] { $count } дня назад
    [many] { $count } дней назад
   *[other] { $count } дня назад
}

## An outcome, as printed and saved

outcome-warning = Прежде чем начать:
outcome-action = Что сделать сейчас:
outcome-prepare = Что подготовить:
outcome-channels = { $count ->
    [one] Куда обратиться ({ $count } способ):
    [few] Куда обратиться ({ $count } способа):
    [many] Куда обратиться ({ $count } способов):
   *[other] Куда обратиться ({ $count } способа):
}
outcome-expect = Чего ожидать:
outcome-answers = Ваши ответы:

## Kinds of channel

kind-form = Онлайн-форма
kind-web = Веб-страница
kind-email = Электронная почта
kind-phone = Телефон
kind-postal = Письмо по почте
kind-in-app = Пошагово

## A channel's details

channel-step = Шаг { $number }: { $step }
channel-note = Примечание: { $note }
channel-source = Источник: { $source }
# $title: a page's own title, never translated; $url: its address
source-page = { $title } ({ $url })
# $language: the name of a language, e.g. "Georgian"
source-article = { $title } (инструкция. Язык: { $language })
# $date: when the source was last read, like 2026-12
channel-checked = Проверено { $date }: { $confidence }.
confidence-official = подтверждено на собственных страницах платформы
confidence-seed = из опубликованной инструкции, не подтверждено на собственных страницах платформы
confidence-third-party = упоминается только на других сайтах; не подтверждено на собственных страницах платформы

## Line mode (--plain): typed words

# Words a person may type, separated by commas. The English ones always work too.
plain-words-back = н, назад
plain-words-restart = з, заново, сначала
plain-words-quit = в, выход, выйти
plain-words-help = ?, п, помощь, справка
# $back, $restart, $quit: the first word of each list above
plain-help = Введите номер ответа и нажмите Enter. Другие варианты: { $back } — на вопрос назад, { $restart } — начать заново, { $quit } — сохранить и выйти, ? — эта справка.
plain-no-back = Это первый вопрос: назад возвращаться некуда.
plain-restarting = Начинаем заново.
plain-invalid = Введите число от 1 до { $count } или { $back } — назад, { $restart } — начать заново, { $quit } — выйти, ? — справка.

## run (scripts)

# $platform: "Instagram"
run-pending = { $platform }: ответы пока заканчиваются на вопросе.

## The full-screen wizard: the frame

# the right end of the title bar
title-question = вопрос { $number }
title-result = результат
title-search = поиск
crumb-hint = Ответьте на несколько вопросов, чтобы найти помощь.

## Messages in the status line

status-not-a-key = Здесь эта клавиша не работает. Нажмите ?, чтобы открыть справку.
status-no-such-answer = Ответа { $number } нет; выберите от 1 до { $count }.
status-nothing-to-restart = Это уже первый вопрос; начинать заново нечего.
# $kind: "Letter by post", "Step by step"
status-nothing-to-open = { $kind }: здесь нет ссылки, которую можно открыть; нажмите c, чтобы скопировать.
status-copied = Скопировано: { $text }
status-copy-failed = Не удалось скопировать: { $reason }
status-opening = Открываю { $link }
status-saved = Сохранено в { $path }
status-save-failed = Не удалось сохранить: { $reason }
status-machine-translation = Машинный перевод: ссылки и номера точные, формулировки могут быть неуклюжими.

## Opening a link

open-not-a-link = Открыть можно только веб-ссылки, адреса почты и номера телефонов.
open-no-desktop = Здесь нет браузера (нет графического сеанса); нажмите c, чтобы скопировать ссылку.
# $program: "xdg-open"
open-not-installed = Не удаётся открывать ссылки: { $program } не установлен. Нажмите c, чтобы скопировать.
open-cannot-start = Не удалось запустить { $program }: { $reason }. Нажмите c, чтобы скопировать.
open-failed = { $program } не смог открыть ссылку ({ $status }). Нажмите c, чтобы её скопировать.

## An outcome on screen

screen-action = Что сделать сейчас
screen-prepare = Что подготовить
screen-channels = Куда обратиться
screen-ways = { $count ->
    [one] { $count } способ
    [few] { $count } способа
    [many] { $count } способов
   *[other] { $count } способа
}
screen-expect = Чего ожидать
screen-warning = Прежде чем начать
card-copy-open = c копировать · o открыть
card-copy = c копировать

## Search

search-prompt = Поиск:
search-all = Всего ответов: { $total }. Введите слова, например: взломали, умер, авторские права.
search-none = Ничего не найдено. Попробуйте меньше слов или другие, например: взломали, умер, авторские права.
search-some = { $total ->
    [one] Подходит ответов: { $count } из { $total }.
   *[other] Подходит ответов: { $count } из { $total }.
}
search-first-question = (первый вопрос)

## Dialogs

confirm-restart-title = Начать заново?
confirm-restart-text = Ваши ответы будут стёрты, и вы вернётесь к первому вопросу.
confirm-quit-title = Выйти из reachout?
confirm-quit-text = Вы на первом вопросе.
confirm-yes = да
confirm-no = нет
help-title-scroll = Справка · ↑↓ прокрутка · Esc закрывает
help-title = Справка · Esc закрывает
too-small-title = Окно терминала слишком маленькое
too-small-text = reachout нужно { $width }×{ $height }, а здесь { $cols }×{ $rows }. Увеличьте окно или нажмите q, чтобы выйти.

## Keys: what they are called and what they do

key-enter = Enter
key-backspace = Backspace
key-esc = Esc
key-tab = Tab
key-shift-tab = Shift-Tab
key-page-up = PgUp
key-page-down = PgDn
key-space = Пробел
key-home = Home
key-end = End
key-ctrl-c = Ctrl-C
key-ctrl-w = Ctrl-W
key-ctrl-u = Ctrl-U
key-type = ввод

does-move = перемещение
does-choose = выбрать
does-back = назад
does-next-card = следующая карточка
does-pick = выбрать
does-choose-number = выбрать по номеру
does-up = вверх
does-down = вниз
does-choose-highlighted = выбрать выделенный ответ
does-go-back = на вопрос назад
does-next-way = следующий способ получить помощь
does-previous-way = предыдущий способ получить помощь
does-copy = копировать
does-open = открыть
does-save = сохранить
does-search = поиск
does-start-over = начать заново
does-help = справка
does-quit = выйти
does-language = язык
does-words = слова для поиска
does-previous-match = предыдущее совпадение
does-next-match = следующее совпадение
does-go-there = перейти
does-delete-letter = удалить букву
does-delete-word = удалить слово
does-clear = очистить
does-close = закрыть
does-close-help = закрыть справку
does-yes = да
does-no = нет
does-scroll-up = прокрутить вверх
does-scroll-down = прокрутить вниз
does-top = в начало
does-bottom = в конец
does-quit-now = выйти сразу

help-on-question = На вопросе
help-on-outcome = На ответе
help-in-search = В поиске
help-untranslated = [EN] отмечает текст, который ещё не переведён: он показан по-английски.

## Choosing the language

language-title = Язык · Enter — выбрать · Esc — закрыть
help-intro = Отвечайте на каждый вопрос номером ответа или переместитесь к нему и нажмите Enter. В конце вы увидите, куда обратиться за помощью: скопируйте адрес клавишей c, откройте ссылку клавишей o, сохраните всё в файл клавишей s. Нажмите L, чтобы выбрать другой язык; ваши ответы сохранятся.
help-mouse = Мышь: щёлкните по ответу, чтобы выбрать его; колёсико прокручивает. Чтобы выделить текст мышью, держите Shift, пока тянете (в большинстве терминалов).
help-copy = При копировании программа просит терминал поместить текст в буфер обмена; это работает и через SSH. Некоторые терминалы, а также tmux без специальной настройки, игнорируют такой запрос: тогда выделите текст мышью и скопируйте его сами.
