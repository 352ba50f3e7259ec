# Reliability: backups and damage, two processes on one file, crash tests (tests/crash-test),
# the hostile-input suite; tests/fuzz holds the libFuzzer targets (built apart, with clang).
# Backups, quick_check, the file shared by two processes and the backup commands are about
# SQLite's file (a PostgreSQL server is backed up with pg_dump); the crash test and serve beside
# the window run on both backends.
touchpoint_add_test(tst_databasebackup SOURCES tst_databasebackup.cpp
                    LIBRARIES touchpoint_models touchpoint_test_support)
touchpoint_add_test(tst_backupschedule SOURCES tst_backupschedule.cpp LIBRARIES touchpoint_models)
touchpoint_add_test(tst_sharedfile SOURCES tst_sharedfile.cpp LIBRARIES touchpoint_models)

# The commands as a user runs them, through the built executable.
touchpoint_add_test(tst_backupcommands SOURCES tst_backupcommands.cpp
                    LIBRARIES touchpoint_models touchpoint_test_support)
target_compile_definitions(tst_backupcommands PRIVATE TOUCHPOINT_BINARY="$<TARGET_FILE:touchpoint>")
add_dependencies(tst_backupcommands touchpoint)
touchpoint_add_test(tst_unknowncommand SOURCES tst_unknowncommand.cpp)
target_compile_definitions(tst_unknowncommand PRIVATE TOUCHPOINT_BINARY="$<TARGET_FILE:touchpoint>")
add_dependencies(tst_unknowncommand touchpoint)

if(TOUCHPOINT_REST_API)
    # The window (this test's store) and two `touchpoint serve` writing to one database at once.
    touchpoint_add_test(tst_serveconcurrency BOTH_BACKENDS SOURCES tst_serveconcurrency.cpp
                        LIBRARIES touchpoint_models touchpoint_test_support Qt6::Network)
    target_compile_definitions(tst_serveconcurrency PRIVATE
                               TOUCHPOINT_BINARY="$<TARGET_FILE:touchpoint>")
    add_dependencies(tst_serveconcurrency touchpoint)
    # Hostile input against `touchpoint serve`, over raw sockets.
    touchpoint_add_test(tst_hostileinput SOURCES tst_hostileinput.cpp
                        LIBRARIES touchpoint_models Qt6::Network)
    target_compile_definitions(tst_hostileinput PRIVATE TOUCHPOINT_BINARY="$<TARGET_FILE:touchpoint>")
    add_dependencies(tst_hostileinput touchpoint)
    # The sync killed with SIGKILL as in the field: `touchpoint serve` inside a replica's batch,
    # `touchpoint join` and `touchpoint sync` inside their download and fetch; run again, in step.
    touchpoint_add_test(tst_synckill BOTH_BACKENDS SOURCES tst_synckill.cpp
                        LIBRARIES touchpoint_sync touchpoint_models touchpoint_test_support
                                  Qt6::Network)
    target_compile_definitions(tst_synckill PRIVATE TOUCHPOINT_BINARY="$<TARGET_FILE:touchpoint>")
    add_dependencies(tst_synckill touchpoint)
    touchpoint_add_test(tst_apitoken SOURCES tst_apitoken.cpp LIBRARIES Qt6::Network)
    target_compile_definitions(tst_apitoken PRIVATE TOUCHPOINT_BINARY="$<TARGET_FILE:touchpoint>")
    add_dependencies(tst_apitoken touchpoint)
endif()

# Crash tests: tests/crash-test kills `touchpoint serve` and tests/crashwriter (writes through the
# store) at random moments and checks that every acknowledged write survived. A short run is a
# test; a long one is `tests/crash-test --touchpoint ... --crashwriter ... --kills 200
# --seconds 1800` (with `--postgres-uri-file FILE` on PostgreSQL).
add_executable(crashwriter crashwriter.cpp)
target_link_libraries(crashwriter PRIVATE touchpoint_models)
find_package(Python3 COMPONENTS Interpreter)
if(Python3_Interpreter_FOUND)
    set(crash_modes store)
    if(TOUCHPOINT_REST_API)
        list(APPEND crash_modes api)
    endif()
    add_test(NAME crash_test
             COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/crash-test
                     --touchpoint $<TARGET_FILE:touchpoint> --crashwriter $<TARGET_FILE:crashwriter>
                     --modes ${crash_modes} --kills 5 --seconds 50)
    set_tests_properties(crash_test PROPERTIES TIMEOUT 180)
    # The same on PostgreSQL: a database of its own on the throwaway cluster for each mode.
    add_test(NAME crash_test_postgres
             COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/crash-test
                     --touchpoint $<TARGET_FILE:touchpoint> --crashwriter $<TARGET_FILE:crashwriter>
                     --modes ${crash_modes} --kills 5 --seconds 50
                     --postgres-uri-file ${touchpoint_pg_uri_file})
    set_tests_properties(crash_test_postgres PROPERTIES TIMEOUT 180 FIXTURES_REQUIRED postgres)
endif()
