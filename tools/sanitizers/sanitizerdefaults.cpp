// SPDX-License-Identifier: GPL-3.0-or-later
// Linked into every program of an instrumented build (QUORUM_SANITIZE, docs/reliability.md).
// The runtimes read these functions at start-up, so the options hold wherever the program
// runs: under ctest, when catch_discover_tests lists the tests at build time, or by hand.
// ASAN_OPTIONS / UBSAN_OPTIONS / LSAN_OPTIONS in the environment still override them.

extern "C" {

const char *__asan_default_options()
{
    return "detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1";
}

const char *__ubsan_default_options()
{
    return "halt_on_error=1:print_stacktrace=1";
}

// Leaks reported inside system libraries that Quorum does not own: objects they allocate
// once and keep until exit on purpose. Only their own frames are named here, never a
// Quorum function: a leak in Quorum code must fail the run.
const char *__lsan_default_suppressions()
{
    return "leak:libfontconfig.so\n"
           "leak:libglib-2.0.so\n"
           "leak:libdbus-1.so\n";
}
}
