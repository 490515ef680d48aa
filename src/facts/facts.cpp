// Checkable facts: one left-to-right pass over the article's tokens. Each rule looks at a
// bounded window of neighbouring tokens, so the pass is linear in the text.
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "facts.hpp"
#include "facts_calendar.hpp"
#include "facts_words.hpp"
#include "lexicon_calendar.hpp"
#include "tokens.hpp"

namespace whosaid {
namespace {

using facts::lower;

std::string format_number(double v) {
    char buf[48];
    if (std::fabs(v - std::round(v)) < 1e-9 && std::fabs(v) < 1e18) std::snprintf(buf, sizeof buf, "%.0f", v);
    else std::snprintf(buf, sizeof buf, "%.6g", v);
    return buf;
}

// "1,200.5" -> 1200.5
double parse_number(std::string_view s) {
    std::string digits;
    for (char c : s)
        if (c != ',') digits.push_back(c);
    return std::strtod(digits.c_str(), nullptr);
}

std::string duration_value(double n, char unit) {
    std::string num = format_number(n);
    switch (unit) {
        case 'Y': return "P" + num + "Y";
        case 'X': return "P" + format_number(n * 10) + "Y";
        case 'M': return "P" + num + "M";
        case 'W': return "P" + num + "W";
        case 'D': return "P" + num + "D";
        case 'h': return "PT" + num + "H";
        case 'm': return "PT" + num + "M";
        default: return "PT" + num + "S";
    }
}

class Scanner {
public:
    Scanner(std::string_view text, std::optional<Day> date) : text_(text), date_(date), tk_(tokenize(text)) {}

    std::vector<Fact> run() {
        const auto& t = tk_.tokens;
        for (i_ = 0; i_ < t.size();) {
            std::size_t before = out_.size();
            if (t[i_].kind == TokKind::Number) number();
            else if (t[i_].kind == TokKind::Word) word();
            if (out_.size() == before) ++i_;
        }
        return std::move(out_);
    }

private:
    std::string_view tx(std::size_t k) const {
        return k < tk_.tokens.size() ? tok_text(text_, tk_.tokens[k]) : std::string_view();
    }
    bool is_word(std::size_t k) const { return k < tk_.tokens.size() && tk_.tokens[k].kind == TokKind::Word; }
    bool is_num(std::size_t k) const { return k < tk_.tokens.size() && tk_.tokens[k].kind == TokKind::Number; }
    bool same_line(std::size_t a, std::size_t b) const { return tk_.tokens[a].line == tk_.tokens[b].line; }

    // Index of the first token of a hedge right before token k ("about", "more than", "up to"), or k.
    std::size_t hedge_start(std::size_t k) const {
        std::size_t s = k;
        if (s > 0 && is_word(s - 1) && (lower(tx(s - 1)) == "a" || lower(tx(s - 1)) == "an")) --s;  // "an estimated"
        if (s > 0 && is_word(s - 1) && facts::hedge(tx(s - 1))) return s - 1;
        if (s > 1 && is_word(s - 1) && lower(tx(s - 1)) == "to" && facts::hedge(tx(s - 2))) return s - 2;
        if (s > 1 && is_word(s - 1) && facts::hedge(tx(s - 2)) && lower(tx(s - 1)) == "than") return s - 2;
        return k;
    }

    void emit(std::size_t first, std::size_t last, const char* kind, std::string value, bool approx,
              std::string resolved = {}) {
        const auto& t = tk_.tokens;
        Fact f;
        f.span = {t[first].start, t[last].end};
        f.kind = kind;
        f.value = std::move(value);
        f.approx = approx;
        f.resolved = std::move(resolved);
        out_.push_back(std::move(f));
        i_ = last + 1;
    }

    // A figure (digits or a number word) at i_, followed by what it counts.
    void figure(double n, std::size_t last_num) {
        std::size_t k = last_num + 1;
        std::size_t start = hedge_start(i_);
        bool approx = start != i_ && !(start + 1 == i_ && (lower(tx(start)) == "a" || lower(tx(start)) == "an"));
        double sc = is_word(k) ? facts::scale(tx(k)) : 0;
        if (sc > 0) n *= sc, ++k;
        std::string_view next = tx(k);
        if (next == "%" || lower(next) == "percent") return emit(start, k, "percent", format_number(n), approx);
        if (lower(next) == "per" && lower(tx(k + 1)) == "cent") return emit(start, k + 1, "percent", format_number(n), approx);
        if (is_word(k)) {
            if (const char* cur = facts::currency_word(next))
                return emit(start, k, "amount", std::string(cur) + " " + format_number(n), approx);
            if (char u = facts::duration_unit(next)) return emit(start, k, "duration", duration_value(n, u), approx);
            if (lower(next) == "times") return emit(start, k, "count", format_number(n), approx);
        }
        if (sc > 0) return emit(start, k - 1, "number", format_number(n), approx);
        if (is_num(i_) || !(i_ > 0 && is_word(i_ - 1) && facts::definite(tx(i_ - 1))))
            emit(start, last_num, "number", format_number(n), approx);
    }

    void number() {
        const auto& t = tk_.tokens;
        std::string_view s = tx(i_);
        if (std::size_t dash = s.find('-'); dash != std::string_view::npos) {  // 24-hour, 10-day
            std::size_t before = out_.size();
            compound(lower(s), dash);
            if (out_.size() != before) return;
        }
        double n = parse_number(s);
        bool plain = s.find_first_of(",.") == std::string_view::npos;
        // 12 March [2022]
        if (plain && n >= 1 && n <= 31 && is_word(i_ + 1) && t[i_ + 1].upper && facts::month(tx(i_ + 1)) &&
            same_line(i_, i_ + 1)) {
            int m = facts::month(tx(i_ + 1));
            if (is_num(i_ + 2) && tx(i_ + 2).size() == 4)
                return emit(i_, i_ + 2, "date", iso_date(make_day(std::atoi(std::string(tx(i_ + 2)).c_str()), m, int(n))), false);
            return yearless(i_, i_ + 1, m, int(n));
        }
        // in 2014, since 2022
        if (plain && s.size() == 4 && n >= 1800 && n <= 2100 && i_ > 0 && is_word(i_ - 1)) {
            std::string p = lower(tx(i_ - 1));
            if (p == "in" || p == "since" || p == "by" || p == "until" || p == "of" || p == "from" || p == "before" ||
                p == "after" || p == "early" || p == "late" || p == "mid" || p == "through")
                return emit(i_, i_, "date", std::string(s), false);
        }
        // $5 million, €20
        if (i_ > 0 && t[i_ - 1].kind == TokKind::Punct && t[i_ - 1].end == t[i_].start) {
            if (const char* cur = facts::currency_symbol(tx(i_ - 1))) {
                std::size_t last = i_;
                double sc = is_word(i_ + 1) ? facts::scale(tx(i_ + 1)) : 0;
                if (sc > 0) n *= sc, ++last;
                std::size_t start = hedge_start(i_ - 1);
                return emit(start, last, "amount", std::string(cur) + " " + format_number(n), start != i_ - 1);
            }
        }
        figure(n, i_);
    }

    void yearless(std::size_t first, std::size_t last, int m, int d) {
        char buf[16];
        std::snprintf(buf, sizeof buf, "--%02d-%02d", m, d);
        std::string resolved;
        if (date_) resolved = iso_date(nearest_yearless(*date_, m, d));
        emit(first, last, "date", buf, false, resolved);
    }

    void word() {
        std::string w = lower(tx(i_));
        // March 12[, 2022] | March 2022: capitalised and with a number ("may", "march" are verbs)
        if (int m = tk_.tokens[i_].upper ? facts::month(w) : 0) {
            if (is_num(i_ + 1) && same_line(i_, i_ + 1)) {
                std::string_view d = tx(i_ + 1);
                double n = parse_number(d);
                std::size_t y = is_num(i_ + 2) ? i_ + 2 : (tx(i_ + 2) == "," && is_num(i_ + 3) ? i_ + 3 : 0);
                if (d.size() == 4 && n >= 1800)
                    return emit(i_, i_ + 1, "date", std::string(d) + "-" + (m < 10 ? "0" : "") + std::to_string(m), false);
                if (n >= 1 && n <= 31 && d.find_first_of(",.") == std::string_view::npos) {
                    if (y && tx(y).size() == 4)
                        return emit(i_, y, "date", iso_date(make_day(std::atoi(std::string(tx(y)).c_str()), m, int(n))), false);
                    return yearless(i_, i_ + 1, m, int(n));
                }
            }
            return;
        }
        // Friday, last Friday, next Friday
        if (int wd = facts::weekday(w); wd >= 0) {
            std::size_t start = i_;
            int dir = 0;
            if (i_ > 0 && is_word(i_ - 1)) {
                std::string p = lower(tx(i_ - 1));
                if (p == "last" || p == "next") start = i_ - 1, dir = p == "next" ? 1 : -1;
            }
            std::string resolved;
            if (date_) resolved = iso_date(resolve_weekday(*date_, wd, dir));
            return emit(start, i_, "weekday", lexicon::kWeekdayNames[wd], false, resolved);
        }
        bool rel = false;
        int off = facts::relative_day(w, rel);
        if (rel) {
            std::string value = off == 0 ? "P0D" : (off < 0 ? "P-1D" : "P1D");
            return emit(i_, i_, "relative_date", value, false, date_ ? iso_date(*date_ + off) : std::string());
        }
        if ((w == "last" || w == "next" || w == "this") && is_word(i_ + 1)) {
            if (char u = facts::relative_unit(tx(i_ + 1))) {
                std::string value = std::string("P") + (w == "last" ? "-1" : w == "next" ? "1" : "0") + u;
                return emit(i_, i_ + 1, "relative_date", value, false);
            }
        }
        if (w == "twice" || w == "thrice") return emit(hedge_start(i_), i_, "count", w == "twice" ? "2" : "3", false);
        // hour-long, two-year, 24-hour: a figure and a unit joined by hyphens
        if (std::size_t dash = w.find('-'); dash != std::string::npos) return compound(w, dash);
        // "an hour", "a year": the article counts one unit
        if ((w == "a" || w == "an") && is_word(i_ + 1)) {
            if (char u = facts::duration_unit(tx(i_ + 1)); u && lower(tx(i_ + 1)).back() != 's') {
                std::size_t start = hedge_start(i_);
                return emit(start, i_ + 1, "duration", duration_value(1, u), start != i_);
            }
            return;
        }
        double n = facts::number_word(w);
        if (n < 0 || (n == 1 && !is_word(i_ + 1))) return;
        std::size_t last = i_;
        if (n == 1) {  // "one" only counts units ("one hour"), never "one of"
            if (!facts::duration_unit(tx(i_ + 1)) && lower(tx(i_ + 1)) != "times") return;
        }
        figure(n, last);
    }

    void compound(const std::string& w, std::size_t dash) {
        std::string head = w.substr(0, dash), tail = w.substr(dash + 1);
        std::size_t dash2 = tail.find('-');
        std::string unit = dash2 == std::string::npos ? tail : tail.substr(0, dash2);
        if (char u = facts::duration_unit(head); u && (tail == "long" || tail == "old")) {
            std::size_t start = hedge_start(i_);
            return emit(start, i_, "duration", duration_value(1, u), start != i_);
        }
        double n = facts::number_word(head);
        if (n < 0 && !head.empty() && head.find_first_not_of("0123456789") == std::string::npos) n = std::atof(head.c_str());
        if (char u = facts::duration_unit(unit); u && n > 0) {
            std::size_t start = hedge_start(i_);
            emit(start, i_, "duration", duration_value(n, u), start != i_);
        }
    }

    std::string_view text_;
    std::optional<Day> date_;
    Tokenized tk_;
    std::vector<Fact> out_;
    std::size_t i_ = 0;
};

}  // namespace

std::vector<Fact> find_facts(std::string_view utf8, std::optional<Day> article_date) {
    return Scanner(utf8, article_date).run();
}

}  // namespace whosaid
