# Driver of the benchmarks' CTest runs: `cmake -DPROGRAM=... "-DARGS=a|b" "-DFIGURES=re|re" -P BenchSmoke.cmake`.
# Runs PROGRAM with ARGS and fails when it fails (any status but 0, a crash) or when its standard output
# lacks a line matching each FIGURES regex. The figures' values are not judged: the run is small and
# CI machines are shared, so it only proves the program still runs to its report. ARGS and FIGURES are
# lists joined with "|" (no regex here uses "|").
cmake_minimum_required(VERSION 3.25)

foreach(var PROGRAM FIGURES)
    if(NOT DEFINED ${var} OR "${${var}}" STREQUAL "")
        message(FATAL_ERROR "BenchSmoke.cmake: -D${var}=... is required")
    endif()
endforeach()
string(REPLACE "|" ";" args "${ARGS}")
string(REPLACE "|" ";" figures "${FIGURES}")

execute_process(COMMAND "${PROGRAM}" ${args}
    RESULT_VARIABLE status
    OUTPUT_VARIABLE output
    ERROR_VARIABLE errors)
# The report, for the test's log.
message("${output}")
list(JOIN args " " shown)
if(NOT status STREQUAL "0")
    message(FATAL_ERROR "${PROGRAM} ${shown} failed (${status}):\n${errors}")
endif()
foreach(figure IN LISTS figures)
    if(NOT output MATCHES "${figure}")
        message(FATAL_ERROR "${PROGRAM} printed no figure matching \"${figure}\":\n${errors}")
    endif()
endforeach()
