package io.tickwise.report.host;

import io.tickwise.report.testdata.Synthetic;
import io.tickwise.results.Parameter;
import io.tickwise.results.ResultsDocument;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HostFactsTest {

    private static ResultsDocument withHostParameters(String hostName, Parameter... parameters) {
        ResultsDocument base = Synthetic.amd().withoutHostParameters().tasks(1).build(hostName);
        return new ResultsDocument(base.schema(), base.scenario(), base.host(), base.seed(), base.repetitions(),
                base.fidelity(), base.baseline(), base.series(), List.of(parameters), base.powerTrace(), base.timelines(),
                base.provenance());
    }

    @Test
    void hyperThreadingGivesACoreLineAndADottedLogicalProcessorLine() {
        HostFacts facts = HostFacts.of(withHostParameters("x",
                new Parameter("host", "topology.physicalCores", "36", "ARK"),
                new Parameter("host", "logicalProcessors", "72", "ARK")));
        assertEquals(List.of(new HostFacts.CoreLine(36, "36 physical cores", false),
                new HostFacts.CoreLine(72, "72 logical processors", true)), facts.coreLines());
        assertEquals(OptionalInt.of(36), facts.cores());
    }

    @Test
    void onABulldozerHostTheCoresAreTheModulesIntegerCores() {
        HostFacts facts = HostFacts.of(withHostParameters("r815",
                new Parameter("host", "physicalCores", "24", "model: modules"),
                new Parameter("host", "logicalProcessors", "48", "AMD"),
                new Parameter("host", "siblingKind", "MODULE", "AMD")));
        assertEquals(List.of(new HostFacts.CoreLine(48, "48 cores (24 modules)", false)), facts.coreLines());
        assertEquals(OptionalInt.of(48), facts.cores());
    }

    @Test
    void unreadableOrForeignParametersAreIgnored() {
        HostFacts facts = HostFacts.of(withHostParameters("box",
                new Parameter("scenario", "physicalCores", "8", "not the host"),
                new Parameter("host", "logicalProcessors", "many", "typo")));
        assertEquals(List.of(), facts.coreLines());
        assertEquals(OptionalInt.empty(), facts.logicalProcessors());
        assertEquals(Optional.empty(), facts.family());
    }

    @Test
    void theVendorParameterDecidesTheFamilyBeforeTheHostName() {
        assertEquals(Optional.of(HostFamily.AMD), HostFacts.of(withHostParameters("intel-lookalike",
                new Parameter("host", "vendor", "AuthenticAMD", "CPUID"))).family());
        assertEquals(Optional.of(HostFamily.INTEL), HostFacts.of(withHostParameters("Intel-72")).family());
        assertEquals(Optional.empty(), HostFacts.of(withHostParameters("intel-vs-amd")).family());
    }
}
