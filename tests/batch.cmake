# Group commit: many interactions written in one transaction, each draft on its own.
touchpoint_add_test(tst_interactionbatch SOURCES tst_interactionbatch.cpp
                    LIBRARIES touchpoint_models touchpoint_test_support BOTH_BACKENDS)
