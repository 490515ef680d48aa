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
                    abbreviation = lexicon::is_abbreviation(prev) ||
                                   (prev.size() == 1 && toks[i - 1].upper);  // an initial: "George W. Bush"
                }
                boundary = !abbreviation && starts_sentence_after(text, toks, i);
            } else if (t.kind == TokKind::Quote && q.owner[i] >= 0 &&
                       q.quotes[static_cast<std::size_t>(q.owner[i])].close_tok == i && i > line.tok_begin) {
                // “… right.” Next sentence: a closing mark after terminal punctuation
                boundary = toks[i - 1].kind == TokKind::Punct && is_terminal(tok_text(text, toks[i - 1])) &&
                           starts_sentence_after(text, toks, i);
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
