#pragma once

// `touchpoint backup`: a consistent copy of the database taken now, even while it is in use.

#include <QCoreApplication>

class BackupCommand final
{
    Q_DECLARE_TR_FUNCTIONS(BackupCommand)

public:
    static int run(int argc, char *argv[]);
};
