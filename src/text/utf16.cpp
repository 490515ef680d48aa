#include "utf16.hpp"

#include <algorithm>
#include <cstring>
#include <string>

namespace whosaid {

// Units contributed by one UTF-8 byte of valid text: a lead byte of a 1-3 byte sequence gives
// one, a 4-byte lead gives astral_units_ (a surrogate pair in UTF-16), continuations none.
std::uint32_t TextOffsets::units_of_byte(unsigned char b) const {
    if ((b & 0xC0) == 0x80) return 0;
    return b >= 0xF0 ? astral_units_ : 1;
}

namespace {

// The same sum over 8 bytes at once (the byte order of the load does not matter for a count):
// 8, minus the continuation bytes (10xxxxxx), plus what the 4-byte leads (11110xxx or above, as
// units_of_byte counts them) add beyond one. Lookups were 8% of a native run (15% of its
// instructions), a byte at a time.
constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;
// How many bytes of `m` have their top bit set (m has no other bits): the byte-wise sum by one
// multiply. (__builtin_popcountll is a libgcc call on plain x86-64, slower than the scan.)
inline std::uint32_t high_bits(std::uint64_t m) {
    return static_cast<std::uint32_t>(((m >> 7) * 0x0101010101010101ULL) >> 56);
}
inline std::uint32_t units_of_word(const char* p, std::uint32_t astral_extra) {
    std::uint64_t w;
    std::memcpy(&w, p, sizeof w);
    const std::uint64_t continuation = w & ~(w << 1) & kHighBits;
    const std::uint64_t lead4 = w & (w << 1) & (w << 2) & (w << 3) & kHighBits;
    return 8 - high_bits(continuation) + astral_extra * high_bits(lead4);
}

}  // namespace

// Units of the bytes [from, to).
std::uint32_t TextOffsets::units_between(std::size_t from, std::size_t to) const {
    std::uint32_t units = 0;
    for (; from + 8 <= to; from += 8) units += units_of_word(text_.data() + from, astral_units_ - 1);
    if (from < to && from + 8 <= text_.size()) {
        // The last 1-7 bytes as one word: the 8 - n bytes past `to` zeroed count one unit each
        // (a zero byte is ASCII), taken off again. Little-endian: the first byte is the lowest.
        static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__, "the tail mask takes the low bytes first");
        const std::size_t n = to - from;
        char tail[8];
        std::uint64_t w;
        std::memcpy(&w, text_.data() + from, 8);
        w &= ~std::uint64_t{0} >> (8 * (8 - n));
        std::memcpy(tail, &w, 8);
        return units + units_of_word(tail, astral_units_ - 1) - static_cast<std::uint32_t>(8 - n);
    }
    for (; from < to; ++from) units += units_of_byte(static_cast<unsigned char>(text_[from]));
    return units;
}

TextOffsets::TextOffsets(std::string_view utf8, OffsetUnit unit)
    : text_(utf8), astral_units_(unit == OffsetUnit::Utf16 ? 2 : 1) {
    checkpoints_.reserve(utf8.size() / kStride + 2);
    std::uint32_t units = 0;
    for (std::size_t i = 0; i < utf8.size(); i += kStride) {
        checkpoints_.push_back(units);
        units += units_between(i, std::min(utf8.size(), i + kStride));
    }
    checkpoints_.push_back(units);  // total; also the checkpoint for size() when size % kStride == 0
}

std::uint32_t TextOffsets::operator()(std::uint32_t byte) const {
    if (byte >= text_.size()) return checkpoints_.back();
    const std::uint32_t block = byte / kStride;
    const std::size_t lo = std::size_t{block} * kStride, hi = lo + kStride;
    // from the nearer checkpoint, the one after `byte` counting back: units are a sum over bytes
    if (hi <= text_.size() && hi - byte < byte - lo) return checkpoints_[block + 1] - units_between(byte, hi);
    return checkpoints_[block] + units_between(lo, byte);
}

std::uint32_t TextOffsets::total() const { return checkpoints_.back(); }

Utf8Invalid next_invalid_utf8(std::string_view in, std::size_t i) {
    const std::size_t n = in.size();
    while (i < n) {
        for (std::uint64_t w; i + 8 <= n; i += 8) {  // eight ASCII bytes at a time
            std::memcpy(&w, in.data() + i, 8);
            if (w & kHighBits) break;
        }
        if (i >= n) break;
        if (static_cast<unsigned char>(in[i]) < 0x80) {
            ++i;
            continue;
        }
        const Utf8Sequence q = utf8_sequence(in, i);
        if (!q.valid()) return {i, q.good ? q.good : 1};
        i += q.len;
    }
    return {n, 0};
}

std::size_t repair_utf8(std::string_view in, std::string& out) {
    static const char kReplacement[] = "\xEF\xBF\xBD";
    out.clear();
    out.reserve(in.size());
    std::size_t replaced = 0;
    std::size_t run = 0;  // start of the valid bytes not yet copied: copied a run at a time
    for (Utf8Invalid bad = next_invalid_utf8(in, 0); bad.at < in.size(); bad = next_invalid_utf8(in, run)) {
        out.append(in.data() + run, bad.at - run);
        out.append(kReplacement, 3);  // one U+FFFD per maximal subpart
        ++replaced;
        run = bad.at + bad.len;
    }
    out.append(in.data() + run, in.size() - run);
    return replaced;
}

}  // namespace whosaid
