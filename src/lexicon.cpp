#include "lexicon.hpp"

#include <string>
#include <unordered_map>
#include <unordered_set>

namespace whosaid::lexicon {
namespace {

// Lookups lower-case the word into a small buffer: no allocation on the hot path, where every
// word of an article meets several tables. Words longer than any entry are never in a table.
constexpr std::size_t kMaxWord = 32;

struct Lower {
    char buf[kMaxWord];
    std::size_t n = 0;
    bool fits = true;
    explicit Lower(std::string_view w) {
        if (w.size() > kMaxWord) {
            fits = false;
            return;
        }
        for (char c : w) buf[n++] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    std::string_view view() const { return {buf, n}; }
};

std::string lower(std::string_view w) { return std::string(Lower(w).view()); }

// Tables hold string literals, so string_view keys point at static storage.
using Set = std::unordered_set<std::string_view>;

bool in(const Set& set, std::string_view w) {
    Lower l(w);
    return l.fits && set.count(l.view()) != 0;
}

// Verb stems with their inflections spelled out: tables, not rules, so each form is visible.
const std::unordered_map<std::string_view, CueInfo>& cue_table() {
    static const std::unordered_map<std::string_view, CueInfo> table = [] {
        std::unordered_map<std::string_view, CueInfo> t;
        auto add = [&t](CueFrame f, bool strong, std::initializer_list<const char*> forms) {
            for (const char* w : forms) t[w] = CueInfo{f, strong};
        };
        const CueFrame C = CueFrame::Clause, O = CueFrame::Object, X = CueFrame::Complement;
        add(C, true, {"said", "says", "say", "saying", "stated", "states", "added", "adds", "adding",
                      "noted", "notes", "noting", "stressed", "stresses", "stressing", "emphasised",
                      "emphasized", "emphasises", "emphasizes", "emphasising", "emphasizing", "insisted",
                      "insists", "insisting", "argued", "argues", "arguing", "claimed", "claims",
                      "claiming", "confirmed", "confirms", "confirming", "announced", "announces",
                      "announcing", "explained", "explains", "explaining", "warned", "warns", "warning",
                      "declared", "declares", "asserted", "asserts", "maintained", "maintains",
                      "acknowledged", "acknowledges", "admitted", "admits", "observed", "remarked",
                      "replied", "replies", "responded", "answered", "wrote", "writes", "tweeted",
                      "tweets", "posted", "revealed", "reveals", "clarified", "clarifies", "reiterated",
                      "reiterates", "conceded", "concedes", "recalled", "recalls", "commented",
                      "complained", "complains", "concluded", "countered", "predicted", "predicts",
                      "promised", "promises", "pledged", "pledges", "vowed", "vows", "suggested",
                      "suggests", "estimated", "alleged", "alleges", "contended", "contends",
                      "cautioned", "cautions", "boasted", "mused", "quipped", "continued", "agreed",
                      "disclosed", "indicated", "signalled", "signaled", "hinted", "specified",
                      "underlined", "underscored", "highlighted", "reported", "reports", "reporting", "repeated",
                      "believes", "thinks", "hopes", "feels", "fears", "expects",
                      // base forms: "experts note that", "officials believe", "analysts warn"
                      "note", "argue", "warn", "insist", "stress", "believe", "think", "hope", "fear", "expect",
                      "add", "explain", "confirm", "announce", "suggest", "predict", "estimate", "maintain",
                      "acknowledge", "admit", "concede", "emphasise", "emphasize", "consider", "considers",
                      "considered", "declare", "assert", "contend", "allege", "informs", "declared"});
        add(C, false, {"denied", "denies", "denying", "deny", "proposed", "demanded", "demands", "claim"});
        add(O, true, {"told", "tells", "telling", "tell", "informed", "assured", "assures",
                      "reminded", "reminds", "briefed"});
        add(X, true, {"urged", "urges", "urging", "asked", "asks", "accused", "accuses", "accusing",
                      "described", "describes", "describing", "called", "calls", "expressed",
                      "expresses", "praised", "criticised", "criticized", "condemned", "condemns",
                      "affirmed", "affirms", "welcomed", "welcomes", "blamed", "blames", "rejected",
                      "rejects", "dismissed", "dismisses", "questioned", "defended", "defends",
                      "thanked", "appealed", "invited", "hailed", "slammed", "lambasted", "spoke", "calling",
                      "speaks", "pointed", "points", "opened"});
        return t;
    }();
    return table;
}

}  // namespace

CueInfo cue_verb(std::string_view word) {
    const auto& t = cue_table();
    Lower l(word);
    if (!l.fits) return CueInfo{};
    auto it = t.find(l.view());
    if (it == t.end()) return CueInfo{};
    CueInfo info = it->second;
    static const std::unordered_set<std::string_view> kCognition{
        "believes", "believe", "thinks", "think", "hopes", "hope", "feels", "fears", "fear", "expects", "expect",
        "considers", "consider", "considered", "agreed"};
    info.cognition = kCognition.count(l.view()) != 0;
    return info;
}

// Verbs whose speech sense needs the next word: "called for/on", "spoke of/about", "pointed out",
// "opened up the possibility". Without it, "called" and "spoke" are not cues.
bool cue_particle(std::string_view verb, std::string_view next) {
    std::string v = lower(verb), n = lower(next);
    if (v == "called" || v == "calls") return n == "for" || n == "on";
    if (v == "spoke" || v == "speaks") return n == "of" || n == "about";
    if (v == "pointed" || v == "points") return n == "out" || n == "to";
    if (v == "opened") return n == "up";
    if (v == "appealed") return n == "for" || n == "to";
    return true;
}

bool is_title(std::string_view w) {
    static const Set s{"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof", "professor",
                       "president", "vice", "chancellor", "premier", "senator", "sen", "rep",
                       "representative", "congressman", "congresswoman", "gov", "governor", "mayor",
                       "judge", "justice", "general", "gen", "col", "colonel", "captain", "capt", "lt",
                       "admiral", "king", "queen", "prince", "princess", "pope", "rev", "reverend",
                       "father", "rabbi", "imam", "sheikh", "minister", "secretary", "ambassador",
                       "chairman", "chairwoman", "chair", "speaker", "commissioner", "inspector",
                       "sergeant", "sgt", "detective", "officer", "chief", "deputy", "foreign", "prime",
                       "attorney", "mp", "mep", "councillor", "councilman", "leader", "spokesman",
                       "spokeswoman", "spokesperson", "envoy", "adviser", "advisor", "aide", "director",
                       "ceo", "coach", "manager", "head", "former", "acting", "interim", "state",
                       "defence", "defense", "interior", "finance", "health", "home", "shadow",
                       "opposition", "party", "government", "kremlin", "white", "house", "press",
                       "national", "security", "presidential", "senior", "top", "chief", "first",
                       "supreme", "federal", "general", "attorney-general", "labour", "conservative",
                       "tory", "democratic", "republican", "liberal", "green", "economy", "trade",
                       "justice", "education", "transport", "energy", "environment", "culture", "housing", "business",
                       "work", "pensions", "digital", "treasury", "cabinet", "communities", "levelling"};
    return in(s, w);
}

bool is_role_noun(std::string_view w) {
    static const Set s{"spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen",
                       "minister", "ministers", "president", "chancellor", "official", "officials",
                       "secretary", "leader", "leaders", "head", "chief", "adviser", "advisers", "advisor",
                       "aide", "aides", "ambassador", "envoy", "diplomat", "diplomats", "analyst",
                       "analysts", "expert", "experts", "source", "sources", "premier", "governor",
                       "mayor", "senator", "lawmaker", "lawmakers", "legislator", "mp", "mps",
                       "negotiator", "negotiators", "representative", "representatives", "director",
                       "chairman", "chairwoman", "commander", "general", "prosecutor", "prosecutors",
                       "judge", "lawyer", "lawyers", "attorney", "researcher", "researchers",
                       "scientist", "scientists", "economist", "economists", "witness", "witnesses",
                       "resident", "residents", "campaigner", "campaigners", "activist", "activists",
                       "candidate", "member", "members", "counterpart", "monarch", "king", "queen",
                       "pope", "prince", "ceo", "executive", "founder", "manager", "coach", "investigator",
                       "investigators", "officer", "officers", "doctor", "doctors", "author", "authors",
                       "delegation", "delegate", "delegates", "deputy", "speaker", "commissioner", "critics",
                       "supporters", "opponents", "protesters", "observers", "campaigners", "economists",
                       "people", "voters", "parents", "teachers", "unions", "farmers", "businesses", "owners",
                       "families", "relatives", "survivors", "victims", "police"};
    return in(s, w);
}

bool is_org_head(std::string_view w) {
    static const Set s{"ministry", "department", "government", "office", "administration", "police",
                       "army", "military", "navy", "agency", "commission", "council", "committee",
                       "court", "party", "parliament", "senate", "congress", "assembly", "embassy",
                       "company", "firm", "bank", "group", "union", "institute", "university",
                       "foundation", "association", "organisation", "organization", "authority",
                       "authorities", "service", "services", "board", "campaign", "cabinet", "kremlin",
                       "house", "street", "pentagon", "regime", "forces", "corporation", "inc", "ltd",
                       "plc", "network", "coalition", "alliance", "federation", "side", "team",
                       "secretariat", "presidency", "bureau", "prosecutors", "guard", "command",
                       "headquarters", "hospital", "council", "tribunal", "watchdog", "regulator", "newspaper",
                       "broadcaster", "outlet", "news", "daily", "magazine", "website", "network", "groups",
                       "organisations", "organizations", "companies", "parties", "agencies", "unions", "ministries",
                       "departments", "governments", "councils", "charities", "charity", "lobby", "force"};
    return in(s, w);
}

bool is_known_org(std::string_view w) {
    static const Set s{"kremlin", "pentagon", "nato", "un", "eu", "opec", "hamas", "hezbollah", "taliban",
                       "fbi", "cia", "nhs", "who", "imf", "ofcom", "ofsted", "interpol", "europol",
                       "gazprom", "rosneft", "whitehall", "downing", "bundestag", "duma", "knesset",
                       "politburo", "congress", "parliament", "senate", "vatican", "idf", "isis",
                       "labour", "tories", "conservatives", "democrats", "republicans", "moscow"};
    return in(s, w);
}

bool is_place(std::string_view w) {
    static const Set s{"moscow", "berlin", "washington", "london", "paris", "beijing", "kyiv", "kiev",
                       "tehran", "jerusalem", "brussels", "tokyo", "ankara", "rome", "madrid", "warsaw",
                       "minsk", "damascus", "baghdad", "kabul", "islamabad", "delhi", "seoul", "pyongyang",
                       "riyadh", "cairo", "ottawa", "canberra", "dublin", "athens", "vienna", "budapest",
                       "prague", "stockholm", "oslo", "helsinki", "copenhagen", "amsterdam", "lisbon",
                       "russia", "ukraine", "germany", "france", "britain", "china", "iran", "israel",
                       "turkey", "japan", "india", "pakistan", "poland", "belarus", "syria", "iraq",
                       "america", "canada", "australia", "italy", "spain", "us", "uk", "usa", "westminster",
                       "taipei", "taiwan", "hungary", "greece", "egypt", "qatar", "gaza", "palestine"};
    return in(s, w);
}

bool is_media(std::string_view w) {
    static const Set s{"tass", "interfax", "ria", "novosti", "reuters", "ap", "afp", "bbc", "cnn", "nbc",
                       "cbs", "abc", "msnbc", "fox", "sky", "itv", "bloomberg", "axios", "politico",
                       "dpa", "xinhua", "ansa", "efe", "kyodo", "yonhap", "ukrinform", "unian", "rbc",
                       "izvestia", "kommersant", "spiegel", "bild", "guardian", "times", "telegraph",
                       "independent", "newspaper", "agency", "broadcaster", "channel", "radio",
                       "television", "tv", "journalists", "reporters", "press", "media", "twitter",
                       "telegram", "facebook", "instagram", "x", "truth", "substack", "podcast",
                       "cnbc", "npr", "pbs", "al", "jazeera", "euronews", "dw"};
    return in(s, w);
}

bool is_document(std::string_view w) {
    static const Set s{"statement", "statements", "readout", "summary", "tweet", "tweets", "post", "posts",
                       "interview", "release", "communique", "report", "letter", "message", "video",
                       "speech", "address", "briefing", "conference", "remarks", "comments", "note",
                       "blog", "column", "op-ed", "transcript", "website", "account", "channel", "figures",
                       "data", "estimates", "poll", "polls", "survey", "research", "documents", "records",
                       "filings", "study", "analysis", "memo", "documents", "readouts"};
    return in(s, w);
}

bool is_nationality(std::string_view w) {
    static const Set s{"russian", "german", "ukrainian", "american", "us", "u.s.", "british", "uk",
                       "french", "chinese", "iranian", "israeli", "turkish", "polish", "belarusian",
                       "european", "eu", "un", "nato", "japanese", "indian", "pakistani", "syrian",
                       "iraqi", "afghan", "canadian", "australian", "italian", "spanish", "irish",
                       "scottish", "welsh", "english", "palestinian", "saudi", "egyptian", "korean",
                       "north", "south", "western", "eastern", "hungarian", "greek", "dutch", "swedish",
                       "norwegian", "finnish", "danish", "austrian", "swiss", "belgian", "czech",
                       "mexican", "brazilian", "taiwanese", "qatari", "lebanese", "jordanian"};
    return in(s, w);
}

bool is_auxiliary(std::string_view w) {
    static const Set s{"has", "have", "had", "was", "were", "is", "are", "be", "been", "also", "previously",
                       "repeatedly", "reportedly", "later", "further", "again", "then", "already",
                       "once", "earlier", "would", "will", "could", "may", "might", "should", "did",
                       "does", "do", "just", "still", "recently", "publicly", "privately", "categorically",
                       "firmly", "flatly", "separately", "subsequently", "finally", "quickly", "openly",
                       "not", "never", "himself", "herself", "themselves", "itself", "too", "both", "all",
                       "allegedly", "apparently", "initially", "first", "often", "frequently",
                       "strongly", "sharply", "angrily", "bluntly", "clearly", "explicitly", "directly",
                       "personally", "officially", "formally", "only", "even", "now", "always"};
    return in(s, w);
}

bool is_time_word(std::string_view w) {
    static const Set s{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                       "yesterday", "today", "tonight", "earlier", "later", "recently", "previously",
                       "morning", "evening", "afternoon", "night", "week", "month", "year", "weekend",
                       "january", "february", "march", "april", "june", "july", "august", "september",
                       "october", "november", "december"};
    return in(s, w);
}

bool is_sentence_adverb(std::string_view w) {
    static const Set s{"however", "meanwhile", "yesterday", "today", "tonight", "but", "and", "also", "then",
                       "later", "earlier", "now", "still", "separately", "speaking", "asked", "in", "on",
                       "at", "for", "after", "before", "during", "while", "when", "as", "if", "since",
                       "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its",
                       "our", "my", "your", "there", "here", "it", "so", "yet", "nevertheless",
                       "moreover", "furthermore", "instead", "indeed", "last", "next", "following",
                       "according", "with", "without", "by", "from", "to", "of", "under", "over",
                       "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                       "although", "though", "because", "once", "until", "whether", "both", "neither",
                       "either", "other", "another", "some", "many", "most", "several", "few", "all",
                       "every", "each", "such", "no", "not", "what", "who", "which", "where", "why", "how",
                       "reportedly", "previously", "finally", "further", "additionally", "similarly",
                       "likewise", "thus", "therefore", "hence", "accordingly", "overall", "notably"};
    return in(s, w);
}

bool is_abbreviation(std::string_view w) {
    static const Set s{"mr", "mrs", "ms", "dr", "st", "sr", "jr", "prof", "gen", "col", "lt", "capt", "sgt",
                       "rep", "sen", "gov", "rev", "fr", "mt", "no", "vs", "etc", "inc", "ltd", "co",
                       "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
                       "nov", "dec", "approx", "dept", "est", "fig", "vol", "e.g", "i.e", "u.s", "u.k",
                       "u.n", "a.m", "p.m"};
    return in(s, w);
}

bool is_title_cue(std::string_view w) {
    static const Set s{"so-called", "titled", "entitled", "dubbed", "nicknamed", "called", "named",
                       "headlined", "branded", "labelled", "labeled", "termed", "coined", "slogan",
                       "motto", "hashtag", "book", "film", "movie", "song", "album", "novel", "show",
                       "series", "documentary", "play", "operation", "word", "words", "phrase", "term",
                       "as", "known"};
    return in(s, w);
}

bool is_lower_function_word(std::string_view w) {
    static const Set s{"of", "the", "and", "to", "in", "on", "for", "at", "by", "with", "from", "a", "an",
                       "de", "van", "von", "der", "al", "bin", "la", "le", "du", "da", "di", "del"};
    return in(s, w);
}

Pronoun pronoun(std::string_view w) {
    if (w.size() > 4) return Pronoun::None;
    std::string l = lower(w);
    if (l == "he") return Pronoun::He;
    if (l == "she") return Pronoun::She;
    if (l == "it") return Pronoun::It;
    if (l == "they") return Pronoun::They;
    if (l == "i") return Pronoun::I;
    if (l == "we") return Pronoun::We;
    return Pronoun::None;
}

}  // namespace whosaid::lexicon
