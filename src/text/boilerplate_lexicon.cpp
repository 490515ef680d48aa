#include "boilerplate_lexicon.hpp"

#include "lexicon_ascii.hpp"

#include <algorithm>
#include <vector>

namespace whosaid::furniture {
namespace {

template <class T, std::size_t N>
Table<T> table(const T (&items)[N]) {
    return Table<T>{items, N};
}

// Starts of lines that are page furniture. Each entry must be unambiguous at the start of a line:
// no story sentence opens with "Skip to" or "Tags:". A weak start ("Comments", "Subscribe",
// "Copyright") is also an ordinary word that may open a story sentence, so it yields to speech.
const Prefix kPrefixes[] = {
    // teasers for other stories and media
    {"also read", "teaser"}, {"read also", "teaser"}, {"read more", "teaser"}, {"see also", "teaser"},
    {"related:", "teaser"}, {"related stories", "teaser"}, {"related articles", "teaser"}, {"related news", "teaser"},
    {"related posts", "teaser"}, {"related content", "teaser"}, {"related topics", "teaser"},
    {"related coverage", "teaser"}, {"related video", "teaser"}, {"related internet links", "teaser"},
    {"related links", "teaser"}, {"recommended:", "teaser"}, {"recommended stories", "teaser"},
    {"recommended videos", "teaser"}, {"more on this story", "teaser"}, {"more from", "teaser", true},
    {"more top stories", "teaser"}, {"read next", "teaser"},
    {"up next", "teaser"}, {"watch:", "teaser"}, {"listen:", "teaser"}, {"click here", "teaser", true},
    {"don't miss", "teaser"}, {"trending:", "teaser"}, {"top stories", "teaser"}, {"most read", "teaser"},
    {"listen to", "teaser", true}, {"watch the", "teaser", true}, {"watch more", "teaser"}, {"video:", "teaser"},
    {"audio:", "teaser"}, {"read the full", "teaser"}, {"read the original", "teaser"}, {"read full", "teaser"},
    {"catch all the", "teaser"}, {"catch the latest", "teaser"},
    {"explore more", "teaser"}, {"keep reading", "teaser"}, {"source link", "credit"},
    // photo, agency and editing credits
    {"file photo", "credit"}, {"file picture", "credit"}, {"file -", "credit"}, {"file \xE2\x80\x93", "credit"},
    {"file:", "credit"}, {"photo:", "credit"}, {"photo by", "credit"}, {"photos:", "credit"},
    {"photo credit", "credit"}, {"photo courtesy", "credit"}, {"photograph:", "credit"}, {"photograph by", "credit"},
    {"image:", "credit"}, {"image source", "credit"}, {"image caption", "credit"}, {"image credit", "credit"},
    {"image copyright", "credit"}, {"media caption", "credit"}, {"picture:", "credit"}, {"illustration:", "credit"},
    {"illustration by", "credit"}, {"credit:", "credit", true}, {"credits:", "credit"}, {"(photo", "credit"},
    {"(image", "credit"}, {"[photo", "credit"}, {"[image", "credit"}, {"getty images", "credit"},
    {"(reporting by", "credit"}, {"reporting by", "credit"}, {"additional reporting by", "credit"},
    {"(additional reporting", "credit"}, {"(editing by", "credit"}, {"(writing by", "credit"},
    {"editing by", "credit"}, {"writing by", "credit"}, {"edited by", "byline"}, {"written by", "byline"},
    {"story by", "byline"}, {"words by", "byline"}, {"compiled by", "byline"}, {"author:", "byline"},
    {"authors:", "byline"}, {"by:", "byline", true}, {"web editor:", "credit"}, {"editor:", "credit", true},
    {"(editor:", "credit"}, {"(with inputs from", "credit"}, {"with inputs from", "credit"},
    {"(with agency inputs", "credit"}, {"(this story has not been edited", "credit"}, {"disclaimer:", "credit"},
    {"copyright", "credit", true}, {"all rights reserved", "credit"}, {"the bbc is not responsible", "credit"},
    {"our standards:", "credit"}, {"source:", "credit", true}, {"the reprint of", "credit"}, {"reprinting", "credit", true},
    {"(c) ", "credit"}, {"originally published", "credit"}, {"this article originally", "credit"},
    {"this article first", "credit"}, {"a version of this article", "credit"},
    // reader prompts: comments, sharing, sign-ups, apps, consent
    {"leave a reply", "prompt"}, {"leave a comment", "prompt"}, {"your email address will not be published", "prompt"},
    {"required fields are marked", "prompt"}, {"post a comment", "prompt"}, {"comments", "prompt", true},
    {"view comments", "prompt"}, {"show comments", "prompt"}, {"join the discussion", "prompt"},
    {"join the conversation", "prompt"}, {"share this", "prompt"}, {"share on", "prompt"}, {"share via", "prompt"},
    {"share article", "prompt"}, {"share story", "prompt"}, {"copy link", "prompt"}, {"link copied", "prompt"},
    {"save article", "prompt"}, {"save for later", "prompt"}, {"gift this article", "prompt"},
    {"gift article", "prompt"}, {"short link", "prompt"}, {"shortlink", "prompt"}, {"subscribe", "prompt", true},
    {"sign up", "prompt", true}, {"follow us", "prompt"}, {"follow our", "prompt", true}, {"join our", "prompt", true}, {"newsletter", "prompt", true},
    {"email this", "prompt"}, {"bookmark with", "prompt"}, {"click to share", "prompt"},
    {"click to email", "prompt"}, {"like this:", "prompt"}, {"privacy notice", "prompt"}, {"follow bbc", "prompt"},
    {"send your story", "prompt"}, {"get our", "prompt", true}, {"download the", "prompt", true}, {"download our", "prompt"},
    {"get the app", "prompt"}, {"install the app", "prompt"}, {"enter your email", "prompt"},
    {"by signing up", "prompt"}, {"by clicking", "prompt"}, {"by subscribing", "prompt"},
    {"by submitting", "prompt"}, {"thanks for signing up", "prompt"}, {"thank you for signing up", "prompt"},
    {"thanks for subscribing", "prompt"}, {"thank you for subscribing", "prompt"}, {"something went wrong", "prompt"},
    {"please try again", "prompt"}, {"already a subscriber", "prompt"}, {"already have an account", "prompt"},
    {"create an account", "prompt"}, {"create a free account", "prompt"}, {"log in", "prompt", true},
    {"sign in", "prompt", true}, {"support our journalism", "prompt"}, {"support independent", "prompt"},
    {"become a member", "prompt"}, {"donate", "prompt", true}, {"we value your privacy", "prompt"},
    {"accept all", "prompt"}, {"reject all", "prompt"}, {"manage preferences", "prompt"},
    {"manage cookies", "prompt"}, {"cookie settings", "prompt"}, {"cookie policy", "prompt"},
    {"privacy policy", "prompt"}, {"terms of use", "prompt"}, {"terms of service", "prompt"},
    {"contact the author", "prompt"}, {"email the author", "prompt"}, {"got a tip", "prompt"},
    {"have a news tip", "prompt"}, {"get breaking news", "prompt"}, {"turn on notifications", "prompt"},
    // navigation, page chrome and advertising
    {"back to top", "navigation"}, {"skip to", "navigation"}, {"accessibility links", "navigation"},
    {"jump to", "navigation"}, {"advertisement", "navigation"}, {"ad feedback", "navigation"},
    {"sponsored content", "navigation"}, {"paid content", "navigation"}, {"story continues below", "navigation"},
    {"article continues below", "navigation"}, {"continue reading below", "navigation"},
    {"continue reading the main story", "navigation"}, {"scroll to continue", "navigation"},
    {"home >", "navigation"}, {"home /", "navigation"}, {"you are here", "navigation"},
    {"next article", "navigation"}, {"previous article", "navigation"}, {"printable version", "navigation"},
    {"print this", "navigation"}, {"tags:", "navigation"}, {"topics:", "navigation"}, {"tagged:", "navigation"},
    {"tagged with", "navigation"}, {"filed under", "navigation"}, {"categories:", "navigation"},
    {"category:", "navigation"}, {"keywords:", "navigation"}, {"text size", "navigation"},
    {"font size", "navigation"}, {"listen to this article", "navigation"}, {"loading...", "navigation"},
    {"about us", "navigation"}, {"contact us", "navigation"},
    // stamps
    {"updated:", "byline"}, {"published:", "byline"}, {"last updated", "byline"}, {"first published", "byline"},
    {"published on", "byline"}, {"updated on", "byline"}, {"posted on", "byline"}, {"posted:", "byline"},
    {"posted by", "byline"}, {"published by", "byline"}, {"last modified", "byline"}, {"reading time", "byline"},
    {"estimated reading time", "byline"}, {"posted in", "navigation"}, {"filed in", "navigation"},
    {"about the author", "byline"}, {"enlarge this image", "credit"}, {"toggle caption", "credit"},
    {"hide caption", "credit"}, {"caption:", "credit"}, {"click to enlarge", "credit"},
    {"translated by", "credit"}, {"supported by", "navigation", true}, {"you can share", "prompt"},
    {"reuse this content", "prompt"}, {"continue reading", "teaser"}, {"this article is republished", "credit"},
    {"read in app", "prompt"}, {"comment on this", "prompt"}, {"after newsletter promotion", "navigation"},
    {"click for more", "teaser"}, {"track latest news", "prompt"}, {"stay updated", "prompt"},
    {"get news alerts", "prompt"},
    // notes on the story's own history, after it ("This story has been updated to …")
    {"this article was", "credit"}, {"this story was", "credit"}, {"this story has been", "credit"},
    {"an earlier version of this", "credit"}, {"email:", "byline"}, {"contact:", "byline"},
};

// Notices that can sit anywhere in a line, matched in the line lower-cased: cookies, sign-ups,
// paywalls, apps. A line that quotes or reports speech is never taken for one.
constexpr std::string_view kPromptPhrases[] = {
    "newsletter", "newsletters", "to your inbox", "in your inbox", "commenting forum", "whatsapp channel", "privacy policy",
    "terms of use", "terms of service", "your email", "unsubscribe at any time", "you agree to",
    "subscribe to our", "subscribe now", "subscribe today", "for subscribers",
    "unlimited access", "free articles", "support our journalism", "independent journalism",
    "protected by recaptcha", "our app", "google news", "notifications", "use cookies", "uses cookies",
    "cookie policy", "your browser", "ad blocker", "adblocker", "share this story", "gift articles",
};

// Marks that open a line before its words: dashes, bullets, arrows, guillemets.
constexpr std::string_view kListMarks[] = {"-", "*", ">", "|", "#", "\xE2\x80\x94", "\xE2\x80\x93", "\xE2\x80\xA2",
                                           "\xC2\xBB", "\xE2\x96\xB6", "\xE2\x96\xBA", "\xC2\xB7"};

// Marks of an embedded post, someone's own words: "… pic.twitter.com/x — Jane Doe (@jdoe) May 3, 2026".
constexpr std::string_view kEmbedMarks[] = {"pic.twitter.com", "pic.x.com"};

// Credits that can sit anywhere in a line, matched as written ("Pic:" but not "topic:").
constexpr std::string_view kCreditPhrases[] = {
    "Pic:", "Credit...", "Photograph:", "Picture:", "Photo credit", "Photo Credit", "Getty Images",
    "/ AFP", "/ Reuters", "/ AP", "/AFP", "/Reuters", "/AP Photo", "via Reuters", "via AP", "via Getty",
    "contributed to this report", "contributed reporting", "contributed to this story", "appeared first on",
    "originally appeared on", "originally appeared in", "All rights reserved", "all rights reserved",
    "may not be published, broadcast", "views expressed", "are those of the author",
    "solely responsible for all content", "receives financial support", "Creative Commons", "creative commons", "auto-generated from a syndicated feed", "Reproduction in whole or in part",
};

// An author's biography under the story: a name, then one of these, then (for "is a") a
// journalist's role within a few words: "Jane Doe is a senior reporter covering …".
constexpr std::string_view kBioLinks[] = {" is a ", " is an ", " is the ", " was a ", " has been a ", " covers ",
                                 " reports on ", " writes about ", " writes for ", " has covered "};
// How a wire's credit line ends: "Associated Press writers Lena Haas and Piet Roos contributed."
constexpr std::string_view kCreditTails[] = {"contributed.", "contributed reporting.", "contributed to this article.",
                                             "contributed to this report", "contributed reporting"};

// Where an author or a paper asks to be followed: "Follow Jane Doe on Instagram".
constexpr std::string_view kFollowPlaces[] = {"@", "http", " on x", " on twitter", " on facebook", " on instagram",
                                              " on whatsapp", " on telegram", " on linkedin", " on youtube",
                                              " on google news", " on threads", " on bluesky", " on tiktok"};

// Separators of a breadcrumb trail, spaced (a closing guillemet is not): "Home » World", "News > World".
constexpr std::string_view kCrumbMarks[] = {" \xC2\xBB ", " > ", " \xE2\x80\xBA "};

// The last word of a short section name above the story: "Politics news", "UK politics live".
constexpr std::string_view kSectionTails[] = {"news", "live", "latest", "headlines"};

// A caption's label, alone on its line: the caption itself follows on the next line.
constexpr std::string_view kCaptionHeads[] = {"image caption", "media caption", "enlarge this image"};

// Short lines that head a list of other stories: the lines after them are headlines.
constexpr std::string_view kListHeaders[] = {
    "related", "related stories", "related topics", "must read", "must-read", "most popular", "most read",
    "you may also like", "you might also like", "recommended", "recommended for you", "more stories",
    "latest news", "editor's picks", "editors' picks", "more news", "trending", "trending now",
    "popular now", "in other news", "what to read next", "read next", "top stories", "more from",
    "more in ", "more about", "also read", "more on this story", "latest", "popular", "see also", "explore more",
    "further reading", "related reading", "suggested reading", "recommended reading", "most viewed",
    "most shared", "most commented", "most watched", "top news", "more headlines", "also in ",
    "in case you missed", "icymi", "read this next", "more like this", "around the web", "from our partners",
    "you may be interested", "elsewhere on", "more coverage", "other stories", "related article",
    "featured video",
};

}  // namespace

Table<Prefix> line_prefixes(char first) {
    // the table sorted by first letter once, so a line is compared with its letter's prefixes only
    struct Index {
        std::vector<Prefix> sorted;
        std::size_t from[257] = {};
        Index() : sorted(std::begin(kPrefixes), std::end(kPrefixes)) {
            std::stable_sort(sorted.begin(), sorted.end(),
                             [](const Prefix& a, const Prefix& b) { return static_cast<unsigned char>(a.text[0]) < static_cast<unsigned char>(b.text[0]); });
            std::size_t i = 0;
            for (int c = 0; c < 256; ++c) {
                from[c] = i;
                while (i < sorted.size() && static_cast<unsigned char>(sorted[i].text[0]) == c) ++i;
            }
            from[256] = sorted.size();
        }
    };
    static const Index index;
    unsigned char c = static_cast<unsigned char>(ascii::lower(first));
    return Table<Prefix>{index.sorted.data() + index.from[c], index.from[c + 1] - index.from[c]};
}
Table<std::string_view> prompt_phrases() { return table(kPromptPhrases); }
Table<std::string_view> credit_phrases() { return table(kCreditPhrases); }
Table<std::string_view> bio_links() { return table(kBioLinks); }
Table<std::string_view> list_headers() { return table(kListHeaders); }
Table<std::string_view> embed_marks() { return table(kEmbedMarks); }
Table<std::string_view> list_marks() { return table(kListMarks); }
Table<std::string_view> caption_heads() { return table(kCaptionHeads); }
Table<std::string_view> crumb_marks() { return table(kCrumbMarks); }
Table<std::string_view> section_tails() { return table(kSectionTails); }
Table<std::string_view> credit_tails() { return table(kCreditTails); }
Table<std::string_view> follow_places() { return table(kFollowPlaces); }

bool starts_with_ci(std::string_view s, std::string_view prefix) {
    if (s.size() < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i) {
        if (ascii::lower(s[i]) != prefix[i]) return false;
    }
    // a word boundary after a word-ending prefix: "comments" but not "commentsXYZ"
    char last = prefix.back();
    if (s.size() > prefix.size() && last >= 'a' && last <= 'z') {
        char n = s[prefix.size()];
        if ((n >= 'a' && n <= 'z') || (n >= 'A' && n <= 'Z')) return false;
    }
    return true;
}

}  // namespace whosaid::furniture
