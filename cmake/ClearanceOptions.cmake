# Warnings and Qt string hygiene for our own targets only (third-party code keeps its flags).
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
