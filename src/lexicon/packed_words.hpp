// Word lists, packed (lexicon.cpp, lexicon_gender.cpp, text/boilerplate_words.cpp).
#pragma once

#include <cstddef>
#include <cstring>

namespace whosaid::lexicon {

// A list of words as one string literal, each word ended by a NUL ("said" "\0" "says" "\0"):
// no array of pointers beside the letters. In the wasm an array of pointers cost about 2 bytes
// of brotli a word, more than the letters (issue 14). Iterates as the const char*s it replaced.
struct Words {
    const char* packed;
    std::size_t bytes;
    template <std::size_t N>
    constexpr Words(const char (&s)[N]) : packed(s), bytes(N - 1) {}  // NOLINT: implicit, a literal
    struct iterator {
        const char* at;
        const char* operator*() const { return at; }
        iterator& operator++() {
            at += std::strlen(at) + 1;
            return *this;
        }
        bool operator!=(const iterator& o) const { return at != o.at; }
    };
    iterator begin() const { return {packed}; }
    iterator end() const { return {packed + bytes}; }
};

}  // namespace whosaid::lexicon
