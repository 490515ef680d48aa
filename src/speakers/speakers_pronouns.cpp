// "he" and "she": the salient person who can take the pronoun. The last speaker or the subject
// that opened a sentence since, unless a first name, a title or a role word says the pronoun
// does not fit; then the nearest person named before it who does.
#include "speakers_resolver.hpp"

namespace whosaid::speakers_detail {

Gender Resolver::gender_of_entity(int e) const {
    if (e < 0) return Gender::Unknown;
    const Entity& en = entities_[static_cast<std::size_t>(e)];
    if (en.kind != SpeakerKind::Person) return Gender::Unknown;
    Gender g = en.first.empty() ? Gender::Unknown : gender_of_word(en.first);
    if (g != Gender::Unknown) return g;
    // "Mr.", "Mrs.", "the spokeswoman": the last gendered word of the title or the role name
    std::string_view t = en.title;
    std::size_t i = 0;
    while (i < t.size()) {
        std::size_t j = i;
        while (j < t.size() && t[j] != ' ' && t[j] != '.' && t[j] != ',') ++j;
        Gender w = gender_of_word(t.substr(i, j - i));
        if (w != Gender::Unknown) g = w;
        i = j + 1;
    }
    if (g == Gender::Unknown) g = en.learned;
    if (g == Gender::Unknown && en.role_only)
        for (const auto& w : en.name) {
            Gender x = gender_of_word(w);
            if (x != Gender::Unknown) g = x;
        }
    return g;
}

Gender Resolver::gender_of_named(const Named& n) const {
    if (n.kind != SpeakerKind::Person) return Gender::Unknown;
    if (n.name_words() >= 2) {
        Gender g = gender_of_word(r_.word(n.name_b));
        if (g != Gender::Unknown) return g;
    }
    for (std::uint32_t i = n.b; i < n.name_b; ++i) {
        Gender g = gender_of_word(r_.word(i));
        if (g != Gender::Unknown) return g;
    }
    return Gender::Unknown;
}

// The nearest person before `tok` whose name, title or role fits the pronoun.
int Resolver::nearest_person_of(Gender g, std::uint32_t tok) {
    auto it = std::lower_bound(named_.begin(), named_.end(), tok, [](const Named& n, std::uint32_t t) { return n.tok < t; });
    std::size_t upto = static_cast<std::size_t>(it - named_.begin());
    for (std::size_t k = upto, seen = 0; k-- > 0 && seen < kScanCap; ++seen) {
        const Named& n = named_[k];
        if (n.kind != SpeakerKind::Person || n.role || gender_of_named(n) != g) continue;
        // a lone surname is a person once known, or when a title says so ("Mrs. Clinton")
        if (n.name_words() < 2 && n.name_b == n.b && person_by_surname_.find(surname_key(r_.word(n.name_e - 1))) == person_by_surname_.end())
            continue;
        return person(words(n.name_b, n.name_e), title_of(n), span(n.b, n.e), n.tok);
    }
    return -1;
}

int Resolver::resolve_he_she(const Phrase& p, bool recent) {
    int e = pick_he_she(p, recent);
    if (e >= 0) {
        Entity& en = entities_[static_cast<std::size_t>(e)];
        if (en.learned == Gender::Unknown) en.learned = p.pronoun == Pronoun::He ? Gender::Male : Gender::Female;
    }
    return e;
}

int Resolver::pick_he_she(const Phrase& p, bool recent) {
    Gender want = p.pronoun == Pronoun::He ? Gender::Male : Gender::Female;
    auto fits = [&](int e) {
        Gender g = gender_of_entity(e);
        return g == Gender::Unknown || g == want;
    };
    // a person who opened a sentence after the last speaker was named is nearer
    // ("Pelham, who …, dismissed the criticism. “…,” he said")
    int subject = nearest_subject(p.b, last_person_tok_);
    if (subject >= 0 && fits(subject)) return subject;
    if (recent && last_person_ >= 0 && fits(last_person_)) return last_person_;
    int named = nearest_person_of(want, p.b);
    if (named >= 0) return named;
    if (subject >= 0) return subject;
    int e = recent && last_person_ >= 0 ? last_person_ : nearest_named(p.b, SpeakerKind::Person);
    return e >= 0 ? e : last_person_;
}

}  // namespace whosaid::speakers_detail
