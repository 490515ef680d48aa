// Named tables of page furniture: the starts of furniture lines, the phrases that mark a
// notice anywhere in a line, and the word sets that make up stamps, share rows, menus and
// photo credits. Kept apart from the rules (boilerplate.cpp) so a new shape of furniture is a
// new table entry, not new code. Lookups are ASCII case-insensitive.
#pragma once

#include <cstddef>
#include <string_view>

namespace whosaid::furniture {

struct Prefix {
    std::string_view text;  // lower-case; matched at the start of a trimmed line, up to a word boundary
    const char* reason;  // "teaser", "credit", "prompt", "navigation", "byline"
    bool weak = false;   // also opens story sentences ("Comments by the mayor …"): not on a line of speech
};

// A read-only run of table entries (C++17 has no std::span).
template <class T>
struct Table {
    const T* first;
    std::size_t count;
    const T* begin() const { return first; }
    const T* end() const { return first + count; }
};

Table<Prefix> line_prefixes(char first);  // those starting with this letter (any case): "Read more", "Photo:"
Table<std::string_view> prompt_phrases();   // anywhere in a line: "newsletter", "privacy policy", "to your inbox"
Table<std::string_view> credit_phrases();   // anywhere in a line: "Pic:", "appeared first on", "All rights reserved"
Table<std::string_view> bio_links();        // after an author's name: " is a ", " covers ", " writes for "
Table<std::string_view> caption_heads();     // "Image caption", "Enlarge this image": the caption is next
Table<std::string_view> crumb_marks();       // " » ", " > ": between the steps of a breadcrumb trail
Table<std::string_view> section_tails();     // news, live: "Politics news", "UK politics live"
Table<std::string_view> credit_tails();      // "… contributed.": the end of a wire's credit line
Table<std::string_view> follow_places();     // "@", " on instagram": where a reader is asked to follow
Table<std::string_view> list_marks();        // "-", "•", "—", "»": a dash or bullet before a line's words
Table<std::string_view> embed_marks();      // "pic.twitter.com": an embedded post, someone's own words
Table<std::string_view> list_headers();     // a short line heading other stories: "Must Read", "More from", "Related"

// What one word (any case) is, as bits: one lookup answers every set a line's words are asked about.
enum WordKind : unsigned {
    kStampWord = 1, kStampVerb = 2, kShareWord = 4, kSectionWord = 8, kMastheadWord = 16, kAgencyWord = 32,
    kCreditFiller = 64, kPromoWord = 128, kPhraseKey = 256, kSpeechWord = 512,
};
unsigned word_kinds(std::string_view w);

// One word, any case.
bool stamp_word(std::string_view w);     // Published, Updated, IST, Nov, p.m., min, read, ago
bool share_word(std::string_view w);     // Share, Facebook, WhatsApp, Email, Print, Comments
bool section_word(std::string_view w);   // Politics, World, Business, Opinion, Menu, Search
bool masthead_word(std::string_view w);  // Times, Courier, Gazette, Review: a paper's name
bool stamp_verb(std::string_view w);     // Published, Updated, Posted: a stamp's first word
bool agency_word(std::string_view w);    // Getty, AP, Reuters, AFP, Xinhua, Agencies
bool credit_filler(std::string_view w);  // Images, via, Photo, File: with an agency, a credit
bool promo_word(std::string_view w);     // inbox, subscribe, newsletter, you, your, cookies, consent
bool caption_credit_head(std::string_view w);  // first word inside "(AP Photo/…)", "[Photo by …]", "(Getty Images)"
bool phrase_key(std::string_view w);     // newsletter, cookies, getty, reserved: one is in every phrase
bool journalist_role(std::string_view w);  // reporter, correspondent, editor, columnist
bool speech_word(std::string_view w);    // said, told, according: a line that reports speech is story

// True when `s` starts with `prefix` (lower-case), any case, and, when the prefix ends in a
// letter, no letter follows it ("comments" but not "commentary").
bool starts_with_ci(std::string_view s, std::string_view prefix);

}  // namespace whosaid::furniture
