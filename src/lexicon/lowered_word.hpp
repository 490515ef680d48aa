// A short word lower-cased into a zero-padded buffer, its hash and a short compare: the hot path
// of every word table (lexicon.cpp's, the page furniture's), eight bytes at a time, allocating
// nothing. Words longer than kMaxWord are in no table.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace whosaid::lexicon {

constexpr std::size_t kMaxWord = 32;

// buf holds the word and at least 8 zero bytes after it: hash() reads it 8 bytes at a time
// without a tail case.
struct Lower {
    char buf[kMaxWord + 8];
    std::size_t n = 0;
    bool fits = true;
    explicit Lower(std::string_view w) {
        if (w.size() > kMaxWord) {
            fits = false;
            return;
        }
        n = w.size();
        std::memset(buf, 0, sizeof buf);
        copy_small(buf, w.data(), n);
        lower_in_place();
    }
    Lower() = default;
    // Eight bytes at a time: 'A'..'Z' gain 0x20, every other byte (UTF-8 ones too) stays.
    void lower_in_place() {
        constexpr std::uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL;
        for (std::size_t i = 0; i < n; i += 8) {
            std::uint64_t x;
            std::memcpy(&x, buf + i, 8);
            const std::uint64_t t = x & ~kHigh;  // low seven bits: no carry between bytes below
            const std::uint64_t from_a = t + (0x80 - 'A') * kOnes, past_z = t + (0x80 - 'Z' - 1) * kOnes;
            x |= (from_a & ~past_z & ~x & kHigh) >> 2;
            std::memcpy(buf + i, &x, 8);
        }
    }
    // n <= kMaxWord bytes from `from` (not read past n) to buf, inline.
    static void copy_small(char* to, const char* from, std::size_t n) {
        if (n >= 8) {
            for (std::size_t i = 0; i + 8 < n; i += 8) std::memcpy(to + i, from + i, 8);
            std::memcpy(to + n - 8, from + n - 8, 8);
        } else if (n >= 4) {
            std::memcpy(to, from, 4);
            std::memcpy(to + n - 4, from + n - 4, 4);
        } else if (n > 0) {
            to[0] = from[0];
            to[n / 2] = from[n / 2];
            to[n - 1] = from[n - 1];
        }
    }
    std::string_view view() const { return {buf, n}; }
};

// Lower-cases n bytes in place, ASCII letters only (as ascii::lower), eight bytes at a time with
// a byte-at-a-time tail: a paragraph's copy for the furniture's phrase searches.
inline void lower_bytes(char* p, std::size_t n) {
    constexpr std::uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL;
    std::size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        std::uint64_t x;
        std::memcpy(&x, p + i, 8);
        const std::uint64_t t = x & ~kHigh;  // as Lower::lower_in_place
        x |= ((t + (0x80 - 'A') * kOnes) & ~(t + (0x80 - 'Z' - 1) * kOnes) & ~x & kHigh) >> 2;
        std::memcpy(p + i, &x, 8);
    }
    for (; i < n; ++i)
        if (p[i] >= 'A' && p[i] <= 'Z') p[i] = static_cast<char>(p[i] - 'A' + 'a');
}

// Eight bytes at a time (`padded` has zero bytes after its `size`), each mixed in by one
// multiply, then folded: a fraction of byte-at-a-time FNV's work on the hot path.
inline std::uint64_t padded_hash(const char* padded, std::size_t size) {
    std::uint64_t h = 0x9E3779B97F4A7C15ull ^ size;
    for (std::size_t i = 0; i < size; i += 8) {
        std::uint64_t w;
        std::memcpy(&w, padded + i, 8);
        h = (h ^ w) * 0xFF51AFD7ED558CCDull;
        h ^= h >> 32;
    }
    h ^= h >> 29;
    h *= 0xC4CEB9FE1A85EC53ull;
    return h ^ (h >> 32);
}

// a[0, n) == b[0, n), inline: a call of memcmp for a few bytes cost more
// than the rest of a memo hit. Overlapping loads, none outside [0, n) of either side.
inline bool same_bytes(const char* a, const char* b, std::size_t n) {
    if (n >= 8) {
        std::uint64_t x, y, diff = 0;
        for (std::size_t i = 0; i + 8 < n; i += 8) {
            std::memcpy(&x, a + i, 8);
            std::memcpy(&y, b + i, 8);
            diff |= x ^ y;
        }
        std::memcpy(&x, a + n - 8, 8);
        std::memcpy(&y, b + n - 8, 8);
        return (diff | (x ^ y)) == 0;
    }
    if (n >= 4) {
        std::uint32_t x0, y0, x1, y1;
        std::memcpy(&x0, a, 4);
        std::memcpy(&y0, b, 4);
        std::memcpy(&x1, a + n - 4, 4);
        std::memcpy(&y1, b + n - 4, 4);
        return ((x0 ^ y0) | (x1 ^ y1)) == 0;
    }
    return n == 0 || (a[0] == b[0] && a[n / 2] == b[n / 2] && a[n - 1] == b[n - 1]);
}

// A first look for a word table: one bit per (length, first byte, last byte), each byte's low
// five bits only. Lower-casing ASCII sets bit 5 alone, so a word in any case shares its bit with
// its lower-case form: a clear bit means no word of the table, without lowering or hashing.
class WordSieve {
public:
    void add(std::string_view w) {
        if (!w.empty()) bits_[at(w) / 64] |= std::uint64_t{1} << (at(w) % 64);
    }
    // w is 1..kMaxWord bytes.
    bool may_hold(std::string_view w) const { return (bits_[at(w) / 64] >> (at(w) % 64)) & 1; }

private:
    static std::size_t at(std::string_view w) {
        return ((w.size() & 31) << 10) | ((static_cast<unsigned char>(w.front()) & 31u) << 5) |
               (static_cast<unsigned char>(w.back()) & 31u);
    }
    std::uint64_t bits_[(32 << 10) / 64] = {};
};

}  // namespace whosaid::lexicon
