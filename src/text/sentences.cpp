#include "sentences.hpp"

#include "lexicon.hpp"

namespace whosaid {
namespace {

bool is_terminal(std::string_view s) { return s == "." || s == "!" || s == "?" || s == "\xE2\x80\xA6"; }

// Does what follows token i look like the start of a new sentence?
bool starts_sentence_after(std::string_view text, const std::vector<Token>& toks, std::size_t i) {
    if (i + 1 >= toks.size() || toks[i + 1].line != toks[i].line) return true;
    if (!toks[i].space_after) return false;
    const Token& n = toks[i + 1];
    return (n.kind == TokKind::Word && n.upper) || n.kind == TokKind::Number || n.kind == TokKind::Quote ||
           tok_text(text, n) == "(";
}

// “Who pays?” Sanders asked. / “We won!” the mayor said, …: after a closing mark, a short
// attribution (a few words, then a speech verb that ends the clause) finishes the same sentence.
bool attribution_follows(std::string_view text, const std::vector<Token>& toks, std::size_t i) {
    for (std::size_t k = i + 1; k < toks.size() && k <= i + 6 && toks[k].line == toks[i].line; ++k) {
        const Token& t = toks[k];
        std::string_view w = tok_text(text, t);
        if (t.kind == TokKind::Punct && w == "." && k > i + 1 && lexicon::is_abbreviation(tok_text(text, toks[k - 1])))
            continue;  // "Mr."
        if (t.kind != TokKind::Word) return false;
        if (t.upper || lexicon::cue_verb(w).frame == lexicon::CueFrame::None) continue;
        if (k == i + 1) return false;
        if (k + 1 >= toks.size() || toks[k + 1].line != t.line) return true;
        std::string_view after = tok_text(text, toks[k + 1]);
        return after == "." || after == "," || after == ";" || toks[k + 1].kind == TokKind::Quote;
    }
    return false;
}

}  // namespace

std::vector<Sentence> split_sentences(std::string_view text, const Tokenized& tk, const Quotes& q) {
    std::vector<Sentence> out;
    const auto& toks = tk.tokens;
    for (std::uint32_t li = 0; li < tk.lines.size(); ++li) {
        const Line& line = tk.lines[li];
        std::uint32_t begin = line.tok_begin;
        for (std::uint32_t i = line.tok_begin; i < line.tok_end; ++i) {
            const Token& t = toks[i];
            bool boundary = false;
            if (t.kind == TokKind::Punct && is_terminal(tok_text(text, t)) && q.owner[i] < 0) {
                bool abbreviation = false;
                if (tok_text(text, t) == "." && i > line.tok_begin && !t.space_before) {
                    std::string_view prev = tok_text(text, toks[i - 1]);
                    abbreviation = lexicon::is_abbreviation(prev) || lexicon::is_dotted_initials(prev) ||
                                   (prev.size() == 1 && toks[i - 1].upper);  // an initial: "George W. Bush"
                }
                boundary = !abbreviation && starts_sentence_after(text, toks, i);
            } else if (t.kind == TokKind::Quote && q.owner[i] >= 0 &&
                       q.quotes[static_cast<std::size_t>(q.owner[i])].close_tok == i && i > line.tok_begin) {
                // “… right.” Next sentence: a closing mark after terminal punctuation
                boundary = toks[i - 1].kind == TokKind::Punct && is_terminal(tok_text(text, toks[i - 1])) &&
                           starts_sentence_after(text, toks, i) && !attribution_follows(text, toks, i);
            }
            if (boundary) {
                out.push_back(Sentence{begin, i + 1, li});
                begin = i + 1;
            }
        }
        if (begin < line.tok_end) out.push_back(Sentence{begin, line.tok_end, li});
    }
    return out;
}

}  // namespace whosaid
