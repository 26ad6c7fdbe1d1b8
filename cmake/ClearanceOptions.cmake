# Warnings and Qt string hygiene for our own targets only (third-party code keeps its flags).
include(CheckCXXCompilerFlag)
add_library(clearance_options INTERFACE)
# Beyond -Wall -Wextra, the warnings KDE (KDECompilerSettings) and Qt recommend for their own code,
# as errors; the code is kept clean of them, nothing is silenced.
target_compile_options(clearance_options INTERFACE
    $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wpedantic -Wold-style-cast -Wnon-virtual-dtor
        -Wcast-align -Wchar-subscripts -Wformat-security -Wpointer-arith -Wundef -Woverloaded-virtual
        -Wsuggest-override -Wvla -Wdate-time -Wzero-as-null-pointer-constant -Werror>
    $<$<CXX_COMPILER_ID:GNU>:-Wlogical-op -Wduplicated-cond>)
target_compile_definitions(clearance_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS
    CLEARANCE_VERSION="${PROJECT_VERSION}")

# A reference bound to what a call returns when the call's object or an argument is a temporary
# (`const auto &x = f().value();`) dangles once the statement ends. GCC 13 has the warning (in -Wall;
# named here so that it stays on); older compilers lack it, and then the code must stay free of the
# pattern by construction: Result::value() on a temporary returns a value, not a reference.
# (The positive form is tested: GCC accepts any -Wno-<unknown> silently.)
check_cxx_compiler_flag(-Wdangling-reference CLEARANCE_HAS_DANGLING_REFERENCE)
if(CLEARANCE_HAS_DANGLING_REFERENCE)
    target_compile_options(clearance_options INTERFACE -Wdangling-reference)
endif()
