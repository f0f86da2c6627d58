# Installation of the desktop integration files and CPack packaging (DEB and TGZ).
# Included by the top-level CMakeLists after every target exists; the executables
# install themselves into bin/.
#
#   cmake --preset release && cmake --build build/release
#   cd build/release && cpack            # bulwark_<version>_<arch>.deb and bulwark-<version>-Linux.tar.gz
#   cpack -G TGZ                         # just the tarball

include(GNUInstallDirs)

set(_bulwark_packaging_dir "${CMAKE_CURRENT_LIST_DIR}")

install(FILES "${_bulwark_packaging_dir}/bulwark.desktop"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/bulwark.svg"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps")
install(FILES "${_bulwark_packaging_dir}/io.bulwark.Bulwark.metainfo.xml"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
install(FILES "${PROJECT_SOURCE_DIR}/README.md" "${PROJECT_SOURCE_DIR}/SECURITY.md"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/bulwark" OPTIONAL)

# The AppStream release list has to follow project(VERSION).
file(READ "${_bulwark_packaging_dir}/io.bulwark.Bulwark.metainfo.xml" _bulwark_metainfo)
if(NOT _bulwark_metainfo MATCHES "<release version=\"${PROJECT_VERSION}\"")
    message(WARNING "packaging/io.bulwark.Bulwark.metainfo.xml has no <release> for ${PROJECT_VERSION}")
endif()

set(CPACK_PACKAGE_NAME "bulwark")
set(CPACK_PACKAGE_VENDOR "The Bulwark developers")
set(CPACK_PACKAGE_CONTACT "Bulwark developers <security@bulwark.invalid>")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
"Bulwark shows the security posture of Docker hosts: for every container its
privileges, capabilities, namespaces, mounts, published ports and resource
limits, the images it runs and the engine's own settings. Scans are read-only
(GET and HEAD requests only) and TLS is verified by default. bulwark-cli writes
the same snapshot as JSON for scripts and CI.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_RESOURCE_FILE_README "${PROJECT_SOURCE_DIR}/README.md")
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build/" "/build-.*/")

if(NOT CPACK_GENERATOR)
    set(CPACK_GENERATOR "DEB;TGZ")
endif()
# DEB installs under /usr (CPack's default for it); the tarball holds bin/ and share/ at its top.

# Debian package
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_SECTION "admin")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "docker.io")
find_program(BULWARK_DPKG_SHLIBDEPS dpkg-shlibdeps)
if(BULWARK_DPKG_SHLIBDEPS)
    # Depends: computed from the libraries the binaries really link.
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
else()
    # Without dpkg-dev: the Debian 12 run-time packages of what CMakeLists finds.
    set(CPACK_DEBIAN_PACKAGE_DEPENDS
        "libqt6core6 (>= 6.4), libqt6gui6 (>= 6.4), libqt6widgets6 (>= 6.4), libqt6charts6 (>= 6.4), libqt6concurrent6 (>= 6.4), libqt6pdf6 (>= 6.4), libqt6pdfwidgets6 (>= 6.4), libcurl4, libsqlite3-0, libstdc++6, libc6")
endif()

include(CPack)
