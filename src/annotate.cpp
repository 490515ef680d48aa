// annotate(): the pipeline, stage by stage (see docs/design.md).
#include "whosaid/whosaid.hpp"

#include <string>

#include "whosaid/utf16.hpp"

namespace whosaid {

const char* to_string(SpeakerKind k) { return k == SpeakerKind::Person ? "person" : "organization"; }

const char* to_string(ClaimKind k) {
    switch (k) {
        case ClaimKind::Direct: return "direct";
        case ClaimKind::Indirect: return "indirect";
        case ClaimKind::Mixed: return "mixed";
    }
    return "direct";
}

Annotation annotate(std::string_view utf8, const Options& options) {
    if (options.max_input_bytes && utf8.size() > options.max_input_bytes)
        throw InputError("input is " + std::to_string(utf8.size()) + " bytes; the limit is " +
                         std::to_string(options.max_input_bytes) + " bytes");
    Annotation a;
    std::size_t replaced = repair_utf8(utf8, a.text);
    if (replaced)
        a.warnings.push_back(std::to_string(replaced) + " invalid UTF-8 sequence" + (replaced == 1 ? "" : "s") +
                             " replaced by U+FFFD");
    return a;
}

}  // namespace whosaid
