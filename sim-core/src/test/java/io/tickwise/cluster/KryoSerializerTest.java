package io.tickwise.cluster;

import io.tickwise.sweep.Simulator;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.javadsl.Adapter;
import org.apache.pekko.serialization.Serialization;
import org.apache.pekko.serialization.SerializationExtension;
import org.apache.pekko.serialization.Serializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KryoSerializerTest {
    private static Simulator node;
    private static Serialization serialization;

    record Stray(String note) implements ClusterMessage {
    }

    record Unbound(String note) {
    }

    @BeforeAll
    static void start() {
        node = ClusterNodes.coordinator("127.0.0.1", 0, Optional.empty());
        serialization = SerializationExtension.get(Adapter.toClassic(node.system()));
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    private static Object roundTrip(Object message) {
        Serializer serializer = serialization.findSerializerFor(message);
        assertInstanceOf(KryoSerializer.class, serializer, message.getClass().getName());
        return serializer.fromBinary(serializer.toBinary(message));
    }

    /** Records with array components do not compare arrays by content; render them instead. */
    private static String render(Object value) {
        if (value instanceof Record r) {
            StringBuilder sb = new StringBuilder(r.getClass().getSimpleName()).append('(');
            for (var c : r.getClass().getRecordComponents()) {
                try {
                    sb.append(render(c.getAccessor().invoke(r))).append(';');
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
            }
            return sb.append(')').toString();
        }
        if (value instanceof Object[] a) {
            return Arrays.stream(a).map(KryoSerializerTest::render).toList().toString();
        }
        if (value instanceof long[] a) {
            return Arrays.toString(a);
        }
        if (value instanceof byte[] a) {
            return Arrays.toString(a);
        }
        return String.valueOf(value);
    }

    @Test
    void everyProtocolMessageRoundTrips() {
        ActorRef<SweepWorker.Command> worker = Adapter.toTyped(Adapter.toClassic(node.system()).deadLetters());
        ActorRef<ClusterCoordinator.Command> coordinator = Adapter.toTyped(Adapter.toClassic(node.system()).deadLetters());
        SweepSource source = SweepSource.of("1.2.3", new SourceFile[] {
                new SourceFile("intel-72.yaml", "name: x\n".getBytes(StandardCharsets.UTF_8)),
                new SourceFile("host.yaml", new byte[] {0, -1, 7})}, new String[] {"--tasks", "1,4", "--reps", "3"});
        List<Object> messages = List.of(
                new SweepWorker.Offer(source, coordinator),
                new SweepWorker.Assign(source.sweepId(), new long[] {0, 5, 17}),
                new SweepWorker.Stop(source.sweepId()),
                new ClusterCoordinator.Ready(worker, source.sweepId(), 4),
                new ClusterCoordinator.Declined(worker, "version differs"),
                new ClusterCoordinator.Results(worker, source.sweepId(), new RunResult[] {
                        new RunResult(3, new long[] {1_000_000_000L, 200, 3}), new RunResult(4, new long[] {5, 6, 7})}),
                new ClusterCoordinator.RunFailed(worker, source.sweepId(), 9, "boom"));
        for (Object message : messages) {
            Object back = roundTrip(message);
            assertEquals(message.getClass(), back.getClass());
            assertEquals(render(message), render(back));
        }
        SweepWorker.Offer offer = (SweepWorker.Offer) roundTrip(messages.get(0));
        assertEquals(coordinator, offer.coordinator());
        assertArrayEquals(new byte[] {0, -1, 7}, offer.source().files()[1].content());
    }

    @Test
    void anUnregisteredClassIsRefused() {
        Serializer serializer = serialization.findSerializerFor(new Stray("x"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> serializer.toBinary(new Stray("x")));
        assertTrue(e.getMessage().contains("not registered"), e.getMessage());
    }

    @Test
    void aClassBoundToNoSerializerIsRefusedRatherThanJavaSerialized() {
        assertTrue(serialization.serialize(new Unbound("x")).isFailure());
    }

    @Test
    void theSweepIdDependsOnEveryInput() {
        SourceFile[] files = {new SourceFile("a.yaml", new byte[] {1})};
        String id = SweepSource.of("1", files, new String[] {"--reps", "3"}).sweepId();
        assertEquals(id, SweepSource.of("1", files, new String[] {"--reps", "3"}).sweepId());
        assertTrue(!id.equals(SweepSource.of("2", files, new String[] {"--reps", "3"}).sweepId()));
        assertTrue(!id.equals(SweepSource.of("1", files, new String[] {"--reps", "4"}).sweepId()));
        assertTrue(!id.equals(SweepSource.of("1", new SourceFile[] {new SourceFile("a.yaml", new byte[] {2})},
                new String[] {"--reps", "3"}).sweepId()));
    }
}
