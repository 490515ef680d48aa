# filled in by the wasm build
