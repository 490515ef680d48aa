// Where what was said begins after its cue; relay channels around it (where it ends: claims_content_end.cpp).
#include "claims_reader.hpp"

namespace whosaid::claims_detail {

using namespace lexicon;

// "WASHINGTON (AP) —", "MOSCOW, Oct 3 (Reuters) -", "KYIV, Ukraine —": a dateline at the start of
// a paragraph; returns the first token after it, or `i` when there is none.
std::uint32_t SentenceReader::after_dateline(std::uint32_t i) const {
    // "(Reuters) - President …": a wire's credit before the dash, at a line's start or after a
    // dateline the sentence splitter cut off ("ORLANDO, Fla. (Reuters) - …")
    if (i + 4 < end_ && punct(i, "(") && word_at(i + 1) && punct(i + 2, ")") && (is_dash(i + 3) || w(i + 3) == "-"))
        return i + 4;
    if (i >= end_ || !word_at(i) || (i > 0 && toks_[i - 1].line == toks_[i].line)) return i;
    std::string_view first = w(i);
    bool caps = first.size() >= 3;
    for (char c : first)
        if (c >= 'a' && c <= 'z') caps = false;
    if (!caps) return i;
    for (std::uint32_t k = i + 1; k < end_ && k < i + 14; ++k)
        if (is_dash(k) || w(k) == "\xE2\x80\x94") return k + 1;
    return i;
}

std::uint32_t SentenceReader::after_connectives(std::uint32_t i) const {
    i = after_dateline(i);
    // "(As the Herald first reported, …)": a sentence set in parentheses opens after the mark
    // (only when the mark closes at its end: "SALEM (AP) — …" is a dateline's)
    if (i + 1 < end_ && punct(i, "(") && (punct(end_ - 1, ")") || (end_ >= i + 3 && punct(end_ - 2, ")")))) ++i;
    // "But", "And", "However,": not part of what was said
    while (i < end_ && word_at(i) && (is(i, "but") || is(i, "and") || is(i, "so") || is(i, "however") ||
                                      is(i, "meanwhile") || is(i, "yet"))) {
        ++i;
        if (punct(i, ",")) ++i;
    }
    return i;
}

// "While Ramos said that reporters must stay neutral, he …": a sentence that opens on a
// subordinate clause; returns the comma that closes it (what was said inside ends there), or
// kNoToken. Read once per sentence, so a cue costs nothing more.
std::uint32_t SentenceReader::fronted_subordinate_end() const {
    std::uint32_t s0 = after_connectives(begin_);
    if (is(s0, "even") && is(s0 + 1, "though")) ++s0;
    // "Noting that the world is changing, Wang said …": a fronted cue participle's clause ends
    // at the comma before the one who speaks it
    if (fronted_participle_cue(s0)) {
        // ("Recalling that moment, Axelrod said": a demonstrative, no clause: three words at least)
        for (std::uint32_t i = s0 + 2; i + 1 < end_; ++i)
            if (outside(i) && punct(i, ",")) return i >= s0 + 5 && can_speak(r_.after(i + 1, end_)) ? i : kNoToken;
        return kNoToken;
    }
    // ("In a September debate, while most rivals called for …, Roe …": a short fronted adverbial
    // before the subordinate clause)
    if (word_at(s0) && lexicon::is_preposition(w(s0)))
        for (std::uint32_t i = s0 + 1; i + 1 < end_ && i < s0 + 8; ++i)
            if (outside(i) && punct(i, ",")) {
                if (word_at(i + 1) && lexicon::is_fronted_subordinator(w(i + 1))) s0 = i + 1;
                break;
            }
    if (!word_at(s0) || !lexicon::is_fronted_subordinator(w(s0))) return kNoToken;
    for (std::uint32_t i = s0 + 1; i < end_; ++i)
        if (outside(i) && punct(i, ",")) return i;
    return kNoToken;
}

// "Noting that …", "Stressing that …" opening the sentence: a cue's participle and its clause.
bool SentenceReader::fronted_participle_cue(std::uint32_t s0) const {
    return word_at(s0) && ascii::ends_with(w(s0), "ing") && cue_verb(w(s0)).frame != CueFrame::None && is(s0 + 1, "that");
}

// Skips what may sit between a cue and the reported clause: "on Monday", ", in tweets via
// Twitter,", "in a statement", "to reporters", "that".
std::uint32_t SentenceReader::skip_adjuncts(std::uint32_t i, std::string& via) const {
    for (int guard = 0; guard < 8 && i < end_; ++guard) {
        if (is(i, "that")) return i + 1;
        // "said without citing its sources that …": the manner is no part of what was said; with no
        // clause after it, nothing was reported
        if (is(i, "without") && word_at(i + 1) && is_manner_of_telling(w(i + 1))) {
            std::uint32_t k = i + 1;
            while (k < end_ && k < i + 12 && word_at(k) && !is(k, "that")) ++k;
            if (is(k, "that")) return k + 1;
            return kNoToken;
        }
        if (word_at(i) && (is_time_word(w(i)) || is(i, "however") || is(i, "also") || is(i, "again") ||
                           is(i, "too") || is(i, "afterwards") || is(i, "afterward") || is(i, "then") ||
                           (w(i).size() > 4 && w(i).substr(w(i).size() - 2) == "ly" && !toks_[i].upper && !is(i, "only")))) {
            ++i;
            continue;
        }
        // ("has said for weeks he is …", "has argued for years the rule …": how long, then the clause)
        if (((is(i, "on") || is(i, "last") || is(i, "this") || is(i, "late") || is(i, "early") || is(i, "next")) &&
             word_at(i + 1) && is_time_word(w(i + 1))) ||
            (is(i, "for") && word_at(i + 1) && is_duration_plural(w(i + 1)))) {
            i += 2;
            continue;
        }
        if ((is(i, "in") || is(i, "on") || is(i, "to") || is(i, "via") || is(i, "through")) && word_at(i + 1)) {
            // "in a statement", "on Telegram", "to reporters", "in an interview with the BBC"
            std::uint32_t j = i + 1;
            if (is(j, "a") || is(j, "an") || is(j, "the") || is_possessive_determiner(w(j))) ++j;
            std::uint32_t k = j;
            while (k < end_ && word_at(k) && k - j < 5 && (is_document(w(k)) || is_media(w(k)) || (toks_[k].upper && !is_time_word(w(k))) || is(k, "news")))
                ++k;
            if (k > j) {
                // "with the BBC", "on Telegram"
                while ((is(k, "with") || is(k, "on") || is(k, "via") || is(k, "to")) && word_at(k + 1)) {
                    std::uint32_t m = k + 1;
                    if (is(m, "the") || is(m, "a")) ++m;
                    std::uint32_t n = m;
                    while (n < end_ && word_at(n) && (toks_[n].upper || is_media(w(n)) || is_document(w(n)))) ++n;
                    if (n == m) break;
                    k = n;
                }
                if (via.empty()) via = std::string(text_.substr(toks_[j].start, toks_[k - 1].end - toks_[j].start));
                i = k;
                continue;
            }
        }
        if (word_at(i) && (is(i, "in") || is(i, "during") || is(i, "at") || is(i, "after") || is(i, "before") ||
                           is(i, "with") || is(i, "on") || is(i, "to") || is(i, "outside") || is(i, "inside") ||
                           is(i, "from") || is(i, "following") || is(i, "ahead") || is(i, "near") || is(i, "via") ||
                           is(i, "through") || is(i, "over") || is(i, "under") || is(i, "late") || is(i, "early") ||
                           is(i, "for"))) {
            // "insisted in a conversation with Olaf Scholz that …", "announced after the call that …",
            // "said in 2008 that …"
            std::uint32_t k = i + 1;
            while (k < end_ && k < i + 16 && (word_at(k) || toks_[k].kind == TokKind::Number) && outside(k) && !is(k, "that")) ++k;
            if (is(k, "that") && k > i + 1) {
                std::string inner = find_via(i, k);
                if (via.empty()) via = inner;
                return k + 1;
            }
        }
        if (is_dash(i)) {
            // an aside between dashes before "that": "said — on Twitter, as it happens — that"
            std::uint32_t k = i + 1;
            while (k < end_ && k - i < 16 && !is_dash(k) && outside(k)) ++k;
            if (is_dash(k) && is(k + 1, "that")) return k + 2;
            break;
        }
        if (punct(i, ",")) {
            // an aside between commas before "that": "noted, however, that"; "announced, Monday, that"
            std::uint32_t k = i + 1;
            while (k < end_ && k - i < 10 && !punct(k, ",") && outside(k)) ++k;
            if (punct(k, ",") && is(k + 1, "that")) {
                std::string inner = find_via(i + 1, k);
                if (via.empty()) via = inner;
                return k + 2;
            }
            if (punct(k, ",") && k > i + 1) {
                // a short aside with no "that": "said, in a statement, the plan …"
                bool aside = true;
                for (std::uint32_t m = i + 1; m < k; ++m)
                    if (!word_at(m)) aside = false;
                if (aside && k - i <= 5) {
                    std::string inner = find_via(i + 1, k);
                    if (via.empty()) via = inner;
                    i = k + 1;
                    continue;
                }
            }
            return i;
        }
        break;
    }
    return i;
}

// A relay channel named between `from` and `to`: "told TASS", "citing RIA Novosti agency",
// "in a statement on Telegram", "cited by Interfax".
std::string SentenceReader::find_via(std::uint32_t from, std::uint32_t to) const {
    for (std::uint32_t i = from; i < to && i < end_; ++i) {
        if (!word_at(i)) continue;
        if (!(is(i, "told") || is(i, "to") || is(i, "by") || is(i, "citing") || is(i, "via") || is(i, "on") ||
              is(i, "in") || is(i, "cited") || is(i, "through")))
            continue;
        std::uint32_t j = i + 1;
        if (is(j, "by")) ++j;
        if (is(j, "the") || is(j, "a") || is(j, "an")) ++j;
        std::uint32_t k = j;
        bool channel = false;
        while (k < to && word_at(k) && k - j < 5 && (toks_[k].upper || is_media(w(k)) || is_document(w(k)) || is(k, "news"))) {
            // reporters and journalists are the audience, not a channel
            bool audience = is(k, "reporters") || is(k, "journalists") || is(k, "press") || is(k, "media");
            if ((is_media(w(k)) || is_document(w(k))) && !audience) channel = true;
            ++k;
        }
        if (k > j && channel) return std::string(text_.substr(toks_[j].start, toks_[k - 1].end - toks_[j].start));
    }
    return {};
}

// Where the reported clause begins after the cue, or kNoToken.
std::uint32_t SentenceReader::content_start(const Attribution& a, std::string& via) const {
    std::uint32_t cb = clause_start(a, via);
    if (cb != kNoToken || a.cue.frame != CueFrame::Object) return cb;
    // "told a packed hall at a hotel in central Leeds that …": however long the audience and
    // the place, a "that" within a few plain words opens what was said
    // (places may come with commas: "told a crowd in snowy Windham, New Hampshire, on Monday that")
    for (std::uint32_t k = a.e + 1; k < end_ && k < a.e + 24 && (word_at(k) || punct(k, ",")) && outside(k); ++k)
        if (is(k, "that")) {
            if (via.empty()) via = find_via(a.cue.b, k);
            return k + 1;
        }
    return kNoToken;
}

// Where what was said begins for the usual shapes of each cue frame, or kNoToken.
std::uint32_t SentenceReader::clause_start(const Attribution& a, std::string& via) const {
    std::uint32_t i = a.e;
    if (a.cue.according) {
        // "According to X, CLAUSE": after the comma that closes the attribution (the source may run
        // on: "According to early results of exit polls conducted for the AP by Edison Research, …")
        // (a name of a word or two in quotation marks is part of it: "According to her “clawback” plan, …")
        while (i < end_ && !punct(i, ",") && i - a.e < 20) {
            if (!outside(i)) {
                const Quote& q = q_.quotes[static_cast<std::size_t>(q_.owner[i])];
                if (q.open_tok != i || q.close_tok == kNoToken || q.words > 2) return kNoToken;
                i = q.close_tok;
            }
            ++i;
        }
        if (!punct(i, ",")) return kNoToken;
        // (and an appositive of the source: "According to Andy Smith, director of the poll, …")
        if (word_at(i + 1) && !toks_[i + 1].upper && (is_title(w(i + 1)) || is(i + 1, "a") || is(i + 1, "an")) &&
            appositive_only(i + 1)) {
            std::uint32_t k = i + 1;
            while (k < end_ && !punct(k, ",") && outside(k) && k - i < 16) ++k;
            if (punct(k, ",") && k + 1 < end_) i = k;
        }
        return after_connectives(i + 1);
    }
    // "agreed with the mayor that …": the one agreed with, then the clause
    if (a.e > a.cue.b + 1 && is(a.e - 1, "with")) {
        std::uint32_t k = i;
        while (k < end_ && k < i + 8 && word_at(k) && outside(k) && !is(k, "that")) ++k;
        if (k > i && is(k, "that")) return k + 1;
    }
    if (a.cue.frame == CueFrame::Object) {
        // the person told: a pronoun, "reporters", a name, a channel ("told TASS")
        if (word_at(i) && (is(i, "him") || is(i, "her") || is(i, "them") || is(i, "us") || is(i, "me") ||
                           is(i, "reporters") || is(i, "journalists") || is(i, "lawmakers") || is(i, "parliament"))) {
            ++i;
        } else {
            Phrase obj = r_.after(i, end_);
            if (obj.ok()) {
                bool channel = false;
                for (std::uint32_t k = obj.b; k < obj.e; ++k)
                    if (is_media(w(k))) channel = true;
                // ("told the BBC's Today programme", "told BBC Radio 4's Today programme that", "told
                // CBS's Face the Nation that": the channel's show closes the one told)
                std::uint32_t show = obj.e;
                while (show < end_ && show < obj.e + 6 && outside(show) && !is_broadcast_noun(w(show)) &&
                       (toks_[show].upper || toks_[show].kind == TokKind::Number || (word_at(show) && is_possessive(w(show))) ||
                        ((is(show, "the") || is(show, "of") || is(show, "at") || is(show, "and")) && show + 1 < end_ && toks_[show + 1].upper)))
                    ++show;
                if (show < end_ && word_at(show) && is_broadcast_noun(w(show))) obj.e = show + 1;
                else if (show > obj.e && is(show, "that")) obj.e = show;
                if (channel && via.empty()) via = std::string(text_.substr(toks_[obj.b].start, toks_[obj.e - 1].end - toks_[obj.b].start));
                i = obj.e;
            } else if (word_at(i) || toks_[i].kind == TokKind::Quote) {
                // "told the “Kazinform” agency that …": whatever the object, "that" opens the clause
                std::uint32_t k = i;
                while (k < end_ && k < i + 8 && !is(k, "that") && !punct(k, ",") && !punct(k, ".")) ++k;
                // ("told colleagues he would stand down", "told the crowd they had won": a plain noun
                // told, then a subject pronoun opens the clause)
                if (!is(k, "that")) {
                    std::uint32_t n = i;
                    if (is(n, "the") || (word_at(n) && is_possessive_determiner(w(n)))) ++n;
                    std::uint32_t h = n;
                    while (h < end_ && h < n + 2 && word_at(h) && !toks_[h].upper && !is_lower_function_word(w(h)) &&
                           lexicon::pronoun(w(h)) == Pronoun::None && cue_verb(w(h)).frame == CueFrame::None)
                        ++h;
                    // (a person or a gathering: "told the story he loved" tells a thing)
                    bool told_someone = h > n && (is_role_noun(w(h - 1)) || is_audience_noun(w(h - 1)) ||
                                                  (w(h - 1).size() > 3 && w(h - 1).back() == 's'));
                    bool subject = told_someone && h + 1 < end_ && word_at(h + 1) &&
                                   is_subject_pronoun(w(h));
                    return subject ? h : kNoToken;
                }
                if (via.empty()) via = find_via(a.cue.b, k);
                i = k;
            }
        }
    }
    if (a.cue.frame == CueFrame::Complement) {
        // "asked the senator whether …": the question is what was said, not the one asked
        if (is(a.cue.b, "asked") || is(a.cue.b, "asks") || is(a.cue.b, "asking"))
            for (std::uint32_t k = i; k < end_ && k < i + 5 && word_at(k); ++k)
                if (is_question_word(w(k))) return k;
        // "urged that …" opens a clause; "dismissed that as …" has "that" as its object
        if (is(i, "that") && !is(i + 1, "as") && !is(i + 1, "idea") && !is(i + 1, "claim")) ++i;
        // "He asks, “…”": the quotation after the comma
        if ((punct(i, ",") || punct(i, ":")) && i + 1 < end_ && toks_[i + 1].kind == TokKind::Quote) ++i;
        return i < end_ && (word_at(i) || toks_[i].kind == TokKind::Quote || toks_[i].kind == TokKind::Number) ? i : kNoToken;
    }
    // "warned of an impending assault", "spoke about the risks": the topic is the claim
    if ((is(i, "of") || is(i, "about") || is(i, "against")) && i + 2 < end_ &&
        (is(a.cue.b, "warned") || is(a.cue.b, "warns") || is(a.cue.b, "warning") || is(a.cue.b, "cautioned") ||
         is(a.cue.b, "complained") || is(a.cue.b, "complains")))
        return i + 1;
    // "promised to “get Britain building”", "vowed to fight on": the infinitive, "to" and all, is
    // the claim (annotators keep the "to": "to fight on" is three words, a claim of its own)
    if (is(i, "to") && i + 1 < end_ && (toks_[i + 1].kind == TokKind::Quote || (word_at(i + 1) && !toks_[i + 1].upper)) &&
        !is(i + 1, "the") && !is(i + 1, "a") && !is(i + 1, "reporters") && !is(i + 1, "journalists"))
        return i;
    i = skip_adjuncts(i, via);
    if (i == kNoToken) return kNoToken;
    if (punct(i, ":") || (punct(i, ",") && i + 1 < end_ && toks_[i + 1].kind == TokKind::Quote)) ++i;
    if (i >= end_) return kNoToken;
    // "said that, during the talks, the two …": an aside right after "that" opens the clause
    if (i > a.e && is(i - 1, "that") && punct(i, ",") && word_at(i + 1)) return i + 1;
    const Token& t = toks_[i];
    if (t.kind == TokKind::Quote || t.kind == TokKind::Number) return i;
    if (t.kind != TokKind::Word) return kNoToken;
    if (i > a.e && is(i - 1, "that")) return i;  // after "that" anything is the clause ("that at least one …")
    // a clause starts with a subject-like word, not a preposition ("said in", "said of")
    if (is(i, "of") || is(i, "in") || is(i, "on") || is(i, "at") || is(i, "to") || is(i, "for") || is(i, "with") ||
        is(i, "by") || is(i, "so") || is(i, "and") || is(i, "but") || is(i, "as") || (is(i, "about") && !about_a_count(i)) ||
        is(i, "from"))
        return kNoToken;
    return i;
}

}  // namespace whosaid::claims_detail
