// The article's names: people (surnames, misspellings, titles) and bodies, and their aliases.
#include "speakers_resolver.hpp"
#include <algorithm>

namespace whosaid::speakers_detail {

void Resolver::scan_names(const std::vector<bool>& skip_line) {
    const auto& toks = tk_.tokens;
    std::uint32_t i = 0;
    // "Mayor Says Fares Will Rise": a speech verb in a title-case headline ends a name and starts none
    auto speech_verb = [&](std::uint32_t k) { return cue_verb(r_.word(k)).frame != CueFrame::None; };
    while (i < toks.size()) {
        if (skip_line[toks[i].line] || toks[i].kind != TokKind::Word || !(r_.name_word(i) || r_.role_word(i)) || speech_verb(i)) {
            ++i;
            continue;
        }
        std::uint32_t b = i++;  // token b passed the test above, which the loop would ask again
        while (i < toks.size() && toks[i].kind == TokKind::Word && toks[i].line == toks[b].line &&
               (r_.name_word(i) || r_.role_word(i)) && (i == b || !is_possessive(r_.word(i - 1)) || r_.name_word(i)) &&
               !speech_verb(i))
            ++i;
        Phrase p = r_.classify(b, i);
        if (p.kind == PhraseKind::Name && p.name_e > p.name_b) {
            Named n;
            // "Sen. John Kerry": the abbreviated title before the point belongs to the mention
            if (p.b == b && b >= 2 && r_.word(b - 1) == "." && toks[b - 2].kind == TokKind::Word && is_title(r_.word(b - 2)) &&
                toks[b - 2].line == toks[b].line)
                p.b = b - 2;
            // "Porthaven's mayor, Ines Varga,": a role just before, set off by a comma, is the title
            if (p.b == b && b >= 2 && r_.word(b - 1) == "," && toks[b - 2].line == toks[b].line) {
                std::uint32_t rb = b - 1;
                while (rb > 0 && b - 1 - rb < 5 && toks[rb - 1].line == toks[b].line && toks[rb - 1].kind == TokKind::Word &&
                       (r_.role_word(rb - 1) || r_.name_word(rb - 1) || is_possessive(r_.word(rb - 1)) || r_.determiner(rb - 1)))
                    --rb;
                if (rb < b - 1 && r_.classify(rb, b - 1).kind == PhraseKind::Role) p.b = rb;
            }
            n.b = p.b;
            n.e = p.name_e;
            n.name_b = p.name_b;
            n.name_e = p.name_e;
            n.kind = SpeakerKind::Person;
            n.tok = p.name_b;
            // one entry per distinct full name, so lookups stay short however often a name recurs
            if (n.name_words() >= 2 && distinct_names_.insert(std::string(surface(n.name_b, n.name_e))).second)
                named_by_surname_[surname_key(r_.word(n.name_e - 1))].push_back(named_.size());
            named_.push_back(std::move(n));
        } else if (p.kind == PhraseKind::Role && i - b <= 5 &&
                   (r_.is(b, "the") || (b > 0 && r_.is(b - 1, "the")))) {
            // "The commissioner gave a statement … she said": a role can be what a pronoun points at
            std::uint32_t rb = r_.is(b, "the") ? b : b - 1;
            Named n;
            n.kind = SpeakerKind::Person;
            n.role = true;
            n.b = rb;
            n.e = i;
            n.tok = b;
            named_.push_back(std::move(n));
        } else if (p.kind == PhraseKind::Org && p.name_e > p.name_b) {
            Named n;
            n.b = n.name_b = p.name_b;
            n.e = n.name_e = p.name_e;
            n.kind = SpeakerKind::Organization;
            n.tok = p.name_b;
            named_.push_back(std::move(n));
        }
        if (i == b) ++i;
    }
}

void Resolver::add_alias(int e, std::string_view surface) {
    Entity& en = entities_[static_cast<std::size_t>(e)];
    std::string s(surface);
    if (s.empty() || s == join(en.name)) return;
    if (std::find(en.aliases.begin(), en.aliases.end(), s) == en.aliases.end()) en.aliases.push_back(s);
}


// "Putin's" -> "Putin", "Scholz’s" -> "Scholz" (the word is_possessive accepted).
static std::string without_possessive(const std::string& w) {
    return w.substr(0, w.size() - (w[w.size() - 2] == '\'' ? 2 : 4));
}

// "Trump's campaign" is also "the Trump campaign", and "Hillary Clinton’s campaign" "the Clinton
// campaign": the body named through its owner, written as a modifier.
void Resolver::add_possessive_aliases(int e, const std::vector<std::string>& ws) {
    for (std::size_t p = 0; p + 1 < ws.size(); ++p) {
        if (!is_possessive(ws[p])) continue;
        std::string owner = without_possessive(ws[p]);
        std::vector<std::string> rest(ws.begin() + static_cast<std::ptrdiff_t>(p) + 1, ws.end());
        std::vector<std::string> whole(ws.begin(), ws.begin() + static_cast<std::ptrdiff_t>(p));
        whole.push_back(owner);
        whole.insert(whole.end(), rest.begin(), rest.end());
        add_alias(e, join(whole));
        if (p > 0) {
            std::vector<std::string> surname_only{owner};
            surname_only.insert(surname_only.end(), rest.begin(), rest.end());
            add_alias(e, join(surname_only));
        }
        return;
    }
}

int Resolver::person(std::vector<std::string> ws, std::string title, Span sp, std::uint32_t tok) {
    if (ws.empty()) return -1;
    std::string surname = surname_key(ws.back()), first = ws.size() >= 2 ? lower(ws.front()) : "";
    // complete a surname or a misspelling from the article's own full mentions
    auto full = named_by_surname_.find(surname);
    if (full != named_by_surname_.end()) for (std::size_t idx : full->second) {
        const Named& n = named_[idx];
        if (n.name_words() <= ws.size()) continue;
        std::string nf = lower(r_.word(n.name_b));
        if (compatible_first(first, nf)) {
            ws = words(n.name_b, n.name_e);
            first = nf;
            if (title.empty()) title = title_of(n);
            break;
        }
    }
    int found = -1;
    for (int k : person_by_surname_[surname])
        if (compatible_first(first, entities_[static_cast<std::size_t>(k)].first)) {
            found = k;
            break;
        }
    // "Olaf Schultz" is "Olaf Scholz": the same first name and a near surname
    if (found < 0 && !first.empty() && surname.size() >= 4) {
        const auto& same_first = person_by_first_[first];
        for (std::size_t i = 0; i < same_first.size() && i < kScanCap; ++i) {
            const Entity& e = entities_[static_cast<std::size_t>(same_first[i])];
            if (!e.surname.empty() && surname[0] == e.surname[0] && edit_distance(surname, e.surname) <= 2) {
                found = same_first[i];
                break;
            }
        }
    }
    if (found < 0 && !title.empty() && surname.size() >= 4) {
        std::string t = lower(title);
        for (std::size_t k = 0; k < entities_.size() && k < kScanCap * 4; ++k) {
            const Entity& e = entities_[k];
            if (e.kind != SpeakerKind::Person || e.role_only || e.surname.empty() || e.title.empty()) continue;
            if (e.surname[0] != surname[0] || edit_distance(surname, e.surname) > 2) continue;
            // the last word of a title is its role: "Chancellor" in "German Chancellor"
            std::string et = lower(e.title);
            std::string role = t.substr(t.find_last_of(' ') == std::string::npos ? 0 : t.find_last_of(' ') + 1);
            if (!role.empty() && et.find(role) != std::string::npos && is_title(role)) {
                found = static_cast<int>(k);
                break;
            }
        }
    }
    if (found < 0) {
        Entity e;
        e.kind = SpeakerKind::Person;
        entities_.push_back(e);
        found = static_cast<int>(entities_.size() - 1);
        person_by_surname_[surname].push_back(found);
    }
    if (!first.empty() && entities_[static_cast<std::size_t>(found)].first.empty())
        person_by_first_[first].push_back(found);
    Entity& e = entities_[static_cast<std::size_t>(found)];
    if (ws.size() > e.name.size()) {
        if (!e.name.empty()) add_alias(found, join(e.name));
        e.name = ws;
        e.first = first;
        e.surname = surname;
    } else if (e.surname.empty()) {
        e.surname = surname;
    }
    if (e.title.empty()) e.title = title;
    e.mentions.push_back(sp);
    (void)tok;
    return found;
}

int Resolver::org(std::vector<std::string> ws, Span sp) {
    // "the Kremlin press service", "the Kremlin statement" -> Kremlin
    // ("the Associated Press", "Canadian Press": a capitalised Press alone is the name itself;
    // "the Kremlin Press Service" is the Kremlin's)
    while (ws.size() > 1) {
        if (is_document(ws.back()) || ws.back() == "press") {
            ws.pop_back();
        } else if (ws.size() > 2 && lower(ws.back()) == "service" && lower(ws[ws.size() - 2]) == "press") {
            ws.pop_back();
            ws.pop_back();
        } else {
            break;
        }
    }
    if (ws.empty()) return -1;
    // "Tuesday's statement", "last week's report": a date owns the document, no body does
    if (std::all_of(ws.begin(), ws.end(), [](const std::string& w) {
            return is_time_word(is_possessive(w) ? without_possessive(w) : w) || is_determiner(w);
        }))
        return -1;
    if (ws.size() > 1 && is_possessive(ws.back()))  // "the Central Bank's press service" -> Central Bank
        ws.back() = without_possessive(ws.back());
    std::string key = lower(join(ws));
    std::string last = lower(ws.back());
    // "the ministry" after "the Ministry of Transport": a body's generic head names the body
    if (ws.size() == 1 && is_org_head(ws[0])) {
        auto named = org_by_head_.find(key);
        if (named != org_by_head_.end() && !named->second.empty()) {
            int k = named->second.back();
            entities_[static_cast<std::size_t>(k)].mentions.push_back(sp);
            return k;
        }
    }
    auto& same_last = org_by_last_[last];
    for (std::size_t i = 0; i < same_last.size() && i < kScanCap; ++i) {
        auto k = static_cast<std::size_t>(same_last[i]);
        Entity& e = entities_[k];
        auto suffix = [](const std::string& a, const std::string& b) {  // b ends with " a"
            return b.size() > a.size() && b.compare(b.size() - a.size(), a.size(), a) == 0 && b[b.size() - a.size() - 1] == ' ';
        };
        if (e.key == key || suffix(key, e.key) || suffix(e.key, key)) {
            if (key.size() > e.key.size()) {
                add_alias(static_cast<int>(k), join(e.name));
                e.key = key;
                e.name = ws;
            }
            e.mentions.push_back(sp);
            return static_cast<int>(k);
        }
    }
    Entity e;
    e.kind = SpeakerKind::Organization;
    e.name = ws;
    e.key = key;
    e.mentions.push_back(sp);
    entities_.push_back(std::move(e));
    int id = static_cast<int>(entities_.size() - 1);
    add_possessive_aliases(id, ws);
    same_last.push_back(id);
    if (ws.size() > 1)
        for (const std::string& w : ws)
            if (is_org_head(w)) org_by_head_[lower(w)].push_back(id);
    return id;
}


}  // namespace whosaid::speakers_detail
