// Internal to speakers.cpp and its helpers: the resolver that turns speaker phrases into people
// and bodies. Split over speakers_names.cpp (the article's names, people and bodies),
// speakers_roles.cpp (roles, pronoun antecedents, documents) and speakers.cpp (the walk).
#pragma once

#include <algorithm>
#include <numeric>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "claims.hpp"
#include "lexicon.hpp"
#include "lexicon_ascii.hpp"
#include "speakers_name_match.hpp"
#include "phrase.hpp"
#include "tokens.hpp"
#include "whosaid/whosaid.hpp"

namespace whosaid::speakers_detail {

using namespace lexicon;

using names::compatible_first;
using names::edit_distance;
using names::surname_key;

inline std::string lower(std::string_view s) { return ascii::lower(s); }

// A person or body named somewhere in the article (not only as a speaker): used to complete
// surnames into full names, to bind role phrases and to find antecedents of pronouns.
// Kept small (token positions only): an article of many megabytes holds hundreds of thousands.
struct Named {
    std::uint32_t b = 0, e = 0;            // tokens of the whole mention, title included
    std::uint32_t name_b = 0, name_e = 0;  // tokens of the proper name
    std::uint32_t tok = 0;                 // where it is, for "the nearest before"
    SpeakerKind kind = SpeakerKind::Person;
    bool role = false;                     // "the commissioner": a role, no name
    std::uint32_t name_words() const { return name_e - name_b; }
};

struct Entity {
    SpeakerKind kind = SpeakerKind::Person;
    std::vector<std::string> name;   // canonical name words
    std::string first, surname;      // lower-case, persons
    std::string key;                 // lower-case, organisations and roles
    std::string title;
    std::vector<std::string> aliases;
    std::vector<Span> mentions;
    bool role_only = false;          // "the spokesman" with no name in the article
    Gender learned = Gender::Unknown;  // from the first "he" or "she" resolved to them
};

inline std::string join(const std::vector<std::string>& words) {
    std::string s;
    for (const auto& w : words) {
        if (!s.empty()) s += ' ';
        s += w;
    }
    return s;
}

class Resolver {
public:
    Resolver(std::string_view text, const Tokenized& tk, const Quotes& q, const std::vector<bool>& skip_line)
        : text_(text), tk_(tk), q_(q), r_(text, tk.tokens) {
        scan_names(skip_line);
    }

    int resolve(const RawClaim& c, const std::vector<int>& resolved, std::size_t self);
    std::vector<Speaker> finish(const std::vector<int>& used);

private:
    void scan_names(const std::vector<bool>& skip_line);
    int person(std::vector<std::string> words, std::string title, Span span, std::uint32_t tok);
    int org(std::vector<std::string> words, Span span);
    int role(const Phrase& p);
    int from_phrase(const Phrase& p);
    int nearest_named(std::uint32_t tok, SpeakerKind kind);
    int nearest_subject(std::uint32_t tok, std::uint32_t after);
    Gender gender_of_entity(int e) const;
    Gender gender_of_named(const Named& n) const;
    int nearest_person_of(Gender g, std::uint32_t tok);
    int resolve_he_she(const Phrase& p, bool recent);
    int pick_he_she(const Phrase& p, bool recent);
    void add_alias(int e, std::string_view surface);
    void add_possessive_aliases(int e, const std::vector<std::string>& ws);
    std::vector<std::string> words(std::uint32_t b, std::uint32_t e) const {
        std::vector<std::string> out;
        for (std::uint32_t i = b; i < e; ++i) {
            std::string_view w = r_.word(i);
            if (tk_.tokens[i].kind != TokKind::Word) continue;
            if (is_possessive(w)) w = w.substr(0, w.size() - (w[w.size() - 2] == '\'' ? 2 : 4));
            out.emplace_back(w);
        }
        return out;
    }
    std::string title_of(const Named& n) const {  // the words before the name ("Russian President")
        return n.name_b > n.b ? std::string(surface(n.b, n.name_b)) : std::string();
    }
    Span span(std::uint32_t b, std::uint32_t e) const { return Span{tk_.tokens[b].start, tk_.tokens[e - 1].end}; }
    std::string_view surface(std::uint32_t b, std::uint32_t e) const {
        return text_.substr(tk_.tokens[b].start, tk_.tokens[e - 1].end - tk_.tokens[b].start);
    }

    std::string_view text_;
    const Tokenized& tk_;
    const Quotes& q_;
    PhraseReader r_;
    std::vector<Named> named_;                 // in text order
    std::vector<Entity> entities_;
    // Indexes keep every lookup bounded, so a huge input stays linear.
    std::unordered_map<std::string, std::vector<std::size_t>> named_by_surname_;  // full names only
    std::unordered_map<std::string, std::vector<int>> person_by_surname_, person_by_first_, org_by_last_;
    std::unordered_map<std::string, int> role_cache_;
    std::unordered_map<std::string, std::vector<int>> org_by_head_;  // "ministry" -> Ministry of Transport
    std::unordered_set<std::string> distinct_names_;
    static constexpr std::size_t kScanCap = 64;
    int last_person_ = -1, last_org_ = -1, last_any_ = -1;
    std::uint32_t last_person_tok_ = 0;  // where the last person speaker was named
    std::uint32_t last_org_line_ = 0;    // the line of the last claim by an organisation
    std::uint32_t last_line_ = 0;
};


}  // namespace whosaid::speakers_detail
