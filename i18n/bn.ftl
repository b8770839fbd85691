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
    [one] { $ago } শুরু করা আপনার { $platform } সেশন চালিয়ে যান ({ $count }টি উত্তর)
   *[other] { $ago } শুরু করা আপনার { $platform } সেশন চালিয়ে যান ({ $count }টি উত্তর)
}
start-over = আবার শুরু করুন

## How long ago (for saved sessions)

ago-now = এইমাত্র
ago-minutes = { $count ->
    [one] { $count } মিনিট আগে
   *[other] { $count } মিনিট আগে
}
ago-hours = { $count ->
    [one] { $count } ঘণ্টা আগে
   *[other] { $count } ঘণ্টা আগে
}
ago-days = { $count ->
    [one] { $count } দিন আগে
   *[other] { $count } দিন আগে
}

## An outcome, as printed and saved

outcome-warning = শুরু করার আগে:
outcome-action = এখন যা করবেন:
outcome-prepare = এগুলো হাতের কাছে রাখুন:
outcome-channels = { $count ->
    [one] কোথায় সাহায্য পাবেন ({ $count }টি উপায়):
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
plain-words-save = সেভ, সংরক্ষণ
# $back, $restart, $quit: the first word of each list above
plain-help = আপনার উত্তরের নম্বর লিখে Enter চাপুন; প্রথম প্রশ্নে অ্যাপের নামও লিখতে পারেন। অন্য উত্তর: “{ $back }” লিখলে এক প্রশ্ন পেছনে যাবেন, “{ $restart }” লিখলে আবার শুরু হবে, “{ $quit }” লিখলে সেভ করে বন্ধ হবে, “?” লিখলে এই সাহায্য দেখাবে, আর / দিয়ে কয়েকটি শব্দ লিখলে (যেমন: / হ্যাক ছবি) সব উত্তরের মধ্যে খোঁজা হবে। ইংরেজি শব্দগুলোও (b, r, q) কাজ করে।
plain-no-back = এটিই প্রথম প্রশ্ন; পেছনে যাওয়ার কিছু নেই।
plain-restarting = আবার শুরু করা হচ্ছে।
plain-search-found = { $count ->
    [one] { $count }টি উত্তরে এই শব্দগুলো আছে:
   *[other] { $count }টি উত্তরে এই শব্দগুলো আছে, সবচেয়ে ভালো মিলটি প্রথমে:
}
plain-search-partial = { $count ->
    [one] কোনো উত্তরে এই সব শব্দ একসঙ্গে নেই; এই উত্তরটিতে কয়েকটি আছে:
   *[other] কোনো উত্তরে এই সব শব্দ একসঙ্গে নেই; এগুলোতে কয়েকটি আছে, সবচেয়ে কাছেরটি প্রথমে:
}
plain-search-none = কিছু মেলেনি। অন্য শব্দ লিখে দেখুন, যেমন: / হ্যাক, / মারা গেছেন, / কপিরাইট (ইংরেজিতেও: / hacked, / died, / copyright)।
plain-search-pick = সেখানে যেতে একটি উত্তরের নম্বর লিখুন, অথবা প্রশ্নে ফিরে যেতে শুধু Enter চাপুন।
# after an outcome; "s" is the first word of plain-words-save
plain-save-offer = এই উত্তরটি একটি ফাইলে সেভ করবেন? “সেভ” (বা s) লিখে Enter চাপুন, অথবা শেষ করতে শুধু Enter চাপুন।
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
status-copied = ক্লিপবোর্ডে কপি হয়েছে: { $text }
# the text itself is shown on the lines below this message
status-sent-to-terminal = টার্মিনালের ক্লিপবোর্ডে পাঠানো হয়েছে। পেস্ট না হলে, নিচের লেখাটি মাউস দিয়ে সিলেক্ট করে কপি করুন:
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
    [one] { $count }টি উপায়
   *[other] { $count }টি উপায়
}
screen-expect = যা আশা করতে পারেন
# on a short screen, in place of the list, which follows the ways to get help
screen-prepare-later = { $count ->
    [one] এগুলো হাতের কাছে রাখুন: { $count }টি জিনিস, তালিকা আরও নিচে।
   *[other] এগুলো হাতের কাছে রাখুন: { $count }টি জিনিস, তালিকা আরও নিচে।
}
screen-warning = শুরু করার আগে
card-copy-open = c কপি · o খুলুন
card-copy = c কপি

## Search

search-prompt = খুঁজুন:
search-all = মোট { $total }টি উত্তর। শব্দ লিখুন, যেমন: হ্যাক, মারা গেছেন, কপিরাইট (ইংরেজিতেও: hacked, died, copyright)।
search-none = কিছু মেলেনি। কম বা অন্য শব্দ লিখে দেখুন, যেমন: হ্যাক, মারা গেছেন, কপিরাইট (ইংরেজিতেও: hacked, died, copyright)।
search-some = { $total ->
    [one] { $total }টি উত্তরের মধ্যে { $count }টি মিলেছে।
   *[other] { $total }টি উত্তরের মধ্যে { $count }টি মিলেছে।
}
search-first-question = (প্রথম প্রশ্ন)
search-partial = { $count ->
    [one] কোনো উত্তরে এই সব শব্দ একসঙ্গে নেই; এই উত্তরটিতে কয়েকটি আছে।
   *[other] কোনো উত্তরে এই সব শব্দ একসঙ্গে নেই; এই { $count }টিতে কয়েকটি আছে, সবচেয়ে কাছেরটি প্রথমে।
}

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
does-next-way = সাহায্যের পরের উপায় (শেষটির পরে আবার প্রথমটি)
does-previous-way = সাহায্যের আগের উপায় (প্রথমটির আগে শেষটি)
does-next-way-down = সাহায্যের পরের উপায়, তারপর আরও নিচে
does-previous-way-up = সাহায্যের আগের উপায়, তারপর আরও ওপরে
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
help-copy = c দিয়ে কপি: ডেস্কটপ আছে এমন কম্পিউটারে লেখাটি সরাসরি ক্লিপবোর্ডে যায়। অন্য জায়গায়, যেমন SSH-এর মাধ্যমে, reachout আপনার টার্মিনালকে কপি করতে বলে, কিন্তু কপি হলো কি না তা জানতে পারে না: কিছু টার্মিনাল, এবং সেট আপ না করা tmux, এই অনুরোধ উপেক্ষা করে। তাই লেখাটি স্ক্রিনের নিচেও দেখানো হয়: মাউস দিয়ে সেটি সিলেক্ট করে নিজে কপি করুন।

## Saved sessions: resuming, the list of them, and what is said about saving

ago-weeks = { $count ->
    [one] { $count } সপ্তাহ আগে
   *[other] { $count } সপ্তাহ আগে
}
# a session saved long ago: its date, like 2026-05-01 (reads after "from" and "saved")
ago-date = { $date } তারিখে

# the right end of the title bar on the resume question and the list of saved sessions
title-saved = সেভ করা সেশন
# The resume question's third choice, when more than one session is saved
resume-see-all = সব সেভ করা সেশন দেখুন
# Under the resume question. $answers: the platform, then each answer chosen, like
# "Instagram › I was hacked › No, I can't log in"
resume-answers = এ পর্যন্ত আপনার উত্তর: { $answers }
saved-question = কোন সেভ করা সেশনটি খুলতে চান?
saved-help = নতুনগুলো আগে। অসমাপ্ত সেশন যেখানে থেমেছিলেন সেখান থেকে চলবে; শেষ হওয়া সেশন আবার তার ফলাফল দেখাবে। কিছুই মোছা হয় না।
# One saved session in the list. $platform: "Instagram"; $ago: "2 hours ago";
# $answer: the last answer chosen, or the result of a finished session;
# $state: unfinished, open (in another window now), aside (set aside by starting over) or finished
saved-session = { $state ->
    [finished] { $platform }, { $ago } শেষ হয়েছে: { $answer }
    [aside] { $platform }, সরিয়ে রাখা, { $ago } সেভ করা: { $answer }
    [open] { $platform }, অন্য একটি উইন্ডোতে খোলা, { $ago } সেভ করা: { $answer }
   *[unfinished] { $platform }, অসমাপ্ত, { $ago } সেভ করা: { $answer }
}

# $platform: "Instagram"; $count: how many of the saved answers still apply
guide-updated-all = এর মধ্যে { $platform } গাইডটি আপডেট হয়েছে; আপনার সব উত্তর এখনও প্রযোজ্য।
guide-updated = { $count ->
    [0] { $platform } গাইডটি আপডেট হয়েছে; আপনার কোনো উত্তর আর প্রযোজ্য নয়।
    [one] { $platform } গাইডটি আপডেট হয়েছে; আপনার প্রথম উত্তরটি এখনও প্রযোজ্য।
   *[other] { $platform } গাইডটি আপডেট হয়েছে; আপনার প্রথম { $count }টি উত্তর এখনও প্রযোজ্য।
}
guide-misfit = { $count ->
    [0] কিছু সেভ করা উত্তর { $platform } গাইডের সঙ্গে মেলে না; আপনার কোনো উত্তর আর প্রযোজ্য নয়।
    [one] কিছু সেভ করা উত্তর { $platform } গাইডের সঙ্গে মেলে না; আপনার প্রথম উত্তরটি এখনও প্রযোজ্য।
   *[other] কিছু সেভ করা উত্তর { $platform } গাইডের সঙ্গে মেলে না; আপনার প্রথম { $count }টি উত্তর এখনও প্রযোজ্য।
}
session-no-longer-fits = আপনার সেভ করা { $platform } সেশনটি আপডেট হওয়া গাইডের সঙ্গে আর মেলে না, তাই আপনি নতুন করে শুরু করছেন; `reachout sessions` এখনও সেটি তালিকায় দেখায়।
session-none-to-resume = চালিয়ে যাওয়ার মতো কোনো অসমাপ্ত সেশন নেই; নতুন একটি শুরু হচ্ছে।
session-open-elsewhere = আপনার { $platform } সেশনটি অন্য একটি উইন্ডোতে খোলা আছে; সেখানে বন্ধ হওয়া পর্যন্ত অপেক্ষা করে এখানে চালিয়ে যেতে পারেন, অথবা আবার শুরু করতে পারেন।
session-wait = { $count ->
    [one] অন্য উইন্ডোটির জন্য অপেক্ষা করুন, তারপর আপনার { $platform } সেশন চালিয়ে যান ({ $count }টি উত্তর)
   *[other] অন্য উইন্ডোটির জন্য অপেক্ষা করুন, তারপর আপনার { $platform } সেশন চালিয়ে যান ({ $count }টি উত্তর)
}
session-still-open = আপনার { $platform } সেশনটি এখনও অন্য একটি উইন্ডোতে খোলা; সেখানে বন্ধ হলে এখানকার উত্তরগুলো সেভ হবে।
session-kept-apart = আপনার { $platform } সেশনটি তখনও অন্য একটি উইন্ডোতে খোলা ছিল, তাই এখানকার উত্তরগুলো একটি নতুন সেশন হিসেবে রাখা হয়েছে।

# Saving that did not happen. $path: a folder or file; $reason: one of the why-… below,
# or the system's own words; $env: REACHOUT_STATE_DIR
session-no-home = আপনার উত্তর সেভ করা যাচ্ছে না: সেগুলো রাখার মতো কোনো হোম ফোল্ডার নেই। সেভ না করেই চালিয়ে যাওয়া হচ্ছে; উত্তর রাখতে { $env }-কে একটি ফোল্ডারে সেট করুন।
session-no-state-dir = আপনার উত্তর সেভ করা যাচ্ছে না: এই সিস্টেমে কোনো স্টেট ফোল্ডার (state directory) নেই। সেভ না করেই চালিয়ে যাওয়া হচ্ছে; উত্তর রাখতে { $env }-কে একটি ফোল্ডারে সেট করুন।
session-cannot-read-dir = { $path } ফোল্ডারে সেভ করা সেশনগুলো পড়া যাচ্ছে না: { $reason }। সেভ না করেই চালিয়ে যাওয়া হচ্ছে।
session-cannot-save = আপনার উত্তর সেভ করা যাচ্ছে না ({ $path }): { $reason }। সেভ না করেই চালিয়ে যাওয়া হচ্ছে।
session-cannot-set-aside = অসমাপ্ত সেশন { $path } সরিয়ে রাখা যাচ্ছে না: { $reason }।
session-folder-refused = আপনার উত্তর সেভ হয়নি: { $reason }।
session-disk-full = আপনার উত্তর সেভ করা যায়নি: ডিস্ক পূর্ণ। জায়গা হলে সেগুলো সেভ হবে।
# $max: 10000
session-too-long = আপনার উত্তর সেভ করা যায়নি: একটি সেশনে এত উত্তর রাখা যায় না (সর্বোচ্চ { $max }টি); আগে সেভ করা উত্তরগুলো রাখা আছে।

# Why something could not be done, as the end of a sentence ("…: permission denied")
why-not-found = এটি নেই
why-permission-denied = অনুমতি নেই
why-is-directory = এটি একটি ফোল্ডার
why-read-only = ডিস্কটি শুধু পড়া যায় (read-only)
why-disk-full = ডিস্ক পূর্ণ
why-too-long = একটি সেশনে এত উত্তর রাখা যায় না (সর্বোচ্চ { $max }টি)
why-foreign-folder = { $path } অন্য একজন ব্যবহারকারীর; { $env }-কে আপনার নিজের একটি ফোল্ডারে সেট করুন
why-open-folder = অন্য ব্যবহারকারীরা { $path } বদলাতে পারেন; `chmod 700 { $path }` দিয়ে এটি ব্যক্তিগত করুন, অথবা { $env }-কে আপনার নিজের একটি ফোল্ডারে সেট করুন
why-symlink = { $path } একটি সিম্বলিক লিংক, যা reachout অনুসরণ করে না; এটি সরিয়ে ফেলুন
why-not-folder = { $path } কোনো ফোল্ডার নয়; এটি সরিয়ে ফেলুন

# A session file that cannot be used; one of damaged-kept or damaged-not-moved follows.
# $file: its path
damaged-empty = সেশন ফাইল { $file } খালি।
damaged-truncated = সেশন ফাইল { $file } অসম্পূর্ণ; এটি পুরোপুরি সেভ হয়নি।
damaged-too-large = সেশন ফাইল { $file } যেকোনো সেশনের চেয়ে বড় ({ $size } বাইট)।
damaged-too-many = সেশন ফাইল { $file }: এতে { $count }টি উত্তর আছে, একটি সেশনে যত রাখা যায় তার চেয়ে বেশি ({ $max })।
damaged-not-text = সেশন ফাইল { $file } কোনো reachout সেশন নয় (এটি টেক্সট নয়)।
damaged-not-session = সেশন ফাইল { $file } কোনো reachout সেশন নয় (এটি `Session(` দিয়ে শুরু হয় না)।
# $found, $format: numbers of file formats
damaged-newer = সেশন ফাইল { $file } reachout-এর একটি নতুন সংস্করণে সেভ করা (ফরম্যাট { $found }; এই সংস্করণ ফরম্যাট { $format } পড়ে)।
# $reason: where and what, in the words of the file format's reader
damaged-shape = সেশন ফাইল { $file } এমন সেশন নয় যা এই reachout বোঝে: { $reason }।
damaged-symlink = সেশন ফাইল { $file } একটি সিম্বলিক লিংক, যা reachout অনুসরণ করে না।
damaged-not-regular = { $kind ->
    [directory] সেশন ফাইল { $file } সাধারণ ফাইল নয় (এটি একটি ফোল্ডার)।
    [pipe] সেশন ফাইল { $file } সাধারণ ফাইল নয় (এটি একটি named pipe)।
    [socket] সেশন ফাইল { $file } সাধারণ ফাইল নয় (এটি একটি সকেট)।
    [device] সেশন ফাইল { $file } সাধারণ ফাইল নয় (এটি একটি ডিভাইস)।
   *[other] সেশন ফাইল { $file } সাধারণ ফাইল নয়।
}
damaged-other-user = সেশন ফাইল { $file } অন্য একজন ব্যবহারকারীর।
damaged-open-to-others = সেশন ফাইল { $file } অন্য ব্যবহারকারীরা বদলাতে পারেন।
damaged-unreadable = সেশন ফাইল { $file } পড়া যাচ্ছে না: { $reason }।
damaged-kept = এটি { $kept } নামে রাখা হয়েছে এবং ব্যবহার করা হচ্ছে না।
damaged-not-moved = এটি সরিয়ে রাখা যায়নি ({ $reason }); এটি ব্যবহার করা হচ্ছে না।

# When reachout stops before a result. $ending: quit, input-ended or stopped
bye-saved = { $ending ->
    [input-ended] শেষ প্রশ্নের উত্তর দেওয়ার আগেই ইনপুট শেষ হয়ে গেছে। আপনার উত্তর সেভ করা আছে; চালিয়ে যেতে `reachout --resume` চালান।
    [stopped] থামানো হয়েছে। আপনার উত্তর সেভ করা আছে; চালিয়ে যেতে `reachout --resume` চালান।
   *[quit] আপনার উত্তর সেভ করা আছে; চালিয়ে যেতে `reachout --resume` চালান।
}
bye-unsaved = { $ending ->
    [input-ended] শেষ প্রশ্নের উত্তর দেওয়ার আগেই ইনপুট শেষ হয়ে গেছে। আপনার উত্তর সেভ করা যায়নি।
    [stopped] থামানো হয়েছে। আপনার উত্তর সেভ করা যায়নি।
   *[quit] আপনার উত্তর সেভ করা যায়নি।
}
# $reason: why-disk-full or why-too-long
bye-unsaved-because = { $ending ->
    [input-ended] শেষ প্রশ্নের উত্তর দেওয়ার আগেই ইনপুট শেষ হয়ে গেছে। আপনার উত্তর সেভ করা যায়নি: { $reason }।
    [stopped] থামানো হয়েছে। আপনার উত্তর সেভ করা যায়নি: { $reason }।
   *[quit] আপনার উত্তর সেভ করা যায়নি: { $reason }।
}
bye-input-ended = শেষ প্রশ্নের উত্তর দেওয়ার আগেই ইনপুট শেষ হয়ে গেছে।
bye-stopped = থামানো হয়েছে।
bye-outcome-unsaved = আপনি ফলাফলে পৌঁছেছেন, কিন্তু আপনার উত্তর সেভ করা যায়নি।
bye-outcome-unsaved-because = আপনি ফলাফলে পৌঁছেছেন, কিন্তু আপনার উত্তর সেভ করা যায়নি: { $reason }।

## reachout sessions: the list, opening one, clearing them

sessions-none = { $path } ফোল্ডারে কোনো সেভ করা সেশন নেই।
sessions-heading = { $path } ফোল্ডারে সেভ করা সেশন, নতুনগুলো আগে:
# the columns of the list of saved sessions
sessions-head-number = #
sessions-head-platform = প্ল্যাটফর্ম
sessions-head-answers = উত্তর
sessions-head-saved = সেভের সময়
sessions-head-state = অবস্থা
sessions-state-finished = শেষ হয়েছে
sessions-state-aside = সরিয়ে রাখা (আবার শুরু করা হয়েছিল)
sessions-state-next = অসমাপ্ত; `reachout --resume` এটি চালিয়ে যায়
sessions-state-unfinished = অসমাপ্ত
sessions-open-hint = `reachout sessions open NUMBER` এগুলোর একটি আবার খোলে (NUMBER-এর জায়গায় তার নম্বর লিখুন)।
sessions-damaged = { $count ->
    [one] পড়া যায়নি এমন { $count }টি নষ্ট ফাইলও সেখানে রাখা আছে; `reachout sessions clear` সেটি মুছে ফেলে।
   *[other] পড়া যায়নি এমন { $count }টি নষ্ট ফাইলও সেখানে রাখা আছে; `reachout sessions clear` সেগুলো মুছে ফেলে।
}
# After "error: ". $reason: why-no-home or why-no-state-dir; $env: REACHOUT_STATE_DIR
sessions-nowhere = সেশন কোথায় রাখা হয় তা খুঁজে পাওয়া যাচ্ছে না: { $reason }। { $env }-কে একটি ফোল্ডারে সেট করুন।
why-no-home = সেগুলো রাখার মতো কোনো হোম ফোল্ডার নেই
why-no-state-dir = এই সিস্টেমে কোনো স্টেট ফোল্ডার (state directory) নেই
sessions-cannot-read = { $path } ফোল্ডারে সেভ করা সেশনগুলো পড়া যাচ্ছে না: { $reason }।
# $number: what was typed after `sessions open`; $count: how many sessions there are
sessions-no-such = { $count ->
    [0] খোলার মতো কোনো সেভ করা সেশন নেই।
    [one] { $number } নম্বর সেশন নেই: শুধু { $count }টি সেভ করা আছে (`reachout sessions` সেটি দেখায়)।
   *[other] { $number } নম্বর সেশন নেই: 1 থেকে { $count }-এর মধ্যে বেছে নিন (`reachout sessions` সেগুলো দেখায়)।
}
sessions-not-loaded = { $number } নম্বর সেশনটি { $platform }-এর, কিন্তু এই reachout-এ { $platform }-এর কোনো গাইড নেই।

# What `sessions clear` removes. $sessions: saved sessions; $others: damaged or
# leftover files (one of them may be 0, not both)
sessions-files = { $others ->
    [0] { $sessions ->
        [one] { $sessions }টি সেভ করা সেশন
       *[other] { $sessions }টি সেভ করা সেশন
    }
   *[other] { $sessions ->
        [0] { $others ->
            [one] { $others }টি নষ্ট বা অবশিষ্ট ফাইল
           *[other] { $others }টি নষ্ট বা অবশিষ্ট ফাইল
        }
        [one] { $sessions }টি সেভ করা সেশন এবং { $others ->
            [one] { $others }টি নষ্ট বা অবশিষ্ট ফাইল
           *[other] { $others }টি নষ্ট বা অবশিষ্ট ফাইল
        }
       *[other] { $sessions }টি সেভ করা সেশন এবং { $others ->
            [one] { $others }টি নষ্ট বা অবশিষ্ট ফাইল
           *[other] { $others }টি নষ্ট বা অবশিষ্ট ফাইল
        }
    }
}
clear-confirm = { $path } থেকে { sessions-files } মুছে ফেলবেন? এটি আর ফেরানো যাবে না। [হ্যাঁ/না]
# What counts as yes to that question, separated by commas (the English ones work too)
clear-yes-words = হ্যাঁ, হ্যা, হাঁ
# After "error: "
clear-refused = নিশ্চিত না করা পর্যন্ত { sessions-files } মোছা হচ্ছে না: ইনপুট কোনো টার্মিনাল নয়। মুছতে --yes যোগ করুন।
clear-nothing = কিছুই মোছা হয়নি।
clear-cannot = { $path } ফোল্ডারে সেভ করা সেশনগুলো মোছা যায়নি: { $reason }।
# $count: files removed; $leftovers: how many of them an interrupted save left
clear-removed = { $leftovers ->
    [0] { $count ->
        [one] { $path } থেকে { $count }টি ফাইল মোছা হয়েছে।
       *[other] { $path } থেকে { $count }টি ফাইল মোছা হয়েছে।
    }
    [one] { $count ->
        [one] { $path } থেকে { $count }টি ফাইল মোছা হয়েছে (সেটি মাঝপথে থেমে যাওয়া একটি সেভ থেকে রয়ে গিয়েছিল)।
       *[other] { $path } থেকে { $count }টি ফাইল মোছা হয়েছে (এর মধ্যে 1টি মাঝপথে থেমে যাওয়া একটি সেভ থেকে রয়ে গিয়েছিল)।
    }
   *[other] { $path } থেকে { $count }টি ফাইল মোছা হয়েছে (এর মধ্যে { $leftovers }টি মাঝপথে থেমে যাওয়া সেভ থেকে রয়ে গিয়েছিল)।
}
clear-kept-open = { $file } রাখা হয়েছে: এটি অন্য একটি উইন্ডোতে খোলা।
clear-failed = { $file } মোছা যায়নি: { $reason }।
## Writing the message for them (a draft on a way to get help)

# the card header and the footer, when the selected card has a message to write
card-write = w মেসেজ লিখুন
does-write = মেসেজ লিখুন
draft-none = এখানে লেখার মতো কোনো মেসেজ নেই।
draft-not-this-card = সাহায্যের এই উপায়ে লেখার মতো কোনো মেসেজ নেই; Tab চাপলে পরেরটিতে যাবেন।
title-message = মেসেজ
# the first line of each question: $number of $count
draft-question-count = মেসেজ লেখা হচ্ছে · প্রশ্ন { $number } (মোট { $count })
draft-optional = এটি খালি রাখতে পারেন।
hint-date = তারিখটি বছর-মাস-দিন হিসেবে লিখুন, যেমন { $today }।
hint-email = একটি ইমেইল ঠিকানা, যেমন name@example.com।
hint-phone = + ও দেশের কোডসহ, যেমন +995 555 12 34 56।
hint-username = অ্যাকাউন্টের নাম (ইউজারনেম), @ সহ বা ছাড়া।
hint-url = পুরো ওয়েব ঠিকানা, https:// দিয়ে শুরু।

# Why an answer will not do: one sentence each
answer-empty = এই উত্তরটি মেসেজে যাবে; অনুগ্রহ করে এটি লিখুন।
answer-not-a-date = এটি কোনো তারিখ নয়; বছর-মাস-দিন হিসেবে লিখুন, যেমন { $today }।
answer-in-the-future = এই তারিখটি আজকের পরে; অনুগ্রহ করে যেদিন ঘটনাটি ঘটেছে সেই দিনটি দিন।
answer-not-an-email = এটি কোনো ইমেইল ঠিকানা নয়; ইমেইল ঠিকানা দেখতে এমন: name@example.com।
answer-not-a-phone = এটি কোনো ফোন নম্বর নয়; + ও দেশের কোডসহ লিখুন, যেমন +995 555 12 34 56।
answer-not-a-username = অ্যাকাউন্টের নামে শুধু অক্ষর, সংখ্যা, ডট, ড্যাশ ও আন্ডারস্কোর থাকে, যেমন @ana.k।
answer-not-a-url = এটি কোনো ওয়েব ঠিকানা নয়; https:// দিয়ে শুরু হওয়া পুরো ঠিকানাটি দিন।
answer-not-a-choice = অনুগ্রহ করে নম্বর দিয়ে একটি উত্তর বেছে নিন, 1 থেকে { $count } পর্যন্ত।
answer-too-long = মেসেজের জন্য এটি খুব লম্বা; অনুগ্রহ করে { $max } অক্ষরের কম রাখুন।

# The finished message
message-title = { $platform }-কে আপনার মেসেজ
message-answers = আপনার উত্তর
message-change-hint = ↑↓ দিয়ে একটি উত্তর বাছুন, Enter চেপে সেটি বদলান; ওপরের মেসেজটিও সঙ্গে সঙ্গে বদলে যাবে।
# $language: "English", "Russian"
message-sent = মেসেজটি, ঠিক যেভাবে পাঠানো হবে ({ $language } ভাষায়)
message-translation = একই মেসেজ { $language } ভাষায়, শুধু আপনার পড়ার জন্য (এই অংশটি পাঠাবেন না)
message-not-translated = এই মেসেজটি এখনও { $language } ভাষায় নেই, তাই এটি ইংরেজিতে লেখা হয়েছে।
message-where-email = এটি { $address } ঠিকানায় ইমেইল করে পাঠান।
message-where-form = এটি কপি করে এই ফর্মে পেস্ট করুন: { $url }
message-where-postal = এটি প্রিন্ট করুন, সই করুন এবং ওপরের ঠিকানায় ডাকযোগে পাঠান।
message-where-in-app = এটি কপি করে অ্যাপের ভেতরে { $platform }-এর সহায়তা ফর্মে পেস্ট করুন।
message-to = প্রাপক: { $address }
message-subject = বিষয়: { $subject }
message-missing = এখনও উত্তর বাকি: { $fields }
message-privacy = আপনি রাজি হলে তবেই এখানকার উত্তরগুলো আপনার সেশনের সঙ্গে সেভ হয়; `reachout sessions clear` সেগুলো মুছে ফেলে।
message-file-translation = ---- এটি মেসেজের অংশ নয়: একই লেখা { $language } ভাষায়, শুধু আপনার পড়ার জন্য ----
mailto-too-long = মেইল লিংকের জন্য এই মেসেজটি খুব লম্বা; c চেপে এটি কপি করুন, তারপর { $address } ঠিকানায় একটি নতুন ইমেইলে পেস্ট করুন।
mailto-not-email = শুধু ইমেইল মেইল প্রোগ্রামে খোলে; মেসেজটি কপি করতে c চাপুন।
status-saved-two = সেভ হয়েছে: { $path } এবং { $other }
status-copied-message = মেসেজটি কপি হয়েছে ({ $count } অক্ষর); যেখানে পাঠাবেন সেখানে পেস্ট করুন।
status-sent-message = মেসেজটি ({ $count } অক্ষর) টার্মিনালের ক্লিপবোর্ডে পাঠানো হয়েছে। পেস্ট না হলে, ফাইল হিসেবে সেভ করতে s চাপুন; বন্ধ করার সময় এটি টার্মিনালেও দেখানো হবে।

does-change-answer = এই উত্তরটি বদলান
does-next-question = পরের প্রশ্ন
does-previous-question = আগের প্রশ্ন
does-copy-message = মেসেজটি কপি করুন
does-copy-subject = বিষয়টি কপি করুন
does-save-message = ফাইল হিসেবে সেভ করুন
does-back-to-result = ফলাফলে ফিরে যান
does-cursor = উত্তরের মধ্যে সরুন
does-pick-answer = একটি উত্তর বাছুন
help-on-message = মেসেজ লেখার সময়

# Asked once, before the first question of a message
consent-title = আপনার উত্তরগুলো রেখে দেবেন?
consent-text = মেসেজের জন্য আপনি যা লেখেন, তা ব্যক্তিগত হতে পারে। সেগুলো কি আপনার সেভ করা সেশনের সঙ্গে রেখে দেবেন, যাতে ফিরে এলে সেখানে পান? না রাখলে, বন্ধ করলেই সেগুলো মুছে যাবে।

## Line mode: writing the message

plain-draft-question = আপনি কি চান reachout আপনার হয়ে মেসেজটি লিখে দিক?
plain-draft-help = এটি কয়েকটি প্রশ্ন করে মেসেজটি লিখে দেয়; কিছুই পাঠানো হয় না।
# $number: the way's number above; $kind: "Email"; $label: the way's own name
plain-draft-choice = { $number } নম্বর উপায়ের জন্য মেসেজ লিখুন ({ $kind }: { $label })
plain-draft-skip = না, ধন্যবাদ
plain-draft-field = প্রশ্ন { $number } (মোট { $count }): { $ask }
plain-draft-skip-empty = এটি বাদ দিতে খালি লাইনে Enter চাপুন।
plain-draft-what-now = এখন কী করবেন?
plain-draft-save = ফাইল হিসেবে সেভ করুন
plain-draft-change = একটি উত্তর বদলান
plain-draft-another = আরেকটি মেসেজ লিখুন
plain-draft-done = শেষ
plain-draft-which = কোন উত্তরটি বদলাতে চান?
plain-consent-yes = হ্যাঁ, আমার সেশনের সঙ্গে রেখে দিন
plain-consent-no = না, বন্ধ করার সময় মুছে ফেলুন
plain-saved = সেভ হয়েছে: { $path }
plain-save-failed = সেভ করা গেল না: { $reason }
# when a typed answer is needed: $back and $quit are the words above
plain-draft-help-words = আপনার উত্তর লিখে Enter চাপুন। “{ $back }” লিখলে এক প্রশ্ন পেছনে যাবেন, “{ $quit }” লিখলে থামবে।
# a question answered before: $answer is that answer
plain-draft-now = এখন আছে: { $answer }। এটিই রাখতে Enter চাপুন।
message-no-subject = শুধু ইমেইলের বিষয় থাকে; c চাপলে মেসেজটি কপি হয়।
# an unselected card whose way carries a message to write
card-has-message = ✎ লেখার মতো একটি মেসেজ
does-type-answer = আপনার উত্তর
help-answering = মেসেজের প্রশ্নের উত্তর দেওয়ার সময়
message-left-empty = (খালি রাখা হয়েছে)
does-change = বদলান
does-open-message = এটি দিয়ে মেইল প্রোগ্রাম বা ফর্মটি খুলুন

## Messages of the commands

# $name: what the person typed, in quotes; $names: the platforms, one a line
error-no-guide = reachout-এ { $name } নিয়ে কোনো গাইড নেই। যেগুলোর গাইড আছে:{ $names }
# $close: the platform whose name is closest to what was typed
error-no-guide-close = reachout-এ { $name } নিয়ে কোনো গাইড নেই। আপনি কি { $close } বোঝাতে চেয়েছেন? যেগুলোর গাইড আছে:{ $names }
# $reason: what went wrong, as the system says it
error-full-screen = পূর্ণ স্ক্রিন দেখানো গেল না: { $reason }। এ পর্যন্ত আপনার উত্তর সেভ করা আছে; লাইন ধরে ধরে উত্তর দিতে `reachout --plain` চালান।
# the column heads of `reachout list`
list-platform = প্ল্যাটফর্ম
list-names = নাম
list-situations = পরিস্থিতি
# `reachout list` on a narrow terminal: a platform and how many situations it covers
list-platform-count = { $count ->
    [one] { $platform } ({ $count }টি পরিস্থিতি)
   *[other] { $platform } ({ $count }টি পরিস্থিতি)
}
