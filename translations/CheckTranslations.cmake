# ctest's `translations` check: every .ts file must be complete for the sources as they are now.
# lupdate runs on a copy of each file (the committed files are not touched); the check fails when lupdate
# cannot place a string (a tr() outside a class it knows) or when a copy has an entry left unfinished,
# obsolete or vanished, or an empty translation, and lists them. The fix is
# `cmake --build <build> --target update_translations`, then translating what it marks.
#
# cmake -DLUPDATE=... -DTS_DIR=... -DWORK_DIR=... -DSOURCES=a;b -DOPTIONS=... -P CheckTranslations.cmake
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
file(GLOB ts_files "${TS_DIR}/clearance_*.ts")
if(NOT ts_files)
    message(FATAL_ERROR "No translations in ${TS_DIR}")
endif()

set(problems "")
foreach(ts ${ts_files})
    get_filename_component(name "${ts}" NAME)
    set(copy "${WORK_DIR}/${name}")
    file(COPY_FILE "${ts}" "${copy}")
    set(extra "")
    if(name STREQUAL "clearance_en.ts")
        set(extra -pluralonly)
    endif()
    execute_process(COMMAND "${LUPDATE}" ${OPTIONS} ${extra} ${SOURCES} -ts "${copy}"
        RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT status EQUAL 0)
        message(FATAL_ERROR "lupdate failed on ${name}:\n${out}${err}")
    endif()
    # lupdate's warnings name a file and a line: a string it extracted under the wrong context or none.
    string(REGEX MATCHALL "[^\n]*:[0-9]+: [^\n]*" warnings "${out}\n${err}")
    foreach(w ${warnings})
        string(APPEND problems "  ${name}: lupdate: ${w}\n")
    endforeach()

    file(READ "${copy}" xml)
    string(REGEX MATCHALL "<message[^>]*>([^<]|<[^/]|</[^m])*</message>" messages "${xml}")
    list(LENGTH messages count)
    if(count EQUAL 0)
        string(APPEND problems "  ${name}: no messages at all\n")
    endif()
    foreach(m ${messages})
        set(what "")
        if(m MATCHES "type=\"(unfinished|obsolete|vanished)\"")
            set(what "${CMAKE_MATCH_1}")
        elseif(m MATCHES "<translation></translation>|<numerusform></numerusform>|<translation/>")
            set(what "empty")
        endif()
        if(what)
            string(REGEX MATCH "<source>([^<]*)</source>" source "${m}")
            string(APPEND problems "  ${name}: ${what}: ${CMAKE_MATCH_1}\n")
        endif()
    endforeach()
endforeach()

if(problems)
    message(FATAL_ERROR "Translations are incomplete; run the update_translations target and translate:\n${problems}")
endif()
message(STATUS "All translations complete")
