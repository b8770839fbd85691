# reachout: the words of the interface, in Bengali (bn).
#
# Machine translation (Claude), December 2026; not reviewed by a native speaker.
# Keep every { $variable } as it is. Plural categories for Bengali (CLDR): one, other.

## Languages, as named in this language

lang-en = ইংরেজি
lang-ka = জর্জিয়ান
lang-bn = বাংলা
lang-pl = পোলিশ
lang-sk = স্লোভাক
lang-ro = রোমানিয়ান
lang-ru = রুশ
lang-uk = ইউক্রেনীয়

## The first questions

picker-question = কোন অ্যাপ বা সাইট নিয়ে আপনার সাহায্য দরকার?
picker-help = অ্যাকাউন্ট বা সমস্যাটি কোথায়, তা বেছে নিন। পরে ফিরে গিয়ে বদলাতে পারবেন।
resume-question = গতবার আপনি মাঝপথে থেমেছিলেন। যেখানে থেমেছিলেন সেখান থেকে চালিয়ে যাবেন?
# $platform: "Instagram"; $ago: "2 hours ago"; $count: answers given so far
resume-choice = { $count ->
    [one] { $ago } শুরু করা আপনার { $platform } সেশন চালিয়ে যান (1টি উত্তর)
   *[other] { $ago } শুরু করা আপনার { $platform } সেশন চালিয়ে যান ({ $count }টি উত্তর)
}
start-over = আবার শুরু করুন

## How long ago (for saved sessions)

ago-now = এইমাত্র
ago-minutes = { $count ->
    [one] 1 মিনিট আগে
   *[other] { $count } মিনিট আগে
}
ago-hours = { $count ->
    [one] 1 ঘণ্টা আগে
   *[other] { $count } ঘণ্টা আগে
}
ago-days = { $count ->
    [one] 1 দিন আগে
   *[other] { $count } দিন আগে
}

## An outcome, as printed and saved

outcome-warning = শুরু করার আগে:
outcome-action = এখন যা করবেন:
outcome-prepare = এগুলো হাতের কাছে রাখুন:
outcome-channels = { $count ->
    [one] কোথায় সাহায্য পাবেন (1টি উপায়):
   *[other] কোথায় সাহায্য পাবেন ({ $count }টি উপায়):
}
outcome-expect = যা আশা করতে পারেন:
outcome-answers = আপনার উত্তর:

## Kinds of channel

kind-form = অনলাইন ফর্ম
kind-web = ওয়েব পেজ
kind-email = ইমেইল
kind-phone = ফোন
kind-postal = ডাকযোগে চিঠি
kind-in-app = ধাপে ধাপে

## A channel's details

channel-step = ধাপ { $number }: { $step }
channel-note = নোট: { $note }
channel-source = উৎস: { $source }
# $title: a page's own title, never translated; $url: its address
source-page = { $title } ({ $url })
# $language: the name of a language, e.g. "Georgian"
source-article = { $title } ({ $language } ভাষায় একটি গাইড)
# $date: when the source was last read, like 2026-12
channel-checked = যাচাই করা হয়েছে { $date }: { $confidence }।
confidence-official = প্ল্যাটফর্মের নিজের পেজে নিশ্চিত
confidence-seed = একটি প্রকাশিত গাইড থেকে নেওয়া, প্ল্যাটফর্মের নিজের পেজে নিশ্চিত নয়
confidence-third-party = শুধু অন্য ওয়েবসাইটে এর উল্লেখ আছে; প্ল্যাটফর্মের নিজের পেজে নিশ্চিত নয়

## Line mode (--plain): typed words

# Words a person may type, separated by commas. The English ones always work too.
plain-words-back = পেছনে, ফিরুন
plain-words-restart = আবার, নতুন করে
plain-words-quit = বন্ধ, বের হন
plain-words-help = ?, সাহায্য
# $back, $restart, $quit: the first word of each list above
plain-help = আপনার উত্তরের নম্বর লিখে Enter চাপুন। অন্য উত্তর: “{ $back }” লিখলে এক প্রশ্ন পেছনে যাবেন, “{ $restart }” লিখলে আবার শুরু হবে, “{ $quit }” লিখলে সেভ করে বন্ধ হবে, “?” লিখলে এই সাহায্য দেখাবে। ইংরেজি শব্দগুলোও (b, r, q) কাজ করে।
plain-no-back = এটিই প্রথম প্রশ্ন; পেছনে যাওয়ার কিছু নেই।
plain-restarting = আবার শুরু করা হচ্ছে।
plain-invalid = অনুগ্রহ করে 1 থেকে { $count } পর্যন্ত একটি নম্বর লিখুন, অথবা পেছনে যেতে “{ $back }”, আবার শুরু করতে “{ $restart }”, বন্ধ করতে “{ $quit }”, সাহায্যের জন্য “?”।

## run (scripts)

# $platform: "Instagram"
run-pending = { $platform }: এ পর্যন্ত দেওয়া উত্তরগুলো একটি প্রশ্নে গিয়ে থেমে গেছে।

## The full-screen wizard: the frame

# the right end of the title bar
title-question = প্রশ্ন { $number }
title-result = ফলাফল
title-search = খুঁজুন
crumb-hint = সাহায্য খুঁজে পেতে কয়েকটি প্রশ্নের উত্তর দিন।

## Messages in the status line

status-not-a-key = এখানে এই কী কাজ করে না। সাহায্যের জন্য ? চাপুন।
status-no-such-answer = { $number } নম্বর উত্তর নেই; 1 থেকে { $count }-এর মধ্যে বেছে নিন।
status-nothing-to-restart = এটিই প্রথম প্রশ্ন; আবার শুরু করার কিছু নেই।
# $kind: "Letter by post", "Step by step"
status-nothing-to-open = “{ $kind }”: খোলার মতো কোনো লিংক নেই; কপি করতে c চাপুন।
status-copied = কপি হয়েছে: { $text }
status-copy-failed = কপি করা গেল না: { $reason }
status-opening = খোলা হচ্ছে: { $link }
status-saved = সেভ হয়েছে: { $path }
status-save-failed = সেভ করা গেল না: { $reason }
status-machine-translation = যন্ত্রে করা অনুবাদ: লিংক ও নম্বরগুলো নির্ভুল, তবে ভাষা কিছুটা আড়ষ্ট হতে পারে।

## Opening a link

open-not-a-link = শুধু ওয়েব, মেইল ও ফোনের লিংক খোলা যায়।
open-no-desktop = এখানে কোনো ব্রাউজার নেই (ডেস্কটপ সেশন নেই); লিংকটি কপি করতে c চাপুন।
# $program: "xdg-open"
open-not-installed = লিংক খোলা যাচ্ছে না: { $program } ইনস্টল করা নেই। কপি করতে c চাপুন।
open-cannot-start = { $program } চালু হতে পারেনি: { $reason }। কপি করতে c চাপুন।
open-failed = { $program } লিংকটি খুলতে পারেনি ({ $status })। কপি করতে c চাপুন।

## An outcome on screen

screen-action = এখন যা করবেন
screen-prepare = এগুলো হাতের কাছে রাখুন
screen-channels = কোথায় সাহায্য পাবেন
screen-ways = { $count ->
    [one] 1টি উপায়
   *[other] { $count }টি উপায়
}
screen-expect = যা আশা করতে পারেন
screen-warning = শুরু করার আগে
card-copy-open = c কপি · o খুলুন
card-copy = c কপি

## Search

search-prompt = খুঁজুন:
search-all = মোট { $total }টি উত্তর। শব্দ লিখুন, যেমন: হ্যাক, মারা গেছেন, কপিরাইট (ইংরেজিতেও: hacked, died, copyright)।
search-none = কিছু মেলেনি। কম বা অন্য শব্দ লিখে দেখুন, যেমন: হ্যাক, মারা গেছেন, কপিরাইট (ইংরেজিতেও: hacked, died, copyright)।
search-some = { $total ->
    [one] 1টি উত্তরের মধ্যে { $count }টি মিলেছে।
   *[other] { $total }টি উত্তরের মধ্যে { $count }টি মিলেছে।
}
search-first-question = (প্রথম প্রশ্ন)

## Dialogs

confirm-restart-title = আবার শুরু করবেন?
confirm-restart-text = এ পর্যন্ত দেওয়া আপনার উত্তরগুলো মুছে যাবে, এবং আপনি প্রথম প্রশ্নে ফিরে যাবেন।
confirm-quit-title = reachout বন্ধ করবেন?
confirm-quit-text = আপনি প্রথম প্রশ্নে আছেন।
confirm-yes = হ্যাঁ
confirm-no = না
help-title-scroll = সাহায্য · ↑↓ স্ক্রল · Esc বন্ধ করে
help-title = সাহায্য · Esc বন্ধ করে
too-small-title = টার্মিনাল খুব ছোট
too-small-text = reachout-এর জন্য { $width }×{ $height } দরকার; এটি { $cols }×{ $rows }। উইন্ডো বড় করুন, অথবা বন্ধ করতে q চাপুন।

## Keys: what they are called and what they do

key-enter = Enter
key-backspace = Backspace
key-esc = Esc
key-tab = Tab
key-shift-tab = Shift-Tab
key-page-up = PgUp
key-page-down = PgDn
key-space = স্পেস
key-home = Home
key-end = End
key-ctrl-c = Ctrl-C
key-ctrl-w = Ctrl-W
key-ctrl-u = Ctrl-U
key-type = টাইপ করুন

does-move = সরান
does-choose = বেছে নিন
does-back = পেছনে
does-next-card = পরের কার্ড
does-pick = বাছুন
does-choose-number = নম্বর দিয়ে বেছে নিন
does-up = ওপরে যান
does-down = নিচে যান
does-choose-highlighted = চিহ্নিত উত্তরটি বেছে নিন
does-go-back = এক প্রশ্ন পেছনে যান
does-next-way = সাহায্যের পরের উপায়
does-previous-way = সাহায্যের আগের উপায়
does-copy = কপি
does-open = খুলুন
does-save = সেভ
does-search = খুঁজুন
does-start-over = আবার শুরু
does-help = সাহায্য
does-quit = বন্ধ করুন
does-language = ভাষা
does-words = খোঁজার শব্দ
does-previous-match = আগের মিল
does-next-match = পরের মিল
does-go-there = সেখানে যান
does-delete-letter = একটি অক্ষর মুছুন
does-delete-word = একটি শব্দ মুছুন
does-clear = সব মুছুন
does-close = বন্ধ করুন
does-close-help = সাহায্য বন্ধ করুন
does-yes = হ্যাঁ
does-no = না
does-scroll-up = ওপরে স্ক্রল
does-scroll-down = নিচে স্ক্রল
does-top = একেবারে ওপরে যান
does-bottom = একেবারে নিচে যান
does-quit-now = এখনই বন্ধ করুন

help-on-question = প্রশ্নের স্ক্রিনে
help-on-outcome = উত্তরের স্ক্রিনে
help-in-search = খোঁজার সময়
help-untranslated = [EN] চিহ্নিত লেখার এখনও অনুবাদ হয়নি: সেটি ইংরেজিতে দেখানো হচ্ছে।

## Choosing the language

language-title = ভাষা · Enter বেছে নেয় · Esc বন্ধ করে
help-intro = প্রতিটি প্রশ্নের উত্তর দিন উত্তরের নম্বর চেপে, অথবা সেটিতে গিয়ে Enter চেপে। শেষে দেখবেন কোথায় সাহায্য পাবেন: c দিয়ে ঠিকানা কপি করুন, o দিয়ে লিংক খুলুন, s দিয়ে সবকিছু একটি ফাইলে সেভ করুন। অন্য ভাষা বেছে নিতে L চাপুন; আপনার উত্তরগুলো থেকে যাবে।
help-mouse = মাউস: উত্তরে ক্লিক করলে সেটি বেছে নেওয়া হয়; চাকা দিয়ে স্ক্রল হয়। মাউস দিয়ে লেখা সিলেক্ট করতে, টানার সময় Shift চেপে ধরে রাখুন (বেশিরভাগ টার্মিনালে)।
help-copy = কপি করার সময় টার্মিনালকে লেখাটি ক্লিপবোর্ডে রাখতে বলা হয়; এটি SSH-এর মাধ্যমেও কাজ করে। কিছু টার্মিনাল, এবং বিশেষভাবে সেট আপ না করা tmux, এই অনুরোধ উপেক্ষা করে: তখন মাউস দিয়ে লেখাটি সিলেক্ট করে নিজে কপি করুন।
