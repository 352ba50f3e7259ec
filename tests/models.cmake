# The tests of models/: the core's link touchpoint_core alone (no SQL within reach), the
# storage's touchpoint_models; one executable per class or subject. BOTH_BACKENDS on every test
# that reaches the database through TestDatabase (the stores, the rules through them, the filter,
# the migrations and refusals of tst_databasebackends). tst_database stays SQLite's: it is about
# the file itself (PRAGMAs, application_id, quick_check, damaged and foreign files);
# tst_databaselocation opens no server.
touchpoint_add_test(tst_money SOURCES tst_money.cpp LIBRARIES touchpoint_core)
touchpoint_add_test(tst_isotimestamp SOURCES tst_isotimestamp.cpp LIBRARIES touchpoint_core)
touchpoint_add_test(tst_typeddatetime SOURCES tst_typeddatetime.cpp LIBRARIES touchpoint_core)
touchpoint_add_test(tst_validationerrors SOURCES tst_validationerrors.cpp LIBRARIES touchpoint_core)
touchpoint_add_test(tst_rules SOURCES tst_rules.cpp LIBRARIES touchpoint_core)
touchpoint_add_test(tst_threewaymerge SOURCES tst_threewaymerge.cpp LIBRARIES touchpoint_core)
touchpoint_add_test(tst_jsonform SOURCES tst_jsonform.cpp LIBRARIES touchpoint_models)
touchpoint_add_test(tst_databaselocation SOURCES tst_databaselocation.cpp
                    LIBRARIES touchpoint_models)
touchpoint_add_test(tst_databasebackends SOURCES tst_databasebackends.cpp
                    LIBRARIES touchpoint_models touchpoint_test_support BOTH_BACKENDS)
touchpoint_add_test(tst_database SOURCES tst_database.cpp
                    LIBRARIES touchpoint_models touchpoint_test_support)
touchpoint_add_test(tst_interactionstore SOURCES tst_interactionstore.cpp
                    LIBRARIES touchpoint_models touchpoint_test_support BOTH_BACKENDS)
touchpoint_add_test(tst_leadstore SOURCES tst_leadstore.cpp
                    LIBRARIES touchpoint_models touchpoint_test_support BOTH_BACKENDS)
touchpoint_add_test(tst_contactstore SOURCES tst_contactstore.cpp
                    LIBRARIES touchpoint_models touchpoint_test_support BOTH_BACKENDS)
touchpoint_add_test(tst_personstore SOURCES tst_personstore.cpp
                    LIBRARIES touchpoint_models touchpoint_test_support BOTH_BACKENDS)
touchpoint_add_test(tst_recordhistory SOURCES tst_recordhistory.cpp
                    LIBRARIES touchpoint_models touchpoint_test_support BOTH_BACKENDS)
touchpoint_add_test(tst_idspace SOURCES tst_idspace.cpp
                    LIBRARIES touchpoint_models touchpoint_test_support BOTH_BACKENDS)
touchpoint_add_test(tst_replicastore SOURCES tst_replicastore.cpp
                    LIBRARIES touchpoint_models touchpoint_test_support)
touchpoint_add_test(tst_syncfeed SOURCES tst_syncfeed.cpp
                    LIBRARIES touchpoint_models touchpoint_test_support BOTH_BACKENDS)
touchpoint_add_test(tst_replicabatchstore SOURCES tst_replicabatchstore.cpp
                    LIBRARIES touchpoint_models touchpoint_test_support BOTH_BACKENDS)
touchpoint_add_test(tst_recordhistorymodel SOURCES tst_recordhistorymodel.cpp
                    LIBRARIES touchpoint_models touchpoint_test_support BOTH_BACKENDS)
touchpoint_add_test(tst_interactionfilter SOURCES tst_interactionfilter.cpp
                    LIBRARIES touchpoint_models touchpoint_test_support BOTH_BACKENDS)
touchpoint_add_test(tst_interactionjsonlist SOURCES tst_interactionjsonlist.cpp
                    LIBRARIES touchpoint_models touchpoint_test_support BOTH_BACKENDS)
# Writers on separate connections at once, stopped by a table lock between their rules' check
# and their write: PostgreSQL's own (on SQLite, BEGIN IMMEDIATE lets one writer in at a time).
touchpoint_add_test(tst_concurrentwriters SOURCES tst_concurrentwriters.cpp
                    LIBRARIES touchpoint_models touchpoint_test_support WITH_POSTGRES)
