package io.tickwise.engine;

import org.apache.pekko.actor.testkit.typed.javadsl.ActorTestKit;
import org.apache.pekko.actor.testkit.typed.javadsl.TestProbe;

import java.time.Duration;

/** Runs one simulation on a real run actor and waits for its reply. */
final class Runs {
    private Runs() {
    }

    @SuppressWarnings("unchecked")
    static <R> RunActor.Reply<R> reply(ActorTestKit kit, Engine engine, Simulation<R> simulation, long seed, RunLimits limits) {
        TestProbe<RunActor.Reply<R>> probe = kit.createTestProbe();
        kit.spawn(RunActor.create(engine, simulation, seed, limits, 7, probe.getRef()));
        return probe.expectMessageClass(RunActor.Reply.class, Duration.ofSeconds(60));
    }

    static <R> R result(ActorTestKit kit, Engine engine, Simulation<R> simulation, long seed, RunLimits limits) {
        RunActor.Reply<R> reply = reply(kit, engine, simulation, seed, limits);
        if (reply instanceof RunActor.Failed<R> failed) {
            throw failed.cause();
        }
        return ((RunActor.Completed<R>) reply).result();
    }
}
