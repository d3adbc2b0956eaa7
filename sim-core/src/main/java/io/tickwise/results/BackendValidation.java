package io.tickwise.results;

import java.util.List;

/** The points of one real backend with the mean absolute percentage errors over them. */
public record BackendValidation(String backend, List<ValidationPoint> points, double timeMAPE, double ticksMAPE) {
    public BackendValidation {
        points = List.copyOf(points);
    }
}
