#pragma once

// `touchpoint serve`: the REST API with no window and no display, until SIGINT or SIGTERM.

class ServeCommand final
{
public:
    static int run(int argc, char *argv[]);
};
