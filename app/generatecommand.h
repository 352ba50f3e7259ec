#pragma once

// `touchpoint generate`: fills a new database with a realistic, reproducible sample history.

class GenerateCommand final
{
public:
    static int run(int argc, char *argv[]);
};
