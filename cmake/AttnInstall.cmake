# Install rules and the AttnMLIR CMake package.
#
#   <prefix>/include/attn-rt/           runtime headers (always)
#   <prefix>/include/attn/, attn-c/     compiler headers, the .td files and the generated .inc
#   <prefix>/lib/                       libattn_rt.{a,so}; libMLIRAttn*.a (compiler)
#   <prefix>/bin/                       attn-opt, attn-compile (compiler)
#   <prefix>/lib/cmake/AttnMLIR/        AttnMLIRConfig.cmake and the exported targets
#
# A downstream project calls find_package(AttnMLIR) and links AttnMLIR::attn_rt (runtime) or
# AttnMLIR::MLIRAttnDialect, ::MLIRAttnPipelines, ::MLIRAttnCAPI, ... (compiler). The runtime
# targets exist in every install; the compiler targets only when ATTN_ENABLE_COMPILER was ON
# (AttnMLIR_COMPILER_FOUND says which).
include(CMakePackageConfigHelpers)

set(ATTN_INSTALL_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/AttnMLIR)

install(DIRECTORY ${PROJECT_SOURCE_DIR}/include/attn-rt
        DESTINATION ${CMAKE_INSTALL_INCLUDEDIR} COMPONENT attn-headers
        FILES_MATCHING PATTERN "*.h")
install(TARGETS attn_rt attn_rt_shared EXPORT AttnMLIRRuntimeTargets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT attn-runtime
        LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT attn-runtime)
install(EXPORT AttnMLIRRuntimeTargets NAMESPACE AttnMLIR::
        DESTINATION ${ATTN_INSTALL_CMAKE_DIR} COMPONENT attn-cmake)

if(ATTN_ENABLE_COMPILER)
  # The compiler libraries, as add_mlir_library creates them: each already has an install rule
  # into the export set MLIRTargets (AddMLIR.cmake's add_mlir_library_install), exported below
  # under the AttnMLIR:: namespace. Their headers come from the include directories.
  set(ATTN_COMPILER_LIBS MLIRAttnDialect MLIRAttnUtils MLIRAttnTransforms MLIRAttnToNVVM
      MLIRAttnPipelines MLIRAttnTargetCUDA MLIRAttnCAPI)
  foreach(lib IN LISTS ATTN_COMPILER_LIBS)
    target_include_directories(${lib} INTERFACE
      $<BUILD_INTERFACE:${PROJECT_SOURCE_DIR}/include>
      $<BUILD_INTERFACE:${PROJECT_BINARY_DIR}/include>
      $<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}>)
  endforeach()
  # The installed tools find libMLIR.so / libLLVM.so where the build found them.
  set_target_properties(attn-opt attn-compile PROPERTIES
    INSTALL_RPATH "\$ORIGIN/../${CMAKE_INSTALL_LIBDIR};${LLVM_LIBRARY_DIR}")
  install(TARGETS attn-opt attn-compile EXPORT MLIRTargets
          RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT attn-tools)
  install(DIRECTORY ${PROJECT_SOURCE_DIR}/include/attn ${PROJECT_SOURCE_DIR}/include/attn-c
          DESTINATION ${CMAKE_INSTALL_INCLUDEDIR} COMPONENT attn-headers
          FILES_MATCHING PATTERN "*.h" PATTERN "*.td")
  # TableGen outputs (AttnOps.h.inc, Passes.h.inc, ...), which the headers include.
  install(DIRECTORY ${PROJECT_BINARY_DIR}/include/attn
          DESTINATION ${CMAKE_INSTALL_INCLUDEDIR} COMPONENT attn-headers
          FILES_MATCHING PATTERN "*.inc"
          PATTERN "CMakeFiles" EXCLUDE)
  install(EXPORT MLIRTargets NAMESPACE AttnMLIR:: FILE AttnMLIRTargets.cmake
          DESTINATION ${ATTN_INSTALL_CMAKE_DIR} COMPONENT attn-cmake)
endif()

set(ATTN_PACKAGE_COMPILER ${ATTN_ENABLE_COMPILER})
set(ATTN_PACKAGE_MLIR_DIR "${MLIR_DIR}")
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/AttnMLIRConfig.cmake.in
  ${PROJECT_BINARY_DIR}/cmake/AttnMLIRConfig.cmake
  INSTALL_DESTINATION ${ATTN_INSTALL_CMAKE_DIR}
  PATH_VARS CMAKE_INSTALL_INCLUDEDIR CMAKE_INSTALL_BINDIR)
# find_package(AttnMLIR 0.1): pre-1.0, a minor version is a compatibility boundary.
write_basic_package_version_file(${PROJECT_BINARY_DIR}/cmake/AttnMLIRConfigVersion.cmake
  VERSION ${PROJECT_VERSION} COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/cmake/AttnMLIRConfig.cmake
              ${PROJECT_BINARY_DIR}/cmake/AttnMLIRConfigVersion.cmake
        DESTINATION ${ATTN_INSTALL_CMAKE_DIR} COMPONENT attn-cmake)
