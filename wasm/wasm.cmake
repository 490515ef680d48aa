# The WebAssembly module: <build>/whosaid-core.mjs (ES module glue) + whosaid-core.wasm.
# Included from the top CMakeLists under emcmake. scripts/build.mjs copies both to dist/,
# where web/whosaid.mjs (the public JS API) imports the glue and supplies the wasm bytes.

# Exceptions are off by default in emscripten: catch blocks never run. They must be on for
# every TU that throws or catches (PUBLIC: the bindings get it too) and at link. Native wasm
# exceptions, not -fexceptions: its JS emulation routes every call that has a cleanup through
# an invoke_* trampoline in JS, which made the core ~1.8x slower (1 MB: 478 -> 273 ms in
# node). Node 20 and Chromium support them; guarded() in bindings.cpp still turns an
# exception into a JS Error.
foreach(_lib ${WHOSAID_LIBRARIES})
  target_compile_options(${_lib} PUBLIC -fwasm-exceptions)
  target_link_options(${_lib} PUBLIC -fwasm-exceptions)
endforeach()

# The annotate path (every layer of whosaid_core, and the bindings) compiled -O2, not the
# Release build's -O3: the page's first wasm, whosaid-annotate.wasm, 393,683 -> 342,389 B
# (116,483 -> 109,604 B brotli, issue 14), the same output, and 1 MB in node within the noise
# of -O3 on this shared machine (min of 5: 185-258 ms vs 159-220 ms). -O3's extra inlining and
# unrolling bought no time that could be measured here; -Os (95 KB brotli) made it ~1.8x slower.
# The link stays -O3 (binaryen: -Os/-Oz there changed nothing, 116.4-116.8 KB brotli).
# And without exceptions (-fno-exceptions after the target's -fwasm-exceptions): the only throw
# of the annotate path is annotate.cpp's InputError, before any work, and nothing in it
# catches, so the landing pads that ran destructors on the way out were there only for a
# bad_alloc; whosaid.mjs now drops the instance after one, as after a trap, so what that leaks
# goes with it. whosaid-annotate.wasm 109,094 -> 106,837 B brotli, the same output.
file(GLOB WHOSAID_ANNOTATE_SOURCES ${CMAKE_CURRENT_LIST_DIR}/../src/*.cpp ${CMAKE_CURRENT_LIST_DIR}/../src/lexicon/*.cpp
  ${CMAKE_CURRENT_LIST_DIR}/../src/text/*.cpp ${CMAKE_CURRENT_LIST_DIR}/../src/claims/*.cpp
  ${CMAKE_CURRENT_LIST_DIR}/../src/speakers/*.cpp ${CMAKE_CURRENT_LIST_DIR}/../src/api/*.cpp)
# The npm module's copy of it (whosaid-core.wasm: Node, and the session view's worker, neither
# in a first visit's bytes) is compiled -O3: the targets marked WHOSAID_O3 below.
# Link-time optimisation (-flto here and in WHOSAID_EMCC_FLAGS): the objects are LLVM bitcode and
# the link optimises the annotate path as one program, inlining across files and dropping what no
# caller reaches. whosaid-annotate.wasm 108,271 -> 98,300 B brotli, and faster: 1 MB of news in
# node, best of 12 interleaved, 124.4 -> 93.7 ms (whosaid-core.wasm 108.7 -> 90.1 ms, 184.5 ->
# 170.9 KB brotli); the same output on 893 inputs (issue 14). Native builds keep no LTO: g++'s
# made the CLI run more instructions (1 MB: 494M -> 547M).
set(_annotate_opt "$<IF:$<BOOL:$<TARGET_PROPERTY:WHOSAID_O3>>,-O3,-O2>;-flto")
set_source_files_properties(${WHOSAID_ANNOTATE_SOURCES} TARGET_DIRECTORY whosaid_core PROPERTIES COMPILE_OPTIONS "${_annotate_opt};-fno-exceptions")

# annotate.cpp throws InputError: it keeps exceptions.
set_source_files_properties(${CMAKE_CURRENT_LIST_DIR}/../src/api/annotate.cpp TARGET_DIRECTORY whosaid_core PROPERTIES COMPILE_OPTIONS "${_annotate_opt}")

# The annotate path once more, -O3, for whosaid-core.wasm only: 1 MB of news in node, 5.4%
# fewer instructions per annotate() (callgrind of node, TurboFan code, 300 KB: 378.3M ->
# 358.0M); in the page's whosaid-annotate.wasm it would cost 6.4 KB of brotli (102.1 -> 108.5 KB),
# which a first visit cannot afford. Each layer's twin takes the layer's include dirs and
# options (an object library linking another gets those, not its objects).
set(_o3_objects "")
foreach(_layer whosaid_lexicon whosaid_text whosaid_claims whosaid_speakers whosaid_api)
  get_target_property(_sources ${_layer} SOURCES)
  add_library(${_layer}_o3 OBJECT ${_sources})
  target_link_libraries(${_layer}_o3 PUBLIC ${_layer})
  set_target_properties(${_layer}_o3 PROPERTIES WHOSAID_O3 ON)
  list(APPEND _o3_objects $<TARGET_OBJECTS:${_layer}_o3>)
endforeach()
add_library(whosaid_core_o3 STATIC ${WHOSAID_UNFILED_SOURCES} ${_o3_objects})
set_target_properties(whosaid_core_o3 PROPERTIES WHOSAID_O3 ON)
target_include_directories(whosaid_core_o3 PUBLIC
  $<TARGET_PROPERTY:whosaid_api,INTERFACE_INCLUDE_DIRECTORIES> PRIVATE ${CMAKE_CURRENT_LIST_DIR}/../src)
target_link_libraries(whosaid_core_o3 PUBLIC whosaid_public_headers)
target_compile_options(whosaid_core_o3 PUBLIC -fwasm-exceptions)
target_link_options(whosaid_core_o3 PUBLIC -fwasm-exceptions)
# Tried and left out: -Oz (or -Os) for the eleven files of the annotate path that are big in the
# wasm but cold (each under 0.5% of the time in a perf profile of the native CLI, 6 MB): 1.1 KB
# less brotli with exceptions on, but 0.3-0.4 KB more once they are off (code 9.5 KB smaller
# raw, compressing worse).

# The session path (several articles compared: session*.cpp, facts*.cpp) compiled for size:
# it runs once per session view, not per keystroke, and it is 40% of the code. The annotate
# path stays -O2 above (at -Os the whole core ran 3-5x slower: it lives on inlining).
# Only here: the native build keeps one setting for all.
file(GLOB WHOSAID_SIZE_SOURCES ${CMAKE_CURRENT_LIST_DIR}/../src/session/*.cpp ${CMAKE_CURRENT_LIST_DIR}/../src/facts/*.cpp)
set_source_files_properties(${WHOSAID_SIZE_SOURCES} TARGET_DIRECTORY whosaid_core PROPERTIES COMPILE_OPTIONS "-Os;-flto")

# whosaid_session's own objects with the -O3 core (whosaid_session itself links the -O2 one).
add_executable(whosaid_wasm ${CMAKE_CURRENT_LIST_DIR}/bindings.cpp ${CMAKE_CURRENT_LIST_DIR}/session_bindings.cpp
  $<TARGET_OBJECTS:whosaid_facts> $<TARGET_OBJECTS:whosaid_session_layer>)
set_source_files_properties(${CMAKE_CURRENT_LIST_DIR}/bindings.cpp ${CMAKE_CURRENT_LIST_DIR}/session_bindings.cpp PROPERTIES COMPILE_OPTIONS -O2)
target_include_directories(whosaid_wasm PRIVATE $<TARGET_PROPERTY:whosaid_session,INTERFACE_INCLUDE_DIRECTORIES>)
target_link_libraries(whosaid_wasm PRIVATE whosaid_core_o3)
set_target_properties(whosaid_wasm PROPERTIES
  OUTPUT_NAME whosaid-core
  SUFFIX .mjs
  RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR})

# All emcc link flags, in one place.
# No -lembind: bindings.cpp and session_bindings.cpp are plain C exports (EMSCRIPTEN_KEEPALIVE)
# that web/whosaid.mjs reads through views of memory. Embind's glue was 16.9 KB of the page's
# worker.js, and its C++ side (type registry, val, memory_view) code in the wasm (issue 14).
set(WHOSAID_EMCC_FLAGS
  # A factory function `export default createWhosaidCore(moduleArgs)` in an ES module,
  # importable as is by the page, a module Worker, Node, and esbuild.
  -sMODULARIZE=1
  -sEXPORT_ES6=1
  -sEXPORT_NAME=createWhosaidCore
  # No "node": the node branch of the 3.1.6 glue calls require() and __dirname, which do
  # not exist in an ES module. whosaid.mjs instead passes `instantiateWasm` with bytes it
  # read itself (fs in Node, fetch in browsers, inline base64 in whosaid.html), so the
  # glue never loads anything and runs the same everywhere.
  -sENVIRONMENT=web,worker
  # Articles of a few MB overflow the default 16 MiB heap (Aborted(OOM)).
  -sALLOW_MEMORY_GROWTH=1
  # Grown by what is asked plus 5%, not 20% (the default): the memory never shrinks, so the
  # overshoot of the last growth stays held. 10 MB of news: 164 -> 137 MB, the same time
  # (V8 grows a wasm memory in place: no copy). A vector doubling asks for its whole size at
  # once, so the number of growths stays small.
  -sMEMORY_GROWTH_GEOMETRIC_STEP=0.05
  # emmalloc, not dlmalloc: ~6 KB less code (whosaid-annotate.wasm 106,837 -> 104,521 B brotli;
  # at a09570b 100,148 -> 98,196 B, which keeps a first visit under 150 KB). Its cost: 1 MB in
  # node, CPU time, best of 12, three interleaved runs: 114.5-121.8 ms vs dlmalloc's
  # 110.7-116.9 and 74429d5's 113.0-114.9, i.e. 0-7% slower at most. By instruction counts
  # (callgrind of node, TurboFan code, 300 KB of news, per annotate(), after the columns path):
  # emmalloc 378.3M, dlmalloc 385.2M; peak heap at 50 MB 651 vs 624 MB: no reason to switch.
  -sMALLOC=emmalloc
  # Never install process-wide uncaughtException / unhandledRejection handlers in Node.
  # (Inert with ENVIRONMENT=web,worker; kept so that adding "node" stays safe.)
  -sNODEJS_CATCH_EXIT=0
  -sNODEJS_CATCH_REJECTION=0
  # The page's Content-Security-Policy allows 'wasm-unsafe-eval' but not 'unsafe-eval':
  # nothing in the glue may use new Function()/eval.
  -sDYNAMIC_EXECUTION=0
  # The core needs no emulated file system; dropping it shrinks the glue.
  -sFILESYSTEM=0
  # whosaid.mjs writes the text into module memory itself (TextEncoder.encodeInto).
  -sEXPORTED_FUNCTIONS=_malloc,_free
  # The glue reads only the two options whosaid.mjs passes it, and decodes strings with
  # TextDecoder alone (every target has it): no JS fallback decoder, no handling of the other
  # Module options. The page's worker.js: 6,374 -> 5,982 B brotli of glue (issue 14).
  -sINCOMING_MODULE_JS_API=instantiateWasm,locateFile
  -sTEXTDECODER=2
  # The link of the bitcode above (see _annotate_opt), with emscripten's LTO builds of libc and
  # libc++: 0.6 KB less brotli than linking their ordinary objects.
  -flto)
target_link_options(whosaid_wasm PRIVATE ${WHOSAID_EMCC_FLAGS})

# The page's annotator: the same core without the session entry point, so the linker leaves
# out the session path and nlohmann's parser (443 -> ~260 KB, ~80 KB brotli). A first visit
# loads only this; the session view's worker loads whosaid-core (scripts/bundle-page.mjs).
add_executable(whosaid_annotate_wasm ${CMAKE_CURRENT_LIST_DIR}/bindings.cpp)
target_link_libraries(whosaid_annotate_wasm PRIVATE whosaid_core)
set_target_properties(whosaid_annotate_wasm PROPERTIES
  OUTPUT_NAME whosaid-annotate
  SUFFIX .mjs
  RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR})
target_link_options(whosaid_annotate_wasm PRIVATE ${WHOSAID_EMCC_FLAGS})

# The link of whosaid_wasm in seconds: see link_check.cpp. `cmake --build <dir> --target whosaid_link_check`.
add_executable(whosaid_link_check EXCLUDE_FROM_ALL ${CMAKE_CURRENT_LIST_DIR}/link_check.cpp)
set_target_properties(whosaid_link_check PROPERTIES
  OUTPUT_NAME link-check
  SUFFIX .mjs
  RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR})
target_link_options(whosaid_link_check PRIVATE -fwasm-exceptions ${WHOSAID_EMCC_FLAGS})
