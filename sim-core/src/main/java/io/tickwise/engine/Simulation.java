package io.tickwise.engine;

import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One run of a model: builds its entities, is executed by an engine, then yields its result
 * (read from its entities once the run is over and they are quiescent).
 */
public interface Simulation<R> {

    void build(World world);

    /**
     * The smallest delay of any message in this model, in nanoseconds. A positive lookahead
     * lets the actors executor deliver a whole window of instants at once; zero means every
     * instant (and every delta cycle within it) is a round of its own.
     */
    default long lookaheadNs() {
        return 0;
    }

    R result(RunStats stats);

    /** The same run, its result passed through {@code f} (e.g. into a sweep's measurement). */
    default <S> Simulation<S> map(Function<? super R, ? extends S> f) {
        return measured((result, stats) -> f.apply(result));
    }

    /** The same run, its result and the run's own statistics (events handled, ...) passed through {@code f}. */
    default <S> Simulation<S> measured(BiFunction<? super R, RunStats, ? extends S> f) {
        Simulation<R> run = this;
        return new Simulation<>() {
            @Override
            public void build(World world) {
                run.build(world);
            }

            @Override
            public long lookaheadNs() {
                return run.lookaheadNs();
            }

            @Override
            public S result(RunStats stats) {
                return f.apply(run.result(stats), stats);
            }
        };
    }
}
