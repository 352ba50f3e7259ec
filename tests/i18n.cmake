# Translations: the committed Hindi catalogue is complete and keeps every placeholder, and the
# .qm that qt_add_translations builds beside the executable translates the core's strings and
# Qt's own dialog buttons (app/qttexts.h).
touchpoint_add_test(tst_translations SOURCES tst_translations.cpp
                    LIBRARIES touchpoint_models Qt6::Widgets)
target_compile_definitions(tst_translations PRIVATE
    TOUCHPOINT_HINDI_TS="${PROJECT_SOURCE_DIR}/translations/touchpoint_hi.ts"
    TOUCHPOINT_HINDI_QM="$<TARGET_FILE_DIR:touchpoint>/touchpoint_hi.qm")
# Building touchpoint runs lrelease, which writes the .qm this test loads.
add_dependencies(tst_translations touchpoint)
