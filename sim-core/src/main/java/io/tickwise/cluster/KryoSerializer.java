package io.tickwise.cluster;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import com.esotericsoftware.kryo.util.Pool;
import org.apache.pekko.actor.ExtendedActorSystem;
import org.apache.pekko.actor.typed.ActorRefResolver;
import org.apache.pekko.actor.typed.javadsl.Adapter;
import org.apache.pekko.serialization.JSerializer;

import java.util.function.Supplier;

/**
 * The Pekko serializer of {@link ClusterMessage}s: Kryo with every class registered up front
 * ({@link Registrations}), so an unregistered class is refused rather than named on the wire.
 * Kryo instances are not thread-safe; a pool serves Pekko's concurrent callers.
 */
public final class KryoSerializer extends JSerializer {
    private static final int IDENTIFIER = 7_441_001;
    private static final int BUFFER = 256;

    private final Pool<Kryo> pool;

    public KryoSerializer(ExtendedActorSystem system) {
        // The resolver is an extension of the typed system; look it up lazily, after start-up.
        Supplier<ActorRefResolver> resolver = () -> ActorRefResolver.get(Adapter.toTyped(system));
        this.pool = new Pool<>(true, false) {
            @Override
            protected Kryo create() {
                return Registrations.kryo(resolver);
            }
        };
    }

    @Override
    public int identifier() {
        return IDENTIFIER;
    }

    @Override
    public boolean includeManifest() {
        return false;
    }

    @Override
    public byte[] toBinary(Object message) {
        Kryo kryo = pool.obtain();
        try (Output output = new Output(BUFFER, -1)) {
            kryo.writeClassAndObject(output, message);
            return output.toBytes();
        } finally {
            pool.free(kryo);
        }
    }

    @Override
    public Object fromBinaryJava(byte[] bytes, Class<?> manifest) {
        Kryo kryo = pool.obtain();
        try (Input input = new Input(bytes)) {
            return kryo.readClassAndObject(input);
        } finally {
            pool.free(kryo);
        }
    }
}
