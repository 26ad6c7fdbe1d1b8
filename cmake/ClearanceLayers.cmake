# The core's layers (docs/architecture.md). Each folder of app/ is one static library that links only
# layers declared before it, so the link graph cannot have a cycle; the include check below makes sure
# no source reaches a layer its library does not link (a header-only use would compile without it).

# clearance_add_layer(<name> SOURCES ... [DEPENDS <layer>...] [QT <component>...] [LINK <target>...])
# Declares the library clearance_<name> for app/<name>. DEPENDS names the layers it uses directly;
# each must be declared already.
function(clearance_add_layer name)
    cmake_parse_arguments(ARG "" "" "SOURCES;DEPENDS;QT;LINK" ${ARGN})
    get_property(declared GLOBAL PROPERTY CLEARANCE_LAYERS)
    set(allowed ${ARG_DEPENDS})
    foreach(dep IN LISTS ARG_DEPENDS)
        if(NOT dep IN_LIST declared)
            message(FATAL_ERROR "layer ${name} depends on ${dep}, which is not declared before it: "
                                "a layer may only use the layers below it")
        endif()
        get_property(below GLOBAL PROPERTY CLEARANCE_LAYER_ALLOWED_${dep})
        list(APPEND allowed ${below})
    endforeach()
    list(REMOVE_DUPLICATES allowed)
    set_property(GLOBAL APPEND PROPERTY CLEARANCE_LAYERS ${name})
    set_property(GLOBAL PROPERTY CLEARANCE_LAYER_ALLOWED_${name} ${allowed})

    set(target clearance_${name})
    qt_add_library(${target} STATIC ${ARG_SOURCES})
    # Headers are included by layer: "storage/ArticleStore.h".
    target_include_directories(${target} PUBLIC ${PROJECT_SOURCE_DIR}/app)
    set(qt_targets)
    foreach(component IN LISTS ARG_QT)
        list(APPEND qt_targets Qt6::${component})
    endforeach()
    set(dep_targets)
    foreach(dep IN LISTS ARG_DEPENDS)
        list(APPEND dep_targets clearance_${dep})
    endforeach()
    target_link_libraries(${target} PUBLIC ${dep_targets} Qt6::Core ${qt_targets} ${ARG_LINK}
                                    PRIVATE clearance_options)
endfunction()

# The include check: every app layer, the command line and the window may include only what their
# libraries link. Runs in every build (a back-arrow fails `cmake --build`) and as the CTest test
# architecture.layers.
function(clearance_add_layer_check)
    get_property(layers GLOBAL PROPERTY CLEARANCE_LAYERS)
    set(rules)
    set(sources)
    foreach(layer IN LISTS layers)
        get_property(allowed GLOBAL PROPERTY CLEARANCE_LAYER_ALLOWED_${layer})
        string(REPLACE ";" "," allowed "${allowed}")
        list(APPEND rules "app/${layer}:${allowed}")
        get_target_property(layer_sources clearance_${layer} SOURCES)
        get_target_property(layer_dir clearance_${layer} SOURCE_DIR)
        foreach(source IN LISTS layer_sources)
            list(APPEND sources "${layer_dir}/${source}")
        endforeach()
    endforeach()
    # The programs sit on top: they may use every layer, and nothing may include them.
    string(REPLACE ";" "," everything "${layers}")
    list(APPEND rules "cli:${everything}" "ui:${everything}")
    set_property(GLOBAL PROPERTY CLEARANCE_LAYER_RULES "${rules}")
    string(REPLACE ";" "|" rules_arg "${rules}")
    set(command ${CMAKE_COMMAND} -DSOURCE_DIR=${PROJECT_SOURCE_DIR} "-DRULES=${rules_arg}"
                -P ${PROJECT_SOURCE_DIR}/cmake/CheckLayers.cmake)
    set(stamp ${CMAKE_BINARY_DIR}/layers.checked)
    file(GLOB_RECURSE program_sources CONFIGURE_DEPENDS
        ${PROJECT_SOURCE_DIR}/cli/*.cpp ${PROJECT_SOURCE_DIR}/cli/*.h
        ${PROJECT_SOURCE_DIR}/ui/*.cpp ${PROJECT_SOURCE_DIR}/ui/*.h)
    add_custom_command(OUTPUT ${stamp}
        COMMAND ${command}
        COMMAND ${CMAKE_COMMAND} -E touch ${stamp}
        DEPENDS ${sources} ${program_sources} ${PROJECT_SOURCE_DIR}/cmake/CheckLayers.cmake
        COMMENT "Checking that no include runs back up the layers"
        VERBATIM)
    add_custom_target(clearance_layer_check ALL DEPENDS ${stamp})
    set(CLEARANCE_LAYER_CHECK_COMMAND "${command}" PARENT_SCOPE)
endfunction()
