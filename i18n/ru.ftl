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
plain-words-save = с, сохранить
# $back, $restart, $quit: the first word of each list above
plain-help = Введите номер ответа и нажмите Enter; на первом вопросе можно также ввести название приложения. Другие варианты: { $back } — на вопрос назад, { $restart } — начать заново, { $quit } — сохранить и выйти, ? — эта справка, а / и несколько слов (например: / взломали фото) — поиск по всем ответам.
plain-no-back = Это первый вопрос: назад возвращаться некуда.
plain-restarting = Начинаем заново.
plain-search-found = { $count ->
    [1] Эти слова есть в одном ответе:
    [one] Эти слова есть в { $count } ответе, сначала самые подходящие:
    [few] Эти слова есть в { $count } ответах, сначала самые подходящие:
    [many] Эти слова есть в { $count } ответах, сначала самые подходящие:
   *[other] Эти слова есть в { $count } ответах, сначала самые подходящие:
}
plain-search-partial = { $count ->
    [1] Ни в одном ответе нет всех этих слов; в этом ответе есть некоторые из них:
    [one] Ни в одном ответе нет всех этих слов; в этих есть некоторые из них, сначала самые близкие:
    [few] Ни в одном ответе нет всех этих слов; в этих есть некоторые из них, сначала самые близкие:
    [many] Ни в одном ответе нет всех этих слов; в этих есть некоторые из них, сначала самые близкие:
   *[other] Ни в одном ответе нет всех этих слов; в этих есть некоторые из них, сначала самые близкие:
}
plain-search-none = Ничего не найдено. Попробуйте другие слова, например: / взломали, / умер, / авторские права.
plain-search-pick = Введите номер ответа, чтобы перейти к нему, или просто нажмите Enter, чтобы вернуться к вопросу.
# after an outcome; "s" is the first word of plain-words-save
plain-save-offer = Сохранить этот ответ в файл? Введите «с» и нажмите Enter или просто нажмите Enter, чтобы закончить.
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
status-copied = Скопировано в буфер обмена: { $text }
# the text itself is shown on the lines below this message
status-sent-to-terminal = Отправлено в буфер обмена терминала. Если ничего не вставляется, выделите текст ниже мышью и скопируйте его:
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
# on a short screen, in place of the list, which follows the ways to get help
screen-prepare-later = { $count ->
    [one] Что подготовить: { $count } пункт, см. ниже.
    [few] Что подготовить: { $count } пункта, см. ниже.
    [many] Что подготовить: { $count } пунктов, см. ниже.
   *[other] Что подготовить: { $count } пункта, см. ниже.
}
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
search-partial = { $count ->
    [1] Ни в одном ответе нет всех этих слов; в этом ответе есть некоторые из них.
    [one] Ни в одном ответе нет всех этих слов; в этих { $count } ответе есть некоторые из них, сначала самые близкие.
    [few] Ни в одном ответе нет всех этих слов; в этих { $count } ответах есть некоторые из них, сначала самые близкие.
    [many] Ни в одном ответе нет всех этих слов; в этих { $count } ответах есть некоторые из них, сначала самые близкие.
   *[other] Ни в одном ответе нет всех этих слов; в этих { $count } ответах есть некоторые из них, сначала самые близкие.
}

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
does-next-way = следующий способ получить помощь (после последнего — первый)
does-previous-way = предыдущий способ получить помощь (перед первым — последний)
does-next-way-down = следующий способ получить помощь, затем прокрутка вниз
does-previous-way-up = предыдущий способ получить помощь, затем прокрутка вверх
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
help-copy = Копирование клавишей c: на компьютере с графическим рабочим столом текст сразу попадает в буфер обмена. В остальных случаях, например через SSH, reachout просит терминал скопировать текст и не может узнать, сделал ли он это: некоторые терминалы, а также tmux без специальной настройки, игнорируют такой запрос. Поэтому текст также показан внизу экрана: выделите его мышью и скопируйте сами.

## Saved sessions: resuming, the list of them, and what is said about saving

ago-weeks = { $count ->
    [one] { $count } неделю назад
    [few] { $count } недели назад
    [many] { $count } недель назад
   *[other] { $count } недели назад
}
# a session saved long ago: its date, like 2026-05-01 (reads after "from" and "saved")
ago-date = { $date }

# the right end of the title bar on the resume question and the list of saved sessions
title-saved = сохранённые сеансы
# The resume question's third choice, when more than one session is saved
resume-see-all = Показать все сохранённые сеансы
# Under the resume question. $answers: the platform, then each answer chosen, like
# "Instagram › I was hacked › No, I can't log in"
resume-answers = Ваши ответы на данный момент: { $answers }
saved-question = Какой сохранённый сеанс открыть?
saved-help = Сначала самые новые. Незавершённый сеанс продолжится с того места, где вы остановились; завершённый снова покажет свой результат. Ничего не удаляется.
# One saved session in the list. $platform: "Instagram"; $ago: "2 hours ago";
# $answer: the last answer chosen, or the result of a finished session;
# $state: unfinished, open (in another window now), aside (set aside by starting over) or finished
saved-session = { $state ->
    [finished] { $platform }, завершён { $ago }: { $answer }
    [aside] { $platform }, отложен, сохранён { $ago }: { $answer }
    [open] { $platform }, открыт в другом окне, сохранён { $ago }: { $answer }
   *[unfinished] { $platform }, не завершён, сохранён { $ago }: { $answer }
}

# $platform: "Instagram"; $count: how many of the saved answers still apply
guide-updated-all = Руководство по { $platform } с тех пор обновилось; все ваши ответы по-прежнему подходят.
guide-updated = { $count ->
    [0] Руководство по { $platform } обновилось; ни один из ваших ответов больше не подходит.
    [1] Руководство по { $platform } обновилось; ваш первый ответ по-прежнему подходит.
    [one] Руководство по { $platform } обновилось; ваши первые { $count } ответ по-прежнему подходят.
    [few] Руководство по { $platform } обновилось; ваши первые { $count } ответа по-прежнему подходят.
    [many] Руководство по { $platform } обновилось; ваши первые { $count } ответов по-прежнему подходят.
   *[other] Руководство по { $platform } обновилось; ваши первые { $count } ответа по-прежнему подходят.
}
guide-misfit = { $count ->
    [0] Некоторые сохранённые ответы не подходят к руководству по { $platform }; ни один из ваших ответов больше не подходит.
    [1] Некоторые сохранённые ответы не подходят к руководству по { $platform }; ваш первый ответ по-прежнему подходит.
    [one] Некоторые сохранённые ответы не подходят к руководству по { $platform }; ваши первые { $count } ответ по-прежнему подходят.
    [few] Некоторые сохранённые ответы не подходят к руководству по { $platform }; ваши первые { $count } ответа по-прежнему подходят.
    [many] Некоторые сохранённые ответы не подходят к руководству по { $platform }; ваши первые { $count } ответов по-прежнему подходят.
   *[other] Некоторые сохранённые ответы не подходят к руководству по { $platform }; ваши первые { $count } ответа по-прежнему подходят.
}
session-no-longer-fits = Ваш сохранённый сеанс { $platform } не подходит к обновлённому руководству, поэтому вы начинаете заново; он по-прежнему есть в списке `reachout sessions`.
session-none-to-resume = Нет незавершённого сеанса, который можно продолжить; начинаем новый.
session-open-elsewhere = Ваш сеанс { $platform } открыт в другом окне. Вы можете подождать, пока его там закроют, и продолжить здесь или начать заново.
session-wait = { $count ->
    [one] Дождаться закрытия другого окна и продолжить сеанс { $platform } ({ $count } ответ)
    [few] Дождаться закрытия другого окна и продолжить сеанс { $platform } ({ $count } ответа)
    [many] Дождаться закрытия другого окна и продолжить сеанс { $platform } ({ $count } ответов)
   *[other] Дождаться закрытия другого окна и продолжить сеанс { $platform } ({ $count } ответа)
}
session-still-open = Ваш сеанс { $platform } всё ещё открыт в другом окне; ваши ответы здесь сохранятся, когда его там закроют.
session-kept-apart = Ваш сеанс { $platform } всё ещё был открыт в другом окне, поэтому ваши ответы здесь сохранены как новый сеанс.

# Saving that did not happen. $path: a folder or file; $reason: one of the why-… below,
# or the system's own words; $env: REACHOUT_STATE_DIR
session-no-home = Не удаётся сохранить ваши ответы: нет домашней папки, где их можно хранить. Продолжаем без сохранения; чтобы ответы сохранялись, укажите папку в { $env }.
session-no-state-dir = Не удаётся сохранить ваши ответы: в этой системе нет папки для хранения состояния. Продолжаем без сохранения; чтобы ответы сохранялись, укажите папку в { $env }.
session-cannot-read-dir = Не удаётся прочитать сохранённые сеансы в { $path }: { $reason }. Продолжаем без сохранения.
session-cannot-save = Не удаётся сохранить ваши ответы в { $path }: { $reason }. Продолжаем без сохранения.
session-cannot-set-aside = Не удаётся отложить незавершённый сеанс { $path }: { $reason }.
session-folder-refused = Ваши ответы не сохраняются: { $reason }.
session-disk-full = Не удалось сохранить ваши ответы: диск заполнен. Они будут сохранены, когда появится место.
# $max: 10000
session-too-long = Не удалось сохранить ваши ответы: это прохождение длиннее, чем может вместить сеанс ({ $max } ответов); ответы, сохранённые раньше, остаются.

# Why something could not be done, as the end of a sentence ("…: permission denied")
why-not-found = такого файла или папки нет
why-permission-denied = отказано в доступе
why-is-directory = это папка
why-read-only = диск доступен только для чтения
why-disk-full = диск заполнен
why-too-long = это прохождение длиннее, чем может вместить сеанс ({ $max } ответов)
why-foreign-folder = { $path } принадлежит другому пользователю; укажите в { $env } свою собственную папку
why-open-folder = другие пользователи могут изменять { $path }; ограничьте доступ командой `chmod 700 { $path }` или укажите в { $env } свою собственную папку
why-symlink = { $path } — символическая ссылка, а reachout не переходит по таким ссылкам; удалите её
why-not-folder = { $path } — не папка; удалите его

# A session file that cannot be used; one of damaged-kept or damaged-not-moved follows.
# $file: its path
damaged-empty = Файл сеанса { $file } пуст.
damaged-truncated = Файл сеанса { $file } обрезан: он не был сохранён полностью.
damaged-too-large = Файл сеанса { $file } больше любого сеанса (размер в байтах: { $size }).
damaged-too-many = В файле сеанса { $file } ответов: { $count }. Это больше, чем может вместить сеанс ({ $max }).
damaged-not-text = Файл сеанса { $file } — не сеанс reachout (это не текст).
damaged-not-session = Файл сеанса { $file } — не сеанс reachout (он не начинается с `Session(`).
# $found, $format: numbers of file formats
damaged-newer = Файл сеанса { $file } сохранён более новой версией reachout (формат { $found }; эта версия читает формат { $format }).
# $reason: where and what, in the words of the file format's reader
damaged-shape = Эта версия reachout не понимает файл сеанса { $file }: { $reason }.
damaged-symlink = Файл сеанса { $file } — символическая ссылка, а reachout не переходит по таким ссылкам.
damaged-not-regular = { $kind ->
    [directory] Файл сеанса { $file } — не обычный файл (это папка).
    [pipe] Файл сеанса { $file } — не обычный файл (это именованный канал).
    [socket] Файл сеанса { $file } — не обычный файл (это сокет).
    [device] Файл сеанса { $file } — не обычный файл (это устройство).
   *[other] Файл сеанса { $file } — не обычный файл.
}
damaged-other-user = Файл сеанса { $file } принадлежит другому пользователю.
damaged-open-to-others = Файл сеанса { $file } могут изменять другие пользователи.
damaged-unreadable = Не удаётся прочитать файл сеанса { $file }: { $reason }.
damaged-kept = Он сохранён под именем { $kept } и не используется.
damaged-not-moved = Его не удалось отложить ({ $reason }); он не используется.

# When reachout stops before a result. $ending: quit, input-ended or stopped
bye-saved = { $ending ->
    [input-ended] Ввод закончился до ответа на последний вопрос. Ваши ответы сохранены; чтобы продолжить, запустите `reachout --resume`.
    [stopped] Остановлено. Ваши ответы сохранены; чтобы продолжить, запустите `reachout --resume`.
   *[quit] Ваши ответы сохранены; чтобы продолжить, запустите `reachout --resume`.
}
bye-unsaved = { $ending ->
    [input-ended] Ввод закончился до ответа на последний вопрос. Ваши ответы не удалось сохранить.
    [stopped] Остановлено. Ваши ответы не удалось сохранить.
   *[quit] Ваши ответы не удалось сохранить.
}
# $reason: why-disk-full or why-too-long
bye-unsaved-because = { $ending ->
    [input-ended] Ввод закончился до ответа на последний вопрос. Ваши ответы не удалось сохранить: { $reason }.
    [stopped] Остановлено. Ваши ответы не удалось сохранить: { $reason }.
   *[quit] Ваши ответы не удалось сохранить: { $reason }.
}
bye-input-ended = Ввод закончился до ответа на последний вопрос.
bye-stopped = Остановлено.
bye-outcome-unsaved = Вы дошли до результата, но ваши ответы не удалось сохранить.
bye-outcome-unsaved-because = Вы дошли до результата, но ваши ответы не удалось сохранить: { $reason }.

## reachout sessions: the list, opening one, clearing them

sessions-none = В { $path } нет сохранённых сеансов.
sessions-heading = Сохранённые сеансы в { $path }, сначала самые новые:
# the columns of the list of saved sessions
sessions-head-number = №
sessions-head-platform = ПЛАТФОРМА
sessions-head-answers = ОТВЕТЫ
sessions-head-saved = СОХРАНЁН
sessions-head-state = СОСТОЯНИЕ
sessions-state-finished = завершён
sessions-state-aside = отложен (вы начали заново)
sessions-state-next = не завершён; `reachout --resume` продолжит его
sessions-state-unfinished = не завершён
sessions-open-hint = `reachout sessions open NUMBER` снова открывает один из них (вместо NUMBER укажите номер из списка).
sessions-damaged = { $count ->
    [1] Там также хранится 1 повреждённый файл, который не удалось прочитать; `reachout sessions clear` удалит его.
    [one] Там также хранится { $count } повреждённый файл, который не удалось прочитать; `reachout sessions clear` удалит их.
    [few] Там также хранятся { $count } повреждённых файла, которые не удалось прочитать; `reachout sessions clear` удалит их.
    [many] Там также хранятся { $count } повреждённых файлов, которые не удалось прочитать; `reachout sessions clear` удалит их.
   *[other] Там также хранятся { $count } повреждённых файла, которые не удалось прочитать; `reachout sessions clear` удалит их.
}
# After "error: ". $reason: why-no-home or why-no-state-dir; $env: REACHOUT_STATE_DIR
sessions-nowhere = не удаётся найти, где хранятся сеансы: { $reason }. Укажите папку в { $env }.
why-no-home = нет домашней папки, где их можно хранить
why-no-state-dir = в этой системе нет папки для хранения состояния
sessions-cannot-read = не удаётся прочитать сохранённые сеансы в { $path }: { $reason }.
# $number: what was typed after `sessions open`; $count: how many sessions there are
sessions-no-such = { $count ->
    [0] нет сохранённых сеансов, которые можно открыть.
    [1] сеанса { $number } нет: сохранён только 1 (его показывает `reachout sessions`).
    [one] сеанса { $number } нет: выберите от 1 до { $count } (их показывает `reachout sessions`).
    [few] сеанса { $number } нет: выберите от 1 до { $count } (их показывает `reachout sessions`).
    [many] сеанса { $number } нет: выберите от 1 до { $count } (их показывает `reachout sessions`).
   *[other] сеанса { $number } нет: выберите от 1 до { $count } (их показывает `reachout sessions`).
}
sessions-not-loaded = сеанс { $number } относится к { $platform }, но в этой версии reachout нет руководства по этой платформе.

# What `sessions clear` removes. $sessions: saved sessions; $others: damaged or
# leftover files (one of them may be 0, not both)
sessions-files = { $others ->
    [0] { $sessions ->
        [one] { $sessions } сохранённый сеанс
        [few] { $sessions } сохранённых сеанса
        [many] { $sessions } сохранённых сеансов
       *[other] { $sessions } сохранённого сеанса
    }
   *[other] { $sessions ->
        [0] { $others ->
            [one] { $others } повреждённый или лишний файл
            [few] { $others } повреждённых или лишних файла
            [many] { $others } повреждённых или лишних файлов
           *[other] { $others } повреждённого или лишнего файла
        }
        [one] { $sessions } сохранённый сеанс и { $others ->
            [one] { $others } повреждённый или лишний файл
            [few] { $others } повреждённых или лишних файла
            [many] { $others } повреждённых или лишних файлов
           *[other] { $others } повреждённого или лишнего файла
        }
        [few] { $sessions } сохранённых сеанса и { $others ->
            [one] { $others } повреждённый или лишний файл
            [few] { $others } повреждённых или лишних файла
            [many] { $others } повреждённых или лишних файлов
           *[other] { $others } повреждённого или лишнего файла
        }
        [many] { $sessions } сохранённых сеансов и { $others ->
            [one] { $others } повреждённый или лишний файл
            [few] { $others } повреждённых или лишних файла
            [many] { $others } повреждённых или лишних файлов
           *[other] { $others } повреждённого или лишнего файла
        }
       *[other] { $sessions } сохранённого сеанса и { $others ->
            [one] { $others } повреждённый или лишний файл
            [few] { $others } повреждённых или лишних файла
            [many] { $others } повреждённых или лишних файлов
           *[other] { $others } повреждённого или лишнего файла
        }
    }
}
clear-confirm = Удалить { sessions-files } из { $path }? Это нельзя отменить. [y/N]
# What counts as yes to that question, separated by commas (the English ones work too)
clear-yes-words = д, да
# After "error: "
clear-refused = не удаляю { sessions-files } без подтверждения: ввод идёт не с терминала. Чтобы удалить, добавьте --yes.
clear-nothing = Ничего не удалено.
clear-cannot = не удалось удалить сохранённые сеансы в { $path }: { $reason }.
# $count: files removed; $leftovers: how many of them an interrupted save left
clear-removed = { $leftovers ->
    [0] { $count ->
        [one] Удалён { $count } файл из { $path }.
        [few] Удалено { $count } файла из { $path }.
        [many] Удалено { $count } файлов из { $path }.
       *[other] Удалено { $count } файла из { $path }.
    }
    [one] { $count ->
        [one] Удалён { $count } файл из { $path } (из них { $leftovers } остался после прерванного сохранения).
        [few] Удалено { $count } файла из { $path } (из них { $leftovers } остался после прерванного сохранения).
        [many] Удалено { $count } файлов из { $path } (из них { $leftovers } остался после прерванного сохранения).
       *[other] Удалено { $count } файла из { $path } (из них { $leftovers } остался после прерванного сохранения).
    }
   *[other] { $count ->
        [one] Удалён { $count } файл из { $path } (из них { $leftovers } осталось после прерванных сохранений).
        [few] Удалено { $count } файла из { $path } (из них { $leftovers } осталось после прерванных сохранений).
        [many] Удалено { $count } файлов из { $path } (из них { $leftovers } осталось после прерванных сохранений).
       *[other] Удалено { $count } файла из { $path } (из них { $leftovers } осталось после прерванных сохранений).
    }
}
clear-kept-open = Файл { $file } не удалён: он открыт в другом окне.
clear-failed = Не удалось удалить { $file }: { $reason }.

## Writing the message for them (a draft on a way to get help)

# the card header and the footer, when the selected card has a message to write
card-write = w написать сообщение
does-write = написать сообщение
draft-none = Здесь нет сообщения, которое reachout может написать.
draft-not-this-card = Для этого способа получить помощь reachout не пишет сообщение; Tab переходит к следующему.
title-message = сообщение
# the first line of each question: $number of $count
draft-question-count = Пишем сообщение · вопрос { $number } из { $count }
draft-optional = Здесь можно ничего не писать.
hint-date = Укажите дату в виде год-месяц-день, например { $today }.
hint-email = Адрес электронной почты, например name@example.com.
hint-phone = Номер с + и кодом страны, например +995 555 12 34 56.
hint-username = Имя аккаунта, с @ или без.
hint-url = Полный веб-адрес, начиная с https://.

# Why an answer will not do: one sentence each
answer-empty = Этот ответ войдёт в сообщение; пожалуйста, введите его.
answer-not-a-date = Это не дата; укажите её в виде год-месяц-день, например { $today }.
answer-in-the-future = Эта дата позже сегодняшней; укажите день, когда это случилось.
answer-not-an-email = Это не адрес электронной почты; он выглядит так: name@example.com.
answer-not-a-phone = Это не номер телефона; укажите его с + и кодом страны, например +995 555 12 34 56.
answer-not-a-username = Имя аккаунта состоит только из букв, цифр, точек, дефисов и подчёркиваний, например @ana.k.
answer-not-a-url = Это не веб-адрес; укажите полный адрес, начиная с https://.
answer-not-a-choice = Пожалуйста, выберите один из ответов по номеру, от 1 до { $count }.
answer-too-long = Это слишком длинно для сообщения; пожалуйста, уложитесь в { $max } символов.

# The finished message
message-title = Ваше сообщение в поддержку { $platform }
message-answers = Ваши ответы
message-change-hint = ↑↓ выбирает ответ, Enter меняет его; сообщение выше меняется вместе с ним.
# $language: "English", "Russian"
message-sent = Сообщение в том виде, в каком оно будет отправлено (язык: { $language })
message-translation = То же самое в переводе для вас (язык: { $language }); эту часть не отправляйте
message-not-translated = Версии этого сообщения на языке поддержки ({ $language }) пока нет, поэтому оно написано по-английски.
message-where-email = Отправьте его по электронной почте на адрес { $address }.
message-where-form = Скопируйте его и вставьте в форму: { $url }
message-where-postal = Распечатайте его, подпишите и отправьте по почте на адрес, указанный вверху.
message-where-in-app = Скопируйте его и вставьте в форму поддержки в приложении { $platform }.
message-to = Кому: { $address }
message-subject = Тема: { $subject }
message-missing = Ещё нужно ответить: { $fields }
message-privacy = Ваши ответы здесь сохраняются вместе с сеансом, только если вы согласились; `reachout sessions clear` удаляет их.
message-file-translation = ---- Не входит в сообщение: то же самое в переводе для вас (язык: { $language }) ----
mailto-too-long = Это сообщение слишком длинное для почтовой ссылки; нажмите c, чтобы скопировать его, и вставьте в новое письмо на адрес { $address }.
mailto-not-email = В почтовой программе открывается только сообщение для электронной почты; нажмите c, чтобы скопировать сообщение.
status-saved-two = Сохранено в { $path } и { $other }
status-copied-message = Сообщение скопировано (символов: { $count }); вставьте его туда, куда нужно.
status-sent-message = Сообщение (символов: { $count }) отправлено в буфер обмена терминала. Если ничего не вставляется, нажмите s, чтобы сохранить его в файл; кроме того, при выходе оно будет выведено в терминале.

does-change-answer = изменить этот ответ
does-next-question = следующий вопрос
does-previous-question = предыдущий вопрос
does-copy-message = копировать сообщение
does-copy-subject = копировать тему
does-save-message = сохранить в файл
does-back-to-result = назад к результату
does-cursor = перемещение по ответу
does-pick-answer = выбрать ответ
help-on-message = При написании сообщения

# Asked once, before the first question of a message
consent-title = Сохранить ваши ответы?
consent-text = То, что вы вводите для сообщения, может быть личным. Сохранить ваши ответы вместе с сеансом, чтобы они были на месте, если вы вернётесь? Если нет, они будут забыты, когда вы выйдете.

## Line mode: writing the message

plain-draft-question = Хотите, чтобы reachout написал сообщение за вас?
plain-draft-help = Программа задаст несколько вопросов и напишет сообщение; ничего никуда не отправляется.
# $number: the way's number above; $kind: "Email"; $label: the way's own name
plain-draft-choice = Написать сообщение для способа { $number } ({ $kind }: { $label })
plain-draft-skip = Нет, спасибо
plain-draft-field = Вопрос { $number } из { $count }: { $ask }
plain-draft-skip-empty = Чтобы пропустить вопрос, нажмите Enter на пустой строке.
plain-draft-what-now = Что дальше?
plain-draft-save = Сохранить в файл
plain-draft-change = Изменить ответ
plain-draft-another = Написать другое сообщение
plain-draft-done = Готово
plain-draft-which = Какой ответ вы хотите изменить?
plain-consent-yes = Да, сохранить их вместе с сеансом
plain-consent-no = Нет, забыть их, когда я выйду
plain-saved = Сохранено в { $path }
plain-save-failed = Не удалось сохранить: { $reason }
# when a typed answer is needed: $back and $quit are the words above
plain-draft-help-words = Введите ответ и нажмите Enter. { $back } — на вопрос назад, { $quit } — остановиться.
# a question answered before: $answer is that answer
plain-draft-now = Сейчас: { $answer }. Нажмите Enter, чтобы оставить как есть.
message-no-subject = Тема есть только у письма по электронной почте; c копирует сообщение.
# an unselected card whose way carries a message to write
card-has-message = ✎ можно написать сообщение
does-type-answer = ввести ответ
help-answering = Ответы на вопросы для сообщения
message-left-empty = (не заполнено)
does-change = изменить
does-open-message = открыть в почтовой программе или открыть форму

## Messages of the commands

# $name: what the person typed, in quotes; $names: the platforms, one a line
error-no-guide = У reachout нет руководства для { $name }. Есть руководства по этим платформам:{ $names }
# $close: the platform whose name is closest to what was typed
error-no-guide-close = У reachout нет руководства для { $name }. Может быть, вы имели в виду { $close }? Есть руководства по этим платформам:{ $names }
# $reason: what went wrong, as the system says it
error-full-screen = Не удалось открыть полноэкранный режим: { $reason }. Ваши ответы сохранены; запустите `reachout --plain`, чтобы отвечать построчно.
# the column heads of `reachout list`
list-platform = ПЛАТФОРМА
list-names = НАЗВАНИЯ
list-situations = СИТУАЦИИ
# `reachout list` on a narrow terminal: a platform and how many situations it covers
list-platform-count = { $count ->
    [one] { $platform } ({ $count } ситуация)
    [few] { $platform } ({ $count } ситуации)
    [many] { $platform } ({ $count } ситуаций)
   *[other] { $platform } ({ $count } ситуации)
}
