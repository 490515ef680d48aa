#include "quotes.hpp"

namespace whosaid {
namespace {

bool is_open_bracket(std::string_view s) {
    return s == "(" || s == "[" || s == "{" || s == "\xE2\x80\x94" || s == "\xE2\x80\x93" || s == "-" || s == "/";
}

// Which sides a mark can take, from its shape and its neighbours (CommonMark's flanking rule:
// an opener has no space after it; a closer has no space before it).
struct Role {
    bool open = false, close = false;
};

Role role_of(std::string_view text, const std::vector<Token>& toks, std::size_t i) {
    const Token& t = toks[i];
    bool prev_tight = !t.space_before && i > 0 && toks[i - 1].line == t.line;
    bool next_tight = !t.space_after && i + 1 < toks.size() && toks[i + 1].line == t.line;
    bool after_opener = prev_tight && (toks[i - 1].kind == TokKind::Quote || is_open_bracket(tok_text(text, toks[i - 1])));
    bool left_flank = next_tight && (!prev_tight || after_opener);
    bool right_flank = prev_tight && !after_opener;
    Role r;
    switch (t.mark) {
        case QuoteMark::Straight2:
        case QuoteMark::Straight1:
            r.open = left_flank;
            r.close = right_flank;
            // a mark spaced on both sides (an inch sign, a stray key) neither opens nor closes
            if (t.mark == QuoteMark::Straight1 && !next_tight) r.open = false;
            break;
        case QuoteMark::Left2:
        case QuoteMark::GuilLeft2:
        case QuoteMark::Left1:
        case QuoteMark::GuilLeft1:
            r.open = !right_flank || left_flank;
            r.close = right_flank && !left_flank;  // German „…“ and »…« use these to close
            break;
        case QuoteMark::Right2:
        case QuoteMark::GuilRight2:
        case QuoteMark::Right1:
        case QuoteMark::GuilRight1:
            r.close = !left_flank || right_flank;
            r.open = left_flank && !right_flank;   // ”…” (Swedish) and a stray ” before a word
            break;
        case QuoteMark::Low2:
        case QuoteMark::Low1:
            r.open = true;
            break;
        case QuoteMark::None:
            break;
    }
    return r;
}

struct Open {
    std::uint32_t tok;
    bool dbl;
};

}  // namespace

Quotes pair_quotes(std::string_view text, const Tokenized& tk) {
    const auto& toks = tk.tokens;
    Quotes out;
    out.owner.assign(toks.size(), -1);
    std::vector<Open> stack;
    Quote current;          // the outermost open quote, when stack is non-empty
    bool carried = false;   // current continues from an earlier paragraph
    std::uint32_t part_start = 0;  // where the current quote's text on this paragraph begins

    auto finish = [&](std::uint32_t close_tok, std::uint32_t last_tok) {
        current.close_tok = close_tok;
        current.last_tok = last_tok;
        auto idx = static_cast<std::int32_t>(out.quotes.size());
        for (std::uint32_t k = current.open_tok; k <= last_tok; ++k) out.owner[k] = idx;
        out.quotes.push_back(std::move(current));
        current = Quote{};
        carried = false;
    };

    for (std::size_t li = 0; li < tk.lines.size(); ++li) {
        const Line& line = tk.lines[li];
        if (line.tok_begin == line.tok_end) continue;  // blank lines neither end nor hold quotes
        if (!carried) part_start = line.start;
        bool first_in_line = true;
        for (std::uint32_t i = line.tok_begin; i < line.tok_end; ++i) {
            const Token& t = toks[i];
            if (t.kind == TokKind::Word) {
                if (!stack.empty()) ++current.words;
                first_in_line = false;
                continue;
            }
            if (t.kind != TokKind::Quote) {
                first_in_line = false;
                continue;
            }
            bool dbl = is_double(t.mark);
            if (carried && first_in_line && dbl && !stack.empty()) {
                // the opening mark that repeats a long quotation on each new paragraph
                part_start = t.end;
                first_in_line = false;
                continue;
            }
            first_in_line = false;
            Role r = role_of(text, toks, i);
            // A closer closes the innermost open quote of its family (double marks close any
            // double opener, so « … ” pairs); inner single quotes left open are dropped.
            if (r.close && !stack.empty()) {
                std::size_t k = stack.size();
                while (k > 0 && stack[k - 1].dbl != dbl) --k;
                if (k > 0 && (dbl || k == stack.size())) {
                    stack.resize(k - 1);
                    if (stack.empty()) {
                        current.parts.push_back(Span{part_start, t.start});
                        finish(i, i);
                    }
                    continue;
                }
            }
            if (r.open && (dbl || !stack.empty() || t.mark != QuoteMark::Straight1 || t.space_before)) {
                if (stack.empty()) {
                    current = Quote{};
                    current.open_tok = i;
                    part_start = t.end;
                }
                stack.push_back(Open{i, dbl});
            }
        }
        if (stack.empty()) continue;
        // A quote still open at the end of a paragraph: drop inner single quotes (apostrophes, most
        // likely), then either continue into the next paragraph, when it opens with a double
        // mark, or end the quote here.
        while (!stack.empty() && !stack.back().dbl) stack.pop_back();
        if (stack.empty()) {
            current = Quote{};
            carried = false;
            continue;
        }
        stack.resize(1);
        std::uint32_t end = line.end;
        while (end > part_start && (text[end - 1] == ' ' || text[end - 1] == '\t')) --end;
        current.parts.push_back(Span{part_start, end});
        std::size_t next = li + 1;
        while (next < tk.lines.size() && tk.lines[next].tok_begin == tk.lines[next].tok_end) ++next;
        bool continues = next < tk.lines.size() && toks[tk.lines[next].tok_begin].kind == TokKind::Quote &&
                         is_double(toks[tk.lines[next].tok_begin].mark) &&
                         role_of(text, toks, tk.lines[next].tok_begin).open;
        if (continues) {
            carried = true;
        } else {
            stack.clear();
            finish(kNoToken, line.tok_end > 0 ? line.tok_end - 1 : 0);
        }
    }
    return out;
}

}  // namespace whosaid
