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

// No leak suppressions: tst_core, tst_cli (with the quorum processes it starts: PDF export,
// screenshots) and the fuzz targets run leak-free as they are. Should a system library's
// own allocation ever need one, add __lsan_default_suppressions() here naming only that
// library's frames, never a Quorum function.
}
