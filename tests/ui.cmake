# The window's subjects: the item models and sample data (models/), the dialogs and the window.
# BOTH_BACKENDS on the item models and the dialogs; tst_backupui (SQLite's backups) and
# tst_mainwindow (opens files by path) stay SQLite's.
touchpoint_add_test(tst_interactiontablemodel SOURCES tst_interactiontablemodel.cpp
                    LIBRARIES touchpoint_models touchpoint_test_support BOTH_BACKENDS)
touchpoint_add_test(tst_listmodels SOURCES tst_listmodels.cpp
                    LIBRARIES touchpoint_models touchpoint_test_support BOTH_BACKENDS)
touchpoint_add_test(tst_leadtablemodel SOURCES tst_leadtablemodel.cpp
                    LIBRARIES touchpoint_models touchpoint_test_support BOTH_BACKENDS)
touchpoint_add_test(tst_sampledata SOURCES tst_sampledata.cpp LIBRARIES touchpoint_models)
touchpoint_add_test(tst_interactiondialog SOURCES tst_interactiondialog.cpp
                    LIBRARIES touchpoint_ui Qt6::Sql touchpoint_test_support BOTH_BACKENDS)
touchpoint_add_test(tst_mainwindow SOURCES tst_mainwindow.cpp LIBRARIES touchpoint_ui touchpoint_test_support)
# The Hindi .qm that building touchpoint writes: toolbar labels are checked in Hindi too.
target_compile_definitions(tst_mainwindow PRIVATE
    TOUCHPOINT_HINDI_QM="$<TARGET_FILE_DIR:touchpoint>/touchpoint_hi.qm")
add_dependencies(tst_mainwindow touchpoint)
touchpoint_add_test(tst_backupui SOURCES tst_backupui.cpp LIBRARIES touchpoint_ui touchpoint_test_support)

# A PostgreSQL URI told from a file path, for what only a file has.
touchpoint_add_test(tst_postgresuri SOURCES tst_postgresuri.cpp LIBRARIES touchpoint_ui)
if(TOUCHPOINT_REST_API)
    # The window's REST API behind LocalApi (app/localapiserver.cpp): the token from Settings.
    touchpoint_add_test(tst_localapiserver
                        SOURCES tst_localapiserver.cpp ${PROJECT_SOURCE_DIR}/app/localapiserver.cpp
                        LIBRARIES touchpoint_ui touchpoint_api Qt6::Network)
    target_include_directories(tst_localapiserver PRIVATE ${PROJECT_SOURCE_DIR}/app)
    # The window's side of a replica against a team server on loopback: joining, the status
    # bar, rounds in a worker thread, and the Conflicts dialog by keyboard.
    touchpoint_add_test(tst_syncwindow SOURCES tst_syncwindow.cpp
                        LIBRARIES touchpoint_ui touchpoint_api touchpoint_sync Qt6::Network
                                  touchpoint_test_support)
endif()
# The lead, contact and settings dialogs by keyboard, and what they say of names that exist.
touchpoint_add_test(tst_recorddialogs SOURCES tst_recorddialogs.cpp
                    LIBRARIES touchpoint_ui touchpoint_test_support BOTH_BACKENDS)
# Who is at the window of a team's database: signing in by token (typed, remembered, from a
# file), and what the window, its undo and its own REST API then record as whose.
touchpoint_add_test(tst_windowsignin SOURCES tst_windowsignin.cpp
                    LIBRARIES touchpoint_ui touchpoint_test_support BOTH_BACKENDS)
if(TOUCHPOINT_REST_API)
    target_sources(tst_windowsignin PRIVATE ${PROJECT_SOURCE_DIR}/app/localapiserver.cpp)
    target_link_libraries(tst_windowsignin PRIVATE touchpoint_api Qt6::Network)
    target_include_directories(tst_windowsignin PRIVATE ${PROJECT_SOURCE_DIR}/app)
    target_compile_definitions(tst_windowsignin PRIVATE TOUCHPOINT_HAS_REST_API)
endif()
