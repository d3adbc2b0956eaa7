package io.tickwise.cluster;

import com.esotericsoftware.kryo.Kryo;
import org.apache.pekko.actor.typed.ActorRefResolver;

import java.util.List;
import java.util.function.Supplier;

/**
 * Every type that may cross nodes, with a fixed Kryo id. Ids are part of the wire format:
 * never renumber one; add new types with new ids. While the offer and the sweep source keep
 * their ids and shapes, a worker of another version can still read an offer and decline it
 * by name instead of failing on the wire.
 */
final class Registrations {
    private static final List<Class<? extends Record>> RECORDS = List.of(
            SweepWorker.Offer.class,
            SweepWorker.Assign.class,
            SweepWorker.Stop.class,
            ClusterCoordinator.Ready.class,
            ClusterCoordinator.Declined.class,
            ClusterCoordinator.Results.class,
            ClusterCoordinator.RunFailed.class,
            SweepSource.class,
            SourceFile.class,
            RunResult.class);
    private static final int FIRST_RECORD_ID = 100;

    private Registrations() {
    }

    static Kryo kryo(Supplier<ActorRefResolver> resolver) {
        Kryo kryo = new Kryo();
        kryo.setRegistrationRequired(true);
        kryo.setReferences(false);
        kryo.register(byte[].class, 20);
        kryo.register(long[].class, 21);
        kryo.register(String[].class, 22);
        kryo.register(SourceFile[].class, 23);
        kryo.register(RunResult[].class, 24);
        for (int i = 0; i < RECORDS.size(); i++) {
            register(kryo, RECORDS.get(i), FIRST_RECORD_ID + i, resolver);
        }
        return kryo;
    }

    private static <T extends Record> void register(Kryo kryo, Class<T> type, int id,
                                                    Supplier<ActorRefResolver> resolver) {
        kryo.register(type, new ProtocolRecordSerializer<>(type, resolver), id);
    }
}
