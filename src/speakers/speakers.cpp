#include "speakers.hpp"

#include "speakers_resolver.hpp"

namespace whosaid {
namespace speakers_detail {

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
                e = resolve_he_she(p, recent);
                break;
            }
            case Pronoun::It:
                e = recent && last_org_ >= 0 ? last_org_ : nearest_named(p.b, SpeakerKind::Organization);
                if (e < 0) e = last_org_;
                break;
            case Pronoun::I:
            case Pronoun::We:
                // ("We asked readers which …", "I said then that …": the writer or an unnamed
                // first person, whom no earlier name stands for)
                e = -1;
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

}  // namespace speakers_detail

std::vector<int> resolve_speakers(std::string_view text, const Tokenized& tk, const Quotes& q, const std::vector<bool>& skip_line,
                                  const std::vector<RawClaim>& claims, std::vector<Speaker>& speakers) {
    speakers_detail::Resolver res(text, tk, q, skip_line);
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