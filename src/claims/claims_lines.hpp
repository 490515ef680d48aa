// Internal to claims.cpp: claims made by whole lines (headlines, label lines) and which lines
// are headlines. See claims_lines.cpp.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "claims.hpp"
#include "phrase.hpp"

namespace whosaid::claims_detail {

// Lines of title-case or first-line headlines: no names from their capitals, no sentence claims.
std::vector<bool> mark_headlines(std::string_view text, const Tokenized& tk, const std::vector<bool>& skip_line);
// "Minister says fares will rise": appends the claim of headline line `li`, if it reports speech.
bool headline_claim(std::string_view text, const Tokenized& tk, const Quotes& q, const PhraseReader& r, std::uint32_t li,
                    std::vector<RawClaim>& out);
// "Fare rise ‘unfair’ – rail union chief": appends the claim a headline credits after a dash.
bool dash_credit_claim(std::string_view text, const Tokenized& tk, const Quotes& q, const PhraseReader& r, std::uint32_t li,
                       std::vector<RawClaim>& out);
// Transcript turns: lines opening on one capitalised word and a colon ("HARLOW: …", "Matthews: …")
// where that word opens two such lines or more. One pass over the lines (a hash of first words).
std::vector<bool> mark_turns(std::string_view text, const Tokenized& tk, const std::vector<bool>& skip_line);
// "Kremlin: no talks planned": appends the claim of a label line; true when the line was taken.
// `turn`: the line is a transcript turn (mark_turns), so a one-word name labels it.
bool label_line(std::string_view text, const Tokenized& tk, const Quotes& q, const PhraseReader& r, std::uint32_t li,
                bool headline, bool turn, std::vector<RawClaim>& out);
// The text, parts and kind (direct, mixed, indirect) of a claim over tokens [cb, ce).
bool set_text(std::string_view text, const Tokenized& tk, const Quotes& q, std::uint32_t cb, std::uint32_t ce, RawClaim& c);
bool is_particle_of(const PhraseReader& r, std::uint32_t cue, std::uint32_t i);

}  // namespace whosaid::claims_detail
