// An empty program that CMake links exactly as it links whosaid_wasm (same launcher, same emcc
// flags), outside `all`. tests/js/build-node-path.test.mjs builds it under several NODE_PATH values:
// em++'s link is the one build step that runs node (acorn-optimizer.js), so it is the step that
// shows whether the environment can break the build, in seconds instead of a full wasm build.
int main() { return 0; }
