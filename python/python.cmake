# The Python module: <build>/python/whosaid/ = __init__.py (copied from python/whosaid) + _core,
# the pybind11 extension over whosaid_session; PYTHONPATH=<build>/python makes `import whosaid`
# work from the build tree. setup.py (pip) builds the same target into its own directory.
# Included from the top CMakeLists when WHOSAID_PYTHON is on.

# The top CMakeLists found Python3 before pybind11, so pybind11 builds for that Python (its
# FindPython mode) rather than for the first python3 on PATH.

set(WHOSAID_PYTHON_OUTPUT_DIR ${CMAKE_BINARY_DIR}/python/whosaid CACHE PATH
    "Where the whosaid package is assembled (setup.py points it into its build tree)")

# A shared library links the core's objects: they must be position-independent.
set_target_properties(${WHOSAID_LIBRARIES} PROPERTIES POSITION_INDEPENDENT_CODE ON)

# NO_EXTRAS: no LTO (the core is not LTO-built; its serial LTRANS only adds noise), no strip.
pybind11_add_module(whosaid_python MODULE NO_EXTRAS ${CMAKE_CURRENT_LIST_DIR}/bindings.cpp)
target_link_libraries(whosaid_python PRIVATE whosaid_session)
set_target_properties(whosaid_python PROPERTIES
  OUTPUT_NAME _core
  LIBRARY_OUTPUT_DIRECTORY ${WHOSAID_PYTHON_OUTPUT_DIR})
# Re-copied whenever it changes (configure_file makes it a configure dependency).
configure_file(${CMAKE_CURRENT_LIST_DIR}/whosaid/__init__.py ${WHOSAID_PYTHON_OUTPUT_DIR}/__init__.py COPYONLY)
# Which interpreter the module is for: scripts/test.sh runs the Python tests with it.
file(WRITE ${CMAKE_BINARY_DIR}/python/interpreter "${Python3_EXECUTABLE}\n")
