/*
 * Runs N prime-counting tasks on this Linux host as N forked processes or N POSIX threads.
 *
 *   runner processes|threads TASKS BOUND
 *
 * Output protocol (one line each, shared with the SMP image):
 *   ready
 *   result <worker> <tasks run> <primes>     one line per task; worker = task index
 *   sum <total primes>
 * After the sum line the runner waits for a byte or EOF on stdin before exiting, so the
 * caller can read /proc/<pid>/stat while the process still exists. Children are reaped
 * before the sum line, so cutime/cstime already hold their CPU time at that moment.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "../task/primes.h"

#define MAX_TASKS 65536u

struct task_result {
    unsigned int task;
    unsigned int primes;
};

struct thread_task {
    pthread_t thread;
    unsigned int bound;
    unsigned int primes;
};

static void fail(const char *what)
{
    printf("error %s: %s\n", what, strerror(errno));
    fflush(stdout);
    exit(1);
}

static void usage(const char *problem)
{
    printf("error %s; usage: runner processes|threads TASKS BOUND\n", problem);
    fflush(stdout);
    exit(2);
}

static unsigned int parse_unsigned(const char *text, unsigned long max, const char *name)
{
    char *end;
    errno = 0;
    unsigned long value = strtoul(text, &end, 10);
    if (errno != 0 || end == text || *end != '\0' || text[0] == '-' || value > max) {
        usage(name);
    }
    return (unsigned int) value;
}

static void write_fully(int fd, const void *data, size_t size)
{
    const char *p = data;
    while (size > 0) {
        ssize_t n = write(fd, p, size);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            _exit(3);
        }
        p += n;
        size -= (size_t) n;
    }
}

static void read_fully(int fd, void *data, size_t size)
{
    char *p = data;
    while (size > 0) {
        ssize_t n = read(fd, p, size);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n < 0) {
            fail("read from task pipe");
        }
        if (n == 0) {
            errno = EPIPE;
            fail("a task process ended without a result");
        }
        p += n;
        size -= (size_t) n;
    }
}

static void run_processes(unsigned int tasks, unsigned int bound, unsigned int *primes)
{
    int pipe_fds[2];
    if (pipe(pipe_fds) != 0) {
        fail("pipe");
    }
    pid_t *children = calloc(tasks, sizeof *children);
    if (children == NULL) {
        fail("calloc");
    }
    for (unsigned int t = 0; t < tasks; t++) {
        pid_t pid = fork();
        if (pid < 0) {
            fail("fork");
        }
        if (pid == 0) {
            close(pipe_fds[0]);
            struct task_result r = { t, count_primes_below(bound) };
            /* Records are far below PIPE_BUF, so concurrent writers never interleave. */
            write_fully(pipe_fds[1], &r, sizeof r);
            _exit(0);
        }
        children[t] = pid;
    }
    close(pipe_fds[1]);
    for (unsigned int t = 0; t < tasks; t++) {
        struct task_result r;
        read_fully(pipe_fds[0], &r, sizeof r);
        primes[r.task] = r.primes;
    }
    for (unsigned int t = 0; t < tasks; t++) {
        int status;
        while (waitpid(children[t], &status, 0) < 0) {
            if (errno != EINTR) {
                fail("waitpid");
            }
        }
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
            errno = ECHILD;
            fail("a task process failed");
        }
    }
    close(pipe_fds[0]);
    free(children);
}

static void *thread_main(void *arg)
{
    struct thread_task *task = arg;
    task->primes = count_primes_below(task->bound);
    return NULL;
}

static void run_threads(unsigned int tasks, unsigned int bound, unsigned int *primes)
{
    struct thread_task *threads = calloc(tasks, sizeof *threads);
    if (threads == NULL) {
        fail("calloc");
    }
    for (unsigned int t = 0; t < tasks; t++) {
        threads[t].bound = bound;
        int rc = pthread_create(&threads[t].thread, NULL, thread_main, &threads[t]);
        if (rc != 0) {
            errno = rc;
            fail("pthread_create");
        }
    }
    for (unsigned int t = 0; t < tasks; t++) {
        int rc = pthread_join(threads[t].thread, NULL);
        if (rc != 0) {
            errno = rc;
            fail("pthread_join");
        }
        primes[t] = threads[t].primes;
    }
    free(threads);
}

int main(int argc, char **argv)
{
    if (argc != 4) {
        usage("wrong number of arguments");
    }
    int processes = strcmp(argv[1], "processes") == 0;
    if (!processes && strcmp(argv[1], "threads") != 0) {
        usage("mode must be processes or threads");
    }
    unsigned int tasks = parse_unsigned(argv[2], MAX_TASKS, "TASKS must be 1..65536");
    unsigned int bound = parse_unsigned(argv[3], 0xffffffffUL, "BOUND must be a 32-bit unsigned number");
    if (tasks == 0) {
        usage("TASKS must be 1..65536");
    }
    unsigned int *primes = calloc(tasks, sizeof *primes);
    if (primes == NULL) {
        fail("calloc");
    }

    /* Flushed before fork so that no child inherits and repeats buffered output. */
    printf("ready\n");
    fflush(stdout);

    if (processes) {
        run_processes(tasks, bound, primes);
    } else {
        run_threads(tasks, bound, primes);
    }

    unsigned long long sum = 0;
    for (unsigned int t = 0; t < tasks; t++) {
        printf("result %u 1 %u\n", t, primes[t]);
        sum += primes[t];
    }
    printf("sum %llu\n", sum);
    fflush(stdout);
    free(primes);

    char release;
    while (read(STDIN_FILENO, &release, 1) < 0 && errno == EINTR) {
    }
    return 0;
}
