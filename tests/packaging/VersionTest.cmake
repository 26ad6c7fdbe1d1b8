# cmake -DVERSION=... -DCLI=... -DCHANGELOG=... -DMETAINFO=... -DDEBIAN_CHANGELOG=... -DMAN_PAGES=a|b
#       -DCPACK_CONFIG=... -P VersionTest.cmake
# The one version, project(VERSION), is the one clearance-cli --version prints, the newest release of
# CHANGELOG.md, the metainfo's newest release, the Debian changelog's, the man pages' and the package's.
# (clearance --version is the test gui.version.)
set(failures)
macro(expect what actual)
    if(NOT "${actual}" STREQUAL "${VERSION}")
        list(APPEND failures "${what}: \"${actual}\", not \"${VERSION}\"")
    endif()
endmacro()

execute_process(COMMAND "${CLI}" --version OUTPUT_VARIABLE out RESULT_VARIABLE rc OUTPUT_STRIP_TRAILING_WHITESPACE)
if(NOT rc EQUAL 0 OR NOT out MATCHES "^clearance-cli ([^\n]+)$")
    list(APPEND failures "clearance-cli --version printed \"${out}\" (exit ${rc})")
else()
    expect("clearance-cli --version" "${CMAKE_MATCH_1}")
endif()

file(STRINGS "${CHANGELOG}" headings REGEX "^## \\[[0-9]")
list(GET headings 0 newest)
string(REGEX REPLACE "^## \\[([^]]+)\\].*" "\\1" newest "${newest}")
expect("the newest release in CHANGELOG.md" "${newest}")

file(READ "${METAINFO}" metainfo)
string(REGEX MATCH "<release version=\"([^\"]+)\"" _ "${metainfo}")
expect("the newest release in the metainfo" "${CMAKE_MATCH_1}")

file(STRINGS "${DEBIAN_CHANGELOG}" first LIMIT_COUNT 1)
string(REGEX MATCH "^clearance \\(([^)]+)\\)" _ "${first}")
expect("the Debian changelog" "${CMAKE_MATCH_1}")

string(REPLACE "|" ";" pages "${MAN_PAGES}")
foreach(page IN LISTS pages)
    file(STRINGS "${page}" th REGEX "^\\.TH ")
    string(REGEX MATCH "\"Clearance ([^\"]+)\"" _ "${th}")
    expect("${page}" "${CMAKE_MATCH_1}")
endforeach()

include("${CPACK_CONFIG}")
expect("the package (CPackConfig.cmake)" "${CPACK_PACKAGE_VERSION}")

if(failures)
    list(JOIN failures "\n  " text)
    message(FATAL_ERROR "The version is not the same everywhere:\n  ${text}")
endif()
message(STATUS "Version ${VERSION} everywhere")
