#pragma once

// `touchpoint restore`: puts a backup in place of the database after saying what will happen;
// only with --yes does it act, and the file it replaces is always moved aside, never deleted.

#include <QCoreApplication>

class RestoreCommand final
{
    Q_DECLARE_TR_FUNCTIONS(RestoreCommand)

public:
    static int run(int argc, char *argv[]);
};
