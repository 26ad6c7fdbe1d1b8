# clearance_add_test(NAME source.cpp LIBRARIES <layer>...): one Qt Test executable per class, linking
# the core layers it tests (clearance_storage, ...; see app/CMakeLists.txt), registered with CTest,
# run offscreen, with the fixture folder passed as CLEARANCE_TEST_DATA.
function(clearance_add_test name)
    cmake_parse_arguments(ARG "" "" "LIBRARIES" ${ARGN})
    qt_add_executable(${name} ${ARG_UNPARSED_ARGUMENTS})
    target_link_libraries(${name} PRIVATE Qt6::Test clearance_options ${ARG_LIBRARIES})
    target_compile_definitions(${name} PRIVATE CLEARANCE_TEST_DATA="${PROJECT_SOURCE_DIR}/tests/data")
    target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests/support)
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;XDG_DATA_HOME=${CMAKE_BINARY_DIR}/test-home/data;HOME=${CMAKE_BINARY_DIR}/test-home"
        TIMEOUT 300)
endfunction()
