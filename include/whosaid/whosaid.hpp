// whosaid: who speaks in a news article, and what each speaker is reported to have said.
//
// The public C++ API of the core. Everything here works in UTF-8 *byte* offsets into
// Annotation::text (the input after invalid UTF-8 was repaired). Conversion to UTF-16
// code units, the unit JavaScript and the JSON output use (or to code points, Python's),
// happens in one place: whosaid::TextOffsets (utf16.hpp), called by to_json().
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace whosaid {

// The version of package.json (the one place it is written); src/version.cpp gets it from CMake.
extern const char* const kVersion;

// A half-open byte range [start, end) into Annotation::text.
struct Span {
    std::uint32_t start = 0;  // UTF-8 bytes
    std::uint32_t end = 0;    // UTF-8 bytes
    bool empty() const { return end <= start; }
    std::uint32_t size() const { return end > start ? end - start : 0; }
};

enum class SpeakerKind { Person, Organization };
enum class ClaimKind { Direct, Indirect, Mixed };

struct Speaker {
    std::string id;                     // "s1", "s2", ... unique within one Annotation
    std::string name;                   // canonical name: the fullest form the article uses
    SpeakerKind kind = SpeakerKind::Person;
    std::string title;                  // role or title the article gives ("Kremlin spokesman"), may be empty
    std::vector<std::string> aliases;   // every other way the article names them, as written
    std::vector<Span> mentions;         // each place the article names them (bytes)
};

struct Claim {
    std::string id;                     // "c1", "c2", ... in text order
    int speaker = -1;                   // index into Annotation::speakers, -1 when unattributed
    ClaimKind kind = ClaimKind::Direct;
    Span span;                          // the claim's text (bytes); text == Annotation::text.substr(span)
    std::vector<Span> parts;            // the quoted or reported pieces inside span, in order (bytes);
                                        // one part unless the claim is split by a cue or a paragraph break
    Span cue;                           // the attribution verb or phrase (bytes); empty when none
    std::string via;                    // relay channel ("TASS", "a statement on Telegram"), may be empty
    double confidence = 0.0;            // 0..1
};

struct Boilerplate {
    Span span;                          // one whole line (bytes), without its line break
    std::string reason;                 // "teaser", "credit", "prompt", "navigation", "byline", ...
};

struct Annotation {
    std::string text;                   // the input as valid UTF-8 (invalid sequences -> U+FFFD)
    std::vector<Speaker> speakers;
    std::vector<Claim> claims;          // sorted by span.start
    std::vector<Boilerplate> boilerplate;
    std::vector<std::string> warnings;  // human-readable notes about the input ("3 invalid UTF-8 sequences replaced")
};

struct Options {
    // Inputs longer than this many bytes are refused with InputError (0 = no limit).
    std::size_t max_input_bytes = std::size_t(256) << 20;
};

// Thrown for input the core refuses (too large). Never thrown for merely odd text.
struct InputError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// Annotates one article. `utf8` may hold any bytes: invalid UTF-8 is replaced by U+FFFD
// (counted in warnings). Runs in time linear in utf8.size() (bytes).
Annotation annotate(std::string_view utf8, const Options& options = {});
// The same, for a text given away: when it is valid UTF-8 it becomes Annotation::text without
// a copy, so the input is held once, not twice, at the peak (about 1 byte a byte of input less).
Annotation annotate(std::string&& utf8, const Options& options = {});
// A C string: chooses between the two above for annotate("literal").
inline Annotation annotate(const char* utf8, const Options& options = {}) {
    return annotate(std::string_view(utf8), options);
}

const char* to_string(SpeakerKind);
const char* to_string(ClaimKind);

}  // namespace whosaid
