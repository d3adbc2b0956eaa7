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
                new ValidationPoint(1, 1.00, 1.02, 100, 103),
                new ValidationPoint(2, 1.05, 1.03, 210, 206),
                new ValidationPoint(4, 2.10, 2.06, 420, 412));
        List<ValidationPoint> image = List.of(
                new ValidationPoint(1, 1.40, 1.33, 140, 135),
                new ValidationPoint(2, 1.46, 1.50, 292, 300));
        return new ValidationDocument(ValidationDocument.SCHEMA, "local-2cpu", List.of(
                new BackendValidation("processes", processes, 1.9, 2.0),
                new BackendValidation("image", image, 3.9, 3.2)),
                new Provenance("0.1.0-SNAPSHOT", "0123abcd", "fused", 12.5, List.of("local")));
    }
}
