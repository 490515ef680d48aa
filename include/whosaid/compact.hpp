// The annotation as columns of little-endian numbers, for JavaScript to read through views of
// the wasm's memory instead of parsing to_json()'s text (4x the input, built and parsed). Span
// texts are left out: the caller slices them from the text it passed in, by the UTF-16 offsets
// given here (the same TextOffsets conversion as to_json, in one place). web/whosaid.mjs reads it back into exactly what JSON.parse(to_json(a)) gives
// (tests/core/test_compact.cpp; tests/js/same-as-native.test.mjs on every fixture).
//
// Layout (every field a uint32 unless said otherwise; "ref" = two uint32, [from, to) in UTF-16
// units of the string blob; NONE = 0xFFFFFFFF stands for JSON null):
//   header     kHeaderWords words, indexed by CompactHeader
//   boilerplate per line:    start, end, reason ref                               (4 words)
//   claims     per claim:    start, end, cue start (NONE: null), cue end, kind
//                            (0 direct, 1 indirect, 2 mixed), speaker index (NONE: null),
//                            via ref (NONE NONE: null), id ref, number of parts      (11 words)
//   parts      per part:     start, end                                           (2 words)
//   speakers   per speaker:  id ref, name ref, title ref, kind (0 person, 1 organization),
//                            claim_count, number of aliases, number of mentions      (10 words)
//   aliases    per alias:    ref                                                  (2 words)
//   mentions   per mention:  start, end                                           (2 words)
//   warnings   per warning:  ref                                                  (2 words)
//   confidences              one float64 per claim, at byte kConfidenceAt (8-aligned)
//   blob                     every string, UTF-8, at byte kBlobAt, kBlobBytes long
// A string that is not valid UTF-8 travels repaired (maximal subparts -> U+FFFD), as to_json
// writes it. Span boundaries must lie on code points, as for to_json (TextOffsets requires it):
// to_compact answers false when one does not (a bug of the core; the caller reports it).
#pragma once

#include <cstdint>
#include <string>

#include "whosaid/whosaid.hpp"

namespace whosaid {

namespace compact {
enum Header : std::uint32_t {
    kFlags,  // kColumns: the layout above
    kLength,
    kBoilerplate,
    kClaims,
    kParts,
    kSpeakers,
    kAliases,
    kMentions,
    kWarnings,
    kVersionFrom,
    kVersionTo,
    kConfidenceAt,
    kBlobAt,
    kBlobBytes,
    kHeaderWords
};
constexpr std::uint32_t kColumns = 0x636f6c31;  // a mark that the layout is this one
constexpr std::uint32_t kNone = 0xFFFFFFFFu;
}  // namespace compact

// Writes the columns of `a` into `out` (replacing what it held); false (and `out` unspecified)
// when a span of `a` does not fall on code-point boundaries.
bool to_compact(const Annotation& a, std::string& out);

}  // namespace whosaid
