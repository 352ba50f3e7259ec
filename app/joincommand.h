#pragma once

// `touchpoint join URL --token-file FILE`: makes a new file a replica of the team server and
// downloads everything, going on where a cut-short join left off.

#include <QCoreApplication>

class JoinCommand final
{
    Q_DECLARE_TR_FUNCTIONS(JoinCommand)

public:
    static int run(int argc, char *argv[]);
};
