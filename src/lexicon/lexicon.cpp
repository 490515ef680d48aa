#include "lexicon.hpp"

#include "lexicon_ascii.hpp"
#include "lowered_word.hpp"
#include "packed_words.hpp"

#include <cstdint>
#include <cstring>
#include <string>
#include <vector>
#include <unordered_map>
#include <unordered_set>

namespace whosaid::lexicon {
namespace {

std::string lower(std::string_view w) { return std::string(Lower(w).view()); }

// Verb stems with their inflections spelled out: tables, not rules, so each form is visible.
const std::unordered_map<std::string_view, CueInfo>& cue_table() {
    static const std::unordered_map<std::string_view, CueInfo> table = [] {
        std::unordered_map<std::string_view, CueInfo> t;
        auto add = [&t](CueFrame f, bool strong, Words forms) {
            for (const char* w : forms) t[w] = CueInfo{f, strong};
        };
        const CueFrame C = CueFrame::Clause, O = CueFrame::Object, X = CueFrame::Complement;
        add(C, true, Words{"said" "\0" "says" "\0" "say" "\0" "saying" "\0" "stated" "\0" "states" "\0" "added" "\0" "adds" "\0" "adding" "\0"
                      "noted" "\0" "notes" "\0" "noting" "\0" "stressed" "\0" "stresses" "\0" "stressing" "\0" "emphasised" "\0"
                      "emphasized" "\0" "emphasises" "\0" "emphasizes" "\0" "emphasising" "\0" "emphasizing" "\0" "insisted" "\0"
                      "insists" "\0" "insisting" "\0" "argued" "\0" "argues" "\0" "arguing" "\0" "claimed" "\0" "claims" "\0"
                      "claiming" "\0" "confirmed" "\0" "confirms" "\0" "confirming" "\0" "announced" "\0" "announces" "\0"
                      "announcing" "\0" "explained" "\0" "explains" "\0" "explaining" "\0" "warned" "\0" "warns" "\0" "warning" "\0"
                      "declared" "\0" "declares" "\0" "asserted" "\0" "asserts" "\0" "maintains" "\0"
                      "acknowledged" "\0" "acknowledges" "\0" "admitted" "\0" "admits" "\0" "observed" "\0" "remarked" "\0"
                      "replied" "\0" "replies" "\0" "responded" "\0" "responds" "\0" "answered" "\0" "wrote" "\0" "writes" "\0" "tweeted" "\0"
                      "tweets" "\0" "revealed" "\0" "reveals" "\0" "clarified" "\0" "clarifies" "\0" "reiterated" "\0"
                      "reiterates" "\0" "conceded" "\0" "concedes" "\0" "recalled" "\0" "recalls" "\0" "commented" "\0"
                      "complained" "\0" "complains" "\0" "countered" "\0" "predicted" "\0" "predicts" "\0"
                      "promised" "\0" "promises" "\0" "pledged" "\0" "pledges" "\0" "vowed" "\0" "vows" "\0" "threatened" "\0" "threatens" "\0" "threaten" "\0" "threatening" "\0" "suggested" "\0"
                      "suggests" "\0" "estimated" "\0" "alleged" "\0" "alleges" "\0" "contended" "\0" "contends" "\0"
                      "cautioned" "\0" "cautions" "\0" "boasted" "\0" "mused" "\0" "quipped" "\0" "continued" "\0" "agreed" "\0"
                      "disclosed" "\0" "signalled" "\0" "signaled" "\0" "hinted" "\0" "specified" "\0"
                      "underlined" "\0" "underscored" "\0" "highlighted" "\0" "reported" "\0" "reports" "\0" "reporting" "\0" "repeated" "\0"
                      "believes" "\0" "thinks" "\0" "hopes" "\0" "feels" "\0" "fears" "\0" "expects" "\0"
                      // base forms: "experts note that", "officials believe", "analysts warn"
                      "note" "\0" "argue" "\0" "warn" "\0" "insist" "\0" "stress" "\0" "believe" "\0" "think" "\0" "hope" "\0" "fear" "\0" "expect" "\0"
                      "add" "\0" "explain" "\0" "confirm" "\0" "announce" "\0" "suggest" "\0" "predict" "\0" "estimate" "\0" "maintain" "\0"
                      "acknowledge" "\0" "admit" "\0" "concede" "\0" "emphasise" "\0" "emphasize" "\0" "consider" "\0" "considers" "\0"
                      "considered" "\0" "declare" "\0" "assert" "\0" "contend" "\0" "allege" "\0" "informs" "\0" "declared" "\0" "agree" "\0"});
        // more reporting verbs and their forms: "the court ruled that", "she joked that", "testified that"
        add(C, true, Words{"recommended" "\0" "reiterate" "\0" "observe" "\0" "caution" "\0" "cautioning" "\0" "recommends" "\0" "recommending" "\0" "joked" "\0" "jokes" "\0" "joking" "\0" "quipping" "\0" "ruled" "\0"
                      "recalling" "\0" "acknowledging" "\0" "stating" "\0" "tweeting" "\0" "predicting" "\0" "vowing" "\0" "pledging" "\0"
                      "promising" "\0" "conceding" "\0" "agreeing" "\0" "agrees" "\0" "replying" "\0" "responding" "\0" "suggesting" "\0"
                      "declaring" "\0" "alleging" "\0" "countering" "\0" "contending" "\0" "complaining" "\0" "boasting" "\0"
                      "lamented" "\0" "laments" "\0" "lamenting" "\0" "griped" "\0" "grumbled" "\0" "maintaining" "\0" "asserting" "\0"
                      "reiterating" "\0" "recounted" "\0" "recounting" "\0" "testified" "\0" "testifies" "\0"
                      "testifying" "\0" "writing" "\0" "texted" "\0" "emailed" "\0" "blogged" "\0" "observes" "\0" "observing" "\0"
                      "remarking" "\0" "commenting" "\0" "affirming" "\0" "admitting" "\0" "reckoned" "\0" "reckons" "\0"
                      "hinting" "\0" "speculated" "\0" "speculates" "\0" "speculating" "\0"
                      "theorized" "\0" "discloses" "\0" "disclosing" "\0" "revealing" "\0" "answering" "\0" "guaranteed" "\0" "swore" "\0"
                      "swears" "\0" "swearing" "\0" "put" "\0" "puts" "\0"
                      // "proclaimed that", "bragged that", "vow to" ("threatened to resign" is a deed, rarely a report)
                      "proclaimed" "\0" "proclaims" "\0" "proclaiming" "\0" "bragged" "\0" "brags" "\0" "bragging" "\0"
                      "boasts" "\0" "promise" "\0" "vow" "\0" "pledge" "\0"});
        add(C, false, Words{"maintained" "\0" "propose" "\0" "denied" "\0" "denies" "\0" "denying" "\0" "deny" "\0" "proposed" "\0" "proposes" "\0" "proposing" "\0" "demanded" "\0" "demands" "\0"
                       "claim" "\0"});
        add(O, true, Words{"reminding" "\0" "informing" "\0" "notified" "\0" "notifies" "\0" "notifying" "\0"});
        add(O, true, Words{"told" "\0" "tells" "\0" "telling" "\0" "tell" "\0" "informed" "\0"
                      "reminded" "\0" "reminds" "\0" "briefed" "\0"});
        // verb + object + infinitive or complement: "encouraged firms to invest", "termed the deal illegal"
        add(X, true, Words{"encouraged" "\0" "encourages" "\0" "encouraging" "\0" "advised" "\0" "advises" "\0" "advising" "\0" "pressed" "\0"
                      "implored" "\0" "implores" "\0" "imploring" "\0" "begged" "\0" "begs" "\0" "begging" "\0"
                      "instructed" "\0" "instructs" "\0" "instructing" "\0" "termed" "\0" "dubbing" "\0" "labelled" "\0" "labeled" "\0"
                      "branded" "\0"});
        add(X, true, Words{"citing" "\0" "describe" "\0" "blame" "\0" "criticize" "\0" "criticise" "\0" "praise" "\0" "condemn" "\0" "condemning" "\0" "cite" "\0" "mentioning" "\0" "expressing" "\0" "denounce" "\0" "accuse" "\0" "rejected" "\0" "rejects" "\0" "urged" "\0" "urges" "\0" "urging" "\0" "asked" "\0" "asks" "\0" "accused" "\0" "accuses" "\0" "accusing" "\0"
                      "described" "\0" "describes" "\0" "describing" "\0" "called" "\0" "calls" "\0" "expressed" "\0"
                      "expresses" "\0" "praised" "\0" "criticised" "\0" "criticized" "\0" "condemned" "\0" "condemns" "\0"
                      "affirmed" "\0" "affirms" "\0" "welcomed" "\0" "welcomes" "\0" "blamed" "\0" "blames" "\0"
                      "dismissed" "\0" "dismisses" "\0" "questioned" "\0" "defended" "\0" "defends" "\0"
                      "thanked" "\0" "appealed" "\0" "hailed" "\0" "slammed" "\0" "lambasted" "\0" "spoke" "\0" "calling" "\0"
                      "speaks" "\0" "pointed" "\0" "points" "\0" "point" "\0" "pointing" "\0" "opened" "\0"
                      // attacks as news reports them, like "slammed": "blasted the plan as …", "mocked Rubio for …"
                      "blasted" "\0" "blasts" "\0" "blasting" "\0" "mocked" "\0" "mocks" "\0" "mocking" "\0" "denounced" "\0" "denounces" "\0"
                      "denouncing" "\0" "slams" "\0" "slamming" "\0" "criticizing" "\0" "criticising" "\0" "criticizes" "\0" "criticises" "\0" "praises" "\0" "praising" "\0"
                      // what a speaker brings up: "cited a poll showing …", "touted his record on jobs"
                      // ("attacked" and "compared with 16 percent" are deeds and figures more often)
                      "cited" "\0" "cites" "\0" "mentioned" "\0" "mentions" "\0" "echoed" "\0" "echoes" "\0" "touted" "\0" "touts" "\0" "touting" "\0"
                      "dismissing" "\0" "blaming" "\0" "defending" "\0" "questioning" "\0" "likened" "\0" "likening" "\0" "invoked" "\0" "invoking" "\0"
                      "referenced" "\0" "referencing" "\0" "bemoaned" "\0" "downplayed" "\0" "downplaying" "\0" "asking" "\0" "ask" "\0" "call" "\0" "referring" "\0" "referred" "\0"
                      "refers" "\0" "talking" "\0" "talked" "\0"});
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
    X(kPluralNounCue, is_plural_noun_cue) \
    X(kBroadcastNoun, is_broadcast_noun) \
    X(kStatementIssuer, is_statement_issuer) \
    X(kHearsayParticiple, is_hearsay_participle) \
    X(kEstimateNoun, is_estimate_noun) \
    X(kAudienceNoun, is_audience_noun) \
    X(kAgreementVerb, is_agreement_verb) \
    X(kSubjectPronoun, is_subject_pronoun) \
    X(kPossessiveDeterminer, is_possessive_determiner) \
    X(kEstimateVerb, is_estimate_verb) \
    X(kComparisonVerb, is_comparison_verb) \
    X(kDurationPlural, is_duration_plural) \
    X(kThatOnlyCue, is_that_only_cue) \
    X(kPleaVerb, is_plea_verb) \
    X(kApologyVerb, is_apology_verb) \
    X(kInfinitiveOnlyCue, is_infinitive_only_cue) \
    X(kShareWord, is_share_word) \
    X(kNormNoun, is_norm_noun) \
    X(kNamedObjectPronoun, is_named_object_pronoun) \
    X(kDegreeWord, is_degree_word) \
    X(kTimeAdverb, is_time_adverb) \
    X(kDayWord, is_day_word) \
    X(kTailStart, is_tail_start) \
    X(kHeadlineComplementCue, is_headline_complement_cue) \
    X(kRubricLabel, is_rubric_label) \
    X(kOutletWord, is_outlet_word) \
    X(kSpeechNoun, is_speech_noun) \
    X(kStatementMaker, is_statement_maker) \
    X(kCitingParticiple, is_citing_participle) \
    X(kPlaceAdverb, is_place_adverb) \
    X(kReleaseParticiple, is_release_participle) \
    X(kCounselVerb, is_counsel_verb) \
    X(kGoOnVerb, is_go_on_verb)

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

constexpr Words kTitle{"mr" "\0" "mrs" "\0" "ms" "\0" "miss" "\0" "dr" "\0" "sir" "\0" "dame" "\0" "lord" "\0" "lady" "\0" "prof" "\0" "professor" "\0"
                       "president" "\0" "vice" "\0" "chancellor" "\0" "premier" "\0" "senator" "\0" "sen" "\0" "rep" "\0"
                       "representative" "\0" "congressman" "\0" "congresswoman" "\0" "gov" "\0" "governor" "\0" "mayor" "\0"
                       "judge" "\0" "justice" "\0" "general" "\0" "gen" "\0" "col" "\0" "colonel" "\0" "captain" "\0" "capt" "\0" "lt" "\0"
                       "admiral" "\0" "king" "\0" "queen" "\0" "prince" "\0" "princess" "\0" "pope" "\0" "rev" "\0" "reverend" "\0"
                       "father" "\0" "rabbi" "\0" "imam" "\0" "sheikh" "\0" "minister" "\0" "secretary" "\0" "ambassador" "\0"
                       "chairman" "\0" "chairwoman" "\0" "chair" "\0" "speaker" "\0" "commissioner" "\0" "inspector" "\0"
                       "sergeant" "\0" "sgt" "\0" "detective" "\0" "officer" "\0" "chief" "\0" "deputy" "\0" "foreign" "\0" "affairs" "\0" "prime" "\0"
                       "attorney" "\0" "mp" "\0" "mep" "\0" "councillor" "\0" "councilman" "\0" "leader" "\0" "spokesman" "\0"
                       "spokeswoman" "\0" "spokesperson" "\0" "envoy" "\0" "adviser" "\0" "advisor" "\0" "aide" "\0" "director" "\0"
                       "ceo" "\0" "coach" "\0" "manager" "\0" "head" "\0" "former" "\0" "acting" "\0" "interim" "\0" "state" "\0"
                       "defence" "\0" "defense" "\0" "interior" "\0" "finance" "\0" "health" "\0" "home" "\0" "shadow" "\0"
                       "opposition" "\0" "party" "\0" "government" "\0" "kremlin" "\0" "white" "\0" "house" "\0" "press" "\0"
                       "national" "\0" "security" "\0" "presidential" "\0" "senior" "\0" "top" "\0" "first" "\0"
                       "supreme" "\0" "federal" "\0" "attorney-general" "\0" "labour" "\0" "conservative" "\0"
                       "tory" "\0" "democratic" "\0" "republican" "\0" "liberal" "\0" "green" "\0" "economy" "\0" "trade" "\0"
                       "education" "\0" "transport" "\0" "energy" "\0" "environment" "\0" "culture" "\0" "housing" "\0" "business" "\0"
                       "work" "\0" "pensions" "\0" "digital" "\0" "treasury" "\0" "cabinet" "\0" "communities" "\0" "levelling" "\0"};

constexpr Words kRoleNoun{"spokesman" "\0" "justice" "\0" "spokeswoman" "\0" "spokesperson" "\0" "spokespeople" "\0" "spokesmen" "\0"
                       "minister" "\0" "ministers" "\0" "president" "\0" "chancellor" "\0" "official" "\0" "officials" "\0"
                       "secretary" "\0" "leader" "\0" "leaders" "\0" "head" "\0" "chief" "\0" "adviser" "\0" "advisers" "\0" "advisor" "\0"
                       "aide" "\0" "aides" "\0" "ambassador" "\0" "envoy" "\0" "diplomat" "\0" "diplomats" "\0" "analyst" "\0"
                       "analysts" "\0" "expert" "\0" "experts" "\0" "source" "\0" "sources" "\0" "premier" "\0" "governor" "\0"
                       "mayor" "\0" "senator" "\0" "lawmaker" "\0" "lawmakers" "\0" "legislator" "\0" "mp" "\0" "mps" "\0"
                       "negotiator" "\0" "negotiators" "\0" "representative" "\0" "representatives" "\0" "director" "\0"
                       "chairman" "\0" "chairwoman" "\0" "commander" "\0" "general" "\0" "prosecutor" "\0" "prosecutors" "\0"
                       "judge" "\0" "lawyer" "\0" "lawyers" "\0" "attorney" "\0" "researcher" "\0" "researchers" "\0"
                       "scientist" "\0" "scientists" "\0" "economist" "\0" "economists" "\0" "witness" "\0" "witnesses" "\0"
                       "resident" "\0" "residents" "\0" "campaigner" "\0" "campaigners" "\0" "activist" "\0" "activists" "\0"
                       "candidate" "\0" "member" "\0" "members" "\0" "counterpart" "\0" "monarch" "\0" "king" "\0" "queen" "\0"
                       "pope" "\0" "prince" "\0" "ceo" "\0" "executive" "\0" "founder" "\0" "manager" "\0" "coach" "\0" "investigator" "\0"
                       "investigators" "\0" "officer" "\0" "officers" "\0" "doctor" "\0" "doctors" "\0" "author" "\0" "authors" "\0"
                       "delegation" "\0" "delegate" "\0" "delegates" "\0" "deputy" "\0" "speaker" "\0" "commissioner" "\0" "critics" "\0"
                       "supporters" "\0" "opponents" "\0" "protesters" "\0" "observers" "\0"
                       "people" "\0" "voters" "\0" "parents" "\0" "teachers" "\0" "unions" "\0" "farmers" "\0" "businesses" "\0" "owners" "\0"
                       "families" "\0" "relatives" "\0" "survivors" "\0" "victims" "\0" "police" "\0"
                       // people news quotes for what they do
                       "strategist" "\0" "strategists" "\0" "consultant" "\0" "consultants" "\0" "pollster" "\0" "pollsters" "\0"
                       "professor" "\0" "professors" "\0" "historian" "\0" "historians" "\0" "operative" "\0" "operatives" "\0"
                       "commentator" "\0" "commentators" "\0" "columnist" "\0" "columnists" "\0" "editor" "\0" "editors" "\0"
                       "publisher" "\0" "host" "\0" "anchor" "\0" "correspondent" "\0" "writer" "\0" "blogger" "\0" "organizer" "\0"
                       "organiser" "\0" "organizers" "\0" "organisers" "\0" "donor" "\0" "donors" "\0" "fundraiser" "\0" "supporter" "\0"
                       "voter" "\0" "student" "\0" "students" "\0" "worker" "\0" "workers" "\0" "employee" "\0" "employees" "\0" "owner" "\0"
                       "veteran" "\0" "veterans" "\0" "mother" "\0" "father" "\0" "lobbyist" "\0" "lobbyists" "\0" "staffer" "\0"
                       "staffers" "\0" "ally" "\0" "allies" "\0" "critic" "\0" "rival" "\0" "rivals" "\0"
                       "president-elect" "\0" "nominee" "\0" "challenger" "\0" "incumbent" "\0" "physician" "\0"
                       "nurse" "\0" "nurses" "\0" "engineer" "\0" "farmer" "\0" "trader" "\0" "traders" "\0" "investor" "\0" "investors" "\0"
                       "banker" "\0" "bankers" "\0" "actress" "\0" "actor" "\0" "singer" "\0" "comedian" "\0" "pastor" "\0" "priest" "\0"
                       "bishop" "\0" "cleric" "\0" "scholar" "\0" "scholars" "\0" "academic" "\0" "academics" "\0" "specialist" "\0"
                       "specialists" "\0" "observer" "\0" "insider" "\0" "insiders" "\0" "executives" "\0" "attorneys" "\0" "elders" "\0"
                       "physicians" "\0" "speakers" "\0" "actors" "\0"
                       // plurals the appositive reader needs ("The candidates, including Lopez, said")
                       "candidates" "\0" "nominees" "\0" "senators" "\0" "governors" "\0" "mayors" "\0" "judges" "\0" "justices" "\0"
                       "ambassadors" "\0" "commissioners" "\0" "directors" "\0" "managers" "\0" "founders" "\0" "presidents" "\0"
                       "secretaries" "\0" "chiefs" "\0" "hosts" "\0" "anchors" "\0" "writers" "\0" "bloggers" "\0" "correspondents" "\0"
                       "journalists" "\0" "clerics" "\0" "pastors" "\0" "priests" "\0" "rabbis" "\0" "bishops" "\0" "engineers" "\0"
                       "challengers" "\0" "incumbents" "\0" "chairmen" "\0" "chairwomen" "\0" "envoys" "\0" "deputies" "\0"
                       // "a person familiar with the plans", "a person close to the Clintons"
                       "person" "\0" "persons" "\0" "reporter" "\0" "moderator" "\0" "moderators" "\0" "interviewer" "\0"};

constexpr Words kOrgHead{"ministry" "\0" "opposition" "\0" "college" "\0" "academy" "\0" "chamber" "\0" "trust" "\0" "directorate" "\0" "inspectorate" "\0" "department" "\0" "government" "\0" "office" "\0" "administration" "\0" "police" "\0"
                       "center" "\0" "centre" "\0" "club" "\0" "fund" "\0" "society" "\0" "league" "\0" "caucus" "\0" "forum" "\0"
                       "army" "\0" "military" "\0" "navy" "\0" "agency" "\0" "commission" "\0" "council" "\0" "committee" "\0"
                       "court" "\0" "party" "\0" "parliament" "\0" "senate" "\0" "congress" "\0" "assembly" "\0" "embassy" "\0"
                       "company" "\0" "firm" "\0" "bank" "\0" "group" "\0" "union" "\0" "institute" "\0" "university" "\0"
                       "foundation" "\0" "association" "\0" "organisation" "\0" "organization" "\0" "authority" "\0"
                       "authorities" "\0" "service" "\0" "services" "\0" "board" "\0" "campaign" "\0" "cabinet" "\0" "kremlin" "\0"
                       "house" "\0" "street" "\0" "pentagon" "\0" "regime" "\0" "forces" "\0" "corporation" "\0" "inc" "\0" "ltd" "\0"
                       "plc" "\0" "network" "\0" "coalition" "\0" "alliance" "\0" "federation" "\0" "side" "\0" "team" "\0"
                       "secretariat" "\0" "presidency" "\0" "bureau" "\0" "prosecutors" "\0" "guard" "\0" "command" "\0"
                       "headquarters" "\0" "hospital" "\0" "tribunal" "\0" "watchdog" "\0" "regulator" "\0" "newspaper" "\0"
                       "broadcaster" "\0" "outlet" "\0" "news" "\0" "daily" "\0" "magazine" "\0" "website" "\0" "groups" "\0"
                       "organisations" "\0" "organizations" "\0" "companies" "\0" "parties" "\0" "agencies" "\0" "unions" "\0" "ministries" "\0"
                       "departments" "\0" "governments" "\0" "councils" "\0" "charities" "\0" "charity" "\0" "lobby" "\0" "force" "\0"};

constexpr Words kKnownOrg{"kremlin" "\0" "pentagon" "\0" "nato" "\0" "un" "\0" "eu" "\0" "opec" "\0" "hamas" "\0" "hezbollah" "\0" "taliban" "\0"
                       "fbi" "\0" "cia" "\0" "nhs" "\0" "who" "\0" "imf" "\0" "ofcom" "\0" "ofsted" "\0" "interpol" "\0" "europol" "\0"
                       "gazprom" "\0" "rosneft" "\0" "whitehall" "\0" "downing" "\0" "bundestag" "\0" "duma" "\0" "knesset" "\0"
                       "politburo" "\0" "congress" "\0" "parliament" "\0" "senate" "\0" "vatican" "\0" "idf" "\0" "isis" "\0"
                       "labour" "\0" "tories" "\0" "conservatives" "\0" "democrats" "\0" "republicans" "\0" "moscow" "\0"};

constexpr Words kPlace{"moscow" "\0" "berlin" "\0" "washington" "\0" "london" "\0" "paris" "\0" "beijing" "\0" "kyiv" "\0" "kiev" "\0"
                       "tehran" "\0" "jerusalem" "\0" "brussels" "\0" "tokyo" "\0" "ankara" "\0" "rome" "\0" "madrid" "\0" "warsaw" "\0"
                       "minsk" "\0" "damascus" "\0" "baghdad" "\0" "kabul" "\0" "islamabad" "\0" "delhi" "\0" "seoul" "\0" "pyongyang" "\0"
                       "riyadh" "\0" "cairo" "\0" "ottawa" "\0" "canberra" "\0" "dublin" "\0" "athens" "\0" "vienna" "\0" "budapest" "\0"
                       "prague" "\0" "stockholm" "\0" "oslo" "\0" "helsinki" "\0" "copenhagen" "\0" "amsterdam" "\0" "lisbon" "\0"
                       "russia" "\0" "ukraine" "\0" "germany" "\0" "france" "\0" "britain" "\0" "china" "\0" "iran" "\0" "israel" "\0"
                       "turkey" "\0" "japan" "\0" "india" "\0" "pakistan" "\0" "poland" "\0" "belarus" "\0" "syria" "\0" "iraq" "\0"
                       "america" "\0" "canada" "\0" "australia" "\0" "italy" "\0" "spain" "\0" "us" "\0" "uk" "\0" "usa" "\0" "westminster" "\0"
                       "taipei" "\0" "taiwan" "\0" "hungary" "\0" "greece" "\0" "egypt" "\0" "qatar" "\0" "gaza" "\0" "palestine" "\0"};

constexpr Words kMedia{"tass" "\0" "interfax" "\0" "ria" "\0" "novosti" "\0" "reuters" "\0" "ap" "\0" "afp" "\0" "bbc" "\0" "cnn" "\0" "nbc" "\0"
                       "cbs" "\0" "abc" "\0" "msnbc" "\0" "fox" "\0" "sky" "\0" "itv" "\0" "bloomberg" "\0" "axios" "\0" "politico" "\0"
                       "dpa" "\0" "xinhua" "\0" "ansa" "\0" "efe" "\0" "kyodo" "\0" "yonhap" "\0" "ukrinform" "\0" "unian" "\0" "rbc" "\0"
                       "izvestia" "\0" "kommersant" "\0" "spiegel" "\0" "bild" "\0" "guardian" "\0" "times" "\0" "telegraph" "\0"
                       "independent" "\0" "newspaper" "\0" "agency" "\0" "broadcaster" "\0" "channel" "\0" "radio" "\0"
                       "television" "\0" "tv" "\0" "journalists" "\0" "reporters" "\0" "press" "\0" "media" "\0" "twitter" "\0"
                       "telegram" "\0" "facebook" "\0" "instagram" "\0" "x" "\0" "truth" "\0" "substack" "\0" "podcast" "\0"
                       "cnbc" "\0" "npr" "\0" "pbs" "\0" "al" "\0" "jazeera" "\0" "euronews" "\0" "dw" "\0"};

constexpr Words kDocument{"statement" "\0" "statements" "\0" "readout" "\0" "summary" "\0" "tweet" "\0" "tweets" "\0" "post" "\0" "posts" "\0"
                       "interview" "\0" "release" "\0" "communique" "\0" "report" "\0" "letter" "\0" "message" "\0" "video" "\0"
                       "speech" "\0" "address" "\0" "briefing" "\0" "conference" "\0" "remarks" "\0" "comments" "\0" "note" "\0"
                       "blog" "\0" "column" "\0" "op-ed" "\0" "transcript" "\0" "website" "\0" "account" "\0" "channel" "\0" "figures" "\0"
                       "data" "\0" "estimates" "\0" "poll" "\0" "polls" "\0" "survey" "\0" "research" "\0" "documents" "\0" "records" "\0"
                       "filings" "\0" "study" "\0" "analysis" "\0" "memo" "\0" "readouts" "\0"};

constexpr Words kNationality{"russian" "\0" "german" "\0" "ukrainian" "\0" "american" "\0" "us" "\0" "u.s." "\0" "british" "\0" "uk" "\0"
                       "french" "\0" "chinese" "\0" "iranian" "\0" "israeli" "\0" "turkish" "\0" "polish" "\0" "belarusian" "\0"
                       "european" "\0" "eu" "\0" "un" "\0" "nato" "\0" "japanese" "\0" "indian" "\0" "pakistani" "\0" "syrian" "\0"
                       "iraqi" "\0" "afghan" "\0" "canadian" "\0" "australian" "\0" "italian" "\0" "spanish" "\0" "irish" "\0"
                       "scottish" "\0" "welsh" "\0" "english" "\0" "palestinian" "\0" "saudi" "\0" "egyptian" "\0" "korean" "\0"
                       "north" "\0" "south" "\0" "western" "\0" "eastern" "\0" "hungarian" "\0" "greek" "\0" "dutch" "\0" "swedish" "\0"
                       "norwegian" "\0" "finnish" "\0" "danish" "\0" "austrian" "\0" "swiss" "\0" "belgian" "\0" "czech" "\0"
                       "mexican" "\0" "brazilian" "\0" "taiwanese" "\0" "qatari" "\0" "lebanese" "\0" "jordanian" "\0"};

constexpr Words kAuxiliary{"has" "\0" "have" "\0" "had" "\0" "was" "\0" "were" "\0" "is" "\0" "are" "\0" "be" "\0" "been" "\0" "also" "\0" "previously" "\0"
                       "must" "\0" "can" "\0" "shall" "\0"
                       "repeatedly" "\0" "reportedly" "\0" "later" "\0" "further" "\0" "again" "\0" "then" "\0" "already" "\0"
                       "once" "\0" "earlier" "\0" "would" "\0" "will" "\0" "could" "\0" "may" "\0" "might" "\0" "should" "\0" "did" "\0"
                       "does" "\0" "do" "\0" "just" "\0" "still" "\0" "recently" "\0" "publicly" "\0" "privately" "\0" "categorically" "\0"
                       "firmly" "\0" "flatly" "\0" "separately" "\0" "subsequently" "\0" "finally" "\0" "quickly" "\0" "openly" "\0"
                       "not" "\0" "never" "\0" "himself" "\0" "herself" "\0" "themselves" "\0" "itself" "\0" "too" "\0" "both" "\0" "all" "\0"
                       "allegedly" "\0" "apparently" "\0" "initially" "\0" "first" "\0" "often" "\0" "frequently" "\0"
                       "strongly" "\0" "sharply" "\0" "angrily" "\0" "bluntly" "\0" "clearly" "\0" "explicitly" "\0" "directly" "\0"
                       "personally" "\0" "officially" "\0" "formally" "\0" "only" "\0" "even" "\0" "now" "\0" "always" "\0"
                       "however" "\0" "meanwhile" "\0" "nevertheless" "\0" "nonetheless" "\0" "instead" "\0" "likewise" "\0"
                       "similarly" "\0" "indeed" "\0" "yet" "\0"
                       // adverbs of manner and time seen between a subject and its cue in real news
                       // ("Ryan has long said", "she has since said", "he has specifically said")
                       "long" "\0" "since" "\0" "likely" "\0" "specifically" "\0" "implicitly" "\0" "freely" "\0" "widely" "\0"
                       "generally" "\0" "briefly" "\0" "essentially" "\0" "eventually" "\0" "increasingly" "\0" "regularly" "\0"
                       "largely" "\0" "suddenly" "\0" "forcefully" "\0" "effectively" "\0" "jokingly" "\0" "falsely" "\0"
                       "loudly" "\0" "proudly" "\0" "bitterly" "\0" "pointedly" "\0" "immediately" "\0" "vigorously" "\0"
                       "originally" "\0" "basically" "\0" "consistently" "\0" "routinely" "\0" "wrongly" "\0" "rightly" "\0"
                       "correctly" "\0" "famously" "\0" "emphatically" "\0" "defiantly" "\0" "cautiously" "\0" "confidently" "\0"
                       "simply" "\0" "reluctantly" "\0" "grudgingly" "\0" "candidly" "\0" "erroneously" "\0" "incorrectly" "\0"
                       // negated contractions, both apostrophes: "Sanders hasn't said", "she didn’t say"
                       "hasn't" "\0" "haven't" "\0" "hadn't" "\0" "didn't" "\0" "doesn't" "\0" "don't" "\0" "isn't" "\0" "wasn't" "\0"
                       "weren't" "\0" "won't" "\0" "wouldn't" "\0" "can't" "\0" "couldn't" "\0" "shouldn't" "\0"
                       "hasn\u2019t" "\0" "haven\u2019t" "\0" "hadn\u2019t" "\0" "didn\u2019t" "\0" "doesn\u2019t" "\0" "don\u2019t" "\0"
                       "isn\u2019t" "\0" "wasn\u2019t" "\0" "weren\u2019t" "\0" "won\u2019t" "\0" "wouldn\u2019t" "\0" "can\u2019t" "\0"
                       "couldn\u2019t" "\0" "shouldn\u2019t" "\0"};

constexpr Words kTimeWord{"monday" "\0" "tuesday" "\0" "wednesday" "\0" "thursday" "\0" "friday" "\0" "saturday" "\0" "sunday" "\0"
                       "yesterday" "\0" "today" "\0" "tonight" "\0" "earlier" "\0" "later" "\0" "recently" "\0" "previously" "\0"
                       "morning" "\0" "evening" "\0" "afternoon" "\0" "night" "\0" "week" "\0" "month" "\0" "year" "\0" "weekend" "\0"
                       "january" "\0" "february" "\0" "march" "\0" "april" "\0" "june" "\0" "july" "\0" "august" "\0" "september" "\0"
                       "october" "\0" "november" "\0" "december" "\0"};

constexpr Words kSentenceAdverb{"however" "\0" "meanwhile" "\0" "yesterday" "\0" "today" "\0" "tonight" "\0" "but" "\0" "and" "\0" "also" "\0" "then" "\0"
                       "later" "\0" "earlier" "\0" "now" "\0" "still" "\0" "separately" "\0" "speaking" "\0" "asked" "\0" "in" "\0" "on" "\0"
                       "at" "\0" "for" "\0" "after" "\0" "before" "\0" "during" "\0" "while" "\0" "when" "\0" "as" "\0" "if" "\0" "since" "\0"
                       "the" "\0" "a" "\0" "an" "\0" "this" "\0" "that" "\0" "these" "\0" "those" "\0" "his" "\0" "her" "\0" "their" "\0" "its" "\0"
                       "our" "\0" "my" "\0" "your" "\0" "there" "\0" "here" "\0" "it" "\0" "so" "\0" "yet" "\0" "nevertheless" "\0"
                       "moreover" "\0" "furthermore" "\0" "instead" "\0" "indeed" "\0" "last" "\0" "next" "\0" "following" "\0"
                       "according" "\0" "with" "\0" "without" "\0" "by" "\0" "from" "\0" "to" "\0" "of" "\0" "under" "\0" "over" "\0"
                       "monday" "\0" "tuesday" "\0" "wednesday" "\0" "thursday" "\0" "friday" "\0" "saturday" "\0" "sunday" "\0"
                       "although" "\0" "though" "\0" "because" "\0" "once" "\0" "until" "\0" "whether" "\0" "both" "\0" "neither" "\0"
                       "either" "\0" "other" "\0" "another" "\0" "some" "\0" "many" "\0" "most" "\0" "several" "\0" "few" "\0" "all" "\0"
                       "every" "\0" "each" "\0" "such" "\0" "no" "\0" "not" "\0" "what" "\0" "who" "\0" "which" "\0" "where" "\0" "why" "\0" "how" "\0"
                       "reportedly" "\0" "previously" "\0" "finally" "\0" "further" "\0" "additionally" "\0" "similarly" "\0"
                       "likewise" "\0" "thus" "\0" "therefore" "\0" "hence" "\0" "accordingly" "\0" "overall" "\0" "notably" "\0"
                       "even" "\0" "only" "\0" "ultimately" "\0"};

constexpr Words kAbbreviation{"mr" "\0" "mrs" "\0" "ms" "\0" "dr" "\0" "st" "\0" "sr" "\0" "jr" "\0" "prof" "\0" "gen" "\0" "col" "\0" "lt" "\0" "capt" "\0" "sgt" "\0"
                       "rep" "\0" "sen" "\0" "gov" "\0" "rev" "\0" "fr" "\0" "mt" "\0" "no" "\0" "vs" "\0" "etc" "\0" "inc" "\0" "ltd" "\0" "co" "\0"
                       "corp" "\0" "jan" "\0" "feb" "\0" "mar" "\0" "apr" "\0" "jun" "\0" "jul" "\0" "aug" "\0" "sep" "\0" "sept" "\0" "oct" "\0"
                       "nov" "\0" "dec" "\0" "approx" "\0" "dept" "\0" "est" "\0" "fig" "\0" "vol" "\0" "e.g" "\0" "i.e" "\0" "u.s" "\0" "u.k" "\0"
                       "u.n" "\0" "a.m" "\0" "p.m" "\0"};

constexpr Words kTitleCue{"so-called" "\0" "titled" "\0" "entitled" "\0" "dubbed" "\0" "nicknamed" "\0" "called" "\0" "named" "\0"
                       "headlined" "\0" "branded" "\0" "labelled" "\0" "labeled" "\0" "termed" "\0" "coined" "\0" "slogan" "\0"
                       "motto" "\0" "hashtag" "\0" "book" "\0" "film" "\0" "movie" "\0" "song" "\0" "album" "\0" "novel" "\0" "show" "\0"
                       "series" "\0" "documentary" "\0" "play" "\0" "operation" "\0" "word" "\0" "words" "\0" "phrase" "\0" "term" "\0"
                       "as" "\0" "known" "\0"};

// Words that open a clause: a subject found by walking left from a verb stops at them.
constexpr Words kClauseOpener{"that" "\0" "and" "\0" "but" "\0" "because" "\0" "while" "\0" "if" "\0" "when" "\0" "although" "\0" "though" "\0"
                       "since" "\0" "whether" "\0" "where" "\0" "so" "\0" "or" "\0" "whereas" "\0" "after" "\0" "before" "\0" "until" "\0" "unless" "\0"
                       "as" "\0" "once" "\0" "than" "\0" "what" "\0" "why" "\0" "how" "\0"};

// Words that head no speaker: a common-noun subject ending on one of them is no source
// ("what it said", "each said", "the other said"; "the statement" is a document, handled apart).
constexpr Words kNoSpeakerHead{"it" "\0" "this" "\0" "that" "\0" "these" "\0" "those" "\0" "there" "\0" "here" "\0" "which" "\0" "who" "\0" "whom" "\0"
                       "what" "\0" "one" "\0" "each" "\0" "other" "\0" "others" "\0" "all" "\0" "both" "\0" "some" "\0" "many" "\0" "most" "\0"
                       "none" "\0" "few" "\0" "several" "\0" "any" "\0" "everyone" "\0" "everybody" "\0" "someone" "\0" "somebody" "\0"
                       "anyone" "\0" "nobody" "\0" "no" "\0" "not" "\0" "i" "\0" "we" "\0" "you" "\0" "me" "\0" "us" "\0" "him" "\0" "her" "\0" "them" "\0"
                       "my" "\0" "your" "\0" "our" "\0" "their" "\0" "his" "\0" "its" "\0" "time" "\0" "times" "\0" "day" "\0" "days" "\0" "week" "\0"
                       "weeks" "\0" "year" "\0" "years" "\0" "ago" "\0" "way" "\0" "thing" "\0" "things" "\0" "something" "\0" "nothing" "\0"
                       "anything" "\0" "everything" "\0" "lot" "\0" "much" "\0" "more" "\0" "less" "\0" "too" "\0" "very" "\0" "just" "\0"
                       "only" "\0" "even" "\0" "also" "\0" "then" "\0" "now" "\0" "never" "\0" "ever" "\0" "always" "\0" "already" "\0" "yet" "\0"
                       "so" "\0" "as" "\0" "than" "\0" "well" "\0" "again" "\0"};

// "said without citing its sources": after "without", how a thing was said, not what was said.
// Words that close a group subject without being its head: "voters overall said", "those
// surveyed said", "the residents polled said".
constexpr Words kSubjectTrail{"overall" "\0" "alone" "\0" "combined" "\0" "surveyed" "\0" "polled" "\0" "questioned" "\0"
                                     "interviewed" "\0" "sampled" "\0"};

// Words that bend a count: "About three in 10 said", "Only 7 percent said", "Nearly half said".
// nobody, everyone: a subject that names no one
// Words that open a subordinate clause in front of the main one: "While Ramos said that …, he …".
constexpr Words kFrontedSubordinator{"while" "\0" "although" "\0" "though" "\0" "whereas" "\0" "when" "\0" "if" "\0" "because" "\0"
                                            "since" "\0" "after" "\0" "before" "\0" "once" "\0" "unless" "\0" "until" "\0"};

// Prepositions that open a fronted adverbial ("In the long run, he said, …").
constexpr Words kPreposition{"in" "\0" "on" "\0" "at" "\0" "for" "\0" "with" "\0" "from" "\0" "by" "\0" "during" "\0" "after" "\0" "before" "\0"
                                    "over" "\0" "under" "\0" "since" "\0" "amid" "\0" "despite" "\0" "about" "\0" "against" "\0" "among" "\0"
                                    "across" "\0" "through" "\0" "throughout" "\0" "within" "\0" "without" "\0" "toward" "\0" "towards" "\0"
                                    "beyond" "\0" "around" "\0" "like" "\0" "unlike" "\0" "near" "\0" "into" "\0" "of" "\0" "to" "\0" "until" "\0"};

// Quantifiers that stand for a group just counted: "Nine in 10 were worried; most said …".
constexpr Words kGroupQuantifier{"most" "\0" "many" "\0" "some" "\0" "others" "\0" "several" "\0" "few" "\0" "both" "\0" "all" "\0"};

// Finite auxiliaries: a stretch holding one is a clause ("candidates have more room"), not an aside.
constexpr Words kFiniteAuxiliary{"has" "\0" "have" "\0" "had" "\0" "is" "\0" "are" "\0" "was" "\0" "were" "\0" "will" "\0" "would" "\0" "can" "\0"
                                        "could" "\0" "may" "\0" "might" "\0" "should" "\0" "must" "\0" "shall" "\0" "does" "\0" "do" "\0" "did" "\0"};

// de, von, bin: lower-case particles inside a person's name ("Pierre de Vos")
constexpr Words kNameParticle{"de" "\0" "da" "\0" "di" "\0" "du" "\0" "del" "\0" "della" "\0" "der" "\0" "den" "\0" "des" "\0" "van" "\0" "von" "\0"
                       "ter" "\0" "le" "\0" "la" "\0" "al" "\0" "el" "\0" "bin" "\0" "ibn" "\0" "bint" "\0" "dos" "\0" "das" "\0" "zu" "\0"};

// Ohio, Carolina, Ontario: a state or province that follows a home town ("Dana Miller of Akron, Ohio")
constexpr Words kRegion{"alabama" "\0" "alaska" "\0" "arizona" "\0" "arkansas" "\0" "california" "\0" "colorado" "\0"
                       "connecticut" "\0" "delaware" "\0" "florida" "\0" "georgia" "\0" "hawaii" "\0" "idaho" "\0" "illinois" "\0"
                       "indiana" "\0" "iowa" "\0" "kansas" "\0" "kentucky" "\0" "louisiana" "\0" "maine" "\0" "maryland" "\0"
                       "massachusetts" "\0" "michigan" "\0" "minnesota" "\0" "mississippi" "\0" "missouri" "\0" "montana" "\0"
                       "nebraska" "\0" "nevada" "\0" "hampshire" "\0" "jersey" "\0" "mexico" "\0" "york" "\0" "carolina" "\0" "dakota" "\0"
                       "oklahoma" "\0" "oregon" "\0" "pennsylvania" "\0" "island" "\0" "tennessee" "\0" "texas" "\0" "utah" "\0" "vermont" "\0"
                       "virginia" "\0" "washington" "\0" "wisconsin" "\0" "wyoming" "\0" "ohio" "\0" "columbia" "\0" "ontario" "\0"
                       "quebec" "\0" "alberta" "\0" "manitoba" "\0" "saskatchewan" "\0" "scotland" "\0" "wales" "\0" "england" "\0"
                       "yorkshire" "\0"
                       // AP's abbreviations ("Beaumont, Tex.", "Raleigh, N.C."): the point is a token of its own
                       "ala" "\0" "ariz" "\0" "ark" "\0" "calif" "\0" "colo" "\0" "conn" "\0" "del" "\0" "fla" "\0" "ga" "\0" "ill" "\0" "ind" "\0" "kan" "\0" "ky" "\0"
                       "la" "\0" "md" "\0" "mass" "\0" "mich" "\0" "minn" "\0" "miss" "\0" "mo" "\0" "mont" "\0" "neb" "\0" "nev" "\0" "n.h" "\0" "n.j" "\0" "n.m" "\0"
                       "n.y" "\0" "n.c" "\0" "n.d" "\0" "okla" "\0" "ore" "\0" "pa" "\0" "r.i" "\0" "s.c" "\0" "s.d" "\0" "tenn" "\0" "tex" "\0" "vt" "\0" "va" "\0"
                       "wash" "\0" "w.va" "\0" "wis" "\0" "wyo" "\0" "d.c" "\0"};

// the, a, several, his: a determiner opens a noun phrase and names nobody alone
constexpr Words kDeterminer{"the" "\0" "a" "\0" "an" "\0" "one" "\0" "another" "\0" "two" "\0" "three" "\0" "several" "\0" "some" "\0"
                       "many" "\0" "other" "\0" "senior" "\0" "its" "\0" "his" "\0" "her" "\0" "their" "\0"};

// member, several, these: before 'states', 'reports' or 'claims' they make a plural noun, not a verb ("member states")
constexpr Words kPluralNounModifier{"member" "\0" "nation" "\0" "gulf" "\0" "baltic" "\0" "arab" "\0" "other" "\0" "several" "\0"
                       "many" "\0" "some" "\0" "these" "\0" "those" "\0" "both" "\0" "all" "\0" "most" "\0" "neighbouring" "\0" "neighboring" "\0"
                       "sovereign" "\0" "federal" "\0" "united" "\0" "two" "\0" "three" "\0" "four" "\0" "such" "\0" "the" "\0" "false" "\0"
                       "news" "\0" "media" "\0" "phone" "\0" "their" "\0" "his" "\0" "her" "\0" "its" "\0" "our" "\0" "recent" "\0" "earlier" "\0"
                       "previous" "\0" "further" "\0" "new" "\0"};

// reports, claims: plural nouns that are also cue verbs ("media reports said", "amid reports that")
constexpr Words kPluralNounCue{"reports" "\0" "claims" "\0" "notes" "\0" "calls" "\0" "states" "\0"};

// programme, show: what a channel airs ("told the BBC's Today programme", "told CNN's State of the Union show")
constexpr Words kBroadcastNoun{"programme" "\0" "program" "\0" "show" "\0" "podcast" "\0" "broadcast" "\0" "bulletin" "\0"};

// issued, gave: verbs whose subject makes the statement named after them ("She issued a warning that …")
constexpr Words kStatementIssuer{"issued" "\0" "issues" "\0" "issuing" "\0" "gave" "\0" "gives" "\0" "giving" "\0" "sounded" "\0"
                       "sounds" "\0" "sounding" "\0" "made" "\0" "makes" "\0" "making" "\0" "repeated" "\0" "repeats" "\0"
                       "repeating" "\0" "delivered" "\0" "offered" "\0"};

// understood, said: "X is understood to have told …" reports what X said through someone unnamed
constexpr Words kHearsayParticiple{"understood" "\0" "said" "\0" "reported" "\0" "believed" "\0" "thought" "\0" "known" "\0"
                       "alleged" "\0" "rumoured" "\0" "rumored" "\0"};

// toll, cost: what a source "puts at" a figure ("put the death toll at 40")
constexpr Words kEstimateNoun{"toll" "\0" "number" "\0" "figure" "\0" "cost" "\0" "count" "\0" "tally" "\0" "price" "\0"
                       "bill" "\0" "losses" "\0" "damage" "\0"};

// Tuesday, yesterday: a day standing alone as when something was said ("defended it Tuesday")
constexpr Words kDayWord{"monday" "\0" "tuesday" "\0" "wednesday" "\0" "thursday" "\0" "friday" "\0" "saturday" "\0"
                         "sunday" "\0" "yesterday" "\0" "today" "\0" "tonight" "\0"};

// put: what a source does to an estimate ("Officials put the death toll at 40")
constexpr Words kEstimateVerb{"put" "\0" "puts" "\0" "putting" "\0"};

// weeks, years: how long a speaker has been saying it ("has said for weeks he is the one")
constexpr Words kDurationPlural{"days" "\0" "weeks" "\0" "months" "\0" "years" "\0" "decades" "\0"};

// today, now: a time adverb alone between a subject and its verb ("Her defenders today argue");
// "this past week" is a noun phrase, so not the whole kTimeWord
constexpr Words kTimeAdverb{"today" "\0" "now" "\0" "yesterday" "\0" "tonight" "\0"};

// percent, half, majority: a share of those polled ("with three in 10 saying", "with a majority saying")
constexpr Words kShareWord{"percent" "\0" "half" "\0" "third" "\0" "thirds" "\0" "quarter" "\0" "quarters" "\0" "majority" "\0"
                           "minority" "\0"};

// him, it, themselves: an object pronoun a speaker gives a name or a quality ("called him divisive")
constexpr Words kNamedObjectPronoun{"him" "\0" "her" "\0" "them" "\0" "it" "\0" "himself" "\0" "herself" "\0" "themselves" "\0"
                                    "itself" "\0"};

// -ive, -ent, -ful: endings of the adjectives a speaker calls someone ("called him divisive", "call
// it unlawful"); a word that ends otherwise ("called him back", "called her Tuesday") is no quality
constexpr Words kAdjectiveEnding{"ive" "\0" "ent" "\0" "ant" "\0" "ic" "\0" "al" "\0" "ful" "\0" "ous" "\0" "ible" "\0" "able" "\0"
                                 "less" "\0" "ish" "\0" "ary" "\0" "ified" "\0" "ist" "\0" "ile" "\0" "ate" "\0" "ward" "\0"};

// very, so, too: a degree before such an adjective ("called themselves very conservative")
constexpr Words kDegreeWord{"very" "\0" "so" "\0" "too" "\0" "more" "\0" "most" "\0" "less" "\0" "least" "\0" "quite" "\0"
                            "rather" "\0" "somewhat" "\0" "fairly" "\0" "pretty" "\0"};

// rules, plan: a norm something is done by ("done according to the rules"), not a source
constexpr Words kNormNoun{"rules" "\0" "rule" "\0" "plan" "\0" "plans" "\0" "schedule" "\0" "law" "\0" "laws" "\0" "tradition" "\0"
                          "custom" "\0" "protocol" "\0" "procedure" "\0" "procedures" "\0" "guidelines" "\0" "script" "\0"
                          "instructions" "\0" "regulations" "\0" "need" "\0" "needs" "\0"};

// threatened: a report only with an infinitive after it ("threatened to sue", "threatened not to
// show up"), a deed otherwise ("threatened the town", "storms threaten crops")
constexpr Words kInfinitiveOnlyCue{"threatened" "\0" "threatens" "\0" "threaten" "\0" "threatening" "\0"};

// pleaded: a plea ("pleaded guilty to fraud"), the accused's own statement of what they did
constexpr Words kPleaVerb{"pleaded" "\0" "pleads" "\0" "plead" "\0" "pleading" "\0" "pled" "\0"};

// apologized: an apology ("apologized to voters for the error"), what it was for being the claim
constexpr Words kApologyVerb{"apologized" "\0" "apologised" "\0" "apologizes" "\0" "apologises" "\0" "apologize" "\0" "apologise" "\0"
                             "apologizing" "\0" "apologising" "\0"};

// maintained: a report only with "that" after it ("has maintained that the server was secure"),
// a deed otherwise ("maintained a lead", "maintained by her aides")
constexpr Words kThatOnlyCue{"maintained" "\0"};

// compared: a likeness a speaker draws between someone and another ("compared the mayor to a
// referee"); not in the cue table, since "compared with 16 percent" is a figure
constexpr Words kComparisonVerb{"compared" "\0" "compares" "\0" "comparing" "\0" "compare" "\0"};

// he, we: a pronoun that can open a reported clause without "that" ("told the crowd they had
// won", "made clear he would not quit"); "it" is left out: "made it clear" is the cue itself
constexpr Words kSubjectPronoun{"he" "\0" "she" "\0" "they" "\0" "we" "\0" "i" "\0"};

// his, its: a possessive determiner ("his remarks", "told their colleagues")
constexpr Words kPossessiveDeterminer{"his" "\0" "her" "\0" "its" "\0" "their" "\0" "our" "\0" "my" "\0" "your" "\0"};

// crowd, audience: a gathering that is told something ("told the crowd they had won")
constexpr Words kAudienceNoun{"crowd" "\0" "audience" "\0" "rally" "\0" "gathering" "\0" "meeting" "\0" "congregation" "\0"
                       "jury" "\0" "panel" "\0" "committee" "\0" "court" "\0" "house" "\0" "chamber" "\0" "conference" "\0"
                       "newspaper" "\0" "paper" "\0" "station" "\0" "channel" "\0" "audiences" "\0"};

// on, in, told, via: the adjuncts a tail attribution may go on with ("…, he said on Friday.")
constexpr Words kTailStart{"on" "\0" "in" "\0" "at" "\0" "during" "\0" "after" "\0" "before" "\0" "to" "\0" "late" "\0" "early" "\0" "last" "\0"
                       "this" "\0" "yesterday" "\0" "today" "\0" "told" "\0" "via" "\0" "by" "\0" "citing" "\0" "while" "\0" "when" "\0" "as" "\0"
                       "earlier" "\0" "later" "\0" "according" "\0" "afterwards" "\0" "too" "\0" "again" "\0" "recently" "\0" "tonight" "\0"
                       "monday" "\0" "tuesday" "\0" "wednesday" "\0" "thursday" "\0" "friday" "\0" "saturday" "\0" "sunday" "\0" "with" "\0"
                       "from" "\0" "about" "\0"};

// urges, accuses, calls, slams: object-and-complement cues a headline reports with ("Mayor urges
// council to act", "Senator slams plan as a giveaway"); base forms other than "urge" stay out
// ("Market blast kills five" is no report)
constexpr Words kHeadlineComplementCue{"urges" "\0" "urge" "\0" "accuses" "\0" "calls" "\0" "asks" "\0" "slams" "\0" "blasts" "\0"
                                       "praises" "\0" "criticizes" "\0" "criticises" "\0" "dismisses" "\0" "condemns" "\0"
                                       "denounces" "\0" "mocks" "\0"};

// update, analysis, watch: a rubric's word before a colon, not a speaker ("The Latest:", "Paid Notice:")
constexpr Words kRubricLabel{"update" "\0" "updated" "\0" "analysis" "\0" "comment" "\0" "opinion" "\0" "exclusive" "\0"
                       "breaking" "\0" "watch" "\0" "video" "\0" "read" "\0" "editor" "\0" "note" "\0" "live" "\0" "explainer" "\0" "factbox" "\0"
                       "timeline" "\0" "interview" "\0" "photo" "\0" "photos" "\0" "pic" "\0" "pics" "\0" "look" "\0" "pictures" "\0" "related" "\0" "also" "\0" "see" "\0" "source" "\0"
                       "sources" "\0" "tags" "\0" "topics" "\0" "posted" "\0" "published" "\0" "share" "\0" "follow" "\0" "listen" "\0"
                       "reaction" "\0" "q" "\0" "latest" "\0" "notice" "\0" "email" "\0" "newsletter" "\0" "briefing" "\0" "digest" "\0"
                       "roundup" "\0"};

// Last words of news outlets' names, as in a site's title suffix ("– BBC News")
constexpr Words kOutletWord{"news" "\0" "times" "\0" "post" "\0" "journal" "\0" "guardian" "\0" "telegraph" "\0" "herald" "\0" "tribune" "\0" "mail" "\0" "express" "\0" "online" "\0" "daily" "\0" "reuters" "\0" "bloomberg" "\0" "cnn" "\0" "msnbc" "\0" "politico" "\0" "independent" "\0" "observer" "\0" "standard" "\0" "mirror" "\0" "sun" "\0" "chronicle" "\0" "gazette" "\0" "live" "\0"};

// Nouns of a statement that take a clause: "his insistence that", "Trump's warning that"
constexpr Words kSpeechNoun{"claim" "\0" "claims" "\0" "warning" "\0" "warnings" "\0" "insistence" "\0" "assertion" "\0" "assertions" "\0" "allegation" "\0" "allegations" "\0" "accusation" "\0" "accusations" "\0" "suggestion" "\0" "suggestions" "\0" "argument" "\0" "contention" "\0" "promise" "\0" "promises" "\0" "pledge" "\0" "pledges" "\0" "assurance" "\0" "assurances" "\0" "prediction" "\0" "predictions" "\0" "complaint" "\0" "complaints" "\0" "admission" "\0" "boast" "\0" "vow" "\0" "vows" "\0" "declaration" "\0" "announcement" "\0" "statement" "\0" "statements" "\0" "threat" "\0" "threats" "\0" "remark" "\0" "remarks" "\0" "comment" "\0" "comments" "\0" "denial" "\0" "message" "\0" "reminder" "\0" "acknowledgment" "\0" "acknowledgement" "\0" "concession" "\0" "proposal" "\0" "demand" "\0"};

// Verbs that make or meet a statement, as in a relative clause after its noun ("the claim that he made")
constexpr Words kStatementMaker{"made" "\0" "make" "\0" "makes" "\0" "making" "\0" "issued" "\0" "issue" "\0" "issues" "\0" "gave" "\0" "give" "\0" "gives" "\0" "released" "\0" "release" "\0" "posted" "\0" "post" "\0" "delivered" "\0" "deliver" "\0" "offered" "\0" "sent" "\0" "put" "\0" "wrote" "\0" "write" "\0" "tweeted" "\0" "repeated" "\0" "repeat" "\0" "voiced" "\0" "raised" "\0" "received" "\0" "heard" "\0" "hear" "\0" "rejected" "\0" "reject" "\0" "dismissed" "\0" "denied" "\0" "echoed" "\0" "quoted" "\0" "cited" "\0" "read" "\0"};

// Participles that cite a source after "as": "as reported by", "as quoted by"
constexpr Words kCitingParticiple{"reported" "\0" "noted" "\0" "cited" "\0" "quoted" "\0"};

// Participles that put a document out, after its noun: "a report published Wednesday said", "a tweet issued by"
constexpr Words kReleaseParticiple{"published" "\0" "released" "\0" "issued" "\0" "posted" "\0" "aired" "\0" "broadcast" "\0" "unveiled" "\0" "conducted" "\0"};

// Verbs of counsel and pressure that report speech only with what was urged after the one
// addressed ("advised students not to travel", "encouraged firms to invest"); alone they are a
// job or a deed ("a pollster who advises the governor", "banks that advised on the merger").
constexpr Words kCounselVerb{"advised" "\0" "advises" "\0" "advising" "\0" "advise" "\0" "encouraged" "\0" "encourages" "\0" "encouraging" "\0" "instructed" "\0" "instructs" "\0" "instructing" "\0" "pressed" "\0" "presses" "\0" "pressing" "\0"};

// Verbs of going on that report speech only when speech follows them ("“…,” he continued",
// "continued: “…”", "continued that …"), not an object or an infinitive ("continued their search").
constexpr Words kGoOnVerb{"continued" "\0" "continues" "\0" "continuing" "\0" "continue" "\0"};

// Adverbs of place between a subject and its verb: "officials here said"
constexpr Words kPlaceAdverb{"here" "\0" "there" "\0"};

// Words before "to say" that report no speech: a refusal, the writer's own aside, a wish or a
// plan ("declined to say", "it is fair to say", "wants to say", "is expected to say").
constexpr Words kNoSpeechBeforeTo{"declined" "\0" "declines" "\0" "declining" "\0" "refused" "\0" "refuses" "\0" "refusing" "\0"
                                         "unwilling" "\0" "reluctant" "\0" "hesitant" "\0" "fair" "\0" "safe" "\0" "hard" "\0" "difficult" "\0"
                                         "easy" "\0" "wanted" "\0" "wants" "\0" "want" "\0" "like" "\0" "going" "\0" "have" "\0" "has" "\0" "had" "\0"
                                         "asked" "\0" "expected" "\0" "need" "\0" "needs" "\0" "needed" "\0" "able" "\0" "unable" "\0" "not" "\0"};

constexpr Words kIndefinitePronoun{"nobody" "\0" "everyone" "\0" "someone" "\0" "everybody" "\0" "anyone" "\0"};

constexpr Words kApproximator{"about" "\0" "only" "\0" "nearly" "\0" "almost" "\0" "roughly" "\0" "around" "\0" "just" "\0"
                                     "approximately" "\0" "some" "\0" "over" "\0" "fewer" "\0" "more" "\0"};

// Counts spelled out: "Eight years ago, he said" opens with a number, not a name.
constexpr Words kNumberWord{"one" "\0" "two" "\0" "three" "\0" "four" "\0" "five" "\0" "six" "\0" "seven" "\0" "eight" "\0" "nine" "\0" "ten" "\0"
                                   "eleven" "\0" "twelve" "\0" "twenty" "\0" "thirty" "\0" "forty" "\0" "fifty" "\0" "hundred" "\0"
                                   "hundreds" "\0" "thousand" "\0" "thousands" "\0" "million" "\0" "millions" "\0" "dozen" "\0" "dozens" "\0"
                                   "half" "\0" "hours" "\0" "days" "\0" "weeks" "\0" "months" "\0" "years" "\0" "minutes" "\0" "decades" "\0"};

constexpr Words kMannerOfTelling{"citing" "\0" "giving" "\0" "naming" "\0" "providing" "\0" "offering" "\0" "elaborating" "\0"
                       "specifying" "\0" "explaining" "\0" "identifying" "\0" "disclosing" "\0" "revealing" "\0" "presenting" "\0"
                       "producing" "\0" "showing" "\0" "detailing" "\0" "substantiating" "\0"};

// Words that open a reported question: "asked whether …", "asked him how …".
constexpr Words kQuestionWord{"whether" "\0" "if" "\0" "how" "\0" "why" "\0" "what" "\0" "when" "\0" "where" "\0" "who" "\0" "which" "\0"};

constexpr Words kLowerFunctionWord{"of" "\0" "the" "\0" "and" "\0" "to" "\0" "in" "\0" "on" "\0" "for" "\0" "at" "\0" "by" "\0" "with" "\0" "from" "\0" "a" "\0" "an" "\0"
                       "amid" "\0" "despite" "\0" "about" "\0" "over" "\0" "after" "\0" "against" "\0"
                       "de" "\0" "van" "\0" "von" "\0" "der" "\0" "al" "\0" "bin" "\0" "la" "\0" "le" "\0" "du" "\0" "da" "\0" "di" "\0" "del" "\0"};

// One open-addressing table for every class and every cue verb: a word meets all its tables
// with one lookup instead of one hash-set probe per class. Most words of an article are in no
// table, so a miss must be cheap: the table grows to stay at most an eighth full (a miss then
// meets about one occupied slot), and a 32-bit tag of each key's hash, kept apart from the
// slots, rules out almost every occupied slot without touching its key.
// believes, considers, hopes: attribution only when nothing else in the sentence attributes
constexpr Words kCognition{"believes" "\0" "believe" "\0" "thinks" "\0" "think" "\0" "hopes" "\0" "hope" "\0" "feels" "\0" "fears" "\0" "fear" "\0"
                                  "expects" "\0" "expect" "\0" "considers" "\0" "consider" "\0" "considered" "\0" "agreed" "\0"};

// agreed: a belief verb that is also a speech act when it opens the sentence's report ("Most
// delegates agreed they had no choice", "agreed to meet again"); inside another report it stays
// part of that report ("…, according to the Kremlin, and both sides agreed that …")
constexpr Words kAgreementVerb{"agreed" "\0" "agrees" "\0"};

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

    static std::uint64_t hash(const char* padded, std::size_t size) { return padded_hash(padded, size); }
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
        // One loop over a list of (list, bit), not one loop per class: sixty inlined copies of
        // the fill were 6 KB of the page's wasm (issue 14).
        struct ClassList {
            const Words* words;
            std::uint64_t bit;
        };
#define WHOSAID_FILL(array, predicate) ClassList{&array, array##Bit},
        static constexpr ClassList kClassLists[] = {WHOSAID_WORD_CLASSES(WHOSAID_FILL)};
#undef WHOSAID_FILL
        for (const ClassList& list : kClassLists)
            for (const char* w : *list.words) t.at(w).classes |= list.bit;
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
    char word[kMaxWord] = {};  // every member initialised: the thread_local memo needs no guard
    std::size_t size = ~std::size_t{0};  // matches no word: empty
    const WordTable::Slot* slot = nullptr;
};

// A memo miss: lower, hash and probe, then remember; the empty word and words longer than any
// in a table go to the table or nowhere, unremembered. Out of line, so that the hit path is a
// few instructions that save no registers.
__attribute__((noinline)) const WordTable::Slot* look_up(Recent& r, const char* w, std::size_t n) {
    if (n == 0) return word_table().find(Lower(std::string_view{}));
    if (n > kMaxWord) return nullptr;
    Lower l;
    l.n = n;
    std::memset(l.buf, 0, sizeof l.buf);
    Lower::copy_small(l.buf, w, n);
    std::memcpy(r.word, l.buf, kMaxWord);  // the word as written, for the next hit's check
    l.lower_in_place();
    r.slot = word_table().find(l);
    r.size = n;
    return r.slot;
}

// Inline in the predicates below. Only look_up sets a size, always 1..kMaxWord, so a size
// that matches is one the word's bytes may be compared at.
inline const WordTable::Slot* entry(std::string_view w) {
    constexpr std::size_t kRecent = 64;  // 256 was tried: 1% fewer misses (a miss is a word's first ask in a pass)
    thread_local Recent memo[kRecent];
    const std::size_t n = w.size();
    Recent* r = &memo[(reinterpret_cast<std::uintptr_t>(w.data()) ^ n) & (kRecent - 1)];
    if (r->size == n && same_bytes(r->word, w.data(), n)) return r->slot;
    return look_up(*r, w.data(), n);
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

// (a word of lower-case letters, longer than the ending: the callers' adjectives are)
bool has_adjective_ending(std::string_view word) {
    for (const char* e : kAdjectiveEnding)
        if (ascii::ends_with(word, e)) return true;
    return false;
}

// The tests' view of a list: its words as an array of pointers, made here, kept for the run.
NamedTable named(const char* name, const Words& list, bool (*lookup)(std::string_view)) {
    static std::vector<std::vector<const char*>> kept;
    std::vector<const char*> words;
    for (const char* w : list) words.push_back(w);
    kept.push_back(std::move(words));
    return {name, kept.back().data(), kept.back().size(), lookup};
}
#define WHOSAID_TABLE(list, lookup) named(#list, list, lookup)
std::vector<NamedTable> named_tables() {
#define WHOSAID_NAMED(array, predicate) WHOSAID_TABLE(array, predicate),
    return {WHOSAID_WORD_CLASSES(WHOSAID_NAMED)
            WHOSAID_TABLE(kCognition, [](std::string_view w) { return cue_verb(w).cognition; })};
#undef WHOSAID_NAMED
}
#undef WHOSAID_TABLE

TableFill word_table_fill() { return {word_table().slots(), word_table().words(), WordTable::max_load()}; }

}  // namespace whosaid::lexicon
