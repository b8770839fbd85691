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
# $back, $restart, $quit: the first word of each list above
plain-help = აკრიფეთ თქვენი პასუხის ნომერი და დააჭირეთ Enter-ს. სხვა პასუხები: { $back } — ერთი კითხვით უკან, { $restart } — თავიდან დაწყება, { $quit } — შენახვა და გასვლა, ? — ეს დახმარება.
plain-no-back = ეს პირველი კითხვაა; უკან დასაბრუნებელი არაფერია.
plain-restarting = თავიდან ვიწყებთ.
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
status-copied = დაკოპირდა: { $text }
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
does-next-way = დახმარების შემდეგი გზა
does-previous-way = დახმარების წინა გზა
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
help-copy = კოპირებისას ტერმინალს ეთხოვება, ტექსტი ბუფერში ჩასვას; ეს SSH-ითაც მუშაობს. ზოგი ტერმინალი, და tmux, თუ ამისთვის მორგებული არ არის, ამ მოთხოვნას უგულებელყოფს: მაშინ ტექსტი მაუსით მონიშნეთ და თავად დააკოპირეთ.
