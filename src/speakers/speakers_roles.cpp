// Role phrases ("the chancellor"), pronoun antecedents and documents ("the Kremlin statement").
#include "speakers_resolver.hpp"

namespace whosaid::speakers_detail {

namespace {

// "the Pakistani minister" is not "Chinese Foreign Minister Wang Yi": the role names a nationality
// and the title another one (a title with none may still be the role's: "Foreign Minister Dar").
bool nationality_clash(const std::vector<std::string>& role, const std::string& title) {
    std::string role_nation;
    for (const auto& w : role)
        if (is_nationality(w)) role_nation = w;
    if (role_nation.empty()) return false;
    bool other = false;
    std::string word;
    for (std::size_t i = 0; i <= title.size(); ++i) {
        char c = i < title.size() ? title[i] : ' ';
        if (c == ' ' || c == ',' || c == '.') {
            if (!word.empty() && is_nationality(word)) {
                if (ascii::iequals(word, role_nation)) return false;
                other = true;
            }
            word.clear();
        } else {
            word += c;
        }
    }
    return other;
}

}  // namespace

// "the Russian President" -> the person the article calls "Russian President …"
int Resolver::role(const Phrase& p) {
    std::vector<std::string> role;
    std::string head;  // "spokeswoman" in "a spokeswoman for the ministry"
    for (std::uint32_t i = p.b; i < p.e; ++i) {
        if (tk_.tokens[i].kind != TokKind::Word) continue;
        if (head.empty() && (r_.is(i, "of") || r_.is(i, "for")) && !role.empty()) head = role.back();
        if (r_.is(i, "the") || r_.is(i, "a") || r_.is(i, "an")) continue;
        role.push_back(lower(r_.word(i)));
    }
    if (role.empty()) return -1;
    if (head.empty()) head = role.back();
    auto title_has_all = [&](const std::string& title) {
        std::string t = lower(title);
        for (const auto& w : role)
            if (t.find(w) == std::string::npos) return false;
        return true;
    };
    bool plural = head.size() > 2 && head.back() == 's' && head != "press" && head != "chiefs";
    // "a spokesperson" is someone new; "the chancellor" is someone the article has named
    bool indefinite = r_.is(p.b, "a") || r_.is(p.b, "an") || r_.is(p.b, "one") || r_.is(p.b, "another");
    if (indefinite) plural = true;  // (skips the title searches below, not the kind)
    std::string key = "role:" + join(role);
    auto cached = role_cache_.find(key);
    if (cached != role_cache_.end()) {
        entities_[static_cast<std::size_t>(cached->second)].mentions.push_back(span(p.b, p.e));
        return cached->second;
    }
    if (!plural) {
        // the person the article introduced with this title, the first time it did so
        for (std::size_t k = 0; k < entities_.size() && k < kScanCap * 4; ++k)
            if (entities_[k].kind == SpeakerKind::Person && !entities_[k].role_only && !entities_[k].title.empty() &&
                title_has_all(entities_[k].title)) {
                entities_[k].mentions.push_back(span(p.b, p.e));
                role_cache_[key] = static_cast<int>(k);
                return static_cast<int>(k);
            }
        for (std::size_t k = 0; k < named_.size() && k < kScanCap * 16; ++k) {
            const Named& n = named_[k];
            if (n.kind == SpeakerKind::Person && !n.role && n.name_words() >= 2 && n.name_b > n.b &&
                title_has_all(title_of(n))) {
                int e = person(words(n.name_b, n.name_e), title_of(n), span(p.b, p.e), p.b);
                role_cache_[key] = e;
                return e;
            }
        }
    }
    if (!plural) {
        // "the Massachusetts senator" after "Sen. John Kerry": the head alone, abbreviations
        // included, picks the nearest person named with that title
        static const std::pair<const char*, const char*> kAbbrev[] = {
            {"senator", "sen"}, {"governor", "gov"}, {"representative", "rep"}, {"general", "gen"},
            {"president", "pres"}, {"lieutenant", "lt"}, {"colonel", "col"}, {"captain", "capt"},
            {"sergeant", "sgt"}, {"professor", "prof"}, {"doctor", "dr"}, {"reverend", "rev"}};
        auto title_has_head = [&](const std::string& title) {
            std::string t = " " + lower(title) + " ";
            for (char& ch : t)
                if (ch == '.' || ch == ',') ch = ' ';
            if (t.find(" " + head + " ") != std::string::npos) return true;
            for (const auto& [full, abbr] : kAbbrev)
                if (head == full && t.find(std::string(" ") + abbr + " ") != std::string::npos) return true;
            return false;
        };
        auto it = std::lower_bound(named_.begin(), named_.end(), p.b, [](const Named& n, std::uint32_t t) { return n.tok < t; });
        for (std::size_t k = static_cast<std::size_t>(it - named_.begin()), seen = 0; k-- > 0 && seen < kScanCap; ++seen) {
            const Named& n = named_[k];
            if (n.kind != SpeakerKind::Person || n.role || n.name_b <= n.b || !title_has_head(title_of(n)) ||
                nationality_clash(role, title_of(n)))
                continue;
            int e = person(words(n.name_b, n.name_e), title_of(n), span(p.b, p.e), p.b);
            role_cache_[key] = e;
            return e;
        }
        // "Porthaven mayor confirms …" in the headline: the story names her just after
        if (tk_.tokens[p.b].line <= 2)
            for (std::size_t k = static_cast<std::size_t>(it - named_.begin()), seen = 0; k < named_.size() && seen < kScanCap;
                 ++k, ++seen) {
                const Named& n = named_[k];
                if (n.kind != SpeakerKind::Person || n.role || n.name_b <= n.b || !title_has_head(title_of(n))) continue;
                int e = person(words(n.name_b, n.name_e), title_of(n), span(p.b, p.e), p.b);
                role_cache_[key] = e;
                return e;
            }
    }
    // An unnamed spokesperson speaks for a body: "A Downing Street spokesman" for Downing Street,
    // "a spokesperson" right after the Cabinet Office spoke, for the Cabinet Office.
    if (head == "spokesman" || head == "spokeswoman" || head == "spokesperson") {
        std::uint32_t b = p.b, e = p.e;
        while (b < e && r_.determiner(b)) ++b;
        std::uint32_t h = b;
        while (h < e && !r_.is(h, "spokesman") && !r_.is(h, "spokeswoman") && !r_.is(h, "spokesperson")) ++h;
        int body = -1;
        if (h > b && tk_.tokens[b].upper && r_.classify(b, h).kind == PhraseKind::Org) {
            body = org(words(b, h), span(b, h));
        } else if (h == b && h + 1 == e && last_org_ >= 0 && last_org_line_ + 2 >= tk_.tokens[p.b].line) {
            body = last_org_;
        }
        if (body >= 0) {
            add_alias(body, surface(p.b, p.e));
            role_cache_[key] = body;
            return body;
        }
    }
    plural = head.size() > 2 && head.back() == 's' && head != "press" && head != "chiefs";
    // a role with no name in the article: its own speaker
    Entity e;
    e.kind = plural || (is_org_head(head) && !is_role_noun(head)) ? SpeakerKind::Organization : SpeakerKind::Person;
    e.role_only = true;
    e.key = key;
    std::uint32_t rb = p.b;
    while (rb + 1 < p.e && r_.determiner(rb)) ++rb;
    e.name = {std::string(surface(rb, p.e))};
    e.mentions.push_back(span(p.b, p.e));
    entities_.push_back(std::move(e));
    role_cache_[key] = static_cast<int>(entities_.size() - 1);
    return static_cast<int>(entities_.size() - 1);
}

int Resolver::nearest_named(std::uint32_t tok, SpeakerKind kind) {
    auto it = std::lower_bound(named_.begin(), named_.end(), tok, [](const Named& n, std::uint32_t t) { return n.tok < t; });
    std::size_t upto = static_cast<std::size_t>(it - named_.begin());
    for (std::size_t k = upto, seen = 0; k-- > 0 && seen < kScanCap; ++seen) {
        const Named& n = named_[k];
        if (n.kind != kind) continue;
        if (n.role) {
            Phrase p;
            p.kind = PhraseKind::Role;
            p.b = n.b;
            p.e = n.e;
            return role(p);
        }
        if (kind == SpeakerKind::Person && n.name_words() < 2) continue;
        return kind == SpeakerKind::Person ? person(words(n.name_b, n.name_e), title_of(n), span(n.b, n.e), n.tok)
                                           : org(words(n.name_b, n.name_e), span(n.b, n.e));
    }
    return -1;
}

// The nearest person named at the start of a sentence, after token `after` and before `tok`.
int Resolver::nearest_subject(std::uint32_t tok, std::uint32_t after) {
    auto it = std::lower_bound(named_.begin(), named_.end(), tok, [](const Named& n, std::uint32_t t) { return n.tok < t; });
    std::size_t upto = static_cast<std::size_t>(it - named_.begin());
    const auto& toks = tk_.tokens;
    for (std::size_t k = upto, seen = 0; k-- > 0 && seen < 8; ++seen) {
        const Named& n = named_[k];
        if (n.tok <= after) break;
        if (n.kind != SpeakerKind::Person || n.role) continue;
        // ("“… Anna Berg represents the old policies,” she said": a sentence inside a quotation is
        // what someone said, and its subject is no one the narration brought in)
        if (q_.owner[n.tok] >= 0) continue;
        // a full name, a surname the article already gave a speaker, or one a "who" makes a person
        // ("Kasich, who brags he has held 100 town halls, …")
        bool who_follows = n.e + 1 < toks.size() && r_.word(n.e) == "," && r_.word(n.e + 1) == "who";
        if (n.name_words() < 2 && !who_follows &&
            person_by_surname_.find(surname_key(r_.word(n.name_e - 1))) == person_by_surname_.end())
            continue;
        std::uint32_t b = n.b;
        // ("Even TV host Dan Oliver, …": a capitalised sentence adverb before the name still opens it)
        while (b > 0 && toks[b - 1].upper && toks[b - 1].line == toks[b].line && is_sentence_adverb(r_.word(b - 1)) &&
               !is_question_word(r_.word(b - 1)))
            --b;
        bool opens = b == 0 || toks[b - 1].line != toks[b].line;
        if (!opens) {
            std::string_view prev = r_.word(b - 1);
            opens = prev == "." || prev == "!" || prev == "?";
        }
        // "In April, Tom Grant was talking …", "…, but Tom Grant said": a subject after a fronted
        // adverbial or a conjunction, a lower-case verb after it
        if (!opens && b > 0 && n.e < toks.size()) {
            std::string_view prev = r_.word(b - 1), next = r_.word(n.e);
            // (a verb, not "during" or "of": "attacked Clive and Mark Rubin during the rant" is an object)
            bool verb = is_auxiliary(next) || cue_verb(next).frame != CueFrame::None ||
                        (next.size() > 3 && (next.substr(next.size() - 2) == "ed" || next.substr(next.size() - 2) == "ly" ||
                                             (next.back() == 's' && !is_preposition(next))));
            opens = (prev == "," || prev == "but" || prev == "and" || prev == "then" || prev == "But" || prev == "And") &&
                    toks[n.e].kind == TokKind::Word && !toks[n.e].upper && verb;
        }
        if (opens) return person(words(n.name_b, n.name_e), title_of(n), span(n.b, n.e), n.tok);
    }
    return -1;
}

int Resolver::from_phrase(const Phrase& p) {
    switch (p.kind) {
        case PhraseKind::Name:
            return person(words(p.name_b, p.name_e),
                          std::string(p.title_e > p.title_b ? surface(p.title_b, p.title_e)
                                                            : (p.name_b > p.b ? surface(p.b, p.name_b) : std::string_view{})),
                          span(p.b, p.name_e), p.name_b);
        case PhraseKind::Org: {
            std::vector<std::string> ws;
            for (std::uint32_t i = p.name_b; i < p.name_e; ++i)
                if (tk_.tokens[i].kind == TokKind::Word || r_.word(i) == "&") ws.emplace_back(r_.word(i));
            return org(ws, span(p.name_b, p.name_e));
        }
        case PhraseKind::Role:
            return role(p);
        case PhraseKind::Document: {
            // "the Kremlin statement" -> Kremlin; "the data of the ministry" -> the ministry;
            // "the readout" -> the body last heard from
            std::uint32_t b = p.b, e = p.e;
            for (std::uint32_t i = b + 1; i + 1 < e; ++i)
                if ((r_.is(i, "of") || r_.is(i, "from") || r_.is(i, "by")) && is_document(r_.word(i - 1))) {
                    Phrase inner = r_.classify(i + 1, e);
                    if (inner.ok() && inner.kind != PhraseKind::Document) return from_phrase(inner);
                }
            while (e > b && (is_document(r_.word(e - 1)) || r_.is(e - 1, "press"))) --e;
            while (b < e && (r_.is(b, "the") || r_.is(b, "a") || r_.is(b, "an"))) ++b;
            if (e > b) {
                Phrase inner = r_.classify(b, e);
                if (inner.kind == PhraseKind::Name && e - b == 1) return org(words(b, e), span(b, e));
                if (inner.ok() && inner.kind != PhraseKind::Document) return from_phrase(inner);
                if (r_.name_word(b)) return org(words(b, e), span(b, e));
            }
            return last_org_ >= 0 ? last_org_ : last_any_;
        }
        default:
            return -1;
    }
}


}  // namespace whosaid::speakers_detail
