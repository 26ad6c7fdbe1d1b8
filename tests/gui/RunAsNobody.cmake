# Runs TEST (a Qt Test program) with ARGS as the user nobody when CTest runs as root, as root writes
# whatever a file's permissions say: read-only libraries can only be tested by another user.
# HOME is a folder nobody can write, for the caches fontconfig and Qt may want.
execute_process(COMMAND id -u OUTPUT_VARIABLE uid OUTPUT_STRIP_TRAILING_WHITESPACE)
set(prefix "")
if(uid STREQUAL "0")
    find_program(setpriv setpriv REQUIRED)
    set(prefix "${setpriv}" --reuid=65534 --regid=65534 --clear-groups)
    file(MAKE_DIRECTORY "${HOME}")
    file(CHMOD "${HOME}" DIRECTORY_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ
         GROUP_WRITE GROUP_EXECUTE WORLD_READ WORLD_WRITE WORLD_EXECUTE)
endif()
set(ENV{HOME} "${HOME}")
set(ENV{XDG_CONFIG_HOME} "${HOME}/config")
set(ENV{XDG_DATA_HOME} "${HOME}/data")
set(ENV{XDG_CACHE_HOME} "${HOME}/cache")
set(ENV{XDG_RUNTIME_DIR} "${HOME}/runtime")
separate_arguments(args UNIX_COMMAND "${ARGS}")
execute_process(COMMAND ${prefix} "${TEST}" ${args} RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "${TEST} ${ARGS} failed (${result})")
endif()
