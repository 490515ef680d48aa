// to_compact(): the annotation as columns (include/whosaid/compact.hpp has the layout), the
// page's and the npm module's data path: no JSON text of 4x the input built in wasm memory,
// decoded and parsed in JS. Offsets are converted to UTF-16 by TextOffsets, as in to_json.
#include "whosaid/compact.hpp"

#include <cmath>
#include <cstring>
#include <string_view>
#include <vector>

#include "utf16.hpp"

namespace whosaid {
namespace {

using namespace compact;

class CompactWriter {
public:
    explicit CompactWriter(const Annotation& a) : a_(a), u16_(a.text) {}

    // false: a span does not fall on code-point boundaries (see compact.hpp).
    bool write(std::string& out) {
        std::size_t parts = 0, aliases = 0, mentions = 0;
        for (const Claim& c : a_.claims) parts += c.parts.size();
        for (const Speaker& s : a_.speakers) aliases += s.aliases.size(), mentions += s.mentions.size();
        const std::size_t words = kHeaderWords + 4 * a_.boilerplate.size() + 11 * a_.claims.size() + 2 * parts +
                                  10 * a_.speakers.size() + 2 * aliases + 2 * mentions + 2 * a_.warnings.size();
        w_.reserve(words);
        w_.resize(kHeaderWords);
        w_[kFlags] = kColumns;
        w_[kLength] = u16_.total();
        w_[kBoilerplate] = static_cast<std::uint32_t>(a_.boilerplate.size());
        w_[kClaims] = static_cast<std::uint32_t>(a_.claims.size());
        w_[kParts] = static_cast<std::uint32_t>(parts);
        w_[kSpeakers] = static_cast<std::uint32_t>(a_.speakers.size());
        w_[kAliases] = static_cast<std::uint32_t>(aliases);
        w_[kMentions] = static_cast<std::uint32_t>(mentions);
        w_[kWarnings] = static_cast<std::uint32_t>(a_.warnings.size());
        string_ref(kVersion);
        w_[kVersionFrom] = w_[kHeaderWords];
        w_[kVersionTo] = w_[kHeaderWords + 1];
        w_.resize(kHeaderWords);

        for (const Boilerplate& b : a_.boilerplate) span(b.span), string_ref(b.reason);
        for (const Claim& c : a_.claims) {
            span(c.span);
            if (c.cue.empty()) w_.push_back(kNone), w_.push_back(kNone);
            else span(c.cue);
            w_.push_back(static_cast<std::uint32_t>(c.kind == ClaimKind::Direct ? 0 : c.kind == ClaimKind::Indirect ? 1 : 2));
            w_.push_back(c.speaker >= 0 ? static_cast<std::uint32_t>(c.speaker) : kNone);
            if (c.via.empty()) w_.push_back(kNone), w_.push_back(kNone);
            else string_ref(c.via);
            string_ref(c.id);
            w_.push_back(static_cast<std::uint32_t>(c.parts.size()));
        }
        for (const Claim& c : a_.claims)
            for (Span p : c.parts) span(p);
        std::vector<std::uint32_t> claim_counts(a_.speakers.size(), 0);
        for (const Claim& c : a_.claims)
            if (c.speaker >= 0) ++claim_counts[static_cast<std::size_t>(c.speaker)];
        for (std::size_t i = 0; i < a_.speakers.size(); ++i) {
            const Speaker& s = a_.speakers[i];
            string_ref(s.id), string_ref(s.name), string_ref(s.title);
            w_.push_back(s.kind == SpeakerKind::Person ? 0 : 1);
            w_.push_back(claim_counts[i]);
            w_.push_back(static_cast<std::uint32_t>(s.aliases.size()));
            w_.push_back(static_cast<std::uint32_t>(s.mentions.size()));
        }
        for (const Speaker& s : a_.speakers)
            for (const std::string& alias : s.aliases) string_ref(alias);
        for (const Speaker& s : a_.speakers)
            for (Span m : s.mentions) span(m);
        for (const std::string& warning : a_.warnings) string_ref(warning);
        if (!ok_) return false;

        // The confidences as to_json rounds them (JSON.parse of its digits gives this double).
        const std::size_t confidence_at = (w_.size() * 4 + 7) / 8 * 8;
        const std::size_t blob_at = confidence_at + 8 * a_.claims.size();
        w_[kConfidenceAt] = static_cast<std::uint32_t>(confidence_at);
        w_[kBlobAt] = static_cast<std::uint32_t>(blob_at);
        w_[kBlobBytes] = static_cast<std::uint32_t>(blob_.size());
        out.assign(blob_at + blob_.size(), '\0');
        std::memcpy(&out[0], w_.data(), w_.size() * 4);
        char* conf = &out[confidence_at];
        for (const Claim& c : a_.claims) {
            const double x = std::round(c.confidence * 100.0) / 100.0;
            std::memcpy(conf, &x, 8);
            conf += 8;
        }
        if (!blob_.empty()) std::memcpy(&out[blob_at], blob_.data(), blob_.size());
        return true;
    }

private:
    // A span's two UTF-16 offsets; its bytes must lie on code-point boundaries of the text, as
    // TextOffsets requires (the core's spans always do: they are made of whole tokens).
    void span(Span s) {
        const std::string_view t = a_.text;
        const auto boundary = [&](std::uint32_t at) {
            return at == t.size() || (at < t.size() && (static_cast<unsigned char>(t[at]) & 0xC0) != 0x80);
        };
        if (!boundary(s.start) || !boundary(s.end) || s.end < s.start) ok_ = false;
        w_.push_back(u16_(s.start));
        w_.push_back(u16_(s.end));
    }

    // Appends s to the blob and its [from, to) in UTF-16 units of the blob's text. A string that
    // is not valid UTF-8 is repaired first (each maximal invalid subpart one U+FFFD), which is
    // what to_json writes for it (nlohmann's replace rule: tests/core/test_compact.cpp).
    void string_ref(std::string_view s) {
        for (std::size_t i = 0; i < s.size();) {
            const Utf8Sequence q = utf8_sequence(s, i);
            if (!q.valid()) {
                std::string repaired;
                repair_utf8(s, repaired);
                return string_ref(repaired);
            }
            i += q.len;
        }
        w_.push_back(blob_units_);
        for (std::size_t i = 0; i < s.size(); ++i) {
            const auto b = static_cast<unsigned char>(s[i]);
            blob_units_ += (b & 0xC0) != 0x80;  // a lead byte: one unit ...
            blob_units_ += b >= 0xF0;           // ... two for a code point above U+FFFF
        }
        blob_.append(s.data(), s.size());
        w_.push_back(blob_units_);
    }

    const Annotation& a_;
    TextOffsets u16_;
    std::vector<std::uint32_t> w_;
    std::string blob_;
    std::uint32_t blob_units_ = 0;
    bool ok_ = true;
};

}  // namespace

bool to_compact(const Annotation& a, std::string& out) { return CompactWriter(a).write(out); }

}  // namespace whosaid
