# The dataset generator and the full-text index that the benchmarks stand on. The search on both
# backends; the generator writes SQLite's file only so far.
touchpoint_add_test(tst_datasetgenerator SOURCES tst_datasetgenerator.cpp
                    LIBRARIES touchpoint_models)
touchpoint_add_test(tst_fulltextsearch SOURCES tst_fulltextsearch.cpp
                    LIBRARIES touchpoint_models touchpoint_test_support BOTH_BACKENDS)
