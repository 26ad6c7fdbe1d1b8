# Warnings and Qt string hygiene for our own targets only (third-party code keeps its flags).
include(CheckCXXCompilerFlag)
add_library(clearance_options INTERFACE)
target_compile_options(clearance_options INTERFACE
    $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wpedantic -Wold-style-cast -Wnon-virtual-dtor -Werror>)
target_compile_definitions(clearance_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS
    CLEARANCE_VERSION="${PROJECT_VERSION}")

# GCC 13 (Ubuntu 24.04) warns about references bound to members of temporaries in patterns that are
# fine here (Result<T>::value() on a named Result); keep warnings-as-errors usable on both systems.
check_cxx_compiler_flag(-Wno-dangling-reference CLEARANCE_HAS_NO_DANGLING_REFERENCE)
if(CLEARANCE_HAS_NO_DANGLING_REFERENCE)
    target_compile_options(clearance_options INTERFACE -Wno-dangling-reference)
endif()
