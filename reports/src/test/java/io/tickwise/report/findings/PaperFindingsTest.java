package io.tickwise.report.findings;

import io.tickwise.report.testdata.Synthetic;
import io.tickwise.results.ResultsDocument;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntToDoubleFunction;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PaperFindingsTest {

    private static Map<String, FindingResult> byId(ResultsDocument document) {
        return PaperFindings.evaluate(document).stream()
                .collect(Collectors.toMap(FindingResult::id, Function.identity()));
    }

    private static String describe(List<FindingResult> results) {
        return results.stream().map(r -> r.id() + " " + r.verdict() + ": " + r.evidence())
                .collect(Collectors.joining("\n"));
    }

    @Test
    void everyIntelFindingHoldsOnPaperShapedCurves() {
        List<FindingResult> results = PaperFindings.evaluate(Synthetic.intel().build());
        assertEquals(List.of("I1", "I2", "I3", "I4", "I5", "I6", "I7", "I8", "I9", "I10", "I11"),
                results.stream().map(FindingResult::id).toList());
        assertTrue(results.stream().allMatch(FindingResult::held), describe(results));
    }

    @Test
    void everyAmdFindingHoldsOnPaperShapedCurves() {
        List<FindingResult> results = PaperFindings.evaluate(Synthetic.amd().build());
        assertEquals(List.of("A1", "A2", "A3", "A4", "A5", "A6"), results.stream().map(FindingResult::id).toList());
        assertTrue(results.stream().allMatch(FindingResult::held), describe(results));
    }

    @Test
    void aFlatUbuntuVmFailsTheFiftyPercentGrowthAndSaysByHowMuch() {
        Synthetic intel = Synthetic.intel();
        intel.curve("ubuntu-vm-threads", intel.piecewise(2.70, 1.05, 1.85, 2.10), 1.06);
        FindingResult i1 = byId(intel.build()).get("I1");
        assertEquals(Verdict.NOT_HELD, i1.verdict());
        assertTrue(i1.evidence().startsWith("time 1→36 tasks, allowed ≥ ×1.30 and ≤ ×1.70: "), i1.evidence());
        assertTrue(i1.evidence().contains("ubuntu-vm-threads 2.70 → 2.84 s (×1.05)"), i1.evidence());
    }

    @Test
    void aMulticoreUnikernelSlowerThanTheUbuntuVmFailsI3AndI6() {
        Synthetic intel = Synthetic.intel();
        intel.curve("multicore-unikernel", intel.piecewise(3.5, 1.3, 2.1, 2.3), 1.0);
        Map<String, FindingResult> results = byId(intel.build());
        assertEquals(Verdict.NOT_HELD, results.get("I3").verdict());
        assertEquals(Verdict.NOT_HELD, results.get("I6").verdict());
        assertTrue(results.get("I6").evidence().contains("multicore-unikernel / ubuntu-vm-threads"),
                results.get("I6").evidence());
    }

    @Test
    void ubuntuThreadsBeatingProcessesFailsI7() {
        Synthetic intel = Synthetic.intel();
        intel.curve("ubuntu-vm-processes", intel.piecewise(2.75, 1.52, 1.85, 2.10), 1.0);
        FindingResult i7 = byId(intel.build()).get("I7");
        assertEquals(Verdict.NOT_HELD, i7.verdict());
        assertTrue(i7.evidence().contains("0 of 144 points"), i7.evidence());
    }

    @Test
    void ticksFarApartBelowTheCoresFailI8() {
        Synthetic intel = Synthetic.intel();
        // Twice the time at 36 tasks means twice the ticks: 17 % of the full scale above the median.
        intel.curve("single-core-unikernels", intel.piecewise(2.72, 2.4, 1.5, 2.2), 1.06);
        FindingResult i8 = byId(intel.build()).get("I8");
        assertEquals(Verdict.NOT_HELD, i8.verdict(), i8.evidence());
        assertTrue(i8.evidence().contains("single-core-unikernels at 36 tasks"), i8.evidence());
    }

    @Test
    void aMissingSystemLeavesItsFindingsNotEvaluatedAndTheOthersChecked() {
        Map<String, FindingResult> results = byId(Synthetic.intel().without("ubuntu-vm-threads").build());
        FindingResult i1 = results.get("I1");
        assertEquals(Verdict.NOT_EVALUATED, i1.verdict());
        assertFalse(i1.held());
        assertFalse(i1.evaluated());
        assertEquals("no series for ubuntu-vm-threads", i1.evidence());
        assertEquals(Verdict.HELD, results.get("I11").verdict());
    }

    @Test
    void aMissingTaskCountLeavesItsFindingNotEvaluated() {
        Map<String, FindingResult> results = byId(Synthetic.intel().tasks(1, 8, 36, 72).build());
        assertEquals(Verdict.NOT_EVALUATED, results.get("I5").verdict());
        assertTrue(results.get("I5").evidence().contains("point at 144 tasks"), results.get("I5").evidence());
        assertEquals(Verdict.NOT_EVALUATED, results.get("I9").verdict());
        assertEquals(Verdict.HELD, results.get("I1").verdict());
        assertEquals(Verdict.HELD, results.get("I4").verdict());
        assertEquals(Verdict.HELD, results.get("I3").verdict(), results.get("I3").evidence());
    }

    @Test
    void aRangeWithoutAnyTaskCountIsNotEvaluated() {
        FindingResult i6 = byId(Synthetic.intel().tasks(1, 8, 36).build()).get("I6");
        assertEquals(Verdict.NOT_EVALUATED, i6.verdict());
        assertTrue(i6.evidence().startsWith("no task count in 37 tasks and more"), i6.evidence());
    }

    @Test
    void amdCrossingOnTheWrongSideFailsA3() {
        Synthetic amd = Synthetic.amd();
        IntToDoubleFunction ubuntu = amd.piecewise(10.0, 1.10, 2.0, 2.0);
        amd.curve("multicore-unikernel", n -> ubuntu.applyAsDouble(n) * 1.05, 1.0);
        FindingResult a3 = byId(amd.build()).get("A3");
        assertEquals(Verdict.NOT_HELD, a3.verdict());
        assertTrue(a3.evidence().contains("multicore-unikernel / ubuntu-vm-threads intervals ×1.05, 0 of 2 points"),
                a3.evidence());
    }

    @Test
    void aDifferenceSmallerThanItsNoiseIsWithinNoiseNeitherHeldNorFailed() {
        Synthetic intel = Synthetic.intel();
        IntToDoubleFunction threads = intel.piecewise(2.70, 1.52, 1.85, 2.10);
        intel.curve("ubuntu-vm-processes", n -> threads.applyAsDouble(n) * 0.999, 1.0).noisy("ubuntu-vm-processes", 0.02);
        FindingResult i7 = byId(intel.build()).get("I7");
        assertEquals(Verdict.WITHIN_NOISE, i7.verdict(), i7.evidence());
        assertTrue(i7.evidence().contains("0 of 144 points (within noise at 1, 2, 3, 4, 5 and 139 more tasks)"),
                i7.evidence());

        intel.noisy("ubuntu-vm-processes", 0);
        assertEquals(Verdict.HELD, byId(intel.build()).get("I7").verdict(), "without its own noise, 0.1 % faster is resolved");
    }

    @Test
    void findingsFollowTheHostFamilyAndAVendorParameterOverridesTheName() {
        assertTrue(PaperFindings.evaluate(Synthetic.intel().build("lab-box")).stream()
                .allMatch(r -> r.host().equals("intel")), "vendor parameter GenuineIntel picks the Intel findings");
        assertEquals(List.of(), PaperFindings.evaluate(Synthetic.intel().withoutHostParameters().build("lab-box")));
        assertEquals(6, PaperFindings.evaluate(Synthetic.intel().withoutHostParameters().build("my-amd-box")).size());
    }

    @Test
    void everyFindingQuotesThePaperAndGivesItsReason() {
        for (Finding finding : PaperFindings.catalog().findings()) {
            assertFalse(finding.quote().isBlank(), finding.id());
            assertTrue(finding.reason().length() > 40, finding.id() + " needs a reason for its thresholds");
        }
    }
}
