// Named word tables of English news attribution: cue verbs, titles, role words, organisations,
// relay channels, pronouns. Lookups are ASCII case-insensitive and take one word.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace whosaid::lexicon {

// How a speech verb takes what was said.
enum class CueFrame : unsigned char {
    None,
    Clause,       // said (that) CLAUSE; "…," he said
    Object,       // told SOMEONE (that) CLAUSE; informed, assured, reminded
    Complement,   // urged/asked/accused/described … : the rest of the clause is the claim
};

struct CueInfo {
    CueFrame frame = CueFrame::None;
    bool strong = false;     // a pure speech verb ("said") vs. a speech act that may be non-verbal ("rejected")
    bool cognition = false;  // believes, considers, hopes: attribution only when nothing else attributes
};

CueInfo cue_verb(std::string_view word);            // "said", "warns", "insisted", ...
bool cue_particle(std::string_view verb, std::string_view next);  // "pointed out", "spoke of", "called for"
bool takes_particle(std::string_view verb);  // called, pointed, spoke: a verb of kParticleVerbs
bool is_title(std::string_view word);               // Mr, Dr, President, Chancellor, Senator, ...
bool is_role_noun(std::string_view word);           // spokesman, minister, official, leader, ...
bool is_org_head(std::string_view word);            // ministry, department, government, police, ...
bool is_known_org(std::string_view word);           // Kremlin, Pentagon, NATO, Hamas, ...
bool is_place(std::string_view word);               // capitals and countries that stand for governments
bool is_media(std::string_view word);               // TASS, Reuters, Interfax, BBC, ... (relay channels)
bool is_document(std::string_view word);            // statement, readout, tweet, post, interview, ...
bool is_nationality(std::string_view word);         // Russian, German, US, British, ...
bool is_auxiliary(std::string_view word);           // has, had, was, also, previously, reportedly, ...
bool is_time_word(std::string_view word);           // Monday, yesterday, earlier, ...
bool is_sentence_adverb(std::string_view word);     // However, Meanwhile, Yesterday: capitalised, not a name
bool is_abbreviation(std::string_view word);        // Mr, Dr, St, Jan, Gen: a following "." ends no sentence
bool is_title_cue(std::string_view word);           // so-called, titled, dubbed: a following quote is a name, not speech
bool is_lower_function_word(std::string_view word); // of, the, and, to, ... (never part of a name except "of")
bool is_clause_opener(std::string_view word);       // that, and, but, because, while, ...: a subject stops there
bool is_question_word(std::string_view word);       // whether, if, how, why: a reported question opens
bool is_manner_of_telling(std::string_view word);   // citing, giving, naming: "said without citing sources"
bool is_number_word(std::string_view word);         // eight, hundreds, years: counts and spans, never a name
bool is_subject_trail(std::string_view word);       // overall, surveyed, polled: close a group subject, never its head
bool is_dotted_initials(std::string_view word);     // J.M, E.J: initials a following "." ends no sentence after
bool is_fronted_subordinator(std::string_view word);  // while, although, when: "While X said …, Y …" ends at the comma
bool is_preposition(std::string_view word);          // in, at, during: opens a fronted adverbial
bool is_group_quantifier(std::string_view word);     // most, many, some: a group as a subject ("most said")
bool is_finite_auxiliary(std::string_view word);     // has, were, will: a verb that makes a clause
bool is_no_speech_before_to(std::string_view word);  // declined, fair, wants: "… to say" reports nothing
bool is_place_adverb(std::string_view word);  // Adverbs of place between a subject and its verb: "officials here said"
bool is_release_participle(std::string_view word);  // Participles that put a document out, after its noun: "a report published Wednesday said", "a tweet issued by"
bool is_go_on_verb(std::string_view word);  // continued: speech only with no object after it ("“…,” he continued")
bool is_counsel_verb(std::string_view word);  // advised, encouraged: speech only with "to …"/"that …" after the one addressed
bool is_citing_participle(std::string_view word);  // Participles that cite a source after "as": "as reported by", "as quoted by"
bool is_statement_maker(std::string_view word);  // Verbs that make or meet a statement, as in a relative clause after its noun ("the claim that he made")
bool is_speech_noun(std::string_view word);  // Nouns of a statement that take a clause: "his insistence that", "Trump's warning that"
bool is_outlet_word(std::string_view word);  // Last words of news outlets' names, as in a site's title suffix ("– BBC News")
bool is_rubric_label(std::string_view word);       // update, latest, notice: a rubric before a colon ("The Latest:")
bool is_headline_complement_cue(std::string_view word);  // urges, accuses: "Mayor urges council to act"
bool is_tail_start(std::string_view word);         // on, told, via: what may follow a tail ("…, he said on Friday.")
bool is_plural_noun_modifier(std::string_view word);  // member, several: "member states" is a noun, not a verb
bool is_plural_noun_cue(std::string_view word);       // reports, claims: a plural noun that is also a cue verb
bool is_broadcast_noun(std::string_view word);        // programme, show: "told the BBC's Today programme"
bool is_statement_issuer(std::string_view word);      // issued, gave: "She issued a warning that …"
bool is_hearsay_participle(std::string_view word);    // understood, said: "X is understood to have told …"
bool is_estimate_noun(std::string_view word);         // toll, cost: "put the death toll at 40"
bool is_audience_noun(std::string_view word);         // crowd, audience: "told the crowd they had won"
bool is_agreement_verb(std::string_view word);        // agreed: a belief verb that reports speech when it opens a report
bool is_subject_pronoun(std::string_view word);       // he, we: opens a clause without "that" ("made clear he would")
bool is_possessive_determiner(std::string_view word); // his, its, their: "his remarks", "told their colleagues"
bool is_estimate_verb(std::string_view word);         // put: "put the death toll at 40"
bool is_duration_plural(std::string_view word);       // weeks, years: "has said for weeks he is"
bool is_that_only_cue(std::string_view word);         // maintained: a cue only before "that"
bool is_plea_verb(std::string_view word);             // pleaded: "pleaded guilty to fraud"
bool is_apology_verb(std::string_view word);          // apologized: "apologized for the error"
bool is_infinitive_only_cue(std::string_view word);   // threatened: a cue only before "to …" ("threatened to sue")
bool is_share_word(std::string_view word);            // percent, half, majority: a share of those polled
bool is_time_adverb(std::string_view word);           // today, now: "Her defenders today argue"
bool is_norm_noun(std::string_view word);             // rules, plan: "done according to the rules" names no source
bool is_named_object_pronoun(std::string_view word);  // him, it, themselves: "called him divisive"
bool is_degree_word(std::string_view word);           // very, so: "called themselves very conservative"
bool has_adjective_ending(std::string_view word);     // -ive, -ful, -ic (kAdjectiveEnding): "divisive", "lawful"
bool is_comparison_verb(std::string_view word);       // compared: "compared the mayor to a referee"
bool is_day_word(std::string_view word);              // Tuesday, yesterday: a day as when something was said
bool is_determiner(std::string_view word);         // the, a, several, his: opens a noun phrase, names nobody alone
bool is_region(std::string_view word);            // Ohio, Tex: a state after a home town ("of Akron, Ohio")
bool is_name_particle(std::string_view word);      // de, von, bin: inside a person's name ("Pierre de Vos")
bool is_approximator(std::string_view word);        // about, only, nearly: bend a count ("About three in 10 said")
bool is_indefinite_pronoun(std::string_view word); // nobody, everyone, someone: a subject that names no one
bool is_no_speaker_head(std::string_view word);     // it, each, others, time, ...: no source ends on these

// Which of the speaker tables one word is in, from a single lookup, for a caller that asks
// several of them about the same word (each is_* call above looks the word up again).
struct SpeakerClasses {
    enum : std::uint64_t {
        kTitle = std::uint64_t{1} << 0,
        kRoleNoun = std::uint64_t{1} << 1,
        kOrgHead = std::uint64_t{1} << 2,
        kKnownOrg = std::uint64_t{1} << 3,
        kPlace = std::uint64_t{1} << 4,
        kMedia = std::uint64_t{1} << 5,
        kDocument = std::uint64_t{1} << 6,
        kNationality = std::uint64_t{1} << 7,
    };
    std::uint64_t bits = 0;
    bool any(std::uint64_t of) const { return (bits & of) != 0; }
};
SpeakerClasses speaker_classes(std::string_view word);

enum class Pronoun : unsigned char { None, He, She, It, They, I, We };

// The pronoun a first name, title or gendered role word implies ("Ellen", "Mr", "spokeswoman").
enum class Gender : unsigned char { Unknown, Male, Female };
Gender gender_of_word(std::string_view word);
Pronoun pronoun(std::string_view word);

// For the hygiene test (tests/core/test_lexicon.cpp): each named word table with the lookup
// that answers for it, and how full the one hashed table holding them all is.
struct NamedTable {
    const char* name;
    const char* const* words;
    std::size_t size;
    bool (*lookup)(std::string_view);
};
std::vector<NamedTable> named_tables();
struct TableFill {
    std::size_t slots, words, max_load;  // max_load: slots per word, at least
};
TableFill word_table_fill();

}  // namespace whosaid::lexicon
