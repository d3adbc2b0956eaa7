package io.tickwise.cluster;

import io.tickwise.engine.Engine;
import io.tickwise.engine.RunLimits;
import io.tickwise.phold.PholdPoint;
import io.tickwise.sweep.PointOutcome;
import io.tickwise.sweep.Simulator;
import io.tickwise.sweep.SweepListener;
import io.tickwise.sweep.SweepPlan;
import org.apache.pekko.cluster.typed.Cluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkerRefusalTest {
    private static final SweepPlan PLAN = new SweepPlan(PholdPoint.METRICS,
            List.of(new PholdPoint("a", 20, 1, 1_000_000, 100_000), new PholdPoint("b", 40, 1, 1_000_000, 100_000)),
            3, 5, Engine.FUSED, RunLimits.events(5_000), 2);

    @TempDir
    Path dir;

    @Test
    void aWorkerOfAnotherVersionIsRefusedAndOneOfTheSameVersionDoesTheWork() throws Exception {
        SweepSource source = SweepSource.of("1.0", new SourceFile[0], new String[0]);
        CompletableFuture<String> refusal = new CompletableFuture<>();
        ClusterSweepListener listener = new ClusterSweepListener() {
            @Override
            public void workerRefused(String worker, String reason) {
                refusal.complete(reason);
            }
        };
        try (ResultsJournal journal = ResultsJournal.open(dir, source.sweepId(), PLAN);
             Simulator coordinator = ClusterNodes.coordinator("127.0.0.1", 0, Optional.empty())) {
            int port = (Integer) Cluster.get(coordinator.system()).selfMember().address().port().get();
            CompletableFuture<List<PointOutcome>> sweep = ClusterNodes.coordinate(coordinator, PLAN, source, journal, 1,
                    listener).toCompletableFuture();
            try (Simulator stranger = ClusterNodes.worker("127.0.0.1", "127.0.0.1", port, Optional.empty())) {
                SweepWorker.Outcome outcome = ClusterNodes.work(stranger, s -> PLAN, "2.0", 1, stranger.stall())
                        .toCompletableFuture().get(30, TimeUnit.SECONDS);
                SweepWorker.Refused refused = assertInstanceOf(SweepWorker.Refused.class, outcome);
                assertTrue(refused.reason().contains("runs Tickwise 1.0 but this worker runs 2.0"), refused.reason());
                assertEquals(refused.reason(), refusal.get(30, TimeUnit.SECONDS));
                assertTrue(!sweep.isDone(), "a refused worker does no work");
            }
            try (Simulator worker = ClusterNodes.worker("127.0.0.1", "127.0.0.1", port, Optional.empty())) {
                SweepWorker.Outcome outcome = ClusterNodes.work(worker, s -> PLAN, "1.0", 2, worker.stall())
                        .toCompletableFuture().get(30, TimeUnit.SECONDS);
                assertEquals(new SweepWorker.Finished(source.sweepId(), PLAN.runs()), outcome);
            }
            List<PointOutcome> outcomes = sweep.get(30, TimeUnit.SECONDS);
            try (Simulator local = Simulator.start()) {
                List<PointOutcome> reference = local.sweepAndWait(PLAN, SweepListener.NONE);
                for (int p = 0; p < reference.size(); p++) {
                    for (int m = 0; m < PLAN.metrics().size(); m++) {
                        assertEquals(reference.get(p).metrics().get(m).encode(), outcomes.get(p).metrics().get(m).encode());
                        assertEquals(reference.get(p).metrics().get(m).sum(), outcomes.get(p).metrics().get(m).sum());
                    }
                }
            }
        }
    }
}
