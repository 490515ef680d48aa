// The lines met so far, for "the same line again" (a duplicated headline, a repeated teaser):
// views into the text in one open-addressed table, hashed from their length and first 64 bytes.
// Equal lines hash alike, and lines that share those only cost a compare; std::unordered_set's
// byte-at-a-time hash of whole paragraphs and a node per line cost more.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

namespace whosaid::furniture {

class SeenLines {
public:
    // False when an equal line was inserted before. Lines of 8 bytes or more.
    bool insert(std::string_view s) {
        if (2 * (count_ + 1) > slots_.size()) grow();
        for (std::size_t i = hash(s) & (slots_.size() - 1);; i = (i + 1) & (slots_.size() - 1)) {
            if (!slots_[i].data()) {
                slots_[i] = s;
                ++count_;
                return true;
            }
            if (slots_[i] == s) return false;
        }
    }

private:
    static std::uint64_t hash(std::string_view s) {
        std::uint64_t h = 0x9E3779B97F4A7C15ull ^ s.size(), w;
        const std::size_t n = s.size() < 64 ? s.size() : 64;
        for (std::size_t i = 0; i + 8 <= n; i += 8) {
            std::memcpy(&w, s.data() + i, 8);
            h = (h ^ w) * 0xFF51AFD7ED558CCDull;
            h ^= h >> 32;
        }
        std::memcpy(&w, s.data() + n - 8, 8);  // the last bytes of the 64, overlapping
        h = (h ^ w) * 0xC4CEB9FE1A85EC53ull;
        return h ^ (h >> 29);
    }
    void grow() {
        std::vector<std::string_view> old(slots_.empty() ? 64 : slots_.size() * 2);
        old.swap(slots_);
        count_ = 0;
        for (std::string_view s : old)
            if (s.data()) insert(s);
    }
    std::vector<std::string_view> slots_;  // a power of two of them; an empty view's data is null
    std::size_t count_ = 0;
};

}  // namespace whosaid::furniture
