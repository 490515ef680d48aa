// What the furniture rules need to know about one line, gathered in one pass over its tokens,
// and the shape tests that look at a line alone (no neighbours).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "tokens.hpp"

namespace whosaid::furniture {

struct LineFacts {
    std::string_view s;           // the line, trimmed of spaces and no-break spaces
    std::string lower;            // s with ASCII letters lower-cased, for phrase tables
    std::uint32_t words = 0, upper = 0, numbers = 0;
    bool sentence_end = false;    // ends in . ! ? or a closing quote
    std::string_view body;        // s after a leading dash or bullet ("— Advertisement —")
    bool bullet = false;          // starts with a dash or bullet and a space: an item of a list in the story
    bool quoted = false;          // three words in double quotes, a quotation running on, an embedded post
    bool voice = false;           // quoted, or a verb of saying: story, whatever its shape
    bool all_stamp = true, all_share = true, all_section = true, all_credit = true;
    bool agency = false;          // a photo agency or wire's name: "Getty", "Reuters"
    bool phrase_key = false;      // a word of one of the notice or credit phrases: worth searching for them
    bool promo = false;           // a word that talks to the reader about signing up or consent
    bool starts_stamp_verb = false;  // "Published", "Updated", "Posted"
    bool masthead = false;        // a paper's name: a word like "Courier", at most four words, all capitalised
};

LineFacts line_facts(std::string_view text, const Tokenized& tk, const Line& line);

// Shapes (each returns the reason or nullptr).
const char* prefix_reason(const LineFacts& f);        // a named start: "Read more", "Photo:", "Skip to"
bool is_caption_head(const LineFacts& f);             // "Image caption,", "Enlarge this image"
bool is_list_header(const LineFacts& f);              // "Must Read", "More from Politics", "Related"
const char* phrase_reason(const LineFacts& f);        // a notice or credit anywhere in the line
bool is_caption_credit(const LineFacts& f);           // "… on Monday. (AP Photo/Lena Brooks)", "© Reuters"
bool is_stamp_parts(std::string_view text, const Tokenized& tk, const Line& line);  // "Kavya Menon | Updated: …"
bool is_bio(const LineFacts& f);                      // "Dana Whitfield is a reporter covering …"

std::string_view trim(std::string_view s);

// s.find(needle, from) for a needle opening with a space (" | ", " is a "): a search for it stops
// at every space of a paragraph, so first ask whether what follows the space occurs at all.
std::size_t find_spaced(std::string_view s, std::string_view needle, std::size_t from = 0);

}  // namespace whosaid::furniture
