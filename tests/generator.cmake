# The dataset generator and the full-text index that the benchmarks stand on.
foreach(name IN ITEMS tst_datasetgenerator tst_fulltextsearch)
    touchpoint_add_test(${name} SOURCES ${name}.cpp LIBRARIES touchpoint_models)
endforeach()
