#include "speakers.hpp"

#include <algorithm>
#include <numeric>
#include <unordered_map>
#include <unordered_set>

#include "lexicon.hpp"
#include "phrase.hpp"

namespace whosaid {
namespace {

using namespace lexicon;

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

// A surname's spelling key: lower case, doubled letters single, a final "iy"/"ii"/"i" as "y",
// so that transliterations of one name meet (Zelensky, Zelenskyy, Zelenskiy) and nothing else does.
std::string surname_key(std::string_view w) {
    std::string l = lower(w), out;
    for (char c : l)
        if (out.empty() || out.back() != c) out.push_back(c);
    if (out.size() > 4 && out.compare(out.size() - 2, 2, "iy") == 0) out.replace(out.size() - 2, 2, "y");
    else if (out.size() > 4 && out.back() == 'i') out.back() = 'y';
    return out;
}

// Edit distance of two short words, bounded: used to join "Schultz" and "Scholz".
std::size_t edit_distance(const std::string& a, const std::string& b) {
    if (a.size() > 40 || b.size() > 40) return 99;
    std::vector<std::size_t> row(b.size() + 1);
    std::iota(row.begin(), row.end(), 0);
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t prev = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            std::size_t cur = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] == b[j - 1] ? 0 : 1)});
            prev = cur;
        }
    }
    return row[b.size()];
}

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
};

std::string join(const std::vector<std::string>& words) {
    std::string s;
    for (const auto& w : words) {
        if (!s.empty()) s += ' ';
        s += w;
    }
    return s;
}

class Resolver {
public:
    Resolver(std::string_view text, const Tokenized& tk, const std::vector<bool>& skip_line)
        : text_(text), tk_(tk), r_(text, tk.tokens) {
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
    void add_alias(int e, std::string_view surface);
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
    PhraseReader r_;
    std::vector<Named> named_;                 // in text order
    std::vector<Entity> entities_;
    // Indexes keep every lookup bounded, so a huge input stays linear.
    std::unordered_map<std::string, std::vector<std::size_t>> named_by_surname_;  // full names only
    std::unordered_map<std::string, std::vector<int>> person_by_surname_, person_by_first_, org_by_last_;
    std::unordered_map<std::string, int> role_cache_;
    std::unordered_set<std::string> distinct_names_;
    static constexpr std::size_t kScanCap = 64;
    int last_person_ = -1, last_org_ = -1, last_any_ = -1;
    std::uint32_t last_person_tok_ = 0;  // where the last person speaker was named
    std::uint32_t last_org_line_ = 0;    // the line of the last claim by an organisation
    std::uint32_t last_line_ = 0;
};

void Resolver::scan_names(const std::vector<bool>& skip_line) {
    const auto& toks = tk_.tokens;
    std::uint32_t i = 0;
    while (i < toks.size()) {
        if (skip_line[toks[i].line] || toks[i].kind != TokKind::Word || !(r_.name_word(i) || r_.role_word(i))) {
            ++i;
            continue;
        }
        std::uint32_t b = i;
        while (i < toks.size() && toks[i].kind == TokKind::Word && toks[i].line == toks[b].line &&
               (r_.name_word(i) || r_.role_word(i)) && (i == b || !is_possessive(r_.word(i - 1)) || r_.name_word(i)))
            ++i;
        Phrase p = r_.classify(b, i);
        if (p.kind == PhraseKind::Name && p.name_e > p.name_b) {
            Named n;
            // "Sen. John Kerry": the abbreviated title before the point belongs to the mention
            if (p.b == b && b >= 2 && r_.word(b - 1) == "." && toks[b - 2].kind == TokKind::Word && is_title(r_.word(b - 2)) &&
                toks[b - 2].line == toks[b].line)
                p.b = b - 2;
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

bool compatible_first(const std::string& a, const std::string& b) { return a.empty() || b.empty() || a == b; }

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
    while (ws.size() > 1 && (is_document(ws.back()) || lower(ws.back()) == "press" ||
                             (lower(ws.back()) == "service" && ws.size() > 2 && lower(ws[ws.size() - 2]) == "press")))
        ws.pop_back();
    while (ws.size() > 1 && lower(ws.back()) == "press") ws.pop_back();
    if (ws.empty()) return -1;
    if (ws.size() > 1 && is_possessive(ws.back()))  // "the Central Bank's press service" -> Central Bank
        ws.back().resize(ws.back().size() - (ws.back()[ws.back().size() - 2] == '\'' ? 2 : 4));
    std::string key = lower(join(ws));
    std::string last = lower(ws.back());
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
    same_last.push_back(static_cast<int>(entities_.size() - 1));
    return static_cast<int>(entities_.size() - 1);
}

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
        // a full name, or a surname the article already gave a speaker
        if (n.name_words() < 2 && person_by_surname_.find(surname_key(r_.word(n.name_e - 1))) == person_by_surname_.end())
            continue;
        std::uint32_t b = n.b;
        bool opens = b == 0 || toks[b - 1].line != toks[b].line;
        if (!opens) {
            std::string_view prev = r_.word(b - 1);
            opens = prev == "." || prev == "!" || prev == "?";
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
                if (tk_.tokens[i].kind == TokKind::Word) ws.emplace_back(r_.word(i));
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

int Resolver::resolve(const RawClaim& c, const std::vector<int>& resolved, std::size_t self) {
    (void)self;
    int e = -1;
    const Phrase& p = c.speaker;
    if (p.kind == PhraseKind::None) {
        if (c.inherit >= 0) e = resolved[static_cast<std::size_t>(c.inherit)];
    } else if (p.kind == PhraseKind::Pronoun) {
        bool recent = c.line <= last_line_ + 3;
        switch (p.pronoun) {
            case Pronoun::He:
            case Pronoun::She: {
                // a person who opened a sentence after the last speaker was named is nearer
                // ("Pelham, who …, dismissed the criticism. “…,” he said")
                int subject = nearest_subject(p.b, last_person_tok_);
                if (subject >= 0) e = subject;
                else e = recent && last_person_ >= 0 ? last_person_ : nearest_named(p.b, SpeakerKind::Person);
                if (e < 0) e = last_person_;
                break;
            }
            case Pronoun::It:
                e = recent && last_org_ >= 0 ? last_org_ : nearest_named(p.b, SpeakerKind::Organization);
                if (e < 0) e = last_org_;
                break;
            default:
                e = recent ? last_any_ : -1;
        }
    } else {
        e = from_phrase(p);
        if (e >= 0 && p.kind != PhraseKind::Document) {
            if (p.title_e > p.title_b && p.name_e > p.name_b) {
                // "Dmitry Peskov, the Kremlin spokesman": the name and the role, each as written
                add_alias(e, surface(p.name_b, p.name_e));
                add_alias(e, surface(p.title_b, p.title_e));
            } else {
                add_alias(e, surface(p.b, p.name_e > p.name_b && p.kind == PhraseKind::Name ? p.name_e : p.e));
            }
        }
    }
    if (e >= 0) {
        last_any_ = e;
        if (entities_[static_cast<std::size_t>(e)].kind == SpeakerKind::Person) {
            last_person_ = e;
            last_person_tok_ = p.kind == PhraseKind::None ? c.first_tok : p.b;
        }
        else {
            last_org_ = e;
            last_org_line_ = c.line;
        }
        last_line_ = c.line;
    }
    return e;
}

std::vector<Speaker> Resolver::finish(const std::vector<int>& used) {
    // every other place the article names a speaker
    auto is_used = [&](int k) { return k >= 0 && static_cast<std::size_t>(k) < used.size() && used[static_cast<std::size_t>(k)]; };
    for (const Named& n : named_) {
        if (n.role) continue;
        int hit = -1;
        if (n.kind == SpeakerKind::Person) {
            std::string nf = n.name_words() >= 2 ? lower(r_.word(n.name_b)) : "";
            auto it = person_by_surname_.find(surname_key(r_.word(n.name_e - 1)));
            if (it != person_by_surname_.end())
                for (int k : it->second)
                    if (is_used(k) && compatible_first(nf, entities_[static_cast<std::size_t>(k)].first)) {
                        hit = k;
                        break;
                    }
            if (hit < 0 && !nf.empty()) {  // a misspelt surname with the same first name
                std::string ns = surname_key(r_.word(n.name_e - 1));
                auto f = person_by_first_.find(nf);
                if (f != person_by_first_.end())
                    for (std::size_t i = 0; i < f->second.size() && i < kScanCap; ++i) {
                        const Entity& e = entities_[static_cast<std::size_t>(f->second[i])];
                        if (is_used(f->second[i]) && ns.size() >= 4 && !e.surname.empty() && ns[0] == e.surname[0] &&
                            edit_distance(ns, e.surname) <= 2) {
                            hit = f->second[i];
                            break;
                        }
                    }
            }
        } else {
            std::string key = lower(join(words(n.name_b, n.name_e)));
            auto it = org_by_last_.find(lower(r_.word(n.name_e - 1)));
            if (it != org_by_last_.end())
                for (int k : it->second)
                    if (is_used(k) && entities_[static_cast<std::size_t>(k)].key == key) {
                        hit = k;
                        break;
                    }
        }
        if (hit >= 0) {
            entities_[static_cast<std::size_t>(hit)].mentions.push_back(span(n.b, n.e));
            add_alias(hit, surface(n.b, n.e));
        }
    }
    std::vector<Speaker> out;
    for (std::size_t k = 0; k < entities_.size(); ++k) {
        if (!is_used(static_cast<int>(k))) continue;
        Entity& e = entities_[k];
        Speaker s;
        s.name = join(e.name);
        s.kind = e.kind;
        s.title = e.title;
        for (const char* det : {"The ", "the ", "A ", "a ", "An ", "an "})  // "the Kremlin spokesman" -> "Kremlin spokesman"
            if (s.title.rfind(det, 0) == 0) s.title.erase(0, std::char_traits<char>::length(det));
        for (auto& a : e.aliases)
            if (a != s.name) s.aliases.push_back(a);
        std::sort(e.mentions.begin(), e.mentions.end(), [](Span a, Span b) { return a.start < b.start || (a.start == b.start && a.end > b.end); });
        // drop mentions nested in or equal to an earlier one
        for (Span m : e.mentions)
            if (s.mentions.empty() || m.start >= s.mentions.back().end) s.mentions.push_back(m);
        out.push_back(std::move(s));
    }
    return out;
}

}  // namespace

std::vector<int> resolve_speakers(std::string_view text, const Tokenized& tk, const std::vector<bool>& skip_line,
                                  const std::vector<RawClaim>& claims, std::vector<Speaker>& speakers) {
    Resolver res(text, tk, skip_line);
    std::vector<int> entity(claims.size(), -1);
    // in text order: "it" and "he" look back at the speakers named before them
    std::vector<std::size_t> order(claims.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
        return claims[x].parts.front().start < claims[y].parts.front().start;
    });
    // claims that inherit a speaker ("“…”" after a quote of someone's) take it once all are named
    for (std::size_t i : order)
        if (claims[i].inherit < 0) entity[i] = res.resolve(claims[i], entity, i);
    for (std::size_t i : order)
        if (claims[i].inherit >= 0) entity[i] = res.resolve(claims[i], entity, i);
    std::vector<int> used(claims.size() + 64, 0);
    int max_e = -1;
    for (int e : entity) max_e = std::max(max_e, e);
    used.assign(static_cast<std::size_t>(max_e + 1), 0);
    for (int e : entity)
        if (e >= 0) used[static_cast<std::size_t>(e)] = 1;
    // entities made while resolving but never credited are dropped; renumber the rest
    std::vector<int> renumber(used.size(), -1);
    int n = 0;
    for (std::size_t k = 0; k < used.size(); ++k)
        if (used[k]) renumber[k] = n++;
    speakers = res.finish(used);
    for (int& e : entity)
        if (e >= 0) e = renumber[static_cast<std::size_t>(e)];
    return entity;
}

}  // namespace whosaid
