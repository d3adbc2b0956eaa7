package io.tickwise.cli;

import io.tickwise.engine.Engine;
import io.tickwise.kernel.system.SystemId;
import io.tickwise.image.topology.HostTopology;
import io.tickwise.scenario.BuiltIns;
import io.tickwise.scenario.LocalHost;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.stream.Collectors;

/** What is built in: scenarios, hosts, systems, engines and benchmarks. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List built-in scenarios, hosts, engines and benchmarks.")
final class ListCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        out.println("scenarios:  " + String.join(", ", BuiltIns.SCENARIOS.stream().map(s -> s + ".yaml").toList()));
        HostTopology local = LocalHost.detect();
        out.println("hosts:      " + String.join(", ", BuiltIns.HOSTS) + ", local (this machine: " + local.sockets()
                + " × " + local.coresPerSocket() + " × " + local.threadsPerCore() + ", for validate)");
        out.println("systems:    " + SystemId.known());
        out.println("engines:    " + Arrays.stream(Engine.values()).map(Engine::id).collect(Collectors.joining(", "))
                + " (default fused)");
        out.println("benchmarks: " + String.join(", ", BenchCommand.BENCHMARKS));
    }
}
