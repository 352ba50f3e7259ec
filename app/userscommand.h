#pragma once

// `touchpoint users add NAME`, `users list`, `users revoke NAME`: the people who reach the
// database through the API, each with a token of their own, shown once when they are added.

#include <QCoreApplication>

class UsersCommand final
{
    Q_DECLARE_TR_FUNCTIONS(UsersCommand)

public:
    static int run(int argc, char *argv[]);
};
