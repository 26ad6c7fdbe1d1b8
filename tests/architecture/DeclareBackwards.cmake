# cmake -DSOURCE_DIR=<project> -P DeclareBackwards.cmake
# A layer that names a layer declared after it as a dependency must stop the configuration.
cmake_minimum_required(VERSION 3.25)
include(${SOURCE_DIR}/cmake/ClearanceLayers.cmake)
set_property(GLOBAL PROPERTY CLEARANCE_LAYERS domain storage)
clearance_add_layer(storage DEPENDS service domain SOURCES Nothing.cpp)
message(STATUS "clearance_add_layer accepted a dependency on a later layer")
