// Speakers merged across articles, with the rules the extractor uses inside one article:
// the same surname with compatible first names; a misspelt surname ("Schultz") with the same
// first name, or with the person already present in that article; a role phrase ("the German
// chancellor") joins the one person with that title; organisations join on any shared name.
// Two people sharing a surname but with different first names stay apart.
#include <algorithm>
#include <map>
#include <unordered_map>

#include "facts_words.hpp"
#include "lexicon.hpp"
#include "speakers_name_match.hpp"
#include "session_steps.hpp"

namespace whosaid {
namespace {

std::vector<std::string> words_of(std::string_view s) {
    std::vector<std::string> out;
    std::string cur;
    for (char c : s) {
        if (c == ' ' || c == ',' || c == '\t') {
            if (!cur.empty()) out.push_back(cur), cur.clear();
        } else cur.push_back(c);
    }
    if (!cur.empty()) out.push_back(cur);
    return out;
}

// Lower case, "the" dropped: "The Kremlin" and "Kremlin" are one key.
std::string key_of(std::string_view name) {
    std::string k;
    for (const std::string& w : words_of(name)) {
        std::string l = facts::lower(w);
        if (k.empty() && l == "the") continue;
        if (!k.empty()) k.push_back(' ');
        k += l;
    }
    return k;
}

using names::edit_distance;
using names::near_surname;
using names::surname_key;

struct Entry {
    int article = -1, speaker = -1;
    std::string first, surname;  // persons with a name
    std::string role;            // persons named only by a role ("german chancellor")
    std::vector<std::string> keys;  // organisations: name and aliases
};

struct Cluster {
    SpeakerKind kind;
    std::string first, surname, title;  // persons (title lower case)
    std::vector<int> entries;
};

Entry read_entry(const Session& s, int a, int k) {
    const Speaker& sp = s.articles[a].annotation.speakers[k];
    Entry e;
    e.article = a, e.speaker = k;
    if (sp.kind == SpeakerKind::Organization) {
        e.keys.push_back(key_of(sp.name));
        for (const std::string& al : sp.aliases) e.keys.push_back(key_of(al));
        return e;
    }
    std::vector<std::string> ws = words_of(sp.name);
    std::string last = ws.empty() ? "" : ws.back();
    if (ws.empty() || lexicon::is_role_noun(last) || lexicon::is_title(last) || !std::isupper(static_cast<unsigned char>(last[0])) ||
        sp.name.find("\xE2\x80\x99s ") != std::string::npos) {
        e.role = key_of(sp.name);
        return e;
    }
    e.surname = surname_key(last);
    if (ws.size() >= 2 && !lexicon::is_title(ws[ws.size() - 2]) && !lexicon::is_nationality(ws[ws.size() - 2]))
        e.first = facts::lower(ws[ws.size() - 2]);
    return e;
}

}  // namespace

std::vector<std::vector<int>> merge_speakers(Session& s) {
    std::vector<Entry> entries;
    for (std::size_t a = 0; a < s.articles.size(); ++a)
        for (std::size_t k = 0; k < s.articles[a].annotation.speakers.size(); ++k)
            entries.push_back(read_entry(s, int(a), int(k)));

    std::vector<Cluster> clusters;
    std::vector<int> cluster_of(entries.size(), -1);
    std::unordered_map<std::string, std::vector<int>> by_surname, by_first;
    std::unordered_map<std::string, int> org_by_key;
    auto join = [&](int e, int c) {
        cluster_of[e] = c;
        clusters[c].entries.push_back(e);
        const Speaker& sp = s.articles[entries[e].article].annotation.speakers[entries[e].speaker];
        if (clusters[c].title.empty() && !sp.title.empty()) clusters[c].title = key_of(sp.title);
    };
    auto open = [&](int e, SpeakerKind kind) {
        clusters.push_back({kind, entries[e].first, entries[e].surname, "", {}});
        int c = int(clusters.size()) - 1;
        if (!entries[e].surname.empty()) by_surname[entries[e].surname].push_back(c);
        if (!entries[e].first.empty()) by_first[entries[e].first].push_back(c);
        join(e, c);
        return c;
    };
    auto in_article = [&](int c, int article) {
        for (int e : clusters[c].entries)
            if (entries[e].article == article) return true;
        return false;
    };

    // 1. full names: same surname and first name, or a near surname with the same first name
    for (std::size_t e = 0; e < entries.size(); ++e) {
        const Entry& en = entries[e];
        if (en.surname.empty() || en.first.empty()) continue;
        int found = -1;
        for (int c : by_surname[en.surname])
            if (clusters[c].first == en.first) found = c;
        if (found < 0)
            for (int c : by_first[en.first])
                if (near_surname(clusters[c].surname, en.surname)) found = c;
        if (found >= 0) join(int(e), found);
        else open(int(e), SpeakerKind::Person);
    }
    // 2. role phrases: the one person with that title, else the same role elsewhere
    std::unordered_map<std::string, std::vector<int>> by_title, by_role;
    for (std::size_t c = 0; c < clusters.size(); ++c)
        if (!clusters[c].title.empty()) by_title[clusters[c].title].push_back(int(c));
    for (std::size_t e = 0; e < entries.size(); ++e) {
        const Entry& en = entries[e];
        if (en.role.empty()) continue;
        auto t = by_title.find(en.role);
        if (t != by_title.end() && t->second.size() == 1) join(int(e), t->second[0]);
        else if (!by_role[en.role].empty()) join(int(e), by_role[en.role][0]);
        else by_role[en.role].push_back(open(int(e), SpeakerKind::Person));
    }
    // 3. surnames alone: the one person of that surname; a near surname only with that person
    //    already in the same article (evidence); otherwise a speaker of their own
    for (std::size_t e = 0; e < entries.size(); ++e) {
        const Entry& en = entries[e];
        if (en.surname.empty() || !en.first.empty()) continue;
        const auto& same = by_surname[en.surname];
        int found = same.size() == 1 ? same[0] : -1;
        if (same.empty()) {
            int near = -1, count = 0;
            for (std::size_t c = 0; c < clusters.size(); ++c)
                if (clusters[c].kind == SpeakerKind::Person && near_surname(clusters[c].surname, en.surname) &&
                    in_article(int(c), en.article))
                    near = int(c), ++count;
            if (count == 1) found = near;
        }
        if (found >= 0) join(int(e), found);
        else open(int(e), SpeakerKind::Person);
    }
    // 4. organisations: any shared name or alias
    for (std::size_t e = 0; e < entries.size(); ++e) {
        const Entry& en = entries[e];
        if (en.keys.empty()) continue;
        int found = -1;
        for (const std::string& k : en.keys)
            if (auto it = org_by_key.find(k); it != org_by_key.end()) { found = it->second; break; }
        if (found < 0) found = open(int(e), SpeakerKind::Organization);
        else join(int(e), found);
        for (const std::string& k : en.keys) org_by_key.emplace(k, found);
    }

    std::vector<std::vector<int>> local(s.articles.size());
    for (std::size_t a = 0; a < s.articles.size(); ++a) local[a].assign(s.articles[a].annotation.speakers.size(), -1);
    s.speakers.clear();
    for (const Cluster& c : clusters) {
        SessionSpeaker sp;
        sp.id = "p" + std::to_string(s.speakers.size() + 1);
        sp.kind = c.kind;
        // the name most members use (ties: the first seen); every other form becomes an alias
        std::map<std::string, int> votes;
        std::vector<std::string> order;
        for (int e : c.entries) {
            const Speaker& m = s.articles[entries[e].article].annotation.speakers[entries[e].speaker];
            if (!votes[m.name]++) order.push_back(m.name);
            if (sp.title.empty()) sp.title = m.title;
        }
        // a person's name with a first name beats a bare surname or role
        auto rank = [&](const std::string& n) {
            bool full = c.kind == SpeakerKind::Person && !c.first.empty() && words_of(n).size() >= 2;
            return votes[n] + (full ? 1000 : 0) - int(n.size() > 40) * 2000;
        };
        sp.name = order[0];
        for (const std::string& n : order)
            if (rank(n) > rank(sp.name)) sp.name = n;
        for (int e : c.entries) {
            const Entry& en = entries[e];
            const Speaker& m = s.articles[en.article].annotation.speakers[en.speaker];
            sp.members.push_back({en.article, en.speaker});
            local[en.article][en.speaker] = int(s.speakers.size());
            auto add_alias = [&](const std::string& al) {
                if (al != sp.name && std::find(sp.aliases.begin(), sp.aliases.end(), al) == sp.aliases.end())
                    sp.aliases.push_back(al);
            };
            add_alias(m.name);
            for (const std::string& al : m.aliases) add_alias(al);
            for (Span sp_m : m.mentions) sp.mentions.push_back({en.article, en.speaker, sp_m});
        }
        s.speakers.push_back(std::move(sp));
    }
    return local;
}

}  // namespace whosaid
