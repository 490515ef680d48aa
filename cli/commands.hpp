// The CLI's commands; each takes the arguments after its name and returns the exit status.
#pragma once

#include <string>
#include <vector>

namespace whosaid_cli {

int annotate_command(const std::vector<std::string>& args);  // annotate_command.cpp
int batch_command(const std::vector<std::string>& args);     // batch_command.cpp: annotate --jsonl FILE|DIR...
int stream_command(const std::vector<std::string>& args);    // stream_command.cpp: annotate --jsonl -
int session_command(const std::vector<std::string>& args);   // session_command.cpp

}  // namespace whosaid_cli
