# One place for compile policy: every Bulwark target links bulwark_compile_policy.
add_library(bulwark_compile_policy INTERFACE)
target_compile_options(bulwark_compile_policy INTERFACE -Wall -Wextra -Wpedantic)
target_compile_definitions(bulwark_compile_policy INTERFACE
    QT_NO_FOREACH
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    BULWARK_VERSION="${PROJECT_VERSION}")
# gold links the ~70 test executables about 2.5x faster than the default ld.bfd;
# it ships with binutils, so it is there wherever g++ is.
include(CheckLinkerFlag)
check_linker_flag(CXX -fuse-ld=gold BULWARK_HAVE_GOLD)
if(BULWARK_HAVE_GOLD)
    target_link_options(bulwark_compile_policy INTERFACE -fuse-ld=gold)
endif()
if(BULWARK_WERROR)
    target_compile_options(bulwark_compile_policy INTERFACE -Werror)
endif()
if(BULWARK_SANITIZE)
    # Test executables (target property BULWARK_TEST_CODE, set by tests/CMakeLists.txt) get
    # AddressSanitizer only: UndefinedBehaviorSanitizer's checks on QtTest's macros and the
    # Qt templates a test instantiates make a test compile half as slow again, while the
    # code under test -- the libraries and executables -- keeps both sanitizers.
    set(_bulwark_test_code "$<BOOL:$<TARGET_PROPERTY:BULWARK_TEST_CODE>>")
    target_compile_options(bulwark_compile_policy INTERFACE
        "$<IF:${_bulwark_test_code},-fsanitize=address,-fsanitize=address$<COMMA>undefined>"
        "$<$<NOT:${_bulwark_test_code}>:-fno-sanitize-recover=undefined>"
        -fno-omit-frame-pointer)
    target_link_options(bulwark_compile_policy INTERFACE -fsanitize=address,undefined)
endif()
if(CMAKE_BUILD_TYPE STREQUAL "Release" OR CMAKE_BUILD_TYPE STREQUAL "RelWithDebInfo")
    target_compile_options(bulwark_compile_policy INTERFACE -fstack-protector-strong)
    target_compile_definitions(bulwark_compile_policy INTERFACE _FORTIFY_SOURCE=2 QT_NO_DEBUG_OUTPUT)
    target_link_options(bulwark_compile_policy INTERFACE -Wl,-z,relro -Wl,-z,now)
endif()
