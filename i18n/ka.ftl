# reachout: the words of the interface, in ka.
#
# Translators: keep every { $variable } as it is; translate the words around it. Keys
# are not shown to anyone. Write as you would to a person who is upset and in a hurry:
# short sentences, plain words. Never translate links, e-mail addresses or numbers.
# Machine translation (Claude), December 2026; not reviewed by a native speaker.

## Languages, as named in this language

lang-en = ინგლისური
lang-ka = ქართული
lang-bn = ბენგალური
lang-pl = პოლონური
lang-sk = სლოვაკური
lang-ro = რუმინული
lang-ru = რუსული
lang-uk = უკრაინული

## The first questions

picker-question = რომელ აპში ან საიტზე გჭირდებათ დახმარება?
picker-help = აირჩიეთ, სად არის ანგარიში ან პრობლემა. მოგვიანებით შეგიძლიათ დაბრუნდეთ და შეცვალოთ.
resume-question = წინა ჯერზე შუა გზაზე გაჩერდით. გსურთ, იქიდან გააგრძელოთ, სადაც შეჩერდით?
# $platform: "Instagram"; $ago: "2 hours ago"; $count: answers given so far
resume-choice = { $count ->
    [one] გააგრძელეთ სესია: { $platform } ({ $ago }; 1 პასუხი)
   *[other] გააგრძელეთ სესია: { $platform } ({ $ago }; { $count } პასუხი)
}
start-over = თავიდან დაწყება

## How long ago (for saved sessions)

ago-now = ახლახან
ago-minutes = { $count ->
    [one] 1 წუთის წინ
   *[other] { $count } წუთის წინ
}
ago-hours = { $count ->
    [one] 1 საათის წინ
   *[other] { $count } საათის წინ
}
ago-days = { $count ->
    [one] 1 დღის წინ
   *[other] { $count } დღის წინ
}

## An outcome, as printed and saved

outcome-warning = სანამ დაიწყებთ:
outcome-action = რა გააკეთოთ ახლა:
outcome-prepare = მოამზადეთ:
outcome-channels = { $count ->
    [one] სად მიიღოთ დახმარება (1 გზა):
   *[other] სად მიიღოთ დახმარება ({ $count } გზა):
}
outcome-expect = რას უნდა ელოდოთ:
outcome-answers = თქვენი პასუხები:

## Kinds of channel

kind-form = ონლაინ ფორმა
kind-web = ვებგვერდი
kind-email = ელფოსტა
kind-phone = ტელეფონი
kind-postal = წერილი ფოსტით
kind-in-app = ნაბიჯ-ნაბიჯ

## A channel's details

channel-step = ნაბიჯი { $number }: { $step }
channel-note = შენიშვნა: { $note }
channel-source = წყარო: { $source }
# $title: a page's own title, never translated; $url: its address
source-page = { $title } ({ $url })
# $language: the name of a language, e.g. "Georgian"
source-article = { $title } (სახელმძღვანელო სტატია, ენა: { $language })
# $date: when the source was last read, like 2026-12
channel-checked = შემოწმდა { $date }: { $confidence }.
confidence-official = დადასტურებულია პლატფორმის საკუთარ გვერდებზე
confidence-seed = გამოქვეყნებული სახელმძღვანელოდან; პლატფორმის საკუთარ გვერდებზე დადასტურებული არ არის
confidence-third-party = ამას მხოლოდ სხვა საიტები ახსენებენ; პლატფორმის საკუთარ გვერდებზე დადასტურებული არ არის

## Line mode (--plain): typed words

# Words a person may type, separated by commas. The English ones always work too.
plain-words-back = უ, უკან, ukan
plain-words-restart = თ, თავიდან, tavidan
plain-words-quit = გ, გასვლა, gasvla
plain-words-help = ?, დ, დახმარება, daxmareba
plain-words-save = შ, შენახვა, shenaxva
# $back, $restart, $quit: the first word of each list above
plain-help = აკრიფეთ თქვენი პასუხის ნომერი და დააჭირეთ Enter-ს; პირველ კითხვაზე შეგიძლიათ აპის სახელიც აკრიფოთ. სხვა პასუხები: { $back } — ერთი კითხვით უკან, { $restart } — თავიდან დაწყება, { $quit } — შენახვა და გასვლა, ? — ეს დახმარება, / და რამდენიმე სიტყვა (მაგალითად: / გატეხეს ფოტოები) — ძებნა ყველა პასუხში.
plain-no-back = ეს პირველი კითხვაა; უკან დასაბრუნებელი არაფერია.
plain-restarting = თავიდან ვიწყებთ.
plain-search-found = { $count ->
    [one] ეს სიტყვები 1 პასუხშია:
   *[other] ეს სიტყვები { $count } პასუხშია, ჯერ ყველაზე შესაფერისი:
}
plain-search-partial = { $count ->
    [one] ყველა ეს სიტყვა ერთად არცერთ პასუხში არ არის; ამ პასუხში მათი ნაწილია:
   *[other] ყველა ეს სიტყვა ერთად არცერთ პასუხში არ არის; ამ პასუხებში მათი ნაწილია, ჯერ ყველაზე მსგავსი:
}
plain-search-none = ვერაფერი მოიძებნა. სცადეთ სხვა სიტყვები, მაგალითად: / გატეხეს, / გარდაიცვალა, / საავტორო.
plain-search-pick = აკრიფეთ პასუხის ნომერი, რომ მასზე გადახვიდეთ, ან უბრალოდ დააჭირეთ Enter-ს, რომ კითხვას დაუბრუნდეთ.
# after an outcome; "s" is the first word of plain-words-save
plain-save-offer = შევინახოთ ეს შედეგი ფაილში? აკრიფეთ შ (ან s) და დააჭირეთ Enter-ს; დასასრულებლად უბრალოდ დააჭირეთ Enter-ს.
plain-invalid = გთხოვთ, აკრიფოთ რიცხვი 1-დან { $count }-მდე, ან { $back } — უკან დასაბრუნებლად, { $restart } — თავიდან დასაწყებად, { $quit } — გასასვლელად, ? — დახმარებისთვის.

## run (scripts)

# $platform: "Instagram"
run-pending = { $platform }: აქამდე მიცემული პასუხები კითხვაზე ჩერდება.

## The full-screen wizard: the frame

# the right end of the title bar
title-question = კითხვა { $number }
title-result = შედეგი
title-search = ძებნა
crumb-hint = უპასუხეთ რამდენიმე კითხვას, რომ დახმარება იპოვოთ.

## Messages in the status line

status-not-a-key = ეს ღილაკი აქ არ მუშაობს. დახმარებისთვის დააჭირეთ ?-ს.
status-no-such-answer = პასუხი { $number } არ არსებობს; აირჩიეთ 1-დან { $count }-მდე.
status-nothing-to-restart = უკვე პირველ კითხვაზე ხართ; თავიდან დასაწყები არაფერია.
# $kind: "Letter by post", "Step by step"
status-nothing-to-open = ამ გზას („{ $kind }“) გასახსნელი ბმული არ აქვს; დასაკოპირებლად დააჭირეთ c-ს.
status-copied = ბუფერში დაკოპირდა: { $text }
# the text itself is shown on the lines below this message
status-sent-to-terminal = გაიგზავნა ტერმინალის ბუფერში. თუ არაფერი ჩაისმება, მონიშნეთ ქვემოთ მოცემული ტექსტი მაუსით და დააკოპირეთ:
status-copy-failed = ვერ დაკოპირდა: { $reason }
status-opening = იხსნება { $link }
status-saved = შენახულია: { $path }
status-save-failed = ვერ შეინახა: { $reason }
status-machine-translation = მანქანური თარგმანი: ბმულები და ნომრები ზუსტია, ფორმულირება შეიძლება უხეში იყოს.

## Opening a link

open-not-a-link = გახსნა მხოლოდ ვებ-, ელფოსტისა და ტელეფონის ბმულებისთვის შეიძლება.
open-no-desktop = აქ ბრაუზერი არ არის (სამუშაო მაგიდის სესია არ არის); ბმულის დასაკოპირებლად დააჭირეთ c-ს.
# $program: "xdg-open"
open-not-installed = ბმულების გახსნა შეუძლებელია: პროგრამა { $program } დაყენებული არ არის. დასაკოპირებლად დააჭირეთ c-ს.
open-cannot-start = პროგრამა { $program } ვერ გაეშვა: { $reason }. დასაკოპირებლად დააჭირეთ c-ს.
open-failed = პროგრამამ { $program } ბმული ვერ გახსნა ({ $status }). დასაკოპირებლად დააჭირეთ c-ს.

## An outcome on screen

screen-action = რა გააკეთოთ ახლა
screen-prepare = მოამზადეთ
screen-channels = სად მიიღოთ დახმარება
screen-ways = { $count ->
    [one] 1 გზა
   *[other] { $count } გზა
}
screen-expect = რას უნდა ელოდოთ
# on a short screen, in place of the list, which follows the ways to get help
screen-prepare-later = { $count ->
    [one] მოამზადეთ: 1 პუნქტი, ჩამოთვლილია ქვემოთ.
   *[other] მოამზადეთ: { $count } პუნქტი, ჩამოთვლილია ქვემოთ.
}
screen-warning = სანამ დაიწყებთ
card-copy-open = c კოპირება · o გახსნა
card-copy = c კოპირება

## Search

search-prompt = ძებნა:
search-all = სულ { $total } პასუხი. აკრიფეთ სიტყვები, მაგალითად: გატეხეს, გარდაიცვალა, საავტორო.
search-none = ვერაფერი მოიძებნა. სცადეთ ნაკლები ან სხვა სიტყვები, მაგალითად: გატეხეს, გარდაიცვალა, საავტორო.
search-some = { $total ->
    [one] { $count } პასუხი 1-დან ემთხვევა.
   *[other] { $count } პასუხი { $total }-დან ემთხვევა.
}
search-first-question = (პირველი კითხვა)
search-partial = { $count ->
    [one] ყველა ეს სიტყვა ერთად არცერთ პასუხში არ არის; ამ პასუხში მათი ნაწილია.
   *[other] ყველა ეს სიტყვა ერთად არცერთ პასუხში არ არის; ამ { $count } პასუხში მათი ნაწილია, ჯერ ყველაზე მსგავსი.
}

## Dialogs

confirm-restart-title = თავიდან დაიწყოთ?
confirm-restart-text = აქამდე მიცემული პასუხები წაიშლება და პირველ კითხვას დაუბრუნდებით.
confirm-quit-title = გახვიდეთ reachout-იდან?
confirm-quit-text = პირველ კითხვაზე ხართ.
confirm-yes = დიახ
confirm-no = არა
help-title-scroll = დახმარება · ↑↓ გადახვევა · Esc ხურავს
help-title = დახმარება · Esc ხურავს
too-small-title = ტერმინალი ძალიან პატარაა
too-small-text = reachout-ს სჭირდება { $width }×{ $height }; ეს არის { $cols }×{ $rows }. გაადიდეთ ფანჯარა, ან გასასვლელად დააჭირეთ q-ს.

## Keys: what they are called and what they do

key-enter = Enter
key-backspace = Backspace
key-esc = Esc
key-tab = Tab
key-shift-tab = Shift-Tab
key-page-up = PgUp
key-page-down = PgDn
key-space = Space
key-home = Home
key-end = End
key-ctrl-c = Ctrl-C
key-ctrl-w = Ctrl-W
key-ctrl-u = Ctrl-U
key-type = აკრეფა

does-move = გადაადგილება
does-choose = არჩევა
does-back = უკან
does-next-card = შემდეგი ბარათი
does-pick = არჩევა
does-choose-number = არჩევა ნომრით
does-up = ზემოთ
does-down = ქვემოთ
does-choose-highlighted = მონიშნული პასუხის არჩევა
does-go-back = ერთი კითხვით უკან
does-next-way = დახმარების შემდეგი გზა (ბოლოს შემდეგ — პირველი)
does-previous-way = დახმარების წინა გზა (პირველის წინ — ბოლო)
does-next-way-down = დახმარების შემდეგი გზა, მერე უფრო ქვემოთ
does-previous-way-up = დახმარების წინა გზა, მერე უფრო ზემოთ
does-copy = კოპირება
does-open = გახსნა
does-save = შენახვა
does-search = ძებნა
does-start-over = თავიდან დაწყება
does-help = დახმარება
does-quit = გასვლა
does-language = ენა
does-words = საძიებო სიტყვები
does-previous-match = წინა დამთხვევა
does-next-match = შემდეგი დამთხვევა
does-go-there = იქ გადასვლა
does-delete-letter = ასოს წაშლა
does-delete-word = სიტყვის წაშლა
does-clear = გასუფთავება
does-close = დახურვა
does-close-help = დახმარების დახურვა
does-yes = დიახ
does-no = არა
does-scroll-up = ზემოთ გადახვევა
does-scroll-down = ქვემოთ გადახვევა
does-top = თავში გადასვლა
does-bottom = ბოლოში გადასვლა
does-quit-now = დაუყოვნებლივ გასვლა

help-on-question = კითხვაზე
help-on-outcome = პასუხზე
help-in-search = ძებნისას
help-untranslated = [EN] აღნიშნავს ტექსტს, რომელსაც ჯერ თარგმანი არ აქვს: ის ინგლისურად ჩანს.

## Choosing the language

language-title = ენა · Enter ირჩევს · Esc ხურავს
help-intro = უპასუხეთ თითოეულ კითხვას პასუხის ნომრით, ან გადადით მასზე და დააჭირეთ Enter-ს. ბოლოს დაინახავთ, სად მიიღოთ დახმარება: მისამართის დასაკოპირებლად დააჭირეთ c-ს, ბმულის გასახსნელად — o-ს, ყველაფრის ფაილში შესანახად — s-ს. სხვა ენის ასარჩევად დააჭირეთ L-ს; თქვენი პასუხები შენარჩუნდება.
help-mouse = მაუსი: პასუხის ასარჩევად დააწკაპუნეთ მასზე; ბორბალი გადაახვევს. მაუსით ტექსტის მოსანიშნად გადათრევისას Shift გეჭიროთ (ტერმინალების უმეტესობაში).
help-copy = კოპირება c-თი: კომპიუტერზე, სადაც სამუშაო მაგიდაა, ტექსტი პირდაპირ ბუფერში ხვდება. სხვაგან, მაგალითად SSH-ით, reachout თქვენს ტერმინალს სთხოვს, რომ დააკოპიროს, და ვერ გაიგებს, დააკოპირა თუ არა: ზოგი ტერმინალი, და tmux, თუ ამისთვის მორგებული არ არის, ამ მოთხოვნას უგულებელყოფს. ამიტომ ტექსტი ეკრანის ქვედა ნაწილშიც ჩანს: მონიშნეთ ის მაუსით და თავად დააკოპირეთ.

## Saved sessions: resuming, the list of them, and what is said about saving

ago-weeks = { $count ->
    [one] 1 კვირის წინ
   *[other] { $count } კვირის წინ
}
# a session saved long ago: its date, like 2026-05-01 (reads after "from" and "saved")
ago-date = { $date }

# the right end of the title bar on the resume question and the list of saved sessions
title-saved = შენახული სესიები
# The resume question's third choice, when more than one session is saved
resume-see-all = ყველა შენახული სესიის ნახვა
# Under the resume question. $answers: the platform, then each answer chosen, like
# "Instagram › I was hacked › No, I can't log in"
resume-answers = თქვენი პასუხები აქამდე: { $answers }
saved-question = რომელი შენახული სესიის გახსნა გსურთ?
saved-help = ჯერ ყველაზე ახალი. დაუსრულებელი სესია გაგრძელდება იქიდან, სადაც გაჩერდით; დასრულებული სესია თავის შედეგს ისევ გაჩვენებთ. არაფერი წაიშლება.
# One saved session in the list. $platform: "Instagram"; $ago: "2 hours ago";
# $answer: the last answer chosen, or the result of a finished session;
# $state: unfinished, open (in another window now), aside (set aside by starting over) or finished
saved-session = { $state ->
    [finished] { $platform }, დასრულდა { $ago }: { $answer }
    [aside] { $platform }, გადადებულია, შენახულია { $ago }: { $answer }
    [open] { $platform }, ღიაა სხვა ფანჯარაში, შენახულია { $ago }: { $answer }
   *[unfinished] { $platform }, დაუსრულებელია, შენახულია { $ago }: { $answer }
}

# $platform: "Instagram"; $count: how many of the saved answers still apply
guide-updated-all = { $platform }-ის სახელმძღვანელო მას შემდეგ განახლდა; ყველა თქვენი პასუხი ისევ მოქმედებს.
guide-updated = { $count ->
    [0] { $platform }-ის სახელმძღვანელო განახლდა; თქვენი პასუხებიდან არცერთი აღარ მოქმედებს.
    [one] { $platform }-ის სახელმძღვანელო განახლდა; თქვენი პირველი პასუხი ისევ მოქმედებს.
   *[other] { $platform }-ის სახელმძღვანელო განახლდა; თქვენი პირველი { $count } პასუხი ისევ მოქმედებს.
}
guide-misfit = { $count ->
    [0] ზოგი შენახული პასუხი { $platform }-ის სახელმძღვანელოს არ შეესაბამება; თქვენი პასუხებიდან არცერთი აღარ მოქმედებს.
    [one] ზოგი შენახული პასუხი { $platform }-ის სახელმძღვანელოს არ შეესაბამება; თქვენი პირველი პასუხი ისევ მოქმედებს.
   *[other] ზოგი შენახული პასუხი { $platform }-ის სახელმძღვანელოს არ შეესაბამება; თქვენი პირველი { $count } პასუხი ისევ მოქმედებს.
}
session-no-longer-fits = თქვენი შენახული { $platform }-ის სესია განახლებულ სახელმძღვანელოს აღარ შეესაბამება, ამიტომ თავიდან იწყებთ; `reachout sessions` მას მაინც აჩვენებს.
session-none-to-resume = გასაგრძელებელი დაუსრულებელი სესია არ არის; ვიწყებთ ახალს.
session-open-elsewhere = თქვენი { $platform }-ის სესია სხვა ფანჯარაშია გახსნილი. შეგიძლიათ დაელოდოთ, სანამ იქ დაიხურება, და აქ გააგრძელოთ, ან თავიდან დაიწყოთ.
session-wait = { $count ->
    [one] დაელოდეთ მეორე ფანჯარას, შემდეგ გააგრძელეთ { $platform }-ის სესია (1 პასუხი)
   *[other] დაელოდეთ მეორე ფანჯარას, შემდეგ გააგრძელეთ { $platform }-ის სესია ({ $count } პასუხი)
}
session-still-open = თქვენი { $platform }-ის სესია ჯერ კიდევ ღიაა სხვა ფანჯარაში; აქ მიცემული პასუხები შეინახება, როცა ის იქ დაიხურება.
session-kept-apart = თქვენი { $platform }-ის სესია ჯერ კიდევ ღია იყო სხვა ფანჯარაში, ამიტომ აქ მიცემული პასუხები ახალ სესიად შეინახა.

# Saving that did not happen. $path: a folder or file; $reason: one of the why-… below,
# or the system's own words; $env: REACHOUT_STATE_DIR
session-no-home = თქვენი პასუხების შენახვა შეუძლებელია: მათ შესანახად საწყისი საქაღალდე (home) არ არსებობს. ვაგრძელებთ შენახვის გარეშე; რომ შეინახოთ, ცვლადში { $env } მიუთითეთ საქაღალდე.
session-no-state-dir = თქვენი პასუხების შენახვა შეუძლებელია: ამ სისტემას მდგომარეობის საქაღალდე (state directory) არ აქვს. ვაგრძელებთ შენახვის გარეშე; რომ შეინახოთ, ცვლადში { $env } მიუთითეთ საქაღალდე.
session-cannot-read-dir = შენახული სესიების წაკითხვა საქაღალდეში { $path } შეუძლებელია: { $reason }. ვაგრძელებთ შენახვის გარეშე.
session-cannot-save = თქვენი პასუხების შენახვა შეუძლებელია ({ $path }): { $reason }. ვაგრძელებთ შენახვის გარეშე.
session-cannot-set-aside = დაუსრულებელი სესიის ({ $path }) გადადება შეუძლებელია: { $reason }.
session-folder-refused = თქვენი პასუხები არ ინახება: { $reason }.
session-disk-full = თქვენი პასუხები ვერ შეინახა: დისკი სავსეა. ისინი შეინახება, როცა ადგილი გამოთავისუფლდება.
# $max: 10000
session-too-long = თქვენი პასუხები ვერ შეინახა: პასუხები იმაზე მეტია, ვიდრე ერთი სესია იტევს ({ $max } პასუხი); ადრე შენახული პასუხები შენარჩუნებულია.

# Why something could not be done, as the end of a sentence ("…: permission denied")
why-not-found = ის არ არსებობს
why-permission-denied = წვდომა აკრძალულია
why-is-directory = ეს საქაღალდეა
why-read-only = დისკი მხოლოდ წასაკითხადაა
why-disk-full = დისკი სავსეა
why-too-long = პასუხები იმაზე მეტია, ვიდრე ერთი სესია იტევს ({ $max } პასუხი)
why-foreign-folder = { $path } სხვა მომხმარებელს ეკუთვნის; ცვლადში { $env } მიუთითეთ თქვენი საკუთარი საქაღალდე
why-open-folder = { $path } სხვა მომხმარებლებსაც შეუძლიათ შეცვალონ; გახადეთ ის პირადი ბრძანებით `chmod 700 { $path }`, ან ცვლადში { $env } მიუთითეთ თქვენი საკუთარი საქაღალდე
why-symlink = { $path } სიმბოლური ბმულია, რომელსაც reachout არ მიჰყვება; წაშალეთ ის
why-not-folder = { $path } საქაღალდე არ არის; წაშალეთ ის

# A session file that cannot be used; one of damaged-kept or damaged-not-moved follows.
# $file: its path
damaged-empty = სესიის ფაილი { $file } ცარიელია.
damaged-truncated = სესიის ფაილი { $file } შეკვეცილია; ის ბოლომდე არ შეინახა.
damaged-too-large = სესიის ფაილი { $file } ნებისმიერ სესიაზე დიდია ({ $size } ბაიტი).
damaged-too-many = სესიის ფაილში { $file } { $count } პასუხია — იმაზე მეტი, ვიდრე სესია იტევს ({ $max }).
damaged-not-text = სესიის ფაილი { $file } reachout-ის სესია არ არის (ის ტექსტი არ არის).
damaged-not-session = სესიის ფაილი { $file } reachout-ის სესია არ არის (ის არ იწყება ასე: `Session(`).
# $found, $format: numbers of file formats
damaged-newer = სესიის ფაილი { $file } reachout-ის უფრო ახალმა ვერსიამ შეინახა (ფორმატი { $found }; ეს ვერსია კითხულობს ფორმატს { $format }).
# $reason: where and what, in the words of the file format's reader
damaged-shape = სესიის ფაილი { $file } არ არის სესია, რომელიც reachout-ის ამ ვერსიას ესმის: { $reason }.
damaged-symlink = სესიის ფაილი { $file } სიმბოლური ბმულია, რომელსაც reachout არ მიჰყვება.
damaged-not-regular = { $kind ->
    [directory] სესიის ფაილი { $file } ჩვეულებრივი ფაილი არ არის (ეს საქაღალდეა).
    [pipe] სესიის ფაილი { $file } ჩვეულებრივი ფაილი არ არის (ეს სახელდებული არხია, named pipe).
    [socket] სესიის ფაილი { $file } ჩვეულებრივი ფაილი არ არის (ეს სოკეტია).
    [device] სესიის ფაილი { $file } ჩვეულებრივი ფაილი არ არის (ეს მოწყობილობაა).
   *[other] სესიის ფაილი { $file } ჩვეულებრივი ფაილი არ არის.
}
damaged-other-user = სესიის ფაილი { $file } სხვა მომხმარებელს ეკუთვნის.
damaged-open-to-others = სესიის ფაილი { $file } სხვა მომხმარებლებსაც შეუძლიათ შეცვალონ.
damaged-unreadable = სესიის ფაილის { $file } წაკითხვა შეუძლებელია: { $reason }.
damaged-kept = ის შენახულია სახელით { $kept } და არ გამოიყენება.
damaged-not-moved = მისი გადადება ვერ მოხერხდა ({ $reason }); ის არ გამოიყენება.

# When reachout stops before a result. $ending: quit, input-ended or stopped
bye-saved = { $ending ->
    [input-ended] შეყვანა დასრულდა, სანამ ბოლო კითხვას უპასუხებდით. თქვენი პასუხები შენახულია; გასაგრძელებლად გაუშვით `reachout --resume`.
    [stopped] შეჩერდა. თქვენი პასუხები შენახულია; გასაგრძელებლად გაუშვით `reachout --resume`.
   *[quit] თქვენი პასუხები შენახულია; გასაგრძელებლად გაუშვით `reachout --resume`.
}
bye-unsaved = { $ending ->
    [input-ended] შეყვანა დასრულდა, სანამ ბოლო კითხვას უპასუხებდით. თქვენი პასუხები ვერ შეინახა.
    [stopped] შეჩერდა. თქვენი პასუხები ვერ შეინახა.
   *[quit] თქვენი პასუხები ვერ შეინახა.
}
# $reason: why-disk-full or why-too-long
bye-unsaved-because = { $ending ->
    [input-ended] შეყვანა დასრულდა, სანამ ბოლო კითხვას უპასუხებდით. თქვენი პასუხები ვერ შეინახა: { $reason }.
    [stopped] შეჩერდა. თქვენი პასუხები ვერ შეინახა: { $reason }.
   *[quit] თქვენი პასუხები ვერ შეინახა: { $reason }.
}
bye-input-ended = შეყვანა დასრულდა, სანამ ბოლო კითხვას უპასუხებდით.
bye-stopped = შეჩერდა.
bye-outcome-unsaved = შედეგამდე მიხვედით, მაგრამ თქვენი პასუხები ვერ შეინახა.
bye-outcome-unsaved-because = შედეგამდე მიხვედით, მაგრამ თქვენი პასუხები ვერ შეინახა: { $reason }.

## reachout sessions: the list, opening one, clearing them

sessions-none = საქაღალდეში { $path } შენახული სესიები არ არის.
sessions-heading = შენახული სესიები საქაღალდეში { $path }, ჯერ ყველაზე ახალი:
# the columns of the list of saved sessions
sessions-head-number = #
sessions-head-platform = პლატფორმა
sessions-head-answers = პასუხები
sessions-head-saved = შენახვის დრო
sessions-head-state = მდგომარეობა
sessions-state-finished = დასრულებული
sessions-state-aside = გადადებული (თავიდან დაიწყეთ)
sessions-state-next = დაუსრულებელი; `reachout --resume` გააგრძელებს
sessions-state-unfinished = დაუსრულებელი
sessions-open-hint = `reachout sessions open NUMBER` რომელიმე მათგანს ხელახლა გახსნის (NUMBER — სესიის ნომერი).
sessions-damaged = { $count ->
    [one] იქ ასევე ინახება 1 დაზიანებული ფაილი, რომლის წაკითხვაც ვერ მოხერხდა; `reachout sessions clear` მას წაშლის.
   *[other] იქ ასევე ინახება { $count } დაზიანებული ფაილი, რომელთა წაკითხვაც ვერ მოხერხდა; `reachout sessions clear` მათ წაშლის.
}
# After "error: ". $reason: why-no-home or why-no-state-dir; $env: REACHOUT_STATE_DIR
sessions-nowhere = ვერ დადგინდა, სად ინახება სესიები: { $reason }. ცვლადში { $env } მიუთითეთ საქაღალდე.
why-no-home = მათ შესანახად საწყისი საქაღალდე (home) არ არსებობს
why-no-state-dir = ამ სისტემას მდგომარეობის საქაღალდე (state directory) არ აქვს
sessions-cannot-read = შენახული სესიების წაკითხვა საქაღალდეში { $path } შეუძლებელია: { $reason }.
# $number: what was typed after `sessions open`; $count: how many sessions there are
sessions-no-such = { $count ->
    [0] გასახსნელი შენახული სესია არ არის.
    [one] სესია { $number } არ არსებობს: შენახულია მხოლოდ 1 (`reachout sessions` მას აჩვენებს).
   *[other] სესია { $number } არ არსებობს: აირჩიეთ 1-დან { $count }-მდე (`reachout sessions` მათ აჩვენებს).
}
sessions-not-loaded = სესია { $number } ეკუთვნის პლატფორმას { $platform }, რომლისთვისაც reachout-ის ამ ვერსიას სახელმძღვანელო არ აქვს.

# What `sessions clear` removes. $sessions: saved sessions; $others: damaged or
# leftover files (one of them may be 0, not both)
sessions-files = { $others ->
    [0] { $sessions ->
        [one] 1 შენახული სესია
       *[other] { $sessions } შენახული სესია
    }
   *[other] { $sessions ->
        [0] { $others ->
            [one] 1 დაზიანებული ან დარჩენილი ფაილი
           *[other] { $others } დაზიანებული ან დარჩენილი ფაილი
        }
        [one] 1 შენახული სესია და { $others ->
            [one] 1 დაზიანებული ან დარჩენილი ფაილი
           *[other] { $others } დაზიანებული ან დარჩენილი ფაილი
        }
       *[other] { $sessions } შენახული სესია და { $others ->
            [one] 1 დაზიანებული ან დარჩენილი ფაილი
           *[other] { $others } დაზიანებული ან დარჩენილი ფაილი
        }
    }
}
clear-confirm = წავშალოთ { sessions-files } საქაღალდიდან { $path }? ამის გაუქმება შეუძლებელია. [კი/არა]
# What counts as yes to that question, separated by commas (the English ones work too)
clear-yes-words = კ, კი, დიახ, ჰო, ki, diax
# After "error: "
clear-refused = { sessions-files } დადასტურების გარეშე არ წაიშლება: შეყვანა ტერმინალიდან არ ხდება. წასაშლელად დაამატეთ --yes.
clear-nothing = არაფერი წაშლილა.
clear-cannot = შენახული სესიების წაშლა საქაღალდეში { $path } ვერ მოხერხდა: { $reason }.
# $count: files removed; $leftovers: how many of them an interrupted save left
clear-removed = { $leftovers ->
    [0] { $count ->
        [one] საქაღალდიდან { $path } წაიშალა 1 ფაილი.
       *[other] საქაღალდიდან { $path } წაიშალა { $count } ფაილი.
    }
    [one] { $count ->
        [one] საქაღალდიდან { $path } წაიშალა 1 ფაილი (ის შეწყვეტილმა შენახვამ დატოვა).
       *[other] საქაღალდიდან { $path } წაიშალა { $count } ფაილი (1 მათგანი შეწყვეტილმა შენახვამ დატოვა).
    }
   *[other] საქაღალდიდან { $path } წაიშალა { $count } ფაილი ({ $leftovers } მათგანი შეწყვეტილმა შენახვებმა დატოვა).
}
clear-kept-open = { $file } დატოვებულია: ის სხვა ფანჯარაშია გახსნილი.
clear-failed = { $file } ვერ წაიშალა: { $reason }.
## Writing the message for them (a draft on a way to get help)

# the card header and the footer, when the selected card has a message to write
card-write = w შეტყობინების დაწერა
does-write = შეტყობინების დაწერა
draft-none = აქ დასაწერი შეტყობინება არ არის.
draft-not-this-card = დახმარების ამ გზას დასაწერი შეტყობინება არ აქვს; Tab შემდეგზე გადადის.
title-message = შეტყობინება
# the first line of each question: $number of $count
draft-question-count = შეტყობინების წერა · კითხვა { $number } { $count }-დან
draft-optional = ამის ცარიელად დატოვება შეგიძლიათ.
hint-date = ჩაწერეთ თარიღი ასე: წელი-თვე-დღე, მაგალითად { $today }.
hint-email = ელფოსტის მისამართი, მაგალითად name@example.com.
hint-phone = + ნიშნით და ქვეყნის კოდით, მაგალითად +995 555 12 34 56.
hint-username = ანგარიშის სახელი, @-ით ან მის გარეშე.
hint-url = სრული ვებმისამართი, რომელიც იწყება ასე: https://

# Why an answer will not do: one sentence each
answer-empty = ეს პასუხი შეტყობინებაში ჩაიწერება; გთხოვთ, აკრიფოთ.
answer-not-a-date = ეს თარიღი არ არის; ჩაწერეთ ასე: წელი-თვე-დღე, მაგალითად { $today }.
answer-in-the-future = ეს თარიღი დღევანდელზე გვიანია; გთხოვთ, მიუთითოთ დღე, როცა ეს მოხდა.
answer-not-an-email = ეს ელფოსტის მისამართი არ არის; ის ასე გამოიყურება: name@example.com.
answer-not-a-phone = ეს ტელეფონის ნომერი არ არის; ჩაწერეთ + ნიშნით და ქვეყნის კოდით, მაგალითად +995 555 12 34 56.
answer-not-a-username = ანგარიშის სახელში მხოლოდ ასოები, ციფრები, წერტილები, ტირეები და ქვედა ტირეებია, მაგალითად @ana.k.
answer-not-a-url = ეს ვებმისამართი არ არის; მიუთითეთ სრული მისამართი, რომელიც იწყება ასე: https://
answer-not-a-choice = გთხოვთ, აირჩიოთ ერთ-ერთი პასუხი მისი ნომრით, 1-დან { $count }-მდე.
answer-too-long = ეს შეტყობინებისთვის ზედმეტად გრძელია; გთხოვთ, დაწეროთ { $max } სიმბოლოზე ნაკლები.

# The finished message
message-title = თქვენი შეტყობინება { $platform }-ისთვის
message-answers = თქვენი პასუხები
message-change-hint = ↑↓ ირჩევს პასუხს, Enter კი ცვლის მას; ზემოთ მოცემული შეტყობინებაც მასთან ერთად იცვლება.
# $language: "English", "Russian"
message-sent = შეტყობინება, როგორც გაიგზავნება (ენა: { $language })
message-translation = იგივე თარგმანში, თქვენთვის წასაკითხად (ენა: { $language }; ეს ნაწილი არ გააგზავნოთ)
message-not-translated = ამ შეტყობინების ვერსია ჯერ არ არსებობს (ენა: { $language }), ამიტომ ის ინგლისურადაა დაწერილი.
message-where-email = გაგზავნეთ ელფოსტით მისამართზე { $address }.
message-where-form = დააკოპირეთ და ჩასვით ფორმაში: { $url }
message-where-postal = ამობეჭდეთ, მოაწერეთ ხელი და გაგზავნეთ ფოსტით ზემოთ მითითებულ მისამართზე.
message-where-in-app = დააკოპირეთ და ჩასვით { $platform }-ის მხარდაჭერის ფორმაში, აპში.
message-to = ვის: { $address }
message-subject = თემა: { $subject }
message-missing = ჯერ არ გიპასუხიათ: { $fields }
message-privacy = აქ მიცემული პასუხები თქვენს სესიასთან ერთად მხოლოდ მაშინ ინახება, თუ ამაზე დათანხმდით; `reachout sessions clear` მათ წაშლის.
message-file-translation = ---- ეს შეტყობინების ნაწილი არ არის: იგივე თარგმანში, თქვენთვის წასაკითხად (ენა: { $language }) ----
mailto-too-long = ეს შეტყობინება ელფოსტის ბმულისთვის ზედმეტად გრძელია; დააჭირეთ c-ს, რომ დააკოპიროთ, და ჩასვით ახალ წერილში მისამართზე { $address }.
mailto-not-email = ელფოსტის პროგრამაში მხოლოდ ელფოსტა იხსნება; შეტყობინების დასაკოპირებლად დააჭირეთ c-ს.
status-saved-two = შენახულია: { $path } და { $other }
status-copied-message = შეტყობინება დაკოპირდა ({ $count } სიმბოლო); ჩასვით იქ, სადაც უნდა გაიგზავნოს.
status-sent-message = შეტყობინება ({ $count } სიმბოლო) გაიგზავნა ტერმინალის ბუფერში. თუ არაფერი ჩაისმება, დააჭირეთ s-ს, რომ ფაილად შეინახოთ; გასვლისას ის ტერმინალშიც დაიბეჭდება.

does-change-answer = ამ პასუხის შეცვლა
does-next-question = შემდეგი კითხვა
does-previous-question = წინა კითხვა
does-copy-message = შეტყობინების კოპირება
does-copy-subject = თემის კოპირება
does-save-message = ფაილად შენახვა
does-back-to-result = შედეგზე დაბრუნება
does-cursor = პასუხში გადაადგილება
does-pick-answer = პასუხის არჩევა
help-on-message = შეტყობინების წერისას

# Asked once, before the first question of a message
consent-title = შევინახოთ თქვენი პასუხები?
consent-text = შეტყობინებისთვის აკრეფილი ტექსტი შეიძლება პირადი იყოს. შევინახოთ ის თქვენს შენახულ სესიასთან ერთად, რომ დაბრუნებისას დაგხვდეთ? თუ არა, ის არსად შეინახება და პროგრამიდან გასვლისას გაქრება.

## Line mode: writing the message

plain-draft-question = გსურთ, reachout-მა შეტყობინება თქვენთვის დაწეროს?
plain-draft-help = ის რამდენიმე კითხვას დაგისვამთ და შეტყობინებას დაწერს; არაფერი გაიგზავნება.
# $number: the way's number above; $kind: "Email"; $label: the way's own name
plain-draft-choice = შეტყობინების დაწერა: გზა { $number } ({ $kind }: { $label })
plain-draft-skip = არა, გმადლობთ
plain-draft-field = კითხვა { $number } { $count }-დან: { $ask }
plain-draft-skip-empty = გამოსატოვებლად ცარიელ ხაზზე დააჭირეთ Enter-ს.
plain-draft-what-now = ახლა რა გსურთ?
plain-draft-save = ფაილად შენახვა
plain-draft-change = პასუხის შეცვლა
plain-draft-another = სხვა შეტყობინების დაწერა
plain-draft-done = დასრულება
plain-draft-which = რომელი პასუხის შეცვლა გსურთ?
plain-consent-yes = დიახ, შეინახეთ ისინი ჩემს სესიასთან ერთად
plain-consent-no = არა, წაშალეთ ისინი, როცა გავალ
plain-saved = შენახულია: { $path }
plain-save-failed = ვერ შეინახა: { $reason }
# when a typed answer is needed: $back and $quit are the words above
plain-draft-help-words = აკრიფეთ თქვენი პასუხი და დააჭირეთ Enter-ს. { $back } — ერთი კითხვით უკან, { $quit } — შეწყვეტა.
# a question answered before: $answer is that answer
plain-draft-now = ამჟამად: { $answer }. მის დასატოვებლად დააჭირეთ Enter-ს.
message-no-subject = თემა მხოლოდ ელფოსტას აქვს; c შეტყობინებას აკოპირებს.
# an unselected card whose way carries a message to write
card-has-message = ✎ დასაწერი შეტყობინება
does-type-answer = თქვენი პასუხი
help-answering = შეტყობინების კითხვებზე პასუხისას
message-left-empty = (ცარიელი დარჩა)
does-change = შეცვლა
does-open-message = ელფოსტის პროგრამის ან ფორმის გახსნა

## Messages of the commands

# $name: what the person typed, in quotes; $names: the platforms, one a line
error-no-guide = reachout-ს არ აქვს სახელმძღვანელო ამისთვის: { $name }. მან იცის ეს პლატფორმები:{ $names }
# $close: the platform whose name is closest to what was typed
error-no-guide-close = reachout-ს არ აქვს სახელმძღვანელო ამისთვის: { $name }. ხომ არ გულისხმობდით: { $close }? მან იცის ეს პლატფორმები:{ $names }
# $reason: what went wrong, as the system says it
error-full-screen = სრული ეკრანის ჩვენება ვერ მოხერხდა: { $reason }. აქამდე მიცემული პასუხები შენახულია; ხაზ-ხაზ პასუხისთვის გაუშვით `reachout --plain`.
# the column heads of `reachout list`
list-platform = პლატფორმა
list-names = სახელები
list-situations = სიტუაციები
# `reachout list` on a narrow terminal: a platform and how many situations it covers
list-platform-count = { $count ->
    [one] { $platform } (1 სიტუაცია)
   *[other] { $platform } ({ $count } სიტუაცია)
}
