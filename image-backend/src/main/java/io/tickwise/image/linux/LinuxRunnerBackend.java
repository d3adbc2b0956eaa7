package io.tickwise.image.linux;

import io.tickwise.image.run.Backend;
import io.tickwise.image.run.PointMeasurement;
import io.tickwise.image.run.RunRequest;
import io.tickwise.image.run.SupervisedRun;
import io.tickwise.image.toolchain.NativeArtifact;
import io.tickwise.image.toolchain.NativeBuild;
import java.util.List;

/**
 * The {@code processes} and {@code threads} backends: the tasks run directly on this host.
 * Ticks are the runner's own plus those of the children it reaped, so both modes count the
 * CPU time of every task.
 */
public final class LinuxRunnerBackend implements Backend {

    private final Parallelism parallelism;
    private final NativeBuild build;

    public LinuxRunnerBackend(Parallelism parallelism, NativeBuild build) {
        this.parallelism = parallelism;
        this.build = build;
    }

    @Override
    public String name() {
        return parallelism.id();
    }

    @Override
    public PointMeasurement run(RunRequest request) {
        String runner = build.artifact(NativeArtifact.LINUX_RUNNER).toString();
        List<String> command = List.of(runner, parallelism.id(), Integer.toString(request.tasks()),
                Long.toString(request.bound()));
        return new SupervisedRun(parallelism.id() + " runner (" + request.tasks() + " tasks)", command, 0)
                .run(name(), request);
    }
}
