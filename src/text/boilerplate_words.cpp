// The word sets of page furniture (declared in boilerplate_lexicon.hpp): one word each, any case.
// Each is a named table a rule asks about; a word list never stands inside a rule.
#include <algorithm>
#include <cstdint>
#include <iterator>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "boilerplate_lexicon.hpp"
#include "lexicon_ascii.hpp"

namespace whosaid::furniture {
namespace {

using ascii::lower;
std::uint64_t bit(char c) { return std::uint64_t{1} << (static_cast<unsigned char>(c) & 63); }

// A set of lower-case words with a cheap first look: most words of a paragraph differ in length,
// first or last letter from every entry, and skip the hash.
class WordSet {
public:
    template <std::size_t N>
    explicit WordSet(const std::string_view (&words)[N]) : set_(std::begin(words), std::end(words)) {
        for (std::string_view w : words) {
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
constexpr std::string_view kStampWords[] = {
    "published", "updated", "posted", "last", "modified", "first", "edited", "created", "on", "at", "gmt",
    "bst", "utc", "et", "est", "edt", "ct", "cst", "cdt", "mt", "mst", "mdt", "pt", "pst", "pdt", "cet",
    "cest", "eet", "eest", "ist", "pkt", "sgt", "hkt", "jst", "kst", "aest", "aedt", "awst", "nzst", "nzdt",
    "msk", "wib", "sast", "eat", "wat", "hrs", "am", "pm", "a.m", "p.m", "mon", "tue", "tues", "wed", "thu",
    "thur", "thurs", "fri", "sat", "sun", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
    "december", "st", "nd", "rd", "th", "min", "mins", "minute", "minutes", "sec", "secs", "seconds", "h", "hr", "read",
    "reading", "time", "listen", "ago", "hour", "hours", "day", "days", "week", "weeks", "just", "now",
    "today", "yesterday"};
bool stamp_word(std::string_view w) {
    static const WordSet words(kStampWords);
    return words.has(w);
}

// The verbs a stamp opens with, which make it one even without a figure ("Updated just now").
constexpr std::string_view kStampVerbs[] = {"published", "updated", "posted", "modified"};
bool stamp_verb(std::string_view w) {
    static const WordSet words(kStampVerbs);
    return words.has(w);
}

// A row of share and social buttons: "Facebook Twitter WhatsApp Email Print", "Comments 27".
constexpr std::string_view kShareWords[] = {
    "share", "shares", "facebook", "twitter", "x", "whatsapp", "email", "e", "mail", "print", "linkedin",
    "reddit", "telegram", "pinterest", "messenger", "copy", "link", "tweet", "comment", "comments", "save",
    "saved", "gift", "this", "article", "story", "on", "via", "sms", "flipboard", "pocket", "tumblr",
    "viber", "threads", "bluesky", "mastodon", "instagram", "youtube", "tiktok", "text", "size", "font",
    "a", "google", "bookmark", "more", "options", "close", "or"};
bool share_word(std::string_view w) {
    static const WordSet words(kShareWords);
    return words.has(w);
}

// Sections of a news site, alone on a line or strung into a menu: "Politics", "World news",
// "Home News Sport Business Opinion".
constexpr std::string_view kSectionWords[] = {
    "home", "news", "menu", "search", "sections", "section", "world", "uk", "us", "u.s", "india", "europe",
    "asia", "africa", "americas", "australia", "national", "local", "regional", "metro", "politics",
    "business", "economy", "markets", "money", "finance", "tech", "technology", "science", "health",
    "sport", "sports", "football", "cricket", "entertainment", "culture", "arts", "lifestyle", "travel",
    "food", "opinion", "opinions", "editorial", "editorials", "analysis", "features", "video", "videos",
    "photos", "gallery", "podcasts", "podcast", "live", "latest", "trending", "breaking", "top", "stories",
    "elections", "election", "climate", "environment", "education", "crime", "courts", "weather",
    "obituaries", "jobs", "property", "motoring", "more", "and", "&", "explainers", "explainer",
    "investigations", "newsletters", "e-paper", "epaper", "magazine", "subscribe", "login", "register",
    "world's"};
bool section_word(std::string_view w) {
    static const WordSet words(kSectionWords);
    return words.has(w);
}

// Words in the names of papers and sites, for a masthead above the headline ("Valley Courier").
constexpr std::string_view kMastheadWords[] = {
    "times", "post", "herald", "gazette", "daily", "news", "tribune", "journal", "chronicle", "standard",
    "telegraph", "mail", "express", "observer", "guardian", "independent", "mirror", "star", "record",
    "courier", "press", "review", "today", "online", "wire", "echo", "sentinel", "examiner", "advertiser",
    "argus", "bulletin", "dispatch", "globe", "inquirer", "ledger", "leader", "monitor", "register",
    "reporter", "tribune", "week", "weekly", "magazine", "network", "media", "insider", "digest", "voice"};
bool masthead_word(std::string_view w) {
    static const WordSet words(kMastheadWords);
    return words.has(w);
}

// Photo agencies and wires, whose name alone on a line (or before a slash in a caption's
// brackets) is a credit: "Getty Images", "AFP via Getty Images", "(Reuters/Jane Doe)".
constexpr std::string_view kAgencyWords[] = {
    "getty", "ap", "afp", "reuters", "epa", "efe", "pa", "pti", "ani", "ians", "xinhua", "tass",
    "shutterstock", "alamy", "istock", "istockphoto", "anadolu", "bloomberg", "sipa", "agencies", "pool",
    "handout", "afp/getty", "ap/shutterstock"};
bool agency_word(std::string_view w) {
    static const WordSet words(kAgencyWords);
    return words.has(w);
}

// Words that go with an agency's name in a credit line: "Images", "via", "Photo", "File".
constexpr std::string_view kCreditFillers[] = {
    "images", "image", "via", "photo", "photos", "picture", "pictures", "file", "wire", "agency", "courtesy",
    "supplied", "screenshot", "screengrab", "news", "press", "associated", "the", "and"};
bool credit_filler(std::string_view w) {
    static const WordSet words(kCreditFillers);
    return words.has(w);
}

// The words of a sign-up, paywall or consent block, which talks to the reader.
constexpr std::string_view kPromoWords[] = {
    "you", "your", "you're", "yours", "inbox", "subscribe", "subscriber", "subscribers", "subscription",
    "unsubscribe", "newsletter", "newsletters", "email", "cookies", "cookie", "consent", "preferences",
    "partners", "privacy", "personalised", "personalized", "sign", "signing", "register", "account",
    "password", "donate", "donation", "membership", "trial", "offer", "weekday", "weekly", "delivered"};
bool promo_word(std::string_view w) {
    static const WordSet words(kPromoWords);
    return words.has(w);
}

// The words that every notice or credit phrase above holds one of: a line without any of them
// is not searched for the phrases at all (a paragraph of story, most often).
constexpr std::string_view kPhraseKeys[] = {
    "newsletter", "newsletters", "inbox", "forum", "whatsapp", "privacy", "terms", "email", "unsubscribe", "agree",
    "subscribe", "subscribers", "unlimited", "articles", "journalism", "recaptcha", "app", "google",
    "notifications", "cookies", "cookie", "browser", "blocker", "adblocker", "pic", "credit", "photograph",
    "picture", "photo", "getty", "afp", "reuters", "ap", "contributed", "appeared", "reserved",
    "broadcast", "syndicated", "reproduction", "expressed", "those", "solely", "financial", "creative", "commons", "story",
    "gift"};
bool phrase_key(std::string_view w) {
    static const WordSet words(kPhraseKeys);
    return words.has(w);
}

// Who writes the story, in an author's biography.
constexpr std::string_view kJournalistRoles[] = {
    "reporter", "reporters", "correspondent", "writer", "editor", "journalist", "columnist", "producer",
    "contributor", "photographer", "photojournalist", "intern",
    "blogger", "freelancer", "freelance", "stringer", "videographer"};
bool journalist_role(std::string_view w) {
    static const WordSet words(kJournalistRoles);
    return words.has(w);
}

// The first word inside a closing bracket of a caption: "(AP Photo/Lena Brooks)", "[Photo by …]".
constexpr std::string_view kCaptionCreditHeads[] = {
    "photo", "photos", "image", "images", "getty", "file", "credit", "courtesy", "pic", "picture",
    "illustration", "screenshot", "screengrab", "handout", "shutterstock", "alamy", "photograph"};
bool caption_credit_head(std::string_view w) {
    static const WordSet words(kCaptionCreditHeads);
    return words.has(w);
}

// Verbs of saying (and "according"): a line holding one reports speech, so no shape of furniture
// may grey it out; its claims would be lost.
constexpr std::string_view kSpeechWords[] = {
    "said", "says", "say", "told", "tells", "added", "adds", "asked", "asks", "according", "stated",
    "insisted", "argued", "warned", "explained", "noted", "claimed", "declared", "announced", "replied",
    "recalled", "urged", "acknowledged", "admitted", "suggested", "complained"};
bool speech_word(std::string_view w) {
    static const WordSet words(kSpeechWords);
    return words.has(w);
}

namespace {

// Every set a line's words are asked about, merged: a word's WordKind bits, with a first look.
struct Kinds {
    std::unordered_map<std::string_view, unsigned> map;
    std::uint64_t first = 0, last = 0;
    std::size_t longest = 0;
    template <std::size_t N>
    void add(const std::string_view (&words)[N], unsigned kind) {
        for (std::string_view x : words) {
            map[x] |= kind;
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
            std::size_t i = hash(word) & mask;
            while (!slots[i].key.empty()) i = (i + 1) & mask;
            slots[i] = Slot{word, kinds};
        }
    }
    // The merged map again as an open-addressed table with a short hash: a line's every word is
    // looked up, and std::hash with its buckets cost more than the rest of the line's facts.
    struct Slot {
        std::string_view key;
        unsigned kinds = 0;
    };
    std::vector<Slot> slots;
    std::size_t mask = 0;
    static std::uint64_t hash(std::string_view w) {
        std::uint64_t h = 0xCBF29CE484222325ull ^ w.size();
        for (char c : w) h = (h ^ static_cast<unsigned char>(c)) * 0x100000001B3ull;
        return h ^ (h >> 29);
    }
    unsigned find(std::string_view w) const {
        for (std::size_t i = hash(w) & mask; !slots[i].key.empty(); i = (i + 1) & mask)
            if (slots[i].key == w) return slots[i].kinds;
        return 0;
    }
};

}  // namespace

unsigned word_kinds(std::string_view w) {
    static const Kinds kinds;
    if (w.empty() || w.size() > kinds.longest || !(kinds.first & bit(lower(w[0]))) || !(kinds.last & bit(lower(w.back()))))
        return 0;
    char buf[24];
    if (w.size() >= sizeof buf) return 0;
    for (std::size_t i = 0; i < w.size(); ++i) buf[i] = lower(w[i]);
    return kinds.find(std::string_view(buf, w.size()));
}

}  // namespace whosaid::furniture
