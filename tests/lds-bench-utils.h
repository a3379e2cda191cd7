/* lds-bench-utils.h: running a program and measuring what it takes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For the benchmarks that time whole commands: each runs as a child
 * process, and its elapsed time, processor time and peak memory come from
 * wait4().
 */

#pragma once

#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib.h>

extern char **environ;

typedef struct
{
  double wall;     /* seconds */
  double cpu;      /* seconds, user and system */
  double memory;   /* peak resident, MiB */
} LdsBenchUsage;

/* Runs @argv (NULL-terminated, found in PATH) to its end, with what it
 * prints on its standard output thrown away; aborts the benchmark when it
 * fails. */
static inline LdsBenchUsage
lds_bench_run (const char * const *argv)
{
  LdsBenchUsage usage = { 0 };
  struct rusage ru;
  gint64 start = g_get_monotonic_time ();
  posix_spawn_file_actions_t actions;
  pid_t pid;
  int status = 0;

  posix_spawn_file_actions_init (&actions);
  posix_spawn_file_actions_addopen (&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  g_assert_cmpint (posix_spawnp (&pid, argv[0], &actions, NULL, (char **) argv, environ), ==, 0);
  posix_spawn_file_actions_destroy (&actions);
  while (wait4 (pid, &status, 0, &ru) < 0)
    g_assert_cmpint (errno, ==, EINTR);
  usage.wall = (g_get_monotonic_time () - start) / 1e6;
  if (!WIFEXITED (status) || WEXITSTATUS (status) != 0)
    g_error ("%s failed (status %d)", argv[0], status);
  usage.cpu = ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6 + ru.ru_stime.tv_sec +
              ru.ru_stime.tv_usec / 1e6;
  usage.memory = ru.ru_maxrss / 1024.0;
  return usage;
}

/* The median of three */
static inline double
lds_bench_median3 (double a,
                   double b,
                   double c)
{
  return MAX (MIN (a, b), MIN (MAX (a, b), c));
}
