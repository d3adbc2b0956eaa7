package io.tickwise.scenario;

import io.tickwise.cluster.SourceFile;
import io.tickwise.host.spec.HostFiles;
import io.tickwise.host.spec.HostSpec;
import io.tickwise.input.BadInputException;
import io.tickwise.input.StrictYaml;
import io.tickwise.input.Validator;
import io.tickwise.input.YamlDocument;
import io.tickwise.kernel.spec.SystemsFiles;
import io.tickwise.kernel.system.SystemId;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Loads a scenario by path or built-in name and checks every key: whatever is wrong is a
 * {@link BadInputException} naming the file, the line and the field.
 */
public final class ScenarioFiles {
    /** Enough for the paper's 30 and for statistics; more is a typo that would run for days. */
    public static final int MAX_REPETITIONS = 10_000;

    private ScenarioFiles() {
    }

    public static Scenario load(String nameOrPath) {
        Path path = Path.of(nameOrPath);
        if (Files.isRegularFile(path)) {
            Path directory = path.toAbsolutePath().getParent();
            return checked(StrictYaml.read(path, ScenarioSpec.class), host -> hostFile(directory.resolve(host)));
        }
        Optional<byte[]> builtIn = BuiltIns.scenario(nameOrPath);
        if (builtIn.isPresent()) {
            return checked(StrictYaml.read(builtInName(nameOrPath), new ByteArrayInputStream(builtIn.get()),
                    ScenarioSpec.class), host -> hostFile(Path.of(host)));
        }
        throw new BadInputException(nameOrPath, 0, "", "no such file, and no built-in scenario of that name (built-in: "
                + String.join(", ", BuiltIns.SCENARIOS) + ")");
    }

    /**
     * The files a scenario is read from, for another node to read it exactly so: the scenario's
     * own bytes first, then its host file's unless the host is built in.
     */
    public static List<SourceFile> sources(String nameOrPath) {
        Scenario scenario = load(nameOrPath);
        Path path = Path.of(nameOrPath);
        boolean isFile = Files.isRegularFile(path);
        List<SourceFile> files = new ArrayList<>();
        files.add(isFile ? new SourceFile(path.toString(), bytes(path))
                : new SourceFile(builtInName(nameOrPath), BuiltIns.scenario(nameOrPath).orElseThrow()));
        String host = scenario.spec().host();
        if (BuiltIns.host(host).isEmpty()) {
            Path hostPath = isFile ? path.toAbsolutePath().getParent().resolve(host) : Path.of(host);
            files.add(new SourceFile(host, bytes(hostPath)));
        }
        return files;
    }

    /** Reads a scenario from the files {@link #sources} gave on another node; messages name them as that node did. */
    public static Scenario load(List<SourceFile> files) {
        SourceFile scenario = files.get(0);
        return checked(StrictYaml.read(scenario.name(), new ByteArrayInputStream(scenario.content()), ScenarioSpec.class),
                host -> files.stream().skip(1).filter(f -> f.name().equals(host)).findFirst()
                        .map(f -> HostFiles.load(f.name(), new ByteArrayInputStream(f.content()))));
    }

    private static String builtInName(String name) {
        return name.endsWith(".yaml") ? name : name + ".yaml";
    }

    private static Optional<HostSpec> hostFile(Path file) {
        return Files.isRegularFile(file) ? Optional.of(HostFiles.load(file)) : Optional.empty();
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BadInputException(file.toString(), 0, null, "cannot read: " + e.getMessage());
        }
    }

    private static Scenario checked(YamlDocument<ScenarioSpec> document, Function<String, Optional<HostSpec>> hostFiles) {
        ScenarioSpec spec = document.value();
        Validator v = document.validator();
        v.notBlank(spec.name(), "name");
        v.notBlank(spec.description(), "description");
        HostSpec host = host(document, hostFiles);
        List<SystemId> systems = systems(v, spec.systems());
        if (document.fields().contains("baseline")) {
            SystemId baseline = SystemId.parse(spec.baseline()).orElseThrow(() -> v.problem("baseline",
                    "unknown system '" + spec.baseline().strip() + "'; known: " + SystemId.known()));
            v.require(systems.contains(baseline), "baseline", "'" + baseline.id() + "' is not one of the systems");
        }
        List<Integer> tasks;
        try {
            tasks = TaskAxis.parse(spec.tasks());
        } catch (IllegalArgumentException e) {
            throw v.problem("tasks", e.getMessage());
        }
        v.require(spec.repetitions() >= 1 && spec.repetitions() <= MAX_REPETITIONS, "repetitions",
                "must be in 1.." + MAX_REPETITIONS + ", got " + spec.repetitions());
        v.require(spec.workload().primeBound() >= 2, "workload.primeBound",
                "must be >= 2, got " + spec.workload().primeBound());
        v.notBlank(spec.workload().source(), "workload.source");
        v.positive(spec.calibration().singleTaskSeconds().value(), "calibration.singleTaskSeconds.value");
        v.notBlank(spec.calibration().singleTaskSeconds().source(), "calibration.singleTaskSeconds.source");
        Options options = spec.options();
        v.require(!options.turbo().isEmpty(), "options.turbo", "needs at least one value");
        v.require(!options.cStates().isEmpty(), "options.cStates", "needs at least one value");
        v.require(!options.placement().isEmpty(), "options.placement", "needs at least one value");
        v.require(!options.honourSiblingPlacement().isEmpty(), "options.honourSiblingPlacement",
                "needs at least one value");
        v.require(!options.bspWait().isEmpty(), "options.bspWait", "needs at least one value");
        v.require(!options.mwaitInGuest().isEmpty(), "options.mwaitInGuest", "needs at least one value");
        v.require(!options.apic().isEmpty(), "options.apic", "needs at least one value");
        v.require(!options.tickWindow().isEmpty(), "options.tickWindow", "needs at least one value");
        v.require(!options.mainThread().isEmpty(), "options.mainThread", "needs at least one value");
        return new Scenario(document.file(), spec, host, SystemsFiles.builtIn(), systems, tasks, spec.repetitions(),
                spec.seed());
    }

    private static HostSpec host(YamlDocument<ScenarioSpec> document, Function<String, Optional<HostSpec>> hostFiles) {
        String name = document.value().host();
        document.validator().notBlank(name, "host");
        return BuiltIns.host(name).or(() -> hostFiles.apply(name)).orElseThrow(() ->
                BuiltIns.unknownHost(document.file(), document.fields().lineOf("host"), name));
    }

    private static List<SystemId> systems(Validator v, List<String> ids) {
        v.require(!ids.isEmpty(), "systems", "needs at least one system");
        List<SystemId> systems = new ArrayList<>();
        Set<SystemId> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            String path = "systems[" + i + "]";
            String raw = ids.get(i);
            SystemId id = SystemId.parse(raw).orElseThrow(() -> v.problem(path,
                    "unknown system '" + raw.strip() + "'; known: " + SystemId.known()));
            v.require(seen.add(id), path, "'" + id.id() + "' is listed twice");
            systems.add(id);
        }
        return systems;
    }

    /** Parses a --systems value (comma-separated ids). */
    public static List<SystemId> systemsOption(String text) {
        List<SystemId> systems = new ArrayList<>();
        for (String id : text.split(",")) {
            SystemId system = SystemId.parse(id.strip()).orElseThrow(() -> BadInputException.option("--systems",
                    "unknown system '" + id.strip() + "'; known: " + SystemId.known()));
            if (!systems.contains(system)) {
                systems.add(system);
            }
        }
        return systems;
    }
}
