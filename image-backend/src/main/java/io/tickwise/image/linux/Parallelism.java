package io.tickwise.image.linux;

/** How the Linux runner spreads its tasks: one forked process or one POSIX thread per task. */
public enum Parallelism {
    PROCESSES("processes"),
    THREADS("threads");

    private final String id;

    Parallelism(String id) {
        this.id = id;
    }

    /** The backend id, which is also the runner's mode argument. */
    public String id() {
        return id;
    }
}
