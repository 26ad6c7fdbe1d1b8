# Cases of hostile input and faults (issue 16): output that must not replace what the user did not
# name, SQLite files that are not libraries, read-only libraries, streams, control characters.
# Included by CliTest.cmake, whose variables and helpers they use.

# The file's bytes as a hash, or "" when there is none.
function(cli_hash out path)
    set(hash "")
    if(EXISTS "${path}")
        file(MD5 "${path}" hash)
    endif()
    set(${out} "${hash}" PARENT_SCOPE)
endfunction()

# Nothing beside `path`: no -wal, -shm, -journal, backup, nor half-written export.
function(cli_expect_nothing_beside path)
    get_filename_component(folder "${path}" DIRECTORY)
    get_filename_component(name "${path}" NAME)
    file(GLOB left "${path}?*" "${folder}/.clearance-export-*")
    if(left)
        cli_fail("Left beside ${name}: ${left}")
    endif()
endfunction()

# A macro, as cli_run leaves its results in the caller's scope: export-pdf without a display.
macro(cli_run_headless)
    unset(ENV{QT_QPA_PLATFORM})
    unset(ENV{DISPLAY})
    unset(ENV{WAYLAND_DISPLAY})
    cli_run(${ARGN})
endmacro()

# ---------------------------------------------------------------------------------------------
# export-pdf writes only what it was told to

# --output naming the library or its -wal/-shm is refused, even with --force; the library is intact.
function(case_export_pdf_over_library)
    cli_remove_library("${LIBRARY}")
    cli_run(--library "${LIBRARY}" import "${SAMPLE}")
    cli_expect_exit(0)
    cli_hash(before "${LIBRARY}")
    get_filename_component(folder "${LIBRARY}" DIRECTORY)
    get_filename_component(name "${LIBRARY}" NAME)
    foreach(output "${LIBRARY}" "${folder}/../work/${name}" "${LIBRARY}-wal" "${LIBRARY}-shm")
        foreach(force "" --force)
            cli_run_headless(--library "${LIBRARY}" export-pdf --ids 1 --output "${output}" ${force})
            cli_expect_exit(1)
            cli_expect_one_error_line()
            cli_expect_stderr("library")
        endforeach()
    endforeach()
    cli_hash(after "${LIBRARY}")
    if(NOT after STREQUAL before)
        cli_fail("export-pdf changed the library it was told to write over.")
    endif()
    cli_expect_nothing_beside("${LIBRARY}")
    cli_list_titles(titles "${LIBRARY}")
    cli_expect_list("the library after the refused exports" EXACT titles ${ALL_TITLES})
endfunction()

# An existing file that is not a PDF is replaced only with --force; a PDF is replaced as before.
function(case_export_pdf_not_a_pdf)
    set(notes "${HOME_DIR}/notes.txt")
    file(WRITE "${notes}" "My own notes, not a PDF.\n")
    cli_run_headless(--library "${LIBRARY}" export-pdf --ids 1 --output "${notes}")
    cli_expect_exit(1)
    cli_expect_one_error_line()
    cli_expect_stderr("not a PDF.*--force")
    file(READ "${notes}" kept)
    if(NOT kept STREQUAL "My own notes, not a PDF.\n")
        cli_fail("export-pdf wrote over ${notes} without --force.")
    endif()
    cli_expect_nothing_beside("${notes}")
    foreach(force --force "")
        cli_run_headless(--library "${LIBRARY}" export-pdf --ids 1 --output "${notes}" ${force})
        cli_expect_exit(0)
        file(READ "${notes}" head LIMIT 5)
        if(NOT head MATCHES "^%PDF-")
            cli_fail("${notes} is not a PDF after export-pdf ${force}.")
        endif()
    endforeach()
endfunction()

# A symbolic link at --output is refused, and the file it points to is untouched.
function(case_export_pdf_symlink)
    set(target "${HOME_DIR}/precious.txt")
    set(link "${HOME_DIR}/pack.pdf")
    file(WRITE "${target}" "precious\n")
    file(CREATE_LINK "${target}" "${link}" SYMBOLIC)
    cli_run_headless(--library "${LIBRARY}" export-pdf --ids 1 --output "${link}" --force)
    cli_expect_exit(1)
    cli_expect_one_error_line()
    cli_expect_stderr("symbolic link")
    file(READ "${target}" kept)
    if(NOT kept STREQUAL "precious\n" OR NOT IS_SYMLINK "${link}")
        cli_fail("export-pdf wrote through the link ${link}.")
    endif()
    cli_expect_nothing_beside("${link}")
endfunction()

# --output -: the PDF, and only it, on standard output.
function(case_export_pdf_stdout)
    unset(ENV{QT_QPA_PLATFORM})
    unset(ENV{DISPLAY})
    set(output "${HOME_DIR}/stdout.pdf")
    execute_process(COMMAND "${CLI}" --library "${LIBRARY}" export-pdf --ids 1,2 --output -
        OUTPUT_FILE "${output}" ERROR_VARIABLE err RESULT_VARIABLE rc TIMEOUT 120)
    set(CLI_CMDLINE "--library ${LIBRARY} export-pdf --ids 1,2 --output - > ${output}")
    set(CLI_RC "${rc}")
    set(CLI_ERR "${err}")
    cli_expect_exit(0)
    cli_expect_stderr_empty()
    file(SIZE "${output}" size)
    file(READ "${output}" head LIMIT 5)
    math(EXPR tail_at "${size} - 7")
    file(READ "${output}" tail OFFSET ${tail_at})
    if(NOT head MATCHES "^%PDF-" OR NOT tail MATCHES "%%EOF")
        cli_fail("Standard output is not one PDF (${size} bytes, starting '${head}', ending '${tail}').")
    endif()
    file(GLOB left "${HOME_DIR}/*.pdf" "${HOME_DIR}/-")
    if(NOT left STREQUAL output)
        cli_fail("export-pdf --output - wrote files: ${left}")
    endif()
endfunction()

# ---------------------------------------------------------------------------------------------
# SQLite files of other programs

# FILE (a fixture) is refused by every command, with nothing written beside it or into it.
function(case_foreign_sqlite)
    set(db "${HOME_DIR}/other.sqlite")
    file(COPY_FILE "${DATA}/${FILE}" "${db}")
    cli_hash(before "${db}")
    set(pdf "${HOME_DIR}/pack.pdf")
    foreach(command "list" "show|1" "facets" "list|--search|trade" "retag" "import|${SAMPLE}"
                    "export-pdf|--ids|1|--output|${pdf}")
        string(REPLACE "|" ";" command "${command}")
        cli_run_headless(--library "${db}" ${command})
        cli_expect_exit(1)
        cli_expect_one_error_line()
        cli_expect_stderr("not a Clearance library")
        cli_expect_stdout_empty()
        cli_hash(after "${db}")
        if(NOT after STREQUAL before)
            cli_fail("The database changed.")
        endif()
        cli_expect_nothing_beside("${db}")
    endforeach()
    if(EXISTS "${pdf}")
        cli_fail("export-pdf wrote ${pdf} from a database that is not a library.")
    endif()
endfunction()

# ---------------------------------------------------------------------------------------------
# Read-only libraries

# A copy of the sample library that this process cannot write: reading commands work, writing ones
# say so, and nothing changes. Permissions do not stop root, so root runs the program as nobody.
function(cli_readonly folder_writable)
    execute_process(COMMAND id -u OUTPUT_VARIABLE uid OUTPUT_STRIP_TRAILING_WHITESPACE)
    if(uid STREQUAL "0")
        find_program(setpriv setpriv)
        if(NOT setpriv)
            message(FATAL_ERROR "Running as root, the read-only test needs setpriv (util-linux) to run as nobody.")
        endif()
        set(CLI_PREFIX "${setpriv}" --reuid=65534 --regid=65534 --clear-groups)
    endif()
    # nobody's HOME: fontconfig and Qt may want to write their caches there.
    file(CHMOD "${HOME_DIR}" PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_WRITE
         GROUP_EXECUTE WORLD_READ WORLD_WRITE WORLD_EXECUTE)
    set(folder "${HOME_DIR}/ro")
    set(db "${folder}/library.sqlite")
    set(out "${HOME_DIR}/out")
    file(MAKE_DIRECTORY "${folder}" "${out}")
    file(COPY_FILE "${LIBRARY}" "${db}")
    file(CHMOD "${out}" PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_WRITE GROUP_EXECUTE
         WORLD_READ WORLD_WRITE WORLD_EXECUTE)
    file(CHMOD "${db}" PERMISSIONS OWNER_READ GROUP_READ WORLD_READ)
    if(folder_writable)
        file(CHMOD "${folder}" PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_WRITE
             GROUP_EXECUTE WORLD_READ WORLD_WRITE WORLD_EXECUTE)
    else()
        file(CHMOD "${folder}" PERMISSIONS OWNER_READ OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ
             WORLD_EXECUTE)
    endif()
    cli_hash(before "${db}")

    foreach(command "list" "show|1" "facets" "list|--search|customs" "list|--region|lldc"
                    "export-pdf|--ids|1|--output|${out}/pack.pdf")
        string(REPLACE "|" ";" command "${command}")
        cli_run_headless(--library "${db}" ${command})
        cli_expect_exit(0)
        cli_expect_stderr_empty()
    endforeach()
    cli_expect_stdout("pack\\.pdf")
    foreach(command "retag" "import|${SAMPLE}")
        string(REPLACE "|" ";" command "${command}")
        cli_run(--library "${db}" ${command})
        cli_expect_exit(1)
        cli_expect_one_error_line()
        cli_expect_stderr("read-only")
        cli_expect_stdout_empty()
    endforeach()
    cli_hash(after "${db}")
    file(CHMOD "${folder}" PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE)
    if(NOT after STREQUAL before)
        cli_fail("The read-only library changed.")
    endif()
    cli_expect_nothing_beside("${db}")
endfunction()

function(case_readonly_folder)
    cli_readonly(FALSE)
endfunction()

function(case_readonly_file)
    cli_readonly(TRUE)
endfunction()

# ---------------------------------------------------------------------------------------------
# Streams: standard input, pipes and FIFOs are read once

function(cli_expect_sample_imported name)
    cli_expect_exit(0)
    cli_expect_stdout("^${name}: 10 ${ADDED_RE}")
    cli_list_titles(titles "${LIBRARY}")
    cli_expect_list("the library imported from ${name}" EXACT titles ${ALL_TITLES})
endfunction()

# A FIFO that a writer fills while clearance-cli reads it (a hang fails on the timeout).
function(case_import_fifo)
    cli_remove_library("${LIBRARY}")
    set(fifo "${HOME_DIR}/feed.txt")
    execute_process(COMMAND mkfifo "${fifo}" RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "mkfifo failed: ${rc}")
    endif()
    execute_process(
        COMMAND sh -c "cat \"$0\" > \"$1\"" "${SAMPLE}" "${fifo}"
        COMMAND "${CLI}" --library "${LIBRARY}" import "${fifo}"
        RESULTS_VARIABLE rcs OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 60)
    set(CLI_CMDLINE "--library ${LIBRARY} import ${fifo} (a FIFO)")
    list(GET rcs 1 rc)
    set(CLI_RC "${rc}")
    set(CLI_OUT "${out}")
    set(CLI_ERR "${err}")
    cli_expect_stderr_empty()
    cli_expect_sample_imported("[^\n]*feed\\.txt")
endfunction()

# `import -` and `import /dev/stdin` read a pipe on standard input.
function(case_import_stdin_pipe)
    foreach(name - /dev/stdin)
        cli_remove_library("${LIBRARY}")
        execute_process(
            COMMAND "${CMAKE_COMMAND}" -E cat "${SAMPLE}"
            COMMAND "${CLI}" --library "${LIBRARY}" import ${name}
            RESULTS_VARIABLE rcs OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 60)
        set(CLI_CMDLINE "--library ${LIBRARY} import ${name} < (a pipe)")
        list(GET rcs 1 rc)
        set(CLI_RC "${rc}")
        set(CLI_OUT "${out}")
        set(CLI_ERR "${err}")
        cli_expect_stderr_empty()
        cli_expect_sample_imported("${name}")
    endforeach()
    # An empty stream is refused like an empty file, and creates no library.
    cli_remove_library("${LIBRARY}")
    cli_run(--library "${LIBRARY}" import - INPUT_FILE "${DATA}/empty.txt")
    cli_expect_exit(1)
    cli_expect_stderr("[Ee]mpty")
    if(EXISTS "${LIBRARY}")
        cli_fail("An empty standard input created the library.")
    endif()
endfunction()

# ---------------------------------------------------------------------------------------------
# Control characters reach the terminal as visible symbols

function(cli_expect_no_controls what)
    string(ASCII 27 esc)
    string(ASCII 7 bel)
    string(ASCII 127 del)
    string(ASCII 194 155 csi)
    foreach(stream CLI_OUT CLI_ERR)
        foreach(c esc bel del csi)
            string(FIND "${${stream}}" "${${c}}" at)
            if(at GREATER_EQUAL 0)
                cli_fail("${what}: a raw control character (${c}) in ${stream}.")
            endif()
        endforeach()
    endforeach()
endfunction()

function(case_control_characters)
    set(db "${HOME_DIR}/library.sqlite")
    file(COPY_FILE "${DATA}/control-chars.sqlite" "${db}")
    set(shown "Alert␛\\[2J␇Bell␀Nul\\\\u009BCSI␡Del")
    cli_run(--library "${db}" list)
    cli_expect_exit(0)
    cli_expect_no_controls("list")
    cli_expect_stdout("\n1\t${shown} CR\t[^\t]*\tSrc␛\\]0;pwned␇\t")
    cli_run(--library "${db}" show 1)
    cli_expect_exit(0)
    cli_expect_no_controls("show")
    cli_expect_stdout("^${shown}␍CR\n")
    cli_run(--library "${db}" facets)
    cli_expect_exit(0)
    cli_expect_no_controls("facets")
    cli_expect_stdout("\norganization\tevil␛\\[31m\tEvil␇Org\t1\n")
    # JSON escapes every control character, C1 and DEL included, and keeps the value.
    foreach(command "list|--format|json" "show|1|--format|json")
        string(REPLACE "|" ";" command "${command}")
        cli_run(--library "${db}" ${command})
        cli_expect_exit(0)
        cli_expect_no_controls("${command}")
        cli_expect_stdout("\"Alert\\\\u001b\\[2J\\\\u0007Bell\\\\u0000Nul\\\\u009bCSI\\\\u007fDel\\\\rCR\"")
    endforeach()
    # Arguments echoed in errors.
    string(ASCII 27 esc)
    cli_run(--library "${db}" show "x${esc}[2J")
    cli_expect_exit(2)
    cli_expect_no_controls("an article id that is not one")
    cli_expect_stderr("x␛\\[2J")
    cli_run("frob${esc}[2Jx")
    cli_expect_exit(2)
    cli_expect_no_controls("an unknown command")
endfunction()

# ---------------------------------------------------------------------------------------------
# Usage

# COMMAND --help prints that command's usage and succeeds, for every command.
function(case_command_help)
    foreach(command import list facets show export-pdf retag annotate taxonomy)
        foreach(flag --help -h)
            cli_run(${command} ${flag})
            cli_expect_exit(0)
            cli_expect_stderr_empty()
            string(REPLACE "-" "\\-" escaped "${command}")
            cli_expect_stdout("^Usage: clearance-cli [^\n]* ${escaped}")
        endforeach()
    endforeach()
    cli_expect_no_library("${HOME_DIR}")
endfunction()

# An unknown id is echoed in the error with its control characters made visible.
function(case_unknown_id_control)
    string(ASCII 27 esc)
    cli_run(--library "${LIBRARY}" list --region "x${esc}[31m")
    cli_expect_usage_error()
    cli_expect_no_controls("an unknown --region")
    cli_expect_stderr("--region has no value \"x␛\\[31m\"")
endfunction()
