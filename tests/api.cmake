# The REST API's tests, over real HTTP on loopback: the API in-process (tst_restapi) and the
# `touchpoint serve` command as a user runs it (tst_servecommand).
touchpoint_add_test(tst_restapi SOURCES tst_restapi.cpp
                    LIBRARIES touchpoint_api touchpoint_models Qt6::Network touchpoint_test_support
                    BOTH_BACKENDS)

# Against PostgreSQL, serve's start, answers and stop on a database of the cluster.
touchpoint_add_test(tst_servecommand SOURCES tst_servecommand.cpp
                    LIBRARIES touchpoint_models Qt6::Network touchpoint_test_support
                    BOTH_BACKENDS)
target_compile_definitions(tst_servecommand PRIVATE TOUCHPOINT_BINARY="$<TARGET_FILE:touchpoint>")
add_dependencies(tst_servecommand touchpoint)

touchpoint_add_test(tst_groupcommit SOURCES tst_groupcommit.cpp
                    LIBRARIES touchpoint_api touchpoint_models Qt6::Network touchpoint_test_support
                    BOTH_BACKENDS)

touchpoint_add_test(tst_replicasync SOURCES tst_replicasync.cpp
                    LIBRARIES touchpoint_api touchpoint_sync touchpoint_models Qt6::Network
                              touchpoint_test_support
                    BOTH_BACKENDS)
touchpoint_add_test(tst_peopletokens SOURCES tst_peopletokens.cpp
                    LIBRARIES touchpoint_api touchpoint_models Qt6::Network touchpoint_test_support
                    BOTH_BACKENDS)

touchpoint_add_test(tst_responsecache SOURCES tst_responsecache.cpp
                    LIBRARIES touchpoint_api touchpoint_models touchpoint_test_support
                    BOTH_BACKENDS)

# The bytes of an answer's head, without a socket.
touchpoint_add_test(tst_httpresponsehead SOURCES tst_httpresponsehead.cpp LIBRARIES touchpoint_api)

# `touchpoint serve --workers N`: several processes on one port and one file.
touchpoint_add_test(tst_serveworkers SOURCES tst_serveworkers.cpp
                    LIBRARIES touchpoint_models Qt6::Network touchpoint_test_support)
target_compile_definitions(tst_serveworkers PRIVATE TOUCHPOINT_BINARY="$<TARGET_FILE:touchpoint>")
add_dependencies(tst_serveworkers touchpoint)

# The API's answers compared byte for byte: serve on a new SQLite file beside serve on a new
# PostgreSQL database, one sequence of requests sent to both.
touchpoint_add_test(tst_backendparity SOURCES tst_backendparity.cpp
                    LIBRARIES touchpoint_models Qt6::Network touchpoint_test_support
                    WITH_POSTGRES)
target_compile_definitions(tst_backendparity PRIVATE TOUCHPOINT_BINARY="$<TARGET_FILE:touchpoint>"
                           TOUCHPOINT_SOURCE_DIR="${PROJECT_SOURCE_DIR}")

# The OpenAPI document itself, by a validator of OpenAPI 3.1 that ./dev.sh test installs from npm
# into build/tools, which every build folder's test uses (the answers are checked against the
# document by tst_backendparity).
set(TOUCHPOINT_TOOLS_DIR ${PROJECT_SOURCE_DIR}/build/tools CACHE PATH
    "Where ./dev.sh test installs the tests' tools from npm")
add_test(NAME openapi_document
         COMMAND ${PROJECT_SOURCE_DIR}/tests/support/validate-openapi ${TOUCHPOINT_TOOLS_DIR}
                 ${PROJECT_SOURCE_DIR}/docs/openapi.json)
add_dependencies(tst_backendparity touchpoint)

# `touchpoint serve --tls-cert --tls-key`: HTTPS with a certificate made by openssl, the request
# limits over TLS, and the refusals to start.
touchpoint_add_test(tst_servetls SOURCES tst_servetls.cpp LIBRARIES Qt6::Network)
target_compile_definitions(tst_servetls PRIVATE TOUCHPOINT_BINARY="$<TARGET_FILE:touchpoint>")
add_dependencies(tst_servetls touchpoint)
