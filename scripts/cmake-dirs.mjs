// The CMake build dirs that scripts/build.mjs configures, as [command, args] for `cmake` or
// `emcmake cmake`. One place, so tests/js/build-node-path.test.mjs configures exactly as the build does.
export const NATIVE_DIR = 'build/native';
export const WASM_DIR = 'build/wasm';

export const configureNative = (dir = NATIVE_DIR) =>
  ['cmake', ['-S', '.', '-B', dir, '-G', 'Ninja', '-DCMAKE_BUILD_TYPE=Release']];
export const configureWasm = (dir = WASM_DIR) =>
  ['emcmake', ['cmake', '-S', '.', '-B', dir, '-G', 'Ninja', '-DCMAKE_BUILD_TYPE=Release']];
