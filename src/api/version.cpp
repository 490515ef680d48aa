// whosaid::kVersion: the version in package.json, passed in by CMake (CMakeLists.txt).
#include "whosaid/whosaid.hpp"

#ifndef WHOSAID_VERSION
#error "WHOSAID_VERSION is set by CMakeLists.txt from package.json"
#endif

namespace whosaid {

const char* const kVersion = WHOSAID_VERSION;

}  // namespace whosaid
