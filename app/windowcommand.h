#pragma once

// `touchpoint` without a command: the desktop window.

class WindowCommand final
{
public:
    static int run(int argc, char *argv[]);
    // --help and --version, answered without a display.
    static int printHelpOrVersion(int argc, char *argv[]);
};
