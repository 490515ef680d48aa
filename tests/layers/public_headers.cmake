# The public headers are one include dir (include/whosaid/) that every layer sees, so the include
# dirs cannot keep a lower layer from the session's header; this check does. Run by CTest:
#   cmake -DSRC=<repo>/src -P public_headers.cmake
foreach(folder lexicon text claims speakers api facts)
  file(GLOB_RECURSE files ${SRC}/${folder}/*.cpp ${SRC}/${folder}/*.hpp)
  foreach(f ${files})
    file(STRINGS ${f} hits REGEX "#include \"whosaid/session\\.hpp\"")
    if(hits)
      message(SEND_ERROR "${f}: includes whosaid/session.hpp, a header of the session layer above ${folder}/")
    endif()
  endforeach()
endforeach()
