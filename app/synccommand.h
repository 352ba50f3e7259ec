#pragma once

// `touchpoint sync`: one round between a replica and the team server; exits 0 in step, 3 when
// conflicts wait for a person, 1 on an error.

#include <QCoreApplication>

class SyncCommand final
{
    Q_DECLARE_TR_FUNCTIONS(SyncCommand)

public:
    static int run(int argc, char *argv[]);
    // The exit status of a round's outcome.
    static int exitCode(int outcome);
};
