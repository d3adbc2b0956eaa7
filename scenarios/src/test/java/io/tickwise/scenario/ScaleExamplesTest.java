package io.tickwise.scenario;

import io.tickwise.cluster.SourceFile;
import io.tickwise.kernel.experiment.GuestOptions;
import io.tickwise.kernel.system.SystemId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ScaleExamplesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"scale-1024, 1024, 16000", "scale-4096, 4096, 65536"})
    void theExampleFileAndTheJarsCopyAreOneScenario(String name, int logical, int tasks) throws IOException {
        Scenario file = ScenarioFiles.load("examples/" + name + ".yaml");
        Scenario packaged = ScenarioFiles.load(BuiltIns.example(name));
        for (Scenario scenario : List.of(file, packaged)) {
            assertEquals(logical, scenario.host().logicalProcessors());
            assertEquals(2 * scenario.host().physicalCores(), scenario.host().logicalProcessors());
            assertEquals(List.of(tasks), scenario.tasks());
            assertEquals(List.of(SystemId.values()), scenario.systems());
            assertEquals(List.of(GuestOptions.ApicMode.X2APIC), scenario.spec().options().apic());
        }
        List<SourceFile> sources = BuiltIns.example(name);
        assertArrayEquals(Files.readAllBytes(Path.of("examples/" + name + ".yaml")), sources.get(0).content());
        for (SourceFile host : sources.subList(1, sources.size())) {
            assertArrayEquals(Files.readAllBytes(Path.of("examples").resolve(host.name())), host.content());
        }
    }
}
