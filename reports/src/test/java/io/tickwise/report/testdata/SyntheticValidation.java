package io.tickwise.report.testdata;

import io.tickwise.results.BackendValidation;
import io.tickwise.results.Provenance;
import io.tickwise.results.ValidationDocument;
import io.tickwise.results.ValidationPoint;

import java.util.List;

/** A validation file for a 2-processor machine, with simulated values a few % off the measured ones. */
public final class SyntheticValidation {

    private SyntheticValidation() {
    }

    public static ValidationDocument twoBackends() {
        List<ValidationPoint> processes = List.of(
                new ValidationPoint(1, 1.00, 1.02, 100, 103, 0.98, 1.00, 1.04, 98, 100, 104, 5, 0),
                new ValidationPoint(2, 1.05, 1.03, 210, 206, 1.01, 1.05, 1.09, 205, 210, 214, 5, 1),
                new ValidationPoint(4, 2.10, 2.06, 420, 412, 2.02, 2.10, 2.20, 411, 420, 433, 5, 0));
        List<ValidationPoint> image = List.of(
                new ValidationPoint(1, 1.40, 1.33, 150, 145, 1.36, 1.40, 1.45, 146, 150, 155, 5, 0),
                new ValidationPoint(2, 1.46, 1.50, 302, 310, 1.40, 1.46, 1.52, 297, 302, 309, 5, 2));
        return new ValidationDocument(ValidationDocument.SCHEMA, "local-2cpu", List.of(
                new BackendValidation("processes", 150_000, "median", "per-round", "measured",
                        new BackendValidation.Spread(0.97, 1.00, 1.05),
                        List.of(new BackendValidation.CpuProbe(0, 0.10), new BackendValidation.CpuProbe(1, 0.102)),
                        List.of(List.of(new BackendValidation.CpuProbe(0, 1.00), new BackendValidation.CpuProbe(1, 1.01))),
                        new BackendValidation.StartupCpu(0, 0, 1, 5), processes, 1.9, 2.0,
                        new BackendValidation.Errors("equal", 2.1, 2.2)),
                new BackendValidation("image", 120_000, "median", "per-round", "measured",
                        new BackendValidation.Spread(1.31, 1.40, 2.10),
                        List.of(new BackendValidation.CpuProbe(0, 0.12), new BackendValidation.CpuProbe(1, 0.21)),
                        List.of(List.of(new BackendValidation.CpuProbe(0, 1.40), new BackendValidation.CpuProbe(1, 2.45))),
                        new BackendValidation.StartupCpu(10, 9, 14, 5), image, 2.7, 3.0,
                        new BackendValidation.Errors("equal", 14.0, 16.5))),
                new Provenance("0.1.0-SNAPSHOT", "0123abcd", "fused", 12.5, List.of("local")));
    }
}
