package io.tickwise.cluster;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.KryoException;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.ActorRefResolver;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * Writes a protocol record component by component. Actor refs travel in Pekko's serialization
 * format (their concrete classes are Pekko internals that Kryo must not see); every other
 * component must be of a final type (record, array, String, primitive), so no class names
 * travel and only registered types can appear.
 */
final class ProtocolRecordSerializer<T extends Record> extends Serializer<T> {
    private final RecordComponent[] components;
    private final Constructor<T> constructor;
    private final Supplier<ActorRefResolver> resolver;

    ProtocolRecordSerializer(Class<T> type, Supplier<ActorRefResolver> resolver) {
        this.components = type.getRecordComponents();
        this.resolver = resolver;
        for (RecordComponent c : components) {
            Class<?> t = c.getType();
            if (t != ActorRef.class && !t.isPrimitive() && !Modifier.isFinal(t.getModifiers())) {
                throw new IllegalArgumentException(type.getName() + "." + c.getName() + " is of the open type "
                        + t.getName() + "; protocol records carry actor refs or final types only");
            }
        }
        try {
            this.constructor = type.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType)
                    .toArray(Class<?>[]::new));
            this.constructor.setAccessible(true);
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException("a record always has its canonical constructor", e);
        }
    }

    @Override
    public void write(Kryo kryo, Output output, T message) {
        for (RecordComponent c : components) {
            Object value;
            try {
                value = c.getAccessor().invoke(message);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new KryoException("cannot read " + c.getName() + " of " + message.getClass().getName(), e);
            }
            if (c.getType() == ActorRef.class) {
                output.writeString(resolver.get().toSerializationFormat((ActorRef<?>) value));
            } else if (c.getType().isPrimitive()) {
                kryo.writeObject(output, value);
            } else {
                kryo.writeObjectOrNull(output, value, c.getType());
            }
        }
    }

    @Override
    public T read(Kryo kryo, Input input, Class<? extends T> type) {
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            Class<?> t = components[i].getType();
            if (t == ActorRef.class) {
                values[i] = resolver.get().resolveActorRef(input.readString());
            } else if (t.isPrimitive()) {
                values[i] = kryo.readObject(input, t);
            } else {
                values[i] = kryo.readObjectOrNull(input, t);
            }
        }
        try {
            return constructor.newInstance(values);
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new KryoException("cannot rebuild " + type.getName(), e);
        }
    }
}
