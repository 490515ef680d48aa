// The word sets of page furniture (declared in boilerplate_lexicon.hpp): one word each, any case.
// Each is a named table a rule asks about; a word list never stands inside a rule.
#include <algorithm>
#include <cstdint>
#include <initializer_list>
#include <unordered_set>

#include "boilerplate_lexicon.hpp"
#include "lexicon_ascii.hpp"

namespace whosaid::furniture {
namespace {

// A set of lower-case words with a cheap first look: most words of a paragraph differ in length,
// first or last letter from every entry, and skip the hash.
class WordSet {
public:
    WordSet(std::initializer_list<std::string_view> words) : set_(words) {
        for (std::string_view w : words) {
            first_ |= bit(w[0]);
            last_ |= bit(w.back());
            shortest_ = std::min(shortest_, w.size());
            longest_ = std::max(longest_, w.size());
        }
    }
    bool has(std::string_view w) const {
        if (w.size() < shortest_ || w.size() > longest_ || !(first_ & bit(ascii::lower(w[0]))) ||
            !(last_ & bit(ascii::lower(w.back()))))
            return false;
        char buf[24];
        if (w.size() >= sizeof buf) return false;
        for (std::size_t i = 0; i < w.size(); ++i) buf[i] = ascii::lower(w[i]);
        return set_.count(std::string_view(buf, w.size())) != 0;
    }

private:
    static std::uint64_t bit(char c) { return std::uint64_t{1} << (static_cast<unsigned char>(c) & 63); }
    std::unordered_set<std::string_view> set_;
    std::uint64_t first_ = 0, last_ = 0;
    std::size_t shortest_ = ~std::size_t{0}, longest_ = 0;
};

}  // namespace

// Words of a date, time or reading-time stamp: "Published 14 February 2023", "Updated 19:42 IST",
// "3 hours ago", "4 min read".
bool stamp_word(std::string_view w) {
    static const WordSet words{{
        "published", "updated", "posted", "last", "modified", "first", "edited", "created", "on", "at", "gmt",
        "bst", "utc", "et", "est", "edt", "ct", "cst", "cdt", "mt", "mst", "mdt", "pt", "pst", "pdt", "cet",
        "cest", "eet", "eest", "ist", "pkt", "sgt", "hkt", "jst", "kst", "aest", "aedt", "awst", "nzst", "nzdt",
        "msk", "wib", "sast", "eat", "wat", "hrs", "am", "pm", "a.m", "p.m", "mon", "tue", "tues", "wed", "thu",
        "thur", "thurs", "fri", "sat", "sun", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
        "december", "st", "nd", "rd", "th", "min", "mins", "minute", "minutes", "sec", "secs", "seconds", "h", "hr", "read",
        "reading", "time", "listen", "ago", "hour", "hours", "day", "days", "week", "weeks", "just", "now",
        "today", "yesterday"}};
    return words.has(w);
}

// The verbs a stamp opens with, which make it one even without a figure ("Updated just now").
bool stamp_verb(std::string_view w) {
    static const WordSet words{{"published", "updated", "posted", "modified"}};
    return words.has(w);
}

// A row of share and social buttons: "Facebook Twitter WhatsApp Email Print", "Comments 27".
bool share_word(std::string_view w) {
    static const WordSet words{{
        "share", "shares", "facebook", "twitter", "x", "whatsapp", "email", "e", "mail", "print", "linkedin",
        "reddit", "telegram", "pinterest", "messenger", "copy", "link", "tweet", "comment", "comments", "save",
        "saved", "gift", "this", "article", "story", "on", "via", "sms", "flipboard", "pocket", "tumblr",
        "viber", "threads", "bluesky", "mastodon", "instagram", "youtube", "tiktok", "text", "size", "font",
        "a", "google", "bookmark", "more", "options", "close", "or"}};
    return words.has(w);
}

// Sections of a news site, alone on a line or strung into a menu: "Politics", "World news",
// "Home News Sport Business Opinion".
bool section_word(std::string_view w) {
    static const WordSet words{{
        "home", "news", "menu", "search", "sections", "section", "world", "uk", "us", "u.s", "india", "europe",
        "asia", "africa", "americas", "australia", "national", "local", "regional", "metro", "politics",
        "business", "economy", "markets", "money", "finance", "tech", "technology", "science", "health",
        "sport", "sports", "football", "cricket", "entertainment", "culture", "arts", "lifestyle", "travel",
        "food", "opinion", "opinions", "editorial", "editorials", "analysis", "features", "video", "videos",
        "photos", "gallery", "podcasts", "podcast", "live", "latest", "trending", "breaking", "top", "stories",
        "elections", "election", "climate", "environment", "education", "crime", "courts", "weather",
        "obituaries", "jobs", "property", "motoring", "more", "and", "&", "explainers", "explainer",
        "investigations", "newsletters", "e-paper", "epaper", "magazine", "subscribe", "login", "register",
        "world's"}};
    return words.has(w);
}

// Words in the names of papers and sites, for a masthead above the headline ("Valley Courier").
bool masthead_word(std::string_view w) {
    static const WordSet words{{
        "times", "post", "herald", "gazette", "daily", "news", "tribune", "journal", "chronicle", "standard",
        "telegraph", "mail", "express", "observer", "guardian", "independent", "mirror", "star", "record",
        "courier", "press", "review", "today", "online", "wire", "echo", "sentinel", "examiner", "advertiser",
        "argus", "bulletin", "dispatch", "globe", "inquirer", "ledger", "leader", "monitor", "register",
        "reporter", "tribune", "week", "weekly", "magazine", "network", "media", "insider", "digest", "voice"}};
    return words.has(w);
}

// Photo agencies and wires, whose name alone on a line (or before a slash in a caption's
// brackets) is a credit: "Getty Images", "AFP via Getty Images", "(Reuters/Jane Doe)".
bool agency_word(std::string_view w) {
    static const WordSet words{{
        "getty", "ap", "afp", "reuters", "epa", "efe", "pa", "pti", "ani", "ians", "xinhua", "tass",
        "shutterstock", "alamy", "istock", "istockphoto", "anadolu", "bloomberg", "sipa", "agencies", "pool",
        "handout", "afp/getty", "ap/shutterstock"}};
    return words.has(w);
}

// Words that go with an agency's name in a credit line: "Images", "via", "Photo", "File".
bool credit_filler(std::string_view w) {
    static const WordSet words{{
        "images", "image", "via", "photo", "photos", "picture", "pictures", "file", "wire", "agency", "courtesy",
        "supplied", "screenshot", "screengrab", "news", "press", "associated", "the", "and"}};
    return words.has(w);
}

// The words of a sign-up, paywall or consent block, which talks to the reader.
bool promo_word(std::string_view w) {
    static const WordSet words{{
        "you", "your", "you're", "yours", "inbox", "subscribe", "subscriber", "subscribers", "subscription",
        "unsubscribe", "newsletter", "newsletters", "email", "cookies", "cookie", "consent", "preferences",
        "partners", "privacy", "personalised", "personalized", "sign", "signing", "register", "account",
        "password", "donate", "donation", "membership", "trial", "offer", "weekday", "weekly", "delivered"}};
    return words.has(w);
}

// The words that every notice or credit phrase above holds one of: a line without any of them
// is not searched for the phrases at all (a paragraph of story, most often).
bool phrase_key(std::string_view w) {
    static const WordSet words{{
        "newsletter", "newsletters", "inbox", "forum", "whatsapp", "privacy", "terms", "email", "unsubscribe", "agree",
        "subscribe", "subscribers", "unlimited", "articles", "journalism", "recaptcha", "app", "google",
        "notifications", "cookies", "cookie", "browser", "blocker", "adblocker", "pic", "credit", "photograph",
        "picture", "photo", "getty", "afp", "reuters", "ap", "contributed", "appeared", "reserved",
        "broadcast", "syndicated", "reproduction", "expressed", "those", "solely", "financial", "creative", "commons", "story",
        "gift"}};
    return words.has(w);
}

// Who writes the story, in an author's biography.
bool journalist_role(std::string_view w) {
    static const WordSet words{{
        "reporter", "reporters", "correspondent", "writer", "editor", "journalist", "columnist", "producer",
        "contributor", "photographer", "photojournalist", "intern",
        "blogger", "freelancer", "freelance", "stringer", "videographer"}};
    return words.has(w);
}

// The first word inside a closing bracket of a caption: "(AP Photo/Lena Brooks)", "[Photo by …]".
bool caption_credit_head(std::string_view w) {
    static const WordSet words{{
        "photo", "photos", "image", "images", "getty", "file", "credit", "courtesy", "pic", "picture",
        "illustration", "screenshot", "screengrab", "handout", "shutterstock", "alamy", "photograph"}};
    return words.has(w);
}

// Verbs of saying (and "according"): a line holding one reports speech, so no shape of furniture
// may grey it out; its claims would be lost.
bool speech_word(std::string_view w) {
    static const WordSet words{{
        "said", "says", "say", "told", "tells", "added", "adds", "asked", "asks", "according", "stated",
        "insisted", "argued", "warned", "explained", "noted", "claimed", "declared", "announced", "replied",
        "recalled", "urged", "acknowledged", "admitted", "suggested", "complained"}};
    return words.has(w);
}

}  // namespace whosaid::furniture
