package io.tickwise.image.run;

/** Something that runs the prime-counting tasks for real and measures them. */
public interface Backend {

    /** The backend id used on the command line and in validation results. */
    String name();

    /**
     * Runs one point and blocks until its result or its timeout.
     *
     * @throws RunTimedOutException when the run did not finish in time; it has been killed
     * @throws RunFailedException   when the run ended without a consistent result
     */
    PointMeasurement run(RunRequest request);
}
