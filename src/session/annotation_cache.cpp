// AnnotationCache (whosaid/session.hpp): an entry moves from the last session's map to this
// session's when asked for, so an exception half-way leaves every entry whole in one of them.
#include "whosaid/session.hpp"

namespace whosaid {

const Annotation& AnnotationCache::of(const std::string& text) {
    if (auto asked = asked_.find(text); asked != asked_.end()) return asked->second;
    if (auto kept = kept_.extract(text)) return asked_.insert(std::move(kept)).position->second;
    Annotation a = annotate(text);
    ++annotated_;
    return asked_.emplace(text, std::move(a)).first->second;
}

void AnnotationCache::keep_only_asked() {
    kept_ = std::move(asked_);
    asked_.clear();
}

}  // namespace whosaid
