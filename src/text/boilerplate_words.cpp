// The word sets of page furniture (declared in boilerplate_lexicon.hpp): one word each, any case.
// Each is a named table a rule asks about; a word list never stands inside a rule.
#include <algorithm>
#include <cstdint>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "boilerplate_lexicon.hpp"
#include "lexicon_ascii.hpp"
#include "lowered_word.hpp"
#include "packed_words.hpp"

namespace whosaid::furniture {
namespace {

using ascii::lower;
std::uint64_t bit(char c) { return std::uint64_t{1} << (static_cast<unsigned char>(c) & 63); }

// A set of lower-case words with a cheap first look: most words of a paragraph differ in length,
// first or last letter from every entry, and skip the hash.
class WordSet {
public:
    explicit WordSet(const lexicon::Words& words) {
        for (std::string_view w : words) {
            set_.insert(w);
            first_ |= bit(w[0]);
            last_ |= bit(w.back());
            shortest_ = std::min(shortest_, w.size());
            longest_ = std::max(longest_, w.size());
        }
    }
    bool has(std::string_view w) const {
        if (w.size() < shortest_ || w.size() > longest_ || !(first_ & bit(lower(w[0]))) ||
            !(last_ & bit(lower(w.back()))))
            return false;
        char buf[24];
        if (w.size() >= sizeof buf) return false;
        for (std::size_t i = 0; i < w.size(); ++i) buf[i] = lower(w[i]);
        return set_.count(std::string_view(buf, w.size())) != 0;
    }

private:
    std::unordered_set<std::string_view> set_;
    std::uint64_t first_ = 0, last_ = 0;
    std::size_t shortest_ = ~std::size_t{0}, longest_ = 0;
};

}  // namespace

// Words of a date, time or reading-time stamp: "Published 14 February 2023", "Updated 19:42 IST",
// "3 hours ago", "4 min read".
constexpr lexicon::Words kStampWords{
    "published" "\0" "updated" "\0" "posted" "\0" "last" "\0" "modified" "\0" "first" "\0" "edited" "\0" "created" "\0" "on" "\0" "at" "\0" "gmt" "\0"
    "bst" "\0" "utc" "\0" "et" "\0" "est" "\0" "edt" "\0" "ct" "\0" "cst" "\0" "cdt" "\0" "mt" "\0" "mst" "\0" "mdt" "\0" "pt" "\0" "pst" "\0" "pdt" "\0" "cet" "\0"
    "cest" "\0" "eet" "\0" "eest" "\0" "ist" "\0" "pkt" "\0" "sgt" "\0" "hkt" "\0" "jst" "\0" "kst" "\0" "aest" "\0" "aedt" "\0" "awst" "\0" "nzst" "\0" "nzdt" "\0"
    "msk" "\0" "wib" "\0" "sast" "\0" "eat" "\0" "wat" "\0" "hrs" "\0" "am" "\0" "pm" "\0" "a.m" "\0" "p.m" "\0" "mon" "\0" "tue" "\0" "tues" "\0" "wed" "\0" "thu" "\0"
    "thur" "\0" "thurs" "\0" "fri" "\0" "sat" "\0" "sun" "\0" "monday" "\0" "tuesday" "\0" "wednesday" "\0" "thursday" "\0" "friday" "\0" "saturday" "\0"
    "sunday" "\0" "jan" "\0" "feb" "\0" "mar" "\0" "apr" "\0" "may" "\0" "jun" "\0" "jul" "\0" "aug" "\0" "sep" "\0" "sept" "\0" "oct" "\0" "nov" "\0" "dec" "\0"
    "january" "\0" "february" "\0" "march" "\0" "april" "\0" "june" "\0" "july" "\0" "august" "\0" "september" "\0" "october" "\0" "november" "\0"
    "december" "\0" "st" "\0" "nd" "\0" "rd" "\0" "th" "\0" "min" "\0" "mins" "\0" "minute" "\0" "minutes" "\0" "sec" "\0" "secs" "\0" "seconds" "\0" "h" "\0" "hr" "\0" "read" "\0"
    "reading" "\0" "time" "\0" "listen" "\0" "ago" "\0" "hour" "\0" "hours" "\0" "day" "\0" "days" "\0" "week" "\0" "weeks" "\0" "just" "\0" "now" "\0"
    "today" "\0" "yesterday" "\0"};
bool stamp_word(std::string_view w) {
    static const WordSet words(kStampWords);
    return words.has(w);
}

// The verbs a stamp opens with, which make it one even without a figure ("Updated just now").
constexpr lexicon::Words kStampVerbs{"published" "\0" "updated" "\0" "posted" "\0" "modified" "\0"};
bool stamp_verb(std::string_view w) {
    static const WordSet words(kStampVerbs);
    return words.has(w);
}

// A row of share and social buttons: "Facebook Twitter WhatsApp Email Print", "Comments 27".
constexpr lexicon::Words kShareWords{
    "share" "\0" "shares" "\0" "facebook" "\0" "twitter" "\0" "x" "\0" "whatsapp" "\0" "email" "\0" "e" "\0" "mail" "\0" "print" "\0" "linkedin" "\0"
    "reddit" "\0" "telegram" "\0" "pinterest" "\0" "messenger" "\0" "copy" "\0" "link" "\0" "tweet" "\0" "comment" "\0" "comments" "\0" "save" "\0"
    "saved" "\0" "gift" "\0" "this" "\0" "article" "\0" "story" "\0" "on" "\0" "via" "\0" "sms" "\0" "flipboard" "\0" "pocket" "\0" "tumblr" "\0"
    "viber" "\0" "threads" "\0" "bluesky" "\0" "mastodon" "\0" "instagram" "\0" "youtube" "\0" "tiktok" "\0" "text" "\0" "size" "\0" "font" "\0"
    "a" "\0" "google" "\0" "bookmark" "\0" "more" "\0" "options" "\0" "close" "\0" "or" "\0"};
bool share_word(std::string_view w) {
    static const WordSet words(kShareWords);
    return words.has(w);
}

// Sections of a news site, alone on a line or strung into a menu: "Politics", "World news",
// "Home News Sport Business Opinion".
constexpr lexicon::Words kSectionWords{
    "home" "\0" "news" "\0" "menu" "\0" "search" "\0" "sections" "\0" "section" "\0" "world" "\0" "uk" "\0" "us" "\0" "u.s" "\0" "india" "\0" "europe" "\0"
    "asia" "\0" "africa" "\0" "americas" "\0" "australia" "\0" "national" "\0" "local" "\0" "regional" "\0" "metro" "\0" "politics" "\0"
    "business" "\0" "economy" "\0" "markets" "\0" "money" "\0" "finance" "\0" "tech" "\0" "technology" "\0" "science" "\0" "health" "\0"
    "sport" "\0" "sports" "\0" "football" "\0" "cricket" "\0" "entertainment" "\0" "culture" "\0" "arts" "\0" "lifestyle" "\0" "travel" "\0"
    "food" "\0" "opinion" "\0" "opinions" "\0" "editorial" "\0" "editorials" "\0" "analysis" "\0" "features" "\0" "video" "\0" "videos" "\0"
    "photos" "\0" "gallery" "\0" "podcasts" "\0" "podcast" "\0" "live" "\0" "latest" "\0" "trending" "\0" "breaking" "\0" "top" "\0" "stories" "\0"
    "elections" "\0" "election" "\0" "climate" "\0" "environment" "\0" "education" "\0" "crime" "\0" "courts" "\0" "weather" "\0"
    "obituaries" "\0" "jobs" "\0" "property" "\0" "motoring" "\0" "more" "\0" "and" "\0" "&" "\0" "explainers" "\0" "explainer" "\0"
    "investigations" "\0" "newsletters" "\0" "e-paper" "\0" "epaper" "\0" "magazine" "\0" "subscribe" "\0" "login" "\0" "register" "\0"
    "world's" "\0"};
bool section_word(std::string_view w) {
    static const WordSet words(kSectionWords);
    return words.has(w);
}

// Words in the names of papers and sites, for a masthead above the headline ("Valley Courier").
constexpr lexicon::Words kMastheadWords{
    "times" "\0" "post" "\0" "herald" "\0" "gazette" "\0" "daily" "\0" "news" "\0" "tribune" "\0" "journal" "\0" "chronicle" "\0" "standard" "\0"
    "telegraph" "\0" "mail" "\0" "express" "\0" "observer" "\0" "guardian" "\0" "independent" "\0" "mirror" "\0" "star" "\0" "record" "\0"
    "courier" "\0" "press" "\0" "review" "\0" "today" "\0" "online" "\0" "wire" "\0" "echo" "\0" "sentinel" "\0" "examiner" "\0" "advertiser" "\0"
    "argus" "\0" "bulletin" "\0" "dispatch" "\0" "globe" "\0" "inquirer" "\0" "ledger" "\0" "leader" "\0" "monitor" "\0" "register" "\0"
    "reporter" "\0" "tribune" "\0" "week" "\0" "weekly" "\0" "magazine" "\0" "network" "\0" "media" "\0" "insider" "\0" "digest" "\0" "voice" "\0"};
bool masthead_word(std::string_view w) {
    static const WordSet words(kMastheadWords);
    return words.has(w);
}

// Photo agencies and wires, whose name alone on a line (or before a slash in a caption's
// brackets) is a credit: "Getty Images", "AFP via Getty Images", "(Reuters/Jane Doe)".
constexpr lexicon::Words kAgencyWords{
    "getty" "\0" "ap" "\0" "afp" "\0" "reuters" "\0" "epa" "\0" "efe" "\0" "pa" "\0" "pti" "\0" "ani" "\0" "ians" "\0" "xinhua" "\0" "tass" "\0"
    "shutterstock" "\0" "alamy" "\0" "istock" "\0" "istockphoto" "\0" "anadolu" "\0" "bloomberg" "\0" "sipa" "\0" "agencies" "\0" "pool" "\0"
    "handout" "\0" "afp/getty" "\0" "ap/shutterstock" "\0"};
bool agency_word(std::string_view w) {
    static const WordSet words(kAgencyWords);
    return words.has(w);
}

// Words that go with an agency's name in a credit line: "Images", "via", "Photo", "File".
constexpr lexicon::Words kCreditFillers{
    "images" "\0" "image" "\0" "via" "\0" "photo" "\0" "photos" "\0" "picture" "\0" "pictures" "\0" "file" "\0" "wire" "\0" "agency" "\0" "courtesy" "\0"
    "supplied" "\0" "screenshot" "\0" "screengrab" "\0" "news" "\0" "press" "\0" "associated" "\0" "the" "\0" "and" "\0"};
bool credit_filler(std::string_view w) {
    static const WordSet words(kCreditFillers);
    return words.has(w);
}

// The words of a sign-up, paywall or consent block, which talks to the reader.
constexpr lexicon::Words kPromoWords{
    "you" "\0" "your" "\0" "you're" "\0" "yours" "\0" "inbox" "\0" "subscribe" "\0" "subscriber" "\0" "subscribers" "\0" "subscription" "\0"
    "unsubscribe" "\0" "newsletter" "\0" "newsletters" "\0" "email" "\0" "cookies" "\0" "cookie" "\0" "consent" "\0" "preferences" "\0"
    "partners" "\0" "privacy" "\0" "personalised" "\0" "personalized" "\0" "sign" "\0" "signing" "\0" "register" "\0" "account" "\0"
    "password" "\0" "donate" "\0" "donation" "\0" "membership" "\0" "trial" "\0" "offer" "\0" "weekday" "\0" "weekly" "\0" "delivered" "\0"};
bool promo_word(std::string_view w) {
    static const WordSet words(kPromoWords);
    return words.has(w);
}

// The words that every notice or credit phrase above holds one of: a line without any of them
// is not searched for the phrases at all (a paragraph of story, most often).
constexpr lexicon::Words kPhraseKeys{
    "newsletter" "\0" "newsletters" "\0" "inbox" "\0" "forum" "\0" "whatsapp" "\0" "privacy" "\0" "terms" "\0" "email" "\0" "unsubscribe" "\0" "agree" "\0"
    "subscribe" "\0" "subscribers" "\0" "unlimited" "\0" "articles" "\0" "journalism" "\0" "recaptcha" "\0" "app" "\0" "google" "\0"
    "notifications" "\0" "cookies" "\0" "cookie" "\0" "browser" "\0" "blocker" "\0" "adblocker" "\0" "pic" "\0" "credit" "\0" "photograph" "\0"
    "picture" "\0" "photo" "\0" "getty" "\0" "afp" "\0" "reuters" "\0" "ap" "\0" "contributed" "\0" "appeared" "\0" "reserved" "\0"
    "broadcast" "\0" "syndicated" "\0" "reproduction" "\0" "expressed" "\0" "those" "\0" "solely" "\0" "financial" "\0" "creative" "\0" "commons" "\0" "story" "\0"
    "gift" "\0"};
bool phrase_key(std::string_view w) {
    static const WordSet words(kPhraseKeys);
    return words.has(w);
}

// Who writes the story, in an author's biography.
constexpr lexicon::Words kJournalistRoles{
    "reporter" "\0" "reporters" "\0" "correspondent" "\0" "writer" "\0" "editor" "\0" "journalist" "\0" "columnist" "\0" "producer" "\0"
    "contributor" "\0" "photographer" "\0" "photojournalist" "\0" "intern" "\0"
    "blogger" "\0" "freelancer" "\0" "freelance" "\0" "stringer" "\0" "videographer" "\0"};
bool journalist_role(std::string_view w) {
    static const WordSet words(kJournalistRoles);
    return words.has(w);
}

// The first word inside a closing bracket of a caption: "(AP Photo/Lena Brooks)", "[Photo by …]".
constexpr lexicon::Words kCaptionCreditHeads{
    "photo" "\0" "photos" "\0" "image" "\0" "images" "\0" "getty" "\0" "file" "\0" "credit" "\0" "courtesy" "\0" "pic" "\0" "picture" "\0"
    "illustration" "\0" "screenshot" "\0" "screengrab" "\0" "handout" "\0" "shutterstock" "\0" "alamy" "\0" "photograph" "\0"};
bool caption_credit_head(std::string_view w) {
    static const WordSet words(kCaptionCreditHeads);
    return words.has(w);
}

// Verbs of saying (and "according"): a line holding one reports speech, so no shape of furniture
// may grey it out; its claims would be lost.
constexpr lexicon::Words kSpeechWords{
    "said" "\0" "says" "\0" "say" "\0" "told" "\0" "tells" "\0" "added" "\0" "adds" "\0" "asked" "\0" "asks" "\0" "according" "\0" "stated" "\0"
    "insisted" "\0" "argued" "\0" "warned" "\0" "explained" "\0" "noted" "\0" "claimed" "\0" "declared" "\0" "announced" "\0" "replied" "\0"
    "recalled" "\0" "urged" "\0" "acknowledged" "\0" "admitted" "\0" "suggested" "\0" "complained" "\0"};
bool speech_word(std::string_view w) {
    static const WordSet words(kSpeechWords);
    return words.has(w);
}

namespace {

// Every set a line's words are asked about, merged: a word's WordKind bits, with a first look.
struct Kinds {
    std::unordered_map<std::string_view, unsigned> map;
    std::uint64_t first = 0, last = 0;
    lexicon::WordSieve sieve;
    std::size_t longest = 0;
    void add(const lexicon::Words& words, unsigned kind) {
        for (std::string_view x : words) {
            map[x] |= kind;
            sieve.add(x);
            first |= bit(x[0]);
            last |= bit(x.back());
            longest = std::max(longest, x.size());
        }
    }
    Kinds() {
        add(kStampWords, kStampWord);
        add(kStampVerbs, kStampVerb);
        add(kShareWords, kShareWord);
        add(kSectionWords, kSectionWord);
        add(kMastheadWords, kMastheadWord);
        add(kAgencyWords, kAgencyWord);
        add(kCreditFillers, kCreditFiller);
        add(kPromoWords, kPromoWord);
        add(kPhraseKeys, kPhraseKey);
        add(kSpeechWords, kSpeechWord);
        std::size_t size = 16;
        while (size < 4 * map.size()) size *= 2;
        slots.assign(size, Slot{});
        mask = size - 1;
        for (const auto& [word, kinds] : map) {
            const lexicon::Lower padded(word);  // lower case already: only its zero padding counts
            std::size_t i = lexicon::padded_hash(padded.buf, padded.n) & mask;
            while (!slots[i].key.empty()) i = (i + 1) & mask;
            slots[i] = Slot{word, kinds};
        }
    }
    // The merged map again as an open-addressed table hashed eight bytes at a time (lowered_word.hpp):
    // a line's every word is looked up, and std::hash with its buckets, then a byte-at-a-time hash,
    // cost more than the rest of the line's facts.
    struct Slot {
        std::string_view key;
        unsigned kinds = 0;
    };
    std::vector<Slot> slots;
    std::size_t mask = 0;
    unsigned find(const lexicon::Lower& w) const {
        for (std::size_t i = lexicon::padded_hash(w.buf, w.n) & mask; !slots[i].key.empty(); i = (i + 1) & mask)
            if (slots[i].key.size() == w.n && lexicon::same_bytes(slots[i].key.data(), w.buf, w.n)) return slots[i].kinds;
        return 0;
    }
};

}  // namespace

unsigned word_kinds(std::string_view w) {
    static const Kinds kinds;
    if (w.empty() || w.size() > kinds.longest || !(kinds.first & bit(lower(w[0]))) || !(kinds.last & bit(lower(w.back()))))
        return 0;
    if (w.size() >= 24 || !kinds.sieve.may_hold(w)) return 0;
    return kinds.find(lexicon::Lower(w));
}

}  // namespace whosaid::furniture
