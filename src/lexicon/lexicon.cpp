#include "lexicon.hpp"

#include "lexicon_ascii.hpp"

#include <cstdint>
#include <cstring>
#include <string>
#include <vector>
#include <unordered_map>
#include <unordered_set>

namespace whosaid::lexicon {
namespace {

// Lookups lower-case the word into a small buffer: no allocation on the hot path, where every
// word of an article meets several tables. Words longer than any entry are never in a table.
constexpr std::size_t kMaxWord = 32;

// buf holds the word and at least 8 zero bytes after it: the table's hash reads it 8 bytes
// at a time without a tail case.
struct Lower {
    char buf[kMaxWord + 8];
    std::size_t n = 0;
    bool fits = true;
    explicit Lower(std::string_view w) {
        if (w.size() > kMaxWord) {
            fits = false;
            return;
        }
        n = w.size();
        std::memset(buf, 0, sizeof buf);
        copy_small(buf, w.data(), n);
        lower_in_place();
    }
    Lower() = default;
    // Eight bytes at a time: 'A'..'Z' gain 0x20, every other byte (UTF-8 ones too) stays.
    void lower_in_place() {
        constexpr std::uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL;
        for (std::size_t i = 0; i < n; i += 8) {
            std::uint64_t x;
            std::memcpy(&x, buf + i, 8);
            const std::uint64_t t = x & ~kHigh;  // low seven bits: no carry between bytes below
            const std::uint64_t from_a = t + (0x80 - 'A') * kOnes, past_z = t + (0x80 - 'Z' - 1) * kOnes;
            x |= (from_a & ~past_z & ~x & kHigh) >> 2;
            std::memcpy(buf + i, &x, 8);
        }
    }
    // n <= kMaxWord bytes from `from` (not read past n) to buf, inline.
    static void copy_small(char* to, const char* from, std::size_t n) {
        if (n >= 8) {
            for (std::size_t i = 0; i + 8 < n; i += 8) std::memcpy(to + i, from + i, 8);
            std::memcpy(to + n - 8, from + n - 8, 8);
        } else if (n >= 4) {
            std::memcpy(to, from, 4);
            std::memcpy(to + n - 4, from + n - 4, 4);
        } else if (n > 0) {
            to[0] = from[0];
            to[n / 2] = from[n / 2];
            to[n - 1] = from[n - 1];
        }
    }
    std::string_view view() const { return {buf, n}; }
};

std::string lower(std::string_view w) { return std::string(Lower(w).view()); }

// a[0, n) == b[0, n), inline: a call of memcmp for a few bytes cost more
// than the rest of a memo hit. Overlapping loads, none outside [0, n) of either side.
inline bool same_bytes(const char* a, const char* b, std::size_t n) {
    if (n >= 8) {
        std::uint64_t x, y, diff = 0;
        for (std::size_t i = 0; i + 8 < n; i += 8) {
            std::memcpy(&x, a + i, 8);
            std::memcpy(&y, b + i, 8);
            diff |= x ^ y;
        }
        std::memcpy(&x, a + n - 8, 8);
        std::memcpy(&y, b + n - 8, 8);
        return (diff | (x ^ y)) == 0;
    }
    if (n >= 4) {
        std::uint32_t x0, y0, x1, y1;
        std::memcpy(&x0, a, 4);
        std::memcpy(&y0, b, 4);
        std::memcpy(&x1, a + n - 4, 4);
        std::memcpy(&y1, b + n - 4, 4);
        return ((x0 ^ y0) | (x1 ^ y1)) == 0;
    }
    return n == 0 || (a[0] == b[0] && a[n / 2] == b[n / 2] && a[n - 1] == b[n - 1]);
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
                      "declared", "declares", "asserted", "asserts", "maintains",
                      "acknowledged", "acknowledges", "admitted", "admits", "observed", "remarked",
                      "replied", "replies", "responded", "responds", "answered", "wrote", "writes", "tweeted",
                      "tweets", "revealed", "reveals", "clarified", "clarifies", "reiterated",
                      "reiterates", "conceded", "concedes", "recalled", "recalls", "commented",
                      "complained", "complains", "countered", "predicted", "predicts",
                      "promised", "promises", "pledged", "pledges", "vowed", "vows", "suggested",
                      "suggests", "estimated", "alleged", "alleges", "contended", "contends",
                      "cautioned", "cautions", "boasted", "mused", "quipped", "continued", "agreed",
                      "disclosed", "signalled", "signaled", "hinted", "specified",
                      "underlined", "underscored", "highlighted", "reported", "reports", "reporting", "repeated",
                      "believes", "thinks", "hopes", "feels", "fears", "expects",
                      // base forms: "experts note that", "officials believe", "analysts warn"
                      "note", "argue", "warn", "insist", "stress", "believe", "think", "hope", "fear", "expect",
                      "add", "explain", "confirm", "announce", "suggest", "predict", "estimate", "maintain",
                      "acknowledge", "admit", "concede", "emphasise", "emphasize", "consider", "considers",
                      "considered", "declare", "assert", "contend", "allege", "informs", "declared", "agree"});
        // more reporting verbs and their forms: "the court ruled that", "she joked that", "testified that"
        add(C, true, {"recommended", "recommends", "recommending", "joked", "jokes", "joking", "quipping", "ruled",
                      "recalling", "acknowledging", "stating", "tweeting", "predicting", "vowing", "pledging",
                      "promising", "conceding", "agreeing", "agrees", "replying", "responding", "suggesting",
                      "declaring", "alleging", "countering", "contending", "complaining", "boasting",
                      "lamented", "laments", "lamenting", "griped", "grumbled", "maintaining", "asserting",
                      "reiterating", "recounted", "recounting", "testified", "testifies",
                      "testifying", "writing", "texted", "emailed", "blogged", "observes", "observing",
                      "remarking", "commenting", "affirming", "admitting", "reckoned", "reckons",
                      "hinting", "speculated", "speculates", "speculating",
                      "theorized", "discloses", "disclosing", "revealing", "answering", "guaranteed", "swore",
                      "swears", "swearing", "put", "puts",
                      // "proclaimed that", "bragged that", "vow to" ("threatened to resign" is a deed, rarely a report)
                      "proclaimed", "proclaims", "proclaiming", "bragged", "brags", "bragging",
                      "boasts", "promise", "vow", "pledge"});
        add(C, false, {"denied", "denies", "denying", "deny", "proposed", "proposes", "proposing", "demanded", "demands",
                       "claim"});
        add(O, true, {"reminding", "informing", "notified", "notifies", "notifying"});
        add(O, true, {"told", "tells", "telling", "tell", "informed",
                      "reminded", "reminds", "briefed"});
        // verb + object + infinitive or complement: "encouraged firms to invest", "termed the deal illegal"
        add(X, true, {"encouraged", "encourages", "encouraging", "advised", "advises", "advising", "pressed",
                      "implored", "implores", "imploring", "begged", "begs", "begging",
                      "instructed", "instructs", "instructing", "termed", "dubbing", "labelled", "labeled",
                      "branded"});
        add(X, true, {"citing", "rejected", "rejects", "urged", "urges", "urging", "asked", "asks", "accused", "accuses", "accusing",
                      "described", "describes", "describing", "called", "calls", "expressed",
                      "expresses", "praised", "criticised", "criticized", "condemned", "condemns",
                      "affirmed", "affirms", "welcomed", "welcomes", "blamed", "blames",
                      "dismissed", "dismisses", "questioned", "defended", "defends",
                      "thanked", "appealed", "hailed", "slammed", "lambasted", "spoke", "calling",
                      "speaks", "pointed", "points", "point", "pointing", "opened",
                      // attacks as news reports them, like "slammed": "blasted the plan as …", "mocked Rubio for …"
                      "blasted", "blasts", "blasting", "mocked", "mocks", "mocking", "denounced", "denounces",
                      "denouncing", "slams", "slamming", "criticizing", "criticising", "praises", "praising",
                      // what a speaker brings up: "cited a poll showing …", "touted his record on jobs"
                      // ("attacked" and "compared with 16 percent" are deeds and figures more often)
                      "cited", "cites", "mentioned", "mentions", "echoed", "echoes", "touted", "touts", "touting",
                      "dismissing", "blaming", "defending", "questioning", "likened", "likening", "invoked", "invoking",
                      "referenced", "referencing", "bemoaned", "downplayed", "downplaying", "asking", "ask", "call", "referring", "referred",
                      "refers", "talking", "talked"});
        return t;
    }();
    return table;
}


// ---- the word classes: one list each, merged into one table with a bit per class ----

// Every one-word class: its list (below) and the predicate that asks for it (lexicon.hpp). Adding
// a class is one line here plus its list; its bit is its place in this line-up, so the first
// eight are the SpeakerClasses bits that speaker_classes() hands out together.
#define WHOSAID_WORD_CLASSES(X) \
    X(kTitle, is_title) \
    X(kRoleNoun, is_role_noun) \
    X(kOrgHead, is_org_head) \
    X(kKnownOrg, is_known_org) \
    X(kPlace, is_place) \
    X(kMedia, is_media) \
    X(kDocument, is_document) \
    X(kNationality, is_nationality) \
    X(kAuxiliary, is_auxiliary) \
    X(kTimeWord, is_time_word) \
    X(kSentenceAdverb, is_sentence_adverb) \
    X(kAbbreviation, is_abbreviation) \
    X(kTitleCue, is_title_cue) \
    X(kLowerFunctionWord, is_lower_function_word) \
    X(kClauseOpener, is_clause_opener) \
    X(kNoSpeakerHead, is_no_speaker_head) \
    X(kQuestionWord, is_question_word) \
    X(kMannerOfTelling, is_manner_of_telling) \
    X(kNumberWord, is_number_word) \
    X(kSubjectTrail, is_subject_trail) \
    X(kApproximator, is_approximator) \
    X(kIndefinitePronoun, is_indefinite_pronoun) \
    X(kFrontedSubordinator, is_fronted_subordinator) \
    X(kPreposition, is_preposition) \
    X(kGroupQuantifier, is_group_quantifier) \
    X(kFiniteAuxiliary, is_finite_auxiliary) \
    X(kNoSpeechBeforeTo, is_no_speech_before_to) \
    X(kNameParticle, is_name_particle) \
    X(kRegion, is_region) \
    X(kDeterminer, is_determiner) \
    X(kPluralNounModifier, is_plural_noun_modifier) \
    X(kTailStart, is_tail_start) \
    X(kHeadlineComplementCue, is_headline_complement_cue) \
    X(kRubricLabel, is_rubric_label) \
    X(kOutletWord, is_outlet_word) \
    X(kSpeechNoun, is_speech_noun) \
    X(kStatementMaker, is_statement_maker) \
    X(kCitingParticiple, is_citing_participle) \
    X(kPlaceAdverb, is_place_adverb) \
    X(kReleaseParticiple, is_release_participle) \
    X(kCounselVerb, is_counsel_verb)

enum WordClassSlot : unsigned {
#define WHOSAID_SLOT(array, predicate) array##Slot,
    WHOSAID_WORD_CLASSES(WHOSAID_SLOT)
#undef WHOSAID_SLOT
    kWordClassCount
};
static_assert(kWordClassCount <= 64, "one bit per class in a slot's 64-bit classes");
#define WHOSAID_BIT(array, predicate) constexpr std::uint64_t array##Bit = std::uint64_t{1} << array##Slot;
WHOSAID_WORD_CLASSES(WHOSAID_BIT)
#undef WHOSAID_BIT
static_assert(kTitleBit == SpeakerClasses::kTitle);
static_assert(kRoleNounBit == SpeakerClasses::kRoleNoun);
static_assert(kOrgHeadBit == SpeakerClasses::kOrgHead);
static_assert(kKnownOrgBit == SpeakerClasses::kKnownOrg);
static_assert(kPlaceBit == SpeakerClasses::kPlace);
static_assert(kMediaBit == SpeakerClasses::kMedia);
static_assert(kDocumentBit == SpeakerClasses::kDocument);
static_assert(kNationalityBit == SpeakerClasses::kNationality);

const char* const kTitle[] = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof", "professor",
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
                       "national", "security", "presidential", "senior", "top", "first",
                       "supreme", "federal", "attorney-general", "labour", "conservative",
                       "tory", "democratic", "republican", "liberal", "green", "economy", "trade",
                       "education", "transport", "energy", "environment", "culture", "housing", "business",
                       "work", "pensions", "digital", "treasury", "cabinet", "communities", "levelling"};

const char* const kRoleNoun[] = {"spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen",
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
                       "supporters", "opponents", "protesters", "observers",
                       "people", "voters", "parents", "teachers", "unions", "farmers", "businesses", "owners",
                       "families", "relatives", "survivors", "victims", "police",
                       // people news quotes for what they do
                       "strategist", "strategists", "consultant", "consultants", "pollster", "pollsters",
                       "professor", "professors", "historian", "historians", "operative", "operatives",
                       "commentator", "commentators", "columnist", "columnists", "editor", "editors",
                       "publisher", "host", "anchor", "correspondent", "writer", "blogger", "organizer",
                       "organiser", "organizers", "organisers", "donor", "donors", "fundraiser", "supporter",
                       "voter", "student", "students", "worker", "workers", "employee", "employees", "owner",
                       "veteran", "veterans", "mother", "father", "lobbyist", "lobbyists", "staffer",
                       "staffers", "ally", "allies", "critic", "rival", "rivals",
                       "president-elect", "nominee", "challenger", "incumbent", "physician",
                       "nurse", "nurses", "engineer", "farmer", "trader", "traders", "investor", "investors",
                       "banker", "bankers", "actress", "actor", "singer", "comedian", "pastor", "priest",
                       "bishop", "cleric", "scholar", "scholars", "academic", "academics", "specialist",
                       "specialists", "observer", "insider", "insiders", "executives", "attorneys", "elders",
                       "physicians", "speakers", "actors",
                       // plurals the appositive reader needs ("The candidates, including Lopez, said")
                       "candidates", "nominees", "senators", "governors", "mayors", "judges", "justices",
                       "ambassadors", "commissioners", "directors", "managers", "founders", "presidents",
                       "secretaries", "chiefs", "hosts", "anchors", "writers", "bloggers", "correspondents",
                       "journalists", "clerics", "pastors", "priests", "rabbis", "bishops", "engineers",
                       "challengers", "incumbents", "chairmen", "chairwomen", "envoys", "deputies",
                       // "a person familiar with the plans", "a person close to the Clintons"
                       "person", "persons", "reporter", "moderator", "moderators", "interviewer"};

const char* const kOrgHead[] = {"ministry", "department", "government", "office", "administration", "police",
                       "center", "centre", "club", "fund", "society", "league", "caucus", "forum",
                       "army", "military", "navy", "agency", "commission", "council", "committee",
                       "court", "party", "parliament", "senate", "congress", "assembly", "embassy",
                       "company", "firm", "bank", "group", "union", "institute", "university",
                       "foundation", "association", "organisation", "organization", "authority",
                       "authorities", "service", "services", "board", "campaign", "cabinet", "kremlin",
                       "house", "street", "pentagon", "regime", "forces", "corporation", "inc", "ltd",
                       "plc", "network", "coalition", "alliance", "federation", "side", "team",
                       "secretariat", "presidency", "bureau", "prosecutors", "guard", "command",
                       "headquarters", "hospital", "tribunal", "watchdog", "regulator", "newspaper",
                       "broadcaster", "outlet", "news", "daily", "magazine", "website", "groups",
                       "organisations", "organizations", "companies", "parties", "agencies", "unions", "ministries",
                       "departments", "governments", "councils", "charities", "charity", "lobby", "force"};

const char* const kKnownOrg[] = {"kremlin", "pentagon", "nato", "un", "eu", "opec", "hamas", "hezbollah", "taliban",
                       "fbi", "cia", "nhs", "who", "imf", "ofcom", "ofsted", "interpol", "europol",
                       "gazprom", "rosneft", "whitehall", "downing", "bundestag", "duma", "knesset",
                       "politburo", "congress", "parliament", "senate", "vatican", "idf", "isis",
                       "labour", "tories", "conservatives", "democrats", "republicans", "moscow"};

const char* const kPlace[] = {"moscow", "berlin", "washington", "london", "paris", "beijing", "kyiv", "kiev",
                       "tehran", "jerusalem", "brussels", "tokyo", "ankara", "rome", "madrid", "warsaw",
                       "minsk", "damascus", "baghdad", "kabul", "islamabad", "delhi", "seoul", "pyongyang",
                       "riyadh", "cairo", "ottawa", "canberra", "dublin", "athens", "vienna", "budapest",
                       "prague", "stockholm", "oslo", "helsinki", "copenhagen", "amsterdam", "lisbon",
                       "russia", "ukraine", "germany", "france", "britain", "china", "iran", "israel",
                       "turkey", "japan", "india", "pakistan", "poland", "belarus", "syria", "iraq",
                       "america", "canada", "australia", "italy", "spain", "us", "uk", "usa", "westminster",
                       "taipei", "taiwan", "hungary", "greece", "egypt", "qatar", "gaza", "palestine"};

const char* const kMedia[] = {"tass", "interfax", "ria", "novosti", "reuters", "ap", "afp", "bbc", "cnn", "nbc",
                       "cbs", "abc", "msnbc", "fox", "sky", "itv", "bloomberg", "axios", "politico",
                       "dpa", "xinhua", "ansa", "efe", "kyodo", "yonhap", "ukrinform", "unian", "rbc",
                       "izvestia", "kommersant", "spiegel", "bild", "guardian", "times", "telegraph",
                       "independent", "newspaper", "agency", "broadcaster", "channel", "radio",
                       "television", "tv", "journalists", "reporters", "press", "media", "twitter",
                       "telegram", "facebook", "instagram", "x", "truth", "substack", "podcast",
                       "cnbc", "npr", "pbs", "al", "jazeera", "euronews", "dw"};

const char* const kDocument[] = {"statement", "statements", "readout", "summary", "tweet", "tweets", "post", "posts",
                       "interview", "release", "communique", "report", "letter", "message", "video",
                       "speech", "address", "briefing", "conference", "remarks", "comments", "note",
                       "blog", "column", "op-ed", "transcript", "website", "account", "channel", "figures",
                       "data", "estimates", "poll", "polls", "survey", "research", "documents", "records",
                       "filings", "study", "analysis", "memo", "readouts"};

const char* const kNationality[] = {"russian", "german", "ukrainian", "american", "us", "u.s.", "british", "uk",
                       "french", "chinese", "iranian", "israeli", "turkish", "polish", "belarusian",
                       "european", "eu", "un", "nato", "japanese", "indian", "pakistani", "syrian",
                       "iraqi", "afghan", "canadian", "australian", "italian", "spanish", "irish",
                       "scottish", "welsh", "english", "palestinian", "saudi", "egyptian", "korean",
                       "north", "south", "western", "eastern", "hungarian", "greek", "dutch", "swedish",
                       "norwegian", "finnish", "danish", "austrian", "swiss", "belgian", "czech",
                       "mexican", "brazilian", "taiwanese", "qatari", "lebanese", "jordanian"};

const char* const kAuxiliary[] = {"has", "have", "had", "was", "were", "is", "are", "be", "been", "also", "previously",
                       "must", "can", "shall",
                       "repeatedly", "reportedly", "later", "further", "again", "then", "already",
                       "once", "earlier", "would", "will", "could", "may", "might", "should", "did",
                       "does", "do", "just", "still", "recently", "publicly", "privately", "categorically",
                       "firmly", "flatly", "separately", "subsequently", "finally", "quickly", "openly",
                       "not", "never", "himself", "herself", "themselves", "itself", "too", "both", "all",
                       "allegedly", "apparently", "initially", "first", "often", "frequently",
                       "strongly", "sharply", "angrily", "bluntly", "clearly", "explicitly", "directly",
                       "personally", "officially", "formally", "only", "even", "now", "always",
                       "however", "meanwhile", "nevertheless", "nonetheless", "instead", "likewise",
                       "similarly", "indeed", "yet",
                       // adverbs of manner and time seen between a subject and its cue in real news
                       // ("Ryan has long said", "she has since said", "he has specifically said")
                       "long", "since", "likely", "specifically", "implicitly", "freely", "widely",
                       "generally", "briefly", "essentially", "eventually", "increasingly", "regularly",
                       "largely", "suddenly", "forcefully", "effectively", "jokingly", "falsely",
                       "loudly", "proudly", "bitterly", "pointedly", "immediately", "vigorously",
                       "originally", "basically", "consistently", "routinely", "wrongly", "rightly",
                       "correctly", "famously", "emphatically", "defiantly", "cautiously", "confidently",
                       "simply", "reluctantly", "grudgingly", "candidly", "erroneously", "incorrectly",
                       // negated contractions, both apostrophes: "Sanders hasn't said", "she didn’t say"
                       "hasn't", "haven't", "hadn't", "didn't", "doesn't", "don't", "isn't", "wasn't",
                       "weren't", "won't", "wouldn't", "can't", "couldn't", "shouldn't",
                       "hasn\u2019t", "haven\u2019t", "hadn\u2019t", "didn\u2019t", "doesn\u2019t", "don\u2019t",
                       "isn\u2019t", "wasn\u2019t", "weren\u2019t", "won\u2019t", "wouldn\u2019t", "can\u2019t",
                       "couldn\u2019t", "shouldn\u2019t"};

const char* const kTimeWord[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                       "yesterday", "today", "tonight", "earlier", "later", "recently", "previously",
                       "morning", "evening", "afternoon", "night", "week", "month", "year", "weekend",
                       "january", "february", "march", "april", "june", "july", "august", "september",
                       "october", "november", "december"};

const char* const kSentenceAdverb[] = {"however", "meanwhile", "yesterday", "today", "tonight", "but", "and", "also", "then",
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
                       "likewise", "thus", "therefore", "hence", "accordingly", "overall", "notably",
                       "even", "only", "ultimately"};

const char* const kAbbreviation[] = {"mr", "mrs", "ms", "dr", "st", "sr", "jr", "prof", "gen", "col", "lt", "capt", "sgt",
                       "rep", "sen", "gov", "rev", "fr", "mt", "no", "vs", "etc", "inc", "ltd", "co",
                       "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
                       "nov", "dec", "approx", "dept", "est", "fig", "vol", "e.g", "i.e", "u.s", "u.k",
                       "u.n", "a.m", "p.m"};

const char* const kTitleCue[] = {"so-called", "titled", "entitled", "dubbed", "nicknamed", "called", "named",
                       "headlined", "branded", "labelled", "labeled", "termed", "coined", "slogan",
                       "motto", "hashtag", "book", "film", "movie", "song", "album", "novel", "show",
                       "series", "documentary", "play", "operation", "word", "words", "phrase", "term",
                       "as", "known"};

// Words that open a clause: a subject found by walking left from a verb stops at them.
const char* const kClauseOpener[] = {"that", "and", "but", "because", "while", "if", "when", "although", "though",
                       "since", "whether", "where", "so", "or", "whereas", "after", "before", "until", "unless",
                       "as", "once", "than", "what", "why", "how"};

// Words that head no speaker: a common-noun subject ending on one of them is no source
// ("what it said", "each said", "the other said"; "the statement" is a document, handled apart).
const char* const kNoSpeakerHead[] = {"it", "this", "that", "these", "those", "there", "here", "which", "who", "whom",
                       "what", "one", "each", "other", "others", "all", "both", "some", "many", "most",
                       "none", "few", "several", "any", "everyone", "everybody", "someone", "somebody",
                       "anyone", "nobody", "no", "not", "i", "we", "you", "me", "us", "him", "her", "them",
                       "my", "your", "our", "their", "his", "its", "time", "times", "day", "days", "week",
                       "weeks", "year", "years", "ago", "way", "thing", "things", "something", "nothing",
                       "anything", "everything", "lot", "much", "more", "less", "too", "very", "just",
                       "only", "even", "also", "then", "now", "never", "ever", "always", "already", "yet",
                       "so", "as", "than", "well", "again"};

// "said without citing its sources": after "without", how a thing was said, not what was said.
// Words that close a group subject without being its head: "voters overall said", "those
// surveyed said", "the residents polled said".
const char* const kSubjectTrail[] = {"overall", "alone", "combined", "surveyed", "polled", "questioned",
                                     "interviewed", "sampled"};

// Words that bend a count: "About three in 10 said", "Only 7 percent said", "Nearly half said".
// nobody, everyone: a subject that names no one
// Words that open a subordinate clause in front of the main one: "While Ramos said that …, he …".
const char* const kFrontedSubordinator[] = {"while", "although", "though", "whereas", "when", "if", "because",
                                            "since", "after", "before", "once", "unless", "until"};

// Prepositions that open a fronted adverbial ("In the long run, he said, …").
const char* const kPreposition[] = {"in", "on", "at", "for", "with", "from", "by", "during", "after", "before",
                                    "over", "under", "since", "amid", "despite", "about", "against", "among",
                                    "across", "through", "throughout", "within", "without", "toward", "towards",
                                    "beyond", "around", "like", "unlike", "near", "into", "of", "to", "until"};

// Quantifiers that stand for a group just counted: "Nine in 10 were worried; most said …".
const char* const kGroupQuantifier[] = {"most", "many", "some", "others", "several", "few", "both", "all"};

// Finite auxiliaries: a stretch holding one is a clause ("candidates have more room"), not an aside.
const char* const kFiniteAuxiliary[] = {"has", "have", "had", "is", "are", "was", "were", "will", "would", "can",
                                        "could", "may", "might", "should", "must", "shall", "does", "do", "did"};

// de, von, bin: lower-case particles inside a person's name ("Pierre de Vos")
const char* const kNameParticle[] = {"de", "da", "di", "du", "del", "della", "der", "den", "des", "van", "von",
                       "ter", "le", "la", "al", "el", "bin", "ibn", "bint", "dos", "das", "zu"};

// Ohio, Carolina, Ontario: a state or province that follows a home town ("Dana Miller of Akron, Ohio")
const char* const kRegion[] = {"alabama", "alaska", "arizona", "arkansas", "california", "colorado",
                       "connecticut", "delaware", "florida", "georgia", "hawaii", "idaho", "illinois",
                       "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine", "maryland",
                       "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana",
                       "nebraska", "nevada", "hampshire", "jersey", "mexico", "york", "carolina", "dakota",
                       "oklahoma", "oregon", "pennsylvania", "island", "tennessee", "texas", "utah", "vermont",
                       "virginia", "washington", "wisconsin", "wyoming", "ohio", "columbia", "ontario",
                       "quebec", "alberta", "manitoba", "saskatchewan", "scotland", "wales", "england",
                       "yorkshire",
                       // AP's abbreviations ("Beaumont, Tex.", "Raleigh, N.C."): the point is a token of its own
                       "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky",
                       "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "n.h", "n.j", "n.m",
                       "n.y", "n.c", "n.d", "okla", "ore", "pa", "r.i", "s.c", "s.d", "tenn", "tex", "vt", "va",
                       "wash", "w.va", "wis", "wyo", "d.c"};

// the, a, several, his: a determiner opens a noun phrase and names nobody alone
const char* const kDeterminer[] = {"the", "a", "an", "one", "another", "two", "three", "several", "some",
                       "many", "other", "senior", "its", "his", "her", "their"};

// member, several, these: before 'states', 'reports' or 'claims' they make a plural noun, not a verb ("member states")
const char* const kPluralNounModifier[] = {"member", "nation", "gulf", "baltic", "arab", "other", "several",
                       "many", "some", "these", "those", "both", "all", "most", "neighbouring", "neighboring",
                       "sovereign", "federal", "united", "two", "three", "four", "such", "the", "false",
                       "news", "media", "phone", "their", "his", "her", "its", "our", "recent", "earlier",
                       "previous", "further", "new"};

// on, in, told, via: the adjuncts a tail attribution may go on with ("…, he said on Friday.")
const char* const kTailStart[] = {"on", "in", "at", "during", "after", "before", "to", "late", "early", "last",
                       "this", "yesterday", "today", "told", "via", "by", "citing", "while", "when", "as",
                       "earlier", "later", "according", "afterwards", "too", "again", "recently", "tonight",
                       "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "with",
                       "from", "about"};

// urges, accuses, calls: object-and-complement cues a headline reports with ("Mayor urges council to act")
const char* const kHeadlineComplementCue[] = {"urges", "urge", "accuses", "calls", "asks"};

// update, analysis, watch: a rubric's word before a colon, not a speaker ("The Latest:", "Paid Notice:")
const char* const kRubricLabel[] = {"update", "updated", "analysis", "comment", "opinion", "exclusive",
                       "breaking", "watch", "video", "read", "editor", "note", "live", "explainer", "factbox",
                       "timeline", "interview", "photo", "pictures", "related", "also", "see", "source",
                       "sources", "tags", "topics", "posted", "published", "share", "follow", "listen",
                       "reaction", "q", "latest", "notice", "email", "newsletter", "briefing", "digest",
                       "roundup"};

// Last words of news outlets' names, as in a site's title suffix ("– BBC News")
const char* const kOutletWord[] = {"news", "times", "post", "journal", "guardian", "telegraph", "herald", "tribune", "mail", "express", "online", "daily", "reuters", "bloomberg", "cnn", "msnbc", "politico", "independent", "observer", "standard", "mirror", "sun", "chronicle", "gazette", "live"};

// Nouns of a statement that take a clause: "his insistence that", "Trump's warning that"
const char* const kSpeechNoun[] = {"claim", "claims", "warning", "warnings", "insistence", "assertion", "assertions", "allegation", "allegations", "accusation", "accusations", "suggestion", "suggestions", "argument", "contention", "promise", "promises", "pledge", "pledges", "assurance", "assurances", "prediction", "predictions", "complaint", "complaints", "admission", "boast", "vow", "vows", "declaration", "announcement", "statement", "statements", "threat", "threats", "remark", "remarks", "comment", "comments", "denial", "message", "reminder", "acknowledgment", "acknowledgement", "concession", "proposal", "demand"};

// Verbs that make or meet a statement, as in a relative clause after its noun ("the claim that he made")
const char* const kStatementMaker[] = {"made", "make", "makes", "making", "issued", "issue", "issues", "gave", "give", "gives", "released", "release", "posted", "post", "delivered", "deliver", "offered", "sent", "put", "wrote", "write", "tweeted", "repeated", "repeat", "voiced", "raised", "received", "heard", "hear", "rejected", "reject", "dismissed", "denied", "echoed", "quoted", "cited", "read"};

// Participles that cite a source after "as": "as reported by", "as quoted by"
const char* const kCitingParticiple[] = {"reported", "noted", "cited", "quoted"};

// Participles that put a document out, after its noun: "a report published Wednesday said", "a tweet issued by"
const char* const kReleaseParticiple[] = {"published", "released", "issued", "posted", "aired", "broadcast", "unveiled", "conducted"};

// Verbs of counsel and pressure that report speech only with what was urged after the one
// addressed ("advised students not to travel", "encouraged firms to invest"); alone they are a
// job or a deed ("a pollster who advises the governor", "banks that advised on the merger").
const char* const kCounselVerb[] = {"advised", "advises", "advising", "advise", "encouraged", "encourages",
                                    "encouraging", "instructed", "instructs", "instructing", "pressed", "presses", "pressing"};

// Adverbs of place between a subject and its verb: "officials here said"
const char* const kPlaceAdverb[] = {"here", "there"};

// Words before "to say" that report no speech: a refusal, the writer's own aside, a wish or a
// plan ("declined to say", "it is fair to say", "wants to say", "is expected to say").
const char* const kNoSpeechBeforeTo[] = {"declined", "declines", "declining", "refused", "refuses", "refusing",
                                         "unwilling", "reluctant", "hesitant", "fair", "safe", "hard", "difficult",
                                         "easy", "wanted", "wants", "want", "like", "going", "have", "has", "had",
                                         "asked", "expected", "need", "needs", "needed", "able", "unable", "not"};

const char* const kIndefinitePronoun[] = {"nobody", "everyone", "someone", "everybody", "anyone"};

const char* const kApproximator[] = {"about", "only", "nearly", "almost", "roughly", "around", "just",
                                     "approximately", "some", "over", "fewer", "more"};

// Counts spelled out: "Eight years ago, he said" opens with a number, not a name.
const char* const kNumberWord[] = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                   "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "hundred",
                                   "hundreds", "thousand", "thousands", "million", "millions", "dozen", "dozens",
                                   "half", "hours", "days", "weeks", "months", "years", "minutes", "decades"};

const char* const kMannerOfTelling[] = {"citing", "giving", "naming", "providing", "offering", "elaborating",
                       "specifying", "explaining", "identifying", "disclosing", "revealing", "presenting",
                       "producing", "showing", "detailing", "substantiating"};

// Words that open a reported question: "asked whether …", "asked him how …".
const char* const kQuestionWord[] = {"whether", "if", "how", "why", "what", "when", "where", "who", "which"};

const char* const kLowerFunctionWord[] = {"of", "the", "and", "to", "in", "on", "for", "at", "by", "with", "from", "a", "an",
                       "amid", "despite", "about", "over", "after", "against",
                       "de", "van", "von", "der", "al", "bin", "la", "le", "du", "da", "di", "del"};

// One open-addressing table for every class and every cue verb: a word meets all its tables
// with one lookup instead of one hash-set probe per class. Most words of an article are in no
// table, so a miss must be cheap: the table grows to stay at most an eighth full (a miss then
// meets about one occupied slot), and a 32-bit tag of each key's hash, kept apart from the
// slots, rules out almost every occupied slot without touching its key.
// believes, considers, hopes: attribution only when nothing else in the sentence attributes
const char* const kCognition[] = {"believes", "believe", "thinks", "think", "hopes", "hope", "feels", "fears", "fear",
                                  "expects", "expect", "considers", "consider", "considered", "agreed"};

// Verbs whose speech sense needs the next word: "called for/on", "spoke of/about", "pointed out",
// "opened up the possibility". Without it, "called" and "spoke" are not cues.
struct ParticleVerb {
    const char* verb;
    const char* particles[2];  // nullptr: none more
};
const ParticleVerb kParticleVerbs[] = {
    {"called", {"for", "on"}},    {"calls", {"for", "on"}},  {"spoke", {"of", "about"}}, {"speaks", {"of", "about"}},
    {"pointed", {"out", "to"}},   {"points", {"out", "to"}}, {"opened", {"up", nullptr}}, {"appealed", {"for", "to"}},
    {"point", {"out", "to"}},     {"pointing", {"out", "to"}}, {"call", {"for", "on"}},
    // "referring to the plan as …", "talked about the wall"
    {"referring", {"to", nullptr}}, {"referred", {"to", nullptr}}, {"refers", {"to", nullptr}},
    {"talking", {"about", nullptr}}, {"talked", {"about", nullptr}},
    // "as Cornyn put it: …"
    {"put", {"it", nullptr}},     {"puts", {"it", nullptr}}};

class WordTable {
public:
    struct Slot {
        std::string_view key;
        std::uint64_t classes = 0;  // one bit per named table
        CueInfo cue;
    };

    WordTable() { rehash(1024); }
    Slot& at(std::string_view key) {
        std::string padded(key);  // the table's own words: the slow path, once
        padded.append(8, '\0');
        const std::uint64_t h = hash(padded.data(), key.size());
        if (const Slot* found = find_hashed(key, h)) return slots_[static_cast<std::size_t>(found - slots_.data())];
        if ((count_ + 1) * kMaxLoad > slots_.size()) rehash(slots_.size() * 2);
        const std::size_t i = free_slot(h);
        slots_[i].key = key;
        tags_[i] = tag(h);
        ++count_;
        return slots_[i];
    }
    // A word of a Lower: its buffer is zero-padded.
    const Slot* find(const Lower& lowered) const { return find_hashed(lowered.view(), hash(lowered.buf, lowered.n)); }

private:
    static constexpr std::size_t kMaxLoad = 2;  // slots per key, at least
    // Never 0: 0 marks an empty slot.
    static std::uint32_t tag(std::uint64_t h) { return static_cast<std::uint32_t>(h >> 32) | 1u; }

    // Eight bytes at a time (`padded` has zero bytes after its `size`), each mixed in by one
    // multiply, then folded: a fraction of byte-at-a-time FNV's work on the hot path.
    static std::uint64_t hash(const char* padded, std::size_t size) {
        std::uint64_t h = 0x9E3779B97F4A7C15ull ^ size;
        for (std::size_t i = 0; i < size; i += 8) {
            std::uint64_t w;
            std::memcpy(&w, padded + i, 8);
            h = (h ^ w) * 0xFF51AFD7ED558CCDull;
            h ^= h >> 32;
        }
        h ^= h >> 29;
        h *= 0xC4CEB9FE1A85EC53ull;
        return h ^ (h >> 32);
    }
    const Slot* find_hashed(std::string_view key, std::uint64_t h) const {
        const std::uint32_t t = tag(h);
        for (std::size_t i = h & mask_; tags_[i] != 0; i = (i + 1) & mask_) {
            if (tags_[i] == t && slots_[i].key.size() == key.size() && same_bytes(slots_[i].key.data(), key.data(), key.size()))
                return &slots_[i];
        }
        return nullptr;
    }
    std::size_t free_slot(std::uint64_t h) const {
        std::size_t i = h & mask_;
        while (tags_[i] != 0) i = (i + 1) & mask_;
        return i;
    }
    void rehash(std::size_t size) {
        std::vector<Slot> old = std::move(slots_);
        const std::vector<std::uint32_t> old_tags = std::move(tags_);
        slots_.assign(size, Slot{});
        tags_.assign(size, 0);
        mask_ = size - 1;
        for (std::size_t j = 0; j < old.size(); ++j) {
            if (old_tags[j] == 0) continue;
            std::string padded(old[j].key);
            padded.append(8, '\0');
            const std::size_t i = free_slot(hash(padded.data(), old[j].key.size()));
            slots_[i] = old[j];
            tags_[i] = old_tags[j];
        }
    }

public:
    std::size_t slots() const { return slots_.size(); }
    std::size_t words() const { return count_; }
    static constexpr std::size_t max_load() { return kMaxLoad; }

private:
    std::vector<Slot> slots_;          // a power of two of them
    std::vector<std::uint32_t> tags_;  // tags_[i]: slots_[i]'s key's tag, 0 when empty
    std::size_t mask_ = 0;
    std::size_t count_ = 0;
};

const WordTable& word_table() {
    static const WordTable table = [] {
        WordTable t;
#define WHOSAID_FILL(array, predicate) \
    for (const char* w : array) t.at(w).classes |= array##Bit;
        WHOSAID_WORD_CLASSES(WHOSAID_FILL)
#undef WHOSAID_FILL
        for (const auto& [word, info] : cue_table()) t.at(word).cue = info;
        for (const char* w : kCognition) t.at(w).cue.cognition = true;
        return t;
    }();
    return table;
}

// The table's entry for one word (nullptr for words in no table); allocates nothing. Callers
// ask several tables about the same word in a row (is_title, then is_role_noun, …): a small
// memo of recent words, each checked byte for byte, answers again without lowering, hashing
// or probing (a fifth of all the core's instructions went to those before).
struct Recent {
    char word[kMaxWord];
    std::size_t size = kMaxWord + 1;  // matches no word: empty
    const WordTable::Slot* slot = nullptr;
};

// A memo miss: lower, hash and probe, then remember. Kept out of line so that the hit path
// stays a few instructions without a stack frame for the lower-cased copy.
__attribute__((noinline)) const WordTable::Slot* look_up(Recent& r, std::string_view w) {
    Lower l;  // 1 <= w.size() <= kMaxWord here
    l.n = w.size();
    std::memset(l.buf, 0, sizeof l.buf);
    Lower::copy_small(l.buf, w.data(), l.n);
    std::memcpy(r.word, l.buf, kMaxWord);  // the word as written, for the next hit's check
    l.lower_in_place();
    r.slot = word_table().find(l);
    r.size = w.size();
    return r.slot;
}

const WordTable::Slot* entry(std::string_view w) {
    if (w.empty() || w.size() > kMaxWord) return w.empty() ? word_table().find(Lower(w)) : nullptr;
    thread_local Recent memo[64];
    Recent& r = memo[(reinterpret_cast<std::uintptr_t>(w.data()) ^ w.size()) & 63];
    if (r.size == w.size() && same_bytes(r.word, w.data(), w.size())) return r.slot;
    return look_up(r, w);
}

// The classes of one word (0 for words in no table).
std::uint64_t classes(std::string_view w) {
    const WordTable::Slot* slot = entry(w);
    return slot ? slot->classes : 0;
}

}  // namespace

CueInfo cue_verb(std::string_view word) {
    const WordTable::Slot* slot = entry(word);
    if (!slot || slot->cue.frame == CueFrame::None) return CueInfo{};
    return slot->cue;
}

// kParticleVerbs: a verb there is a cue only before one of its particles; any other verb needs none.
// kParticleVerbs: the verb's particle belongs to the cue ("pointed out", "called for").
bool takes_particle(std::string_view verb) {
    for (const ParticleVerb& p : kParticleVerbs)
        if (ascii::iequals(verb, p.verb)) return true;
    return false;
}

bool cue_particle(std::string_view verb, std::string_view next) {
    for (const ParticleVerb& p : kParticleVerbs) {
        if (!ascii::iequals(verb, p.verb)) continue;
        for (const char* particle : p.particles)
            if (particle && ascii::iequals(next, particle)) return true;
        return false;
    }
    return true;
}

SpeakerClasses speaker_classes(std::string_view w) {
    return SpeakerClasses{classes(w) & (kTitleBit | kRoleNounBit | kOrgHeadBit | kKnownOrgBit | kPlaceBit | kMediaBit |
                                        kDocumentBit | kNationalityBit)};
}

#define WHOSAID_PREDICATE(array, predicate) \
    bool predicate(std::string_view w) { return (classes(w) & array##Bit) != 0; }
WHOSAID_WORD_CLASSES(WHOSAID_PREDICATE)
#undef WHOSAID_PREDICATE

bool is_dotted_initials(std::string_view w) {
    if (w.size() < 3 || w.size() % 2 == 0) return false;
    for (std::size_t k = 0; k < w.size(); ++k)
        if (k % 2 == 0 ? !(w[k] >= 'A' && w[k] <= 'Z') : w[k] != '.') return false;
    return true;
}

Pronoun pronoun(std::string_view w) {
    // "She's said", "They’ve said", "He'd told": a pronoun with its auxiliary run on
    for (std::string_view tail : {"'s", "\xE2\x80\x99" "s", "'ve", "\xE2\x80\x99" "ve", "'d", "\xE2\x80\x99" "d", "'re",
                                  "\xE2\x80\x99" "re"})
        if (w.size() > tail.size() && w.size() <= 4 + tail.size() && w.substr(w.size() - tail.size()) == tail) {
            w.remove_suffix(tail.size());
            break;
        }
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

#define WHOSAID_TABLE(array, lookup) NamedTable{#array, array, sizeof array / sizeof array[0], lookup}
std::vector<NamedTable> named_tables() {
#define WHOSAID_NAMED(array, predicate) WHOSAID_TABLE(array, predicate),
    return {WHOSAID_WORD_CLASSES(WHOSAID_NAMED)
            WHOSAID_TABLE(kCognition, [](std::string_view w) { return cue_verb(w).cognition; })};
#undef WHOSAID_NAMED
}
#undef WHOSAID_TABLE

TableFill word_table_fill() { return {word_table().slots(), word_table().words(), WordTable::max_load()}; }

}  // namespace whosaid::lexicon
