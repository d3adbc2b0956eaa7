package io.tickwise.engine;

/**
 * The address of an entity within one run. The type parameter is the entity's protocol, so a
 * message of the wrong protocol does not compile.
 */
public record EntityRef<M>(int id, String name) {
    @Override
    public String toString() {
        return name + "#" + id;
    }
}
